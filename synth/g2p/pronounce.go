package g2p

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/phone"
)

// Pronounce returns a pronunciation for any word containing at least one letter; it returns nil
// only when word has no letter. It tries, in order: user overrides, the lexicon (with pos), common
// contractions and possessives, suffix and prefix stripping to a dictionary stem, a split into two
// dictionary words, and letter-to-sound.
//
// Input handling: letters are lower-cased and common Latin accents folded ("café" → "cafe");
// hyphens, digits and other non-letters split the word into parts pronounced in turn; letters of
// other scripts, which this English lexicon cannot read, become a neutral AX syllable. At most
// MaxWordLetters letters are read; the rest of a longer word is dropped, which bounds the work for
// any input.
func (l *Lexicon) Pronounce(word, pos string) phone.Pron {
	if len(l.over) > 0 && len(word) <= maxPronLen {
		if p, ok := l.over[normalizePhrase(word)]; ok {
			return clonePron(p)
		}
	}
	parts, foreign := splitWord(word)
	var out phone.Pron
	for _, part := range parts {
		out = append(out, l.pronounceWord(part, pos, 0)...)
	}
	if len(out) == 0 && foreign {
		out = phone.Pron{{Phones: []phone.Phone{phone.AX}}}
	}
	return out
}

// splitWord lower-cases and folds word into parts of a–z letters with inner apostrophes, at most
// MaxWordLetters letters in all. foreign reports letters it could not fold.
func splitWord(word string) (parts []string, foreign bool) {
	var b strings.Builder
	letters := 0
	flush := func() {
		s := strings.Trim(b.String(), "'")
		if strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") {
			parts = append(parts, s)
		}
		b.Reset()
	}
	for i := 0; i < len(word) && letters < MaxWordLetters; {
		r, size := utf8.DecodeRuneInString(word[i:])
		i += size
		switch {
		case r == '\'' || r == '’' || r == 'ʼ':
			b.WriteByte('\'')
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			b.WriteByte(byte(unicode.ToLower(r)))
			letters++
		case unicode.IsLetter(r):
			if f, ok := foldLatin(unicode.ToLower(r)); ok {
				b.WriteString(f)
				letters += len(f)
			} else {
				foreign = true
				flush()
			}
		default:
			flush()
		}
	}
	flush()
	return parts, foreign
}

// foldLatin maps an accented Latin letter to plain letters.
func foldLatin(r rune) (string, bool) {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return "a", true
	case 'æ':
		return "ae", true
	case 'ç', 'ć', 'č':
		return "c", true
	case 'ď', 'đ', 'ð':
		return "d", true
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return "e", true
	case 'ğ':
		return "g", true
	case 'ì', 'í', 'î', 'ï', 'ī', 'į', 'ı':
		return "i", true
	case 'ł', 'ľ':
		return "l", true
	case 'ñ', 'ń', 'ň':
		return "n", true
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
		return "o", true
	case 'œ':
		return "oe", true
	case 'ř':
		return "r", true
	case 'ß':
		return "ss", true
	case 'ś', 'š', 'ş':
		return "s", true
	case 'ť', 'ţ':
		return "t", true
	case 'þ':
		return "th", true
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű':
		return "u", true
	case 'ý', 'ÿ':
		return "y", true
	case 'ź', 'ż', 'ž':
		return "z", true
	}
	return "", false
}

// maxDepth bounds nested morphology (suffix of a prefix of a compound...); maxDeriveLen skips
// morphology for longer strings, which are not English words and go to letter-to-sound.
const (
	maxDepth     = 3
	maxDeriveLen = 32
)

