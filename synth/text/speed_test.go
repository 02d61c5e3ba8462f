package text

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSpeedLensCoverKeys checks that a table's set of key lengths admits every key (so a reader
// guarded by it never misses one) and leaves out a length no key has.
func TestSpeedLensCoverKeys(t *testing.T) {
	check := func(name string, keys []string, l speedLens) {
		t.Helper()
		has := map[int]bool{}
		for _, k := range keys {
			has[min(len(k), 63)] = true
			if !l.may(k) {
				t.Errorf("%s: key %q left out", name, k)
			}
		}
		for n := 0; n < 63; n++ {
			if !has[n] && l.may(strings.Repeat("a", n)) {
				t.Errorf("%s: length %d admitted, but no key has it", name, n)
			}
		}
	}
	check("periodOver", keysOf(periodOver), speedPeriodOverLens)
	check("periodAfterNumber", keysOf(periodAfterNumber), speedPeriodAfterLens)
	check("productNames", keysOf(productNames), speedProductLens)
	check("oilRates", keysOf(oilRates), speedOilRateLens)
	check("registerAbbrevs", keysOf(registerAbbrevs), speedRegisterLens)
	for k := range karatMarks {
		if len(k) > 2 {
			t.Errorf("karatMarks: %q is longer than karatGold's guard of two bytes", k)
		}
	}
	if v, ok := speedLookup(periodOver, speedPeriodOverLens, "y/y"); !ok || v != periodOver["y/y"] {
		t.Errorf("speedLookup(periodOver, y/y) = %q, %v", v, ok)
	}
}

func keysOf[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// TestSpeedLowerFollowsCore checks that a token's remembered lower case is that of its current
// core, also after a reader gives a copy of it another core.
func TestSpeedLowerFollowsCore(t *testing.T) {
	tok := token{core: "NASA"}
	if got := tok.lower(); got != "nasa" {
		t.Fatalf("lower() = %q", got)
	}
	sub := tok
	sub.core = "Lee"
	if got := sub.lower(); got != "lee" {
		t.Errorf("copy with another core: lower() = %q, want lee", got)
	}
	tok.core = "İx" // a core changed in place: lower-cased again (not as ASCII)
	if got, want := tok.lower(), strings.ToLower("İx"); got != want {
		t.Errorf("changed core: lower() = %q, want %q", got, want)
	}
	if got := (&token{}).lower(); got != "" {
		t.Errorf("empty core: lower() = %q", got)
	}
}

// FuzzSpeedHelpers compares the byte loops that replaced calls into strings with those calls.
func FuzzSpeedHelpers(f *testing.F) {
	for _, s := range []string{"", "a", "ab-c", "x–y", "5·3", "a÷b", "\xff-", "€5", "$", "£3", "¥", "\xe2\x82", "Ctrl+C", "aaaa", "aaab", "e\u2010f", "nbc", "zzz", ".", "..", "a.b", "report.pdf", "a.tar.gz", "v1.4.2.9", "a.b.c.d.e", "x..y."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := speedJoinerIndex(s), strings.IndexAny(s, "-‐‑–/\\|_+&=·÷"); got != want {
			t.Errorf("speedJoinerIndex(%q) = %d, want %d", s, got, want)
		}
		if got, want := speedCurrencyFirst(s), strings.IndexAny(s, "$£€¥") == 0; got != want {
			t.Errorf("speedCurrencyFirst(%q) = %v, want %v", s, got, want)
		}
		if got, want := speedPlusMinusIndex(s), strings.IndexAny(s, "+-"); got != want {
			t.Errorf("speedPlusMinusIndex(%q) = %d, want %d", s, got, want)
		}
		if got, want := speedHasVowelY(s), strings.ContainsAny(s, "aeiouy"); got != want {
			t.Errorf("speedHasVowelY(%q) = %v, want %v", s, got, want)
		}
		if s != "" && isLetterWord(s) {
			if got, want := speedAllSame(s), strings.Trim(s, s[:1]) == ""; got != want {
				t.Errorf("speedAllSame(%q) = %v, want %v", s, got, want)
			}
		}
		for n := 1; n <= 5; n++ {
			want := strings.Split(s, ".")
			got, ok := speedSplitAtMost(make([]string, 0, n), s, '.')
			if ok != (len(want) <= n) || ok && !slices.Equal(got, want) {
				t.Errorf("speedSplitAtMost(%q) in %d = %q, %v; strings.Split %q", s, n, got, ok, want)
			}
		}
		if len(s) <= 8 {
			buf := make([]byte, len(s))
			if got, want := string(speedUpper(buf, s)), upperASCII(s); got != want {
				t.Errorf("speedUpper(%q) = %q, want %q", s, got, want)
			}
		}
	})
}

// TestMetricPrefixesOneCharacter checks what prefixedUnit's direct lookup assumes: every metric
// prefix is one character, so a unit's prefix is its first.
func TestMetricPrefixesOneCharacter(t *testing.T) {
	for p := range metricPrefixes {
		if utf8.RuneCountInString(p) != 1 {
			t.Errorf("metric prefix %q is not one character", p)
		}
	}
	for _, c := range []struct{ in, want string }{{"kDa", "kilodalton"}, {"µF", "microfarad"}, {"μF", "microfarad"}, {"GeV", "gigaelectron volt"}, {"mM", "millimolar"}} {
		if u, ok := prefixedUnit(c.in); !ok || u.sing != c.want {
			t.Errorf("prefixedUnit(%q) = %q, %v; want %q", c.in, u.sing, ok, c.want)
		}
	}
	for _, in := range []string{"MM", "kM", "k", "", "kx", "Da"} {
		if u, ok := prefixedUnit(in); ok {
			t.Errorf("prefixedUnit(%q) = %q, want none", in, u.sing)
		}
	}
}

