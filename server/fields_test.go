package server

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"testing"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/chorus-tts/chorus/internal/testkit"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
)

// checkWirePath resolves a field path such as input.script.turns[2].text or
// input.script.speaker_voices["Bob"].name against the message descriptor md, the oracle of what
// names exist on the wire. It fails for any name the .proto does not define (an engine-side
// name such as "text", "rate" or "lexicon" at the top level included).
func checkWirePath(md protoreflect.MessageDescriptor, path string) error {
	rest := path
	for first := true; first || rest != ""; first = false {
		if !first {
			var ok bool
			if rest, ok = strings.CutPrefix(rest, "."); !ok {
				return fmt.Errorf("%q: expected '.' at %q", path, rest)
			}
		}
		if md == nil {
			return fmt.Errorf("%q: a step follows a scalar field", path)
		}
		n := strings.IndexFunc(rest, func(r rune) bool { return !(r == '_' || r >= 'a' && r <= 'z') })
		if n < 0 {
			n = len(rest)
		}
		if n == 0 {
			return fmt.Errorf("%q: expected a field name at %q", path, rest)
		}
		fd := md.Fields().ByName(protoreflect.Name(rest[:n]))
		if fd == nil {
			return fmt.Errorf("%q: %s has no field %s", path, md.FullName(), rest[:n])
		}
		rest = rest[n:]
		md = fd.Message()
		if fd.IsMap() {
			md = nil // only after a key
		}
		if !strings.HasPrefix(rest, "[") {
			continue
		}
		switch {
		case fd.IsMap():
			key, err := strconv.QuotedPrefix(rest[1:])
			if err != nil || !strings.HasPrefix(rest[1+len(key):], "]") {
				return fmt.Errorf("%q: map %s needs a quoted key", path, fd.Name())
			}
			rest = rest[1+len(key)+1:]
			md = fd.MapValue().Message()
		case fd.IsList():
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				return fmt.Errorf("%q: unclosed index", path)
			}
			if _, err := strconv.ParseUint(rest[1:k], 10, 31); err != nil {
				return fmt.Errorf("%q: list %s needs a numeric index", path, fd.Name())
			}
			rest = rest[k+1:]
		default:
			return fmt.Errorf("%q: %s cannot be indexed", path, fd.Name())
		}
	}
	return nil
}

