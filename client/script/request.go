package script

import (
	"errors"
	"strings"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/voices"
)

// RequestOptions controls how a script becomes an engine request.
type RequestOptions struct {
	// LowerMarkup rewrites the turns' inline markup into plain text for engines that cannot read
	// it: breaks become parts with pauses, <sub> its alias, emphasis *stars*, spelled-out text
	// spaced letters, digits spaced digits, and <phoneme> entries of the request's lexicon. By
	// default markup goes to the engine as it is (Part.Markup), which keeps each sentence's
	// intonation whole across a break and captions in the words as written.
	LowerMarkup bool
}

// Request turns the script into one engine request with default options.
func (s *Script) Request(cat *voices.Catalog) (synth.Request, error) {
	return s.RequestWith(cat, RequestOptions{})
}

// RequestWith is Build without the lines.
func (s *Script) RequestWith(cat *voices.Catalog, opts RequestOptions) (synth.Request, error) {
	b, err := s.Build(cat, opts)
	return b.Request, err
}

// Built is a script turned into an engine request, with the script line of each part.
type Built struct {
	Request synth.Request
	Lines   []int // Lines[i] is the line of the turn Request.Parts[i] comes from
	// Directions are the stage directions in the turns ("[excitedly]", "(laughs)") and what
	// was done with each (directions.go): tell the user about the sounds that became pauses.
	Directions []Direction
	file       string
}

// Locate places an engine error about one part of the request (a *synth.FieldError) at the
// script line the part came from: "ep.txt:12: voice: no voice named ...". The result still
// unwraps to the field error. Other errors, and field errors of the request as a whole, pass
// unchanged.
func (b Built) Locate(err error) error {
	var fe *synth.FieldError
	if !errors.As(err, &fe) || fe.Part < 0 || fe.Part >= len(b.Lines) {
		return err
	}
	msg := fe.Reason
	switch fe.Field {
	case synth.FieldVoice, synth.FieldStyle:
		msg = string(fe.Field) + ": " + msg
	case synth.FieldPauseBefore:
		msg = "pause: " + msg
	}
	return &Error{File: b.file, Line: b.Lines[fe.Part], Msg: msg, Err: err}
}

