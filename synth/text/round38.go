package text

import "strings"

// Round thirty-eight: misreadings found by running the normalizer over real web text nobody
// wrote for a test (excerpts of stored public pages in the registers: markets news,
// lab and patient pages, travel notices, sports results, spec sheets, forums, weather and
// hurricane advisories, time-zone notices, court opinions, recipes, crypto notices), each read
// as a class and tested on probe sentences written before the readers, readings38.tsv.

func (n *normalizer) round38Token(t *token) int {
	c := t.core
	if len(c) < 2 || n.inPart != 0 {
		return 0
	}
	if t.post != "" && t.post[0] == ']' && n.may(shPunct) {
		if k := n.gluedCitation(t); k > 0 {
			return k
		}
	}
	if t.post != "" && t.post[0] == ')' && c[len(c)-1] == 's' {
		if k := n.pluralMark(t); k > 0 {
			return k
		}
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if k := n.numberTail38(t); k > 0 {
			return k
		}
		if k := n.advisoryHour(t); k > 0 {
			return k
		}
		if k := n.mmHgSpaced(t); k > 0 {
			return k
		}
		return oneIf(n.shootingSplit(t) || n.decimalDegrees(t) || n.lapTime(t))
	case c0 == '\'':
		return n.quotedClock(t)
	case c0 == '-' || c0 == '=' || c0 == 0xE2 && c == "→":
		return oneIf(n.typedArrow(t))
	}
	return 0
}

// reread reads the token at n.i as if its core and trailing punctuation were written as given:
// the dispatch runs again on the rewritten token, which is then restored as written (its
// words name the token as written). It returns the tokens consumed.
func (n *normalizer) reread(t *token, core, post string) int {
	if n.i >= len(n.toks) || t != &n.toks[n.i] {
		return 0
	}
	oc, op := t.core, t.post
	t.core, t.post = core, post
	k := n.token()
	t.core, t.post = oc, op
	return k
}

// pluralMark reads a word with a plural ending in brackets as the plural: "item(s)" items,
// "box(es)" boxes, "ID(s)" i d's, as forms and notices are read aloud (it was the word and the
// letter s). A single letter or a number before the bracket stays as read ("f(s)", "5(s)").
func (n *normalizer) pluralMark(t *token) int {
	c := t.core // "item(s" before ")"
	stem, end := "", ""
	switch {
	case strings.HasSuffix(c, "(s"):
		stem, end = c[:len(c)-2], "s"
	case strings.HasSuffix(c, "(es"):
		stem, end = c[:len(c)-3], "es"
	default:
		return 0
	}
	if len(stem) < 2 || !isLetterWord(stem) || strings.ContainsRune(t.pre, '(') {
		return 0
	}
	n.debug("plural mark read as the plural", "token", t.raw)
	return n.reread(t, stem+end, t.post[1:])
}

// quotedClock reads a clock time in single quotes as the time: "'21:00'" twenty one hundred,
// "'06:30'" six thirty (the quote was taken for a decade's apostrophe: twenty one zero zero).
// Decades and clipped years keep theirs ("'80s", "'08").
func (n *normalizer) quotedClock(t *token) int {
	c := t.core[1:]
	h, m, ok := strings.Cut(c, ":")
	if !ok || len(h) == 0 || len(h) > 2 || len(m) != 2 || !allDigits(h) || !allDigits(m) || atoiSmall(h) > 24 || atoiSmall(m) > 59 {
		return 0
	}
	return n.reread(t, c, t.post)
}

