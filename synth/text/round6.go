package text

import (
	"strings"
	"unicode/utf8"
)

// Round six of issue 18: readers found by held-out set 6 and the leftovers of round five.

// keyNames are keyboard keys as people say them in a shortcut ("Ctrl+Shift+R" control shift r).
var keyNames = map[string]string{
	"ctrl": "control", "control": "control", "shift": "shift", "alt": "alt", "cmd": "command",
	"command": "command", "opt": "option", "option": "option", "win": "windows", "super": "super",
	"meta": "meta", "fn": "function", "esc": "escape", "escape": "escape", "del": "delete",
	"delete": "delete", "tab": "tab", "enter": "enter", "return": "return", "space": "space",
	"home": "home", "end": "end", "ins": "insert", "insert": "insert", "pgup": "page up",
	"pgdn": "page down", "backspace": "backspace", "up": "up", "down": "down", "left": "left", "right": "right",
	"⌘": "command", "⌥": "option", "⇧": "shift", "⌃": "control",
}

// keyModifiers are the keys a shortcut begins with.
var keyModifiers = setOf("ctrl control shift alt cmd command opt option win super meta fn ⌘ ⌥ ⇧ ⌃")

// keyCombo reads a keyboard shortcut whose keys are joined by "+" (or "-" after Ctrl, Cmd…):
// "Ctrl+Shift+R" control shift r, "Alt+F4" alt f four, "Cmd-C" command c. The joiner is not
// read, as people say shortcuts. It reports whether it did.
func (n *normalizer) keyCombo(t *token) bool {
	s := t.core
	i := speedPlusMinusIndex(s)
	if i <= 0 || i > len("command") || !strings.ContainsRune("cCsSaAoOwWmMfF\u2318\u2325\u21e7\u2303", firstRune(s)) || !keyModifiers[strings.ToLower(s[:i])] {
		return false // most tokens: no joiner, or no modifier before it
	}
	sep := "+"
	if !strings.Contains(s, "+") {
		sep = "-"
	}
	parts := strings.Split(s, sep)
	if len(parts) < 2 || len(parts) > 5 || !keyModifiers[strings.ToLower(parts[0])] {
		return false
	}
	var words [][]string
	for _, p := range parts {
		l := strings.ToLower(p)
		switch {
		case keyNames[l] != "":
			words = append(words, strings.Fields(keyNames[l]))
		case len(p) == 1 && (isASCIILetter(rune(p[0])) || isDigit(p[0])):
			words = append(words, []string{"\x00" + l}) // a letter or digit key
		case len(p) >= 2 && len(p) <= 3 && (p[0] == 'F' || p[0] == 'f') && allDigits(p[1:]) && atoiSmall(p[1:]) >= 1 && atoiSmall(p[1:]) <= 24:
			words = append(words, append([]string{"\x00f"}, appendInteger(nil, p[1:])...))
		default:
			return false
		}
	}
	n.by("keyboard shortcut")
	for _, w := range words {
		for _, x := range w {
			switch {
			case strings.HasPrefix(x, "\x00") && isDigit(x[1]):
				n.emit(t.raw, onesWordsOrZero(x[1]))
			case strings.HasPrefix(x, "\x00"):
				n.emitLetter(t.raw, x[1:])
			default:
				n.emit(t.raw, x)
			}
		}
	}
	return true
}

// maskedDigits reads the visible end of a masked number: "****4417", "•••• 4417" and
// "xxxx-xxxx-1234" and "...4410" are read as the digits shown, one by one; the mask is not read. It reports
// whether it did.
func (n *normalizer) maskedDigits(t *token) bool {
	mask := strings.Count(t.pre, "*")
	core := t.core
	if mask >= 1 && mask <= 3 && n.emphasisCloses(t, mask) {
		return false // "**100 %**": Markdown emphasis around a number, not a mask (round 38)
	}
	if c, ok := strings.CutPrefix(core, "..."); ok && t.pre == "" {
		mask, core = 3, c // "checking ...4410"
	} else if c, ok := strings.CutPrefix(core, "…"); ok && t.pre == "" {
		mask, core = 3, c
	}
	if mask >= 2 && strings.HasPrefix(core, "-") {
		mask = 0 // "***-**-6789": the mask goes on after a hyphen, counted below (round 15)
		core = strings.Repeat("*", strings.Count(t.pre, "*")) + core
	}
	if mask < 2 {
		// A mask of letters or bullets inside the core: "xxxx-xxxx-1234", "••••4417".
		k := 0
		for k < len(core) {
			switch {
			case core[k] == 'x' || core[k] == 'X' || core[k] == '*' || core[k] == '-':
				k++
				if core[k-1] != '-' {
					mask++
				}
				continue
			case strings.HasPrefix(core[k:], "•"):
				k += len("•")
				mask++
				continue
			}
			break
		}
		if mask < 3 || k == 0 {
			return false
		}
		core = core[k:]
	}
	if len(core) < 2 || len(core) > 6 || !allDigits(core) {
		return false
	}
	n.by("masked number")
	n.debug("mask not read", "token", t.raw)
	n.emit(t.raw, appendDigitNames(nil, core, false)...)
	return true
}

// eachAfterPrice reads "ea" after a price or a count as "each": "$4.99 ea.", "2 ea".
func (n *normalizer) eachAfterPrice(t *token) bool {
	if t.core != "ea" && t.core != "EA" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !startsNumeric(prev.core) && strings.IndexAny(prev.core, "$£€¥") != 0 {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "each")
	n.absorbed = strings.HasPrefix(t.post, ".") && !n.isLast(0)
	return true
}

// lowerVersion reads "v" glued to a whole number as a version: "(v2)" version two, "v10". Only
// the lower-case letter: "V8" and "V2" are names of engines and rockets.
func (n *normalizer) lowerVersion(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 4 || c[0] != 'v' || !allDigits(c[1:]) || c[1] == '0' {
		return false
	}
	if prev := n.peek(-1); prev != nil && prev.post == "" && startsNumeric(prev.core) {
		return false // "4 v4": a count and a label
	}
	n.by("version")
	n.emit(t.raw, "version")
	n.emit(t.raw, appendInteger(nil, c[1:])...)
	n.versionAt = n.i
	return true
}

// oneOnOneNext are words after "1:1" that make it a meeting ("a 1:1 call"); ratioNext make it
// a ratio ("a 1:1 mix").
var (
	oneOnOneNext = setOf("meeting meetings call calls session sessions chat chats coaching interview interviews with tutoring time support mentoring check-in review")
	ratioNext    = setOf("ratio ratios scale mix mixture copy copies replica replicas mapping correspondence match aspect exchange split basis")
)

// oneOnOne reads "1:1" (and "1:1s") as a meeting of two people, "one on one", after a determiner
// or before a word of meetings: "push the 1:1 to Thursday", "weekly 1:1s". A ratio word or a scale
// before keeps the ratio ("a 1:1 mix", "a scale of 1:1"). It reports whether it did.
func (n *normalizer) oneOnOne(t *token) bool {
	if t.core != "1:1" && t.core != "1:1s" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if next != nil && t.post == "" && ratioNext[next.lower()] {
		return false
	}
	meeting := t.core == "1:1s" || next != nil && t.post == "" && oneOnOneNext[next.lower()]
	if !meeting && prev != nil && prev.post == "" {
		switch prev.lower() {
		case "the", "a", "our", "my", "your", "their", "his", "her", "weekly", "monthly", "next", "first", "quick", "regular", "biweekly", "daily":
			meeting = true
		}
	}
	if !meeting {
		return false
	}
	n.by("meeting")
	if t.core == "1:1s" {
		n.emit(t.raw, "one", "on", "ones")
	} else {
		n.emit(t.raw, "one", "on", "one")
	}
	return true
}

// tiebreakSet splits a tennis set with its tiebreak points, "7-6(5" (the closing parenthesis
// is in the token's trailing punctuation): the set and the points.
func tiebreakSet(core, post string) (set, points string, ok bool) {
	set, points, ok = strings.Cut(core, "(")
	if !ok || !strings.HasPrefix(post, ")") || points == "" || len(points) > 2 || !allDigits(points) {
		return "", "", false
	}
	if set != "7-6" && set != "6-7" {
		return "", "", false
	}
	return set, points, true
}

// tiebreak reads a set won in a tiebreak, "7-6(5)" seven six five: the set score as tennis is
// read, then the loser's tiebreak points. It reports whether it did.
func (n *normalizer) tiebreak(t *token) bool {
	set, points, ok := tiebreakSet(t.core, t.post)
	if !ok {
		return false
	}
	n.by("tennis score")
	n.emit(t.raw, appendSetSide(nil, set[:1])...)
	n.emit(t.raw, appendSetSide(nil, set[2:])...)
	n.emit(t.raw, appendInteger(nil, points)...)
	return true
}

// bareDegreeUnits are the letters of a temperature written without the degree sign.
var bareDegreeUnits = map[string]string{"C": "celsius", "F": "fahrenheit"}

