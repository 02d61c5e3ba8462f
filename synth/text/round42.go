package text

import "strings"

// Round forty-two: held38's dev misses (a catalogue number after NGC, an unsayable file
// extension) and the classes that probes in its registers found (school district newsletters,
// exam timetables and admissions pages, science and space news, astronomy event guides, museum
// pages, lab course handouts), each tested on probe sentences written before the readers,
// readings42.tsv.

func (n *normalizer) round42Token(t *token) int {
	c := t.core
	if len(c) < 1 || n.inPart != 0 {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if len(c) == 5 && c[0] == '0' && c[2] == ':' {
			return oneIf(n.r42UniversalTime(t))
		}
		if c[len(c)-1] == '+' {
			return oneIf(n.r42ScorePlus(t))
		}
		if n.may(shSlash) && len(c) <= 5 && n.r42MonthDay(t) || n.may(shColon) && len(c) <= 11 && n.r42StandardYear(t) ||
			len(c) <= 4 && n.r42RoomNumber(t) || n.may(shDot) && n.r42ScratchVersion(t) {
			return 1
		}
		return oneIf(n.r42Catalogue(t))
	case c0 >= 'A' && c0 <= 'Z':
		if n.may(shHyphen) && n.r42CatalogueDashed(t) {
			return 1
		}
		if (n.may(shDigit) || n.may(shLower)) && len(c) >= 3 && len(c) <= 16 && n.r42ChemicalFormula(t) {
			return 1
		}
		if len(c) <= 3 && (c0 == 'I' || c0 == 'V') && n.r42CourseLevel(t) || c0 == 'T' && n.may(shHyphen) && n.r42Countdown(t) ||
			n.may(shSlash) && len(c) <= 32 && n.r42WordSlashAcronym(t) {
			return 1
		}
	case c0 == 'f':
		if c == "figs" {
			return oneIf(n.r42SigFigs(t))
		}
		if len(c) > 4 && c[2] == '-' {
			return oneIf(n.r42Calculator(t))
		}
	}
	if n.may(shDot) && (n.may(shLower) || n.may(shDigit)) {
		if n.r42FileExtension(t) {
			return 1
		}
	}
	if n.may(shUpper|shLower|shWide) && len(c) <= 16 {
		return oneIf(n.r42UnitAfterNumber(t))
	}
	return 0
}

// r42CatalogueNames are astronomical catalogues whose number names an object, with whether the
// name alone says so: IC, HR, HD, Arp, Ross and Stock need a word of the sky in the sentence
// ("IC 555 timer", "HR 1200 staff", "HD 1080").
var r42CatalogueNames = map[string]bool{
	"NGC": true, "GJ": true, "LHS": true, "TOI": true, "KOI": true, "WASP": true, "Kepler": true, "Gliese": true,
	"Abell": true, "Caldwell": true, "HIP": true, "UGC": true, "PGC": true, "Collinder": true, "Melotte": true,
	"KELT": true, "TrES": true, "Messier": true,
	"IC": false, "HR": false, "HD": false, "Arp": false, "Ross": false, "Stock": false,
}

// r42SkyWords make a catalogue's number an object's where the catalogue's name is a common
// abbreviation, and make pc a parsec.
var r42SkyWords = setOf(`star stars stellar nebula nebulae galaxy galaxies galactic cluster clusters planet planets
exoplanet exoplanets planetary telescope telescopes scope binoculars constellation orbit orbits orbiting orbital
astronomer astronomers astronomy sky skies transit transits magnitude dwarf supernova comet webb hubble jwst
observatory cosmic universe pulsar quasar redshift habitable parsec parsecs lightyears`)

// r42Catalogue reads the number after an astronomical catalogue's name as the object's name:
// three or four digits in pairs, as a room's ("NGC 2237" n g c twenty two thirty seven, "Gliese
// 581" five eighty one, "NGC 7000" seven thousand), five or six digit by digit ("HD 209458" two
// zero nine four five eight), a planet's letter glued after it spelled ("Kepler 452b"). It was
// read as a count. A catalogue's name that is a common abbreviation, and a number that could
// be a year, need a word of the sky in the sentence ("the NGC 2024 coin show" stays a year).
func (n *normalizer) r42Catalogue(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" {
		return false
	}
	sure, ok := r42CatalogueNames[prev.core]
	if !ok {
		return false
	}
	digits, letter, ok := n.r42CatalogueParts(t.core, sure)
	if ok {
		n.r42EmitCatalogue(t, digits, letter)
	}
	return ok
}

