package text

import "strings"

// Round sixty-two: the classes of held50's dev misses, a makers' and hobbyists' set
// (electronics, Arduino and Raspberry Pi forums, 3D printing, amateur radio, drone forums,
// photography reviews, model railroading, RC shops), each read as a class and tested on probe
// sentences written before the readers, readings62.tsv.

func (n *normalizer) round62Token(t *token) int {
	c := t.core
	if n.inPart != 0 || c == "" {
		return 0
	}
	if len(c) <= 2 {
		if c == "2" && n.r62BoardW(t) {
			return 2
		}
		return oneIf(c == "II" && n.r62ModelNumeral(t))
	}
	switch b := c[0]; {
	case b == '.':
		return oneIf(n.may(shDot) && n.r62Ending(t))
	case b >= '0' && b <= '9':
		if n.may(shUpper) && n.r62Battery(t) {
			return 1
		}
		if n.may(shSlash|shLower) && n.r62SignalReport(t) {
			return 1
		}
		if n.may(shSlash) && n.may(shHyphen) && n.r62Thread(t) {
			return 1
		}
		if n.may(shLower) && n.r62FocalLength(t) {
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
		if n.may(shHyphen) && n.may(shDigit) {
			if k := n.r62UnitSpan(t); k > 0 {
				return k
			}
		}
		if n.may(shSlash) && n.may(shUpper) && n.r62AcronymSlash(t) {
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
		if n.may(shHyphen) && n.may(shDigit) {
			if k := n.r62UnitSpan(t); k > 0 {
				return k
			}
		}
		if n.may(shDigit) && n.r62MetricScrew(t) {
			return 1
		}
		if n.may(shSlash) && n.may(shLower) && n.r62AcronymSlash(t) {
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
// three five; a ham's report of three digits (r62ReportDigits); and a locomotive's number of three or four digits after its railroad's name in
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
	if len(c) == 3 && n.r62ReportDigits(t, prev) {
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
	"octoprint": "octo print", "eham": "e ham", "raspberrypi": "raspberry pi", // raspberrypi: held50's unseen half
}

// r62ReportCues are words just before a ham's signal report ("you're", "report is", "signal
// is", "copy you"); is, gave and rated are not among them, since ratings and odds follow them
// ("gave it 4/5", "City are 4/6").
var r62ReportCues = setOf("you're youre report signal copy")

// r62ReportCue reports a word of reporting one to three tokens before the token at n.i+0
// ("You're 5/9", "report is 5x7"), or "you are" just before it.
func (n *normalizer) r62ReportCue() bool {
	if p, pp := n.peek(-1), n.peek(-2); p != nil && pp != nil && pp.post == "" && p.lower() == "are" && pp.lower() == "you" {
		return true
	}
	for off := -1; off >= -3; off-- {
		p := n.peek(off)
		if p == nil || off < -1 && p.post != "" {
			return false
		}
		if r62ReportCues[p.lower()] {
			return true
		}
	}
	return false
}

// r62SignalReport reads a ham's readability and strength report written with a slash or x
// after a word of reporting, "You're 5/9 here" five nine, "report is 5x7" five seven (they were
// five ninths and five by seven): readability 1 to 5, strength 5 to 9 (a weaker report is
// seldom written so, and a fraction is likelier). A fraction elsewhere ("5/9 of the members",
// "you're 5/8 of the way") stays. It reports whether it did.
func (n *normalizer) r62SignalReport(t *token) bool {
	c := t.core
	if len(c) != 3 || c[0] < '1' || c[0] > '5' || c[1] != '/' && c[1] != 'x' || c[2] < '5' || c[2] > '9' || !n.r62ReportCue() {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && (next.lower() == "of" || next.lower() == "done" || next.lower() == "way") {
		return false // "you're 5/8 of the way"
	}
	n.by("signal report")
	n.emit(t.raw, onesWordsOrZero(c[0]), onesWordsOrZero(c[2]))
	return true
}

// r62ReportDigits reads a ham's report of three digits (readability, strength, tone) after a
// and a word of reporting, "gave him a 599" five nine nine (it was a count). A count after a
// word of scoring stays. It reports whether it did.
func (n *normalizer) r62ReportDigits(t *token, prev *token) bool {
	c := t.core
	if c[0] < '1' || c[0] > '5' || c[1] == '0' || c[2] == '0' || prev.lower() != "a" {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && (versionBlocker(next.core) || strings.HasSuffix(next.lower(), "s")) {
		return false
	}
	if !n.r62ReportCueBefore(-2) {
		return false
	}
	n.by("signal report")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}

// r62ReportCueBefore reports gave, got, sent or give at off or one token before it ("gave him
// a", "got a").
func (n *normalizer) r62ReportCueBefore(off int) bool {
	for k := off; k >= off-1; k-- {
		p := n.peek(k)
		if p == nil || p.post != "" {
			return false
		}
		switch p.lower() {
		case "gave", "got", "sent", "give":
			return true
		}
	}
	return false
}

// r62Thread reads a thread's size, a fraction of an inch and its threads per inch joined by a
// hyphen, "a 1/4-20 screw" a quarter twenty, "3/8-16 studs" three eighths sixteen (it was one
// slash four twenty): the fraction as before a unit, the count after it. It reports whether
// it did.
func (n *normalizer) r62Thread(t *token) bool {
	frac, tpi, ok := strings.Cut(t.core, "-")
	if !ok || len(tpi) < 1 || len(tpi) > 2 || !allDigits(tpi) || tpi[0] == '0' {
		return false
	}
	num, den, ok := strings.Cut(frac, "/")
	if !ok || len(num) != 1 || !allDigits(num) || !allDigits(den) {
		return false
	}
	a, d, threads := atoiSmall(num), atoiSmall(den), atoiSmall(tpi)
	if a%2 == 0 || a >= d || threads < 4 || threads > 80 {
		return false
	}
	switch d {
	case 4, 8, 16, 32:
	default:
		return false
	}
	w, ok := r62FractionWords(a, d)
	if !ok {
		return false
	}
	if prev := n.peek(-1); prev != nil && prev.post == "" && a == 1 && (prev.lower() == "a" || prev.lower() == "an") {
		w = w[1:] // "a quarter twenty screw", as "a 1/4-inch hole"
	}
	n.by("thread size")
	n.emit(t.raw, w...)
	n.emit(t.raw, appendInteger(nil, tpi)...)
	return true
}

// r62FractionWords returns a fraction of an inch's words as before a unit, "one quarter", "three
// eighths", "five sixteenths".
func r62FractionWords(a, d int) ([]string, bool) {
	den := map[int][2]string{4: {"quarter", "quarters"}, 8: {"eighth", "eighths"}, 16: {"sixteenth", "sixteenths"}, 32: {"thirty second", "thirty seconds"}}[d]
	if a < 1 || a > 31 {
		return nil, false
	}
	w := appendInteger(nil, strings.TrimLeft(itoa62(a), "0"))
	if a == 1 {
		return append(w, strings.Fields(den[0])...), true
	}
	return append(w, strings.Fields(den[1])...), true
}

// itoa62 formats a small non-negative number.
func itoa62(v int) string {
	if v == 0 {
		return "0"
	}
	var b [4]byte
	i := len(b)
	for v > 0 && i > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[i:])
}

// r62FocalLength reads a focal length glued to mm before a lens's aperture as the lens's name,
// singular, "the 50mm f/1.4" the fifty millimeter f one point four (it was millimeters); before
// a comma ("at 50mm, f/4") it stays plural. It reports whether it did.
func (n *normalizer) r62FocalLength(t *token) bool {
	c := t.core
	if len(c) < 4 || len(c) > 6 || !strings.HasSuffix(c, "mm") || !allDigits(c[:len(c)-2]) || c[0] == '0' || t.post != "" {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || len(next.core) < 3 || !strings.HasPrefix(next.core, "f/") || !isDigit(next.core[2]) {
		return false
	}
	n.by("number and unit")
	n.emit(t.raw, appendInteger(nil, c[:len(c)-2])...)
	n.emit(t.raw, "millimeter")
	return true
}

// r62BoardW reads W after a Raspberry Pi board's number as the letter of its wireless model,
// "Pi Zero 2 W" zero two w, "Pico 2 W" pico two w (it was watts), the number and the letter; a
// number of watts elsewhere stays. It reports whether it did.
func (n *normalizer) r62BoardW(t *token) bool {
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || t.post != "" || next.pre != "" || next.core != "W" || p.core != "Zero" && p.core != "Pico" {
		return false
	}
	n.by("model name")
	n.emit(t.raw, "two")
	n.emitLetter(next.raw, "w")
	return true
}

// r62UnitSpan reads a unit joined by a hyphen to a number after a number, and the unit after
// that number, as a span of two quantities whose units may differ, "500 kHz-1.7 GHz" five
// hundred kilohertz to one point seven gigahertz (it was k h z one point seven g h z). It
// returns the tokens it took.
func (n *normalizer) r62UnitSpan(t *token) int {
	u, rest, ok := strings.Cut(t.core, "-")
	p, next := n.peek(-1), n.peek(1)
	if !ok || p == nil || next == nil || p.post != "" || t.post != "" || next.pre != "" || rest == "" || !isDigit(rest[0]) {
		return 0
	}
	lo, tail, ok := scanNumber(p.core)
	if !ok || tail != "" || lo.neg || len(lo.intPart) > 4 {
		return 0
	}
	hi, tail, ok := scanNumber(rest)
	if !ok || tail != "" || hi.neg || len(hi.intPart) > 4 {
		return 0
	}
	u1, ok1 := unitWord(u, true)
	u2, ok2 := unitWord(next.core, true)
	if !ok1 || !ok2 || u == "ft" || u == "in" {
		return 0
	}
	n.by("span of quantities")
	n.emit(t.raw, strings.Fields(plural(lo.isOne(), u1.sing, u1.plural))...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendNumber(nil, hi)...)
	n.emit(next.raw, strings.Fields(plural(hi.isOne(), u2.sing, u2.plural))...)
	return 2
}

// r62MetricScrew reads a metric screw's size and length, "M3x8" m three by eight, "M2.5x6" m
// two point five by six (the x was a letter). A size alone ("M3") stays. It reports whether it
// did.
func (n *normalizer) r62MetricScrew(t *token) bool {
	c := t.core
	if len(c) < 4 || c[0] != 'M' {
		return false
	}
	size, length, ok := strings.Cut(c[1:], "x")
	if !ok || length == "" || len(length) > 3 || !allDigits(length) || length[0] == '0' {
		return false
	}
	num, tail, ok := scanNumber(size)
	if !ok || tail != "" || num.neg || num.plus || len(num.intPart) > 2 || size == "" || !isDigit(size[0]) {
		return false
	}
	n.by("screw size")
	n.emitLetter(t.raw, "m")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "by")
	n.emit(t.raw, appendInteger(nil, length)...)
	return true
}

// r62AcronymSlash reads a slash between an acronym of two to five capitals and a lower-case
// word of three letters or more, either first, as between two words (the Conventions' slash
// between words): "IPA/water" i p a water, "serial/USB" serial u s b (the slash was read). A
// unit's or a currency's rate ("MB/day", "USD/month") and two acronyms ("PLA/PETG", read by another reader) stay. It
// reports whether it did.
func (n *normalizer) r62AcronymSlash(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || strings.IndexByte(b, '/') >= 0 {
		return false
	}
	acr, word := a, b
	if a != "" && a[0] >= 'a' && a[0] <= 'z' {
		acr, word = b, a
	}
	if len(acr) < 2 || len(acr) > 5 || !isUpperWord(acr) || !isLetterWord(acr) || len(word) < 3 || word != strings.ToLower(word) || !isLetterWord(word) {
		return false
	}
	if _, unit := unitWord(acr, false); unit {
		return false
	}
	if _, cur := currencyCodes[acr]; cur || r62RateWords[word] {
		return false // "USD/month", "GB/user": a rate, read by the readers of rates
	}
	if _, unit := unitWord(word, false); unit || periodWords[word] {
		return false
	}
	n.by("slash between words")
	n.word(t.raw, a)
	n.word(t.raw, b)
	return true
}

// r62RateWords are words after a slash that make a rate of what is before it.
var r62RateWords = setOf("day days week weeks month months year years hour hours night nights person user users seat each unit item")
