package text

import "strings"

// Round forty-three: the classes held39's dev half missed (a new hand's set in the registers of
// personal finance and crypto blogs, earnings-call summaries, bank and card alerts, insurance
// notices, retirement calculators and stock forum posts), each tested on probe sentences
// written before the readers, readings43.tsv.

func (n *normalizer) round43Token(t *token) int {
	c := t.core
	if n.inPart != 0 || c == "" {
		return 0
	}
	switch c {
	case "/":
		return oneIf(n.r43SpacedSumSlash(t))
	case "AH":
		return oneIf(n.r43AfterHours(t))
	case "est":
		return oneIf(n.r43Estimated(t))
	}
	if len(c) < 3 {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= 'A' && c0 <= 'Z':
		if n.may(shHyphen) && n.may(shDigit) {
			return oneIf(n.r43ProposalGlued(t))
		}
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if n.may(shSlash) && n.r43DateAfterNoun(t) || n.may(shHyphen) && n.r43TaxForm(t) || n.may(shHyphen|shWide) && n.r43EraRangeAfter(t) {
			return 1
		}
		return oneIf(c0 != '0' && n.r43ProposalSpaced(t))
	case c0 == '$' || c0 == 0xC2 || c0 == 0xE2: // $, £ (C2 A3), € (E2 82 AC)
		if n.may(shSlash) && n.may(shDigit) {
			return oneIf(n.r43SumList(t))
		}
	case c0 == 'r':
		if n.may(shSlash) {
			return oneIf(n.r43Subreddit(t))
		}
	}
	return 0
}

// r43ProposalSeries are series of numbered proposals and standards whose numbers their readers
// say in pairs ("EIP-1559" e i p fifteen fifty nine, "ERC-721" e r c seven twenty one), with
// how the series' name is said: spelled, or a word ("SLIP" slip, "PEP" pep).
var r43ProposalSeries = map[string]string{
	"EIP": "", "ERC": "", "BIP": "", "CIP": "", "SLIP": "slip", "PEP": "pep",
}

// r43HyphenSeries are the series read so only with a hyphen: a spaced ISO or RFC number is
// pairLabels' (round seventeen), three digits after RFC round twenty's.
var r43HyphenSeries = map[string]string{"RFC": "", "ISO": ""}

// r43ProposalNumber reports three or four digits without a leading zero, the numbers read in
// pairs (two digits stay a cardinal, "BIP-39"; five or a leading zero stay digit by digit,
// "ISO-27001", "SLIP-0044").
func r43ProposalNumber(d string) bool {
	return (len(d) == 3 || len(d) == 4) && allDigits(d) && d[0] != '0'
}

// r43ProposalGlued reads a proposal's number joined to its series by a hyphen: "EIP-4844" e i p
// forty eight forty four, "ERC-1155" e r c eleven fifty five, "RFC-9110" r f c ninety one ten
// (they were counts: e i p four thousand eight hundred forty four). It reports whether it did.
func (n *normalizer) r43ProposalGlued(t *token) bool {
	series, d, ok := strings.Cut(t.core, "-")
	if !ok || !r43ProposalNumber(d) {
		return false
	}
	say, known := r43ProposalSeries[series]
	if !known {
		if say, known = r43HyphenSeries[series]; !known {
			return false
		}
	}
	n.by("proposal number")
	if say != "" {
		n.emit(t.raw, say)
	} else {
		for k := 0; k < len(series); k++ {
			n.emitLetter(t.raw, strings.ToLower(series[k:k+1]))
		}
	}
	n.emit(t.raw, appendPaired(nil, d)...)
	return true
}

// r43ProposalSpaced reads a proposal's number after its series' name: "EIP 7702" seventy seven
// oh two, "ERC 4337" forty three thirty seven. A number before a plural noun is still a count
// ("EIP 1200 drafts" is not written so; "1200 EIP drafts" has no series before it).
func (n *normalizer) r43ProposalSpaced(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || !r43ProposalNumber(t.core) {
		return false
	}
	if _, ok := r43ProposalSeries[prev.core]; !ok {
		return false
	}
	n.by("proposal number")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return true
}

