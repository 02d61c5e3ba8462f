package text

import "strings"

// The lead's round of the fifteenth session: misreadings found by running the normalizer over
// real text nobody wrote for a test (excerpts of public issue threads: phones, graphics cards,
// 3D printers, fitness trackers, smart homes, subscriptions), each read as a class and tested on
// probe sentences written before the readers, readings-lead46.tsv.

func (n *normalizer) lead46Token(t *token) int {
	c := t.core
	if n.inPart != 0 && len(c) >= 6 && isDigit(c[0]) {
		return n.processorModel(t) // "i9-13900HX": the model as a piece of a compound
	}
	if n.inPart == 0 && t.pre == "(" && len(c) >= 7 && isDigit(c[0]) {
		return n.packageRevision(t) // "xmlsec1 (1.2.36-2) unstable": a changelog's heading
	}
	if n.inPart != 0 || t.pre != "" {
		return 0
	}
	switch {
	case c == "~":
		return n.tildeSeparator(t)
	case len(c) == 4 && c[0] == '.' || len(c) == 14 && c[0] == '.' && strings.Count(c, "/") == 2:
		return n.baseballAverage(t)
	case c == "-" || c == "–":
		return n.percentSpan(t)
	case len(c) >= 5 && (c[0] == '+' || c[0] == '-') && isDigit(c[1]):
		if k := n.clockOffset(t); k > 0 {
			return k
		}
		return n.cveContinuation(t)
	case len(c) >= 2 && c[0] == '%' && isDigit(c[1]):
		return n.percentBefore(t)
	case len(c) >= 6 && (c[0] == 'f' || c[0] == 'F'):
		return n.apertureRange(t)
	case len(c) >= 5 && c[0] == '.' && strings.HasPrefix(c, ".NET") && isDigit(c[4]):
		return n.dotNetVersion(t)
	case isDigit(c[0]) && strings.HasPrefix(t.post, "''"):
		return n.apostropheInches(t)
	case c == "$" || c == "US$" || c == "C$" || c == "A$" || c == "NZ$" || c == "HK$":
		return n.spacedDollar(t)
	case len(c) >= 3 && isDigit(c[0]):
		// Each reader with the shapes its token needs (see shape; TestGuardsChangeNothing).
		for _, r := range [...]struct {
			need shape
			read func(*token) int
		}{
			{shPunct, n.decimalComma}, {shWide, n.ordinalDegree}, {shLower, n.hoursMinutes}, {shLower, n.lowerCelsius},
			{shAny, n.packageRevision}, {shAny, n.seasonRecord}, {shSlash, n.marketOdds}, {shHyphen, n.lotNumber},
			{shAny, n.processorModel}, {shAny, n.postNumber}, {shHyphen, n.yearMonth}, {shAny, n.gpuTi},
		} {
			if n.may(r.need) {
				if k := r.read(t); k > 0 {
					return k
				}
			}
		}
		return 0
	case len(c) >= 5 && c[0] >= 'a' && c[0] <= 'z' && strings.Contains(c, "/$"):
		return n.slashPrice(t)
	case c == "TI":
		return n.gpuTiApart(t)
	case len(c) >= 3 && (c[0] == 'i' || c[0] == 'm' || c[0] == 'w' || c[0] == 't' || c[0] == 'I'):
		return n.appleLower(t)
	}
	return 0
}

// decimalComma reads a number written with a decimal comma, as continental writers write it,
// before a unit or a percent sign: "4,5 km" four point five kilometers, "2,4%" two point four
// percent (they were read as two numbers, "four five k m", and the percent sign was lost). One
// or two digits after the comma are no group of thousands; a list ("Pick 1,2 or 3") has no unit
// after it.
func (n *normalizer) decimalComma(t *token) int {
	c := t.core
	i := strings.IndexByte(c, ',')
	if i < 1 || i > 3 || !allDigits(c[:i]) {
		return 0
	}
	j := i + 1
	for j < len(c) && isDigit(c[j]) {
		j++
	}
	if d := j - i - 1; d < 1 || d > 2 {
		return 0
	}
	switch tail := c[j:]; {
	case tail == "%":
	case tail != "":
		if _, ok := unitWord(tail, false); !ok {
			return 0
		}
	default:
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" {
			return 0
		}
		if _, ok := unitWord(next.core, true); !ok {
			return 0
		}
	}
	return n.reread(t, c[:i]+"."+c[i+1:], t.post)
}

