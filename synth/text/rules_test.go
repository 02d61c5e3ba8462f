package text

import (
	"log/slog"
	"strings"
	"testing"
)

// TestRules: each reading names the rule that read it (what chorus text --explain prints).
func TestRules(t *testing.T) {
	cases := []struct{ in, source, rule, words string }{
		{"Meet in Suite 1507 today.", "1507", "number read in pairs", "fifteen oh seven"},
		{"Out at 0600 hours.", "0600", "military time", "oh six hundred"},
		{"Invoice 20931 is due.", "20931", "code digits", "two zero nine three one"},
		{"It was error 404.", "404.", "status code", "four oh four"},
		{"Rome was founded in 753 BC.", "753", "era year", "seven fifty three"},
		{"Live at 3 p.m. ET today.", "ET", "time zone", "eastern time"},
		{"The team went 11-5 last year.", "11-5", "win-loss record", "eleven and five"},
		{"Critics rated it 9/10.", "9/10.", "rating", "nine out of ten"},
		{"A 3/1 favourite won.", "3/1", "odds", "three to one"},
		{"Use a 3/8-inch bolt.", "3/8-inch", "fraction as adjective", "three eighths inch"},
		{"Watch in 1080p now.", "1080p", "video resolution", "ten eighty p"},
		{"We need Python 3.11 here.", "3.11", "version", "three point eleven"},
		{"Update to v1.4.2 now.", "v1.4.2", "version", "version one point four point two"},
		{"Open report.pdf now.", "report.pdf", "file name", "report dot p d f"},
		{"Sales rose 4% y/y here.", "y/y", "period over period", "year over year"},
		{"imo it works.", "imo", "chat abbreviation", "in my opinion"},
		{"Great game 🎉 tonight.", "🎉", "emoji", "party popper"},
		{"Use #ThrowbackThursday today.", "#ThrowbackThursday", "hashtag", "hashtag throwback thursday"},
		{"See cdc.gov today.", "cdc.gov", "web address", "c d c dot gov"},
		{"If x = −3, stop.", "−3,", "negative number (mathematics)", "negative three"},
		{"It was −3 degrees.", "−3", "number", "minus three"},
		{"I ran 5 km today.", "5 km", "number and unit", "five kilometers"},
		{"Buy 2 × 4 lumber.", "×", "dimensions", "by"},
		{"So 3 × 4 = 12.", "×", "times", "times"},
		{"Austin, TX 78701 is home.", "TX", "state and zip code", "texas"},
		{"The P/E is high.", "P/E", "acronyms with a slash", "p e"},
		{"It paid $5 today.", "$5", "money", "five dollars"},
		{"She was born in 1997.", "1997.", "year", "nineteen ninety seven"},
		{"The FBI called.", "FBI", "acronym", "f b i"},
		{"Hello there.", "Hello", "word", "hello"},
		{"The ratio is 12x today.", "12x", "times", "twelve times"},
	}
	for _, c := range cases {
		sents, err := NormalizeTextWith(c.in, Options{IsWord: engineIsWord(t)})
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		found := false
		for _, s := range sents {
			for _, r := range Readings(s) {
				if r.Source != c.source {
					continue
				}
				found = true
				if r.Rule != c.rule || strings.Join(r.Words, " ") != c.words {
					t.Errorf("%q: %q read %q by %q, want %q by %q", c.in, c.source, strings.Join(r.Words, " "), r.Rule, c.words, c.rule)
				}
			}
		}
		if !found {
			t.Errorf("%q: no reading of %q", c.in, c.source)
		}
	}
}

// TestLeftOverLogged: a token no specific rule reads is named in a Debug line (and only at
// Debug: user text never reaches Info).
func TestLeftOverLogged(t *testing.T) {
	var msgs []string
	o := Options{Logger: slog.New(recorder{&msgs})}
	s := NormalizeWith("The code is a~b here.", o)
	var rule string
	for _, r := range Readings(s) {
		if r.Source == "a~b" {
			rule = r.Rule
		}
	}
	if rule != "general" {
		t.Errorf("a~b read by %q, want general", rule)
	}
	found := false
	for _, m := range msgs {
		if strings.HasPrefix(m, "DEBUG text: left over") {
			found = true
		}
		if !strings.HasPrefix(m, "DEBUG") {
			t.Errorf("non-debug log line %q", m)
		}
	}
	if !found {
		t.Errorf("no left-over debug line in %q", msgs)
	}
	msgs = msgs[:0]
	NormalizeWith("Plain words only here.", o)
	for _, m := range msgs {
		if strings.Contains(m, "left over") {
			t.Errorf("plain words logged as left over: %q", m)
		}
	}
}
