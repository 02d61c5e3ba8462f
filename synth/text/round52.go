package text

import "strings"

// Round fifty-two: misreadings found by running the normalizer over real web text nobody
// wrote for a test, in registers rounds thirty-eight and forty-four did not search
// (encyclopedia history and biographies, statutes and contracts, datasheets and standards,
// sports recaps, box-office reports, hobby forums), each read as a class and tested on probe
// sentences written before the readers, readings52.tsv. A day in brackets opening a date
// written day first was fixed where dates are read (dates.go).

func (n *normalizer) round52Token(t *token) int {
	c := t.core
	if n.inPart != 0 || c == "" {
		return 0
	}
	if t.pre == "(" && t.post != "" && t.post[0] == ')' && n.may(shDigit) {
		if n.restatedFigure52(t) {
			return 1
		}
	}
	if len(c) < 2 {
		return 0
	}
	if t.post != "" && t.post[0] == ']' && n.may(shPunct) {
		if k := n.wordCitation52(t); k > 0 {
			return k
		}
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if k := n.spacedCelsius52(t); k > 0 {
			return k
		}
		if len(c) >= 3 && len(c) <= 5 && n.may(shSlash) {
			if k := n.amountRange52(t); k > 0 {
				return k
			}
		}
		if len(c) == 4 && allDigits(c) {
			return oneIf(n.yearCue52(t))
		}
		if c[len(c)-1] == 's' {
			if len(c) <= 8 && n.may(shPunct|shWide) {
				if k := n.possessive52(t); k > 0 {
					return k
				}
			}
			if len(c) <= 4 && n.may(shLower) {
				return oneIf(n.roundsPlural52(t))
			}
			return 0
		}
		if len(c) >= 3 && len(c) <= 4 && c[len(c)-2] == '.' && n.may(shDot) {
			return n.thirdsOfInnings52(t)
		}
		if len(c) >= 3 && len(c) <= 7 && n.may(shSlash) && n.attemptsShare52(t) {
			return 1
		}
		if len(c) >= 3 && len(c) <= 5 && n.may(shWide|shLower) && n.boundaries52(t) {
			return 1
		}
		if len(c) >= 5 && len(c) <= 9 && n.may(shHyphen|shWide) && n.lifeSpanYear52(t) {
			return 1
		}
		if len(c) >= 3 && len(c) <= 7 && n.may(shHyphen) {
			return oneIf(n.scoringRun52(t) || n.hittersLine52(t))
		}
	case c0 >= 'A' && c0 <= 'Z':
		if len(c) >= 4 && len(c) <= 10 && n.may(shDigit) {
			return n.possessive52(t)
		}
	}
	return 0
}

// possessiveStem52 returns a core without its possessive 's ("2011's", "U2’s").
func possessiveStem52(c string) (string, bool) {
	if s, ok := strings.CutSuffix(c, "'s"); ok {
		return s, true
	}
	return strings.CutSuffix(c, "’s")
}

// possessive52 reads a possessive 's glued to a year, a month's day or a name of letters and
// digits as the possessive of its reading: "2011's sequel" twenty eleven's (it was "two
// thousand elevens"), "March 3's deadline" march third's (it was "march three's"), "U2's album"
// u two's (it was "u two s"). A year ending in 0 stays the decade it was read as ("the
// 1990's"), and a name ending in a letter keeps its reading ("3M's" three m's).
func (n *normalizer) possessive52(t *token) int {
	stem, ok := possessiveStem52(t.core)
	if !ok || stem == "" {
		return 0
	}
	if allDigits(stem) {
		if len(stem) == 4 {
			y := atoiSmall(stem)
			if y < 1000 || y > 2099 || y%10 == 0 {
				return 0
			}
			n.by("year")
			n.emit(t.raw, possessiveLast52(appendYear(nil, y))...)
			return 1
		}
		if d, ok := dayNumber(stem); ok && len(stem) <= 2 {
			if p := n.peek(-1); p != nil && p.post == "" && month(p) > 0 {
				n.by("date")
				n.emit(t.raw, possessiveLast52(appendDayOrdinal(nil, d))...)
				return 1
			}
		}
		return 0
	}
	last := stem[len(stem)-1]
	if !isDigit(last) || !strings.ContainsAny(stem, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return 0
	}
	for i := 0; i < len(stem); i++ {
		if c := stem[i]; !isDigit(c) && (c < 'A' || c > 'Z') {
			return 0
		}
	}
	before := len(n.out)
	k := n.reread(t, stem, t.post)
	if k > 0 && len(n.out) > before {
		w := &n.out[len(n.out)-1]
		w.Text += "'s"
	}
	return k
}

