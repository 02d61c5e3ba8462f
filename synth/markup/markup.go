// Package markup reads text with tags into spans the engine speaks. One parser serves two forms:
//
//   - Inline tags inside ordinary text (Parse): the small, forgiving subset a podcast script or a
//     request with markup set may hold.
//   - SSML documents (ParseSSML): strict XML, with the elements people paste from the Google,
//     Azure and Polly documentation.
//
// The inline tags are:
//
//	<break time="500ms"/>  <break time="1.5s"/>  <break strength="strong"/>  <break/>
//	<emphasis>word</emphasis>  <emphasis level="strong|moderate|reduced">…</emphasis>
//	<say-as interpret-as="characters|spell-out|cardinal|ordinal|digits|date|telephone">…</say-as>
//	<phoneme alphabet="ipa|arpabet" ph="t ə m ɑ t oʊ">tomato</phoneme>
//	<sub alias="World Wide Web">WWW</sub>
//
// and the entities &amp; &lt; &gt; &quot; &apos; (plus numeric &#NN; and &#xHH;).
//
// In inline text a '<' is markup only when it is followed by a letter or by '/' and a letter, and
// a '>' closes it on the same line; otherwise it is ordinary text, so "a < b" and "x<y" need no
// escaping. An '&' that does not begin a known entity is ordinary text too ("Q&A"). Everything
// that is markup must be well formed: an unknown tag, an unknown attribute, a bad value or an
// unbalanced tag is an error naming its position.
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

// MaxDepth bounds element nesting, in inline markup and in SSML (where <speak> counts as one).
const MaxDepth = 16

// ErrMarkup marks malformed markup; every error from Parse and ParseSSML wraps it and is an
// *Error.
var ErrMarkup = errors.New("markup")