// TestIsSentenceFinalASCII checks IsSentenceFinal's path for ASCII against the list of marks.
func TestIsSentenceFinalASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if got, want := IsSentenceFinal(r), strings.ContainsRune(sentenceFinal, r); got != want {
			t.Errorf("IsSentenceFinal(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestPieceWordsUnion checks that segmentPiece's one set holds every word of the sets it stands
// for (round seventy's r70GameWords among them), and nothing else.
func TestPieceWordsUnion(t *testing.T) {
	total := 0
	for _, set := range []map[string]bool{r43WebWords, r50TechWords, r51ShowWords, r63NetWords, r70GameWords, r87CraftTagWords} {
		for w := range set {
			total++
			if !pieceWords[w] {
				t.Errorf("pieceWords lacks %q", w)
			}
		}
	}
	if len(pieceWords) > total {
		t.Errorf("pieceWords has %d words, the sets %d", len(pieceWords), total)
	}
}

// TestSpeedPooledNormalizerReadsAsNew reads sentences with Scratch.NormalizeWith, whose normalizers
// come back from the pool with the buffers of an earlier sentence, and with a new normalizer
// each: the same words, rules and ranges, in any order, with or without the lexicon, after a
// long sentence whose buffers are not kept as after a short one.
func TestSpeedPooledNormalizerReadsAsNew(t *testing.T) {
	long := strings.Repeat("Call 1-888-555-0142 at 3 p.m. ET, see cdc.gov and NASA's 4K RTX 4090; ", 40)
	var sents []string
	for _, s := range []string{webText, prose, long, "OK.", "The FBI and NATO met. WHO said so!", "Dr. Lee paid $5."} {
		sents = append(sents, SplitSentences(s)...)
	}
	opts := []Options{{}, {IsWord: engineIsWord(t), Compound: engineCompound(t)}}
	var s Scratch
	for round := range 2 {
		for k := range sents {
			raw := sents[(k*7+round)%len(sents)]
			for _, o := range opts {
				got := s.NormalizeWith(raw, o)
				want := newNormalizer(o).sentence(raw)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%q: pooled normalizer read\n%v\nnew one\n%v", raw, got, want)
				}
			}
		}
	}
}

// TestSpeedPooledNormalizerForgetsIsWord: a pooled normalizer asks the IsWord of the call it
// reads for, never answering from what another call's IsWord said.
func TestSpeedPooledNormalizerForgetsIsWord(t *testing.T) {
	var s Scratch
	for _, first := range []bool{true, false} {
		asked := 0
		yes := func(string) bool { return first }
		other := func(string) bool { asked++; return !first }
		for range 4 {
			s.NormalizeWith("The FLOB is here.", Options{IsWord: yes})
		}
		a := s.NormalizeWith("The FLOB is here.", Options{IsWord: other}).String()
		b := newNormalizer(Options{IsWord: other}).sentence("The FLOB is here.").String()
		if asked == 0 || a != b {
			t.Errorf("IsWord answering %v after %v: asked %d times, read %q, a new normalizer %q", !first, first, asked, a, b)
		}
	}
}

// TestSpeedPooledNormalizerConcurrent reads sentences from several goroutines at once, each
// with its own IsWord, so that -race sees the pool shared: each reading is a new normalizer's.
func TestSpeedPooledNormalizerConcurrent(t *testing.T) {
	sents := SplitSentences(webText + prose)
	var s Scratch
	done := make(chan error, 4)
	for g := range 4 {
		go func() {
			o := Options{IsWord: func(w string) bool { return (len(w)+g)%3 == 0 }}
			for i := range 3 * len(sents) {
				raw := sents[(i+g)%len(sents)]
				if got, want := s.NormalizeWith(raw, o), newNormalizer(o).sentence(raw); !reflect.DeepEqual(got, want) {
					done <- fmt.Errorf("goroutine %d, %q: pooled %v, new %v", g, raw, got, want)
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestSpeedReleaseDropsTheSentence: a normalizer put back for lending holds no string of the
// sentence it read (its tokens, words and IsWord's table are cut from it and would keep it
// alive), and one whose buffers grew past their bounds is not lent again.
func TestSpeedReleaseDropsTheSentence(t *testing.T) {
	n := newNormalizer(Options{IsWord: func(w string) bool { return len(w) > 3 }})
	n.sentence("Visit washingtonpost.com and nytimes.com for the 2 stories, said Dr. Lee.")
	if len(n.memo) == 0 || len(n.toks) == 0 || len(n.out) == 0 {
		t.Fatalf("the sentence left nothing to drop: memo %d, tokens %d, words %d", len(n.memo), len(n.toks), len(n.out))
	}
	toks, out := n.toks[:cap(n.toks)], n.out[:cap(n.out)]
	if !n.release() {
		t.Fatal("a normalizer of one short sentence was not lent again")
	}
	if len(n.memo) != 0 || n.raw != "" || n.isWord != nil {
		t.Errorf("after release: memo %d entries, raw %q, isWord set %v", len(n.memo), n.raw, n.isWord != nil)
	}
	for i := range toks {
		if toks[i] != (token{}) {
			t.Fatalf("token %d kept after release: %+v", i, toks[i])
		}
	}
	for i := range out {
		if !reflect.DeepEqual(out[i], Word{}) {
			t.Fatalf("word %d kept after release: %+v", i, out[i])
		}
	}
	big := newNormalizer(Options{})
	big.sentence(strings.Repeat("word ", keepToks+1))
	if big.release() {
		t.Error("a normalizer whose tokens grew past keepToks was lent again")
	}
}
