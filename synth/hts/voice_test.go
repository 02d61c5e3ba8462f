package hts

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// miniVoice builds a small valid .htsvoice: one state, a two-leaf duration tree asking
// C-aa (is the current phone aa?), leaf-only MCP (order 1) and LF0 trees, optional GV.
func miniVoice(durNo, durYes float32) []byte {
	f32 := func(vals ...float32) []byte {
		var b bytes.Buffer
		for _, v := range vals {
			binary.Write(&b, binary.LittleEndian, v)
		}
		return b.Bytes()
	}
	u32 := func(n uint32) []byte { return binary.LittleEndian.AppendUint32(nil, n) }
	cat := func(bs ...[]byte) []byte { return bytes.Join(bs, nil) }
	blocks := []struct {
		key  string
		data [][]byte // several ranges for windows
	}{
		{"DURATION_PDF", [][]byte{cat(u32(2), f32(durNo, 1, durYes, 1))}},
		{"DURATION_TREE", [][]byte{[]byte("QS C-aa {\"*-aa+*\"}\n{*}[2]\n{\n0 C-aa \"dur_s2_1\" \"dur_s2_2\"\n}\n")}},
		{"STREAM_WIN[MCP]", [][]byte{[]byte("1 1.0\n"), []byte("3 -0.5 0.0 0.5\n"), []byte("3 1.0 -2.0 1.0\n")}},
		{"STREAM_WIN[LF0]", [][]byte{[]byte("1 1.0\n"), []byte("3 -0.5 0.0 0.5\n"), []byte("3 1.0 -2.0 1.0\n")}},
		// MCP: 2 dims × 3 windows of means, then of variances.
		{"STREAM_PDF[MCP]", [][]byte{cat(u32(1), f32(-3, 0.2, 0, 0, 0, 0, 0.1, 0.1, 1, 1, 1, 1))}},
		{"STREAM_PDF[LF0]", [][]byte{cat(u32(1), f32(5, 0, 0, 0.01, 1, 1, 0.9))}},
		{"STREAM_TREE[MCP]", [][]byte{[]byte("{*}[2]\n\"mcep_s2_1\"\n")}},
		{"STREAM_TREE[LF0]", [][]byte{[]byte("{*}[2]\n\"lf0_s2_1\"\n")}},
	}
	var data bytes.Buffer
	var pos strings.Builder
	for _, bl := range blocks {
		var rs []string
		for _, d := range bl.data {
			s := data.Len()
			data.Write(d)
			rs = append(rs, fmt.Sprintf("%d-%d", s, data.Len()-1))
		}
		fmt.Fprintf(&pos, "%s:%s\n", bl.key, strings.Join(rs, ","))
	}
	hdr := `[GLOBAL]
HTS_VOICE_VERSION:1.0
SAMPLING_FREQUENCY:16000
FRAME_PERIOD:80
NUM_STATES:1
NUM_STREAMS:2
STREAM_TYPE:MCP,LF0
FULLCONTEXT_FORMAT:HTS_TTS_ENG
GV_OFF_CONTEXT:"*-pau+*"
[STREAM]
VECTOR_LENGTH[MCP]:2
VECTOR_LENGTH[LF0]:1
IS_MSD[MCP]:0
IS_MSD[LF0]:1
NUM_WINDOWS[MCP]:3
NUM_WINDOWS[LF0]:3
USE_GV[MCP]:0
USE_GV[LF0]:0
OPTION[MCP]:ALPHA=0.42
OPTION[LF0]:
[POSITION]
`
	return cat([]byte(hdr), []byte(pos.String()), []byte("[DATA]\n"), data.Bytes())
}