// ordinalDegree reads the masculine ordinal sign written for the degree sign after a number
// ("100ºC", "72ºF", "45º"), as the degree sign: the two look alike on a keyboard's layout and
// are typed for each other (it was left out, unspeakable, and the C read as a letter).
func (n *normalizer) ordinalDegree(t *token) int {
	c := t.core
	i := strings.Index(c, "º")
	if i < 1 || !isDigit(c[i-1]) {
		return 0
	}
	if rest := c[i+len("º"):]; rest != "" && rest != "C" && rest != "F" {
		return 0
	}
	return n.reread(t, c[:i]+"°"+c[i+len("º"):], t.post)
}

// hoursMinutes reads a duration written with h, m and s glued ("1h30m" one hour thirty
// minutes, "3h05m12s" three hours five minutes twelve seconds), as trackers and logs print
// them (it was one h thirty m). Minutes and seconds are below 60.
func (n *normalizer) hoursMinutes(t *token) int {
	c := t.core
	h := strings.IndexByte(c, 'h')
	if h < 1 || h > 3 || !allDigits(c[:h]) {
		return 0
	}
	rest := c[h+1:]
	m := strings.IndexByte(rest, 'm')
	if m < 1 || m > 2 || !allDigits(rest[:m]) || atoiSmall(rest[:m]) >= 60 {
		return 0
	}
	secs := rest[m+1:]
	if secs != "" {
		s, ok := strings.CutSuffix(secs, "s")
		if !ok || s == "" || len(s) > 2 || !allDigits(s) || atoiSmall(s) >= 60 {
			return 0
		}
		secs = s
	}
	n.by("duration")
	hours := atoiSmall(c[:h])
	w := appendCardinal(nil, uint64(hours))
	w = append(w, plural(hours == 1, "hour", "hours"))
	mins := atoiSmall(rest[:m])
	w = appendCardinal(w, uint64(mins))
	w = append(w, plural(mins == 1, "minute", "minutes"))
	if secs != "" {
		s := atoiSmall(secs)
		w = appendCardinal(w, uint64(s))
		w = append(w, plural(s == 1, "second", "seconds"))
	}
	n.emit(t.raw, w...)
	return 1
}

// machineHeatWords in a sentence make a number glued to c a temperature, as the weather's and
// the kitchen's words do for C ("the GPU idles at 45c", "stuck at 27c", "30c outside").
var machineHeatWords = setOf(`nozzle extruder hotend cpu gpu idle idles idling thermal throttle throttles
throttling sensor sensors outside outdoors indoors celsius`)

// lowerCelsius reads a number glued to a lower-case c as degrees celsius in a sentence about a
// machine's heat or the weather ("the GPU idles at 45c"), where it was cents; a sentence of
// money ("It costs 50c", "shares dropped 50c") keeps cents.
func (n *normalizer) lowerCelsius(t *token) int {
	c := t.core
	if c[len(c)-1] != 'c' {
		return 0
	}
	num := c[:len(c)-1]
	if len(num) > 3 || !allDigits(num) {
		return 0
	}
	heat := false
	for k := max(0, n.i-8); k <= min(len(n.toks)-1, n.i+8); k++ {
		w := strings.ToLower(n.toks[k].core)
		if k == n.i {
			continue
		}
		if dotTimeBlockers[w] || strings.HasPrefix(w, "$") || w == "each" {
			return 0
		}
		heat = heat || machineHeatWords[w]
	}
	if !heat {
		return 0
	}
	return n.reread(t, num+"C", t.post)
}

// gpuTi reads a graphics card's model with Ti glued to it, "4070Ti" forty seventy ti, "1660Ti",
// "5070ti", in pairs as the model is read apart from it (it was a count, four thousand seventy).
func (n *normalizer) gpuTi(t *token) int {
	c := t.core
	if len(c) < 5 || len(c) > 6 || !strings.EqualFold(c[len(c)-2:], "ti") {
		return 0
	}
	num := c[:len(c)-2]
	if !allDigits(num) || num[0] == '0' {
		return 0
	}
	n.by("graphics card")
	v := atoiSmall(num)
	n.emit(t.raw, append(appendPairs(nil, v/100, v%100), "ti")...)
	return 1
}