// pronounceWord handles one part: lower-case a–z with inner apostrophes, non-empty.
func (l *Lexicon) pronounceWord(w, pos string, depth int) phone.Pron {
	if p, ok := l.over[w]; ok {
		return clonePron(p)
	}
	if strings.ContainsRune(w, '\'') {
		if p, ok := l.contraction(w, pos); ok {
			return p
		}
		w = strings.ReplaceAll(w, "'", "")
		if w == "" {
			return nil
		}
		if p, ok := l.over[w]; ok {
			return clonePron(p)
		}
	}
	if pos != "" {
		// A tagged -s form of a homograph follows its stem's reading ("the leads" vs "it leads").
		for _, end := range []string{"es", "s"} {
			if stem := strings.TrimSuffix(w, end); stem != w && homographs[stem] {
				if p, ok := l.lookupKey(stem, pos); ok {
					return attachS(p)
				}
			}
		}
	}
	if p, ok := l.lookupKey(w, pos); ok {
		return p
	}
	if p, ok := l.derive(w, pos, depth); ok {
		return p
	}
	return l.letterToSound(w)
}

func (l *Lexicon) letterToSound(w string) phone.Pron {
	if l.lts != nil {
		if p := l.lts.Predict(w); len(p) > 0 {
			return p
		}
	}
	return ruleLTS{}.Predict(w)
}

// known pronounces w from the lexicon or, below maxDepth, by morphology; no letter-to-sound.
func (l *Lexicon) known(w, pos string, depth int) (phone.Pron, bool) {
	if p, ok := l.over[w]; ok {
		return clonePron(p), true
	}
	if p, ok := l.lookupKey(w, pos); ok {
		return p, true
	}
	if depth >= maxDepth {
		return nil, false
	}
	return l.derive(w, pos, depth+1)
}

// derive tries suffixes, prefixes and compounds.
func (l *Lexicon) derive(w, pos string, depth int) (phone.Pron, bool) {
	if depth >= maxDepth || len(w) < 4 || len(w) > maxDeriveLen {
		return nil, false
	}
	if p, ok := l.suffixed(w, pos, depth); ok {
		return p, true
	}
	if p, ok := l.prefixed(w, pos, depth); ok {
		return p, true
	}
	return l.compound(w, depth)
}

// suffix is an ending whose pronunciation attaches to a stem.
type suffix struct {
	end  string
	pron string // ARPAbet to append; "" for the context-dependent -s and -ed
	kind int
	pos  string // hint for the stem
}

const (
	sufPlain = iota
	sufS     // -s / -es: S, Z or IH0 Z
	sufEd    // -ed: T, D or IH0 D
)

var suffixes = []suffix{
	{"nesses", "N AX0 S IH0 Z", sufPlain, PosAdj},
	{"ments", "M AX0 N T S", sufPlain, PosVerb},
	{"ings", "IH0 NG Z", sufPlain, PosVerb},
	{"ness", "N AX0 S", sufPlain, PosAdj},
	{"less", "L AX0 S", sufPlain, PosNoun},
	{"ment", "M AX0 N T", sufPlain, PosVerb},
	{"able", "AX0 B AX0 L", sufPlain, PosVerb},
	{"ably", "AX0 B L IY0", sufPlain, PosVerb},
	{"ship", "SH IH0 P", sufPlain, PosNoun},
	{"hood", "HH UH2 D", sufPlain, PosNoun},
	{"fully", "F AX0 L IY0", sufPlain, PosNoun},
	{"ful", "F AX0 L", sufPlain, PosNoun},
	{"ers", "ER0 Z", sufPlain, PosVerb},
	{"est", "AX0 S T", sufPlain, PosAdj},
	{"ing", "IH0 NG", sufPlain, PosVerb},
	{"ish", "IH0 SH", sufPlain, PosAdj},
	{"ism", "IH0 Z AX0 M", sufPlain, PosNoun},
	{"ist", "IH0 S T", sufPlain, PosNoun},
	{"edly", "IH0 D L IY0", sufPlain, PosVerb},
	{"ally", "L IY0", sufPlain, PosAdj},
	{"ly", "L IY0", sufPlain, PosAdj},
	{"er", "ER0", sufPlain, PosVerb},
	{"ed", "", sufEd, PosVerb},
	{"es", "", sufS, PosNone},
	{"'s", "", sufS, PosNone},
	{"s", "", sufS, PosNone},
}

