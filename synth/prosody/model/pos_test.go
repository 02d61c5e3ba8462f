package model

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

// posSentence is one sentence of testdata/festival-pos.txt: Festival's Word items after POS
// tagging and phrasing (punctuation included), and its words and breaks after synthesis.
type posSentence struct {
	text          string
	items, tags   []string
	rawBreaks     []string
	tokenEnd      []bool   // the item ends its token
	punc          []string // the token's punctuation ("0" for none)
	fixed         []string // the tag the tokenizer fixed ("" for none)
	words, breaks []string // after synthesis
}

func readPOSDump(t *testing.T) []*posSentence {
	t.Helper()
	f, err := os.Open("testdata/festival-pos.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*posSentence
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		switch {
		case strings.HasPrefix(line, "SENT "):
			out = append(out, &posSentence{text: line[5:]})
		case len(out) > 0 && len(fields) == 7 && fields[0] == "P":
			s := out[len(out)-1]
			s.items = append(s.items, fields[1])
			s.tags = append(s.tags, fields[2])
			s.rawBreaks = append(s.rawBreaks, fields[3])
			s.tokenEnd = append(s.tokenEnd, fields[4] == "0")
			s.punc = append(s.punc, fields[5])
			fx := fields[6]
			if fx == "0" {
				fx = ""
			}
			s.fixed = append(s.fixed, fx)
		case len(out) > 0 && len(fields) == 3 && fields[0] == "W":
			s := out[len(out)-1]
			s.words = append(s.words, fields[1])
			s.breaks = append(s.breaks, fields[2])
		default:
			t.Fatalf("unexpected line %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) < 15 {
		t.Fatalf("%d sentences", len(out))
	}
	return out
}

// wordsAndPunct splits Festival's items into words and the punctuation after each word.
func (s *posSentence) wordsAndPunct(t *testing.T) (words, punct, fixed []string) {
	words, punct, fixed, _ = s.split(t)
	return words, punct, fixed
}

// split also numbers each word's text token (from Festival's token ends).
func (s *posSentence) split(t *testing.T) (words, punct, fixed []string, token []int) {
	tok := 0
	for i, it := range s.items {
		if i > 0 && s.tokenEnd[i-1] {
			tok++
		}
		if s.tags[i] == "punc" && i > 0 && !s.tokenEnd[i-1] {
			punct[len(punct)-1] = it
			continue
		}
		words = append(words, it)
		punct = append(punct, "")
		fixed = append(fixed, s.fixed[i])
		token = append(token, tok)
	}
	if !slices.Equal(words, s.words) {
		t.Fatalf("%q: words %v, Festival's after synthesis %v", s.text, words, s.words)
	}
	return words, punct, fixed, token
}

// TestTagFestival tags Festival's word sequences (punctuation included) and compares with
// Festival's POS module, item by item.
func TestTagFestival(t *testing.T) {
	set := loadSet(t)
	n := 0
	for _, s := range readPOSDump(t) {
		got := set.TagFixed(s.items, s.fixed)
		if !slices.Equal(got, s.tags) {
			t.Errorf("%q:\n tags %v\n Festival %v", s.text, got, s.tags)
		}
		n += len(s.items)
		words, punct, fixed := s.wordsAndPunct(t)
		var want []string
		for i, tag := range s.tags {
			if !(tag == "punc" && i > 0 && !s.tokenEnd[i-1]) {
				want = append(want, tag)
			}
		}
		if got := set.TagWords(words, punct, fixed); !slices.Equal(got, want) {
			t.Errorf("%q: TagWords %v, want %v", s.text, got, want)
		}
	}
	t.Logf("%d items tagged", n)
}

// TestBreaksFestival predicts the breaks of each sentence from its words, tags, punctuation and
// tokens and compares with Festival's words after synthesis (Phrasify, then Pauses). Breaks
// itself, which takes each word for a token, must agree where every token is one word.
func TestBreaksFestival(t *testing.T) {
	set := loadSet(t)
	multi := 0
	for _, s := range readPOSDump(t) {
		words, punct, fixed, token := s.split(t)
		tags := set.TagWords(words, punct, fixed)
		if got := set.BreaksTokens(words, tags, punct, token); !slices.Equal(got, s.breaks) {
			t.Errorf("%q:\n breaks %v\n Festival %v", s.text, got, s.breaks)
		}
		if token[len(token)-1] != len(token)-1 {
			multi++
			continue // a token of several words
		}
		if got := set.Breaks(words, tags, punct); !slices.Equal(got, s.breaks) {
			t.Errorf("%q: Breaks %v\n Festival %v", s.text, got, s.breaks)
		}
	}
	if multi == 0 {
		t.Error("no sentence with a token of several words")
	}
}

// TestNotesAnalysis checks the notes' (§7) analysis of "The ferry left the harbor an hour
// late.": POS dt nn vbd dt nn dt nn rb punc; harbor B, late BB.
func TestNotesAnalysis(t *testing.T) {
	set := loadSet(t)
	words := []string{"The", "ferry", "left", "the", "harbor", "an", "hour", "late"}
	punct := []string{"", "", "", "", "", "", "", "."}
	tags := set.Tag(append(slices.Clone(words), "."))
	if want := []string{"dt", "nn", "vbd", "dt", "nn", "dt", "nn", "rb", "punc"}; !slices.Equal(tags, want) {
		t.Errorf("tags %v, want %v", tags, want)
	}
	breaks := set.Breaks(words, tags[:8], punct)
	if want := []string{"NB", "NB", "NB", "NB", "B", "NB", "NB", "BB"}; !slices.Equal(breaks, want) {
		t.Errorf("breaks %v, want %v", breaks, want)
	}
	// Without the final ".", the utterance ends in B, not BB.
	breaks = set.Breaks(words, tags[:8], make([]string, 8))
	if breaks[7] != "B" {
		t.Errorf("without a full stop: last break %s, want B", breaks[7])
	}
}

func TestCandidates(t *testing.T) {
	set := loadSet(t)
	for w, want := range map[string][]Cand{
		"ferry":  {{"nn", -10.648}, {"vb", -9.448}},
		"FERRY":  {{"nn", -10.648}, {"vb", -9.448}},
		".":      {{"punc", -1.1104}}, // pos.scm's entry replaces the poslex's
		"1990":   {{"cd", -0.35202}, {"jj", -4.1083}, {"nns", -6.4488}, {"nnp", -7.3595}},
		"zqxjkw": set.POS.Candidates("_OOV_"),
	} {
		if got := set.POS.Candidates(w); !slices.Equal(got, want) {
			t.Errorf("Candidates(%q) = %v, want %v", w, got, want)
		}
	}
	if n := len(set.POS.Candidates("_OOV_")); n != 12 {
		t.Errorf("_OOV_ has %d candidates, want 12", n)
	}
	if n := set.POS.Words(); n < 33417 {
		t.Errorf("%d headwords, want at least the poslex's 33,417", n)
	}
	// Break model totals (notes §5): C(B) = 6645.4, C(NB) = 25212.0.
	q := set.POS.quad
	b, nb := q.predTotal[slices.Index(q.Pred, "B")], q.predTotal[slices.Index(q.Pred, "NB")]
	if b < 6645.35 || b > 6645.45 || nb < 25211.95 || nb > 25212.05 {
		t.Errorf("C(B) %v, C(NB) %v; want 6645.4, 25212.0", b, nb)
	}
}

func TestPOSWithoutData(t *testing.T) {
	s, err := Decode(festivalBin)
	if err != nil {
		t.Fatal(err)
	}
	if s.Tag([]string{"a"}) != nil || s.Breaks([]string{"a"}, []string{"dt"}, []string{""}) != nil {
		t.Error("a Set without POS data tags or breaks")
	}
	set := loadSet(t)
	if set.Tag(nil) != nil || set.Breaks(nil, nil, nil) != nil {
		t.Error("no words: not nil")
	}
	// Unknown and missing tags count as nouns (here a noun and a punc tag give different
	// breaks); short lists do not panic.
	words := []string{"the", "old", "dog", "sleeps", "in", "the", "sun"}
	punct := []string{"", "", "", "", "", "", "."}
	nouns := set.Breaks(words, []string{"dt", "jj", "nn", "nn", "nn", "nn", "nn"}, punct)
	if punc := set.Breaks(words, []string{"dt", "jj", "nn", "punc", "punc", "punc", "punc"}, punct); slices.Equal(punc, nouns) {
		t.Fatalf("nouns and punc give the same breaks %v: the check below could not fail", nouns)
	}
	if got := set.Breaks(words, []string{"dt", "jj", "nn", "zz"}, punct); !slices.Equal(got, nouns) {
		t.Errorf("unknown and missing tags: %v, as nouns %v", got, nouns)
	}
	if got := set.Breaks(words, []string{"dt"}, []string{""}); len(got) != len(words) {
		t.Errorf("short lists: breaks %v", got)
	}
}

// TestPOSRoundTrip: the embedded POS file decodes and re-encodes to the same bytes; truncated
// or corrupted, it gives errors, not panics.
func TestPOSRoundTrip(t *testing.T) {
	p, err := DecodePOS(festivalPOSBin)
	if err != nil {
		t.Fatal(err)
	}
	again, err := EncodePOS(p)
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(festivalPOSBin) {
		t.Fatal("re-encoded POS file differs")
	}
	q, err := NewPOS(p.Data())
	if err != nil {
		t.Fatal(err)
	}
	if again, err = EncodePOS(q); err != nil || string(again) != string(festivalPOSBin) {
		t.Fatalf("rebuilt from Data: differs (%v)", err)
	}
	body := festivalPOSBin[:len(festivalPOSBin)-4]
	for _, n := range []int{0, 3, 5, 9, 100, 1000, len(body) / 3, len(body) / 2, len(body) - 1} {
		if _, err := DecodePOS(withCRC(body[:n])); err == nil {
			t.Errorf("prefix of %d bytes: no error", n)
		}
	}
	phraseType := loadSet(t).PhraseType
	for i := 0; i < len(body); i += 16411 {
		b := append([]byte(nil), body...)
		b[i] ^= 0x5A
		if p, err := DecodePOS(withCRC(b)); err == nil {
			set := &Set{POS: p, PhraseType: phraseType}
			set.Breaks([]string{"a", "b"}, set.Tag([]string{"a", "b"}), []string{"", "."})
		}
	}
}

// tinyPOS is a small complete POS model, so that the fuzzer starts from a short valid file.
func tinyPOS(t testing.TB) []byte {
	ones := func(n int) []float64 {
		c := make([]float64, n)
		for i := range c {
			c[i] = float64(1 + i%3)
		}
		return c
	}
	p, err := NewPOS(POSData{
		Lexicon: map[string][]Cand{"_number_": {{"nn", -1}}, "_oov_": {{"nn", -2}, {"dt", -3.5}},
			"the": {{"dt", -0.53}}, ".": {{"punc", -1.1104}}},
		Tagger: &Ngram{Order: 3, Vocab: []string{"nn", "punc", "dt"}, Pred: []string{"nn", "punc", "dt"}, Counts: ones(27)},
		Quad:   &Ngram{Order: 4, Vocab: []string{"n", "punc"}, Pred: []string{"B", "NB"}, Counts: ones(16)},
		Hept:   &Ngram{Order: 7, Vocab: []string{"B", "NB"}, Pred: []string{"B", "NB"}, Counts: ones(128)},
		PosMap: map[string]string{"nn": "n", "dt": "n"},
		ScaleB: 0.59, PStart: "punc", PPStart: "nn",
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := EncodePOS(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func FuzzDecodePOS(f *testing.F) {
	body := festivalPOSBin[:len(festivalPOSBin)-4]
	tiny := tinyPOS(f)
	f.Add(tiny[:len(tiny)-4])
	f.Add(body[:200])
	f.Add([]byte("CHPS\x01\x00"))
	s, err := Decode(festivalBin)
	if err != nil {
		f.Fatal(err)
	}
	phraseType := s.PhraseType
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := decodePOSBody(data)
		if err != nil {
			return
		}
		s := &Set{POS: p, PhraseType: phraseType}
		words := []string{"the", "1", "xyz", "."}
		s.Breaks(words[:3], s.TagWords(words[:3], []string{"", ",", "."}, nil), []string{"", ",", "."})
		again, err := EncodePOS(p)
		if err != nil {
			t.Fatalf("decoded POS model does not encode: %v", err)
		}
		if _, err := DecodePOS(again); err != nil {
			t.Fatalf("re-encoded POS model does not decode: %v", err)
		}
	})
}
