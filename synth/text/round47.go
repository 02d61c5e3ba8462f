package text

import "strings"

// Round forty-seven: the classes of held41's dev misses, in home and housing text (listings
// and rental ads, hardware pages, utility notices, HOA newsletters, contractor quotes): a code's
// digits after a phrase of what the code opens, a release named by its year after a product's
// name, and (in abbrev.go's tables) an association's initials in a run-together host and the
// trades' acronyms said as words; each tested on probe sentences written before the readers,
// readings47.tsv.

func (n *normalizer) round47Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 || c[0] < '0' || c[0] > '9' || !n.may(shDigit) {
		return 0
	}
	if len(c) >= 6 && c[4] == '.' && n.may(shDot) {
		return oneIf(n.r47YearRelease(t))
	}
	if len(c) >= 3 && len(c) <= 10 {
		return oneIf(n.r47CodeFor(t))
	}
	return 0
}

// r47CodeWords name a code that opens something: "the gate code for the pool is 4826".
var r47CodeWords = setOf("code passcode password pin combination combo")

// r47CodePreps join a code word to what it opens: for, to, on.
var r47CodePreps = setOf("for to on")

// r47Followers may follow a code or a release without making it a quantity of the next word:
// "is 6204, not 6240", "2025.1 tonight", "2023.1 or later".
var r47Followers = setOf("and or but not then so until now tonight today first before after instead yet again with on")

