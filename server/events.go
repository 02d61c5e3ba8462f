package server

import (
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
)

// setSSML marks p's text as an SSML document.
func setSSML(p *synth.Part) { p.SSML = true }

// setEvents asks req for the events the client enabled.
func setEvents(req *synth.Request, marks, phonemes, visemes bool) {
	if marks {
		req.Events |= synth.EventMarks
	}
	if phonemes {
		req.Events |= synth.EventPhonemes
	}
	if visemes {
		req.Events |= synth.EventVisemes
	}
}

// Event implements synth.EventSink: marks, phonemes and visemes go out as they come, before the
// audio they point into.
func (s *streamSink) Event(e synth.Event) error {
	if s.stopped.Load() {
		return errStopped
	}
	var m chorusv1.SynthesizeResponse
	switch e.Kind {
	case synth.EventMark:
		m.Response = &chorusv1.SynthesizeResponse_Mark{Mark: &chorusv1.Mark{Name: e.Name, Sample: e.Start, Speaker: e.Speaker}}
	case synth.EventPhoneme:
		m.Response = &chorusv1.SynthesizeResponse_Phoneme{Phoneme: &chorusv1.Phoneme{Phone: e.Name, StartSample: e.Start, EndSample: e.End, Speaker: e.Speaker}}
	case synth.EventViseme:
		m.Response = &chorusv1.SynthesizeResponse_Viseme{Viseme: &chorusv1.Viseme{Id: int32(e.Viseme), Name: e.Viseme.String(), StartSample: e.Start, EndSample: e.End, Speaker: e.Speaker}}
	default:
		return nil // a kind the wire does not know yet is not sent
	}
	return s.timed(&m)
}
