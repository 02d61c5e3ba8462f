package text

import "strings"

// Round sixty-seven: the misses of held-out set 52's dev half, written by a new hand from law
// and legislation (statute and code citations, regulations, bills, court opinions, public
// comment pages, legal aid and tenant-rights guides), each read as a class and tested on probe
// sentences written before the readers, readings67.tsv. The splitter keeps a state code's
// abbreviated name in one sentence (statuteCiteBoundary67).

func (n *normalizer) round67Token(t *token) int {
	c := t.core
	if n.inPart != 0 || len(c) < 2 {
		if c == "L" && n.inPart == 0 && t.post != "" && t.post[0] == '.' {
			return oneIf(n.r67CongressAbbrev(t))
		}
		return 0
	}
	switch b := c[0]; {
	case b >= '1' && b <= '9':
		if len(c) <= 4 && len(c) >= 3 && n.r67Courtroom(t) {
			return 1
		}
		if len(c) <= 7 && n.may(shHyphen) && n.r67CongressNumber(t) {
			return 1
		}
		return oneIf(len(c) <= 10 && n.may(shLower|shUpper|shDot) && n.r67SectionNumber(t))
	case b >= 'A' && b <= 'Z':
		if t.post != "" && t.post[0] == '.' {
			return oneIf(len(c) <= 6 && (n.r67CodeName(t) || len(c) <= 3 && n.r67CongressAbbrev(t)))
		}
		if c == "LL" || c == "NAL" || c == "IANYL" || c == "TINLA" || len(c) >= 4 && c[:2] == "LL" {
			return oneIf(n.r67LegalChat(t))
		}
	case len(c) == 3 || len(c) == 5:
		switch c {
		case "tit":
			return oneIf(n.r67Title(t))
		case "nal", "ianyl", "tinla":
			return oneIf(n.r67LegalChat(t))
		}
	}
	return 0
}

// r67Courtroom reads three or four digits right after courtroom as the room's number, in pairs,
// as after room or suite ("Courtroom 1406" fourteen oh six; it was a count). A unit, a plural
// or "square" after the number makes it a count ("a courtroom 1400 square feet").
func (n *normalizer) r67Courtroom(t *token) bool {
	c := t.core
	if len(c) < 3 || !allDigits(c) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) != 9 || prev.lower() != "courtroom" {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" {
		if n.pluralAfter() || unitWordOK(next.core) || next.lower() == "square" {
			return false
		}
	}
	n.by("number of a label")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// r67LegalWords are a legal forum's shorthand, said in full as ianal is: NAL (only opening a
// post, before a comma or "but"), IANYL, TINLA.
var r67LegalWords = map[string]string{
	"nal": "not a lawyer", "ianyl": "i am not your lawyer", "tinla": "this is not legal advice",
}

// r67Possessives before LL make it the landlord, as tenants write on legal forums.
var r67Possessives = setOf("my our your his her their")

// r67LegalChat reads a legal forum's shorthand (r67LegalWords) and LL after a possessive
// ("My LL won't fix the heat" my landlord; "our LL's lawyer" our landlord's). NAL elsewhere
// ("The NAL report") and LL without a possessive ("an LL Cool J shirt") stay letters.
func (n *normalizer) r67LegalChat(t *token) bool {
	c := t.core
	if c == "LL" || c == "LL's" || c == "LL’s" {
		prev := n.peek(-1)
		if prev == nil || prev.post != "" || !r67Possessives[prev.lower()] {
			return false
		}
		n.by("chat abbreviation")
		if c == "LL" {
			n.emit(t.raw, "landlord")
		} else {
			n.emit(t.raw, "landlord's")
		}
		return true
	}
	if c != "NAL" && c != "nal" && c != "IANYL" && c != "ianyl" && c != "TINLA" && c != "tinla" {
		return false
	}
	l := t.lower()
	if l == "nal" {
		if n.i != 0 {
			return false
		}
		next := n.peek(1)
		if !strings.HasPrefix(t.post, ",") && (t.post != "" || next == nil || next.lower() != "but") {
			return false
		}
	}
	n.by("chat abbreviation")
	n.emit(t.raw, strings.Fields(r67LegalWords[l])...)
	return true
}

