package text

import "strings"

// Round sixty: the misses of held48's dev half (a new hand's lines from emergency and
// public-safety sources: wildfire, quake, tsunami and flood bulletins, shelter notices,
// veterans' pages, ER wait pages, 911 dispatch logs), each read as a class and tested on probe
// sentences written before the readers, readings60.tsv. A dose before the form it comes in
// ("4 mg nasal spray") is read by round thirty-five's unitHeads, where spray and nasal were
// added.

func (n *normalizer) round60Token(t *token) int {
	if n.inPart != 0 {
		return 0
	}
	c := t.core
	switch {
	case c[0] >= '1' && c[0] <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if allDigits(c) {
			if c == "911" && n.textTo911_60(t) {
				return 1
			}
			if n.shortCode60(t) || n.stationNumber60(t) || n.callSign60(t) || n.freeway60(t) || n.apparatus60(t) {
				return 1
			}
			return 0
		}
		if n.may(shPunct) && n.browserPlus60(t) {
			return 1
		}
		if n.may(shHyphen) && n.formNumber60(t) {
			return 1
		}
		if n.may(shWide) {
			return n.degrees60(t)
		}
	case c[0] == 'I' || c[0] == 'F':
		return oneIf(n.may(shHyphen) && n.formCode60(t))
	case len(c) == 3 && (c[0] == 'e' || c[0] == 'E'):
		return oneIf(n.may(shLower) && n.estimated60(t))
	case c == "mb":
		return oneIf(n.may(shLower) && n.millibars60(t))
	case c == "bpm":
		return oneIf(n.may(shLower) && n.bpm60(t))
	}
	return 0
}

// shortCode60 reads a short code after "text", a keyword in capitals and a few words, then
// "to", digit by digit, as the code after "Text STOP to" is already read: "Text SHELTER and your
// ZIP code to 43362" four three three six two, "Text FLOOD plus your county name to 67283" (they
// were counts: the words between kept the older reader from seeing "text"). Without a keyword
// in capitals after "text" ("Text messages … rose to 43362", "Text alerts went out to 12000
// residents") the number stays a count. It reports whether it did.
func (n *normalizer) shortCode60(t *token) bool {
	c := t.core
	if len(c) < 4 || len(c) > 6 {
		return false
	}
	to := n.peek(-1)
	if to == nil || to.core != "to" || to.post != "" || to.pre != "" {
		return false
	}
	// Back over at most eight plain words to "text" and its keyword.
	for off := -2; off >= -10; off-- {
		w := n.peek(off)
		if w == nil || w.pre != "" || w.post != "" || !isLetterWord(w.core) {
			return false
		}
		if off == -2 {
			continue // the keyword stands after "text", so at -3 at the nearest
		}
		if l := w.lower(); l == "text" || l == "txt" {
			k := n.peek(off + 1)
			if len(k.core) < 2 || !isUpperWord(k.core) {
				return false
			}
			n.by("code digits")
			n.emit(t.raw, appendDigitNames(nil, c, false)...)
			return true
		}
	}
	return false
}

// stationWords60 name a place whose number is an identifier: a buoy's (NDBC, DART) or a stream
// gauge's (USGS).
var stationWords60 = setOf("buoy gauge")