// possessiveLast52 puts the possessive ending on the last word.
func possessiveLast52(w []string) []string {
	if len(w) > 0 {
		w[len(w)-1] += "'s"
	}
	return w
}

// lifeSpanYear52 reads the first year and the second day of a span of two dates written day
// first and joined by a dash with no space, as biographies print a life: in "(6 November
// 1931–19 November 2014)" the token "1931–19" is the year and then "to the nineteenth of" (it
// was a range of years, "nineteen thirty one to nineteen"); the dates around it are read as
// dates are. "2011–12" elsewhere stays a range of years.
func (n *normalizer) lifeSpanYear52(t *token) bool {
	c := strings.Replace(t.core, "–", "-", 1)
	y, d, ok := strings.Cut(c, "-")
	if !ok || len(y) < 3 || len(y) > 4 || !allDigits(y) || len(d) == 0 || len(d) > 2 || !allDigits(d) || t.pre != "" || t.post != "" {
		return false
	}
	day, ok := dayNumber(d)
	if !ok {
		return false
	}
	p1, p2, next := n.peek(-1), n.peek(-2), n.peek(1)
	if p1 == nil || p2 == nil || next == nil || month(p1) == 0 || month(next) == 0 || next.pre != "" {
		return false
	}
	if p1.post != "" && p1.post != "." || p2.post != "" {
		return false
	}
	if _, ok := dayNumber(p2.core); !ok {
		return false
	}
	n.by("date")
	w := appendYear(nil, atoiSmall(y))
	w = append(w, "to", "the")
	w = appendDayOrdinal(w, day)
	n.emit(t.raw, append(w, "of")...)
	return true
}

// wordCitation52 leaves out citation marks in brackets glued to a word of prose, as
// encyclopedia text prints them: "antiquity[2]", "siege[9][10]", a note's letter "days[a]" (they
// were read as numbers, "decades[4][5]" decades forty five, or run into the word). The word must
// have four letters or more and the marks must not be an index 0, so code stays as read
// ("arr[1]", "x[2]", "list[0]"); marks after punctuation are round thirty-eight's.
func (n *normalizer) wordCitation52(t *token) int {
	c := t.core
	i := strings.IndexByte(c, '[')
	if i < 4 || t.post != "]" && !strings.HasPrefix(t.post, "].") && !strings.HasPrefix(t.post, "],") && !strings.HasPrefix(t.post, "];") {
		return 0
	}
	for k := 0; k < i; k++ {
		if ch := c[k]; !(ch >= 'a' && ch <= 'z' || k == 0 && ch >= 'A' && ch <= 'Z') {
			return 0
		}
	}
	if !citationMarks(c[i:], true) {
		return 0
	}
	n.debug("dropped citation marker", "token", t.raw)
	return n.reread(t, c[:i], t.post[1:])
}

// yearLabels52 are the labels of an encyclopedia's facts before a colon and a year.
var yearLabels52 = setOf(`composed founded born died established built opened published premiered formed
incorporated completed written recorded introduced launched discovered elected crowned signed ratified
enacted abolished dissolved demolished erected constructed consecrated inaugurated begun finished
released produced debuted reigned commissioned decommissioned chartered settled`)

// yearHedges52 come between a preposition of time and a year: "since about 1850".
var yearHedges52 = setOf(`about around approximately roughly circa c ca`)