// stems lists candidate stems for w without end: as is, with a final e restored, with a doubled
// consonant undone, with i turned back into y.
func stems(w, end string) []string {
	s := strings.TrimSuffix(w, end)
	if len(s) < 2 {
		return nil
	}
	out := []string{s}
	vowelStart := strings.IndexByte("aeiouy", end[0]) >= 0
	if vowelStart {
		// A single vowel letter then a single consonant ("hop|ed", "abid|ed") was probably a
		// silent-e stem ("hope", "abide"); a doubled consonant would mark a short vowel.
		if n := len(s); n >= 3 && !isVowelLetter(s[n-1]) && strings.IndexByte("wxy", s[n-1]) < 0 &&
			isVowelLetter(s[n-2]) && !isVowelLetter(s[n-3]) {
			out = []string{s + "e", s}
		} else {
			out = append(out, s+"e")
		}
		if n := len(s); n >= 3 && s[n-1] == s[n-2] && strings.IndexByte("aeiouwxy", s[n-1]) < 0 {
			out = append(out, s[:n-1])
		}
	}
	if strings.HasSuffix(s, "i") {
		out = append(out, s[:len(s)-1]+"y")
	}
	if end == "ly" && !strings.HasSuffix(s, "l") {
		out = append(out, s+"le") // "simply" -> "simple"
	}
	return out
}

// suffixed analyses w as stem + suffix. It prefers any analysis whose stem is a dictionary word
// over one whose stem must itself be derived ("allotting" = allot + ing, not all|ott + ing).
func (l *Lexicon) suffixed(w, pos string, depth int) (phone.Pron, bool) {
	for pass := 0; pass < 2; pass++ {
		if pass == 1 && depth+1 >= maxDepth {
			break
		}
		for _, s := range suffixes {
			if !strings.HasSuffix(w, s.end) || len(w)-len(s.end) < 2 {
				continue
			}
			base := w[:len(w)-len(s.end)]
			// -es only after sibilant spellings, -i (flies) or -o (heroes); plain -s otherwise.
			if s.end == "es" && !(strings.HasSuffix(base, "s") || strings.HasSuffix(base, "x") ||
				strings.HasSuffix(base, "z") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "sh") ||
				strings.HasSuffix(base, "i") || strings.HasSuffix(base, "o")) {
				continue
			}
			if s.end == "s" && (strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is")) {
				continue
			}
			if s.end == "ally" && !strings.HasSuffix(base, "ic") {
				continue // "-ically" = "-ic" + L IY0
			}
			stemPos := s.pos
			if stemPos == PosNone {
				stemPos = pos
			}
			for _, st := range stems(w, s.end) {
				var stem phone.Pron
				var ok bool
				if pass == 0 {
					if stem, ok = l.over[st]; ok {
						stem = clonePron(stem)
					} else {
						stem, ok = l.lookupKey(st, stemPos)
					}
				} else {
					stem, ok = l.derive(st, stemPos, depth+1)
				}
				if !ok {
					continue
				}
				return attachSuffix(stem, st, s)
			}
		}
	}
	return nil, false
}