// weatherWords in a sentence make a number glued to C or F a temperature ("highs near 31C",
// "-5C overnight", "bake at 180C").
var weatherWords = setOf(`high highs low lows temperature temperatures temp temps heat heatwave warm warmer
warmest hot hotter hottest cold colder coldest chill chilly freezing frost cool cooler mild degrees weather
forecast thermostat oven fever feels reached hit peaked soared plunged dropped climbed
overnight sunny cloudy showers snow icy frosty humid sweltering scorching bake baking baked roast roasting
preheat preheated cook cooking grill fridge freezer boil boils simmer thaw`)

// bareDegreeBlockers before the number make it a label ("Seat 31C", "Row 12F", "Vitamin 3C").
var bareDegreeBlockers = setOf(`seat seats row rows gate room apt apartment unit flat suite platform bus route
building block level floor terminal section grade vitamin type size class form category pier bay stand
bed ward locker lot box cabin deck door`)

// bareDegrees reads a temperature written without the degree sign, "31C" thirty one degrees
// celsius, "-4F", "40.3C", in a sentence about weather or heat and not after a label. It
// returns the tokens used, or 0.
func (n *normalizer) bareDegrees(t *token, num number, rest string) int {
	unit, ok := bareDegreeUnits[rest]
	if !ok || num.commas || len(num.intPart) > 3 {
		return 0
	}
	if num.neg && n.peek(-1) == nil && n.peek(1) == nil {
		return 0
	}
	if !n.bareDegreeContext() {
		return 0
	}
	n.by("temperature")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(num.isOne() && !num.hasPoint, "degree", "degrees"), unit)
	return 1
}

// bareDegreeContext reports a number glued to C or F that is a temperature: a word of weather
// or heat within eight tokens, and no label before it ("Seat 31C").
func (n *normalizer) bareDegreeContext() bool {
	if prev := n.peek(-1); prev != nil && bareDegreeBlockers[strings.ToLower(strings.TrimRight(prev.core, "."))] {
		return false
	}
	for k := max(0, n.i-8); k <= min(len(n.toks)-1, n.i+8); k++ {
		if w := strings.ToLower(n.toks[k].core); k != n.i && (weatherWords[w] || machineHeatWords[w]) {
			return true
		}
	}
	return false
}

// dotTimeCues in a sentence make "12.30" a time of day as British writers write it.
var dotTimeCues = setOf(`kick kicks kickoff kick-off off start starts started begin begins began open opens
opened close closes doors meet meeting arrive arrives arrived leave leaves left depart departs departed
train trains bus coach ferry flight match game show service tonight tomorrow today morning evening
afternoon am pm gmt bst cet monday tuesday wednesday thursday friday saturday sunday due scheduled
lunch dinner breakfast brunch served class lecture appointment appointments surgery session sessions
pub shop shops store museum gallery library pool gym curfew mass`)

// dotTimeBlockers in a sentence make "at 12.45" a price or a rate, not a time.
var dotTimeBlockers = setOf(`shares share stock stocks index price prices priced rate rates yield yields pence
pounds dollars euros cents traded trading percent inflation ratio odds bid offer valued worth cost costs
paid pay pays spent spend`)

// dotTimeAfter are words after "the 10.15" that make it a service by its departure time.
var dotTimeAfter = setOf("to from service train departure arrival")