// gpuTiApart reads TI after a graphics card's model ("RTX 3060 TI") as Ti is said, a word (it
// was spelled, t i); Texas Instruments' TI elsewhere stays spelled.
func (n *normalizer) gpuTiApart(t *token) int {
	num, maker := n.peek(-1), n.peek(-2)
	if num == nil || maker == nil || num.post != "" || maker.post != "" || len(num.core) < 3 || len(num.core) > 4 || !allDigits(num.core) {
		return 0
	}
	switch strings.ToUpper(maker.core) {
	case "RTX", "GTX", "GEFORCE":
	default:
		return 0
	}
	n.by("graphics card")
	n.emit(t.raw, "ti")
	return 1
}

// spacedDollar reads a dollar sign set apart from its amount ("$ 2 a month", "US$ 500") as the
// sign glued to it (it was dollars two), and a dollar sign before "sign" as the word dollar. A
// named country's dollar, "C$ 30.38", "A$", "NZ$", "HK$", is read so too (round sixty-five; it
// was c dollars thirty point three eight).
func (n *normalizer) spacedDollar(t *token) int {
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" {
		return 0
	}
	if t.core == "$" && strings.EqualFold(next.core, "sign") {
		n.by("dollar sign")
		n.emit(t.raw, "dollar")
		return 1
	}
	if next.core == "" || !isDigit(next.core[0]) {
		return 0
	}
	n.by("spaced dollar sign")
	next.core = t.core + next.core
	return 1
}

// appleLower are Apple's product names as chats write them, all in lower case, read as their
// own spelling reads them ("iphone" i phone, as "iPhone"; it was one word).
var appleLower = map[string][]string{
	"iphone": {"i", "phone"}, "iphones": {"i", "phones"}, "ipad": {"i", "pad"}, "ipads": {"i", "pads"},
	"ipod": {"i", "pod"}, "imac": {"i", "mac"}, "imacs": {"i", "macs"}, "icloud": {"i", "cloud"},
	"itunes": {"i", "tunes"}, "imessage": {"i", "message"}, "imessages": {"i", "messages"},
	"ios": {"i", "o", "s"}, "ipados": {"i", "pad", "o", "s"}, "macos": {"mac", "o", "s"},
	"watchos": {"watch", "o", "s"}, "tvos": {"t", "v", "o", "s"},
}

// appleLower reads an Apple product's name written in lower case, or capitalized at its first
// letter only ("Iphone", "Ipad", as a sentence's first word or a typist writes them).
func (n *normalizer) appleLower(t *token) int {
	c := t.core
	if c[0] == 'I' {
		if !isLowerWord(c[1:]) {
			return 0
		}
		c = "i" + c[1:]
	}
	w, ok := appleLower[c]
	if !ok {
		return 0
	}
	n.by("product name")
	n.emit(t.raw, w...)
	return 1
}

// shortCamelWord reports a piece of a camel-case name of two or three letters, a capital and
// lower case with a vowel, that the lexicon knows as a word ("App" in AppDelegate, "Add" in
// AddItem): it is the word, where a short piece no English word could be is spelled ("Db").
func (n *normalizer) shortCamelWord(p, lp string) bool {
	return n.opts.IsWord != nil && isCapitalized(p) && strings.ContainsAny(lp, "aeiou") && n.opts.IsWord(lp)
}

// apostropheInches reads two apostrophes after a number, typed for the inch mark where the
// double quote is not at hand (a 13 and two apostrophes before "laptop" is thirteen inch; they
// were dropped), as the double quote is read.
func (n *normalizer) apostropheInches(t *token) int {
	if _, rest, ok := scanNumber(t.core); !ok || rest != "" {
		return 0
	}
	return n.reread(t, t.core, "\""+t.post[2:])
}

// intelSuffixes close an Intel Core processor's five-digit model ("13700K", "14900KS", "13900HX").
var intelSuffixes = setOf("K KF KS F H HX HK HS U P T k kf ks hx")

// hardwareWords in a sentence make four digits glued to a lower-case x a processor's or a
// graphics card's model ("a 5700x"), not a multiplier ("1000x faster").
var hardwareWords = setOf("cpu cpus gpu gpus ryzen radeon amd intel processor processors chip rx rtx gtx geforce motherboard cooler")

