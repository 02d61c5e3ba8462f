package client

import (
	"fmt"
	"io"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/phone"
)

// receive reads a Synthesize or StreamingSynthesize response stream into sink: the format
// (started is closed once it has come and a FormatSink has been told the rate), PCM16 audio,
// word timings and events (to a sink that is a synth.EventSink), up to the summary. speakers
// takes the speaker names of the wire back to the request's.
func receive(recv func() (*chorusv1.SynthesizeResponse, error), sink synth.Sink, speakers map[string]string, started chan<- struct{}) (synth.Summary, error) {
	var (
		sum   synth.Summary
		begun bool
		buf   []float32
	)
	events, _ := sink.(synth.EventSink)
	speaker := func(s string) string {
		if sp, ok := speakers[s]; ok {
			return sp
		}
		return s
	}
	event := func(e synth.Event) error {
		if events == nil {
			return nil
		}
		return events.Event(e)
	}
	for {
		msg, err := recv()
		if err == io.EOF {
			return sum, fmt.Errorf("%w: the stream ended without a summary", ErrProtocol)
		}
		if err != nil {
			return sum, err
		}
		if !begun {
			f := msg.GetFormat()
			if f == nil {
				return sum, fmt.Errorf("%w: the first message is not the audio format", ErrProtocol)
			}
			if f.GetEncoding() != chorusv1.AudioEncoding_AUDIO_ENCODING_PCM16 || f.GetChannels() != 1 || f.GetSampleRateHertz() <= 0 {
				return sum, fmt.Errorf("%w: unexpected format %v", ErrProtocol, f)
			}
			begun = true
			sum.SampleRate = int(f.GetSampleRateHertz())
			if fs, ok := sink.(FormatSink); ok {
				if err := fs.Start(sum.SampleRate); err != nil {
					return sum, err
				}
			}
			if started != nil {
				close(started)
			}
			continue
		}
		switch r := msg.GetResponse().(type) {
		case *chorusv1.SynthesizeResponse_Audio:
			if r.Audio.GetStartSample() != sum.Samples {
				return sum, fmt.Errorf("%w: chunk starts at sample %d, expected %d", ErrProtocol, r.Audio.GetStartSample(), sum.Samples)
			}
			b := r.Audio.GetAudio()
			if len(b)%2 != 0 {
				return sum, fmt.Errorf("%w: odd PCM16 chunk length %d", ErrProtocol, len(b))
			}
			buf = audio.Decode(buf[:0], audio.PCM16, b)
			sum.Samples += int64(len(buf))
			if err := sink.Audio(buf); err != nil {
				return sum, err
			}
		case *chorusv1.SynthesizeResponse_Word:
			w := r.Word
			if err := sink.Word(synth.WordTiming{Word: w.GetWord(), Speaker: speaker(w.GetSpeaker()), Start: w.GetStartSample(), End: w.GetEndSample(),
				Part: int(w.GetTurn()), TextStart: int(w.GetTextStart()), TextEnd: int(w.GetTextEnd())}); err != nil {
				return sum, err
			}
		case *chorusv1.SynthesizeResponse_Mark:
			m := r.Mark
			if err := event(synth.Event{Kind: synth.EventMark, Name: m.GetName(), Speaker: speaker(m.GetSpeaker()), Start: m.GetSample(), End: m.GetSample()}); err != nil {
				return sum, err
			}
		case *chorusv1.SynthesizeResponse_Phoneme:
			p := r.Phoneme
			if err := event(synth.Event{Kind: synth.EventPhoneme, Name: p.GetPhone(), Speaker: speaker(p.GetSpeaker()), Start: p.GetStartSample(), End: p.GetEndSample()}); err != nil {
				return sum, err
			}
		case *chorusv1.SynthesizeResponse_Viseme:
			v := r.Viseme
			id := v.GetId()
			if id < 0 || int(id) >= phone.VisemeCount {
				return sum, fmt.Errorf("%w: viseme id %d out of range 0–%d", ErrProtocol, id, phone.VisemeCount-1)
			}
			if err := event(synth.Event{Kind: synth.EventViseme, Name: v.GetName(), Viseme: phone.Viseme(id), Speaker: speaker(v.GetSpeaker()), Start: v.GetStartSample(), End: v.GetEndSample()}); err != nil {
				return sum, err
			}
		case *chorusv1.SynthesizeResponse_Summary:
			if r.Summary.GetTotalSamples() != sum.Samples {
				return sum, fmt.Errorf("%w: summary says %d samples, received %d", ErrProtocol, r.Summary.GetTotalSamples(), sum.Samples)
			}
			sum.Dropped = droppedFromProto(r.Summary.GetDropped())
			return sum, nil
		default:
			return sum, fmt.Errorf("%w: unexpected message %T", ErrProtocol, r)
		}
	}
}
