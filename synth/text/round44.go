package text

import "strings"

// Round forty-four: misreadings found by running the normalizer over real web text nobody
// wrote for a test, in registers round thirty-eight did not search (council and zoning notices,
// earnings wires, box scores, storm and heat advisories, recipe cards, forum pages, crypto
// news, congressional vote summaries, point-spread previews, tax forms), each read as a class
// and tested on probe sentences written before the readers, readings44.tsv. Two classes were
// fixed where their readers live: wire services' mln and bln (units.go, round5.go) and a period
// over the same period written out (tech.go).

func (n *normalizer) round44Token(t *token) int {
	c := t.core
	if n.inPart != 0 || c == "" {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		n.unitAfter44(t)
		if k := n.gridAddress44(t); k > 0 {
			return k
		}
		if k := n.westAddress44(t); k > 0 {
			return k
		}
		if n.may(shSlash) && n.seasonYears44(t) {
			return 1
		}
		if n.may(shHyphen) {
			if k := n.bracketRecord44(t); k > 0 {
				return k
			}
			if n.decadeRange44(t) {
				return 1
			}
			if k := n.hyphenNumber44(t); k > 0 {
				return k
			}
		}
		if t.post != "" && strings.HasPrefix(t.post, "”") {
			if k := n.curlyInch44(t); k > 0 {
				return k
			}
		}
		if n.may(shWide) {
			if n.ordinalDegree44(t) {
				return 1
			}
		}
		return oneIf(n.may(shLower) && n.postAge44(t))
	case c0 == '$':
		if len(c) == 1 {
			return n.spacedDollar44(t)
		}
	case c0 == '\'':
		if n.may(shHyphen) && n.decadeRange44(t) {
			return 1
		}
	case c0 == '-' || c0 == '+':
		if n.may(shWide) {
			return n.signedHalf44(t)
		}
	case c0 == 'F':
		if n.may(shDigit) {
			return oneIf(n.fiscalOh44(t))
		}
	case c0 == 'a' || c0 == 'A':
		if c == "am/pm" {
			n.by("clock halves")
			n.emitPhrase(t.raw, "a", "m", "p", "m")
			return 1
		}
	case c0 == 'J' || c0 == 'S':
		if w := titlePossessive44[strings.ReplaceAll(c, "’", "'")]; w != "" {
			n.by("abbreviation")
			n.emit(t.raw, w)
			return 1
		}
	}
	return 0
}

