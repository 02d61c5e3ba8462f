package vocodertest

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// sineVocoder is a minimal reference vocoder: a sine at F0 during sonorants with a smoothed
// envelope, in blocks of 256 samples. It shows the suite can be passed and exercises it.
type sineVocoder struct {
	sr         int
	phase, amp float64
	buf        []float32
}

func (s *sineVocoder) Render(ctx context.Context, p *prosody.Phrase, w audio.Writer) error {
	if p == nil {
		return errors.New("sine: nil phrase")
	}
	pos := 0
	for _, seg := range p.Segments {
		target := 0.0
		if seg.Phone.IsSonorant() {
			target = 0.25
		}
		for left := seg.Samples; left > 0; {
			if err := ctx.Err(); err != nil {
				return err
			}
			n := min(left, 256)
			s.buf = s.buf[:0]
			for i := 0; i < n; i++ {
				f0 := math.Min(p.F0At(pos), float64(s.sr)/4)
				if f0 <= 0 {
					f0 = 100
				}
				s.phase = math.Mod(s.phase+2*math.Pi*f0/float64(s.sr), 2*math.Pi)
				s.amp += (target - s.amp) * 0.003
				s.buf = append(s.buf, float32(s.amp*math.Sin(s.phase)))
				pos++
			}
			if err := w.Write(s.buf); err != nil {
				return err
			}
			left -= n
		}
	}
	return nil
}

func TestRunOnReferenceVocoder(t *testing.T) {
	for _, sr := range []int{16000, 24000} {
		Run(t, func() Vocoder { return &sineVocoder{sr: sr} }, sr)
	}
}

func TestBuildPhrase(t *testing.T) {
	ph, err := BuildPhrase(16000, "HH AH0 L OW1 | W ER1 L D", PhraseOptions{LeadSilence: true, TrailSilence: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []phone.Phone{phone.Sil, phone.HH, phone.AH, phone.L, phone.OW, phone.W, phone.ER, phone.L, phone.D, phone.Sil}
	if len(ph.Segments) != len(want) {
		t.Fatalf("%d segments, want %d:\n%s", len(ph.Segments), len(want), ph)
	}
	for i, s := range ph.Segments {
		if s.Phone != want[i] {
			t.Errorf("segment %d = %v, want %v", i, s.Phone, want[i])
		}
		if s.Samples <= 0 {
			t.Errorf("segment %d has %d samples", i, s.Samples)
		}
	}
	if !ph.Segments[1].WordStart || !ph.Segments[5].WordStart || ph.Segments[2].WordStart {
		t.Errorf("word starts wrong:\n%s", ph)
	}
	if !ph.Segments[3].SyllableStart || ph.Segments[4].SyllableStart {
		t.Errorf("syllable starts wrong (want L to start \"low\"):\n%s", ph)
	}
	if !ph.Segments[4].Accent || ph.Segments[6].Accent {
		t.Errorf("accent wrong: want only the first primary vowel:\n%s", ph)
	}
	if ph.Segments[4].Samples <= ph.Segments[2].Samples {
		t.Errorf("stressed OW (%d) not longer than unstressed AH (%d)", ph.Segments[4].Samples, ph.Segments[2].Samples)
	}
	if len(ph.Words) != 2 || ph.Words[1].End != ph.Samples()-ph.Segments[9].Samples {
		t.Errorf("word spans %+v", ph.Words)
	}
	if f := ph.F0At(0); f != 130 {
		t.Errorf("F0 at start %v, want 130", f)
	}
	if f := ph.F0At(ph.Samples()); f != 90 {
		t.Errorf("F0 at end %v, want 90", f)
	}

	slow, err := BuildPhrase(16000, "HH AH0 L OW1", PhraseOptions{Stretch: 2})
	if err != nil {
		t.Fatal(err)
	}
	fast, err := BuildPhrase(16000, "HH AH0 L OW1", PhraseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Each segment's length is truncated to whole samples: 2·⌊d⌋ ≤ ⌊2d⌋ ≤ 2·⌊d⌋+1, so the
	// ratio exceeds 2 by at most one sample per segment.
	if r, tol := float64(slow.Samples())/float64(fast.Samples()), float64(len(fast.Segments))/float64(fast.Samples()); r < 2 || r > 2+tol {
		t.Errorf("stretch 2 gives ratio %.4f, want 2 to %.4f", r, 2+tol)
	}
}

func TestBuildPhraseErrors(t *testing.T) {
	for _, s := range []string{"XX", "AA1 | QQ", "S1"} {
		if _, err := BuildPhrase(16000, s, PhraseOptions{}); err == nil {
			t.Errorf("BuildPhrase(%q) accepted bad input", s)
		}
	}
	if _, err := BuildPhrase(0, "AA1", PhraseOptions{}); err == nil {
		t.Error("BuildPhrase accepted sample rate 0")
	}
}
