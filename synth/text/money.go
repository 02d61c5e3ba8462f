package text

import "strings"

// currency names a currency's major and minor units.
type currency struct {
	sing, plural           string
	minorSing, minorPlural string // "" when amounts are read with "point"
}

var (
	dollar = currency{"dollar", "dollars", "cent", "cents"}
	euro   = currency{"euro", "euros", "cent", "cents"}
	pound  = currency{"pound", "pounds", "penny", "pence"}
	yen    = currency{"yen", "yen", "", ""}
)

// currencySymbols are written before (or after) the amount.
var currencySymbols = map[string]currency{
	"$": dollar, "US$": {"u s dollar", "u s dollars", "cent", "cents"},
	"A$":  {"australian dollar", "australian dollars", "cent", "cents"},
	"C$":  {"canadian dollar", "canadian dollars", "cent", "cents"},
	"NZ$": {"new zealand dollar", "new zealand dollars", "cent", "cents"},
	"HK$": {"hong kong dollar", "hong kong dollars", "cent", "cents"},
	"€":   euro, "£": pound, "¥": yen, "₹": {"rupee", "rupees", "", ""},
	"₩": {"won", "won", "", ""}, "₽": {"ruble", "rubles", "", ""}, "₺": {"lira", "lira", "", ""},
	"₪": {"shekel", "shekels", "", ""}, "₱": {"peso", "pesos", "", ""}, "₦": {"naira", "naira", "", ""},
	"฿": {"baht", "baht", "", ""}, "₫": {"dong", "dong", "", ""}, "₴": {"hryvnia", "hryvnias", "", ""},
	"R$": {"real", "reais", "centavo", "centavos"}, "Fr": {"franc", "francs", "", ""},
}

// currencyCodes are ISO codes written as a separate token before or after
// the amount ("USD 10", "10 EUR").
var currencyCodes = map[string]currency{
	"USD": {"u s dollar", "u s dollars", "cent", "cents"}, "EUR": euro, "GBP": pound, "JPY": yen,
	"CAD": {"canadian dollar", "canadian dollars", "cent", "cents"},
	"AUD": {"australian dollar", "australian dollars", "cent", "cents"},
	"CHF": {"swiss franc", "swiss francs", "", ""}, "CNY": {"yuan", "yuan", "", ""},
	"RMB": {"yuan", "yuan", "", ""}, "INR": {"rupee", "rupees", "", ""},
	"MXN": {"mexican peso", "mexican pesos", "", ""}, "SEK": {"swedish krona", "swedish kronor", "", ""},
	"NOK": {"norwegian krone", "norwegian kroner", "", ""}, "DKK": {"danish krone", "danish kroner", "", ""},
	"BTC": {"bitcoin", "bitcoin", "", ""}, "Rs": {"rupee", "rupees", "", ""},
}

// leadingCurrency splits a currency symbol off the front of s.
func leadingCurrency(s string) (currency, string, bool) {
	if s == "" {
		return currency{}, s, false
	}
	switch c := s[0]; {
	case c == '$' || c >= 0x80:
	case c == 'U' || c == 'N' || c == 'H' || c == 'A' || c == 'C' || c == 'R':
		if len(s) < 2 || s[1] != '$' && (len(s) < 3 || s[2] != '$') {
			return currency{}, s, false
		}
	default:
		return currency{}, s, false
	}
	for _, sym := range []string{"US$", "NZ$", "HK$", "A$", "C$", "R$", "$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "₱", "₦", "฿", "₫", "₴"} {
		if strings.HasPrefix(s, sym) {
			return currencySymbols[sym], s[len(sym):], true
		}
	}
	return currency{}, s, false
}

// trailingCurrency recognizes a symbol written after the amount ("20€").
func trailingCurrency(s string) (currency, bool) {
	switch s {
	case "€", "£", "$", "¥", "₹", "₽", "₺", "₪", "₩", "₫", "₴":
		return currencySymbols[s], true
	}
	return currency{}, false
}

