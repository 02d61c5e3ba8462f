package text

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestSentenceFile checks testdata/sentences.tsv: one "input<TAB>spoken
// form" pair per line ('#' starts a comment line).
func TestSentenceFile(t *testing.T) {
	f, err := os.Open("testdata/sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		in, want, ok := strings.Cut(text, "\t")
		if !ok {
			t.Fatalf("line %d: no tab", line)
		}
		n++
		if got := spoken(t, in); got != want {
			t.Errorf("line %d: %q\n got  %q\n want %q", line, in, got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 40 {
		t.Fatalf("only %d cases", n)
	}
}
