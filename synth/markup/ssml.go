package markup

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/g2p"
)

// DefaultMaxBytes is the input limit when Options.MaxBytes is 0: 256 KiB, the engine's limit on
// a request's text (synth.MaxTextBytes, which this package cannot import: synth imports it).
const DefaultMaxBytes = 256 << 10

// Options adapts ParseSSML to its caller. The zero value works.
type Options struct {
	// MaxBytes bounds the input length; 0 means DefaultMaxBytes.
	MaxBytes int
	// BaseHz returns the baseline pitch, in Hz, of the named voice ("" for the voice outside any
	// <voice>); pitch values in Hz are read against it. Nil, or a result that is not above 0,
	// means DefaultBaseHz.
	BaseHz func(voice string) float64
	// CheckVoice, if set, is asked about every <voice name>; its error is reported at the name,
	// with line and column.
	CheckVoice func(name string) error
	// PickVoice, if set, chooses the voice for a <voice> without a name, from its gender
	// ("female", "male", "neutral" or "") and variant (1 for the first such voice, 2 for the
	// second…). Its error is reported at the element. Without it such a <voice> is an error.
	PickVoice func(gender string, variant int) (string, error)
	// Style, if set, maps a style a vendor element asks for ("cheerful", "newscast", "lively")
	// to a style of the catalog, or says why there is none; its error is reported at the
	// attribute. Without it those elements are errors.
	Style func(name string) (string, error)
}

// ParseSSML reads an SSML document into spans, in document order. Adjacent text with the same
// reading (and no pause, mark or boundary between) is one span. An empty document, or one with
// no text, marks or pauses, gives no spans. It is the parser Parse uses, strict about XML, with
// the elements people paste from the Google, Azure and Polly documentation.
//
// Elements and attributes (anything else is an error naming its line and column):
//
//	<speak version xml:lang xml:base xsi:schemaLocation onlangfailure>  the root (optional)
//	<p>, <paragraph>, <s>, <sentence> (xml:lang)  Span.Boundary
//	<break time|strength/>                         Span.BreakMillis, strengths as in inline markup
//	<prosody rate pitch range volume>              Span.Prosody; see Prosody for the values
//	<emphasis level>                               Span.Emphasis
//	<say-as interpret-as format detail language>   Span.SayAs, Format, Detail, Lang
//	<sub alias>                                    Span.Alias
//	<phoneme alphabet="ipa|x-sampa|x-arpabet" ph>  Span.Pron
//	<voice name gender variant age languages       Span.Voice (the first name that exists, else
//	       required ordering onvoicefailure>       Options.PickVoice; age, languages, required
//	                                               and ordering are checked, not used)
//	<mark name/>, Azure's <bookmark mark/>         Span.Marks
//	<lang xml:lang>                                Span.Lang (spoken with the current voice)
//	<token>, <w> (xml:lang role)                   their text; role is Span.POS
//	<meta name|http-equiv content/>, <metadata>    not spoken (metadata's content is skipped)
//	<audio src …>                                  its content, spoken in the clip's place (no clip
//	                                               is played; SSML's fallback); <desc> in it is not
//	                                               spoken; an <audio> with no text is an error
//	vendor extensions                              see vendor.go: Span.Style, pauses
//
// onlangfailure (on speak, p, s, lang, token, w, voice) takes changevoice, ignoretext,
// ignorelang or processorchoice; under ignoretext, text whose language is not English (the
// language of Chorus's voices) is left out, its marks kept. interpret-as takes cardinal (or
// number), ordinal, characters (or spell-out), digits, fraction, unit, date (format mdy, dmy,
// ymd, ydm, md, dm, ym, my, y, m or d, or a long form such as yyyymmdd: DateOrder), time
// (format hms12 or hms24), duration (format hms, hm, ms, h, m or s, also written h:m:s…),
// telephone (format: a country code such as "1" or "+44"), currency, verbatim, expletive (or
// bleep: silent), address, and name and interjection (read as written). The other SSML
// elements (par, seq, media, lexicon, lookup) and the other vendor extensions are errors
// saying what to write instead. Nesting is limited to MaxDepth elements, the input to
// Options.MaxBytes.
//
// XML: the five predefined entities and numeric character references; no DTD (a DOCTYPE is an
// error), so no custom entities and nothing to expand ("billion laughs" cannot happen: every
// reference stands for one character). CDATA sections are text; comments and processing
// instructions (the <?xml …?> declaration too) are ignored; xmlns and xmlns:* declarations are
// accepted on any element. Element and attribute names are read case-insensitively. White
// space in text is XML's: each run of spaces, tabs and line breaks is one space, and none is
// kept at the edges of sentences and paragraphs. A document without <speak> is read as if
// wrapped in one.
func ParseSSML(s string, opts Options) ([]Span, error) {
	p := &parser{src: s, ssml: true, opts: opts}
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if len(s) > limit {
		return nil, p.errAt(limit, "the document is %d bytes; the limit is %d bytes: split it", len(s), limit)
	}
	if err := p.badUTF8(); err != nil {
		return nil, err
	}
	if err := p.badChars(); err != nil {
		return nil, err
	}
	if strings.HasPrefix(s, "\uFEFF") {
		p.start = 3 // a byte-order mark
	}
	if err := p.run(); err != nil {
		return nil, err
	}
	return p.out, nil
}

