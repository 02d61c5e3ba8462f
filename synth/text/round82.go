package text

import "strings"

// Round eighty-two: classes that earlier rounds and held sets noticed and left, each read as a
// class and tested on probe sentences written before the readers, readings82.tsv. Round six's
// menuStep leaves a sign between single letters to the symbol reader ("If A > B"), and round
// forty-seven's r47AmpNounAhead takes main and sub before a panel (r82AmpModifiers).

// r82AmpNouns and r82AmpModifiers add a service's panel to round forty-seven's words of
// circuits: "a 200A main panel", "a 100A subpanel" two hundred amp, one hundred amp (the current
// had been the letter a).
var (
	r82AmpNouns     = setOf("subpanel subpanels panels disconnect")
	r82AmpModifiers = setOf("main sub")
)

// round82Token reaches a reader only through the token's first character and length: a digit
// 1-9 (a date after a be-verb, a tax code's plan, an area code, a nail's pennies, a video's
// lines, a seed, a roof's pitch), a capital before a hyphen (an identifier), or the exact
// "o.c" (on center).
//
// It is small enough to be inlined in the dispatch, so a token whose first byte no reader of the
// round can read costs no call (speed: the call itself was most of the round's count).
func (n *normalizer) round82Token(t *token) int {
	if r82First[t.core[0]]&^(n.sh&^r82Mark) == r82Mark { // the dispatch reads no empty core
		return n.round82Read(t)
	}
	return 0
}

// r82Mark is a bit no shape uses; r82First marks with it the first bytes round82Token reads,
// with the shape bits the token must have too: a digit 1-9, o, X, I or V (Type X, a Roman
// numeral) alone; R with a digit (Rs.500); another capital with a hyphen and a digit (an
// identifier). r82First[b]&^(n.sh&^r82Mark) is r82Mark when the token has every bit its byte asks
// for (n.sh without the mark: unguarded, every bit of n.sh is set).
const r82Mark shape = 1 << 15

var r82First = func() (f [256]shape) {
	for b := 'A'; b <= 'Z'; b++ {
		f[b] = r82Mark | shHyphen | shDigit
	}
	for _, b := range "123456789oXIV" {
		f[b] = r82Mark
	}
	f['R'] = r82Mark | shDigit
	return f
}()

// round82Read is round82Token's body, for a token whose first byte one of its readers reads.
func (n *normalizer) round82Read(t *token) int {
	c := t.core
	if n.inPart != 0 || t.pre != "" {
		return 0
	}
	if len(c) < 2 {
		if c == "X" {
			return n.typeX82(t)
		}
		if c == "V" {
			return n.markNumeral82(t)
		}
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '1' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		return n.digits82(t)
	case c0 == 'I' || c0 == 'V':
		if len(c) <= 4 && isUpperWord(c) {
			return n.markNumeral82(t)
		}
	case c0 == 'R' && len(c) >= 4 && c[1] == 's' && c[2] == '.' && isDigit(c[3]):
		// Rs.865: the price read as written with the rupee's sign (the money reader's rule).
		return n.reread(t, "₹"+c[3:], t.post)
	case c0 >= 'A' && c0 <= 'Z':
		if len(c) >= 5 && len(c) <= 20 && n.may(shDigit) {
			return n.identifier82(t)
		}
	case c0 == 'o':
		if c == "o.c" {
			return n.onCenter82(t)
		}
	}
	return 0
}

// digits82 asks the readers of a token that begins with a digit 1-9, by its length and shape.
func (n *normalizer) digits82(t *token) int {
	c := t.core
	last := c[len(c)-1]
	switch {
	case len(c) >= 3 && c[0] == '3' && c[1] == '/' && c[2] == '4' && (len(c) == 3 || c[3] == '-'):
		return n.threeQuarter82(t)
	case len(c) >= 5 && len(c) <= 12 && (c[1] == 'd' || c[2] == 'd') && n.may(shLower):
		return n.dice82(t)
	case len(c) >= 3 && len(c) <= 5 && (c[1] == '/' || c[2] == '/') && n.may(shSlash):
		if k := n.pitch82(t); k > 0 {
			return k
		}
		return n.beDate82(t)
	case len(c) == 3 && allDigits(c):
		if k := n.taxPlan82(t); k > 0 {
			return k
		}
		return n.areaCode82(t)
	case len(c) == 4 && allDigits(c):
		if k := n.taxPlan82(t); k > 0 {
			return k
		}
		return n.seed82(t)
	case len(c) >= 5 && len(c) <= 15 && allDigits(c):
		return n.seed82(t)
	case last == 'd' && len(c) <= 3:
		return n.nailPenny82(t)
	case last == 'p' && (len(c) == 4 || len(c) == 5):
		return n.videoLines82(t)
	}
	return 0
}

