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
	return wordlessMonths[key] && prev != nil && prev.post == "" && monthPrepositions[strings.ToLower(prev.core)]
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
	"pkts": {sing: "packets", when: abbrevAlways}, "mo": {sing: "month", plural: "months", when: abbrevDotCount},
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
	"tix": {sing: "tickets", when: abbrevAlways}, "pwd": {sing: "password", when: abbrevAlways},
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
	a, ok := registerAbbrevs[t.core]
	if !ok {
		l := strings.ToLower(t.core)
		if l == t.core || !isCapitalized(t.core) || isUpperWord(t.core) && len(t.core) > 1 {
			return "", false, false
		}
		if a, ok = registerAbbrevs[l]; !ok {
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
		if count == 0 || !n.anyWordOf(seaAirWords) {
			return "", false, false
		}
	case abbrevSportCount:
		if count == 0 || !n.anyWordOf(sportCountWords) {
			return "", false, false
		}
	case abbrevBracket:
		if t.pre != "(" || !strings.HasPrefix(t.post, ")") || prev == nil || prev.post != "" || !isCapitalized(prev.core) {
			return "", false, false
		}
	case abbrevAfterWord:
		if prev == nil || strings.ToLower(prev.core) != a.after || strings.ContainsAny(prev.post, ".;:") {
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
	return knownWord(l, n.opts.IsWord) && knownWord(r, n.opts.IsWord)
}

// slashPairs are two abbreviations joined by a slash read as a phrase.
var slashPairs = map[string]string{"W/D": "washer dryer", "w/d": "washer dryer", "A/C": "a c", "a/c": "a c"}

// round17Token runs round seventeen's readers on the token at n.i; it returns the tokens used.
func (n *normalizer) round17Token(t *token) int {
	if t.core == "" || n.inPart != 0 {
		return 0
	}
	if r, ok := slashPairs[t.core]; ok {
		n.by("abbreviation of a register")
		n.emit(t.raw, strings.Fields(r)...)
		return 1
	}
	if n.registerAbbrev(t) {
		return 1
	}
	if k := n.countBeforeRegisterUnit(t); k > 0 {
		return k
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