// badChars rejects characters XML does not allow anywhere: C0 controls other than tab, line
// feed and carriage return, and U+FFFE, U+FFFF.
func (p *parser) badChars() error {
	s := p.src
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return p.errAt(i, "control character U+%04X is not allowed in XML", c)
		}
		if c == 0xEF && i+2 < len(s) && s[i+1] == 0xBF && (s[i+2] == 0xBE || s[i+2] == 0xBF) {
			return p.errAt(i, "character U+FFF%c is not allowed in XML", "EF"[s[i+2]-0xBE])
		}
	}
	return nil
}

// ssmlMarkup reads the markup at src[i] == '<': a comment, CDATA section, processing
// instruction or tag. It returns the offset after it.
func (p *parser) ssmlMarkup(i int) (int, error) {
	s := p.src[i:]
	switch {
	case strings.HasPrefix(s, "<!--"):
		end := strings.Index(s[4:], "-->")
		if end < 0 {
			return 0, p.errAt(i, "comment is never closed: expected -->")
		}
		return i + 4 + end + 3, nil
	case strings.HasPrefix(s, "<![CDATA["):
		end := strings.Index(s[9:], "]]>")
		if end < 0 {
			return 0, p.errAt(i, "CDATA section is never closed: expected ]]>")
		}
		txt := s[9 : 9+end]
		if err := p.content(i, txt); err != nil {
			return 0, err
		}
		p.addText(txt, i, i+9+end+3)
		return i + 9 + end + 3, nil
	case strings.HasPrefix(s, "<?"):
		end := strings.Index(s[2:], "?>")
		if end < 0 {
			return 0, p.errAt(i, "processing instruction is never closed: expected ?>")
		}
		return i + 2 + end + 2, nil
	case len(s) >= 9 && strings.EqualFold(s[:9], "<!DOCTYPE"):
		return 0, p.errAt(i, "a DOCTYPE is not allowed: SSML here takes no DTD and no custom entities")
	case strings.HasPrefix(s, "<!"):
		return 0, p.errAt(i, "unexpected \"<!\": expected a comment <!-- … --> or a CDATA section <![CDATA[ … ]]>")
	}
	j := 1
	if len(s) > 1 && s[1] == '/' {
		j = 2
	}
	if j >= len(s) || !(isLetter(s[j]) || s[j] == '_') {
		return 0, p.errAt(i, "expected an element name after '<' (write &lt; for a literal '<')")
	}
	return p.tag(i)
}

// tagEnd finds the '>' that ends the tag starting at src[i], skipping quoted values.
func (p *parser) tagEnd(i int) (int, error) {
	s := p.src
	var q byte
	qAt := 0
	for j := i + 1; j < len(s); j++ {
		c := s[j]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q, qAt = c, j
		case c == '>':
			return j, nil
		case c == '<':
			return 0, p.errAt(i, "this tag is not closed: expected '>' before the next '<'")
		}
	}
	if q != 0 {
		return 0, p.errAt(qAt, "a quoted value is never closed: expected %c", q)
	}
	return 0, p.errAt(i, "this tag is not closed: expected '>'")
}

// content checks document text at offset off: nothing but white space may come after </speak>.
func (p *parser) content(off int, txt string) error {
	rest := strings.TrimLeft(txt, " \t\r\n")
	if rest == "" {
		return nil
	}
	if p.speakDone {
		return p.errAt(off+len(txt)-len(rest), "text after </speak>: the document ends there")
	}
	p.seen = true
	return nil
}

