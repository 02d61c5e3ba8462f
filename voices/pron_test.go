package voices

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// TestPronunciations: a voice's own pronunciations are read as ARPAbet, and a bad one fails
// the catalog with the word named.
func TestPronunciations(t *testing.T) {
	voice := func(pron string) string {
		return fmt.Sprintf(`{"name":"v","language":"en-US","gender":"female","description":"d","vocoder":"formant","sample_rate":16000,"default":true,
			"prosody":{"base_hz":170,"range_semitones":3,"tempo":1},"pronunciations":%s}`, pron)
	}
	c, err := Parse(fstest.MapFS{"v.json": {Data: []byte(voice(`{"to":"T AH0","tomato":"T AH0 M AA1 T OW2"}`))}})
	if err != nil {
		t.Fatal(err)
	}
	v, _ := c.Voice("v")
	p, err := v.Pron()
	if err != nil {
		t.Fatal(err)
	}
	if got := p["to"].CMU() + " | " + p["tomato"].CMU(); got != "T AH0 | T AH0 M AA1 T OW2" {
		t.Errorf("pronunciations read as %q", got)
	}
	for _, c := range []struct{ pron, want string }{
		{`{"to":"T XX0"}`, `"to"`},
		{`{"to":""}`, `"to"`},
		{`{"To":"T AH0"}`, `"To"`},
		{`{"to be":"T AH0 B IY1"}`, `"to be"`},
		{tooMany(), "at most 1000"},
	} {
		_, err := Parse(fstest.MapFS{"v.json": {Data: []byte(voice(c.pron))}})
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("pronunciations %s: error %v, want ErrInvalid naming %s", c.pron, err, c.want)
		}
	}
}

// tooMany is one pronunciation more than a voice may carry.
func tooMany() string {
	var b strings.Builder
	b.WriteString("{")
	for i := 0; i <= MaxPronunciations; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `"w%d":"T AH0"`, i)
	}
	return b.String() + "}"
}
