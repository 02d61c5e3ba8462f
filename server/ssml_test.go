package server

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/chorus-tts/chorus/internal/testkit"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// collectAll runs a Synthesize to its end, keeping events too.
func collectAll(ctx context.Context, api chorusv1.ChorusClient, req *chorusv1.SynthesizeRequest) (*streamed, error) {
	s, err := api.Synthesize(ctx, req)
	if err != nil {
		return nil, err
	}
	r := &streamed{}
	for {
		m, err := s.Recv()
		if errors.Is(err, io.EOF) {
			return r, nil
		}
		if err != nil {
			return r, err
		}
		r.add(m)
	}
}

// eventRecorder is a testkit.Recorder that keeps events too.
type eventRecorder struct {
	testkit.Recorder
	events []synth.Event
}

func (r *eventRecorder) Event(e synth.Event) error {
	r.events = append(r.events, e)
	return nil
}

func ssmlRequest(doc string) *chorusv1.SynthesizeRequest {
	return &chorusv1.SynthesizeRequest{Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Ssml{Ssml: doc}}}
}

const eventDoc = `<speak><p>Say <say-as interpret-as="characters">TTS</say-as> <mark name="one"/>twice,
<prosody rate="slow">slowly</prosody>.</p> <voice name="joe">Then me.<mark name="end"/></voice></speak>`

// An SSML document over the wire is the engine's render of it, sample for sample, with the
// events the engine gives, in its order; the speaker of a <voice> is that voice.
func TestSSMLAndEventsMatchTheEngine(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	req := ssmlRequest(eventDoc)
	req.EnableWordTimings, req.EnableMarks, req.EnablePhonemes, req.EnableVisemes = true, true, true, true
	got, err := collectAll(ctx, api, req)
	if err != nil {
		t.Fatal(err)
	}
	rec := &eventRecorder{}
	if _, err := testkit.Engine(t).Synthesize(ctx, synth.Request{
		Parts: []synth.Part{{Text: eventDoc, SSML: true}}, WordTimings: true,
		Events: synth.EventMarks | synth.EventPhonemes | synth.EventVisemes,
	}, rec); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.bytes(), audio.Encode(nil, audio.PCM16, rec.Samples)) {
		t.Fatalf("%d bytes over the wire, the engine's render is %d samples", len(got.bytes()), len(rec.Samples))
	}
	// The same events, in the same order, as the wire writes them.
	var want []string
	for _, e := range rec.events {
		switch e.Kind {
		case synth.EventMark:
			want = append(want, (&chorusv1.Mark{Name: e.Name, Sample: e.Start, Speaker: e.Speaker}).String())
		case synth.EventPhoneme:
			want = append(want, (&chorusv1.Phoneme{Phone: e.Name, StartSample: e.Start, EndSample: e.End, Speaker: e.Speaker}).String())
		case synth.EventViseme:
			want = append(want, (&chorusv1.Viseme{Id: int32(e.Viseme), Name: e.Viseme.String(), StartSample: e.Start, EndSample: e.End, Speaker: e.Speaker}).String())
		}
	}
	var have []string
	var marks, phonemes, visemes int
	for _, kind := range got.order {
		switch kind {
		case "mark":
			have = append(have, got.marks[marks].String())
			marks++
		case "phoneme":
			have = append(have, got.phonemes[phonemes].String())
			phonemes++
		case "viseme":
			have = append(have, got.visemes[visemes].String())
			visemes++
		}
	}
	if len(have) != len(want) {
		t.Fatalf("%d events over the wire, the engine gave %d", len(have), len(want))
	}
	for i := range want {
		if have[i] != want[i] {
			t.Fatalf("event %d: %s over the wire, the engine's %s", i, have[i], want[i])
		}
	}
	if len(got.marks) != 2 || got.marks[0].GetName() != "one" || got.marks[1].GetName() != "end" || got.marks[1].GetSpeaker() != "joe" {
		t.Errorf("marks %v: want one, then end spoken by joe", got.marks)
	}
	if len(got.phonemes) == 0 || len(got.visemes) == 0 {
		t.Fatalf("%d phonemes, %d visemes", len(got.phonemes), len(got.visemes))
	}
	// Each event before the chunk holding its start: when it arrives, no audio at or past its
	// start has come.
	var sent int64
	var m, p, v, w int
	for _, kind := range got.order {
		var start int64
		switch kind {
		case "audio":
			sent += int64(len(got.chunks[0].GetAudio()) / 2)
			got.chunks = got.chunks[1:]
			continue
		case "mark":
			start, m = got.marks[m].GetSample(), m+1
		case "phoneme":
			start, p = got.phonemes[p].GetStartSample(), p+1
		case "viseme":
			start, v = got.visemes[v].GetStartSample(), v+1
		case "word":
			start, w = got.words[w].GetStartSample(), w+1
		default:
			continue
		}
		if start < sent {
			t.Fatalf("a %s starting at sample %d came after %d samples of audio", kind, start, sent)
		}
	}
}

