package synth_test

import (
	"context"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

// TestSltSpeaksInItsModelsTime checks that slt's phones last what its HTS duration trees give,
// as Festival's slt voice speaks them: the phone events of a sentence whose labels our front end
// makes as Festival does (see the hts package's label tests) last Festival's phone durations.
func TestSltSpeaksInItsModelsTime(t *testing.T) {
	// Festival 2.5's segment_duration of each phone, slt HTS voice, pauses left out.
	festival := []float64{0.045, 0.040, 0.130, 0.085, 0.075, 0.105, 0.170, 0.170,
		0.080, 0.045, 0.025, 0.025, 0.040, 0.085, 0.120, 0.060, 0.065, 0.120, 0.180, 0.145}
	req := synth.Request{Events: synth.EventPhonemes, Parts: []synth.Part{{Text: "The sun rose, and the birds sang.", Voice: "slt"}}}
	rec, sum := renderEvents(t, req)
	var got []synth.Event
	for _, e := range rec.kind(synth.EventPhoneme) {
		if e.Name != "SIL" && e.Name != "sil" && e.Name != "pau" {
			got = append(got, e)
		}
	}
	if len(got) != len(festival) {
		t.Fatalf("%d phones, want %d: %v", len(got), len(festival), got)
	}
	for i, e := range got {
		want := festival[i] * float64(sum.SampleRate)
		// The planner rounds a running clock to whole samples: a phone may be a sample off.
		if d := float64(e.End - e.Start); math.Abs(d-want) > 1 {
			t.Errorf("phone %d %s: %.0f samples, Festival's slt %.0f", i, e.Name, d, want)
		}
	}
}

// A voice whose durations are "vocoder" on a vocoder without a duration model is refused with an
// error that says so, when it is first used.
func TestVocoderDurationsNeedAModel(t *testing.T) {
	v := engine(t).Catalog().Default() // a formant voice: no duration model of its own
	v.Name = "timed"
	v.Default = true
	v.Prosody.Durations = "vocoder"
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := voices.Parse(fstest.MapFS{"timed.json": {Data: b}})
	if err != nil {
		t.Fatal(err)
	}
	eng, err := synth.New(cat)
	if err != nil {
		t.Fatal(err)
	}
	_, err = eng.Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: "Hello."}}}, &eventRecorder{})
	if err == nil || !strings.Contains(err.Error(), "no duration model") {
		t.Fatalf("err = %v, want one saying the vocoder has no duration model", err)
	}
}