func TestParseEmbeddedSlt(t *testing.T) {
	v, err := Slt()
	if err != nil {
		t.Fatal(err)
	}
	// Facts of the file (../shared/reference/hts-notes.md §1).
	if v.SampleRate != 32000 || v.FramePeriod != 160 || v.NumStates != 5 || v.Alpha != 0.45 {
		t.Errorf("header: rate %d period %d states %d alpha %v", v.SampleRate, v.FramePeriod, v.NumStates, v.Alpha)
	}
	if len(v.Streams) != 2 || v.Streams[0].Name != "MCP" || v.Streams[1].Name != "LF0" {
		t.Fatalf("streams: %+v", v.Streams)
	}
	mcp, lf0 := v.Streams[0], v.Streams[1]
	if mcp.VecLen != 45 || lf0.VecLen != 1 || mcp.MSD || !lf0.MSD || !mcp.UseGV || !lf0.UseGV {
		t.Errorf("stream shapes: mcp %d/%v lf0 %d/%v", mcp.VecLen, mcp.MSD, lf0.VecLen, lf0.MSD)
	}
	counts := func(m model) []int {
		var c []int
		for i := range m.pdfs {
			c = append(c, len(m.pdfs[i])/m.pdfSize)
		}
		return c
	}
	for _, c := range []struct {
		name string
		got  []int
		want []int
	}{
		{"duration", counts(v.Duration), []int{1029}},
		{"MCP", counts(mcp.Model), []int{153, 147, 166, 158, 169}},
		{"LF0", counts(lf0.Model), []int{507, 619, 1171, 866, 520}},
		{"GV MCP", counts(mcp.GV), []int{2}},
		{"GV LF0", counts(lf0.GV), []int{4}},
	} {
		if fmt.Sprint(c.got) != fmt.Sprint(c.want) {
			t.Errorf("%s PDF counts %v, want %v", c.name, c.got, c.want)
		}
	}
	if got := fmt.Sprint(mcp.Windows); got != "[[1] [-0.5 0 0.5] [1 -2 1]]" {
		t.Errorf("MCP windows %s", got)
	}
	if len(v.Duration.questions) != 501 || len(mcp.Model.questions) != 245 || len(lf0.Model.questions) != 968 {
		t.Errorf("question counts %d %d %d, want 501 245 968", len(v.Duration.questions), len(mcp.Model.questions), len(lf0.Model.questions))
	}
}

func TestTreeNoYesOrderAndLeafNumbering(t *testing.T) {
	v, err := Parse(miniVoice(3, 7))
	if err != nil {
		t.Fatal(err)
	}
	for label, want := range map[string]float32{"x^x-aa+b=x": 7, "x^x-b+aa=x": 3, "aa^x-pau+x=x": 3} {
		d := v.Duration.find(label, 0, nil)
		if d == nil || d[0] != want {
			t.Errorf("%s: duration PDF %v, want mean %v (the first child is NO, leaves count from 1)", label, d, want)
		}
	}
	if v.Alpha != 0.42 || v.FramePeriod != 80 {
		t.Errorf("alpha %v period %d", v.Alpha, v.FramePeriod)
	}
}

func TestParseErrorsNameOffsets(t *testing.T) {
	good := miniVoice(3, 7)
	dataAt := bytes.Index(good, []byte("[DATA]\n")) + len("[DATA]\n")
	cases := map[string]struct {
		data   []byte
		want   string
		atData bool // the offset must point into [DATA]
	}{
		"no data":            {good[:dataAt-7], "no [DATA]", false},
		"truncated":          {good[:len(good)-5], "not inside", false},
		"bad version":        {bytes.Replace(good, []byte("VERSION:1.0"), []byte("VERSION:9.9"), 1), "HTS_VOICE_VERSION", false},
		"leaf out of range":  {bytes.Replace(good, []byte(`"dur_s2_2"`), []byte(`"dur_s2_9"`), 1), "leaf PDF 9", true},
		"undefined question": {bytes.Replace(good, []byte(`0 C-aa`), []byte(`0 C-zz`), 1), "not defined", true},
		"bad window":         {bytes.Replace(good, []byte("3 -0.5 0.0 0.5"), []byte("2 -0.5 0.0 0.5"), 1), "window", true},
	}
	for name, c := range cases {
		_, err := Parse(c.data)
		var fe *FormatError
		if !errors.As(err, &fe) {
			t.Errorf("%s: err = %v, want a *FormatError", name, err)
			continue
		}
		if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "offset") {
			t.Errorf("%s: %v, want it to mention %q and the offset", name, err, c.want)
		}
		if fe.Offset < 0 || fe.Offset > len(c.data) || c.atData && fe.Offset < dataAt {
			t.Errorf("%s: offset %d outside the file (or before [DATA] at %d)", name, fe.Offset, dataAt)
		}
	}
}

