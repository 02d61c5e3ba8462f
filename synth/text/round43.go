package text

import "strings"

// Round forty-three: the classes held39's dev half missed (a new hand's set in the registers of
// personal finance and crypto blogs, earnings-call summaries, bank and card alerts, insurance
// notices, retirement calculators and stock forum posts), each tested on probe sentences
// written before the readers, readings43.tsv.

func (n *normalizer) round43Token(t *token) int {
	c := t.core
	if len(c) < 3 || n.inPart != 0 {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= 'A' && c0 <= 'Z':
		if n.may(shHyphen) && n.may(shDigit) {
			return oneIf(n.r43ProposalGlued(t))
		}
	case c0 >= '1' && c0 <= '9':
		if n.may(shDigit) {
			return oneIf(n.r43ProposalSpaced(t))
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
