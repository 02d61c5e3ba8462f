package text

import (
	"fmt"
	"strings"
	"testing"
)

// readWork normalizes s as NormalizeTextWith does and returns the normalizer's work (tokens
// looked at through peek and whole-sentence scans) and the number of tokens read.
func readWork(s string, o Options) (work, toks int) {
	n := newNormalizer(o)
	for _, sp := range SentenceSpans(s) {
		n.sentence(sp.Raw(s))
		toks += len(n.toks)
	}
	return n.work, toks
}

// linearUnits are pieces repeated into long inputs: runs of digits, slashes, dashes, dots,
// emoji and hashes (the list), and tokens whose readers ask about the whole sentence
// (knots, pence, card expiries, equations, fixtures, karats, inches, chat, time zones).
var linearUnits = []string{
	"1", "12 ", "/", "1/2 ", "-", "1-1 ", ".", "1.", "a.b ", "🎉", "🎉 ", "#", "#a ", "#Ab ",
	"1 kt ", "212p ", "EXP 01/27 ", "2x = ", "(1-2) hosts ", "12k ", "1/2\" ", "lol ", "3 p.m. ET ",
	"+1 ", "1 800 ", "−5 ", "× ", "v1.2 ", "a.com ", "7a-7p ", "1:00:00 ", "GTA V ", "40 HR ",
	"£1 ", "$1 ", "1st ", "IX ", "Dr. ", "B. ", "\" ", "( ", "x ", "www.", "1,000 ", "Suite 1507 ",
}

// TestReadersWorkIsLinear: the work of reading a long input grows with its length, not faster.
// For each unit, one input of about 1 KB and one of about 4 KB (a sentence, under the 4096-byte
// cap, where a reader scanning the whole sentence for every token would cost 4 times as much per
// token), and one of 100 KB across many sentences; the work per token of the longer inputs stays
// within 1.25 of the 1 KB one's (the room is for edge effects: the first and last tokens of a
// sentence look at fewer neighbours).
func TestReadersWorkIsLinear(t *testing.T) {
	o := Options{IsWord: engineIsWord(t), Compound: engineCompound(t)}
	for _, u := range linearUnits {
		var perTok [3]float64
		for i, size := range []int{1000, 4000, 100000} {
			in := strings.Repeat(u, size/len(u))
			w, k := readWork(in, o)
			if k == 0 {
				t.Fatalf("%q×%d: no tokens", u, size/len(u))
			}
			perTok[i] = float64(w) / float64(k)
		}
		if perTok[1] > 1.25*perTok[0]+1 || perTok[2] > 1.25*perTok[0]+1 {
			t.Errorf("%q: work per token %.1f at 1 KB, %.1f at 4 KB, %.1f at 100 KB: grows with length", u, perTok[0], perTok[1], perTok[2])
		}
	}
}

// BenchmarkLongRepetitive normalizes 100 KB of each of a few repetitive inputs (and splits one
// with a long run of spaces before many periods that end no sentence), so a reader or the
// splitter going quadratic on long input shows as a jump in ns/op between sizes.
func BenchmarkLongRepetitive(b *testing.B) {
	o := Options{IsWord: engineIsWord(b), Compound: engineCompound(b)}
	for _, u := range []string{"1", "1/2 ", "1-1 ", "1.", "🎉", "#a ", "1 kt ", "212p ", "2x = "} {
		for _, size := range []int{25000, 100000} {
			in := strings.Repeat(u, size/len(u))
			b.Run(fmt.Sprintf("%q/%dKB", u, size/1000), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				for range b.N {
					if _, err := NormalizeTextWith(in, o); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
	for _, size := range []int{25000, 100000} {
		in := "x." + strings.Repeat(" ", size/2) + strings.Repeat("B. ", size/6)
		b.Run(fmt.Sprintf("split-spaces/%dKB", size/1000), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for range b.N {
				SentenceSpans(in)
			}
		})
	}
}