// r42CatalogueDashed reads a catalogue's name joined to its number by a hyphen, as exoplanets
// are named: "Kepler-1625b" kepler sixteen twenty five b, "WASP-121b" wasp one twenty one b,
// "TOI-700" t o i seven hundred.
func (n *normalizer) r42CatalogueDashed(t *token) bool {
	name, num, ok := strings.Cut(t.core, "-")
	if !ok {
		return false
	}
	sure, ok := r42CatalogueNames[name]
	if !ok {
		return false
	}
	digits, letter, ok := n.r42CatalogueParts(num, sure)
	if !ok {
		return false
	}
	n.letters(t.raw, name)
	n.r42EmitCatalogue(t, digits, letter)
	return true
}

// r42CatalogueParts splits s, a catalogue's number with perhaps a planet's letter glued after
// it, and reports whether it names an object here.
func (n *normalizer) r42CatalogueParts(s string, sure bool) (digits, letter string, ok bool) {
	if s == "" {
		return "", "", false
	}
	digits = s
	if l := s[len(s)-1]; l >= 'b' && l <= 'h' {
		digits, letter = s[:len(s)-1], s[len(s)-1:]
	}
	if len(digits) < 3 || len(digits) > 6 || !allDigits(digits) || digits[0] == '0' {
		return "", "", false
	}
	v := atoiSmall(digits)
	if (!sure || len(digits) == 4 && v >= 1900 && v <= 2099) && !n.sentenceHas(r42SkyWords) {
		return "", "", false
	}
	return digits, letter, true
}

// r42EmitCatalogue emits a catalogue's number: three or four digits in pairs, five or six digit
// by digit, then the planet's letter.
func (n *normalizer) r42EmitCatalogue(t *token, digits, letter string) {
	n.by("catalogue number")
	if len(digits) <= 4 {
		n.emit(t.raw, appendPaired(nil, digits)...)
	} else {
		n.emit(t.raw, appendDigitNames(nil, digits, false)...)
	}
	if letter != "" {
		n.emitLetter(t.raw, letter)
	}
}

// r42Extensions are file extensions said as letters though they look sayable.
var r42Extensions = map[string]string{"ino": "i n o", "ics": "i c s", "cmake": "c make"} // cmake: the lead's round forty-six, as its users say it

// r42FileExtension reads a file's name whose extension no one can sound, as p d f is read:
// "model.ipynb" model dot i p y n b, "vite.config.mjs" vite dot config dot m j s, and two
// that look sayable but are said as letters ("sketch.ino", "calendar.ics"). It was read as a
// word. An extension that is a word or sounds like one stays as read ("final.pages",
// "stars.fits"), as do web endings ("acme.xyz") and the extensions fileName knows.
func (n *normalizer) r42FileExtension(t *token) bool {
	c := t.core
	i := strings.LastIndexByte(c, '.')
	if i < 2 || len(c)-i-1 < 2 || len(c)-i-1 > 6 || strings.Count(c, ".") > 2 {
		return false
	}
	ext := c[i+1:]
	if !isASCIILetter(rune(ext[0])) || topLevel[ext] || ext == "cc" && ccHost80(c, false) { // "icml.cc" (round eighty)
		return false
	}
	for k := 0; k < len(ext); k++ {
		if !(ext[k] >= 'a' && ext[k] <= 'z' || isDigit(ext[k])) {
			return false
		}
	}
	if _, known := fileTypes[ext]; known {
		return false
	}
	said, listed := r42Extensions[ext]
	letters := strings.TrimRight(ext, "0123456789")
	if !listed && (len(letters) < 2 || !isLetterWord(letters) || pronounceable(letters) || n.opts.IsWord == nil || n.opts.IsWord(letters) ||
		strings.HasSuffix(letters, "s") && n.opts.IsWord(letters[:len(letters)-1])) { // ".docs": a word's plural (the lead's round forty-six)
		return false
	}
	names := strings.Split(c[:i], ".")
	for _, name := range names {
		if len(name) == 0 || len(name) > 64 || !isASCIIAlnum(name[:1]) {
			return false
		}
		for k := 0; k < len(name); k++ {
			if b := name[k]; !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || isDigit(b) || b == '_' || b == '-') {
				return false
			}
		}
	}
	n.by("file name")
	for k, name := range names {
		if k > 0 {
			n.emit(t.raw, "dot")
		}
		n.fileStem(t.raw, name)
	}
	n.emit(t.raw, "dot")
	if listed {
		for _, l := range strings.Fields(said) {
			if len(l) == 1 {
				n.emitLetter(t.raw, l)
			} else {
				n.emit(t.raw, l) // "c make"
			}
		}
		return true
	}
	for k := 0; k < len(letters); k++ {
		n.emitLetter(t.raw, letters[k:k+1])
	}
	if len(letters) < len(ext) {
		n.emit(t.raw, appendInteger(nil, ext[len(letters):])...)
	}
	return true
}