// Error locates a markup error.
type Error struct {
	Offset int // byte offset into the input, from 0
	// Line is the line, from 1, in SSML; it is 0 for inline markup, whose Column counts
	// characters from the start of the input.
	Line int
	// Column is the character (rune) position, from 1: within Line in SSML, within the whole
	// input for inline markup.
	Column int
	Msg    string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("ssml: line %d, column %d: %s", e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("markup: column %d: %s", e.Column, e.Msg)
}

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

// SayAs values of interpret-as. Inline markup knows Characters through Telephone; SSML knows all.
const (
	Characters = "characters" // read letter by letter ("spell-out" is read as this too)
	Cardinal   = "cardinal"   // "number" is read as this too
	Ordinal    = "ordinal"
	Digits     = "digits" // read digit by digit
	Date       = "date"   // Format: mdy, dmy, ymd, md, dm, ym, my, y, m or d (SSML checks it)
	Telephone  = "telephone"
	Fraction   = "fraction" // "3/4", "1 1/2"
	Unit       = "unit"     // a measure: "10 kg", "5ft"
	Time       = "time"     // Format: hms12 or hms24
	Currency   = "currency" // "$3.50", "EUR 10"
	Verbatim   = "verbatim" // every character named, punctuation too
	Duration   = "duration" // "1:30:00"; Format: hms, hm, ms, h, m or s (SSML checks it)
	// Expletive ("bleep" in Google's SSML) censors the text: ParseSSML makes the span silent
	// (Prosody.Silent), so it takes its time and makes no sound.
	Expletive = "expletive"
	// Address is read as text, but for a compass point written as a single letter ("440 Terry
	// Ave N"), which the engine says as a word (north).
	Address = "address"
)

// Boundary is document structure before a span (SSML <p> and <s>).
type Boundary uint8

// Boundaries, weakest first.
const (
	NoBoundary Boundary = iota
	// SentenceBoundary: the text before the span ended a sentence (<s>, </s>).
	SentenceBoundary
	// ParagraphBoundary: the text before the span ended a paragraph (<p>, </p>).
	ParagraphBoundary
)

func (b Boundary) String() string {
	switch b {
	case SentenceBoundary:
		return "sentence"
	case ParagraphBoundary:
		return "paragraph"
	}
	return "none"
}

// Span is a run of text sharing one reading. What happens at a span, in order: its Boundary, its
// pause (BreakMillis), its Marks, then its Text. A span without text carries only a pause and/or
// marks; inline markup makes one only at the end (a trailing pause), SSML also where a mark is
// followed by a pause or a boundary before any text.
type Span struct {
	// Text is the text as written (entities decoded; in SSML each run of white space is one
	// space). For <sub> it is the written form; Alias is what is said.
	Text string
	// BreakMillis is a pause, in milliseconds, before this span's text.
	BreakMillis int
	// Emphasis is the span's emphasis level (NoEmphasis outside <emphasis>).
	Emphasis Level
	// SayAs is the interpret-as value of an enclosing <say-as> ("spell-out" is reported as
	// Characters, "number" as Cardinal); Format is its format attribute (for dates, e.g. "mdy")
	// and Detail its detail attribute (kept by SSML only).
	SayAs, Format, Detail string
	// Alias, if not empty, is spoken instead of Text (<sub alias="…">).
	Alias string
	// Pron, if not empty, is the pronunciation of Text (<phoneme>); Phonemes and Alphabet are
	// its source.
	Pron               phone.Pron
	Phonemes, Alphabet string

	// The fields below are set by ParseSSML only; inline markup leaves them zero.

	// Boundary is the strongest <s> or <p> boundary between the previous span's text and this
	// span's (never set before the first text).
	Boundary Boundary
	// Marks are the names of <mark> elements (and Azure's <bookmark>) at this point, in
	// document order: after the pause, before the text.
	Marks []string
	// Voice is the name of the enclosing <voice>; "" means the request's voice.
	Voice string
	// Lang is the xml:lang in effect (from <speak>, <p>, <s>, <voice>, <lang>), or "".
	Lang string
	// Prosody is the enclosing <prosody> settings, composed.
	Prosody Prosody
	// Style is a speaking style of the voice catalog asked for by a vendor element (Azure's
	// <mstts:express-as style>, Google's <google:style>, Polly's <amazon:emotion>,
	// <amazon:domain name="news"> and <amazon:effect name="whispered">), as Options.Style names
	// it; "" means the request's own. StyleDegree scales it from neutral (0 and 1 mean the style
	// as it is, 0.5 half way).
	Style       string
	StyleDegree float64
	// POS is a part-of-speech hint from <w role> or <token role> (g2p's tags: "n", "v", "vbd",
	// "j", "n2"), which picks among the readings of a homograph ("read", "live", "bass").
	POS string
	// Start and End delimit the input bytes the span's text came from (markup inside it, such
	// as comments and entities, included). A span without text has Start == End, at the point
	// it marks.
	Start, End int

	// onLangFailure is the SSML onlangfailure in effect ("ignoretext": text whose Lang is not
	// English is not spoken).
	onLangFailure string
}

// SpellOut reports whether the span is read character by character.
func (s Span) SpellOut() bool { return s.SayAs == Characters || s.SayAs == Verbatim }

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
		s.Detail == t.Detail && s.Alias == "" && t.Alias == "" && len(s.Pron) == 0 && len(t.Pron) == 0 &&
		s.Voice == t.Voice && s.Lang == t.Lang && s.Prosody.equal(t.Prosody) &&
		s.Style == t.Style && s.StyleDegree == t.StyleDegree && s.POS == "" && t.POS == "" &&
		s.onLangFailure == t.onLangFailure
}

// HasMarkup reports whether s may hold tags or entities (a '<' or '&'); text without them parses
// to itself.
func HasMarkup(s string) bool { return strings.ContainsAny(s, "<&") }

// Break strengths in milliseconds (SSML leaves the values to the processor; these are Chorus's):
// none 0, x-weak 100, weak 250, medium 400 (a <break/> without attributes), strong 700,
// x-strong 1200.
var strengths = map[string]int{
	"none": 0, "x-weak": 100, "weak": 250, "medium": 400, "strong": 700, "x-strong": 1200,
}

// inlineSayAs are the interpret-as values inline markup accepts.
var inlineSayAs = map[string]string{
	"characters": Characters, "spell-out": Characters, "cardinal": Cardinal, "number": Cardinal,
	"ordinal": Ordinal, "digits": Digits, "date": Date, "telephone": Telephone,
}

var levels = map[string]Level{"none": NoEmphasis, "reduced": Reduced, "moderate": Moderate, "strong": Strong}

var entities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// frame is an open element.
type frame struct {
	name   string
	offset int
	span   Span // the reading outside it
}

