package text

import (
	"strings"
)

// round8Token runs the round-eight readers of issue 18 (elapsed race times, shift hours with a
// and p, engine sizes, m for million before a count, pence over a unit, a numeral after a game
// title, HR in baseball); it returns the tokens consumed, 0 when none applies.
func (n *normalizer) round8Token(t *token) int {
	c := t.core
	if c == "" || c[0] >= 0x80 && !isDash(c) && !strings.HasPrefix(c, "£") {
		return 0
	}
	if isDigit(c[0]) {
		if n.may(shSlash) {
			if k := n.moneyPerSquare(t); k > 0 { // "/sq"
				return k
			}
		}
		if n.may(shColon) && n.elapsedTime(t) || n.shiftHours(t) || n.may(shSlash) && n.penceOverUnit(t) {
			return 1
		}
		if k := n.engineSize(t); k > 0 {
			return k
		}
		return n.millionBeforeCount(t)
	}
	if isDash(c) && n.shiftDash() {
		return 1
	}
	if strings.HasPrefix(c, "£") || c[0] == '$' || strings.HasPrefix(c, "€") {
		if k := n.moneyPerSquare(t); k > 0 {
			return k
		}
		return n.moneySpacedM(t)
	}
	if n.may(shUpper) && (n.homeRun(t) || n.titleNumeral(t)) { // "HR", "V", "X"
		return 1
	}
	return 0
}

// isDash reports a token that is only a dash.
func isDash(s string) bool {
	switch s {
	case "-", "–", "—", "‒":
		return true
	}
	return false
}

// clockPrepositions come before a time of day, not a time taken: "at 2:00:05".
var clockPrepositions = setOf("at until till til by from since before after around")

// elapsedTime reads a time taken, as a sports reader does, where the clock reading would be
// wrong: "2:00:05" two hours and five seconds (not "two o'clock"), "1:00:00" one hour,
// "26:14:03" twenty six fourteen and three seconds (an ultra run past a day's hours), "0:58.2"
// fifty eight point two. Times of day ("at 2:00:05", "2:00:05 pm") are left to the clock.
func (n *normalizer) elapsedTime(t *token) bool {
	c := t.core
	if len(c) < 6 || !strings.Contains(c, ":") {
		return false
	}
	if m, ok := strings.CutPrefix(c, "0:"); ok {
		// "0:58.2": minutes zero, seconds and tenths.
		if len(m) < 4 || m[2] != '.' || !allDigits(m[:2]) || !allDigits(m[3:]) || atoiSmall(m[:2]) > 59 {
			return false
		}
		n.by("elapsed time")
		n.emit(t.raw, appendIntegerValue(nil, m[:2])...)
		n.emit(t.raw, "point")
		n.emit(t.raw, appendDigitNames(nil, m[3:], false)...)
		return true
	}
	parts := strings.Split(c, ":")
	if len(parts) == 2 && len(parts[1]) > 3 && parts[1][:2] == "00" && parts[1][2] == '.' && allDigits(parts[0]) && len(parts[0]) <= 2 && allDigits(parts[1][3:]) {
		// "1:00.5": a whole minute and a fraction, "one oh oh point five".
		n.by("elapsed time")
		n.emit(t.raw, appendIntegerValue(nil, parts[0])...)
		n.emit(t.raw, "oh", "oh", "point")
		n.emit(t.raw, appendDigitNames(nil, parts[1][3:], false)...)
		return true
	}
	if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) != 2 || len(parts[2]) != 2 {
		return false
	}
	for _, p := range parts {
		if !allDigits(p) {
			return false
		}
	}
	h, m, s := atoiSmall(parts[0]), atoiSmall(parts[1]), atoiSmall(parts[2])
	if h == 0 || m > 59 || s > 59 {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && meridiem(next.core) != "" {
		return false
	}
	if prev := n.peek(-1); prev != nil && clockPrepositions[prev.lower()] && h <= 24 {
		return false
	}
	if m != 0 && h <= 24 {
		return false // the clock's reading already is the sports reader's: "two oh one and nine seconds"
	}
	if m == 0 && s == 0 && h >= 10 && h <= 24 {
		return false // "18:00:00" is a timestamp's hour more often than a race run in whole hours
	}
	n.by("elapsed time")
	w := appendUnder100(nil, h)
	switch {
	case m == 0:
		w = append(w, plural(h == 1, "hour", "hours"))
	case m < 10:
		w = append(w, "oh", onesWords[m])
	default:
		w = appendUnder100(w, m)
	}
	if s > 0 {
		w = append(w, "and")
		w = appendUnder100(w, s)
		w = append(w, plural(s == 1, "second", "seconds"))
	}
	n.emit(t.raw, w...)
	return true
}