// appendMoney reads an amount in a currency. scale is "" or a scale word
// ("million"): "$2.3 billion" → two point three billion dollars.
func appendMoney(dst []string, n number, c currency, scale string) []string {
	if n.neg {
		dst = append(dst, "minus")
		n.neg = false
	} else if n.plus && n.hasPoint && len(n.frac) == 2 && c.minorSing != "" && scale == "" {
		dst = append(dst, "plus") // "+$0.75" plus seventy five cents (round forty; it was dropped)
	}
	if scale != "" {
		dst = appendNumber(dst, n)
		dst = append(dst, strings.Fields(scale)...) // "lakh crore" is two words
		return append(dst, strings.Fields(c.plural)...)
	}
	if n.hasPoint && len(n.frac) == 2 && c.minorSing != "" {
		major := strings.TrimLeft(n.intPart, "0")
		minor := atoiSmall(n.frac)
		if major != "" {
			dst = appendIntegerValue(dst, major)
			dst = append(dst, strings.Fields(plural(major == "1", c.sing, c.plural))...)
			if minor == 0 {
				return dst
			}
			dst = append(dst, "and")
		} else if minor == 0 {
			dst = append(dst, "zero")
			return append(dst, strings.Fields(c.plural)...)
		}
		dst = appendUnder100(dst, minor)
		return append(dst, plural(minor == 1, c.minorSing, c.minorPlural))
	}
	dst = appendNumber(dst, n)
	return append(dst, strings.Fields(plural(n.isOne(), c.sing, c.plural))...)
}

func plural(one bool, sing, pl string) string {
	if one {
		return sing
	}
	return pl
}