// dotTime reads a time written with a point, as British writers do: "kicks off at 12.30"
// twelve thirty, "the 10.15 to Edinburgh" ten fifteen. A time is a whole hour up to 23 and two
// digits of minutes below 60; it needs a preposition of time and a word of times in the
// sentence, or a determiner before and "to"/"from" after. A unit, a percent or a currency
// after keeps the decimal. It returns the tokens used, or 0.
func (n *normalizer) dotTime(t *token, num number, rest string) int {
	if rest != "" || !num.hasPoint || num.neg || num.plus || num.commas || len(num.intPart) > 2 || len(num.frac) != 2 {
		return 0
	}
	h, m := atoiSmall(num.intPart), atoiSmall(num.frac)
	if h > 23 || m > 59 || h == 0 && len(num.intPart) == 1 {
		return 0
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || prev.post != "" {
		return 0
	}
	if next != nil && t.post == "" {
		if _, ok := unitWord(next.core, true); ok || scaleNames[next.lower()] || strings.EqualFold(next.core, "percent") || strings.EqualFold(next.core, "per") || strings.EqualFold(next.core, "times") {
			return 0
		}
	}
	p := prev.lower()
	ok := false
	switch {
	case determiners[p] && next != nil && t.post == "" && dotTimeAfter[next.lower()]:
		ok = true // "the 10.15 to Edinburgh"
	case p == "the" && next != nil && t.post == "" && strings.EqualFold(next.core, "at") && next.post == "" && n.peek(2) != nil && isCapitalized(n.peek(2).core) && !isUpperWord(n.peek(2).core):
		ok = true // "the 3.15 at Kempton": a race by its start ("paid the 4.50 at Tesco" is money)
		for k := max(0, n.i-8); k < min(len(n.toks), n.i+6); k++ {
			if k != n.i && dotTimeBlockers[strings.ToLower(n.toks[k].core)] {
				return 0
			}
		}
	case (p == "until" || p == "till" || p == "to" || p == "and") && n.dotTimeAt >= 0 && n.dotTimeAt >= n.i-3:
		ok = true // "from 12.00 until 2.30": the end of a span of times
	case p == "from" && next != nil && t.post == "" && (strings.EqualFold(next.core, "until") || strings.EqualFold(next.core, "till") || strings.EqualFold(next.core, "to")) && n.dotTimeNext(2):
		ok = true // "from 12.00 until 2.30": the start of one
	case p == "at" || p == "from" || p == "until" || p == "till" || p == "by" || p == "before" || p == "after":
		if nt := n.peek(1); p == "from" && nt != nil && t.post == "" && (strings.EqualFold(nt.core, "to") || strings.EqualFold(nt.core, "until")) {
			if f := n.peek(2); f != nil && strings.Contains(f.core, ".") && !n.dotTimeNext(2) {
				return 0 // "dropped from 4.21 to 3.87": a figure's change, the second no clock time (the lead's round forty-six)
			}
		}
		for k := max(0, n.i-8); k < min(len(n.toks), n.i+6); k++ {
			w := strings.ToLower(n.toks[k].core)
			if k != n.i && dotTimeBlockers[w] {
				return 0 // "shares opened at 12.45": a price
			}
			ok = ok || k != n.i && dotTimeCues[w]
		}
	}
	if !ok {
		return 0
	}
	n.by("time")
	n.dotTimeAt = n.i
	w, _ := clockTime(num.intPart+":"+num.frac, false)
	if num.frac == "00" {
		w = appendInteger(nil, num.intPart) // "at 3.00" three
		if h > 12 {
			w = append(w, "hundred")
		}
	}
	n.emit(t.raw, w...)
	return 1
}

// legalLabels before a three- or four-digit number make it a section or bill number read in
// pairs, as lawyers and reporters say them: "§ 1030" section ten thirty, "H.R. 4521", "S. 2226",
// "Section 230".
var legalLabels = setOf("§ §§ H.R H.B S.B A.B H.J.Res S.J.Res S Section section Sec sec")

// legalNumber reports a section or bill number after a legal label.
func (n *normalizer) legalNumber(num number, rest string) bool {
	if rest != "" || num.hasPoint || num.commas || num.neg || len(num.intPart) < 3 || len(num.intPart) > 4 || num.intPart[0] == '0' {
		return false
	}
	prev := n.peek(-1)
	if prev != nil && prev.core == "HR" && prev.post == "" && n.sentenceHas(congressWords44) {
		return true // "passed HR 3055" as H.R. (round forty-four; "Avg HR 142" stays a count)
	}
	if prev == nil || !legalLabels[strings.TrimSuffix(prev.core, ".")] || prev.post != "" && prev.post != "." {
		return false
	}
	return prev.core != "S" || prev.post == "." // "S. 2226", a Senate bill; a bare S is a letter
}

// congressWords44 in a sentence make HR before a number a House bill.
var congressWords44 = setOf("house senate congress congressional bill bills passed vote voted votes senators representatives lawmakers sponsored cosponsored measure legislation amendment appropriations")

// dialVerbs before 999, 112 or 911 make it the emergency number dialled, read digit by digit:
// "Ring 999", "call 112".
var dialVerbs = setOf("call calling called calls dial dialing dialling dialed dialled ring ringing rang rings phone phoning phoned")

// emergencyDialled reports 999, 112 or 911 after a verb of calling.
func (n *normalizer) emergencyDialled(num number, rest string) bool {
	if rest != "" || num.hasPoint || num.commas || num.neg {
		return false
	}
	switch num.intPart {
	case "999", "112", "911":
	default:
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || prev.post != "" || !dialVerbs[prev.lower()] {
		return false
	}
	// "called 112 times" stays a count.
	return next == nil || n.peek(0).post != "" || !versionBlocker(next.core) && !plainPlural(next.core)
}

// spacedCode reads a code written in spaced groups of two to four digits after a code word,
// "Your one-time code is 47 19 03", digit by digit: at least three groups and six digits. It
// returns the tokens used, or 0.
func (n *normalizer) spacedCode(t *token) int {
	if t.pre != "" || t.post != "" || len(t.core) < 2 || len(t.core) > 4 || !allDigits(t.core) {
		return 0
	}
	groups := []string{t.core}
	for k := 1; k < 6; k++ {
		nt := n.peek(k)
		if nt == nil || nt.pre != "" || len(nt.core) < 2 || len(nt.core) > 4 || !allDigits(nt.core) || n.peek(k-1).post != "" {
			break
		}
		groups = append(groups, nt.core)
	}
	if len(groups) < 3 || groupDigits(groups) < 6 || n.codeWordBefore() == "" {
		return 0
	}
	n.by("code digits")
	n.phone(t.raw, groups, "")
	return len(groups)
}

// round6Quantity tries the round-six readers of a number with its glued rest; it returns the
// tokens used, or 0.
func (n *normalizer) round6Quantity(t *token, num number, rest string) int {
	if n.inPart != 0 {
		return 0
	}
	if k := n.bareDegrees(t, num, rest); k > 0 {
		return k
	}
	if k := n.squareUnit(t, num, rest); k > 0 {
		return k
	}
	if r := firstRune(rest); r >= 0x370 && r <= 0x3ff && symbolWords[string(r)] != "" && !num.neg {
		// "2πr" two pi r: a number before a Greek letter and more.
		n.by("number")
		n.emit(t.raw, appendNumber(nil, num)...)
		sub := *t
		sub.core = rest
		n.general(&sub)
		return 1
	}
	if k := n.millibars(t, num, rest); k > 0 {
		return k
	}
	if k := n.dotTime(t, num, rest); k > 0 {
		return k
	}
	if rest == "" && !num.hasPoint && !num.commas && !num.neg && len(num.intPart) == 3 && (n.scorelineNumber() || n.labValue()) {
		n.by("number")
		n.emit(t.raw, appendNumber(nil, num)...)
		return 1
	}
	if k := n.secondsSuffix(t, num, rest); k > 0 {
		return k
	}
	if rest == "p" && num.hasPoint && len(num.frac) == 1 && len(num.intPart) <= 3 && !num.neg && !n.videoNear() {
		// Pence with a tenth: "142.9p a litre".
		n.by("money")
		n.emit(t.raw, appendNumber(nil, num)...)
		n.emit(t.raw, "pence")
		return 1
	}
	if n.legalNumber(num, rest) {
		n.by("number read in pairs")
		n.emit(t.raw, appendPaired(nil, num.intPart)...)
		return 1
	}
	if n.emergencyDialled(num, rest) {
		n.by("code digits")
		n.emit(t.raw, appendDigitNames(nil, num.intPart, false)...)
		return 1
	}
	if rest == "" && !num.hasPoint {
		if k := n.spacedCode(t); k > 0 {
			return k
		}
	}
	return 0
}

// tennisSetToken reports a token holding a tennis set, with or without its tiebreak points.
func tennisSetToken(t *token) bool {
	if _, _, ok := tiebreakSet(t.core, t.post); ok {
		return true
	}
	return tennisSet(t.core)
}

// round6Token tries the round-six readers of a whole token; it returns the tokens used, or 0.
func (n *normalizer) round6Token(t *token) int {
	// Each reader is asked only about a token of a shape it can read (see shape).
	if n.may(shDigit) {
		if k := n.iban(t); k > 0 { // "DE89…"
			return k
		}
	}
	if n.may(shSlash) {
		if k := n.zoneThenTime(t); k > 0 { // "ET/"
			return k
		}
	}
	if n.may(shLower) && n.defWord(t) || n.may(shPunct) && n.keyCombo(t) || n.may(shDigit) && n.maskedDigits(t) || n.may(shLower|shUpper) && n.eachAfterPrice(t) ||
		n.may(shDigit) && n.lowerVersion(t) || n.may(shColon) && n.oneOnOne(t) || n.may(shDigit) && n.tiebreak(t) || n.may(shColon) && n.scaleRatio(t) ||
		n.may(shLower) && n.versusCase(t) || n.perPeriod(t) || n.may(shDigit) && n.powerPerUnit(t) || n.may(shUpper) && n.weekdaySpan(t) ||
		n.may(shLower|shUpper|shWide) && n.courseFor(t) || n.may(shPunct|shWide) && n.menuStep(t) || n.may(shPunct) && n.functionCall(t) || n.may(shHyphen) && n.isoTimestamp(t) ||
		n.may(shUpper) && n.windDirection(t) || n.may(shSlash) && n.timesPer(t) || n.may(shPunct) && n.cashtag(t) || n.may(shDigit) && n.planNumber(t) ||
		n.may(shLower|shUpper) && n.travelColumn(t) || n.may(shWide) && n.codePair(t) || n.may(shSlash) && n.leadingZeroDate(t) || n.may(shPunct) && n.acronymSlash(t) ||
		n.may(shPunct|shWide) && n.spacedTimeDash(t) || n.may(shDigit) && n.plateLike(t) || n.may(shLower|shUpper) && n.forwarded(t) || n.may(shSlash) && n.codeSlashed(t) ||
		n.stretched(t) || n.may(shDigit) && (n.lettersThenDigits(t) || n.hexNumber(t)) || n.may(shHyphen) && n.partyState(t) || n.may(shDigit) && n.episodeCode(t) ||
		n.may(shLower) && (n.patientNote(t) || n.etaBefore(t)) {
		return 1
	}
	return 0
}

// youreNext are words after chat "ur" that make it "you're" ("ur the best", "lmk when ur
// free"); before other words it is "your" ("ur mom", "ur phone").
var youreNext = setOf(`the a an so not too very such really gonna going coming being doing getting making
trying leaving joking kidding lying always never still just welcome right wrong free late early here there
home back done good great amazing awesome best worst funny crazy sick busy ok okay sure mad lucky cute
beautiful gorgeous smart hilarious insane literally totally probably gonna up out in on off at with
invited next`)

// youreState are words of presence after chat "ur" that make it "you're" where they end the
// clause or a time word follows ("lmk when ur online", "ur offline rn?"); before a noun it stays
// "your" ("ur online status"). Round twenty-three (readings23 R6).
var youreState = setOf("online offline ready awake asleep around alive afk")

// youreStateNext may follow a word of youreState without making it a noun's adjective.
var youreStateNext = setOf("rn now tonight today yet again lol already too still or and tho though right")

// beForms before chat "wfh" make it "working from home" ("I'm wfh today").
var beForms = setOf("i'm im am is are was were be been being she's he's we're they're you're")

// wfhNext are words after a message's first "wfh" that make it "working from home" ("wfh
// today, ping me").
var wfhNext = setOf("today tomorrow tmrw tmr tonight this all until till til on monday tuesday wednesday thursday friday again")

// chatInContext returns the reading of a chat abbreviation (l, lower case) where its context
// chooses between readings: "ur" is "you're" before an adjective, an article or a verb in -ing;
// "wfh" is "working from home" after a form of "be" or opening a message before a time word.
func (n *normalizer) chatInContext(l, reading string) string {
	prev, next := n.peek(-1), n.peek(1)
	switch l {
	case "ur":
		if next == nil || n.peek(0).post != "" && strings.ContainsAny(n.peek(0).post, ".!?") || youreNext[next.lower()] {
			return "you're"
		}
		if n.peek(0).post == "" && youreState[next.lower()] {
			if after := n.peek(2); after == nil || next.post != "" || youreStateNext[after.lower()] {
				return "you're"
			}
		}
	case "wfh":
		if prev != nil && beForms[strings.ToLower(strings.ReplaceAll(prev.core, "’", "'"))] ||
			prev == nil && next != nil && (n.peek(0).post == "" || n.peek(0).post == ",") && wfhNext[next.lower()] {
			return "working from home"
		}
	}
	return reading
}

// defWord reads "def": "defeated" between two names in a result ("Alcaraz def. Sinner",
// "Sinner (1) def. Zverev"), "definitely" in chat, ending a clause after a comma ("I'll be there,
// def.") or before a word it stresses ("def not", "def worth it"). Elsewhere it is left to the
// general reader. It reports whether it did.
func (n *normalizer) defWord(t *token) bool {
	if t.core != "def" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev != nil && next != nil && t.post == "." && (isCapitalized(prev.core) || strings.HasSuffix(prev.post, ")")) && isCapitalized(next.core) && prev.post != "," {
		n.readAbbrev(t, "defeated")
		return true
	}
	clauseEnd := next == nil || strings.ContainsAny(t.post, ".!?,")
	if prev != nil && strings.ContainsAny(prev.post, ",.!?;") && clauseEnd || prev == nil && next == nil || prev == nil && next != nil && t.post == "" || next != nil && t.post == "" && defNext[next.lower()] {
		n.by("chat abbreviation")
		n.emit(t.raw, "definitely")
		return true
	}
	return false
}

// defNext are words after chat "def" that it stresses: "def not", "def worth it".
var defNext = setOf("not gonna going worth coming recommend need needs want agree down in getting doing a the one")

// alternatives reads two whole numbers joined by a slash after a software or product name as
// alternatives: "Windows 10/11" ten or eleven, "Python 2/3". The second is a later one, at
// most two on; the name is a known software name or maker, or a capitalized word that does not
// open the sentence and is no label. It reports whether it read them.
func (n *normalizer) alternatives(src, a, b string) bool {
	x, y := atoiSmall(a), atoiSmall(b)
	if a[0] == '0' || b[0] == '0' || y <= x || y-x > 2 {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !isLetterWord(prev.core) {
		return false
	}
	l := prev.lower()
	if !versionNames[l] && !modelMakers[l] && (!isCapitalized(prev.core) || n.i-1 == 0 || labelPrev[l] || pairedLabel[l] || monthIndex[l] > 0) {
		return false
	}
	if next := n.peek(1); next != nil && n.peek(0).post == "" && unitNames75[next.lower()] {
		return false // "Go 1/2 inch deeper": a fraction of a unit (the lead's round seventy-five)
	}
	n.by("alternatives")
	n.emit(src, appendInteger(nil, a)...)
	n.emit(src, "or")
	n.emit(src, appendInteger(nil, b)...)
	return true
}

// iban reads an international bank account number, glued or in spaced groups of four
// ("DE89 3704 0044 0532 0130 00"), character by character: letters spelled, digits named. A
// run is an IBAN only if its check digits hold (ISO 13616: the number, rearranged, is 1
// modulo 97), so no other code is taken for one. It returns the tokens used, or 0.
func (n *normalizer) iban(t *token) int {
	c := t.core
	if len(c) < 4 || len(c) > 34 || !isUpperLetter(c[0]) || !isUpperLetter(c[1]) || !isDigit(c[2]) || !isDigit(c[3]) || !upperAlnum(c) {
		return 0
	}
	s, used := c, 1
	if len(c) == 4 {
		for k := 1; k < 9; k++ {
			nt, pt := n.peek(k), n.peek(k-1)
			if nt == nil || pt.post != "" || nt.pre != "" || len(nt.core) > 4 || !upperAlnum(nt.core) {
				break
			}
			s += nt.core
			used++
		}
	}
	if len(s) < 15 || !ibanValid(s) {
		return 0
	}
	n.by("bank account number")
	for k := 0; k < len(s); k++ {
		if isDigit(s[k]) {
			n.emit(t.raw, onesWordsOrZero(s[k]))
		} else {
			n.emitLetter(t.raw, strings.ToLower(s[k:k+1]))
		}
	}
	return used
}

// upperAlnum reports a non-empty string of capital ASCII letters and digits.
func upperAlnum(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isUpperLetter(s[k]) && !isDigit(s[k]) {
			return false
		}
	}
	return s != ""
}

// ibanValid checks an IBAN's check digits: the first four characters moved to the end, letters
// as 10 to 35, the number is 1 modulo 97.
func ibanValid(s string) bool {
	r := s[4:] + s[:4]
	m := 0
	for k := 0; k < len(r); k++ {
		c := r[k]
		if isDigit(c) {
			m = (m*10 + int(c-'0')) % 97
		} else {
			v := int(c-'A') + 10
			m = (m*100 + v) % 97
		}
	}
	return m == 1
}

// ratioScaleWords before "1:50" make it a ratio: "a scale of 1:25", "mix them 1:3".
var ratioScaleWords = setOf("scale scales ratio ratios map maps model models drawing drawings plan plans diluted dilute dilution mix mixed mixing proportion proportions")

// scaleRatio reads a ratio written with a colon after a word of scales or mixtures, "a scale
// of 1:25" one to twenty five, and any colon pair whose second number has thousands commas,
// "1:50,000" (never a clock time). It reports whether it did.
func (n *normalizer) scaleRatio(t *token) bool {
	a, b, ok := strings.Cut(t.core, ":")
	if !ok || a == "" || b == "" || len(a) > 3 || !allDigits(a) || strings.Contains(b, ":") {
		return false
	}
	digits := strings.ReplaceAll(b, ",", "")
	if digits == "" || len(digits) > 9 || !allDigits(digits) || b[0] == ',' || strings.HasSuffix(b, ",") {
		return false
	}
	ratio := digits != b
	if digits != b {
		for _, g := range strings.Split(b, ",")[1:] {
			ratio = ratio && len(g) == 3
		}
	}
	for off := -1; off >= -3 && !ratio; off-- {
		p := n.peek(off)
		if p == nil {
			break
		}
		ratio = ratioScaleWords[p.lower()]
		if p.post != "" && !ratio {
			break
		}
	}
	if !ratio {
		return false
	}
	n.by("ratio")
	n.emitJoined(t.raw, a, digits, "to")
	return true
}

// versusCase reads "v." between two capitalized names as "versus", as in a case or a fixture:
// "Smith v. Jones", "Roe v Wade". It reports whether it did.
func (n *normalizer) versusCase(t *token) bool {
	if t.core != "v" || t.post != "" && t.post != "." {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	dotted := prev != nil && prev.post == "." && strings.Contains(prev.core, ".") // "U.S. v. Smith" (the lead's round forty-six)
	if prev == nil || next == nil || prev.post != "" && !dotted || !isCapitalized(prev.core) || !isCapitalized(next.core) || !isLetterWord(next.core) && !hyphenedName66(next.core) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "versus")
	n.absorbed = t.post == "."
	return true
}

// perPeriods after a price are rental and pay periods: "£1,450 pcm" per calendar month.
var perPeriods = map[string][]string{
	"pcm": {"per", "calendar", "month"}, "pw": {"per", "week"}, "p/w": {"per", "week"},
	"pppn": {"per", "person", "per", "night"}, "pp": {"per", "person"}, "p.p": {"per", "person"}, "pn": {"per", "night"},
}

// perPeriod reads a period abbreviation after a price: "£1,450 pcm", "£90 pppn". It reports
// whether it did.
func (n *normalizer) perPeriod(t *token) bool {
	if len(t.core) < 2 || len(t.core) > 4 {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !speedCurrencyFirst(prev.core) {
		return false // the price comes first: most tokens stop here
	}
	w, ok := perPeriods[t.lower()]
	if !ok || t.core != t.lower() && t.core != strings.ToUpper(t.core) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, w...)
	return true
}

// powerPerUnit reads a count in powers of ten per unit, as lab results are written:
// "10^9/L" ten to the power of nine per liter, "10^3/µL". It reports whether it did.
func (n *normalizer) powerPerUnit(t *token) bool {
	base, rest, ok := strings.Cut(t.core, "^")
	if !ok || base == "" || len(base) > 3 || !allDigits(base) {
		return false
	}
	exp, sym, ok := strings.Cut(rest, "/")
	if !ok || exp == "" || len(exp) > 2 || !allDigits(exp) {
		return false
	}
	un, ok := unitWord(sym, false)
	if !ok {
		return false
	}
	n.by("unit")
	n.emitJoined(t.raw, base, exp, "to", "the", "power", "of")
	n.emit(t.raw, "per")
	n.emit(t.raw, strings.Fields(un.sing)...)
	return true
}

// oddsVerbs after "N/M to" make the pair odds: "Arsenal are 2/1 to win the league".
var oddsVerbs = setOf("win lift beat take finish be go make claim qualify reach score land top retain defend")

// oddsToWin reports a pair a/b (a above b, or an odds-on price: see oddsOn) before "to" and a
// verb of winning.
func (n *normalizer) oddsToWin(src, a, b string) bool {
	x, y := atoiSmall(a), atoiSmall(b)
	to, verb := n.peek(1), n.peek(2)
	if to != nil && to.post == "" && strings.EqualFold(to.core, "on") {
		to, verb = verb, n.peek(3) // "11/8 on to win": odds on
	}
	if x == y || x < y && !n.oddsOn(x, y) || y > 20 || to == nil || verb == nil || n.peek(0).post != "" || to.post != "" || !strings.EqualFold(to.core, "to") || !oddsVerbs[verb.lower()] {
		return false
	}
	n.by("odds")
	n.emit(src, appendInteger(nil, a)...)
	n.emit(src, "to")
	n.emit(src, appendInteger(nil, b)...)
	return true
}

// dotTimeNext reports a token at offset off that has the shape of a dot time ("2.30"): an
// hour up to 23 and two digits of minutes below 60.
func (n *normalizer) dotTimeNext(off int) bool {
	nt := n.peek(off)
	if nt == nil {
		return false
	}
	h, m, ok := strings.Cut(nt.core, ".")
	return ok && h != "" && len(h) <= 2 && allDigits(h) && len(m) == 2 && allDigits(m) && atoiSmall(h) <= 23 && atoiSmall(m) <= 59
}

// setWordBefore reports "set" or "sets" within the three tokens before the current one, in the
// same clause: "won the first set 6-3" is a tennis set, read six three.
func (n *normalizer) setWordBefore() bool {
	for off := -1; off >= -3; off-- {
		p := n.peek(off)
		if p == nil || off < -1 && p.post != "" {
			return false
		}
		if l := p.core; l == "set" || l == "sets" {
			return true
		}
	}
	return false
}

// weekdaySpan reads "M-F" (and "M–F") before a time or after "open" or "hours" as Monday to
// Friday. It reports whether it did.
func (n *normalizer) weekdaySpan(t *token) bool {
	if t.core != "M-F" && t.core != "M–F" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if !(next != nil && startsNumeric(next.core) || prev != nil && (strings.EqualFold(prev.core, "open") || strings.EqualFold(prev.core, "hours"))) {
		return false
	}
	n.by("weekday")
	n.emit(t.raw, "monday", n.rangeWord(), "friday")
	return true
}

// courseUnits after "x N" make the x "for": a course of treatment, "TID x 5 days".
var courseUnits = setOf("day days week weeks month months dose doses")

// courseFor reads "x" before a number of days or weeks as "for", as prescriptions write a
// course: "400mg TID x 5 days" for five days. It reports whether it did.
func (n *normalizer) courseFor(t *token) bool {
	if t.core != "x" && t.core != "X" && t.core != "×" {
		return false
	}
	prev, num, unit := n.peek(-1), n.peek(1), n.peek(2)
	if prev == nil || num == nil || unit == nil || startsNumeric(prev.core) || !allDigits(num.core) || num.post != "" || !courseUnits[unit.lower()] {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "for")
	return true
}

// menuSeparators between words are steps of a menu path, not read: "Settings > Privacy".
var menuSeparators = setOf("> › » →")

// menuStep reports a spaced separator of a menu path between two words with a capital
// ("Go to Settings > Privacy > Location"): it is not read, and makes a Minor break. Between
// numbers it stays a sign ("x > 5").
func (n *normalizer) menuStep(t *token) bool {
	if !menuSeparators[t.core] || t.core == "→" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || !isLetterWord(prev.core) || !isLetterWord(next.core) || !isCapitalized(prev.core) || !isCapitalized(next.core) || len(n.out) == 0 {
		return false
	}
	if len(prev.core) == 1 || len(next.core) == 1 {
		return false // round eighty-two: a sign between single letters is a comparison ("If A > B")
	}
	n.debug("menu separator not read", "token", t.raw)
	n.raise(len(n.out)-1, Minor)
	return true
}

// secondsWords before "30s" make it a duration in seconds: "set the timeout to 30s".
var secondsWords = setOf("timeout time-out delay interval every wait waits waited sleep ttl cooldown lasts lasted takes took after within")

// secondsSuffix reads a number glued to "s" as seconds where it cannot be a decade: a number
// of two digits that is no multiple of ten ("45s" forty five seconds; "4s" and "the 45s" stay
// plurals), a decimal ("1.5s"), or any after a word
// of durations within two tokens ("timeout to 30s") or with a noun of durations in its clause
// ("the cooldown drops from 20s to 15s"). It returns the tokens used, or 0.
func (n *normalizer) secondsSuffix(t *token, num number, rest string) int {
	if rest != "s" || num.neg || num.commas || len(num.intPart) > 3 || num.intPart == "0" {
		return 0
	}
	v := atoiSmall(num.intPart)
	seconds := !num.hasPoint && v%10 != 0 && len(num.intPart) == 2 || num.hasPoint
	for off := -1; off >= -2 && !seconds; off-- {
		p := n.peek(off)
		if p == nil {
			break
		}
		seconds = secondsWords[p.lower()]
		if p.post != "" {
			break
		}
	}
	seconds = seconds || n.durationClause() // round sixteen: a noun of durations anywhere in the clause
	if !seconds {
		return 0
	}
	if p := n.peek(-1); p != nil && (determiners[p.lower()] || strings.EqualFold(p.core, "the")) && !num.hasPoint {
		return 0 // "the 45s": records; "her 30s"
	}
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(num.isOne() && !num.hasPoint, "second", "seconds"))
	return 1
}

// functionCall reads a one-letter function applied to a letter or a short number, as written
// in mathematics: "f(x)" f of x, "g(t)", "P(A)", "f(2)" f of two. It reports whether it did.
func (n *normalizer) functionCall(t *token) bool {
	name, arg, ok := strings.Cut(t.core, "(")
	if !ok || len(name) != 1 || !isASCIILetter(rune(name[0])) || !strings.HasPrefix(t.post, ")") || arg == "" || len(arg) > 3 {
		return false
	}
	letter := len(arg) == 1 && isASCIILetter(rune(arg[0]))
	if !letter && !allDigits(arg) {
		return false
	}
	n.by("function")
	n.emitLetter(t.raw, strings.ToLower(name))
	n.emit(t.raw, "of")
	if letter {
		n.emitLetter(t.raw, strings.ToLower(arg))
	} else {
		n.emit(t.raw, appendInteger(nil, arg)...)
	}
	return true
}

// seriesVariant reads an aircraft series with a variant in hundreds, "the 737-800" seven thirty
// seven eight hundred, "Airbus 330-300": after a maker, or after an article for the 7x7 family.
// It reports whether it did.
func (n *normalizer) seriesVariant(t *token, lo, hi string) bool {
	if len(lo) != 3 || !allDigits(lo) || !allDigits(hi) || lo[0] == '0' || hi[0] == '0' || hi[1:] != "00" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	l := prev.lower()
	boeing := lo[0] == '7' && lo[2] == '7'
	if !modelMakers[l] && !(boeing && (l == "the" || l == "a" || l == "an")) {
		return false
	}
	n.by("model name")
	n.emit(t.raw, appendPaired(nil, lo)...)
	n.emit(t.raw, appendInteger(nil, hi)...)
	return true
}

// cricketWords in a sentence make "287/6" a cricket score: runs for wickets.
var cricketWords = setOf("ov stumps overs over wickets wicket wkts runs innings declared dec batting bowled bowling cricket odi t20 all-out chase chasing")

// cricketScore reads runs for wickets, "India 287/6 after 50 overs" two eighty seven for six, in
// a sentence about cricket. It reports whether it did.
func (n *normalizer) cricketScore(src, a, b string) bool {
	x, y := atoiSmall(a), atoiSmall(b)
	if y > 10 || x < y || a[0] == '0' && a != "0" {
		return false
	}
	if !n.cricketNear() {
		return false
	}
	n.by("cricket score")
	if len(a) == 3 {
		n.emit(src, appendPaired(nil, a)...)
	} else {
		n.emit(src, appendInteger(nil, a)...)
	}
	n.emit(src, "for")
	n.emit(src, appendInteger(nil, b)...)
	return true
}

// isoTimestamp reads an ISO 8601 date and time, "2025-06-14T18:00Z" june fourteenth twenty
// twenty five eighteen hundred u t c: the date as dates are read, the time as a 24-hour time,
// Z as UTC and an offset as "u t c plus two". It reports whether it did.
func (n *normalizer) isoTimestamp(t *token) bool {
	d, rest, ok := strings.Cut(t.core, "T")
	if !ok || len(d) != 10 || d[4] != '-' || d[7] != '-' || len(rest) < 5 {
		return false
	}
	dw, ok := numericDate(d)
	if !ok {
		return false
	}
	zone, off := "", ""
	switch {
	case strings.HasSuffix(rest, "Z"):
		zone, rest = "Z", rest[:len(rest)-1]
	case len(rest) > 6 && (rest[len(rest)-6] == '+' || rest[len(rest)-6] == '-') && rest[len(rest)-3] == ':':
		off, rest = rest[len(rest)-6:], rest[:len(rest)-6]
	}
	if k := strings.IndexByte(rest, '.'); k > 0 {
		rest = rest[:k] // fractions of a second are not read
	}
	if len(rest) == 8 && strings.HasSuffix(rest, ":00") {
		rest = rest[:5]
	}
	tw, ok := clockTime(rest, false)
	if !ok || len(rest) != 5 && len(rest) != 8 {
		return false
	}
	n.by("date and time")
	n.emit(t.raw, dw...)
	n.emit(t.raw, tw...)
	if zone != "" || off != "" {
		n.emitLetter(t.raw, "u")
		n.emitLetter(t.raw, "t")
		n.emitLetter(t.raw, "c")
	}
	if off != "" && off[1:] != "00:00" {
		if off[0] == '+' {
			n.emit(t.raw, "plus")
		} else {
			n.emit(t.raw, "minus")
		}
		n.emit(t.raw, appendInteger(nil, strings.TrimLeft(off[1:3], "0"))...)
		if off[4:] != "00" {
			n.emit(t.raw, appendInteger(nil, off[4:])...)
		}
	}
	return true
}

// compassPoints are the sixteen points of the compass as wind directions are written.
var compassPoints = map[string]string{
	"N": "north", "NNE": "north northeast", "NE": "northeast", "ENE": "east northeast", "E": "east",
	"ESE": "east southeast", "SE": "southeast", "SSE": "south southeast", "S": "south",
	"SSW": "south southwest", "SW": "southwest", "WSW": "west southwest", "W": "west",
	"WNW": "west northwest", "NW": "northwest", "NNW": "north northwest",
}

// windWords before a compass point make it a wind direction: "Wind: SW 15 km/h", "moving WNW at
// 12 mph" (the verbs of a storm's track were added after the held13 unseen measurement).
var windWords = setOf("wind winds gust gusts gusting breeze breezes blowing swell moving heading drifting tracking travelling traveling")

// speedUnits after "SW 15" make SW a wind direction.
var speedUnits = setOf("mph km/h kmh kph kt kts knots m/s")

// windDirection reads a compass point written in capitals as a wind direction, after a word of
// wind ("Wind: SW 15 km/h", "winds NNE"), before a speed ("NW 20 mph") or, of two letters or
// more, after one ("15 mph NW"). It reports whether it did.
func (n *normalizer) windDirection(t *token) bool {
	w, ok := compassPoints[t.core]
	if !ok {
		return false
	}
	wind := false
	for off := -1; off >= -2 && !wind; off-- {
		p := n.peek(off)
		if p == nil {
			break
		}
		wind = windWords[p.lower()]
		if p.post != "" && p.post != ":" {
			break
		}
	}
	if !wind {
		num, unit := n.peek(1), n.peek(2)
		wind = t.post == "" && num != nil && unit != nil && num.post == "" && allDigitsOrSeparators(strings.ReplaceAll(num.core, "-", "")) && startsNumeric(num.core) && speedUnits[unit.lower()]
	}
	if p := n.peek(-1); !wind && len(t.core) >= 2 && p != nil && p.post == "" && speedUnits[p.lower()] {
		wind = true // "wind 15 mph NW": a direction after the speed
	}
	if !wind {
		return false
	}
	n.by("wind direction")
	n.emit(t.raw, strings.Fields(w)...)
	return true
}

// timesPer reads a frequency written "2x/day" or "3x/week" as people say it: once a day, twice a
// day, three times a week. It reports whether it did.
func (n *normalizer) timesPer(t *token) bool {
	count, period, ok := strings.Cut(t.core, "x/")
	if !ok || count == "" || len(count) > 2 || !allDigits(count) || count[0] == '0' {
		return false
	}
	p := perTime[period]
	if p == "" {
		return false
	}
	n.by("frequency")
	n.emitTimes(t.raw, count)
	n.emit(t.raw, "a")
	n.emit(t.raw, strings.Fields(p)...)
	return true
}

// cashtag reads a stock ticker written with a dollar sign, "$AAPL" a a p l, "$TSLA": the
// ticker as an acronym, the sign not read. It reports whether it did.
func (n *normalizer) cashtag(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 6 || c[0] != '$' || !isUpperWord(c[1:]) || !isLetterWord(c[1:]) {
		return false
	}
	n.by("ticker")
	n.acronym(t.raw, c[1:], "")
	return true
}

// planNumber reads a section number with lettered and numbered parts in parentheses, as US
// plans and tax codes are named: "401(k)" four oh one k, "403(b)", "501(c)(3)" five oh one c
// three. It reports whether it did.
func (n *normalizer) planNumber(t *token) bool {
	num, rest, ok := strings.Cut(t.core, "(")
	if !ok || len(num) != 3 || !allDigits(num) || num[0] == '0' || !strings.HasPrefix(t.post, ")") {
		return false
	}
	parts := strings.Split(rest, ")(")
	for _, p := range parts {
		if len(p) != 1 || !isASCIILetter(rune(p[0])) && !isDigit(p[0]) {
			return false
		}
	}
	if !isASCIILetter(rune(parts[0][0])) {
		return false
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, num)...)
	for _, p := range parts {
		if isDigit(p[0]) {
			n.emit(t.raw, onesWordsOrZero(p[0]))
		} else {
			n.emitLetter(t.raw, strings.ToLower(p))
		}
	}
	return true
}

