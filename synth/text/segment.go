package text

import "strings"

// maxSegmentBytes bounds the strings segmentWords splits (its work is quadratic in length).
const maxSegmentBytes = 40

// segmentPiece reports whether s may be one piece of a run-together name: a lexicon word of
// three letters or more, a two-letter word or abbreviation ("my", "ny", "uk"), or a
// three-letter acronym spelled by custom ("nbc").
func segmentPiece(s string, isWord func(string) bool) bool {
	if len(s) == 2 {
		// A state's code is a piece only when it has no vowel letter, so it must be spelled
		// ("nytimes" n y times); with one it is read into a word ("mozilla" is not m o zilla;
		// round eighteen).
		if shortWords[s] {
			return true
		}
		var buf [2]byte
		up := speedUpper(buf[:], s) // the keys in capitals, looked up without an allocation
		return usStates[string(up)] != "" && !strings.ContainsAny(s, "aeiou") || spelledAcronyms[string(up)]
	}
	if len(s) == 3 {
		var buf [3]byte
		if spelledAcronyms[string(speedUpper(buf[:], s))] {
			return true // nbcnews: n b c news
		}
	}
	if len(s) < 3 || !speedHasVowelY(s) {
		return false // as the vowel test below: no map or lexicon lookup (speed)
	}
	if suffixPieces[s] {
		return false // pinterest is not pinter est
	}
	// Pieces worth splitting a name into have a vowel letter (y counts; "nth" and "hmm" are not
	// names' parts): a cheap test that spares most lexicon lookups of the quadratic search.
	return isWord(s) || nessWord(s, isWord) || pieceWords[s] || r61AgentNoun(s, isWord) || r87AgentPlural(s, isWord) // r61AgentNoun: round sixty-one; r87AgentPlural: round eighty-seven
}

// pieceWords are the words the lexicon lacks that may be a piece of a run-together name, in one
// set (one lookup where segmentPiece asked four; speed): round forty-three's r43WebWords, round
// fifty's r50TechWords, round fifty-one's r51ShowWords, round sixty-three's r63NetWords and round
// seventy's r70GameWords.
var pieceWords = unionOf(r43WebWords, r50TechWords, r51ShowWords, r63NetWords, r70GameWords, r87CraftTagWords)

// unionOf returns a new set holding every word of sets.
func unionOf(sets ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, set := range sets {
		for w, ok := range set {
			if ok {
				u[w] = true
			}
		}
	}
	return u
}

// speedUpper writes s in ASCII capitals into buf (len(buf) == len(s)), as upperASCII does,
// for a map key that needs no allocation (speed).
func speedUpper(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[i] = c
	}
	return buf
}

// speedHasVowelY reports strings.ContainsAny(s, "aeiouy") with a byte loop.
func speedHasVowelY(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return true
		}
	}
	return false
}

// nessWord reports a noun in -ness the lexicon lacks whose adjective it knows, "hardiness" from
// hardy, "tidiness" from tidy (round thirty: "planthardiness" plant hardiness; it was left
// whole). The adjective has three letters or more.
func nessWord(s string, isWord func(string) bool) bool {
	if len(s) < 7 || !strings.HasSuffix(s, "ness") {
		return false
	}
	if b, ok := strings.CutSuffix(s, "iness"); ok && len(b) >= 2 && isWord(b+"y") {
		return true
	}
	b := s[:len(s)-4]
	return len(b) >= 3 && b[len(b)-1] != 'i' && isWord(b)
}

// cutAllowed reports whether a run-together name may be cut before s[j]: not between the
// letters of a vowel pair ("google" is not go ogle), nor between a doubled consonant and a
// vowel, where English spelling doubles a consonant inside one word ("reddit" is not redd it,
// as "rabbit" is one word); s, l, f and z double at the end of words too ("dressup", "callaway").
func cutAllowed(s string, j int) bool {
	if vowelPairs[s[j-1:j+1]] && !silentE(s, j) {
		return false
	}
	if j >= 2 && s[j-1] == s[j-2] && !isVowel(s[j-1]) && isVowel(s[j]) && !strings.ContainsRune("slfz", rune(s[j-1])) {
		return false
	}
	return true
}

// silentE reports a cut after a final e that follows a consonant, before a vowel: the silent e
// of "home" or "stone" ends a word, so "homeandgarden" is home and garden (round thirty; the
// vowel pair "ea" kept it whole). A vowel pair of two vowels after a vowel ("freeagent") or
// at a word's start stays uncut.
func silentE(s string, j int) bool {
	return j >= 3 && s[j-1] == 'e' && !isVowel(s[j-2]) && s[j-2] != 'y'
}