// attachSuffix joins a suffix to a stem pronunciation, with the sound changes at the seam.
func attachSuffix(stem phone.Pron, stemSpelling string, s suffix) (phone.Pron, bool) {
	switch s.kind {
	case sufS:
		return attachS(stem), true
	case sufEd:
		return attachEd(stem), true
	}
	sp, err := parseARPAbet(s.pron)
	if err != nil || len(sp) == 0 {
		return nil, false
	}
	ph := stem.Phones()
	n := len(ph)
	first := sp[0].Phones[0]
	last := len(stem) - 1
	switch {
	case first == phone.L && n >= 2 && ph[n-1] == phone.L && ph[n-2] == phone.AX &&
		strings.HasSuffix(stemSpelling, "le"):
		// "amicable" + "ly" = "amicably": the syllabic L loses its schwa and merges.
		stem = dropFinal(stem, 2)
	case first == phone.L && n > 0 && ph[n-1] == phone.L:
		// "abnormal" + "ly": one L.
		sp[0].Phones = sp[0].Phones[1:]
		if len(sp[0].Phones) == 0 {
			sp = sp[1:]
		}
	case s.end == "ly" && strings.HasSuffix(stemSpelling, "y") && n > 0 &&
		ph[n-1] == phone.IY && stem[last].Stress == phone.Unstressed:
		// "arbitrary" + "ly": final unstressed IY reduces.
		stem[last].Phones[len(stem[last].Phones)-1] = phone.AX
	case first.IsVowel() && n >= 2 && ph[n-1] == phone.ER && ph[n-2].IsVowel() && len(stem[last].Phones) == 1:
		// "acquire" + "ing": AY ER becomes AY R before a vowel.
		stem = stem[:last]
		stem[len(stem)-1].Phones = append(stem[len(stem)-1].Phones, phone.R)
	}
	return joinSuffix(stem, sp), true
}

var prefixes = []struct{ start, pron string }{
	{"under", "AH1 N D ER0"},
	{"over", "OW1 V ER0"},
	{"anti", "AE1 N T IY0"},
	{"semi", "S EH1 M IY0"},
	{"multi", "M AH1 L T IY0"},
	{"non", "N AA1 N"},
	{"dis", "D IH0 S"},
	{"mis", "M IH0 S"},
	{"pre", "P R IY0"},
	{"out", "AW1 T"},
	{"un", "AH0 N"},
	{"re", "R IY0"},
}

func (l *Lexicon) prefixed(w, pos string, depth int) (phone.Pron, bool) {
	for _, p := range prefixes {
		if !strings.HasPrefix(w, p.start) || len(w)-len(p.start) < 3 {
			continue
		}
		stem, ok := l.known(w[len(p.start):], pos, depth)
		if !ok {
			continue
		}
		pp, err := parseARPAbet(p.pron)
		if err != nil {
			return nil, false
		}
		// The stem keeps the main stress; a stressed prefix gets secondary stress.
		for i := range pp {
			if pp[i].Stress == phone.Primary {
				pp[i].Stress = phone.Secondary
			}
		}
		return append(pp, stem...), true
	}
	return nil, false
}

// compound splits w into two dictionary words, preferring the most balanced split; the second
// word's primary stresses become secondary.
// minPart is the shortest word a compound split accepts: with 3-letter parts, splits of
// unknown names into dictionary fragments ("ban|anas") outnumber real compounds (measured on
// the lexicon's own two-part words: 28% agreement with 3 letters, 42% with 4).
const minPart = 4

func (l *Lexicon) compound(w string, depth int) (phone.Pron, bool) {
	if len(w) < 6 {
		return nil, false
	}
	best := -1
	var bestA, bestB phone.Pron
	for i := minPart; i <= len(w)-minPart; i++ {
		score := min(i, len(w)-i)
		if score <= best {
			continue
		}
		a, ok := l.lookupKey(w[:i], PosNoun)
		if !ok {
			continue
		}
		b, ok := l.lookupKey(w[i:], PosNoun)
		if !ok && depth+1 < maxDepth {
			b, ok = l.suffixed(w[i:], PosNoun, depth+1)
		}
		if !ok {
			continue
		}
		best, bestA, bestB = score, a, b
	}
	if best < 0 {
		return nil, false
	}
	for i := range bestB {
		if bestB[i].Stress == phone.Primary {
			bestB[i].Stress = phone.Secondary
		}
	}
	return append(bestA, bestB...), true
}

// lastPhone returns the final phone of p, or Sil.
func lastPhone(p phone.Pron) phone.Phone {
	for i := len(p) - 1; i >= 0; i-- {
		if n := len(p[i].Phones); n > 0 {
			return p[i].Phones[n-1]
		}
	}
	return phone.Sil
}

func isSibilant(p phone.Phone) bool {
	switch p {
	case phone.S, phone.Z, phone.SH, phone.ZH, phone.CH, phone.JH:
		return true
	}
	return false
}

