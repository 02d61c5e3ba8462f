package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTokenBytes caps a single whitespace-delimited token. Longer tokens are
// cut (with a Warn log line) so that pathological input stays linear-time
// and produces bounded speech; digit strings are exempt (they are read digit
// by digit, which is linear).
const maxTokenBytes = 1024

// maxWordLetters is the longest run of letters read as one word; longer
// runs are spelled letter by letter (they are not words of any language).
const maxWordLetters = 40

// token is one whitespace-delimited chunk with its punctuation separated.
type token struct {
	raw string // the chunk as written (full-width forms folded, cut at maxTokenBytes)
	// start and end locate the token in the sentence: the whole chunk as written, or the
	// piece of it a dash split off.
	start, end int
	pre        string // leading punctuation (quotes, brackets)
	core       string // the chunk without surrounding punctuation
	post       string // trailing punctuation
	emph       bool   // wrapped in *stars* or _underscores_
	// speedLow is strings.ToLower(speedLowOf), kept so the readers that each lower-case a
	// token (some four hundred calls in the rounds) do it once (lower; speed).
	speedLow, speedLowOf string
}

// lower returns strings.ToLower(t.core), computed once per token and core: a reader that
// gives a token another core (sub := *t; sub.core = …) gets that core's lower case.
func (t *token) lower() string {
	if t.speedLowOf != t.core {
		t.speedLow, t.speedLowOf = strings.ToLower(t.core), t.core
	}
	return t.speedLow
}

// hasDot reports a period right after the core ("Dr." "U.S.").
func (t *token) hasDot() bool { return strings.HasPrefix(t.post, ".") }

const leadPunct = "\"'“”‘’«»‹›([{¿¡„‚*_`"
const trailPunct = ".,;:!?…\"'”’“‘»«›‹)]}‽。，、！？；：*_`"

// tokenize splits a sentence into tokens. Dashes used as punctuation
// (em dash, "--", a spaced hyphen, an en dash between words) become tokens
// of their own.
func tokenize(toks []token, s string, n *normalizer) []token {
	for rest := s; ; {
		chunk := ""
		chunk, rest = nextField(rest)
		if chunk == "" {
			break
		}
		start := len(s) - len(rest) - len(chunk)
		end := start + len(chunk)
		exact := true // chunk is s[start:end]
		if len(chunk) > maxTokenBytes && !allDigitsOrSeparators(chunk) {
			cut := maxTokenBytes
			for cut > 0 && !utf8.RuneStart(chunk[cut]) {
				cut--
			}
			n.debug("token truncated", "bytes", len(chunk), "kept", cut)
			n.opts.Dropped.cut(len(chunk) - cut)
			chunk = chunk[:cut]
		}
		if hasNonASCII(chunk) {
			if f := foldWidth(chunk); f != chunk {
				chunk, exact = f, false
			}
		}
		if pieces := splitChunk53(chunk, len(toks) > 0 && endsDigit53(toks[len(toks)-1].raw), rest, s); pieces != nil {
			// "2 * 3", "7*8", "68*F", "+/-0.5", "2h03:59": signs written with ASCII for
			// others (the lead's round fifty-three).
			for _, p := range pieces {
				a, b := start, end
				if exact {
					a, b = start+p.start, start+p.end
				}
				toks = append(toks, makeToken(p.text, a, b))
			}
			continue
		}
		if pieces := splitEllipses44(chunk); pieces != nil {
			// "WINDS...105", "...HEAT", "hours…medium…60": each piece a token (round 44).
			for _, p := range pieces {
				for _, piece := range splitDashes(p.text) {
					a, b := start, end
					if exact {
						a, b = start+p.start+piece.start, start+p.start+piece.end
					}
					toks = append(toks, makeToken(piece.text, a, b))
				}
			}
			continue
		}
		if k := dayMonthSlash74(chunk, true); k > 0 {
			// "Dec. 31/Jan. 1": a day, a slash and the next date's month (round seventy-four),
			// split so each date is read as one and the slash between them, standing alone, is unsaid.
			a, b := start, end
			if exact {
				a, b = start+k, start+k+1
			}
			toks = append(toks, makeToken(chunk[:k], start, a), makeToken("/", a, b), makeToken(chunk[k+1:], b, end))
			continue
		}
		if k, size := dayMonthDash(chunk); k > 0 {
			// "26–Sept.", "21-Nov.": a day, a dash and the next month (the lead's round
			// forty-six), split so the dash reads as a span's "to" (spacedMinus).
			a, b := start, end
			if exact {
				a, b = start+k, start+k+size
			}
			toks = append(toks, makeToken(chunk[:k], start, a), makeToken("–", a, b), makeToken(chunk[k+size:], b, end))
			continue
		}
		if strings.IndexByte(chunk, 0xE2) < 0 && !strings.Contains(chunk, "--") || chunk == "–" {
			// An en dash standing alone stays one, as a spaced hyphen does, so the readers
			// can tell "5 – 10" (to) from an em dash's pause.
			toks = append(toks, makeToken(chunk, start, end))
			continue
		}
		for _, piece := range splitDashes(chunk) {
			a, b := start, end
			if exact {
				a, b = start+piece.start, start+piece.end
			}
			toks = append(toks, makeToken(piece.text, a, b))
		}
	}
	return toks
}

