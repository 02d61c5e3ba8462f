package text

import "strings"

// The lead's round of the sixteenth session: misreadings found by running the normalizer over
// real text nobody wrote for a test (excerpts of public issue threads on solar batteries,
// glucose meters, drone telemetry, Bluetooth audio and home networks; web pages on EV charging,
// marathon results, box office and aviation forecast discussions), each read as a class and
// tested on probe sentences written before the readers, readings-lead53.tsv.

// splitChunk53 rewrites a chunk of text before it becomes tokens, where a sign written with
// ASCII stands for another the readers know:
//   - an asterisk standing alone between two numbers, or glued between two digits, is a
//     multiplication sign ("2 * 3 = 6", "7*8"): the pieces are the numbers and "×";
//   - an asterisk between a number and F or C is a degree sign ("68*F", "20*C"), outside a
//     sentence with an equals sign (where "2*C" is arithmetic);
//   - "+/-" glued before a number is its own piece, plus or minus ("+/-0.5 mm");
//   - a marathon's time written with h ("2h03:59") is the time with a colon.
//
// prevDigit reports that the previous chunk ends in a digit, next is the text after the chunk
// and s the sentence. It returns nil for a chunk it leaves as it is.
func splitChunk53(chunk string, prevDigit bool, next, s string) []dashPiece {
	star := strings.IndexByte(chunk, '*')
	if star < 0 {
		if len(chunk) >= 4 && strings.Contains(chunk, "+/-") {
			return plusMinus53(chunk)
		}
		if len(chunk) >= 7 && isDigit(chunk[0]) {
			return hoursColon53(chunk)
		}
		return nil
	}
	if chunk == "*" {
		rest := strings.TrimLeft(next, " \t")
		if prevDigit && rest != "" && isDigit(rest[0]) {
			return []dashPiece{{"×", 0, 1}}
		}
		return nil
	}
	if star == 0 || strings.Contains(chunk, "**") || strings.IndexByte(chunk, '#') >= 0 {
		return nil // "*611", "****1234", "*123*4#": codes and masks
	}
	var out []dashPiece
	start := 0
	for i := 1; i < len(chunk)-1; i++ {
		if chunk[i] != '*' || !isDigit(chunk[i-1]) {
			continue
		}
		switch after := chunk[i+1]; {
		case isDigit(after):
			out = append(out, dashPiece{chunk[start:i], start, i}, dashPiece{"×", i, i + 1})
			start = i + 1
		case (after == 'F' || after == 'C') && (i+2 == len(chunk) || !isASCIILetter(rune(chunk[i+2]))) && strings.IndexByte(s, '=') < 0:
			if out != nil {
				return nil
			}
			return []dashPiece{{chunk[:i] + "°" + chunk[i+1:], 0, len(chunk)}}
		}
	}
	if out == nil {
		return nil
	}
	return append(out, dashPiece{chunk[start:], start, len(chunk)})
}

// plusMinus53 splits "+/-" from the number glued after it: "(+/-5" is "(+/-" and "5".
func plusMinus53(chunk string) []dashPiece {
	i := strings.Index(chunk, "+/-")
	j := i + len("+/-")
	if j >= len(chunk) || !isDigit(chunk[j]) && chunk[j] != '.' || strings.Trim(chunk[:i], "([") != "" {
		return nil
	}
	return []dashPiece{{chunk[:j], 0, j}, {chunk[j:], j, len(chunk)}}
}

// hoursColon53 reads "2h03:59" as "2:03:59": one or two digits of hours, h, then minutes and
// seconds of two digits each, and nothing after but punctuation.
func hoursColon53(chunk string) []dashPiece {
	h := strings.IndexByte(chunk, 'h')
	if h < 1 || h > 2 || !allDigits(chunk[:h]) || len(chunk) < h+6 {
		return nil
	}
	m := chunk[h+1:]
	if !isDigit(m[0]) || !isDigit(m[1]) || m[2] != ':' || !isDigit(m[3]) || !isDigit(m[4]) || atoiSmall(m[:2]) > 59 || atoiSmall(m[3:5]) > 59 {
		return nil
	}
	if strings.Trim(m[5:], ".,;)") != "" {
		return nil
	}
	return []dashPiece{{chunk[:h] + ":" + m, 0, len(chunk)}}
}