// attachS adds the plural, third-person or possessive ending: IH0 Z after a sibilant, S after
// another voiceless sound, Z after a voiced one.
func attachS(stem phone.Pron) phone.Pron {
	last := lastPhone(stem)
	switch {
	case isSibilant(last):
		return append(stem, phone.Syllable{Phones: []phone.Phone{phone.IH, phone.Z}})
	case last != phone.Sil && !last.Voiced():
		return appendCoda(stem, phone.S)
	default:
		return appendCoda(stem, phone.Z)
	}
}

// attachEd adds the past ending: IH0 D after T or D, T after another voiceless sound, D otherwise.
func attachEd(stem phone.Pron) phone.Pron {
	last := lastPhone(stem)
	switch {
	case last == phone.T || last == phone.D:
		return append(stem, phone.Syllable{Phones: []phone.Phone{phone.IH, phone.D}})
	case last != phone.Sil && !last.Voiced():
		return appendCoda(stem, phone.T)
	default:
		return appendCoda(stem, phone.D)
	}
}

func appendCoda(p phone.Pron, ph ...phone.Phone) phone.Pron {
	if len(p) == 0 {
		return phone.Pron{{Phones: ph}}
	}
	last := &p[len(p)-1]
	last.Phones = append(last.Phones, ph...)
	return p
}

// joinSuffix appends suffix syllables to stem; a vowel-initial suffix takes the stem's final
// consonant as its onset when the stem's last syllable keeps another consonant or a vowel
// ("making" = M EY1 | K IH0 NG).
func joinSuffix(stem, suf phone.Pron) phone.Pron {
	if len(suf) == 0 {
		return stem
	}
	ph := append(stem.Phones(), suf.Phones()...)
	var stress []uint8
	for _, s := range stem {
		for range s.Phones {
			stress = append(stress, s.Stress)
		}
	}
	for _, s := range suf {
		for range s.Phones {
			stress = append(stress, s.Stress)
		}
	}
	return phone.Syllabify(ph, stress)
}

// dropFinal removes the last k phones of p (and any syllable left without a vowel, whose
// consonants join the previous syllable).
func dropFinal(p phone.Pron, k int) phone.Pron {
	for ; k > 0 && len(p) > 0; k-- {
		last := &p[len(p)-1]
		last.Phones = last.Phones[:len(last.Phones)-1]
		if len(last.Phones) == 0 {
			p = p[:len(p)-1]
		}
	}
	if n := len(p); n > 1 {
		hasVowel := false
		for _, ph := range p[n-1].Phones {
			hasVowel = hasVowel || ph.IsVowel()
		}
		if !hasVowel {
			p[n-2].Phones = append(p[n-2].Phones, p[n-1].Phones...)
			p = p[:n-1]
		}
	}
	return p
}

