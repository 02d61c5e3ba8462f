package diphone

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrFormat is wrapped by every error reporting malformed diphone data.
var ErrFormat = errors.New("diphone: malformed data")

// FormatError reports malformed data at a byte offset, in a named file when known.
type FormatError struct {
	File    string // base name of the file, or "" when reading from memory
	Section string // "" for the file itself, or the decoded section the offset refers to
	Offset  int64  // byte offset of the problem
	Msg     string
}

func (e *FormatError) Error() string {
	where := "offset"
	if e.Section != "" {
		where = e.Section + " offset"
	}
	if e.File != "" {
		return fmt.Sprintf("diphone: %s: %s %d: %s", e.File, where, e.Offset, e.Msg)
	}
	return fmt.Sprintf("diphone: %s %d: %s", where, e.Offset, e.Msg)
}

// Unwrap lets errors.Is(err, ErrFormat) match.
func (e *FormatError) Unwrap() error { return ErrFormat }

func formatErr(off int64, format string, args ...any) error {
	return &FormatError{Offset: off, Msg: fmt.Sprintf(format, args...)}
}

// Diphone is one unit of a diphone database: a run of pitch-synchronous LPC frames and the
// residual that excites them. Times are in seconds from the residual's first sample.
type Diphone struct {
	Name     string
	Times    []float32 // pitchmark time of each frame, strictly increasing, > 0
	Coefs    []float32 // len(Times)*Order predictor coefficients a1..ap, frame-major
	Middle   int       // frame index at the boundary between the two half-phones
	Residual []byte    // G.711 µ-law residual at the database's sample rate
}

// Frames is the number of LPC frames.
func (d *Diphone) Frames() int { return len(d.Times) }

// Database is a whole diphone database.
type Database struct {
	SampleRate int
	Order      int // LPC order (predictor coefficients per frame)
	Diphones   []Diphone
	// Duplicates names the index entries skipped because an earlier entry has the same name
	// (the first one is kept). Festival's ked database lists hh-iy twice.
	Duplicates []string
}

// Limits applied while reading, to reject absurd input before allocating for it.
const (
	maxEntries       = 100000
	maxFrames        = 4096
	maxOrder         = 64
	maxLine          = 4096
	maxTrackHeader   = 1 << 16
	maxCoefMagnitude = 1000
)

// ReadGroupFile reads a Festival grouped diphone file (e.g. kallpc16k.group); errors name the file.
func ReadGroupFile(path string) (*Database, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("diphone: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("diphone: %w", err)
	}
	db, err := ReadGroup(f, st.Size())
	if err != nil {
		var fe *FormatError
		if errors.As(err, &fe) {
			fe.File = filepath.Base(path)
		}
		return nil, err
	}
	return db, nil
}

// lineReader reads newline-terminated ASCII lines and tracks the offset of each line.
type lineReader struct {
	br  *bufio.Reader
	off int64 // offset of the next unread byte
}

func newLineReader(r io.ReaderAt, start, size int64) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(io.NewSectionReader(r, start, size-start), 4096), off: start}
}

