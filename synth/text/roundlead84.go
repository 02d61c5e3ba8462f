package text

import "strings"

// The lead's round eighty-four: a four-digit number after a name or a place label is an
// identifier read in pairs, as a three-digit one after a name already was (nameNumber: "Boeing
// 747", "CS 101"). Four-digit numbers were read in pairs only after a short list of labels
// (pairedLabel4: room, suite, flight, gate…) and after makers, so "Precinct 1207", "Angell 3217"
// (a lecture hall), "roll 4512" (a microfilm roll) and "SNOTEL site 1054" were read as counts.
// Probes: testdata/readings-lead84.tsv.

// lead84Labels are places and stored things named by a number: after them a four-digit number is
// read in pairs in either case ("precinct 2240", "Station 4417", "roll 4512").
var lead84Labels = setOf("precinct district station building site roll reel plot")

// lead84Name reports whether the current four-digit number (a plain integer, not starting with 0)
// is an identifier after prev, read in pairs. A number in brackets is not ("Base Camp (5364)" an
// elevation). It is one
//   - after a place label (lead84Labels), unless a unit follows ("our station is 4417 meters");
//   - after a capitalized name inside the sentence that is no acronym ("AA 1532", "ISO 3200": other
//     readers'), quantity word, scale, code word ("Badge 4471" digit by digit) or label noun
//     of the conventions (page, table: cardinals), unless the number could be a year of this
//     century (2000–2099: "Office 2007", "Paris 2024" stay years), stands in a tally ("Smith
//     1207, Jones 1105") or counts what follows ("Dow Sheds 1207 Points", "Nike 2500 sneakers").
//
// After a month a number from 1000 to 1999 or from 2100 is a year, and a year's reading is the
// pairs.
func (n *normalizer) lead84Name(num number, prev *token) bool {
	cur := n.peek(0)
	if prev.post != "" || len(num.intPart) != 4 || cur.pre != "" {
		return false
	}
	l := prev.lower()
	if lead84Labels[l] {
		return !n.lead84CountAfter(cur, true)
	}
	if !isCapitalized(prev.core) || isUpperWord(prev.core) || !isLetterWord(prev.core) || quantityPrev[l] || labelPrev[l] || scaleNames[l] || codeWords[l] {
		return false // an acronym's number is other readers' ("AA 1532", "ISO 3200", "USD 1207")
	}
	if n.i-1 == 0 {
		return false // "Angell 3217 is booked": a capital only because it starts the sentence
	}
	if num.intPart[0] == '2' && num.intPart[1] == '0' {
		return false // 2000–2099: a year after a name
	}
	if strings.HasPrefix(cur.post, ",") || strings.HasPrefix(cur.post, ";") {
		return false // a tally: "Smith 1207, Jones 1105"
	}
	if pp := n.peek(-2); pp != nil && strings.HasPrefix(pp.post, ",") && allDigits(pp.core) {
		return false // the tally's next entry
	}
	return !n.lead84CountAfter(cur, false)
}

// lead84CountAfter reports a unit or a counted noun after the current number, with nothing
// between: a unit ("4417 m", "1450 feet") or a plural in any case ("1207 Points", "2500 sneakers").
// After a place label (label) only a unit counts: a word in s after it is mostly a verb ("roll
// 4512 holds", "Station 4417 reports") or what the place holds ("Precinct 1207 voters").
func (n *normalizer) lead84CountAfter(cur *token, label bool) bool {
	next := n.peek(1)
	if next == nil || cur.post != "" {
		return false
	}
	if _, ok := unitWord(next.core, true); ok || unitNames[next.lower()] {
		return true // a unit's symbol or its name ("1450 feet")
	}
	if label {
		return false
	}
	// A plural in any case: letters ending in s (not ss), longer than three letters, no verb of verbish.
	l := next.lower()
	return len(l) > 3 && isLetterWord(l) && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !verbish[l]
}

