package voices

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDurationScales(t *testing.T) {
	const body = `{"name":"x","language":"en-US","gender":"male","description":"d","default":true,"vocoder":"formant","sample_rate":24000,"prosody":{"base_hz":110,"range_semitones":5,"tempo":1%s}}`
	for _, tc := range []struct {
		extra string
		ok    bool
	}{
		{``, true},
		{`,"vowel_scale":0.7,"consonant_scale":1.2`, true},
		{`,"vowel_scale":0.2`, false},
		{`,"consonant_scale":3`, false},
		{`,"consonant_scale":-1`, false},
	} {
		c, err := Parse(fstest.MapFS{"v.json": {Data: []byte(strings.Replace(body, "%s", tc.extra, 1))}})
		if tc.ok != (err == nil) {
			t.Errorf("%q: error %v, want ok=%v", tc.extra, err, tc.ok)
			continue
		}
		if err != nil {
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "scale") {
				t.Errorf("%q: error %v should wrap ErrInvalid and name the field", tc.extra, err)
			}
			continue
		}
		if v := c.Default(); tc.extra != "" && (v.Prosody.VowelScale != 0.7 || v.Prosody.ConsonantScale != 1.2) {
			t.Errorf("%q: read %+v", tc.extra, v.Prosody)
		}
	}
}
