package text

import "strings"

// This file reads software and finance shorthand: versions, file names, protocol names,
// acronyms joined by a slash, and period-over-period changes.

// periodOver are finance shorthands for a change against an earlier period.
var periodOver = map[string]string{
	"y/y": "year over year", "Y/Y": "year over year", "yoy": "year over year", "YoY": "year over year",
	"YOY": "year over year", "y-o-y": "year over year", "Y-o-Y": "year over year",
	"q/q": "quarter over quarter", "Q/Q": "quarter over quarter", "qoq": "quarter over quarter",
	"QoQ": "quarter over quarter", "QOQ": "quarter over quarter", "q-o-q": "quarter over quarter",
	"m/m": "month over month", "M/M": "month over month", "m-o-m": "month over month",
	"w/w": "week over week", "W/W": "week over week", "w-o-w": "week over week",
	"d/d": "day over day", "D/D": "day over day",
	// Written out (round forty-four: "rose 8.2% year/year").
	"year/year": "year over year", "quarter/quarter": "quarter over quarter", "month/month": "month over month",
	"week/week": "week over week", "Year/Year": "year over year", "Quarter/Quarter": "quarter over quarter",
	"Month/Month": "month over month", "Week/Week": "week over week",
	"YTD": "year to date", "ytd": "year to date", "QTD": "quarter to date", "MTD": "month to date",
}

// periodAfterNumber are shorthands that are other words unless a number or percentage is
// just before them ("up 2% MoM"; "my MoM").
var periodAfterNumber = map[string]string{"MoM": "month over month", "MOM": "month over month", "WoW": "week over week", "DoD": "day over day"}

// versionNames are software, protocols and standards whose numbers are versions: "Python
// 3.11" three point eleven, "USB 3.0" three point oh. A name must be written with a capital
// (or as here, for the lower-case ones in versionLower).
var versionNames = setOf(`python go golang java ios ipados macos watchos tvos visionos android windows linux
kernel ubuntu debian fedora centos rhel node node.js nodejs deno ruby rails rust php perl swift kotlin scala
typescript javascript ecmascript dart flutter chrome chromium firefox safari opera tls ssl http https
bluetooth usb hdmi displayport pcie thunderbolt wi-fi wifi web tpm unicode html css firmware version ver
release build update patch v gcc llvm clang postgres postgresql mysql sqlite redis kubernetes docker angular
react vue django flask numpy pandas excel gnome kde emacs vim git openssl openssh nginx apache tomcat
laravel wordpress drupal gradle maven npm yarn pip xcode elixir erlang haskell julia matlab lua
gpt llama claude gemini ddr lte oauth unity intellij pycharm webstorm goland rider clion blender godot office
cmake glibc k8s`) // cmake and glibc: round thirty-one; k8s: round eighty-six

// versionLower may be written in lower case: "version 2.3.1", "v2".
var versionLower = setOf("version ver release build update patch firmware v kernel glibc python numpy pandas node nodejs node.js django flask php perl kotlin typescript npm pip k8s") // python…pip: the lead's round forty-six (chats and commit messages write them in lower case) // kernel: round sixteen; glibc, always written so: round thirty-one

// appendVersion reads a dotted version: "3.11" three point eleven, "2.0" two point oh,
// "24.04" twenty four point oh four (after Ubuntu, a year and month: yearMonthVersion).
func appendVersion(dst []string, s string) []string {
	long := strings.Count(s, ".") >= 3
	digits := false // a build's number read digit by digit, and the group after it
	for k, p := range strings.Split(s, ".") {
		if k > 0 {
			dst = append(dst, "point")
		}
		switch {
		case long && (digits || len(p) >= 5):
			// Round twenty-five: in a version of four or more groups ("10.0.22631.3447") a
			// build's number of five digits or more and the revision after it are read digit
			// by digit, as after "build" (round twenty).
			dst = appendDigitNames(dst, p, false)
			digits = true
		case k > 0 && p == "0":
			dst = append(dst, "oh")
		case k > 0 && len(p) > 1 && p[0] == '0':
			// A zero after the group's first is oh too (round seventy-six): "3.00" three
			// point oh oh, "2.007" two point oh oh seven (it was oh zero).
			dst = append(dst, "oh")
			dst = appendDigitNames(dst, p[1:], true)
		case long && (len(p) == 3 || len(p) == 4):
			// Round twenty-five: three or four digits in pairs ("122.0.6261.94" one twenty two
			// point oh point sixty two sixty one point ninety four; it was counts).
			dst = appendPaired(dst, p)
		default:
			dst = appendInteger(dst, p)
		}
	}
	return dst
}