// xmlEntityAt decodes the reference at the start of s (at input offset base): one of the five
// predefined entities or a character reference. It returns the character and the reference's
// length.
func (p *parser) xmlEntityAt(s string, base int) (string, int, error) {
	end := strings.IndexByte(s[:min(len(s), 40)], ';')
	if end < 0 {
		return "", 0, p.errAt(base, "'&' must be written &amp; unless it begins a reference such as &lt; or &#233;")
	}
	name := s[1:end]
	if r, ok := entities[name]; ok {
		return r, end + 1, nil
	}
	if !strings.HasPrefix(name, "#") {
		return "", 0, p.errAt(base, "unknown entity &%s; (there is no DTD: use &amp; &lt; &gt; &quot; &apos; or a character reference such as &#233;)", name)
	}
	digits, b := name[1:], 10
	if strings.HasPrefix(digits, "x") {
		digits, b = digits[1:], 16
	}
	v, err := strconv.ParseUint(digits, b, 32)
	if err != nil || digits == "" || digits[0] == '+' {
		return "", 0, p.errAt(base, "character reference &%s; is not a number", name)
	}
	if !xmlChar(v) {
		return "", 0, p.errAt(base, "character reference &%s; names a character XML does not allow", name)
	}
	return string(rune(v)), end + 1, nil
}

// xmlEntity decodes the reference at src[i].
func (p *parser) xmlEntity(i int) (string, int, error) { return p.xmlEntityAt(p.src[i:], i) }

// xmlChar reports whether XML allows the character v.
func xmlChar(v uint64) bool {
	return v == 0x9 || v == 0xA || v == 0xD || v >= 0x20 && v <= 0xD7FF ||
		v >= 0xE000 && v <= 0xFFFD || v >= 0x10000 && v <= utf8.MaxRune
}