// travelAbbrevs before a time are the columns of an itinerary: "dep. 11:50" departure.
var travelAbbrevs = map[string]string{"dep": "departure", "arr": "arrival", "dept": "departure"}

// travelColumn reads "dep." and "arr." before a time as departure and arrival. It reports
// whether it did.
func (n *normalizer) travelColumn(t *token) bool {
	w, ok := "", false
	if l := len(t.core); l == 3 || l == 4 {
		// The keys are lower-case ASCII of three and four letters, none of which folds to a
		// letter outside ASCII: EqualFold with one is equality after folding ASCII capitals.
		var buf [4]byte
		w, ok = travelAbbrevs[string(foldASCII(buf[:0], t.core))]
	}
	next := n.peek(1)
	if !ok || !strings.HasPrefix(t.post, ".") && t.post != ":" && t.post != "" || next == nil || !timeLike(next) && !strings.Contains(next.core, ":") && !hhmm(next.core) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, w)
	n.absorbed = strings.HasPrefix(t.post, ".")
	return true
}

// codePair reads two codes in capitals joined by an en dash, a route: "MUC–SFO" m u c to s f o,
// "LHR–JFK". It reports whether it did.
func (n *normalizer) codePair(t *token) bool {
	a, b, ok := strings.Cut(t.core, "–")
	if !ok || len(a) < 2 || len(a) > 4 || len(b) < 2 || len(b) > 4 || !isUpperWord(a) || !isUpperWord(b) || !isLetterWord(a) || !isLetterWord(b) {
		return false
	}
	n.acronym(t.raw, a, "")
	n.by("route")
	n.emit(t.raw, "to")
	n.acronym(t.raw, b, "")
	n.by("route")
	return true
}