// yearTimePreps52 are the prepositions of time before a hedged year.
var yearTimePreps52 = setOf(`since until till before after from in by`)

// yearEvents52 are nouns of an event, with round twelve's yearEvent, that a year names when
// a name of capitals comes between: "the 1449 Tumu Crisis", "the 1692 Salem Witch Trials".
var yearEvents52 = setOf(`crisis trials trial affair incident scandal raid campaign rising schism council
synod edict act reform agreement settlement conference congress games olympics fair raids fires floods
wars riot`)

// yearCue52 reads a number of four digits from 1000 as a year where a cue says so (older years
// were quantities: "Composed: 1808" one thousand eight hundred eight): after an encyclopedia's
// label and its colon ("Founded: 1892"); after a preposition of time and a hedge ("since at
// least 1900", "until about 1850"), when the clause ends there or a joining word follows
// ("by at least 1900 points" counts); after the and a name of one to three capitals before a
// noun of an event ("the 1449 Tumu Crisis"; "the 1200 Main Street building" stays as read).
func (n *normalizer) yearCue52(t *token) bool {
	c := t.core
	if !allDigits(c) || t.pre != "" {
		return false
	}
	y := atoiSmall(c)
	if y < 1000 || y > 2099 {
		return false
	}
	p := n.peek(-1)
	if p == nil {
		return false
	}
	read := false
	switch pw := lowerASCIIWord(p.core); {
	case p.post == ":" && yearLabels52[pw]:
		read = true
	case p.post == "" && (yearHedges52[pw] || pw == "least"):
		pp := n.peek(-2)
		if pw == "least" {
			if pp == nil || pp.post != "" || lowerASCIIWord(pp.core) != "at" {
				return false
			}
			pp = n.peek(-3)
		}
		if pp == nil || pp.post != "" || !yearTimePreps52[lowerASCIIWord(pp.core)] {
			return false
		}
		read = t.post != "" || n.peek(1) == nil || yearJoiners52[lowerASCIIWord(n.peek(1).core)]
	case p.post == "" && yearDeterminer[pw] && y < 1900:
		read = n.namedEvent52()
	}
	if !read {
		return false
	}
	n.by("year")
	n.emit(t.raw, appendYear(nil, y)...)
	return true
}

// yearJoiners52 may follow a hedged year: "until about 1850 when".
var yearJoiners52 = setOf(`and or but when as to until with because while bc ad bce ce`)

// namedEvent52 reports one to three capitalized words after the token, with no punctuation
// between, and then a noun of an event, capitalized or not.
func (n *normalizer) namedEvent52() bool {
	if n.peek(0).post != "" {
		return false
	}
	for k := 1; k <= 4; k++ {
		x := n.peek(k)
		if x == nil || x.pre != "" || !isLetterWord(x.core) {
			return false
		}
		l := lowerASCIIWord(x.core)
		if k > 1 && (yearEvents52[l] || yearEvent[l]) {
			return true
		}
		if !isCapitalized(x.core) || x.post != "" {
			return false
		}
	}
	return false
}

// restatedFigure52 leaves out a figure in brackets that restates the number written in words
// just before it, as contracts and statutes write amounts: "three (3) years", "fifty dollars
// ($50)", "one thousand five hundred dollars ($1,500)" (it was read twice). A figure that
// differs from the words is read ("three (4) items").
func (n *normalizer) restatedFigure52(t *token) bool {
	c := t.core
	money := strings.HasPrefix(c, "$")
	c = strings.TrimPrefix(c, "$")
	c = strings.TrimSuffix(c, ".00")
	c = strings.ReplaceAll(c, ",", "")
	if c == "" || len(c) > 9 || !allDigits(c) {
		return false
	}
	want := atoiSmall(c)
	k := -1
	if money {
		p := n.peek(k)
		if p == nil || p.post != "" || lowerASCIIWord(p.core) != "dollars" && lowerASCIIWord(p.core) != "dollar" {
			return false
		}
		k--
	}
	var words []string
	for ; k >= -8; k-- {
		p := n.peek(k)
		if p == nil || p.pre != "" || p.post != "" || !isLetterWord(strings.ReplaceAll(p.core, "-", "")) {
			break
		}
		l := lowerASCIIWord(p.core)
		if _, ok := numberWordValue52(l); !ok {
			break
		}
		words = append(words, l)
	}
	if len(words) == 0 {
		return false
	}
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	if v, ok := spelledValue52(words); !ok || v != want {
		return false
	}
	n.by("restated figure")
	n.debug("left out a figure restating the words before it", "token", t.raw)
	return true
}