// P2–P4: scripture references as church bulletins, lectionaries and study Bibles print them.
// Round nine reads "John 3:16", "Ps. 23:1" and "1 Cor 13:4"; a lectionary's short forms ("Jer
// 20:7-9; Ps 63; Mt 16:21-27"), a verse's part ("12:3b-7"), a span across chapters
// ("27:30-28:7") and a psalm's number alone were read as letters, ratios and times.

// lead84Books are short forms of the books (the Catholic lectionary's and a study Bible's) that
// round nine's tables lack, with the book's name.
var lead84Books = map[string]string{
	"Gn": "genesis", "Lv": "leviticus", "Nm": "numbers", "Dt": "deuteronomy", "Jos": "joshua", "Jgs": "judges",
	"Ru": "ruth", "Sm": "samuel", "Kgs": "kings", "Chr": "chronicles", "Ezr": "ezra", "Tb": "tobit", "Tob": "tobit",
	"Jdt": "judith", "Est": "esther", "Mc": "maccabees", "Macc": "maccabees", "Jb": "job", "Pss": "psalms",
	"Psa": "psalm", "Prv": "proverbs", "Wis": "wisdom", "Sir": "sirach", "Is": "isaiah", "Bar": "baruch",
	"Ez": "ezekiel", "Dn": "daniel", "Jl": "joel", "Am": "amos", "Ob": "obadiah", "Obad": "obadiah", "Jon": "jonah",
	"Mi": "micah", "Mic": "micah", "Na": "nahum", "Nah": "nahum", "Hb": "habakkuk", "Hab": "habakkuk",
	"Zep": "zephaniah", "Zeph": "zephaniah", "Hg": "haggai", "Hag": "haggai", "Zec": "zechariah", "Mt": "matthew",
	"Mk": "mark", "Lk": "luke", "Jn": "john", "Thes": "thessalonians", "Tm": "timothy", "Ti": "titus",
	"Phlm": "philemon", "Jas": "james", "Pt": "peter", "Rv": "revelation",
}

// lead84Ambiguous are short forms that are words or names too ("Is 9:15 okay?", "Est 2:30
// arrival"): a book only beside another reference in the sentence.
var lead84Ambiguous = setOf("Is Am Est Sir Bar Jon Mi Na Ti Ez")

// lead84Numbered are the short forms of books in parts ("2 Tm 4:6-8" second timothy).
var lead84Numbered = setOf("Sm Kgs Chr Mc Macc Thes Tm Pt Jn")

// lead84Psalms name the psalms: a number alone after them is a psalm's, a cardinal ("Psalm 119"
// one hundred nineteen, as "Psalm 119:105" reads it; it was read in pairs).
var lead84Psalms = setOf("Psalm Ps Psa Pss Psalms")

// lead84Book returns the name a book's form says and whether it is one of round nine's
// (bookAbbrevs, bibleBooks) rather than this round's.
func lead84Book(c string) (name string, old, ok bool) {
	if name, ok := lead84Books[c]; ok {
		return name, false, true
	}
	if name, ok := bookAbbrevs[c]; ok {
		return name, true, true
	}
	if bibleBooks[c] {
		return strings.ToLower(c), true, true
	}
	return "", false, false
}

// lead84VerseNum parses a verse or chapter number at the start of s (one to three digits, no
// leading zero) and a verse's part after it (a, b or c) when part is set; it returns the words,
// the rest of s and whether it found one.
func lead84VerseNum(dst []string, s string, part bool) ([]string, string, bool) {
	k := 0
	for k < len(s) && k < 4 && isDigit(s[k]) {
		k++
	}
	if k == 0 || k > 3 || s[0] == '0' {
		return dst, s, false
	}
	dst = appendInteger(dst, s[:k])
	if part && k < len(s) && s[k] >= 'a' && s[k] <= 'c' && (k+1 == len(s) || !isASCIILetter84(s[k+1])) {
		dst = append(dst, s[k:k+1])
		k++
	}
	return dst, s[k:], true
}