// r42UniversalTime reads a whole hour with a leading zero before UT, the universal time of
// astronomers' almanacs, as it is read before UTC: "03:00 UT" oh three hundred u t (it was three
// o'clock). Other minutes stay the clock's ("03:51 UT" three fifty one).
func (n *normalizer) r42UniversalTime(t *token) bool {
	next := n.peek(1)
	if next == nil || next.core != "UT" || t.post != "" {
		return false
	}
	next.core = "UTC"
	ok := n.zuluTime(t, t.core)
	next.core = "UT"
	return ok
}

// r42SigFigs reads "sig figs" as written, the significant figures of a lab report (the
// abbreviation "figs." was expanded to figures when a sentence's period followed it). "Figs. 2
// and 3" stays figures.
func (n *normalizer) r42SigFigs(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !strings.EqualFold(prev.core, "sig") {
		return false
	}
	n.by("word")
	n.emit(t.raw, "figs")
	return true
}

// r42ForceWords and r42EnergyWords make N and J after a number newtons and joules.
var (
	r42ForceWords = setOf(`force forces net weight weighs weighed tension friction spring springs push pushes pushed
pull pulls pulled applied apply applies exert exerts exerted thrust drag lift load newton newtons cart mass
acceleration accelerates accelerate gravity gravitational buoyant buoyancy torque`)
	r42EnergyWords = setOf(`energy work heat kinetic potential joule joules released releases release absorbed absorbs
absorb transferred transfers stored gains gain loses lose thermal calorimeter calorimetry enthalpy`)
	r42ChemWords = setOf(`solution solutions solute stock acid acids base bases titration titrate titrated titrant
dilute diluted dilution buffer concentration molarity molar beaker flask burette buret pipette pipet reagent
reagents sucrose glucose sodium potassium chloride hydroxide sulfuric hydrochloric nitric acetic ammonia aqueous
moles`)
)

// r42AstroUnits are astronomers' units after a number, by their symbols.
var r42AstroUnits = map[string]unit{
	"M⊕": u("earth mass", "earth masses", true), "M☉": u("solar mass", "solar masses", true),
	"R⊕": u("earth radius", "earth radii", true), "R☉": u("solar radius", "solar radii", true),
}

// r42Joined are what a newton or a joule is divided by that unitWord does not read: a product
// of a unit and a temperature's degree, the specific heat's.
var r42Joined = map[string]string{
	"g°C": "gram degree celsius", "g·°C": "gram degree celsius", "(g·°C)": "gram degree celsius",
	"kg°C": "kilogram degree celsius", "kg·°C": "kilogram degree celsius", "(kg·°C)": "kilogram degree celsius",
	"kg·K": "kilogram kelvin", "(kg·K)": "kilogram kelvin", "mol·K": "mole kelvin", "(mol·K)": "mole kelvin",
	"K": "kelvin", "°C": "degree celsius",
	"(g·°C": "gram degree celsius", "(kg·°C": "kilogram degree celsius", "(kg·K": "kilogram kelvin", "(mol·K": "mole kelvin",
}