func (n *normalizer) lead53Token(t *token) int {
	c := t.core
	if n.inPart != 0 || t.pre != "" && t.pre != "(" {
		return 0
	}
	switch {
	case len(c) == 5 && isDigit(c[0]) && allDigits(c):
		return n.zipList53(t)
	case len(c) == 4 && (c[0] == '1' || c[0] == '2') && allDigits(c):
		return n.classYear53(t)
	case len(c) >= 5 && isDigit(c[0]) && (strings.HasSuffix(c, "\"/hr") || strings.HasSuffix(c, "\"/h")):
		return n.inchesPerHour53(t)
	case c == "-" || c == "–":
		if k := n.minusWord53(t); k > 0 {
			return k
		}
		return n.versionSpan53(t)
	case c == "min" || c == "sec":
		return n.perTime53(t)
	case len(c) >= 2 && len(c) <= 3 && isDigit(c[0]) && (c[len(c)-1] == 'p' || c[len(c)-1] == 'a'):
		return n.hourGlued53(t)
	case c == "B4":
		return n.beforeChat53(t)
	case c == "MoE":
		return n.marginOfError53(t)
	case len(c) >= 10 && isDigit(c[0]) && c[1] == ':':
		return n.districtDocket53(t)
	case len(c) >= 3 && isDigit(c[0]) && strings.HasSuffix(c, "°+"):
		return n.degreesPlus53(t)
	case len(c) >= 5 && (c[0] == 'l' || c[0] == 'L' || c[0] == 'k') && strings.Contains(c, "/100"):
		return n.bareConsumption53(t)
	case len(c) >= 7 && isDigit(c[0]) && c[len(c)-1] == 'Z':
		return n.zuluSpan53(t)
	case len(c) >= 2 && len(c) <= 6 && c[len(c)-1] == 'A' && isDigit(c[0]):
		return n.ampsInSentence53(t)
	case len(c) >= 2 && len(c) <= 4 && (c[len(c)-1] == 'k' || c[len(c)-1] == 'K') && isDigit(c[0]):
		return n.raceNamed53(t)
	case len(c) == 1:
		return n.cardinalApart53(t)
	case len(c) >= 2 && len(c) <= 4 && c[0] == 'U' && (isDigit(c[1]) || c[1] == '-'):
		return n.ageGroup53(t)
	case c == "EUR":
		return n.eurBefore53(t)
	case len(c) >= 3 && (c[0] == '$' || c[0] >= 0x80) && strings.ContainsAny(c[:min(len(c), 5)], "-+"):
		return n.signedMoney53(t)
	}
	if len(c) >= 3 && strings.IndexByte(c, ',') > 0 && (isDigit(c[0]) || isDigit(c[1])) {
		if k := n.commaEuros53(t); k > 0 {
			return k
		}
	}
	if len(c) >= 2 && (strings.HasSuffix(c, "′") || strings.HasSuffix(c, "″") || t.post != "" && isDigit(c[len(c)-1]) && strings.ContainsAny(t.post[:1], "'\"")) ||
		strings.HasPrefix(t.post, "’") || strings.HasPrefix(t.post, "”") {
		if k := n.arcMinutes53(t); k > 0 {
			return k
		}
	}
	if len(c) >= 2 && isDigit(c[0]) && (c[len(c)-1] == 'W' || c[len(c)-1] == 'E') {
		return n.lonAfterLat53(t)
	}
	if isDigit(c[0]) && t.post == "" {
		if k := n.longitudeApart53(t); k > 0 {
			return k
		}
	}
	if len(c) >= 7 && isDigit(c[0]) && strings.EqualFold(c[len(c)-6:], "-sq-ft") {
		return n.squareFeetHyphened53(t)
	}
	return 0
}

// squareFeetHyphened53 reads an area joined to sq-ft by a hyphen as an adjective: "a
// 2,500-sq-ft home" two thousand five hundred square foot home (sq and ft were spelled).
func (n *normalizer) squareFeetHyphened53(t *token) int {
	num, rest, ok := scanNumber(t.core[:len(t.core)-6])
	if !ok || rest != "" || num.neg || num.plus {
		return 0
	}
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "square", "foot")
	return 1
}

// longitudeApart53 reads a number before E or W set apart as a longitude after a latitude read
// so ("24.5 N, 80.1 W"): eighty point one west (W was watts).
func (n *normalizer) longitudeApart53(t *token) int {
	next, lat, latNum := n.peek(1), n.peek(-1), n.peek(-2)
	if next == nil || lat == nil || latNum == nil || next.pre != "" || next.core != "E" && next.core != "W" ||
		lat.core != "N" && lat.core != "S" || latNum.post != "" || !isPlainNumber(latNum.core) || !isPlainNumber(t.core) {
		return 0
	}
	num, _, ok := scanNumber(t.core)
	if !ok {
		return 0
	}
	n.by("coordinate")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(next.raw, cardinals53[next.core])
	return 2
}