// attrValue decodes an attribute value found at input offset base: references decoded, tabs and
// line breaks read as spaces (XML's attribute-value normalization).
func (p *parser) attrValue(raw string, base int) (string, error) {
	if !strings.ContainsAny(raw, "&<\t\n\r") {
		return raw, nil
	}
	var b strings.Builder
	for i := 0; i < len(raw); {
		switch c := raw[i]; c {
		case '&':
			r, n, err := p.xmlEntityAt(raw[i:], base+i)
			if err != nil {
				return "", err
			}
			b.WriteString(r)
			i += n
		case '<':
			return "", p.errAt(base+i, "'<' in an attribute value must be written &lt;")
		case '\t', '\n', '\r':
			b.WriteByte(' ')
			i++
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), nil
}

// dropNamespaceDecls removes xmlns and xmlns:* attributes, which any element may carry.
func dropNamespaceDecls(attrs []attr) []attr {
	out := attrs[:0:0]
	for _, a := range attrs {
		if a.name != "xmlns" && !strings.HasPrefix(a.name, "xmlns:") {
			out = append(out, a)
		}
	}
	return out
}

// unsupported says why Chorus does not do these SSML elements, and what to write instead.
var unsupported = map[string]string{
	"par":     "Chorus does not mix or schedule audio (Google's <par>, <seq> and <media>): write the text in order, with <break time=\"…\"/> for the gaps",
	"seq":     "Chorus does not mix or schedule audio (Google's <par>, <seq> and <media>): write the text in order, with <break time=\"…\"/> for the gaps",
	"media":   "Chorus does not mix or schedule audio (Google's <par>, <seq> and <media>): write the text in order, with <break time=\"…\"/> for the gaps",
	"lexicon": "Chorus does not fetch pronunciation lexicons: give pronunciations with <phoneme> or <sub>, or in the request's lexicon",
	"lookup":  "Chorus does not fetch pronunciation lexicons: give pronunciations with <phoneme> or <sub>, or in the request's lexicon",
	// Vendor extensions with an obvious replacement.
	"mstts:silence":         "use <break time=\"…\"/> where the silence goes",
	"mstts:audioduration":   "use <prosody rate=\"…\"> to change the speed",
	"mstts:backgroundaudio": "Chorus does not play audio",
	"mstts:viseme":          "Chorus sends viseme events of its own when asked (docs/streaming.md)",
}

// vendorElements are the vendor extensions Chorus reads (vendor.go).
var vendorElements = map[string]bool{
	"mstts:express-as": true, "google:style": true, "amazon:emotion": true, "amazon:domain": true,
	"amazon:effect": true, "amazon:auto-breaths": true, "amazon:breath": true,
}

// ssmlKnown checks an element name (an opening tag unless closing) and the document's shape:
// <speak> must be the root, and nothing follows it.
func (p *parser) ssmlKnown(name, lname string, closing bool, off int) error {
	switch lname {
	case "speak", "p", "paragraph", "s", "sentence", "break", "prosody", "emphasis", "say-as",
		"sub", "phoneme", "voice", "mark", "bookmark", "lang", "token", "w", "meta", "metadata", "audio", "desc":
	default:
		if vendorElements[lname] {
			break
		}
		if why, ok := unsupported[lname]; ok {
			return p.errAt(off, "<%s> is not supported: %s", name, why)
		}
		if strings.Contains(name, ":") {
			return p.errAt(off, "<%s> is a vendor extension Chorus does not support (it reads mstts:express-as, google:style, amazon:emotion, amazon:domain, amazon:effect, amazon:breath and amazon:auto-breaths: docs/ssml.md)", name)
		}
		return p.errAt(off, "unknown element <%s>: expected speak, p, s, break, prosody, emphasis, say-as, sub, phoneme, voice, mark, lang, token, w, audio, meta or metadata (write &lt; for a literal '<')", name)
	}
	if closing {
		return nil
	}
	if p.speakDone {
		return p.errAt(off, "<%s> after </speak>: the document ends there", lname)
	}
	if lname == "speak" && p.seen {
		return p.errAt(off, "<speak> must be the root element: nothing but comments may come before it, and it is not nested")
	}
	p.seen = true
	return nil
}

// emptyEnd reads the end tag of an empty element written <name …></name>, starting at from
// (white space and comments may come between). It returns the offset after it.
func (p *parser) emptyEnd(name string, off, from int) (int, error) {
	s := p.src
	i := from
	for {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if !strings.HasPrefix(s[i:], "<!--") {
			break
		}
		e := strings.Index(s[i+4:], "-->")
		if e < 0 {
			return 0, p.errAt(i, "comment is never closed: expected -->")
		}
		i += 4 + e + 3
	}
	rest := s[i:]
	if len(rest) > 2+len(name) && rest[:2] == "</" && strings.EqualFold(rest[2:2+len(name)], name) {
		j := 2 + len(name)
		for j < len(rest) && isSpace(rest[j]) {
			j++
		}
		if j < len(rest) && rest[j] == '>' {
			return i + j + 1, nil
		}
	}
	return 0, p.errAt(off, "<%s> must be empty: write <%s …/> or close it at once with </%s>", name, name, name)
}

// mark records a <mark name="…"/> or <bookmark mark="…"/>.
func (p *parser) mark(name string, attrs []attr, off int) error {
	key := "name"
	if name == "bookmark" {
		key = "mark"
	}
	if err := p.only(name, attrs, key); err != nil {
		return err
	}
	a, ok := find(attrs, key)
	if !ok || strings.TrimSpace(a.value) == "" {
		return p.errAt(off, "<%s> needs %s=\"…\", the mark's name", name, key)
	}
	p.flush()
	p.marks = append(p.marks, strings.TrimSpace(a.value))
	return nil
}

// ssmlSayAs values of interpret-as.
var ssmlSayAs = map[string]string{
	"characters": Characters, "spell-out": Characters, "cardinal": Cardinal, "number": Cardinal,
	"ordinal": Ordinal, "digits": Digits, "fraction": Fraction, "unit": Unit, "date": Date,
	"time": Time, "telephone": Telephone, "currency": Currency, "verbatim": Verbatim,
	"duration": Duration, "expletive": Expletive, "bleep": Expletive,
	"address": Address,
	// Read as written: the front end reads names and interjections as text anyway.
	"name": "", "interjection": "",
}

var durationFormats = map[string]bool{"hms": true, "hm": true, "ms": true, "h": true, "m": true, "s": true}

var dateFormats = map[string]bool{"mdy": true, "dmy": true, "ymd": true, "ydm": true, "md": true, "dm": true, "ym": true, "my": true, "y": true, "m": true, "d": true}

// DateOrder returns the order of a date format's fields: "mdy" for "mdy", and for the long forms
// Google and Polly write ("yyyymmdd", "mm-dd"), the order of their runs of letters ("ymd",
// "md"). ok is false for anything else.
func DateOrder(format string) (order string, ok bool) {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case c == 'y' || c == 'm' || c == 'd':
			if i == 0 || format[i-1] != c {
				b.WriteByte(c)
			}
		case c == '-' || c == '/' || c == '.' || c == ' ':
		default:
			return "", false
		}
	}
	order = b.String()
	return order, dateFormats[order]
}

var timeFormats = map[string]bool{"hms12": true, "hms24": true}

