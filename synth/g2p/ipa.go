package g2p

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/phone"
)

// ErrPronunciation reports a custom pronunciation that cannot be read.
var ErrPronunciation = errors.New("g2p: invalid pronunciation")

// maxPronLen bounds the length of one custom pronunciation, in bytes.
const maxPronLen = 1024

type ipaSym struct {
	s      string
	phones []phone.Phone
	// stressed is set for symbols that are stressed vowels by nature (ɝ); schwa-like symbols
	// are unstressed unless marked.
	stressed bool
}

// ipaTable lists General American IPA symbols, longest first at lookup.
var ipaTable = func() []ipaSym {
	P := func(ps ...phone.Phone) []phone.Phone { return ps }
	t := []ipaSym{
		// Affricates (with and without tie bar) and diphthongs.
		{s: "t͡ʃ", phones: P(phone.CH)}, {s: "d͡ʒ", phones: P(phone.JH)}, {s: "t͜ʃ", phones: P(phone.CH)},
		{s: "d͜ʒ", phones: P(phone.JH)}, {s: "tʃ", phones: P(phone.CH)}, {s: "dʒ", phones: P(phone.JH)},
		{s: "ʧ", phones: P(phone.CH)}, {s: "ʤ", phones: P(phone.JH)},
		{s: "eɪ", phones: P(phone.EY)}, {s: "aɪ", phones: P(phone.AY)}, {s: "ɑɪ", phones: P(phone.AY)},
		{s: "ɔɪ", phones: P(phone.OY)}, {s: "oɪ", phones: P(phone.OY)}, {s: "aʊ", phones: P(phone.AW)},
		{s: "ɑʊ", phones: P(phone.AW)}, {s: "oʊ", phones: P(phone.OW)}, {s: "əʊ", phones: P(phone.OW)},
		{s: "ei", phones: P(phone.EY)}, {s: "ai", phones: P(phone.AY)}, {s: "au", phones: P(phone.AW)},
		{s: "ou", phones: P(phone.OW)},
		// R-coloured vowels.
		{s: "ɝ", phones: P(phone.ER), stressed: true}, {s: "ɚ", phones: P(phone.ER)},
		{s: "ɜɹ", phones: P(phone.ER), stressed: true}, {s: "ɜr", phones: P(phone.ER), stressed: true},
		{s: "ɜ", phones: P(phone.ER), stressed: true}, {s: "əɹ", phones: P(phone.ER)}, {s: "ər", phones: P(phone.ER)},
		// Syllabic consonants (combining vertical line below U+0329 or above U+030D).
		{s: "n\u0329", phones: P(phone.AX, phone.N)}, {s: "l\u0329", phones: P(phone.AX, phone.L)},
		{s: "m\u0329", phones: P(phone.AX, phone.M)}, {s: "ɹ\u0329", phones: P(phone.ER)},
		{s: "r\u0329", phones: P(phone.ER)}, {s: "n\u030d", phones: P(phone.AX, phone.N)},
		{s: "l\u030d", phones: P(phone.AX, phone.L)}, {s: "m\u030d", phones: P(phone.AX, phone.M)},
		{s: "ɫ\u0329", phones: P(phone.AX, phone.L)},
		// Monophthongs.
		{s: "i", phones: P(phone.IY)}, {s: "ɪ", phones: P(phone.IH)}, {s: "ɨ", phones: P(phone.IH)},
		{s: "ᵻ", phones: P(phone.IH)}, {s: "e", phones: P(phone.EY)}, {s: "ɛ", phones: P(phone.EH)},
		{s: "æ", phones: P(phone.AE)}, {s: "a", phones: P(phone.AA)}, {s: "ɑ", phones: P(phone.AA)},
		{s: "ɒ", phones: P(phone.AA)}, {s: "ɔ", phones: P(phone.AO)}, {s: "o", phones: P(phone.OW)},
		{s: "ʊ", phones: P(phone.UH)}, {s: "u", phones: P(phone.UW)}, {s: "ʌ", phones: P(phone.AH)},
		{s: "ə", phones: P(phone.AX)}, {s: "ɐ", phones: P(phone.AX)},
		// Consonants.
		{s: "p", phones: P(phone.P)}, {s: "b", phones: P(phone.B)}, {s: "t", phones: P(phone.T)},
		{s: "d", phones: P(phone.D)}, {s: "k", phones: P(phone.K)}, {s: "g", phones: P(phone.G)},
		{s: "ɡ", phones: P(phone.G)}, {s: "m", phones: P(phone.M)}, {s: "n", phones: P(phone.N)},
		{s: "ŋ", phones: P(phone.NG)}, {s: "f", phones: P(phone.F)}, {s: "v", phones: P(phone.V)},
		{s: "θ", phones: P(phone.TH)}, {s: "ð", phones: P(phone.DH)}, {s: "s", phones: P(phone.S)},
		{s: "z", phones: P(phone.Z)}, {s: "ʃ", phones: P(phone.SH)}, {s: "ʒ", phones: P(phone.ZH)},
		{s: "h", phones: P(phone.HH)}, {s: "l", phones: P(phone.L)}, {s: "ɫ", phones: P(phone.L)},
		{s: "ɹ", phones: P(phone.R)}, {s: "r", phones: P(phone.R)}, {s: "ɾ", phones: P(phone.T)},
		{s: "j", phones: P(phone.Y)}, {s: "w", phones: P(phone.W)}, {s: "ʍ", phones: P(phone.W)},
		{s: "x", phones: P(phone.HH)}, {s: "c", phones: P(phone.K)}, {s: "y", phones: P(phone.Y)},
	}
	return t
}()