// lonAfterLat53 reads a longitude glued to E or W after a latitude in degrees glued to N or S:
// "25.4°N, 71.2W" seventy one point two degrees west (it was watts), as round thirty-eight
// reads "25.4N 71.2W".
func (n *normalizer) lonAfterLat53(t *token) int {
	c := t.core
	prev := n.peek(-1)
	if prev == nil || !(strings.HasSuffix(prev.core, "°N") || strings.HasSuffix(prev.core, "°S")) {
		return 0
	}
	num, rest, ok := scanNumber(c[:len(c)-1])
	if !ok || rest != "" || num.neg || num.plus {
		return 0
	}
	n.by("coordinate")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(num.isOne() && !num.hasPoint, "degree", "degrees"), cardinals53[c[len(c)-1:]])
	return 1
}

// versionSpan53 reads a spaced hyphen or en dash between two versions, one of them of three
// parts or more, as a span: "versions 2.3 - 2.8.0" two point three to two point eight point oh
// (the dash was dropped; two numbers of two parts were read so already).
func (n *normalizer) versionSpan53(t *token) int {
	prev, next := n.peek(-1), n.peek(1)
	if t.pre != "" || t.post != "" || prev == nil || next == nil || prev.post != "" || next.pre != "" {
		return 0
	}
	a, b := prev.core, next.core
	if !isVersionString(a) || !isVersionString(b) || strings.Count(a, ".") < 2 && strings.Count(b, ".") < 2 {
		return 0
	}
	n.by("version span")
	n.emit(t.raw, n.rangeWord())
	return 1
}

// zuluSpan53 reads two times in Zulu joined by a hyphen as a span, each as such a time is read
// alone: "04Z-12Z" zero four z to twelve z ("and" after between). The hyphen was dropped.
func (n *normalizer) zuluSpan53(t *token) int {
	a, b, ok := strings.Cut(t.core, "-")
	if !ok || !zulu53(a) || !zulu53(b) {
		return 0
	}
	n.by("time span")
	n.part(t.raw, a)
	n.emit(t.raw, n.rangeWord())
	n.part(t.raw, b)
	return 1
}

// zulu53 reports two or four digits and a Z: "04Z", "1800Z".
func zulu53(s string) bool {
	d, ok := strings.CutSuffix(s, "Z")
	return ok && (len(d) == 2 || len(d) == 4) && allDigits(d)
}

// chargeWords53 in a sentence make a number glued to A a current (charges, charged and nema
// from round eighty-five: "Charges at 48A on a NEMA 14-50").
var chargeWords53 = setOf("charging charger chargers charge charges charged nema current currents amperage amps amp breaker breakers circuit circuits fuse fuses evse inverter")

// labelWords53 before a number glued to A make it a label: "Gate 6A", "Apt 15A", "seat 12A".
var labelWords53 = setOf(`gate gates apt apt. apartment suite room seat row unit bay pier platform terminal section lot bus route exit
flight form level floor locker space spot building bldg ward bed zone court dock pump page chapter figure fig table step item
part question no no. number channel line track door stall booth hall pod aisle block plot box stand berth slip grade class`)

// ampsInSentence53 reads a number glued to a capital A as amperes in a sentence of charging or
// current ("charging at 6A", "limited to 6A", "ratings like 16A, 32A, 40A"; they were the
// letter a), where no word of labels stands before it ("Gate 6A", "Apt 15A"). Round thirty's
// reader reads it so before a word of circuits or beside volts and watts.
func (n *normalizer) ampsInSentence53(t *token) int {
	d := t.core[:len(t.core)-1]
	num, rest, ok := scanNumber(d)
	if !ok || rest != "" || num.neg || num.plus || num.commas {
		return 0
	}
	prev := n.peek(-1)
	if prev != nil && (labelWords53[strings.ToLower(prev.core)] || isCapitalized(prev.core) && !strings.HasSuffix(prev.core, "A")) {
		return 0
	}
	if !n.sentenceHas(chargeWords53) {
		return 0
	}
	adj := n.r47AmpNounAhead(t) // round forty-seven: also after one modifier ("a 20A AFCI breaker")
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(adj || num.isOne() && !num.hasPoint, "amp", "amps"))
	return 1
}

// raceWords53 in a sentence make "the 42k" a race.
var raceWords53 = setOf("marathon marathons half-marathon runners runner race races finishers triathlon ultramarathon")