// yearVersion reports a version whose first group is a year from 1990 to 2099 and whose other
// one or two groups have at most two digits: "2022.3", "2024.1.2" (IDEs and game engines name
// releases so).
func yearVersion(s string) bool {
	y, rest, ok := strings.Cut(s, ".")
	if !ok || len(y) != 4 || !allDigits(y) || atoiSmall(y) < 1990 || atoiSmall(y) > 2099 {
		return false
	}
	groups := 0
	for _, p := range strings.Split(rest, ".") {
		if p == "" || len(p) > 2 || !allDigits(p) {
			return false
		}
		groups++
	}
	return groups <= 2
}

// isVersionString reports digits in two to four dot-separated groups of at most four digits
// ("120.0.6099.109"), the first of at most three.
func isVersionString(s string) bool {
	groups := 0
	for rest := s; ; {
		p, tail, more := strings.Cut(rest, ".") // no allocation: this runs on every number
		if p == "" || len(p) > 4 || groups == 0 && len(p) > 3 || !allDigits(p) {
			return false
		}
		groups++
		if !more {
			break
		}
		rest = tail
	}
	return groups >= 2 && groups <= 4
}

// versionContext reports a number that is a version by what precedes it: a software name,
// an acronym ("TPM 2.0"), or a list of versions ("3.12 and 3.13").
func (n *normalizer) versionContext() bool {
	prev := n.peek(-1)
	if prev == nil {
		return false
	}
	if next := n.peek(1); next != nil && n.peek(0).post == "" && versionBlocker(next.core) {
		return false // "Go 1.25 miles north": a quantity
	}
	l := prev.lower()
	if prev.post == "" && versionNames[l] && (prev.core != l || versionLower[l]) {
		return true
	}
	if prev.post == "" && len(prev.core) >= 2 && len(prev.core) <= 5 && isUpperWord(prev.core) && isLetterWord(prev.core) && n.acronymVersion() {
		if _, unit := unitWord(prev.core, false); !unit {
			if _, cur := currencyCodes[prev.core]; !cur {
				return true
			}
		}
	}
	if prev.post == "" && camelName(prev.core) {
		return true // "TensorFlow 2.18", "FastAPI 0.115", "HarmonyOS 5.0"
	}
	if n.releaseVersion(prev) {
		return true // "removed in 3.0", "the minimum Go version to 1.22"
	}
	if prev.post == "" && (n.releaseCue(prev) || n.crashCue49(prev)) {
		return true // "Minecraft 1.21 adds new mobs", "update Stardew 1.6"; round forty-nine: "Zwift 1.67 crashes on macOS"
	}
	if n.versionAt >= 0 && n.versionAt == n.i-2 && (l == "and" || l == "or" || l == "to" || l == "through") {
		return true
	}
	if n.versionAt >= 0 && n.versionAt < n.i && comparedVersion[l] && prev.post == "" && sameMajor(n.toks[n.versionAt].core, n.peek(0).core) {
		return true // "Python 3.12 is 5% faster than 3.11": compared with a version of the same series
	}
	if pp := n.peek(-2); (l == "to" || l == "from") && prev.post == "" && pp != nil && pp.post == "" && versionNames[pp.lower()] &&
		(pp.core != pp.lower() || versionLower[pp.core]) {
		return true // "bumped macOS to 13.0", "upgrade Python from 3.8"
	}
	if n.versionAt >= 0 && n.versionAt == n.i-1 && strings.HasPrefix(prev.post, ",") {
		return true
	}
	if pp := n.peek(-2); versionSigns[prev.core] && prev.post == "" && pp != nil && pp.post == "" && versionNames[pp.lower()] &&
		(pp.core != pp.lower() || versionLower[pp.core]) {
		return true // "Requires Go ≥ 1.21": a bound on the version
	}
	return false
}

// comparedVersion are words before a number that compare it with a version read earlier in the
// sentence (comparedVersion and sameMajor make "than 3.11" a version after "Python 3.12").
var comparedVersion = setOf("than vs versus over from and or to")

// sameMajor reports whether two version strings share their first number ("3.12", "3.11").
func sameMajor(a, b string) bool {
	ma, _, okA := strings.Cut(a, ".")
	mb, _, okB := strings.Cut(b, ".")
	return okA && okB && ma != "" && ma == mb
}

// versionSigns between a software name and a number bound its version: "Go ≥ 1.21".
var versionSigns = setOf("≥ >= > ≤ <= < ~> ^ ~ ==")

// versionBlocker reports a word after a number that makes it a quantity even after a software
// name: a unit, a scale word, "people" or "times" ("Go 1.25 miles north"). Other plurals do not:
// after a version they are often verbs or what the version is of ("Kubernetes 1.29 ships",
// "Python 3.11 users").
func versionBlocker(w string) bool {
	if _, ok := unitWord(w, true); ok {
		return true
	}
	l := strings.ToLower(w)
	return unitNames[l] || scaleNames[l] || irregularPlurals[l] || l == "times" || l == "percent"
}