// ipaIgnored are marks that carry nothing for our phone set: length, syllable breaks, tie bars,
// aspiration and other diacritics, slashes and brackets around a transcription, the glottal stop.
const ipaIgnored = "ːˑ.‿/[]ʰʔ\u0361\u035c\u0303\u0325\u032f\u031a\u02de-"

// ParseIPA reads a General American IPA transcription such as "həˈloʊ" into phones grouped in
// syllables by maximal onset. ˈ marks the next vowel primary and ˌ secondary; ɝ is stressed and ɚ
// unstressed by nature. With no stress mark at all, the first full vowel is primary. ə maps to AX
// (to AH when marked stressed). Spaces separate words and are otherwise ignored.
func ParseIPA(s string) (phone.Pron, error) {
	if len(s) > maxPronLen {
		return nil, fmt.Errorf("%w: longer than %d bytes", ErrPronunciation, maxPronLen)
	}
	if !utf8.ValidString(s) {
		return nil, fmt.Errorf("%w: not valid UTF-8", ErrPronunciation)
	}
	var phs []phone.Phone
	var stress []uint8
	var pending uint8 // stress mark waiting for its vowel
	marked := false
	marks := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 'ˈ' || r == '\'':
			pending, marks = phone.Primary, true
			i += size
			continue
		case r == 'ˌ' || r == ',':
			pending, marks = phone.Secondary, true
			i += size
			continue
		case r == ' ' || r == '\t' || strings.ContainsRune(ipaIgnored, r):
			i += size
			continue
		}
		var sym *ipaSym
		for k := range ipaTable {
			if strings.HasPrefix(s[i:], ipaTable[k].s) {
				if sym == nil || len(ipaTable[k].s) > len(sym.s) {
					sym = &ipaTable[k]
				}
			}
		}
		if sym == nil {
			return nil, fmt.Errorf("%w: unknown IPA symbol %q in %q", ErrPronunciation, r, s)
		}
		i += len(sym.s)
		if len(sym.phones) == 1 && sym.phones[0] == phone.R && len(phs) > 0 && phs[len(phs)-1] == phone.ER {
			continue // "ɜːr", "ɝɹ": the R is already in ER (ARPAbet writes "hurry" HH ER1 IY0)
		}
		for _, p := range sym.phones {
			st := phone.Unstressed
			if p.IsVowel() {
				switch {
				case pending != 0 && !(p == phone.AX && len(sym.phones) > 1):
					st = pending
					if p == phone.AX {
						p = phone.AH
					}
					pending = 0
					marked = true
				case sym.stressed:
					st = phone.Primary
					marked = true
				}
			}
			phs = append(phs, p)
			stress = append(stress, st)
		}
	}
	if len(phs) == 0 {
		return nil, fmt.Errorf("%w: no phones in %q", ErrPronunciation, s)
	}
	if !marked && !marks {
		for i, p := range phs {
			if p.IsVowel() && p != phone.AX {
				stress[i] = phone.Primary
				break
			}
		}
	}
	return phone.Syllabify(phs, stress), nil
}

