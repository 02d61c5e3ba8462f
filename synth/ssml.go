package synth

// SSML parts. markup.ParseSSML reads the document into spans; the engine speaks them through the
// same front end as inline markup, after cutting the part into runs of spans that share one
// voice and one <prosody> setting. Each run is spoken as a part of its own (its own voice, rate,
// pitch and level), so a change of voice or prosody inside a sentence also ends a phrase there.
// Word timings, marks and tokens keep the part's index and point into the SSML text.

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/voices"
)

// resolveSSML parses part i (whose voice is ent, style st) and returns its runs, in order. A
// document without text, pauses or marks gives none.
func (e *Engine) resolveSSML(i int, p Part, ent *voiceEntry, st voices.Style) ([]resolved, error) {
	spans, err := e.parseSSML(p, ent, p.Text)
	if err != nil {
		return nil, invalidPart(i, FieldText, "%v", err)
	}
	return e.ssmlRunsOf(i, p, ent, st, p.Text, spans), nil
}

// parseSSML parses doc for part p, whose voice is ent.
func (e *Engine) parseSSML(p Part, ent *voiceEntry, doc string) ([]markup.Span, error) {
	return markup.ParseSSML(doc, markup.Options{
		MaxBytes: MaxTextBytes,
		BaseHz: func(name string) float64 {
			if name == "" {
				return ent.voice.Prosody.BaseHz
			}
			if v, ok := e.entry(name); ok {
				return v.voice.Prosody.BaseHz
			}
			return 0
		},
		CheckVoice: func(name string) error {
			if _, ok := e.entry(name); !ok {
				hint := ""
				if localeVoice.MatchString(name) {
					hint = " (a voice of another service, as Azure and Google name them: name a Chorus voice, or let <voice gender=\"female|male|neutral\"> choose one)"
				}
				return fmt.Errorf("no voice named %q; available voices: %s%s", name, strings.Join(e.catalog.Names(), ", "), hint)
			}
			return nil
		},
		PickVoice: func(gender string, variant int) (string, error) {
			return e.pickVoice(ent.voice, gender, variant)
		},
		Style: e.vendorStyle,
	})
}

// localeVoice matches the voice names of Azure and Google, which begin with a locale:
// "en-US-AvaNeural", "en-GB-Wavenet-B" (lower-cased, as <voice name> is looked up).
var localeVoice = regexp.MustCompile(`^[a-z]{2,3}-[a-z]{2,4}-[a-z0-9]`)

// vendorStyles are style names of the vendors' SSML that no word of the catalog's styles
// names.
var vendorStyles = map[string]string{"newscast": "newscaster", "newscast-formal": "newscaster"}

// vendorStyle maps a style a vendor's SSML element asks for (Azure's "cheerful",
// "narration-professional", Google's "lively") to a style of the catalog: its name, or a word
// that asks for it as free-form instructions do (voices.Catalog.StyleFor), with '-' and '_'
// read as spaces.
func (e *Engine) vendorStyle(name string) (string, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if st, ok := e.catalog.Style(n); ok && n != "" {
		return st.Name, nil
	}
	if v, ok := vendorStyles[n]; ok {
		n = v
	}
	if st, _, ok := e.catalog.StyleFor(strings.NewReplacer("-", " ", "_", " ").Replace(n)); ok {
		return st, nil
	}
	return "", fmt.Errorf("no such speaking style; Chorus's styles are %s (or a word that asks for one, such as \"friendly\" or \"gentle\")", strings.Join(e.catalog.StyleNames(), ", "))
}