// r43ShortSyllableCut reports a cut at j of a run-together name that splits an -ing, -ed, -er
// or -es form of a word the lexicon lacks inside its stem, before the piece s[j:i]:
//   - sh or ch and the ending after a single vowel letter: English spells the short vowel of
//     one syllable so ("fishing", "riches"), so the letters are one word's, not a word ending in
//     a vowel and a second word ("phishing" is not phi shing, a Greek letter and a name); a
//     final e after a consonant is silent and ends a word ("bikeshed" bike shed), and a vowel
//     pair before the cut is no single vowel;
//   - h and the ending after s, c, t or p: sh, ch, th and ph spell one sound, which no word
//     boundary splits ("vished" is not vis hed).
//
// th and the ending are left to split: "thing" is a common word ("yogathing" yoga thing).
func r43ShortSyllableCut(s string, j, i int) bool {
	if j < 2 || i-j < 3 {
		return false
	}
	tail := s[j:i]
	if tail[0] == 'h' {
		switch s[j-1] {
		case 's', 'c', 't', 'p':
			return r43Inflection[tail[1:]]
		}
		return false
	}
	if i-j < 4 || tail[1] != 'h' || tail[0] != 's' && tail[0] != 'c' || !r43Inflection[tail[2:]] {
		return false
	}
	v := s[j-1]
	return (v == 'a' || v == 'i' || v == 'o' || v == 'u') && !isVowel(s[j-2])
}

// r43Inflection are the endings r43ShortSyllableCut keeps with their stem.
var r43Inflection = setOf("ing ings ed er ers es")

// r43WebWords are words of the web and of finance since the lexicon was made that it lacks,
// pieces of run-together names ("moneyblog" money blog, "cryptowiki" crypto wiki), as the
// lexicon's own words are.
var r43WebWords = setOf("blog blogs blogger bloggers vlog vlogs vlogger podcast podcasts wiki wikis fintech selfie selfies emoji emojis" +
	" phish phishing phished phisher phishers")

// r43BadOnset reports a word whose opening consonants no English word opens with ("fdic": f and
// d): a lexicon that lists it lists initials, which are spelled.
func r43BadOnset(w string) bool {
	k := 0
	for k < len(w) && !isVowel(w[k]) && !(w[k] == 'y' && k > 0) {
		k++
	}
	return k >= 2 && k < len(w) && !onsets[w[:k]]
}

// r43SumDeterminers are determiners after which a sum or a quantity before a noun is an
// adjective, as after a or each: "another $35 overdraft fee" another thirty five dollar
// overdraft fee, "no $5 fee", "any $10 charge".
var r43SumDeterminers = setOf("another any no")

// r43NotSumNoun are words after such a sum that make it no adjective: times and words of when
// ("another $300 today", "another $300 last week"), and "back" and "worth".
var r43NotSumNoun = setOf("today tonight yesterday tomorrow now last next this back worth total overall apiece")

// r43SumAdjective reports a sum or a quantity used as an adjective after another, any or no: a
// lower-case word follows it that is neither a function word (notNoun) nor a word of when
// (r43NotSumNoun), and it is no time (after is the token after the quantity, last its own last
// token).
func r43SumAdjective(det string, after, last *token) bool {
	if after == nil || last == nil || last.post != "" || after.pre != "" {
		return false
	}
	if timeUnits[strings.ToLower(strings.TrimLeft(last.core, "0123456789.,"))] {
		return false
	}
	a := after.core
	if len(a) <= 2 || !isLetterWord(a) || a != strings.ToLower(a) || notNoun[a] || r43NotSumNoun[a] || strings.HasSuffix(a, "ly") {
		return false
	}
	// A verb after the sum makes it the subject: "Another $2 million went missing", "another
	// $500 goes to savings" (a plural never follows another, so a word in -s is a verb there).
	return !r43PastVerbs[a] && !strings.HasSuffix(a, "ed") && !(det == "another" && strings.HasSuffix(a, "s"))
}