// nextField returns the first whitespace-delimited field of s and the rest.
func nextField(s string) (string, string) {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	j := i
	for j < len(s) {
		c := s[j]
		if c < 0x80 {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += size
	}
	return s[i:j], s[j:]
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// foldWidth maps full-width ASCII forms (１２３, ＡＢＣ), the tilde operator ∼ and decimal digits of
// other scripts (٣, ३) and subscript digits (CO₂) to ASCII so they are read like ASCII.
func foldWidth(s string) string {
	changed := false
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E || r == 0x223C || r > 0x7F && unicode.IsDigit(r) || r >= 0x2080 && r <= 0x2089 || superscriptDigit(r) >= 0 {
			changed = true
			break
		}
	}
	if !changed {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if k := tenPower(rs, i); k > 0 {
			// A power of ten in superscript: "10⁹/L" is written 10^9/L, as the power reader reads it.
			b.WriteByte('^')
			for _, q := range rs[i : i+k] {
				if q == '⁻' {
					b.WriteRune('−') // a minus sign, which the tokenizer does not split at as it does a hyphen
				} else {
					b.WriteByte(byte('0' + superscriptDigit(q)))
				}
			}
			i += k - 1
			continue
		}
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			b.WriteRune(r - 0xFEE0)
		case r == 0x223C:
			// The tilde operator, which papers and PDFs print for ~ ("∼40 km"), is read as ~ is
			// (round seventy-four).
			b.WriteByte('~')
		case r >= 0x2080 && r <= 0x2089:
			// Subscript digits, as in formulas ("CO₂", "H₂O", "x₁"), are read as digits.
			b.WriteByte(byte('0' + r - 0x2080))
		case r > 0x7F && unicode.IsDigit(r):
			// Decimal digits come in blocks of ten starting at zero.
			zero := r
			for k := 0; k < 9 && unicode.IsDigit(zero-1); k++ {
				zero--
			}
			b.WriteByte(byte('0' + (r-zero)%10))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// superscriptDigit returns the value of a superscript digit, or -1.
func superscriptDigit(r rune) int {
	switch {
	case r == '⁰':
		return 0
	case r == '¹':
		return 1
	case r == '²':
		return 2
	case r == '³':
		return 3
	case r >= '⁴' && r <= '⁹':
		return int(r-'⁴') + 4
	}
	return -1
}

// tenPower returns the length of a run of superscript digits (with a leading superscript minus)
// at rs[i] that is a power of ten, after "10" standing alone ("10⁵", "10⁻³", "2 × 10¹²"), or 0:
// elsewhere a superscript is a square or cube ("5²", "m²") or a footnote mark, read as before.
func tenPower(rs []rune, i int) int {
	if i < 2 || rs[i-1] != '0' || rs[i-2] != '1' || i >= 3 && (rs[i-3] >= '0' && rs[i-3] <= '9' || rs[i-3] == '.' || rs[i-3] == ',') {
		return 0
	}
	k := i
	if rs[k] == '⁻' {
		k++
	}
	for k < len(rs) && superscriptDigit(rs[k]) >= 0 {
		k++
	}
	if k == i || rs[i] == '⁻' && k == i+1 || k == i+1 && (rs[i] == '²' || rs[i] == '³') {
		return 0 // "10²" stays ten squared
	}
	return k - i
}

func allDigitsOrSeparators(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && c != ',' && c != '.' && c != '-' && c != '+' {
			return false
		}
	}
	return true
}

// dashPiece is a piece of a chunk split at dashes: its text and where it is in the chunk.
type dashPiece struct {
	text       string
	start, end int
}

// splitDashes separates em dashes, "--" and en dashes not between digits. A dash becomes the
// piece "—" whatever it was.
func splitDashes(chunk string) []dashPiece {
	if strings.IndexByte(chunk, 0xE2) < 0 && !strings.Contains(chunk, "--") {
		return []dashPiece{{chunk, 0, len(chunk)}}
	}
	var out []dashPiece
	start := 0
	for i := 0; i < len(chunk); {
		r, size := utf8.DecodeRuneInString(chunk[i:])
		dashLen := 0
		switch {
		case r == '—' || r == '―':
			dashLen = size
		case r == '-' && i+1 < len(chunk) && chunk[i+1] == '-':
			dashLen = 2
			for i+dashLen < len(chunk) && chunk[i+dashLen] == '-' {
				dashLen++
			}
			if i+dashLen < len(chunk) && chunk[i+dashLen] == '>' && (i == 0 || chunk[i-1] != '<') {
				// "-->", "--->": an arrow typed with a longer shaft is the arrow "->" (round
				// fifty-six; it was a dash and a greater-than sign).
				if i > start {
					out = append(out, dashPiece{chunk[start:i], start, i})
				}
				out = append(out, dashPiece{"->", i, i + dashLen + 1})
				i += dashLen + 1
				start = i
				continue
			}
		case r == '–':
			prevDigit := i > 0 && (chunk[i-1] >= '0' && chunk[i-1] <= '9' || chunk[i-1] == 'm' || chunk[i-1] == 'M' || chunk[i-1] == '%')
			nextDigit := i+size < len(chunk) && (chunk[i+size] >= '0' && chunk[i+size] <= '9' || chunk[i+size] == '$')
			prevLetter := i > 0 && isASCIILetter(rune(chunk[i-1]))
			nextLetter := i+size < len(chunk) && isASCIILetter(rune(chunk[i+size]))
			if !(prevDigit && nextDigit) && !(prevLetter && nextLetter) {
				dashLen = size
			}
		}
		if dashLen == 0 {
			i += size
			continue
		}
		if i > start {
			out = append(out, dashPiece{chunk[start:i], start, i})
		}
		out = append(out, dashPiece{"—", i, i + dashLen})
		i += dashLen
		start = i
	}
	if start < len(chunk) {
		out = append(out, dashPiece{chunk[start:], start, len(chunk)})
	}
	return out
}

// makeToken separates leading and trailing punctuation from a chunk found at s[start:end].
func makeToken(chunk string, start, end int) token {
	t := token{raw: chunk, start: start, end: end}
	core := chunk
	// Leading punctuation; keep an apostrophe before digits ('90s).
	for core != "" {
		r, size := utf8.DecodeRuneInString(core)
		if !strings.ContainsRune(leadPunct, r) {
			break
		}
		if (r == '\'' || r == '’' || r == '‘') && len(core) > size && core[size] >= '0' && core[size] <= '9' {
			break
		}
		if (r == '*' || r == '_') && len(core) > size {
			t.emph = true
		}
		core = core[size:]
	}
	t.pre = chunk[:len(chunk)-len(core)]
	k := len(core)
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(core[:k])
		if !strings.ContainsRune(trailPunct, r) {
			break
		}
		k -= size
	}
	t.post = core[k:]
	t.core = core[:k]
	if t.emph && !strings.ContainsAny(t.post, "*_") {
		t.emph = false
	}
	return t
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
func isDigit(b byte) bool       { return b >= '0' && b <= '9' }

func isUpperWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// word normalizes a token without digits or special symbols: plain words,
// contractions, acronyms, CamelCase, hyphenated compounds.
func (n *normalizer) word(src, s string) {
	if s == "" {
		return
	}
	// Hyphen, slash and other inner separators split into parts.
	if i := speedJoinerIndex(s); i >= 0 {
		if un, ok := unitWord(s, false); ok && strings.Contains(s, "/") {
			n.emit(src, strings.Fields(un.plural)...)
			return
		}
		n.compound(src, s)
		return
	}
	s = foldLatin(s, n)
	if s == "" {
		return
	}
	// Letters mixed with digits: B2B, MP3, 3D, H2O.
	if strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
		n.alnum(src, s)
		return
	}
	// Abbreviations written with inner periods: U.S, e.g, Ph.D.
	if strings.Contains(s, ".") {
		n.dotted(src, s)
		return
	}
	n.letters(src, s)
}

// compound splits at hyphens, slashes and similar inner separators.
func (n *normalizer) compound(src, s string) {
	if n.compoundDepth >= maxCompoundDepth {
		// A piece came back to compound unsplit too many times: read it character by character
		// rather than recurse without end (a stack overflow is fatal to the whole process).
		n.by("compound nested too deeply: characters")
		n.characters(src, s)
		return
	}
	n.compoundDepth++
	defer func() { n.compoundDepth-- }()
	n.by("compound")
	if a, b, ok := strings.Cut(strings.ReplaceAll(s, "–", "-"), "-"); ok && isCapitalized(a) && isCapitalized(b) {
		// Day and month ranges: Mon-Fri, Jan-Mar.
		fa, fb := dayOrMonth(a), dayOrMonth(b)
		if fa != "" && fb != "" {
			n.emit(src, fa, "to", fb)
			return
		}
	}
	if names := slashedDays(s); names != nil {
		// Days or months joined by slashes: "closed Sat/Sun" saturday and sunday, "Mon/Wed/Fri"
		// monday wednesday and friday, "Jan/Feb" january and february.
		n.emit(src, names...)
		return
	}
	if a, b, ok := strings.Cut(strings.ReplaceAll(s, "–", "-"), "-"); ok && (a == "noon" || a == "midnight" || b == "noon" || b == "midnight") && (timeLike(&token{core: a}) || timeLike(&token{core: b})) {
		// "noon-1pm" noon to one p m.
		n.part(src, a)
		n.emit(src, "to")
		n.part(src, b)
		return
	}
	start, sign := 0, -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		sep := ""
		switch r {
		case '-', '‐', '‑', '·', '–':
			sep = " "
		case '_':
			sep = " "
			if innerUnderscore(s, i) {
				// An underscore between letters or digits is part of a name someone types (a
				// handle, a variable, a file): read, as in an address ("mike_77").
				sep = "underscore"
			}
		case '/':
			sep = "slash"
		case '\\':
			sep = "backslash"
		case '+':
			sep = "plus"
		case '&':
			sep = "and"
		case '=':
			sep = "equals"
		case '÷':
			sep = "divided by"
		case '|':
			sep = " "
		}
		if sep == "" || r == '-' && signedExponent(s[start:i], s[i+size:]) {
			if sep != "" && sign < 0 {
				sign = i // an exponent's sign, kept inside the piece
			}
			i += size
			continue
		}
		part := s[start:i]
		if part != "" {
			n.compoundPart(src, part, s[:start])
		}
		if sep != " " {
			if sep == "slash" && part != "" && i+size < len(s) {
				if or := slashWord(part, s[i+size:]); or != "" {
					sep = or
				} else if n.perCount(part, s[i+size:]) {
					sep = "per" // "3-4 cups/day" cups per day
				} else if un, ok := n.countPerUnit(part, s[i+size:]); ok {
					n.emit(src, "per") // "250 cells/µL" cells per microliter
					n.emit(src, strings.Fields(un.sing)...)
					return
				} else if start == 0 && (n.wordSlash(part, s[i+size:]) || negatedPair(part, s[i+size:])) {
					sep = "-" // "Kitchen/diner" kitchen diner: two words, no slash said
				} else if n.r48HyphenedSlash(s[:i], s[i+size:]) {
					sep = "-" // "Check-in/check-out" check in check out (round forty-eight)
				}
			}
			if sep != "-" {
				n.emit(src, strings.Fields(sep)...)
			}
		}
		i += size
		start = i
	}
	if start == 0 && sign > 0 && !(startsNumeric(s) && s[0] != '-' && s[0] != '+' && n.inPart < 3) {
		// Nothing else split the token and part would hand it back to word: read the exponent's
		// sign here, or the token would come back to compound without end ("0(5e-4.5"; "10^-3"
		// goes to the numeric reader as before).
		n.compoundPart(src, s[:sign], "")
		n.emit(src, "minus")
		n.compoundPart(src, s[sign+1:], s[:sign+1])
		return
	}
	if start < len(s) {
		n.compoundPart(src, s[start:], s[:start])
	}
}

