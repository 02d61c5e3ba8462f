package text

import "strings"

// Round thirty-six: known misses a new hand named in web addresses, DOIs, legal citations,
// finance tokens, gusts and chapter timestamps, each class tested on probe sentences of the
// round's own written before its reader, with must-not-fire cases (readings36.tsv).

// broadcastWords in a sentence (or an address's path) say a W or K name is a station's.
var broadcastWords = setOf("news newscast newscasts broadcast broadcasts station stations channel tv radio anchor anchors weather forecast forecasts radar storm coverage segment live stream streams streaming watch listen meteorologist reporter reporters")

// callLetters reports a host's first label that is a broadcast station's call letters, spelled
// when read: W or K and three letters the lexicon does not know (nor as an inflection), with
// a channel's number of one or two digits glued after them or not ("kare11" k a r e eleven),
// when they cannot be said as a word ("wfaa", "kcra"), a channel's number is glued, or the
// sentence or the address speaks of news, weather or broadcasting ("wral.com/weather"); it
// returns the letters. "kayak", "wired", "weather" are words; "waze.com" for directions, "kobo"
// stay words.
func (n *normalizer) callLetters(label, addr string) (string, bool) {
	if len(label) < 4 || len(label) > 6 || label[0] != 'w' && label[0] != 'k' {
		return "", false
	}
	letters, digits := label[:4], label[4:]
	if !isLetterWord(letters) || letters != strings.ToLower(letters) || digits != "" && !allDigits(digits) || n.opts.IsWord == nil || knownWord(letters, n.opts.IsWord) || productNames[letters] != "" {
		return "", false
	}
	if digits != "" || !pronounceable(letters) || hasWordOf(addr, broadcastWords) {
		return letters, true
	}
	for k := range n.toks {
		if hasWordOf(n.toks[k].core, broadcastWords) {
			return letters, true
		}
	}
	return "", false
}

// hasWordOf reports whether s holds, between characters that are not letters, a word of set
// (lower-cased).
func hasWordOf(s string, set map[string]bool) bool {
	for i := 0; i < len(s); {
		for i < len(s) && !isASCIILetter(rune(s[i])) {
			i++
		}
		j := i
		for j < len(s) && isASCIILetter(rune(s[j])) {
			j++
		}
		if j > i && j-i <= 14 && set[strings.ToLower(s[i:j])] {
			return true
		}
		i = j
	}
	return false
}