func TestWrappedRoundTrip(t *testing.T) {
	raw := miniVoice(3, 7)
	var b bytes.Buffer
	if err := EncodeWrapped(&b, raw, Header{Provenance: "p", Notice: "n"}); err != nil {
		t.Fatal(err)
	}
	_, h, err := LoadWrapped(b.Bytes())
	if err != nil || h.Provenance != "p" || h.Notice != "n" {
		t.Fatalf("LoadWrapped: %+v %v", h, err)
	}
	if err := EncodeWrapped(&b, raw[:len(raw)-3], Header{}); err == nil {
		t.Error("EncodeWrapped accepted a truncated voice")
	}
	if _, _, err := LoadWrapped(raw); err == nil {
		t.Error("LoadWrapped accepted an unwrapped file")
	}
	if n := Notice(); !strings.Contains(n, "Carnegie Mellon University") || !strings.Contains(n, "EST-2003") {
		t.Errorf("embedded notice lacks the copyright holder or licence: %.200q", n)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(miniVoice(3, 7))
	f.Add(miniVoice(0, -1))
	f.Add([]byte("[GLOBAL]\n[DATA]\n"))
	f.Add([]byte("[GLOBAL]\nHTS_VOICE_VERSION:1.0\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Parse(data)
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) || fe.Offset < 0 || fe.Offset > len(data) {
				t.Fatalf("error %v is not a FormatError with an offset inside the %d bytes", err, len(data))
			}
			return
		}
		// A voice that parses must synthesize or refuse cleanly, never panic.
		vc, err := New(v, Params{}, 1)
		if err != nil {
			return
		}
		ph := testPhrase(t, v.SampleRate, "AA1 B | S IY1")
		var n int
		w := writerFunc(func(p []float32) error {
			for _, x := range p {
				if math.IsNaN(float64(x)) {
					return errors.New("NaN")
				}
			}
			n += len(p)
			return nil
		})
		if err := vc.Render(t.Context(), ph, w); err == nil && n != ph.Samples() {
			t.Fatalf("rendered %d samples, want %d", n, ph.Samples())
		}
	})
}

// One answer cache serves all the voice's models for a label: the PDFs found through it must be
// the ones found without it, for every model and state of every label of a sentence.
func TestSharedQuestionCacheFindsTheSamePDFs(t *testing.T) {
	v := sltVoice(t)
	ph := testPhrase(t, NativeRate, "G L UW1 | DH AH0 | SH IY1 T | T UW1 | DH AH0 | D AA1 R K | B L UW1")
	labels := buildUtterance(ph).labels()
	if v.numQuestions >= len(v.Duration.questions)+len(v.Streams[v.mcp].Model.questions)+len(v.Streams[v.lf0].Model.questions) {
		t.Errorf("%d distinct questions: no question is shared between the models", v.numQuestions)
	}
	for _, label := range labels {
		var memo answers
		memo.reset(v, label)
		same := func(what string, a, b []float32) {
			if len(a) == 0 || &a[0] != &b[0] {
				t.Fatalf("label %q, %s: the cached lookup found another PDF", label, what)
			}
		}
		same("duration", v.Duration.find(label, 0, &memo), v.Duration.find(label, 0, nil))
		for s := 2; s < 2+v.NumStates; s++ {
			for _, st := range []*Stream{v.Streams[v.mcp], v.Streams[v.lf0]} {
				same(st.Name, st.Model.find(label, s, &memo), st.Model.find(label, s, nil))
			}
		}
	}
}
