package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// peek returns the token at offset off from the current one, or nil.
func (n *normalizer) peek(off int) *token {
	n.work++
	if off != 0 && n.inPart > 0 {
		return nil
	}
	k := n.i + off
	if k < 0 || k >= len(n.toks) {
		return nil
	}
	return &n.toks[k]
}

// isLast reports whether the token at offset off is the sentence's last.
func (n *normalizer) isLast(off int) bool { return n.i+off == len(n.toks)-1 }

// symbolWords are symbols read aloud when they stand alone or lead a token.
var symbolWords = map[string]string{
	"&": "and", "+": "plus", "=": "equals", "×": "times", "÷": "divided by", "%": "percent",
	"@": "at", "#": "number", "~": "approximately", "≈": "approximately", "<": "less than",
	">": "greater than", "≤": "less than or equal to", "≥": "greater than or equal to",
	"±": "plus or minus", "°": "degrees", "§": "section", "¶": "paragraph", "©": "copyright",
	"®": "registered", "™": "trademark", "π": "pi", "∞": "infinity", "√": "square root of", "∑": "sum", "∏": "product",
	"≠": "not equal to", "$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "/": "slash",
	"−": "minus", "x": "by", "µ": "micro", "μ": "micro", "Δ": "delta", "α": "alpha", "β": "beta",
	"γ": "gamma", "δ": "delta", "λ": "lambda", "σ": "sigma", "Ω": "omega", "ω": "omega", "θ": "theta",
	"φ": "phi", "ε": "epsilon", "→": "to", "↑": "up", "↓": "down", "▲": "up", "▼": "down", "∓": "minus or plus", "′": "feet", "″": "inches", "№": "number",
	"^": "to the power of", "²": "squared", "³": "cubed", "♯": "sharp", "♭": "flat", "♮": "natural",
	"χ": "chi", "ψ": "psi", "ρ": "rho", "τ": "tau", "η": "eta", "ζ": "zeta", "κ": "kappa", "ν": "nu", "ξ": "xi",
	"⇒": "implies", "⟹": "implies", "↦": "maps to", "∆": "delta", "⏎": "return", "∈": "in", "∉": "not in",
	"∀": "for all", "∃": "there exists", "≡": "is equivalent to", "∝": "is proportional to", "∂": "partial",
	"∫": "integral", "⊂": "subset of", "∩": "intersection", "∪": "union", "∅": "empty set",
	"Σ": "sigma", "Π": "pi", "Φ": "phi", "Ψ": "psi", "Λ": "lambda", "Γ": "gamma", "Θ": "theta", "ι": "iota", "υ": "upsilon",
}

// shape records what a token's core is made of. It is computed once per token (token), so a
// reader that can never read a token of some shape is not asked about it: each reader's call is
// guarded by the shapes it needs, one of which its token must have, as n.may(shDigit) &&
// n.reader(t). A guard states the reader's own precondition, never a stricter one: "needs a
// digit" only for a reader that returns at once without one (and without a side effect).
// TestGuardsChangeNothing and FuzzGuardsChangeNothing run every reader on every token
// (unguarded) and compare.
//
// To declare a new reader's shape: read its first test on t.core and pick the mask it
// implies, e.g. a reader that starts `if !allDigits(t.core) { return false }` needs shDigit, one
// that starts `if t.core != "ext"` needs shLower, one that looks only at its neighbours needs
// shAny (no guard at all). When in doubt, leave it unguarded.
type shape uint16

const (
	shDigit shape = 1 << iota // an ASCII digit
	shUpper                   // an ASCII capital letter
	shLower                   // an ASCII lower-case letter
	shPunct                   // any other ASCII character: . , - / : ' + # % $ & …
	shWide                    // a byte of a character outside ASCII (–, −, ×, £, €, °, emoji…)
	// Four of shPunct's characters, each with its own bit too (a token with one has shPunct).
	shSlash  // '/'
	shHyphen // '-' (not the dashes outside ASCII: shWide)
	shColon  // ':'
	shDot    // '.'

	shAny = shDigit | shUpper | shLower | shPunct | shWide
	// notLower is every token but a plain lower-case word ("the", "imo"): a reader that
	// needs a digit, a capital, a sign or a character outside ASCII somewhere in its token.
	notLower = shAny &^ shLower
)