// r42UnitAfterNumber reads a unit after a number that was read as letters: N and J newtons and
// joules in a sentence of force or energy, and always before a slash to another unit ("40 N/m"
// forty newtons per meter, "4.18 J/g°C" … joules per gram degree celsius); M molar in a
// sentence of chemistry or before a formula ("1 M HCl" one molar h c l); pc a parsec in a
// sentence of the sky; M⊕, M☉, R⊕, R☉ earth and solar masses and radii; a unit with a caret's
// square or cube as with ² and ³ ("80 m^2" eighty square meters, "9.8 m/s^2" … meters per
// second squared). A lone letter elsewhere stays as read ("Row 5 J", "Exit 12 N").
func (n *normalizer) r42UnitAfterNumber(t *token) bool {
	c := t.core
	un, per := unit{}, ""
	switch {
	case c == "N" || c == "J" || c == "M" || c == "pc":
	case strings.HasPrefix(c, "N/") || strings.HasPrefix(c, "J/"):
		var ok bool
		if per, ok = r42Joined[c[2:]]; !ok {
			b, okB := unitWord(c[2:], false)
			if !okB {
				return false
			}
			per = b.sing
		}
	case c[0] == 'M' || c[0] == 'R':
		var ok bool
		if un, ok = r42AstroUnits[c]; !ok {
			return false
		}
	case strings.Contains(c, "^"):
		s := strings.NewReplacer("^2", "²", "^3", "³").Replace(c)
		if s == c {
			return false
		}
		var ok bool
		if un, ok = unitWord(s, false); !ok {
			// A rate per a unit squared: "m/s^2" meters per second squared.
			base, power, cut := strings.Cut(s, "²")
			if !cut {
				base, power, cut = strings.Cut(s, "³")
				power = "cubed" + power
			} else {
				power = "squared" + power
			}
			if !strings.Contains(base, "/") || power != "squared" && power != "cubed" {
				return false
			}
			if un, ok = unitWord(base, false); !ok {
				return false
			}
			un = u(un.sing+" "+power, un.plural+" "+power, true)
		}
	default:
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" {
		return false
	}
	one := false
	if scaleNames[prev.core] && prev.core != "hundred" {
		if pp := n.peek(-2); pp == nil || pp.post != "" || !r42Number(pp.core) {
			return false
		}
	} else if num, rest, ok := scanNumber(prev.core); !ok || rest != "" || num.intPart == "" {
		return false
	} else {
		one = num.isOne() || adjectival(n.peek(-2), n.peek(1), t)
	}
	switch {
	case per != "":
		un = u("joule per "+per, "joules per "+per, true)
		if c[0] == 'N' {
			un = u("newton per "+per, "newtons per "+per, true)
		}
	case c == "N" || c == "J":
		if next := n.peek(1); next != nil && (t.post != "" && t.post[0] == '.' || isCapitalized(next.core)) {
			return false // a compass point before a street's name: "200 N. Spring St."
		}
		words := r42EnergyWords
		un = u("joule", "joules", true)
		if c == "N" {
			words, un = r42ForceWords, u("newton", "newtons", true)
		}
		if !n.sentenceHas(words) {
			return false
		}
	case c == "M":
		next := n.peek(1)
		if !(t.post == "" && next != nil && r42Formula(next.core)) && !n.sentenceHas(r42ChemWords) {
			return false
		}
		un = u("molar", "molar", true)
	case c == "pc":
		if !n.sentenceHas(r42SkyWords) {
			return false
		}
		un = u("parsec", "parsecs", true)
	}
	n.by("unit")
	n.emit(t.raw, strings.Fields(plural(one, un.sing, un.plural))...)
	return true
}

// r42Number reports a number as scanNumber reads it, nothing after it.
func r42Number(s string) bool {
	num, rest, ok := scanNumber(s)
	return ok && rest == "" && num.intPart != ""
}

// r42Formula reports a chemical formula's shape after a molarity: a capital, then letters and
// digits with a second capital or a digit ("HCl", "NaOH", "H2SO4"; not "Smith").
func r42Formula(s string) bool {
	if len(s) < 2 || len(s) > 12 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	inner := false
	for k := 1; k < len(s); k++ {
		switch b := s[k]; {
		case b >= 'A' && b <= 'Z' || isDigit(b):
			inner = true
		case b >= 'a' && b <= 'z':
		default:
			return false
		}
	}
	return inner
}

// r42DistrictHost splits a host's label that names a school district by its initials, ISD or
// USD (an independent or unified school district): a lexicon word before them is said
// ("dallasisd" dallas, then i s d), a short head of letters is spelled with them ("lausd" l a u
// s d, "nisd" n i s d). ok false for a label the lexicon knows, or a head that is neither.
func (n *normalizer) r42DistrictHost(lp string) (head, initials string, ok bool) {
	if len(lp) < 4 || len(lp) > maxSegmentBytes || n.opts.IsWord == nil || !strings.HasSuffix(lp, "isd") && !strings.HasSuffix(lp, "usd") {
		return "", "", false
	}
	if !isLetterWord(lp) || lp != strings.ToLower(lp) || n.opts.IsWord(lp) {
		return "", "", false
	}
	head = lp[:len(lp)-3]
	switch {
	case len(head) <= 3:
		return "", lp, true
	case n.opts.IsWord(head):
		return head, lp[len(head):], true
	}
	return "", "", false
}

