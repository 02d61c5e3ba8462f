package script

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/voices"
)

// RequestOptions controls how a script becomes an engine request.
type RequestOptions struct {
	// KeepMarkup passes the turns' inline markup to the engine untouched, for engines that
	// parse it themselves. By default markup is lowered to what every engine understands:
	// breaks become parts with pauses, <sub> its alias, emphasis *stars*, spelled-out text
	// spaced letters, digits spaced digits, and <phoneme> entries of the request's lexicon.
	KeepMarkup bool
}

// Request turns the script into one engine request with default options.
func (s *Script) Request(cat *voices.Catalog) (synth.Request, error) {
	return s.RequestWith(cat, RequestOptions{})
}

// RequestWith turns the script into one engine request: one part per turn (more when markup
// holds breaks), each with its speaker's voice and style and the pause before it. Speakers the
// header does not map get distinct voices in order of appearance: the catalog's default first,
// then the others by name, skipping voices the header gives to someone else while any remain.
// WordTimings is set, since episodes want captions and progress.
func (s *Script) RequestWith(cat *voices.Catalog, opts RequestOptions) (synth.Request, error) {
	assign, err := s.assignVoices(cat)
	if err != nil {
		return synth.Request{}, err
	}
	for spk, st := range s.Styles {
		if _, ok := cat.Style(st); !ok {
			return synth.Request{}, s.errf(s.headerLine["style\x00"+spk], 0, "no style named %q (for %s); styles: %s", st, spk, strings.Join(cat.StyleNames(), ", "))
		}
	}
	req := synth.Request{WordTimings: true}
	pending := 0 // pause owed to the next part, in ms
	addPause := func(ms int) { pending = min(pending+ms, synth.MaxPauseMillis) }
	for i := range s.Turns {
		t := &s.Turns[i]
		voice, style := assign[t.Speaker], s.Styles[t.Speaker]
		if t.Voice != "" {
			if _, ok := cat.Voice(t.Voice); !ok {
				return synth.Request{}, s.errf(t.Line, 0, "no voice named %q; voices: %s", t.Voice, strings.Join(cat.Names(), ", "))
			}
			voice = t.Voice
		}
		if t.Style != "" {
			if _, ok := cat.Style(t.Style); !ok {
				return synth.Request{}, s.errf(t.Line, 0, "no style named %q; styles: %s", t.Style, strings.Join(cat.StyleNames(), ", "))
			}
			style = t.Style
		}
		if i > 0 {
			gap := int(s.Gap.Milliseconds())
			if t.Paragraph {
				gap = max(gap, int(s.Paragraph.Milliseconds()))
			}
			addPause(gap)
		}
		part := synth.Part{Speaker: t.Speaker, Voice: voice, Style: style, Field: fmt.Sprintf("line %d", t.Line)}
		if opts.KeepMarkup || !markup.HasMarkup(t.Text) {
			part.Text, part.PauseBefore, pending = t.Text, pending, 0
			req.Parts = append(req.Parts, part)
			continue
		}
		spans, err := markup.Parse(t.Text)
		if err != nil { // Parse checked it already; keep the error located anyway
			return synth.Request{}, s.errf(t.Line, 0, "%v", err)
		}
		var b strings.Builder
		emit := func() {
			if b.Len() == 0 {
				return
			}
			p := part
			p.Text, p.PauseBefore, pending = b.String(), pending, 0
			req.Parts = append(req.Parts, p)
			b.Reset()
		}
		for _, sp := range spans {
			if sp.BreakMillis > 0 {
				emit()
				addPause(sp.BreakMillis)
			}
			txt, err := lower(sp, &req)
			if err != nil {
				return synth.Request{}, s.errf(t.Line, 0, "%v", err)
			}
			b.WriteString(txt)
		}
		emit()
	}
	if pending > 0 && len(req.Parts) > 0 { // a trailing break
		last := req.Parts[len(req.Parts)-1]
		req.Parts = append(req.Parts, synth.Part{Speaker: last.Speaker, Voice: last.Voice, Style: last.Style, PauseBefore: pending, Field: last.Field})
	}
	return req, nil
}

// lower rewrites one span as plain text the engine's normalizer reads the intended way.
func lower(sp markup.Span, req *synth.Request) (string, error) {
	txt := sp.Spoken()
	switch {
	case len(sp.Pron) > 0:
		key := strings.ToLower(strings.Join(strings.Fields(sp.Text), " "))
		if key != "" {
			if req.Lexicon == nil {
				req.Lexicon = map[string]phone.Pron{}
			}
			if _, ok := req.Lexicon[key]; !ok && len(req.Lexicon) >= synth.MaxLexiconEntries {
				return "", fmt.Errorf("more than %d <phoneme> words in one episode", synth.MaxLexiconEntries)
			}
			req.Lexicon[key] = sp.Pron
		}
	case sp.SayAs == markup.Characters:
		txt = spaced(txt, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }, true)
	case sp.SayAs == markup.Digits || sp.SayAs == markup.Telephone:
		txt = spaced(txt, unicode.IsDigit, false)
	}
	if sp.Emphasis >= markup.Moderate {
		txt = starred(txt)
	}
	return txt, nil
}

// spaced separates the runes that pass keep by spaces ("TTS" → "T T S"), upper-casing letters
// if upper; other runes stay as they are.
func spaced(s string, keep func(rune) bool, upper bool) string {
	var b strings.Builder
	prevKept := false
	for _, r := range s {
		k := keep(r)
		if k && prevKept {
			b.WriteByte(' ')
		}
		if k && upper {
			r = unicode.ToUpper(r)
		}
		b.WriteRune(r)
		prevKept = k
	}
	return b.String()
}

// starred wraps each word in *stars*, the engine's plain-text emphasis, keeping the
// punctuation that follows a word outside its stars.
func starred(s string) string {
	var b strings.Builder
	lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	b.WriteString(s[:lead])
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		core := strings.TrimRightFunc(w, unicode.IsPunct)
		if core == "" {
			b.WriteString(w)
			continue
		}
		b.WriteString("*" + core + "*" + w[len(core):])
	}
	if len(words) > 0 && len(strings.TrimRightFunc(s, unicode.IsSpace)) < len(s) {
		b.WriteByte(' ')
	}
	return b.String()
}

// assignVoices maps every speaker to a voice.
func (s *Script) assignVoices(cat *voices.Catalog) (map[string]string, error) {
	out := map[string]string{}
	taken := map[string]bool{}
	for spk, v := range s.Voices {
		if _, ok := cat.Voice(v); !ok {
			return nil, s.errf(s.headerLine["voice\x00"+spk], 0, "no voice named %q (for %s); voices: %s", v, spk, strings.Join(cat.Names(), ", "))
		}
		out[spk] = v
		taken[v] = true
	}
	order := []string{cat.Default().Name}
	for _, n := range cat.Names() {
		if n != order[0] {
			order = append(order, n)
		}
	}
	next := 0
	pick := func() string {
		// Prefer a voice nobody has yet; when all are in use, cycle.
		for k := 0; k < len(order); k++ {
			v := order[(next+k)%len(order)]
			if !taken[v] {
				next = (next + k + 1) % len(order)
				return v
			}
		}
		v := order[next%len(order)]
		next = (next + 1) % len(order)
		return v
	}
	for _, spk := range s.Speakers() {
		if _, ok := out[spk]; ok {
			continue
		}
		v := pick()
		out[spk] = v
		if len(taken) < len(order) {
			taken[v] = true
		} else {
			clear(taken)
		}
	}
	return out, nil
}
