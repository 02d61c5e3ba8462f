package text

import "strings"

// Round ninety (issue 18): held69's dev misses, the outdoors with gear and rules and military
// and space news (hunting and fishing regulations, firearms and ammunition listings, archery,
// optics, boating notices, defense and launch news), each read as a class on probe sentences
// written before the readers (readings90.tsv).

// r90Min and r90Span give the lengths of a core round ninety can read by its first byte (min
// to min+span; a min of 255 lets no length through), and r90Tails the capitals its last byte can
// be (bit k for 'A'+k), or any last byte with r90AnyTail: a cartridge's point and a digit on
// their length alone; A alone (amps) or before B, S (AFB, ARB, AFS); I before a series letter
// (IA, IIF); S before B or S (SFB, SFS); and after any capital a designation's series letter K,
// M, W or V, the letters read as units or scales ("CH-53K", "F-16V"). A core's last byte in
// lower case is never such a capital, so "It", "And" and "Some" cost no call.
var (
	r90Min, r90Span [256]uint8
	r90Tails        [256]uint32
)

const r90AnyTail = 1 << 31

// r90Letters returns the bits of r90Tails for the capitals in s.
func r90Letters(s string) (m uint32) {
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] - 'A')
	}
	return m
}

func init() {
	for b := range r90Min {
		r90Min[b] = 255
	}
	set := func(b byte, lo, hi uint8, tails uint32) { r90Min[b], r90Span[b], r90Tails[b] = lo, hi-lo, tails }
	series := r90Letters("KMWV")
	for b := byte('B'); b <= 'Z'; b++ {
		set(b, 4, 8, series) // a designation: "F-16V", "CH-53K", "HH-60W"
	}
	set('.', 5, 7, r90AnyTail) // ".30-06", ".22-250"
	set('0', 2, 3, r90AnyTail) // "00" buck
	for b := byte('1'); b <= '9'; b++ {
		set(b, 1, 8, r90AnyTail) // "3-9x40"; a number before gr, fps, Bn or a rate
	}
	set('A', 1, 8, series|r90Letters("ABS")) // amps, AFB, ARB, AFS, ANGB, a designation
	set('I', 2, 4, r90Letters("ABCFR"))      // a Roman numeral's series: IA, IIF, IIIA
	set('S', 3, 8, series|r90Letters("BS"))  // SFB, SFS, a designation
	set('N', 3, 8, series|r90Letters("T"))   // NET, a designation
}

// r90Shape reports a core some reader of round ninety can read, by its first byte, its length
// and its last byte. It is small enough to be inlined in the dispatch, so a token no reader of
// the round reads costs no call (speed).
func r90Shape(c string) bool {
	b, l := c[0], uint(c[len(c)-1])-'A'
	return uint(len(c)-int(r90Min[b])) <= uint(r90Span[b]) && (r90Tails[b]&r90AnyTail != 0 || l < 26 && r90Tails[b]>>l&1 != 0)
}

// round90Token runs the round's readers; it returns the tokens used. The dispatch asks it for a
// core r90Shape lets through, or a token whose leading punctuation ends with a star (a star code).
func (n *normalizer) round90Token(t *token) int {
	if n.inPart != 0 {
		return 0
	}
	c := t.core
	switch b := c[0]; {
	case t.pre != "" && t.pre[len(t.pre)-1] == '*':
		if b >= 'A' && b <= 'Z' && len(c) >= 2 && len(c) <= 4 && n.may(shUpper) {
			return oneIf(n.starLetters90(t))
		}
	case b == '.':
		if n.may(shHyphen) {
			return n.cartridge90(t)
		}
	case b == '0':
		return oneIf(n.aught90(t))
	case b >= '1' && b <= '9':
		if len(c) >= 5 && n.may(shHyphen) && n.may(shLower) && n.scopePower90(t) {
			return 1
		}
		if t.post == "" {
			return n.afterNumber90(t)
		}
	case b == 'A' && len(c) == 1:
		return oneIf(n.amps90(t))
	case b == 'I' && len(c) <= 4:
		return oneIf(n.seriesNumeral90(t))
	case len(c) == 3 || len(c) == 4:
		if c == "NET" {
			return oneIf(n.noEarlier90(t))
		}
		if k := oneIf(n.base90(t)); k > 0 {
			return k
		}
		return oneIf(n.designation90(t))
	default:
		return oneIf(n.designation90(t))
	}
	return 0
}