// parser holds the state of one parse. The inline and SSML forms share it; ssml switches on
// XML's strictness and the SSML-only elements.
type parser struct {
	src  string
	ssml bool
	opts Options

	out []Span
	// tail holds the text of out[len(out)-1] while later text may still merge into it
	// (merging by string concatenation would be quadratic).
	tail      strings.Builder
	mergeable bool // out's last span is plain text that may take more
	gap       bool // SSML white space after that span: a space if more text merges into it

	stack []frame
	cur   Span // reading at the current position

	text      strings.Builder // text since the last flush
	textStart int             // input offset of the pending text's first byte
	textEnd   int             // input offset after its last byte

	start int // offset where the parse begins (after an SSML byte-order mark)

	brk      int      // pending pause before the next text
	marks    []string // pending marks (after brk)
	boundary Boundary // pending boundary (before brk)
	anyText  bool     // a span with text has been emitted

	// SSML document state
	seen      bool // anything but white space, comments and PIs has been read
	speakDone bool // </speak> has closed the root
}

func (p *parser) errAt(off int, format string, args ...any) error {
	off = max(0, min(off, len(p.src)))
	line, col := p.loc(off)
	return &Error{Offset: off, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
}

// loc returns the line (0 for inline markup) and column of input offset off.
func (p *parser) loc(off int) (line, col int) {
	if !p.ssml {
		return 0, utf8.RuneCountInString(p.src[:off]) + 1
	}
	line0 := strings.LastIndexByte(p.src[:off], '\n') + 1
	return strings.Count(p.src[:off], "\n") + 1, utf8.RuneCountInString(p.src[line0:off]) + 1
}

// where names an input position in messages: "column 4", or "line 2, column 4" in SSML.
func (p *parser) where(off int) string {
	line, col := p.loc(off)
	if line > 0 {
		return fmt.Sprintf("line %d, column %d", line, col)
	}
	return fmt.Sprintf("column %d", col)
}

// badUTF8 returns the error for invalid UTF-8 in s, or nil.
func (p *parser) badUTF8() error {
	s := p.src
	if utf8.ValidString(s) {
		return nil
	}
	off := 0
	for off < len(s) {
		r, n := utf8.DecodeRuneInString(s[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	return p.errAt(off, "not valid UTF-8")
}

// Parse reads text with inline markup into spans, in order. Adjacent text with the same reading
// is one span; text without markup is one span holding it unchanged; "" gives no spans.
func Parse(s string) ([]Span, error) {
	p := &parser{src: s}
	if err := p.badUTF8(); err != nil {
		return nil, err
	}
	if !HasMarkup(s) {
		if s == "" {
			return nil, nil
		}
		return []Span{{Text: s}}, nil
	}
	if err := p.run(); err != nil {
		return nil, err
	}
	return p.out, nil
}

// addText appends input text s, taken from src[start:end], to the pending text. In SSML each run
// of white space becomes one space.
func (p *parser) addText(s string, start, end int) {
	if p.ssml && p.cur.onLangFailure == "ignoretext" && !english(p.cur.Lang) {
		return // SSML onlangfailure="ignoretext": text the voices cannot speak is left out
	}
	if p.text.Len() == 0 {
		p.textStart = start
	}
	p.textEnd = end
	if !p.ssml {
		p.text.WriteString(s)
		return
	}
	for i := 0; i < len(s); {
		if isSpace(s[i]) {
			cur := p.text.String()
			if len(cur) == 0 || cur[len(cur)-1] != ' ' {
				p.text.WriteByte(' ')
			}
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			continue
		}
		j := i + 1
		for j < len(s) && !isSpace(s[j]) {
			j++
		}
		p.text.WriteString(s[i:j])
		i = j
	}
}

// isSpace reports XML white space.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// push appends a finished span; mergeable says whether later text may join it.
func (p *parser) push(sp Span, mergeable bool) {
	p.seal()
	p.out = append(p.out, sp)
	p.tail.Reset()
	p.tail.WriteString(sp.Text)
	p.mergeable = mergeable
	p.gap = false
	if sp.Text != "" {
		p.anyText = true
	}
}

// seal stores the text held in tail into the last span.
func (p *parser) seal() {
	if n := len(p.out); n > 0 {
		p.out[n-1].Text = p.tail.String()
	}
}

// take returns the pending boundary, pause and marks for a span and clears them.
func (p *parser) take(sp *Span) {
	sp.BreakMillis = p.brk
	sp.Marks = p.marks
	if p.anyText {
		sp.Boundary = p.boundary
	}
	p.brk, p.marks, p.boundary = 0, nil, NoBoundary
}

// flush ends the current text run as a span.
func (p *parser) flush() {
	if p.text.Len() == 0 {
		return
	}
	txt := p.text.String()
	p.text.Reset()
	if p.ssml {
		if strings.TrimLeft(txt, " ") == "" {
			p.blank()
			return
		}
		if !p.anyText || p.boundary != NoBoundary {
			txt = strings.TrimLeft(txt, " ")
		}
	}
	sp := p.cur
	sp.Text = txt
	if p.ssml {
		sp.Start, sp.End = p.textStart, p.textEnd
	}
	p.take(&sp)
	if n := len(p.out); n > 0 && p.mergeable && sp.BreakMillis == 0 && len(sp.Marks) == 0 &&
		sp.Boundary == NoBoundary && p.out[n-1].same(sp) {
		txt := sp.Text
		if p.ssml {
			// One space where the two meet, as if the text had never been split.
			switch t := p.tail.String(); {
			case t[len(t)-1] == ' ' && txt[0] == ' ':
				txt = txt[1:]
			case p.gap && t[len(t)-1] != ' ' && txt[0] != ' ':
				p.tail.WriteByte(' ')
			}
		}
		p.gap = false
		p.tail.WriteString(txt)
		p.out[n-1].End = sp.End
		return
	}
	p.push(sp, true)
}

// blank handles SSML text that is only white space: it separates words only if later text
// merges into the last span, and then it becomes a space there.
func (p *parser) blank() {
	if p.mergeable && p.brk == 0 && len(p.marks) == 0 && p.boundary == NoBoundary {
		p.gap = true
	}
}

// trimTail drops trailing white space from the last span's text (SSML, at a boundary or the end).
func (p *parser) trimTail() {
	if !p.mergeable {
		return
	}
	t := p.tail.String()
	if u := strings.TrimRight(t, " "); len(u) != len(t) && u != "" {
		p.tail.Reset()
		p.tail.WriteString(u)
	}
}

// textless emits the pending pause and marks as a span without text, at input offset off.
func (p *parser) textless(off int) {
	var sp Span
	p.take(&sp)
	if p.ssml {
		sp.Start, sp.End = off, off
	}
	p.push(sp, false)
}

// addBreak adds a pause at input offset off.
func (p *parser) addBreak(ms, off int) {
	p.flush()
	if len(p.marks) > 0 {
		// The marks come before this pause: they keep their place in a span of their own.
		p.textless(off)
	}
	p.brk = min(p.brk+ms, MaxBreakMillis)
}

// addBoundary records a <p> or <s> boundary at input offset off.
func (p *parser) addBoundary(b Boundary, off int) {
	p.flush()
	p.trimTail()
	if len(p.marks) > 0 {
		p.textless(off)
	}
	p.boundary = max(p.boundary, b)
}

func (p *parser) run() error {
	s := p.src
	for i := p.start; i < len(s); {
		c := s[i]
		switch {
		case c == '<' && p.ssml:
			n, err := p.ssmlMarkup(i)
			if err != nil {
				return err
			}
			i = n
		case c == '<' && isTagStart(s, i):
			n, err := p.tag(i)
			if err != nil {
				return err
			}
			i = n
		case c == '&':
			if p.ssml {
				r, n, err := p.xmlEntity(i)
				if err != nil {
					return err
				}
				if err := p.content(i, r); err != nil {
					return err
				}
				p.addText(r, i, i+n)
				i += n
			} else if r, n, ok := Entity(s[i:]); ok {
				p.addText(r, i, i+n)
				i += n
			} else {
				p.addText("&", i, i+1)
				i++
			}
		default:
			j := i + 1
			for j < len(s) && s[j] != '<' && s[j] != '&' {
				j++
			}
			if p.ssml {
				if err := p.content(i, s[i:j]); err != nil {
					return err
				}
			}
			p.addText(s[i:j], i, j)
			i = j
		}
	}
	if len(p.stack) > 0 {
		f := p.stack[len(p.stack)-1]
		return p.errAt(f.offset, "<%s> is never closed: add </%s>", f.name, f.name)
	}
	p.flush()
	if p.ssml {
		p.trimTail()
	}
	if p.brk > 0 || len(p.marks) > 0 {
		p.textless(len(s))
	}
	p.seal()
	return nil
}

// isTagStart reports whether the '<' at i begins inline markup: a letter or "/letter" follows,
// and a '>' closes it before the end of the line or another '<'.
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

// isName reports whether c may be part of an element or attribute name in this form (SSML adds
// the namespace colon and '.').
func (p *parser) isName(c byte) bool { return isNameByte(c) || p.ssml && (c == ':' || c == '.') }

// Entity decodes the character reference at the start of s ("&amp;" …, "&#39;", "&#x27;") as
// both forms of markup read it, returning the text it stands for and its length in s; anything
// else is not a reference.
func Entity(s string) (string, int, bool) {
	// The longest reference is 10 bytes before its ';' ("&#x10FFFF;"): look no further, or a
	// long run of '&' without ';' costs quadratic time.
	end := strings.IndexByte(s[:min(len(s), 11)], ';')
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
	var end int
	if p.ssml {
		var err error
		if end, err = p.tagEnd(i); err != nil {
			return 0, err
		}
	} else {
		end = strings.IndexByte(s[i:], '>') + i // isTagStart guarantees one
	}
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
	for k < len(body) && p.isName(body[k]) {
		k++
	}
	name := body[:k]
	lname := strings.ToLower(name)
	if p.ssml {
		if err := p.ssmlKnown(name, lname, closing, i); err != nil {
			return 0, err
		}
	} else {
		switch lname {
		case "break", "emphasis", "say-as", "phoneme", "sub":
		case "speak":
			// A whole SSML document sent as inline markup: say where SSML is read.
			return 0, p.errAt(i, "unknown tag <%s>: this is an SSML document, and inline markup has no <speak>: send it as SSML (chorus say --ssml; HTTP \"input_format\": \"ssml\"; gRPC input.ssml), or drop <speak> and use break, emphasis, say-as, phoneme or sub", name)
		default:
			return 0, p.errAt(i, "unknown tag <%s>: use break, emphasis, say-as, phoneme or sub (write &lt; for a literal '<')", name)
		}
	}
	if p.ssml && lname == "metadata" && !closing {
		return p.skipMetadata(i, end, selfClosing, "metadata")
	}
	if p.ssml && lname == "desc" && !closing {
		if n := len(p.stack); n == 0 || p.stack[n-1].name != "audio" {
			return 0, p.errAt(i, "<desc> belongs inside <audio>: it describes the clip")
		}
		return p.skipMetadata(i, end, selfClosing, "desc") // a description for captions: not spoken
	}
	if p.ssml && lname == "audio" && selfClosing {
		return 0, p.errAt(i, "<audio/> has no text inside: Chorus does not play audio clips, it speaks the text inside <audio>…</audio> in their place (SSML's fallback); write what to say there, or remove the element")
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
	if p.ssml {
		attrs = dropNamespaceDecls(attrs)
	}
	if isEmptyElement(lname, p.ssml) {
		if n := len(p.stack); n > 0 && textOnly(p.stack[n-1].name) {
			top := p.stack[n-1]
			return 0, p.errAt(i, "<%s> cannot hold a %s; close it (</%s>) first", top.name, lname, top.name)
		}
		next := end + 1
		if !selfClosing {
			if !p.ssml {
				return 0, p.errAt(i, "<break> must be empty: write <break time=\"500ms\"/>")
			}
			if next, err = p.emptyEnd(lname, i, end+1); err != nil {
				return 0, err
			}
		}
		switch lname {
		case "break":
			ms, err := p.breakMillis(attrs, i)
			if err != nil {
				return 0, err
			}
			p.addBreak(ms, i)
			return next, nil
		case "meta": // document metadata: nothing to say
			return next, p.only(lname, attrs, "name", "http-equiv", "content")
		case "amazon:breath":
			ms, err := p.breath(attrs)
			if err != nil {
				return 0, err
			}
			p.addBreak(ms, i)
			return next, nil
		}
		return next, p.mark(lname, attrs, i)
	}
	if selfClosing {
		if p.ssml && lname != "say-as" && lname != "sub" && lname != "phoneme" {
			// <p/>, <prosody …/>: an empty element says nothing; XML allows it.
			if err := p.open(lname, attrs, i); err != nil {
				return 0, err
			}
			return end + 1, p.close(lname, i)
		}
		return 0, p.errAt(i, "<%s/> is empty: it must enclose text", lname)
	}
	return end + 1, p.open(lname, attrs, i)
}

// isEmptyElement reports elements that never hold content.
func isEmptyElement(name string, ssml bool) bool {
	return name == "break" || ssml && (name == "mark" || name == "bookmark" || name == "meta" || name == "amazon:breath")
}

// attrs parses ` name="value" name='value'` lists; base is the offset of s in the input.
func (p *parser) attrs(s string, base int) ([]attr, error) {
	var out []attr
	var seen map[string]bool
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || p.ssml && c == '\n' }
	around := func(c byte) bool { return c == ' ' || p.ssml && isSpace(c) }
	i := 0
	for {
		start := i
		for i < len(s) && space(s[i]) {
			i++
		}
		if i == len(s) {
			return out, nil
		}
		if !p.isName(s[i]) {
			r, _ := utf8.DecodeRuneInString(s[i:])
			return nil, p.errAt(base+i, "unexpected %q in a tag: expected an attribute name", r)
		}
		if i == start {
			return nil, p.errAt(base+i, "expected a space before an attribute")
		}
		a := attr{offset: base + i}
		j := i
		for j < len(s) && p.isName(s[j]) {
			j++
		}
		a.name = strings.ToLower(s[i:j])
		i = j
		for i < len(s) && around(s[i]) {
			i++
		}
		if i >= len(s) || s[i] != '=' {
			return nil, p.errAt(a.offset, "attribute %s has no value: write %s=\"…\"", a.name, a.name)
		}
		i++
		for i < len(s) && around(s[i]) {
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
		if p.ssml {
			v, err := p.attrValue(raw, base+i+1)
			if err != nil {
				return nil, err
			}
			a.value = v
		} else {
			a.value = decodeEntities(raw)
		}
		i += e + 2
		if seen[a.name] {
			return nil, p.errAt(a.offset, "attribute %s is given twice", a.name)
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[a.name] = true
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
			if r, n, ok := Entity(s[i:]); ok {
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
		if p.ssml {
			if err := p.ssmlSayAs(&sp, attrs, off); err != nil {
				return err
			}
			break
		}
		if err := p.only(name, attrs, "interpret-as", "format", "detail"); err != nil {
			return err
		}
		a, ok := find(attrs, "interpret-as")
		if !ok {
			return p.errAt(off, "<say-as> needs interpret-as=\"…\" (characters, spell-out, cardinal, ordinal, digits, date or telephone)")
		}
		v, ok := inlineSayAs[strings.ToLower(strings.TrimSpace(a.value))]
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
		case "x-sampa", "sampa":
			alpha = "x-sampa"
			var v string
			if v, err = XSAMPAToIPA(ph.value); err == nil {
				pr, err = g2p.ParseIPA(v)
			}
		default:
			a, _ := find(attrs, "alphabet")
			return p.errAt(a.offset, "alphabet %q: use ipa, x-sampa or arpabet", a.value)
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
		if p.ssml {
			sp.Alias = collapse(a.value)
		}
	default:
		if err := p.ssmlOpen(name, &sp, attrs, off); err != nil {
			return err
		}
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
		return p.errAt(off, "</%s> does not match <%s> at %s", name, top.name, p.where(top.offset))
	}
	if textOnly(name) {
		txt := p.text.String()
		if p.ssml {
			txt = strings.Trim(txt, " ")
		}
		if strings.TrimSpace(txt) == "" {
			if p.cur.onLangFailure == "ignoretext" && !english(p.cur.Lang) {
				p.text.Reset() // left out (onlangfailure="ignoretext")
				p.cur = top.span
				p.stack = p.stack[:n-1]
				return nil
			}
			return p.errAt(top.offset, "<%s> encloses no text", name)
		}
		// A text-only element is one span of its own, never merged with neighbours.
		sp := p.cur
		sp.Text = txt
		if p.ssml {
			sp.Start, sp.End = p.textStart, p.textEnd
		}
		p.text.Reset()
		p.take(&sp)
		p.push(sp, false)
	} else {
		p.flush()
	}
	p.cur = top.span
	p.stack = p.stack[:n-1]
	if p.ssml {
		return p.ssmlClose(name, off, top)
	}
	return nil
}
