package text

import "strings"

// Round seventeen: conventions settled in one place (README, "Conventions"), and readers that
// decide by what stands around a token rather than by one listed case.

// afternoon24 reports a token that begins with a time past noon on the 24-hour clock, two
// digits 13–23, a colon and two digits ("15:00", "18:30–20:00", "23:47;").
func afternoon24(t *token) bool {
	c := t.core
	if len(c) < 5 || c[2] != ':' || !isDigit(c[0]) || !isDigit(c[1]) || !isDigit(c[3]) || !isDigit(c[4]) {
		return false
	}
	if len(c) > 5 && isDigit(c[5]) {
		return false
	}
	h := atoiSmall(c[:2])
	return h >= 13 && h <= 23 && c[3] <= '5'
}

// wholeHour24 reads a whole hour written with a leading zero ("07:00") in a sentence that shows
// the 24-hour clock (a time past noon anywhere in it) as the 24-hour clock is said: "doors
// 07:00, last entry 17:30" oh seven hundred. The leading zero is the writer's sign of that clock;
// without it ("11:00" beside "15:00", "9:00-17:00") a whole hour up to twelve stays o'clock.
func (n *normalizer) wholeHour24(body string) ([]string, bool) {
	if len(body) != 5 || body[0] != '0' || body[2] != ':' || body[3:] != "00" || !isDigit(body[1]) {
		return nil, false
	}
	h := atoiSmall(body[:2])
	if h < 1 || !n.fact(factClock24) {
		return nil, false
	}
	return appendMilitary(nil, h, 0), true
}

// zuluZones are the zones after which a whole hour with a leading zero is said as the military
// say it ("02:00 UTC" oh two hundred).
var zuluZones = setOf("UTC GMT Z")

// zuluRange reads a range of two 24-hour times, one written with a leading zero, before UTC,
// GMT or Z: "01:00–03:00 UTC" oh one hundred to oh three hundred, as "02:00 UTC" alone is read;
// an end with minutes keeps the clock's reading ("01:30–03:00 UTC" one thirty to oh three
// hundred: the convention says a leading zero only on a whole hour).
func (n *normalizer) zuluRange(lo, hi string) ([]string, bool) {
	if !colonHHMM(lo) || !colonHHMM(hi) || lo[0] != '0' && hi[0] != '0' {
		return nil, false
	}
	t, next := n.peek(0), n.peek(1)
	if t == nil || next == nil || t.post != "" || !zuluZones[strings.TrimRight(next.core, ".,;")] {
		return nil, false
	}
	var w []string
	for k, end := range [2]string{lo, hi} {
		if k == 1 {
			w = append(w, "to")
		}
		h, m := atoiSmall(end[:2]), atoiSmall(end[3:])
		if h > 23 || m > 59 {
			return nil, false
		}
		if m == 0 {
			w = appendMilitary(w, h, 0)
			continue
		}
		c, ok := clockTime(end, false)
		if !ok {
			return nil, false
		}
		w = append(w, c...)
	}
	return w, true
}

// colonHHMM reports two digits, a colon and two digits.
func colonHHMM(s string) bool {
	return len(s) == 5 && s[2] == ':' && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[3]) && isDigit(s[4])
}

// codeLike reports a code of capitals and digits, with hyphens between them, that has a digit:
// "CS-88120", "7731-0092", "JD014588812GB".
func codeLike(s string) bool {
	digit := false
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case isDigit(c):
			digit = true
		case isUpperLetter(c):
		case c == '-' && k > 0 && k < len(s)-1 && s[k-1] != '-':
		default:
			return false
		}
	}
	return digit
}

// wordlessMonths are the short names of months that are no English word (not Jan, Mar, May,
// Dec: a name, a verb, a word of astronomy).
var wordlessMonths = setOf("feb apr jun jul aug sep sept oct nov")

// monthAfterPreposition reports a short month name that is no word, capitalized, after a
// preposition of time: "rainfall for Jul was 48mm", "since Sept", "in Oct and Nov".
func monthAfterPreposition(key string, prev *token) bool {
	return wordlessMonths[key] && prev != nil && prev.post == "" && monthPrepositions[prev.lower()]
}

var monthPrepositions = setOf("for in of since until till by from during through before after last next since and or to")

// An abbreviation of a register: what it is read as and when. Written from general knowledge,
// register by register (README: Conventions, abbreviations as an open set).
type registerAbbrev struct {
	sing, plural string // the reading; plural after a count other than one (sing if empty)
	when         abbrevWhen
	after        string // for afterWord: the word (lower case) it must follow
}

type abbrevWhen uint8