// innerUnderscore reports whether the underscore at s[i] stands between an ASCII letter or
// digit and another ("mike_77", "maria_k"), not in a run of blanks ("___") or at an edge.
func innerUnderscore(s string, i int) bool {
	return i > 0 && i+1 < len(s) && isASCIIAlnum(s[i-1:i]) && isASCIIAlnum(s[i+1:i+2])
}

// compoundPart reads a piece of a hyphenated compound; a unit symbol after
// a number is an adjective and singular ("10-km run", "5-min break").
// maxCompoundDepth bounds how many compound readings may be under way at once in one token
// (compound → part → word → compound …). Real tokens nest two or three deep ("lr=3e-4",
// "x-1/2-y"); a reader that hands a piece back unsplit would otherwise recurse without end, as
// "0(5e-4.5" once did.
const maxCompoundDepth = 8

// characters reads s one character at a time: letters spelled, digits named, anything else
// left out. It is the fallback that cannot recurse.
func (n *normalizer) characters(src, s string) {
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n.emit(src, appendInteger(nil, string(r))...)
		case unicode.IsLetter(r):
			n.emitLetter(src, string(unicode.ToLower(r)))
		}
	}
}

func (n *normalizer) compoundPart(src, part, before string) {
	if n.eNotationOf(src, part) {
		return // "lr=3e-4" three e minus four
	}
	if len(before) >= 2 && isDigit(before[len(before)-2]) {
		if un, ok := unitWord(part, true); ok && len(part) > 1 {
			n.emit(src, strings.Fields(un.sing)...)
			return
		}
	}
	n.part(src, part)
}

