package text

import "strings"

// Round seventy-three: misreadings found by running the normalizer over real web text nobody
// wrote for a test, in registers earlier rounds did not search (government statistical
// releases, encyclopedia infoboxes and lists, patent abstracts, space-launch and satellite
// pages, recall and safety notices, museum and auction catalogues, genealogy and obituaries,
// hiking and climbing guides, fishing and hunting regulations, airline fleet pages), each read
// as a class and tested on probe sentences written before the readers, readings73.tsv.

func (n *normalizer) round73Token(t *token) int {
	if n.inPart != 0 {
		return 0
	}
	c := t.core
	if c == "" {
		return 0
	}
	c0 := c[0]
	if isDigit(c0) && n.may(shDigit) {
		switch {
		case len(c) <= 2:
			if n.dayRangeEnd73(t) {
				return 1
			}
		case len(c) == 4:
			if k := n.yearRun73(t); k > 0 {
				return k
			}
		}
		if len(c) <= 5 && t.post == "" && isDigit(c[len(c)-1]) {
			if k := n.gaugeOrCal73(t); k > 0 {
				return k
			}
		}
		if c0 == '5' && len(c) >= 3 && c[1] == '.' && n.may(shDot) && n.ydsGrade73(t) {
			return 1
		}
		if c == "30-06" {
			if k := n.caliber73(t); k > 0 {
				return k
			}
		}
		if c0 == '7' && len(c) >= 3 && (len(c) == 3 || c[3] == 's' || c[3] == '-') {
			if n.boeing73(t) {
				return 1
			}
		}
		if len(c) == 4 && c[3] == 's' && n.makerPlural73(t) {
			return 1
		}
		if len(c) >= 8 && (c0 == '1' || c0 == '2') && (c[4] == '-' || c[4] == 0xE2) && (n.may(shHyphen) || n.may(shWide)) && n.yearIdent73(t) {
			return 1
		}
		if t.post == "" {
			if k := n.afterNumber73(t); k > 0 {
				return k
			}
		}
		switch last := c[len(c)-1]; {
		case last == 'm' || last == 't' || last == 'Z' || last == 'r' || last == 'B' || last == 'S':
			if k := n.gluedUnit73(t); k > 0 {
				return k
			}
		case last == 'd' && len(c) >= 2 && (c[len(c)-2] == '2' || c[len(c)-2] == '3'):
			if n.gpoOrdinal73(t) {
				return 1
			}
		}
		if len(c) >= 3 && len(c) <= 7 && n.may(shHyphen) && (c[1] == '-' || c[2] == '-') && n.labelNumber73(t) {
			return 1
		}
		if len(c) >= 3 && n.may(shPunct) && strings.IndexByte(c, '[') > 0 {
			if k := n.citation73(t); k > 0 {
				return k
			}
		}
		if len(c) >= 7 && n.may(shWide) && strings.Contains(c, "–") {
			if k := n.enDashPhone73(t); k > 0 {
				return k
			}
		}
		if len(c) >= 3 && (strings.HasSuffix(c, "′") || t.post != "" && t.post[0] == '\'') {
			if n.feet73(t) {
				return 1
			}
		}
		return 0
	}
	if c0 >= 'a' && c0 <= 'z' && len(c) >= 6 && n.may(shHyphen) && strings.IndexByte(c, '[') > 0 {
		return n.citation73(t)
	}
	if c0 == '.' && len(c) >= 3 && isDigit(c[1]) && n.may(shDigit) {
		return n.caliber73(t)
	}
	if (len(c) == 7 || len(c) == 8) && c[len(c)-1] == 'n' && (c[1] == 'i' || c[1] == 'r') && n.may(shLower) {
		if k := n.scaleCurrency73(t); k > 0 {
			return k
		}
	}
	if len(c) <= 3 {
		switch c {
		case "shp", "wt", "wt%", "Rev":
			if n.unitWord73(t) {
				return 1
			}
		}
	}
	if c0 >= 'A' && c0 <= 'Z' && isDigit(c[len(c)-1]) && len(c) >= 5 && n.may(shHyphen) && n.designation73(t) {
		return 1
	}
	if c0 >= 'A' && c0 <= 'Z' && c[len(c)-1] == 's' && len(c) >= 4 && len(c) <= 8 && n.may(shDigit) {
		return n.modelPlural73(t)
	}
	return 0
}

