package text

import "strings"

// Round sixty-nine: the misses of held-out set 54's dev half, written by a new hand from energy
// and heavy industry text (rig counts, grid-operator notices, installer quotes, mining, refinery
// and safety notices), each read as a class and tested on probe sentences written before the
// readers, readings69.tsv. The grid operators' prevailing-time zones (R3) are entries of
// zoneNames (contexts.go), which every zone reader and the sentence splitter ask.

func (n *normalizer) round69Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 || t.pre != "" {
		return 0
	}
	switch {
	case c[0] >= '1' && c[0] <= '9':
		switch len(c) {
		case 3:
			if c[1] == '.' {
				return oneIf(c[2] == '0' && n.may(shDot) && n.r69ProgrammeVersion(t))
			}
			return oneIf(n.may(shDigit) && n.r69Equipment(t))
		case 4:
			return oneIf(n.may(shDigit) && (n.r69Equipment(t) || n.r69ShiftTime(t) || n.r69LocalTime(t, c)))
		}
	case c[0] == '0':
		return oneIf(len(c) == 4 && n.may(shDigit) && (n.r69ShiftTime(t) || n.r69LocalTime(t, c)))
	case c[0] == '~':
		return oneIf(len(c) == 5 && n.may(shDigit) && n.r69LocalTime(t, c[1:]))
	case c == "×" || c == "x":
		return oneIf(t.post == "" && n.may(shWide|shLower) && n.r69Product(t))
	case c[0] >= 'A' && c[0] <= 'Z':
		return oneIf(len(c) >= 2 && len(c) <= 4 && n.may(shLower) && n.r69Element(t))
	case c == "wk":
		return oneIf(n.r69Week(t))
	}
	return 0
}

// r69Equipment are a plant's or a field's machines and vessels named by a number of three
// digits; r69Equipment4 those named by four too (a distribution feeder, a tank farm's tank).
var (
	r69Equipment  = setOf("rig tank turbine compressor reactor heater kiln feeder")
	r69Equipment4 = setOf("feeder tank")
)

