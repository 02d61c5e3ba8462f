package text

import "strings"

// Round seventy-six: what held-out set 58 (photography, video and audio production) missed,
// each read as a class and tested on probe sentences written before the readers,
// readings76.tsv. "Ver." joins labelAbbrevs (version before a number, no sentence end), a
// version's group of zeros after the first zero is said oh (appendVersion: "3.00" three point
// oh oh), and a host run together with usa is the name and u s a (r76UsaHost, in web.go).

// round76Token reaches a reader only through the token's first character, its length and its
// last characters: a plus sign (a signed fraction), a digit (a shutter speed before a spaced
// unit or a date after a verb of announcing, with a slash; a lens named by its focal length,
// with mm at the end; a range of colour temperatures, with K; a version after Ver., with a
// point; a house number before a street named without a street word), a dash (between two
// colour temperatures), j (jpeg in lower case) or a dollar, pound or euro sign with an en dash
// inside (a range of scaled amounts). A lower-case word other than j… stops at its first byte.
func (n *normalizer) round76Token(t *token) int {
	c := t.core
	if c == "" || c[0]-'a' <= 'z'-'a' && c[0] != 'j' || n.inPart != 0 || len(c) < 3 && c != "-" && c != "II" && c != "IV" && c != "VI" && c != "IX" {
		return 0 // a lower-case word (most tokens) stops at the first byte
	}
	switch c0 := c[0]; {
	case c0 == '+':
		if len(c) <= 8 && n.may(shSlash) {
			return n.r76PlusFraction(t)
		}
	case c0 >= '1' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		switch c[len(c)-1] {
		case 'm':
			if c[len(c)-2] == 'm' {
				return n.r76LensName(t)
			}
		case 'K':
			if len(c) == 10 && c[4] == '-' {
				return n.r76KelvinRange(t)
			}
			if len(c) <= 5 {
				if k := n.r76KelvinTolerance(t); k > 0 {
					return k
				}
			}
		}
		if (c[1] == '/' || c[2] == '/') && n.may(shSlash) {
			if c0 == '1' && c[1] == '/' {
				if k := n.r76ShutterSpeed(t); k > 0 {
					return k
				}
			}
			return n.r76AnnouncedDate(t)
		}
		if n.may(shDot) {
			if k := n.r76VerVersion(t); k > 0 {
				return k
			}
		}
		if len(c) <= 4 {
			return n.r76HouseNumber(t)
		}
	case c == "–" || c == "-" || c == "—":
		return n.r76KelvinDash(t)
	case c0 == 'I' || c0 == 'V' || c0 == 'X':
		if len(c) <= 4 && n.may(shUpper) {
			return n.r76TierNumeral(t)
		}
		if c0 == 'X' && len(c) <= 9 && n.may(shDigit) {
			return n.r76GluedGeneration(t)
		}
	case c0 >= 'A' && c0 <= 'Z':
		if len(c) >= 4 && len(c) <= 9 && n.may(shDigit) && (c[len(c)-1] == 'I' || c[len(c)-1] == 'V') {
			return n.r76GluedGeneration(t)
		}
	case c0 == 'j' || c0 == 'J':
		if len(c) <= 5 && n.may(shLower) {
			return n.r76LowerJpeg(t)
		}
	case c0 == '$' || c0 == 0xC2 || c0 == 0xE2:
		// $, £ (C2 A3), ± (C2 B1) and € (E2 82 AC); the en dash is E2 80 93.
		if len(c) >= 9 && n.may(shWide) && n.may(shDigit) {
			return n.r76ScaledMoneyRange(t)
		}
		if len(c) >= 4 && len(c) <= 7 && c[1] == 0xB1 && c[len(c)-1] == 'K' && n.may(shDigit) {
			return n.r76KelvinTolerance(t)
		}
	}
	return 0
}

// r76PlusFraction reads a plus sign before a proper fraction, "+1/3 EV" plus one third e v,
// as a minus sign before one is read (round eighteen; the plus was dropped). An improper pair
// ("+44/20") is left to the readers of pairs.
func (n *normalizer) r76PlusFraction(t *token) int {
	num, den, ok := strings.Cut(t.core[1:], "/")
	if !ok || num == "" || den == "" || len(num) > 2 || len(den) > 2 || !allDigits(num) || !allDigits(den) || num[0] == '0' || den[0] == '0' {
		return 0
	}
	a, d := atoiSmall(num), atoiSmall(den)
	if d < 2 || a >= d || d > 16 && a != 1 {
		return 0
	}
	n.by("signed fraction")
	n.emit(t.raw, "plus")
	n.emit(t.raw, appendFraction(nil, num, den)...)
	return 1
}

// r76ShutterUnits are the spaced words of seconds after a shutter speed.
var r76ShutterUnits = setOf("s sec secs second seconds")