// squareUnit reads a number before "sq" and a unit of length as an area: "850 sq ft" eight
// hundred fifty square feet, "40 sq. m". It returns the tokens used, or 0.
func (n *normalizer) squareUnit(t *token, num number, rest string) int {
	sq, unitTok := n.peek(1), n.peek(2)
	if rest != "" || t.post != "" || sq == nil || unitTok == nil || !strings.EqualFold(sq.core, "sq") || sq.post != "" && sq.post != "." || unitTok.pre != "" {
		return 0
	}
	un, ok := unitWord(unitTok.core, true)
	if !ok {
		return 0
	}
	switch un.sing {
	case "foot", "meter", "kilometer", "mile", "inch", "yard", "centimeter", "millimeter":
	default:
		return 0
	}
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "square")
	// "a 2,000 sq ft home": an area before the noun it measures is singular.
	one := num.isOne() && !num.hasPoint || adjectival(n.peek(-1), n.peek(3), unitTok)
	n.emit(t.raw, strings.Fields(plural(one, un.sing, un.plural))...)
	n.absorbed = strings.HasPrefix(unitTok.post, ".") && !n.isLast(2)
	return 3
}

// leadingZeroDate reads "11/03" after a date preposition as month and day when the day is
// written with a leading zero: "processed on 11/03" november third. It reports whether it did.
func (n *normalizer) leadingZeroDate(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) < 1 || len(a) > 2 || len(b) != 2 || b[0] != '0' || !allDigits(a) || !allDigits(b) {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	prev := n.peek(-1)
	if x < 1 || x > 12 || y < 1 || prev == nil || prev.post != "" || !datePrev[prev.lower()] && !n.asOf() {
		return false
	}
	n.by("date")
	n.emit(t.raw, appendDayOrdinal([]string{monthNames[x]}, y)...)
	return true
}