const (
	abbrevAlways     abbrevWhen = iota // never a word: read wherever it stands
	abbrevCount                        // after a number written apart: a unit or a counted noun
	abbrevBefore                       // before a number: a label
	abbrevDotBefore                    // with its period, before a number
	abbrevDotCount                     // with its period, after a number
	abbrevSeaCount                     // after a number in a sentence of the sea or the air
	abbrevBracket                      // alone in brackets after a capitalized name: a party
	abbrevAfterWord                    // right after the word in after
	abbrevSportCount                   // after a number in a sentence of games and seasons
)

// registerAbbrevs are keyed as written; a key in lower case also takes the token capitalized
// ("Recep", "Dbl"). Capitals-only keys (SM, MMT) match only in capitals.
var registerAbbrevs = map[string]registerAbbrev{
	// estate agents' listings
	"recep": {sing: "reception", when: abbrevAlways}, "receps": {sing: "receptions", when: abbrevAlways},
	"dbl": {sing: "double", when: abbrevAlways}, "sgl": {sing: "single", when: abbrevAlways},
	"flr": {sing: "floor", when: abbrevAlways}, "stn": {sing: "station", when: abbrevAlways},
	"OIEO": {sing: "offers in excess of", when: abbrevAlways}, "OIRO": {sing: "offers in the region of", when: abbrevAlways},
	"ONO": {sing: "or nearest offer", when: abbrevAlways}, "GCH": {sing: "gas central heating", when: abbrevAlways},
	"CH": {sing: "central heating", when: abbrevAfterWord, after: "gas"},
	"bd": {sing: "bed", when: abbrevCount}, "ba": {sing: "bath", when: abbrevCount},
	"bdrm": {sing: "bedroom", plural: "bedrooms", when: abbrevCount}, "bdrms": {sing: "bedrooms", when: abbrevCount},
	"bthrm": {sing: "bathroom", plural: "bathrooms", when: abbrevAlways}, "gdn": {sing: "garden", when: abbrevAlways},
	"gge": {sing: "garage", when: abbrevAlways}, "lnge": {sing: "lounge", when: abbrevAlways},
	// pharmacy leaflets and prescriptions
	"caps": {sing: "capsule", plural: "capsules", when: abbrevCount}, "tabs": {sing: "tablet", plural: "tablets", when: abbrevCount},
	"tab": {sing: "tablet", plural: "tablets", when: abbrevCount}, "cap": {sing: "capsule", plural: "capsules", when: abbrevCount},
	"sect": {sing: "section", when: abbrevDotBefore}, "soln": {sing: "solution", when: abbrevAlways},
	"susp": {sing: "suspension", when: abbrevAlways}, "inj": {sing: "injection", when: abbrevAlways},
	"oint": {sing: "ointment", when: abbrevAlways},
	// recipe cards
	"c": {sing: "cup", plural: "cups", when: abbrevDotCount}, "pkt": {sing: "packet", plural: "packets", when: abbrevAlways},
	"pkts": {sing: "packets", when: abbrevAlways},
	// round thirty-four: eye and ear drops in a prescription ("2 gtts OU")
	"gtt": {sing: "drop", plural: "drops", when: abbrevCount}, "gtts": {sing: "drops", plural: "drops", when: abbrevCount}, "mo": {sing: "month", plural: "months", when: abbrevDotCount},
	"mos": {sing: "months", when: abbrevCount}, "lg": {sing: "large", when: abbrevAlways},
	// aviation and maritime
	"SM":  {sing: "statute mile", plural: "statute miles", when: abbrevCount},
	"nm":  {sing: "nautical mile", plural: "nautical miles", when: abbrevSeaCount},
	"NM":  {sing: "nautical mile", plural: "nautical miles", when: abbrevCount},
	"RWY": {sing: "runway", when: abbrevAlways}, "hdg": {sing: "heading", when: abbrevAlways},
	// sport, esports and chess
	"WP": {sing: "well played", when: abbrevAfterWord, after: "gg"}, "GLHF": {sing: "good luck have fun", when: abbrevAlways},
	"apps": {sing: "appearances", when: abbrevSportCount},
	"mag":  {sing: "magnitude", when: abbrevBefore},
	// commodities, markets and elections
	"mln": {sing: "million", when: abbrevAlways}, "bln": {sing: "billion", when: abbrevAlways}, "trn": {sing: "trillion", when: abbrevAlways},
	"MMT": {sing: "million metric tons", when: abbrevCount}, "bcf": {sing: "billion cubic feet", when: abbrevCount},
	"tcf": {sing: "trillion cubic feet", when: abbrevCount}, "ppl": {sing: "pence per liter", when: abbrevCount},
	"pct": {sing: "percent", when: abbrevCount},
	"Ind": {sing: "independent", when: abbrevBracket}, "Lab": {sing: "labour", when: abbrevBracket},
	"Con": {sing: "conservative", when: abbrevBracket}, "LD": {sing: "liberal democrat", when: abbrevBracket},
	"Grn": {sing: "green", when: abbrevBracket}, "Dem": {sing: "democrat", when: abbrevBracket},
	// the military
	"Pvt": {sing: "private", when: abbrevAlways}, "Bde": {sing: "brigade", when: abbrevAlways},
	"Regt": {sing: "regiment", when: abbrevAlways}, "Cdr": {sing: "commander", when: abbrevAlways},
	// law
	"ss": {sing: "sections", when: abbrevDotBefore}, "cl": {sing: "clause", when: abbrevDotBefore},
	"Sch": {sing: "schedule", when: abbrevDotBefore},
	// schools
	"Sci": {sing: "science", when: abbrevAlways}, "Geog": {sing: "geography", when: abbrevAlways},
	// fitness trackers
	"spm": {sing: "steps per minute", when: abbrevCount},
	// customer support
	"tix": {sing: "tickets", when: abbrevAlways},
	// labels (after the held16 unseen measurement): a date after Exp. is when it expires
	"Exp": {sing: "expires", when: abbrevDotBefore}, "pwd": {sing: "password", when: abbrevAlways},
	"addr": {sing: "address", when: abbrevAlways},
}

