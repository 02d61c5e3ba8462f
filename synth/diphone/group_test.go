package diphone

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testUnit describes one diphone of a synthetic group file.
type testUnit struct {
	name   string
	times  []float32 // seconds
	coefs  [][]float32
	middle int
	resid  []byte
}

// synthUnits returns a few small, plausible diphones of LPC order 2.
func synthUnits() []testUnit {
	mk := func(name string, nf, mid int, seed float32) testUnit {
		u := testUnit{name: name, middle: mid}
		for i := 0; i < nf; i++ {
			u.times = append(u.times, float32(100*(i+1))/16000)
			u.coefs = append(u.coefs, []float32{1.2 + seed*0.01*float32(i), -0.5 - seed*0.02})
		}
		for i := 0; i < 100*(nf+1); i++ {
			u.resid = append(u.resid, byte(i*7+int(seed)))
		}
		return u
	}
	return []testUnit{mk("pau-aa", 3, 1, 1), mk("aa-pau", 4, 2, 2), mk("s_-_t", 2, 0, 3)}
}

// buildGroup writes a grouped diphone file in Festival's layout.
func buildGroup(units []testUnit) []byte {
	var blobs bytes.Buffer
	type off struct{ track, wave int }
	offs := make([]off, len(units))
	for i, u := range units {
		order := len(u.coefs[0])
		offs[i].track = blobs.Len()
		fmt.Fprintf(&blobs, "EST_File Track\nDataType binary\nNumFrames %d\nByteOrder 01\nNumChannels %d\nBreaksPresent true\nCommentChar ;\n\n", len(u.times), order+1)
		for c := 0; c <= order; c++ {
			fmt.Fprintf(&blobs, "Channel_%d track%d\n", c, c)
		}
		blobs.WriteString("EST_Header_End\n")
		f32 := func(v float32) { blobs.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(v))) }
		for f, t := range u.times {
			f32(t)
			f32(1)
			f32(1000) // energy channel
			for _, c := range u.coefs[f] {
				f32(c)
			}
		}
		offs[i].wave = blobs.Len()
		blobs.WriteString(".snd")
		for _, v := range []uint32{24, uint32(len(u.resid)), 1, 16000, 1} {
			blobs.Write(binary.BigEndian.AppendUint32(nil, v))
		}
		blobs.Write(u.resid)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "EST_File index\nDataType ascii\nNumEntries %d\nIndexName test\nDataFormat grouped\nVersion 2\ntrack_file_format est_binary\nsig_file_format snd\nEST_Header_End\n", len(units))
	for i, u := range units {
		fmt.Fprintf(&b, "%s %d %d %d\n", u.name, offs[i].track, offs[i].wave, u.middle)
	}
	b.Write(blobs.Bytes())
	return b.Bytes()
}