// apHour parses an hour with a or p for am and pm, as shift rotas and opening hours write
// them: "7a", "11p", "7:30a". It returns the clock words and the letter.
func apHour(s string) ([]string, byte, bool) {
	if len(s) < 2 {
		return nil, 0, false
	}
	l := s[len(s)-1]
	if l != 'a' && l != 'p' {
		return nil, 0, false
	}
	w, ok := clockTime(s[:len(s)-1], true)
	if !ok {
		if !allDigits(s[:len(s)-1]) || len(s) > 3 {
			return nil, 0, false
		}
		h := atoiSmall(s[:len(s)-1])
		if h < 1 || h > 12 {
			return nil, 0, false
		}
		w = appendUnder100(nil, h)
	}
	return w, l, true
}

// rangeJoiners join two hours of a span: "7a–7p", "9a to 5p", "between 9a and 5p".
var rangeJoiners = setOf("- – — to and until till thru through")

// apSpan reports a sentence that writes hours with a and p: two such hours joined as a span
// ("7a–7p", "between 9a and 5p") with at least one a. Two p's alone are pence ("50p-75p").
// The search is bounded to a window round the token.
func (n *normalizer) apSpan() bool {
	lo, hi := max(0, n.i-12), min(len(n.toks), n.i+13)
	for k := lo; k < hi; k++ {
		c := n.toks[k].core
		if a, b, ok := strings.Cut(c, "-"); ok {
			if spanOfAP(a, b) {
				return true
			}
			continue
		}
		_, la, ok := apHour(c)
		if !ok {
			continue
		}
		j := k + 1
		if j < hi && rangeJoiners[strings.ToLower(n.toks[j].core)] {
			j++
		}
		if j < hi && j > k {
			if _, lb, ok := apHour(n.toks[j].core); ok && (la == 'a' || lb == 'a') {
				return true
			}
		}
	}
	return false
}

// spanOfAP reports two a/p hours, one with an a: "7a", "7p".
func spanOfAP(a, b string) bool {
	_, la, ok1 := apHour(a)
	_, lb, ok2 := apHour(b)
	return ok1 && ok2 && (la == 'a' || lb == 'a')
}

// shiftHours reads hours with a and p in a sentence that writes a span of them: "7a–7p" seven
// a m to seven p m, "Shifts run 7a-3p, 3p-11p" (the second span too), "between 9a and 5p". A
// lone "7a" (Section 7a) and pence ("50p") are left alone.
func (n *normalizer) shiftHours(t *token) bool {
	c := t.core
	if a, b, ok := strings.Cut(c, "-"); ok {
		wa, la, ok1 := apHour(a)
		wb, lb, ok2 := apHour(b)
		if !ok1 || !ok2 || !n.apSpan() {
			return false
		}
		n.by("hours with a and p")
		n.emitAP(t.raw, wa, la)
		n.emit(t.raw, "to")
		n.emitAP(t.raw, wb, lb)
		return true
	}
	w, l, ok := apHour(c)
	if !ok || !n.apSpan() {
		return false
	}
	n.by("hours with a and p")
	n.emitAP(t.raw, w, l)
	return true
}

// emitAP says an hour and the meridiem its a or p stands for.
func (n *normalizer) emitAP(src string, w []string, l byte) {
	n.emit(src, w...)
	n.emitLetter(src, string(l))
	n.emitLetter(src, "m")
}

// shiftDash reads a dash the tokenizer split off between two a/p hours as "to".
func (n *normalizer) shiftDash() bool {
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil {
		return false
	}
	_, la, ok1 := apHour(prev.core)
	_, lb, ok2 := apHour(next.core)
	if !ok1 || !ok2 || !(la == 'a' || lb == 'a' || n.apSpan()) {
		return false
	}
	n.by("hours with a and p")
	n.emit(n.peek(0).raw, "to")
	return true
}

