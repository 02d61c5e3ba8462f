package main

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

const eventsDoc = `<speak>Pay <say-as interpret-as="currency">$3.50</say-as> <mark name="paid"/>now.
<voice name="joe">Done.</voice></speak>`

// readEvents reads an --events file: one JSON object per line.
func readEvents(t *testing.T, path string) []eventLine {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []eventLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l eventLine
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// recordedEvents is what the engine reports for req, as --events lines.
type eventsRecorder struct {
	testkit.Recorder
	events []synth.Event
}

func (r *eventsRecorder) Event(e synth.Event) error { r.events = append(r.events, e); return nil }

// say --ssml reads SSML; --events writes every word, mark, phone and viseme as the engine
// reports them, in seconds, in-process and over gRPC alike.
func TestSaySSMLWithEvents(t *testing.T) {
	dir := t.TempDir()
	req := synth.Request{Parts: []synth.Part{{Text: eventsDoc, SSML: true}}, WordTimings: true,
		Events: synth.EventMarks | synth.EventPhonemes | synth.EventVisemes}
	rec := &eventsRecorder{}
	sum, err := testkit.Engine(t).Synthesize(t.Context(), req, rec)
	if err != nil {
		t.Fatal(err)
	}
	secs := func(n int64) float64 { return float64(n) / float64(sum.SampleRate) }
	// What --events must say: the words and the events, in the engine's order (words first
	// within a phrase, as the engine sends them).
	var want []eventLine
	wi, ei := 0, 0
	for wi < len(rec.Words) || ei < len(rec.events) {
		// The engine interleaves them by start; ties keep words first.
		if ei == len(rec.events) || (wi < len(rec.Words) && rec.Words[wi].Start <= rec.events[ei].Start) {
			w := rec.Words[wi]
			want = append(want, eventLine{Type: "word", Value: w.Word, Start: secs(w.Start), End: secs(w.End), Speaker: w.Speaker})
			wi++
			continue
		}
		e := rec.events[ei]
		l := eventLine{Type: e.Kind.String(), Value: e.Name, Start: secs(e.Start), End: secs(e.End), Speaker: e.Speaker}
		if e.Kind == synth.EventViseme {
			l.Value, l.Name = float64(e.Viseme), e.Viseme.String() // JSON numbers decode as float64
		}
		want = append(want, l)
		ei++
	}
	addr := startServer(t)
	for _, where := range [][]string{nil, {"--server", addr}} {
		out, evs := filepath.Join(dir, "out.wav"), filepath.Join(dir, "events.jsonl")
		args := append([]string{"say", "--ssml", "--events", evs, "-o", out, eventsDoc}, where...)
		if r := runCmd(t, "", nil, args...); r.code != 0 {
			t.Fatalf("%q: exit %d: %s", args, r.code, r.stderr)
		}
		sameAudio(t, out, synth.Request{Parts: []synth.Part{{Text: eventsDoc, SSML: true}}})
		// Times are printed to the microsecond, which gives every sample back.
		got := atSamples(readEvents(t, evs), sum.SampleRate)
		if want := atSamples(want, sum.SampleRate); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: %d lines, want %d:\n got %+v\nwant %+v", where, len(got), len(want), got, want)
		}
	}
	kinds := map[string]int{}
	for _, l := range want {
		kinds[l.Type]++
	}
	if kinds["word"] == 0 || kinds["mark"] != 1 || kinds["phoneme"] == 0 || kinds["viseme"] == 0 {
		t.Errorf("kinds %v: want words, one mark, phonemes and visemes", kinds)
	}
}

// --event-types picks the kinds; --events - writes them to standard output while the audio
// goes to a file.
func TestSayEventTypesToStdout(t *testing.T) {
	dir := t.TempDir()
	r := runCmd(t, "", nil, "say", "--ssml", "--events", "-", "--event-types", "marks,word", "-o", filepath.Join(dir, "a.wav"), eventsDoc)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	path := filepath.Join(dir, "stdout.jsonl")
	writeFile(t, path, r.stdout)
	var words, marks int
	for _, l := range readEvents(t, path) {
		switch l.Type {
		case "word":
			words++
		case "mark":
			marks++
			if l.Value != "paid" {
				t.Errorf("mark %v, want paid", l.Value)
			}
		default:
			t.Errorf("a %s line, not asked for", l.Type)
		}
	}
	if words == 0 || marks != 1 {
		t.Errorf("%d words and %d marks, want some words and one mark", words, marks)
	}
}

func TestSaySSMLUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"say", "--ssml", "--markup", "<speak>hi</speak>", "-o", filepath.Join(dir, "a.wav")}, exitUsage, "--markup and --ssml exclude each other"},
		{[]string{"say", "--event-types", "visemes", "hi", "-o", filepath.Join(dir, "a.wav")}, exitUsage, "--event-types needs --events FILE"},
		{[]string{"say", "--events", "x.jsonl", "--event-types", "smiles", "hi", "-o", filepath.Join(dir, "a.wav")}, exitUsage, `unknown type "smile"`},
		{[]string{"say", "--events", "-", "-o", "-", "hi"}, exitUsage, "--events and -o both name standard output"},
		{[]string{"say", "--ssml", "<speak>\nhi <blink/></speak>", "-o", filepath.Join(dir, "a.wav")}, exitFail, "line 2, column 4"},
	} {
		r := runCmd(t, "", nil, tc.args...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: exit %d, %q; want %d and %q", tc.args, r.code, r.stderr, tc.code, tc.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "a.wav")); !os.IsNotExist(err) {
		t.Errorf("a failed command left a.wav: %v", err)
	}
}

// atSamples returns the lines with their times as sample positions at rate (rounded), so lines
// printed to the microsecond compare equal to exact ones.
func atSamples(lines []eventLine, rate int) []eventLine {
	out := append([]eventLine(nil), lines...)
	for i := range out {
		out[i].Start = math.Round(out[i].Start * float64(rate))
		out[i].End = math.Round(out[i].End * float64(rate))
	}
	return out
}