// dayRangeEnd73 reads the last day of a spaced range after a month and its first day as an
// ordinal, as the closed "Jan. 2-12" is read: "Aug. 9 – 18" august ninth to eighteenth, "Feb. 3 -
// 4, 2024", and in a list of ranges "Nov. 24 – 26, Dec. 1 – 3" (the day before a month was read
// as that month's, the twenty sixth of december). The day must be past the first one and not
// count a noun after it ("Jan. 6 - 13 people"); the month and first day are already read.
func (n *normalizer) dayRangeEnd73(t *token) bool {
	switch t.post {
	case "", ",", ".", ";", ":", ")":
	default:
		return false
	}
	d2 := atoiSmall(t.core)
	if !allDigits(t.core) || d2 < 2 || d2 > 31 {
		return false
	}
	dash, first, month := n.peek(-1), n.peek(-2), n.peek(-3)
	if dash == nil || first == nil || month == nil || !isDash(dash.core) || dash.pre != "" || dash.post != "" {
		return false
	}
	if first.post != "" || len(first.core) > 2 || !allDigits(first.core) || atoiSmall(first.core) >= d2 || atoiSmall(first.core) < 1 {
		return false
	}
	if monthIndex[month.lower()] == 0 || month.post != "" && month.post != "." {
		return false
	}
	if next := n.peek(1); t.post == "" && next != nil && nounAfterQuantity(next.lower()) {
		return false
	}
	n.by("date range")
	n.emit(t.raw, appendDayOrdinal(nil, d2)...)
	return true
}

// yearRun73 reads four-digit numbers joined by a spaced dash, to, through, and, or or commas as
// years when one of them is before 1900, where round six's cues see only counts: a life's span
// "(1781 - 1847)" seventeen eighty one to eighteen forty seven, "Thomas Cole 1801 – 1848", "1790
// to 1990", "the censuses of 1850, 1860 and 1870" (they were one thousand seven hundred eighty
// one…). The numbers rise within two hundred years and are not all round hundreds; the run
// stands after no quantity word or label ("about 1200 to 1500", "Route 1847 - 1850") and before
// no noun it would count ("1200 - 1500 square feet"). A number before 1900 after "dated" is a
// year too ("a deed dated 1798"). It returns the tokens read.
func (n *normalizer) yearRun73(t *token) int {
	if !allDigits(t.core) {
		return 0
	}
	a := atoiSmall(t.core)
	if a < 1000 || a > 2099 {
		return 0
	}
	prev := n.peek(-1)
	if a < 1900 && prev != nil && prev.post == "" && prev.lower() == "dated" && strings.Trim(t.post, ".,;:)") == "" {
		n.by("year")
		n.emit(t.raw, appendYear(nil, a)...)
		return 1
	}
	if t.post != "" && t.post != "," {
		return 0
	}
	if prev != nil && (quantityPrev[prev.lower()] || labelPrev[prev.lower()]) {
		return 0
	}
	// Walk the run: a number, then a joint (its comma, or a dash or word token), then a number.
	type part struct {
		tok  *token
		word string // the joint's word, "" for a number or a comma
		year int
	}
	parts := [8]part{{tok: t, year: a}}
	np, k, last, early, round := 1, 1, a, a < 1900, a%100 == 0
	for np+2 < len(parts) {
		cur := n.peek(k - 1)
		j, word := n.peek(k), ""
		if j == nil {
			break
		}
		step := 0
		switch {
		case cur.post == ",":
			if l := j.lower(); (l == "and" || l == "or") && j.post == "" {
				word, step = l, 1
			}
		case cur.post == "":
			switch l := j.lower(); {
			case isDash(j.core) && j.pre == "" && j.post == "":
				word, step = "to", 1
			case (l == "to" || l == "through" || l == "and" || l == "or") && j.pre == "" && j.post == "":
				word, step = l, 1
			default:
				j = nil
			}
		default:
			j = nil
		}
		if j == nil {
			break
		}
		num := n.peek(k + step)
		if num == nil || num.pre != "" || len(num.core) != 4 || !allDigits(num.core) || num.post != "" && num.post != "," && strings.Trim(num.post, ".;:)") != "" {
			break
		}
		y := atoiSmall(num.core)
		if y <= last || y > a+200 || y > 2099 {
			break
		}
		if step == 1 {
			parts[np] = part{tok: j, word: word}
			np++
		}
		parts[np] = part{tok: num, year: y}
		np++
		k += step + 1
		last, early, round = y, early || y < 1900, round && y%100 == 0
		if num.post != "" && num.post != "," {
			break
		}
	}
	end := parts[np-1].tok
	if np < 3 && !(np == 2 && parts[1].tok != t) || end == t || !early || round {
		return 0
	}
	if end.post == "," {
		// A comma after the last number ends the run only before a capital or a pause.
		if next := n.peek(k); next != nil && next.core != "" && next.core[0] >= 'a' && next.core[0] <= 'z' && nounAfterQuantity(next.lower()) {
			return 0
		}
	} else if end.post == "" {
		if next := n.peek(k); next != nil && next.pre == "" && next.core != "" && next.core[0] >= 'a' && next.core[0] <= 'z' && !notNoun[next.lower()] {
			return 0
		}
	}
	n.by("year range")
	for _, p := range parts[:np] {
		if p.year != 0 {
			n.emit(p.tok.raw, appendYear(nil, p.year)...)
		} else if p.word != "" {
			n.emit(p.tok.raw, p.word)
		}
	}
	return k
}