func TestCheckWirePath(t *testing.T) {
	md := (&chorusv1.SynthesizeRequest{}).ProtoReflect().Descriptor()
	for _, p := range []string{"input", "input.text", "audio.speaking_rate", "input.script.turns",
		"input.script.turns[3].pause_before_ms", `input.script.speaker_voices["B.o\"b"].name`, "pronunciations[0].phones", "voice.style"} {
		if err := checkWirePath(md, p); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	for _, p := range []string{"text", "rate", "lexicon", "pitch", "gain", "sample_rate", "pause_before", "parts[0].voice", "input.script.turns[1].voice",
		"input.script.turns[x].text", "audio.speaking_rate.x", "input.script.speaker_voices[1].name", "input.script.speaker_voices.name", "input.text[0]", "", "input..text", "audio.", "input.script.turns[2"} {
		if err := checkWirePath(md, p); err == nil {
			t.Errorf("%q resolved; it is not a wire field", p)
		}
	}
}

func TestWireFieldNames(t *testing.T) {
	script := &job{script: true, speakers: []string{"Ann", "Bob"}}
	text := &job{}
	for _, c := range []struct {
		j     *job
		part  int
		field synth.Field
		want  string
	}{
		{script, 1, synth.FieldVoice, `input.script.speaker_voices["Bob"].name`},
		{script, 0, synth.FieldStyle, `input.script.speaker_voices["Ann"].style`},
		{script, 1, synth.FieldPauseBefore, "input.script.turns[1].pause_before_ms"},
		{script, 1, synth.FieldText, "input.script.turns[1].text"},
		{script, 7, synth.FieldVoice, "input.script.turns"}, // no such turn: the list
		{script, -1, synth.FieldText, "input.script"},
		{script, -1, synth.FieldParts, "input.script.turns"},
		{script, -1, synth.FieldLexicon, "pronunciations"},
		{script, -1, synth.FieldPitch, "audio.pitch"},
		{text, 0, synth.FieldText, "input.text"},
		{text, -1, synth.FieldText, "input.text"},
		{text, 0, synth.FieldVoice, "voice.name"},
		{text, 0, synth.FieldStyle, "voice.style"},
		{text, -1, synth.FieldParts, "input"},
		{text, -1, synth.FieldRate, "audio.speaking_rate"},
		{text, -1, synth.FieldGain, "audio.volume_gain_db"},
		{text, -1, synth.FieldSampleRate, "audio.sample_rate_hertz"},
		{text, -1, synth.FieldLexicon, "pronunciations"},
	} {
		if got := c.j.wireField(c.part, c.field); got != c.want {
			t.Errorf("script=%v part %d %s -> %q, want %q", c.j.script, c.part, c.field, got, c.want)
		}
	}
}

// FuzzConvert feeds arbitrary field values through conversion, engine validation and the status
// mapping the server uses: nothing panics, every rejection is INVALID_ARGUMENT or NOT_FOUND, and
// it names, in its message and in its google.rpc.BadRequest detail alike, a field path that
// exists in the .proto (checked against the message descriptor, not against a list of
// prefixes), never a name of the engine's.
func FuzzConvert(f *testing.F) {
	f.Add("hello", "Ann", "ava", "", "K AO1 R AH0 S", int32(0), 1.0, 0.0, int32(100), false)
	f.Add("", "", "nobody", "sad", "həˈloʊ", int32(8000), 0.1, 13.0, int32(5), true)
	f.Add("a\xffb", "A\x00", "joe", "calm", "", int32(-1), 4.0, -12.0, int32(1000), true)
	f.Add("hi", "Ann", "ava", "", "", int32(0), 1.0, 0.0, int32(0), true)
	f.Add("hi", "Ann", "zed", "", "", int32(0), 1.0, 0.0, int32(0), true)
	f.Add("hi", "Ann.Lee", "ava", "grumpy", "", int32(0), 1.0, 0.0, int32(0), true)
	f.Add("<blink>", "Ann", "ava", "", "", int32(0), 1.0, 0.0, int32(0), true)
	// Turns whose speakers both map to a voice and a valid pronunciation, so the engine's own
	// checks are reached.
	f.Add(" \n ", "Ann", "Ann", "", "AE1 N", int32(0), 1.0, 0.0, int32(0), true) // nothing to say
	f.Add("hi", "Ann", "Ann", "", "AE1 N", int32(0), 9.0, 0.0, int32(0), true)   // rate
	f.Add("hi", "Ann", "Ann", "", "AE1 N", int32(96000), 1.0, 0.0, int32(0), true)
	f.Add("hi", "Ann", "Ann", "calm", "AE1 N", int32(0), 1.0, 0.0, int32(0), true) // no voice named Ann
	f.Add(" \n ", "Ann", "ava", "", "AE1 N", int32(0), 1.0, 0.0, int32(0), false)
	eng := testkit.Engine(f)
	srv := New(eng, slog.New(slog.NewTextHandler(io.Discard, nil)), Options{})
	md := (&chorusv1.SynthesizeRequest{}).ProtoReflect().Descriptor()
	f.Fuzz(func(t *testing.T, text, speaker, voice, style, phones string, rate int32, speed, pitch float64, chunk int32, asScript bool) {
		req := &chorusv1.SynthesizeRequest{
			Audio:          &chorusv1.AudioConfig{SampleRateHertz: rate, SpeakingRate: speed, Pitch: pitch, ChunkDurationMs: chunk},
			Pronunciations: []*chorusv1.Pronunciation{{Phrase: speaker, Phones: phones}},
		}
		if asScript {
			req.Input = &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Script{Script: &chorusv1.Script{
				Turns:         []*chorusv1.Turn{{Speaker: speaker, Text: text, Markup: true}, {Speaker: voice, Text: text}},
				SpeakerVoices: map[string]*chorusv1.VoiceSelection{speaker: {Name: voice, Style: style}},
			}}}
		} else {
			req.Input = &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Text{Text: text}}
			req.Voice = &chorusv1.VoiceSelection{Name: voice, Style: style}
		}
		j, err := convertSynthesize(req)
		if err == nil {
			_, err = eng.Validate(j.req)
			err = onWire(err, j.wireField)
		}
		if err == nil {
			return
		}
		st := status.Convert(srv.status(context.Background(), callFrom(context.Background()), err))
		if st.Code() != codes.InvalidArgument && st.Code() != codes.NotFound {
			t.Fatalf("error %v became %v %q", err, st.Code(), st.Message())
		}
		var field string
		for _, d := range st.Details() {
			if br, ok := d.(*errdetails.BadRequest); ok && len(br.GetFieldViolations()) == 1 {
				field = br.GetFieldViolations()[0].GetField()
			}
		}
		if field == "" {
			t.Fatalf("%v %q carries no BadRequest field violation", st.Code(), st.Message())
		}
		if !strings.HasPrefix(st.Message(), field+": ") {
			t.Fatalf("message %q does not start with its field %q", st.Message(), field)
		}
		if err := checkWirePath(md, field); err != nil {
			t.Fatalf("field %q of %q is not a wire field: %v", field, st.Message(), err)
		}
	})
}
