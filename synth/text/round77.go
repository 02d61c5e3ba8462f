package text

import "strings"

// Round seventy-seven: the misses of held-out set 59's dev half, written by a new hand from
// shipping, logistics and trade sources (parcel tracking pages, container and booking numbers,
// customs and tariff notices, freight rate reports, warehouse pick lists and pallet labels,
// port and carrier advisories, import/export forums), each read as a class and tested on probe
// sentences written before the readers, readings77.tsv. DOT, BOL, POD, POL and SAP are spelled
// by spelledAcronyms (R3).

func (n *normalizer) round77Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch b := c[0]; {
	case b >= '0' && b <= '9':
		if (b == '2' || b == '4' || b == '5') && len(c) >= 2 && len(c) <= 8 && allDigits(c[:2]) && (len(c) > 2 && n.may(shUpper|shPunct) || len(c) == 2 && (t.post == "'" || t.post == "’")) {
			if k := n.r77Container(t); k > 0 {
				return k
			}
		}
		if len(c) >= 3 && len(c) <= 5 && n.may(shSlash) && (c[1] == '/' || c[2] == '/') {
			if n.r77ArrivalDate(t) || n.r77PieceOf(t) {
				return 1
			}
		}
		switch {
		case len(c) == 4:
			if !n.may(shDigit) || !allDigits(c) {
				return oneIf(b != '0' && c[1] == '.' && n.may(shDot) && n.r77AppVersion(t))
			}
			if k := n.r77ZoneTime(t); k > 0 {
				return k
			}
			return oneIf(n.r77PairedVersion(t) || n.r77TariffCode(t))
		case len(c) >= 7 && len(c) <= 12 && c[4] == '.':
			return oneIf(n.may(shDot) && n.r77TariffCode(t))
		}
	case b == 'L' || b == 'T' || b == 'D' || b == 'B':
		if (len(c) == 3 || len(c) == 4) && c[1] == '/' {
			return oneIf(n.r77TradeTerm(t))
		}
		if len(c) == 2 && c == "LT" {
			return oneIf(n.r77LocalTime(t))
		}
	case b == 'S':
		if len(c) == 3 && c == "S/4" || len(c) == 7 && c == "S/4HANA" {
			return oneIf(n.r77S4(t))
		}
	case b == 'C':
		if len(c) == 3 && c == "CST" {
			return oneIf(n.r77ChinaZone(t))
		}
	case b == 'v' || b == 'V':
		if len(c) == 3 {
			return n.r77Voyage(t)
		}
	case b == 'p' || b == 'P':
		if len(c) >= 6 && len(c) <= 8 && c[3] == '/' && n.may(shSlash) {
			return oneIf(n.r77PiecesPer(t))
		}
	case b == 'G' || b == 'N':
		if len(c) >= 3 && len(c) <= 4 && c[1] == '.' && (c == "G.W." || c == "N.W." || c == "G.W" || c == "N.W") {
			return oneIf(n.r77PackingWeight(t))
		}
	}
	if b := c[0]; b >= 'A' && b <= 'Z' && len(c) >= 7 && n.may(shWide) && strings.Contains(c, "–") {
		return oneIf(n.r77RouteDash(t))
	}
	return 0
}

// r77ChinaCues name China in a sentence: its ports and cities, the country, its people.
var r77ChinaCues = setOf(`china chinese prc beijing shanghai shenzhen guangzhou ningbo qingdao xiamen
tianjin dalian yantian shekou nansha yiwu dongguan foshan suzhou hangzhou wuhan chengdu chongqing
zhuhai zhongshan fuzhou lianyungang`)

// r77CentralCues name the American central zone's places in a sentence, which keep CST central.
var r77CentralCues = setOf(`chicago dallas houston memphis minneapolis kansas texas illinois
tennessee louisiana oklahoma iowa wisconsin missouri nashville mexico cdt`)