// dayOrMonth expands a capitalized weekday or month name or abbreviation.
func dayOrMonth(s string) string {
	l := strings.ToLower(s)
	if m := monthIndex[l]; m > 0 {
		return monthNames[m]
	}
	if weekdayAbbrev[l] {
		return abbrevs[l]
	}
	switch l {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return l
	}
	return ""
}

// slashWord reads "and/or" and "he/she" with "or"; other slashes stay "slash".
func slashWord(left, right string) string {
	l := strings.ToLower(left)
	r := strings.ToLower(right)
	if j := strings.IndexAny(r, "/-"); j >= 0 {
		r = r[:j]
	}
	pair := l + "/" + r
	switch pair {
	case "and/or", "over/under", "fan/gas":
		return "-"
	case "he/she", "she/he", "him/her", "her/him", "his/her", "her/his", "his/hers", "s/he", "yes/no", "true/false", "on/off", "either/or":
		return "or"
	}
	if pronounSets[pair] {
		return "-" // "she/her pronouns": the set is read as its words
	}
	if waistLeg(left, right) {
		return "-" // "W32/L34": a waist and a leg, not read with a slash
	}
	return ""
}

// part normalizes one piece of a compound, which may be numeric.
func (n *normalizer) part(src, p string) {
	if p == "" {
		return
	}
	if allDigits(p) {
		n.emit(src, appendInteger(nil, p)...)
		return
	}
	if n.filePart(src, p) || n.versionPart(src, p) {
		return
	}
	if startsNumeric(p) && p[0] != '-' && p[0] != '+' && n.inPart < 3 {
		n.inPart++
		sub := token{raw: src, core: p}
		n.numeric(&sub)
		n.inPart--
		return
	}
	if n.namedPart(src, p) {
		return
	}
	n.word(src, p)
}

