package text

import (
	"strings"
	"unicode/utf8"
)

const (
	vs16 = '\uFE0F' // emoji presentation selector
	vs15 = '\uFE0E' // text presentation selector
	zwj  = '\u200D' // zero width joiner
)

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
func isSkinTone(r rune) bool          { return r >= 0x1F3FB && r <= 0x1F3FF }

// emojiAt reads the emoji sequence at the start of s: its spoken words and its length in bytes
// (0 when s does not start with an emoji that has a name). Presentation selectors and skin tones
// are not read (the base name is); a person followed by ♀ or ♂ (with or without a joiner) is a
// woman or a man ("🤷‍♀️" woman shrugging); a flag reads "flag" and its region; a keycap reads its
// digit. A joiner between two emoji is consumed with the first, so "👨‍💻" reads "man laptop".
func emojiAt(s string) ([]string, int) {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return nil, 0
	}
	if isRegionalIndicator(r) {
		r2, size2 := utf8.DecodeRuneInString(s[size:])
		if !isRegionalIndicator(r2) {
			return nil, 0
		}
		code := string([]byte{byte('A' + r - 0x1F1E6), byte('A' + r2 - 0x1F1E6)})
		if name, ok := flagNames[code]; ok {
			return append([]string{"flag"}, strings.Fields(name)...), size + size2
		}
		return []string{"flag", strings.ToLower(code[:1]), strings.ToLower(code[1:])}, size + size2
	}
	if r >= '0' && r <= '9' || r == '#' || r == '*' {
		// Keycaps: 1️⃣ (digit, selector, enclosing keycap).
		k := size
		if strings.HasPrefix(s[k:], string(vs16)) {
			k += utf8.RuneLen(vs16)
		}
		if !strings.HasPrefix(s[k:], "\u20E3") {
			return nil, 0
		}
		k += len("\u20E3")
		switch r {
		case '#':
			return []string{"number", "sign"}, k
		case '*':
			return []string{"asterisk"}, k
		}
		return []string{onesWords[r-'0']}, k
	}
	if words, k := emojiSequence(s); k > 0 {
		return words, k
	}
	name, ok := emojiNames[string(r)]
	if !ok {
		return nil, 0
	}
	k := size
	skip := func() {
		for k < len(s) {
			r, size := utf8.DecodeRuneInString(s[k:])
			if r != vs16 && r != vs15 && !isSkinTone(r) {
				return
			}
			k += size
		}
	}
	skip()
	// Gendered forms: person + (joiner) + ♀/♂.
	j := k
	if r, size := utf8.DecodeRuneInString(s[j:]); r == zwj {
		j += size
	}
	if r, size := utf8.DecodeRuneInString(s[j:]); r == '♀' || r == '♂' {
		who := "woman"
		if r == '♂' {
			who = "man"
		}
		if rest, ok := strings.CutPrefix(name, "person "); ok {
			name = who + " " + rest
		} else if name == "person" {
			name = who
		} else {
			name = who + " " + name
		}
		k = j + size
		skip()
	}
	if r, size := utf8.DecodeRuneInString(s[k:]); r == zwj {
		k += size
	}
	return strings.Fields(name), k
}

// isEmojiStart reports whether s starts with an emoji sequence that has a reading.
func isEmojiStart(s string) bool {
	_, k := emojiAt(s)
	return k > 0
}

// emitPhrase emits the words of a fixed reading; one-letter words other than "a" and "i" are
// spelled letters.
func (n *normalizer) emitPhrase(src string, words ...string) {
	for _, w := range words {
		if len(w) == 1 && w != "a" && w != "i" {
			n.emitLetter(src, w)
		} else {
			n.emit(src, w)
		}
	}
}

// emoji reads a run of emoji at the start of s (a whole token or a piece of one) and returns the
// bytes read. A repeated emoji is read once ("👍👍" thumbs up): repetition is emphasis in
// writing, not something a reader says twice.
func (n *normalizer) emoji(src, s string) int {
	k := 0
	last := ""
	for k < len(s) {
		words, size := emojiAt(s[k:])
		if size == 0 {
			break
		}
		n.by("emoji")
		if seq := strings.TrimRight(s[k:k+size], "\u200D"); seq != last {
			n.emitPhrase(src, words...)
			last = seq
		}
		k += size
	}
	return k
}

// emojiSequence reads the longest of emojiSequences at the start of s, ignoring joiners,
// presentation selectors and skin tones between its emoji.
func emojiSequence(s string) ([]string, int) {
	var key [4]rune
	n, k, bestLen := 0, 0, 0
	best := ""
	for k < len(s) && n < len(key) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if r == vs16 || r == vs15 || r == zwj || isSkinTone(r) {
			if n == 0 {
				return nil, 0
			}
			k += size
			continue
		}
		if r < 0x2000 {
			break
		}
		key[n] = r
		n++
		k += size
		if n >= 2 {
			if name, ok := emojiSequences[string(key[:n])]; ok {
				best, bestLen = name, k
			}
		}
	}
	if bestLen == 0 {
		return nil, 0
	}
	// Take the selectors and skin tones that belong to the sequence's last emoji.
	for bestLen < len(s) {
		r, size := utf8.DecodeRuneInString(s[bestLen:])
		if r != vs16 && r != vs15 && !isSkinTone(r) {
			break
		}
		bestLen += size
	}
	return strings.Fields(best), bestLen
}