// gluedCitation leaves out citation marks in brackets glued after closing punctuation, as
// encyclopedia text prints them: "farmed.[4]", "(in 1998).[12]", "disputed,[7]",
// "1932.[3][5]" (a spaced "[1]" is already left out; these were read as numbers, after a
// period as "point four"). The token is read without them, the punctuation before them kept.
// A mark glued to a letter stays as read ("arr[1]").
func (n *normalizer) gluedCitation(t *token) int {
	c := t.core
	i := strings.Index(c, "[")
	if i < 2 || t.post != "]" && !strings.HasPrefix(t.post, "].") && !strings.HasPrefix(t.post, "],") {
		return 0
	}
	// The marks: "[4", or "[3][5": digits in brackets to the end of the core.
	if !citationMarks(c[i:], false) {
		return 0
	}
	// The punctuation the marks follow.
	p := i
	for p > 0 && strings.IndexByte(".,;:)\"'", c[p-1]) >= 0 {
		p--
	}
	if p == i || p == 0 {
		return 0
	}
	n.debug("dropped citation marker", "token", t.raw)
	return n.reread(t, c[:p], c[p:i]+t.post[1:])
}

// numberTail38 reads what is glued after a number that the readers before misread: a double
// prime after a number or a range is inches, as a double quote is ("2-4″" two to four inches;
// it was dropped); a plus after a number glued to a unit, or after a range before a unit, is
// "plus" after the unit's name ("16GB+" sixteen gigabytes plus, "30-40+ mph" thirty to forty
// plus miles per hour); a ring above written for the degree sign is the degree sign ("28˚C").
// A height with a prime keeps its reading ("6′ 1″").
func (n *normalizer) numberTail38(t *token) int {
	c := t.core
	if c[len(c)-1] == '+' && !strings.HasSuffix(c, "″+") {
		return n.unitPlus(t)
	}
	if !n.may(shWide) {
		return 0 // the double prime and the ring are not ASCII
	}
	switch {
	case strings.HasSuffix(c, "″"):
		if prev := n.peek(-1); prev != nil && (strings.HasSuffix(prev.core, "′") || strings.HasSuffix(prev.core, "'")) {
			return 0 // a height: "6′ 1″"
		}
		rest := strings.TrimSuffix(c, "″")
		if !numberOrRange(rest) {
			return 0
		}
		return n.reread(t, rest, "\""+t.post)
	case strings.Contains(c, "˚"):
		i := strings.Index(c, "˚")
		if !isDigit(c[i-1]) {
			return 0
		}
		return n.reread(t, c[:i]+"°"+c[i+len("˚"):], t.post)
	case strings.HasSuffix(c, "″+"):
		// "15″+": inches, then plus.
		rest := strings.TrimSuffix(c, "″+")
		if _, r, ok := scanNumber(rest); !ok || r != "" {
			return 0
		}
		k := n.reread(t, rest, "\""+t.post)
		if k == 1 {
			n.emit(t.raw, "plus")
		}
		return k
	}
	return 0
}

// numberOrRange reports digits, with a decimal point or thousands commas, or two such numbers
// joined by a hyphen or an en dash.
func numberOrRange(s string) bool {
	num, rest, ok := scanNumber(s)
	if !ok || num.neg || num.plus {
		return false
	}
	if rest == "" {
		return true
	}
	rest, ok = cutAny(rest, "-", "–")
	if !ok {
		return false
	}
	num, rest, ok = scanNumber(rest)
	return ok && rest == "" && !num.neg && !num.plus
}

// unitPlus reads a plus after a number glued to a unit, or after a range before a unit, after
// the unit's name: "16GB+" sixteen gigabytes plus, "30ft+" thirty feet plus, "30-40+ mph"
// thirty to forty plus miles per hour (the unit's letters were spelled). A bare number or a
// degree keeps its reading ("18+", "100°F+").
func (n *normalizer) unitPlus(t *token) int {
	if len(t.core) < 3 {
		return 0
	}
	c := t.core[:len(t.core)-1]
	num, rest, ok := scanNumber(c)
	if !ok || num.neg || num.plus {
		return 0
	}
	start := len(n.out)
	switch {
	case rest != "" && isLetterWord(rest):
		// "16GB+": the unit glued.
		if _, ok := unitWord(rest, false); !ok {
			return 0
		}
		k := n.reread(t, c, t.post)
		if k != 1 {
			return k
		}
		n.emit(t.raw, "plus")
		return 1
	case rest != "" && numberOrRange(c):
		// "30-40+ mph": a range before a spaced unit, which its reader takes.
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" {
			return 0
		}
		if _, ok := unitWord(next.core, true); !ok {
			return 0
		}
		k := n.reread(t, c, t.post)
		// "plus" goes after the range, before the unit's words.
		at := len(n.out)
		for j := start; j < len(n.out); j++ {
			if n.out[j].Source == next.raw {
				at = j
				break
			}
		}
		n.out = append(n.out, Word{})
		copy(n.out[at+1:], n.out[at:])
		n.out[at] = Word{Text: "plus", Source: t.raw}
		return k
	}
	return 0
}