func TestReadGroupValid(t *testing.T) {
	units := synthUnits()
	data := buildGroup(units)
	db, err := ReadGroup(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if db.SampleRate != 16000 || db.Order != 2 || len(db.Diphones) != len(units) {
		t.Fatalf("got rate %d order %d, %d diphones", db.SampleRate, db.Order, len(db.Diphones))
	}
	for i, u := range units {
		d := db.Diphones[i]
		if d.Name != u.name || d.Middle != u.middle || d.Frames() != len(u.times) || !bytes.Equal(d.Residual, u.resid) {
			t.Errorf("diphone %d: got %s mid %d frames %d", i, d.Name, d.Middle, d.Frames())
		}
		for f := range u.times {
			if d.Times[f] != u.times[f] {
				t.Errorf("%s frame %d: time %v want %v", u.name, f, d.Times[f], u.times[f])
			}
			for j, c := range u.coefs[f] {
				if d.Coefs[f*2+j] != c {
					t.Errorf("%s frame %d coef %d: %v want %v", u.name, f, j, d.Coefs[f*2+j], c)
				}
			}
		}
	}
}

// TestReadGroupDuplicate: an index listing a name twice keeps the first entry's unit and names
// the skipped one in Duplicates (Festival's ked database lists hh-iy twice).
func TestReadGroupDuplicate(t *testing.T) {
	units := synthUnits()
	second := units[1]
	second.name = "pau-aa" // same name as units[0], different data
	data := buildGroup([]testUnit{units[0], second, units[2]})
	db, err := ReadGroup(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if len(db.Diphones) != 2 || db.Diphones[0].Name != "pau-aa" || db.Diphones[1].Name != "s_-_t" {
		t.Fatalf("got %d diphones", len(db.Diphones))
	}
	if d := db.Diphones[0]; d.Frames() != len(units[0].times) || !bytes.Equal(d.Residual, units[0].resid) {
		t.Errorf("pau-aa has %d frames: the later entry replaced the first", d.Frames())
	}
	if len(db.Duplicates) != 1 || db.Duplicates[0] != "pau-aa" {
		t.Errorf("Duplicates = %q, want [pau-aa]", db.Duplicates)
	}
}

// TestReadGroupTruncated cuts the file at every offset: each prefix must give a FormatError
// (never a panic, never success).
func TestReadGroupTruncated(t *testing.T) {
	data := buildGroup(synthUnits())
	for n := 0; n < len(data); n++ {
		_, err := ReadGroup(bytes.NewReader(data[:n]), int64(n))
		if err == nil {
			t.Fatalf("prefix of %d/%d bytes accepted", n, len(data))
		}
		var fe *FormatError
		if !errors.As(err, &fe) || !errors.Is(err, ErrFormat) {
			t.Fatalf("prefix of %d bytes: error %v is not a *FormatError", n, err)
		}
		if fe.Offset < 0 || fe.Offset > int64(n) {
			t.Fatalf("prefix of %d bytes: offset %d outside the data", n, fe.Offset)
		}
	}
}

func TestReadGroupCorrupt(t *testing.T) {
	good := buildGroup(synthUnits())
	idx := string(good[:bytes.Index(good, []byte("EST_File Track"))])
	base := int64(len(idx))
	firstTrack := base
	firstData := base + int64(bytes.Index(good[base:], []byte("EST_Header_End\n"))) + int64(len("EST_Header_End\n"))
	firstWave := base + int64(bytes.Index(good[base:], []byte(".snd")))
	f32 := func(at int64, v float32) func([]byte) []byte {
		return func(b []byte) []byte { binary.LittleEndian.PutUint32(b[at:], math.Float32bits(v)); return b }
	}
	replace := func(old, new string) func([]byte) []byte {
		return func(b []byte) []byte { return bytes.Replace(b, []byte(old), []byte(new), 1) }
	}
	cases := []struct {
		name    string
		mutate  func([]byte) []byte
		wantOff int64 // -1: do not check
		wantMsg string
	}{
		{"magic", replace("EST_File index", "EST_File indey"), 0, "not an EST index"},
		{"entries", replace("NumEntries 3", "NumEntries x"), 0, "NumEntries"},
		{"too many entries", replace("NumEntries 3", "NumEntries 4"), -1, "index entry 3"},
		{"format", replace("DataFormat grouped", "DataFormat separate"), 0, "DataFormat"},
		{"negative offset", replace("pau-aa 0 ", "pau-aa -1 "), int64(strings.Index(idx, "pau-aa")), "field 2"},
		{"non-numeric mid", replace("aa-pau", "aa-pau "), int64(strings.Index(idx, "aa-pau")), "want 4 fields"},
		{"middle out of range", replace(" 1\naa-pau", " 9\naa-pau"), firstTrack, "middle frame 9"},
		{"frames", replace("NumFrames 3", "NumFrames 5"), -1, "frames"},
		{"byte order", replace("ByteOrder 01", "ByteOrder 11"), firstTrack, "ByteOrder"},
		{"nan time", f32(firstData, float32(math.NaN())), firstData, "time"},
		{"decreasing time", f32(firstData+76/19*5, 0.001), -1, "time"},
		{"break", f32(firstData+4, 0), firstData + 4, "break"},
		{"inf coef", f32(firstData+12, float32(math.Inf(1))), firstData + 12, "channel 1"},
		{"huge coef", f32(firstData+16, 1e9), firstData + 16, "channel 2"},
		{"snd magic", func(b []byte) []byte { b[firstWave] = 'x'; return b }, firstWave, ".snd"},
		{"encoding", func(b []byte) []byte { b[firstWave+15] = 3; return b }, firstWave + 12, "encoding 3"},
		{"channels", func(b []byte) []byte { b[firstWave+23] = 2; return b }, firstWave + 20, "channels"},
		{"residual size", func(b []byte) []byte { b[firstWave+8] = 0x7f; return b }, firstWave + 8, "past end"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.mutate(append([]byte(nil), good...))
			_, err := ReadGroup(bytes.NewReader(data), int64(len(data)))
			if err == nil {
				t.Fatal("corrupt file accepted")
			}
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FormatError", err)
			}
			if tc.wantOff >= 0 && fe.Offset != tc.wantOff {
				t.Errorf("offset %d, want %d (%v)", fe.Offset, tc.wantOff, err)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("error %q does not mention %q", err, tc.wantMsg)
			}
		})
	}
}

func TestReadGroupFileNamesFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.group")
	data := buildGroup(synthUnits())
	if err := os.WriteFile(path, data[:len(data)-10], 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadGroupFile(path)
	if err == nil || !strings.Contains(err.Error(), "broken.group: offset ") {
		t.Fatalf("error %v does not name the file and offset", err)
	}
	if _, err := ReadGroupFile(filepath.Join(dir, "missing.group")); err == nil {
		t.Fatal("missing file accepted")
	}
}

// TestReadGroupFestival reads the real database, which KAL_GROUP names (it is not part of the
// repository; make test installs it), and checks its size against Debian's festvox-kallpc16k
// 2.4-1 group file.
func TestReadGroupFestival(t *testing.T) {
	path := os.Getenv("KAL_GROUP")
	if path == "" {
		t.Skip("KAL_GROUP not set: it names Debian's festvox-kallpc16k database, " +
			"/usr/share/festival/voices/english/kal_diphone/group/kallpc16k.group (make test sets it)")
	}
	db, err := ReadGroupFile(path)
	if err != nil {
		t.Fatal(err)
	}
	frames, res := 0, 0
	for _, d := range db.Diphones {
		frames += d.Frames()
		res += len(d.Residual)
	}
	if len(db.Diphones) != 1619 || frames != 20534 || res != 3818465 || db.Order != 16 || db.SampleRate != 16000 {
		t.Fatalf("got %d diphones, %d frames, %d residual samples, order %d, rate %d", len(db.Diphones), frames, res, db.Order, db.SampleRate)
	}
}

func FuzzReadGroup(f *testing.F) {
	f.Add(buildGroup(synthUnits()))
	f.Add(buildGroup(synthUnits()[:1]))
	f.Add([]byte("EST_File index\nEST_Header_End\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		db, err := ReadGroup(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		for _, d := range db.Diphones {
			if d.Middle < 0 || d.Middle >= d.Frames() || len(d.Coefs) != d.Frames()*db.Order || len(d.Residual) == 0 {
				t.Fatalf("accepted an inconsistent diphone %+v", d.Name)
			}
		}
	})
}
