package voices

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestStrongWords: prosody.strong_words is read, and an entry that is not a function word in
// lower case, or too many entries, is an ErrInvalid naming the field.
func TestStrongWords(t *testing.T) {
	voice := func(words string) string {
		return `{"name":"x","language":"en-US","gender":"male","description":"d","default":true,"vocoder":"formant","sample_rate":24000,"prosody":{"base_hz":110,"range_semitones":5,"tempo":1,"strong_words":` + words + `}}`
	}
	c, err := Parse(fstest.MapFS{"x.json": {Data: []byte(voice(`["and","but"]`))}})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := c.Voice("x"); !slices.Equal(v.Prosody.StrongWords, []string{"and", "but"}) {
		t.Errorf("strong_words read as %q", v.Prosody.StrongWords)
	}
	many := `["and"` + strings.Repeat(`,"and"`, maxStrongWords) + `]`
	for _, bad := range []string{`["cat"]`, `["And"]`, `[""]`, many} {
		_, err := Parse(fstest.MapFS{"x.json": {Data: []byte(voice(bad))}})
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "prosody.strong_words") {
			t.Errorf("%.40s: %v, want ErrInvalid naming prosody.strong_words", bad, err)
		}
	}
}