// pieceAfterCut reports whether s[j:i] may follow a cut at j. A consonant between vowels
// starts the next syllable of one word, so a piece of three or four letters that begins with
// a vowel after one that ends in a consonant is no piece unless it is a common word
// (vowelWords): "grafana" is not graf ana, "nutella" not nut ella (a brand no lexicon holds
// stays whole, as round eighteen's "mozilla"); "linkedin" linked in, with the two-letter
// "in", and "seriouseats" serious eats still split; nor is a short piece after a cut
// between a doubled consonant, which English spells inside one word ("zillow" is not zil low,
// as "pillow" is one word).
func pieceAfterCut(s string, j, i int) bool {
	if (i-j == 3 || i-j == 4) && !isVowel(s[j-1]) && isVowel(s[j]) && !vowelWords[s[j:i]] && !r51ShowWords[s[j:i]] { // r51ShowWords: round fifty-one ("techexpo")
		return false
	}
	return !(i-j < 5 && s[j-1] == s[j] && !isVowel(s[j]))
}

// spelledPiece reports a two-letter piece that is read letter by letter (a state's code or an
// acronym, not one of shortWords).
func spelledPiece(p string) bool {
	return len(p) == 2 && !shortWords[p]
}

// vowelWords are common three-letter words that begin with a vowel, pieces of run-together
// names even after a consonant ("barnesandnoble" barnes and noble, "bookoutlet").
var vowelWords = setOf("and all one out our air art ace age aid aim arm ask eat egg end eye ice ink inn oak oil old owl own odd off use" +
	// Four-letter ones (round twenty-nine: a four-letter piece is held to the same rule, so
	// "nutella" is not nut ella, while "seriouseats" is serious eats).
	" eats easy east edge even ever each idea into once only open over also area away auto acre arts apps ends eyes oaks oven icon inch isle item ease" +
	// Round eighty-one: "parkinfo" park info, "roadinfo" road info (they stayed whole).
	" info")

// suffixPieces are endings of English words that are words in the lexicon too; a name that
// ends in one is one word more often than two ("pinterest").
var suffixPieces = setOf("est ing ers ism ist ion")

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// segmentWords splits a lower-case run of letters into the fewest pieces that are words
// (segmentPiece), at most maxParts and at least two, never between the letters of a vowel pair
// ("oo", "ea": "google" is not go ogle); among splits with as few pieces it takes the one
// with the fewest spelled two-letter pieces (a state's code or an acronym, which a listener
// hears as letters: "caranddriver" car and driver, not cara n d driver; round twenty-nine),
// then the one with more common words beginning with a vowel after a consonant (vowelWords:
// "goodeats" good eats, not goo deats, "coolever" cool ever, not coo lever, the consonant
// kept by the word it ends rather than moved to make a rarer one; round thirty-six),
// then the one with the largest sum of squared piece lengths, which favours a long word and a short
// one over two middling ones ("linkedin" linked in, not link edin; "nytimes" ny times). It
// returns nil when there is no such split.
func segmentWords(s string, isWord func(string) bool, maxParts int) []string {
	if len(s) > maxSegmentBytes || len(s) < 4 {
		return nil
	}
	type cell struct{ parts, spelled, common, squares, from int }
	const none = 1 << 30
	best := make([]cell, len(s)+1)
	for i := 1; i <= len(s); i++ {
		best[i] = cell{parts: none}
	}
	best[0] = cell{}
	for i := 1; i <= len(s); i++ {
		for j := max(0, i-maxSegmentBytes); j < i; j++ {
			if best[j].parts == none || best[j].parts >= maxParts || j > 0 && !cutAllowed(s, j) && !r78ArticleCut(s, best[j].from, j, i, isWord) || j > 0 && !pieceAfterCut(s, j, i) && !r41LongWordCut(s, best[j].from, j, i) || !segmentPiece(s[j:i], isWord) && !r78ArticleCut(s, best[j].from, j, i, isWord) || j > 0 && r43ShortSyllableCut(s, j, i) {
				continue // no cut inside a vowel pair: "google" is not go ogle
			}
			if j >= 2 && best[j].from == j-2 && spelledPiece(s[j-2:j]) && s[j-1] == s[j] && !isVowel(s[j]) {
				// "bonappetit" is not bon a p petit: a spelled two-letter piece does not end
				// at a doubled consonant, which English spells inside one word (round
				// twenty-nine).
				continue
			}
			c := cell{parts: best[j].parts + 1, spelled: best[j].spelled, common: best[j].common, squares: best[j].squares + (i-j)*(i-j), from: j}
			if spelledPiece(s[j:i]) {
				c.spelled++
			}
			if j > 0 && !isVowel(s[j-1]) && isVowel(s[j]) && vowelWords[s[j:i]] {
				c.common++ // "goodeats" good eats, not goo deats (round thirty-six)
			}
			if c.parts < best[i].parts || c.parts == best[i].parts && (c.spelled < best[i].spelled || c.spelled == best[i].spelled && (c.common > best[i].common || c.common == best[i].common && c.squares > best[i].squares)) {
				best[i] = c
			}
		}
	}
	end := best[len(s)]
	if end.parts == none || end.parts < 2 {
		return nil
	}
	parts := make([]string, end.parts)
	for i, k := len(s), end.parts-1; i > 0; k-- {
		parts[k] = s[best[i].from:i]
		i = best[i].from
	}
	moveS(parts, isWord)
	return parts
}

