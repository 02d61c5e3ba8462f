package text

import "strings"

// maxGroupedDigits is the longest integer read as a cardinal with scale
// words (up to hundreds of trillions). Longer digit strings are read digit
// by digit, which stays intelligible and linear in the input length.
const maxGroupedDigits = 15

var onesWords = [...]string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen",
}

var tensWords = [...]string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

var scaleWords = [...]string{"", "thousand", "million", "billion", "trillion"}

// appendUnder1000 appends the words of 0 < n < 1000 (nothing for 0).
func appendUnder1000(dst []string, n int) []string {
	if n >= 100 {
		dst = append(dst, onesWords[n/100], "hundred")
		n %= 100
	}
	return appendUnder100(dst, n)
}

// appendUnder100 appends the words of 0 < n < 100 (nothing for 0).
func appendUnder100(dst []string, n int) []string {
	switch {
	case n == 0:
		return dst
	case n < 20:
		return append(dst, onesWords[n])
	default:
		dst = append(dst, tensWords[n/10])
		if n%10 != 0 {
			dst = append(dst, onesWords[n%10])
		}
		return dst
	}
}

// appendCardinal appends the cardinal words of n (n < 10^15).
func appendCardinal(dst []string, n uint64) []string {
	if n == 0 {
		return append(dst, "zero")
	}
	var groups [5]int
	k := 0
	for n > 0 && k < len(groups) {
		groups[k] = int(n % 1000)
		n /= 1000
		k++
	}
	for g := k - 1; g >= 0; g-- {
		if groups[g] == 0 {
			continue
		}
		dst = appendUnder1000(dst, groups[g])
		if g > 0 {
			dst = append(dst, scaleWords[g])
		}
	}
	return dst
}

// appendDigitNames appends one word per digit of s ("zero".."nine"), or
// "oh" for zeros when oh is set. Non-digits are skipped.
func appendDigitNames(dst []string, s string, oh bool) []string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			continue
		}
		if c == '0' && oh {
			dst = append(dst, "oh")
			continue
		}
		dst = append(dst, onesWords[c-'0'])
	}
	return dst
}

// appendInteger appends the reading of a string of ASCII digits: a cardinal
// with scale words when it fits, otherwise digit by digit. Leading zeros on
// a number of more than one digit are read as digits ("007" → zero zero
// seven), as in codes and identifiers.
func appendInteger(dst []string, digits string) []string {
	if digits == "" {
		return dst
	}
	if len(digits) > 1 && digits[0] == '0' {
		return appendDigitNames(dst, digits, false)
	}
	if len(digits) > maxGroupedDigits {
		return appendDigitNames(dst, digits, false)
	}
	return appendCardinal(dst, parseUint(digits))
}

// appendIntegerValue is appendInteger without the leading-zero rule ("05" → five).
func appendIntegerValue(dst []string, digits string) []string {
	t := strings.TrimLeft(digits, "0")
	if t == "" {
		return append(dst, "zero")
	}
	return appendInteger(dst, t)
}

// parseUint parses ASCII digits; the caller guarantees at most 19 digits.
func parseUint(s string) uint64 {
	var n uint64
	for i := 0; i < len(s); i++ {
		n = n*10 + uint64(s[i]-'0')
	}
	return n
}