// sportCountWords make a sentence about games and seasons, where "apps" are appearances.
var sportCountWords = setOf(`goals goal assists season seasons league scored starts caps tries wickets clean sheets debut club`)

// seaAirWords make a sentence of the sea or the air, where nm is a nautical mile.
var seaAirWords = setOf(`vessel vessels ship ships boat boats ferry breakwater harbour harbor port anchored anchor coast
offshore sea seas sailing yacht buoy aircraft flight runway visibility nautical mayday knots kt`)

// registerAbbrev reads an abbreviation of registerAbbrevs when its condition holds.
func (n *normalizer) registerAbbrev(t *token) bool {
	words, absorb, ok := n.registerReading(t)
	if !ok {
		return false
	}
	n.by("abbreviation of a register")
	n.emit(t.raw, strings.Fields(words)...)
	if absorb {
		n.absorbed = true // the period is the abbreviation's own
	}
	return true
}

// registerReading returns the reading of t, an abbreviation of registerAbbrevs, when its
// condition holds, and whether its period is its own.
func (n *normalizer) registerReading(t *token) (string, bool, bool) {
	var a registerAbbrev
	ok := false
	if speedRegisterLens.may(t.core) {
		a, ok = registerAbbrevs[t.core] // no abbreviation of this length: no map lookup (speed)
	}
	if !ok {
		if t.core == "" || t.core[0] < 'A' || t.core[0] > 'Z' {
			return "", false, false
		}
		// A capital first: lower-cased it differs and is capitalized, so only an acronym stops
		// here; an ASCII word is lower-cased in a buffer (no allocation for every name).
		if isUpperWord(t.core) && len(t.core) > 1 {
			return "", false, false
		}
		var buf [32]byte
		if asciiOnly(t.core) {
			if speedRegisterLens.may(t.core) { // folding ASCII keeps the length
				a, ok = registerAbbrevs[string(foldASCII(buf[:0], t.core))]
			}
		} else {
			a, ok = registerAbbrevs[t.lower()]
		}
		if !ok {
			return "", false, false
		}
	}
	prev, next := n.peek(-1), n.peek(1)
	dot := t.hasDot()
	count, one := 0, false // count: 1 after a number written apart
	if prev != nil && prev.post == "" && t.pre == "" {
		if num, rest, ok := scanNumber(prev.core); ok && rest == "" {
			count, one = 1, num.isOne() && !num.hasPoint
		}
	}
	nextNum := next != nil && next.pre == "" && t.post == strings.TrimRight(t.post, ",;:") && startsNumeric(strings.TrimLeft(next.core, "−-+"))
	switch a.when {
	case abbrevAlways:
	case abbrevCount:
		if count == 0 {
			return "", false, false
		}
	case abbrevBefore:
		if !nextNum && !(next != nil && strings.HasPrefix(next.core, "−") && len(next.core) > 3) {
			return "", false, false
		}
	case abbrevDotBefore:
		if !dot || !nextNum {
			return "", false, false
		}
	case abbrevDotCount:
		if !dot || count == 0 {
			return "", false, false
		}
	case abbrevSeaCount:
		if count == 0 || !n.fact(factSeaAir) {
			return "", false, false
		}
	case abbrevSportCount:
		if count == 0 || !n.fact(factSportCount) {
			return "", false, false
		}
	case abbrevBracket:
		if t.pre != "(" || !strings.HasPrefix(t.post, ")") || prev == nil || prev.post != "" || !isCapitalized(prev.core) {
			return "", false, false
		}
	case abbrevAfterWord:
		if prev == nil || prev.lower() != a.after || strings.ContainsAny(prev.post, ".;:") {
			return "", false, false
		}
	}
	words := a.sing
	if count == 1 && !one && a.plural != "" {
		words = a.plural
	}
	return words, dot && (a.when != abbrevAlways || next != nil && !isCapitalized(next.core)), true
}