// Events are sent only when asked for.
func TestEventsOnlyWhenAsked(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	for _, tc := range []struct {
		marks, phonemes, visemes bool
	}{{false, false, false}, {true, false, false}, {false, true, false}, {false, false, true}} {
		req := ssmlRequest(eventDoc)
		req.EnableMarks, req.EnablePhonemes, req.EnableVisemes = tc.marks, tc.phonemes, tc.visemes
		got, err := collectAll(ctx, api, req)
		if err != nil {
			t.Fatal(err)
		}
		if (len(got.marks) > 0) != tc.marks || (len(got.phonemes) > 0) != tc.phonemes || (len(got.visemes) > 0) != tc.visemes || len(got.words) > 0 {
			t.Errorf("asked marks %v phonemes %v visemes %v: got %d marks, %d phonemes, %d visemes, %d words",
				tc.marks, tc.phonemes, tc.visemes, len(got.marks), len(got.phonemes), len(got.visemes), len(got.words))
		}
	}
}

// A script turn may be SSML; its errors name the turn, and SSML with markup is refused.
func TestTurnSSML(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	sv := map[string]*chorusv1.VoiceSelection{"A": {Name: "ava"}, "B": {Name: "joe"}}
	turns := []*chorusv1.Turn{{Speaker: "A", Text: "Hello <break time=\"300ms\"/> there."}, {Speaker: "B", Text: `<speak>Hi <mark name="m"/>back.</speak>`, Ssml: true}}
	got, err := collectAll(ctx, api, &chorusv1.SynthesizeRequest{EnableMarks: true, Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Script{Script: &chorusv1.Script{Turns: turns, SpeakerVoices: sv}}}})
	if err != nil {
		t.Fatal(err)
	}
	want, _, _ := render(t, synth.Request{Parts: []synth.Part{
		{Speaker: "A", Voice: "ava", Text: turns[0].Text},
		{Speaker: "B", Voice: "joe", Text: turns[1].Text, SSML: true},
	}})
	if !bytes.Equal(got.bytes(), audio.Encode(nil, audio.PCM16, want)) {
		t.Errorf("the script's %d bytes differ from the engine's render of %d samples", len(got.bytes()), len(want))
	}
	if len(got.marks) != 1 || got.marks[0].GetSpeaker() != "B" {
		t.Errorf("marks %v: want one, of speaker B", got.marks)
	}
	turns[1].Text = "<speak>Hi <blink/></speak>"
	_, err = collectAll(ctx, api, script(turns, sv))
	statusOf(t, err, codes.InvalidArgument, "input.script.turns[1].text: ssml: line 1, column 11: unknown element <blink>")
	turns[1].Markup = true
	_, err = collectAll(ctx, api, script(turns, sv))
	statusOf(t, err, codes.InvalidArgument, "input.script.turns[1].ssml: ssml and markup are exclusive")
}

// streamed is a whole StreamingSynthesize response, collected.
type streamed struct {
	result
	marks    []*chorusv1.Mark
	phonemes []*chorusv1.Phoneme
	visemes  []*chorusv1.Viseme
}

// add files one response, events included.
func (r *streamed) add(m *chorusv1.SynthesizeResponse) {
	if r.result.add(m) {
		return
	}
	switch x := m.GetResponse().(type) {
	case *chorusv1.SynthesizeResponse_Mark:
		r.marks = append(r.marks, x.Mark)
		r.order = append(r.order, "mark")
	case *chorusv1.SynthesizeResponse_Phoneme:
		r.phonemes = append(r.phonemes, x.Phoneme)
		r.order = append(r.order, "phoneme")
	case *chorusv1.SynthesizeResponse_Viseme:
		r.visemes = append(r.visemes, x.Viseme)
		r.order = append(r.order, "viseme")
	}
}

// statusOf checks err is a status with code, whose message contains want.
func statusOf(t *testing.T, err error, code codes.Code, want string) {
	t.Helper()
	st := status.Convert(err)
	if st.Code() != code || !strings.Contains(st.Message(), want) {
		t.Errorf("got %v %q, want %v containing %q", st.Code(), st.Message(), code, want)
	}
}