// r67CodeWords are the abbreviated words of a state code's name as the Bluebook prints them
// ("Cal. Civ. Proc. Code", "Tex. Prop. Code", "Mich. Comp. Laws", "N.Y. Mult. Dwell. Law").
var r67CodeWords = map[string]string{
	"Civ": "civil", "Proc": "procedure", "Prop": "property", "Regs": "regulations", "Crim": "criminal",
	"Fam": "family", "Veh": "vehicle", "Lab": "labor", "Bus": "business", "Prof": "professions",
	"Ins": "insurance", "Educ": "education", "Comp": "compiled", "Consol": "consolidated", "Admin": "administrative",
	"Gov't": "government", "Govt": "government", "Evid": "evidence", "Welf": "welfare", "Inst": "institutions",
	"Corp": "corporations", "Fin": "financial", "Mult": "multiple", "Dwell": "dwelling", "Exec": "executive",
}

// r67CodeStates are the states' abbreviations in a code's citation that the AP's list
// (stateAbbrev) spells otherwise or with inner points.
var r67CodeStates = map[string]string{
	"Cal": "california", "Haw": "hawaii", "Or": "oregon",
	"N.Y": "new york", "N.J": "new jersey", "N.C": "north carolina", "N.H": "new hampshire",
	"N.M": "new mexico", "N.D": "north dakota", "S.C": "south carolina", "S.D": "south dakota", "R.I": "rhode island",
}

// r67CodeHeads are the words that end or head a code's name ("Code", "Laws", "Stat.").
var r67CodeHeads = setOf("Code Law Laws Stat Ann Regs")

// r67InCodeName reports a token that continues a code's name: one of r67CodeWords with its
// point, or one of r67CodeHeads, or "&" ("Bus. & Prof. Code").
func r67InCodeName(x *token) bool {
	if x == nil || x.pre != "" {
		return false
	}
	if x.core == "&" || r67CodeHeads[x.core] {
		return true
	}
	return r67CodeWords[x.core] != "" && strings.HasPrefix(x.post, ".")
}

// r67CodeName reads the abbreviated name of a state's code as its words: a word of
// r67CodeWords before another word of the name (a code word, Code, Law, Laws, Stat., Regs.,
// "&"), or after Code, "&" or another code word ("Cal. Civ. Proc. Code" california civil
// procedure code; after Code with "of": "Cal. Code Regs." california code of regulations), and
// a state's abbreviation before one ("Cal.", "N.Y. Real Prop. Law"); "tit." before a number in
// such a name is title. They were their letters (cal, civ, prop), "Prof." professor and "Gov."
// governor before Code. A title before a name ("Prof. Lee") stays.
func (n *normalizer) r67CodeName(t *token) bool {
	c := t.core
	if len(t.post) > 1 && t.post != ".," {
		return false
	}
	if w := r67CodeWords[c]; w != "" || c == "Gov" {
		next, prev := n.peek(1), n.peek(-1)
		nextIn := t.post == "." && r67InCodeName(next)
		if c == "Gov" {
			if !nextIn || next.core != "Code" {
				return false
			}
			w = "government"
		}
		after := prev != nil && prev.post == "" && (prev.core == "Code" || prev.core == "&")
		if !nextIn && !after && !(prev != nil && prev.post == "." && r67CodeWords[prev.core] != "") {
			return false
		}
		n.by("abbreviation")
		if prev != nil && prev.post == "" && prev.core == "Code" {
			n.emit(t.raw, "of", w)
		} else {
			n.emit(t.raw, w)
		}
		n.absorbed = true
		return true
	}
	st := r67CodeStates[c]
	if st == "" {
		st = stateAbbrev[c]
	}
	if st == "" || t.post != "." {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return false
	}
	if !r67StateBeforeCode(c, next.core, next.post) {
		return false
	}
	n.readAbbrev(t, strings.Fields(st)...)
	return true
}