// unitNames are the units' names as written out ("miles", "kilometer", "hours").
var unitNames = func() map[string]bool {
	m := make(map[string]bool)
	for _, un := range units {
		for _, w := range strings.Fields(un.sing + " " + un.plural) {
			if w != "per" && len(w) > 2 {
				m[w] = true
			}
		}
	}
	return m
}()

// version reads a number as a version when the context says so.
func (n *normalizer) version(t *token, s string) bool {
	year := yearVersion(s)
	if n.inPart > 0 || !isVersionString(s) && !year || !n.versionContext() {
		return false
	}
	n.by("version")
	if year {
		// "Unity 2022.3" twenty twenty two point three: a release named by its year.
		y, rest, _ := strings.Cut(s, ".")
		n.emit(t.raw, appendYear(nil, atoiSmall(y))...)
		n.emit(t.raw, "point")
		n.emit(t.raw, appendVersion(nil, rest)...)
	} else {
		n.emit(t.raw, appendVersion(nil, s)...)
	}
	n.versionAt = n.i
	return true
}

// fileTypes are file name extensions and how they are read (one-letter words are spelled).
var fileTypes = map[string]string{
	"pdf": "p d f", "txt": "t x t", "exe": "e x e", "py": "p y", "js": "j s", "ts": "t s", "jsx": "j s x",
	"tsx": "t s x", "go": "go", "rs": "r s", "c": "c", "h": "h", "cpp": "c p p", "hpp": "h p p", "cs": "c s",
	"java": "java", "kt": "k t", "rb": "r b", "php": "p h p", "html": "h t m l", "htm": "h t m", "css": "c s s",
	"csv": "c s v", "tsv": "t s v", "json": "jason", "xml": "x m l", "yaml": "yaml", "yml": "y m l",
	"toml": "toml", "md": "m d", "doc": "doc", "docx": "d o c x", "xls": "x l s", "xlsx": "x l s x",
	"ppt": "p p t", "pptx": "p p t x", "png": "p n g", "jpg": "j peg", "jpeg": "j peg", "gif": "gif",
	"svg": "s v g", "webp": "web p", "mp3": "m p three", "mp4": "m p four", "wav": "wave", "mov": "m o v",
	"avi": "a v i", "mkv": "m k v", "zip": "zip", "tar": "tar", "gz": "g z", "xz": "x z", "bz2": "b z two", "tgz": "t g z", "rar": "rar",
	"sh": "s h", "bat": "bat", "sql": "s q l", "log": "log", "iso": "i s o", "dmg": "d m g", "apk": "a p k",
	"dll": "d l l", "ini": "i n i", "cfg": "c f g", "conf": "conf", "wasm": "wasm", "epub": "e pub",
	"odt": "o d t", "rtf": "r t f", "heic": "h e i c", "flac": "flac", "ogg": "ogg", "m4a": "m four a", "7z": "seven z",
}

// fileName reads "report.pdf" report dot p d f, "archive.tar.gz", "README.md" read me dot m d.
func (n *normalizer) fileName(t *token) bool {
	if strings.IndexByte(t.core, '.') < 0 {
		return false // one part: no allocation (speed)
	}
	if ccHost80(t.core, false) {
		return false // a conference's site, "icml.cc" (round eighty)
	}
	var buf [4]string
	parts, ok := speedSplitAtMost(buf[:0], t.core, '.')
	if !ok || len(parts) < 2 {
		return false // as strings.Split's parts over four, without its allocation (speed)
	}
	name := parts[0]
	if name == "" || len(name) > 64 {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c == '-') {
			return false
		}
	}
	if !isASCIILetter(rune(name[0])) && !isDigit(name[0]) {
		return false
	}
	for k, e := range parts[1:] {
		if isUpperWord(e) && len(e) >= 3 && !topLevel[strings.ToLower(e)] {
			e = strings.ToLower(e) // "IMG_1234.JPG"
			parts[k+1] = e
		}
		if _, ok := fileTypes[e]; !ok || topLevel[e] || len(e) == 1 && len(name) < 2 {
			return false
		}
	}
	n.by("file name")
	if strings.EqualFold(name, "readme") {
		n.emit(t.raw, "read", "me")
	} else {
		n.fileStem(t.raw, name)
	}
	for _, e := range parts[1:] {
		n.emit(t.raw, "dot")
		n.emitPhrase(t.raw, strings.Fields(fileTypes[e])...)
	}
	return true
}

