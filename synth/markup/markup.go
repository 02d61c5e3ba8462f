// Package markup parses the inline SSML-like tags Chorus accepts inside text (breaks, emphasis,
// say-as, phoneme, sub) into spans the engine speaks.
//
// The tags are:
//
//	<break time="500ms"/>  <break time="1.5s"/>  <break strength="strong"/>  <break/>
//	<emphasis>word</emphasis>  <emphasis level="strong|moderate|reduced">…</emphasis>
//	<say-as interpret-as="characters|spell-out|cardinal|ordinal|digits|date|telephone">…</say-as>
//	<phoneme alphabet="ipa|arpabet" ph="t ə m ɑ t oʊ">tomato</phoneme>
//	<sub alias="World Wide Web">WWW</sub>
//
// and the entities &amp; &lt; &gt; &quot; &apos; (plus numeric &#NN; and &#xHH;).
//
// A '<' is markup only when it is followed by a letter or by '/' and a letter, and a '>' closes
// it on the same line; otherwise it is ordinary text, so "a < b" and "x<y" need no escaping. An
// '&' that does not begin a known entity is ordinary text too ("Q&A"). Everything that is markup
// must be well formed: an unknown tag, an unknown attribute, a bad value or an unbalanced tag is
// an error naming its position.
package markup

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/phone"
)

// MaxBreakMillis bounds one pause (the sum of adjacent breaks too), matching the engine's limit
// on a part's pause.
const MaxBreakMillis = 10000

// MaxDepth bounds tag nesting.
const MaxDepth = 16

// ErrMarkup marks malformed markup; every error from Parse wraps it and is an *Error.
var ErrMarkup = errors.New("markup")

// Error locates a markup error.
type Error struct {
	Offset int // byte offset into the input, from 0
	Column int // character (rune) position in the input, from 1
	Msg    string
}

func (e *Error) Error() string { return fmt.Sprintf("markup: column %d: %s", e.Column, e.Msg) }

// Unwrap makes errors.Is(err, ErrMarkup) true.
func (e *Error) Unwrap() error { return ErrMarkup }

// Level is an emphasis level.
type Level uint8

// Emphasis levels. The zero value is no emphasis; <emphasis> without a level is Moderate.
const (
	NoEmphasis Level = iota
	Reduced
	Moderate
	Strong
)

func (l Level) String() string {
	switch l {
	case Reduced:
		return "reduced"
	case Moderate:
		return "moderate"
	case Strong:
		return "strong"
	}
	return "none"
}

// SayAs values of interpret-as.
const (
	Characters = "characters" // read letter by letter ("spell-out" is read as this too)
	Cardinal   = "cardinal"
	Ordinal    = "ordinal"
	Digits     = "digits" // read digit by digit
	Date       = "date"
	Telephone  = "telephone"
)

// Span is a run of text sharing one reading.
type Span struct {
	// Text is the text as written (entities decoded). For <sub> it is the written form; Alias is
	// what is said.
	Text string
	// BreakMillis is a pause, in milliseconds, before this span's text. A span with a break
	// and no text is a trailing pause.
	BreakMillis int
	// Emphasis is the span's emphasis level (NoEmphasis outside <emphasis>).
	Emphasis Level
	// SayAs is the interpret-as value of an enclosing <say-as> ("spell-out" is reported as
	// Characters); Format is its format attribute (for dates, e.g. "mdy").
	SayAs, Format string
	// Alias, if not empty, is spoken instead of Text (<sub alias="…">).
	Alias string
	// Pron, if not empty, is the pronunciation of Text (<phoneme>); Phonemes and Alphabet are
	// its source.
	Pron               phone.Pron
	Phonemes, Alphabet string
}

// SpellOut reports whether the span is read letter by letter.
func (s Span) SpellOut() bool { return s.SayAs == Characters }

// DigitByDigit reports whether the span's numbers are read digit by digit.
func (s Span) DigitByDigit() bool { return s.SayAs == Digits || s.SayAs == Telephone }