// Build turns the script into one engine request: one part per turn (more when markup
// holds breaks), each with its speaker's voice and style and the pause before it. Speakers the
// header does not map get distinct voices in order of appearance, in voiceOrder (recorded voices
// first), skipping voices the header gives to someone else while any remain.
// WordTimings is set, since episodes want captions and progress.
func (s *Script) Build(cat *voices.Catalog, opts RequestOptions) (Built, error) {
	out := Built{file: s.Name}
	assign, err := s.assignVoices(cat)
	if err != nil {
		return Built{}, err
	}
	for spk, st := range s.Styles {
		if _, ok := cat.Style(st); !ok {
			return Built{}, s.errf(s.headerLine["style\x00"+spk], 0, "no style named %q (for %s); styles: %s", st, spk, strings.Join(cat.StyleNames(), ", "))
		}
	}
	req := synth.Request{WordTimings: true}
	pending := 0 // pause owed to the next part, in ms
	addPause := func(ms int) { pending = min(pending+ms, synth.MaxPauseMillis) }
	// emit adds the text of one turn (or of the part of it in one style) as parts.
	emit := func(part synth.Part, text string, line int) error {
		if !opts.LowerMarkup || !markup.HasMarkup(text) {
			part.Text, part.PauseBefore, pending = text, pending, 0
			part.Markup = markup.HasMarkup(text)
			req.Parts = append(req.Parts, part)
			out.Lines = append(out.Lines, line)
			return nil
		}
		spans, err := markup.Parse(text)
		if err != nil { // Parse checked it already; keep the error located anyway
			return s.errf(line, 0, "%v", err)
		}
		pieces, lex := markup.Lower(spans)
		for _, pc := range pieces {
			addPause(pc.PauseMillis)
			if pc.Text == "" {
				continue
			}
			p := part
			p.Text, p.PauseBefore, pending = pc.Text, pending, 0
			req.Parts = append(req.Parts, p)
			out.Lines = append(out.Lines, line)
		}
		for k, v := range lex {
			if req.Lexicon == nil {
				req.Lexicon = map[string]phone.Pron{}
			}
			if _, ok := req.Lexicon[k]; !ok && len(req.Lexicon) >= synth.MaxLexiconEntries {
				return s.errf(line, 0, "more than %d <phoneme> words in one episode", synth.MaxLexiconEntries)
			}
			req.Lexicon[k] = v
		}
		return nil
	}
	for i := range s.Turns {
		t := &s.Turns[i]
		voice, style := assign[t.Speaker], s.Styles[t.Speaker]
		if t.Voice != "" {
			if _, ok := cat.Voice(t.Voice); !ok {
				return Built{}, s.errf(t.Line, 0, "no voice named %q; voices: %s", t.Voice, strings.Join(cat.Names(), ", "))
			}
			voice = t.Voice
		}
		if t.Style != "" {
			if _, ok := cat.Style(t.Style); !ok {
				return Built{}, s.errf(t.Line, 0, "no style named %q; styles: %s", t.Style, strings.Join(cat.StyleNames(), ", "))
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
		text := t.Text
		notes := t.lines
		if t.note != "" { // "Alice (excitedly): …": the tag's direction opens the turn
			if n, _, ok := direction(cat, t.note); ok && n == len(t.note) {
				text = t.note + " " + text
				notes = make([]int, len(t.lines))
				for k, o := range t.lines {
					notes[k] = o + len(t.note) + 1
				}
			} else {
				out.Directions = append(out.Directions, Direction{Line: t.Line, Text: t.note})
			}
		}
		segs, dirs := findDirections(cat, text, t.Line, notes...)
		for k := range dirs { // each on its own line of the script, not the turn's first
			if o := dirs[k].off - (len(text) - len(t.Text)); o >= 0 && len(t.pieces) > 0 {
				dirs[k].Line, _ = t.pos(o)
			}
		}
		out.Directions = append(out.Directions, dirs...)
		for _, sg := range segs {
			addPause(sg.pauseBefore)
			if sg.text == "" {
				continue
			}
			part := synth.Part{Speaker: t.Speaker, Voice: voice, Style: style}
			if sg.style != "" {
				part.Style = sg.style
			}
			if err := emit(part, sg.text, t.Line); err != nil {
				return Built{}, err
			}
		}
	}
	if pending > 0 && len(req.Parts) > 0 { // a trailing break
		last := req.Parts[len(req.Parts)-1]
		req.Parts = append(req.Parts, synth.Part{Speaker: last.Speaker, Voice: last.Voice, Style: last.Style, PauseBefore: pending})
		out.Lines = append(out.Lines, out.Lines[len(out.Lines)-1])
	}
	out.Request = req
	return out, nil
}

// voiceOrder is the order in which speakers without a mapping get voices: the voices built
// from recordings first (voices.Voice.Recorded), then those synthesized by rule. Within each
// group the catalog's default voice comes first when it belongs there, then the others by name,
// each time preferring a voice whose gender differs from the one before, so that consecutive
// speakers are easy to tell apart.
func voiceOrder(cat *voices.Catalog) []string {
	def := cat.Default().Name
	var order []string
	for _, recorded := range []bool{true, false} {
		var group []voices.Voice
		for _, v := range cat.Voices() { // sorted by name
			if v.Recorded() != recorded {
				continue
			}
			if v.Name == def {
				group = append([]voices.Voice{v}, group...)
			} else {
				group = append(group, v)
			}
		}
		for first := true; len(group) > 0; first = false {
			pick := 0
			if !first {
				prev, _ := cat.Voice(order[len(order)-1])
				for i, v := range group {
					if v.Gender != prev.Gender {
						pick = i
						break
					}
				}
			}
			order = append(order, group[pick].Name)
			group = append(group[:pick], group[pick+1:]...)
		}
	}
	return order
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
	order := voiceOrder(cat)
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