// filePart reads a compound's piece that ends in a file name's extension ("v2.3.1.exe",
// "x64.exe" in "setup-v2.3.1-x64.exe"): its stem as a piece, then the extension as a file name's
// is read ("dot e x e"; it was "exe", glued to the stem). A stem of digits alone stays a number.
func (n *normalizer) filePart(src, p string) bool {
	i := strings.LastIndexByte(p, '.')
	if i <= 0 || i == len(p)-1 || allDigits(p[:i]) {
		return false
	}
	ext := strings.ToLower(p[i+1:])
	e, ok := fileTypes[ext]
	if !ok || topLevel[ext] {
		return false
	}
	n.by("file name")
	n.part(src, p[:i])
	n.emit(src, "dot")
	n.emit(src, strings.Fields(e)...)
	return true
}

// versionPart reads a compound's piece "v2.3.1" as the token alone is read, version two point
// three point one (it was "v two three one").
func (n *normalizer) versionPart(src, p string) bool {
	if len(p) < 4 || p[0] != 'v' && p[0] != 'V' || !isVersionString(p[1:]) {
		return false
	}
	n.by("version")
	n.emit(src, "version")
	n.emit(src, appendVersion(nil, p[1:])...)
	return true
}

// alnum reads a token mixing letters and digits: runs of digits as
// numbers, runs of letters as words or spelled letters.
func (n *normalizer) alnum(src, s string) {
	n.by("letters and digits")
	// Ordinals glued to letters never reach here; split into runs.
	i := 0
	for i < len(s) {
		j := i
		digit := isDigit(s[i])
		for j < len(s) && isDigit(s[j]) == digit {
			j++
		}
		run := s[i:j]
		if v := atoiSmall(run); digit && len(run) == 4 && v >= 1900 && v <= 2099 && (i > 0 || len(s)-j >= 3 && isCapitalized(s[j:])) {
			n.emit(src, appendYear(nil, v)...) // SummerVibes2024
		} else if digit && i > 0 && (len(run) == 3 || len(run) == 4) && run[0] != '0' {
			n.emit(src, appendPaired(nil, run)...) // A380, AA1234: model and flight numbers
		} else if digit {
			n.emit(src, appendInteger(nil, run)...)
		} else if run == "." && i > 0 && j < len(s) && isDigit(s[i-1]) && isDigit(s[j]) {
			n.emit(src, "point") // KH9.9, GT3.5: a model's decimal (the lead's round fifty-three)
		} else if n.productWord(run) {
			n.emit(src, strings.ToLower(run)) // ARM64 arm sixty four
		} else {
			n.letters(src, run)
		}
		i = j
	}
}