// r82Events name what happens on a day: a month/day pair after one of them and is, are, was or
// were is its date.
var r82Events = setOf(`retake retakes concert concerts birthday birthdays final finals game games tryout tryouts
audition auditions exam exams midterm midterms wedding weddings party meeting meetings conference conferences
appointment appointments surgery election elections opening premiere launch graduation orientation registration
recital recitals dance prom homecoming reunion festival fair parade practice practices match matches race meet
performance performances trip picnic banquet ceremony celebration day days date dates interview interviews
hearing hearings showcase fundraiser sale party's`)

// r82DateAfter may follow a date after a be-verb: the pair closes its clause or is followed by
// a time, a place, a second date or the year's word; an adjective after it ("3/4 closed") is a
// share.
var r82DateAfter = setOf("at and or in for this next to through thru until with on after before instead again")

// beDate82 reads a month/day pair after is, are, was or were whose subject is an event or a
// day ("Picture retakes are 11/14" november fourteenth, "Her birthday was 9/23"; it was a
// number pair or a fraction), and the second of two such dates joined by and or or ("Finals
// are 12/16 and 12/17"). A score, a share or a ratio ("The score was 11/14") stays as read.
func (n *normalizer) beDate82(t *token) int {
	m, d, ok := monthDay82(t.core)
	if !ok {
		return 0
	}
	if t.post == "" {
		if next := n.peek(1); next != nil && !r82DateAfter[next.lower()] {
			return 0
		}
	}
	if !n.eventBe82(-1) {
		// The second of two dates: "12/16 and 12/17".
		p, q := n.peek(-1), n.peek(-2)
		if p == nil || q == nil || p.post != "" || q.post != "" || p.core != "and" && p.core != "or" {
			return 0
		}
		if _, _, ok := monthDay82(q.core); !ok || !n.eventBe82(-3) {
			return 0
		}
	}
	n.by("date")
	n.emit(t.raw, monthNames[m])
	n.emit(t.raw, appendDayOrdinal(nil, d)...)
	return 1
}

// eventBe82 reports is, are, was or were at off after a word of events (r82Events), both with
// no punctuation after them.
func (n *normalizer) eventBe82(off int) bool {
	be, subj := n.peek(off), n.peek(off-1)
	if be == nil || subj == nil || be.post != "" || subj.post != "" {
		return false
	}
	switch be.core {
	case "is", "are", "was", "were":
		return r82Events[subj.lower()]
	}
	return false
}

// r82MonthDays is the last day of each month (February's 29).
var r82MonthDays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// monthDay82 parses "11/14" as a month of one or two digits and a day of the month.
func monthDay82(c string) (int, int, bool) {
	i := 1
	if len(c) > 2 && c[1] != '/' {
		i = 2
	}
	if len(c) < i+2 || len(c) > i+3 || c[i] != '/' || c[0] == '0' || !allDigits(c[:i]) || !allDigits(c[i+1:]) || c[i+1] == '0' {
		return 0, 0, false
	}
	m, d := atoiSmall(c[:i]), atoiSmall(c[i+1:])
	if m < 1 || m > 12 || d < 1 || d > r82MonthDays[m] {
		return 0, 0, false
	}
	return m, d, true
}

// pitch82 reads a roof's pitch, its rise over a run of 12, as roofers say it, "a 4/12 pitch"
// a four twelve pitch (it was four twelfths): before pitch, roof or slope, or after "pitch" and
// is or of. "3/12 cup" stays a fraction.
func (n *normalizer) pitch82(t *token) int {
	c := t.core
	i := len(c) - 3
	if i < 1 || c[i] != '/' || c[i+1] != '1' || c[i+2] != '2' || !allDigits(c[:i]) {
		return 0
	}
	rise := atoiSmall(c[:i])
	if rise < 1 || rise > 24 {
		return 0
	}
	ok := false
	if next := n.peek(1); t.post == "" && next != nil {
		switch next.lower() {
		case "pitch", "roof", "slope":
			ok = true
		}
	}
	if p := n.peek(-1); !ok && p != nil && p.post == "" {
		switch p.lower() {
		case "is", "of":
			q := n.peek(-2)
			ok = q != nil && q.post == "" && q.lower() == "pitch"
		}
	}
	if !ok {
		return 0
	}
	n.by("roof pitch")
	n.emit(t.raw, appendUnder100(nil, rise)...)
	n.emit(t.raw, "twelve")
	return 1
}

