package g2p

import "testing"

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

var benchWords = []string{"hello", "world", "synthesizer", "the", "aardvark", "zywicki", "project", "chorus",
	"international", "speech", "quickly", "thought", "knight", "xylophone", "a", "of"}

func BenchmarkLookup(b *testing.B) {
	l := newLex(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, ok := l.Lookup(benchWords[i%len(benchWords)], ""); !ok {
			b.Fatal("missing")
		}
		i++
	}
}

func BenchmarkLookupMiss(b *testing.B) {
	l := newLex(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := l.Lookup("blorfingly", ""); ok {
			b.Fatal("found")
		}
	}
}

// BenchmarkPronounceUnknown measures the slow path: morphology, compound search and letter-to-sound.
func BenchmarkPronounceUnknown(b *testing.B) {
	l := newLex(b)
	words := []string{"rosebushes", "aardvarking", "blorfingly", "unaardvarkness", "qwertyuiopasdfgh"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = l.Pronounce(words[i%len(words)], "")
		i++
	}
}

func BenchmarkPronounceHuge(b *testing.B) {
	l := newLex(b)
	huge := make([]byte, 1<<20)
	for i := range huge {
		huge[i] = byte('a' + i%26)
	}
	w := string(huge)
	b.ReportAllocs()
	for b.Loop() {
		_ = l.Pronounce(w, "")
	}
}