// r42Elements are the chemical elements' symbols a formula in a school or lab handout is made
// of (nobelium's No, a word, is left out).
var r42Elements = setOf(`H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se
Br Kr Rb Sr Y Zr Mo Ag Cd Sn Sb I Xe Cs Ba Pt Au Hg Pb Bi Rn Ra U Pu W`)

// r42FormulaWords make a formula without a digit a formula.
var r42FormulaWords = setOf(`solution solutions acid base titration dilute beaker flask reagent reaction react reacts
dissolve dissolves dissolved water crystals crystal compound formula flame precipitate salt ions ion molar grams
mol moles chemistry`)

// r42Symbols splits s into element symbols and counts ("CuSO4" Cu S O 4) and reports whether
// it could be a formula with a symbol of two letters: "NaOH", "CuSO4", "Fe2O3", "LiCl" (two
// symbols of two letters, as "HeLa" and "LiPo" are too: the caller asks a word of chemistry
// of a formula without a count).
func r42Symbols(s string) (parts []string, digit bool, ok bool) {
	if len(s) < 3 || len(s) > 16 || s[0] < 'A' || s[0] > 'Z' {
		return nil, false, false
	}
	one, two := false, false
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case isDigit(c):
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			if i == 0 || j-i > 2 || c == '0' {
				return nil, false, false
			}
			parts = append(parts, s[i:j])
			digit = true
			i = j
		case c >= 'A' && c <= 'Z':
			j := i + 1
			if j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
				j++
			}
			if !r42Elements[s[i:j]] {
				return nil, false, false
			}
			if j-i == 2 {
				two = true
			} else {
				one = true
			}
			parts = append(parts, s[i:j])
			i = j
		default:
			return nil, false, false
		}
	}
	return parts, digit, two && len(parts) >= 2 && (one || digit || len(parts) == 2)
}

// r42ChemicalFormula reads a formula with a symbol of two letters symbol by symbol, each
// letter spelled and each count a number, as "HCl" and "CO2" are read: "NaOH" n a o h,
// "CuSO4" c u s o four (Na, Cu… were read as words). A formula without a count needs a word of
// chemistry in the sentence; salts given in medicine keep their names (saltName), and a
// lexicon word stays a word.
func (n *normalizer) r42ChemicalFormula(t *token) bool {
	if _, named := salts[t.core]; named {
		return false
	}
	parts, digit, ok := r42Symbols(t.core)
	if !ok || n.opts.IsWord != nil && n.opts.IsWord(t.lower()) || !digit && !n.sentenceHas(r42FormulaWords) {
		return false
	}
	n.by("chemical formula")
	for _, p := range parts {
		if isDigit(p[0]) {
			n.emit(t.raw, appendInteger(nil, p)...)
			continue
		}
		for k := 0; k < len(p); k++ {
			n.emitLetter(t.raw, strings.ToLower(p[k:k+1]))
		}
	}
	return true
}