// advisoryHour reads three or four digits before AM or PM as the hour they write, as storm
// advisories and bulletins give it: "800 PM EDT" eight p m, "1130 PM" eleven thirty p m (it
// was a count: eight hundred p m). A time zone after it or a preposition of time before it is
// needed: "770 AM radio" stays a station's frequency.
func (n *normalizer) advisoryHour(t *token) int {
	c := t.core
	if len(c) < 3 || len(c) > 4 || !allDigits(c) || t.post != "" {
		return 0
	}
	h, m := atoiSmall(c[:len(c)-2]), atoiSmall(c[len(c)-2:])
	if h < 1 || h > 12 || m > 59 {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || next.core != "AM" && next.core != "PM" && next.core != "am" && next.core != "pm" {
		return 0
	}
	zone := false
	if z := n.peek(2); z != nil && next.post == "" && z.pre == "" {
		zone = zoneNames[z.core] != "" || z.core == "UTC" || z.core == "GMT"
	}
	if !zone {
		prev := n.peek(-1)
		if prev == nil || prev.post != "" || !advisoryPrev[prev.lower()] {
			return 0
		}
	}
	return n.reread(t, c[:len(c)-2]+":"+c[len(c)-2:], t.post)
}

// advisoryPrev are the prepositions of time before an hour written without its colon.
var advisoryPrev = setOf("at by until till before after from since through")

// mmHgSpaced reads millimeters of mercury written spaced or with a slash after a number or a
// blood pressure, "150 mm Hg", "130/80 mm Hg", "120/80 mm/Hg", as mmHg is read (the symbol of
// mercury was spelled, and the pressure read as two numbers); a pressure glued to mmHg,
// "135/85mmHg", is read as one too (it was one hundred thirty five slash eighty five).
func (n *normalizer) mmHgSpaced(t *token) int {
	c := t.core
	if a, ok := strings.CutSuffix(c, "mmHg"); ok {
		x, y, ok := splitFraction(a)
		if !ok || len(x) > 3 || len(y) > 3 || atoiSmall(x) < 50 || atoiSmall(y) < 30 {
			return 0
		}
		n.by("blood pressure")
		if len(x) == 3 {
			n.emit(t.raw, appendPaired(nil, x)...)
		} else {
			n.emit(t.raw, appendInteger(nil, x)...)
		}
		n.emit(t.raw, "over")
		n.emit(t.raw, r39Diastolic(nil, y)...)
		n.emit(t.raw, "millimeters", "of", "mercury")
		return 1
	}
	if t.post != "" {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !strings.HasPrefix(next.core, "m") {
		return 0
	}
	switch {
	case next.core == "mm/Hg":
		oc := next.core
		next.core = "mmHg"
		k := n.token()
		next.core = oc
		return k
	case next.core == "mm" && next.post == "":
		hg := n.peek(2)
		if hg == nil || hg.pre != "" || hg.core != "Hg" {
			return 0
		}
		oc := next.core
		next.core = "mmHg"
		k := n.token()
		next.core = oc
		if k != 2 {
			return k
		}
		return 3 // "Hg" is read with "mm"
	}
	return 0
}

// shootingFrom are the words after "from" that end a basketball shooting line: made and attempted, "9-14 from
// the field", "5-6 from the line", "4-9 on 3-pointers".
var shootingFrom = setOf("field floor line stripe range deep")

// shootingSplit reads shots made and attempted joined by a hyphen before "from the field",
// "from the floor", "from the (free throw) line", "from 3-point range" or "on 3-pointers", and
// (the lead's round eighty-three) before "inside the arc", "at the line" or "in the paint"
// (shotPlace83), as "nine of fourteen" (it was a range, "nine to fourteen", or after "went" a
// record).
func (n *normalizer) shootingSplit(t *token) bool {
	if !n.may(shHyphen) {
		return false
	}
	a, b, ok := strings.Cut(t.core, "-")
	if !ok || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 3 || !allDigits(a) || !allDigits(b) || t.post != "" && t.post != "," {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x > y || y == 0 {
		return false
	}
	p1, p2 := n.peek(1), n.peek(2)
	if p1 == nil || p2 == nil || p1.pre != "" {
		return false
	}
	switch p1.lower() {
	case "from":
		// "from the field", "from the free throw line", "from 3-point range", "from three"
		found := false
		for k := 2; k <= 5; k++ {
			w := n.peek(k)
			if w == nil {
				break
			}
			l := w.lower()
			if shootingFrom[l] || l == "three" || l == "3" || l == "beyond" {
				found = true
				break
			}
			if w.post != "" && w.post != "-" {
				break
			}
		}
		if !found {
			return false
		}
	case "on":
		l := p2.lower()
		if l != "3-pointers" && l != "threes" && l != "three-pointers" && l != "3s" && l != "free" && l != "field" {
			return false
		}
	case "inside", "beyond", "behind", "outside", "at", "in":
		if !shotPlace83(p1.lower(), n.peek(3)) {
			return false
		}
	default:
		return false
	}
	n.by("shooting line")
	n.emitJoined(t.raw, a, b, "of")
	return true
}

// degreeCompass name the letter after a degree of latitude or longitude.
var degreeCompass = map[byte]string{'N': "north", 'S': "south", 'E': "east", 'W': "west"}

// decimalDegrees reads a latitude or longitude in decimal degrees, "25.4°N", as degrees north
// (the degree sign was dropped and the letter spelled, and without it "72.9W" was watts); a pair
// without degree signs, a latitude before a longitude as advisories print them ("29.7N
// 72.9W"), is read so too. Whole degrees and degrees with minutes have their readers.
func (n *normalizer) decimalDegrees(t *token) bool {
	num, dir, ok := decimalDegree(t.core)
	if !ok {
		return false
	}
	if !strings.Contains(t.core, "°") {
		// Without the sign, only as one of a pair: "29.7N 72.9W".
		var other *token
		switch dir {
		case 'N', 'S':
			if other = n.peek(1); other == nil || t.post != "" && t.post != "," || other.pre != "" {
				return false
			}
		default:
			if other = n.peek(-1); other == nil || other.post != "" && other.post != "," || t.pre != "" {
				return false
			}
		}
		oc := other.core
		if i := strings.LastIndex(oc, "..."); i >= 0 {
			oc = oc[i+3:] // "LOCATION...29.7N"
		}
		_, od, ok := decimalDegree(oc)
		if !ok || strings.Contains(oc, "°") || (od == 'N' || od == 'S') == (dir == 'N' || dir == 'S') {
			return false
		}
	}
	n.by("coordinates")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "degrees", degreeCompass[dir])
	return true
}

// decimalDegree parses a decimal number of degrees and a compass letter, with or without the
// degree sign: "25.4°N", "72.9W".
func decimalDegree(s string) (number, byte, bool) {
	if s == "" || degreeCompass[s[len(s)-1]] == "" {
		return number{}, 0, false
	}
	num, rest, ok := scanNumber(s)
	if !ok || !num.hasPoint || num.neg || num.plus || num.commas {
		return number{}, 0, false
	}
	rest = strings.TrimPrefix(rest, "°")
	if len(rest) != 1 || degreeCompass[rest[0]] == "" {
		return number{}, 0, false
	}
	return num, rest[0], true
}

// typedArrow reads an arrow typed with a hyphen or an equals sign as the arrow it stands for:
// "->" to, as "→" is read, "=>" implies, as "⇒" (they were "greater than" and "equals greater
// than"); an arrow that opens the sentence is a bullet and is not read (also "→").
func (n *normalizer) typedArrow(t *token) bool {
	c := t.core
	if c != "->" && c != "=>" && c != "→" {
		return false
	}
	if n.i == 0 && t.pre == "" {
		n.debug("dropped arrow bullet", "token", t.raw)
		return true
	}
	switch c {
	case "->":
		n.by("symbol")
		n.emit(t.raw, "to")
		return true
	case "=>":
		n.by("symbol")
		n.emit(t.raw, "implies")
		return true
	}
	return false
}

// emphasisCloses reports that the stars opening a token close after it, on it or on one of the
// next four tokens, as Markdown emphasis does: "*40*", "**100 %**" (a star code or a card's
// mask has no closing stars: "*67", "****4417").
func (n *normalizer) emphasisCloses(t *token, stars int) bool {
	closing := strings.Repeat("*", stars)
	if strings.HasPrefix(t.post, closing) {
		return true
	}
	for k := 1; k <= 4; k++ {
		w := n.peek(k)
		if w == nil || w.pre != "" {
			return false
		}
		if strings.HasPrefix(w.post, closing) {
			return true
		}
		if w.post != "" {
			return false
		}
	}
	return false
}

// lapTime reads a lap or split time written with m and s glued, "1m26.884s", as minutes and
// seconds, as timing screens print them (it was one m twenty six eight eighty four s). A number
// with m alone stays meters or million ("400m", "3m").
func (n *normalizer) lapTime(t *token) bool {
	c := t.core
	if c[len(c)-1] != 's' || !n.may(shLower) {
		return false
	}
	m, sec, ok := strings.Cut(c[:len(c)-1], "m")
	if !ok || len(m) == 0 || len(m) > 2 || !allDigits(m) {
		return false
	}
	num, rest, ok := scanNumber(sec)
	if !ok || rest != "" || num.neg || num.plus || num.commas || len(num.intPart) != 2 && len(num.intPart) != 1 || atoiSmall(num.intPart) > 59 {
		return false
	}
	n.by("lap time")
	n.emit(t.raw, appendInteger(nil, m)...)
	if m == "1" {
		n.emit(t.raw, "minute")
	} else {
		n.emit(t.raw, "minutes")
	}
	num.intPart = strings.TrimLeft(num.intPart, "0")
	if num.intPart == "" {
		num.intPart = "0"
	}
	n.emit(t.raw, appendNumber(nil, num)...)
	if num.isOne() {
		n.emit(t.raw, "second")
	} else {
		n.emit(t.raw, "seconds")
	}
	return true
}

// citationMarks reports citation marks in brackets to the end of s ("[4", "[3][5", the last
// bracket in the token's punctuation): one to three digits each; with afterWord, as round
// fifty-two reads marks glued to a word, a single lower-case letter too ("[a") and no leading
// zero ("list[0]" is an index).
func citationMarks(s string, afterWord bool) bool {
	for rest := s; rest != ""; {
		if rest[0] != '[' {
			return false
		}
		j := 1
		if afterWord && j < len(rest) && rest[j] >= 'a' && rest[j] <= 'z' {
			j++
		} else {
			if afterWord && j < len(rest) && rest[j] == '0' {
				return false
			}
			for j < len(rest) && isDigit(rest[j]) {
				j++
			}
			if j == 1 || j > 4 {
				return false
			}
		}
		rest = rest[j:]
		if rest != "" {
			if rest[0] != ']' {
				return false
			}
			rest = rest[1:]
		}
	}
	return true
}
