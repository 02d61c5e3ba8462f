package markup

import (
	"strconv"
	"strings"
	"testing"
)

// adversarial are documents of about DefaultMaxBytes built to find work that grows faster than
// the input: many attributes, elements, merges, marks, boundaries, references and errors late in
// long inputs.
func adversarial() map[string]string {
	n := DefaultMaxBytes - 64
	fill := func(unit string) string { return strings.Repeat(unit, n/len(unit)) }
	return map[string]string{
		"text":           "<speak>" + fill("Hello there, world. ") + "</speak>",
		"attributes":     "<speak><break " + fill("a='' ") + "/></speak>",
		"merges":         "<speak>" + fill(`a<emphasis level="none">b</emphasis>`) + "</speak>",
		"spans":          "<speak>" + fill(`a <emphasis>b</emphasis> `) + "</speak>",
		"marks":          "<speak>" + fill(`<mark name="m"/>`) + "</speak>",
		"marks+breaks":   "<speak>" + fill(`<mark name="m"/><break time="1ms"/>`) + "</speak>",
		"sentences":      "<speak>" + fill(`<s>a</s> `) + "</speak>",
		"references":     "<speak>" + fill("&amp;&#233;") + "</speak>",
		"white space":    "<speak>" + fill(" \n\t") + "x</speak>",
		"blank elements": "<speak>x" + fill(`<emphasis level="none"> </emphasis>`) + "</speak>",
		"late error":     "<speak>\n" + fill("ab\n") + "&bogus;</speak>",
		"open quote":     `<speak><sub alias="` + fill("a") + "</speak>",
		"less-thans":     fill("<a "),
		"prosody":        "<speak>" + fill(`<prosody rate="+1%" pitch="+1Hz" volume="+1">x</prosody>`) + "</speak>",
	}
}

func BenchmarkParseSSML(b *testing.B) {
	for name, doc := range adversarial() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				_, _ = ParseSSML(doc, Options{}) // errors are expected for some documents
			}
		})
	}
}

func BenchmarkParseInline(b *testing.B) {
	for name, doc := range map[string]string{
		"less-thans": strings.Repeat("<a ", DefaultMaxBytes/3),
		"attributes": "<break " + strings.Repeat("a='' ", DefaultMaxBytes/5) + "/>",
		"merges":     strings.Repeat(`a<emphasis level="none">b</emphasis>`, DefaultMaxBytes/36),
	} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				_, _ = Parse(doc) // errors are expected for some documents
			}
		})
	}
}

// BenchmarkAmpersands: a run of '&' with no ';' is read in linear time (each '&' looks at most
// 11 bytes ahead for the end of a reference).
func BenchmarkAmpersands(b *testing.B) {
	for _, n := range []int{64 << 10, 256 << 10} {
		s := strings.Repeat("&", n)
		b.Run(strconv.Itoa(n>>10)+"KiB", func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				if _, err := Parse(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
