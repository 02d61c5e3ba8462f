package voices

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

// TestProsodyModelSettings: the prosody section's model settings are validated with errors
// naming the field and, for an unknown duration model, the choices; good settings load.
func TestProsodyModelSettings(t *testing.T) {
	voice := func(prosody string) string {
		return `{"name":"x","language":"en-US","gender":"male","description":"d","default":true,"vocoder":"formant","sample_rate":24000,"prosody":{"base_hz":110,"range_semitones":5,"tempo":1` + prosody + `}}`
	}
	for _, tc := range []struct{ prosody, want string }{
		{`,"durations":"flite"`, `prosody.durations "flite": want one of rules, vocoder, kal, ked, slt`},
		{`,"intonation":"trees"`, `prosody.intonation "trees" must be "rules" or "model"`},
		{`,"phrasing":"cart"`, `prosody.phrasing "cart" must be "rules" or "model"`},
		{`,"reduction":"all"`, `prosody.reduction "all" must be "none" or "model"`},
		{`,"f0_mean_hz":20`, "prosody.f0_mean_hz = 20"},
		{`,"f0_std_hz":500`, "prosody.f0_std_hz = 500"},
	} {
		_, err := Parse(fstest.MapFS{"x.json": {Data: []byte(voice(tc.prosody))}})
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want ErrInvalid mentioning %q", tc.prosody, err, tc.want)
		}
	}
	for _, ok := range []string{``, `,"durations":"rules","intonation":"rules"`, `,"durations":"kal","intonation":"model","f0_mean_hz":105,"f0_std_hz":14`, `,"durations":"ked"`, `,"durations":"slt","intonation":"model"`, `,"durations":"vocoder"`, `,"phrasing":"model"`, `,"phrasing":"rules"`, `,"reduction":"model"`} {
		c, err := Parse(fstest.MapFS{"x.json": {Data: []byte(voice(ok))}})
		if err != nil {
			t.Errorf("%s: %v", ok, err)
			continue
		}
		v, _ := c.Voice("x")
		if strings.Contains(ok, "durations") && v.Prosody.Durations == "" {
			t.Errorf("%s: durations not read", ok)
		}
		if strings.Contains(ok, "phrasing") && v.Prosody.Phrasing == "" {
			t.Errorf("%s: phrasing not read", ok)
		}
		if strings.Contains(ok, "reduction") && v.Prosody.Reduction == "" {
			t.Errorf("%s: reduction not read", ok)
		}
	}
}