// raceNamed53 reads a number glued to k as a race's distance where a list of such races ends
// before a word of races ("the combined 42k, 21k, and 5k events") or after "the" in a sentence
// of races ("he won the 42k"); round sixteen's reader reads one race so beside its verb or noun.
func (n *normalizer) raceNamed53(t *token) int {
	c := t.core
	d := c[:len(c)-1]
	if !allDigits(d) || d[0] == '0' {
		return 0
	}
	race := false
	if prev := n.peek(-1); prev != nil && prev.post == "" && (strings.EqualFold(prev.core, "the") || strings.EqualFold(prev.core, "a")) {
		race = n.sentenceHas(raceWords53)
	}
	if prev, pp := n.peek(-1), n.peek(-2); !race && prev != nil && pp != nil && prev.post == "" && pp.post == "" && raceModifiers53[strings.ToLower(prev.core)] {
		// "the 3rd annual 5K", "our inaugural 10K"; "her annual 50K", "an annual 50K" are money.
		race = eventDeterminers53[strings.ToLower(pp.core)] || isOrdinalNumeral(pp.core)
	}
	if !race {
		race = n.raceListEnd53()
	}
	if !race {
		return 0
	}
	n.by("race distance")
	n.emit(t.raw, appendInteger(nil, d)...)
	n.emitLetter(t.raw, "k")
	return 1
}

// raceListEnd53 reports that the token at n.i is in a list of distances glued to k, joined by
// commas, "and" or "or", whose last is followed by a word of races.
func (n *normalizer) raceListEnd53() bool {
	for off := 0; off < 12; off++ {
		p := n.peek(off)
		if p == nil {
			return false
		}
		c := p.core
		if isRaceK53(c) {
			if p.post == "" {
				nx := n.peek(off + 1)
				if nx == nil || nx.pre != "" {
					return false
				}
				l := strings.ToLower(nx.core)
				return raceNext[l] || raceNext[strings.TrimSuffix(l, "s")] // "events"
			}
			if p.post != "," {
				return false
			}
			continue
		}
		if off == 0 || p.pre != "" || p.post != "" || c != "and" && c != "or" && c != "&" {
			return false
		}
	}
	return false
}

// isRaceK53 reports one to three digits glued to k or K: "42k", "5K".
func isRaceK53(c string) bool {
	if len(c) < 2 || len(c) > 4 || c[len(c)-1] != 'k' && c[len(c)-1] != 'K' || c[0] == '0' {
		return false
	}
	return allDigits(c[:len(c)-1])
}

// endsDigit53 reports a chunk ending in a digit.
func endsDigit53(s string) bool { return s != "" && isDigit(s[len(s)-1]) }

// pressureNouns53 after a pressure in millibars make it an adjective: "the 500 mb trough".
var pressureNouns53 = setOf("trough troughs ridge ridges low lows high highs level chart map height heights wind winds flow jet vorticity temperatures temps analysis")

// signedMoney53 reads an amount whose sign is written after its currency's symbol, as exports
// print them: "$-5.00" minus five dollars, "€-1.00", "$+1500" (the symbol was read as a word
// before the number: "dollars minus five point zero zero").
func (n *normalizer) signedMoney53(t *token) int {
	c := t.core
	_, rest, ok := leadingCurrency(c)
	if !ok || len(rest) < 2 || rest[0] != '-' && rest[0] != '+' || !isDigit(rest[1]) || len(rest) >= len(c) {
		return 0
	}
	sub := *t
	sub.core = rest[:1] + c[:len(c)-len(rest)] + rest[1:]
	if !n.money(&sub, sub.core) {
		return 0
	}
	n.by("money")
	return 1
}

// commaEuros53 reads an amount in euros written with a decimal comma of two digits and the euro
// sign or EUR after it ("950,00 €", "12,50€", "9,13 EUR"), with its sign and dotted thousands
// ("-1.000,00 €"), as "€950.00" is read: round twelve's reader wants dotted thousands.
func (n *normalizer) commaEuros53(t *token) int {
	c := t.core
	sign := ""
	if c[0] == '-' || c[0] == '+' {
		sign, c = c[:1], c[1:]
	}
	used := 1
	body, glued := strings.CutSuffix(c, "€")
	if !glued {
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" || next.core != "€" && next.core != "EUR" {
			return 0
		}
		used = 2
	}
	eng, ok := commaAmount53(body)
	if !ok {
		return 0
	}
	return n.moneyAs(t, sign+"€"+eng, used)
}

