package synth_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

// TestVoiceDurationScales checks that a voice's vowel_scale and consonant_scale reach the
// duration rules: doubling the consonants lengthens the speech, halving the vowels shortens it,
// each by more than the just-noticeable difference for speech tempo, about 5 % (Quené 2007).
func TestVoiceDurationScales(t *testing.T) {
	const tmpl = `{"name":"%n","language":"en-US","gender":"male","description":"d",%d"vocoder":"formant","sample_rate":16000,"prosody":{"base_hz":110,"range_semitones":4,"tempo":1%s}}`
	voice := func(name, def, extra string) []byte {
		r := strings.NewReplacer("%n", name, "%d", def, "%s", extra)
		return []byte(r.Replace(tmpl))
	}
	cat, err := voices.Parse(fstest.MapFS{
		"plain.json": {Data: voice("plain", `"default":true,`, "")},
		"cons.json":  {Data: voice("cons", "", `,"consonant_scale":2`)},
		"vow.json":   {Data: voice("vow", "", `,"vowel_scale":0.5`)},
	})
	if err != nil {
		t.Fatal(err)
	}
	e, err := synth.New(cat)
	if err != nil {
		t.Fatal(err)
	}
	length := func(v string) int64 {
		rec := &testkit.Recorder{}
		sum, err := e.Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Voice: v, Text: "Six thick planks stood on the sandy shore."}}}, rec)
		if err != nil {
			t.Fatalf("%s: %v", v, err)
		}
		return sum.Samples
	}
	plain, cons, vow := length("plain"), length("cons"), length("vow")
	if cons <= plain*105/100 {
		t.Errorf("consonant_scale 2: %d samples, want more than 5 %% over %d", cons, plain)
	}
	if vow >= plain*95/100 {
		t.Errorf("vowel_scale 0.5: %d samples, want more than 5 %% under %d", vow, plain)
	}
}