// wordSlash reports two words of the lexicon joined by a slash, read as the two words with no
// slash between them: "Kitchen/diner" kitchen diner, "pass/fail", "black/navy" (a label's
// options or a room's two uses, as a reader says them).
func (n *normalizer) wordSlash(left, right string) bool {
	if n.opts.IsWord == nil || len(left) < 3 || len(right) < 3 || strings.ContainsAny(right, "/-") {
		return false
	}
	if !isLetterWord(left) || !isLetterWord(right) || isUpperWord(left) || isUpperWord(right) {
		return false
	}
	l, r := strings.ToLower(left), strings.ToLower(right)
	if _, ok := perTime[r]; ok || dayOrMonth(left) != "" || dayOrMonth(right) != "" {
		return false // "cups/day" is a rate; "Mon/Jan" no pair
	}
	if _, ok := unitWord(right, false); ok {
		return false
	}
	if !r39SlashWord(l, n.opts.IsWord) && !r63AppNames[l] || !r39SlashWord(r, n.opts.IsWord) && !r63AppNames[r] { // round thirty-nine: or two words run together; round sixty-three: or an app's name ("Venmo/Zelle")
		return false
	}
	// A run-together compound beside a word it contains, or in a sentence of files, folders,
	// packages or imports, is a path's piece ("reflect/protoreflect", "the testdata/fixtures
	// directory"): its slash is said (the lead's round forty-six).
	if !knownWord(l, n.opts.IsWord) || !knownWord(r, n.opts.IsWord) {
		if strings.Contains(l, r) || strings.Contains(r, l) || n.codeSentence46() {
			return false
		}
	}
	return true
}

// slashPairs are two abbreviations joined by a slash read as a phrase.
var slashPairs = map[string]string{"W/D": "washer dryer", "w/d": "washer dryer", "A/C": "a c", "a/c": "a c"}

// round17Token runs round seventeen's readers on the token at n.i; it returns the tokens used.
func (n *normalizer) round17Token(t *token) int {
	if t.core == "" || n.inPart != 0 {
		return 0
	}
	// Each reader is asked only about a token of a shape it can read (see shape).
	if n.may(shSlash) { // "w/d", "A/C"
		if r, ok := slashPairs[t.core]; ok {
			n.by("abbreviation of a register")
			n.emit(t.raw, strings.Fields(r)...)
			return 1
		}
	}
	if n.registerAbbrev(t) {
		return 1
	}
	if n.may(shDigit) { // a number before the unit
		if k := n.countBeforeRegisterUnit(t); k > 0 {
			return k
		}
	}
	if n.may(shDigit) && n.namedIdentifier(t) || n.may(shWide) && n.routeDash(t) || n.may(shHyphen) && n.yearNumbered(t) || n.may(shSlash) && n.spacedSlashMeasure(t) ||
		n.may(shHyphen|shWide) && n.versionRange(t) || n.may(shDigit|shUpper) && n.chessMove(t) || n.may(shSlash) && n.dayOnlyFirstDate(t) {
		return 1
	}
	if k := n.unitAfterPer(t); k > 0 {
		return k
	}
	if n.may(shLower) && n.secondsAfterMinutes(t) { // "s"
		return 1
	}
	return 0
}

// countBeforeRegisterUnit reads a number before an abbreviation of registerAbbrevs that is
// also a unit symbol the number reader would take ("12 nm" in a sentence of the sea: nautical
// miles, not nanometers), so the register's condition decides.
func (n *normalizer) countBeforeRegisterUnit(t *token) int {
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" {
		return 0
	}
	a, ok := registerAbbrevs[next.core]
	if !ok || a.when != abbrevSeaCount {
		return 0
	}
	num, rest, ok := scanNumber(t.core)
	if !ok || rest != "" || num.neg || num.plus {
		return 0
	}
	n.i++
	words, absorb, ok := n.registerReading(next)
	n.i--
	if !ok {
		return 0
	}
	n.by("abbreviation of a register")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(next.raw, strings.Fields(words)...)
	if absorb {
		n.absorbed = true
	}
	return 2
}

// Identifiers named by what stands before them: a noun or a code that names the number's kind
// makes it that kind of identifier, read as that kind is said, whatever follows it.

// airlineCodes are IATA codes of airlines common in news copy; before a flight number in a
// sentence of flying they are an airline ("passengers on UA 1449" u a fourteen forty nine).
var airlineCodes = setOf(`AA UA DL WN AS B6 NK F9 HA AC WS BA VS EI FR U2 LH LX OS SK AY KL AF IB VY AZ TP TK EK EY QR
SV MS ET KQ SA QF VA NZ SQ CX NH JL KE OZ CI BR MH TG GA PR VN AI 6E CA MU CZ LA AM AV CM G3 AD`)