// r47CodeFor reads the digits of a code after a code word and a phrase of what it opens, before
// "is", "was" or a colon, digit by digit: "The lockbox code for showings is 7731" seven seven
// three one, "The code for the clubhouse door: 1470" (round forty-seven, held41's `gate code
// for the pool is 4826`; it was a count). A second number of the same length after is, was, not
// or or in a sentence whose code was so read is the code too ("is 6204, not 6240", "was 0815
// and now it is 1123"). A number before a word that is no follower ("is 1200 pounds per post",
// "3400 cases behind") or after a phrase without a code word ("The charge for the repair is
// 1200 dollars") stays a count.
func (n *normalizer) r47CodeFor(t *token) bool {
	c := t.core
	if t.pre != "" || !allDigits(c) || !r47Ends(t, n.peek(1)) {
		return false
	}
	if !n.r47CodeContext(0) && !n.r47SameCode(c) {
		return false
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}

// r47Ends reports a number that ends its phrase: punctuation after it, the sentence's end, or a
// word of r47Followers next.
func r47Ends(t, next *token) bool {
	if t.post != "" {
		return strings.ContainsAny(t.post[:1], ".,;:!?)")
	}
	return next == nil || next.pre == "" && r47Followers[next.core]
}

// r47CodeAdverbs may stand between is or was and a code: "The door code is now 55921".
var r47CodeAdverbs = setOf("now still currently")

// r47CodeContext reports whether the token at offset base follows "code for … is" or "code for
// …:": "is" or "was" (or a colon on the phrase's last word), one to four lower-case words, one of
// r47CodePreps, and a word of r47CodeWords; or, with an adverb of r47CodeAdverbs after is or was,
// also a code word right before them ("The door code is now 55921"; without the adverb
// codeWordBefore reads it).
func (n *normalizer) r47CodeContext(base int) bool {
	off := base - 1
	p := n.peek(off)
	if p == nil || p.pre != "" {
		return false
	}
	adverb := false
	if p.post == "" && r47CodeAdverbs[p.core] {
		// "The door code is now 55921" (R6): an adverb of time after is or was.
		if q := n.peek(off - 1); q != nil && q.pre == "" && q.post == "" && (q.core == "is" || q.core == "was") {
			adverb = true
			off--
			p = q
		}
	}
	if p.post == "" && (p.core == "is" || p.core == "was") {
		off--
	} else if p.post != ":" || adverb {
		return false
	}
	for k := 0; k <= 4; k++ {
		q := n.peek(off)
		if q == nil || q.pre != "" || q.post != "" && !(off == base-1 && q.post == ":") || q.core == "" || !isLetterWord(q.core) {
			return false
		}
		if k == 0 && adverb && r47CodeWords[strings.ToLower(q.core)] {
			e := n.peek(off - 1) // "error code is now 503" is a status, read in pairs elsewhere
			return e == nil || !statusWords[strings.ToLower(e.core)]
		}
		if q.core != strings.ToLower(q.core) {
			return false
		}
		if k > 0 && r47CodePreps[q.core] {
			w := n.peek(off - 1)
			return w != nil && w.post == "" && r47CodeWords[strings.ToLower(w.core)]
		}
		off--
	}
	return false
}

// r47SameCode reports a number of code's length after is, was, not or or, where a number of that
// length within the 16 tokens before was a code read by r47CodeContext: "is 6204, not 6240".
func (n *normalizer) r47SameCode(c string) bool {
	p := n.peek(-1)
	if p == nil || p.pre != "" || p.post != "" {
		return false
	}
	switch p.core {
	case "is", "was", "not", "or":
	default:
		return false
	}
	for off := -2; off >= -16; off-- {
		q := n.peek(off)
		if q == nil {
			return false
		}
		if len(q.core) == len(c) && q.pre == "" && allDigits(q.core) && n.r47CodeContext(off) {
			return true
		}
	}
	return false
}

// r47ReleaseVerbs run, install, update or need a product before its release's number.
var r47ReleaseVerbs = setOf(`run runs running ran install installs installed installing reinstall reinstalled update
updates updated updating upgrade upgrades upgraded upgrading require requires required need needs needed support
supports supported download downloads downloaded use uses used using`)

// r47ToVerbs take "to" or "from" before a product: "Update to Home Assistant 2025.1".
var r47ToVerbs = setOf(`update updates updated updating upgrade upgrades upgraded upgrading downgrade downgraded
move moved moving migrate migrated migrating switch switched`)

// r47YearRelease reads a year, a point and one or two digits after a product's name of one or
// two capitalized words, where a verb of running, installing, updating or needing comes before
// the name, as a release named by its year: "The hub runs Home Assistant 2024.6" twenty twenty
// four point six, "Update to Home Assistant 2025.1 tonight" (round forty-seven, held41's dev
// miss; it was two thousand twenty four point six). A word after it that is no follower ("ran
// 2024.6 points", "2024.5 million gallons"), or no verb before the name ("Austin runs 2024.6
// miles", "closed at 2024.6"), keeps a quantity.
func (n *normalizer) r47YearRelease(t *token) bool {
	c := t.core
	if t.pre != "" || strings.Count(c, ".") != 1 || !yearVersion(c) || !r47Ends(t, n.peek(1)) {
		return false
	}
	off := -1
	for ; off >= -2; off-- {
		q := n.peek(off)
		if q == nil || q.pre != "" || q.post != "" || len(q.core) < 2 || !isCapitalized(q.core) || !isLetterWord(q.core) {
			break
		}
	}
	if off == -1 {
		return false // no name
	}
	v := n.peek(off)
	if v == nil || v.pre != "" || v.post != "" {
		return false
	}
	l := strings.ToLower(v.core)
	if l == "to" || l == "from" {
		w := n.peek(off - 1)
		if w == nil || w.post != "" || !r47ToVerbs[strings.ToLower(w.core)] {
			return false
		}
	} else if !r47ReleaseVerbs[l] {
		return false
	}
	n.emitYearVersion(t)
	return true
}

// r47AmpModifiers may stand between a current and the word of circuits it rates: "a 20A
// dedicated circuit", "a 20A double-pole breaker".
var r47AmpModifiers = setOf("dedicated duplex single-pole double-pole tamper-resistant weather-resistant")

// r47AmpNounAhead reports a word of circuits (ampNouns) right after t, or after one modifier:
// an acronym in capitals ("a 15A GFCI outlet", "a 50A RV outlet") or a word of r47AmpModifiers
// (round forty-seven; the current had been the letter a, or plural amps before the modifier).
// Round thirty's ampsGlued and ampsSpaced and the lead's round fifty-three's ampsInSentence53
// ask it for their adjective.
func (n *normalizer) r47AmpNounAhead(t *token) bool {
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" {
		return false
	}
	if ampNouns[strings.ToLower(next.core)] || r82AmpNouns[next.lower()] {
		return true
	}
	after := n.peek(2)
	if next.post != "" || after == nil || after.pre != "" || !ampNouns[strings.ToLower(after.core)] && !r82AmpNouns[after.lower()] {
		return false
	}
	m := next.core
	return len(m) >= 2 && len(m) <= 5 && isUpperWord(m) || r47AmpModifiers[strings.ToLower(m)] || r82AmpModifiers[next.lower()]
}