// fileStem reads the name of a file before its extension: an underscore is read, as it is in
// an address ("server_log" server underscore log), and digits between underscores as in an
// address ("photo_2024" photo underscore twenty twenty four).
func (n *normalizer) fileStem(src, name string) {
	if allDigits(name) {
		n.emit(src, urlNumber(name)...) // "2024.xlsx" twenty twenty four
		return
	}
	if !strings.Contains(name, "_") {
		if !n.dashedStemPart(src, name) {
			n.word(src, name)
		}
		return
	}
	for k, p := range strings.Split(name, "_") {
		if k > 0 {
			n.emit(src, "underscore")
		}
		switch {
		case p == "":
		case allDigits(p):
			n.emit(src, urlNumber(p)...)
		case n.dashedStemPart(src, p):
		case n.r85SpelledPiece(src, p): // "obd_trip" o b d (round eighty-five)
		default:
			n.word(src, p)
		}
	}
}

// protocols are names written with a version after a slash: "HTTP/2".
var protocols = setOf("HTTP HTTPS SPDY SMB NFS")

// tech reads software and finance shorthand; it reports whether it did.
func (n *normalizer) tech(t *token) bool {
	core := t.core
	if len(core) < 2 {
		return false
	}
	if p, ok := speedLookup(periodOver, speedPeriodOverLens, core); ok {
		n.by("period over period")
		n.emit(t.raw, strings.Fields(p)...)
		return true
	}
	if p, ok := speedLookup(periodAfterNumber, speedPeriodAfterLens, core); ok {
		if prev := n.peek(-1); prev != nil && prev.core != "" && (isDigit(prev.core[len(prev.core)-1]) || strings.HasSuffix(prev.core, "%")) {
			n.by("period over period")
			n.emit(t.raw, strings.Fields(p)...)
			return true
		}
	}
	switch core {
	case ".NET", ".net":
		n.by("software name")
		n.emit(t.raw, "dot", "net")
		return true
	case "IPv4", "IPv6", "ipv4", "ipv6":
		n.by("software name")
		n.emitPhrase(t.raw, "i", "p", "v")
		n.emit(t.raw, appendInteger(nil, core[3:])...)
		return true
	case "PCIe":
		n.by("device name")
		n.emitPhrase(t.raw, "p", "c", "i", "e")
		return true
	case "Wi-Fi", "WiFi", "wi-fi", "Wifi", "WIFI":
		n.by("device name")
		n.emit(t.raw, "wi", "fi")
		return true
	}
	// "v1.4.2" version one point four point two.
	if (core[0] == 'v' || core[0] == 'V') && len(core) > 3 && isDigit(core[1]) && strings.Contains(core, ".") && isVersionString(core[1:]) {
		n.by("version")
		n.emit(t.raw, "version")
		n.emit(t.raw, appendVersion(nil, core[1:])...)
		n.versionAt = n.i
		return true
	}
	// Acronyms joined by a slash: "P/E" p e, "TCP/IP", "HTTP/2" h t t p two.
	if a, b, ok := strings.Cut(core, "/"); ok && a != "" && b != "" && isUpperWord(a) && isLetterWord(a) && len(a) <= 5 {
		switch {
		case isUpperWord(b) && isLetterWord(b) && len(b) <= 5 && !strings.Contains(b, "/"):
			n.by("acronyms with a slash")
			n.acronym(t.raw, a, "")
			n.acronym(t.raw, b, "")
			return true
		case protocols[a] && isVersionString(b+".0") || protocols[a] && isVersionString(b):
			n.by("protocol version")
			n.acronym(t.raw, a, "")
			n.emit(t.raw, appendVersion(nil, b)...)
			return true
		}
	}
	if strings.IndexByte(core, '.') > 0 && n.fileName(t) {
		return true
	}
	return false
}

// acronymVersion reports a number that reads as a version after an acronym: one with a zero
// group ("TPM 2.0", "USB 3.0") or three or more groups; other decimals after an acronym read as
// decimals ("BTC 0.25").
func (n *normalizer) acronymVersion() bool {
	s := n.peek(0).core
	if k := strings.IndexAny(s, "-–"); k > 0 {
		// A range: each end by itself, so two plain decimals after a statistic's initials are
		// quantities ("CI 0.65-0.93"), and "USB 2.0-3.0" stays versions (round thirty-four).
		return versionShaped(s[:k]) || versionShaped(strings.TrimLeft(s[k:], "-–"))
	}
	return versionShaped(s)
}

// versionShaped reports a number with two points or more, or a zero alone after its point:
// the versions an acronym's number is ("TPM 2.0", "SMB 3.1.1").
func versionShaped(s string) bool {
	if strings.Count(s, ".") >= 2 {
		return true
	}
	_, frac, _ := strings.Cut(s, ".")
	return frac == "0"
}