// moveS gives an "s" between two pieces to the second when both ways are words and the first
// is a word without it: "squarespace" square space, not squares pace (a plural before a word
// is rarer than a word beginning with s).
func moveS(parts []string, isWord func(string) bool) {
	for k := 0; k+1 < len(parts); k++ {
		a, b := parts[k], parts[k+1]
		if len(a) < 4 || a[len(a)-1] != 's' || a[len(a)-2] == 's' || isVowel(b[0]) {
			continue
		}
		a2, b2 := a[:len(a)-1], "s"+b
		if segmentPiece(a2, isWord) && segmentPiece(b2, isWord) && pieceAfterCut(a2+b2, len(a2), len(a2)+len(b2)) {
			parts[k], parts[k+1] = a2, b2
		}
	}
}

// knownWord reports a word in the lexicon, or an inflection of one ("downloads", "hashed"),
// which is not split.
func knownWord(s string, isWord func(string) bool) bool {
	if isWord(s) || pieceWords[s] { // the rounds' words the lexicon lacks ("podcast" is not pod cast, "routers", "covid", "mods")
		return true
	}
	for _, suf := range []string{"s", "es", "ed", "d", "ing", "er", "ers", "ie", "ies"} { // "foodie"
		if b, ok := strings.CutSuffix(s, suf); ok && len(b) >= 4 && isWord(b) {
			return true
		}
	}
	return false
}

// syllableSplit splits a run-together name the lexicon does not know into a lexicon word of
// three letters or more and a three-letter syllable shaped like a word (consonant, vowel,
// consonant), for when segmentWords finds no split into lexicon words: "github" git hub,
// "gitlab"; not between p and h (digraphCut), nor inside the stem of an -ing or -ed form
// (r43ShortSyllableCut: "vishing" is not vis hing; round forty-three). It returns nil when
// there is no such split, or more than one.
func syllableSplit(s string, isWord func(string) bool) []string {
	if len(s) < 6 || len(s) > maxSegmentBytes {
		return nil
	}
	var found []string
	for _, k := range []int{3, len(s) - 3} {
		a, b := s[:k], s[k:]
		short, long := a, b
		if k != 3 {
			short, long = b, a
		}
		if cvc(short) && segmentPiece(long, isWord) && len(long) >= 3 && pieceAfterCut(s, k, len(s)) && !digraphCut(s, k) && !r43ShortSyllableCut(s, k, len(s)) {
			if found != nil && found[0] != a {
				return nil // two readings: neither is safe
			}
			found = []string{a, b}
		}
	}
	return found
}

// digraphCut reports a cut at k between p and h, which spell one sound inside a word
// ("sephora" is not sep hora, as "sophia" and "delphi" are one word; round thirty-six). Only
// the splits that take an unknown syllable or a clipped word heed it: two lexicon words still
// split there ("cheaphotels" cheap hotels).
func digraphCut(s string, k int) bool {
	return k > 0 && k < len(s) && s[k-1] == 'p' && s[k] == 'h'
}

// droppedESplit splits a run-together name the lexicon does not know into a lexicon word of
// three letters or more and a remainder of six letters or more that is a lexicon word without
// its silent final e, as French spells the words English took with one ("bonappetit" bon
// appetit, from appetite; round twenty-nine), for when segmentWords and syllableSplit find no
// split. It returns nil when there is no such split, or more than one.
func droppedESplit(s string, isWord func(string) bool) []string {
	if len(s) < 9 || len(s) > maxSegmentBytes {
		return nil
	}
	var found []string
	for k := 3; k <= len(s)-6; k++ {
		a, b := s[:k], s[k:]
		if b[len(b)-1] == 'e' || !cutAllowed(s, k) || digraphCut(s, k) || !segmentPiece(a, isWord) || !isWord(b+"e") {
			continue
		}
		if found != nil {
			return nil // two readings: neither is safe
		}
		found = []string{a, b}
	}
	return found
}