// scaleStyle applies a vendor's style degree (Azure's styledegree, Polly's intensity) to st:
// each of its adjustments is scaled from neutral by d (0 and 1 leave it as it is), within the
// ranges a style may have.
func scaleStyle(st voices.Style, d float64) voices.Style {
	if d == 0 || d == 1 {
		return st
	}
	clamp := func(x, lo, hi float64) float64 { return math.Min(math.Max(x, lo), hi) }
	st.PitchSemitones *= d
	st.RangeScale = clamp(1+(st.RangeScale-1)*d, 0.1, 3)
	st.RateScale = clamp(1+(st.RateScale-1)*d, 0.5, 2)
	st.Effort = clamp(st.Effort*d, -1, 1)
	st.Breath = clamp(st.Breath*d, 0, 1)
	st.GainDB = clamp(st.GainDB*d, -12, 6)
	st.Whisper = clamp(st.Whisper*d, 0, 1)
	return st
}

// pickVoice chooses the voice for an SSML <voice gender variant> without a name. Without a
// variant the part's own voice stays when it is of that gender; otherwise the variant-th voice of
// the gender in a fixed order: voices built from recordings first, then by name.
func (e *Engine) pickVoice(cur voices.Voice, gender string, variant int) (string, error) {
	if variant <= 1 && (gender == "" || cur.Gender == gender) {
		return cur.Name, nil
	}
	var match []voices.Voice
	for _, v := range e.catalog.Voices() { // sorted by name
		if gender == "" || v.Gender == gender {
			match = append(match, v)
		}
	}
	sort.SliceStable(match, func(i, j int) bool { return match[i].Recorded() && !match[j].Recorded() })
	if variant > len(match) {
		what := "voices"
		if gender != "" {
			what = gender + " voices"
		}
		names := make([]string, len(match))
		for i, v := range match {
			names[i] = v.Name
		}
		if len(match) == 1 {
			what = strings.TrimSuffix(what, "s")
		}
		return "", fmt.Errorf("variant %d: there are only %d %s (%s)", variant, len(match), what, strings.Join(names, ", "))
	}
	return match[variant-1].Name, nil
}

// ssmlRunsOf cuts the spans parsed from doc (part i, p) into runs sharing a voice, prosody and
// style (a vendor element's, else the part's).
func (e *Engine) ssmlRunsOf(i int, p Part, ent *voiceEntry, st voices.Style, doc string, spans []markup.Span) []resolved {
	var out []resolved
	var run []markup.Span
	langs := map[string]bool{}
	end := func() {
		if len(run) == 0 {
			return
		}
		first := run[0]
		r := resolved{Part: p, index: i, entry: ent, style: st, prosody: first.Prosody}
		r.Markup, r.SSML = true, false // the spans are read as markup spans
		if len(out) > 0 {
			r.PauseBefore = 0
		}
		if first.Style != "" {
			if vs, ok := e.catalog.Style(first.Style); ok { // named by vendorStyle
				r.style = scaleStyle(vs, first.StyleDegree)
			}
		}
		if first.Voice != "" {
			r.entry, _ = e.entry(first.Voice) // checked by the parser
			r.Voice = first.Voice
			if p.Speaker == "" {
				r.Speaker = first.Voice
			}
		}
		spans := run
		r.src = newSpanSource(doc, spans, func(string) []originRun { return alignSSML(doc, spans) })
		out = append(out, r)
		run = nil
	}
	for _, sp := range spans {
		if sp.Lang != "" && !strings.HasPrefix(strings.ToLower(sp.Lang), "en") && !langs[sp.Lang] {
			langs[sp.Lang] = true
			e.log.Info("ssml: text in another language is spoken with an English voice", "lang", sp.Lang, "voice", orDefault(sp.Voice, ent.voice.Name), "part", i)
		}
		if len(run) > 0 {
			head := run[0]
			if sp.Text != "" && (sp.Voice != head.Voice || sp.Prosody != head.Prosody ||
				sp.Style != head.Style || sp.StyleDegree != head.StyleDegree) {
				end()
			}
		}
		run = append(run, sp)
	}
	end()
	return out
}