// atoiSmall parses up to 9 ASCII digits, or returns -1.
func atoiSmall(s string) int {
	if s == "" || len(s) > 9 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

var ordinalIrregular = map[string]string{
	"one": "first", "two": "second", "three": "third", "five": "fifth",
	"eight": "eighth", "nine": "ninth", "twelve": "twelfth",
}

// ordinalWord turns a cardinal word into its ordinal ("twenty" → "twentieth").
func ordinalWord(w string) string {
	if o, ok := ordinalIrregular[w]; ok {
		return o
	}
	if strings.HasSuffix(w, "y") {
		return w[:len(w)-1] + "ieth"
	}
	return w + "th"
}

// ordinalize rewrites the last word of a cardinal reading as an ordinal.
func ordinalize(words []string) []string {
	if len(words) > 0 {
		words[len(words)-1] = ordinalWord(words[len(words)-1])
	}
	return words
}

// appendOrdinal appends the ordinal reading of digits ("21" → twenty first).
func appendOrdinal(dst []string, digits string) []string {
	start := len(dst)
	dst = appendIntegerValue(dst, digits)
	ordinalize(dst[start:])
	return dst
}

// pluralWord is the plural of an ordinal used as a fraction denominator or
// of a number word used as a noun ("sixes", "twenties").
func pluralWord(w string) string {
	switch {
	case w == "half":
		return "halves"
	case w == "six":
		return "sixes"
	case strings.HasSuffix(w, "y"):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// appendYear appends the reading of a year 1 ≤ y ≤ 9999 as usually spoken:
// 1984 nineteen eighty four, 1900 nineteen hundred, 1905 nineteen oh five,
// 2000 two thousand, 2005 two thousand five, 2010 twenty ten.
func appendYear(dst []string, y int) []string {
	switch {
	case y < 1000 || y >= 10000:
		return appendCardinal(dst, uint64(y))
	case y%1000 == 0:
		return appendCardinal(dst, uint64(y))
	case y >= 2000 && y < 2010, y >= 1000 && y < 1010:
		return appendCardinal(dst, uint64(y))
	}
	return appendPairs(dst, y/100, y%100)
}

// appendPairs reads a number as two pairs of digits, as years and house numbers are spoken:
// (19, 84) nineteen eighty four, (19, 0) nineteen hundred, (19, 5) nineteen oh five.
func appendPairs(dst []string, hi, lo int) []string {
	dst = appendUnder100(dst, hi)
	switch {
	case lo == 0:
		return append(dst, "hundred")
	case lo < 10:
		return append(dst, "oh", onesWords[lo])
	}
	return appendUnder100(dst, lo)
}

// appendDecade appends a decade as a plural: 1990 → nineteen nineties,
// 1900 → nineteen hundreds, 2000 → two thousands, 2010 → twenty tens.
func appendDecade(dst []string, y int) []string {
	start := len(dst)
	if y < 100 {
		if y == 0 {
			return append(dst, "two", "thousands") // '00s
		}
		dst = appendUnder100(dst, y)
	} else if y < 1000 && y%100 >= 20 {
		// Three digits in pairs, as a decade is: "in the 120s" one twenties (round thirty-four).
		dst = appendPairs(dst, y/100, y%100)
	} else {
		dst = appendYear(dst, y)
	}
	if len(dst) > start {
		dst[len(dst)-1] = pluralWord(dst[len(dst)-1])
	}
	return dst
}

// appendDecimal appends "int point d d d"; intDigits may be empty (".5").
func appendDecimal(dst []string, intDigits, frac string) []string {
	if intDigits != "" {
		dst = appendIntegerValue(dst, intDigits)
	}
	dst = append(dst, "point")
	return appendDigitNames(dst, frac, false)
}

// number is a parsed numeric literal.
type number struct {
	neg      bool
	plus     bool   // written with an explicit "+"
	intPart  string // digits only, separators removed
	frac     string // digits after the decimal point
	hasPoint bool
	commas   bool // written with thousands separators
}

// isSmallInt reports a plain integer (no point) and its value when it fits.
func (n number) value() (int, bool) {
	if n.hasPoint || len(n.intPart) > 9 {
		return 0, false
	}
	v := atoiSmall(n.intPart)
	return v, v >= 0
}

// isOne reports the literal "1" (singular nouns follow it).
func (n number) isOne() bool { return !n.hasPoint && n.intPart == "1" }

// scanNumber parses a numeric literal at the start of s: optional sign,
// digits with optional thousands commas, optional decimal part. It returns
// the number, the rest of s, and whether a number was found.
func scanNumber(s string) (number, string, bool) {
	var n number
	i := 0
	if strings.HasPrefix(s, "−") { // U+2212 minus sign
		n.neg = true
		i = len("−")
	} else if i < len(s) && (s[i] == '-' || s[i] == '+') {
		n.neg = s[i] == '-'
		n.plus = s[i] == '+'
		i++
	}
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	first := i - start
	intDigits := s[start:i]
	// Thousands separators: 1-3 digits then groups of exactly three.
	if first >= 1 && first <= 3 && i+4 <= len(s) && s[i] == ',' && allDigits(s[i+1:i+4]) && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
		var b strings.Builder
		b.WriteString(intDigits)
		for i+4 <= len(s) && s[i] == ',' && allDigits(s[i+1:i+4]) && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
			b.WriteString(s[i+1 : i+4])
			i += 4
		}
		intDigits = b.String()
		n.commas = true
	}
	n.intPart = intDigits
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		n.frac = s[i+1 : j]
		n.hasPoint = true
		i = j
	}
	if n.intPart == "" && !n.hasPoint {
		return number{}, s, false
	}
	return n, s[i:], true
}

// appendNumber appends the reading of a parsed number as a quantity.
func appendNumber(dst []string, n number) []string {
	if n.neg {
		dst = append(dst, "minus")
	} else if n.plus {
		dst = append(dst, "plus")
	}
	if n.hasPoint {
		return appendDecimal(dst, n.intPart, n.frac)
	}
	if n.commas {
		return appendIntegerValue(dst, n.intPart)
	}
	return appendInteger(dst, n.intPart)
}

// fraction denominators read specially.
func appendFraction(dst []string, num, den string) []string {
	d := atoiSmall(den)
	nv := atoiSmall(num)
	if d <= 0 || nv < 0 {
		dst = appendInteger(dst, num)
		dst = append(dst, "over")
		return appendInteger(dst, den)
	}
	dst = appendIntegerValue(dst, num)
	var denom []string
	switch d {
	case 1:
		return append(dst, "over", "one")
	case 2:
		denom = []string{"half"}
	case 4:
		denom = []string{"quarter"}
	default:
		denom = appendOrdinal(nil, den)
	}
	if nv != 1 {
		denom[len(denom)-1] = pluralWord(denom[len(denom)-1])
	}
	return append(dst, denom...)
}
