package text

import "strings"

// Round nineteen: the misses of held-out set 18, written by a hand new to the readers (issue
// 18's independent check), each fixed as a mechanism and tested on probe sentences of the
// round's own, readings19.tsv.

func (n *normalizer) round19Token(t *token) int {
	if t.core == "" || n.inPart != 0 {
		return 0
	}
	if n.hostPort(t) || n.flightDesignator(t) || n.cappedName(t) || n.cappedVersion(t) || n.releaseNumber(t) || n.zuluSpanStart(t) {
		return 1
	}
	return 0
}

// hostPort reads a host and a port glued by a colon, "localhost:5173", "127.0.0.1:8080",
// "db.example.com:5432/app", as an address is read, with "colon" and the port in pairs as
// after "port" (it read the port as a count and dropped the colon: "localhost eight thousand
// eighty"). Precondition: one colon, after a host that is localhost, an IPv4 address or a name
// with a known web ending, and before one to five digits (no leading zero) that end the token or
// open a path. Clock times, ratios and verses ("19:30", "16:9", "John 3:16") have no such host;
// a service's name ("redis:6379") or an image's tag ("redis:7") is not read here.
func (n *normalizer) hostPort(t *token) bool {
	c := t.core
	i := strings.IndexByte(c, ':')
	if i <= 0 || i+1 >= len(c) || !isDigit(c[i+1]) {
		return false
	}
	j := i + 1
	for j < len(c) && isDigit(c[j]) {
		j++
	}
	if !isPort(c[i+1:j]) || j < len(c) && c[j] != '/' {
		return false
	}
	host := c[:i]
	if strings.ContainsAny(host, "/?#@") {
		return false
	}
	switch {
	case strings.EqualFold(host, "localhost"), isURL(host):
		n.address(t.raw, c)
	case isIPv4(host):
		n.by("web address")
		n.dottedIntegers(t.raw, host, "dot")
		n.emit(t.raw, "colon")
		n.emit(t.raw, appendPort(nil, c[i+1:j])...)
		if path := strings.Trim(c[j:], "/"); path != "" {
			n.emit(t.raw, "slash")
			n.address(t.raw, path)
		}
	default:
		return false
	}
	return true
}

// isIPv4 reports four dotted groups of one to three digits, each at most 255.
func isIPv4(s string) bool {
	groups := 0
	for s != "" {
		g := s
		if k := strings.IndexByte(s, '.'); k >= 0 {
			g, s = s[:k], s[k+1:]
			if s == "" {
				return false // a trailing dot
			}
		} else {
			s = ""
		}
		if g == "" || len(g) > 3 || !allDigits(g) || atoiSmall(g) > 255 {
			return false
		}
		groups++
	}
	return groups == 4
}

// appendPort appends a port number as it is said after "port": up to two digits and five
// digits as a count (eighty, twenty seven thousand seventeen), three and four in pairs (four
// forty three, eighty eighty; a round thousand stays a count, three thousand).
func appendPort(dst []string, digits string) []string {
	if len(digits) == 3 || len(digits) == 4 {
		return appendPaired(dst, digits)
	}
	return appendInteger(dst, digits)
}

// isPort reports one to five digits without a leading zero.
func isPort(s string) bool {
	return s != "" && len(s) <= 5 && s[0] != '0' && allDigits(s)
}

// flightDesignator reads a flight's number after an airline's code with a digit, "Flight 5J
// 812", "flight W6 2203", in pairs as after "Flight DL" (it was a count: eight hundred twelve).
// Precondition: three or four digits without a leading zero, after a two-character code of a
// capital and a digit, after "flight" or, for a code of the airline list, in a sentence of
// flying ("a G4 410 chip" stays a count).
func (n *normalizer) flightDesignator(t *token) bool {
	c := t.core
	if len(c) < 3 || len(c) > 4 || !isDigit(c[0]) || c[0] == '0' || !allDigits(c) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !digitDesignator(prev.core) {
		return false
	}
	pp := n.peek(-2)
	flight := pp != nil && (pp.post == "" || pp.post == ",") && strings.EqualFold(pp.core, "flight")
	if !flight && !(airlineCodes[prev.core] && n.fact(factFlight)) {
		return false
	}
	n.by("flight number")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// digitDesignator reports an airline's two-character code of a capital and a digit: 5J, G4, B6.
func digitDesignator(s string) bool {
	if len(s) != 2 {
		return false
	}
	a, b := s[0], s[1]
	return isDigit(a) && b >= 'A' && b <= 'Z' || a >= 'A' && a <= 'Z' && isDigit(b)
}

// cappedPrefix returns how many capitals open a name written as capitals and a capitalized
// lexicon word ("CMake" 1, "XGBoost" 2, "PHPUnit" 3), or 0. The word has two lower-case
// letters at least, so plurals of initials (TVs, PCs) and units (GHz) are not such names.
func (n *normalizer) cappedPrefix(s string) int {
	if len(s) < 4 || len(s) > 24 || n.opts.IsWord == nil {
		return 0
	}
	k := 0
	for k < len(s) && s[k] >= 'A' && s[k] <= 'Z' {
		k++
	}
	caps := k - 1 // the last capital opens the word
	if caps < 1 || caps > 3 || len(s)-k < 2 {
		return 0
	}
	for i := k; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return 0
		}
	}
	if !n.opts.IsWord(strings.ToLower(s[caps:])) {
		return 0
	}
	return caps
}