// zoneThenTime reads a time zone glued by a slash to the next time, "9am ET/6am PT": the zone
// after the first time, a Minor break, then the second time. It returns the tokens used, or 0.
func (n *normalizer) zoneThenTime(t *token) int {
	z, rest, ok := strings.Cut(t.core, "/")
	words, known := zoneNames[z]
	if !ok || !known || rest == "" || !isDigit(rest[0]) || !timeLike(n.peek(-1)) && !n.timeBefore() {
		return 0
	}
	n.by("time zone")
	n.emit(t.raw, strings.Fields(words)...)
	n.raise(len(n.out)-1, Minor)
	sub := *t
	sub.core = rest
	n.inPart++
	k := n.numeric(&sub)
	n.inPart--
	return k
}

// acronymSlash reads acronyms joined by a slash where one holds an ampersand, as index names
// are written: "S&P/TSX" s and p t s x. It reports whether it did.
func (n *normalizer) acronymSlash(t *token) bool {
	if !strings.Contains(t.core, "&") {
		return false
	}
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || strings.Contains(b, "/") {
		return false
	}
	for _, p := range []string{a, b} {
		if p == "" || len(p) > 6 || !isUpperWord(strings.ReplaceAll(p, "&", "")) || !isLetterWord(strings.ReplaceAll(p, "&", "")) {
			return false
		}
	}
	n.by("acronyms with a slash")
	for _, p := range []string{a, b} {
		for k, q := range strings.Split(p, "&") {
			if k > 0 {
				n.emit(t.raw, "and")
			}
			for j := 0; j < len(q); j++ {
				n.emitLetter(t.raw, strings.ToLower(q[j:j+1]))
			}
		}
	}
	return true
}

// asOf reports "as of" just before the current token: "as of 12/01" is a date.
func (n *normalizer) asOf() bool {
	p, pp := n.peek(-1), n.peek(-2)
	return p != nil && pp != nil && p.post == "" && pp.post == "" && strings.EqualFold(p.core, "of") && strings.EqualFold(pp.core, "as")
}

// spacedTimeDash reads a spaced hyphen or en dash between two times as "to": "10am - 10:30am",
// "9:00 – 17:00". It reports whether it did.
func (n *normalizer) spacedTimeDash(t *token) bool {
	if t.core != "-" && t.core != "–" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || !timeLike(prev) || !timeLike(next) && !(startsNumeric(next.core) && strings.Contains(next.core, ":")) {
		return false
	}
	n.by("time range")
	n.emit(t.raw, "to")
	return true
}

// scorelineNumber reports a three-digit score in a line of results, "Celtics 112, Heat 101":
// a capitalized name, the number and a comma, then another name and number (or the same
// before it). Such numbers are counts, not names read in pairs.
func (n *normalizer) scorelineNumber() bool {
	cur := n.peek(0)
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !isCapitalized(prev.core) || !isLetterWord(prev.core) || versionNames[prev.lower()] || modelMakers[prev.lower()] ||
		legalLabels[prev.core] || labelPrev[prev.lower()] || pairedLabel[prev.lower()] {
		return false // "Chrome 120, Firefox 121": versions; "Sec 104, Row 12", "Room 101, Floor 2": labels
	}
	if next, num := n.peek(1), n.peek(2); cur.post == "," && next != nil && num != nil && next.post == "" && isCapitalized(next.core) && isLetterWord(next.core) && allDigits(num.core) && len(num.core) <= 3 {
		return true
	}
	num, name := n.peek(-2), n.peek(-3)
	if num != nil && name != nil && num.post == "," && allDigits(num.core) && len(num.core) <= 3 && name.post == "" && isCapitalized(name.core) && isLetterWord(name.core) {
		return true
	}
	return n.scorelineNames55()
}