// Spoken is what the span says: Alias if set, else Text.
func (s Span) Spoken() string {
	if s.Alias != "" {
		return s.Alias
	}
	return s.Text
}

// same reports whether two spans read their text the same way (so they may be merged).
func (s Span) same(t Span) bool {
	return s.Emphasis == t.Emphasis && s.SayAs == t.SayAs && s.Format == t.Format &&
		s.Alias == "" && t.Alias == "" && len(s.Pron) == 0 && len(t.Pron) == 0
}

// HasMarkup reports whether s may hold tags or entities (a '<' or '&'); text without them parses
// to itself.
func HasMarkup(s string) bool { return strings.ContainsAny(s, "<&") }

// Break strengths in milliseconds.
var strengths = map[string]int{
	"none": 0, "x-weak": 100, "weak": 250, "medium": 400, "strong": 700, "x-strong": 1200,
}

var sayAsValues = map[string]string{
	"characters": Characters, "spell-out": Characters, "cardinal": Cardinal, "number": Cardinal,
	"ordinal": Ordinal, "digits": Digits, "date": Date, "telephone": Telephone,
}

var levels = map[string]Level{"none": NoEmphasis, "reduced": Reduced, "moderate": Moderate, "strong": Strong}

var entities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// frame is an open element.
type frame struct {
	name   string
	offset int
	span   Span // the reading inside it
}

type parser struct {
	src   string
	out   []Span
	stack []frame
	cur   Span // reading at the current position
	text  strings.Builder
	brk   int // pending break before the next text
	// inside a text-only element (say-as, phoneme, sub): its content so far
}

func (p *parser) errAt(off int, format string, args ...any) error {
	return &Error{Offset: off, Column: utf8.RuneCountInString(p.src[:min(off, len(p.src))]) + 1, Msg: fmt.Sprintf(format, args...)}
}