// r77ChinaSentence reports a sentence of China for the zone at index zone: a word of
// r77ChinaCues before the zone or one or two tokens after it ("CST in Shanghai"), or an offset
// from UTC or GMT of eight hours anywhere, and no American place of the central zone (a scan of
// at most 64 tokens, asked last). A Chinese city after another time ("9 a.m. CST, 11 p.m. in
// Shanghai") names that time's place, not the zone's.
func (n *normalizer) r77ChinaSentence(zone int) bool {
	china := false
	for k := 0; k < len(n.toks) && k < 64; k++ {
		c := n.toks[k].core
		if hasWordOf(c, r77CentralCues) {
			return false
		}
		if len(c) >= 5 && len(c) <= 9 && (c[0] == 'U' || c[0] == 'G') {
			switch c {
			case "UTC+8", "GMT+8", "UTC+08", "GMT+08", "UTC+08:00", "GMT+08:00", "UTC+8:00":
				china = true
			case "UTC-6", "UTC−6", "UTC-5", "UTC−5", "GMT-6", "GMT−6":
				return false
			}
		}
		if !china && (k < zone || k <= zone+2) && k != zone && hasWordOf(c, r77ChinaCues) {
			china = true
		}
	}
	return china
}

// r77ChinaZone reads CST after a time in a sentence of China as china standard time (R6,
// held59 dev: "Our Shanghai office answers 9am–6pm CST (UTC+8)" was central standard time);
// beside an American place of the central zone, or without China, CST stays central.
func (n *normalizer) r77ChinaZone(t *token) bool {
	if !timeLike(n.peek(-1)) && !n.timeBefore() {
		return false
	}
	if !n.r77ChinaSentence(n.i) {
		return false
	}
	n.by("time zone")
	n.emit(t.raw, "china", "standard", "time")
	return true
}

// r77YearPreps before four digits make them a year, not a time before a zone.
var r77YearPreps = setOf("in since during of")

// r77ZoneTime reads four digits of a 24-hour time right before a time zone as the time and the
// zone (R5, held59 dev: "Vessel ETA Long Beach 0600 PST" was six hundred, a name's number in
// pairs, and "Savannah 1630 EST" left the zone spelled): oh six hundred pacific standard time. A
// year after in, since, during or of, and a count before a plural noun ("1200 CT scanners"),
// stay.
func (n *normalizer) r77ZoneTime(t *token) int {
	c := t.core
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || len(next.core) < 2 || len(next.core) > 4 || next.core[0] < 'A' || next.core[0] > 'Z' {
		return 0
	}
	z, ok := zoneNames[next.core]
	if !ok {
		return 0
	}
	hh, mm := atoiSmall(c[:2]), atoiSmall(c[2:])
	if hh > 23 || mm > 59 {
		return 0
	}
	if prev := n.peek(-1); prev != nil && c[0] != '0' && r77YearPreps[prev.lower()] {
		return 0
	}
	if after := n.peek(2); after != nil && next.post == "" && n.quantityNoun(after) {
		return 0 // "1200 CT scanners": a count of things, not a time
	}
	n.by("military time")
	n.emit(t.raw, appendMilitary(nil, hh, mm)...)
	if next.core == "CST" && n.r77ChinaSentence(n.i+1) {
		z = "china standard time"
	}
	n.by("time zone")
	n.emit(next.raw, strings.Fields(z)...)
	return 2
}

// r77VersionWords before four digits make them a version's number: EDI's X12 releases and
// HIPAA's, a Windows release after version.
var r77VersionWords = setOf("version ver x12 hipaa ansi")