// designation90 reads an aircraft's or a weapon's designation whose series letter is K, M, W or
// V: "CH-53K" c h fifty three k, "UH-60M" u h sixty m, "HH-60W", "F-16V" (R1; they were read
// as thousand, million, watts and volts). One to three capitals, a hyphen, one to three digits
// (not opening with zero) and the letter; three digits are read in pairs, as "C-130" is.
func (n *normalizer) designation90(t *token) bool {
	c := t.core
	if !n.may(shHyphen) || !n.may(shDigit) {
		return false
	}
	h := 0
	for h < len(c) && c[h] >= 'A' && c[h] <= 'Z' {
		h++
	}
	if h < 1 || h > 3 || h+2 >= len(c) || c[h] != '-' {
		return false
	}
	d := c[h+1 : len(c)-1]
	if len(d) < 1 || len(d) > 3 || d[0] == '0' || !allDigits(d) || !r90IsSeries(c[len(c)-1]) {
		return false
	}
	n.by("designation's series letter")
	for i := 0; i < h; i++ {
		n.emitLetter(t.raw, string(rune(c[i]-'A'+'a')))
	}
	v := atoiSmall(d)
	if len(d) == 3 {
		n.emit(t.raw, appendPairs(nil, v/100, v%100)...)
	} else {
		n.emit(t.raw, appendCardinal(nil, uint64(v))...)
	}
	n.emitLetter(t.raw, string(rune(c[len(c)-1]-'A'+'a')))
	return true
}

// cartridge90 reads a rifle cartridge named by its bore after the point and, after a hyphen, its
// case or its charge, as shooters say it (R2): ".30-06" thirty aught six, ".30-30" thirty
// thirty, ".22-250" twenty two two fifty, ".45-70" forty five seventy; a maker's clipped name
// after it is said in full as round seventy-three says it after a caliber (".25-06 Rem" …
// remington, gunAbbrev73). It was read as a decimal range.
func (n *normalizer) cartridge90(t *token) int {
	c := t.core
	bore, cs, ok := cutByte90(c[1:], '-')
	if !ok || len(bore) != 2 || len(cs) < 2 || len(cs) > 3 || !allDigits(bore) || !allDigits(cs) || bore[0] == '0' {
		return 0
	}
	n.by("cartridge")
	n.emit(t.raw, appendCardinal(nil, uint64(atoiSmall(bore)))...)
	switch v := atoiSmall(cs); {
	case cs[0] == '0':
		if len(cs) != 2 || cs[1] == '0' {
			n.emit(t.raw, appendDigitNames(nil, cs, false)...)
		} else {
			n.emit(t.raw, "aught", onesWords[v])
		}
	case len(cs) == 3:
		n.emit(t.raw, appendPairs(nil, v/100, v%100)...)
	default:
		n.emit(t.raw, appendCardinal(nil, uint64(v))...)
	}
	return n.gunAbbrevsAfter73(t)
}

