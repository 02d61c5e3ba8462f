package text

import "strings"

// Round twenty-six: the classes held24's dev half missed (podcast show notes, streaming pages,
// fitness and health apps, crypto and fintech apps, car reviews, exam prep and event tickets),
// each read as a class and tested on probe sentences of the round's own written before the
// reader, readings26.tsv. Its readings are data (emoji names in emoji_names.go, initials said as
// words in abbrev.go's acronymReadings), one test inside an address's path, and two readers of
// algebra as homework help writes it (round26Token), each guarded by the shapes its first test
// needs (README, Speed).

func (n *normalizer) round26Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch {
	case isDigit(c[0]):
		if n.may(shDigit) && n.algebraTerm(t) || n.may(shSlash) && n.primePace(t) {
			return 1
		}
	case c == "-" || c == "–" || c == "−":
		if n.may(shHyphen|shWide) && n.algebraMinus(t) {
			return 1
		}
	case c[0] == '@':
		if n.may(shHyphen) && n.handleDashes(t) {
			return 1
		}
	case c[0] == 'h' || c[0] == 'H' || c[0] == 'l' || c[0] == 'f' || c[0] == 'M':
		if n.may(shLower|shUpper) && n.engineUnit(t) {
			return 1
		}
	}
	if (c[0] == 'a' || c[0] == 'D' || c[0] == 'd' || c[0] == 'M') && n.may(shLower|shUpper) && n.ticketAbbrev(t) {
		return 1
	}
	if isDigit(c[0]) && n.may(shLower) && strings.HasSuffix(c, "hp") && n.gluedHorsepower(t) {
		return 1
	}
	return 0
}

// engineUnits are an engine's units after a number on car reviews and spec sheets, read by
// their names as mpg and bhp are ("hp" needs a sentence that is no game's: hitPointWords; "HP"
// one of cars or engines: carSpecWords).
var engineUnits = map[string]string{
	"hp": "horsepower", "HP": "horsepower", "lb-ft": "pound feet", "lb.-ft": "pound feet", "lb-ft.": "pound feet",
	"lbs-ft": "pound feet", "ft-lb": "foot pounds", "ft-lbs": "foot pounds", "MPGe": "miles per gallon equivalent",
}

// hitPointWords make "50 hp" a game's hit points: "the boss has 5000 HP", "a potion restores 50 hp".
var hitPointWords = setOf(`boss bosses potion potions heal heals healed healing damage dmg enemy enemies monster monsters
player players raid mana xp game games character characters spell spells quest quests armor armour shield regen
restores restore dps mob mobs npc hero heroes`)

// carSpecWords make "225 HP" horsepower (with vehicleWords and engineWords): a word of engines
// and their cars.
var carSpecWords = setOf(`torque supercharged sedan suv coupe
hatchback pickup trim horsepower rpm v6 v8 v10 v12 output ev evs crossover roadster`)

// engineWordNear reports a word of set (or, with alsoCars, of vehicleWords) within eight tokens.
func (n *normalizer) engineWordNear(set map[string]bool, alsoCars bool) bool {
	for off := -8; off <= 8; off++ {
		p := n.peek(off)
		if off == 0 || p == nil {
			continue
		}
		w := lowerASCIIWord(p.core)
		if set[w] || alsoCars && (vehicleWords[w] || engineWords[w]) {
			return true
		}
	}
	return false
}

// engineUnit reads an engine's unit after a number: "495 hp" four hundred ninety five
// horsepower, "470 lb-ft" pound feet, "120 MPGe" miles per gallon equivalent (they were spelled).
// "hp" among words of games is hit points and "HP" outside a sentence of engines a maker's name,
// both spelled as before; without a number before it the unit is not read.
func (n *normalizer) engineUnit(t *token) bool {
	name, ok := engineUnits[t.core]
	if !ok || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	if num, rest, ok := scanNumber(prev.core); !ok || rest != "" || num.neg {
		return false
	}
	switch t.core {
	case "hp":
		if n.engineWordNear(hitPointWords, false) {
			return false
		}
	case "HP":
		if !n.engineWordNear(carSpecWords, true) {
			return false
		}
	}
	n.by("engine unit")
	n.emit(t.raw, strings.Fields(name)...)
	return true
}

