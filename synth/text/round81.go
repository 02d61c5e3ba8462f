package text

import "strings"

// Round eighty-one: the classes held-out set 63's dev half missed, in weather, climate and
// outdoors sources (National Weather Service forecasts and warnings, aviation forecasts,
// avalanche and fire-danger bulletins, trail and park pages, hunting and fishing regulations,
// ski reports and outdoors chat), and the misses found by probing those sources further, each
// read as a class and tested on probe sentences written before the readers, readings81.tsv.
// TAF is read where every acronym is (abbrev.go's acronymReadings), info as a piece of a
// run-together name where the other common words that begin with a vowel are (segment.go's
// vowelWords), and the newer emoji where every emoji's name is (emoji_names.go).

// round81Token reads a token by its first character: a number (a label's, a thousand before a
// length, a fraction before a unit, a range with inch or foot marks), a weather tag, a skier's
// POW, FR before a road's number, RT after a distance and compass points.
func (n *normalizer) round81Token(t *token) int {
	c := t.core
	if len(c) == 0 || len(c) > 16 || n.inPart != 0 {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		return n.r81Number(t)
	case c0 == '#':
		if len(c) >= 5 && len(c) <= 14 {
			return n.r81WxTag(t)
		}
	case c == "SR":
		return n.r81RouteMark(t)
	case c0 == 'N' || c0 == 'S' || c0 == 'E' || c0 == 'W':
		return n.r81Compass(t)
	case len(c) == 2:
		switch c {
		case "RT", "rt":
			return n.r81RoundTrip(t)
		case "FR":
			return n.r81ForestRoad(t)
		case "MP":
			return n.r81RouteMark(t)
		}
	case c == "POW":
		return n.r81Pow(t)
	}
	return 0
}

// r81Number sends a token that opens with a digit to the reader its last character or its
// marks call for.
func (n *normalizer) r81Number(t *token) int {
	c := t.core
	switch last := c[len(c)-1]; {
	case last == 'k' || last == 'K':
		return n.r81Thousand(t)
	case last < '0' || last > '9':
		return 0
	}
	if n.may(shSlash) {
		if k := n.r81FractionUnit(t); k > 0 {
			return k
		}
	}
	if len(t.post) > 0 && (t.post[0] == '"' || t.post[0] == '\'') {
		if k := n.r81MarkRange(t); k > 0 {
			return k
		}
		return n.r81MarkRangeSpaced(t)
	}
	if len(c) == 3 || len(c) == 4 {
		return n.r81Label(t)
	}
	return 0
}

// R1: a campsite's number, a forest or county road's number and a forecast zone's number are
// labels, read in pairs as a room's and a route's are ("Campsite 112" one twelve, "Forest Road
// 2810" twenty eight ten, "zones 210, 211 and 212" two ten, two eleven and two twelve); a list
// of such numbers after its label is read so to its end. A unit after the number keeps it a
// count ("The zone is 214 miles wide" has no label before it anyway).

// r81LabelWords name what such a number labels (a road's word needs the kind of road before it).
var r81LabelWords = setOf("campsite campsites zone zones")

// r81RoadKinds are the roads whose numbers are labels: "Forest Road", "County Road", "Forest
// Service Road".
var r81RoadKinds = setOf("forest county service fs")

// r81Label reads a three- or four-digit number after a campsite's, a road's or a zone's label,
// or in a list after one. It returns the tokens consumed.
func (n *normalizer) r81Label(t *token) int {
	c := t.core
	if c[0] == '0' || t.pre != "" || !allDigits(c) {
		return 0
	}
	found := false
	for off := -1; off >= -7 && !found; off-- {
		p := n.peek(off)
		if p == nil || p.pre != "" || p.post != "" && p.post != "," {
			return 0
		}
		pc := p.core
		if len(pc) >= 3 && len(pc) <= 4 && allDigits(pc) && pc[0] != '0' || p.post == "" && (pc == "and" || pc == "or" || pc == "&") {
			continue // a list's earlier member or its conjunction
		}
		if p.post != "" {
			return 0
		}
		found = n.r81IsLabel(p, off, len(c))
		if !found {
			return 0
		}
	}
	if !found {
		return 0
	}
	if next := n.peek(1); next != nil && t.post == "" && next.pre == "" {
		if _, ok := unitWord(next.core, true); ok {
			return 0 // "zone 214 miles": a count
		}
	}
	n.by("label read in pairs")
	n.emit(t.raw, appendPaired(nil, c)...)
	return 1
}