var smallNumberWords52 = map[string]int{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// numberWordValue52 reports a word of a spelled number ("twenty-four", "hundred", "and").
func numberWordValue52(w string) (int, bool) {
	switch w {
	case "hundred":
		return 100, true
	case "thousand":
		return 1000, true
	case "million":
		return 1000000, true
	case "and":
		return 0, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		x, ok1 := smallNumberWords52[a]
		y, ok2 := smallNumberWords52[b]
		return x + y, ok1 && ok2 && x >= 20 && x%10 == 0 && y > 0 && y < 10
	}
	v, ok := smallNumberWords52[w]
	return v, ok
}

// spelledValue52 returns the value of a spelled number's words, in order.
func spelledValue52(words []string) (int, bool) {
	total, cur := 0, 0
	seen := false
	for i, w := range words {
		v, ok := numberWordValue52(w)
		if !ok {
			return 0, false
		}
		switch w {
		case "and":
			if i == 0 || i == len(words)-1 {
				return 0, false
			}
		case "hundred":
			if cur == 0 {
				return 0, false
			}
			cur *= 100
		case "thousand", "million":
			if cur == 0 {
				return 0, false
			}
			total += cur * v
			cur = 0
		default:
			cur += v
			seen = true
		}
	}
	return total + cur, seen
}

// thirdsOfInnings52 reads a pitcher's innings written with a third after the point as thirds:
// "6.1 IP" six and a third innings pitched, "3.2 innings" three and two thirds innings, "0.2
// innings" two thirds of an inning (it was "six point one i p"), IP only in a sentence of
// baseball; "2.5 innings" and "6.1 overs" stay decimals.
func (n *normalizer) thirdsOfInnings52(t *token) int {
	c := t.core
	whole, third := c[:len(c)-2], c[len(c)-1]
	if !allDigits(whole) || third != '1' && third != '2' || t.pre != "" || t.post != "" || len(whole) > 1 && whole[0] == '0' {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return 0
	}
	nw := lowerASCIIWord(next.core)
	ip := next.core == "IP"
	switch {
	case ip:
		if !n.sentenceHas(baseballWords) && !n.sentenceHas(pitchWords44) {
			return 0
		}
	case nw == "innings" || nw == "inning":
	case next.post == "" && inningsAdjectives52[nw]:
		if nn := n.peek(2); nn == nil || lowerASCIIWord(nn.core) != "innings" {
			return 0
		}
	default:
		return 0
	}
	part := []string{"a", "third"}
	if third == '2' {
		part = []string{"two", "thirds"}
	}
	n.by("innings pitched")
	if whole == "0" {
		if third == '1' {
			part = []string{"one", "third"}
		}
		if !ip && nw != "innings" && nw != "inning" {
			return 0
		}
		n.emit(t.raw, append(part, "of", "an", "inning")...)
		return 2
	}
	w := append(appendInteger(nil, whole), "and")
	n.emit(t.raw, append(w, part...)...)
	if ip {
		n.emit(next.raw, "innings", "pitched")
		return 2
	}
	return 1
}

// inningsAdjectives52 come between a pitcher's thirds and "innings": "7.1 scoreless innings".
var inningsAdjectives52 = setOf(`scoreless hitless perfect shutout strong solid quality relief stellar dominant effective`)

// scoringRun52 reads a run of points, "an 8-1 run", as a score (it was a record, "eight and
// one"); "8-1 this season" and "a 10-2 record" stay records.
func (n *normalizer) scoringRun52(t *token) bool {
	a, b, ok := strings.Cut(t.core, "-")
	if !ok || len(a) == 0 || len(a) > 3 || len(b) == 0 || len(b) > 3 || !allDigits(a) || !allDigits(b) || t.pre != "" || t.post != "" {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !runNouns52[lowerASCIIWord(next.core)] {
		return false
	}
	n.by("score")
	w := append(appendInteger(nil, a), "to")
	n.emit(t.raw, appendInteger(w, b)...)
	return true
}

// runNouns52 name a run of scoring after a score.
var runNouns52 = setOf(`run spurt burst blitz`)

// hittersLine52 reads a hitter's hits and at-bats in brackets before his other figures,
// "(1-4, 1 HR, 3 RBI)", as hits for at-bats (it was "one to four"); a pair before a word stays
// as read ("(2-4, with one abstention)").
func (n *normalizer) hittersLine52(t *token) bool {
	h, ab, ok := strings.Cut(t.core, "-")
	if !ok || len(h) != 1 || len(ab) != 1 || !allDigits(h) || !allDigits(ab) || h > ab || ab == "0" || t.pre != "(" || t.post != "," {
		return false
	}
	x, y := n.peek(1), n.peek(2)
	if x == nil || y == nil || x.pre != "" || x.post != "" || !allDigits(x.core) || len(x.core) > 2 || !hitterStats52[y.core] {
		return false
	}
	n.by("batting line")
	w := append(appendInteger(nil, h), "for")
	n.emit(t.raw, appendInteger(w, ab)...)
	return true
}

// hitterStats52 follow a hitter's hits and at-bats in a box score's line.
var hitterStats52 = setOf(`HR HRs RBI RBIs BB SB R H K SO 2B 3B HBP XBH`)

// attemptsShare52 reads a share of attempts written with a slash before a noun of them,
// "converted 3/12 break points", "5/9 free throws", as out of (it was a fraction, "three
// twelfths"), as round twenty-five reads "2/3 penalties"; "3/4 cup" stays a fraction.
func (n *normalizer) attemptsShare52(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || a == "" || b == "" || len(a) > 3 || len(b) > 3 || !allDigits(a) || !allDigits(b) || t.pre != "" || t.post != "" {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x > y || y == 0 || a[0] == '0' {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return false
	}
	nw := lowerASCIIWord(next.core)
	if !attemptNouns52[nw] {
		nn := n.peek(2)
		if next.post != "" || nn == nil || !attemptPairs52[nw+" "+lowerASCIIWord(nn.core)] {
			return false
		}
	}
	n.by("rating")
	w := append(appendInteger(nil, a), "out", "of")
	n.emit(t.raw, appendInteger(w, b)...)
	return true
}

// attemptNouns52 and attemptPairs52 name attempts a share counts.
var attemptNouns52 = setOf(`attempts chances shots conversions three-pointers 3-pointers threes kicks tackles`)
var attemptPairs52 = map[string]bool{"break points": true, "break chances": true, "set points": true, "match points": true,
	"free throws": true, "field goals": true, "penalty kicks": true, "spot kicks": true, "first serves": true, "second serves": true}

// boundaries52 reads a batsman's boundaries in cricket's shorthand, "8×4, 1×6" (eight fours,
// one six; it was "eight by four"), in a sentence of cricket; "the 2×4 studs" stays a size.
func (n *normalizer) boundaries52(t *token) bool {
	c := strings.Replace(t.core, "×", "x", 1)
	count, kind, ok := strings.Cut(c, "x")
	if !ok || count == "" || len(count) > 2 || !allDigits(count) || count[0] == '0' || kind != "4" && kind != "6" || t.pre != "" {
		return false
	}
	if !n.sentenceHas(cricketCues) {
		return false
	}
	n.by("boundaries")
	w := appendInteger(nil, count)
	k := "four"
	if kind == "6" {
		k = "six"
	}
	if count != "1" {
		k = pluralWord(k)
	}
	n.emit(t.raw, append(w, k)...)
	return true
}

// roundsPlural52 reads a golfer's rounds as a plural after a word of counting or of rounds in a
// row, "back-to-back 64s", "two 68s" (it was "sixty four seconds"); a round ten stays a decade
// ("the 30s") and a time after other words seconds ("in 58s").
func (n *normalizer) roundsPlural52(t *token) bool {
	c := t.core
	d := c[:len(c)-1]
	if len(d) != 2 || !allDigits(d) || d[1] == '0' || d[0] < '6' || d[0] > '8' || t.pre != "" {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !roundCounts52[lowerASCIIWord(p.core)] {
		return false
	}
	n.by("plural of a number")
	w := appendUnder100(nil, atoiSmall(d))
	w[len(w)-1] = pluralWord(w[len(w)-1])
	n.emit(t.raw, w...)
	return true
}

// roundCounts52 come before a golfer's rounds as a plural.
var roundCounts52 = setOf(`back-to-back consecutive straight successive two three four both twin`)

// teamsWithoutS52 are teams' names that do not end in s, after which a pair in brackets is a
// record as after "the Hawks" (contexts.go's isRecord asks): "the Thunder (50-22)".
var teamsWithoutS52 = setOf(`thunder heat magic jazz wild lightning avalanche kraken united galaxy union fire crew dynamo
revolution sky storm fever lynx liberty mercury dream sun`)

// temperatureWords52 make a spaced C after a number degrees Celsius.
var temperatureWords52 = setOf(`melt melts melted melting boil boils boiled boiling freeze freezes froze freezing
temperature temperatures heated heat cooled cool warmed warm stored store thaw thaws rt`)

// spacedCelsius52 reads a temperature written with a spaced C or ºC after its number, "melts at
// 16.5 C", "20-25 C", "164 ºC", as degrees Celsius in a sentence of heat or cold (it was
// "sixteen point five c"; "C." was cups): the number is read as if the degree sign were
// glued. A grade or a section's letter stays a letter ("Section 4 C").
func (n *normalizer) spacedCelsius52(t *token) int {
	c := t.core
	if t.pre != "" || t.post != "" || len(c) > 9 {
		return 0
	}
	for i := 0; i < len(c); i++ {
		if !isDigit(c[i]) && c[i] != '.' && c[i] != '-' {
			return 0
		}
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || next.core != "C" && next.core != "ºC" || !n.sentenceHas(temperatureWords52) {
		return 0
	}
	n.debug("spaced C read as degrees Celsius", "token", t.raw)
	if k := n.reread(t, c+"°C", ""); k == 1 {
		return 2
	}
	return 0
}

// amountRange52 reads two amounts joined by a spaced hyphen before a unit as a range: "1/3 -
// 1/2 cup" one third to one half cup (the hyphen, a token of its own, was not read). The token
// is the first amount; it and the hyphen are read here, the second amount as it is read.
func (n *normalizer) amountRange52(t *token) int {
	a, b, ok := splitFraction(t.core)
	if !ok || t.pre != "" || t.post != "" {
		return 0
	}
	d, x, u := n.peek(1), n.peek(2), n.peek(3)
	if d == nil || x == nil || u == nil || d.pre != "" || d.post != "" || d.core != "-" && d.core != "–" || x.pre != "" || x.post != "" {
		return 0
	}
	if _, _, ok := splitFraction(x.core); !ok {
		return 0
	}
	if _, ok := unitWord(u.core, true); !ok && !measureWords52[lowerASCIIWord(u.core)] {
		return 0
	}
	n.by("range")
	n.emit(t.raw, appendFraction(nil, a, b)...)
	n.emit(d.raw, "to")
	return 2
}

// measureWords52 are a recipe's measures written out, after a range of amounts.
var measureWords52 = setOf(`cup cups teaspoon teaspoons tablespoon tablespoons pound pounds ounce ounces inch inches
pint pints quart quarts gallon gallons stick sticks can cans`)