// eurBefore53 reads EUR before an amount with a decimal comma: "EUR 12,50" twelve euros and
// fifty cents (EUR was spelled and the comma unsaid).
func (n *normalizer) eurBefore53(t *token) int {
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" || next.core == "" {
		return 0
	}
	eng, ok := commaAmount53(next.core)
	if !ok {
		return 0
	}
	if n.moneyAs(next, "€"+eng, 1) == 0 {
		return 0
	}
	return 2
}

// commaAmount53 rewrites "1.000,00" or "950,00" (one to three digits, groups of three after
// points, a comma and two digits) as "1000.00", "950.00".
func commaAmount53(s string) (string, bool) {
	whole, frac, ok := strings.Cut(s, ",")
	if !ok || len(frac) != 2 || !allDigits(frac) || whole == "" || !isDigit(whole[0]) {
		return "", false
	}
	groups := strings.Split(whole, ".")
	if len(groups[0]) > 3 || !allDigits(groups[0]) || len(groups) > 1 && groups[0][0] == '0' {
		return "", false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return "", false
		}
	}
	return strings.Join(groups, "") + "." + frac, true
}

// cardinals53 are the directions a coordinate's letter names.
var cardinals53 = map[string]string{"N": "north", "S": "south", "E": "east", "W": "west"}

// isArc53 reports a coordinate's part that a direction may follow: degrees ("38.3°"), minutes
// or seconds in primes ("26′", "46″"), or in ' and " after degrees.
func isArc53(p *token) bool {
	c := p.core
	return strings.HasSuffix(c, "°") || strings.HasSuffix(c, "′") || strings.HasSuffix(c, "″") ||
		c != "" && isDigit(c[len(c)-1]) && (p.post == "'" || p.post == "\"" || p.post == "’" || p.post == "”")
}

// cardinalApart53 reads N, S, E or W set apart after a coordinate as its direction: "38.3° N"
// thirty eight point three degrees north, "46″ N", and after a plain number in a pair with the
// other axis ("24.5 N, 80.1 W"; "exit 45 N" has no pair and stays a letter).
func (n *normalizer) cardinalApart53(t *token) int {
	dir := cardinals53[t.core]
	prev := n.peek(-1)
	if dir == "" || prev == nil || t.pre != "" {
		return 0
	}
	arc := isArc53(prev) && (prev.post == "" || prev.post == "'" || prev.post == "\"" || prev.post == "’" || prev.post == "”")
	if !arc && (prev.post != "" || !isPlainNumber(prev.core) || !n.coordinatePair53(t.core)) {
		return 0
	}
	n.by("coordinate")
	n.emit(t.raw, dir)
	return 1
}

// coordinatePair53 reports a plain number and the other axis's letter on the other side of the
// letter at n.i: "24.5 N, 80.1 W" (at N: a number and W after it; at W: N and a number before).
func (n *normalizer) coordinatePair53(letter string) bool {
	lat := letter == "N" || letter == "S"
	if lat {
		x, y := n.peek(1), n.peek(2)
		return x != nil && y != nil && isPlainNumber(x.core) && (y.core == "E" || y.core == "W")
	}
	x, y := n.peek(-2), n.peek(-3)
	return x != nil && y != nil && (x.core == "N" || x.core == "S") && isPlainNumber(y.core)
}

// arcMinutes53 reads minutes and seconds of arc after degrees: "40° 26′ 46″" forty degrees twenty
// six minutes forty six seconds, and with ' and " ("45° 30' N", "62° 30' 20.24\""; they were
// feet and inches, or numbers alone).
func (n *normalizer) arcMinutes53(t *token) int {
	c := t.core
	prev := n.peek(-1)
	if prev == nil || prev.post != "" && prev.post != "'" && prev.post != "’" {
		return 0
	}
	var num string
	var seconds bool
	switch {
	case strings.HasSuffix(c, "′") && t.post == "":
		num = strings.TrimSuffix(c, "′")
	case strings.HasSuffix(c, "″") && t.post == "":
		num, seconds = strings.TrimSuffix(c, "″"), true
	case strings.HasPrefix(t.post, "'") || strings.HasPrefix(t.post, "’"):
		num = c
	case strings.HasPrefix(t.post, "\"") || strings.HasPrefix(t.post, "”"):
		num, seconds = c, true
	default:
		return 0
	}
	if !isPlainNumber(num) {
		return 0
	}
	if seconds {
		pc := prev.core
		if !(strings.HasSuffix(pc, "′") || isDigit(pc[len(pc)-1]) && (prev.post == "'" || prev.post == "’")) {
			return 0
		}
		if pp := n.peek(-2); pp == nil || !strings.HasSuffix(pp.core, "°") || pp.post != "" {
			return 0
		}
	} else if !strings.HasSuffix(prev.core, "°") || prev.post != "" {
		return 0
	}
	num2, _, ok := scanNumber(num)
	if !ok {
		return 0
	}
	n.by("coordinate")
	n.emit(t.raw, appendNumber(nil, num2)...)
	one, many := unitOf53(seconds)
	n.emit(t.raw, plural(num2.isOne() && !num2.hasPoint, one, many))
	return 1
}