// orDefault returns a if it is not empty, else b.
func orDefault(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// alignSSML maps the spans' text, concatenated, back to the document s: each span's text came
// from s[Start:End] with white space collapsed, entities decoded, comments, processing
// instructions, CDATA markers and tags left out. A span whose text cannot be walked against its
// source that way maps as a whole to its source range (offsets then name the span, never a
// wrong place).
func alignSSML(s string, spans []markup.Span) []originRun {
	var runs []originRun
	at := 0
	for _, sp := range spans {
		runs = append(runs, alignSpan(s, sp, at)...)
		at += len(sp.Text)
	}
	return runs
}

// alignSpan aligns one span whose text starts at offset at of the decoded text.
func alignSpan(s string, sp markup.Span, at int) []originRun {
	t := sp.Text
	if t == "" {
		return nil
	}
	whole := []originRun{{at: at, n: len(t), src: sp.Start, srcN: sp.End - sp.Start}}
	if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
		return whole
	}
	src := s[:sp.End]
	var runs []originRun
	lit := func(j, i, n int) {
		if k := len(runs) - 1; k >= 0 && runs[k].literal && runs[k].at+runs[k].n == j && runs[k].src+runs[k].srcN == i {
			runs[k].n += n
			runs[k].srcN += n
			return
		}
		runs = append(runs, originRun{at: j, n: n, src: i, srcN: n, literal: true})
	}
	i, j := sp.Start, 0
	skip := func(open, close string) bool {
		if !strings.HasPrefix(src[i:], open) {
			return false
		}
		k := strings.Index(src[i+len(open):], close)
		if k < 0 {
			i = len(src)
		} else {
			i += len(open) + k + len(close)
		}
		return true
	}
	for i < len(src) {
		c := src[i]
		switch {
		case skip("<!--", "-->"), skip("<?", "?>"):
			continue
		case strings.HasPrefix(src[i:], "<![CDATA["):
			i += len("<![CDATA[")
			continue
		case strings.HasPrefix(src[i:], "]]>"):
			i += len("]]>")
			continue
		case c == '<':
			if k := strings.IndexByte(src[i:], '>'); k >= 0 {
				i += k + 1
				continue
			}
			return whole
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			k := i
			for k < len(src) && (src[k] == ' ' || src[k] == '\t' || src[k] == '\n' || src[k] == '\r') {
				k++
			}
			if j < len(t) && t[j] == ' ' {
				runs = append(runs, originRun{at: at + j, n: 1, src: i, srcN: k - i})
				j++
			}
			i = k
			continue
		case c == '&':
			if r, n, ok := markup.Entity(src[i:]); ok && strings.HasPrefix(t[j:], r) {
				runs = append(runs, originRun{at: at + j, n: len(r), src: i, srcN: n})
				i, j = i+n, j+len(r)
				continue
			}
		}
		if j >= len(t) || t[j] != c {
			return whole
		}
		lit(at+j, i, 1)
		i, j = i+1, j+1
	}
	if j != len(t) {
		return whole
	}
	return runs
}

// sayAsText rewrites the text of a say-as span whose reading the normalizer would not choose by
// itself into a form it reads that way: a cardinal with thousands separators (so "1984" is not a
// year), an ordinal with its suffix ("3" → "3rd"), a date of a given format in words ("12/03"
// with dm → "March 12"). ok is false when the text is read as it is.
func sayAsText(sp markup.Span) (string, bool) {
	t := strings.TrimSpace(sp.Text)
	switch sp.SayAs {
	case markup.Cardinal:
		if n, ok := digitsOnly(t); ok {
			return groupThousands(n), true
		}
	case markup.Ordinal:
		if n, ok := digitsOnly(t); ok {
			return n + ordinalSuffix(n), true
		}
	case markup.Date:
		return dateText(t, sp.Format)
	case markup.Address:
		return addressText(t)
	case markup.Fraction:
		// Google writes a whole part with '+': "5+1/2" is five and a half.
		if k := strings.IndexByte(t, '+'); k > 0 && k < len(t)-1 && isDigit(t[k-1]) && isDigit(t[k+1]) && strings.Contains(t[k:], "/") {
			return t[:k] + " " + t[k+1:], true
		}
	case markup.Duration:
		return durationText(t, sp.Format)
	}
	return "", false
}