// r81IsLabel reports whether p, the token at off, labels the number of digits digits after it.
func (n *normalizer) r81IsLabel(p *token, off, digits int) bool {
	pc := p.core
	if pc == "FR" || pc == "MP" || pc == "SR" {
		return true // after R12's reader read MP or SR as a label (r81RouteMark)
	}
	switch c0 := pc[0]; c0 {
	case 'c', 'C', 'z', 'Z':
		l := p.lower()
		return r81LabelWords[l] && (digits == 3 || l[0] == 'c')
	case 'R':
		if pc != "Road" && pc != "Rd" {
			return false
		}
		pp := n.peek(off - 1)
		return pp != nil && pp.pre == "" && pp.post == "" && r81RoadKinds[pp.lower()]
	}
	return false
}

// r81ForestRoad reads FR before a road's number as forest road ("FR 2810 is gated" forest road
// twenty eight ten; it was f r).
func (n *normalizer) r81ForestRoad(t *token) int {
	next := n.peek(1)
	if t.pre != "" || t.post != "" || next == nil || next.pre != "" || len(next.core) < 2 || len(next.core) > 4 || !allDigits(next.core) {
		return 0
	}
	n.by("forest road")
	n.emit(t.raw, "forest", "road")
	return 1
}

// R12: MP before a number after a word of place is milepost ("closed at MP 134" milepost one
// thirty four, "between MP 134 and MP 171"), SR before a number state route ("SR 520" state route
// five twenty); the numbers are labels (r81Label). "The MP 3 player" has no word of place before
// MP, and "48 MP" no number after it.

// r81MilepostBefore are the words of place before a milepost.
var r81MilepostBefore = setOf("at near between and from to past beyond of")

// r81RouteMark reads MP and SR before a route's or a milepost's number.
func (n *normalizer) r81RouteMark(t *token) int {
	next := n.peek(1)
	if t.pre != "" || t.post != "" || next == nil || next.pre != "" || len(next.core) > 3 || !allDigits(next.core) || next.core[0] == '0' {
		return 0
	}
	if t.core == "SR" {
		n.by("state route")
		n.emit(t.raw, "state", "route")
		return 1
	}
	if p := n.peek(-1); p == nil || p.post != "" || !r81MilepostBefore[p.lower()] {
		return 0
	}
	n.by("milepost")
	n.emit(t.raw, "milepost")
	return 1
}

// R2: RT after a distance is round trip ("8.4 mi RT" eight point four miles round trip); a
// retweet's RT and RT-PCR have no distance before them.

// r81TripUnits are the distances a trail's length is given in.
var r81TripUnits = setOf("mi mile miles km kilometers kilometres")

// r81RoundTrip reads RT after a distance.
func (n *normalizer) r81RoundTrip(t *token) int {
	prev := n.peek(-1)
	if t.pre != "" || prev == nil || prev.pre != "" || prev.post != "" && prev.post != "." {
		return 0
	}
	pc := prev.core
	if !startsNumeric(pc) {
		if pp := n.peek(-2); !r81TripUnits[prev.lower()] || pp == nil || pp.post != "" || !startsNumeric(pp.core) {
			return 0
		}
	} else if !strings.HasSuffix(pc, "mi") && !strings.HasSuffix(pc, "km") {
		return 0 // "8.4mi RT"
	}
	n.by("round trip")
	n.emit(t.raw, "round", "trip")
	return 1
}

// R5: POW in a skier's powder day is the word pow ("POW DAY at Alta" pow day, "Fresh POW");
// the prisoner of war stays spelled.

// r81PowBefore are words a skier writes before powder.
var r81PowBefore = setOf("fresh deep blower champagne")

// r81Pow reads POW before day or after a word of fresh snow.
func (n *normalizer) r81Pow(t *token) int {
	pow := false
	if next := n.peek(1); t.post == "" && next != nil && next.pre == "" {
		l := next.lower()
		pow = l == "day" || l == "days"
	}
	if prev := n.peek(-1); !pow && prev != nil && prev.post == "" && t.pre == "" {
		pow = r81PowBefore[prev.lower()]
	}
	if !pow {
		return 0
	}
	n.by("skier's powder")
	n.emit(t.raw, "pow")
	return 1
}

// R6: a k glued to a number before a length in feet is thousand ("11k ft" eleven thousand
// feet, "14k'" fourteen thousand feet, "a 12k ft summit" a twelve thousand foot summit); a 10k
// race and 18k gold have no length after them.