// money reads a token that starts with a currency symbol, with an
// optional sign before it, a scale suffix ("$5M"), a following scale word
// ("$2 million"), a range ("$5-10") or a rate ("$15/hr").
func (n *normalizer) money(t *token, s string) bool {
	neg, plus := false, false
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−") {
		neg = true
		s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "−")
	} else if strings.HasPrefix(s, "+") {
		plus = true // "+$1.2M" plus one point two million dollars
		s = s[1:]
	}
	c, rest, ok := leadingCurrency(s)
	if !ok {
		return false
	}
	if c == yen && s[0] == 0xC2 && n.r77YuanSentence() {
		c = yuan77 // "¥8,500 per CBM from Shanghai" (round seventy-seven)
	}
	num, rest, ok := scanNumber(rest)
	if !ok || plus && (num.neg || num.plus) {
		return false
	}
	num.neg = num.neg || neg
	num.plus = num.plus || plus
	p := n.peek(-1)
	after := n.peek(1)
	if n.scaleAfter() != "" {
		after = n.peek(2)
	}
	article := adjectival(p, after, t)
	if !article && coordinatedCompound66(p) && nounAfter66(after) {
		article = adjectival(n.peek(-2), after, t) // "a 10-year, $500 million contract" (the lead's round sixty-six)
	}
	if !num.hasPoint && !num.commas && len(rest) == 3 && rest[0] == ',' && allDigits(rest[1:]) {
		num.frac, num.hasPoint, rest = rest[1:], true, "" // €3,50
	}
	var words []string
	scale := ""
	if w := scaleRange(num, rest, c); w != nil {
		n.emit(t.raw, w...) // $4.1B-$4.3B
		return true
	}
	if sc, ok := scaleSuffix[rest]; ok {
		scale, rest = sc, ""
	} else if k := strings.IndexByte(rest, '/'); k > 0 && scaleSuffix[rest[:k]] != "" {
		// "$120K/QALY": the scale, then what the price is per (round thirty-four).
		scale, rest = scaleSuffix[rest[:k]], rest[k:]
	} else if l := strings.ToLower(strings.TrimLeft(rest, "-")); l != rest && scaleNames[l] && l != "dozen" {
		// "a $5-million grant": an adjective, singular currency.
		num.neg = num.neg || neg
		words := appendNumber(nil, num)
		words = append(words, l)
		n.emit(t.raw, append(words, strings.Fields(c.sing)...)...)
		return true
	} else if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") {
		// Range: $5-10, $5–$10.
		r := strings.TrimPrefix(strings.TrimPrefix(rest, "-"), "–")
		if _, r2, ok := leadingCurrency(r); ok {
			r = r2
		}
		if hi, tail, ok := scanNumber(r); ok && (tail == "" || scaleSuffix[tail] != "") {
			sc := n.scaleAfter()
			if tail != "" {
				sc = scaleSuffix[tail] // "$5–10M": the scale of the upper end is both ends'
			}
			if num.hasPoint && len(num.frac) == 2 && sc == "" {
				words = appendMoney(words, num, c, "") // "$4.50-$4.70": both ends in dollars and cents
			} else {
				words = appendNumber(words, num)
			}
			words = append(words, n.rangeWord()) // "between $5-$10" and (the lead's round sixty-six)
			words = appendMoney(words, hi, c, sc)
			if tail == "" && sc != "" {
				n.i++
			}
			n.emit(t.raw, words...)
			return true
		}
	}
	if r := strings.ToLower(rest); strings.HasPrefix(r, "-a-") || strings.HasPrefix(r, "-an-") || strings.HasPrefix(r, "-per-") {
		// A rate: "a $5-a-day habit" five dollar a day (an adjective: singular), "it costs
		// $10-a-head" ten dollars a head.
		n.by("money rate")
		if num.hasPoint && len(num.frac) == 2 {
			// "$3.50-a-gallon" three dollars and fifty cents a gallon, as "a $2.50 fee" keeps
			// its dollars and cents (round forty-five; it was three point five zero dollars).
			n.emit(t.raw, appendMoney(words, num, c, "")...)
			n.part(t.raw, rest[1:])
			return true
		}
		words = appendNumber(words, num)
		name := c.plural
		if p != nil && p.post == "" && (strings.EqualFold(p.core, "a") || strings.EqualFold(p.core, "an") || determiners[p.lower()]) || num.isOne() || n.rateBeforeNoun45(t) {
			name = c.sing
		}
		n.emit(t.raw, append(words, strings.Fields(name)...)...)
		n.part(t.raw, rest[1:])
		return true
	}
	if scale == "" && rest == "" {
		scale = n.scaleAfter()
		if scale != "" {
			n.i++ // consume the scale word; run() handles its punctuation
			scale = n.croreAfter(scale)
		}
	}
	if article && rest == "" && !(num.hasPoint && len(num.frac) == 2 && num.frac != "00" && scale == "") {
		// An adjective: "a $5 bill", "a $1.2 trillion plan" → singular; "a $5.00 fee" too, its
		// zero cents unread (round forty-three).
		if whole := num; whole.hasPoint && whole.frac == "00" && scale == "" {
			whole.hasPoint, whole.frac = false, ""
			words = appendNumber(words, whole)
		} else {
			words = appendNumber(words, num)
		}
		if scale != "" {
			words = append(words, strings.Fields(scale)...)
		}
		n.emit(t.raw, append(words, strings.Fields(c.sing)...)...)
		return true
	}
	words = appendMoney(words, num, c, scale)
	if rest != "" {
		if a := strings.TrimPrefix(rest, "/"); a != rest && len(a) >= 2 && len(a) <= 5 && isUpperWord(a) && perOnly[a] == "" && !isUnitSymbol(a) {
			// "$4,200/FEU" per f e u: an acronym after the slash is read as one.
			n.by("money per acronym")
			n.emit(t.raw, append(words, "per")...)
			n.word(t.raw, a)
			return true
		}
		if per, ok := perWord(rest); ok {
			words = append(words, per...)
		} else if per, ok := perPeriods[rest]; ok {
			words = append(words, per...) // "£35pp" per person
		} else if per, ok := r48PerEach(rest); ok {
			words = append(words, per...) // "$30/car/night" per car per night (round forty-eight)
		} else {
			n.emit(t.raw, words...)
			n.part(t.raw, rest)
			return true
		}
	}
	n.emit(t.raw, words...)
	return true
}

// scaleAfter returns the next token's scale word ("million") when present
// with no punctuation between.
func (n *normalizer) scaleAfter() string { return n.peekScale(1) }