// enDashPhone73 reads a telephone number whose groups are joined by en dashes, as typeset
// notices print them, as the one joined by hyphens: "(703) 358–1714", "202–366–0209",
// "1–800–638–2772" (they were spans, three hundred fifty eight to one thousand seven hundred
// fourteen). Three and four digits need an area code in brackets before them; "358–714" stays.
func (n *normalizer) enDashPhone73(t *token) int {
	c := t.core
	var lens [5]int
	ng, run := 0, 0
	for i := 0; i < len(c); i++ {
		switch {
		case isDigit(c[i]):
			run++
		case strings.HasPrefix(c[i:], "–") && run > 0 && ng < 4:
			lens[ng], ng, run = run, ng+1, 0
			i += len("–") - 1
		default:
			return 0
		}
	}
	if run == 0 || ng > 3 {
		return 0
	}
	lens[ng] = run
	ng++
	switch {
	case ng == 2 && lens[0] == 3 && lens[1] == 4:
		prev := n.peek(-1)
		if prev == nil || prev.pre != "(" || prev.post != ")" || len(prev.core) != 3 || !allDigits(prev.core) {
			return 0
		}
	case ng == 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 4:
	case ng == 4 && c[0] == '1' && lens[0] == 1 && lens[1] == 3 && lens[2] == 3 && lens[3] == 4:
	default:
		return 0
	}
	return n.reread(t, strings.ReplaceAll(c, "–", "-"), t.post)
}

// citation73 leaves out citation marks in brackets glued to a number or to a hyphenated word,
// as round fifty-two's wordCitation52 does after a word of prose: "62960[1]" six two nine six
// zero, "5,782[3] residents", "1937[4]", "tonne-kilometers[3]" (the marks were read into the
// number, sixty two thousand nine hundred sixty one, or after it). An index 0 is no mark.
func (n *normalizer) citation73(t *token) int {
	c := t.core
	i := strings.IndexByte(c, '[')
	if i <= 0 || t.post == "" || t.post[0] != ']' || !citationMarks(c[i:], true) {
		return 0
	}
	head := c[:i]
	if isDigit(head[0]) {
		num, rest, ok := scanNumber(head)
		if !ok || rest != "" || num.neg || num.plus {
			return 0
		}
	} else {
		// Words of two letters or more joined by hyphens, in lower case after the first letter.
		part := 0
		for k := 0; k < len(head); k++ {
			switch ch := head[k]; {
			case ch >= 'a' && ch <= 'z' || k == 0 && ch >= 'A' && ch <= 'Z':
				part++
			case ch == '-' && part >= 2:
				part = 0
			default:
				return 0
			}
		}
		if part < 2 || !strings.Contains(head, "-") {
			return 0
		}
	}
	n.debug("dropped citation marker", "token", t.raw)
	return n.reread(t, head, t.post[1:])
}

// feet73 reads a prime after a number of two hundred or more as feet where round five's
// feetMark leaves it for a match's minute or a quotation: after a peak's name or in brackets,
// "Longs Peak 14,255′", "a saddle (11,400')", and the prime sign itself after any number, "at
// 9,600′ on a bench" (the mark was dropped, fourteen thousand two hundred fifty five). A
// minute is never that late; "(45')" stays. Before the noun an article introduces, foot.
func (n *normalizer) feet73(t *token) bool {
	c, post := t.core, t.post
	if strings.HasSuffix(c, "′") {
		c = c[:len(c)-len("′")]
	} else if post = post[1:]; !strings.ContainsAny(t.pre, "(") && !n.capitalBefore73() {
		return false
	}
	if strings.Trim(post, ".,;:!?)") != "" {
		return false
	}
	num, rest, ok := scanNumber(c)
	if !ok || rest != "" || num.neg || num.plus || num.hasPoint {
		return false
	}
	if v, ok := num.value(); !ok || v < 200 {
		return false
	}
	unit := "feet"
	if articleBeforeNoun(n.peek(-1), n.peek(1)) {
		unit = "foot"
	}
	n.by("number and unit")
	n.emit(t.raw, append(appendNumber(nil, num), unit)...)
	return true
}

// capitalBefore73 reports a capitalized word right before the token, as a peak's name is.
func (n *normalizer) capitalBefore73() bool {
	prev := n.peek(-1)
	return prev != nil && prev.post == "" && isCapitalized(prev.core)
}

// climbWords73 mark a sentence about rock climbing, where "5.10" is a grade.
var climbWords73 = setOf(`climb climbing climber climbers route routes pitch pitches crux crag crags belay
belayed rappel rappelled trad boulder bouldering yds onsight onsighted redpoint redpointed topo multipitch
toprope toproped bolts bolted rack cams slab slabs chimney dihedral arete jugs crimps`)

