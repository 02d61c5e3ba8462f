package prosody

import (
	"errors"
	"math"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
)

// TestVowelConsonantScale checks that a voice's vowel and consonant scales multiply the rule
// durations of exactly those segments and leave the pauses alone.
func TestVowelConsonantScale(t *testing.T) {
	const s = "we saw a big dog, and a small bird in the park."
	base := plan(t, s, text.Statement, male, opts)
	v := male
	v.VowelScale, v.ConsonantScale = 0.5, 2
	got := plan(t, s, text.Statement, v, opts)
	if len(got) != len(base) {
		t.Fatalf("%d phrases, want %d", len(got), len(base))
	}
	for i := range base {
		a, b := base[i].Segments, got[i].Segments
		if len(a) != len(b) {
			t.Fatalf("phrase %d: %d segments, want %d", i, len(b), len(a))
		}
		for j := range a {
			want := 1.0
			switch {
			case a[j].Phone == phone.Sil:
			case a[j].Phone.IsVowel():
				want = 0.5
			default:
				want = 2
			}
			// Each duration is the difference of two roundings of a running clock, so it is
			// within one sample of its exact value, in both plans: |b − want·a| ≤ 1 + want.
			if d := math.Abs(float64(b[j].Samples) - want*float64(a[j].Samples)); d > 1+want {
				t.Errorf("phrase %d segment %d (%v): %d samples, was %d: want %g× within %g samples",
					i, j, a[j].Phone, b[j].Samples, a[j].Samples, want, 1+want)
			}
		}
	}
	// 1 is the same as unset.
	v.VowelScale, v.ConsonantScale = 1, 1
	if a, b := totalSamples(base), totalSamples(plan(t, s, text.Statement, v, opts)); a != b {
		t.Errorf("scales of 1: %d samples, want %d", b, a)
	}
	for _, bad := range []Voice{
		{BaseHz: 100, VowelScale: 0.1},
		{BaseHz: 100, ConsonantScale: 5},
		{BaseHz: 100, VowelScale: math.NaN()},
		{BaseHz: 100, ConsonantScale: -1},
	} {
		if _, err := Plan(words(t, "cat."), text.Statement, bad, opts); !errors.Is(err, ErrInvalid) {
			t.Errorf("voice %+v: error %v, want ErrInvalid", bad, err)
		}
	}
}