// r76ShutterSpeed reads 1/N before a spaced s, sec or second as a camera's shutter speed, one
// N-th of a second, "1/250 sec" one two hundred fiftieth of a second, as "1/250s" glued is
// (round eleven; it was one two hundred fiftieth second). N is from 8 up, the speeds a camera
// marks (a half or a third of a second stays the fraction's reading).
func (n *normalizer) r76ShutterSpeed(t *token) int {
	d := t.core[2:]
	if t.post != "" || len(d) == 0 || len(d) > 5 || d[0] == '0' || !allDigits(d) || atoiSmall(d) < 8 {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !r76ShutterUnits[next.lower()] {
		return 0
	}
	n.by("shutter speed")
	w := append([]string{"one"}, appendOrdinal(nil, d)...)
	n.emit(t.raw, w...)
	n.emit(next.raw, "of", "a", "second")
	return 2
}

// r76VerVersion reads a dotted number after "Ver." or "ver" as a version, "Ver. 3.00" version
// three point oh oh, "Ver. 2.10" version two point ten (labelAbbrevs says the label; the number
// was a quantity, three point zero zero).
func (n *normalizer) r76VerVersion(t *token) int {
	p := n.peek(-1)
	if p == nil || len(p.core) != 3 || p.core[0] != 'V' && p.core[0] != 'v' || p.post != "." && p.post != "" || p.lower() != "ver" || !isVersionString(t.core) {
		return 0
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, t.core)...)
	n.versionAt = n.i
	return 1
}

// r76LensMakers are makers of lenses, whose name before a focal length names a lens.
var r76LensMakers = setOf(`Sigma Tamron Canon Nikon Nikkor Sony Fujifilm Fuji Fujinon Zeiss Leica Samyang Rokinon Tokina
Viltrox Laowa Sirui Voigtlander Voigtländer Panasonic Lumix Olympus Pentax Meike TTArtisan 7Artisans Yongnuo Irix`)

// r76LensName reads a focal length glued to mm right after a lens maker's name as the lens's
// name, singular ("my Sigma 35mm was stolen" my sigma thirty five millimeter), and a range of
// them right after a determiner and before the lens's aperture ("the 24-70mm f/2.8 is" the
// twenty four to seventy millimeter f two point eight), as round sixty-two reads one focal
// length before an aperture; it was millimeters before a verb. A range as a predicate ("The
// lens is 24-70mm f/2.8", readings5), after a maker ("The Sigma 18-300mm f/3.5-6.3 zooms far",
// readings-lead46) or before a comma stays plural, as those tables pin.
func (n *normalizer) r76LensName(t *token) int {
	c := t.core[:len(t.core)-2]
	lo, hi, ok := strings.Cut(c, "-")
	if !ok {
		lo, hi = c, ""
	}
	if len(lo) > 4 || !allDigits(lo) || len(hi) > 4 || hi != "" && (!allDigits(hi) || hi[0] == '0') {
		return 0
	}
	p := n.peek(-1)
	if p == nil || p.post != "" {
		return 0
	}
	if hi == "" {
		if !r76LensMakers[p.core] {
			return 0
		}
	} else {
		next := n.peek(1)
		// A determiner before the range names a lens (a and an are round sixty-two's, before a noun).
		if t.post != "" || !determiners66[p.lower()] || next == nil || next.pre != "" || len(next.core) < 3 || !strings.HasPrefix(next.core, "f/") || !isDigit(next.core[2]) {
			return 0
		}
	}
	n.by("lens name")
	n.emit(t.raw, appendInteger(nil, lo)...)
	if hi != "" {
		n.emit(t.raw, "to")
		n.emit(t.raw, appendInteger(nil, hi)...)
	}
	n.emit(t.raw, "millimeter")
	return 1
}

// r76BareStreets are streets named without a street word.
var r76BareStreets = setOf("Broadway Bowery Embarcadero")

// r76AfterStreet are the words after a bare street's name that keep it an address: a place's
// preposition or a unit's label.
var r76AfterStreet = setOf("in at near between suite ste floor fl unit")