// lead84Verse reads a chapter and verse, "3:16", "12:3b-7", "19:9a", "27:30-28:7", as words; plain
// is true when round nine's verseRef reads it the same (no part, one chapter).
func lead84Verse(c string) (words []string, plain, ok bool) {
	w, rest, ok := lead84VerseNum(nil, c, false)
	if !ok || rest == "" || rest[0] != ':' {
		return nil, false, false
	}
	w, rest, ok = lead84VerseNum(w, rest[1:], true)
	if !ok {
		return nil, false, false
	}
	plain = rest == "" || rest[0] == '-'
	if l := w[len(w)-1]; len(l) == 1 && l >= "a" && l <= "c" {
		plain = false // a verse's part: "12:3b-7"
	}
	if rest == "" {
		return w, plain, true
	}
	rest, dash := lead84Dash(rest)
	if !dash {
		return nil, false, false
	}
	w = append(w, "to")
	w, rest, ok = lead84VerseNum(w, rest, true)
	if !ok {
		return nil, false, false
	}
	if rest != "" && rest[0] == ':' { // a span across chapters: "27:30-28:7"
		plain = false
		w, rest, ok = lead84VerseNum(w, rest[1:], true)
		if !ok {
			return nil, false, false
		}
	}
	if rest != "" {
		return nil, false, false
	}
	if l := w[len(w)-1]; len(l) == 1 && l >= "a" && l <= "c" {
		plain = false
	}
	return w, plain, true
}

// lead84Dash cuts a hyphen or an en dash from the start of s.
func lead84Dash(s string) (string, bool) {
	if strings.HasPrefix(s, "-") {
		return s[1:], true
	}
	if strings.HasPrefix(s, "–") {
		return s[len("–"):], true
	}
	return s, false
}

// lead84Token reads a clergy's title before a name, a book's short form with its chapter and verse,
// a book's part before it, a span whose numbers carry a part ("14b-16a"), and a psalm's number
// alone. dispatch.go
// asks it only for tokens lead84Shape passes.
func (n *normalizer) lead84Token(t *token) int {
	c := t.core
	if isDigit(c[0]) {
		if len(c) == 1 {
			return n.lead84BookPart(t)
		}
		return n.lead84PartSpan(t)
	}
	next := n.peek(1)
	if next == nil || next.core == "" {
		return 0
	}
	if t.post == "." && lead84Titles[c] != "" && isCapitalized(next.core) {
		n.readAbbrev(t, lead84Titles[c]) // P5 "Msgr. Kelly" monsignor
		return 1
	}
	if !isDigit(next.core[0]) || next.pre != "" || strings.Trim(t.post, ".") != "" {
		return 0
	}
	name, old, ok := lead84Book(c)
	if !ok {
		return 0
	}
	words, plain, ok := lead84Verse(next.core)
	if !ok {
		if lead84Psalms[c] && len(next.core) <= 3 && next.core[0] != '0' && allDigits(next.core) {
			n.by("chapter and verse")
			n.emit(t.raw, name)
			n.emit(next.raw, appendInteger(nil, next.core)...)
			return 2
		}
		return 0
	}
	// Round nine reads its own books' plain references.
	if old && plain {
		return 0
	}
	if lead84Ambiguous[c] && !n.lead84OtherRef() {
		return 0
	}
	n.by("chapter and verse")
	n.emit(t.raw, strings.Fields(name)...)
	n.emit(next.raw, words...)
	return 2
}