// durationText writes a duration ("1:30:00", format hms) in words the front end reads as one:
// "1 hour and 30 minutes". Without a format, three fields are hours, minutes and seconds; two
// fields are ambiguous (1:30 is a minute and a half or an hour and a half) and are read as
// written, as is anything that is not fields of digits.
func durationText(t, format string) (string, bool) {
	fields := strings.Split(t, ":")
	if format == "" {
		if len(fields) != 3 {
			return "", false
		}
		format = "hms"
	}
	if len(fields) != len(format) {
		return "", false
	}
	units := map[byte]string{'h': "hour", 'm': "minute", 's': "second"}
	var parts []string
	for i, f := range fields {
		n, ok := digitsOnly(strings.TrimSpace(f))
		if !ok || strings.Contains(f, ",") {
			return "", false
		}
		n = strings.TrimLeft(n, "0")
		if n == "" {
			continue
		}
		u := units[format[i]]
		if n != "1" {
			u += "s"
		}
		parts = append(parts, n+" "+u)
	}
	switch len(parts) {
	case 0:
		return "0 " + units[format[len(format)-1]] + "s", true
	case 1:
		return parts[0], true
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1], true
}

// digitsOnly returns t without thousands separators if it is an unsigned integer.
func digitsOnly(t string) (string, bool) {
	n := strings.ReplaceAll(t, ",", "")
	if n == "" || len(n) > 15 {
		return "", false
	}
	for _, c := range n {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return n, true
}

// unitWords label a unit, whose letter is a name, not a direction ("Apt E", "Suite N").
var unitWords = map[string]bool{"apt": true, "apartment": true, "unit": true, "suite": true, "ste": true,
	"building": true, "bldg": true, "room": true, "rm": true, "floor": true, "fl": true, "lot": true,
	"box": true, "block": true, "tower": true, "wing": true, "hall": true, "gate": true, "dock": true,
	"pier": true, "level": true, "flat": true, "no": true, "": true}

// compass are the compass points an address writes as one letter.
var compass = map[string]string{"N": "north", "S": "south", "E": "east", "W": "west"} // lower case: "St South" would read as Saint

// addressText says the compass points of an address written as single capital letters ("440
// Terry Ave N, Seattle" → "440 Terry Ave North, Seattle", "N 5th St"), which the normalizer,
// reading text anywhere, leaves as letters; a letter after a unit's label ("Apt E", "Suite N",
// "#") stays a letter. ok is false when there is nothing to rewrite.
func addressText(t string) (string, bool) {
	words := strings.Split(t, " ")
	changed := false
	for i, w := range words {
		core := strings.TrimRight(w, ",.;")
		if c, ok := compass[core]; ok && len(words) > 1 && (i == 0 || !unitWords[strings.ToLower(strings.TrimRight(words[i-1], ".#"))]) {
			words[i] = c + w[len(core):]
			changed = true
		}
	}
	if !changed {
		return "", false
	}
	return strings.Join(words, " "), true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func groupThousands(n string) string {
	n = strings.TrimLeft(n, "0")
	if n == "" {
		return "0"
	}
	var b strings.Builder
	for i, c := range n {
		if i > 0 && (len(n)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func ordinalSuffix(n string) string {
	v, _ := strconv.Atoi(n[max(0, len(n)-2):])
	switch {
	case v%100 >= 11 && v%100 <= 13:
		return "th"
	case v%10 == 1:
		return "st"
	case v%10 == 2:
		return "nd"
	case v%10 == 3:
		return "rd"
	}
	return "th"
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// dateText reads a numeric date in the given format (SSML's mdy, dmy, ymd, ydm, md, dm, ym, my,
// y, m, d, or the long forms Google and Polly write, "yyyymmdd"; "" reads it as the normalizer
// does) into words the normalizer reads as that date. Fields are separated by anything but
// digits and '?', or, in a long form, have the form's widths ("19600910" as yyyymmdd). A field
// of '?' is unknown (Polly's "????0922" is September 22nd) and is not said.
func dateText(t, format string) (string, bool) {
	if format == "" {
		return "", false
	}
	order, ok := markup.DateOrder(format)
	if !ok {
		return "", false
	}
	known := func(r rune) bool { return unicode.IsDigit(r) || r == '?' }
	fields := strings.FieldsFunc(t, func(r rune) bool { return !known(r) })
	if len(fields) == 1 && len(order) > 1 && len(t) == len(format) && strings.IndexFunc(t, func(r rune) bool { return !known(r) }) < 0 {
		// Unseparated, as wide as the long form: cut at its widths.
		fields = fields[:0]
		for i := 0; i < len(format); {
			j := i
			for j < len(format) && format[j] == format[i] {
				j++
			}
			fields = append(fields, t[i:j])
			i = j
		}
	}
	if len(fields) != len(order) {
		return "", false
	}
	var y, m, d string
	for k, f := range order {
		if strings.Trim(fields[k], "?") == "" {
			continue // unknown
		}
		if strings.Contains(fields[k], "?") {
			return "", false
		}
		switch f {
		case 'y':
			y = fields[k]
		case 'm':
			m = fields[k]
		case 'd':
			d = fields[k]
		}
	}
	if y == "" && m == "" && d == "" {
		return "", false
	}
	month := ""
	if m != "" {
		v, err := strconv.Atoi(m)
		if err != nil || v < 1 || v > 12 {
			return "", false
		}
		month = monthNames[v-1]
	}
	if d != "" {
		v, err := strconv.Atoi(d)
		if err != nil || v < 1 || v > 31 {
			return "", false
		}
		d = strconv.Itoa(v) + ordinalSuffix(strconv.Itoa(v))
	}
	var parts []string
	switch {
	case month != "" && d != "":
		parts = append(parts, month, d)
	case month != "":
		parts = append(parts, month)
	case d != "":
		parts = append(parts, "the", d)
	}
	if y != "" {
		if len(parts) > 0 && d != "" {
			parts[len(parts)-1] += ","
		}
		parts = append(parts, y)
	}
	return strings.Join(parts, " "), true
}

// verbatimNames are the names of the symbols a say-as verbatim (or characters) span reads out.
var verbatimNames = map[rune]string{
	'.': "dot", ',': "comma", '-': "dash", '_': "underscore", '@': "at", '#': "hash",
	'/': "slash", '\\': "backslash", ':': "colon", ';': "semicolon", '!': "exclamation mark",
	'?': "question mark", '&': "and", '+': "plus", '=': "equals", '*': "star", '%': "percent",
	'$': "dollar", '(': "open paren", ')': "close paren", '\'': "apostrophe", '"': "quote",
	'~': "tilde", '^': "caret", '<': "less than", '>': "greater than", '|': "bar",
	'[': "open bracket", ']': "close bracket", '{': "open brace", '}': "close brace",
}

// symbolName returns what verbatim reading says for r.
func symbolName(r rune) (string, bool) {
	n, ok := verbatimNames[r]
	return n, ok
}

// prosodyRate and prosodyPitch combine a request's (and style's) rate and pitch with a run's
// <prosody>, within what the prosody model accepts.
func prosodyRate(base float64, p markup.Prosody) float64 {
	if p.Rate == 0 {
		return base
	}
	return math.Min(math.Max(base*p.Rate, 1.0/16), 16)
}

func prosodyPitch(base float64, p markup.Prosody) float64 {
	if p.Pitch == 0 {
		return base
	}
	return math.Min(math.Max(base+p.Pitch, MinPitch), MaxPitch)
}

// firstVoice is the voice of req's first part (resolve has checked that it exists).
func (e *Engine) firstVoice(req Request) *voiceEntry {
	name := req.Parts[0].Voice
	if name == "" {
		name = e.catalog.Default().Name
	}
	ent, _ := e.entry(name)
	return ent
}