// productWord reports three capitals glued to digits in a product name that are said as the
// word the lexicon knows ("ARM64" arm sixty four, "ION3"), not spelled like "RTX4090" or
// "MP3": a pronounceable word that is not an acronym spelled by custom.
func (n *normalizer) productWord(run string) bool {
	if len(run) != 3 || !isUpperWord(run) || spelledAcronyms[run] || n.opts.IsWord == nil {
		return false
	}
	l := strings.ToLower(run)
	return pronounceable(l) && n.opts.IsWord(l)
}

// dotted reads tokens with inner periods: "U.S" and "e.g" (the final period
// is in the token's post), "Ph.D", or words joined by dots.
func (n *normalizer) dotted(src, s string) {
	n.by("dotted abbreviation")
	parts := strings.Split(s, ".")
	single := true
	for _, p := range parts {
		if utf8.RuneCountInString(p) > 2 {
			single = false
		}
	}
	if single && letterHost45(parts) {
		// "t.co", "x.ai": a one-letter host and a two-letter web ending (round forty-five;
		// they were dotted initials, t c o).
		n.address(src, s)
		return
	}
	if single {
		if exp, ok := dottedAbbrev[strings.ToLower(s)]; ok {
			n.emit(src, strings.Fields(exp)...)
			n.absorbed = true
			return
		}
		for k, p := range parts {
			if k == len(parts)-1 && k > 0 && (p == "'s" || p == "’s") && len(n.out) > 0 && n.out[len(n.out)-1].Letter {
				n.out[len(n.out)-1].Text += "'s" // "U.K.'s" u k's, as "EU's" (the lead's round forty-six)
				break
			}
			for _, r := range p {
				n.emitLetter(src, string(unicode.ToLower(r)))
			}
		}
		n.absorbed = true
		return
	}
	for k, p := range parts {
		if k > 0 {
			if isCapitalized(p) && !isUpperWord(p) && len(parts[k-1]) > 1 && !isCapitalized(parts[k-1]) {
				// A missing space after a full stop: "end.Next".
				n.raise(len(n.out)-1, Major)
			} else {
				n.emit(src, "dot")
			}
		}
		n.letters(src, p)
	}
}