// shapeOf returns the shape of s.
func shapeOf(s string) shape {
	var sh shape
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			sh |= shLower
		case c >= 'A' && c <= 'Z':
			sh |= shUpper
		case c >= '0' && c <= '9':
			sh |= shDigit
		case c >= 0x80:
			sh |= shWide
		case c == '/':
			sh |= shPunct | shSlash
		case c == '-':
			sh |= shPunct | shHyphen
		case c == ':':
			sh |= shPunct | shColon
		case c == '.':
			sh |= shPunct | shDot
		default:
			sh |= shPunct
		}
	}
	return sh
}

// may reports whether the token being read has one of the shapes in need (see shape); with
// unguarded set it has them all.
func (n *normalizer) may(need shape) bool { return n.sh&need != 0 }

// token normalizes the token at n.i and returns the tokens consumed.
func (n *normalizer) token() int {
	t := n.peek(0)
	core := t.core
	if core == "" {
		return 1
	}
	n.sh = shapeOf(core)
	fb := firstOf[core[0]] // the first byte's class (see firstSet)
	if n.unguarded {
		n.sh = ^shape(0)
		fb = ^firstSet(0)
	}
	if core[0] >= 0x80 || strings.Contains(core, "\u20E3") {
		// Emoji: "🎉" party popper; text glued after them is read on.
		if k := n.emoji(t.raw, core); k > 0 {
			if k < len(core) {
				sub := *t
				sub.core = core[k:]
				n.general(&sub)
			}
			return 1
		}
	}
	// Round thirty-five's readers first (asked apart from the list below, which other rounds extend).
	if fb&r35First != 0 {
		if k := n.round35Token(t); k > 0 {
			return k
		}
	}
	if round87Shape(core) { // round eighty-seven: beauty, fashion and crafts (round87.go)
		if k := n.round87Token(t); k > 0 {
			return k
		}
	}
	if fb&r85First != 0 && r85Len(core) {
		if k := n.round85Token(t); k > 0 {
			return k
		}
	}
	if r88Shape(core, n.sh) { // round eighty-eight: clinical notes; the inlined first test spares most tokens the call
		if k := n.round88Token(t); k > 0 {
			return k
		}
	}
	if r91Shape(core, n.sh) {
		if k := n.round91Token(t); k > 0 {
			return k
		}
	}
	if fb&r89First != 0 && (r89Shape(core) || n.unguarded) {
		if k := n.round89Token(t); k > 0 {
			return k
		}
	}
	// Each round's readers, the latest round first (a later round refines cases an earlier one read).
	// Inside a round, guard each reader by the shapes it can read: n.may(shDigit) && n.reader(t)
	// (see shape; TestGuardsChangeNothing checks every guard).
	// Called directly, not through a list of method values: building forty closures and calling
	// each through its wrapper cost some 600 instructions a token (speed).
	if r90Shape(core) || t.pre != "" && t.pre[len(t.pre)-1] == '*' {
		if k := n.round90Token(t); k > 0 {
			return k
		}
	}
	if lead84Shape(core) {
		if k := n.lead84Token(t); k > 0 {
			return k
		}
	}
	if r86Shape(core) {
		if k := n.round86Token(t); k > 0 {
			return k
		}
	}
	if k := n.round80Token(t); k > 0 {
		return k
	}
	if fb&r76First != 0 {
		if k := n.round76Token(t); k > 0 {
			return k
		}
	}
	if fb&r81First != 0 {
		if k := n.round81Token(t); k > 0 {
			return k
		}
	}
	if lead83Shape(core) {
		if k := n.lead83Token(t); k > 0 {
			return k
		}
	}
	if fb&r79First != 0 {
		if k := n.round79Token(t); k > 0 {
			return k
		}
	}
	if k := n.round78Token(t); k > 0 {
		return k
	}
	if k := n.round82Token(t); k > 0 {
		return k
	}
	if fb&r77First != 0 {
		if k := n.round77Token(t); k > 0 {
			return k
		}
	}
	if fb&l75First != 0 {
		if k := n.lead75Token(t); k > 0 {
			return k
		}
	}
	if fb&r67First != 0 {
		if k := n.round67Token(t); k > 0 {
			return k
		}
	}
	if k := n.round73Token(t); k > 0 {
		return k
	}
	if fb&r72First != 0 || n.may(shSlash) {
		if k := n.round72Token(t); k > 0 {
			return k
		}
	}
	if fb&r71First != 0 {
		if k := n.round71Token(t); k > 0 {
			return k
		}
	}
	if fb&r70First != 0 || n.may(shDot) {
		if k := n.round70Token(t); k > 0 {
			return k
		}
	}
	if fb&r68First != 0 {
		if k := n.round68Token(t); k > 0 {
			return k
		}
	}
	if fb&r69First != 0 {
		if k := n.round69Token(t); k > 0 {
			return k
		}
	}
	if fb&r74First != 0 || n.may(shSlash) {
		if k := n.round74Token(t); k > 0 {
			return k
		}
	}
	if k := n.round64Token(t); k > 0 {
		return k
	}
	if fb&r65First != 0 || n.may(shHyphen) {
		if k := n.round65Token(t); k > 0 {
			return k
		}
	}
	if fb&r60First != 0 {
		if k := n.round60Token(t); k > 0 {
			return k
		}
	}
	if fb&r63First != 0 {
		if k := n.round63Token(t); k > 0 {
			return k
		}
	}
	if fb&r59First != 0 || n.may(shWide) {
		if k := n.round59Token(t); k > 0 {
			return k
		}
	}
	if fb&r62First != 0 || n.may(shHyphen|shSlash|shDot) {
		if k := n.round62Token(t); k > 0 {
			return k
		}
	}
	if fb&r61First != 0 || n.may(shSlash|shDot) {
		if k := n.round61Token(t); k > 0 {
			return k
		}
	}
	if fb&r58First != 0 {
		if k := n.round58Token(t); k > 0 {
			return k
		}
	}
	if fb&l66First != 0 || n.may(shDigit) {
		if k := n.lead66Token(t); k > 0 {
			return k
		}
	}
	if k := n.round56Token(t); k > 0 {
		return k
	}
	if fb&r57First != 0 {
		if k := n.round57Token(t); k > 0 {
			return k
		}
	}
	if fb&r55First != 0 {
		if k := n.round55Token(t); k > 0 {
			return k
		}
	}
	if fb&r54First != 0 {
		if k := n.round54Token(t); k > 0 {
			return k
		}
	}
	if fb&r52First != 0 || n.may(shDigit|shPunct) {
		if k := n.round52Token(t); k > 0 {
			return k
		}
	}
	if fb&r49First != 0 || n.may(shSlash|shDot) {
		if k := n.round49Token(t); k > 0 {
			return k
		}
	}
	if fb&r50First != 0 || n.may(shSlash) {
		if k := n.round50Token(t); k > 0 {
			return k
		}
	}
	if fb&r47First != 0 {
		if k := n.round47Token(t); k > 0 {
			return k
		}
	}
	if fb&l53First != 0 || n.may(shDigit|shPunct|shWide) || len(core) == 1 || t.post != "" && t.post[0] >= 0x80 {
		if k := n.lead53Token(t); k > 0 {
			return k
		}
	}
	if fb&r48First != 0 || n.may(shHyphen) {
		if k := n.round48Token(t); k > 0 {
			return k
		}
	}
	if fb&r51First != 0 {
		if k := n.round51Token(t); k > 0 {
			return k
		}
	}
	if fb&r44First != 0 {
		if k := n.round44Token(t); k > 0 {
			return k
		}
	}
	if fb&r43First != 0 {
		if k := n.round43Token(t); k > 0 {
			return k
		}
	}
	if fb&r45First != 0 || n.may(shSlash) {
		if k := n.round45Token(t); k > 0 {
			return k
		}
	}
	if k := n.round42Token(t); k > 0 {
		return k
	}
	if fb&r41First != 0 || n.may(shHyphen) {
		if k := n.round41Token(t); k > 0 {
			return k
		}
	}
	if fb&r40First != 0 {
		if k := n.round40Token(t); k > 0 {
			return k
		}
	}
	if fb&r39First != 0 || n.may(shPunct|shWide) {
		if k := n.round39Token(t); k > 0 {
			return k
		}
	}
	if fb&l46First != 0 || n.may(shSlash) {
		if k := n.lead46Token(t); k > 0 {
			return k
		}
	}
	if fb&r38First != 0 || n.may(shPunct) || t.post != "" && t.post[0] == ')' {
		if k := n.round38Token(t); k > 0 {
			return k
		}
	}
	if fb&r36First != 0 {
		if k := n.round36Token(t); k > 0 {
			return k
		}
	}
	if fb&r34First != 0 || n.may(shHyphen|shColon|shDot|shSlash) {
		if k := n.round34Token(t); k > 0 {
			return k
		}
	}
	if fb&l37First != 0 || n.may(shPunct|shWide) {
		if k := n.lead37Token(t); k > 0 {
			return k
		}
	}
	if fb&r33First != 0 {
		if k := n.round33Token(t); k > 0 {
			return k
		}
	}
	if fb&r32First != 0 || n.may(shSlash|shUpper) {
		if k := n.round32Token(t); k > 0 {
			return k
		}
	}
	if fb&r31First != 0 || n.may(shDigit) {
		if k := n.round31Token(t); k > 0 {
			return k
		}
	}
	if fb&r30First != 0 || n.may(shUpper) {
		if k := n.round30Token(t); k > 0 {
			return k
		}
	}
	if fb&r28First != 0 || n.may(shDigit) {
		if k := n.round28Token(t); k > 0 {
			return k
		}
	}
	if fb&r27First != 0 {
		if k := n.round27Token(t); k > 0 {
			return k
		}
	}
	if fb&r26First != 0 {
		if k := n.round26Token(t); k > 0 {
			return k
		}
	}
	if fb&r25First != 0 {
		if k := n.round25Token(t); k > 0 {
			return k
		}
	}
	if k := n.round24Token(t); k > 0 {
		return k
	}
	if n.may(shPunct | shDigit) {
		if k := n.round23Token(t); k > 0 {
			return k
		}
	}
	if fb&r22First != 0 || n.may(shPunct|shWide) {
		if k := n.round22Token(t); k > 0 {
			return k
		}
	}
	if fb&r21First != 0 {
		if k := n.round21Token(t); k > 0 {
			return k
		}
	}
	if fb&r20First != 0 || n.may(shColon) {
		if k := n.round20Token(t); k > 0 {
			return k
		}
	}
	if k := n.round19Token(t); k > 0 {
		return k
	}
	if k := n.round18Token(t); k > 0 {
		return k
	}
	if k := n.round17Token(t); k > 0 {
		return k
	}
	if k := n.round16Token(t); k > 0 {
		return k
	}
	if k := n.round15Token(t); k > 0 {
		return k
	}
	if k := n.round14Token(t); k > 0 {
		return k
	}
	if k := n.round13Token(t); k > 0 {
		return k
	}
	if k := n.round12Token(t); k > 0 {
		return k
	}
	if k := n.round11Token(t); k > 0 {
		return k
	}
	if k := n.round10Token(t); k > 0 {
		return k
	}
	if k := n.round9Token(t); k > 0 {
		return k
	}
	if k := n.round8Token(t); k > 0 {
		return k
	}
	if k := n.round7Token(t); k > 0 {
		return k
	}
	if k := n.round6Token(t); k > 0 {
		return k
	}
	if k := n.round44Late(t); k > 0 {
		return k
	}
	// Each reader is asked only about a token of a shape it can read (see shape).
	if n.may(shDigit) && n.codeRun(t) { // five digits or more
		return 1 // after the rounds' own codes (IBANs, dockets), before compounds read its parts
	}
	if n.product(t) || n.may(shDigit) && n.extensionNumber(t) || n.chat(t) || n.may(shUpper) && (n.timeZone(t) || n.postalState(t)) || n.tech(t) ||
		n.may(shDigit) && n.starCode(t) || n.may(shHyphen) && n.codeIdentifier(t) || n.may(shSlash) && n.airTime(t) || n.may(shDigit) && n.battingAverage(t) {
		return 1
	}
	if n.may(shPunct|shWide) && (n.spacedMinus(t) || n.signedLetter(t)) || n.may(shPunct) && n.heartSign(t) || n.may(shUpper|shWide) && n.weekdayBeforeDate(t) ||
		n.may(shDigit) && (n.poundKey(t) || n.ieeeStandard(t)) || n.may(shSlash) && n.aperture(t) {
		return 1
	}
	switch core {
	case "—", "-", "–", "―", "‒":
		if n.gluedRangeDash(t) {
			n.by("range")
			n.emit(t.raw, "to")
			return 1
		}
		n.raise(len(n.out)-1, Major)
		return 1
	case "x", "×", "X":
		// "10 x 12" → ten by twelve.
		prev, next := n.peek(-1), n.peek(1)
		if prev != nil && next != nil && startsNumeric(prev.core) && startsNumeric(next.core) {
			switch {
			case strings.Contains(next.core, "^"):
				n.by("times")
				n.emit(t.raw, "times") // 3 x 10^8
			case core == "×" && !n.dimension():
				n.by("times")
				n.emit(t.raw, "times") // 3 × 4 = 12
			default:
				n.by("dimensions")
				n.emit(t.raw, "by") // 2 × 4 lumber
			}
			return 1
		}
		if core == "×" {
			n.emit(t.raw, "times")
			return 1
		}
		if pp := n.peek(-2); prev != nil && next != nil && pp != nil && startsNumeric(next.core) && startsNumeric(pp.core) &&
			pp.post == "" && prev.post == "" && isLetterWord(prev.core) && strings.HasSuffix(prev.core, "s") {
			// "3 nights x $189": a count times a price.
			n.by("times")
			n.emit(t.raw, "times")
			return 1
		}
	case "/":
		if n.zoneSlash() || n.sizeSlash() || n.quantitySlash() {
			return 1
		}
		if n.mathSlash() {
			n.by("symbol")
			n.emit(t.raw, "divided", "by")
			return 1
		}
		n.by("symbol")
		n.emit(t.raw, "slash")
		return 1
	case "w/", "W/":
		n.by("abbreviation")
		n.emit(t.raw, "with")
		return 1
	case "w/o", "W/O", "W/o":
		n.by("abbreviation")
		n.emit(t.raw, "without")
		return 1
	case "n/a", "N/A":
		n.by("abbreviation")
		n.emitLetter(t.raw, "n")
		n.emitLetter(t.raw, "a")
		return 1
	case "p.a", "p.a.", "P.A", "P.A.", "pa":
		if prev := n.peek(-1); prev != nil && prev.post == "" && (strings.HasSuffix(prev.core, "%") || strings.EqualFold(prev.core, "percent")) {
			// "0.75% p.a." per annum: a rate a year.
			n.by("abbreviation")
			n.emit(t.raw, "per", "annum")
			n.absorbed = strings.HasPrefix(t.post, ".") && !strings.HasSuffix(core, ".")
			return 1
		}
	case "y/o", "Y/O":
		if prev := n.peek(-1); prev != nil && startsNumeric(prev.core) {
			// "a 54 y/o male": an age.
			n.by("abbreviation")
			n.emit(t.raw, "year", "old")
			return 1
		}
	case "c/o", "C/O":
		n.by("abbreviation")
		n.emit(t.raw, "care", "of")
		return 1
	case "+/-", "+/−", "+-":
		n.by("symbol")
		n.emit(t.raw, "plus", "or", "minus")
		return 1
	case "...", "…":
		n.raise(len(n.out)-1, Minor)
		return 1
	}
	// Markdown headings: a run of '#' before a word is not read.
	if strings.Trim(core, "#") == "" {
		if next := n.peek(1); next != nil && startsNumeric(next.core) && len(core) == 1 {
			n.emit(t.raw, "number")
		} else {
			n.debug("dropped heading marker", "token", t.raw)
		}
		return 1
	}
	// Citation markers: "results [1] were" → the marker is not read.
	if strings.HasSuffix(t.pre, "[") && strings.Trim(core, "0123456789,–-") == "" {
		for k := 0; k < 8; k++ {
			c := n.peek(k)
			if c == nil || strings.Trim(c.core, "0123456789,–-") != "" || k > 0 && c.pre != "" {
				break
			}
			if strings.HasPrefix(c.post, "]") {
				n.debug("dropped citation marker", "token", t.raw)
				return k + 1
			}
		}
	}
	// "No.1", "no.5": number with the period written tight.
	if len(core) > 3 && (core[0] == 'N' || core[0] == 'n') && (core[1] == 'o' || core[1] == 'O') && core[2] == '.' && isDigit(core[3]) {
		n.emit(t.raw, "number")
		sub := *t
		sub.core = core[3:]
		return n.numeric(&sub)
	}
	if k := n.date(); k > 0 {
		n.by("date")
		return k
	}
	if k := n.phoneTokens(); k > 0 {
		n.by("phone number")
		return k
	}
	// Currency codes before the amount: "USD 10", "EUR 5.50".
	if c, ok := currencyCodes[core]; ok && (t.post == "" || core == "Rs" && t.post == ".") {
		if next := n.peek(1); next != nil && next.pre == "" {
			if num, rest, ok := scanNumber(next.core); ok && rest == "" && !(len(num.frac) == 1 && n.peekScale(2) == "") {
				// One decimal digit without a scale word is no amount of money: "INR 2.5" (a
				// lab value), but "USD 2.5 billion".
				n.i++
				n.codedMoney(t, num, c)
				return 1
			}
		}
	}
	// Currency codes glued to the amount: "USD12.50", "EUR9.99", "GBP5 million".
	if len(core) > 3 && isDigit(core[3]) {
		if c, ok := currencyCodes[core[:3]]; ok {
			if num, rest, ok := scanNumber(core[3:]); ok && rest == "" && (!num.hasPoint || len(num.frac) == 2) {
				n.codedMoney(t, num, c)
				return 1
			}
		}
	}
	if n.mixedIdentifier(t) {
		return 1
	}
	if strings.Contains(core, "@") && startsNumeric(core) {
		if n.atSpec(t) {
			return 1
		}
		if isEmail(core) {
			n.by("email address") // "5@example.com"
			n.address(t.raw, core)
			return 1
		}
	}
	if startsNumeric(core) {
		start := len(n.out)
		negative := (core[0] == '-' || strings.HasPrefix(core, "−")) && n.negativeContext()
		k := n.numeric(t)
		if signed := core[0] == '-' || strings.HasPrefix(core, "−"); signed && start < len(n.out) && n.out[start].Text != "minus" && n.out[start].Text != "negative" && slashedNumber(core) {
			// A reader of a fraction says no sign of its own: "the slope is −2/3" negative
			// two thirds, "−3/8 inch" minus three eighths inch. A sign is never dropped.
			w := n.out[start]
			w.Text, w.Letter, w.Break = "minus", false, NoBreak
			n.out = slices.Insert(n.out, start, w)
		}
		if negative && start < len(n.out) && n.out[start].Text == "minus" {
			n.out[start].Text = "negative"
			n.rule = "negative number (mathematics)"
		}
		return k
	}
	// Leading symbols before a number: ~5, <10, ≈3, ±2, >90%.
	if r, size := utf8.DecodeRuneInString(core); size < len(core) {
		switch r {
		case '~', '≈', '<', '>', '≤', '≥', '±', '=', '÷':
			if rest := core[size:]; startsNumeric(rest) {
				n.by("sign and number")
				n.emit(t.raw, strings.Fields(symbolWords[string(r)])...)
				sub := *t
				sub.core = rest
				return n.numeric(&sub)
			}
		}
	}
	if n.may(shDigit) && n.medicalEvery(t) { // "q6h"
		return 1
	}
	// Musical sharps and languages: C#, F#.
	if len(core) == 2 && core[1] == '#' && core[0] >= 'A' && core[0] <= 'G' {
		n.by("sharp")
		n.emitLetter(t.raw, strings.ToLower(core[:1]))
		n.emit(t.raw, "sharp")
		return 1
	}
	switch core[0] {
	case '#':
		return n.hashtag(t)
	case '@':
		if len(core) > 1 && !strings.Contains(core[1:], "@") {
			n.by("handle")
			n.handle(t)
			return 1
		}
	}
	if n.may(shDot) && isEmail(core) { // a point after the @
		n.by("email address")
		n.address(t.raw, core)
		return 1
	}
	if n.may(shDot|shColon) && isURL(core) { // "://" or a point
		n.address(t.raw, core)
		return 1
	}
	if n.abbrev(t) {
		n.by("abbreviation")
		return 1
	}
	if n.roman(t) {
		n.by("roman numeral")
		return 1
	}
	if w, ok := symbolWords[core]; ok && core != "x" {
		if prev, next := n.peek(-1), n.peek(1); core == "^" && !(prev != nil && next != nil && startsNumeric(prev.core) && startsNumeric(next.core)) {
			// A caret standing alone points at what is above ("^ this"); "2 ^ 10" is a power.
			n.by("caret")
			return 1
		}
		if prev := n.peek(-1); core == "©" && prev != nil && strings.EqualFold(prev.core, "copyright") {
			n.by("copyright sign after its word") // "Copyright © 2024": the sign says it again
			return 1
		}
		n.by("symbol")
		n.emit(t.raw, strings.Fields(w)...)
		return 1
	}
	// Trailing percent or degree on a non-numeric token is read after it.
	n.general(t)
	return 1
}