// flightWords make a sentence about flying.
var flightWords = setOf(`flight flights passenger passengers depart departs departed departure arrive arrives arrived
arrival gate boarding rebook rebooked delayed cancelled canceled diverted landed takeoff airport airline terminal
nonstop layover`)

// chessWords make a sentence about chess, where a four-digit number near a player is a rating.
var chessWords = setOf(`chess blitz rapid classical grandmaster gm fide elo pairings
olympiad candidates checkmate gambit opening endgame draw resigned`)

// ratingBefore are words after which a four-digit number in a sentence of chess is a rating.
var ratingBefore = setOf(`rated rating elo fide cross crossed crossing below above past over hit reach reached
break broke topped`)

// apiWords make a sentence about a web service, where a number from 100 to 599 after a verb of
// returning is a status code.
var apiWords = setOf(`api http https endpoint endpoints server servers request requests response responses status
client proxy webhook rate-limited`)

// statusBefore are words after which such a number is a status code: "returns 429", "instead of 503".
var statusBeforeWords = setOf(`returns return returned returning throws threw gives gave got get of with status code`)

// pairLabels are labels whose number is read in pairs: an ISO film speed or standard, an RFC.
var pairLabels = setOf("ISO RFC") // RFC: round eighteen ("RFC 9110" ninety one ten)