// cappedName reads a name written as one capital and a capitalized lexicon word, "CMake",
// "JUnit", as the letter and the word, c make, j unit (it was one word the lexicon lacks, cmake;
// names of two or three capitals, PHPUnit, were already split). A name the lexicon knows as a
// word stays it ("GLib" glib, as "MacBook" macbook: README, Conventions), and so do miswritten
// words ("THis"). Precondition: a capital, a capital, lower-case letters.
func (n *normalizer) cappedName(t *token) bool {
	s := t.core
	if len(s) < 4 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' || s[2] < 'a' || s[2] > 'z' {
		return false
	}
	if n.cappedPrefix(s) != 1 || n.opts.IsWord(strings.ToLower(s)) {
		return false
	}
	if _, unit := unitWord(s, false); unit {
		return false
	}
	n.by("camel case")
	n.emitLetter(t.raw, strings.ToLower(s[:1]))
	n.emit(t.raw, strings.ToLower(s[1:]))
	return true
}

// cappedVersion reads a number with a point after such a name as its version, "CMake 3.28"
// three point twenty eight, "XGBoost 2.0" two point oh (it was a quantity: three point two
// eight), as after a camel-case name ("TensorFlow 2.18"). Precondition: a version string right
// after a capped name, no unit or scale word after it ("GLib 2.5 MB" stays a quantity).
func (n *normalizer) cappedVersion(t *token) bool {
	s := t.core
	if len(s) < 3 || !isDigit(s[0]) || strings.IndexByte(s, '.') < 0 || !isVersionString(s) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || n.cappedPrefix(prev.core) == 0 {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && versionBlocker(next.core) {
		return false
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, s)...)
	n.versionAt = n.i
	return true
}

// releaseNouns after a number make it a release's version; releaseDeterminers before it.
var (
	releaseNouns       = setOf("beta alpha update patch release preview snapshot hotfix build rc")
	releaseDeterminers = setOf("the a an this that its their our his her new latest upcoming next first")
)

// releaseNumber reads a number with a point between a determiner and a release noun as a
// version, "the 2.0 beta" two point oh, "our new 3.0 release" (it was a quantity: two point
// zero). Precondition: a version string, a determiner just before it and a release noun just
// after it, nothing written between ("the 2.0 rating" stays a quantity).
func (n *normalizer) releaseNumber(t *token) bool {
	s := t.core
	if len(s) < 3 || !isDigit(s[0]) || strings.IndexByte(s, '.') < 0 || t.post != "" || t.pre != "" || !isVersionString(s) {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || next.pre != "" || !releaseDeterminers[prev.lower()] || !releaseNouns[next.lower()] {
		return false
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, s)...)
	n.versionAt = n.i
	return true
}

// zuluSpanStart reads a whole hour written with a leading zero that opens a spaced span whose
// other end stands before UTC, GMT or Z as that clock's hours, "from 02:00 to 04:00 UTC" oh two
// hundred to oh four hundred, as "02:00 UTC" alone and "01:00–03:00 UTC" are read (after the
// held18 unseen measurement; it was two o'clock). Precondition: 0H:00 with H from 1 to 9, then
// to, and, until, till, through or a dash, a clock time, and the zone, nothing written between.
func (n *normalizer) zuluSpanStart(t *token) bool {
	c := t.core
	if len(c) != 5 || c[0] != '0' || c[2] != ':' || c[3] != '0' || c[4] != '0' || c[1] < '1' || c[1] > '9' || t.post != "" {
		return false
	}
	j, o, z := n.peek(1), n.peek(2), n.peek(3)
	if j == nil || o == nil || z == nil || j.post != "" || o.post != "" || !colonHHMM(o.core) || !zuluZones[strings.TrimRight(z.core, ".,;")] {
		return false
	}
	switch j.lower() {
	case "to", "and", "until", "till", "through", "-", "–", "—":
	default:
		return false
	}
	n.by("military time")
	n.emit(t.raw, appendMilitary(nil, atoiSmall(c[:2]), 0)...)
	return true
}
