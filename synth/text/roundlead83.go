package text

// The lead's round eighty-three (issue 18): misreadings found in excerpts of public web pages
// (readings-lead83.tsv). Letter grades, blood groups and credit ratings with their signs, one
// digit and .0 after a name, phone chips' models. Max. as a name is in abbrev.go.

// lead83Token runs the round's readers; it returns the tokens used. Every reader wants two to
// four bytes opening with a digit or a capital up to O: dispatch.go asks lead83Shape first, so a
// word in lower case, by far the most common token, costs no call.
func (n *normalizer) lead83Token(t *token) int {
	c := t.core
	switch {
	case len(c) >= 2 && len(c) <= 4 && c[0] >= 'A' && c[0] <= 'O' && (c[len(c)-1] == '-' || c[len(c)-1] == '+') && n.may(shUpper):
		if n.signedGrade83(t) {
			return 1
		}
	case len(c) >= 2 && len(c) <= 3 && (c[0] == 'A' || c[0] == 'B' || c[0] == 'C') && n.may(shUpper):
		if n.doubledLetters83(t) {
			return 1
		}
	case len(c) == 3 && c[1] == '.' && c[2] == '0' && isDigit(c[0]) && c[0] != '0':
		if n.nameVersion83(t) {
			return 1
		}
	case len(c) == 4 && isDigit(c[0]) && n.may(shDigit):
		if n.chipModel83(t) {
			return 1
		}
	}
	return 0
}

// bloodWords83 make a blood group's sign positive or negative.
var bloodWords83 = setOf("blood donor donors donate donated donating donation donations transfusion transfusions plasma platelet platelets")

// ratingWords83 make doubled and tripled letters a credit rating.
// The sentence is read word by word in letters only (hasWordOf), so Moody's is "moody"; S&P's
// letters are single and name no word (the first version listed "moody's", "s&p" and
// "investment-grade", which could never match).
var ratingWords83 = setOf("rating ratings rated rates downgrade downgraded downgrades upgrade upgraded upgrades fitch moody bond bonds notes debt credit junk")

// sameLetters83 reports two or three copies of one capital, A, B or C ("AA", "BBB").
func sameLetters83(s string) bool {
	return (len(s) == 2 || len(s) == 3) && (s[0] == 'A' || s[0] == 'B' || s[0] == 'C') && s[1] == s[0] && (len(s) == 2 || s[2] == s[0])
}

// emitDoubled83 says a credit rating's letters: "AA" double a, "BBB" triple b.
func (n *normalizer) emitDoubled83(src, s string) {
	if len(s) == 2 {
		n.emit(src, "double")
	} else {
		n.emit(src, "triple")
	}
	n.emitLetter(src, string(rune(s[0]-'A'+'a')))
}

// signedGrade83 reads a letter with a plus or minus sign after it. In a sentence of blood, a
// blood group (A, B, AB, O) is positive or negative: "O- donors" o negative donors (the sign
// was dropped), "Type O+ blood" o positive (it was o plus). In a sentence of credit ratings,
// two or three copies of A, B or C are double or triple: "BBB-" triple b minus. Otherwise a
// school's letter grade, A to D, with a minus is "minus": "a C- on the final" a c minus (it was
// dropped). A suspended hyphen ("Both A- and B-grade eggs", "The A-, B- and C-list guests")
// stays silent: a letter, a hyphen and a word in the next three tokens. It reports whether it
// read the token.
func (n *normalizer) signedGrade83(t *token) bool {
	c := t.core
	body, sign := c[:len(c)-1], c[len(c)-1]
	switch {
	case body == "A" || body == "B" || body == "AB" || body == "O":
		if n.sentenceHas(bloodWords83) {
			n.by("blood group")
			for i := 0; i < len(body); i++ {
				n.emitLetter(t.raw, string(rune(body[i]-'A'+'a')))
			}
			if sign == '+' {
				n.emit(t.raw, "positive")
			} else {
				n.emit(t.raw, "negative")
			}
			return true
		}
	case sameLetters83(body):
		if !n.sentenceHas(ratingWords83) {
			return false
		}
		n.by("credit rating")
		n.emitDoubled83(t.raw, body)
		if sign == '+' {
			n.emit(t.raw, "plus")
		} else {
			n.emit(t.raw, "minus")
		}
		return true
	}
	if sign != '-' || len(body) != 1 || body[0] < 'A' || body[0] > 'D' || n.suspendedHyphen83() {
		return false
	}
	n.by("letter grade")
	n.emitLetter(t.raw, string(rune(body[0]-'A'+'a')))
	n.emit(t.raw, "minus")
	return true
}

// suspendedHyphen83 reports a letter or two, a hyphen and a word ("B-grade", "C-list") among
// the next three tokens: the hyphen before them is a suspended one.
func (n *normalizer) suspendedHyphen83() bool {
	for off := 1; off <= 3; off++ {
		x := n.peek(off)
		if x == nil {
			return false
		}
		c := x.core
		for i := 1; i <= 2 && i+1 < len(c); i++ {
			if !isUpperLetter(c[i-1]) {
				break
			}
			if c[i] == '-' && c[i+1] >= 'a' && c[i+1] <= 'z' {
				return true
			}
		}
	}
	return false
}