// dottedAbbrev are abbreviations written with inner periods.
var dottedAbbrev = map[string]string{
	"e.g": "for example", "i.e": "that is", "a.m": "a m", "p.m": "p m",
	"a.k.a": "also known as", "n.b": "note", "c.v": "c v", "r.i.p": "rest in peace",
	"et.al": "et al", "ph.d": "p h d", "b.c": "b c", "a.d": "a d",
}

// letters reads a run of letters (and apostrophes): a word, an acronym, a
// CamelCase compound or spelled letters.
func (n *normalizer) letters(src, s string) {
	s = strings.Trim(strings.ReplaceAll(s, "’", "'"), "'")
	if s == "" {
		return
	}
	if !isLetterWord(s) {
		s = keepSpeakable(s, n)
		if s == "" {
			return
		}
	}
	if len(s) > maxWordLetters {
		for _, r := range s {
			if r != '\'' {
				n.emitLetter(src, string(unicode.ToLower(r)))
			}
		}
		return
	}
	// Acronyms with a plural or possessive ending: CDs, ATMs, NASA's.
	core, suffix := s, ""
	if strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "'S") {
		core, suffix = s[:len(s)-2], "'s"
	} else if len(s) >= 3 && s[len(s)-1] == 's' && isUpperWord(s[:len(s)-1]) {
		core, suffix = s[:len(s)-1], "'s"
	}
	if isUpperWord(core) {
		n.acronym(src, core, suffix)
		return
	}
	if parts := splitCamel(s); len(parts) > 1 {
		n.by("camel case")
		for _, p := range parts {
			lp := strings.ToLower(p)
			if isUpperWord(p) && len(p) > 1 {
				n.acronym(src, p, "")
			} else if len(p) <= 3 && len(p) > 1 && !pronounceable(lp) && !n.shortCamelWord(p, lp) {
				for k := 0; k < len(lp); k++ {
					n.emitLetter(src, lp[k:k+1])
				}
			} else if len(p) == 1 && p != "a" && p != "A" {
				n.emitLetter(src, strings.ToLower(p))
			} else {
				n.emit(src, strings.ToLower(p))
			}
		}
		return
	}
	lower := strings.ToLower(s)
	if lower == "www" || len(lower) >= 2 && len(lower) <= 5 && !strings.ContainsAny(lower, "aeiouy'") && !interjections[lower] {
		// Vowel-less abbreviations are spelled: rn, ppl, thx, www.
		n.by("spelled")
		for k := 0; k < len(lower); k++ {
			n.emitLetter(src, lower[k:k+1])
		}
		return
	}
	if utf8.RuneCountInString(lower) == 1 && lower != "a" && lower != "i" {
		n.emitLetter(src, lower)
		return
	}
	n.emit(src, lower)
}

// interjections are vowel-less words that are said, not spelled.
var interjections = setOf("hmm hm mm mmm hmmm shh sh shhh psst pst brr brrr grr grrr tsk nth zzz pfft ssh")

// isLetterWord reports ASCII letters and apostrophes only.
func isLetterWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'') {
			return false
		}
	}
	return true
}

