package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/diphone"
)

// tinyGroup writes a one-diphone Festival group file (LPC order 2, 3 frames).
func tinyGroup() []byte {
	var blob bytes.Buffer
	blob.WriteString("EST_File Track\nDataType binary\nNumFrames 3\nByteOrder 01\nNumChannels 3\nBreaksPresent true\nEST_Header_End\n")
	for f := 1; f <= 3; f++ {
		for _, v := range []float32{float32(100*f) / 16000, 1, 500, 1.1, -0.4} {
			blob.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(v)))
		}
	}
	wave := blob.Len()
	blob.WriteString(".snd")
	for _, v := range []uint32{24, 400, 1, 16000, 1} {
		blob.Write(binary.BigEndian.AppendUint32(nil, v))
	}
	blob.Write(bytes.Repeat([]byte{0x7e, 0xfe}, 200))
	var b bytes.Buffer
	fmt.Fprintf(&b, "EST_File index\nDataType ascii\nNumEntries 1\nDataFormat grouped\ntrack_file_format est_binary\nsig_file_format snd\nEST_Header_End\npau-aa 0 %d 1\n", wave)
	b.Write(blob.Bytes())
	return b.Bytes()
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "tiny.group")
	notice := filepath.Join(dir, "notice.txt")
	out := filepath.Join(dir, "kal.bin")
	if err := os.WriteFile(in, tinyGroup(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(notice, []byte("the notice\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run("kal", in, out, notice); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	db, h, err := diphone.DecodeCompact(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(db.Diphones) != 1 || db.Diphones[0].Name != "pau-aa" || h.Notice != "the notice\n" ||
		!strings.Contains(h.Provenance, "festvox-kallpc16k 2.4-1") {
		t.Fatalf("got %d diphones, header %+v", len(db.Diphones), h)
	}
	// Errors: no input, unreadable input, corrupt input naming the file.
	if err := run("nobody", in, out, notice); err == nil || !strings.Contains(err.Error(), "kal, ked") {
		t.Errorf("unknown voice: %v", err)
	}
	bad := filepath.Join(dir, "bad.group")
	if err := os.WriteFile(bad, tinyGroup()[:150], 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run("kal", bad, out, notice); err == nil || !strings.Contains(err.Error(), "bad.group") {
		t.Errorf("corrupt input: %v", err)
	}
}

// TestRunFestival converts the real databases, which KAL_GROUP and KED_GROUP name (Debian's
// festvox-kallpc16k and festvox-kdlpc16k; make test installs them), as `make kal` and `make ked`
// do, and checks that each result is the embedded synth/diphone/data/VOICE.bin: same header, same
// decoded content. (The files are compared decoded because DEFLATE output may differ between Go
// releases.)
func TestRunFestival(t *testing.T) {
	for _, tc := range []struct{ voice, env, pkg string }{
		{"kal", "KAL_GROUP", "festvox-kallpc16k"},
		{"ked", "KED_GROUP", "festvox-kdlpc16k"},
	} {
		t.Run(tc.voice, func(t *testing.T) {
			in := os.Getenv(tc.env)
			if in == "" {
				t.Skipf("%s not set: it names Debian's %s database, %s (make test sets it)", tc.env, tc.pkg, sources[tc.voice].group)
			}
			out := filepath.Join(t.TempDir(), tc.voice+".bin")
			if err := run(tc.voice, in, out, filepath.Join("..", "..", "..", sources[tc.voice].notice)); err != nil {
				t.Fatal(err)
			}
			got, gh := decodeFile(t, out)
			want, wh := decodeFile(t, filepath.Join("..", "..", "..", "synth", "diphone", "data", tc.voice+".bin"))
			if gh != wh {
				t.Errorf("header differs from the embedded file's:\n%+v\nwant\n%+v", gh, wh)
			}
			if !strings.Contains(gh.Provenance, sources[tc.voice].pkg) || !strings.Contains(gh.Provenance, `"`+tc.voice+`"`) {
				t.Errorf("provenance does not name the voice and its package: %q", gh.Provenance)
			}
			if got.SampleRate != want.SampleRate || got.Order != want.Order || len(got.Diphones) != len(want.Diphones) {
				t.Fatalf("converted %d Hz, order %d, %d diphones; embedded %d Hz, order %d, %d diphones",
					got.SampleRate, got.Order, len(got.Diphones), want.SampleRate, want.Order, len(want.Diphones))
			}
			for i := range got.Diphones {
				if !reflect.DeepEqual(got.Diphones[i], want.Diphones[i]) {
					t.Fatalf("diphone %d (%s) differs from the embedded file's: regenerate with make %s", i, want.Diphones[i].Name, tc.voice)
				}
			}
		})
	}
}

func decodeFile(t *testing.T, path string) (*diphone.Database, diphone.CompactHeader) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	db, h, err := diphone.DecodeCompact(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return db, h
}