// r81Thousand reads a number with k before ft, feet or foot, or with a foot mark after it.
func (n *normalizer) r81Thousand(t *token) int {
	num, rest, ok := scanNumber(t.core)
	if !ok || rest != "k" && rest != "K" || num.neg || num.plus || num.commas || len(num.intPart) > 3 || t.pre != "" {
		return 0
	}
	next := n.peek(1)
	k := 1
	if !strings.HasPrefix(t.post, "'") && !strings.HasPrefix(t.post, "′") {
		if t.post != "" || next == nil || next.pre != "" {
			return 0
		}
		switch next.core {
		case "ft", "feet", "foot":
		default:
			return 0
		}
		k = 2
	}
	n.by("scale")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "thousand")
	if k == 1 {
		n.emit(t.raw, "feet")
		return 1
	}
	n.emit(next.raw, plural(adjectival(n.peek(-1), n.peek(2), next), "foot", "feet"))
	return 2
}

// R7: a weather tag of a state's code and wx is spelled ("#okwx" hashtag o k w x, "#COwx"),
// and wx before a word is w x ("#wxtwitter" hashtag w x twitter, as "#WxTwitter" was read).

// r81WxTag reads a weather tag.
func (n *normalizer) r81WxTag(t *token) int {
	lb := t.lower()
	body := lb[1:]
	for i := 0; i < len(body); i++ {
		if body[i] < 'a' || body[i] > 'z' {
			return 0
		}
	}
	switch {
	case len(body) == 4 && body[2:] == "wx":
		var buf [2]byte
		if usStates[string(speedUpper(buf[:], body[:2]))] == "" {
			return 0
		}
		n.by("hashtag")
		n.emit(t.raw, "hashtag")
		for i := 0; i < 4; i++ {
			n.emitLetter(t.raw, body[i:i+1])
		}
		return 1
	case len(body) >= 5 && body[:2] == "wx" && t.core[1:] == body && n.opts.IsWord != nil:
		rest := body[2:]
		parts := []string{rest}
		if !n.opts.IsWord(rest) {
			if parts = segmentWords(rest, n.opts.IsWord, 3); parts == nil {
				if !speedHasVowelY(rest) {
					return 0
				}
				parts = []string{rest} // "twitter", a name the lexicon lacks, read as a word
			}
		}
		n.by("hashtag")
		n.emit(t.raw, "hashtag")
		n.emitLetter(t.raw, "w")
		n.emitLetter(t.raw, "x")
		for _, p := range parts {
			n.word(t.raw, p)
		}
		return 1
	}
	return 0
}

// R9: a compass point after a storm's movement or motion, and compass points before aspects or
// slopes, are the directions' names ("Movement: NE at 17 mph" movement northeast, "on N-NE-E
// aspects" north northeast and east aspects, "NW-facing slopes" northwest facing slopes).

// r81MotionWords before a compass point give a storm's heading.
var r81MotionWords = setOf("movement motion moving")

// r81AspectWords after compass points name the slopes that face them.
var r81AspectWords = setOf("aspect aspects slope slopes")

// r81Compass reads compass points by a storm's movement or before aspects.
func (n *normalizer) r81Compass(t *token) int {
	c := t.core
	head, tail, hyphen := strings.Cut(c, "-")
	if len(head) > 3 || t.pre != "" {
		return 0
	}
	for i := 0; i < len(head); i++ {
		switch head[i] {
		case 'N', 'S', 'E', 'W':
		default:
			return 0
		}
	}
	name, ok := compassPoints[head]
	if !ok {
		return 0
	}
	if hyphen {
		if tail == "facing" {
			n.by("compass point")
			n.emit(t.raw, strings.Fields(name)...)
			n.emit(t.raw, "facing")
			return 1
		}
		// "N-NE-E aspects": every part a point, the aspects after.
		if next := n.peek(1); t.post != "" || next == nil || next.pre != "" || !r81AspectWords[next.lower()] {
			return 0
		}
		parts := strings.Split(c, "-")
		for _, p := range parts {
			if _, ok := compassPoints[p]; !ok {
				return 0
			}
		}
		n.by("compass point")
		for i, p := range parts {
			if i == len(parts)-1 && i > 0 {
				n.emit(t.raw, "and")
			}
			n.emit(t.raw, strings.Fields(compassPoints[p])...)
		}
		return 1
	}
	if prev := n.peek(-1); prev != nil && (prev.post == "" || prev.post == ":") && t.post == "" && r81MotionWords[prev.lower()] {
		n.by("compass point")
		n.emit(t.raw, strings.Fields(name)...)
		return 1
	}
	if t.post != "" && t.post != "," {
		return 0
	}
	// A list of points before aspects: "N, NE and E aspects".
	for off := 1; off <= 7; off++ {
		p := n.peek(off)
		if p == nil || p.pre != "" {
			return 0
		}
		if r81AspectWords[p.lower()] {
			break
		}
		if _, ok := compassPoints[p.core]; !ok && p.core != "and" && p.core != "or" && p.core != "to" && p.core != "through" || p.post != "" && p.post != "," {
			return 0
		}
	}
	n.by("compass point")
	n.emit(t.raw, strings.Fields(name)...)
	return 1
}