// processorModel reads a processor's or graphics card's model: four digits after Ryzen and its
// tier ("Ryzen 5 5600" fifty six hundred) in pairs, as a Radeon's are; Intel's five digits with
// a letter suffix as its generation and the rest ("13700K" thirteen seven hundred k, "14900KS");
// four digits glued to xt, or to x beside a word of hardware ("6700xt" sixty seven hundred x t,
// "a 5700x" in a sentence about a CPU). They were counts (five thousand six hundred), and x
// times.
func (n *normalizer) processorModel(t *token) int {
	c := t.core
	k := 0
	for k < len(c) && isDigit(c[k]) {
		k++
	}
	digits, suffix := c[:k], c[k:]
	switch {
	case len(digits) == 4 && suffix == "" && digits[0] != '0':
		p, pp := n.peek(-1), n.peek(-2)
		ryzen := p != nil && p.post == "" && strings.EqualFold(p.core, "ryzen") ||
			p != nil && pp != nil && p.post == "" && pp.post == "" && len(p.core) == 1 && strings.ContainsAny(p.core, "3579") && strings.EqualFold(pp.core, "ryzen")
		if !ryzen {
			return 0
		}
		n.by("processor model")
		v := atoiSmall(digits)
		n.emit(t.raw, appendPairs(nil, v/100, v%100)...)
		return 1
	case len(digits) == 5 && digits[0] == '1' && digits[1] >= '0' && digits[1] <= '4' && intelSuffixes[suffix]:
		n.by("processor model")
		w := appendCardinal(nil, uint64(atoiSmall(digits[:2])))
		rest := atoiSmall(digits[2:])
		if rest%100 == 0 {
			w = appendCardinal(w, uint64(rest))
		} else {
			w = appendPairs(w, rest/100, rest%100)
		}
		for _, r := range strings.ToLower(suffix) {
			w = append(w, string(r))
		}
		n.emit(t.raw, w...)
		return 1
	case len(digits) == 4 && digits[0] != '0' && (suffix == "xt" || suffix == "x" && n.nearWord(hardwareWords)):
		n.by("processor model")
		v := atoiSmall(digits)
		w := appendPairs(nil, v/100, v%100)
		for _, r := range suffix {
			w = append(w, string(r))
		}
		n.emit(t.raw, w...)
		return 1
	}
	return 0
}

// veteransGroups before "Post" make the number after it a post's: "VFW Post 4471".
var veteransGroups = setOf("VFW Legion AMVETS DAV")

// postNumber reads a veterans' post's number after VFW, Legion or AMVETS and Post in pairs, as a
// room's is ("VFW Post 4471" post forty four seventy one; it was a count).
func (n *normalizer) postNumber(t *token) int {
	c := t.core
	if len(c) < 3 || len(c) > 4 || !allDigits(c) || c[0] == '0' {
		return 0
	}
	p, pp := n.peek(-1), n.peek(-2)
	if p == nil || pp == nil || p.core != "Post" || p.post != "" || pp.post != "" || !veteransGroups[pp.core] {
		return 0
	}
	n.by("post number")
	v := atoiSmall(c)
	n.emit(t.raw, appendPairs(nil, v/100, v%100)...)
	return 1
}

// slashPrice reads a list's prices joined by a slash glued to the second ("$6 adults/$3 kids"):
// the word, then the price as alone, the slash not said (it was "adults slash dollars three").
// reread reads the price with the readers' context (general, should reread not be able to).
func (n *normalizer) slashPrice(t *token) int {
	c := t.core
	i := strings.Index(c, "/$")
	if i < 2 || !isLowerWord(c[:i]) || i+2 >= len(c) || !isDigit(c[i+2]) {
		return 0
	}
	if _, rest, ok := scanNumber(c[i+2:]); !ok || rest != "" {
		return 0
	}
	// The word follows a price of its own: "$6 adults/$3 kids" (a contract's "5 years/$275
	// million" is round thirty-three's).
	if p := n.peek(-1); p == nil || p.post != "" || len(p.core) < 2 || p.core[0] != '$' || !isDigit(p.core[1]) {
		return 0
	}
	n.by("list of prices")
	n.emit(t.raw, c[:i])
	if k := n.reread(t, c[i+1:], t.post); k > 0 {
		return k
	}
	sub := *t
	sub.core = c[i+1:]
	n.general(&sub)
	return 1
}

// percentBefore reads a percent sign written before its number ("%80", as some locales and
// forum posts write it) after the number, as the sign is read (it was "percent eighty").
func (n *normalizer) percentBefore(t *token) int {
	num, rest, ok := scanNumber(t.core[1:])
	if !ok || rest != "" || num.neg || num.plus {
		return 0
	}
	n.by("percent before its number")
	n.emit(t.raw, append(appendNumber(nil, num), "percent")...)
	return 1
}