// ydsGrade73 reads a climbing grade of the Yosemite Decimal System as climbers say it, five and
// the number after the point: "5.10c" five ten c, "5.9" five nine, "5.6+" five six plus, "5.11s"
// five elevens (it was five point one zero c). The grade runs 5.0 to 5.15, a letter a to d only
// from 5.10, in a sentence of climbing and not before a unit or percent ("climbed 5.10 percent").
func (n *normalizer) ydsGrade73(t *token) bool {
	rest := t.core[2:]
	k := 0
	for k < len(rest) && isDigit(rest[k]) {
		k++
	}
	if k == 0 || k > 2 || k == 2 && rest[0] == '0' {
		return false
	}
	g := atoiSmall(rest[:k])
	if g > 15 {
		return false
	}
	suf, letter := rest[k:], ""
	if suf != "" && suf[0] >= 'a' && suf[0] <= 'd' && g >= 10 {
		letter, suf = suf[:1], suf[1:]
	}
	switch suf {
	case "", "+", "-", "s":
	default:
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" {
		if l := next.lower(); l == "percent" || l == "per" || l == "points" || l == "%" || unitNames[l] {
			return false
		}
	}
	if !n.sentenceHas(climbWords73) {
		return false
	}
	w := appendCardinal([]string{"five"}, uint64(g))
	if suf == "s" {
		w[len(w)-1] = pluralWord(w[len(w)-1])
	}
	n.by("climbing grade")
	n.emit(t.raw, w...)
	if letter != "" {
		n.emitLetter(t.raw, letter)
	}
	switch suf {
	case "+":
		n.emit(t.raw, "plus")
	case "-":
		n.emit(t.raw, "minus")
	}
	return true
}

// gunWords73 follow a firearm's caliber: the arm, the cartridge, or a maker's abbreviation.
var gunWords73 = setOf(`rifle rifles shotgun shotguns pistol pistols revolver revolvers handgun handguns gauge
round rounds ammo ammunition cartridge cartridges bullet bullets rem remington win winchester mag magnum lr
special acp springfield nato spl carbine shell shells slug slugs buckshot muzzleloader derringer creedmoor
hornet wsm weatherby swift jhp fmj whelen nosler ackley blackout grendel govt`)

// gunAbbrev73 are a cartridge's clipped names after its caliber, said in full.
var gunAbbrev73 = map[string]string{"rem": "remington", "win": "winchester", "mag": "magnum", "spl": "special"}

// caliber73 reads a firearm's caliber written with its point before a word of guns, as round
// thirty-nine's r39Caliber reads it before cal: "a .410 shotgun" a four ten shotgun, ".22 LR"
// twenty two l r, "the .223 Rem" the two twenty three remington, "a .410-gauge", and the
// Springfield cartridge ".30-06" or "30-06" thirty aught six (they were point four one zero, and
// thirty to zero six). A decimal before a unit stays (".40 inches"). It returns the tokens read.
func (n *normalizer) caliber73(t *token) int {
	d, gauge := t.core, false
	d = strings.TrimPrefix(d, ".")
	if g, ok := strings.CutSuffix(d, "-gauge"); ok {
		d, gauge = g, true
	}
	next := n.peek(1)
	gunNext := next != nil && next.pre == "" && t.post == "" && gunWords73[next.lower()]
	var w []string
	switch {
	case d == "30-06":
		if !gunNext && !n.sentenceHas(gunWords73) {
			return 0
		}
		w = []string{"thirty", "aught", "six"}
	case t.core[0] != '.' || len(d) < 2 || len(d) > 3 || !allDigits(d) || !gauge && !gunNext:
		return 0
	case len(d) == 3:
		w = appendPaired(nil, d)
	default:
		w = appendInteger(nil, d)
	}
	if gauge {
		w = append(w, "gauge")
	}
	n.by("caliber")
	n.emit(t.raw, w...)
	return n.gunAbbrevsAfter73(t)
}

// gaugeOrCal73 reads ga after a shotgun's gauge as gauge ("a 20 ga. shotgun" twenty gauge; it
// was g a) and cal between a number and a word of guns as caliber ("45 cal guns"; it was
// calorie, as "250 cal per serving" stays). It returns the tokens read.
func (n *normalizer) gaugeOrCal73(t *token) int {
	next := n.peek(1)
	if next == nil || next.pre != "" || len(next.core) != 2 && len(next.core) != 3 {
		return 0
	}
	switch next.lower() {
	case "ga":
		switch t.core {
		case "10", "12", "16", "20", "28", "410":
		default:
			return 0
		}
		n.by("caliber")
		n.emit(t.raw, appendInteger(nil, t.core)...)
		n.emit(next.raw, "gauge")
		return 2
	case "cal":
		after := n.peek(2)
		num, rest, ok := scanNumber(t.core)
		if !ok || rest != "" || num.neg || num.plus || after == nil || next.post != "" && next.post != "." {
			return 0
		}
		if l := after.lower(); !gunWords73[l] && l != "gun" && l != "guns" && l != "cannon" && l != "cannons" {
			return 0
		}
		n.by("caliber")
		n.emit(t.raw, appendNumber(nil, num)...)
		n.emit(next.raw, "caliber")
		return 2
	}
	return 0
}

// aviation73 mark a sentence about airliners, where a bare 737 is the jet.
var aviation73 = setOf(`boeing boeing's airbus embraer bombardier aircraft airplane airplanes airliner airliners jet
jets jetliner jetliners plane planes fleet fleets airline airlines carrier carriers flight flights pilot pilots
faa ntsb cockpit fuselage dreamliner jumbo widebody narrowbody runway airport delta lufthansa emirates qantas
ryanair jetblue`)