// postAge44 reads a forum post's age, a number glued to d, w or m just before "ago", as days,
// weeks or minutes: "16d ago" sixteen days ago, "10m ago" ten minutes ago (it was "sixteen d"
// and "ten meters"), as "5h ago" is already hours. An m elsewhere stays meters ("ran 10m").
func (n *normalizer) postAge44(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 4 || t.post != "" {
		return false
	}
	digits, unit := c[:len(c)-1], c[len(c)-1]
	if !allDigits(digits) || digits[0] == '0' && len(digits) > 1 {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !strings.EqualFold(next.core, "ago") {
		return false
	}
	var w string
	switch unit {
	case 'd':
		w = "day"
	case 'w':
		w = "week"
	case 'm':
		w = "minute"
	default:
		return false
	}
	if digits != "1" {
		w += "s"
	}
	n.by("age of a post")
	n.emit(t.raw, append(appendInteger(nil, digits), w)...)
	return true
}

// ordinalDegree44 reads the masculine ordinal sign typed for the degree sign after a number
// ("105-110ºF", "98ºF", "10ºC") as the degree sign (it was dropped: "ninety eight f"). A sign
// after a letter ("Nº") is not a number's.
func (n *normalizer) ordinalDegree44(t *token) bool {
	c := t.core
	i := strings.Index(c, "º")
	if i < 1 || !isDigit(c[i-1]) {
		return false
	}
	n.debug("ordinal sign read as the degree sign", "token", t.raw)
	return n.reread(t, strings.ReplaceAll(c, "º", "°"), t.post) > 0
}

// curlyInch44 reads a right double quotation mark glued to a number as the inch mark, as
// recipe cards and listings type it ("9” pie plate", "15” x 10”"; it was dropped), when no
// opening quotation mark comes before it in the sentence ("“Top 10”" keeps its quotes).
func (n *normalizer) curlyInch44(t *token) int {
	if !allDigits(t.core) && !dimensionsCore44(t.core) {
		return 0
	}
	for k := 0; k <= n.i && k < len(n.toks); k++ {
		tk := &n.toks[k]
		if strings.ContainsAny(tk.pre, "“\"") || strings.ContainsAny(tk.core, "“\"") {
			return 0
		}
	}
	return n.reread(t, t.core+"″", strings.TrimPrefix(t.post, "”"))
}

// dimensionsCore44 reports two numbers joined by x or X ("13X9").
func dimensionsCore44(c string) bool {
	i := strings.IndexAny(c, "xX")
	return i > 0 && i < len(c)-1 && allDigits(c[:i]) && allDigits(c[i+1:])
}

// round44Late holds the round's reader asked after every other round's: a range of round
// hundreds, which takes only what no round reads otherwise (an ISO film speed range, round
// seventeen's and the lead's, stays theirs) before the dispatch's phone numbers see it.
func (n *normalizer) round44Late(t *token) int {
	if n.inPart != 0 || !n.may(shHyphen) || !n.may(shDigit) {
		return 0
	}
	return oneIf(n.roundRange44(t))
}

// roundRange44 reads two round hundreds joined by a hyphen, the first the smaller, as a range:
// "Aim for 500-1500 words" five hundred to one thousand five hundred (it was a local phone
// number, digit by digit), unless a word of calling or numbers comes just before ("Call
// 800-1200", "My number is 300-4000" stay digits).
func (n *normalizer) roundRange44(t *token) bool {
	lo, hi, ok := strings.Cut(t.core, "-")
	if !ok || len(lo) != 3 || len(hi) != 4 || !allDigits(lo) || !allDigits(hi) || !strings.HasSuffix(lo, "00") || !strings.HasSuffix(hi, "00") {
		return false
	}
	if atoiSmall(lo) >= atoiSmall(hi) {
		return false
	}
	for k := 1; k <= 3; k++ {
		p := n.peek(-k)
		if p == nil {
			break
		}
		if phoneWords44[lowerASCIIWord(p.core)] {
			return false
		}
	}
	n.by("range")
	w := appendInteger(nil, lo)
	w = append(w, "to")
	n.emit(t.raw, appendInteger(w, hi)...)
	return true
}

// phoneWords44 before two round hundreds make them a phone number.
var phoneWords44 = setOf("call calling called dial dialing dialed phone phones tel telephone fax cell mobile text number numbers no ext contact line hotline")

// spacedDollar44 reads a dollar sign spaced from the amount after it, "$ 60,000", as if glued
// (it was "dollars sixty thousand"): the amount's token is read with the sign, and the sign
// itself says nothing. A sign before a word stays as read ("in $ and €").
func (n *normalizer) spacedDollar44(t *token) int {
	next := n.peek(1)
	if t.pre != "" || t.post != "" || next == nil || next.pre != "" || next.core == "" || !isDigit(next.core[0]) || n.i+1 >= len(n.toks) {
		return 0
	}
	n.by("spaced currency sign")
	n.debug("spaced dollar sign read with its amount", "token", t.raw)
	n.toks[n.i+1].core = "$" + next.core
	return 1
}

// signedHalf44 reads a point spread or a change with a vulgar fraction after its sign and
// whole number, "(-1½)", "+3½", as minus or plus and the mixed number (it was "minus one one
// half"; "+3½" dropped the half).
func (n *normalizer) signedHalf44(t *token) int {
	c := t.core
	rest := c[1:]
	i := 0
	for i < len(rest) && isDigit(rest[i]) {
		i++
	}
	if i == 0 || i > 3 {
		return 0
	}
	switch rest[i:] {
	case "½", "¼", "¾":
	default:
		return 0
	}
	sign := "minus"
	if c[0] == '+' {
		sign = "plus"
	}
	n.by("signed fraction")
	n.emit(t.raw, sign)
	return n.reread(t, rest, t.post)
}

// fiscalOh44 reads a fiscal year's two digits with a leading zero after FY with oh, as a
// clipped year is said: "FY09" f y oh nine (it was zero nine). Other years stay as read.
func (n *normalizer) fiscalOh44(t *token) bool {
	c := t.core
	if len(c) != 4 || c[1] != 'Y' || c[2] != '0' || !isDigit(c[3]) || c[3] == '0' {
		return false
	}
	n.by("fiscal year")
	n.emitPhrase(t.raw, "f", "y")
	n.emit(t.raw, "oh", onesWords[c[3]-'0'])
	return true
}

// splitEllipses44 splits a chunk at ellipses written without spaces when a spaced reading is
// what the writer meant: storm bulletins' "WINDS...105", "LOCATION...29.7N", headlines'
// "...HEAT", lists' "hours…medium…60" (a number read with the word before it as letters and
// digits, "dot dot dot heat", the words joined). Each ellipsis stays with the piece before it,
// as a spaced one is its word's trailing punctuation; a leading one is a piece of its own. It
// returns nil when nothing is split: no ellipsis between a letter or digit and a letter or
// digit after it; a leading ellipsis before a digit (a masked number, "...4410"); a single ellipsis between two plain words ("wait...what", read by
// tightEllipsis; a capital beside it splits: "UTC...INFORMATION" was read as a dotted
// abbreviation); two dots between digits ("1..10").
func splitEllipses44(chunk string) []dashPiece {
	if len(chunk) < 3 || strings.IndexByte(chunk, '.') < 0 && strings.IndexByte(chunk, 0xE2) < 0 {
		return nil // most chunks: no point and no character of three bytes opening with E2
	}
	type run struct{ i, j int }
	var runs []run
	digit := false
	for i := 0; i < len(chunk); {
		j := i
		for j < len(chunk) {
			if chunk[j] == '.' {
				j++
			} else if strings.HasPrefix(chunk[j:], "…") {
				j += len("…")
			} else {
				break
			}
		}
		if j == i {
			if isDigit(chunk[i]) {
				digit = true
			}
			i++
			continue
		}
		if (j-i >= 2 || chunk[i] != '.') && j < len(chunk) && isASCIIAlnum44(chunk[j]) && (i == 0 && !isDigit(chunk[j]) || i > 0 && isASCIIAlnum44(chunk[i-1])) {
			if !(j-i == 2 && i > 0 && isDigit(chunk[i-1]) && isDigit(chunk[j])) {
				runs = append(runs, run{i, j})
			}
		}
		i = j
	}
	if len(runs) == 0 || len(runs) == 1 && runs[0].i > 0 && !digit && !upperAround44(chunk, runs[0].i, runs[0].j) {
		return nil
	}
	var out []dashPiece
	start := 0
	for _, r := range runs {
		if r.i == 0 {
			out = append(out, dashPiece{chunk[:r.j], 0, r.j})
		} else {
			out = append(out, dashPiece{chunk[start:r.j], start, r.j})
		}
		start = r.j
	}
	return append(out, dashPiece{chunk[start:], start, len(chunk)})
}

// upperAround44 reports a capital on either side of the ellipsis at chunk[i:j] ("UTC...INFORMATION").
func upperAround44(chunk string, i, j int) bool {
	return chunk[i-1] >= 'A' && chunk[i-1] <= 'Z' || chunk[j] >= 'A' && chunk[j] <= 'Z'
}

func isASCIIAlnum44(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// titlePossessive44 are the possessives of Jr. and Sr.: "King Jr.'s birthday" (they were read
// as the letters j r s).
var titlePossessive44 = map[string]string{"Jr.'s": "junior's", "Sr.'s": "senior's"}

// unitAfter44 names the unit after a number where its sentence says which one a symbol is,
// rewriting the unit's token for the number's readers: MB after a pressure in a sentence of
// pressure or storms is millibars, as mb is (it was megabytes); a recipe's T. and t., with a
// period, before an ingredient are tablespoons and teaspoons (they were "t" and tons).
func (n *normalizer) unitAfter44(t *token) {
	next := n.peek(1)
	if next == nil || next.pre != "" || t.post != "" || n.i+1 >= len(n.toks) {
		return
	}
	switch next.core {
	case "MB":
		if n.sentenceHas(pressureWords44) {
			n.debug("MB read as millibars", "token", next.raw)
			n.toks[n.i+1].core = "mb"
		}
	case "T", "t":
		after := n.peek(2)
		if !strings.HasPrefix(next.post, ".") || after == nil || after.pre != "" || !ingredients44[after.core] {
			return
		}
		n.debug("recipe abbreviation read as a spoon", "token", next.raw)
		if next.core == "T" {
			n.toks[n.i+1].core = "tbsp"
		} else {
			n.toks[n.i+1].core = "tsp"
		}
	}
}

// pressureWords44 make MB after a number millibars.
var pressureWords44 = setOf("pressure pressures barometer barometric millibar millibars hurricane hurricanes cyclone typhoon trough troughs ridge ridges gradient gradients") // trough…gradients: the lead's round fifty-three

// ingredients44 after a recipe's T. or t. make it a spoon.
var ingredients44 = setOf(`salt pepper sugar flour butter oil vanilla cinnamon nutmeg cumin paprika oregano basil
thyme garlic ginger honey milk water vinegar mustard ketchup cocoa yeast lemon lime juice zest cream
baking chili chilli soy sauce parsley cilantro dill rosemary sage curry turmeric cayenne onion cornstarch
shortening extract powder seeds syrup molasses allspice cloves margarine mayonnaise worcestershire`)

// hyphenNumber44 reads numbers joined by hyphens that name one thing, not a range or a score:
// a section's number after a single section sign, Sec. or Section, the second smaller than the
// first ("§ 34-23" section thirty four dash twenty three; a range never runs down); a date
// month-day-year with a two-digit year after a word of enacting or dating ("passed 11-20-17",
// as with slashes); a tax form's number with a letter suffix ("1040-SR" ten forty s r; a
// suffix that is no form's needs a word of forms in the sentence: "Ticket 4412-A" stays). It
// returns the tokens read, or 0.
func (n *normalizer) hyphenNumber44(t *token) int {
	c := t.core
	var parts []string
	switch strings.Count(c, "-") {
	case 1:
		a, b, _ := strings.Cut(c, "-")
		parts = []string{a, b}
	case 2:
		a, rest, _ := strings.Cut(c, "-")
		b, d, _ := strings.Cut(rest, "-")
		parts = []string{a, b, d}
	default:
		return 0
	}
	prev := n.peek(-1)
	switch {
	case len(parts) == 2 && allDigits(parts[0]) && allDigits(parts[1]) && len(parts[0]) <= 3 && len(parts[1]) <= 3:
		if prev == nil || prev.post != "" && prev.post != "." || !sectionSigns44[prev.core] || parts[1][0] == '0' {
			return 0
		}
		if atoiSmall(parts[1]) >= atoiSmall(parts[0]) {
			return 0
		}
		n.by("section number")
		w := appendInteger(nil, parts[0])
		w = append(w, "dash")
		n.emit(t.raw, appendInteger(w, parts[1])...)
		return 1
	case len(parts) == 3 && allDigits(parts[0]) && allDigits(parts[1]) && allDigits(parts[2]) && len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) == 2:
		m, d := atoiSmall(parts[0]), atoiSmall(parts[1])
		if m < 1 || m > 12 || d < 1 || d > 31 || prev == nil || prev.post != "" || !dateCues44[lowerASCIIWord(prev.core)] {
			return 0
		}
		return n.reread(t, strings.ReplaceAll(c, "-", "/"), t.post)
	case len(parts) == 2 && len(parts[0]) == 4 && allDigits(parts[0]) && len(parts[1]) >= 1 && len(parts[1]) <= 4 && isUpperWord44(parts[1]):
		if parts[0][0] == '0' || !formSuffixes44[parts[1]] && !n.sentenceHas(formWords44) {
			return 0
		}
		n.by("form number")
		v := atoiSmall(parts[0])
		n.emit(t.raw, appendPairs(nil, v/100, v%100)...)
		for i := 0; i < len(parts[1]); i++ {
			n.emitLetter(t.raw, strings.ToLower(parts[1][i:i+1]))
		}
		return 1
	}
	return 0
}

// sectionSigns44 before numbers joined by a hyphen make them one section's number.
var sectionSigns44 = setOf("§ Sec Section section")

// dateCues44 before month-day-year with hyphens make it a date.
var dateCues44 = setOf("passed adopted dated effective signed enacted amended approved revised on")

// formSuffixes44 are tax forms' suffixes that name a form without the word form nearby.
var formSuffixes44 = setOf("SR NR EZ ES NEC MISC INT DIV SA PR SS X")

// formWords44 in a sentence make a four-digit number with a letter suffix a form's.
var formWords44 = setOf("form forms schedule schedules irs")

// isUpperWord44 reports ASCII capitals only.
func isUpperWord44(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// bracketRecord44 reads a record in brackets after a name as a record: a pitcher's in a
// sentence of pitching ("Brad Hand (1-0) pitched" one and oh; it was a score, one to zero), or
// a team's overall and league records together, the second no larger on either side
// ("Jefferson (3-6, 1-4)"). Other brackets stay as read ("Smith (2-1) at the half"). It returns
// the tokens read, or 0.
func (n *normalizer) bracketRecord44(t *token) int {
	if t.pre != "(" {
		return 0
	}
	w1, l1, ok := recordPair44(t.core)
	prev := n.peek(-1)
	if !ok || prev == nil || prev.post != "" || prev.core == "" || prev.core[0] < 'A' || prev.core[0] > 'Z' {
		return 0
	}
	if strings.HasPrefix(t.post, ")") {
		if !n.sentenceHas(pitchWords44) {
			return 0
		}
		n.by("win-loss record")
		n.emitRecord44(t.raw, w1, l1)
		return 1
	}
	next := n.peek(1)
	if t.post != "," || next == nil || next.pre != "" || !strings.HasPrefix(next.post, ")") {
		return 0
	}
	w2, l2, ok := recordPair44(next.core)
	if !ok || atoiSmall(w2) > atoiSmall(w1) || atoiSmall(l2) > atoiSmall(l1) {
		return 0
	}
	n.by("win-loss record")
	n.emitRecord44(t.raw, w1, l1)
	n.raise(len(n.out)-1, Minor)
	n.emitRecord44(next.raw, w2, l2)
	return 2
}

// recordPair44 splits a record's "8-2" into its sides, each of one or two digits.
func recordPair44(c string) (string, string, bool) {
	a, b, ok := strings.Cut(c, "-")
	if !ok || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 || !allDigits(a) || !allDigits(b) || len(a) == 2 && a[0] == '0' || len(b) == 2 && b[0] == '0' {
		return "", "", false
	}
	return a, b, true
}

// emitRecord44 says a record: "eight and two", "oh and three".
func (n *normalizer) emitRecord44(src, w, l string) {
	n.emit(src, appendRecord(nil, w, l)...)
}

// pitchWords44 in a sentence make a bracketed pair after a name a pitcher's record.
var pitchWords44 = setOf("pitched pitching pitcher pitches innings inning charged starter reliever struck strikeouts homered homer homers bullpen mound shutout no-hitter save")

// gridAddress44 reads a grid address, a house number, a compass letter with a period, a
// street's number and another compass letter with a period ("1426 W. 300 N."), as addresses
// are read: the numbers in pairs, the letters as directions (W. was read as watts, or as the
// letter). It returns the tokens read, or 0.
func (n *normalizer) gridAddress44(t *token) int {
	c := t.core
	if len(c) < 3 || len(c) > 4 || !allDigits(c) || c[0] == '0' || t.post != "" {
		return 0
	}
	d1, num, d2 := n.peek(1), n.peek(2), n.peek(3)
	if d1 == nil || num == nil || d2 == nil || d1.pre != "" || num.pre != "" || d2.pre != "" {
		return 0
	}
	w1, w2 := gridCompass44[d1.core], gridCompass44[d2.core]
	if w1 == "" || w2 == "" || d1.post != "." || num.post != "" || !strings.HasPrefix(d2.post, ".") {
		return 0
	}
	if nc := num.core; len(nc) < 2 || len(nc) > 4 || !allDigits(nc) || nc[0] == '0' {
		return 0
	}
	n.by("grid address")
	v := atoiSmall(c)
	n.emit(t.raw, appendPairs(nil, v/100, v%100)...)
	n.emit(d1.raw, w1)
	v = atoiSmall(num.core)
	if v < 100 {
		n.emit(num.raw, appendInteger(nil, num.core)...)
	} else {
		n.emit(num.raw, appendPairs(nil, v/100, v%100)...)
	}
	n.emit(d2.raw, w2)
	return 4
}

// gridCompass44 are the compass letters of a grid address.
var gridCompass44 = map[string]string{"N": "north", "S": "south", "E": "east", "W": "west"}

// decadeRange44 reads two decades joined by a hyphen as a range of decades, as with an en
// dash: "1950s-1980s" nineteen fifties to nineteen eighties, "80s-90s", "1920s-30s",
// "'60s-'70s" (the s was read as seconds, or the second decade lost its "to"). A decade
// joined to a word stays as read ("80s-style").
func (n *normalizer) decadeRange44(t *token) bool {
	a, b, ok := strings.Cut(t.core, "-")
	if !ok {
		return false
	}
	x, okA := decade44(a)
	y, okB := decade44(b)
	if !okA || !okB {
		return false
	}
	n.by("decade range")
	w := appendDecade(nil, x)
	w = append(w, "to")
	n.emit(t.raw, appendDecade(w, y)...)
	return true
}

// decade44 parses a decade written "1950s", "80s", "'60s" or "1950's": its first year.
func decade44(s string) (int, bool) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "'"), "’")
	if !strings.HasSuffix(s, "s") {
		return 0, false
	}
	s = s[:len(s)-1]
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'"), "’")
	if len(s) != 2 && len(s) != 4 || !allDigits(s) || s[len(s)-1] != '0' {
		return 0, false
	}
	return atoiSmall(s), true
}