// r67Title reads tit. before a number as title, as a code's title is cited ("Cal. Code Regs.
// tit. 25" title twenty five; it was tit).
func (n *normalizer) r67Title(t *token) bool {
	next := n.peek(1)
	if t.post != "." || next == nil || next.pre != "" || next.core == "" || !isDigit(next.core[0]) {
		return false
	}
	n.readAbbrev(t, "title")
	return true
}

// r67CongressAbbrev reads the abbreviations of a Congress's documents and of the Federal
// Register in a citation: Pub. before L. public and L. after Pub. law ("Pub. L. No. 117-169"),
// Rep. before No. report ("H.R. Rep. No. 118-45"; before a name it stays representative), and
// Fed. Reg. federal register ("89 Fed. Reg. 16,820"; "The Fed. raised rates" stays). They were
// pub l, representative and fed regulation.
func (n *normalizer) r67CongressAbbrev(t *token) bool {
	if t.post != "." && t.post != ".," {
		return false
	}
	next, prev := n.peek(1), n.peek(-1)
	var w string
	switch t.core {
	case "Pub":
		if t.post != "." || next == nil || next.pre != "" || next.core != "L" || !strings.HasPrefix(next.post, ".") {
			return false
		}
		w = "public"
	case "L":
		if prev == nil || prev.post != "." || prev.core != "Pub" {
			return false
		}
		w = "law"
	case "Rep":
		if t.post != "." || next == nil || next.pre != "" || next.core != "No" || next.post != "." {
			return false
		}
		w = "report"
	case "Fed":
		if t.post != "." || next == nil || next.pre != "" || next.core != "Reg" || !strings.HasPrefix(next.post, ".") {
			return false
		}
		w = "federal"
	case "Reg":
		if prev == nil || prev.post != "." || prev.core != "Fed" {
			return false
		}
		w = "register"
	default:
		return false
	}
	n.readAbbrev(t, w)
	return true
}

// r67CongressNumber reads the number after Pub. L. No. or Rep. No., a Congress's and the
// document's joined by a hyphen, as round thirty-five's publicLaw reads it after Public Law:
// each part of three digits in pairs ("Pub. L. No. 117-169" one seventeen one sixty nine, "H.R.
// Rep. No. 118-45" one eighteen forty five; it was a span).
func (n *normalizer) r67CongressNumber(t *token) bool {
	cong, doc, ok := strings.Cut(t.core, "-")
	if !ok || len(cong) < 2 || len(cong) > 3 || len(doc) == 0 || len(doc) > 3 || !allDigits(cong) || !allDigits(doc) || doc[0] == '0' || cong[0] == '0' {
		return false
	}
	p, pp := n.peek(-1), n.peek(-2)
	if p == nil || p.core != "No" || p.post != "." || pp == nil || pp.post != "." || pp.core != "L" && pp.core != "Rep" {
		return false
	}
	if pp.core == "L" {
		if ppp := n.peek(-3); ppp == nil || ppp.core != "Pub" || ppp.post != "." {
			return false
		}
	}
	n.by("public law")
	for _, g := range [...]string{cong, doc} {
		if len(g) == 3 {
			n.emit(t.raw, appendPaired(nil, g)...)
		} else {
			n.emit(t.raw, appendInteger(nil, g)...)
		}
	}
	return true
}