// general reads anything else: words and mixtures, dropping what cannot
// be spoken (emoji, other scripts, stray symbols) with a log line.
func (n *normalizer) general(t *token) {
	s := t.core
	if isLetterWord(s) {
		n.word(t.raw, s)
		return
	}
	if strings.IndexFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && !strings.ContainsRune("'’-‐‑–/\\|_+&=.·", r)
	}) >= 0 && !isEmojiStart(s) {
		n.leftOver(t)
	}
	speakable := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			speakable = true
			break
		}
	}
	if !speakable {
		// A run of symbols: read emoji and the known symbols, drop the rest.
		for i := 0; i < len(s); {
			if k := n.emoji(t.raw, s[i:]); k > 0 {
				i += k
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if r == '^' {
				n.by("caret") // "^^" points up, it is not a power
				continue
			}
			if w, ok := symbolWords[string(r)]; ok && r != 'x' && r != '/' {
				n.by("symbol")
				n.emit(t.raw, strings.Fields(w)...)
			} else if r != vs16 && r != vs15 {
				n.drop("dropped symbol", r)
			}
		}
		return
	}
	// Separate symbols glued to words: "AT&T" stays a compound; "word%" etc.
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] >= 0x80 && isEmojiStart(s[i:]) {
			if b.Len() > 0 {
				n.word(t.raw, b.String())
				b.Reset()
			}
			i += n.emoji(t.raw, s[i:])
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if w, ok := symbolWords[string(r)]; ok && r >= 0x370 && r <= 0x3ff && mixedGreek(s) {
			// A Greek letter glued to others: "πr²" pi r squared.
			if b.Len() > 0 {
				n.word(t.raw, b.String())
				b.Reset()
			}
			n.emit(t.raw, strings.Fields(w)...)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || strings.ContainsRune("'’-‐‑–/\\|_+&=.·", r) {
			b.WriteRune(r)
			continue
		}
		if (r == '®' || r == '™' || r == '℠') && b.Len() > 0 {
			// A mark glued to a brand name is not read: "Acme®" acme.
			n.by("trademark sign")
			continue
		}
		if w, ok := symbolWords[string(r)]; ok && r != 'x' {
			if r == '~' && i < len(s) && isAlnum(s[i]) && strings.IndexFunc(b.String(), unicode.IsLetter) >= 0 {
				w = "tilde" // glued between a word and what follows: git's "HEAD~3", "main~2"
			}
			if b.Len() > 0 {
				n.word(t.raw, b.String())
				b.Reset()
			}
			if r == '~' && i < len(s) && s[i] == '/' {
				w = "tilde" // a home directory: "~/.bashrc"
			}
			n.emit(t.raw, strings.Fields(w)...)
			continue
		}
		if r == ',' && b.Len() > 0 && isDigit(b.String()[b.Len()-1]) && i < len(s) && isDigit(s[i]) {
			b.WriteRune(r) // a thousands separator: "n=1,200"
			continue
		}
		if r == ',' || r == ';' || r == ':' || r == '!' || r == '?' || r == '(' || r == ')' || r == '"' {
			if b.Len() > 0 {
				n.word(t.raw, b.String())
				b.Reset()
			}
			continue
		}
		n.drop("dropped symbol", r)
	}
	if b.Len() > 0 {
		w := b.String()
		if w != s && startsNumeric(w) {
			sub := *t
			sub.core = w
			n.numeric(&sub)
			return
		}
		n.word(t.raw, w)
	}
}