// cutByte90 is strings.Cut for one byte.
func cutByte90(s string, sep byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// scopePower90 reads a riflescope's power range and objective glued with x, "3-9x40" three to
// nine by forty, "4-16x44", "5-25x56" (R3; the x was read as a letter): the range to, the
// objective by, as "10x42" is read. The low power is smaller than the high one, and the
// objective has two digits.
func (n *normalizer) scopePower90(t *token) bool {
	c := t.core
	lo, rest, ok := cutByte90(c, '-')
	if !ok || len(lo) < 1 || len(lo) > 2 || !allDigits(lo) {
		return false
	}
	hi, obj, ok := cutByte90(rest, 'x')
	if !ok || len(hi) < 1 || len(hi) > 2 || len(obj) != 2 || !allDigits(hi) || !allDigits(obj) || obj[0] == '0' {
		return false
	}
	a, b := atoiSmall(lo), atoiSmall(hi)
	if a < 1 || a >= b {
		return false
	}
	n.by("scope's power and objective")
	n.emit(t.raw, appendCardinal(nil, uint64(a))...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendCardinal(nil, uint64(b))...)
	n.emit(t.raw, "by")
	n.emit(t.raw, appendCardinal(nil, uint64(atoiSmall(obj)))...)
	return true
}

// r90DialWords are the verbs before a star code a caller dials.
var r90DialWords = setOf("dial dials dialing dialed call calling press pressing punch text")

// starLetters90 reads a star code of two to four capitals after a verb of dialling as a star
// code of digits is read: "dial *CG" star c g, "Call *FHP" star f h p (R4; the star was
// silent). A code in Markdown emphasis ("*CG*") is left to the emphasis.
func (n *normalizer) starLetters90(t *token) bool {
	if !isUpperWord(t.core) || t.pre != "*" || n.emphasisCloses(t, 1) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !r90DialWords[prev.lower()] {
		return false
	}
	n.by("star code")
	n.emit(t.raw, "star")
	c := t.core
	for i := 0; i < len(c); i++ {
		n.emitLetter(t.raw, string(rune(c[i]-'A'+'a')))
	}
	return true
}

// r90Bases are a military base's abbreviations as a news reader expands them.
var r90Bases = map[string][]string{
	"AFB":  {"air", "force", "base"},
	"SFB":  {"space", "force", "base"},
	"SFS":  {"space", "force", "station"},
	"AFS":  {"air", "force", "station"},
	"ARB":  {"air", "reserve", "base"},
	"ANGB": {"air", "national", "guard", "base"},
}

// r90Determiners open a sentence before a base's letters used as a noun ("The AFB list").
var r90Determiners = setOf("the a an this that these those our their his her its my your every each")

// base90 reads a base's abbreviation after its capitalized name: "Hill AFB" hill air force
// base, "Vandenberg SFB", "Cape Canaveral SFS", "Grissom ARB", "Selfridge ANGB" (R5; they were
// spelled). Elsewhere ("The AFB list") it stays spelled.
func (n *normalizer) base90(t *token) bool {
	w, ok := r90Bases[t.core]
	if !ok {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 3 || prev.core[0] < 'A' || prev.core[0] > 'Z' || !isLetterWord(prev.core) || isUpperWord(prev.core) ||
		r90Determiners[prev.lower()] {
		return false
	}
	n.by("base's abbreviation")
	n.emit(t.raw, w...)
	return true
}

// r90VoltWords make a capital A after a number amps: a number of volts or watts in the
// sentence, as a spec line gives them together.
var r90VoltWords = setOf("v volts volt vdc vac w watts watt")

// r90DrawWords make a capital A after a number amps: a current drawn.
var r90DrawWords = setOf("draws draw drawing drew pulls pull pulling pulled")

// amps90 reads a capital A after a number as amps where the sentence is about current: a
// number of volts or watts in it, or draws or pulls before the number ("draws 1.5 A at 12 V",
// "pulls 42 A", R6; it was the letter a). "Plan A" and "Grade 5 A students" stay letters.
func (n *normalizer) amps90(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.pre != "" || !isNumber90(prev.core) {
		return false
	}
	pp := n.peek(-2)
	if !(pp != nil && pp.post == "" && r90DrawWords[pp.lower()]) && !n.sentenceHas(r90VoltWords) {
		return false
	}
	n.by("amps")
	if prev.core == "1" {
		n.emit(t.raw, "amp")
	} else {
		n.emit(t.raw, "amps")
	}
	return true
}

// isNumber90 reports digits with at most one point inside them ("42", "1.5").
func isNumber90(s string) bool {
	if s == "" || !isDigit(s[0]) || !isDigit(s[len(s)-1]) || len(s) > 8 {
		return false
	}
	points := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			points++
		} else if !isDigit(s[i]) {
			return false
		}
	}
	return points <= 1
}