// unitOf53 names a minute or a second of arc, singular and plural.
func unitOf53(seconds bool) (string, string) {
	if seconds {
		return "second", "seconds"
	}
	return "minute", "minutes"
}

// earningsMeasures53 after a number glued to x make it a multiple, not a count: "14x EBITDA".
var earningsMeasures53 = setOf("EBITDA EBIT EBITDAR EPS ARR FCF FFO AFFO NOI TTM NTM LTM")

// raceModifiers53 before a distance glued to k name an event's run: "the 3rd annual 5K".
var raceModifiers53 = setOf("annual inaugural charity virtual memorial")

// teamWords53 near U and a number make it an age group.
var teamWords53 = setOf(`team teams squad squads girls boys women men women's men's soccer football hockey basketball rugby
cricket baseball softball volleyball lacrosse league cup championship championships tournament division side national players
player coach coaches tryouts tryout`)

// ageGroup53 reads an age group in sport, U with a number from 6 to 23 glued or after a hyphen,
// beside a word of teams or players within three words, as "under": "the U-17 team" the under
// seventeen team, "our U12 girls" (they were the letter u). U2 (a band, a plane), a line's U6
// and U-235 have no such word or number.
func (n *normalizer) ageGroup53(t *token) int {
	d := strings.TrimPrefix(t.core[1:], "-")
	if d == "" || len(d) > 2 || !allDigits(d) || d[0] == '0' {
		return 0
	}
	if v := atoiSmall(d); v < 6 || v > 23 {
		return 0
	}
	near := false
	for off := -3; off <= 3 && !near; off++ {
		if p := n.peek(off); off != 0 && p != nil {
			near = teamWords53[strings.ToLower(p.core)]
		}
	}
	if !near {
		return 0
	}
	n.by("age group")
	n.emit(t.raw, "under")
	n.emit(t.raw, appendInteger(nil, d)...)
	return 1
}

// eventDeterminers53 before "annual 5K" name an event: "the annual 5K", "our inaugural 10K".
var eventDeterminers53 = setOf("the our its their this")

// perTime53 reads min and sec after "per" as minute and second: "beats per min." (min. was
// read minimum, a maximum's partner), "5 cents per sec".
func (n *normalizer) perTime53(t *token) int {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.core != "per" {
		return 0
	}
	n.by("unit")
	if t.core == "min" {
		n.emit(t.raw, "minute")
	} else {
		n.emit(t.raw, "second")
	}
	return 1
}

// minusWord53 reads a spaced hyphen between a number and a word after an equals sign as minus:
// "HR max = 220 - age" two hundred twenty minus age (the hyphen was dropped). A range ("2 - 3
// tablets") has a number after it.
func (n *normalizer) minusWord53(t *token) int {
	prev, next := n.peek(-1), n.peek(1)
	if t.pre != "" || t.post != "" || prev == nil || next == nil || prev.post != "" || next.pre != "" ||
		!isPlainNumber(prev.core) || len(next.core) < 2 || !isLetterWord(next.core) || strings.ToLower(next.core) != next.core {
		return 0
	}
	eq := false
	for off := -2; off >= -6 && !eq; off-- {
		if p := n.peek(off); p != nil {
			eq = p.core == "=" || p.post == "="
		}
	}
	if !eq {
		return 0
	}
	n.by("minus")
	n.emit(t.raw, "minus")
	return 1
}

// consumptionUnits53 are units of consumption written alone, by their lower-case spelling.
var consumptionUnits53 = map[string]string{"l/100km": "liters per one hundred kilometers", "l/100": "liters per one hundred",
	"kwh/100": "kilowatt hours per one hundred", "kwh/100km": "kilowatt hours per one hundred kilometers"}