// engineWords follow an engine's size: "a 2.0L turbo", "the 1.5L engine", "a 5.7L V8".
var engineWords = setOf(`engine engines motor motors turbo turbocharged turbodiesel diesel petrol gas gasoline
hybrid inline straight flat boxer ecoboost tsi tfsi tdi vtec hemi`)

// engineCode reports a cylinder layout: V8, V6, I4, W12, H4.
func engineCode(s string) bool {
	if len(s) < 2 || len(s) > 3 || !strings.ContainsRune("VIWH", rune(s[0])) || !allDigits(s[1:]) {
		return false
	}
	v := atoiSmall(s[1:])
	return v >= 2 && v <= 16
}

// engineSize reads an engine's displacement as a car reviewer does, before a word of engines
// or a cylinder layout: "2.0L turbo" two point oh liter turbo, "the 5.7L V8" five point seven
// liter v eight. "Drink 2L a day" and "2.0 GPA" are left to the other readers.
func (n *normalizer) engineSize(t *token) int {
	c := t.core
	if len(c) < 3 || c[1] != '.' || !isDigit(c[0]) || !isDigit(c[2]) || t.post != "" {
		return 0
	}
	unit, k := "", 1
	switch strings.ToLower(c[3:]) {
	case "l", "-l", "-liter", "-litre":
		unit = "liter"
		if strings.HasSuffix(c, "litre") {
			unit = "litre"
		}
	case "":
		if l := n.peek(1); l != nil && l.pre == "" && l.post == "" && l.core == "L" {
			unit, k = "liter", 2
		}
	}
	next := n.peek(k)
	if unit == "" || next == nil || next.pre != "" || !(engineWords[next.lower()] || engineCode(next.core)) {
		return 0
	}
	n.by("engine size")
	n.emit(t.raw, onesWords[c[0]-'0'], "point")
	if c[2] == '0' {
		n.emit(t.raw, "oh")
	} else {
		n.emit(t.raw, onesWords[c[2]-'0'])
	}
	n.emit(t.raw, unit)
	return k
}