// r90SeriesWords name what a Roman numeral's series follows: a missile's or a jet's block, a
// satellite's generation.
var r90SeriesWords = setOf("block gps")

// seriesNumeral90 reads a Roman numeral I to III with a series letter glued after it (A, B, C,
// F, R) after Block or GPS as the number and the letter: "Block IA" block one a, "Block IIA",
// "GPS IIF" g p s two f (R7; they were spelled). "I said IIA" stays spelled.
func (n *normalizer) seriesNumeral90(t *token) bool {
	c := t.core
	r := 0
	for r < len(c) && c[r] == 'I' {
		r++
	}
	if r < 1 || r > 3 || r != len(c)-1 {
		return false
	}
	switch c[r] {
	case 'A', 'B', 'C', 'F', 'R':
	default:
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !r90SeriesWords[prev.lower()] {
		return false
	}
	n.by("series numeral")
	n.emit(t.raw, onesWords[r])
	n.emitLetter(t.raw, string(rune(c[r]-'A'+'a')))
	return true
}

// r90BuckWords follow a buckshot's size.
var r90BuckWords = setOf("buck buckshot")

// aught90 reads buckshot's sizes written with zeros as shooters say them: "00 buck" double
// aught buck, "000 buckshot" triple aught (R8; they were zero zero).
func (n *normalizer) aught90(t *token) bool {
	c := t.core
	if c != "00" && c != "000" || t.post != "" {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !r90BuckWords[next.lower()] {
		return false
	}
	n.by("buckshot size")
	if len(c) == 2 {
		n.emit(t.raw, "double", "aught")
	} else {
		n.emit(t.raw, "triple", "aught")
	}
	return true
}

// r90Ballistic make fps after a number feet per second and gr grain: words of bullets, arrows,
// bows and their speed at the muzzle within eight tokens of the number (near90).
var r90Ballistic = setOf(`bullet bullets arrow arrows bolt bolts broadhead broadheads muzzle bow bows crossbow
crossbows compound recurve longbow rifle rifles pistol pistols handgun handguns cartridge cartridges ammo
ammunition load loads grain grains velocity ballistic ballistics projectile projectiles pellet pellets slug
slugs shaft shafts ibo`)

// r90AfterWeight are the words after a weight in grains that make it no adjective: the noun
// it weighs comes before them, if at all ("420 gr total", "45 gr of powder").
var r90AfterWeight = setOf("of and or to at in with for from is are was were total each per apiece")

// r90RateUnits are what a count of game or fish is counted by after a slash.
var r90RateUnits = setOf("day season year angler anglers hunter hunters person boat vessel license tag trip week household permit")

// r90Units are the military units an ordinal before them names.
var r90Units = map[string]string{"Bn": "battalion", "Sqdn": "squadron", "Sqn": "squadron"}

// afterNumber90 reads a number by what follows it (R9-R11): fps in a sentence of bullets,
// arrows or bows feet per second ("290 fps" was frames per second) and gr there grain, singular
// before the noun it weighs ("a 400 gr arrow", "420 gr total" grains; it was g r); an ordinal
// before Bn or Sqdn a battalion or a squadron ("3rd Bn." third battalion; it was b n); a count
// of game or fish before a slash and what it is counted by, per ("2 bucks/season" two bucks
// per season; the slash was silent). It returns the tokens read.
func (n *normalizer) afterNumber90(t *token) int {
	next := n.peek(1)
	if next == nil || next.pre != "" || len(next.core) < 2 {
		return 0
	}
	nc := next.core
	switch {
	case nc == "gr" || nc == "fps" || nc == "FPS":
		num, rest, ok := scanNumber(t.core)
		if !ok || rest != "" || num.neg || num.plus || !n.near90(r90Ballistic) {
			return 0
		}
		n.by("ballistics unit")
		n.emit(t.raw, appendNumber(nil, num)...)
		one := num.isOne()
		if nc == "gr" {
			after := n.peek(2)
			if next.post == "" && after != nil && after.pre == "" && isLetterWord(after.core) && after.core[0] >= 'a' &&
				!r90AfterWeight[after.lower()] || one {
				n.emit(next.raw, "grain")
			} else {
				n.emit(next.raw, "grains")
			}
			return 2
		}
		if one {
			n.emit(next.raw, "foot", "per", "second")
		} else {
			n.emit(next.raw, "feet", "per", "second")
		}
		return 2
	case nc == "Bn" || nc == "Sqdn" || nc == "Sqn":
		if !ordinalDigits(t.core) {
			return 0
		}
		k := 0
		for k < len(t.core) && isDigit(t.core[k]) {
			k++
		}
		n.by("military unit")
		n.emit(t.raw, appendOrdinal(nil, t.core[:k])...)
		n.emit(next.raw, r90Units[nc])
		return 2
	case nc[0] >= 'a' && nc[0] <= 'z' && len(nc) <= 24 && strings.IndexByte(nc, '/') > 0:
		return n.countRate90(t, next)
	}
	return 0
}

// countRate90 reads a count before a word, a slash and what it is counted by as a rate: "2
// bucks/season" two bucks per season, "5 fish/angler" (R11). Both sides are lower-case words; a
// slash between two nouns of one kind ("2 shirts/pants") stays the list the Conventions read, and a
// unit's rate ("40 mg/day", "8 cups/day") stays as the unit readers read it.
func (n *normalizer) countRate90(t, next *token) int {
	what, per, ok := cutByte90(next.core, '/')
	if !ok || what == "" || !isLetterWord(what) || !r90RateUnits[per] || !allDigits(t.core) || len(t.core) > 3 || t.core[0] == '0' {
		return 0
	}
	if _, unit := unitWord(what, false); unit {
		return 0 // "40 mg/day", "150 min/week": a unit's rate, read as before
	}
	n.by("count per unit")
	n.emit(t.raw, appendInteger(nil, t.core)...)
	n.word(next.raw, what)
	n.emit(next.raw, "per", per)
	return 2
}

// r90IsSeries reports a designation's series letter that was read as a unit or a scale.
func r90IsSeries(b byte) bool { return b == 'K' || b == 'M' || b == 'W' || b == 'V' }

// r90WhenWords open a launch's date after NET: months and their abbreviations, weekdays, and
// the words of a season or a part of one.
var r90WhenWords = setOf(`jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
august september october november december monday tuesday wednesday thursday friday saturday sunday mon tue
tues wed thu thurs fri sat sun mid early late spring summer fall autumn winter today tonight tomorrow this next`)

// noEarlier90 reads a launch schedule's NET before a date, a weekday, a season or a number as
// no earlier than ("NET Dec. 12", "NET Friday", "NET mid-2027"; R12, it was the word net).
// "The NET Foundation", "$5 NET of taxes" and "the NET may grow" stay.
func (n *normalizer) noEarlier90(t *token) bool {
	next := n.peek(1)
	if next == nil || next.pre != "" || t.post != "" || next.core == "" {
		return false
	}
	w := next.core
	if !isDigit(w[0]) {
		if i := strings.IndexAny(w, "-."); i > 0 {
			w = w[:i]
		}
		if len(w) > 9 || !r90WhenWords[strings.ToLower(w)] || w == "may" {
			return false
		}
	}
	n.by("launch date")
	n.emit(t.raw, "no", "earlier", "than")
	return true
}

// near90 reports a word of set among the eight tokens either side of the current one, each
// asked by its cached lower case: the ballistics readers' context, nearer and cheaper than a
// look over the sentence (a web megabyte has some thousand counts before fps, most of them
// frames).
func (n *normalizer) near90(set map[string]bool) bool {
	lo, hi := max(n.i-8, 0), min(n.i+9, len(n.toks))
	if n.inPart != 0 {
		return false
	}
	for k := lo; k < hi; k++ {
		if set[n.toks[k].lower()] {
			return true
		}
	}
	return false
}