// R10: a fraction before a unit is a fraction, not a bowler's figures, in a sentence where
// cricket's words seem near ("Oct 12-Dec 22; shooting hours 1/2 hr" one half hour: Dec read as
// cricket's declared).

// r81FractionUnit reads a fraction before a unit where the sentence seems to be about cricket.
func (n *normalizer) r81FractionUnit(t *token) int {
	a, b, ok := splitFraction(t.core)
	if !ok || t.post != "" || t.pre != "" || !isFraction(a, b) || atoiSmall(a) >= atoiSmall(b) {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || next.core == "in" {
		return 0 // "3/24 in 10 overs": a bowler's figures
	}
	_, symbol := unitWord(next.core, true)
	if !symbol && !r81UnitNames[next.core] {
		return 0
	}
	if p := n.peek(-1); p != nil && p.post == "" && datePrev[p.lower()] || !n.cricketNear() {
		return 0
	}
	n.by("fraction")
	n.emit(t.raw, appendFraction(nil, a, b)...)
	if !symbol {
		return 1 // the unit's name is read as the word it is
	}
	return 1 + n.unitAfterN(t, number{intPart: "1"}, 0)
}

// r81UnitNames are units written as words that a fraction measures ("1/4 mile").
var r81UnitNames = setOf("mile miles hour hours minute minutes inch inches foot feet yard yards acre acres cup cups teaspoon tablespoon pound pounds ounce ounces day days")

// R11: a range written with inch or foot marks on both ends is read to, with the unit once
// (`6"-12"` six to twelve inches, `18"–24"` eighteen to twenty four inches, `4'-6'` four to six
// feet; the dash was dropped). A height (`6'2"`) has no dash.

// r81MarkRange reads a range glued into one token: `6"-12"`, `4'-6'`.
func (n *normalizer) r81MarkRange(t *token) int {
	c := t.core
	i := strings.IndexAny(c, "\"'")
	if i <= 0 || i+2 >= len(c) || len(t.post) == 0 || t.post[0] != c[i] || c[i+1] != '-' {
		return 0
	}
	lo, hi := c[:i], c[i+2:]
	if !r81Amount(lo) || !r81Amount(hi) {
		return 0
	}
	return n.r81EmitRange(t, t, lo, hi, c[i], 1)
}

// r81MarkRangeSpaced reads a range whose dash the tokenizer split off: `18"–24"`.
func (n *normalizer) r81MarkRangeSpaced(t *token) int {
	c := t.core
	mark := t.post[0]
	dash, end := n.peek(1), n.peek(2)
	if len(t.post) != 1 || !r81Amount(c) || dash == nil || end == nil || end.pre != "" || len(end.post) == 0 || end.post[0] != mark || !r81Amount(end.core) {
		return 0
	}
	switch dash.core {
	case "—", "–", "-", "--":
	default:
		return 0
	}
	return n.r81EmitRange(t, end, c, end.core, mark, 3)
}

// r81Amount reports digits with at most one point inside, at most five characters.
func r81Amount(s string) bool {
	if len(s) == 0 || len(s) > 5 || s[0] == '.' || s[len(s)-1] == '.' || strings.Count(s, ".") > 1 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' {
			return false
		}
	}
	return true
}

// r81EmitRange emits lo to hi and the mark's unit (singular where the range describes a noun
// after it), for k tokens ending at last.
func (n *normalizer) r81EmitRange(t, last *token, lo, hi string, mark byte, k int) int {
	nlo, _, ok1 := scanNumber(lo)
	nhi, _, ok2 := scanNumber(hi)
	if !ok1 || !ok2 {
		return 0
	}
	n.by("range")
	n.emit(t.raw, appendNumber(nil, nlo)...)
	n.emit(t.raw, "to")
	n.emit(last.raw, appendNumber(nil, nhi)...)
	one := adjectival(n.peek(-1), n.peek(k), last)
	if mark == '"' {
		n.emit(last.raw, plural(one, "inch", "inches"))
	} else {
		n.emit(last.raw, plural(one, "foot", "feet"))
	}
	return k
}
