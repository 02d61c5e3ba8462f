package text

import "strings"

// Round twenty-five: the classes the held-out sets still missed after round twenty-one, and the
// misreadings known at the round's start, each read as a class and tested on probe sentences of
// the round's own written before the reader, readings25.tsv. Each reader is guarded by the shapes
// its first test needs (README, Speed).

func (n *normalizer) round25Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch {
	case isDigit(c[0]):
		if n.may(shDigit) && (n.lifeSpan(t) || n.labelYear(t) || n.heartRate(t)) || n.may(shDot) && n.floorRoom(t) {
			return 1
		}
		if n.may(shSlash) {
			if k := n.shareOfUnits(t); k > 0 {
				return k
			}
		}
	case len(c) == 4 && c[0] >= 'A' && c[0] <= 'Z':
		if n.may(shUpper) && n.numberPlate(t) {
			return 2
		}
	case c == "Cat":
		if n.may(shUpper) && n.stormCategory(t) {
			return 1
		}
	case c == "sm":
		if n.may(shLower) && n.chatSoMuch(t) {
			return 1
		}
	case len(c) >= 7 && c[0] >= 'A' && c[0] <= 'Z' && strings.IndexByte(c, '&') > 0:
		if n.may(shPunct) && n.abbrevAndWord(t) {
			return 1
		}
	case c == "x" || c == "×":
		if n.may(shLower|shWide) && n.packCount(t) {
			return 2
		}
	}
	return 0
}

// packUnits are units of what a tin, a bottle or a pack holds.
var packUnits = setOf("g kg mg ml mL l L cl oz lb lbs")

// packNouns are containers sold by what they hold: "1 x 400g tin".
var packNouns = setOf(`tin tins can cans jar jars bottle bottles pack packs packet packets bag bags carton cartons tub tubs
box boxes sachet sachets pot pots punnet punnets tube tubes pouch pouches bar bars block blocks loaf loaves`)

// packCount reads a count and x before a quantity glued to its unit and a container, as a
// recipe or a shopping list is read aloud: "1 x 400g tin" one four hundred gram tin, "2 x 500ml
// bottles" two five hundred milliliter bottles (it was "by" and a plural unit). The x is not
// said; the quantity names the container's size, an adjective, so its unit is singular.
// Precondition: a bare whole number of one or two digits before, the token a bare x or ×, a
// whole or decimal quantity glued to a unit of packUnits after, and a word of packNouns after
// that ("4 x 100m relay", "2 x 3m rug", "2 x 20 min" stay by).
func (n *normalizer) packCount(t *token) bool {
	if t.pre != "" || t.post != "" {
		return false
	}
	prev, q, noun := n.peek(-1), n.peek(1), n.peek(2)
	if prev == nil || q == nil || noun == nil || prev.post != "" || len(prev.core) > 2 || !allDigits(prev.core) || prev.core[0] == '0' ||
		q.pre != "" || q.post != "" || noun.pre != "" || !packNouns[noun.core] {
		return false
	}
	num, rest, ok := scanNumber(q.core)
	if !ok || num.neg || num.plus || !packUnits[rest] {
		return false
	}
	un, ok := unitWord(rest, false)
	if !ok {
		return false
	}
	n.by("pack size")
	n.emit(q.raw, appendNumber(nil, num)...)
	n.emit(q.raw, strings.Fields(un.sing)...)
	return true
}

// imageNames are container images and services written before a tag or a port: "node:20",
// "redis:6379". Another name takes a tag only in a sentence of containers (containerWords).
var imageNames = setOf(`python node postgres postgresql redis mysql mariadb mongo mongodb nginx httpd alpine ubuntu
debian centos fedora rockylinux almalinux amazonlinux busybox golang rust ruby php perl openjdk java dotnet
rabbitmq memcached elasticsearch opensearch kibana logstash grafana prometheus traefik caddy haproxy consul
vault jenkins gitlab registry tomcat jetty wordpress nextcloud minio kafka zookeeper cassandra influxdb
couchdb neo4j clickhouse keycloak sonarqube selenium bitnami nvidia pytorch tensorflow bash gcc`)

