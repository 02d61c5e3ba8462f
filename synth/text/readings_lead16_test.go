package text

import "testing"

// TestReadingsLead16 checks testdata/readings-lead16.tsv: Markdown links read as their words
// (markdown.go) and an amount in cents before a currency code, or glued after one, read as money,
// with cases where they must not apply.
func TestReadingsLead16(t *testing.T) {
	checkReadings(t, "testdata/readings-lead16.tsv", 14)
}

// A Markdown link's words keep their place in the text: offsets do not move.
func TestMarkdownLinkOffsets(t *testing.T) {
	raw := "See [the docs](https://x.org/a) now."
	s := NormalizeWith(raw, Options{})
	var got []string
	for _, w := range s.Words {
		got = append(got, raw[w.Start:w.End])
	}
	if len(got) != 4 || got[1] != "the" || got[2] != "docs" {
		t.Errorf("words point at %q", got)
	}
}