func (p *parser) ssmlSayAs(sp *Span, attrs []attr, off int) error {
	if err := p.only("say-as", attrs, "interpret-as", "format", "detail", "language"); err != nil {
		return err
	}
	a, ok := find(attrs, "interpret-as")
	if !ok {
		return p.errAt(off, "<say-as> needs interpret-as=\"…\"")
	}
	v, ok := ssmlSayAs[strings.ToLower(strings.TrimSpace(a.value))]
	if !ok {
		return p.errAt(a.offset, "interpret-as %q: use cardinal, number, ordinal, characters, spell-out, digits, fraction, unit, date, time, duration, telephone, currency, verbatim, expletive, name, address or interjection", a.value)
	}
	sp.SayAs = v
	if v == Expletive {
		sp.Prosody.Silent = true // censored: the words take their time and make no sound
	}
	if f, ok := find(attrs, "format"); ok {
		fv := strings.ToLower(strings.TrimSpace(f.value))
		switch v {
		case Date:
			if _, ok := DateOrder(fv); !ok {
				return p.errAt(f.offset, "date format %q: use mdy, dmy, ymd, ydm, md, dm, ym, my, y, m or d (or a long form such as yyyymmdd)", f.value)
			}
		case Time:
			if !timeFormats[fv] {
				return p.errAt(f.offset, "time format %q: use hms12 or hms24", f.value)
			}
		case Telephone:
			if !countryCode(fv) {
				return p.errAt(f.offset, "telephone format %q: give the country code, e.g. \"1\" or \"+44\"", f.value)
			}
		case Duration:
			fv = strings.ReplaceAll(fv, ":", "") // Google writes h:m:s
			if !durationFormats[fv] {
				return p.errAt(f.offset, "duration format %q: use hms, hm, ms, h, m or s", f.value)
			}
		default:
			return p.errAt(f.offset, "interpret-as=%q takes no format (format is for date, time, duration and telephone)", a.value)
		}
		sp.Format = fv
	}
	if d, ok := find(attrs, "detail"); ok {
		sp.Detail = strings.TrimSpace(d.value)
	}
	if l, ok := find(attrs, "language"); ok {
		if err := p.lang(sp, l); err != nil {
			return err
		}
	}
	return nil
}

