package text

import "strings"

// Round sixty-two: the classes of held50's dev misses, a makers' and hobbyists' set
// (electronics, Arduino and Raspberry Pi forums, 3D printing, amateur radio, drone forums,
// photography reviews, model railroading, RC shops), each read as a class and tested on probe
// sentences written before the readers, readings62.tsv.

func (n *normalizer) round62Token(t *token) int {
	c := t.core
	if n.inPart != 0 || len(c) < 2 {
		return 0
	}
	if len(c) == 2 {
		return oneIf(c == "II" && n.r62ModelNumeral(t))
	}
	switch b := c[0]; {
	case b == '.':
		return oneIf(n.may(shDot) && n.r62Ending(t))
	case b >= '0' && b <= '9':
		if n.may(shUpper) && n.r62Battery(t) {
			return 1
		}
		if n.may(shHyphen) && n.r62GluedRange(t) {
			return 1
		}
		if n.may(shDot) && n.r62FirmwareVersion(t) {
			return 1
		}
		if n.may(shWide) && n.r62Ohms(t) {
			return 1
		}
		return oneIf(n.may(shDigit) && n.r62Number(t))
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
		if (c == "II" || c == "III" || c == "IV") && n.r62ModelNumeral(t) {
			return 1
		}
		if n.may(shLower) && n.r62Microcontroller(t) {
			return 1
		}
		if n.may(shHyphen) && n.r62Model(t) {
			return 1
		}
		if n.may(shDigit) && n.r62Registration(t) {
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

// r62RangeParts splits "70-200mm" into its two numbers and what is glued after them: whole
// numbers, the first not after a zero unless it is zero.
func r62RangeParts(c string) (lo, hi, tail string, ok bool) {
	lo, rest, found := strings.Cut(c, "-")
	if !found || lo == "" || len(lo) > 4 || !allDigits(lo) || len(lo) > 1 && lo[0] == '0' {
		return "", "", "", false
	}
	j := 0
	for j < len(rest) && isDigit(rest[j]) {
		j++
	}
	if j == 0 || j > 4 || j > 1 && rest[0] == '0' || j == len(rest) {
		return "", "", "", false
	}
	return lo, rest[:j], rest[j:], true
}

// r62GluedRange reads a range of a unit glued to its numbers after a or an before a noun as
// an adjective, singular, "a 70-200mm lens" a seventy to two hundred millimeter lens, as a
// spaced range reads, also with a lens's aperture between ("a 24-70mm f/2.8 zoom"); and a
// range glued to A in a sentence of volts, watts or amps as amperes, "0-3A" zero to three amps
// (it was a letter). It reports whether it did.
func (n *normalizer) r62GluedRange(t *token) bool {
	lo, hi, tail, ok := r62RangeParts(t.core)
	if !ok {
		return false
	}
	if tail == "A" {
		if !n.r62Electric() {
			return false
		}
		n.by("range of a unit")
		n.emit(t.raw, appendInteger(nil, lo)...)
		n.emit(t.raw, "to")
		n.emit(t.raw, appendInteger(nil, hi)...)
		n.emit(t.raw, "amps")
		return true
	}
	un, isUnit := unitWord(tail, false)
	if !isUnit || t.post != "" || strings.Contains(un.sing, "per") || strings.Contains(un.sing, "degree") {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || next.pre != "" {
		return false
	}
	if l := prev.lower(); l != "a" && l != "an" {
		return false
	}
	if strings.HasPrefix(next.core, "f/") && next.post == "" {
		// "a 24-70mm f/2.8 zoom": a lens's aperture between the range and its noun.
		if next = n.peek(2); next == nil || next.pre != "" {
			return false
		}
	}
	if w := next.core; w == "" || w[0] < 'a' || w[0] > 'z' || !isLetterWord(w) || r62NotHead[w] {
		return false
	}
	n.by("range of a unit as an adjective")
	n.emit(t.raw, appendInteger(nil, lo)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendInteger(nil, hi)...)
	n.emit(t.raw, strings.Fields(un.sing)...)
	return true
}

// r62NotHead are words after a range that are not the noun it describes.
var r62NotHead = setOf("of to for in on at by with from and or but than as per is are was were range")

// r62Electric reports a sentence of electricity: a number glued to V or W, or volts, watts,
// amps, a supply, a charger or a current (the first 64 tokens).
func (n *normalizer) r62Electric() bool {
	for k := 0; k < len(n.toks) && k < 64; k++ {
		c := n.toks[k].core
		if len(c) >= 2 && isDigit(c[len(c)-2]) && (c[len(c)-1] == 'V' || c[len(c)-1] == 'W') {
			return true
		}
		switch strings.ToLower(c) {
		case "v", "volt", "volts", "amp", "amps", "watt", "watts", "supply", "charger", "current", "usb":
			return true
		}
	}
	return false
}

// r62Firmware are hobby firmware and tools whose numbers are versions: printers', flight
// controllers', radios' and smart plugs'.
var r62Firmware = setOf("Marlin Klipper Betaflight ArduPilot INAV EdgeTX OpenTX Tasmota GRBL Grbl Smoothieware OctoPrint Cura QMK ESPHome WLED Meshtastic ExpressLRS")

// r62FirmwareVersion reads a dotted number of two to four groups after a hobby firmware's name
// as its version, "Marlin 2.0.9.3" marlin two point oh point nine point three (four groups
// were read as an address); a quantity after it ("2.5 miles") stays. It reports whether it
// did.
func (n *normalizer) r62FirmwareVersion(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !r62Firmware[prev.core] || !isVersionString(t.core) {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && versionBlocker(next.core) {
		return false
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, t.core)...)
	n.versionAt = n.i
	return true
}

// r62Number reads a node's number of five to seven digits after node (EchoLink, AllStar,
// IRLP), with is, number or # between, digit by digit, "node 471835" four seven one eight
// three five; and a locomotive's number of three or four digits after its railroad's name in
// pairs, "Southern Pacific 4449" forty four forty nine. A node's small number, a year, a
// plural noun or a unit after the number stay. It reports whether it did.
func (n *normalizer) r62Number(t *token) bool {
	c := t.core
	prev := n.peek(-1)
	if prev == nil || prev.post != "" && prev.post != ":" || !allDigits(c) {
		return false
	}
	if len(c) >= 5 && len(c) <= 7 {
		l := prev.lower()
		if l == "is" || l == "number" || l == "#" {
			if p2 := n.peek(-2); p2 != nil && p2.post == "" {
				l = p2.lower()
			}
		}
		if l != "node" {
			return false
		}
		n.by("code digits")
		n.emit(t.raw, appendDigitNames(nil, c, false)...)
		return true
	}
	if len(c) < 3 || len(c) > 4 || c[0] == '0' || t.post != "" && t.post != "." && t.post != "," {
		return false
	}
	if v := atoiSmall(c); v >= 1800 && v <= 2099 {
		return false
	}
	p2 := n.peek(-2)
	if p2 == nil || p2.post != "" || !r62Railroads[p2.lower()+" "+prev.lower()] || !isCapitalized(prev.core) {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" {
		w := next.lower()
		if versionBlocker(next.core) || strings.HasSuffix(w, "s") && !r62LocoVerbs[w] {
			return false
		}
	}
	n.by("locomotive number")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// r62Railroads are railroads of two words whose steam and diesel locomotives are known by
// number.
var r62Railroads = setOf2("union pacific", "southern pacific", "canadian pacific", "canadian national", "santa fe", "nickel plate", "great northern", "northern pacific", "milwaukee road", "norfolk western")

// setOf2 is setOf for keys of more than one word.
func setOf2(keys ...string) map[string]bool {
	m := make(map[string]bool, len(keys))
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// r62LocoVerbs end in s but are verbs after a locomotive, not a plural noun of a count.
var r62LocoVerbs = setOf("is was has pulls leads heads hauls runs steams returns departs arrives makes needs gets sits goes")

// r62Model reads a model of one to four capitals, a hyphen, three or four digits and two or
// three capitals, "TS-590SG" t s five ninety s g, "FTDX-101MP" f t d x one oh one m p, as with
// one letter after it ("TS-890S"); it was a count and letters, or megapixels. It reports
// whether it did.
func (n *normalizer) r62Model(t *token) bool {
	head, rest, ok := strings.Cut(t.core, "-")
	if !ok || len(head) < 1 || len(head) > 4 || !isUpperWord(head) || !isLetterWord(head) {
		return false
	}
	j := 0
	for j < len(rest) && isDigit(rest[j]) {
		j++
	}
	if j < 3 || j > 4 || rest[0] == '0' {
		return false
	}
	suffix := rest[j:]
	if len(suffix) < 2 || len(suffix) > 3 || !isUpperWord(suffix) || !isLetterWord(suffix) {
		return false
	}
	n.by("model name")
	n.letters(t.raw, head)
	n.emit(t.raw, appendPaired(nil, rest[:j])...)
	n.letters(t.raw, suffix)
	return true
}

// r62Registration reads a registration of capitals and digits mixed after registration, "FAA
// registration FA7Q2MX481" f a seven q two m x four eight one, character by character, its
// digits one by one (the last digits were a count). It reports whether it did.
func (n *normalizer) r62Registration(t *token) bool {
	c := t.core
	prev := n.peek(-1)
	if len(c) < 6 || len(c) > 16 || prev == nil || prev.post != "" && prev.post != ":" || prev.lower() != "registration" {
		return false
	}
	letters := false
	for i := 0; i < len(c); i++ {
		switch b := c[i]; {
		case b >= 'A' && b <= 'Z':
			letters = true
		case isDigit(b):
		default:
			return false
		}
	}
	if !letters {
		return false
	}
	n.by("code digits")
	for i := 0; i < len(c); i++ {
		if isDigit(c[i]) {
			n.emit(t.raw, appendDigitNames(nil, c[i:i+1], false)...)
		} else {
			n.emitLetter(t.raw, strings.ToLower(c[i:i+1]))
		}
	}
	return true
}

// r62Ohms reads a number glued to the ohm sign alone, "330Ω" three hundred thirty ohms, "a
// 220Ω resistor" two hundred twenty ohm (the sign was left out: only "kΩ" and "MΩ" were read
// glued), as the unit reads after a space; Greek capital omega, which keyboards type, and the
// ohm sign alike. It reports whether it did.
func (n *normalizer) r62Ohms(t *token) bool {
	c := t.core
	var rest string
	switch {
	case strings.HasSuffix(c, "Ω"):
		rest = "Ω"
	case strings.HasSuffix(c, "\u2126"):
		rest = "\u2126"
	default:
		return false
	}
	num, tail, ok := scanNumber(c[:len(c)-len(rest)])
	if !ok || tail != "" || num.neg {
		return false
	}
	return n.suffix(t, num, "Ω") > 0
}

// r62ModelNumeral reads II, III or IV after a model's number or its name of two to four
// capitals as the number, "the Nikon Z 50 II" z fifty two, "the Ricoh GR III" g r three,
// "Sony's GM II" g m two, as after a model name glued to digits ("Z6 III"); they were letters or
// a king's ordinal. After a capitalized word (King Charles III, World War II) the numeral is
// read as before. It reports whether it did.
func (n *normalizer) r62ModelNumeral(t *token) bool {
	prev := n.peek(-1)
	if t.pre != "" || prev == nil || prev.post != "" {
		return false
	}
	p := prev.core
	switch {
	case len(p) >= 1 && len(p) <= 4 && allDigits(p) && p[0] != '0':
	case len(p) >= 2 && len(p) <= 4 && isUpperWord(p) && isLetterWord(p) && !r62Roman(p) && !(n.shout && pronounceable(prev.lower())):
		// In a sentence in capitals a name may be so written ("KING JOHN II"): only a name
		// that cannot be said as a word is a model's.
	default:
		return false
	}
	n.by("model numeral")
	n.emit(t.raw, map[string]string{"II": "two", "III": "three", "IV": "four"}[t.core])
	return true
}

// r62Roman reports capitals that are all Roman numerals' letters ("XI", "CD").
func r62Roman(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("IVXLCDM", rune(s[i])) {
			return false
		}
	}
	return true
}

// r62Chips are microcontroller families written as AT and a word, and the word said.
var r62Chips = map[string]string{"ATmega": "mega", "ATtiny": "tiny", "ATxmega": "x mega"}

// r62Microcontroller reads a microcontroller written as AT, a word and a part number,
// "ATmega328P" a t mega three twenty eight p, "ATtiny85" a t tiny eighty five (AT was read into
// the word, atmega): the part's three or four digits in pairs, letters after it spelled. It
// reports whether it did.
func (n *normalizer) r62Microcontroller(t *token) bool {
	c := t.core
	if len(c) < 7 || c[0] != 'A' || c[1] != 'T' {
		return false
	}
	j := 2
	for j < len(c) && c[j] >= 'a' && c[j] <= 'z' {
		j++
	}
	word, ok := r62Chips[c[:j]]
	if !ok {
		return false
	}
	k := j
	for k < len(c) && isDigit(c[k]) {
		k++
	}
	digits, suffix := c[j:k], c[k:]
	if len(digits) == 0 || len(digits) > 4 || digits[0] == '0' || len(suffix) > 3 || suffix != "" && (!isUpperWord(suffix) || !isLetterWord(suffix)) {
		return false
	}
	n.by("model name")
	n.emitLetter(t.raw, "a")
	n.emitLetter(t.raw, "t")
	n.emit(t.raw, strings.Fields(word)...)
	if len(digits) >= 3 {
		n.emit(t.raw, appendPaired(nil, digits)...)
	} else {
		n.emit(t.raw, appendInteger(nil, digits)...)
	}
	if suffix != "" {
		n.letters(t.raw, suffix)
	}
	return true
}

// r62Hosts are makers', hobby shops' and hams' hosts said as their owners say them, which the
// run-together-name split cannot find (a name's pieces not in the lexicon, or a wrong cut):
// hackaday.io hack a day, adafruit.com ada fruit (it was a d a fruit), instructables.com
// instructables (it was instruct ables), modelrailroader.com model railroader (it was model
// railroad e r). Asked by address for a host's label before a point.
var r62Hosts = map[string]string{
	"hackaday": "hack a day", "adafruit": "ada fruit", "instructables": "instructables",
	"modelrailroader": "model railroader", "digikey": "digi key", "banggood": "bang good",
	"aliexpress": "ali express", "getfpv": "get f p v", "bhphotovideo": "b h photo video",
	"octoprint": "octo print", "eham": "e ham",
}