// stationNumber60 reads the number of a buoy, a stream gauge or an NDBC or DART station, five
// digits or more, digit by digit, as such numbers are read off a bulletin: "Buoy 51407" five one
// four zero seven, "NDBC station 46026", "stream gauge 11447650" (they were counts). A fire
// station's number ("Fire Station 12") and a measure after the word ("drifted 1200 meters")
// stay. It reports whether it did.
func (n *normalizer) stationNumber60(t *token) bool {
	c := t.core
	if len(c) < 5 || len(c) > 10 {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 4 || len(prev.core) > 7 {
		return false
	}
	l := prev.lower()
	if !stationWords60[l] {
		if l != "station" {
			return false
		}
		pp := n.peek(-2)
		if pp == nil || pp.post != "" || pp.core != "NDBC" && pp.core != "DART" && !stationWords60[pp.lower()] {
			return false
		}
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}

// callSign60 reads the number of a call sign after "call sign" (or "callsign") and its word in
// pairs, as a flight's number is read: "call sign Herky 2231" herky twenty two thirty one,
// "call sign Evac 310" evac three ten (they were counts). It reports whether it did.
func (n *normalizer) callSign60(t *token) bool {
	c := t.core
	if len(c) != 3 && len(c) != 4 {
		return false
	}
	name := n.peek(-1)
	if name == nil || name.post != "" || name.pre != "" || len(name.core) < 2 || !isLetterWord(name.core) || !isCapitalized(name.core) {
		return false
	}
	sign := n.peek(-2)
	if sign == nil || sign.post != "" {
		return false
	}
	switch sign.lower() {
	case "callsign":
	case "sign":
		call := n.peek(-3)
		if call == nil || call.post != "" || call.lower() != "call" {
			return false
		}
	default:
		return false
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// browsers60 are browsers (and Firefox's extended-support line) whose versions are read in
// pairs, as "Chrome 126 is out" is.
var browsers60 = setOf("chrome chromium firefox edge safari opera brave vivaldi esr")

// browserPlus60 reads a browser's three-digit version with a plus after it (this version or
// later) in pairs, as without the plus: "Chrome 115+" chrome one fifteen plus, "Firefox 128+"
// (they were counts). An age or a count with a plus ("Ages 65+", "Over 120+ homes") stays. It
// reports whether it did.
func (n *normalizer) browserPlus60(t *token) bool {
	c := t.core
	if len(c) != 4 || c[3] != '+' || !allDigits(c[:3]) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !isCapitalized(prev.core) && prev.core != "esr" || !browsers60[prev.lower()] {
		return false
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, c[:3])...)
	n.emit(t.raw, "plus")
	return true
}

// freewayNext60 are words after "the" and a freeway's number that show it names the road: a
// direction, the road itself, or a preposition of where on it.
var freewayNext60 = setOf(`north south east west northbound southbound eastbound westbound nb sb freeway fwy at
near between through until past toward towards`)

// freewayBefore60 are words before "the" and a freeway's number that put it on the road: a verb
// of driving or a preposition of being on it.
var freewayBefore60 = setOf("on onto off take took taking avoid avoiding via")

// freewayState60 are states of a road after "the 101 is" or "was".
var freewayState60 = setOf("open closed shut blocked jammed backed clear reopened down gridlocked flooded")

// freeway60 reads a freeway named by "the" and its three-digit number, as Californians say it, in
// pairs: "on the 405" four oh five, "Take the 210 east" two ten, "the 101 is closed" one oh one
// (they were counts). It needs a verb of driving or "on" before "the" (with no noun after the
// number; or "and" after another such freeway), or a direction, a road word or a road's state after the number. "The 101 residents",
// "Of the 300 homes", "the 120 were found" and a round hundred ("the 300 block") stay counts. It
// reports whether it did.
func (n *normalizer) freeway60(t *token) bool {
	c := t.core
	if len(c) != 3 || c[1:] == "00" {
		return false
	}
	the := n.peek(-1)
	if the == nil || the.post != "" || the.lower() != "the" {
		return false
	}
	next := n.peek(1)
	ok := false
	if next != nil && t.post == "" && next.pre == "" {
		l := next.lower()
		switch {
		case freewayNext60[l]:
			ok = true
		case l == "is" || l == "was" || l == "remains":
			if s := n.peek(2); next.post == "" && s != nil && s.pre == "" && freewayState60[s.lower()] {
				ok = true
			}
		}
	}
	if !ok {
		pp := n.peek(-2)
		if pp == nil || pp.post != "" || !freewayBefore60[pp.lower()] && !n.freewayPair60(pp) {
			return false
		}
		if next != nil && t.post == "" && next.pre == "" && next.lower() != "and" && next.lower() != "or" && next.lower() != "this" && next.lower() != "today" && next.lower() != "tonight" {
			return false
		}
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// freewayPair60 reports "and" or "or" joining this freeway to one named before it ("Avoid the
// 110 and the 605"), pp being the token before "the".
func (n *normalizer) freewayPair60(pp *token) bool {
	if l := pp.lower(); l != "and" && l != "or" {
		return false
	}
	num, the := n.peek(-3), n.peek(-4)
	return num != nil && the != nil && num.post == "" && len(num.core) == 3 && allDigits(num.core) && the.lower() == "the"
}

// degreeHeads60 are nouns a measure of degrees describes when it stands before them: views,
// turns and the things that sweep them.
var degreeHeads60 = setOf(`fov hfov vfov field view turn turns angle arc bend rotation camera cameras lens lenses
sweep panorama coverage cone elbow elbows swivel tilt pivot`)

// degrees60 reads degrees glued to a number before the noun they describe in the singular, as
// other units before their noun are: "170° FOV" one hundred seventy degree f o v, "160° field of
// view" (they were plural); and before a spaced F or C, the scale: "350° F" three hundred fifty
// degrees fahrenheit (it was f). A temperature, a bearing or a predicate ("104° in the shade",
// "from 270° at 15 knots") keeps the plural. It returns the tokens used, or 0.
func (n *normalizer) degrees60(t *token) int {
	c := t.core
	num, rest, ok := scanNumber(c)
	if !ok || rest != "°" || num.neg || num.plus || t.post != "" {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return 0
	}
	if next.core == "F" || next.core == "C" {
		if next.post != "" && !strings.ContainsAny(next.post[:1], ".,;:!?)") {
			return 0
		}
		n.by("number and unit")
		n.emit(t.raw, appendNumber(nil, num)...)
		if num.isOne() {
			n.emit(t.raw, "degree")
		} else {
			n.emit(t.raw, "degrees")
		}
		if next.core == "F" {
			n.emit(next.raw, "fahrenheit")
		} else {
			n.emit(next.raw, "celsius")
		}
		return 2
	}
	if !isLetterWord(next.core) || !degreeHeads60[next.lower()] {
		return 0
	}
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "degree")
	return 1
}

// bpm60 reads bpm after a number read alone (after HR in a clinical note the number is read
// before its unit is seen) as the unit, beats per minute, as "64 bpm" is read (it was spelled).
// It reports whether it did.
func (n *normalizer) bpm60(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || !allDigits(prev.core) || prev.core == "1" {
		return false
	}
	n.by("unit")
	n.emit(t.raw, "beats", "per", "minute")
	return true
}

// apparatus60 are the kinds of fire and EMS apparatus a dispatch log names by number.
var apparatus60 = setOf("engine truck ladder medic rescue battalion ambulance squad tower tanker brush quint")

// measures60 are units written as words, after which a number is a quantity.
var measures60 = setOf("feet foot gallons gallon liters litres meters metres miles yards inches pounds tons acres")

// apparatus60 reads a fire or EMS apparatus's four-digit number after its kind, capitalized, in
// pairs, as a three-digit one already is ("Medic 112" one twelve): "Engine 2215" twenty two
// fifteen, "Truck 1203" twelve oh three, "Battalion 1402" fourteen oh two (they were counts). A
// number before a unit ("Ladder 1200 feet long") stays a quantity. It reports whether it did.
func (n *normalizer) apparatus60(t *token) bool {
	c := t.core
	if len(c) != 4 {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.pre != "" || !isCapitalized(prev.core) || !apparatus60[prev.lower()] {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && next.pre == "" {
		if _, unit := unitWord(next.core, true); unit || measures60[next.lower()] {
			return false
		}
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// formGroup60 appends a group of a form's number: two digits as a number, three or four in
// pairs, a group opening with zero digit by digit with oh.
func formGroup60(dst []string, g string) []string {
	switch {
	case g[0] == '0':
		return appendDigitNames(dst, g, true)
	case len(g) <= 2:
		return appendInteger(dst, g)
	}
	return appendPaired(dst, g)
}

// formNumber60 reads a form's number with a dash after Form, as the VA's and others' forms are
// said: its groups in pairs and its letters spelled, "VA Form 21-526EZ" twenty one five twenty
// six e z, "Form 10-10EZ" ten ten e z, "Form 21-0966" twenty one oh nine six six (they were
// ranges). A range after other words ("Ages 21-35") stays. It reports whether it did.
func (n *normalizer) formNumber60(t *token) bool {
	a, rest, ok := strings.Cut(t.core, "-")
	if !ok || len(a) > 2 || !allDigits(a) {
		return false
	}
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	b, suf := rest[:j], rest[j:]
	if len(b) < 2 || len(b) > 4 || len(suf) > 3 || !isUpperWord(suf) && suf != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.lower() != "form" {
		return false
	}
	n.by("form number")
	n.emit(t.raw, appendInteger(nil, a)...)
	n.emit(t.raw, formGroup60(nil, b)...)
	for i := 0; i < len(suf); i++ {
		n.emitLetter(t.raw, strings.ToLower(suf[i:i+1]))
	}
	return true
}

// femaKinds60 are the kinds of a FEMA declaration: a major disaster, an emergency, fire
// management.
var femaKinds60 = setOf("DR EM FM")

// formCode60 reads an ICS form's number with a dash in pairs, as "ICS 214" spaced is read
// ("ICS-201" i c s two oh one; it was two hundred one), and a FEMA declaration's number in pairs
// with its kind spelled ("FEMA-4856-DR" fema forty eight fifty six d r; it was a count), as
// "DR-4856" is read. It reports whether it did.
func (n *normalizer) formCode60(t *token) bool {
	c := t.core
	switch {
	case len(c) == 7 && strings.HasPrefix(c, "ICS-") && allDigits(c[4:]) && c[4] != '0':
		n.by("form number")
		for _, l := range [...]string{"i", "c", "s"} {
			n.emitLetter(t.raw, l)
		}
		n.emit(t.raw, appendPaired(nil, c[4:])...)
		return true
	case len(c) == 12 && strings.HasPrefix(c, "FEMA-") && c[9] == '-' && allDigits(c[5:9]) && c[5] != '0' && femaKinds60[c[10:]]:
		n.by("form number")
		n.emit(t.raw, "fema")
		n.emit(t.raw, appendPaired(nil, c[5:9])...)
		n.emitLetter(t.raw, strings.ToLower(c[10:11]))
		n.emitLetter(t.raw, strings.ToLower(c[11:12]))
		return true
	}
	return false
}

// estimated60 reads est. before a clock time, an amount of money or a measure as estimated, as a
// bulletin means it: "arrival est. 07:42 HST", "Damage est. $4.2M", "Crest est. 24.5 ft" (they
// were established). Before a year ("est. 1902", "Est. 1998") it stays established; EST in
// capitals is a time zone. It reports whether it did.
func (n *normalizer) estimated60(t *token) bool {
	if !t.hasDot() || t.core != "est" && t.core != "Est" {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || next.core == "" {
		return false
	}
	c := next.core
	switch {
	case c[0] == '$' || strings.HasPrefix(c, "€") || strings.HasPrefix(c, "£"):
	case c[0] >= '0' && c[0] <= '9':
		if len(c) == 4 && allDigits(c) {
			return false // a year: established
		}
	default:
		return false
	}
	n.readAbbrev(t, "estimated")
	return true
}

// textTo911_60 reads 911 after text or texting (perhaps with to) as the emergency number, nine
// one one, as after call: "You can text to 911", "Texting 911 works here" (they were counts). A
// count after other words ("The text ran to 911 words") stays. It reports whether it did.
func (n *normalizer) textTo911_60(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	if prev.core == "to" {
		prev = n.peek(-2)
		if prev == nil || prev.post != "" {
			return false
		}
	}
	if l := prev.lower(); l != "text" && l != "texting" && l != "texted" {
		return false
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, t.core, false)...)
	return true
}

// pressureWords60 are words of a sentence about air pressure.
var pressureWords60 = setOf("pressure barometric barometer millibars low hurricane storm cyclone typhoon")

// millibars60 reads mb after a number (signed, perhaps in brackets) in a sentence about air
// pressure as millibars, as "990 mb" is read there: "from 998 to 990 mb (−8 mb)" (the second was
// spelled after a range). mb of a file stays spelled. It reports whether it did.
func (n *normalizer) millibars60(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" {
		return false
	}
	num, rest, ok := scanNumber(prev.core)
	if !ok || rest != "" {
		return false
	}
	found := false
	for off := -n.i; n.i+off < len(n.toks) && !found; off++ {
		if w := n.peek(off); w != nil && pressureWords60[w.lower()] {
			found = true
		}
	}
	if !found {
		return false
	}
	n.by("unit")
	if num.isOne() {
		n.emit(t.raw, "millibar")
	} else {
		n.emit(t.raw, "millibars")
	}
	return true
}