// countryCode reports a telephone country code: an optional '+' and one to three digits.
func countryCode(s string) bool {
	s = strings.TrimPrefix(s, "+")
	if len(s) < 1 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// lang sets sp.Lang from a language attribute, checking it has the form of a BCP 47 tag
// ("en", "en-US", "zh-Hant-TW"; "en_US" is read as "en-US").
func (p *parser) lang(sp *Span, a attr) error {
	v := strings.ReplaceAll(strings.TrimSpace(a.value), "_", "-")
	parts := strings.Split(v, "-")
	ok := len(parts[0]) >= 2 && len(parts[0]) <= 8
	for i, part := range parts {
		ok = ok && len(part) >= 1 && len(part) <= 8
		for k := 0; ok && k < len(part); k++ {
			c := part[k]
			ok = isLetter(c) || i > 0 && c >= '0' && c <= '9'
		}
	}
	if !ok {
		return p.errAt(a.offset, "%s %q is not a language tag such as \"en-US\"", a.name, a.value)
	}
	sp.Lang = v
	return nil
}

func (p *parser) ssmlOpen(name string, sp *Span, attrs []attr, off int) error {
	switch name {
	case "speak":
		if err := p.only(name, attrs, "version", "xml:lang", "xml:base", "xsi:schemalocation", "onlangfailure"); err != nil {
			return err
		}
		if v, ok := find(attrs, "version"); ok && v.value != "1.0" && v.value != "1.1" {
			return p.errAt(v.offset, "SSML version %q: use 1.0 or 1.1", v.value)
		}
	case "p", "paragraph", "s", "sentence":
		if err := p.only(name, attrs, "xml:lang", "onlangfailure"); err != nil {
			return err
		}
		para := name == "p" || name == "paragraph"
		for _, f := range p.stack {
			if f.name == "s" || f.name == "sentence" || para && (f.name == "p" || f.name == "paragraph") {
				return p.errAt(off, "<%s> cannot be inside <%s> (at %s)", name, f.name, p.where(f.offset))
			}
		}
		b := SentenceBoundary
		if para {
			b = ParagraphBoundary
		}
		p.addBoundary(b, off)
	case "prosody":
		if err := p.prosody(sp, attrs); err != nil {
			return err
		}
	case "voice":
		if err := p.voice(sp, attrs, off); err != nil {
			return err
		}
	case "token", "w":
		if err := p.only(name, attrs, "xml:lang", "role", "onlangfailure"); err != nil {
			return err
		}
		if a, ok := find(attrs, "role"); ok {
			pos, err := roleHint(a.value)
			if err != nil {
				return p.errAt(a.offset, "%s role %q: %v", name, a.value, err)
			}
			sp.POS = pos
		}
	case "audio":
		if err := p.only(name, attrs, audioAttrs...); err != nil {
			return err
		}
		if _, ok := find(attrs, "src"); !ok {
			return p.errAt(off, "<audio> needs src=\"…\"")
		}
	case "lang":
		if err := p.only(name, attrs, "xml:lang", "onlangfailure"); err != nil {
			return err
		}
		if _, ok := find(attrs, "xml:lang"); !ok {
			return p.errAt(off, "<lang> needs xml:lang=\"…\", e.g. xml:lang=\"fr-FR\"")
		}
	default:
		if vendorElements[name] {
			if err := p.vendor(name, sp, attrs, off); err != nil {
				return err
			}
			break
		}
		return p.errAt(off, "unknown element <%s>", name) // unreachable: ssmlKnown filters names
	}
	if a, ok := find(attrs, "onlangfailure"); ok {
		v := strings.ToLower(strings.TrimSpace(a.value))
		switch v {
		case "changevoice", "ignoretext", "ignorelang", "processorchoice":
		default:
			return p.errAt(a.offset, "onlangfailure %q: use changevoice, ignoretext, ignorelang or processorchoice", a.value)
		}
		sp.onLangFailure = v
	}
	if a, ok := find(attrs, "xml:lang"); ok {
		return p.lang(sp, a)
	}
	return nil
}

// english reports whether a language tag is English, the language of Chorus's voices ("" is the
// request's language, English too).
func english(tag string) bool {
	t := strings.ToLower(tag)
	return t == "" || t == "en" || strings.HasPrefix(t, "en-")
}

// roleHint reads a <w role> or <token role>: a part-of-speech tag, with or without a namespace
// prefix ("amazon:VBD", "ssml:NN", "VB"), as g2p's hint for homographs. Tags that pick no
// reading of a homograph (determiners, prepositions) are accepted and give none.
func roleHint(role string) (string, error) {
	r := strings.TrimSpace(role)
	if k := strings.LastIndexByte(r, ':'); k >= 0 {
		r = r[k+1:]
	}
	switch strings.ToUpper(r) {
	case "VB", "VBP", "VBZ", "VBG":
		return g2p.PosVerb, nil
	case "VBD", "VBN":
		return g2p.PosPast, nil
	case "NN", "NNS", "NNP", "NNPS":
		return g2p.PosNoun, nil
	case "JJ", "JJR", "JJS":
		return g2p.PosAdj, nil
	case "SENSE_1":
		return g2p.PosAlt, nil
	case "DT", "IN", "RB", "CC", "PRP", "CD", "UH":
		return g2p.PosNone, nil
	}
	return "", errors.New("use a part of speech: VB (verb), VBD (past tense), NN (noun), JJ (adjective), SENSE_1 (a second sense), DT or IN")
}

func (p *parser) ssmlClose(name string, off int, top frame) error {
	switch name {
	case "audio":
		if !audioFallback(p.src[top.offset:off]) {
			return p.errAt(top.offset, "<audio> has no text inside: Chorus does not play audio clips, it speaks the text inside <audio> in their place (SSML's fallback); write what to say there, or remove the element")
		}
	case "speak":
		p.speakDone = true
	case "p", "paragraph":
		p.addBoundary(ParagraphBoundary, off)
	case "s", "sentence":
		p.addBoundary(SentenceBoundary, off)
	}
	return nil
}

// baseHz is the baseline pitch of a voice, for Hz values.
func (p *parser) baseHz(voice string) float64 {
	if p.opts.BaseHz != nil {
		if b := p.opts.BaseHz(voice); b > 0 {
			return b
		}
	}
	return DefaultBaseHz
}

func (p *parser) prosody(sp *Span, attrs []attr) error {
	for _, a := range attrs {
		switch a.name {
		case "rate", "pitch", "volume", "range":
		case "contour":
			return p.errAt(a.offset, "prosody contour is not supported: give the element one pitch and range, or split the text into several <prosody> elements")
		case "duration", "amazon:max-duration":
			return p.errAt(a.offset, "prosody %s is not supported: set the speed with rate (\"80%%\" is slower, \"120%%\" faster)", a.name)
		default:
			return p.errAt(a.offset, "<prosody> has no attribute %q (it takes rate, pitch, range, volume)", a.name)
		}
	}
	pr := sp.Prosody
	if a, ok := find(attrs, "rate"); ok {
		r, err := rateValue(a.value, pr.RateScale())
		if err != nil {
			return p.errAt(a.offset, "prosody rate %q: %v", a.value, err)
		}
		if r == 1 {
			r = 0
		}
		pr.Rate = r
	}
	if a, ok := find(attrs, "pitch"); ok {
		st, err := pitchValue(a.value, pr.Pitch, p.baseHz(sp.Voice))
		if err != nil {
			return p.errAt(a.offset, "prosody pitch %q: %v", a.value, err)
		}
		pr.Pitch = st
	}
	if a, ok := find(attrs, "range"); ok {
		r, err := rangeValue(a.value, pr.RangeScale())
		if err != nil {
			return p.errAt(a.offset, "prosody range %q: %v", a.value, err)
		}
		if r == 1 {
			r = 0
		}
		pr.Range = r
	}
	if a, ok := find(attrs, "volume"); ok {
		db, silent, err := volumeValue(a.value, pr.Volume, pr.Silent)
		if err != nil {
			return p.errAt(a.offset, "prosody volume %q: %v", a.value, err)
		}
		pr.Volume, pr.Silent = db, silent
	}
	sp.Prosody = pr
	return nil
}

// collapse reads white space in s the XML way: each run of spaces, tabs and line breaks is one
// space, and none is kept at the ends.
func collapse(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if isSpace(s[i]) {
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			if b.Len() > 0 && i < len(s) {
				b.WriteByte(' ')
			}
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// voiceFeatures are the <voice> attributes SSML 1.1's required and ordering may name.
var voiceFeatures = map[string]bool{"name": true, "gender": true, "age": true, "variant": true, "languages": true}

// voice reads <voice>: the voice named (the first of a space-separated list that exists), or
// (SSML 1.1's voice selection) the one Options.PickVoice chooses for a gender and variant. As
// SSML says, a name takes priority over the other attributes; when no name in the list exists,
// onvoicefailure="keepexisting" keeps the current voice, and a gender or variant given beside the
// name chooses one. age, languages, required and ordering are checked and do not narrow the
// choice: every voice of the catalog is an adult speaking English.
func (p *parser) voice(sp *Span, attrs []attr, off int) error {
	if err := p.only("voice", attrs, "name", "xml:lang", "gender", "variant", "age", "languages",
		"required", "ordering", "onvoicefailure", "onlangfailure"); err != nil {
		return err
	}
	if a, ok := find(attrs, "age"); ok {
		if n, err := strconv.Atoi(strings.TrimSpace(a.value)); err != nil || n < 0 || n > 150 {
			return p.errAt(a.offset, "age %q: use a whole number of years", a.value)
		}
	}
	if a, ok := find(attrs, "languages"); ok {
		for _, l := range strings.Fields(a.value) {
			lang, _, _ := strings.Cut(l, ":") // "en-US:en-GB": a language and its accent
			var tmp Span
			if err := p.lang(&tmp, attr{name: "languages", value: lang, offset: a.offset}); err != nil {
				return err
			}
		}
	}
	for _, key := range []string{"required", "ordering"} {
		if a, ok := find(attrs, key); ok {
			for _, f := range strings.Fields(strings.ToLower(a.value)) {
				if !voiceFeatures[f] {
					return p.errAt(a.offset, "%s %q: list name, gender, age, variant or languages", key, a.value)
				}
			}
		}
	}
	failure := "priorityselect"
	if a, ok := find(attrs, "onvoicefailure"); ok {
		failure = strings.ToLower(strings.TrimSpace(a.value))
		switch failure {
		case "priorityselect", "keepexisting", "processorchoice":
		default:
			return p.errAt(a.offset, "onvoicefailure %q: use priorityselect, keepexisting or processorchoice", a.value)
		}
	}
	g, hasGender := find(attrs, "gender")
	va, hasVariant := find(attrs, "variant")
	if a, ok := find(attrs, "name"); ok && strings.TrimSpace(a.value) != "" {
		names := strings.Fields(strings.ToLower(a.value)) // the catalog's names are lower case
		var first error
		for _, v := range names {
			var err error
			if p.opts.CheckVoice != nil {
				err = p.opts.CheckVoice(v)
			}
			if err == nil {
				sp.Voice = v
				return nil
			}
			if first == nil {
				first = err
			}
		}
		switch {
		case failure == "keepexisting":
			return nil
		case hasGender || hasVariant:
			// the other attributes choose
		case len(names) == 1:
			return p.errAt(a.offset, "voice %q: %v", strings.TrimSpace(a.value), first)
		default:
			return p.errAt(a.offset, "voice %q: none of these voices exists: %v", strings.TrimSpace(a.value), first)
		}
	}
	if !hasGender && !hasVariant {
		if _, ok := find(attrs, "age"); ok {
			return nil // an age alone: every voice is an adult, the current one stays
		}
		if _, ok := find(attrs, "languages"); ok {
			return nil // every voice speaks English; another language is logged by the engine
		}
		if _, ok := find(attrs, "xml:lang"); ok {
			return nil // a language alone (SSML 1.0's voice selection): the same
		}
		return p.errAt(off, "<voice> needs name=\"…\" (the voice to speak with) or gender=\"female|male|neutral\"")
	}
	gender := ""
	if hasGender {
		gender = strings.ToLower(strings.TrimSpace(g.value))
		switch gender {
		case "female", "male", "neutral":
		case "":
			// SSML allows the empty string: any gender
		default:
			return p.errAt(g.offset, "gender %q: use female, male or neutral", g.value)
		}
	}
	variant := 1
	if hasVariant {
		n, err := strconv.Atoi(strings.TrimSpace(va.value))
		if err != nil || n < 1 || n > 99 {
			return p.errAt(va.offset, "variant %q: use a whole number from 1 (the first matching voice)", va.value)
		}
		variant = n
	}
	if p.opts.PickVoice == nil {
		return p.errAt(off, "<voice> needs name=\"…\": no voice list to choose from")
	}
	v, err := p.opts.PickVoice(gender, variant)
	if err != nil {
		return p.errAt(off, "<voice>: %v", err)
	}
	sp.Voice = v
	return nil
}

// audioAttrs are the attributes SSML 1.1 gives <audio> (fetching, clipping and level): accepted
// and, since no clip is played, not used.
var audioAttrs = []string{"src", "clipbegin", "clipend", "repeatcount", "repeatdur", "soundlevel",
	"speed", "fetchtimeout", "fetchhint", "maxage", "maxstale", "expires"}

// audioFallback reports whether an <audio> element's source (from its start tag to its end
// tag) holds text to speak in the clip's place: anything but white space outside tags,
// comments and <desc> elements (a description of the clip for captions, not speech).
func audioFallback(s string) bool {
	i := strings.IndexByte(s, '>') // the end of the start tag
	if i < 0 {
		return false
	}
	s = s[i+1:]
	for s != "" {
		switch {
		case strings.HasPrefix(s, "<!--"):
			e := strings.Index(s, "-->")
			if e < 0 {
				return false
			}
			s = s[e+3:]
		case len(s) >= 5 && strings.EqualFold(s[:5], "<desc"):
			e := endTag(s, "desc")
			if e < 0 {
				return false
			}
			s = s[e:] // its end tag, passed over next
		case s[0] == '<':
			e := strings.IndexByte(s, '>')
			if e < 0 {
				return false
			}
			s = s[e+1:]
		case isSpace(s[0]):
			s = s[1:]
		default:
			return true
		}
	}
	return false
}

// endTag returns the offset in s of the first end tag of name ("</desc", in any case), or -1.
// Time is linear in len(s).
func endTag(s, name string) int {
	for k := 0; ; {
		j := strings.Index(s[k:], "</")
		if j < 0 {
			return -1
		}
		k += j
		if len(s)-k-2 >= len(name) && strings.EqualFold(s[k+2:k+2+len(name)], name) {
			return k
		}
		k += 2
	}
}

// skipMetadata passes over an element whose content is not speech (at i, its start tag ending
// at end): <metadata> (metadata in any XML vocabulary, RDF or Dublin Core) and <desc> (a clip's
// description). It returns the offset after its end tag.
func (p *parser) skipMetadata(i, end int, selfClosing bool, name string) (int, error) {
	if selfClosing {
		return end + 1, nil
	}
	rest := p.src[end+1:]
	for k := 0; ; k += 2 {
		j := endTag(rest[k:], name)
		if j < 0 {
			return 0, p.errAt(i, "<%s> is never closed: expected </%s>", name, name)
		}
		k += j
		after := rest[k+2+len(name):]
		if t := strings.TrimLeft(after, " \t\r\n"); strings.HasPrefix(t, ">") {
			return end + 1 + k + 2 + len(name) + (len(after) - len(t)) + 1, nil
		}
	}
}