// contractions are whole-word forms the lexicon lacks (its headwords have no apostrophes).
var contractions = map[string]string{
	"isn't": "IH1 Z AX0 N T", "aren't": "AA1 R AX0 N T", "wasn't": "W AA1 Z AX0 N T",
	"weren't": "W ER1 AX0 N T", "don't": "D OW1 N T", "doesn't": "D AH1 Z AX0 N T",
	"didn't": "D IH1 D AX0 N T", "can't": "K AE1 N T", "couldn't": "K UH1 D AX0 N T",
	"won't": "W OW1 N T", "wouldn't": "W UH1 D AX0 N T", "shouldn't": "SH UH1 D AX0 N T",
	"mustn't": "M AH1 S AX0 N T", "haven't": "HH AE1 V AX0 N T", "hasn't": "HH AE1 Z AX0 N T",
	"hadn't": "HH AE1 D AX0 N T", "ain't": "EY1 N T", "shan't": "SH AE1 N T", "needn't": "N IY1 D AX0 N T",
	"mightn't": "M AY1 T AX0 N T",
	"i'm":      "AY1 M", "i've": "AY1 V", "i'll": "AY1 L", "i'd": "AY1 D",
	"you're": "Y UH1 R", "you've": "Y UW1 V", "you'll": "Y UW1 L", "you'd": "Y UW1 D",
	"he's": "HH IY1 Z", "he'll": "HH IY1 L", "he'd": "HH IY1 D",
	"she's": "SH IY1 Z", "she'll": "SH IY1 L", "she'd": "SH IY1 D",
	"it's": "IH1 T S", "it'll": "IH1 T AX0 L", "it'd": "IH1 T AX0 D",
	"we're": "W IH1 R", "we've": "W IY1 V", "we'll": "W IY1 L", "we'd": "W IY1 D",
	"they're": "DH EH1 R", "they've": "DH EY1 V", "they'll": "DH EY1 L", "they'd": "DH EY1 D",
	"that's": "DH AE1 T S", "there's": "DH EH1 R Z", "what's": "W AH1 T S", "who's": "HH UW1 Z",
	"where's": "W EH1 R Z", "here's": "HH IH1 R Z", "let's": "L EH1 T S", "how's": "HH AW1 Z",
	"o'clock": "AX0 K L AA1 K", "y'all": "Y AO1 L", "ma'am": "M AE1 M", "'em": "AX0 M",
	"'til": "T IH1 L", "'cause": "K AX0 Z", "'tis": "T IH1 Z", "'twas": "T W AH1 Z",
	"rock'n'roll": "R AA1 K AX0 N R OW1 L",
}

// contraction pronounces words with apostrophes: the table, then clitics ('s, 'll, 're, 've,
// 'd, 'm, n't) and plural possessives (s') on a pronounceable stem.
func (l *Lexicon) contraction(w, pos string) (phone.Pron, bool) {
	if s, ok := contractions[w]; ok {
		if p, err := parseARPAbet(s); err == nil {
			return p, true
		}
	}
	type clitic struct {
		end string
		ph  []phone.Phone
	}
	for _, c := range []clitic{
		{"n't", []phone.Phone{phone.AX, phone.N, phone.T}},
		{"'s", nil}, {"'ll", []phone.Phone{phone.L}}, {"'re", []phone.Phone{phone.ER}},
		{"'ve", []phone.Phone{phone.V}}, {"'d", []phone.Phone{phone.D}}, {"'m", []phone.Phone{phone.M}},
		{"s'", nil},
	} {
		if !strings.HasSuffix(w, c.end) {
			continue
		}
		base := strings.TrimSuffix(w, c.end)
		if c.end == "s'" {
			base += "s"
		}
		base = strings.ReplaceAll(base, "'", "")
		if base == "" {
			return nil, false
		}
		stem := l.pronounceWord(base, pos, maxDepth-1)
		switch {
		case c.end == "'s":
			return attachS(stem), true
		case c.end == "s'":
			return stem, true
		case c.end == "n't":
			return joinSuffix(stem, phone.Pron{{Phones: c.ph}}), true
		case c.end == "'re" && lastPhone(stem).IsVowel():
			return appendCoda(stem, phone.R), true
		case c.end == "'re":
			return joinSuffix(stem, phone.Pron{{Phones: c.ph}}), true
		case lastPhone(stem).IsVowel():
			return appendCoda(stem, c.ph...), true
		default:
			return joinSuffix(stem, phone.Pron{{Phones: append([]phone.Phone{phone.AX}, c.ph...)}}), true
		}
	}
	return nil, false
}

// parseARPAbet parses ARPAbet with phone.ParsePron and maps unstressed AH (AH0) to AX, the
// convention of the embedded lexicon.
func parseARPAbet(s string) (phone.Pron, error) {
	p, err := phone.ParsePron(s)
	if err != nil {
		return nil, err
	}
	for i := range p {
		if p[i].Stress != phone.Unstressed {
			continue
		}
		for j, ph := range p[i].Phones {
			if ph == phone.AH {
				p[i].Phones[j] = phone.AX
			}
		}
	}
	return p, nil
}