// r76HouseNumber reads a house number of three or four digits before a street named without a
// street word, Broadway, in pairs as before a street word ("550 Broadway, New York" five fifty
// broadway; it was five hundred fifty), where the address goes on: a comma or the sentence's
// end after the name, a capitalized word, a preposition of place or a unit's label.
// Broadway's shows, actors or lobbies after the name keep the count ("550 Broadway shows").
func (n *normalizer) r76HouseNumber(t *token) int {
	c := t.core
	if len(c) < 3 || t.post != "" || !allDigits(c) {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !r76BareStreets[next.core] {
		return 0
	}
	if next.post == "" {
		after := n.peek(2)
		if after != nil && !isCapitalized(after.core) && !r76AfterStreet[after.lower()] {
			return 0
		}
	}
	n.by("house number")
	n.emit(t.raw, appendPaired(nil, c)...)
	return 1
}

// r76ScaledMoneyRange reads a range of two amounts joined by an en dash, each with its
// currency sign and its scale, each in full, "$280M–$300M" two hundred eighty million dollars
// to three hundred million dollars, as "$55k–$65k" and "£45k–£55k" are read (readings30,
// readings7); a hyphen keeps round four's reading with the scale said once ("$4.1B-$4.3B"), and
// a range with one sign ("$5–10M") stays.
func (n *normalizer) r76ScaledMoneyRange(t *token) int {
	a, b, ok := strings.Cut(t.core, "–")
	if !ok {
		return 0
	}
	c1, r1, ok := leadingCurrency(a)
	if !ok {
		return 0
	}
	c2, r2, ok := leadingCurrency(b)
	if !ok || c1 != c2 {
		return 0
	}
	lo, s1, ok := scanNumber(r1)
	if !ok || lo.neg || lo.plus {
		return 0
	}
	hi, s2, ok := scanNumber(r2)
	if !ok || hi.neg || hi.plus {
		return 0
	}
	sc1, ok1 := scaleSuffix[s1]
	sc2, ok2 := scaleSuffix[s2]
	if !ok1 || !ok2 {
		return 0
	}
	n.by("money range")
	n.emit(t.raw, appendMoney(nil, lo, c1, sc1)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendMoney(nil, hi, c2, sc2)...)
	return 1
}

// r76UsaHost returns the name before "usa" in a host's label run together from a lexicon word
// of four letters or more and usa, as makers name their American sites ("nikonusa" nikon,
// read nikon u s a; it was one word), or "". A label the lexicon knows, or a name it does not,
// is no such host.
func r76UsaHost(lp string, isWord func(string) bool) string {
	head, ok := strings.CutSuffix(lp, "usa")
	if !ok || isWord == nil || len(head) < 4 || !isLetterWord(head) || knownWord(lp, isWord) || !isWord(head) {
		return ""
	}
	return head
}

// r76Kelvin returns a colour temperature's reading, four digits from 1500 glued to K ending in
// two zeros, as round sixty-five reads one (hundreds as lighting says them), without "kelvin".
func r76Kelvin(c string) ([]string, bool) {
	if len(c) != 5 || c[4] != 'K' || c[0] == '0' || c[2] != '0' || c[3] != '0' || !allDigits(c[:4]) {
		return nil, false
	}
	v := atoiSmall(c[:4])
	if v < 1500 {
		return nil, false
	}
	if v%1000 == 0 {
		return appendInteger(nil, c[:4]), true
	}
	return append(appendUnder100(nil, v/100), "hundred"), true
}

// r76LightNear reports a word of lighting within eight tokens of the one being read, as round
// sixty-five asks before it reads a colour temperature.
func (n *normalizer) r76LightNear() bool {
	for off := -8; off <= 8; off++ {
		if p := n.peek(off); off != 0 && p != nil && lightWords65[p.lower()] {
			return true
		}
	}
	return false
}

// r76KelvinRange reads a range of colour temperatures glued with a hyphen, "2700-6500K" twenty
// seven hundred to sixty five hundred kelvin (it was a range of years and a letter, k), with a
// word of lighting near.
func (n *normalizer) r76KelvinRange(t *token) int {
	lo, ok1 := r76Kelvin(t.core[:4] + "K")
	hi, ok2 := r76Kelvin(t.core[5:])
	if !ok1 || !ok2 || !n.r76LightNear() {
		return 0
	}
	n.by("range of a unit")
	n.emit(t.raw, lo...)
	n.emit(t.raw, "to")
	n.emit(t.raw, hi...)
	n.emit(t.raw, "kelvin")
	return 1
}

// r76KelvinDash reads a dash between two colour temperatures, "3200K–5600K" (the tokenizer
// splits the en dash after a letter out as a dash of its own) or "3200K - 5600K", as "to" (it
// was silent: thirty two hundred kelvin fifty six hundred kelvin), with a word of lighting
// near; each temperature is read by round sixty-five.
func (n *normalizer) r76KelvinDash(t *token) int {
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || next.pre != "" {
		return 0
	}
	if t.core == "—" && (p.end != t.start || t.end != next.start) {
		return 0 // an em dash set apart is a pause; one split out of "3200K–5600K" joins
	}
	if _, ok := r76Kelvin(p.core); !ok {
		return 0
	}
	if _, ok := r76Kelvin(next.core); !ok || !n.r76LightNear() {
		return 0
	}
	n.by("range")
	n.emit(t.raw, "to")
	return 1
}

// r76AnnounceVerbs announce a contest's results or a product on a date.
var r76AnnounceVerbs = setOf("announced revealed notified unveiled")

// r76AnnouncedDate reads a month and day after a verb of announcing as a date, as after
// "posted" (round forty-three), "Winners are announced 5/12" may twelfth (it was five twelfths,
// or odds, five to one, for 5/1); a share ("announced 3/4 of the cuts") stays a fraction.
func (n *normalizer) r76AnnouncedDate(t *token) int {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || t.pre != "" || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 || !allDigits(a) || !allDigits(b) {
		return 0
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x < 1 || y < 1 || x > 31 || y > 31 || x > 12 && y > 12 {
		return 0
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || len(p.core) < 8 || p.core[len(p.core)-1] != 'd' || !r76AnnounceVerbs[p.lower()] {
		return 0
	}
	if next := n.peek(1); next != nil && t.post == "" && next.lower() == "of" {
		return 0
	}
	n.emitSlashedMonthDay(t, x, y)
	return 1
}

// r76LowerJpeg reads the image format written in lower case, or capitalized, as JPEG is read,
// "sooc jpeg" … j peg, "jpegs" j pegs (it was one made-up word, said jpeg without the letter's
// name).
func (n *normalizer) r76LowerJpeg(t *token) int {
	var peg string
	switch t.core {
	case "jpeg", "Jpeg":
		peg = "peg"
	case "jpegs", "Jpegs":
		peg = "pegs"
	default:
		return 0
	}
	n.by("acronym")
	n.emitLetter(t.raw, "j")
	n.emit(t.raw, peg)
	return 1
}

// r76Tiers are a product's tier words, after which a Roman numeral is its generation.
var r76Tiers = setOf("Pro Max Mini Plus Ultra Lite Air Neo")

// r76TierNumeral reads a Roman numeral II to X after a product's tier word as its generation, a
// cardinal, "the RØDECaster Pro II" pro two, "Ace Pro II" (it was a regnal name, pro the second,
// after a two-word name); "King Charles III" stays the third.
func (n *normalizer) r76TierNumeral(t *token) int {
	v := romanValue(t.core)
	if v < 2 || v > 10 {
		return 0
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !r76Tiers[p.core] {
		return 0
	}
	n.by("model name")
	n.emit(t.raw, appendUnder100(nil, v)...)
	return 1
}

// r76KelvinTolerance reads a number glued to K after ± (spaced or glued) that follows a colour
// temperature as kelvin, "5500K ± 100K" fifty five hundred kelvin plus or minus one hundred
// kelvin, "5600K ±300K" (it was one hundred thousand), with a word of lighting near.
func (n *normalizer) r76KelvinTolerance(t *token) int {
	d, glued := strings.CutPrefix(t.core[:len(t.core)-1], "±")
	if d == "" || d[0] == '0' || !allDigits(d) {
		return 0
	}
	before := n.peek(-1) // the temperature: before the token ("±300K") or before a spaced ±
	if !glued {
		if before == nil || before.core != "±" || before.post != "" {
			return 0
		}
		before = n.peek(-2)
	}
	if before == nil || before.post != "" {
		return 0
	}
	if _, ok := r76Kelvin(before.core); !ok || !n.r76LightNear() {
		return 0
	}
	n.by("number and unit")
	if glued {
		n.emit(t.raw, "plus", "or", "minus")
	}
	n.emit(t.raw, appendInteger(nil, d)...)
	n.emit(t.raw, "kelvin")
	return 1
}

// r76GluedGeneration reads a camera's model with its generation's Roman numeral glued on, "Z6III"
// z six three, "A7SIII" a seven s three, "A7RV" a seven r five, "RX100VII" r x one hundred seven
// (it was the numeral's letters, i i i): one to three capitals, one to three digits, perhaps R,
// S or C, then II to VII (V alone only after that letter or three digits).
func (n *normalizer) r76GluedGeneration(t *token) int {
	c := t.core
	i := 0
	for i < len(c) && i < 3 && c[i] >= 'A' && c[i] <= 'Z' {
		i++
	}
	j := i
	for j < len(c) && j-i < 3 && isDigit(c[j]) {
		j++
	}
	if i == 0 || j == i || c[i] == '0' {
		return 0
	}
	k := j
	if k < len(c) && (c[k] == 'R' || c[k] == 'S' || c[k] == 'C') {
		k++
	}
	v := romanValue(c[k:])
	if v < 2 || v > 7 || strings.Trim(c[k:], "IV") != "" {
		return 0
	}
	if c[k:] == "V" && k == j && j-i < 3 {
		return 0
	}
	n.by("model name")
	for m := 0; m < i; m++ {
		n.emitLetter(t.raw, strings.ToLower(c[m:m+1]))
	}
	n.emit(t.raw, appendInteger(nil, c[i:j])...)
	if k > j {
		n.emitLetter(t.raw, strings.ToLower(c[j:k]))
	}
	n.emit(t.raw, appendUnder100(nil, v)...)
	return 1
}
