package text

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Control characters and terminal escape sequences are not text: a terminal acts on them and
// shows nothing, so a reader must not speak them ("\x1b[31m" is not "thirty one meters"), nor
// report them as text it could not speak. StripControls removes them, along with the invisible
// format characters (soft hyphen, zero-width joiners and spaces, bidirectional marks, the byte
// order mark), before anything else reads the text.
//
// What is removed:
//   - C0 controls other than the whitespace ones (tab, line feed, vertical tab, form feed,
//     carriage return), DEL, and C1 controls other than NEL (U+0085, a line break);
//   - escape sequences as ECMA-48 defines them: ESC [ (CSI) parameter bytes 0x30–0x3F,
//     intermediate bytes 0x20–0x2F and one final byte 0x40–0x7E ("\x1b[1;31m"); ESC ] (OSC),
//     ESC P (DCS), ESC X, ESC ^ and ESC _ control strings up to BEL or ST (ESC \ or U+009C),
//     looked for within maxControlString bytes (an unterminated one loses only its introducer);
//     other escapes: ESC, intermediate bytes 0x20–0x2F, one final byte 0x30–0x7E ("\x1b(B");
//     the C1 forms U+009B (CSI) and U+009D, U+0090, U+0098, U+009E, U+009F (control strings);
//   - format characters (general category Cf).

// maxControlString bounds the search for the end of an OSC/DCS control string.
const maxControlString = 4096

// Removal is one run of bytes StripControls took out.
type Removal struct {
	At    int // offset of the run in the stripped text (where it was)
	Orig  int // offset of the run in the input
	Len   int // its length in bytes
	Shift int // bytes removed up to and including this run
}

// Removals lists what StripControls removed, in order, to map offsets in its result back to its
// input and forward. A nil Removals maps every offset to itself.
type Removals []Removal

// Start maps the offset of a byte in the stripped text to the offset of the same byte in the
// input: a removed run right before it is skipped. It is the start of a range.
func (rs Removals) Start(off int) int {
	k := sort.Search(len(rs), func(i int) bool { return rs[i].At > off }) - 1
	if k < 0 {
		return off
	}
	return off + rs[k].Shift
}

// End maps the end of a range in the stripped text (one past its last byte) to the end of the
// same range in the input: a removed run right after it is not included.
func (rs Removals) End(off int) int {
	k := sort.Search(len(rs), func(i int) bool { return rs[i].At >= off }) - 1
	if k < 0 {
		return off
	}
	return off + rs[k].Shift
}

// Forward maps an offset in the input to the stripped text; an offset inside a removed run maps
// to where the run was.
func (rs Removals) Forward(off int) int {
	k := sort.Search(len(rs), func(i int) bool { return rs[i].Orig >= off }) - 1
	if k < 0 {
		return off
	}
	r := rs[k]
	if off < r.Orig+r.Len {
		return r.At
	}
	return off - r.Shift
}

// StripControls returns s without control characters, escape sequences and format characters
// (see above), and the runs it removed. When there is nothing to remove it returns s itself and
// nil. It runs in time linear in len(s).
func StripControls(s string) (string, Removals) {
	i := firstControl(s)
	if i < 0 {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	var rs Removals
	shift := 0
	last := 0 // s[last:i] is kept text not yet written
	for i < len(s) {
		n := controlLen(s, i)
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		b.WriteString(s[last:i])
		// Merge with a removal that ends right here.
		if k := len(rs) - 1; k >= 0 && rs[k].Orig+rs[k].Len == i {
			rs[k].Len += n
			rs[k].Shift += n
		} else {
			rs = append(rs, Removal{At: b.Len(), Orig: i, Len: n, Shift: shift + n})
		}
		shift += n
		i += n
		last = i
	}
	b.WriteString(s[last:])
	return b.String(), rs
}

// HasControls reports whether StripControls would remove anything from s.
func HasControls(s string) bool { return firstControl(s) >= 0 }

// firstControl returns the offset of the first byte StripControls removes, or -1.
func firstControl(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if isC0(c) {
				return i
			}
			i++
			continue
		}
		if controlLen(s, i) > 0 {
			return i
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return -1
}

// isC0 reports an ASCII control character that is not whitespace, or DEL.
func isC0(c byte) bool {
	return c < 0x20 && !(c >= '\t' && c <= '\r') || c == 0x7F
}

// controlLen returns the length of the control character or sequence at s[i], or 0.
func controlLen(s string, i int) int {
	c := s[i]
	if c < 0x80 {
		if c == 0x1B {
			return escapeLen(s, i)
		}
		if isC0(c) {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == 0x85: // NEL is a line break, and whitespace to the tokenizer
		return 0
	case r == 0x9B: // C1 CSI
		return size + csiBodyLen(s, i+size)
	case r == 0x90 || r == 0x98 || r == 0x9D || r == 0x9E || r == 0x9F: // C1 control strings
		return size + stringBodyLen(s, i+size)
	case r >= 0x80 && r <= 0x9F:
		return size
	case unicode.Is(unicode.Cf, r):
		return size
	}
	return 0
}

// escapeLen returns the length of the escape sequence starting with ESC at s[i].
func escapeLen(s string, i int) int {
	j := i + 1
	if j >= len(s) {
		return 1
	}
	switch s[j] {
	case '[':
		return 2 + csiBodyLen(s, j+1)
	case ']', 'P', 'X', '^', '_':
		return 2 + stringBodyLen(s, j+1)
	}
	k := j
	for k < len(s) && s[k] >= 0x20 && s[k] <= 0x2F {
		k++
	}
	if k < len(s) && s[k] >= 0x30 && s[k] <= 0x7E {
		return k + 1 - i
	}
	return 1 // a lone ESC
}

// csiBodyLen returns the length of a CSI sequence's parameters, intermediates and final byte
// at s[j]; a malformed sequence ends before the byte that does not fit.
func csiBodyLen(s string, j int) int {
	k := j
	for k < len(s) && s[k] >= 0x30 && s[k] <= 0x3F {
		k++
	}
	for k < len(s) && s[k] >= 0x20 && s[k] <= 0x2F {
		k++
	}
	if k < len(s) && s[k] >= 0x40 && s[k] <= 0x7E {
		k++
	}
	return k - j
}

// stringBodyLen returns the length of a control string's body and terminator (BEL, ESC \ or
// U+009C) at s[j], or 0 when no terminator follows within maxControlString bytes.
func stringBodyLen(s string, j int) int {
	end := min(len(s), j+maxControlString)
	for k := j; k < end; k++ {
		switch {
		case s[k] == 0x07:
			return k + 1 - j
		case s[k] == 0x1B && k+1 < len(s) && s[k+1] == '\\':
			return k + 2 - j
		case s[k] == 0xC2 && k+1 < len(s) && s[k+1] == 0x9C:
			return k + 2 - j
		}
	}
	return 0
}