// keepSpeakable drops characters that cannot be spoken (logging them).
func keepSpeakable(s string, n *normalizer) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (isASCIILetter(r) || r == '\'') {
			b.WriteRune(r)
		} else {
			n.drop("dropped character", r)
		}
	}
	return b.String()
}

// splitCamel splits "iPhone" → i Phone, "YouTube" → You Tube,
// "HTMLParser" → HTML Parser; Mc/Mac/O' names stay whole.
func splitCamel(s string) []string {
	if len(s) < 3 || strings.Contains(s, "'") || strings.IndexFunc(s[1:], func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 {
		return nil
	}
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "Du", "Fitz"} {
		if strings.HasPrefix(s, p) && len(s) > len(p) && s[len(p)] >= 'A' && s[len(p)] <= 'Z' {
			if strings.IndexFunc(s[len(p)+1:], unicode.IsUpper) < 0 {
				return nil
			}
		}
	}
	var parts []string
	start := 0
	for i := 1; i < len(s); i++ {
		prevLower := s[i-1] >= 'a' && s[i-1] <= 'z'
		curUpper := s[i] >= 'A' && s[i] <= 'Z'
		nextLower := i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z'
		prevUpper := s[i-1] >= 'A' && s[i-1] <= 'Z'
		// One capital after a lower-case letter and before a capitalized word is a letter of its
		// own: "PhDLife" Ph D Life (round twenty-eight; it was glued, "DLife"). One capital
		// opening the word stays with what follows.
		if curUpper && (prevLower || prevUpper && nextLower && (i-start > 1 || start > 0 && s[start-1] >= 'a' && s[start-1] <= 'z')) {
			parts = append(parts, s[start:i])
			start = i
		}
	}
	parts = append(parts, s[start:])
	if len(parts) == 1 {
		return nil
	}
	// A trailing plural "s" after an acronym part (URLs) is not a word.
	return parts
}

// dayMonthDash finds the dash in a day joined to a month's name or abbreviation ("26–Sept.",
// "21-Nov.", "28–Jan."): it returns the dash's offset and size, or 0.
func dayMonthDash(chunk string) (int, int) {
	k := 0
	for k < len(chunk) && k < 3 && isDigit(chunk[k]) {
		k++
	}
	if k == 0 || k > 2 || k == len(chunk) {
		return 0, 0
	}
	size := 0
	switch {
	case chunk[k] == '-':
		size = 1
	case strings.HasPrefix(chunk[k:], "–"):
		size = len("–")
	default:
		return 0, 0
	}
	month := strings.TrimRight(chunk[k+size:], ".,;:)")
	if d := atoiSmall(chunk[:k]); d < 1 || d > 31 || month == "" || monthIndex[strings.ToLower(month)] == 0 || !isCapitalized(month) {
		return 0, 0
	}
	return k, size
}

// speedJoinerIndex returns strings.IndexAny(s, "-‐‑–/\\|_+&=·÷") (the index of the first joiner
// word reads a token's parts at) with a byte loop that decodes only characters outside ASCII
// (speed: IndexAny takes its slow path for a set outside ASCII).
func speedJoinerIndex(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '-', '/', '\\', '|', '_', '+', '&', '=':
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '‐', '‑', '–', '·', '÷':
			return i
		}
		i += size
	}
	return -1
}

// speedAllSame reports whether every byte of s is its first (strings.Trim(s, s[:1]) == "" for
// a token of ASCII letters and apostrophes), s not empty.
func speedAllSame(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] != s[0] {
			return false
		}
	}
	return true
}

// speedCurrencyFirst reports strings.IndexAny(s, "$£€¥") == 0: s opens with a currency sign.
func speedCurrencyFirst(s string) bool {
	return strings.HasPrefix(s, "$") || strings.HasPrefix(s, "£") || strings.HasPrefix(s, "€") || strings.HasPrefix(s, "¥")
}

// speedPlusMinusIndex returns strings.IndexAny(s, "+-").
func speedPlusMinusIndex(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '+' || s[i] == '-' {
			return i
		}
	}
	return -1
}