// taxPlan82 reads a plan or an account named by its section of the tax code (529, 457, 403,
// 401) and a 1031 exchange in pairs, as they are said ("a 529 plan" five twenty nine; it was a
// count). A count before another noun ("529 employees") stays.
func (n *normalizer) taxPlan82(t *token) int {
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" {
		return 0
	}
	switch t.core {
	case "529", "457", "403", "401":
		switch next.lower() {
		case "plan", "plans", "account", "accounts", "savings":
		default:
			return 0
		}
	case "1031":
		if w := next.lower(); w != "exchange" && w != "exchanges" {
			return 0
		}
	default:
		return 0
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return 1
}

// areaCode82 reads an area code digit by digit, a zero as oh, as said on air ("area code 618"
// six one eight, "the 808 area code" eight oh eight, "area codes 212 and 646"; they were
// counts, or in pairs). 800 keeps its convention, eight hundred.
func (n *normalizer) areaCode82(t *token) int {
	if t.core == "800" {
		return 0
	}
	ok := false
	if next := n.peek(1); t.post == "" && next != nil && next.post == "" && next.lower() == "area" {
		after := n.peek(2)
		ok = after != nil && (after.lower() == "code" || after.lower() == "codes")
	}
	// After "area code(s)", perhaps past other codes of a list.
	for off := -1; off >= -6 && !ok; off-- {
		p := n.peek(off)
		if p == nil || p.post != "" && p.post != "," {
			break
		}
		w := p.lower()
		if w == "code" || w == "codes" {
			q := n.peek(off - 1)
			ok = q != nil && q.post == "" && q.lower() == "area"
			break
		}
		if w != "and" && w != "or" && (len(p.core) != 3 || !allDigits(p.core)) {
			break
		}
	}
	if !ok {
		return 0
	}
	n.by("area code")
	n.emit(t.raw, appendDigitNames(nil, t.core, true)...)
	return 1
}

// seed82 reads a world's or a map's seed of five digits or more digit by digit, as a code
// ("The map seed is 8675309"; it was a count): after "seed", "seed is" or "seed:". A
// tournament's seed ("the 16 seed") is too short to be one.
func (n *normalizer) seed82(t *token) int {
	if len(t.core) < 5 {
		return 0
	}
	p := n.peek(-1)
	if p == nil {
		return 0
	}
	if p.post == "" && (p.core == "is" || p.core == "=") {
		p = n.peek(-2)
		if p == nil || p.post != "" {
			return 0
		}
	} else if p.post != "" && p.post != ":" {
		return 0
	}
	if p.lower() != "seed" {
		return 0
	}
	n.by("code")
	n.emit(t.raw, appendDigitNames(nil, t.core, false)...)
	return 1
}

// r82NailWords are what a nail's size in pennies stands before: the nails, or a kind of them.
var r82NailWords = setOf("nail nails common commons sinker sinkers box finish galvanized spiral ring-shank framing")

// nailPenny82 reads a nail's size, "16d", before nails as pennies ("16d nails" sixteen penny
// nails; it was sixteen d): the nails, or a kind of them and then nails. "3d printing" and
// "2d6" stay.
func (n *normalizer) nailPenny82(t *token) int {
	c := t.core[:len(t.core)-1]
	next := n.peek(1)
	if !allDigits(c) || t.post != "" || next == nil || next.pre != "" || !r82NailWords[next.lower()] {
		return 0
	}
	if w := next.lower(); w != "nail" && w != "nails" && w != "commons" && w != "sinkers" {
		after := n.peek(2)
		if next.post != "" || after == nil || after.lower() != "nails" && after.lower() != "nail" {
			return 0
		}
	}
	n.by("nail size")
	n.emit(t.raw, appendInteger(nil, c)...)
	n.emit(t.raw, "penny")
	return 1
}