// makers73 name the makers whose models are numbers ("Boeing 747s", "Embraer 175s").
var makers73 = setOf(`boeing airbus embraer bombardier cessna gulfstream lockheed mcdonnell douglas`)

// boeing73 reads Boeing's jetliners by number as the airlines say them: a variant after a
// hyphen, "737-9" seven thirty seven nine (after "and" it was a span, seven hundred thirty seven
// to nine), and the bare number or its plural in a sentence of aircraft or airlines, "Boeing's
// 737 program" seven thirty seven, "22 Boeing 757s" seven fifty sevens (they were seven
// hundred thirty seven). A number counting a plural noun after it ("737 passengers"), or after a
// quantity word or a label ("page 737"), stays.
func (n *normalizer) boeing73(t *token) bool {
	c := t.core
	if c[2] != '7' || c[1] > '8' || !isDigit(c[1]) {
		return false
	}
	var w []string
	switch {
	case len(c) >= 5 && len(c) <= 6 && c[3] == '-':
		v := c[4:]
		if !allDigits(v) || v[0] == '0' {
			return false
		}
		w = appendCardinal(appendPaired(nil, c[:3]), uint64(atoiSmall(v)))
	case len(c) == 3 || len(c) == 4 && c[3] == 's':
		prev := n.peek(-1)
		if prev != nil && (quantityPrev[prev.lower()] || labelPrev[prev.lower()] || strings.HasSuffix(prev.core, "$")) {
			return false
		}
		if next := n.peek(1); len(c) == 3 && t.post == "" && next != nil && strings.HasSuffix(next.lower(), "s") && nounAfterQuantity(next.lower()) {
			return false
		}
		if !(prev != nil && prev.post == "" && makers73[prev.lower()]) && !n.sentenceHas(aviation73) {
			return false
		}
		w = appendPaired(nil, c[:3])
		if len(c) == 4 {
			w[len(w)-1] = pluralWord(w[len(w)-1])
		}
	default:
		return false
	}
	n.by("model name")
	n.emit(t.raw, w...)
	return true
}

// makerPlural73 reads a maker's three-digit models in the plural in pairs, as the singular is
// read: "43 Embraer 175s" one seventy fives (it was one hundred seventy fives).
func (n *normalizer) makerPlural73(t *token) bool {
	d := t.core[:3]
	prev := n.peek(-1)
	if !allDigits(d) || d[0] == '0' || prev == nil || prev.post != "" || !makers73[prev.lower()] {
		return false
	}
	w := appendPaired(nil, d)
	w[len(w)-1] = pluralWord(w[len(w)-1])
	n.by("model name")
	n.emit(t.raw, w...)
	return true
}

// modelPlural73 reads a model of capitals and digits in the plural with the plural on the
// number, "42 Airbus A321s" a three twenty ones (it was a three twenty one s), after a maker or
// in a sentence of aircraft. It returns the tokens read.
func (n *normalizer) modelPlural73(t *token) int {
	c := t.core
	k := 0
	for k < len(c) && c[k] >= 'A' && c[k] <= 'Z' {
		k++
	}
	d := c[k : len(c)-1]
	if k == 0 || k > 3 || len(d) < 2 || len(d) > 4 || !allDigits(d) {
		return 0
	}
	prev := n.peek(-1)
	if !(prev != nil && prev.post == "" && makers73[prev.lower()]) && !n.sentenceHas(aviation73) {
		return 0
	}
	before := len(n.out)
	got := n.reread(t, c[:len(c)-1], t.post)
	if got > 0 && len(n.out) > before {
		if w := &n.out[len(n.out)-1]; !w.Letter {
			w.Text = pluralWord(w.Text)
		}
	}
	return got
}

// hullSymbols73 are hull classification symbols of the US Navy and Coast Guard and the
// designations of missiles and aircraft that stand before a number of three or four digits.
var hullSymbols73 = setOf(`ddg dd de cg cgn cv cva cvb cvn ssn ssbn ssgn lcs lha lhd lpd lsd ffg ff bb ca cl wpc
wmsl wmsm wmec wlb wagb ao aoe epf esb esd ake mcm lst ars ats aim agm rim bgm ugm mim lgm kc ec rc mc ac hc
ch uh ah mh hh sh`)