// penceOverUnit reads pence over a unit: "80p/kg" eighty pence per kilogram, "28p/kWh",
// "85p/ea" each; a word after the slash that is no unit or time is left alone.
func (n *normalizer) penceOverUnit(t *token) bool {
	c := t.core
	i := strings.Index(c, "p/")
	if i < 1 {
		return false
	}
	num, rest, ok := scanNumber(c[:i])
	if !ok || rest != "" || num.neg || num.plus || num.commas {
		return false
	}
	per, ok := perWord(c[i+1:])
	if !ok || per[0] == "per" && !knownPerUnit(c[i+2:]) {
		return false
	}
	n.by("pence over a unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(num.isOne(), "penny", "pence"))
	n.emit(t.raw, per...)
	return true
}

// knownPerUnit reports a unit or a time a price is quoted over, not any word after a slash.
func knownPerUnit(w string) bool {
	if _, ok := perOnly[w]; ok {
		return true
	}
	if _, ok := unitWord(w, false); ok {
		return true
	}
	return perTime[w] != "" || pricedPer[strings.ToLower(w)]
}

// pricedPer are words a price is quoted over, spelled out: "55p/litre", "£2/bag".
var pricedPer = setOf("litre liter kilo kilogram gram pound unit item piece hour day week month year night person head bag box pack dozen bottle can bunch sheet page word minute text call")

// squareUnits name an area after "sq": "£25/sq ft".
var squareUnits = map[string]string{"ft": "foot", "m": "meter", "yd": "yard", "in": "inch", "mi": "mile", "km": "kilometer"}

// moneyPerSquare reads a price over an area written with "sq" and a spaced unit: "£25/sq ft"
// twenty five pounds per square foot.
func (n *normalizer) moneyPerSquare(t *token) int {
	c := t.core
	body, ok := strings.CutSuffix(c, "/sq")
	if !ok || t.post != "" {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || squareUnits[next.core] == "" {
		return 0
	}
	if _, _, ok := leadingCurrency(body); !ok {
		if _, rest, ok := scanNumber(body); !ok || rest != "p" {
			return 0
		}
	}
	sub := *t
	sub.core = body
	start := len(n.out)
	if strings.HasSuffix(body, "p") && isDigit(body[0]) {
		num, _, _ := scanNumber(body)
		n.emit(t.raw, appendNumber(nil, num)...)
		n.emit(t.raw, plural(num.isOne(), "penny", "pence"))
	} else if !n.money(&sub, body) || len(n.out) == start {
		return 0
	}
	n.by("price over an area")
	n.emit(next.raw, "per", "square", squareUnits[next.core])
	return 2
}

// countNouns are things counted in millions: after one of them "1.2m" is million, not meters.
var countNouns = setOf(`people persons views viewers downloads users subscribers followers residents customers
visitors listeners streams plays likes shares votes voters jobs homes households copies units barrels
passengers patients cases deaths doses members fans tickets accounts devices vehicles cars children adults
workers employees students tourists refugees migrants readers signatures clicks impressions installs orders
shipments songs tweets posts messages emails calls applications claims inhabitants citizens americans
britons shares miles bbl bbls bbl/d b/d bpd tonnes teu teus containers boxes parcels packages`)

// countTotals name a total counted in millions before it: "a population of 1.2m".
var countTotals = setOf(`population audience viewership readership circulation subscribers users followers
residents visitors viewers downloads views streams households customers members votes signatures`)

// afterCountTotal may follow a total in millions: "rose to 1.2m last year", "from 1.1m to 1.2m".
var afterCountTotal = setOf("and or to last this in on by since after before a per but")

// countBefore reports a word naming a total counted within the three tokens before.
func (n *normalizer) countBefore() bool {
	for k := -1; k >= -3; k-- {
		p := n.peek(k)
		if p == nil {
			return false
		}
		if countTotals[p.lower()] {
			return true
		}
		if p.post != "" && k < -1 {
			return false
		}
	}
	return false
}

// millionBeforeCount reads a lower-case m after a number as million before a word of things
// counted ("1.2m views" one point two million views, "2m downloads") or after a total counted
// ("a population of 1.2m."); "1.2m tall", "the 400m hurdles", "2m of cable" and "people
// stood 2m apart" stay meters.
func (n *normalizer) millionBeforeCount(t *token) int {
	c := t.core
	k := 1
	var num number
	if strings.HasSuffix(c, "m") {
		var rest string
		var ok bool
		num, rest, ok = scanNumber(c)
		if !ok || rest != "m" {
			return 0
		}
	} else {
		var rest string
		var ok bool
		num, rest, ok = scanNumber(c)
		m := n.peek(1)
		if !ok || rest != "" || t.post != "" || m == nil || m.core != "m" || m.pre != "" {
			return 0
		}
		k = 2
	}
	if num.neg || num.plus {
		return 0
	}
	next := n.peek(k)
	last := n.peek(k - 1)
	counted := next != nil && next.pre == "" && last.post == "" && countNouns[next.lower()]
	if !counted && !n.countBefore() {
		return 0
	}
	if !counted && !(next == nil || last.post != "" || afterCountTotal[next.lower()]) {
		return 0 // "stay 2m apart", "1.8m tall": a length
	}
	n.by("million before a count")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "million")
	return k
}

// baseballWords place HR in baseball: "hit his 40th HR", "a solo HR in the 9th".
var baseballWords = setOf(`homer homers homered inning innings rbi rbis mlb pitcher pitchers pitch batter batters
batting slugger slugging walk-off walkoff leadoff solo two-run three-run grand slam dinger bullpen dugout
ballpark outfield outfielder shortstop baseball yankees dodgers mets cubs red sox braves astros phillies
mariners padres giants orioles rays guardians tigers twins royals rangers angels athletics brewers
cardinals pirates reds rockies diamondbacks marlins nationals`)

// hitVerbs before HR make it a home run: "hit his 40th HR", "belted a HR".
var hitVerbs = setOf("hit hits hitting belted belts blasted blasts smacked crushed launched clubbed slugged socked swatted added")

// homeRun reads HR as a home run in a sentence about baseball ("hit his 40th HR", "2-for-4
// with a HR") and after a number elsewhere as hours ("40 HR per week"); HR alone stays
// spelled (human resources, heart rate).
func (n *normalizer) homeRun(t *token) bool {
	c := t.core
	if c != "HR" && c != "HRs" {
		return false
	}
	prev := n.peek(-1)
	if n.baseballNear() || prev != nil && prev.post == "" && isOrdinalNumeral(prev.core) {
		n.by("home run")
		one := c == "HR" && (prev == nil || !startsNumeric(prev.core) || prev.core == "1" || isOrdinalNumeral(prev.core))
		n.emit(t.raw, "home", plural(one, "run", "runs"))
		return true
	}
	if c != "HR" || prev == nil || prev.post != "" || !allDigits(prev.core) {
		return false
	}
	n.by("hours after a number")
	next := n.peek(1)
	adjective := next != nil && t.post == "" && isLetterWord(next.core) && next.core == next.lower() && !notAfterHourAdjective[next.core]
	n.emit(t.raw, plural(prev.core == "1" || adjective, "hour", "hours"))
	return true
}

// notAfterHourAdjective are words after "40 HR" that leave it a count of hours ("40 HR per
// week", "12 HR last night"); another lower-case word makes it an adjective ("24 HR service").
var notAfterHourAdjective = setOf("per a an each every of in on at to for from and or but with without last this next that ago total straight so is are was were a week day weekly daily")

// baseballNear reports a word of baseball within a few tokens, or a hit verb just before.
func (n *normalizer) baseballNear() bool {
	for k := -8; k <= 8; k++ {
		p := n.peek(k)
		if k == 0 || p == nil {
			continue
		}
		l := p.lower()
		if baseballWords[l] || k < 0 && k >= -4 && hitVerbs[l] {
			return true
		}
		if a, b, ok := strings.Cut(l, "-for-"); ok && allDigits(a) && allDigits(b) && a != "" && b != "" {
			return true // "2-for-4": a batting line
		}
	}
	return false
}

// titleWords are titles whose sequels are numbered with a lone V or X: "Final Fantasy X".
var titleWords = setOf("fantasy rocky civilization evil saw quest kombat fighter auto persona")

// notTitles are acronyms a lone V follows as volts: "set the meter to DC V".
var notTitles = setOf("AC DC RMS VAC VDC")

// titleNumeral reads a lone V or X after a game or film title as a number: "GTA V" g t a five,
// "Final Fantasy X" final fantasy ten. The title is a known title word, or for V an acronym said
// letter by letter; "Plan V", "exit V" and "USA V Canada" (versus) keep the letter.
func (n *normalizer) titleNumeral(t *token) bool {
	c, poss := t.core, ""
	if b, ok := strings.CutSuffix(strings.ReplaceAll(c, "’", "'"), "'s"); ok {
		c, poss = b, "'s" // "GTA V's map"
	}
	if c != "V" && c != "X" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" {
		return false
	}
	p := prev.core
	known := titleWords[strings.ToLower(p)] && isCapitalized(p)
	// X after an acronym is too often the network ("the NFL X account"): only V there.
	acronym := c == "V" && len(p) >= 2 && len(p) <= 4 && isUpperWord(p) && !notTitles[p] && !n.wordLike(p)
	if !known && !acronym {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && poss == "" && isCapitalized(next.core) && !known {
		return false // "USA V Canada": versus
	}
	n.by("numeral after a title")
	if c == "V" {
		n.emit(t.raw, "five"+poss)
	} else {
		n.emit(t.raw, "ten"+poss)
	}
	return true
}

// wordLike reports an acronym said as a word (NASA), which is no game title's short form here.
func (n *normalizer) wordLike(s string) bool {
	return n.opts.IsWord != nil && len(s) > 3 && n.opts.IsWord(strings.ToLower(s))
}

// moneySpacedM reads a spaced m after a sum of money as million: "$1.2 m" one point two million
// dollars (as "$1.2m" is).
func (n *normalizer) moneySpacedM(t *token) int {
	cur, rest, ok := leadingCurrency(t.core)
	if !ok || t.post != "" {
		return 0
	}
	num, tail, ok := scanNumber(rest)
	next := n.peek(1)
	if !ok || tail != "" || num.neg || num.plus || next == nil || next.pre != "" || next.core != "m" {
		return 0
	}
	n.by("money in millions")
	n.emit(t.raw, appendMoney(nil, num, cur, "million")...)
	return 2
}