// ParseARPAbet reads space-separated ARPAbet phones with stress digits ("HH AH0 L OW1"), as
// phone.ParsePron does, and maps unstressed AH (AH0) to AX as the embedded lexicon does.
func ParseARPAbet(s string) (phone.Pron, error) {
	if len(s) > maxPronLen {
		return nil, fmt.Errorf("%w: longer than %d bytes", ErrPronunciation, maxPronLen)
	}
	p, err := parseARPAbet(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrPronunciation, err)
	}
	return p, nil
}

// ParsePronunciation reads a custom pronunciation written either in ARPAbet ("HH AH0 L OW1", case
// and stress digits as phone.ParsePron; AH0 becomes AX) or in IPA ("həˈloʊ"). Input with any
// non-ASCII character is read as IPA; ASCII input as ARPAbet, then as IPA if that fails.
func ParsePronunciation(s string) (phone.Pron, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, fmt.Errorf("%w: empty", ErrPronunciation)
	}
	if len(s) > maxPronLen {
		return nil, fmt.Errorf("%w: longer than %d bytes", ErrPronunciation, maxPronLen)
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		return ParseIPA(s)
	}
	p, aerr := parseARPAbet(s)
	if aerr == nil {
		return p, nil
	}
	p, ierr := ParseIPA(s)
	if ierr == nil {
		return p, nil
	}
	return nil, fmt.Errorf("%w: %q is neither ARPAbet (%v) nor IPA (%v)", ErrPronunciation, s, aerr, ierr)
}

// maxUserLine bounds one line of a user lexicon, in bytes.
const maxUserLine = 4096

// ErrUserLexicon reports a malformed line in a user lexicon (a bad pronunciation is reported
// as ErrPronunciation instead). Both arrive wrapped in a *LineError.
var ErrUserLexicon = errors.New("g2p: invalid user lexicon")

// LineError locates an error in a user lexicon.
type LineError struct {
	Line int // 1-based
	Err  error
}

func (e *LineError) Error() string {
	return fmt.Sprintf("g2p: user lexicon line %d: %v", e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *LineError) Unwrap() error { return e.Err }

// ParseUserLexicon reads a user lexicon: one entry per line, a word or phrase, a tab, then its
// pronunciation in ARPAbet or IPA (see ParsePronunciation). Blank lines and lines whose first
// non-blank character is # are ignored. Keys are lower-cased with spaces collapsed, ready for
// Lexicon.With. A key given twice is an error. Errors are *LineError values.
func ParseUserLexicon(r io.Reader) (map[string]phone.Pron, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxUserLine)
	out := map[string]phone.Pron{}
	first := map[string]int{}
	line := 0
	bad := func(format string, args ...any) error {
		return &LineError{Line: line, Err: fmt.Errorf("%w: "+format, append([]any{ErrUserLexicon}, args...)...)}
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		trimmed := strings.TrimSpace(text)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		key, pron, ok := strings.Cut(text, "\t")
		if !ok {
			return nil, bad("no tab between word and pronunciation")
		}
		key = normalizePhrase(key)
		if key == "" {
			return nil, bad("empty word")
		}
		if prev, dup := first[key]; dup {
			return nil, bad("%q already defined on line %d", key, prev)
		}
		p, err := ParsePronunciation(pron)
		if err != nil {
			return nil, &LineError{Line: line, Err: err}
		}
		out[key] = p
		first[key] = line
	}
	if err := sc.Err(); err != nil {
		line++
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, bad("longer than %d bytes", maxUserLine)
		}
		return nil, &LineError{Line: line, Err: err}
	}
	return out, nil
}

var letterNames = [26]string{
	"EY1", "B IY1", "S IY1", "D IY1", "IY1", "EH1 F", "JH IY1", "EY1 CH", "AY1", "JH EY1", "K EY1",
	"EH1 L", "EH1 M", "EH1 N", "OW1", "P IY1", "K Y UW1", "AA1 R", "EH1 S", "T IY1", "Y UW1", "V IY1",
	"D AH1 B AX0 L Y UW0", "EH1 K S", "W AY1", "Z IY1",
}

// LetterName returns the spoken name of a letter a–z (either case), as used to spell acronyms:
// 'c' → S IY1, 'w' → D AH1 B AX0 L Y UW0.
func LetterName(r rune) (phone.Pron, bool) {
	if r >= 'A' && r <= 'Z' {
		r += 'a' - 'A'
	}
	if r < 'a' || r > 'z' {
		return nil, false
	}
	p, err := parseARPAbet(letterNames[r-'a'])
	if err != nil {
		return nil, false
	}
	return p, true
}