// gluedHorsepower reads a number glued to hp, with or without a hyphen: "382hp", "a 250-hp
// turbo four" (horsepower is the same before a noun); not among words of games.
func (n *normalizer) gluedHorsepower(t *token) bool {
	num, rest, ok := scanNumber(t.core)
	if !ok || num.neg || num.plus || rest != "hp" && rest != "-hp" || n.engineWordNear(hitPointWords, false) {
		return false
	}
	n.by("engine unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "horsepower")
	return true
}

// algebraWords make a sentence of algebra with the signs (algebraSign): "Simplify 6n + 4n"; so
// do a relation sign ("y = x - 7") and a term with a power ("2t² + 8t"): factAlgebra.
var algebraWords = setOf("solve simplify factor factorise factorize expand evaluate compute calculate differentiate integrate derivative polynomial equation expression")

// algebraSign reports a sign of algebra's relations or operations standing alone: "+", "=".
func algebraSign(c string) bool {
	switch c {
	case "+", "-", "−", "–", "=", "×", "÷", "<", ">", "≤", "≥", "≠":
		return true
	}
	return false
}

// powerWords reads a power written after a variable: "²" squared, "³" cubed, "^4" to the power
// of four; ok is false for anything else.
func powerWords(p string) ([]string, bool) {
	switch {
	case p == "²":
		return []string{"squared"}, true
	case p == "³":
		return []string{"cubed"}, true
	case len(p) >= 2 && len(p) <= 3 && p[0] == '^' && allDigits(p[1:]):
		return append([]string{"to", "the", "power", "of"}, appendInteger(nil, p[1:])...), true
	}
	return nil, false
}

// algebraTermParts splits a term of algebra, a whole or decimal coefficient glued to one
// lower-case variable with an optional power: "4x²" 4, x, ²; ok is false for anything else.
func algebraTermParts(c string) (num number, letter byte, power string, ok bool) {
	num, rest, ok := scanNumber(c)
	if !ok || num.neg || num.plus || num.commas || len(rest) == 0 || rest[0] < 'a' || rest[0] > 'z' {
		return num, 0, "", false
	}
	letter, power = rest[0], rest[1:]
	if power != "" {
		if _, ok := powerWords(power); !ok {
			return num, 0, "", false
		}
	}
	return num, letter, power, true
}

// algebraTerm reads a coefficient glued to a variable as the number and the letter: "5x²" five
// x squared, "4r³" four r cubed, "3y + 2y" three y plus two y (the power was left out, y read as
// years, t as tons). With a power the term is algebra wherever it stands, save a square or a cube
// of a unit's letter ("12m²", "4s²"); without one the term stands beside a sign ("+", "−", "=")
// in a sentence of algebra (an equation, or a verb such as simplify or factor): "2x faster",
// "in 7y" and "took 2h" stay a multiplier and units.
func (n *normalizer) algebraTerm(t *token) bool {
	num, letter, power, ok := algebraTermParts(t.core)
	if !ok {
		return false
	}
	if power != "" {
		if !algebraPower(t.core) {
			return false
		}
	} else {
		prev, next := n.peek(-1), n.peek(1)
		beside := prev != nil && t.pre == "" && prev.post == "" && algebraSign(prev.core) ||
			next != nil && t.post == "" && next.pre == "" && algebraSign(next.core)
		if !beside || strings.IndexByte("mshgl", letter) >= 0 || !n.fact(factAlgebra) {
			return false
		}
	}
	n.by("algebra term")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emitLetter(t.raw, string(letter))
	if power != "" {
		pw, _ := powerWords(power)
		n.emit(t.raw, pw...)
	}
	return true
}

// algebraPower reports a term of algebra with a power that is no unit's square or cube: "x²",
// "2t²", "y^3" (not "12m²", "4s²").
func algebraPower(c string) bool {
	if !strings.ContainsAny(c, "²³^") || !algebraOperand(c) {
		return false
	}
	_, letter, _, ok := algebraTermParts(c)
	return !ok || letter != 'm' && letter != 's'
}

// algebraOperand reports a term of algebra with a letter: a lower-case variable ("x"), one with a
// power ("x²", "x^2") or a coefficient glued to one ("3x", "4x²").
func algebraOperand(c string) bool {
	if c == "" || c[0] < 'a' || c[0] > 'z' {
		_, _, _, ok := algebraTermParts(c)
		return ok
	}
	if len(c) == 1 {
		return true
	}
	_, ok := powerWords(c[1:])
	return ok
}

// algebraMinus reads a spaced hyphen or dash between two terms of algebra, one of them with a
// letter, as minus: "4x² - 25" four x squared minus twenty five, "y = x - 7", "(a - b)" (it was
// left out; between two numbers spacedMinus reads it). The sentence is algebra (an equation, or
// a verb such as solve or factor): "Plan A - the cheaper option" and "Chapter 4 - Linear
// Equations" stay a pause.
func (n *normalizer) algebraMinus(t *token) bool {
	if t.pre != "" || t.post != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || strings.TrimRight(prev.post, ")") != "" || strings.TrimLeft(next.pre, "(") != "" {
		return false
	}
	a, b := prev.core, next.core
	if i := strings.LastIndexByte(a, '('); i >= 0 {
		a = a[i+1:] // "(a + b)(a - b)": the term after the last bracket
	}
	if i := strings.IndexByte(b, ')'); i >= 0 {
		b = b[:i] // "(x^2 - 9)/(x - 3)": the term before the first bracket
	}
	if !(algebraOperand(a) && (algebraOperand(b) || isPlainNumber(b)) || isPlainNumber(a) && algebraOperand(b)) || t.core != "−" && !n.fact(factAlgebra) {
		return false
	}
	n.by("minus")
	n.emit(t.raw, "minus")
	return true
}

// examPaths are tests named by a whole path segment of an address: the exam's page
// ("collegeboard.org/sat", "kaplan.com/mcat"), read as the test is read in a sentence.
var examPaths = map[string]string{"sat": "s a t", "psat": "p s a t", "mcat": "m cat", "lsat": "l sat", "gmat": "g mat"}

// examPath reads a path segment that is a test's name, reporting whether it did. seg is the
// segment as written and whole reports that it runs from one slash to the next (or the end,
// a query or a fragment): a word of a slug ("/we-sat-down") or a host stays a word. A past
// tense ("sat") or letters the lexicon lacks ("lsat") name no page; the test does.
func (n *normalizer) examPath(src, seg string, whole bool) bool {
	if !whole || len(seg) < 3 || len(seg) > 4 {
		return false
	}
	r, ok := examPaths[strings.ToLower(seg)]
	if !ok {
		return false
	}
	n.by("exam in a path")
	n.emitLettersOrWords(src, strings.Fields(r))
	return true
}

// handleDashes reads a handle with hyphens inside it, as payment apps and code hosts allow:
// "@jenny-m" at jenny dash m, "@sam-lee-22" at sam dash lee dash twenty two (the hyphen was a
// space). A listener types the handle back, so its hyphen is said, as an address's is and a
// handle's underscore (Conventions). Each piece between hyphens is read as the handle reader
// reads the whole; a handle with an empty piece ("@jenny-", "@a--b") is left to that reader.
func (n *normalizer) handleDashes(t *token) bool {
	body := t.core[1:]
	if !strings.Contains(body, "-") || strings.Contains(body, "@") {
		return false
	}
	pieces := strings.Split(body, "-")
	for _, p := range pieces {
		if p == "" {
			return false
		}
	}
	n.by("handle")
	n.emit(t.raw, "at")
	for k, p := range pieces {
		if k > 0 {
			n.emit(t.raw, "dash")
		}
		n.word(t.raw, p)
	}
	return true
}

// ticketWords put "M&G" on a ticket: "VIP M&G package", "M&G tickets".
var ticketWords = setOf("vip package packages ticket tickets pass passes upgrade upgrades")

// ticketAbbrev reads event tickets' abbreviations, as Conventions' register row expands them:
// adv and DOS right after a price ("$45 adv / $55 DOS" forty five dollars advance, fifty five
// dollars day of show) and M&G beside a word of tickets ("VIP M&G package" meet and greet). They
// were read as words or letters; "runs on DOS" and "M&G Investments" stay so.
func (n *normalizer) ticketAbbrev(t *token) bool {
	var words []string
	switch t.core {
	case "adv", "DOS", "dos":
		prev := n.peek(-1)
		if t.pre != "" || prev == nil || prev.post != "" {
			return false
		}
		rest, cut := strings.CutPrefix(prev.core, "$")
		if !cut {
			rest, cut = strings.CutPrefix(prev.core, "£")
		}
		if !cut {
			rest, cut = strings.CutPrefix(prev.core, "€")
		}
		if num, tail, ok := scanNumber(rest); !cut || !ok || tail != "" || num.neg {
			return false
		}
		words = []string{"advance"}
		if t.core != "adv" {
			words = []string{"day", "of", "show"}
		}
	case "M&G":
		near := false
		for _, off := range [...]int{-2, -1, 1, 2} {
			if p := n.peek(off); p != nil && ticketWords[lowerASCIIWord(p.core)] {
				near = true
			}
		}
		if !near {
			return false
		}
		words = []string{"meet", "and", "greet"}
	default:
		return false
	}
	n.by("abbreviation of a register")
	n.emit(t.raw, words...)
	return true
}

// primePace reads a pace written with primes over a distance, as fitness apps print it:
// "8'45\"/mi" eight forty five per mile, "10'05\"/mi" ten oh five, "4'58\"/km" per kilometer, as
// "8:45/mi" is read (the primes were read as figures and the slash said). Minutes of one or two
// digits, seconds of two from 01 to 59 (a whole minute, 8'00", is left as it was), a prime or
// an apostrophe and a double prime or a quotation mark, and a unit perWord reads.
func (n *normalizer) primePace(t *token) bool {
	c := t.core
	i := 0
	for i < len(c) && i < 3 && isDigit(c[i]) {
		i++
	}
	if i == 0 || i > 2 {
		return false
	}
	mins, rest := c[:i], c[i:]
	var ok bool
	if rest, ok = cutAny(rest, "'", "′", "’"); !ok || len(rest) < 3 || !isDigit(rest[0]) || !isDigit(rest[1]) {
		return false
	}
	secs := rest[:2]
	if rest, ok = cutAny(rest[2:], "\"", "″", "”"); !ok {
		return false
	}
	per, ok := perWord(rest)
	if !ok || per[0] != "per" || secs == "00" || secs[0] > '5' {
		return false
	}
	n.by("pace")
	n.emit(t.raw, appendInteger(nil, mins)...)
	n.emit(t.raw, appendClockMinutes(nil, secs)...)
	n.emit(t.raw, per...)
	return true
}

// cutAny cuts the first of prefixes that s starts with.
func cutAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if r, ok := strings.CutPrefix(s, p); ok {
			return r, true
		}
	}
	return s, false
}
