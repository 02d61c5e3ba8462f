package voices

import (
	"fmt"
	"strings"

	"github.com/chorus-tts/chorus/synth/phone"
)

// MaxPronunciations bounds the pronunciations one voice may carry.
const MaxPronunciations = 1000

// Pron returns the voice's own pronunciations parsed (nil if it has none). They were checked
// when the catalog was loaded, so an error here means the Voice was built by hand.
func (v Voice) Pron() (map[string]phone.Pron, error) {
	if len(v.Pronunciations) == 0 {
		return nil, nil
	}
	if len(v.Pronunciations) > MaxPronunciations {
		return nil, fmt.Errorf("%w: %d pronunciations; at most %d", ErrInvalid, len(v.Pronunciations), MaxPronunciations)
	}
	out := make(map[string]phone.Pron, len(v.Pronunciations))
	for w, src := range v.Pronunciations {
		if w == "" || w != strings.ToLower(strings.TrimSpace(w)) || strings.ContainsAny(w, " \t") {
			return nil, fmt.Errorf("%w: pronunciation key %q must be one lower-case word", ErrInvalid, w)
		}
		p, err := phone.ParsePron(src)
		if err != nil || len(p) == 0 {
			return nil, fmt.Errorf("%w: pronunciation of %q: %q is not ARPAbet with stress digits", ErrInvalid, w, src)
		}
		out[w] = p
	}
	return out, nil
}
