package formant

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

func TestDefaultParamsValid(t *testing.T) {
	if err := DefaultParams().Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestParseParams(t *testing.T) {
	for _, tc := range []struct {
		in        string
		wantErr   string // substring naming the field; "" means success
		check     func(Params) bool
		checkName string
	}{
		{in: "", check: func(p Params) bool { return p == DefaultParams() }, checkName: "defaults"},
		{in: "null", check: func(p Params) bool { return p == DefaultParams() }, checkName: "defaults"},
		{in: "{}", check: func(p Params) bool { return p == DefaultParams() }, checkName: "defaults"},
		{in: `{"tract_scale": 1.17}`, check: func(p Params) bool { return p.TractScale == 1.17 && p.OpenQuotient == DefaultParams().OpenQuotient }, checkName: "partial override"},
		{in: `{"source": "lf", "rd": 2.0}`, check: func(p Params) bool { return p.Source == SourceLF && p.Rd == 2 }, checkName: "lf"},
		{in: `{"tract_scale": 3}`, wantErr: "tract_scale"},
		{in: `{"open_quotient": 0.1}`, wantErr: "open_quotient"},
		{in: `{"rd": 5}`, wantErr: "rd"},
		{in: `{"spectral_tilt_db": -1}`, wantErr: "spectral_tilt_db"},
		{in: `{"breathiness": 2}`, wantErr: "breathiness"},
		{in: `{"aspiration_db": 40}`, wantErr: "aspiration_db"},
		{in: `{"frication_db": -40}`, wantErr: "frication_db"},
		{in: `{"flutter": 101}`, wantErr: "flutter"},
		{in: `{"jitter": 5.5}`, wantErr: "jitter"},
		{in: `{"shimmer": -1}`, wantErr: "shimmer"},
		{in: `{"jitter": 1, "shimmer": 4}`, check: func(p Params) bool { return p.Jitter == 1 && p.Shimmer == 4 }, checkName: "perturbation"},
		{in: `{"bandwidth_scale": 0.1}`, wantErr: "bandwidth_scale"},
		{in: `{"gain_db": 20}`, wantErr: "gain_db"},
		{in: `{"noise_floor_db": -76}`, check: func(p Params) bool { return p.NoiseFloorDB == -76 }, checkName: "noise floor"},
		{in: `{"noise_floor_db": 0}`, check: func(p Params) bool { return p == DefaultParams() }, checkName: "no noise floor"},
		{in: `{"noise_floor_db": -120}`, wantErr: "noise_floor_db"},
		{in: `{"noise_floor_db": -40}`, wantErr: "noise_floor_db"},
		{in: `{"noise_floor_db": 3}`, wantErr: "noise_floor_db"},
		{in: `{"source": "impulse"}`, wantErr: "source"},
		{in: `{"tract_scale": "big"}`, wantErr: "tract_scale"},
		{in: `{"pitch": 100}`, wantErr: "pitch"},
		{in: `{"gain_db": 1} {"gain_db": 2}`, wantErr: "trailing"},
		{in: `[1,2]`, wantErr: "invalid"},
		{in: `{`, wantErr: "invalid"},
	} {
		p, err := ParseParams([]byte(tc.in))
		if tc.wantErr != "" {
			if err == nil {
				t.Errorf("ParseParams(%s) = %+v, want an error naming %q", tc.in, p, tc.wantErr)
				continue
			}
			if !errors.Is(err, ErrParams) {
				t.Errorf("ParseParams(%s): error %v does not wrap ErrParams", tc.in, err)
			}
			if !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParseParams(%s): error %q does not name %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseParams(%s): %v", tc.in, err)
			continue
		}
		if !tc.check(p) {
			t.Errorf("ParseParams(%s) = %+v: %s check failed", tc.in, p, tc.checkName)
		}
	}
}

func FuzzParseParams(f *testing.F) {
	for _, s := range []string{"", "{}", `{"tract_scale": 1.3, "source": "lf"}`, `{"gain_db": -3}`, `{"flutter": 1e308}`, "null", "[]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := ParseParams(raw)
		if err != nil {
			return
		}
		// Whatever parses must be valid and usable.
		if err := p.Validate(); err != nil {
			t.Fatalf("ParseParams accepted invalid params %+v: %v", p, err)
		}
		if _, err := New(16000, p, 1); err != nil {
			t.Fatalf("New rejected parsed params %+v: %v", p, err)
		}
	})
}

func TestNewValidates(t *testing.T) {
	for _, sr := range []int{0, 7999, 48001, -1} {
		if _, err := New(sr, DefaultParams(), 1); !errors.Is(err, ErrSampleRate) {
			t.Errorf("New(%d): err = %v, want ErrSampleRate", sr, err)
		}
	}
	bad := DefaultParams()
	bad.Flutter = -1
	if _, err := New(16000, bad, 1); !errors.Is(err, ErrParams) {
		t.Errorf("New with bad params: err = %v", err)
	}
	for _, sr := range []int{8000, 16000, 22050, 24000, 44100, 48000} {
		if _, err := New(sr, DefaultParams(), 1); err != nil {
			t.Errorf("New(%d): %v", sr, err)
		}
	}
}

func TestRenderRejectsBadPhrases(t *testing.T) {
	v, err := New(8000, DefaultParams(), 1)
	if err != nil {
		t.Fatal(err)
	}
	for name, ph := range map[string]*prosody.Phrase{
		"negative": {Segments: []prosody.Segment{{Phone: phone.AA, Samples: -5}}},
		"too long": {Segments: []prosody.Segment{{Phone: phone.AA, Samples: 8000*MaxPhraseSeconds + 1}}},
	} {
		if err := v.Render(context.Background(), ph, &audio.Buffer{}); !errors.Is(err, ErrPhrase) {
			t.Errorf("%s: err = %v, want ErrPhrase", name, err)
		}
	}
}
