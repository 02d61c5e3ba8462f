package script

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// Scripts near the size limit, in each shape that once made parsing quadratic: JSON turns (each
// located by line and column), text turns, and one text turn of many continuation lines.

// jsonEpisode makes a JSON script of n turns, one per line or all on one line.
func jsonEpisode(n int, oneLine bool) []byte {
	var b bytes.Buffer
	b.WriteString("[")
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		if !oneLine {
			b.WriteString("\n  ")
		}
		fmt.Fprintf(&b, `{"speaker": "Speaker %d", "text": "Turn number %d says a few words."}`, i%7, i)
	}
	b.WriteString("]\n")
	return b.Bytes()
}

// textEpisode makes a text script of n turns.
func textEpisode(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, "Speaker %d: Turn number %d says a few words.\n", i%7, i)
	}
	return b.Bytes()
}

// longTurn makes a text script of one turn of n continuation lines.
func longTurn(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Alice: The turn starts here.\n")
	for range n {
		b.WriteString("and it goes on, line after line.\n")
	}
	return b.Bytes()
}

// nearLimit makes a script of as many units as fit in MaxFileBytes, within 1%.
func nearLimit(make func(int) []byte) []byte {
	n := MaxFileBytes / (len(make(1000)) / 1000)
	src := make(n)
	for len(src) > MaxFileBytes {
		n = n * 99 / 100
		src = make(n)
	}
	return src
}

func BenchmarkParse(b *testing.B) {
	for _, c := range []struct {
		name string
		src  []byte
	}{
		{"json-20k-turns", jsonEpisode(20000, false)},
		{"json-4MiB", nearLimit(func(n int) []byte { return jsonEpisode(n, false) })},
		{"json-4MiB-one-line", nearLimit(func(n int) []byte { return jsonEpisode(n, true) })},
		{"text-4MiB", nearLimit(textEpisode)},
		{"text-4MiB-one-turn", nearLimit(longTurn)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.src)))
			for b.Loop() {
				if _, err := Parse(bytes.NewReader(c.src), "bench", Options{}); err != nil && !strings.Contains(err.Error(), "turns") {
					b.Fatal(err)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/script")
		})
	}
}