// r82Video are words of video, where a number glued to p is a count of lines.
var r82Video = setOf(`video videos footage stream streams streaming streamed resolution display displays screen
screens monitor monitors youtube twitch fps camera cameras webcam recording recordings records upscale upscaled
upscaling playback netflix gpu hdr encode encoded encoding render rendering`)

// videoLines82 reads a count of lines glued to p that numeric.go's list of resolutions does not
// hold ("936p", "540p") in pairs with its letter where the sentence speaks of video (it was a
// count; "Shares fell to 236p" stays pence).
func (n *normalizer) videoLines82(t *token) int {
	c := t.core[:len(t.core)-1]
	if !allDigits(c) || videoLines[c] || !n.sentenceHas(r82Video) {
		return 0
	}
	n.by("video resolution")
	n.emit(t.raw, appendPaired(nil, c)...)
	n.emitLetter(t.raw, "p")
	return 1
}

// r82CodeWords name what an identifier after "number" or "is" identifies.
var r82CodeWords = setOf(`ticket case order confirmation reference claim tracking account invoice receipt booking
reservation policy member alien file permit registration`)

// identifier82 reads an identifier of capitals, a hyphen and digits digit by digit, its
// letters spelled: after a code word and "number", "no." or "#", perhaps with is ("The ticket
// number is TB-4471" t b four four seven one; it was a model name in pairs), or a single letter
// before two or more hyphened groups of digits, seven digits or more ("A-123-456-789", an alien
// or a case number; it was read as counts). "F-150" and "B-52" stay model names.
func (n *normalizer) identifier82(t *token) int {
	c := t.core
	i := 0
	for i < len(c) && c[i] >= 'A' && c[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 4 || i >= len(c)-3 || c[i] != '-' {
		return 0
	}
	digits, groups := 0, 0
	for j := i + 1; j < len(c); j++ {
		switch b := c[j]; {
		case isDigit(b):
			digits++
		case b == '-' && j > i+1 && c[j-1] != '-' && j < len(c)-1:
			groups++
		default:
			return 0
		}
	}
	if !(i == 1 && groups >= 1 && digits >= 7) && (groups != 0 || digits < 3 || !n.afterCodeNumber82()) {
		return 0
	}
	n.by("identifier")
	for k := 0; k < i; k++ {
		n.emitLetter(t.raw, string(c[k]+'a'-'A'))
	}
	for j := i + 1; j < len(c); j++ {
		if c[j] != '-' {
			n.emit(t.raw, digitWord82(c[j]))
		}
	}
	return 1
}

// digitWord82 names one digit, zero as zero.
func digitWord82(b byte) string {
	if b == '0' {
		return "zero"
	}
	return onesWords[b-'0']
}

// afterCodeNumber82 reports a code word and "number", "no." or "#" before the token, perhaps
// with is or a colon between ("ticket number is", "case no.").
func (n *normalizer) afterCodeNumber82() bool {
	off := -1
	p := n.peek(off)
	if p != nil && p.post == "" && p.core == "is" {
		off--
		p = n.peek(off)
	}
	if p == nil || p.post != "" && p.post != ":" && p.post != "." {
		return false
	}
	switch p.lower() {
	case "number", "no", "#", "id":
	default:
		return false
	}
	q := n.peek(off - 1)
	return q != nil && q.post == "" && r82CodeWords[q.lower()]
}

// onCenter82 reads o.c. after a spacing in inches or feet as builders say it, on center ("16"
// o.c." sixteen inches on center; it was o c).
func (n *normalizer) onCenter82(t *token) int {
	p := n.peek(-1)
	if p == nil {
		return 0
	}
	if !(p.post == "\"" && allDigits(p.core)) {
		switch p.lower() {
		case "in", "inches", "inch", "ft", "feet", "foot":
		default:
			return 0
		}
		q := n.peek(-2)
		if q == nil || q.post != "" || !allDigits(q.core) {
			return 0
		}
	}
	n.by("abbreviation")
	n.emit(t.raw, "on", "center")
	return 1
}

// r82Boards are what Type X (fire-rated gypsum board) names.
var r82Boards = setOf("drywall board boards gypsum sheetrock wallboard")

// typeX82 reads X after Type before drywall, board, gypsum, sheetrock or wallboard as the
// letter, the board's fire rating ("Type X drywall" type x; it was the Roman ten). "Type II
// diabetes" stays two.
func (n *normalizer) typeX82(t *token) int {
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || t.post != "" || p.lower() != "type" || !r82Boards[next.lower()] {
		return 0
	}
	n.by("letter")
	n.emitLetter(t.raw, "x")
	return 1
}

// markNumeral82 reads a Roman numeral after an aircraft's name that follows its designation,
// letters, a hyphen and digits ("F-4 Phantom II" f four phantom two, "MiG-29 Fulcrum II"; it was
// the second, a king's), as the name's mark. "Pope John Paul II" stays.
func (n *normalizer) markNumeral82(t *token) int {
	v := romanValue(t.core)
	if v == 0 || v > 10 {
		return 0
	}
	name, d := n.peek(-1), n.peek(-2)
	if name == nil || d == nil || name.post != "" || d.post != "" || !isCapitalized(name.core) || !isLetterWord(name.core) || !designation82(d.core) {
		return 0
	}
	n.by("roman numeral")
	n.emit(t.raw, onesWords[v])
	return 1
}

// designation82 reports an aircraft's designation: a capital, up to three more letters, a
// hyphen and one to three digits, perhaps a capital after ("F-4", "MiG-29", "AH-64D").
func designation82(c string) bool {
	i := 0
	for i < len(c) && i < 4 && isLetter82(c[i]) {
		i++
	}
	if i == 0 || c[0] < 'A' || c[0] > 'Z' || i >= len(c) || c[i] != '-' {
		return false
	}
	j := i + 1
	for j < len(c) && isDigit(c[j]) {
		j++
	}
	if j == i+1 || j-i-1 > 3 {
		return false
	}
	return j == len(c) || j == len(c)-1 && c[j] >= 'A' && c[j] <= 'Z'
}

// isLetter82 reports an ASCII letter.
func isLetter82(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

// r82QuarterNouns are what "3/4" names a cut or a kind of: a sleeve, a length, a bath.
var r82QuarterNouns = setOf("sleeve sleeves sleeved length bath baths zip")

// threeQuarter82 reads 3/4 before sleeve, length, bath or zip, glued by a hyphen or apart, as
// said, three quarter ("the 3/4-sleeve cardigan", "a 3/4 bath"; it was the plural fraction).
// "3/4 cup", "a 3/4-inch hole" stay three quarters.
func (n *normalizer) threeQuarter82(t *token) int {
	c := t.core
	if len(c) > 4 {
		if !r82QuarterNouns[strings.ToLower(c[4:])] {
			return 0
		}
		n.by("fraction as adjective")
		n.emit(t.raw, "three", "quarter")
		n.emit(t.raw, strings.ToLower(c[4:]))
		return 1
	}
	next := n.peek(1)
	if len(c) == 4 || t.post != "" || next == nil || next.pre != "" || !r82QuarterNouns[next.lower()] {
		return 0
	}
	n.by("fraction as adjective")
	n.emit(t.raw, "three", "quarter")
	return 1
}

// dice82 reads dice notation with keep or drop, NdM then kh, kl, dh or dl and a count ("2d20kh1"
// two d twenty keep highest one; the letters were spelled). "2d6" stays as read.
func (n *normalizer) dice82(t *token) int {
	c := t.core
	i := strings.IndexByte(c, 'd')
	j := i + 1
	for j < len(c) && isDigit(c[j]) {
		j++
	}
	if i < 1 || !allDigits(c[:i]) || j == i+1 || j+3 > len(c) || !allDigits(c[j+2:]) {
		return 0
	}
	var op string
	switch c[j : j+2] {
	case "kh":
		op = "keep highest"
	case "kl":
		op = "keep lowest"
	case "dh":
		op = "drop highest"
	case "dl":
		op = "drop lowest"
	default:
		return 0
	}
	n.by("dice")
	n.emit(t.raw, appendInteger(nil, c[:i])...)
	n.emitLetter(t.raw, "d")
	n.emit(t.raw, appendInteger(nil, c[i+1:j])...)
	n.emit(t.raw, strings.Fields(op)...)
	n.emit(t.raw, appendInteger(nil, c[j+2:])...)
	return 1
}