// namedIdentifier reads a number that what stands before it names: a flight number after an
// airline's code in a sentence of flying, a chess rating, a status code, a film speed, a
// four-digit number after # (Store #1187 eleven eighty seven). It reports whether it read t.
func (n *normalizer) namedIdentifier(t *token) bool {
	c := t.core
	if len(c) < 3 || len(c) > 4 || !allDigits(c) || c[0] == '0' || t.pre != "" && t.pre != "(" && t.pre != "#" && t.pre != "(#" {
		if !(strings.HasPrefix(c, "#") && len(c) == 5 && allDigits(c[1:]) && c[1] != '0') {
			return false
		}
	}
	prev := n.peek(-1)
	pl := ""
	if prev != nil && prev.post == "" {
		pl = prev.lower()
	}
	if strings.HasPrefix(c, "#") || strings.HasSuffix(t.pre, "#") {
		// "#4821", "Store #1187": four digits after # are a label read in pairs, as room and
		// flight numbers are; after a code word (patient, order…) digit by digit, as before.
		d := strings.TrimPrefix(c, "#")
		if len(d) != 4 || codeWords[pl] || prev != nil && prev.post == "" && (pl == "no" || pl == "number") {
			return false
		}
		n.by("number label in pairs")
		n.emit(t.raw, "number")
		n.emit(t.raw, appendPaired(nil, d)...)
		return true
	}
	switch {
	case prev != nil && prev.post == "" && airlineCodes[prev.core] && n.fact(factFlight):
		n.by("flight number")
	case prev != nil && prev.post == "" && airlineOnlyCodes[prev.core] && n.flightNumberAlone(t):
		n.by("flight number")
	case prev != nil && prev.post == "" && pairLabels[prev.core] && len(c) == 4:
		n.by("film speed")
	case len(c) == 4 && c[0] >= '1' && c[0] <= '2' && n.fact(factChess) && (ratingBefore[pl] || t.pre == "(" && strings.HasPrefix(t.post, ")") && prev != nil && isCapitalized(prev.core)):
		n.by("rating")
	case len(c) == 3 && c[0] >= '1' && c[0] <= '5' && statusBeforeWords[pl] && n.fact(factAPI):
		n.by("status code")
	default:
		return false
	}
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// airlineOnlyCodes are airline codes that name nothing else common in news copy (not LA, CA,
// AI, AM, AS, MS, OS, SA, VA, NH…: places, radio, software): before four digits they are a
// flight even where no word says flying (round twenty-five; round twenty had left "BA 2490"
// a count).
var airlineOnlyCodes = setOf(`BA UA DL LH AF KL EK QF QR EY SQ CX JL KE OZ TK VS EI U2 WN B6 NK F9 AC WS IB AY LX VY AZ 6E`)

// afterFlightNumber are words after a flight's number: a verb of the flight or of being, or a
// preposition of its route. A plural noun or a unit after it makes the number a count ("UA
// 1200 workers").
var afterFlightNumber = setOf(`to from at for on in into via and or is was will has had leaves left departs departed
arrives arrived lands landed boards boarded takes took flies flew diverted diverts returns returned`)

// flightNumberAlone reports four digits after an airline-only code where nothing says flying:
// no year from 1900 to 2099 (a class's year, "BA 2024"), and the sentence ends after it, or
// punctuation, or a word of afterFlightNumber.
func (n *normalizer) flightNumberAlone(t *token) bool {
	c := t.core
	if len(c) != 4 || t.pre != "" || c[0] == '#' {
		return false
	}
	if v := atoiSmall(c); v >= 1900 && v <= 2099 {
		return false
	}
	next := n.peek(1)
	return next == nil || t.post != "" || next.pre != "" || afterFlightNumber[lowerASCIIWord(next.core)]
}

// codeAbbrevDot reports a code word written as an abbreviation with its period ("ref.",
// "acct.", "ext."): the period is the abbreviation's, and the code after it is still its code.
func codeAbbrevDot(t *token) bool {
	return t != nil && t.post == "." && codeAbbrevs[t.lower()]
}

var codeAbbrevs = setOf("ref acct ext")

// refereeBefore reports that the word before "ref." in before is a determiner, so the word is
// the referee and its period may end the sentence.
func refereeBefore(before string) bool {
	f := strings.Fields(before)
	if len(f) < 2 {
		return false
	}
	return determiners[strings.ToLower(strings.Trim(f[len(f)-2], "\"'“‘«([{"))]
}

// routeWords near two capitalized names joined by an en dash make the names the ends of a route
// ("container rates Shanghai–Rotterdam", "the London–Paris train"): the dash is "to".
var routeWords = setOf(`route routes rates rate flight flights train trains service services line lines corridor
road rail ferry ferries shuttle leg lane lanes trade fares fare link bus buses motorway highway crossing voyage
between from segment segments section sections stretch trip trips journey commute`) // segment…commute: round thirty-five

// dashedNames splits two capitalized names joined by an en dash, the ends a route reader takes
// ("Shanghai–Rotterdam"); initials and two weekdays ("Fri–Sun") are no route's ends.
func dashedNames(t *token) (a, b string, ok bool) {
	a, b, ok = strings.Cut(t.core, "–")
	if !ok || !isCapitalized(a) || !isCapitalized(b) || !isLetterWord(a) || !isLetterWord(b) || isUpperWord(a) || isUpperWord(b) || weekdayPair(a, b) {
		return "", "", false
	}
	return a, b, true
}

// wordWithinTwo reports a word of set (lower-cased) within two tokens before or after the
// current one.
func (n *normalizer) wordWithinTwo(set map[string]bool) bool {
	for _, off := range [...]int{-2, -1, 1, 2} {
		if w := n.peek(off); w != nil && set[w.lower()] {
			return true
		}
	}
	return false
}

// routeDash reads two capitalized words joined by an en dash as the ends of a route, the dash
// "to", when a word of routes stands within two words of the token: "container rates
// Shanghai–Rotterdam" shanghai to rotterdam. Names joined elsewhere ("the Smith–Jones bill",
// "Michaelis–Menten") keep the pause; a hyphen ("Coca-Cola") is never a route.
func (n *normalizer) routeDash(t *token) bool {
	a, b, ok := dashedNames(t)
	if !ok || !n.wordWithinTwo(routeWords) {
		return false
	}
	n.by("route")
	n.emitRoute(t.raw, a, b)
	return true
}

// yearNumbered reads a year and a short serial after "No." or "Number" ("Resolution No. 2025-14"
// twenty twenty five fourteen, "Ordinance Number 2024-7"): a body's numbering by year, not a
// span of years. A longer serial keeps the code reader's digits ("Order No. 2024-01822").
func (n *normalizer) yearNumbered(t *token) bool {
	y, s, ok := strings.Cut(t.core, "-")
	if !ok || len(y) != 4 || !allDigits(y) || atoiSmall(y) < 1900 || atoiSmall(y) > 2099 || len(s) == 0 || len(s) > 3 || !allDigits(s) || s[0] == '0' {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || t.pre != "" || !(prev.post == "." && strings.EqualFold(prev.core, "no") || prev.post == "" && strings.EqualFold(prev.core, "number")) {
		return false
	}
	n.by("year and serial")
	n.emit(t.raw, appendYear(nil, atoiSmall(y))...)
	n.emit(t.raw, appendInteger(nil, s)...)
	return true
}

// measureAfterSize reports a unit of length, mass or volume after two numbers joined by ×: the
// numbers are a size, quantities ("210 × 297 mm" two hundred ten by two hundred ninety seven
// millimeters), not a screen's pixels read in pairs ("1920 × 1080 pixels", "1920 × 1080 px").
func measureAfterSize(sym string) bool {
	if sym == "px" || sym == "p" || sym == "pixels" || sym == "dpi" {
		return false
	}
	_, ok := unitWord(sym, true)
	return ok
}

// comparativeWords after a decimal with k make it a count compared ("2.3k more than yesterday"
// two point three thousand more): a distance is not compared so ("a 2.5k run" stays).
var comparativeWords = setOf("more fewer less extra additional higher lower")

// kBeforeComparative reports a comparative word right after t.
func (n *normalizer) kBeforeComparative(t *token) bool {
	next := n.peek(1)
	return next != nil && t.post == "" && comparativeWords[next.core]
}

// unitAfterPer reads a unit symbol after the word "per" as the unit's singular name: "44.2
// cents per lb" per pound, "£3 per kg". A word of the lexicon after per stays a word ("per
// day", "per cent", "per head").
func (n *normalizer) unitAfterPer(t *token) int {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !strings.EqualFold(prev.core, "per") || t.pre != "" {
		return 0
	}
	if next := n.peek(1); strings.EqualFold(t.core, "sq") && next != nil && (t.post == "" || t.post == ".") && next.pre == "" { // "per sq. km" (round 38)
		if un, ok := unitWord(next.core, true); ok && !strings.HasPrefix(un.sing, "square") {
			n.by("unit after per")
			n.emit(t.raw, "square")
			n.emit(next.raw, strings.Fields(un.sing)...)
			return 2
		}
	}
	un, ok := unitWord(t.core, true)
	if !ok || len(t.core) > 4 || n.opts.IsWord != nil && knownWord(t.lower(), n.opts.IsWord) {
		return 0
	}
	n.by("unit after per")
	n.emit(t.raw, strings.Fields(un.sing)...)
	return 1
}

// spacedSlashMeasure reads a spaced slash between a number and a measure as a pause: "Gas Mark 4
// / 350°F" (an oven's two scales), "Serves 4 / 1,200 kcal", where a reader names the two and
// says no slash. Two bare numbers ("8 / 2") keep their slash: they may be a division.
func (n *normalizer) spacedSlashMeasure(t *token) bool {
	if t.core != "/" || t.pre != "" || t.post != "" || len(n.out) == 0 {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || next.pre != "" || !startsNumeric(prev.core) || !startsNumeric(next.core) {
		return false
	}
	measure := strings.ContainsAny(next.core, "°%") || strings.IndexFunc(next.core, isASCIILetterRune) >= 0
	if !measure {
		if nn := n.peek(2); nn != nil && next.post == "" {
			_, unit := unitWord(nn.core, true)
			measure = unit
		}
	}
	if !measure {
		return false
	}
	n.by("slash between items")
	n.raise(len(n.out)-1, Minor)
	return true
}

func isASCIILetterRune(r rune) bool { return r < 0x80 && isASCIILetter(r) }

// asciiOnly reports whether s is all ASCII, where strings.ToLower folds only A-Z (foldASCII).
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// versionRange reads two versions joined by a dash after a software name as versions, "Supports
// Python 3.9–3.13" three point nine to three point thirteen (the upper end was read as a
// decimal: three point one three).
func (n *normalizer) versionRange(t *token) bool {
	k := strings.Index(t.core, "–")
	w := len("–")
	if k < 0 {
		k, w = strings.IndexByte(t.core, '-'), 1
	}
	if k <= 0 {
		return false
	}
	lo, hi := t.core[:k], t.core[k+w:]
	if !isVersionString(lo) || !isVersionString(hi) || !strings.Contains(lo, ".") || !strings.Contains(hi, ".") || !n.versionContext() {
		return false
	}
	n.by("version range")
	n.emit(t.raw, appendVersion(nil, lo)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendVersion(nil, hi)...)
	n.versionAt = n.i
	return true
}

// chessPieces name the pieces of algebraic notation.
var chessPieces = map[byte]string{'K': "king", 'Q': "queen", 'R': "rook", 'B': "bishop", 'N': "knight"}

// chessMove reads a move in algebraic notation, with its move number and dots before it,
// as a commentator says it: "23...Qxd4" twenty three queen takes d four, "Nf3" knight f three,
// "Bxe5+" bishop takes e five check, "Rxd8#" rook takes d eight mate, "O-O" castles. A piece
// move needs a sentence about chess or a move number glued before it (a model name such as
// "B52" or "Nf3" elsewhere is not one); castling needs a sentence about chess.
func (n *normalizer) chessMove(t *token) bool {
	c := t.core
	num := ""
	if k := strings.Index(c, "."); k > 0 && allDigits(c[:k]) {
		num = c[:k]
		c = strings.TrimLeft(c[k:], ".")
	}
	if strings.HasSuffix(t.post, "#") {
		c += "#"
	}
	suffix := ""
	switch {
	case strings.HasSuffix(c, "#"):
		suffix, c = "mate", c[:len(c)-1]
	case strings.HasSuffix(c, "+"):
		suffix, c = "check", c[:len(c)-1]
	}
	if len(c) < 3 || len(c) > 5 || c[0] != 'O' && c[0] != '0' && chessPieces[c[0]] == "" {
		return false // most tokens: not a move's shape, and no scan of the sentence
	}
	chess := num != "" || n.fact(factChess)
	var w []string
	switch {
	case (c == "O-O" || c == "O-O-O" || c == "0-0" || c == "0-0-0") && chess && num != "" || (c == "O-O" || c == "O-O-O") && chess:
		w = []string{"castles"}
		if len(c) == 5 {
			w = append(w, "queenside")
		}
	case len(c) >= 3 && len(c) <= 5 && chessPieces[c[0]] != "":
		sq := c[len(c)-2:]
		if sq[0] < 'a' || sq[0] > 'h' || sq[1] < '1' || sq[1] > '8' || !chess {
			return false
		}
		mid := c[1 : len(c)-2]
		takes := strings.HasSuffix(mid, "x")
		mid = strings.TrimSuffix(mid, "x")
		if len(mid) > 1 || len(mid) == 1 && !(mid[0] >= 'a' && mid[0] <= 'h' || mid[0] >= '1' && mid[0] <= '8') {
			return false
		}
		w = append(w, chessPieces[c[0]])
		if mid != "" {
			w = append(w, chessSquarePart(mid)...)
		}
		if takes {
			w = append(w, "takes")
		}
		w = append(w, chessSquarePart(sq[:1])...)
		w = append(w, onesWords[sq[1]-'0'])
	default:
		return false
	}
	if suffix != "" {
		w = append(w, suffix)
	}
	n.by("chess move")
	if num != "" {
		n.emit(t.raw, appendInteger(nil, num)...)
	}
	n.emit(t.raw, w...)
	if strings.HasPrefix(t.post, "#") {
		t.post = t.post[1:]
	}
	return true
}

// chessSideWords with a move make a sentence about chess too.
var chessSideWords = setOf("white black's white's move moves")

// chessSquarePart reads a file letter or a rank digit of a square.
func chessSquarePart(s string) []string {
	if s[0] >= '1' && s[0] <= '8' {
		return []string{onesWords[s[0]-'0']}
	}
	return []string{s}
}

// dayMonthOnly reports a slashed day and month that can only be day first (the first field
// 13–31, the second a month, an optional year): "13/12", "25/03/2025". Such a date shows the
// writer's day-first habit, so an ambiguous one beside it is day first too ("from 2/12 to
// 13/12" the second of december to the thirteenth of december).
func dayMonthOnly(c string) bool {
	d, m, ok := strings.Cut(c, "/")
	if !ok || len(d) == 0 || len(d) > 2 || !allDigits(d) {
		return false
	}
	if k := strings.IndexByte(m, '/'); k >= 0 {
		if y := m[k+1:]; (len(y) != 2 && len(y) != 4) || !allDigits(y) {
			return false
		}
		m = m[:k]
	}
	if len(m) == 0 || len(m) > 2 || !allDigits(m) {
		return false
	}
	dv, mv := atoiSmall(d), atoiSmall(m)
	return dv >= 13 && dv <= 31 && mv >= 1 && mv <= 12
}

// dayOnlyFirstDate reads a day and month that can only be day first after a word that introduces a
// date, or "to" and "and" after one: "from 2/12 to 13/12" … to the thirteenth of december.
func (n *normalizer) dayOnlyFirstDate(t *token) bool {
	if !dayMonthOnly(t.core) || strings.Count(t.core, "/") != 1 {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" {
		return false
	}
	l := p.lower()
	if !datePrev[l] && !((l == "to" || l == "and" || l == "until") && n.peek(-2) != nil && strings.Contains(n.peek(-2).core, "/")) {
		return false
	}
	d, m, _ := strings.Cut(t.core, "/")
	n.by("date")
	w := appendDayOrdinal([]string{"the"}, atoiSmall(d))
	n.emit(t.raw, append(w, "of", monthNames[atoiSmall(m)])...)
	return true
}

// minuteUnits before a number make a spaced s after that number seconds.
var minuteUnits = setOf("min mins minute minutes m h hr hrs hour hours")

// secondsAfterMinutes reads a spaced s after a whole number as seconds when minutes or hours
// stand before that number ("4 min 28 s" four minutes twenty eight seconds, "1 h 2 m 5 s"); a
// lone "5 s" elsewhere may be a letter (added after the held16 unseen measurement).
func (n *normalizer) secondsAfterMinutes(t *token) bool {
	if t.core != "s" || t.pre != "" {
		return false
	}
	prev, unit := n.peek(-1), n.peek(-2)
	if prev == nil || unit == nil || prev.post != "" || unit.post != "" || !minuteUnits[unit.lower()] {
		return false
	}
	num, rest, ok := scanNumber(prev.core)
	if !ok || rest != "" || num.hasPoint || num.neg || len(num.intPart) > 2 {
		return false
	}
	if pp := n.peek(-3); pp == nil || !startsNumeric(pp.core) {
		return false
	}
	n.by("unit")
	n.emit(t.raw, plural(num.isOne(), "second", "seconds"))
	if t.hasDot() && n.peek(1) != nil && !isCapitalized(n.peek(1).core) {
		n.absorbed = true
	}
	return true
}