// scorelineNames55 is scorelineNumber's test for teams of two or three words and for a record in
// brackets after a score (round fifty-five): "Golden State Warriors 120, Denver Nuggets 118",
// "Nets 109 (13-15), Celtics 107 (10-17)". The number at hand follows a name (its last word
// checked by the caller); another name's score comes before it or after its comma.
func (n *normalizer) scorelineNames55() bool {
	cur := n.peek(0)
	at := 1
	if cur.post == "" && n.scoreRecord55(n.peek(1), ",") {
		at = 2 // "109 (13-15), Celtics 107"
	} else if cur.post != "," {
		at = 0
	}
	if at > 0 {
		if k := n.teamWords55(at, 1); k > 0 {
			if num := n.peek(at + k); num != nil && allDigits(num.core) && len(num.core) <= 3 {
				return true
			}
		}
	}
	k := n.teamWords55(-1, -1)
	if k == 0 {
		return false
	}
	at = -1 - k
	num := n.peek(at)
	if num != nil && n.scoreRecord55(num, ",") {
		at--
		num = n.peek(at)
		if num == nil || num.post != "" {
			return false
		}
	} else if num == nil || num.post != "," {
		return false
	}
	return allDigits(num.core) && len(num.core) <= 3 && n.teamWords55(at-1, -1) > 0
}

// teamWords55 counts the capitalized words of a team's name (one to three, each with nothing
// after it) from offset off going in direction dir.
func (n *normalizer) teamWords55(off, dir int) int {
	k := 0
	for ; k < 3; k++ {
		w := n.peek(off + dir*k)
		if w == nil || w.post != "" || w.pre != "" || !isCapitalized(w.core) || !isLetterWord(w.core) {
			break
		}
	}
	return k
}

// scoreRecord55 reports a team's record in brackets, "(13-15)" or "(22-41-7)", followed by post.
func (n *normalizer) scoreRecord55(t *token, post string) bool {
	if t == nil || t.pre != "(" || t.post != ")"+post {
		return false
	}
	parts := strings.Split(t.core, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || !allDigits(p) {
			return false
		}
	}
	return true
}

// plateLike reads a code of capitals between digits, as licence plates are written, character
// by character: "8XYZ123" eight x y z one two three. It needs two capitals in a row and four
// digits, a digit at each end. It reports whether it did.
func (n *normalizer) plateLike(t *token) bool {
	c := t.core
	if len(c) < 5 || len(c) > 10 || !isDigit(c[0]) || !isDigit(c[len(c)-1]) || !upperAlnum(c) {
		return false
	}
	digits, run, best := 0, 0, 0
	for i := 0; i < len(c); i++ {
		if isDigit(c[i]) {
			digits++
			run = 0
			continue
		}
		run++
		best = max(best, run)
	}
	if digits < 4 || best < 2 {
		return false
	}
	n.by("code digits")
	for i := 0; i < len(c); i++ {
		if isDigit(c[i]) {
			n.emit(t.raw, onesWordsOrZero(c[i]))
		} else {
			n.emitLetter(t.raw, strings.ToLower(c[i:i+1]))
		}
	}
	return true
}

// weekdayListed reports a capitalized weekday abbreviation within the five tokens before the
// current one, so a list of days reads on: "Mon 9-5 / Tue 9-5 / Wed closed".
func (n *normalizer) weekdayListed() bool {
	for off := -1; off >= -5; off-- {
		p := n.peek(off)
		if p == nil {
			return false
		}
		c := p.core
		if a, _, ok := cutDash(c); ok {
			c = a // "Mon–Sat, every 20 min Sun": a range of days lists them too
		}
		switch strings.ToLower(c) {
		case "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
			return isCapitalized(c)
		}
	}
	return false
}

// forwarded reads an email's "Fwd:" or "FW:" opening a subject line as "forward".
func (n *normalizer) forwarded(t *token) bool {
	switch t.core {
	case "Fwd", "FWD", "Fw", "FW", "fwd":
	default:
		return false
	}
	if n.i != 0 || t.post != ":" {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "forward")
	return true
}

// cricketNear reports a word of cricket within eight tokens of the current one.
func (n *normalizer) cricketNear() bool {
	for k := max(0, n.i-8); k <= min(len(n.toks)-1, n.i+8); k++ {
		if k != n.i && cricketWords[strings.ToLower(n.toks[k].core)] && !n.r41OverPreposition(k) {
			return true // "over the lake" is no cricket over (round forty-one)
		}
		if k+1 < len(n.toks) && strings.EqualFold(n.toks[k].core, "all") && strings.EqualFold(n.toks[k+1].core, "out") {
			return true // "287 all out" (added after the held13 unseen measurement)
		}
	}
	return false
}

// cricketRange reads runs and wickets written with a dash in a sentence about cricket,
// "England reached 345-7 at stumps" three forty five for seven. It reports whether it did.
func (n *normalizer) cricketRange(t *token, runs, wickets number) bool {
	if runs.hasPoint || wickets.hasPoint || runs.commas || len(runs.intPart) > 3 || len(wickets.intPart) > 2 {
		return false
	}
	r, w := atoiSmall(runs.intPart), atoiSmall(wickets.intPart)
	if w > 10 || r < 10 || !n.cricketNear() {
		return false
	}
	n.by("cricket score")
	if len(runs.intPart) == 3 {
		n.emit(t.raw, appendPaired(nil, runs.intPart)...)
	} else {
		n.emit(t.raw, appendInteger(nil, runs.intPart)...)
	}
	n.emit(t.raw, "for")
	n.emit(t.raw, appendInteger(nil, wickets.intPart)...)
	return true
}

// dotTimeRange reads two dot times joined by a dash, as British opening hours are written,
// "Open daily 10.00–17.30" ten to seventeen thirty, where a word of times is near and no word
// of prices or rates. It reports whether it did.
func (n *normalizer) dotTimeRange(t *token, lo, hi number) bool {
	ok := func(x number) bool {
		return x.hasPoint && !x.neg && !x.commas && len(x.frac) == 2 && len(x.intPart) <= 2 && atoiSmall(x.intPart) <= 23 && atoiSmall(x.frac) <= 59
	}
	if !ok(lo) || !ok(hi) {
		return false
	}
	cue := false
	for k := max(0, n.i-8); k <= min(len(n.toks)-1, n.i+6); k++ {
		w := strings.ToLower(n.toks[k].core)
		if k != n.i && dotTimeBlockers[w] {
			return false
		}
		cue = cue || k != n.i && (dotTimeCues[w] || w == "daily" || w == "hours")
	}
	if !cue {
		return false
	}
	n.by("time range")
	for k, x := range []number{lo, hi} {
		if k == 1 {
			n.emit(t.raw, n.rangeWord())
		}
		if x.frac == "00" {
			n.emit(t.raw, appendInteger(nil, x.intPart)...)
			if atoiSmall(x.intPart) > 12 {
				n.emit(t.raw, "hundred")
			}
			continue
		}
		w, _ := clockTime(x.intPart+":"+x.frac, false)
		n.emit(t.raw, w...)
	}
	return true
}

// codeSlashed reads an identifier of digit groups joined by slashes after a code word, digit
// by digit: "Ref. no. 4471/2023" four four seven one two zero two three. It reports whether
// it did.
func (n *normalizer) codeSlashed(t *token) bool {
	if t.core == "" || !isDigit(t.core[0]) || !strings.Contains(t.core, "/") {
		return false
	}
	groups := strings.Split(t.core, "/")
	if len(groups) > 4 || groupDigits(groups) < 6 {
		return false
	}
	for _, g := range groups {
		if g == "" || len(g) > 8 || !allDigits(g) {
			return false
		}
	}
	if n.codeWordBefore() == "" {
		return false
	}
	n.by("code digits")
	n.phone(t.raw, groups, "")
	return true
}