// r42Weekdays are weekdays' abbreviations written with a period or a comma before a date.
var r42Weekdays = setOf("Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Sun Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

// r42MonthDay reads a month and a day after a weekday's abbreviation with its period or comma
// ("Thurs. 9/18" thursday september eighteenth, "Tues., 11/4"), or after deadline with a colon
// or "is" ("Priority deadline: 11/15", "The deadline is 1/15"), as a date (it was two numbers,
// or a fraction). Before "of" it stays a fraction ("3/4 of the way").
func (n *normalizer) r42MonthDay(t *token) bool {
	m, d, ok := strings.Cut(t.core, "/")
	if !ok || len(m) == 0 || len(m) > 2 || len(d) == 0 || len(d) > 2 || !allDigits(m) || !allDigits(d) || t.pre != "" {
		return false
	}
	mv, dv := atoiSmall(m), atoiSmall(d)
	if mv < 1 || mv > 12 || dv < 1 || dv > 31 {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && strings.EqualFold(next.core, "of") {
		return false
	}
	prev := n.peek(-1)
	if prev == nil {
		return false
	}
	date := false
	switch {
	case r42Weekdays[prev.core]:
		date = prev.post != "" && strings.Trim(prev.post, ".,") == ""
	case strings.EqualFold(prev.core, "deadline"):
		date = prev.post == ":"
	case prev.core == "is" && prev.post == "":
		pp := n.peek(-2)
		date = pp != nil && pp.post == "" && strings.EqualFold(pp.core, "deadline")
	}
	if !date {
		return false
	}
	n.by("date")
	n.emit(t.raw, appendDayOrdinal([]string{monthNames[mv]}, dv)...)
	return true
}

// r42StandardNames are the bodies whose standards carry their edition's year after a colon.
var r42StandardNames = setOf("ISO ISO/IEC IEC EN BS")

// r42StandardYear reads a standard's edition after a colon as its year, the number read as it
// is alone: "ISO 9001:2015" i s o ninety oh one twenty fifteen (the colon was read "to").
func (n *normalizer) r42StandardYear(t *token) bool {
	num, year, ok := strings.Cut(t.core, ":")
	prev := n.peek(-1)
	if !ok || len(year) != 4 || !allDigits(year) || len(num) < 2 || len(num) > 6 || !allDigits(num) || prev == nil || prev.post != "" || !r42StandardNames[prev.core] {
		return false
	}
	v := atoiSmall(year)
	if v < 1950 || v > 2099 {
		return false
	}
	k := n.reread(t, num, "")
	if k != 1 {
		return false
	}
	n.emit(t.raw, appendYear(nil, v)...)
	return true
}

// r42Calculator reads a Casio calculator's model, fx, a hyphen and a number with letters, as
// calculators are named: "fx-991EX" f x nine ninety one e x, "fx-83GT" f x eighty three g t
// (the number was read as a count).
func (n *normalizer) r42Calculator(t *token) bool {
	rest, ok := strings.CutPrefix(t.core, "fx-")
	if !ok {
		return false
	}
	i := 0
	for i < len(rest) && isDigit(rest[i]) {
		i++
	}
	digits, letters := rest[:i], rest[i:]
	if len(digits) < 2 || len(digits) > 4 || digits[0] == '0' || len(letters) > 4 || letters != "" && !isUpperWord(letters) {
		return false
	}
	n.by("model number")
	n.emitLetter(t.raw, "f")
	n.emitLetter(t.raw, "x")
	if len(digits) == 2 {
		n.emit(t.raw, appendInteger(nil, digits)...)
	} else {
		n.emit(t.raw, appendPaired(nil, digits)...)
	}
	for k := 0; k < len(letters); k++ {
		n.emitLetter(t.raw, strings.ToLower(letters[k:k+1]))
	}
	return true
}

// r42ScorePlus reads an SAT score with a plus near SAT as the score is read, in pairs, then
// plus: "a 1450+ SAT" fourteen fifty plus. Before a plural noun it stays a count ("1500+
// students").
func (n *normalizer) r42ScorePlus(t *token) bool {
	c, ok := strings.CutSuffix(t.core, "+")
	if !ok || len(c) != 4 || !allDigits(c) || c[3] != '0' || t.pre != "" {
		return false
	}
	if v := atoiSmall(c); v < 1000 || v > 1600 {
		return false
	}
	if next := n.peek(1); next != nil && strings.HasSuffix(next.core, "s") && next.core == next.lower() {
		return false
	}
	near := false
	for off := -4; off <= 4 && !near; off++ {
		if p := n.peek(off); off != 0 && p != nil && (p.core == "SAT" || p.core == "PSAT") {
			near = true
		}
	}
	if !near {
		return false
	}
	n.by("test score")
	n.emit(t.raw, appendPaired(nil, c)...)
	n.emit(t.raw, "plus")
	return true
}

// r42RoomNumber reads three or four digits after Rm., a room's abbreviation, in pairs as after
// room: "Rm. 204" room two oh four, "Rm 1120" room eleven twenty (labelAbbrevs expands Rm).
func (n *normalizer) r42RoomNumber(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.core != "Rm" || prev.post != "" && prev.post != "." || len(t.core) < 3 || len(t.core) > 4 || !allDigits(t.core) || t.core[0] == '0' || t.pre != "" {
		return false
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return true
}

// r42Subjects are school subjects whose courses are numbered in Roman numerals by level.
var r42Subjects = setOf(`spanish french german latin chinese mandarin japanese italian arabic russian korean
algebra geometry calculus precalculus chemistry physics biology english art band choir orchestra statistics
economics psychology history math mathematics engineering ceramics drawing painting drama theatre theater
accounting anatomy composition photography`)

// r42AfterLevel are what may follow a course's level I (the pronoun I is followed by a verb).
var r42AfterLevel = setOf("& and or is are class classes course courses students meets meet requires teacher exam final honors curriculum")

// r42Levels are a course's levels in Roman numerals.
var r42Levels = map[string]string{"I": "one", "II": "two", "III": "three", "IV": "four"}

// r42CourseLevel reads a course's level in Roman numerals after a school subject as its
// number, I too: "French I" french one, "Spanish I & II" spanish one and two, "Algebra I and
// II" (I was the pronoun's letter, and II after and was i i). After a language's name the
// pronoun I stays ("In English I think"): I is a level only closing its clause or before what
// a course's name is followed by.
func (n *normalizer) r42CourseLevel(t *token) bool {
	word, ok := r42Levels[t.core]
	if !ok || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil {
		return false
	}
	if r42Subjects[prev.lower()] && isCapitalized(prev.core) && prev.post == "" {
		if t.core == "I" && t.post == "" {
			next := n.peek(1)
			if next != nil && !r42AfterLevel[next.lower()] {
				return false
			}
		}
	} else {
		// The second of two levels: "I & II", "I and II".
		first := n.peek(-2)
		subject := n.peek(-3)
		if prev.post != "" || prev.core != "&" && prev.core != "and" && prev.core != "or" || first == nil || first.post != "" || r42Levels[first.core] == "" ||
			subject == nil || subject.post != "" || !isCapitalized(subject.core) || !r42Subjects[subject.lower()] {
			return false
		}
	}
	n.by("course level")
	n.emit(t.raw, word)
	return true
}

// r42LaunchWords make T and a number a countdown.
var r42LaunchWords = setOf("launch liftoff countdown count hold holds rocket ignition ignite engines booster pad")

// r42Countdown reads a launch's countdown, T, a hyphen and a number, as T minus the number: "at
// T-10 minutes" t minus ten minutes (it was t ten), in a sentence of a launch or before a unit of
// time ("The T-1000 robot" stays).
func (n *normalizer) r42Countdown(t *token) bool {
	num, ok := strings.CutPrefix(t.core, "T-")
	if !ok || len(num) == 0 || len(num) > 3 || !allDigits(num) || num[0] == '0' {
		return false // "T-0" t zero, the moment itself
	}
	next := n.peek(1)
	timed := next != nil && t.post == "" && r42TimeUnits[next.lower()]
	if !timed && !n.sentenceHas(r42LaunchWords) {
		return false
	}
	n.by("countdown")
	n.emitLetter(t.raw, "t")
	n.emit(t.raw, "minus")
	n.emit(t.raw, appendInteger(nil, num)...)
	return true
}

// r42TimeUnits are units of time after a countdown's number.
var r42TimeUnits = setOf("s sec secs second seconds min mins minute minutes h hr hrs hour hours days")

// r42WordSlashAcronym reads a capitalized lexicon word and an acronym joined by a slash as two
// words, the slash not said, as between two words: "Honors/AP" honors a p, "Robotics/STEM"
// robotics stem (it was "slash"). A product's variants after its number keep their reading.
func (n *normalizer) r42WordSlashAcronym(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || n.opts.IsWord == nil || strings.Contains(b, "/") {
		return false
	}
	word := func(s string) bool {
		return isCapitalized(s) && !isUpperWord(s) && isLetterWord(s) && n.opts.IsWord(strings.ToLower(s))
	}
	acronym := func(s string) bool { return len(s) >= 2 && len(s) <= 5 && isUpperWord(s) && isLetterWord(s) }
	if !(word(a) && acronym(b) || acronym(a) && word(b)) {
		return false
	}
	if prev := n.peek(-1); prev != nil && prev.core != "" && isDigit(prev.core[len(prev.core)-1]) {
		return false // a product's variants after its number: "Pixel 9 Pro/XL" pro and x l
	}
	n.letters(t.raw, a)
	n.letters(t.raw, b)
	return true
}

// r42ScratchVersion reads a version after Scratch, the children's programming language, as a
// version: "Scratch 3.0" three point oh (it was a quantity, three point zero).
func (n *normalizer) r42ScratchVersion(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.core != "Scratch" || prev.post != "" || t.pre != "" || !isVersionString(t.core) {
		return false
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, t.core)...)
	return true
}