// percentSpan reads a spaced hyphen or en dash between two percentages as "to" ("60% - 80%";
// it was dropped as a pause, where spacedMinus reads one between plain numbers). An equals sign
// after them makes it arithmetic: minus.
func (n *normalizer) percentSpan(t *token) int {
	if t.pre != "" || t.post != "" {
		return 0
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || next.pre != "" {
		return 0
	}
	for _, s := range [...]string{prev.core, next.core} {
		if _, rest, ok := scanNumber(s); !ok || rest != "%" || !isDigit(s[0]) {
			return 0
		}
	}
	for off := 2; off <= 6; off++ {
		p := n.peek(off)
		if p == nil {
			break
		}
		if strings.HasPrefix(p.core, "=") || strings.EqualFold(p.core, "equals") {
			n.by("minus") // "50% - 20% = 30%"
			n.emit(t.raw, "minus")
			return 1
		}
	}
	n.by("range or score")
	n.emit(t.raw, n.rangeWord())
	return 1
}

// apertureRange reads a zoom lens's aperture range after f/ or F, "f/3.5-6.3" f three point
// five to six point three, "F3.5-5.6" (it was "f slash three point five six point three").
func (n *normalizer) apertureRange(t *token) int {
	c := t.core[1:]
	c = strings.TrimPrefix(c, "/")
	lo, hi, ok := strings.Cut(c, "-")
	if !ok || !apertureNumber(lo) || !apertureNumber(hi) {
		return 0
	}
	n.by("aperture")
	n.emitLetter(t.raw, "f")
	for k, v := range [...]string{lo, hi} {
		if k > 0 {
			n.emit(t.raw, "to")
		}
		whole, frac, point := strings.Cut(v, ".")
		n.emit(t.raw, appendInteger(nil, whole)...)
		if point {
			n.emit(t.raw, "point")
			n.emit(t.raw, appendDigitNames(nil, frac, false)...)
		}
	}
	return 1
}

// apertureNumber reports an f-number: one or two digits, a point and one digit or none ("3.5",
// "11", "5.6").
func apertureNumber(s string) bool {
	whole, frac, point := strings.Cut(s, ".")
	if whole == "" || len(whole) > 2 || !allDigits(whole) || whole[0] == '0' && len(whole) > 1 {
		return false
	}
	return !point || len(frac) == 1 && allDigits(frac)
}

// dotNetVersion reads .NET with its version glued (".NET8" dot net eight; the dot was dropped).
func (n *normalizer) dotNetVersion(t *token) int {
	v := t.core[len(".NET"):]
	if !isVersionString(v) && !allDigits(v) {
		return 0
	}
	n.by("software name")
	n.emit(t.raw, "dot", "net")
	n.emit(t.raw, appendVersion(nil, v)...)
	return 1
}

// yearMonth reads a year and a month joined by a hyphen, the month with its leading zero, as an
// ISO date without its day: "2026-04" april twenty twenty six (it was a range, twenty twenty six
// to oh four). A season's span ("2025-26") has no leading zero; a full date has its day.
func (n *normalizer) yearMonth(t *token) int {
	c := t.core
	if len(c) != 7 || c[4] != '-' || !allDigits(c[:4]) || !allDigits(c[5:]) || c[5] != '0' && c[5] != '1' {
		return 0
	}
	y, m := atoiSmall(c[:4]), atoiSmall(c[5:])
	if y < 1900 || y > 2099 || m < 1 || m > 12 || c[5] == '1' && m < 10 {
		return 0
	}
	// A label before it makes it an identifier ("Ordinance 2023-08", "Case No. 2024-11"): only a
	// word in lower case, or the sentence's first, may come before the date.
	if p := n.peek(-1); p != nil && (p.post != "" && p.post != "," || labelPrev[strings.ToLower(strings.TrimSuffix(p.core, "."))] || pairedLabel[p.lower()] || isCapitalized(p.core) && n.i > 1 || strings.ContainsAny(p.core, "0123456789#")) {
		return 0
	}
	n.by("year and month")
	n.emit(t.raw, append([]string{monthNames[m]}, appendYear(nil, y)...)...)
	return 1
}

// clockOffset reads a signed four-digit offset after a clock time, as mail and changelog headers
// write it ("12:13:10 -0400" u t c minus four, "21:47 +0530" u t c plus five thirty), as the
// lead's round thirty-seven reads one after UTC (it was minus zero four zero zero). Hours up to
// 14 and minutes on the quarter hour.
func (n *normalizer) clockOffset(t *token) int {
	c := t.core
	if len(c) != 5 || !allDigits(c[1:]) {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || strings.Count(prev.core, ":") == 0 || !isDigit(prev.core[0]) || !isDigit(prev.core[len(prev.core)-1]) {
		return 0
	}
	for _, part := range strings.Split(prev.core, ":") {
		if part == "" || len(part) > 2 || !allDigits(part) {
			return 0
		}
	}
	h, m := atoiSmall(c[1:3]), atoiSmall(c[3:])
	if h > 14 || m%15 != 0 || m > 45 {
		return 0
	}
	n.by("time zone")
	w := []string{"u", "t", "c", "plus"}
	if c[0] == '-' {
		w[3] = "minus"
	}
	w = appendCardinal(w, uint64(h))
	if m != 0 {
		w = appendCardinal(w, uint64(m))
	}
	n.emitPhrase(t.raw, w[:3]...)
	n.emit(t.raw, w[3:]...)
	return 1
}

// cveContinuation reads a CVE list's later numbers written with their dash only
// ("CVE-2022-42010, -42011, -42012") digit by digit, as the first one's number is read (they were
// minus forty two thousand eleven): the dash joins them to the year before.
func (n *normalizer) cveContinuation(t *token) int {
	c := t.core
	if c[0] != '-' || len(c) < 5 || len(c) > 8 || !allDigits(c[1:]) || t.post != "" && t.post != "," && t.post != ")" && t.post != ";" && t.post != "." {
		return 0
	}
	cve := false
	for k := n.i - 1; k >= 0 && k >= n.i-4; k-- {
		p := &n.toks[k]
		if len(p.core) > 4 && strings.EqualFold(p.core[:4], "cve-") {
			cve = p.post == ","
			break
		}
		if p.post != "," || len(p.core) < 5 || p.core[0] != '-' || !allDigits(p.core[1:]) {
			break
		}
	}
	if !cve {
		return 0
	}
	n.by("code digits")
	w := make([]string, 0, len(c)-1)
	for k := 1; k < len(c); k++ {
		w = append(w, onesWords[c[k]-'0'])
	}
	n.emit(t.raw, w...)
	return 1
}

// packageRevision reads a package's version with its revision after a hyphen, as Debian writes
// it ("2.2.41-1+deb12u2" two point two point forty one dash one plus deb twelve u two,
// "3.0.15-1~deb12u1" … tilde …): the upstream version of three or four dotted groups, or of two
// before a + or ~ suffix, then the revision (it was a date, the second of february forty one).
func (n *normalizer) packageRevision(t *token) int {
	c := t.core
	up, rev, ok := strings.Cut(c, "-")
	upSuffix := ""
	if i := strings.IndexAny(up, "+~"); i > 0 {
		up, upSuffix = up[:i], up[i:] // "2.1.28+dfsg-10": a repacked upstream
		if len(upSuffix) < 2 || !isLowerWord(upSuffix[1:]) {
			return 0
		}
	}
	if !ok || strings.Count(up, ".") < 1 || strings.Count(up, ".") > 3 || !isVersionString(up) {
		return 0
	}
	k := 0
	for k < len(rev) && isDigit(rev[k]) {
		k++
	}
	if k == 0 || k > 3 {
		return 0
	}
	num, suffix := rev[:k], rev[k:]
	if suffix != "" && suffix[0] != '+' && suffix[0] != '~' || suffix != "" && len(suffix) < 2 {
		return 0
	}
	if strings.Count(up, ".") < 2 && suffix == "" && upSuffix == "" {
		return 0 // "5.2-1": a range, or a score
	}
	for i := 1; i < len(suffix); i++ {
		if ch := suffix[i]; !isDigit(ch) && (ch < 'a' || ch > 'z') && ch != '.' {
			return 0
		}
	}
	n.by("package version")
	n.emit(t.raw, appendVersion(nil, up)...)
	if upSuffix != "" {
		n.emit(t.raw, plusOrTilde(upSuffix[0]))
		n.inPart++
		n.part(t.raw, upSuffix[1:])
		n.inPart--
	}
	n.emit(t.raw, "dash")
	n.emit(t.raw, appendInteger(nil, num)...)
	if suffix != "" {
		n.emit(t.raw, plusOrTilde(suffix[0]))
		n.inPart++
		n.part(t.raw, suffix[1:])
		n.inPart--
	}
	return 1
}

// plusOrTilde names the sign that opens a package version's suffix.
func plusOrTilde(c byte) string {
	if c == '+' {
		return "plus"
	}
	return "tilde"
}

// tildeSeparator reads a tilde standing alone between two words as a separator, a pause, as
// blogs set items apart with it ("SIX innings ~ FOUR hits"); before a number it stays
// "approximately".
func (n *normalizer) tildeSeparator(t *token) int {
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || t.pre != "" || t.post != "" || next.pre != "" || !isLetterWord(next.core) || !isLetterWord(prev.core) || dayOrMonth(strings.TrimSuffix(next.core, ".")) != "" {
		return 0 // "update ~ May 05": approximately a date
	}
	n.by("separator")
	n.raise(len(n.out)-1, Major)
	return 1
}

// averageLinks may stand between a word of hitting and the average it names: "his average is
// .336", "hitting just .210".
var averageLinks = setOf("is was at to of now just sits stands climbed rose fell dropped")

// winningMarks before .500 make it a record's winning percentage: "under .500" five hundred.
var winningMarks = setOf("under over above below at to")

// baseballAverage reads a baseball average a few words after its noun ("his average is .336"
// three thirty six), .500 after under, over, above, below, at or to (five hundred), and a slash
// line of three averages (".261/.323/.391" two sixty one three twenty three three ninety one).
// They were read as decimals, point three three six.
func (n *normalizer) baseballAverage(t *token) int {
	c := t.core
	if len(c) == 14 {
		parts := strings.Split(c, "/")
		for _, p := range parts {
			if len(p) != 4 || p[0] != '.' || !allDigits(p[1:]) {
				return 0
			}
		}
		n.by("batting average")
		for _, p := range parts {
			n.emit(t.raw, averageWords(p[1:])...)
		}
		return 1
	}
	if !allDigits(c[1:]) {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return 0
	}
	if c == ".500" && winningMarks[prev.lower()] {
		n.by("winning percentage")
		n.emit(t.raw, "five", "hundred")
		return 1
	}
	for k, hops := n.i-1, 0; k >= 0 && hops < 3; k, hops = k-1, hops+1 {
		p := &n.toks[k]
		if p.post != "" && k != n.i-1 {
			return 0
		}
		w := p.lower()
		if battingWords[w] && w != "hit" && w != "hits" && w != "season" && w != "career" {
			if k == n.i-1 {
				return 0 // next to its word: battingAverage reads it
			}
			n.by("batting average")
			n.emit(t.raw, averageWords(c[1:])...)
			return 1
		}
		if !averageLinks[w] {
			return 0
		}
	}
	return 0
}

// yearEnds before "the year" make a pair after it a record: "starting the year 0-6".
var yearEnds = setOf("starting started start starts ending ended end ends finishing finished finish finishes opening opened began begin closing closed")

// hitterDays after a hitter's line written with a slash make it one: "an 0/4 day".
var hitterDays = setOf("day night game outing performance effort")

// seasonRecord reads a win–loss record after starting, ending or finishing the year ("starting
// the year 0-6" oh and six), a pitcher's record before "with a … ERA" ("6-6 with a 5.14 ERA"), and
// a hitter's line written with a slash between a and day, game or night ("an 0/4 day" oh for
// four). They were a range or a score (zero to six) and two numbers (zero four).
func (n *normalizer) seasonRecord(t *token) int {
	c := t.core
	sep := strings.IndexAny(c, "-/")
	if sep < 1 || sep > 2 || len(c)-sep-1 < 1 || len(c)-sep-1 > 2 || !allDigits(c[:sep]) || !allDigits(c[sep+1:]) {
		return 0
	}
	a, b := c[:sep], c[sep+1:]
	p, pp, ppp, next := n.peek(-1), n.peek(-2), n.peek(-3), n.peek(1)
	if c[sep] == '/' {
		if p == nil || next == nil || p.post != "" || t.post != "" || !strings.EqualFold(p.core, "a") && !strings.EqualFold(p.core, "an") || !hitterDays[next.lower()] || atoiSmall(a) > atoiSmall(b) || atoiSmall(b) > 7 {
			return 0
		}
		n.by("batting line")
		w := appendRecordSide(nil, a)
		n.emit(t.raw, appendInteger(append(w, "for"), b)...)
		return 1
	}
	record := p != nil && pp != nil && ppp != nil && p.post == "" && pp.post == "" && ppp.post == "" &&
		strings.EqualFold(p.core, "year") && strings.EqualFold(pp.core, "the") && yearEnds[ppp.lower()]
	if !record && next != nil && t.post == "" && strings.EqualFold(next.core, "with") {
		// "6-6 with a 5.14 ERA": a pitcher's record and earned run average.
		art, num, era := n.peek(2), n.peek(3), n.peek(4)
		record = art != nil && num != nil && era != nil && (strings.EqualFold(art.core, "a") || strings.EqualFold(art.core, "an")) && startsNumeric(num.core) && era.core == "ERA"
	}
	if !record {
		return 0
	}
	n.by("win-loss record")
	n.emit(t.raw, appendRecord(nil, a, b)...)
	return 1
}

// codeWords46 in a sentence make a slash between words a path's: a directory, a package, an
// import.
var codeWords46 = setOf("directory directories folder folders file files package packages path paths import imports module modules repo repository dir")

// codeSentence46 reports a word of files or code in the sentence (up to 32 tokens around).
func (n *normalizer) codeSentence46() bool {
	for k := max(0, n.i-16); k <= min(len(n.toks)-1, n.i+16); k++ {
		if codeWords46[strings.ToLower(n.toks[k].core)] {
			return true
		}
	}
	return false
}

// lotNumber reads a lot's or batch's number of dashed digit groups after lot or batch (also
// after "numbers", and after through, to, and, or in a list of them) group by group: a year as a
// year, a group with a leading zero digit by digit, another as a number ("lots 2024-117"
// twenty twenty four one hundred seventeen, "24-0311" twenty four zero three one one). It was a
// range (twenty twenty four to one hundred seventeen) or a month (batch august twenty twenty five).
func (n *normalizer) lotNumber(t *token) int {
	if strings.Count(t.core, "-") != 1 {
		return 0 // not two groups: no allocation (speed)
	}
	groups := strings.Split(t.core, "-")
	if len(groups) != 2 || t.core[0] == '0' {
		return 0 // three groups or a leading zero: a parcel's number, digit by digit (readings24.tsv)
	}
	for _, g := range groups {
		if g == "" || len(g) > 5 || !allDigits(g) {
			return 0
		}
	}
	lot := false
	for k, hops := n.i-1, 0; k >= 0 && hops < 4 && !lot; k, hops = k-1, hops+1 {
		p := &n.toks[k]
		w := p.lower()
		switch {
		case lotLabels[w] || lotLabels[strings.TrimSuffix(w, "s")] || lotLabels[strings.TrimSuffix(w, "es")]: // round twenty-two's, and their plurals
			lot = p.post == "" || p.post == ":" || p.post == "#"
		case w == "numbers" || w == "number" || w == "no" || w == "#" || w == "through" || w == "to" || w == "and" || w == "or" || strings.Contains(p.core, "-"):
		default:
			return 0
		}
		if !lot && p.post != "" && p.post != "." && p.post != "," {
			return 0
		}
	}
	if !lot {
		return 0
	}
	n.by("lot number")
	for _, g := range groups {
		switch {
		case len(g) == 4 && g[0] != '0' && atoiSmall(g) >= 1900 && atoiSmall(g) <= 2099:
			n.emit(t.raw, appendYear(nil, atoiSmall(g))...)
		case g[0] == '0' && len(g) > 1:
			w := make([]string, 0, len(g))
			for k := 0; k < len(g); k++ {
				w = append(w, onesWords[g[k]-'0'])
			}
			n.emit(t.raw, w...)
		default:
			n.emit(t.raw, appendInteger(nil, g)...)
		}
	}
	return 1
}

// marketWords in a sentence make a pair after "at" a price in odds: prediction markets, betting
// lines, sportsbooks.
var marketWords = setOf("prediction predictions betting bettors sportsbook sportsbooks bookmakers bookies odds punters")

// marketOdds reads a larger number over a smaller after "at" in a sentence of prediction markets
// or betting as odds, "at 3/1" three to one (it was three one), where round thirteen's odds
// reader looks for its word within three tokens.
func (n *normalizer) marketOdds(t *token) int {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) == 0 || len(a) > 3 || len(b) == 0 || len(b) > 2 || !allDigits(a) || !allDigits(b) {
		return 0
	}
	x, y := atoiSmall(a), atoiSmall(b)
	p := n.peek(-1)
	if x <= y || y == 0 || y > 10 || p == nil || p.post != "" || !strings.EqualFold(p.core, "at") {
		return 0
	}
	market := false
	for k := max(0, n.i-12); k < n.i && !market; k++ {
		market = marketWords[strings.ToLower(n.toks[k].core)]
	}
	if !market {
		return 0
	}
	n.by("odds")
	n.emitJoined(t.raw, a, b, "to")
	return 1
}