// stretched reads a word written with a letter drawn out, as in chat: "soooo" so, "yesss" yes,
// "gooood" good. A run of three or more of one letter is cut to two, or to one, whichever the
// lexicon knows (two first: "cooool" cool). Words that are one letter repeated ("zzz",
// "www") and words the lexicon knows are left alone. It reports whether it read the token.
func (n *normalizer) stretched(t *token) bool {
	c := t.core
	if n.opts.IsWord == nil || len(c) < 4 || len(c) > 24 || !isLetterWord(c) || speedAllSame(c) {
		return false
	}
	run, at := 1, -1
	for i := 1; i < len(c); i++ {
		if c[i] == c[i-1] {
			run++
			if run == 3 {
				at = i
			}
		} else {
			run = 1
		}
	}
	if at < 0 {
		return false
	}
	l := strings.ToLower(c)
	if n.opts.IsWord(l) {
		return false
	}
	// Cut every run of three or more to two, then to one, keeping a form the lexicon knows.
	var two, one strings.Builder
	for i := 0; i < len(l); i++ {
		k := i
		for k+1 < len(l) && l[k+1] == l[i] {
			k++
		}
		r := k - i + 1
		switch {
		case r >= 3:
			two.WriteString(l[i : i+2])
			one.WriteByte(l[i])
		default:
			two.WriteString(l[i : k+1])
			one.WriteString(l[i : k+1])
		}
		i = k
	}
	forms := []string{two.String(), one.String()}
	if stretchedShort[forms[1]] {
		forms[0], forms[1] = forms[1], forms[0] // "soooo" so, not the rare "soo"
	}
	for _, w := range forms {
		if len(w) > 1 && n.opts.IsWord(w) {
			n.by("word")
			n.debug("stretched word", "token", t.raw)
			n.word(t.raw, w)
			return true
		}
		if _, ok := chatReadings[w]; ok && w != "u" {
			sub := *t
			sub.core = w
			return n.chat(&sub)
		}
	}
	return false
}

// stretchedShort are the short words people stretch most, preferred to a rarer word with a
// doubled letter ("soooo" so, not "soo"; "nooo" no).
var stretchedShort = setOf("so no yes oh ah hi hey yo go me we he she ya wow ok aw um uh hm why what please")

// lettersThenDigits reads a code of one to four capitals glued to five or more digits
// character by character, as update and ticket numbers are said: "KB5034441" k b five zero
// three four four four one, "INC0012345". It reports whether it did.
func (n *normalizer) lettersThenDigits(t *token) bool {
	c := t.core
	k := 0
	for k < len(c) && isUpperLetter(c[k]) {
		k++
	}
	if k == 0 || k > 4 || len(c)-k < 5 || len(c)-k > 16 || !allDigits(c[k:]) {
		return false
	}
	n.by("code digits")
	for i := 0; i < k; i++ {
		n.emitLetter(t.raw, strings.ToLower(c[i:i+1]))
	}
	n.emit(t.raw, appendDigitNames(nil, c[k:], false)...)
	return true
}

// hexNumber reads a hexadecimal number written with 0x character by character: "0x80070057"
// zero x eight zero zero seven zero zero five seven, "0xFF" zero x f f. It reports whether it
// did.
func (n *normalizer) hexNumber(t *token) bool {
	c := t.core
	if len(c) < 3 || len(c) > 18 || c[0] != '0' || c[1] != 'x' && c[1] != 'X' {
		return false
	}
	for i := 2; i < len(c); i++ {
		if !isDigit(c[i]) && !strings.ContainsRune("abcdefABCDEF", rune(c[i])) {
			return false
		}
	}
	n.by("hexadecimal number")
	n.emit(t.raw, "zero")
	n.emitLetter(t.raw, "x")
	for i := 2; i < len(c); i++ {
		if isDigit(c[i]) {
			n.emit(t.raw, onesWordsOrZero(c[i]))
		} else {
			n.emitLetter(t.raw, strings.ToLower(c[i:i+1]))
		}
	}
	return true
}

// pluralAfter reports a plural noun in lower case right after the current token: "12k people".
func (n *normalizer) pluralAfter() bool {
	next := n.peek(1)
	return next != nil && n.peek(0).post == "" && (plainPlural(next.core) || irregularPlurals[next.core])
}

// partyState reads a party letter joined to a state, as US reporters tag lawmakers: "(D-Calif.)"
// d california, "R-Texas" r texas, "D-N.Y." d new york. It reports whether it did.
func (n *normalizer) partyState(t *token) bool {
	p, st, ok := strings.Cut(t.core, "-")
	if !ok || p != "D" && p != "R" && p != "I" {
		return false
	}
	name := stateAbbrev[st]
	if name == "" {
		if s, ok := usStates[strings.ToUpper(strings.ReplaceAll(st, ".", ""))]; ok && strings.Contains(st, ".") || ok && len(st) == 2 {
			name = s
		}
	}
	if name == "" && isCapitalized(st) && isLetterWord(st) {
		for _, v := range usStates {
			if strings.EqualFold(v, st) {
				name = v
				break
			}
		}
	}
	if name == "" {
		return false
	}
	n.by("party and state")
	n.emitLetter(t.raw, strings.ToLower(p))
	n.emit(t.raw, strings.Fields(name)...)
	n.absorbed = strings.HasPrefix(t.post, ".") && !n.isLast(0)
	return true
}

// episodeCode reads a season and episode code, "S02E05" season two episode five. It reports
// whether it did.
func (n *normalizer) episodeCode(t *token) bool {
	c := t.core
	if len(c) < 4 || len(c) > 8 || c[0] != 'S' && c[0] != 's' {
		return false
	}
	k := strings.IndexAny(c, "Ee")
	if k < 2 || k > 3 || k == len(c)-1 || !allDigits(c[1:k]) || !allDigits(c[k+1:]) || len(c)-k-1 > 3 {
		return false
	}
	n.by("episode")
	n.emit(t.raw, "season")
	n.emit(t.raw, appendInteger(nil, strings.TrimLeft(c[1:k], "0"))...)
	n.emit(t.raw, "episode")
	n.emit(t.raw, appendInteger(nil, strings.TrimLeft(c[k+1:], "0"))...)
	return true
}

// pressureWords near "1015 mb" make mb millibars.
var pressureWords = setOf("pressure barometer barometric isobar isobars low high hurricane storm trough troughs ridge ridges gradient gradients") // trough…gradients: a forecaster's discussion (the lead's round fifty-three)

// millibars reads "mb" after a number as millibars in a sentence about air pressure: "pressure
// 1015 mb". It returns the tokens used, or 0.
func (n *normalizer) millibars(t *token, num number, rest string) int {
	next := n.peek(1)
	if rest != "" || t.post != "" || next == nil || next.core != "mb" && next.core != "mbar" {
		return 0
	}
	near := next.core == "mbar"
	for k := max(0, n.i-6); k <= min(len(n.toks)-1, n.i+4) && !near; k++ {
		near = pressureWords[strings.ToLower(n.toks[k].core)]
	}
	if !near {
		return 0
	}
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	adj := false
	if after := n.peek(2); after != nil && next.post == "" && after.pre == "" {
		adj = pressureNouns53[strings.ToLower(after.core)] // "the 500 mb trough" (the lead's round fifty-three)
	}
	n.emit(t.raw, plural(adj || num.isOne() && !num.hasPoint, "millibar", "millibars"))
	return 2
}

// firstRune returns the first rune of s (utf8.RuneError for an empty string).
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// patientVerbs after "Pt" make it "patient", as clinical notes write it: "Pt is a 67 y/o male".
var patientVerbs = setOf("is was has had denies denied reports reported presents presented states stated complains tolerated tolerating refuses refused admitted discharged seen given")

// patientNote reads "Pt" before a verb of a clinical note as "patient". It reports whether it did.
func (n *normalizer) patientNote(t *token) bool {
	if t.core != "Pt" && t.core != "pt" || t.post != "" && t.post != "." {
		return false
	}
	next := n.peek(1)
	if next == nil || !patientVerbs[next.lower()] {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "patient")
	n.absorbed = t.post == "."
	return true
}

// labWords in a sentence make "LDL 140" a lab value, a count, not a name read in pairs.
var labWords = setOf("mg/dl mmol/l meq/l g/dl cholesterol glucose ldl hdl triglycerides a1c hba1c creatinine sodium potassium platelets wbc hgb bp hr pulse spo2 labs lab fasting")

// labValue reports a three-digit number after a capitalized acronym in a sentence about lab
// results: "Cholesterol 212 mg/dL; LDL 140" one hundred forty.
func (n *normalizer) labValue() bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 2 || len(prev.core) > 5 || !isUpperWord(prev.core) || eraWord(prev) {
		return false // "in AD 162" is a year, in pairs, with a lab word near (round thirty-four)
	}
	for k := max(0, n.i-8); k <= min(len(n.toks)-1, n.i+4); k++ {
		if k != n.i-1 && labWords[strings.ToLower(n.toks[k].core)] {
			return true
		}
	}
	return false
}

// etaBefore reads chat "eta" before a number or time as the letters E T A: "omw, eta 10 min".
func (n *normalizer) etaBefore(t *token) bool {
	next := n.peek(1)
	if t.core != "eta" || next == nil || t.post != "" || !startsNumeric(next.core) {
		return false
	}
	n.by("acronym")
	n.emitLetter(t.raw, "e")
	n.emitLetter(t.raw, "t")
	n.emitLetter(t.raw, "a")
	return true
}

// tableBar reports a table's column bar right after the current token and a number after it:
// "Mon | 14°C | Rain".
func (n *normalizer) tableBar() bool {
	bar, next := n.peek(1), n.peek(2)
	return bar != nil && next != nil && bar.core == "|" && startsNumeric(next.core)
}

// emitTimes reads a count of occurrences: 1 once, 2 twice, else the number and "times".
func (n *normalizer) emitTimes(src, count string) {
	switch count {
	case "1":
		n.emit(src, "once")
	case "2":
		n.emit(src, "twice")
	default:
		n.emit(src, appendInteger(nil, count)...)
		n.emit(src, "times")
	}
}