// doubledLetters83 reads two or three copies of A, B or C as a credit rating in a sentence of
// ratings: before rating, or in a sentence of an agency, bonds, debt or credit ("kept its AA
// rating, Fitch said" double a; it was a a). AAA is read triple a already; "He joined AA", "the
// BB gun" and "two AA batteries" (as the tables read them, also beside "rated") stay letters. It reports whether it read the token.
func (n *normalizer) doubledLetters83(t *token) bool {
	c := t.core
	if !sameLetters83(c) || c == "AAA" {
		return false
	}
	next := n.peek(1)
	if next != nil && t.post == "" && batteryWords83[next.lower()] {
		return false // "two AA batteries", as the tables read them
	}
	if !(next != nil && t.post == "" && (next.lower() == "rating" || next.lower() == "ratings")) && !n.sentenceHas(creditWords83) {
		return false // "IPX7 rated and runs on two AA cells": rated alone is no credit rating
	}
	n.by("credit rating")
	n.emitDoubled83(t.raw, c)
	return true
}

// batteryWords83 after AA make it a battery's size, read as letters as the tables read it.
var batteryWords83 = setOf("battery batteries cell cells")

// creditWords83 make unsigned doubled letters a credit rating: the agencies and what they rate
// ("rated" alone is not enough: "IPX7 rated … two AA batteries").
// Read word by word in letters only, as ratingWords83 (Moody's is "moody").
var creditWords83 = setOf("fitch moody kroll dbrs bond bonds debt credit junk sovereign downgrade downgraded downgrades upgrade upgraded upgrades")

// measureNames83 are names of scales and measures whose value may be written with .0.
var measureNames83 = setOf("magnitude category cat size richter level grade score rating ratio factor mach class stage force speed power weight height depth average scale index zoom apgar gpa temperature temp")

// closedWords83 are function words, capitalized only at a sentence's start ("The 2.0 rating").
var closedWords83 = setOf("and or but nor of to in into on at by for with from as than per via about over under after before since until is are was were be been it he she we they you what which who how why where when if then so not all any each every both some")

// nameVersion83 reads one digit and .0 after a capitalized name as a version, with oh, as
// "Web 2.0" is: "Trump 2.0" trump two point oh, "Industry 4.0", "Brexit 2.0 talks" (it was
// point zero). The name is a capitalized word of letters; a scale's or a measure's name
// ("Magnitude 4.0", "Size 9.0", "Richter 5.0") and a unit, a scale word or percent after the
// number ("Growth 3.0 percent") leave a quantity. It reports whether it read the token.
func (n *normalizer) nameVersion83(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 3 || !isUpperLetter(prev.core[0]) || !isLetterWord(prev.core) {
		return false
	}
	for i := 1; i < len(prev.core); i++ {
		if isUpperLetter(prev.core[i]) {
			return false // an acronym or a camel-case name: versionContext's
		}
	}
	l := prev.lower()
	if measureNames83[l] || determiners[l] || closedWords83[l] {
		return false
	}
	if _, unit := unitWord(prev.core, false); unit {
		return false
	}
	return n.ohVersion83(t)
}

// ohVersion83 reads one digit and .0 as a version, with oh ("two point oh"), unless a unit, a
// scale word or percent follows it (then it is a quantity); it reports whether it did.
func (n *normalizer) ohVersion83(t *token) bool {
	if next := n.peek(1); next != nil && t.post == "" && versionBlocker(next.core) {
		return false
	}
	n.by("version")
	n.emit(t.raw, onesWords[t.core[0]-'0'], "point", "oh")
	return true
}

// chipNames83 are phone chips whose four-digit models are said in pairs.
var chipNames83 = setOf("exynos dimensity kirin")

// chipModel83 reads a phone chip's four-digit model after Exynos, Dimensity or Kirin in pairs,
// as a processor's is: "Exynos 9810" ninety eight ten, "Dimensity 7050" seventy fifty (they
// were counts). It reports whether it read the token.
func (n *normalizer) chipModel83(t *token) bool {
	c := t.core
	if !allDigits(c) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 5 || len(prev.core) > 9 || !chipNames83[prev.lower()] {
		return false
	}
	n.by("chip model")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// maxNamed83 reports that a capitalized "Max." closing a sentence after prev (and pp before it)
// is a name, not maximum: after a word or a model ("I spoke with Max.", "the M3 Max."; it was
// maximum), unless a number stands in the two tokens before it ("holds 4 people Max.", "30 kg
// Max." stay maximum).
func maxNamed83(prev, pp *token) bool {
	return prev.core != "" && !isDigit(prev.core[0]) && (pp == nil || pp.core == "" || !isDigit(pp.core[0]))
}

// lead83Shape reports a token lead83Token may read (inlined where dispatch.go asks it).
func lead83Shape(c string) bool { return uint(len(c)-2) <= 2 && c[0] <= 'O' }

// shotPlace83 reports a place on a basketball court where shots are counted, w after the
// preposition p and an article: inside, beyond, behind or outside
// the arc, at the line or stripe, in the paint (P7: "going 8-9 inside the arc" eight of nine;
// it was a record). "8-9 inside the division" and "5-5 at the break" are no such place.
func shotPlace83(p string, w *token) bool {
	if w == nil {
		return false
	}
	l := w.lower()
	switch p {
	case "at":
		return l == "line" || l == "stripe"
	case "in":
		return l == "paint"
	}
	return l == "arc"
}