// lead84BookPart reads 1, 2 or 3 before a book in parts and a chapter and verse as an ordinal
// ("2 Tm 4:6-8", "1 Cor 12:3b-7", "1 Cor. 13:4"; round nine's bookPart reads the plain references
// of its own books alike).
func (n *normalizer) lead84BookPart(t *token) int {
	c := t.core
	if c[0] < '1' || c[0] > '3' || t.post != "" {
		return 0
	}
	book, ref := n.peek(1), n.peek(2)
	if book == nil || ref == nil || strings.Trim(book.post, ".") != "" || !lead84Numbered[book.core] && !numberedBooks[book.core] {
		return 0
	}
	if _, _, ok := lead84Verse(ref.core); !ok {
		return 0
	}
	n.by("chapter and verse")
	n.emit(t.raw, ordinalWord(appendInteger(nil, c)[0]))
	return 1
}

// lead84PartSpan reads verses after a comma in a reference whose first carries a part, with the
// dash as "to": "Dt 8:2-3, 14b-16a" fourteen b to sixteen a (the dash was dropped). Verses
// without a part read so already.
func (n *normalizer) lead84PartSpan(t *token) int {
	c := t.core
	k := 0
	for k < len(c) && isDigit(c[k]) {
		k++
	}
	if k == len(c) || c[k] < 'a' || c[k] > 'c' {
		return 0 // no part on the first number
	}
	w, rest, ok := lead84VerseNum(nil, c, true)
	if !ok || rest == "" {
		return 0 // no span
	}
	rest, dash := lead84Dash(rest)
	if !dash {
		return 0
	}
	w = append(w, "to")
	if w, rest, ok = lead84VerseNum(w, rest, true); !ok || rest != "" {
		return 0
	}
	if !n.lead84AfterRef() {
		return 0 // "Staff work 12a-8a" a clock's span, "§ 47a-4" a statute
	}
	n.by("chapter and verse")
	n.emit(t.raw, w...)
	return 1
}

// lead84AfterRef reports a scripture reference before the current token, through verses after
// commas: "Dt 8:2-3, 14b-16a", "Rom 8:26-27, 31b-39".
func (n *normalizer) lead84AfterRef() bool {
	for off := -1; off >= -4; off-- {
		p := n.peek(off)
		if p == nil || p.post != "," || p.core == "" || !isDigit(p.core[0]) {
			return false
		}
		if _, _, ok := lead84Verse(p.core); ok {
			b := n.peek(off - 1)
			if b == nil || strings.Trim(b.post, ".") != "" {
				return false
			}
			_, _, ok := lead84Book(b.core)
			return ok
		}
	}
	return false
}

// lead84OtherRef reports another scripture reference in the sentence: a book that is no other
// word before a chapter and verse or a psalm's number.
func (n *normalizer) lead84OtherRef() bool {
	for k := 0; k+1 < len(n.toks) && k < 64; k++ {
		b, r := &n.toks[k], &n.toks[k+1]
		if lead84Ambiguous[b.core] || r.core == "" || !isDigit(r.core[0]) {
			continue
		}
		if _, _, ok := lead84Book(b.core); !ok {
			continue
		}
		if _, _, ok := lead84Verse(r.core); ok || lead84Psalms[b.core] {
			return true
		}
	}
	return false
}

// lead84Titles are clergy's titles written short before a name (P5: "Msgr. Kelly", "Dcn. Mike
// Ruiz", "Abp. Gomez and Bp. Barron"; they were spelled and ended the sentence). Written so, with
// the capital and the period, they are nothing else ("25 bp." is a basis point). split.go keeps
// the sentence going after them.
var lead84Titles = map[string]string{"Msgr": "monsignor", "Dcn": "deacon", "Abp": "archbishop", "Bp": "bishop"}

// lead84Shape is dispatch.go's inlined test before lead84Token: a capital and at most thirteen
// bytes (a book's name or form, "Thessalonians" the longest), or a digit.
func lead84Shape(c string) bool {
	return c[0]-'A' < 26 && len(c) <= 13 || c[0]-'1' < 9
}

// isASCIILetter84 reports an ASCII letter.
func isASCIILetter84(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }
