package text

import "strings"

// Round forty: held36's dev miss (a host's initials whose stem the lexicon holds as a name) and
// the misses of probe sentences in held36's registers (recipes and cooking blogs, restaurant
// menus and reviews, grocery flyers and coupons, food delivery notices, wine and beer reviews,
// food safety recalls), each read as a class and tested on probes written before the readers,
// readings40.tsv. The host readers are asked from address (web.go), the code words' "for" a
// name from codeWordBefore (contexts.go); the rest from round40Token.

func (n *normalizer) round40Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if n.may(shSlash) && n.r40MultiBuy(t) {
			return 1
		}
		if len(c) > 3 && c[len(c)-1] == 'V' {
			if k := n.r40GluedDailyValue(t); k > 0 {
				return k
			}
		}
		if len(c) <= 6 && t.post == "" {
			return n.r40Barcode(t)
		}
	case c0 == 'D':
		return oneIf(c == "DV" && n.r40DailyValue(t))
	case c0 == 'S' || c0 == 's':
		return oneIf(len(c) == 3 && n.r40SaturatedFat(t))
	case c0 == 'C' || c0 == 'c':
		return oneIf(len(c) == 4 && n.r40Cholesterol(t))
	case c0 == 'R' || c0 == 'r' || c0 == 'M' || c0 == 'm':
		return oneIf(len(c) == 3 && n.r40PriceLabel(t))
	case c0 == 'o' || c0 == 'O':
		return oneIf(len(c) == 2 && n.r40OunceAfterPer(t))
	}
	return 0
}

// r40PriceLabel reads a flyer's "reg." before a price as regular ("Now $3.99 (reg. $5.49)"; it
// was regulation) and a menu's "mkt." as market ("Whole lobster, mkt. price"; it was spelled).
// "reg." before anything but a price stays regulation.
func (n *normalizer) r40PriceLabel(t *token) bool {
	c := t.core
	if t.post != "" && t.post != "." {
		return false
	}
	switch {
	case strings.EqualFold(c, "mkt"):
		n.by("abbreviation")
		n.emit(t.raw, "market")
	case strings.EqualFold(c, "reg"):
		next := n.peek(1)
		if next == nil || next.pre != "" {
			return false
		}
		if _, _, ok := leadingCurrency(next.core); !ok {
			return false
		}
		n.by("abbreviation")
		n.emit(t.raw, "regular")
	default:
		return false
	}
	n.absorbed = t.post == "."
	return true
}

// r40OunceAfterPer reads oz after per and a price or a number as ounce ("42¢ per oz", "$1.10
// per oz"): the lexicon holds Oz as a name, which kept round seventeen's unit after per from it.
func (n *normalizer) r40OunceAfterPer(t *token) bool {
	if !strings.EqualFold(t.core, "oz") || t.pre != "" {
		return false
	}
	per, before := n.peek(-1), n.peek(-2)
	if per == nil || before == nil || per.post != "" || before.post != "" || !strings.EqualFold(per.core, "per") || before.core == "" {
		return false
	}
	if last := before.core[len(before.core)-1]; !isDigit(last) && !strings.HasSuffix(before.core, "¢") {
		return false
	}
	n.by("unit after per")
	n.emit(t.raw, "ounce")
	return true
}

// r40UnitPeriods are units whose abbreviation a writer ends with a period ("12 oz. cans").
var r40UnitPeriods = setOf("oz lb lbs in ft yd pt qt gal tsp tbsp doz")

// r40UnitPeriod reports a unit's abbreviation whose period is its own, before a lower-case word
// that goes on the clause: "16 oz. jars" is read as "16 oz jars" (singular before a count
// noun, round thirty-five), where the period had made it the clause's end.
func r40UnitPeriod(u, after *token) bool {
	return u.post == "." && r40UnitPeriods[u.lower()] && after != nil && after.pre == "" && after.core != "" && after.core[0] >= 'a' && after.core[0] <= 'z'
}

// r40MultiBuy reads a count joined by a slash to a price as a multi-buy offer, "for", as a
// grocery flyer is read aloud: "2/$5" two for five dollars, "3/$1.50" three for one dollar and
// fifty cents, "10/$10" (the slash was read). A price with a scale is a contract's ("a 4/$80M
// deal", round thirty-three), and a count of one is no offer: both stay.
func (n *normalizer) r40MultiBuy(t *token) bool {
	c := t.core
	i := strings.IndexByte(c, '/')
	if i < 1 || i > 2 || !allDigits(c[:i]) || atoiSmall(c[:i]) < 2 {
		return false
	}
	_, rest, ok := leadingCurrency(c[i+1:])
	if !ok {
		return false
	}
	if num, tail, ok := scanNumber(rest); !ok || tail != "" || num.neg || num.plus || num.commas {
		return false // "4/$80M": a scale after the price
	}
	if next := n.peek(1); next != nil && n.peekScale(1) != "" {
		return false // "3/$45 million": a contract, round thirty-three
	}
	n.by("multi-buy price")
	n.emit(t.raw, appendInteger(nil, c[:i])...)
	n.emit(t.raw, "for")
	return n.money(t, c[i+1:])
}

// r40DailyValue reads DV after a percent as a nutrition label's daily value: "8% DV" eight
// percent daily value (it was spelled).
func (n *normalizer) r40DailyValue(t *token) bool {
	p := n.peek(-1)
	if p == nil || p.post != "" || !strings.HasSuffix(p.core, "%") || len(p.core) < 2 || !isDigit(p.core[len(p.core)-2]) {
		return false
	}
	n.by("nutrition label")
	n.emit(t.raw, "daily", "value")
	return true
}

// r40GluedDailyValue reads "10%DV" as ten percent daily value: the percent as it is read
// alone, then the label's words.
func (n *normalizer) r40GluedDailyValue(t *token) int {
	c := t.core
	rest, ok := strings.CutSuffix(c, "%DV")
	if !ok || rest == "" || !isDigit(rest[len(rest)-1]) {
		return 0
	}
	if _, tail, ok := scanNumber(rest); !ok || tail != "" {
		return 0
	}
	k := n.reread(t, rest+"%", "")
	if k == 1 {
		n.by("nutrition label")
		n.emit(t.raw, "daily", "value")
	}
	return k
}

// r40SaturatedFat reads Sat before fat as a nutrition label's saturated: "Sat. fat 3g"
// saturated fat three grams (it was saturday). Lower-case "sat fat" only beside an amount
// ("1.5g sat fat", "sat fat 2g"): "the cat sat fat and happy" stays.
func (n *normalizer) r40SaturatedFat(t *token) bool {
	c := t.core
	if !strings.EqualFold(c, "sat") {
		return false
	}
	next := n.peek(1)
	if next == nil || !strings.EqualFold(next.core, "fat") || next.pre != "" || t.post != "" && t.post != "." {
		return false
	}
	if c == "sat" && t.post == "" {
		p, after := n.peek(-1), n.peek(2)
		amount := p != nil && p.post == "" && r40Amount(p.core) || next.post == "" && after != nil && r40Amount(after.core)
		if !amount {
			return false
		}
	}
	n.by("nutrition label")
	n.emit(t.raw, "saturated")
	return true
}

// r40Cholesterol reads chol before an amount as a nutrition label's cholesterol: "chol. 25mg"
// cholesterol twenty five milligrams (it was the letters as a word).
func (n *normalizer) r40Cholesterol(t *token) bool {
	if !strings.EqualFold(t.core, "chol") || t.post != "" && t.post != "." {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !r40Amount(next.core) {
		return false
	}
	n.by("nutrition label")
	n.emit(t.raw, "cholesterol")
	return true
}

// r40Amount reports a nutrient's amount: a number glued to g, mg or mcg ("25mg", "1.5g").
func r40Amount(s string) bool {
	num, rest, ok := scanNumber(s)
	if !ok || num.neg {
		return false
	}
	switch strings.ToLower(rest) {
	case "g", "mg", "mcg", "µg":
		return true
	}
	return false
}

// r40Barcode reads a product's barcode number printed in spaced groups with a lone digit at an
// end, as UPC-A (0 41220 98765 2) and EAN-13 (5 012345 678900) are printed under their bars,
// after a code word (UPC, EAN, GTIN, SKU…), digit by digit as one code (it was read as
// numbers). Groups of three or four digits alone were already a code (morePhones, spacedCode).
// It returns the tokens used, or 0.
func (n *normalizer) r40Barcode(t *token) int {
	if next := n.peek(1); next == nil || next.pre != "" || next.core == "" || !isDigit(next.core[0]) || t.pre != "" || !allDigits(t.core) {
		return 0 // a first test before the groups are gathered: most numbers stand alone
	}
	k, d, last := 1, len(t.core), len(t.core)
	for ; k < 4; k++ {
		g := n.peek(k)
		if g == nil || g.pre != "" || n.peek(k-1).post != "" || len(g.core) > 6 || !allDigits(g.core) {
			break
		}
		d += len(g.core)
		last = len(g.core)
	}
	if k < 3 || d < 8 || d > 14 || len(t.core) != 1 && last != 1 || n.codeWordBefore() == "" {
		return 0
	}
	groups := make([]string, k)
	for j := range groups {
		groups[j] = n.peek(j).core
	}
	n.by("code digits")
	n.phone(t.raw, groups, "")
	return k
}

// r40NamedCodes are code words that name a code for a service or a person ("Your verification
// code for FreshCart is 482913", "The PIN for Jane is 5521"); an order or a booking for a name
// is more often counted ("the order for Smith is 300 units").
var r40NamedCodes = setOf("code passcode pin password otp")

// r40CodeForName returns the code word before "for" and a name of one or two capitalized words
// ending at offset off, looking back from a number ("code for FreshCart is"), or "".
func (n *normalizer) r40CodeForName(off int) string {
	p := n.peek(off)
	if p == nil || p.post != "" || p.pre != "" || len(p.core) < 2 || !isCapitalized(p.core) || !isLetterWord(p.core) {
		return ""
	}
	f := n.peek(off - 1)
	if f != nil && f.post == "" && f.pre == "" && isCapitalized(f.core) && isLetterWord(f.core) {
		off-- // "for Whole Foods is"
		f = n.peek(off - 1)
	}
	if f == nil || f.core != "for" || f.post != "" {
		return ""
	}
	w := n.peek(off - 2)
	if w == nil || w.post != "" {
		return ""
	}
	if l := w.lower(); r40NamedCodes[l] {
		return l
	}
	return ""
}

// r40SubAgency reports a host's first label of two or three letters before an agency's
// spelled initials on a .gov or .mil host: a part of the agency, spelled even when the lexicon
// holds it as a word ("ams.usda.gov" a m s, "ers.usda.gov" e r s; they were read as words).
// Short words and words a host says as words stay ("ask.usda.gov", "my.usa.gov").
func (n *normalizer) r40SubAgency(lp, s string, start, end, path int) bool {
	if len(lp) < 2 || len(lp) > 3 || end >= path || s[end] != '.' || start != 0 && !strings.EqualFold(s[:start], "www.") {
		return false
	}
	if !isLetterWord(lp) || shortWords[lp] || r40HostWords[lp] || lp == "www" {
		return false
	}
	rest := s[end+1 : path]
	k := strings.IndexByte(rest, '.')
	if k < 0 {
		return false
	}
	return n.agencyLabel(rest[:k], rest[k:])
}

// r40HostWords are words of two or three letters said as words as a host's first label.
var r40HostWords = setOf("ask app web new map pay get job aid old one fix buy eat see who how why")

// r40SayableStem reports whether a host label's stem before a plural s may be said as a word:
// phonotactically sayable, or a lexicon word whose first consonants can begin an English word
// (the lexicon holds "fsi", a name said fsee: "fsis.usda.gov" is initials, f s i s).
func (n *normalizer) r40SayableStem(stem string) bool {
	if pronounceable(stem) {
		return true
	}
	if n.opts.IsWord == nil || !n.opts.IsWord(stem) {
		return false
	}
	i := 0
	for i < len(stem) && !isVowel(stem[i]) && stem[i] != 'y' {
		i++
	}
	return i == 0 || i < len(stem) && onsets[stem[:i]]
}

// r40RunTogether reads letters run together that are no lexicon word as a host's name is read,
// split into the fewest lexicon words (webPart): a toll-free number's letters past the digits
// dialled, "1-888-SAFEFOOD" safe food, and a lower-case handle, "@bluebottlecoffee" at blue
// bottle coffee (they were read as one word). It reports whether it read them: a lexicon word,
// or letters with no split into words, are left to the caller.
func (n *normalizer) r40RunTogether(src, lp string) bool {
	if n.opts.IsWord == nil || !isLetterWord(lp) || n.opts.IsWord(lp) || len(lp) > maxSegmentBytes {
		return false
	}
	if parts := segmentWords(lp, n.opts.IsWord, 3); len(parts) < 2 {
		return false
	}
	n.webPart(src, lp, false)
	return true
}