// bareConsumption53 reads a unit of consumption with no number before it (after a number the
// number's reader reads it) as it is read after one:
// "l/100km is the standard" liters per one hundred kilometers, "kWh/100 mi" (they were "l slash
// one hundred kilometers", "k w h slash one hundred mi").
func (n *normalizer) bareConsumption53(t *token) int {
	words, ok := consumptionUnits53[strings.ToLower(t.core)]
	if !ok {
		return 0
	}
	used := 1
	if strings.HasSuffix(words, "hundred") {
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" {
			return 0
		}
		switch strings.ToLower(next.core) {
		case "km":
			words += " kilometers"
		case "mi":
			words += " miles"
		default:
			return 0
		}
		used = 2
	}
	n.by("unit")
	n.emit(t.raw, strings.Fields(words)...)
	return used
}

// districtDocket53 reads a federal docket number with its district before a colon,
// "1:23-cr-00456" one twenty three c r zero zero four five six: the district, the year, the
// case's type spelled, its number digit by digit and a judge's initials after it ("-JD") spelled
// (the colon was read as a word). The type may be in capitals, as many courts print it,
// "1:23-CR-00456" (round sixty-five; it was read "one colon twenty three c r").
func (n *normalizer) districtDocket53(t *token) int {
	parts := strings.Split(t.core[2:], "-")
	if len(parts) < 3 || len(parts) > 4 || len(parts[0]) != 2 || !allDigits(parts[0]) || len(parts[1]) < 2 || len(parts[1]) > 3 ||
		!(isLowerWord(parts[1]) || isUpperWord(parts[1])) || len(parts[2]) < 3 || len(parts[2]) > 6 || !allDigits(parts[2]) {
		return 0
	}
	if len(parts) == 4 && (len(parts[3]) > 4 || !isUpperWord(parts[3])) {
		return 0
	}
	n.by("docket")
	n.emit(t.raw, onesWords[t.core[0]-'0'])
	n.emit(t.raw, appendInteger(nil, parts[0])...)
	for _, piece := range parts[1:] {
		for i := 0; i < len(piece); i++ {
			if isDigit(piece[i]) {
				n.emit(t.raw, onesWords[piece[i]-'0'])
			} else {
				n.emitLetter(t.raw, strings.ToLower(piece[i:i+1]))
			}
		}
	}
	return 1
}

// degreesPlus53 reads degrees with a plus after the sign and no scale letter, "20°+" twenty
// degrees plus, as "100°F+" is read (the sign was dropped).
func (n *normalizer) degreesPlus53(t *token) int {
	num, rest, ok := scanNumber(t.core)
	if !ok || rest != "°+" || num.neg || num.plus {
		return 0
	}
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(num.isOne() && !num.hasPoint, "degree", "degrees"), "plus")
	return 1
}

// marginOfError53 reads MoE before a poll's figure as the margin of error: "(MoE ±3.1)" (it was
// spelled); MoE standing alone, as an abbreviation being introduced, stays spelled.
func (n *normalizer) marginOfError53(t *token) int {
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || next.core == "" ||
		!(strings.HasPrefix(next.core, "±") || strings.HasPrefix(next.core, "+/-") || isDigit(next.core[0]) || next.core == "of") {
		return 0
	}
	n.by("abbreviation")
	n.emit(t.raw, "margin", "of", "error")
	return 1
}

// hourLetter53 reports an hour or a clock time glued to p or a, as listings write them: "8p",
// "9a", "7:30p" (lower case, the hour from 1 to 12).
func hourLetter53(c string) bool {
	if len(c) < 2 || c[len(c)-1] != 'p' && c[len(c)-1] != 'a' {
		return false
	}
	h := c[:len(c)-1]
	if i := strings.IndexByte(h, ':'); i > 0 {
		if len(h)-i != 3 || !allDigits(h[i+1:]) || atoiSmall(h[i+1:]) > 59 {
			return false
		}
		h = h[:i]
	}
	if len(h) < 1 || len(h) > 2 || !allDigits(h) || h[0] == '0' {
		return false
	}
	v := atoiSmall(h)
	return v >= 1 && v <= 12
}

// hourPrepositions53 before "8p" make it a clock's hour ("from 5p to 8p" and "fell by 8p" are
// prices, so from and by are not among them).
var hourPrepositions53 = setOf("at until till starting")

// pennyWords53 in a sentence keep "at 8p" a price: "Shares closed at 8p".
var pennyWords53 = setOf("price prices priced share shares stock stocks stamp stamps cost costs sold paid pay pence penny pound pounds fare fares fee fees closed trading")