// codedMoney reads an amount written with a currency code ("USD 10", "USD12.50"), taking a scale
// word after it ("GBP5 million"); n.i is at the amount's last token.
func (n *normalizer) codedMoney(t *token, num number, c currency) {
	sc := ""
	if sc = n.scaleAfter(); sc != "" {
		n.i++
		sc = n.croreAfter(sc)
	}
	n.by("money")
	n.emit(t.raw, appendMoney(nil, num, c, sc)...)
}

// slashedNumber reports a signed number with a slash, as a fraction is written: "−2/3",
// "-3/8", "−7.5/10".
func slashedNumber(core string) bool {
	s := strings.TrimPrefix(strings.TrimPrefix(core, "-"), "−")
	a, b, ok := strings.Cut(s, "/")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789.") == "" && allDigits(b)
}

// speedLens is the set of a map's key lengths (the last bit standing for 63 bytes and more), so
// a reader can leave a token whose length no key has without a lookup (speed). It is computed once from a table no code changes after its declaration.
type speedLens uint64

func speedLensOf[V any](m map[string]V) speedLens {
	var l speedLens
	for k := range m {
		l |= 1 << min(len(k), 63)
	}
	return l
}

// may reports whether a key of s's length exists.
func (l speedLens) may(s string) bool { return l&(1<<min(len(s), 63)) != 0 }

// speedLookup returns m[s] (and whether it is there), looked up only when a key of s's length
// exists (l is speedLensOf(m)).
func speedLookup[V any](m map[string]V, l speedLens, s string) (V, bool) {
	if !l.may(s) {
		var zero V
		return zero, false
	}
	v, ok := m[s]
	return v, ok
}

var (
	speedPeriodOverLens  = speedLensOf(periodOver)
	speedPeriodAfterLens = speedLensOf(periodAfterNumber)
	speedProductLens     = speedLensOf(productNames)
	speedOilRateLens     = speedLensOf(oilRates)
	speedRegisterLens    = speedLensOf(registerAbbrevs)
)

// speedSplitAtMost appends the parts of s around sep to dst, as strings.Split(s, string(sep))
// returns them, while they fit dst's capacity; ok is false when there are more (speed: a reader
// that wants a few parts takes them in an array on its stack, with no allocation).
func speedSplitAtMost(dst []string, s string, sep byte) (parts []string, ok bool) {
	for {
		if len(dst) == cap(dst) {
			return dst, false
		}
		i := strings.IndexByte(s, sep)
		if i < 0 {
			return append(dst, s), true
		}
		dst = append(dst, s[:i])
		s = s[i+1:]
	}
}
