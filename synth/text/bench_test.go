package text

import (
	"strings"
	"testing"
)

// prose is a paragraph mixing ordinary text with numbers, money, dates,
// abbreviations and acronyms, repeated to the benchmark's size.
const prose = `Dr. Lee arrived in the U.S. on Feb. 14, 1990, with $3.50 in her pocket and a 3.5% loan. ` +
	`The committee, chaired by Mr. Smith of Acme Inc., voted 3-2 to spend $2.3 billion on 1,234 new homes. ` +
	`NASA and the FBI met at 9:05 am; temperatures were −5°C, and the road ran 12 km along Main St. ` +
	`"Why now?" she asked. Because in 1984 the population of St. Paul doubled, reaching 250,000 people! ` +
	`Visit https://example.com/path or write to jane.doe@example.org for pages 10–12 of Chapter IX.` + "\n\n"

func megabyteOfProse() string {
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(prose)
	}
	return b.String()
}

func BenchmarkNormalize(b *testing.B) {
	in := megabyteOfProse()
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for range b.N {
		if _, err := Normalize(in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(in))/(1<<20)*float64(b.N)/b.Elapsed().Seconds(), "MB/s")
}
