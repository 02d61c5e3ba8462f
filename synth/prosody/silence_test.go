package prosody

import (
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

func TestPhraseSilence(t *testing.T) {
	speech := Phrase{
		Segments: []Segment{{Phone: phone.Sil, Samples: 10}, {Phone: phone.AA, Samples: 100}, {Phone: phone.Sil, Samples: 7}, {Phone: phone.Sil, Samples: 3}},
		F0:       []Point{{Pos: 0, Hz: 100}, {Pos: 60, Hz: 110}},
		Words:    []WordSpan{{Text: "ah", Start: 10, End: 110}},
	}
	if n, all := speech.LeadingSilence(); n != 10 || all {
		t.Errorf("LeadingSilence = %d, %v; want 10, false", n, all)
	}
	if n := speech.TrailingSilence(); n != 10 {
		t.Errorf("TrailingSilence = %d, want 10 (two silent segments)", n)
	}
	pause := Phrase{Segments: []Segment{{Phone: phone.Sil, Samples: 5}, {Phone: phone.Sil, Samples: 6}}}
	if n, all := pause.LeadingSilence(); n != 11 || !all {
		t.Errorf("pause: LeadingSilence = %d, %v; want 11, true", n, all)
	}

	// Prepending to a phrase that starts in silence lengthens that silence; everything shifts.
	p := speech
	p.Segments = append([]Segment(nil), speech.Segments...)
	p.F0 = append([]Point(nil), speech.F0...)
	p.Words = append([]WordSpan(nil), speech.Words...)
	p.PrependSilence(40)
	if len(p.Segments) != 4 || p.Segments[0].Samples != 50 || p.Samples() != speech.Samples()+40 {
		t.Errorf("after PrependSilence(40): %+v", p.Segments)
	}
	if p.F0[1].Pos != 100 || p.Words[0].Start != 50 || p.Words[0].End != 150 {
		t.Errorf("timeline not shifted: F0 %+v, words %+v", p.F0, p.Words)
	}

	// A phrase that starts with a phone gets a new silent segment.
	q := Phrase{Segments: []Segment{{Phone: phone.AA, Samples: 100}}, Words: []WordSpan{{Start: 0, End: 100}}}
	q.PrependSilence(25)
	if len(q.Segments) != 2 || q.Segments[0].Phone != phone.Sil || q.Segments[0].Samples != 25 || q.Words[0].Start != 25 {
		t.Errorf("after PrependSilence(25) on speech: %+v %+v", q.Segments, q.Words)
	}
	// And an empty phrase becomes a pause.
	var e Phrase
	e.PrependSilence(8)
	if n, all := e.LeadingSilence(); n != 8 || !all {
		t.Errorf("empty phrase after PrependSilence(8): %d, %v", n, all)
	}
}