// r69Equipment reads a number naming a machine in pairs, as a room's: "Rig 417" rig four
// seventeen, "crews rigging down rig 312", "Feeder 1207" feeder twelve oh seven (R1, held54 dev;
// it was a count where the label opened the sentence or was in lower case). A number before a
// unit or a plural noun is a count ("each rig 120 miles offshore", "filled the tank 300
// times").
func (n *normalizer) r69Equipment(t *token) bool {
	c := t.core
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 3 || len(prev.core) > 10 || !allDigits(c) {
		return false
	}
	l := prev.lower()
	if !r69Equipment[l] || len(c) == 4 && !r69Equipment4[l] {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" {
		if versionBlocker(next.core) || r69PluralWord(next.core) {
			return false
		}
	}
	n.by("equipment number")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// r69PluralWord reports a lower-case word that looks like a plural noun ("times", "workers").
func r69PluralWord(w string) bool {
	return len(w) > 3 && isLetterWord(w) && w == strings.ToLower(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// r69ShiftNouns are what a plant or a rig names by the 24-hour time it begins; r69ShiftMods
// may stand between the time and the noun.
var (
	r69ShiftNouns = setOf("shift tour briefing call meeting handover changeover muster")
	r69ShiftMods  = setOf("safety morning evening night crew")
	r69ShiftStaff = setOf("workers employees members operators staff staffers hands contractors crews")
)

// r69ShiftTime reads a four-digit 24-hour time after "the" that names a shift, a tour, a
// briefing or a call as the clock's digits are said, as round twenty-one's services are: "the
// 0700 shift change" the oh seven hundred shift change, "the 1800 tour", "the 0600 safety
// briefing" (R2, held54 dev; it was digit by digit or a count). The people of a shift after the
// noun make a number without a leading zero a count ("the 1400 shift workers"); times that read
// as years of living memory (1950 to 2099) are left.
func (n *normalizer) r69ShiftTime(t *token) bool {
	c := t.core
	if t.post != "" || !allDigits(c) {
		return false
	}
	hh, mm := atoiSmall(c[:2]), atoiSmall(c[2:])
	if hh > 23 || mm > 59 || hh == 20 || hh == 19 && mm >= 50 {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !strings.EqualFold(prev.core, "the") {
		return false
	}
	off := 1
	w := n.peek(off)
	if w != nil && w.pre == "" && w.post == "" && r69ShiftMods[w.lower()] {
		off++
		w = n.peek(off)
	}
	if w == nil || w.pre != "" || !r69ShiftNouns[w.lower()] {
		return false
	}
	if after := n.peek(off + 1); c[0] != '0' && after != nil && w.post == "" && r69ShiftStaff[after.lower()] {
		return false
	}
	n.by("shift time")
	n.emit(t.raw, appendMilitary(nil, hh, mm)...)
	return true
}

// r69VersionNouns are programmes and policies named with a version ("net metering 3.0").
var r69VersionNouns = setOf("metering billing utility grid mining oilfield")

// r69ProgrammeVersion reads one digit and ".0" after the lower-case noun of a programme or a
// policy as a version, with oh: "Net metering 2.0" net metering two point oh, "the utility 2.0
// model" (R4, held54 dev; it was two point zero, while "Web 2.0" and "NEM 3.0" were versions).
// A unit, a scale word or percent after it makes it a quantity ("Mining 2.0 million tonnes").
func (n *normalizer) r69ProgrammeVersion(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 4 || len(prev.core) > 8 || !r69VersionNouns[prev.lower()] {
		return false
	}
	return n.ohVersion83(t)
}

// r69Operand reports the token at off as a number, perhaps glued to a unit ("400W"), and
// returns the unit it carries there or in the token after it ("400 W") with the tokens used.
func (n *normalizer) r69Operand(off int) (un unit, hasUnit bool, used int) {
	x := n.peek(off)
	if x == nil || x.pre != "" || x.core == "" || !isDigit(x.core[0]) {
		return unit{}, false, 0
	}
	num, rest, ok := scanNumber(x.core)
	if !ok || num.neg || num.plus {
		return unit{}, false, 0
	}
	if rest != "" {
		un, hasUnit = unitWord(rest, false)
		if !hasUnit {
			return unit{}, false, 0
		}
		return un, true, 1
	}
	if x.post == "" && off > 0 {
		if y := n.peek(off + 1); y != nil && y.pre == "" {
			if un, ok := unitWord(y.core, false); ok && y.core != "in" {
				return un, true, 2 // "410 W": a watt's W stands alone only after a number
			}
		}
	}
	return unit{}, false, 1
}

// r69Length reports a unit of length, whose products are sizes ("10 × 12 m").
func r69Length(un unit) bool {
	s := un.sing
	return strings.HasSuffix(s, "meter") && !strings.Contains(s, " ") || s == "foot" || s == "inch" || s == "yard" || s == "mile"
}

// r69Product reads × (or x) between two numbers as times where the product is arithmetic: an
// equals sign follows the second number (and its unit), "System size = 20 × 410 W = 8.2 kW"
// twenty times four hundred ten watts equals…, "6 x 7 = 42"; or one stands before the first and
// the second carries a unit that is no length, "Load = 3 × 1.5 kW" (R5, held54 dev; it was by,
// as for a size). A result in square or cubic units is an area ("10 × 12 ft = 120 sq ft" stays
// by), as is a product of lengths after an equals sign ("Area = 10 × 12 m").
func (n *normalizer) r69Product(t *token) bool {
	a := n.peek(-1)
	if a == nil || a.post != "" {
		return false
	}
	left := -1
	if _, ok := unitWord(a.core, true); ok {
		left = -2 // "10 kW x 4 h"
	}
	if _, _, used := n.r69Operand(left); used == 0 {
		return false
	}
	un, hasUnit, used := n.r69Operand(1)
	if used == 0 {
		return false
	}
	last := n.peek(used)
	if last == nil {
		return false
	}
	eq := n.peek(used + 1)
	switch {
	case last.post == "" && eq != nil && eq.pre == "" && eq.core == "=":
		for off := used + 2; off <= used+4; off++ {
			w := n.peek(off)
			if w == nil {
				break
			}
			if r69AreaWord(w) {
				return false
			}
			if w.post != "" {
				break
			}
		}
	case hasUnit && !r69Length(un):
		b := n.peek(left - 1)
		if b == nil || b.core != "=" || b.post != "" {
			return false
		}
	default:
		return false
	}
	n.by("times")
	n.emit(t.raw, "times")
	return true
}

// r69AreaWord reports a word of a result in square or cubic units: "sq", "square", "cubic",
// "ft²", "m3".
func r69AreaWord(w *token) bool {
	l := w.lower()
	if l == "sq" || l == "square" || l == "cubic" || l == "cu" {
		return true
	}
	if un, ok := unitWord(w.core, true); ok {
		return strings.HasPrefix(un.sing, "square") || strings.HasPrefix(un.sing, "cubic")
	}
	return false
}

// r69Elements are the metals a mining report gives grades of, by their symbols, and the
// equivalents it sums them as.
var r69Elements = map[string]string{
	"Cu": "copper", "Au": "gold", "Ag": "silver", "Zn": "zinc", "Pb": "lead", "Ni": "nickel", "Co": "cobalt",
	"Mo": "molybdenum", "Li": "lithium", "Sn": "tin", "Pt": "platinum", "Pd": "palladium", "Fe": "iron",
	"AuEq": "gold equivalent", "CuEq": "copper equivalent", "AgEq": "silver equivalent", "NiEq": "nickel equivalent",
}

// r69GradeUnits are what an assay's grade is given in before the metal's symbol.
var r69GradeUnits = setOf("g/t gpt oz/t opt ppm ppb")

// r69Element reads a metal's symbol after an assay grade as the metal's name: "0.45% Cu" zero
// point four five percent copper, "1.2 g/t Au" gold, "12.5 g/t AuEq" gold equivalent (R8; it
// was spelled, or read as a syllable). The grade must touch it: a percent glued to a number, or
// a grade's unit after a number; "Acme Mining Co." and a symbol elsewhere stay.
func (n *normalizer) r69Element(t *token) bool {
	name, ok := r69Elements[t.core]
	if !ok {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.core == "" {
		return false
	}
	p := prev.core
	switch {
	case p[len(p)-1] == '%' && isDigit(p[0]):
	case r69GradeUnits[prev.lower()]:
		if pp := n.peek(-2); pp == nil || pp.post != "" || pp.core == "" || !isDigit(pp.core[len(pp.core)-1]) {
			return false
		}
	default:
		return false
	}
	n.by("element")
	n.emit(t.raw, strings.Fields(name)...)
	return true
}

// r69LocalTime reads four digits of a 24-hour time before "local time", or before "local"
// ending the clause, as the clock's time, as before a zone: "happened ~0345 local time"
// approximately oh three forty five local time, "at 0500 local" (R9; without a time's
// preposition it was digit by digit). d is the digits, after a tilde if the token has one. A
// count before local and a noun ("1500 local residents") stays.
func (n *normalizer) r69LocalTime(t *token, d string) bool {
	if t.post != "" || !allDigits(d) {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !strings.EqualFold(next.core, "local") {
		return false
	}
	if next.post == "" {
		if z := n.peek(2); z == nil || !strings.EqualFold(z.core, "time") {
			return false
		}
	}
	hh, mm := atoiSmall(d[:2]), atoiSmall(d[2:])
	if hh > 23 || mm > 59 {
		return false
	}
	n.by("military time")
	if len(d) < len(t.core) {
		n.emit(t.raw, "approximately")
	}
	n.emit(t.raw, appendMilitary(nil, hh, mm)...)
	return true
}

// r69WeekAfter are the words after which chat's "wk" is a week.
var r69WeekAfter = setOf("this next last a each every per")

// r69Week reads chat's "wk" after this, next, last, a, each or every as week: "this wk", "next
// wk" (R10; it was spelled, w k).
func (n *normalizer) r69Week(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !r69WeekAfter[prev.lower()] {
		return false
	}
	n.by("chat shorthand")
	n.emit(t.raw, "week")
	return true
}