// hourGlued53 reads an hour glued to p or a as the clock's p m or a m after a preposition of time
// in a sentence with no word of prices, or before a time zone: "at 8p ET" eight p m (it was
// pence), "at 9a". A price ("It costs 50p", "Shares closed at 8p") has neither; "7:30p" was
// read so already.
func (n *normalizer) hourGlued53(t *token) int {
	c := t.core
	if strings.IndexByte(c, ':') >= 0 || !hourLetter53(c) {
		return 0
	}
	prev, next := n.peek(-1), n.peek(1)
	ok := prev != nil && prev.post == "" && hourPrepositions53[strings.ToLower(prev.core)] && !n.sentenceHas(pennyWords53)
	if !ok && next != nil && t.post == "" && next.pre == "" {
		_, ok = zoneNames[next.core]
	}
	if !ok {
		return 0
	}
	n.by("time")
	n.emit(t.raw, appendInteger(nil, c[:len(c)-1])...)
	n.emitLetter(t.raw, c[len(c)-1:])
	n.emitLetter(t.raw, "m")
	return 1
}

// mediaTypes53 are the top-level media types, whose slash a hyphened subtype keeps:
// "text/event-stream".
var mediaTypes53 = setOf("text application image audio video multipart font model message")

// pathHeads53 open a path of directories, whose slashes are said: "internal/tools/loadgen".
var pathHeads53 = setOf("bin sbin usr src lib lib64 cmd pkg internal var etc opt tmp testdata vendor dist api static assets scripts include docs")

// zipList53 reads a ZIP code in a list after "ZIP codes" digit by digit, as one after "ZIP code"
// is: "ZIP codes 93555 and 93527" (they were counts). The list runs back over ZIP codes joined by
// commas, "and" and "or" to "codes" after "zip" or "postal".
func (n *normalizer) zipList53(t *token) int {
	for off := -1; off >= -12; off-- {
		p := n.peek(off)
		if p == nil || p.pre != "" {
			return 0
		}
		l := p.lower()
		if l == "codes" {
			q := n.peek(off - 1)
			if q == nil || q.post != "" || p.post != "" && off < -1 || !(q.lower() == "zip" || q.lower() == "postal") {
				return 0
			}
			break
		}
		if len(p.core) == 5 && allDigits(p.core) && (p.post == "," || p.post == "") || (l == "and" || l == "or") && p.post == "" {
			continue
		}
		return 0
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, t.core, false)...)
	return 1
}

// gerund53 reports a lower-case word of five letters or more ending in -ing: "coming", "watching".
func gerund53(s string) bool {
	return len(s) >= 5 && strings.HasSuffix(s, "ing") && isLowerWord(s)
}

// chatPronouns53 after "B4" make it the chat spelling of before: "B4 you ask".
var chatPronouns53 = setOf("you u i we they he she it")

// beforeChat53 reads B4 before a pronoun as "before", as b4 is read (with a capital, at a
// message's start, it was b four; "B4 paper" is a paper size).
func (n *normalizer) beforeChat53(t *token) int {
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || !chatPronouns53[next.lower()] {
		return 0
	}
	n.by("chat")
	n.emit(t.raw, "before")
	return 1
}

// classYear53 reads a year after "class of" as a year whatever follows: "The Class of 2025
// graduates" (before a plural noun it was a count); "a class of 300 students" has no year.
func (n *normalizer) classYear53(t *token) int {
	v := atoiSmall(t.core)
	p, pp := n.peek(-1), n.peek(-2)
	if v < 1900 || v > 2099 || p == nil || pp == nil || p.post != "" || pp.post != "" || p.lower() != "of" || pp.lower() != "class" {
		return 0
	}
	n.by("year")
	n.emit(t.raw, appendYear(nil, v)...)
	return 1
}

// inchesPerHour53 reads inches written with a double prime per hour, a snowfall or rain rate:
// "1-2\"/hr" one to two inches per hour, "2\"/hr" (it was "slash h r").
func (n *normalizer) inchesPerHour53(t *token) int {
	c := t.core
	c = c[:strings.LastIndexByte(c, '"')]
	lo, hi, span := strings.Cut(c, "-")
	a, rest, ok := scanNumber(lo)
	if !ok || rest != "" || a.neg || a.plus {
		return 0
	}
	words := appendNumber(nil, a)
	one := a.isOne() && !a.hasPoint
	if span {
		b, rest, ok := scanNumber(hi)
		if !ok || rest != "" || b.neg || b.plus {
			return 0
		}
		words = appendNumber(append(words, "to"), b)
		one = false
	}
	n.by("number and unit")
	n.emit(t.raw, words...)
	n.emit(t.raw, plural(one, "inch", "inches"), "per", "hour")
	return 1
}