// containerWords make a sentence about containers, where any lower-case name before a colon
// and a number is an image and its tag.
var containerWords = setOf(`docker dockerfile image images container containers pull pulled pulls push pushed
tag tagged tags compose podman kubernetes kubectl pod pods helm registry deployment manifest`)

// lifeSpan reads a span of two years in brackets after a name, a life or a reign, each as a
// year: "Charlemagne (742–814)" seven forty two to eight fourteen (it was counts; four-digit
// spans were already years). Precondition: the token is bracketed alone, two numbers of three
// or four digits (the first of three) joined by an en dash or a hyphen, the second later by at
// most 110 years, right after a capitalized word that is no label or a regnal numeral after a
// name ("Rooms (742–814)", "pages (112–140)", "votes (412–388)" stay).
func (n *normalizer) lifeSpan(t *token) bool {
	c := t.core
	if t.pre != "(" || !strings.HasPrefix(t.post, ")") {
		return false
	}
	a, b, ok := cutSpanDash(c)
	if !ok || len(a) != 3 || len(b) < 3 || len(b) > 4 || !allDigits(a) || !allDigits(b) || b[0] == '0' {
		return false
	}
	from, to := atoiSmall(a), atoiSmall(b)
	if from < 100 || to <= from || to-from > 110 {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !isLetterWord(prev.core) || !isCapitalized(prev.core) {
		return false
	}
	if isUpperWord(prev.core) {
		// A regnal numeral after a name, "Pope Leo III (750–816)"; other capitals are no name.
		name := n.peek(-2)
		if strings.Trim(prev.core, "IVXLC") != "" || name == nil || name.post != "" || !isCapitalized(name.core) || isUpperWord(name.core) {
			return false
		}
	}
	if l := prev.lower(); labelPrev[l] || labelPrev[strings.TrimSuffix(l, "s")] {
		return false
	}
	n.by("year range")
	n.emit(t.raw, appendPaired(nil, a)...)
	n.emit(t.raw, "to")
	if len(b) == 3 {
		n.emit(t.raw, appendPaired(nil, b)...)
	} else {
		n.emit(t.raw, appendYear(nil, to)...)
	}
	return true
}

// artMedia are the materials and techniques a museum label names before a work's date.
var artMedia = setOf(`canvas panel paper bronze marble wood oak walnut silk oil oils tempera watercolour watercolor
gouache ink pencil graphite charcoal pastel chalk lithograph etching engraving woodcut photograph albumen gelatin
terracotta porcelain earthenware stoneware plaster limestone sandstone granite alabaster ivory glass parchment vellum
linen board copper silver gold enamel mosaic fresco`)

// labelYear reads a year from 1000 to 1899 closing a museum label's line after a medium and a
// comma, "Oil on canvas, 1889." eighteen eighty nine (it was a count: years before 1900 need a
// year's context, README). Precondition: four digits, bare, closing the sentence or before a
// comma or semicolon, right after a word with a comma, among the five words before it (to the
// sentence's start or a stop) one of artMedia ("12 points, 1889 yards" stays a count).
func (n *normalizer) labelYear(t *token) bool {
	c := t.core
	if len(c) != 4 || t.pre != "" || !allDigits(c) || c[0] != '1' {
		return false
	}
	if n.peek(1) != nil && t.post != "." && t.post != "," && t.post != ";" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "," {
		return false
	}
	for off := -1; off >= -5; off-- {
		w := n.peek(off)
		if w == nil {
			return false
		}
		if off < -1 && w.post != "" {
			return false // another clause
		}
		if artMedia[lowerASCIIWord(w.core)] {
			n.by("year")
			n.emit(t.raw, appendYear(nil, atoiSmall(c))...)
			return true
		}
	}
	return false
}

// shareDatePreps before N/M make it a month and a day.
var shareDatePreps = setOf("on by from until till til since before after through thru due")

// shareOfUnits reads an unreduced fraction before a plural unit as a count out of a whole,
// "9/12 hrs" nine out of twelve hours, as a tracker's goal is read (it was a fraction, nine
// twelfths hour; a writer reduces a fraction of a measure: "3/4 cups" stays three quarters).
// Before a plural noun that is no unit, the ratings' reader says "out of" (slashReading).
// Precondition: two whole numbers of at most two digits joined by a slash, the first from 2 to
// below the second, sharing a factor, bare, no date preposition or position label before, and
// a plural unit or measure right after ("9/12 months").
func (n *normalizer) shareOfUnits(t *token) int {
	a, b, ok := splitFraction(t.core)
	if !ok || len(a) > 2 || len(b) > 2 || t.pre != "" || t.post != "" {
		return 0
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x < 2 || x >= y {
		return 0
	}
	g := x
	for r := y; r != 0; g, r = r, g%r {
	}
	next, prev := n.peek(1), n.peek(-1)
	if g == 1 || next == nil || next.pre != "" || prev != nil && prev.post == "" && (shareDatePreps[lowerASCIIWord(prev.core)] || n.ofLabel()) {
		return 0
	}
	w := next.core
	if len(w) < 2 || !isLowerWord(w) || !strings.HasSuffix(w, "s") {
		return 0
	}
	un, isUnit := unitWord(w, true)
	if !isUnit {
		if !measureNouns[w] && !shareMeasures[w] {
			return 0
		}
		un = unit{w, w, true}
	}
	n.by("share of a whole")
	n.emitOutOf(t.raw, a, b)
	n.emit(next.raw, strings.Fields(un.plural)...)
	return 2
}

// datePrepBefore reports a date preposition right before the current token ("on 6/8").
func (n *normalizer) datePrepBefore() bool {
	prev := n.peek(-1)
	return prev != nil && prev.post == "" && shareDatePreps[lowerASCIIWord(prev.core)]
}

// shareMeasures are plural measures a fraction measures ("2/3 cups", "3/4 hours"), beside
// measureNouns and unit symbols: a share of them needs an unreduced fraction (shareOfUnits).
var shareMeasures = setOf(`feet yards acres liters litres quarts hours minutes seconds days weeks months years parts
slices pieces loaves lengths laps`)

// countedNext reports a plural noun right after the current token that a share counts: no unit
// or measure ("6/8 glasses"; "2/3 cups" stays a fraction), or a verbish plural that a share
// counts ("4/6 sets").
func (n *normalizer) countedNext() bool {
	next := n.peek(1)
	if next == nil {
		return false
	}
	if _, unit := unitWord(next.core, false); unit || measureNouns[next.core] || shareMeasures[next.core] {
		return false
	}
	return n.countedAfter() || n.countedVerbNoun()
}

// countedVerbNoun reports right after the current token a plural that verbish takes for a verb
// but that a share counts: "4/6 sets", "3/5 marks".
func (n *normalizer) countedVerbNoun() bool {
	cur, next := n.peek(0), n.peek(1)
	return cur != nil && next != nil && cur.post == "" && next.pre == "" && (next.core == "sets" || next.core == "marks")
}

// soMuchAfter are the words chat "sm" follows as "so much": "ty sm", "love you sm".
var soMuchAfter = setOf("ty thx thanks tysm luv ily") // ily: the lead's round thirty-seven

// soMuchVerbs take you or u before "sm": "thank u sm", "miss you sm".
var soMuchVerbs = setOf("thank love miss appreciate")

// chatSoMuch reads chat "sm" after thanks or love as "so much", "ty sm" thank you so much (it was
// spelled, as "sm" for small in a list of sizes stays). Precondition: the token is "sm" in lower
// case, right after ty, thx or thanks, or after you or u that follows thank, love or miss.
func (n *normalizer) chatSoMuch(t *token) bool {
	prev := n.peek(-1)
	if t.pre != "" || prev == nil || prev.post != "" {
		return false
	}
	l := lowerASCIIWord(prev.core)
	if !soMuchAfter[l] {
		v := n.peek(-2)
		if l != "you" && l != "u" || v == nil || v.post != "" || !soMuchVerbs[lowerASCIIWord(v.core)] {
			return false
		}
	}
	n.by("chat")
	n.emit(t.raw, "so", "much")
	return true
}

// stormWords make a sentence about storms, where "Cat 4" is a storm's category.
var stormWords = setOf(`hurricane hurricanes storm storms typhoon typhoons cyclone cyclones landfall tropical
saffir-simpson winds`)

// stormCategory reads "Cat" before a number from 1 to 5 in a sentence of storms as "category",
// "a Cat 4 hurricane" a category four hurricane (it was cat). Precondition: the token is "Cat"
// with nothing glued, a bare number from 1 to 5 after it, not before a word of cables ("Cat 5
// cable" stays), and a word of storms in the sentence. "Cat." with its period reads the same
// (the lead's round sixty-six; the sentence splitter keeps "Cat. 2" in one sentence).
func (n *normalizer) stormCategory(t *token) bool {
	next := n.peek(1)
	if t.post != "" && t.post != "." || next == nil || next.pre != "" || len(next.core) != 1 || next.core[0] < '1' || next.core[0] > '5' {
		return false
	}
	if after := n.peek(2); after != nil && next.post == "" && strings.HasPrefix(lowerASCIIWord(after.core), "cabl") {
		return false
	}
	if !n.fact(factStorm) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "category")
	return true
}

// settingBefore are words before a setting's name: "on max", "to max", "at max" (abbrev.go).
var settingBefore = setOf("on to at")

// heartRateNamers name a heart rate before HR: "max HR 191", "resting HR 58".
var heartRateNamers = setOf("max avg average resting peak min mean target")

// heartRate reads three digits after HR named by max, avg, resting or peak as a count, a heart
// rate: "Avg HR 142" average h r one hundred forty two (it was in pairs, as a code after an
// acronym). Precondition: three digits, bare, right after "HR", a word of heartRateNamers right
// before it.
func (n *normalizer) heartRate(t *token) bool {
	c := t.core
	if len(c) != 3 || t.pre != "" || !allDigits(c) || c[0] == '0' {
		return false
	}
	hr, namer := n.peek(-1), n.peek(-2)
	if hr == nil || namer == nil || hr.core != "HR" || hr.post != "" || namer.post != "" || !heartRateNamers[lowerASCIIWord(strings.TrimSuffix(namer.core, "."))] {
		return false
	}
	n.by("number")
	n.emit(t.raw, appendInteger(nil, c)...)
	return true
}

// vehicleWords make a sentence about cars or rides, where two capitals, two digits and three
// capitals are a British number plate.
var vehicleWords = setOf(`car cars van vans taxi taxis cab cabs uber lyft driver drivers plate plates registration
vehicle vehicles lorry truck motorbike motorcycle parked prius ford toyota honda vauxhall volkswagen nissan kia
hyundai tesla audi bmw mercedes skoda peugeot renault fiat volvo`)

// numberPlate reads a British number plate, two capitals and two digits (the age), then three
// capitals, character by character in a sentence of cars or rides: "a white Prius, KX19 LMO" k
// x one nine l m o (it was the digits as a number). Precondition: the token is two capitals and
// two digits whose first is 0-2 or 5-7 (the plate's half-year), nothing glued after, the next
// token three capitals, and a word of vehicleWords in the sentence ("FY25 GDP" stays).
func (n *normalizer) numberPlate(t *token) bool {
	c := t.core
	if t.post != "" || !isUpperASCII(c[1]) || !isDigit(c[2]) || !isDigit(c[3]) || !strings.ContainsRune("012567", rune(c[2])) {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || len(next.core) != 3 || !isUpperWord(next.core) || !isLetterWord(next.core) || !n.fact(factVehicle) {
		return false
	}
	n.by("number plate")
	n.emitLetter(t.raw, strings.ToLower(c[:1]))
	n.emitLetter(t.raw, strings.ToLower(c[1:2]))
	n.emit(t.raw, appendDigitNames(nil, c[2:], false)...)
	for k := 0; k < 3; k++ {
		n.emitLetter(next.raw, strings.ToLower(next.core[k:k+1]))
	}
	return true
}

// isUpperASCII reports an ASCII capital letter.
func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

// abbrevAndWord reads a clipped word glued to & and a word, "Msg&data" message and data (it was
// spelled, m s g and data): the abbreviation is expanded as it is with a period. Precondition:
// a capitalized abbreviation of three or more letters that abbrevs expands and the lexicon does
// not know, &, and a word of three or more letters; capitals ("R&D", "AT&T", "S&P") stay.
func (n *normalizer) abbrevAndWord(t *token) bool {
	a, b, ok := strings.Cut(t.core, "&")
	if !ok || len(a) < 3 || len(b) < 3 || !isLetterWord(a) || !isLetterWord(b) || isUpperWord(a) || isUpperWord(b) || n.opts.IsWord == nil {
		return false
	}
	la := strings.ToLower(a)
	exp, known := abbrevs[la]
	if !known || n.opts.IsWord(la) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, strings.Fields(exp)...)
	n.emit(t.raw, "and")
	n.word(t.raw, strings.ToLower(b))
	return true
}

// gameCurrencies are what a game counts in thousands written with k: "12k gold", "5k xp".
var gameCurrencies = setOf("gold xp exp gil gp souls mesos")

// karatValues are the fineness of gold as jewellers write it with k: "14k gold" is karats.
var karatValues = map[int]bool{9: true, 10: true, 14: true, 18: true, 22: true, 24: true}

// kBeforeGameCurrency reports a count of a game's currency in thousands, "12k gold" twelve
// thousand gold, "5k xp" (the numeric reader's k; it was twelve k): a lower-case k glued to a
// whole number that is no karat, right before a word of gameCurrencies, and no word of
// jewellery in the sentence ("14k gold", "a 9k gold ring" stay karats or k).
func (n *normalizer) kBeforeGameCurrency(t *token, v int) bool {
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || karatValues[v] || !gameCurrencies[lowerASCIIWord(next.core)] {
		return false
	}
	return !n.jewelleryNear()
}

// floorLabels name a room by its floor and number: "Room 2.05", "Office 3.14".
var floorLabels = setOf("room rm office lab")

// floorRoom reads a room's number written as its floor, a point and two digits after Room or
// Office as the floor and the room in pairs, "Room 2.05" room two oh five, "Room 4.12" four
// twelve, as British universities and offices number them (it was a decimal, four point one
// two). Precondition: one or two digits, a point, exactly two digits, right after a word of
// floorLabels, and no unit after ("The room is 4.5 m wide" has no label before its number).
func (n *normalizer) floorRoom(t *token) bool {
	c := t.core
	i := strings.IndexByte(c, '.')
	if i < 1 || i > 2 || len(c) != i+3 || t.pre != "" || !allDigits(c[:i]) || !allDigits(c[i+1:]) || c[0] == '0' && i == 2 {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !floorLabels[lowerASCIIWord(prev.core)] {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" {
		if _, unit := unitWord(next.core, true); unit {
			return false
		}
	}
	n.by("number label in pairs")
	n.emit(t.raw, appendPaired(nil, c[:i]+c[i+1:])...)
	return true
}

// cutSpanDash cuts s at its first en dash, or failing one at its first hyphen: the two sides of
// a span written as one token ("10/1–10/3", "01/2022-03/2023"; rounds 25, 48 and 72).
func cutSpanDash(s string) (a, b string, ok bool) {
	if a, b, ok = strings.Cut(s, "–"); ok {
		return a, b, ok
	}
	return strings.Cut(s, "-")
}