// designation73 reads a hull classification symbol or a missile's or aircraft's designation
// before a number of three or four digits with the number in pairs, as "KC-135" is read: "DDG-122"
// d d g one twenty two, "SSN-791", "AIM-120", "WPC-1136" w p c eleven thirty six, "T-AO-206" t a
// o two oh six (they were one hundred twenty two…). A round hundred or thousand ("DDG-1000")
// and other letters before a number ("ISO-9001", "ABC-12345") stay.
func (n *normalizer) designation73(t *token) bool {
	c := t.core
	i := strings.LastIndexByte(c, '-')
	if i <= 0 {
		return false
	}
	d, letters := c[i+1:], c[:i]
	if len(d) < 3 || len(d) > 4 || !allDigits(d) || d[0] == '0' || atoiSmall(d)%100 == 0 {
		return false
	}
	sym := letters
	if j := strings.LastIndexByte(letters, '-'); j >= 0 {
		sym = letters[j+1:]
	}
	for k := 0; k < len(letters); k++ {
		if ch := letters[k]; !(ch >= 'A' && ch <= 'Z' || ch == '-' && k > 0 && k < len(letters)-1) {
			return false
		}
	}
	if !hullSymbols73[strings.ToLower(sym)] {
		return false
	}
	n.by("designation")
	for k := 0; k < len(letters); k++ {
		if letters[k] != '-' {
			n.emitLetter(t.raw, string(rune(letters[k]+'a'-'A')))
		}
	}
	n.emit(t.raw, appendPaired(nil, d)...)
	return true
}

// yearIdent73 reads an identifier led by a year, where the group after the hyphen or en dash
// is one no span ends with (three digits or more with a leading zero, five or more, or three or
// four with letters after them): the year said as a year and the rest as round twenty-four reads
// "Ordinance 2023-08", a leading zero's digits and a long group's one by one, "1998-077A"
// nineteen ninety eight zero seven seven a, "FR Doc. 2014-17497", "2016–0051", and as the tables
// pin "Bill 2024-112" and "lots 2024-117", a shorter number as a count, "2023-154C" twenty twenty
// three one hundred fifty four c (they were spans). "2019-20" and "2014-2018" stay.
func (n *normalizer) yearIdent73(t *token) bool {
	c := t.core
	y := atoiSmall(c[:4])
	if !allDigits(c[:4]) || y < 1900 || y > 2099 {
		return false
	}
	rest := c[5:]
	if c[4] != '-' {
		var ok bool
		if rest, ok = strings.CutPrefix(c[4:], "–"); !ok {
			return false
		}
	}
	k := 0
	for k < len(rest) && isDigit(rest[k]) {
		k++
	}
	d, l := rest[:k], rest[k:]
	if len(l) > 3 || !isUpperWord(l) && l != "" {
		return false
	}
	digits := len(d) >= 3 && d[0] == '0' || len(d) >= 5
	if !digits && !(len(d) >= 3 && l != "") || len(d) > 8 {
		return false
	}
	n.by("identifier")
	if digits {
		n.emit(t.raw, appendDigitNames(appendYear(nil, y), d, false)...)
	} else {
		n.emit(t.raw, appendInteger(appendYear(nil, y), d)...)
	}
	for i := 0; i < len(l); i++ {
		n.emitLetter(t.raw, string(rune(l[i]+'a'-'A')))
	}
	return true
}

// dataWords73 mark a sentence of data links, where bps is bits per second.
var dataWords73 = setOf(`data modem modems baud channel channels link links serial bit bits bandwidth transmission
transmit transmits throughput kbps mbps network digital voice connection download upload packet packets`)

// nauticalWords73 mark a sentence of ships, aircraft or winds, where nm is nautical miles and a
// glued kt knots.
var nauticalWords73 = setOf(`knot knots kts kt range cruise cruising nautical ship ships vessel vessels aircraft jet
jets airliner flight flights sail sailed sailing steamed voyage runway mach altitude endurance ferry offshore
sea harbor coast navy naval boat boats yacht wind winds gust gusts gusted gusting airspeed hurricane storm`)

// capitalUnits73 are unit symbols printed in capitals on labels, read as the lower-case symbol.
var capitalUnits73 = map[string]string{"OZ": "oz", "OZS": "ozs", "LB": "lb", "LBS": "lbs"}

// afterNumber73 reads what a number's next token makes of it: bps as bits per second in a
// sentence of data ("9600 bps"; it was basis points), nm as nautical miles with ships or
// aircraft ("a range of 7,500 nm"; it was nanometers), OZ, LB and LBS in capitals as the
// symbols ("16 OZ jars" sixteen ounce jars; it was o z), an ordinal's ending set apart ("12 th
// Street" twelfth), and a decimal comma before million ("170,3 million"). It returns the tokens
// read.
func (n *normalizer) afterNumber73(t *token) int {
	nx := n.peek(1)
	if nx == nil || nx.pre != "" || nx.core == "" {
		return 0
	}
	c := t.core
	switch nx.core {
	case "bps":
		num, rest, ok := scanNumber(c)
		// Bits per second run from 300 up; a rate cut's basis points are asked no further.
		if v, vok := num.value(); !ok || rest != "" || num.neg || num.hasPoint || !vok || v < 300 || !n.sentenceHas(dataWords73) {
			return 0
		}
		n.by("number and unit")
		n.emit(t.raw, appendNumber(nil, num)...)
		n.emit(nx.raw, "bits", "per", "second")
		return 2
	case "nm":
		num, rest, ok := scanNumber(c)
		if !ok || rest != "" || num.neg || !n.sentenceHas(nauticalWords73) {
			return 0
		}
		n.emitNautical73(t, nx, num, n.peek(2))
		return 2
	case "OZ", "OZS", "LB", "LBS":
		if i := n.i + 1; i < len(n.toks) && &n.toks[i] == nx {
			oc := nx.core
			nx.core = capitalUnits73[oc]
			k := n.lowerCaps73(2, n.token)
			nx.core = oc
			return k
		}
	case "st", "nd", "rd", "th":
		if len(c) > 3 || !allDigits(c) || c[0] == '0' || ordinalSuffix73(atoiSmall(c)) != nx.core {
			return 0
		}
		n.by("ordinal")
		n.emit(t.raw, appendOrdinal(nil, c)...)
		n.emit(nx.raw)
		return 2
	}
	if i := strings.IndexByte(c, ','); i > 0 && i <= 3 && len(c)-i-1 >= 1 && len(c)-i-1 <= 2 && allDigits(c[:i]) && allDigits(c[i+1:]) {
		switch nx.lower() {
		case "million", "billion", "trillion", "mn", "bn":
			return n.reread(t, c[:i]+"."+c[i+1:], t.post)
		}
	}
	return 0
}

