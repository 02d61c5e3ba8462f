package hts

import (
	"errors"
	"fmt"
	"math"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// maxStateFrames bounds a state's mean duration from the trees (10 s at 5 ms frames).
const maxStateFrames = 2000

// PhoneSeconds sizes the phones of a planned phrase (every segment but the closing pause) as
// the voice's duration trees do at the normal rate, the timing its spectrum and pitch models
// were trained with and that hts_engine gives (Festival's HTS voices use it; their own label
// times are ignored): each of a phone's states lasts max(1, round(mean)) frames. It implements
// prosody.Timer and is safe for concurrent use.
func (v *Voice) PhoneSeconds(ph *prosody.Phrase) ([]float64, error) {
	if ph == nil {
		return nil, errors.New("hts: nil phrase")
	}
	n := len(ph.Segments) - 1
	if n < 0 {
		return nil, nil
	}
	if last := ph.Segments[n]; last.Phone != phone.Sil || last.Samples <= 0 {
		return nil, errors.New("hts: the phrase does not end with a pause")
	}
	for i, s := range ph.Segments[:n] {
		if s.Samples <= 0 || s.Phone == phone.Sil || int(s.Phone) >= phone.Count {
			return nil, fmt.Errorf("hts: segment %d of %d is not a phone with a duration", i, n)
		}
	}
	labels := buildUtterance(ph).labels()
	if len(labels) != n+1 {
		return nil, fmt.Errorf("hts: internal error: %d labels for %d phones", len(labels), n)
	}
	ns := v.NumStates
	frame := float64(v.FramePeriod) / float64(v.SampleRate)
	out := make([]float64, n)
	var memo answers
	for i := range out {
		label := labels[i]
		memo.reset(v, label)
		d := v.Duration.find(label, 0, &memo)
		if d == nil {
			return nil, fmt.Errorf("hts: no duration model covers label %q", label)
		}
		frames := 0
		for s := 0; s < ns; s++ {
			m := float64(d[s])
			if !(m < maxStateFrames) { // NaN too
				return nil, fmt.Errorf("hts: state %d of label %q has a mean duration of %v frames", s+2, label, m)
			}
			frames += max(1, int(math.Floor(m+0.5)))
		}
		out[i] = float64(frames) * frame
	}
	return out, nil
}

// PhoneSeconds sizes ph's phones with the vocoder's voice (Voice.PhoneSeconds). It reads only
// the voice, so it is safe for concurrent use, unlike Render.
func (vc *Vocoder) PhoneSeconds(ph *prosody.Phrase) ([]float64, error) {
	return vc.v.PhoneSeconds(ph)
}
