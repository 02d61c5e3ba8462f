package g2p

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/chorus-tts/chorus/synth/g2p/lts"
	"github.com/chorus-tts/chorus/synth/phone"
)

// sentinelLex returns the embedded lexicon with a letter-to-sound model that always answers
// "B AA1" (fixedLTS): a result that reached letter-to-sound shows it.
func sentinelLex(t *testing.T) *Lexicon {
	t.Helper()
	l, err := New(WithLTS(fixedLTS{}))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestMorphology uses words that are not in the lexicon, and checks that the suffix rules (or,
// for an apostrophe, the clitic rules) answer each of them with the result Pronounce returns.
// The lexicon's letter-to-sound model is a sentinel, so a result from it would show.
func TestMorphology(t *testing.T) {
	l := sentinelLex(t)
	tests := []struct{ word, want string }{
		// -s / -es / 's voicing: S after voiceless, Z after voiced, IH0 Z after sibilants.
		{"rosebushes", "R OW1 Z B UH1 SH IH0 Z"},
		{"aardvark's", "AA1 R D V AA1 R K S"},
		{"zywicki's", "Z IH0 W IH1 K IY0 Z"},
		{"zyskowski's", "Z IH0 S K AO1 F S K IY0 Z"},
		{"caltech's", "K AE1 L T EH1 K S"},
		{"buzz's", "B AH1 Z IH0 Z"},
		// -ed: IH0 D after T/D, T after voiceless, D after voiced.
		{"caltechs", "K AE1 L T EH1 K S"},
		{"aaberged", "AA1 B ER0 G D"},
		{"aardvarked", "AA1 R D V AA1 R K T"},
		{"zywickied", "Z IH0 W IH1 K IY0 D"},
		{"abbotted", "AE1 B AX0 T IH0 D"},
		// Other suffixes.
		{"aardvarking", "AA1 R D V AA1 R K IH0 NG"},
		{"greenishness", "G R IY1 N IH0 SH N AX0 S"},
		{"rosebushless", "R OW1 Z B UH1 SH L AX0 S"},
		{"aardvarkful", "AA1 R D V AA1 R K F AX0 L"},
		{"zebraly", "Z IY1 B R AX0 L IY0"},
	}
	for _, tt := range tests {
		if _, ok := l.Lookup(tt.word, ""); ok {
			t.Errorf("%q is in the lexicon; the test needs an unknown word", tt.word)
			continue
		}
		path, p, ok := "suffix", phone.Pron(nil), false
		if strings.Contains(tt.word, "'") {
			path = "clitic"
			p, ok = l.contraction(tt.word, "")
		} else {
			p, ok = l.suffixed(tt.word, "", 0)
		}
		if !ok {
			t.Errorf("%q: the %s rules do not answer it", tt.word, path)
			continue
		}
		if got := p.String(); got != tt.want {
			t.Errorf("%s rules: %q = %s, want %s", path, tt.word, got, tt.want)
		}
		if got := l.Pronounce(tt.word, "").String(); got != tt.want {
			t.Errorf("Pronounce(%q) = %s, want the %s rules' %s", tt.word, got, path, tt.want)
		}
	}
}

func TestAttachRules(t *testing.T) {
	p := func(s string) phone.Pron {
		r, err := parseARPAbet(s)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	tests := []struct{ stem, s, ed string }{
		{"K AE1 T", "K AE1 T S", "K AE1 T IH0 D"},
		{"D AO1 G", "D AO1 G Z", "D AO1 G D"},
		{"B AA1 K S", "B AA1 K S IH0 Z", "B AA1 K S T"},
		{"CH ER1 CH", "CH ER1 CH IH0 Z", "CH ER1 CH T"},
		{"B IY1", "B IY1 Z", "B IY1 D"},
		{"N IY1 D", "N IY1 D Z", "N IY1 D IH0 D"},
		{"HH OW1 P", "HH OW1 P S", "HH OW1 P T"},
		{"JH AH1 JH", "JH AH1 JH IH0 Z", "JH AH1 JH D"},
	}
	for _, tt := range tests {
		if got := attachS(p(tt.stem)).String(); got != tt.s {
			t.Errorf("attachS(%s) = %s, want %s", tt.stem, got, tt.s)
		}
		if got := attachEd(p(tt.stem)).String(); got != tt.ed {
			t.Errorf("attachEd(%s) = %s, want %s", tt.stem, got, tt.ed)
		}
	}
}

// TestCompoundsAndPrefixes checks that the compound and prefix rules answer words the lexicon
// lacks, and that Pronounce returns their answer (letter-to-sound is a sentinel).
func TestCompoundsAndPrefixes(t *testing.T) {
	l := sentinelLex(t)
	compound := func(w string) (phone.Pron, bool) { return l.compound(w, 0) }
	prefixed := func(w string) (phone.Pron, bool) { return l.prefixed(w, "", 0) }
	tests := []struct {
		word, want string
		path       string
		rule       func(string) (phone.Pron, bool)
	}{
		{"aardvarkhouse", "AA1 R D V AA1 R K HH AW2 S", "compound", compound},
		{"zebrabush", "Z IY1 B R AX0 B UH2 SH", "compound", compound},
		{"unaardvark", "AX0 N AA1 R D V AA1 R K", "prefix", prefixed},
		{"reaardvark", "R IY0 AA1 R D V AA1 R K", "prefix", prefixed},
	}
	for _, tt := range tests {
		if _, ok := l.Lookup(tt.word, ""); ok {
			t.Errorf("%q is in the lexicon", tt.word)
			continue
		}
		p, ok := tt.rule(tt.word)
		if !ok {
			t.Errorf("%q: the %s rule does not answer it", tt.word, tt.path)
			continue
		}
		if got := p.String(); got != tt.want {
			t.Errorf("%s rule: %q = %s, want %s", tt.path, tt.word, got, tt.want)
		}
		if got := l.Pronounce(tt.word, "").String(); got != tt.want {
			t.Errorf("Pronounce(%q) = %s, want the %s rule's %s", tt.word, got, tt.path, tt.want)
		}
	}
}

// TestContractions checks the contraction rules (table and clitics); letter-to-sound is a
// sentinel, so a stem it pronounced would show.
func TestContractions(t *testing.T) {
	l := sentinelLex(t)
	tests := []struct{ word, want string }{
		{"isn't", "IH1 Z AX0 N T"},
		{"don't", "D OW1 N T"},
		{"I'm", "AY1 M"},
		{"they're", "DH EH1 R"},
		{"o'clock", "AX0 K L AA1 K"},
		{"James'", "JH EY1 M Z"},
		{"Smith'll", "S M IH1 TH AX0 L"},
		{"Jo'll", "JH OW1 L"},
		{"Bob'd", "B AA1 B AX0 D"},
		{"Mary's", "M EH1 R IY0 Z"},
		{"Pat's", "P AE1 T S"},
		{"Liz's", "L IH1 Z IH0 Z"},
		{"teachers'", "T IY1 CH ER0 Z"},
		{"rock'n'roll", "R AA1 K AX0 N R OW1 L"},
	}
	for _, tt := range tests {
		// The contraction rules (table and clitics) answer each word, and Pronounce agrees.
		p, ok := l.contraction(strings.ToLower(tt.word), "")
		if !ok {
			t.Errorf("%q: the contraction rules do not answer it", tt.word)
		} else if got := p.String(); got != tt.want {
			t.Errorf("contraction rules: %q = %s, want %s", tt.word, got, tt.want)
		}
		if got := l.Pronounce(tt.word, "").String(); got != tt.want {
			t.Errorf("Pronounce(%q) = %s, want %s", tt.word, got, tt.want)
		}
	}
}

func TestLetterToSoundFallback(t *testing.T) {
	tests := []struct{ word, want string }{
		{"blick", "B L IH1 K"},
		{"frame", "F R EY1 M"},
		{"snoob", "S N UW1 B"},
		{"knight", "N AY1 T"},
		{"table", "T EY1 B AX0 L"},
		{"shack", "SH AE1 K"},
		{"cat", "K AE1 T"},
		{"bible", "B AY1 B AX0 L"},
	}
	for _, tt := range tests {
		if got := (ruleLTS{}).Predict(tt.word).String(); got != tt.want {
			t.Errorf("ruleLTS(%q) = %s, want %s", tt.word, got, tt.want)
		}
	}
	// Every result has exactly one vowel per syllable and one primary stress.
	for _, w := range []string{"a", "b", "xyzzy", "strengths", "queueing", "rhythm", "mmm", "aeiou", "zzzzzzzzzz"} {
		p := (ruleLTS{}).Predict(w)
		primaries := 0
		for _, s := range p {
			v := 0
			for _, ph := range s.Phones {
				if ph.IsVowel() {
					v++
				}
			}
			if v != 1 {
				t.Errorf("ruleLTS(%q) = %s: syllable with %d vowels", w, p, v)
			}
			if s.Stress == phone.Primary {
				primaries++
			}
		}
		if primaries != 1 {
			t.Errorf("ruleLTS(%q) = %s: %d primary stresses", w, p, primaries)
		}
	}
	// A Lexicon whose model predicts nothing falls back to the rules for a word nothing else
	// answers.
	l, err := New(WithLTS(emptyLTS{}))
	if err != nil {
		t.Fatal(err)
	}
	const w = "zanthor"
	requireLTSPath(t, l, w)
	if got, want := l.Pronounce(w, "").String(), (ruleLTS{}).Predict(w).String(); got != want {
		t.Errorf("Pronounce(%q) with an empty model = %s, want the rules' %s", w, got, want)
	}
}

// emptyLTS is a letter-to-sound model that never answers.
type emptyLTS struct{}

func (emptyLTS) Predict(string) phone.Pron { return nil }

// requireLTSPath fails the test unless only letter-to-sound can pronounce w: it is not in the
// lexicon, has no apostrophe for the contraction rules, and morphology does not derive it.
func requireLTSPath(t *testing.T, l *Lexicon, w string) {
	t.Helper()
	if _, ok := l.Lookup(w, ""); ok {
		t.Fatalf("%q is in the lexicon: the test needs a word only letter-to-sound answers", w)
	}
	if strings.ContainsRune(w, '\'') {
		t.Fatalf("%q has an apostrophe: the contraction rules would answer it", w)
	}
	if p, ok := l.derive(w, "", 0); ok {
		t.Fatalf("morphology derives %q as %s: the test needs a word only letter-to-sound answers", w, p)
	}
}

type fixedLTS struct{}

func (fixedLTS) Predict(string) phone.Pron {
	return phone.Pron{{Phones: []phone.Phone{phone.B, phone.AA}, Stress: phone.Primary}}
}

func TestWithLTS(t *testing.T) {
	l, err := New(WithLTS(fixedLTS{}), WithLTS(nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	requireLTSPath(t, l, "qwxqwx")
	if got := l.Pronounce("qwxqwx", "").String(); got != "B AA1" {
		t.Errorf("custom LTS not used: %s", got)
	}
	if got := l.Pronounce("hello", "").String(); got != "HH AX0 L OW1" {
		t.Errorf("lexicon bypassed: %s", got)
	}
}

func TestWithAndPhrase(t *testing.T) {
	base := newLex(t)
	over, err := ParseUserLexicon(strings.NewReader("hello\tHH EH1 L OW0\nNew York\tN UW1 Y AO1 R K\nnew york city\tN UW1 Y AO1 R K S IH1 T IY0\nchorus\tˈkɔɹəs\n"))
	if err != nil {
		t.Fatal(err)
	}
	l := base.With(over)
	if got, _ := l.Lookup("Hello", ""); got.String() != "HH EH1 L OW0" {
		t.Errorf("override not used by Lookup: %s", got)
	}
	if got := l.Pronounce("HELLO", ""); got.String() != "HH EH1 L OW0" {
		t.Errorf("override not used by Pronounce: %s", got)
	}
	if got, _ := base.Lookup("hello", ""); got.String() != "HH AX0 L OW1" {
		t.Errorf("base changed: %s", got)
	}
	n, p, ok := l.Phrase([]string{"New", "York", "City", "is", "big"})
	if !ok || n != 3 || p.String() != "N UW1 Y AO1 R K S IH1 T IY0" {
		t.Errorf("Phrase = %d %s %v", n, p, ok)
	}
	n, _, ok = l.Phrase([]string{"new", "york"})
	if !ok || n != 2 {
		t.Errorf("Phrase(new york) = %d %v", n, ok)
	}
	n, _, ok = l.Phrase([]string{"chorus", "line"})
	if !ok || n != 1 {
		t.Errorf("Phrase(chorus line) = %d %v", n, ok)
	}
	if _, _, ok := l.Phrase([]string{"new", "jersey"}); ok {
		t.Error("Phrase(new jersey) matched")
	}
	if _, _, ok := l.Phrase(nil); ok {
		t.Error("Phrase(nil) matched")
	}
	if _, _, ok := base.Phrase([]string{"hello"}); ok {
		t.Error("base lexicon has no overrides")
	}
	// Views stack; a later key wins.
	l2 := l.With(map[string]phone.Pron{"hello": over["chorus"], "": over["chorus"], "x": nil})
	if got := l2.Pronounce("hello", ""); got.String() != "K AO1 R AX0 S" {
		t.Errorf("stacked override: %s", got)
	}
	if n, _, ok := l2.Phrase([]string{"new", "york", "city"}); !ok || n != 3 {
		t.Errorf("stacked view lost phrases: %d %v", n, ok)
	}
	// The returned pronunciation is a copy.
	p, _ = l.Lookup("hello", "")
	p[0].Phones[0] = phone.Z
	if got, _ := l.Lookup("hello", ""); got.String() != "HH EH1 L OW0" {
		t.Errorf("override mutated through a result: %s", got)
	}
}

func TestNotice(t *testing.T) {
	n := Notice()
	for _, want := range []string{"Centre for Speech Technology Research", "Carnegie Mellon University",
		"Any modifications must be clearly marked", "festlex-cmu 2.4-2", "Chorus"} {
		if !strings.Contains(n, want) {
			t.Errorf("Notice lacks %q", want)
		}
	}
	l := newLex(t)
	if !strings.Contains(l.r.Notice(), "Converted by the Chorus project from Debian festlex-cmu 2.4-2") {
		t.Errorf("data header notice: %q", l.r.Notice())
	}
}

func TestPronounceLongInput(t *testing.T) {
	l := newLex(t)
	huge := strings.Repeat("abcdefghij", 100_000) // 1 MB
	p := l.Pronounce(huge, "")
	if len(p) == 0 {
		t.Fatal("empty")
	}
	// Only the first MaxWordLetters letters are read: the output stays small.
	if n := len(p.Phones()); n > 3*MaxWordLetters {
		t.Errorf("%d phones for a capped word", n)
	}
	mixed := strings.Repeat("a-", 500_000)
	if p := l.Pronounce(mixed, ""); len(p) == 0 || len(p) > MaxWordLetters {
		t.Errorf("hyphenated 1 MB word: %d syllables", len(p))
	}
}

func TestConcurrentUse(t *testing.T) {
	l := newLex(t)
	words := []string{"hello", "blorfing", "zanthor", "records", "isn't", "kwiggle", "rosebushes"}
	want := make([]string, len(words))
	for i, w := range words {
		want[i] = l.Pronounce(w, "").String()
	}
	requireLTSPath(t, l, "zanthor") // at least one word reaches letter-to-sound
	fresh := newLex(t)              // its letter-to-sound model loads under contention
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, w := range words {
				if got := fresh.Pronounce(w, "").String(); got != want[i] {
					errs <- w + ": " + got + " != " + want[i]
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestPOSCase(t *testing.T) {
	l := newLex(t)
	if p, _ := l.Lookup("project", "V"); p.String() != "P R AX0 JH EH1 K T" {
		t.Errorf("upper-case POS ignored: %s", p)
	}
}

func FuzzPronounce(f *testing.F) {
	l, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"hello", "john's", "isn't", "rosebushes", "x", "", "café", "東京", "a-b-c", "'''s", "n't", "s'"} {
		f.Add(s, "")
	}
	f.Add("read", PosPast)
	f.Fuzz(func(t *testing.T, word, pos string) {
		p := l.Pronounce(word, pos)
		hasLetter := strings.IndexFunc(word, func(r rune) bool { return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') }) >= 0
		if hasLetter && len(p) == 0 {
			t.Fatalf("Pronounce(%q) is empty", word)
		}
		for _, s := range p {
			if len(s.Phones) == 0 || s.Stress > phone.Secondary {
				t.Fatalf("Pronounce(%q) has a bad syllable %+v", word, s)
			}
			for _, ph := range s.Phones {
				if ph == phone.Sil || int(ph) >= phone.Count {
					t.Fatalf("Pronounce(%q) has phone %d", word, ph)
				}
			}
		}
		ws := strings.Fields(word)
		tags := TagHomographs(ws)
		if len(tags) != len(ws) {
			t.Fatalf("TagHomographs(%q): %d tags for %d words", ws, len(tags), len(ws))
		}
		for i, tag := range tags {
			switch tag {
			case PosNone, PosNoun, PosVerb, PosAdj, PosPast, PosAlt:
			default:
				t.Fatalf("TagHomographs(%q): word %d tagged %q", ws, i, tag)
			}
		}
	})
}

// TestDefaultLTSIsTrainedModel checks that a default Lexicon pronounces words only
// letter-to-sound can answer with the embedded trained model, not the rule fallback: the words
// are chosen so that the two disagree.
func TestDefaultLTSIsTrainedModel(t *testing.T) {
	m, err := lts.New()
	if err != nil {
		t.Fatalf("the embedded lts model does not load: %v", err)
	}
	l := newLex(t)
	for _, w := range []string{"zanthor", "fenquist", "blorfing", "qwxqwx"} {
		requireLTSPath(t, l, w)
		want := m.Predict(w).String()
		if rule := (ruleLTS{}).Predict(w).String(); rule == want {
			t.Fatalf("%q: the model and the rules agree (%s); the test needs a word they tell apart", w, want)
		}
		if got := l.Pronounce(w, "").String(); got != want {
			t.Errorf("Pronounce(%q) = %s, want the lts model's %s", w, got, want)
		}
	}
}

func TestZeroLexicon(t *testing.T) {
	var l Lexicon
	if _, ok := l.Lookup("hello", ""); ok {
		t.Error("zero Lexicon found a word")
	}
	if p := l.Pronounce("hello", ""); len(p) == 0 {
		t.Error("zero Lexicon cannot pronounce")
	}
	if p := l.With(map[string]phone.Pron{"hi": {{Phones: []phone.Phone{phone.HH, phone.AY}, Stress: 1}}}).Pronounce("hi", ""); p.String() != "HH AY1" {
		t.Errorf("override on zero Lexicon: %s", p)
	}
}

// The trained model satisfies the seam.
var _ LetterToSound = (*lts.Model)(nil)

// The embedded notices are copies of the repository's LICENSES files; keep them in step.
func TestNoticesMatchLicenses(t *testing.T) {
	for emb, repo := range map[string]string{
		"data/NOTICE-festlex-cmu.txt": "../../LICENSES/festlex-cmu.txt",
		"data/NOTICE-cmudict.txt":     "../../LICENSES/cmudict.txt",
	} {
		a, err := noticeFS.ReadFile(emb)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(repo)
		if err != nil {
			t.Fatal(err)
		}
		if string(a) != string(b) {
			t.Errorf("%s differs from %s: copy the LICENSES file into data/", emb, repo)
		}
	}
}
