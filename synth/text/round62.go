package text

import "strings"

// Round sixty-two: the classes of held50's dev misses, a makers' and hobbyists' set
// (electronics, Arduino and Raspberry Pi forums, 3D printing, amateur radio, drone forums,
// photography reviews, model railroading, RC shops), each read as a class and tested on probe
// sentences written before the readers, readings62.tsv.

func (n *normalizer) round62Token(t *token) int {
	c := t.core
	if n.inPart != 0 || len(c) < 3 {
		return 0
	}
	switch b := c[0]; {
	case b == '.':
		return oneIf(n.may(shDot) && n.r62Ending(t))
	case b >= '0' && b <= '9':
		return oneIf(n.may(shUpper) && n.r62Battery(t))
	case b >= 'a' && b <= 'z':
		if c == "tnx" {
			n.by("chat abbreviation")
			n.emit(t.raw, "thanks")
			return 1
		}
		if n.may(shHyphen) && n.r62Toolchain(t) {
			return 1
		}
		return oneIf(n.may(shDot) && n.r62FileName(t))
	case b >= 'A' && b <= 'Z':
		if c == "SOTA" || c == "POTA" {
			n.by("acronym said as a word")
			n.emit(t.raw, t.lower())
			return 1
		}
		return oneIf(n.may(shDot) && n.r62FileName(t))
	}
	return 0
}

// r62DigitEndings are file endings that open with a digit, as they are said: a 3D printer's
// project (3MF), a 3D Studio mesh, a phone's video, an archive.
var r62DigitEndings = map[string]string{
	"3mf": "three m f", "3ds": "three d s", "3gp": "three g p", "3g2": "three g two", "7z": "seven z",
}

// r62Ending reads a file's ending standing alone after its point: one that opens with a
// digit, ".3mf" dot three m f (it was point three m f), and one in lower case said letter by
// letter, ".mpy" dot m p y (it was dot mpy). A cartridge (".357", ".22LR"), a web ending and a
// sayable ending stay. It reports whether it did.
func (n *normalizer) r62Ending(t *token) bool {
	e := t.core[1:]
	if w, ok := r62DigitEndings[strings.ToLower(e)]; ok && (e == strings.ToLower(e) || isUpperWord(e[1:])) {
		n.by("file ending")
		n.emit(t.raw, "dot")
		n.emitPhrase(t.raw, strings.Fields(w)...)
		return true
	}
	if !r62Unsayable(e) || topLevel[e] {
		return false
	}
	n.by("file ending")
	n.emit(t.raw, "dot")
	for i := 0; i < len(e); i++ {
		n.emitLetter(t.raw, e[i:i+1])
	}
	return true
}

// r62Spelled are lower-case pieces of makers' text said letter by letter that the
// phonotactic test would read as words: a microcontroller family's toolchain prefix (avr,
// nrf) and MicroPython's compiled ending (mpy). A test on sounds alone was tried and dropped:
// it spelled lexicon words ("well-known", ".env").
var r62Spelled = setOf("avr mpy nrf")

// r62Unsayable reports a lower-case piece said letter by letter (r62Spelled).
func r62Unsayable(s string) bool { return r62Spelled[s] }

// r62FileName reads a file's name whose ending opens with a digit, "benchy.3mf" benchy dot
// three m f (it was benchy three m f, the point lost). It reports whether it did.
func (n *normalizer) r62FileName(t *token) bool {
	name, e, ok := strings.Cut(t.core, ".")
	if !ok || name == "" || len(name) > 64 || e == "" || !isDigit(e[0]) {
		return false
	}
	w, known := r62DigitEndings[strings.ToLower(e)]
	if !known {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c == '-') {
			return false
		}
	}
	n.by("file name")
	n.fileStem(t.raw, name)
	n.emit(t.raw, "dot")
	n.emitPhrase(t.raw, strings.Fields(w)...)
	return true
}

// r62Toolchain spells a toolchain's prefix in lower case said letter by letter before a
// hyphen, "avr-gcc" a v r g c c, "avr-libc" a v r libc (avr was read as a word); the rest
// is read as before. "e-bike", "hi-fi", "mm-hmm" stay. It reports whether it did.
func (n *normalizer) r62Toolchain(t *token) bool {
	head, rest, ok := strings.Cut(t.core, "-")
	if !ok || rest == "" || !r62Unsayable(head) || n.opts.IsWord != nil && n.opts.IsWord(head) {
		return false
	}
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; !(c >= 'a' && c <= 'z' || isDigit(c) || c == '-' || c == '+') {
			return false
		}
	}
	n.by("toolchain")
	for i := 0; i < len(head); i++ {
		n.emitLetter(t.raw, head[i:i+1])
	}
	n.word(t.raw, rest)
	return true
}

// r62Battery reads a count glued to x and a battery's size, "3xAA" three a a, "2xAAA" two
// triple a, as "2x AA" reads spaced (it was three x a a). "4x4" stays a size. It reports
// whether it did.
func (n *normalizer) r62Battery(t *token) bool {
	c := t.core
	x := strings.IndexAny(c, "xX")
	if x < 1 || x > 2 || c[0] == '0' || !allDigits(c[:x]) {
		return false
	}
	size := c[x+1:]
	if size != "AA" && size != "AAA" {
		return false
	}
	n.by("count")
	n.emit(t.raw, appendInteger(nil, c[:x])...)
	n.letters(t.raw, size)
	return true
}