// Parse reads text with inline markup into spans, in order. Adjacent text with the same reading
// is one span; text without markup is one span holding it unchanged; "" gives no spans.
func Parse(s string) ([]Span, error) {
	if !utf8.ValidString(s) {
		p := &parser{src: s}
		off := 0
		for off < len(s) {
			r, n := utf8.DecodeRuneInString(s[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, p.errAt(off, "not valid UTF-8")
	}
	if !HasMarkup(s) {
		if s == "" {
			return nil, nil
		}
		return []Span{{Text: s}}, nil
	}
	p := &parser{src: s}
	if err := p.run(); err != nil {
		return nil, err
	}
	return p.out, nil
}

// flush ends the current text run as a span.
func (p *parser) flush() {
	if p.text.Len() == 0 {
		return
	}
	sp := p.cur
	sp.Text = p.text.String()
	p.text.Reset()
	sp.BreakMillis = p.brk
	p.brk = 0
	if n := len(p.out); n > 0 && sp.BreakMillis == 0 && p.out[n-1].same(sp) {
		p.out[n-1].Text += sp.Text
		return
	}
	p.out = append(p.out, sp)
}

func (p *parser) run() error {
	s := p.src
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '<' && isTagStart(s, i):
			n, err := p.tag(i)
			if err != nil {
				return err
			}
			i = n
		case c == '&':
			if r, n, ok := entity(s[i:]); ok {
				p.text.WriteString(r)
				i += n
			} else {
				p.text.WriteByte('&')
				i++
			}
		default:
			j := i + 1
			for j < len(s) && s[j] != '<' && s[j] != '&' {
				j++
			}
			p.text.WriteString(s[i:j])
			i = j
		}
	}
	if len(p.stack) > 0 {
		f := p.stack[len(p.stack)-1]
		return p.errAt(f.offset, "<%s> is never closed: add </%s>", f.name, f.name)
	}
	p.flush()
	if p.brk > 0 {
		p.out = append(p.out, Span{BreakMillis: p.brk})
	}
	return nil
}

// isTagStart reports whether the '<' at i begins markup: a letter or "/letter" follows, and a
// '>' closes it before the end of the line or another '<'.
func isTagStart(s string, i int) bool {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	if j >= len(s) || !isLetter(s[j]) {
		return false
	}
	for k := j; k < len(s); k++ {
		switch s[k] {
		case '>':
			return true
		case '<', '\n':
			return false
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isNameByte(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '_' }

// entity decodes the entity at the start of s ("&amp;" …, "&#39;", "&#x27;").
func entity(s string) (string, int, bool) {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 10 {
		return "", 0, false
	}
	name := s[1:end]
	if r, ok := entities[name]; ok {
		return r, end + 1, true
	}
	if name[0] != '#' || len(name) < 2 {
		return "", 0, false
	}
	var v uint64
	var err error
	if name[1] == 'x' || name[1] == 'X' {
		v, err = strconv.ParseUint(name[2:], 16, 32)
	} else {
		v, err = strconv.ParseUint(name[1:], 10, 32)
	}
	if err != nil || v == 0 || v > utf8.MaxRune || !utf8.ValidRune(rune(v)) {
		return "", 0, false
	}
	return string(rune(v)), end + 1, true
}

// attr is one attribute of a tag.
type attr struct {
	name, value string
	offset      int
}

// tag parses the tag at s[i] == '<' and returns the offset after it.
func (p *parser) tag(i int) (int, error) {
	s := p.src
	end := strings.IndexByte(s[i:], '>') + i // isTagStart guarantees one
	body := s[i+1 : end]
	closing := strings.HasPrefix(body, "/")
	if closing {
		body = body[1:]
	}
	selfClosing := strings.HasSuffix(body, "/")
	if selfClosing {
		body = body[:len(body)-1]
	}
	k := 0
	for k < len(body) && isNameByte(body[k]) {
		k++
	}
	name := body[:k]
	lname := strings.ToLower(name)
	switch lname {
	case "break", "emphasis", "say-as", "phoneme", "sub":
	default:
		return 0, p.errAt(i, "unknown tag <%s>: use break, emphasis, say-as, phoneme or sub (write &lt; for a literal '<')", name)
	}
	base := i + 1 + len(body) - len(body[k:])
	if closing {
		base = i + 2 + k
	}
	attrs, err := p.attrs(body[k:], base)
	if err != nil {
		return 0, err
	}
	if closing {
		if selfClosing || len(attrs) > 0 {
			return 0, p.errAt(i, "malformed closing tag </%s>", name)
		}
		return end + 1, p.close(lname, i)
	}
	if lname == "break" {
		if n := len(p.stack); n > 0 && textOnly(p.stack[n-1].name) {
			top := p.stack[n-1]
			return 0, p.errAt(i, "<%s> cannot hold a break; close it (</%s>) first", top.name, top.name)
		}
		if !selfClosing {
			return 0, p.errAt(i, "<break> must be empty: write <break time=\"500ms\"/>")
		}
		ms, err := p.breakMillis(attrs, i)
		if err != nil {
			return 0, err
		}
		p.flush()
		p.brk = min(p.brk+ms, MaxBreakMillis)
		return end + 1, nil
	}
	if selfClosing {
		return 0, p.errAt(i, "<%s/> is empty: it must enclose text", lname)
	}
	return end + 1, p.open(lname, attrs, i)
}

// attrs parses ` name="value" name='value'` lists; base is the offset of s in the input.
func (p *parser) attrs(s string, base int) ([]attr, error) {
	var out []attr
	i := 0
	for {
		start := i
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
			i++
		}
		if i == len(s) {
			return out, nil
		}
		if !isNameByte(s[i]) {
			r, _ := utf8.DecodeRuneInString(s[i:])
			return nil, p.errAt(base+i, "unexpected %q in a tag: expected an attribute name", r)
		}
		if i == start {
			return nil, p.errAt(base+i, "expected a space before an attribute")
		}
		a := attr{offset: base + i}
		j := i
		for j < len(s) && isNameByte(s[j]) {
			j++
		}
		a.name = strings.ToLower(s[i:j])
		i = j
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) || s[i] != '=' {
			return nil, p.errAt(a.offset, "attribute %s has no value: write %s=\"…\"", a.name, a.name)
		}
		i++
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) || (s[i] != '"' && s[i] != '\'') {
			return nil, p.errAt(base+min(i, len(s)), "the value of %s must be quoted", a.name)
		}
		q := s[i]
		e := strings.IndexByte(s[i+1:], q)
		if e < 0 {
			return nil, p.errAt(base+i, "the value of %s has no closing quote", a.name)
		}
		raw := s[i+1 : i+1+e]
		a.value = decodeEntities(raw)
		i += e + 2
		for _, b := range out {
			if b.name == a.name {
				return nil, p.errAt(a.offset, "attribute %s is given twice", a.name)
			}
		}
		out = append(out, a)
	}
}

func decodeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '&' {
			if r, n, ok := entity(s[i:]); ok {
				b.WriteString(r)
				i += n
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// only checks that attrs holds no names outside allowed.
func (p *parser) only(tag string, attrs []attr, allowed ...string) error {
	for _, a := range attrs {
		ok := false
		for _, n := range allowed {
			ok = ok || a.name == n
		}
		if !ok {
			return p.errAt(a.offset, "<%s> has no attribute %q (it takes %s)", tag, a.name, strings.Join(allowed, ", "))
		}
	}
	return nil
}

func find(attrs []attr, name string) (attr, bool) {
	for _, a := range attrs {
		if a.name == name {
			return a, true
		}
	}
	return attr{}, false
}

func (p *parser) breakMillis(attrs []attr, off int) (int, error) {
	if err := p.only("break", attrs, "time", "strength"); err != nil {
		return 0, err
	}
	if t, ok := find(attrs, "time"); ok {
		ms, err := ParseDuration(t.value)
		if err != nil {
			return 0, p.errAt(t.offset, "break time %q: %v", t.value, err)
		}
		return ms, nil
	}
	if st, ok := find(attrs, "strength"); ok {
		ms, ok := strengths[strings.ToLower(strings.TrimSpace(st.value))]
		if !ok {
			return 0, p.errAt(st.offset, "break strength %q: use none, x-weak, weak, medium, strong or x-strong", st.value)
		}
		return ms, nil
	}
	return strengths["medium"], nil
}

// ParseDuration reads a break time: "500ms", "1.5s", "2 s"; it returns milliseconds in
// [0, MaxBreakMillis].
func ParseDuration(s string) (int, error) {
	v := strings.TrimSpace(strings.ToLower(s))
	scale := 0.0
	switch {
	case strings.HasSuffix(v, "ms"):
		scale, v = 1, v[:len(v)-2]
	case strings.HasSuffix(v, "s"):
		scale, v = 1000, v[:len(v)-1]
	default:
		return 0, errors.New("give a unit: ms or s (e.g. 500ms, 1.5s)")
	}
	v = strings.TrimSpace(v)
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || v == "" || strings.ContainsAny(v, "eEnNiIxX_+") {
		return 0, errors.New("not a number of milliseconds or seconds")
	}
	ms := x * scale
	if math.IsNaN(ms) || ms < 0 || ms > MaxBreakMillis {
		return 0, fmt.Errorf("out of range 0–%d ms", MaxBreakMillis)
	}
	return int(math.Round(ms)), nil
}

// textOnly reports whether elements of this kind hold plain text only.
func textOnly(name string) bool { return name == "say-as" || name == "phoneme" || name == "sub" }

func (p *parser) open(name string, attrs []attr, off int) error {
	if len(p.stack) >= MaxDepth {
		return p.errAt(off, "tags nested more than %d deep", MaxDepth)
	}
	if n := len(p.stack); n > 0 && textOnly(p.stack[n-1].name) {
		top := p.stack[n-1]
		return p.errAt(off, "<%s> cannot hold other tags; close it (</%s>) before <%s>", top.name, top.name, name)
	}
	sp := p.cur
	switch name {
	case "emphasis":
		if err := p.only(name, attrs, "level"); err != nil {
			return err
		}
		sp.Emphasis = Moderate
		if a, ok := find(attrs, "level"); ok {
			l, ok := levels[strings.ToLower(strings.TrimSpace(a.value))]
			if !ok {
				return p.errAt(a.offset, "emphasis level %q: use strong, moderate, reduced or none", a.value)
			}
			sp.Emphasis = l
		}
	case "say-as":
		if err := p.only(name, attrs, "interpret-as", "format", "detail"); err != nil {
			return err
		}
		a, ok := find(attrs, "interpret-as")
		if !ok {
			return p.errAt(off, "<say-as> needs interpret-as=\"…\" (characters, spell-out, cardinal, ordinal, digits, date or telephone)")
		}
		v, ok := sayAsValues[strings.ToLower(strings.TrimSpace(a.value))]
		if !ok {
			return p.errAt(a.offset, "interpret-as %q: use characters, spell-out, cardinal, ordinal, digits, date or telephone", a.value)
		}
		sp.SayAs = v
		if f, ok := find(attrs, "format"); ok {
			sp.Format = f.value
		}
	case "phoneme":
		if err := p.only(name, attrs, "alphabet", "ph"); err != nil {
			return err
		}
		ph, ok := find(attrs, "ph")
		if !ok || strings.TrimSpace(ph.value) == "" {
			return p.errAt(off, "<phoneme> needs ph=\"…\", the pronunciation")
		}
		alpha := "ipa"
		if a, ok := find(attrs, "alphabet"); ok {
			alpha = strings.ToLower(strings.TrimSpace(a.value))
		}
		var pr phone.Pron
		var err error
		switch alpha {
		case "ipa":
			pr, err = g2p.ParseIPA(ph.value)
		case "arpabet", "x-arpabet", "cmu":
			alpha = "arpabet"
			pr, err = g2p.ParseARPAbet(ph.value)
		default:
			a, _ := find(attrs, "alphabet")
			return p.errAt(a.offset, "alphabet %q: use ipa or arpabet", a.value)
		}
		if err != nil {
			return p.errAt(ph.offset, "ph %q: %v", ph.value, err)
		}
		if len(pr) == 0 {
			return p.errAt(ph.offset, "ph %q holds no phones", ph.value)
		}
		sp.Pron, sp.Phonemes, sp.Alphabet = pr, ph.value, alpha
	case "sub":
		if err := p.only(name, attrs, "alias"); err != nil {
			return err
		}
		a, ok := find(attrs, "alias")
		if !ok || strings.TrimSpace(a.value) == "" {
			return p.errAt(off, "<sub> needs alias=\"…\", the words to say")
		}
		sp.Alias = a.value
	}
	p.flush()
	p.stack = append(p.stack, frame{name: name, offset: off, span: p.cur})
	p.cur = sp
	return nil
}

func (p *parser) close(name string, off int) error {
	n := len(p.stack)
	if n == 0 {
		return p.errAt(off, "</%s> closes nothing", name)
	}
	top := p.stack[n-1]
	if top.name != name {
		return p.errAt(off, "</%s> does not match <%s> at column %d", name, top.name,
			utf8.RuneCountInString(p.src[:top.offset])+1)
	}
	if textOnly(name) && strings.TrimSpace(p.text.String()) == "" {
		return p.errAt(top.offset, "<%s> encloses no text", name)
	}
	if p.text.Len() > 0 && textOnly(name) {
		// A text-only element is one span of its own, never merged with neighbours.
		sp := p.cur
		sp.Text = p.text.String()
		p.text.Reset()
		sp.BreakMillis = p.brk
		p.brk = 0
		p.out = append(p.out, sp)
	} else {
		p.flush()
	}
	p.cur = top.span
	p.stack = p.stack[:n-1]
	return nil
}