// next returns the next line without its newline and the line's starting offset.
func (l *lineReader) next() (string, int64, error) {
	start := l.off
	var buf []byte
	for {
		frag, err := l.br.ReadSlice('\n')
		buf = append(buf, frag...)
		l.off += int64(len(frag))
		if len(buf) > maxLine {
			return "", start, formatErr(start, "line longer than %d bytes", maxLine)
		}
		if err == nil {
			return string(buf[:len(buf)-1]), start, nil
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if errors.Is(err, io.EOF) {
			return "", start, formatErr(l.off, "truncated: unexpected end of file in text line")
		}
		return "", start, fmt.Errorf("diphone: read at offset %d: %w", l.off, err)
	}
}

// ReadGroup reads a Festival grouped diphone database ("EST_File index", DataFormat grouped,
// est_binary LPC tracks and µ-law snd residuals) of size bytes. It validates every field and
// returns a *FormatError naming the offset of the first problem.
func ReadGroup(r io.ReaderAt, size int64) (*Database, error) {
	if size <= 0 {
		return nil, formatErr(0, "empty file")
	}
	lr := newLineReader(r, 0, size)
	first, off, err := lr.next()
	if err != nil {
		return nil, err
	}
	if first != "EST_File index" {
		return nil, formatErr(off, "not an EST index file (first line %q)", clip(first))
	}
	hdr := map[string]string{}
	for {
		line, off, err := lr.next()
		if err != nil {
			return nil, err
		}
		if line == "EST_Header_End" {
			break
		}
		k, v, ok := strings.Cut(line, " ")
		if !ok || k == "" {
			return nil, formatErr(off, "bad header line %q", clip(line))
		}
		if _, dup := hdr[k]; dup {
			return nil, formatErr(off, "duplicate header key %q", k)
		}
		hdr[k] = strings.TrimSpace(v)
	}
	want := map[string]string{
		"DataType":          "ascii",
		"DataFormat":        "grouped",
		"track_file_format": "est_binary",
		"sig_file_format":   "snd",
	}
	for k, v := range want {
		if hdr[k] != v {
			return nil, formatErr(0, "index header %s is %q, want %q", k, hdr[k], v)
		}
	}
	n, err := strconv.Atoi(hdr["NumEntries"])
	if err != nil || n <= 0 || n > maxEntries {
		return nil, formatErr(0, "index header NumEntries %q is not in 1..%d", hdr["NumEntries"], maxEntries)
	}
	type entry struct {
		name             string
		track, wave, mid int64
		lineOff          int64
		dup              bool // an earlier entry has this name: skipped
	}
	entries := make([]entry, 0, n)
	seen := make(map[string]bool, n)
	for i := 0; i < n; i++ {
		line, off, err := lr.next()
		if err != nil {
			return nil, err
		}
		f := strings.Split(line, " ")
		if len(f) != 4 {
			return nil, formatErr(off, "index entry %d: want 4 fields, got %q", i, clip(line))
		}
		if f[0] == "" {
			return nil, formatErr(off, "index entry %d: empty name", i)
		}
		dup := seen[f[0]]
		seen[f[0]] = true
		e := entry{name: f[0], lineOff: off, dup: dup}
		for j, p := range []*int64{&e.track, &e.wave, &e.mid} {
			v, err := strconv.ParseInt(f[j+1], 10, 64)
			if err != nil || v < 0 || v >= size {
				return nil, formatErr(off, "index entry %d (%s): field %d %q is not an integer in [0,%d)", i, f[0], j+2, clip(f[j+1]), size)
			}
			*p = v
		}
		entries = append(entries, e)
	}
	base := lr.off
	db := &Database{}
	for i, e := range entries {
		if e.dup {
			db.Duplicates = append(db.Duplicates, e.name)
			continue
		}
		d, sr, order, err := readUnit(r, size, base, e.name, e.track, e.wave, int(e.mid))
		if err != nil {
			return nil, err
		}
		if i == 0 {
			db.SampleRate, db.Order = sr, order
		} else if sr != db.SampleRate || order != db.Order {
			return nil, formatErr(base+e.track, "diphone %s: rate %d order %d differ from the first unit's %d/%d", e.name, sr, order, db.SampleRate, db.Order)
		}
		db.Diphones = append(db.Diphones, d)
	}
	return db, nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// readUnit reads one diphone's track and residual blobs.
func readUnit(r io.ReaderAt, size, base int64, name string, trackOff, waveOff int64, mid int) (Diphone, int, int, error) {
	d := Diphone{Name: name, Middle: mid}
	ts := base + trackOff
	ws := base + waveOff
	if ts >= size || ws >= size || ws <= ts {
		return d, 0, 0, formatErr(ts, "diphone %s: track offset %d / residual offset %d out of order or past end of file (size %d)", name, ts, ws, size)
	}
	lr := newLineReader(r, ts, ws)
	first, off, err := lr.next()
	if err != nil {
		return d, 0, 0, fmt.Errorf("diphone %s track: %w", name, err)
	}
	if first != "EST_File Track" {
		return d, 0, 0, formatErr(off, "diphone %s: track does not start with EST_File Track", name)
	}
	hdr := map[string]string{}
	for {
		line, off, err := lr.next()
		if err != nil {
			return d, 0, 0, fmt.Errorf("diphone %s track header: %w", name, err)
		}
		if lr.off-ts > maxTrackHeader {
			return d, 0, 0, formatErr(off, "diphone %s: track header longer than %d bytes", name, maxTrackHeader)
		}
		if line == "EST_Header_End" {
			break
		}
		if line == "" {
			continue
		}
		k, v, _ := strings.Cut(line, " ")
		hdr[k] = strings.TrimSpace(v)
	}
	data := lr.off
	if hdr["DataType"] != "binary" {
		return d, 0, 0, formatErr(ts, "diphone %s: track DataType %q, want binary", name, hdr["DataType"])
	}
	var bo binary.ByteOrder
	switch hdr["ByteOrder"] {
	case "01":
		bo = binary.LittleEndian
	case "10":
		bo = binary.BigEndian
	default:
		return d, 0, 0, formatErr(ts, "diphone %s: track ByteOrder %q, want 01 or 10", name, hdr["ByteOrder"])
	}
	if _, ok := hdr["EqualSpace"]; ok && hdr["EqualSpace"] != "0" && hdr["EqualSpace"] != "false" {
		return d, 0, 0, formatErr(ts, "diphone %s: equally spaced tracks are not supported", name)
	}
	if hdr["BreaksPresent"] != "true" {
		return d, 0, 0, formatErr(ts, "diphone %s: track BreaksPresent %q, want true", name, hdr["BreaksPresent"])
	}
	nf, err := strconv.Atoi(hdr["NumFrames"])
	if err != nil || nf < 1 || nf > maxFrames {
		return d, 0, 0, formatErr(ts, "diphone %s: NumFrames %q not in 1..%d", name, hdr["NumFrames"], maxFrames)
	}
	nc, err := strconv.Atoi(hdr["NumChannels"])
	if err != nil || nc < 2 || nc > maxOrder+1 {
		return d, 0, 0, formatErr(ts, "diphone %s: NumChannels %q not in 2..%d", name, hdr["NumChannels"], maxOrder+1)
	}
	if mid < 0 || mid >= nf {
		return d, 0, 0, formatErr(ts, "diphone %s: middle frame %d not in [0,%d)", name, mid, nf)
	}
	order := nc - 1
	rowBytes := int64(2+nc) * 4
	end := data + int64(nf)*rowBytes
	if end != ws {
		return d, 0, 0, formatErr(data, "diphone %s: %d frames of %d channels end at %d, but the residual starts at %d", name, nf, nc, end, ws)
	}
	raw := make([]byte, end-data)
	if err := readFull(r, raw, data, size); err != nil {
		return d, 0, 0, err
	}
	d.Times = make([]float32, nf)
	d.Coefs = make([]float32, nf*order)
	prev := float32(0)
	for i := 0; i < nf; i++ {
		row := raw[int64(i)*rowBytes:]
		at := data + int64(i)*rowBytes
		t := math.Float32frombits(bo.Uint32(row))
		if !(t > prev) || math.IsInf(float64(t), 0) {
			return d, 0, 0, formatErr(at, "diphone %s frame %d: time %v not finite and after %v", name, i, t, prev)
		}
		prev = t
		d.Times[i] = t
		if br := math.Float32frombits(bo.Uint32(row[4:])); br != 1 {
			return d, 0, 0, formatErr(at+4, "diphone %s frame %d: break flag %v (breaks are not supported)", name, i, br)
		}
		for c := 0; c < nc; c++ {
			v := math.Float32frombits(bo.Uint32(row[8+4*c:]))
			if v != v || math.Abs(float64(v)) > maxCoefMagnitude && c > 0 || math.IsInf(float64(v), 0) {
				return d, 0, 0, formatErr(at+8+4*int64(c), "diphone %s frame %d: channel %d value %v out of range", name, i, c, v)
			}
			if c > 0 {
				d.Coefs[i*order+c-1] = v
			}
		}
	}
	// Residual: Sun .au header, big-endian.
	var h [24]byte
	if err := readFull(r, h[:], ws, size); err != nil {
		return d, 0, 0, err
	}
	if string(h[:4]) != ".snd" {
		return d, 0, 0, formatErr(ws, "diphone %s: residual lacks .snd magic", name)
	}
	hsize := int64(binary.BigEndian.Uint32(h[4:]))
	dsize := int64(binary.BigEndian.Uint32(h[8:]))
	enc := binary.BigEndian.Uint32(h[12:])
	sr := int(binary.BigEndian.Uint32(h[16:]))
	ch := binary.BigEndian.Uint32(h[20:])
	switch {
	case hsize < 24 || hsize > 1<<16:
		return d, 0, 0, formatErr(ws+4, "diphone %s: residual header size %d", name, hsize)
	case enc != 1:
		return d, 0, 0, formatErr(ws+12, "diphone %s: residual encoding %d, want 1 (µ-law)", name, enc)
	case sr < 4000 || sr > 96000:
		return d, 0, 0, formatErr(ws+16, "diphone %s: residual sample rate %d", name, sr)
	case ch != 1:
		return d, 0, 0, formatErr(ws+20, "diphone %s: residual has %d channels, want 1", name, ch)
	case dsize < 1 || ws+hsize+dsize > size:
		return d, 0, 0, formatErr(ws+8, "diphone %s: residual of %d bytes at %d runs past end of file (size %d)", name, dsize, ws+hsize, size)
	}
	last := int64(math.Round(float64(d.Times[nf-1]) * float64(sr)))
	if last >= dsize {
		return d, 0, 0, formatErr(ws+8, "diphone %s: residual of %d samples ends before the last pitchmark (sample %d)", name, dsize, last)
	}
	d.Residual = make([]byte, dsize)
	if err := readFull(r, d.Residual, ws+hsize, size); err != nil {
		return d, 0, 0, err
	}
	return d, sr, order, nil
}

func readFull(r io.ReaderAt, p []byte, off, size int64) error {
	if off+int64(len(p)) > size {
		return formatErr(off, "truncated: need %d bytes, file ends at %d", len(p), size)
	}
	n, err := r.ReadAt(p, off)
	if n == len(p) {
		return nil
	}
	if err == nil || errors.Is(err, io.EOF) {
		return formatErr(off+int64(n), "truncated: unexpected end of data")
	}
	return fmt.Errorf("diphone: read at offset %d: %w", off, err)
}

// muLawTable decodes G.711 µ-law bytes to linear values in ±32124.
var muLawTable = func() (t [256]int16) {
	for i := range t {
		u := ^byte(i)
		exp := (u >> 4) & 7
		mant := int32(u & 15)
		mag := ((mant<<3)+132)<<exp - 132
		if u&0x80 != 0 {
			mag = -mag
		}
		t[i] = int16(mag)
	}
	return t
}()

// MuLawDecode returns the linear value of a G.711 µ-law byte.
func MuLawDecode(b byte) int16 { return muLawTable[b] }