// seasonYears44 reads two consecutive years joined by a slash, a season's, as years: "the
// 2018/2019 season" twenty eighteen twenty nineteen, as "2018/19" is read (they were counts, or
// alternatives joined by or). Years not consecutive stay as read.
func (n *normalizer) seasonYears44(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) != 4 || len(b) != 4 || !allDigits(a) || !allDigits(b) {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x < 1900 || x > 2098 || y != x+1 {
		return false
	}
	n.by("season")
	n.emit(t.raw, appendYear(appendYear(nil, x), y)...)
	return true
}

// westAddress44 reads W. after a house number as west, when at, on, from, to or near comes
// before the number and a capitalized name after W. ("at 550 W. Lakeview" five fifty west; it
// was watts). It returns the tokens read (the number and W.), or 0.
func (n *normalizer) westAddress44(t *token) int {
	c := t.core
	if len(c) < 2 || len(c) > 4 || !allDigits(c) || c[0] == '0' || t.post != "" || t.pre != "" {
		return 0
	}
	prev, w, name := n.peek(-1), n.peek(1), n.peek(2)
	if prev == nil || prev.post != "" || !addressPreps44[lowerASCIIWord(prev.core)] || w == nil || w.core != "W" || w.post != "." || w.pre != "" {
		return 0
	}
	if name == nil || name.pre != "" || len(name.core) < 2 || name.core[0] < 'A' || name.core[0] > 'Z' || !isLetterWord(name.core) {
		return 0
	}
	n.by("house number")
	v := atoiSmall(c)
	if v < 100 {
		n.emit(t.raw, appendInteger(nil, c)...)
	} else {
		n.emit(t.raw, appendPairs(nil, v/100, v%100)...)
	}
	n.emit(w.raw, "west")
	return 2
}

// addressPreps44 before a house number.
var addressPreps44 = setOf("at on from to near")
