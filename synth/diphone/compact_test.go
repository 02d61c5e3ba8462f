package diphone

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

func synthDB(t testing.TB) *Database {
	t.Helper()
	data := buildGroup(synthUnits())
	db, err := ReadGroup(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func encode(t testing.TB, db *Database) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := EncodeCompact(&b, db, CompactHeader{Provenance: "test data", Notice: "test notice\nline 2\n"}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// checkRoundTrip compares a decoded database with its source: coefficients within half a
// quantization step of their channel, pitchmarks within half a sample, residual identical.
func checkRoundTrip(t *testing.T, orig, back *Database) {
	t.Helper()
	if back.SampleRate != orig.SampleRate || back.Order != orig.Order || len(back.Diphones) != len(orig.Diphones) {
		t.Fatalf("header: got %d Hz order %d %d diphones", back.SampleRate, back.Order, len(back.Diphones))
	}
	p := orig.Order
	lo, hi := make([]float64, p), make([]float64, p)
	for j := range lo {
		lo[j], hi[j] = math.Inf(1), math.Inf(-1)
	}
	for _, d := range orig.Diphones {
		for i, c := range d.Coefs {
			lo[i%p] = math.Min(lo[i%p], float64(c))
			hi[i%p] = math.Max(hi[i%p], float64(c))
		}
	}
	worst := 0.0
	for i := range orig.Diphones {
		a, b := &orig.Diphones[i], &back.Diphones[i]
		if a.Name != b.Name || a.Middle != b.Middle || a.Frames() != b.Frames() || !bytes.Equal(a.Residual, b.Residual) {
			t.Fatalf("diphone %d (%s): index or residual differ", i, a.Name)
		}
		for f := range a.Times {
			if d := math.Abs(float64(a.Times[f]-b.Times[f])) * float64(orig.SampleRate); d > 0.5+1e-3 {
				t.Fatalf("%s frame %d: pitchmark moved by %.3f samples", a.Name, f, d)
			}
		}
		for k := range a.Coefs {
			step := (hi[k%p] - lo[k%p]) / 65535
			d := math.Abs(float64(a.Coefs[k] - b.Coefs[k]))
			worst = math.Max(worst, d)
			if d > step/2+1e-6*math.Max(1, math.Abs(float64(a.Coefs[k]))) {
				t.Fatalf("%s coefficient %d: %v became %v (step %g)", a.Name, k, a.Coefs[k], b.Coefs[k], step)
			}
		}
	}
	t.Logf("largest coefficient error %.3g", worst)
}

func TestCompactRoundTrip(t *testing.T) {
	db := synthDB(t)
	data := encode(t, db)
	back, h, err := DecodeCompact(data)
	if err != nil {
		t.Fatal(err)
	}
	if h.Provenance != "test data" || h.Notice != "test notice\nline 2\n" {
		t.Errorf("header %+v", h)
	}
	checkRoundTrip(t, db, back)
	// The voice built from it must be usable.
	if _, err := LoadCompact(data); err != nil {
		t.Fatal(err)
	}
}

// TestCompactFestival converts the real database (KAL_GROUP) and compares it with the embedded
// file: the embedded payload must be exactly what the converter produces now (compared
// decompressed, as DEFLATE output may differ between Go releases), and every coefficient within
// quantization error of the original.
func TestCompactFestival(t *testing.T) {
	path := os.Getenv("KAL_GROUP")
	if path == "" {
		t.Skip("KAL_GROUP not set: it names Debian's festvox-kallpc16k database, " +
			"/usr/share/festival/voices/english/kal_diphone/group/kallpc16k.group (make test sets it)")
	}
	db, err := ReadGroupFile(path)
	if err != nil {
		t.Fatal(err)
	}
	back, h, err := DecodeCompact(kalBin)
	if err != nil {
		t.Fatal(err)
	}
	checkRoundTrip(t, db, back)
	var b bytes.Buffer
	if err := EncodeCompact(&b, db, h); err != nil {
		t.Fatal(err)
	}
	now, err := testPayload(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := testPayload(kalBin)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(now, embedded) {
		t.Errorf("converting %s gives a %d-byte payload that differs from the embedded one (%d bytes): regenerate with make kal", path, len(now), len(embedded))
	}
}

// TestEmbeddedKnownValues checks the embedded data against values read from the original
// database (first frame of uw-pau, as printed by the group reader).
func TestEmbeddedKnownValues(t *testing.T) {
	db, h, err := DecodeCompact(kalBin)
	if err != nil {
		t.Fatal(err)
	}
	if len(db.Diphones) != 1619 || db.Order != 16 || db.SampleRate != 16000 {
		t.Fatalf("%d diphones order %d rate %d", len(db.Diphones), db.Order, db.SampleRate)
	}
	if !strings.Contains(h.Provenance, "festvox-kallpc16k 2.4-1") || !strings.Contains(h.Provenance, "Chorus project") {
		t.Errorf("provenance does not state the conversion: %q", h.Provenance)
	}
	d := db.Diphones[0]
	want := []float32{2.132117, -1.784652, -0.0065, 1.697007, -1.357478, -0.657067, 2.416711, -2.014437,
		0.237964, 0.991068, -0.851887, -0.295656, 0.947884, -0.709298, 0.094219, 0.095258}
	if d.Name != "uw-pau" || d.Middle != 17 || d.Frames() != 36 || len(d.Residual) != 6066 {
		t.Fatalf("first diphone %s mid %d frames %d residual %d", d.Name, d.Middle, d.Frames(), len(d.Residual))
	}
	for j, w := range want {
		if math.Abs(float64(d.Coefs[j]-w)) > 2e-4 {
			t.Errorf("uw-pau frame 0 coefficient %d: %v, want %v", j+1, d.Coefs[j], w)
		}
	}
	if math.Abs(float64(d.Times[0])-0.0096870065) > 0.5/16000 {
		t.Errorf("uw-pau first pitchmark %v", d.Times[0])
	}
}

// TestNoticeMatchesLicenceFile: every embedded voice's header carries its LICENSES/ file
// verbatim, and Notice prints each of them under a line naming the voice.
func TestNoticeMatchesLicenceFile(t *testing.T) {
	all := Notice()
	for _, tc := range []struct{ voice, file, author string }{
		{"kal", "festvox-kallpc16k.txt", "Alan W Black and Kevin Lenzo"},
		{"ked", "festvox-kdlpc16k.txt", "Centre for Speech Technology Research"},
	} {
		want, err := os.ReadFile("../../LICENSES/" + tc.file)
		if err != nil {
			t.Fatal(err)
		}
		e, ok := findEmbedded(tc.voice)
		if !ok {
			t.Fatalf("no embedded voice %s", tc.voice)
		}
		h, err := readCompactHeader(e.data)
		if err != nil {
			t.Fatal(err)
		}
		if h.Notice != string(want) {
			t.Errorf("%s: header notice (%d bytes) differs from LICENSES/%s (%d bytes): regenerate with make %s", tc.voice, len(h.Notice), tc.file, len(want), tc.voice)
		}
		if !strings.Contains(all, "-- Voice "+tc.voice+" --\n\n"+strings.TrimSpace(string(want))+"\n") {
			t.Errorf("Notice() lacks %s's notice", tc.voice)
		}
		for _, s := range []string{tc.author, "Any modifications must be clearly marked", "DISCLAIM ALL WARRANTIES", "Chorus project", "data/" + tc.voice + ".bin"} {
			if !strings.Contains(h.Notice, s) {
				t.Errorf("%s notice lacks %q", tc.voice, s)
			}
		}
	}
}

func TestCompactTruncated(t *testing.T) {
	data := encode(t, synthDB(t))
	for n := 0; n < len(data); n++ {
		_, _, err := DecodeCompact(data[:n])
		var fe *FormatError
		if err == nil || !errors.As(err, &fe) {
			t.Fatalf("prefix of %d/%d bytes: err %v", n, len(data), err)
		}
	}
}

func TestCompactCorrupt(t *testing.T) {
	data := encode(t, synthDB(t))
	for i := 0; i < len(data); i++ {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0x5a
		db, _, err := DecodeCompact(bad)
		if i < len(compactMagic) && err == nil {
			t.Fatalf("byte %d: corrupted magic accepted", i)
		}
		if err == nil {
			// Only header text changes can survive; the rest is checksummed or validated.
			if db == nil {
				t.Fatalf("byte %d: nil database without error", i)
			}
			continue
		}
		if !errors.Is(err, ErrFormat) {
			t.Fatalf("byte %d: error %v does not wrap ErrFormat", i, err)
		}
	}
}

// TestParsePayloadErrorsNameOffsets corrupts decompressed payload fields directly.
func TestParsePayloadErrorsNameOffsets(t *testing.T) {
	payload := func() []byte {
		data := encode(t, synthDB(t))
		p, err := testPayload(data)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		name string
		off  int
		val  byte
		msg  string
	}{
		{"magic", 0, 'X', "payload magic"},
		{"order", 8, 0, "order 0"},
		{"reserved", 10, 1, "reserved"},
		{"diphones", 15, 0xff, "diphone count"},
	}
	for _, tc := range cases {
		p := payload()
		p[tc.off] = tc.val
		_, err := parsePayload(p)
		var fe *FormatError
		if err == nil || !errors.As(err, &fe) || fe.Section != "decompressed payload" || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: err %v", tc.name, err)
		}
	}
	// Trailing data and a truncated payload.
	p := payload()
	if _, err := parsePayload(append(p, 0)); err == nil || !strings.Contains(err.Error(), "trailing") {
		t.Errorf("trailing byte: %v", err)
	}
	for n := 0; n < len(p); n += 7 {
		if _, err := parsePayload(p[:n]); err == nil {
			t.Fatalf("payload prefix of %d bytes accepted", n)
		}
	}
}

// checkDatabase checks what a decoded Database promises (see Diphone): unique non-empty names,
// pitchmark times strictly increasing and positive, inside the residual, Order coefficients
// per frame, all finite, the middle frame inside the unit and a non-empty residual.
func checkDatabase(t *testing.T, db *Database) {
	t.Helper()
	if db.Order < 1 || db.Order > maxOrder || db.SampleRate <= 0 || len(db.Diphones) == 0 {
		t.Fatalf("database: order %d, rate %d, %d diphones", db.Order, db.SampleRate, len(db.Diphones))
	}
	seen := map[string]bool{}
	for i := range db.Diphones {
		d := &db.Diphones[i]
		if d.Name == "" || seen[d.Name] {
			t.Fatalf("diphone %d: empty or duplicate name %q", i, d.Name)
		}
		seen[d.Name] = true
		if d.Frames() == 0 || d.Middle < 0 || d.Middle >= d.Frames() || len(d.Coefs) != d.Frames()*db.Order || len(d.Residual) == 0 {
			t.Fatalf("%s: %d frames, middle %d, %d coefficients, %d residual bytes", d.Name, d.Frames(), d.Middle, len(d.Coefs), len(d.Residual))
		}
		prev := float32(0)
		for f, tm := range d.Times {
			if !(tm > prev) || float64(tm)*float64(db.SampleRate) >= float64(len(d.Residual)) {
				t.Fatalf("%s frame %d: pitchmark %v s not after %v s and inside the residual", d.Name, f, tm, prev)
			}
			prev = tm
		}
		for k, c := range d.Coefs {
			if !finite32(c) {
				t.Fatalf("%s coefficient %d is %v", d.Name, k, c)
			}
		}
	}
}

// FuzzDecodeCompact: anything DecodeCompact accepts is a valid database, and encoding it again
// gives a file that decodes to the same database (within the quantization checkRoundTrip
// allows) and the same header. Rejections wrap ErrFormat.
func FuzzDecodeCompact(f *testing.F) {
	f.Add(encode(f, synthDB(f)))
	f.Add([]byte(compactMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		db, h, err := DecodeCompact(data)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		checkDatabase(t, db)
		if _, err := LoadCompact(data); err != nil && !strings.Contains(err.Error(), "stable") {
			t.Fatalf("decodable file rejected by LoadCompact: %v", err)
		}
		var b bytes.Buffer
		if err := EncodeCompact(&b, db, h); err != nil {
			t.Fatalf("decoded database cannot be encoded again: %v", err)
		}
		back, h2, err := DecodeCompact(b.Bytes())
		if err != nil {
			t.Fatalf("re-encoded database does not decode: %v", err)
		}
		if h2 != h {
			t.Fatalf("header %+v became %+v", h, h2)
		}
		checkRoundTrip(t, db, back)
	})
}

// FuzzParsePayload: a payload parsePayload accepts expands to a valid database whose
// re-encoded payload parses to the same index, pitchmarks and residual, and coefficients within
// the quantization checkRoundTrip allows.
func FuzzParsePayload(f *testing.F) {
	p, err := testPayload(encode(f, synthDB(f)))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(p)
	f.Fuzz(func(t *testing.T, data []byte) {
		cf, err := parsePayload(data)
		if err != nil {
			return
		}
		db := cf.database()
		checkDatabase(t, db)
		p2, err := testPayload(encode(t, db))
		if err != nil {
			t.Fatal(err)
		}
		cf2, err := parsePayload(p2)
		if err != nil {
			t.Fatalf("re-encoded payload rejected: %v", err)
		}
		if cf2.sampleRate != cf.sampleRate || cf2.order != cf.order || !slices.Equal(cf2.units, cf.units) ||
			!slices.Equal(cf2.pms, cf.pms) || !bytes.Equal(cf2.residual, cf.residual) {
			t.Fatal("re-encoded payload differs in rate, order, index, pitchmarks or residual")
		}
		checkRoundTrip(t, db, cf2.database())
	})
}

// testPayload extracts the decompressed payload of a compact file.
func testPayload(data []byte) ([]byte, error) {
	le := binary.LittleEndian
	off := len(compactMagic)
	off += 4 + int(le.Uint32(data[off:]))
	u := le.Uint32(data[off:])
	p := make([]byte, u)
	_, err := io.ReadFull(flate.NewReader(bytes.NewReader(data[off+12:])), p)
	return p, err
}

// TestCoefficientRange: the compact format holds coefficients within ±maxCoefMagnitude. The
// encoder refuses one outside, and the decoder refuses a channel whose scale reaches outside, so
// everything it decodes can be encoded again (a channel of 900 + 65535 steps of 2000/65535
// decoded to values up to 2900, which the encoder could not store).
func TestCoefficientRange(t *testing.T) {
	db := synthDB(t)
	db.Diphones[0].Coefs[0] = maxCoefMagnitude + 1
	var b bytes.Buffer
	if err := EncodeCompact(&b, db, CompactHeader{}); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Errorf("encoding a coefficient of %d: %v", maxCoefMagnitude+1, err)
	}
	// Exactly at the limit is fine, and decodes to within the range.
	db = synthDB(t)
	db.Diphones[0].Coefs[0] = maxCoefMagnitude
	back, _, err := DecodeCompact(encode(t, db))
	if err != nil {
		t.Fatalf("a coefficient at the limit: %v", err)
	}
	checkDatabase(t, back)

	p, err := testPayload(encode(t, synthDB(t)))
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	le.PutUint32(p[24:], math.Float32bits(900))
	le.PutUint32(p[28:], math.Float32bits(2000.0/65535))
	if _, err := parsePayload(p); err == nil || !strings.Contains(err.Error(), "coefficient 1 scale") {
		t.Errorf("a channel reaching 2900: %v", err)
	}
}