// statuteCiteBoundary67 reports a period inside a state code's abbreviated name, which the
// splitter must not take for a sentence's end: after a code word or a state's abbreviation
// before another word of the name ("Cal. Civ. Proc. Code", "Tex. Prop. Code", "Cal. Code Regs.
// tit. 25"), after tit. before a number, and inside "Pub. L. No. 117-169" and "89 Fed. Reg.
// 16,820".
func statuteCiteBoundary67(before, w, next string) bool {
	if len(w) > 6 || w == "" || (w[0] < 'A' || w[0] > 'Z') && w != "tit" || next == "" {
		return false // the cheap test first: every name here is short and capitalized
	}
	nextDigit := next != "" && next[0] >= '0' && next[0] <= '9'
	switch w {
	case "tit", "Reg":
		return nextDigit && (w == "tit" || strings.HasSuffix(before, "Fed. Reg"))
	case "Pub":
		return next == "L."
	case "L":
		return (nextDigit || next == "No.") && strings.HasSuffix(before, "Pub. L")
	case "Fed":
		return strings.HasPrefix(next, "Reg.")
	}
	if r67CodeWords[w] == "" && r67CodeStates[w] == "" && stateAbbrev[w] == "" {
		return false
	}
	nx := strings.TrimSuffix(next, ".")
	if r67CodeWords[w] != "" {
		return r67CodeWords[nx] != "" && nx != next || nx == "&" || r67CodeHeads[nx] || strings.HasPrefix(next, "§")
	}
	return r67StateBeforeCode(w, nx, next[len(nx):])
}

// r67StateBeforeCode reports a state's abbreviation st before the word nx (post the marks after
// it) that opens a code's name: a code word with its point, Gov't, Real or Penal; Code or a word
// of round fifty-four's statuteWords54 after the Bluebook's own abbreviations ("Cal. Code").
func r67StateBeforeCode(st, nx, post string) bool {
	switch {
	case r67CodeWords[nx] != "" && strings.HasPrefix(post, "."):
		return true
	case nx == "Gov't" || nx == "Govt" || nx == "Real" || nx == "Penal":
		return true
	}
	return r67CodeStates[st] != "" && (nx == "Code" || statuteWords54[nx])
}

// r67SectionNumber reads a section's number after the section sign: three or four digits before
// a decimal part in pairs, the decimals digit by digit ("§ 1950.5" nineteen fifty point five, as
// "§ 1983" nineteen eighty three; it was one thousand nine hundred fifty point five); a letter
// after the number, glued or after a hyphen, as a letter ("§ 15B" fifteen b, it was a scale;
// "§ 1161a" eleven sixty one a; "§ 235-b" two thirty five b), and a number after it joined by
// a hyphen ("§ 47a-4" forty seven a dash four). Five digits stay counts.
func (n *normalizer) r67SectionNumber(t *token) bool {
	c := t.core
	i := 0
	for i < len(c) && isDigit(c[i]) {
		i++
	}
	if i > 4 || i == len(c) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.core != "§" || prev.post != "" {
		return false
	}
	head, rest := c[:i], c[i:]
	var letter, tail string
	switch {
	case rest[0] == '.':
		if len(rest) < 2 || !allDigits(rest[1:]) {
			return false
		}
	case rest[0] == '-' && len(rest) == 2 && isASCIILetter67(rest[1]):
		letter = rest[1:]
	case isASCIILetter67(rest[0]):
		letter = rest[:1]
		if len(rest) > 1 {
			if rest[1] != '-' || len(rest) < 3 || len(rest) > 6 || !allDigits(rest[2:]) || rest[2] == '0' {
				return false
			}
			tail = rest[2:]
		}
	default:
		return false
	}
	n.by("section number")
	words := r67SectionPart(nil, head)
	if letter == "" {
		words = appendDigitNames(append(words, "point"), rest[1:], false)
		n.emit(t.raw, words...)
		return true
	}
	n.emit(t.raw, words...)
	n.emitLetter(t.raw, strings.ToLower(letter))
	if tail != "" {
		n.emit(t.raw, r67SectionPart([]string{"dash"}, tail)...)
	}
	return true
}

// r67SectionPart reads one part of a section's number: one or two digits as a count, three or
// four in pairs.
func r67SectionPart(dst []string, digits string) []string {
	if len(digits) >= 3 {
		return appendPaired(dst, digits)
	}
	return appendCardinal(dst, uint64(atoiSmall(digits)))
}

func isASCIILetter67(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