// ordinalSuffix73 is the ending an ordinal's figures take: 1st, 2nd, 3rd, 4th, 11th.
func ordinalSuffix73(v int) string {
	if v%100 >= 11 && v%100 <= 13 {
		return "th"
	}
	switch v % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// emitNautical73 says a distance in nautical miles, "nautical mile" before the noun an article
// introduces ("a 3,000 nm range").
func (n *normalizer) emitNautical73(t, unitTok *token, num number, after *token) {
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	if articleBeforeNoun(n.peek(-1), after) || num.isOne() {
		n.emit(unitTok.raw, "nautical", "mile")
		return
	}
	n.emit(unitTok.raw, "nautical", "miles")
}

// gluedUnit73 reads a unit glued to its number by the register's sense: "7,500nm" with ships or
// aircraft nautical miles, "100kt" with winds or aircraft knots (a jeweller's 18kt stays),
// "3.5OZ" and "5LB" in capitals as the symbols, and a 14er or 13er a fourteener or thirteener.
// It returns the tokens read.
func (n *normalizer) gluedUnit73(t *token) int {
	c := t.core
	switch {
	case c == "14er" || c == "13er":
		n.by("word")
		n.emit(t.raw, map[string]string{"14er": "fourteener", "13er": "thirteener"}[c])
		return 1
	case strings.HasSuffix(c, "nm") || strings.HasSuffix(c, "kt"):
		num, rest, ok := scanNumber(c)
		if !ok || rest != "nm" && rest != "kt" || num.neg || !n.sentenceHas(nauticalWords73) {
			return 0
		}
		if rest == "nm" {
			n.emitNautical73(t, t, num, n.peek(1))
			return 1
		}
		if next := n.peek(1); next != nil && (next.lower() == "gold" || next.lower() == "white" || next.lower() == "yellow" || next.lower() == "rose") {
			return 0
		}
		n.by("number and unit")
		n.emit(t.raw, appendNumber(nil, num)...)
		if articleBeforeNoun(n.peek(-1), n.peek(1)) || num.isOne() {
			n.emit(t.raw, "knot")
		} else {
			n.emit(t.raw, "knots")
		}
		return 1
	}
	num, rest, ok := scanNumber(c)
	if !ok || num.neg || capitalUnits73[rest] == "" {
		return 0
	}
	return n.lowerCaps73(1, func() int { return n.reread(t, c[:len(c)-len(rest)]+capitalUnits73[rest], t.post) })
}

// lowerCaps73 runs read with the word in capitals at offset off from the token read in lower
// case, so a label printed in capitals ("16 OZ JARS") is measured as its words are.
func (n *normalizer) lowerCaps73(off int, read func() int) int {
	i := n.i + off
	if i >= len(n.toks) || len(n.toks[i].core) < 2 || !isUpperWord(n.toks[i].core) {
		return read()
	}
	tk := &n.toks[i]
	oc := tk.core
	tk.core = strings.ToLower(oc)
	k := read()
	tk.core = oc
	return k
}

// scaleCurrency73 reads an ISO currency code after a number and its scale word as the
// currency's name, as "10 USD" is read: "10.8 million GBP" ten point eight million pounds,
// "4,25 billion EUR" (the code was spelled, g b p). Before the noun an article introduces, the
// singular: "a 15 million GBP estimate". It returns the tokens read.
func (n *normalizer) scaleCurrency73(t *token) int {
	switch t.lower() {
	case "million", "billion", "trillion":
	default:
		return 0
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || t.post != "" || next.pre != "" || !startsNumeric(prev.core) {
		return 0
	}
	cur, ok := currencyCodes[next.core]
	if !ok || next.core == "Rs" {
		return 0
	}
	name := cur.plural
	if articleBeforeNoun(n.peek(-2), n.peek(2)) {
		name = cur.sing
	}
	n.by("money")
	n.emit(t.raw, t.lower())
	n.emit(next.raw, strings.Fields(name)...)
	return 2
}

// gpoNouns73 follow a single-digit ordinal in the style of the Government Printing Office.
var gpoNouns73 = setOf(`session congress infantry division battalion regiment brigade corps army fleet wing airborne
armored cavalry marine marines district circuit cir edition ed lt lieutenant class street avenue ave squadron group
company platoon`)

// gpoOrdinal73 reads an ordinal in the Government Printing Office's style, d after a number
// ending in 2 or 3, before a capitalized name: "2d Session" second session, "3d Infantry", "82d
// Airborne", "63d Edition" (it was two d). A single digit needs a name of that style's nouns
// after it, so "a 3d printer" stays.
func (n *normalizer) gpoOrdinal73(t *token) bool {
	d := t.core[:len(t.core)-1]
	if !allDigits(d) || d[0] == '0' || len(d) > 3 {
		return false
	}
	v := atoiSmall(d)
	if v%100 == 12 || v%100 == 13 {
		return false
	}
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || !isCapitalized(next.core) {
		return false
	}
	if len(d) == 1 && !gpoNouns73[next.lower()] {
		return false
	}
	n.by("ordinal")
	n.emit(t.raw, appendOrdinal(nil, d)...)
	return true
}

// labelWords73 are labels of a document's parts numbered with a hyphen, "Table 2-8".
var labelWords73 = setOf(`table tables figure figures fig figs exhibit exhibits chart charts plate plates equation
equations eq eqs appendix`)

// labelNumber73 reads a number, a hyphen and a number after a capitalized label of a
// document's part as the label's number, the hyphen unsaid, as "tables A-1" is read: "Table 2-8"
// table two eight, "Figure 3-2", "Table 2-7a", and after and in "Tables 2-8 and 2-9" (they were
// spans, two to eight). A span before a unit or percent stays.
func (n *normalizer) labelNumber73(t *token) bool {
	c := t.core
	i := strings.IndexByte(c, '-')
	a, b := c[:i], c[i+1:]
	letter := ""
	if b != "" && b[len(b)-1] >= 'a' && b[len(b)-1] <= 'z' {
		letter, b = b[len(b)-1:], b[:len(b)-1]
	}
	if !allDigits(a) || b == "" || len(b) > 3 || !allDigits(b) || a[0] == '0' {
		return false
	}
	prev := n.peek(-1)
	if prev == nil {
		return false
	}
	isLabel := func(p *token) bool {
		return p != nil && p.post == "" && p.core != "" && p.core[0] >= 'A' && p.core[0] <= 'Z' && labelWords73[p.lower()]
	}
	if !isLabel(prev) {
		l := prev.lower()
		before := n.peek(-2)
		if l != "and" && l != "or" || before == nil || !isLabel(n.peek(-3)) || strings.IndexByte(before.core, '-') <= 0 {
			return false
		}
	}
	if next := n.peek(1); next != nil && t.post == "" {
		if l := next.lower(); l == "percent" || l == "%" || unitNames[l] {
			return false
		}
	}
	n.by("label number")
	w := appendInteger(appendInteger(nil, a), b)
	n.emit(t.raw, w...)
	if letter != "" {
		n.emitLetter(t.raw, letter)
	}
	return true
}

// unitWord73 reads a unit's symbol or an abbreviation set apart after what it measures: shp
// after a number shaft horsepower (it was s h p), wt% weight percent, and Rev. before a
// revision's code or number revision (it was reverend, which stays before a name).
func (n *normalizer) unitWord73(t *token) bool {
	prev, next := n.peek(-1), n.peek(1)
	switch t.core {
	case "shp":
		if prev == nil || prev.post != "" || !startsNumeric(prev.core) {
			return false
		}
		n.by("unit")
		n.emit(t.raw, "shaft", "horsepower")
		return true
	case "wt", "wt%":
		if prev == nil || prev.post != "" || !startsNumeric(prev.core) || t.core == "wt" && t.post != "%" {
			return false
		}
		n.by("unit")
		n.emit(t.raw, "weight", "percent")
		return true
	case "Rev":
		if t.post != "." || next == nil || next.core == "" || next.pre != "" {
			return false
		}
		nc := next.core
		k := 0
		for k < len(nc) && k < 2 && nc[k] >= 'A' && nc[k] <= 'Z' {
			k++
		}
		if k == len(nc) || !isDigit(nc[k]) || strings.IndexByte(nc, ':') >= 0 {
			return false // "Rev. 3:20" is a verse of Revelation
		}
		n.by("abbreviation")
		n.emit(t.raw, "revision")
		return true
	}
	return false
}

// gunAbbrevsAfter73 reads up to two of a cartridge's abbreviations glued on after a caliber t
// (".300 Win Mag": winchester magnum) and returns how many tokens the
// caliber and they take (round ninety's dashed cartridges read them alike).
func (n *normalizer) gunAbbrevsAfter73(t *token) int {
	k := 1
	for cur := t; k < 3 && cur.post == ""; k++ {
		nx := n.peek(k)
		if nx == nil || nx.pre != "" || gunAbbrev73[nx.lower()] == "" {
			break
		}
		n.emit(nx.raw, gunAbbrev73[nx.lower()])
		cur = nx
	}
	return k
}