// r43PastVerbs are verbs in the past tense without -ed that follow a sum as its verb.
var r43PastVerbs = setOf("went came got left fell rose took made paid cost sat hit grew sank stood brought bought sold spent lost won gave kept ran")

// r43DateAfterNoun reads a month and day after "date" (with its colon, or "is" between), or
// after "posted", as a statement prints them: "closing date is 11/24" november twenty fourth,
// "Payment due date: 12/19", "posted 3/14" (they were pairs of numbers: eleven twenty four).
// Day first when the first field cannot be a month or the sentence is British, as noteDate
// reads. It reports whether it did.
func (n *normalizer) r43DateAfterNoun(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 || !allDigits(a) || !allDigits(b) || t.pre != "" {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x < 1 || y < 1 || x > 31 || y > 31 || x > 12 && y > 12 {
		return false
	}
	p := n.peek(-1)
	if p == nil {
		return false
	}
	pl := p.lower()
	switch {
	case pl == "date" && (p.post == "" || p.post == ":"):
	case pl == "posted" && p.post == "":
	case pl == "is" && p.post == "":
		pp := n.peek(-2)
		if pp == nil || pp.post != "" || !strings.EqualFold(pp.core, "date") {
			return false
		}
	default:
		return false
	}
	n.emitSlashedMonthDay(t, x, y)
	return true
}

// r43SumShape reports a sum of money as a list of limits or tiers writes it: a currency sign, a
// whole amount (commas allowed), cents or not, and a scale letter or not: "$50K", "$300,000",
// "£9.50", "$1.5M".
func r43SumShape(s string) bool {
	for _, sign := range []string{"$", "£", "€"} {
		r, ok := strings.CutPrefix(s, sign)
		if !ok {
			continue
		}
		if r != "" && strings.ContainsRune("KkMB", rune(r[len(r)-1])) {
			r = r[:len(r)-1]
		}
		w, f, _ := strings.Cut(strings.ReplaceAll(r, ",", ""), ".")
		return w != "" && allDigits(w) && len(w) <= 9 && (f == "" || len(f) <= 2 && allDigits(f))
	}
	return false
}

// r43SumList reads three sums of money or more joined by slashes, each with its sign, as a
// list of limits or tiers, with a pause for each slash: "$50K/$100K/$25K" fifty thousand
// dollars, one hundred thousand dollars, twenty five thousand dollars (it was slash; two such
// sums are priceAlternatives'). It reports whether it did.
func (n *normalizer) r43SumList(t *token) bool {
	parts := strings.Split(t.core, "/")
	if len(parts) < 3 || len(parts) > 6 {
		return false
	}
	for _, p := range parts {
		if !r43SumShape(p) {
			return false
		}
	}
	n.by("sums")
	for k, p := range parts {
		if k > 0 {
			n.raise(len(n.out)-1, Minor)
		}
		n.part(t.raw, p)
	}
	return true
}

// r43SpacedSumSlash reads a spaced slash before a sum of money, after another sum within three
// words, as a pause between the items of a list: "$1,000 per claim / $2,500 per year", "$5 /
// $10 / $15" (it was slash). A slash before a unit stays per ("$1,800 / month").
func (n *normalizer) r43SpacedSumSlash(t *token) bool {
	next := n.peek(1)
	if next == nil || next.pre != "" || !r43SumShape(next.core) || t.pre != "" {
		return false
	}
	for k := -1; k >= -3; k-- {
		p := n.peek(k)
		if p == nil || k < -1 && clauseEnd(p.post) {
			return false
		}
		if r43SumShape(p.core) {
			n.by("sums")
			n.raise(len(n.out)-1, Minor)
			return true
		}
	}
	return false
}

// r43Subreddit reads a subreddit's name run together in lower case as words, as a hashtag's:
// "r/wallstreetbets" r slash wall street bets, "r/personalfinance" (it was read whole). A name
// the lexicon knows, or one with capitals, is read as before.
func (n *normalizer) r43Subreddit(t *token) bool {
	name, ok := strings.CutPrefix(t.core, "r/")
	if !ok || len(name) < 6 || !isLetterWord(name) || name != strings.ToLower(name) || n.opts.IsWord == nil || knownWord(name, n.opts.IsWord) {
		return false
	}
	parts := segmentWords(name, n.opts.IsWord, 4)
	if parts == nil {
		return false
	}
	n.by("subreddit")
	n.emitLetter(t.raw, "r")
	n.emit(t.raw, "slash")
	for _, p := range parts {
		if spelledPiece(p) {
			n.emitLetter(t.raw, p[:1])
			n.emitLetter(t.raw, p[1:])
			continue
		}
		if cs := n.compoundSplit(p, false); cs != nil {
			n.word(t.raw, cs[0]) // "wallstreet" wall street, as a host's name
			n.word(t.raw, cs[1])
			continue
		}
		n.word(t.raw, p)
	}
	return true
}

// r43AfterHoursNext are words AH names the session of.
var r43AfterHoursNext = setOf("trading trade trades volume session move moves action")

// r43AfterHours reads AH after a move in percent, or before a word of trading, as after hours,
// as market reports say it: "fell 3% AH", "in AH trading" (it was a h). It reports whether it
// did.
func (n *normalizer) r43AfterHours(t *token) bool {
	p, next := n.peek(-1), n.peek(1)
	switch {
	case p != nil && p.post == "" && strings.HasSuffix(p.core, "%") && startsNumeric(p.core):
	case next != nil && t.post == "" && r43AfterHoursNext[next.lower()]:
	default:
		return false
	}
	n.by("market session")
	n.emit(t.raw, "after", "hours")
	return true
}

// r43TaxForm reads a US tax form's number with a hyphen and its letters as "Form 1099-K" is
// read: the number in pairs, the letters spelled: "1099-B" ten ninety nine b, "1098-T", "1040-X",
// "1099-INT" ten ninety nine i n t (it was one thousand ninety nine b, and INT interception).
func (n *normalizer) r43TaxForm(t *token) bool {
	num, letters, ok := strings.Cut(t.core, "-")
	if !ok || !taxForms[num] || len(letters) == 0 || len(letters) > 4 || !isUpperWord(letters) {
		return false
	}
	n.by("tax form")
	n.emit(t.raw, appendPaired(nil, num)...)
	for k := 0; k < len(letters); k++ {
		n.emitLetter(t.raw, strings.ToLower(letters[k:k+1]))
	}
	return true
}

// r43Estimated reads "est." after a sum of money or a percent as estimated, as a table of
// results against forecasts prints it: "$94.9B vs. $94.5B est." (it was established at a
// sentence's end; "est. 1887" and "Est. 1990" stay).
func (n *normalizer) r43Estimated(t *token) bool {
	p := n.peek(-1)
	if !strings.HasPrefix(t.post, ".") || p == nil || p.post != "" || !startsNumeric(p.core) || !strings.ContainsAny(p.core, "$£€%") {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "estimated")
	return true
}

// r43EraRangeAfter reads a span of years after AD joined by a dash as eraRange reads one before
// an era: "AD 618–907" a d six eighteen to nine oh seven (it was six hundred eighteen to nine
// hundred seven; held39's unseen miss). It reports whether it did.
func (n *normalizer) r43EraRangeAfter(t *token) bool {
	p := n.peek(-1)
	if p == nil || p.post != "" || t.pre != "" || p.core != "AD" && p.core != "A.D" {
		return false
	}
	lo, hi, ok := cutDash(t.core)
	if !ok || !allDigits(lo) || !allDigits(hi) || len(lo) < 2 || len(lo) > 4 || len(hi) < 2 || len(hi) > 4 || lo[0] == '0' || hi[0] == '0' {
		return false
	}
	n.by("era years")
	w := eraYear(nil, lo)
	w = append(w, "to")
	n.emit(t.raw, eraYear(w, hi)...)
	return true
}