// r77PairedVersion reads four digits after version, X12, HIPAA or ANSI in pairs, as a version is
// said (R7, held59 dev: "X12 version 4010" forty ten, "HIPAA 5010" fifty ten, "version 1903"
// nineteen oh three; they were counts). A round thousand ("version 2000") stays.
func (n *normalizer) r77PairedVersion(t *token) bool {
	c := t.core
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 3 || len(prev.core) > 7 || !r77VersionWords[prev.lower()] {
		return false
	}
	if c[0] == '0' || atoiSmall(c)%1000 == 0 {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && n.quantityNoun(next) {
		return false
	}
	n.by("version")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// r77AppWords before a version of one digit, a point and two digits make it a version.
var r77AppWords = setOf("app apps plugin client driver agent extension")

// r77AfterVersion after the number leave it a quantity: a rating, a size, a share.
var r77AfterVersion = setOf("stars star out percent mb gb kb million billion points rating")

// r77AppVersion reads one digit, a point and two digits after app, plugin, client, driver, agent
// or extension as a version (R8, held59 dev: "Scan app 4.12" four point twelve; it was four point
// one two, a quantity). A rating or a size after it ("rated the app 4.75 stars") stays.
func (n *normalizer) r77AppVersion(t *token) bool {
	c := t.core
	if !isDigit(c[2]) || !isDigit(c[3]) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 3 || len(prev.core) > 9 || !r77AppWords[prev.lower()] {
		return false
	}
	if next := n.peek(1); next != nil && r77AfterVersion[next.lower()] {
		return false
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, c)...)
	return true
}

// r77TariffNames before a tariff heading's number: the Harmonized System and the US schedule.
var r77TariffNames = setOf("hs hts htsus subheading subheadings")

// r77CodeOwners before code or heading make the number after it a tariff's.
var r77CodeOwners = setOf("hs hts htsus tariff commodity customs")

// r77TariffTrigger reports that the token at off names a tariff heading after it: HS, HTS,
// subheading; heading after HS or capitalized; code after HS, tariff or customs. It allows is
// or was after the name ("The HTS code is 6109.10").
func (n *normalizer) r77TariffTrigger(off int) bool {
	p := n.peek(off)
	if p == nil || p.post != "" && p.post != ":" || len(p.core) < 2 || len(p.core) > 11 {
		return false
	}
	l := p.lower()
	if l == "is" || l == "was" {
		return p.post == "" && n.r77TariffTrigger(off-1)
	}
	if r77TariffNames[l] {
		return true
	}
	switch l {
	case "heading", "headings":
		if isCapitalized(p.core) {
			return true
		}
		fallthrough
	case "code", "codes":
		pp := n.peek(off - 1)
		return pp != nil && pp.post == "" && r77CodeOwners[pp.lower()]
	}
	return false
}

// r77ListWords join a second tariff heading to a first.
var r77ListWords = setOf("not or and nor vs versus")

// r77TariffShape reports four digits of a Harmonized System heading (chapters 01-97), alone or
// with parts after points, and returns the head and the parts.
func r77TariffShape(c string) (head string, parts []string, ok bool) {
	if len(c) < 4 || !allDigits(c[:4]) || c[:2] == "00" || atoiSmall(c[:2]) > 97 {
		return "", nil, false
	}
	head, rest := c[:4], c[4:]
	for rest != "" {
		if rest[0] != '.' {
			return "", nil, false
		}
		rest = rest[1:]
		j := 0
		for j < len(rest) && isDigit(rest[j]) {
			j++
		}
		if j != 2 && j != 4 {
			return "", nil, false
		}
		parts = append(parts, rest[:j])
		rest = rest[j:]
	}
	return head, parts, len(parts) <= 3
}

// r77AppendTariffPair reads two digits of a tariff's part: a leading zero oh ("01" oh one, "00"
// oh oh), else the number.
func r77AppendTariffPair(dst []string, p string) []string {
	if p[0] == '0' {
		dst = append(dst, "oh")
		if p[1] == '0' {
			return append(dst, "oh")
		}
		return append(dst, onesWords[p[1]-'0'])
	}
	return appendInteger(dst, p)
}

// r77TariffCode reads a heading or subheading of the Harmonized System after HS, HTS, heading,
// subheading or a tariff's code (R1, held59 dev: "HS heading 8471, not 8473" eighty four
// seventy one not eighty four seventy three; they were counts): the heading's four digits in
// pairs (a leading zero oh: "0901" oh nine oh one), each part after a point two digits (a leading
// zero oh) or four as two such pairs, "00" after a pair hundred ("8471.30.0100" eighty four
// seventy one point thirty point oh one hundred). A second heading after not, or or and in the
// same list is read so too. A count after HS (high school: "HS 1200 students") stays.
func (n *normalizer) r77TariffCode(t *token) bool {
	c := t.core
	head, parts, ok := r77TariffShape(c)
	if !ok {
		return false
	}
	if !n.r77TariffTrigger(-1) {
		prev, pp := n.peek(-1), n.peek(-2)
		if prev == nil || pp == nil || prev.post != "" || !r77ListWords[prev.lower()] || pp.post != "" && pp.post != "," {
			return false
		}
		if _, _, ok := r77TariffShape(pp.core); !ok || !n.r77TariffTrigger(-3) {
			return false
		}
	}
	if len(parts) == 0 {
		if next := n.peek(1); next != nil && t.post == "" && n.quantityNoun(next) {
			return false
		}
	}
	n.by("tariff code")
	var w []string
	if head[0] == '0' {
		w = append(r77AppendTariffPair(w, head[:2]), r77AppendTariffPair(nil, head[2:])...)
	} else {
		w = appendPaired(w, head)
	}
	for _, p := range parts {
		w = append(w, "point")
		w = r77AppendTariffPair(w, p[:2])
		if len(p) == 4 {
			if p[2:] == "00" && p[:2] != "00" {
				w = append(w, "hundred")
			} else {
				w = r77AppendTariffPair(w, p[2:])
			}
		}
	}
	n.emit(t.raw, w...)
	return true
}

// r77PaymentWords in a sentence make T/T, D/P and D/A payment terms.
var r77PaymentWords = setOf(`payment payments pay paid deposit balance advance terms term prepayment
remittance invoice accept accepted sight shipment`)

// r77BLBefore before B/L make it a bill of lading; r77BLAfter after it.
var (
	r77BLBefore = setOf("original originals house master telex surrendered express the a your our their sea draft copy")
	r77BLAfter  = setOf("no no. number # copy draft release released instructions date")
)

// r77TradeTerm reads a trade's payment terms and documents written with a slash as the trade
// says them (R2, held59 dev: "The L/C fee" was l c): L/C letter of credit (L/Cs letters of
// credit) anywhere; T/T telegraphic transfer, D/P documents against payment and D/A documents
// against acceptance in a sentence of payment (a D/A converter stays); B/L bill of lading after
// original, house, master, telex or a determiner, or before its number, a copy or a release (an
// itinerary's "(B/L)" meals and "bill of lading (B/L)" keep the readings the tables pin).
func (n *normalizer) r77TradeTerm(t *token) bool {
	var words []string
	switch t.core {
	case "L/C":
		words = []string{"letter", "of", "credit"}
	case "L/Cs":
		words = []string{"letters", "of", "credit"}
	case "T/T", "D/P", "D/A":
		if next := n.peek(1); next != nil && t.core == "D/A" && strings.HasPrefix(next.lower(), "conver") {
			return false
		}
		if !n.sentenceHas(r77PaymentWords) {
			return false
		}
		switch t.core {
		case "T/T":
			words = []string{"telegraphic", "transfer"}
		case "D/P":
			words = []string{"documents", "against", "payment"}
		default:
			words = []string{"documents", "against", "acceptance"}
		}
	case "B/L":
		if t.pre != "" || t.post != "" && t.post != "." && t.post != "," {
			return false
		}
		prev, next := n.peek(-1), n.peek(1)
		before := prev != nil && prev.post == "" && r77BLBefore[prev.lower()]
		after := next != nil && t.post == "" && (r77BLAfter[next.lower()] || next.core != "" && isDigit(next.core[0]))
		if !before && !after {
			return false
		}
		words = []string{"bill", "of", "lading"}
	default:
		return false
	}
	n.by("trade term")
	n.emit(t.raw, words...)
	return true
}

// r77S4 reads SAP's S/4HANA s four hana, and S/4 after SAP s four (R9, held59 dev: it was s
// slash four).
func (n *normalizer) r77S4(t *token) bool {
	if t.core == "S/4" {
		prev := n.peek(-1)
		if prev == nil || prev.core != "SAP" || prev.post != "" {
			return false
		}
	}
	n.by("product name")
	n.emitLetter(t.raw, "s")
	n.emit(t.raw, "four")
	if len(t.core) > 3 {
		n.emit(t.raw, "hana")
	}
	return true
}

// r77RouteWords near two capitalized names joined by an en dash are a shipping service's: the
// names are its ends.
var r77RouteWords = setOf("loop loops rotation rotations string strings feeder feeders pendulum sailing sailings")

// r77RouteDash reads two capitalized names joined by an en dash near a shipping service's word
// as a route's ends, the dash to (R4, held59 dev: "The Rotterdam–Singapore loop" was rotterdam
// singapore), as routeDash reads them near rates or a lane.
func (n *normalizer) r77RouteDash(t *token) bool {
	a, b, ok := dashedNames(t)
	if !ok || !n.wordWithinTwo(r77RouteWords) {
		return false
	}
	n.by("route")
	n.emitRoute(t.raw, a, b)
	return true
}

// r77BoxTypes are the type codes of ISO containers after their size, by the names the trade
// says.
var r77BoxTypes = map[string][]string{
	"HC": {"high", "cube"}, "HQ": {"high", "cube"}, "GP": {"general", "purpose"}, "DV": {"dry", "van"},
	"DC": {"dry", "container"}, "RF": {"reefer"}, "OT": {"open", "top"}, "FR": {"flat", "rack"},
}

// r77BoxType returns the words of a container's type code, perhaps with a plural s ("HCs").
func r77BoxType(s string) ([]string, bool) {
	plural := len(s) == 3 && s[2] == 's'
	if plural {
		s = s[:2]
	}
	w, ok := r77BoxTypes[s]
	if !ok || len(s) != 2 {
		return nil, false
	}
	if plural {
		w = append(append([]string(nil), w[:len(w)-1]...), w[len(w)-1]+"s")
	}
	return w, true
}

// r77Container reads a container's size and type code (R10, probes in held59's registers:
// "40HC" was forty h c, "20' GP" twenty feet g p): the size in feet as an adjective, forty foot,
// and the type's name, high cube, general purpose, reefer…; glued ("40HC", "45'HCs") or after
// a prime ("20' GP"). A number and two capitals set apart without a prime ("40 HC students")
// stay.
func (n *normalizer) r77Container(t *token) int {
	c := t.core
	switch c[:2] {
	case "20", "40", "45", "53":
	default:
		return 0
	}
	rest := c[2:]
	prime := false
	if p, ok := strings.CutPrefix(rest, "'"); ok {
		rest, prime = p, true
	} else if p, ok := strings.CutPrefix(rest, "’"); ok {
		rest, prime = p, true
	}
	k := 1
	var words []string
	if rest == "" {
		if !prime && t.post != "'" && t.post != "’" {
			return 0
		}
		next := n.peek(1)
		if next == nil || next.pre != "" || len(next.core) < 2 || len(next.core) > 3 {
			return 0
		}
		w, ok := r77BoxType(next.core)
		if !ok {
			return 0
		}
		words, k = w, 2
	} else {
		w, ok := r77BoxType(rest)
		if !ok {
			return 0
		}
		words = w
	}
	n.by("container type")
	n.emit(t.raw, appendInteger(nil, c[:2])...)
	n.emit(t.raw, "foot")
	src := t.raw
	if k == 2 {
		src = n.peek(1).raw
	}
	n.emit(src, words...)
	return k
}

// r77PackingWeight reads G.W. and N.W. before a weight or a colon as a packing list's gross
// weight and net weight (R12: they were g w, n w); "G.W. Bush" stays initials.
func (n *normalizer) r77PackingWeight(t *token) bool {
	next := n.peek(1)
	if !strings.HasPrefix(t.post, ":") && (next == nil || next.core == "" || !isDigit(next.core[0])) {
		return false
	}
	n.by("packing list")
	if t.core[0] == 'G' {
		n.emit(t.raw, "gross", "weight")
	} else {
		n.emit(t.raw, "net", "weight")
	}
	return true
}

// r77ArrivalWords before a month and day make it a date: a vessel's or a cargo's estimated and
// actual times of arrival, departure and berthing.
var r77ArrivalWords = setOf("ETA ETD ETB ATA ATD")

// r77ArrivalDate reads a month and day with a slash after ETA, ETD, ETB, ATA or ATD (perhaps
// through a colon, is, was or now) as a date (R13: "ETA 6/14" was six fourteen, "ETD: 5/12"
// five twelfths); a fraction after other words stays.
func (n *normalizer) r77ArrivalDate(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) < 1 || len(a) > 2 || len(b) < 1 || len(b) > 2 || !allDigits(a) || !allDigits(b) {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x < 1 || x > 12 || y < 1 || y > 31 {
		return false
	}
	off := -1
	for ; off >= -3; off-- {
		p := n.peek(off)
		if p == nil || p.post != "" && !(p.post == ":" && off == -1) && !(p.post == ":" && r77ArrivalWords[p.core]) {
			return false
		}
		if r77ArrivalWords[p.core] {
			break
		}
		switch p.lower() {
		case "is", "was", "now":
			continue
		}
		return false
	}
	if off < -3 {
		return false
	}
	n.emitSlashedMonthDay(t, x, y)
	return true
}

// r77PackUnits after a slash name what a count of pieces is packed per.
var r77PackUnits = map[string]string{"ctn": "carton", "carton": "carton", "plt": "pallet", "pkg": "package", "box": "box", "case": "case", "bag": "bag"}

// r77PiecesPer reads pieces per a packing unit, as a case pack is written ("48 pcs/ctn" forty
// eight pieces per carton; it was p c s slash c t n, pcs being read as pieces only alone).
func (n *normalizer) r77PiecesPer(t *token) bool {
	l := t.lower()
	a, b, ok := strings.Cut(l, "/")
	if !ok || a != "pcs" {
		return false
	}
	unit, ok := r77PackUnits[b]
	if !ok {
		return false
	}
	n.by("unit")
	n.emit(t.raw, "pieces", "per", unit)
	return true
}

// r77MilitaryShape reports four digits of a 24-hour time ("0430") or two joined by a dash
// ("0800-1600", "0800–1600").
func r77MilitaryShape(c string) bool {
	hhmm := func(d string) bool {
		return len(d) == 4 && allDigits(d) && atoiSmall(d[:2]) <= 23 && atoiSmall(d[2:]) <= 59
	}
	if hhmm(c) {
		return true
	}
	if a, b, ok := strings.Cut(c, "-"); ok {
		return hhmm(a) && hhmm(b)
	}
	a, b, ok := strings.Cut(c, "–")
	return ok && hhmm(a) && hhmm(b)
}

// r77LocalTime reads LT after a time or a span of times as local time, as port and ship notices
// write a port's clock (R15: "0800-1600 LT" was l t); "AutoCAD LT" stays spelled.
func (n *normalizer) r77LocalTime(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !timeLike(prev) && !r77MilitaryShape(prev.core) {
		return false
	}
	n.by("time zone")
	n.emit(t.raw, "local", "time")
	return true
}

// r77Voyage reads voy. before a voyage's number, digits and a direction's letter ("045W",
// "1123E"), as voyage and the number's digits one by one and the letter (R16: "voy. 045W" was
// voy zero four five watts); voy without such a number stays.
func (n *normalizer) r77Voyage(t *token) int {
	if t.lower() != "voy" || t.post != "." && t.post != "" {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return 0
	}
	c := next.core
	if len(c) < 2 || len(c) > 6 || !allDigits(c[:len(c)-1]) {
		return 0
	}
	switch c[len(c)-1] {
	case 'E', 'W', 'N', 'S':
	default:
		return 0
	}
	n.by("voyage")
	n.emit(t.raw, "voyage")
	n.emit(next.raw, appendDigitNames(nil, c[:len(c)-1], false)...)
	n.emitLetter(next.raw, strings.ToLower(c[len(c)-1:]))
	return 2
}

// r77PieceWords before N/M make it a shipment's piece N of M.
var r77PieceWords = setOf("pallet box carton ctn skid parcel package pkg")

// r77PieceListWords join a second piece's number to a first ("1/40 through 40/40").
var r77PieceListWords = setOf("through thru to and")

// r77ShareAfter after N/M leave it a share of the thing: "The pallet 3/4 full".
var r77ShareAfter = setOf("full empty loaded size sized high height inch inches length width capacity")

// r77PieceShape returns N and M of N/M with 1 <= N <= M and M >= 2.
func r77PieceShape(c string) (a, b string, ok bool) {
	a, b, ok = strings.Cut(c, "/")
	if !ok || len(a) < 1 || len(a) > 3 || len(b) < 1 || len(b) > 3 || !allDigits(a) || !allDigits(b) || a[0] == '0' || b[0] == '0' {
		return "", "", false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	return a, b, x <= y && y >= 2
}

// r77PieceOf reads N/M after pallet, box, carton, skid or parcel as a label numbers a
// shipment's pieces, N of M (R17: "Pallet 3/12" was three twelfths), and a second such number
// after through, to or and; a share before full, a size or a unit ("The pallet 3/4 full") stays.
func (n *normalizer) r77PieceOf(t *token) bool {
	a, b, ok := r77PieceShape(t.core)
	if !ok {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" && prev.post != ":" {
		return false
	}
	if !r77PieceWords[prev.lower()] {
		pp, ppp := n.peek(-2), n.peek(-3)
		if !r77PieceListWords[prev.lower()] || pp == nil || ppp == nil || pp.post != "" || ppp.post != "" || !r77PieceWords[ppp.lower()] {
			return false
		}
		if _, _, ok := r77PieceShape(pp.core); !ok {
			return false
		}
	}
	if next := n.peek(1); next != nil && t.post == "" && (r77ShareAfter[next.lower()] || n.quantityNoun(next)) {
		return false
	}
	n.by("piece count")
	n.emitJoined(t.raw, a, b, "of")
	return true
}

// yuan77 is the yuan, whose sign ¥ is the yen's.
var yuan77 = currency{"yuan", "yuan", "", ""}

// r77JapanCues name Japan or its firms in a sentence, which keep ¥ the yen.
var r77JapanCues = setOf(`japan japanese tokyo osaka kyoto yokohama nagoya kobe sapporo fukuoka nikkei boj sony nintendo
toyota honda nissan canon panasonic softbank jr yen`)

// r77YuanSentence reports a sentence of China and of nothing Japanese (a scan of at most 64
// tokens, asked only of an amount after ¥): there ¥ is the yuan's sign (R19: "¥8,500 per CBM from
// Shanghai" was yen).
func (n *normalizer) r77YuanSentence() bool {
	china := false
	for k := 0; k < len(n.toks) && k < 64; k++ {
		c := n.toks[k].core
		if hasWordOf(c, r77JapanCues) {
			return false
		}
		if !china && hasWordOf(c, r77ChinaCues) {
			china = true
		}
	}
	return china
}
