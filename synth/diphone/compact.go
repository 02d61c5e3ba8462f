package diphone

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"strings"
)

// The compact format ("kal.bin") is Chorus's own encoding of a diphone database, small enough to
// embed in the binary. All integers are little-endian.
//
//	0   8 bytes  magic "CHKALv1\n"
//	8   uint32   H, length of the header text (≤ 64 KiB)
//	12  H bytes  UTF-8 header: provenance, then a line "----", then the licence notice
//	    uint32   U, size of the payload after decompression
//	    uint32   CRC-32 (IEEE) of the decompressed payload
//	    uint32   C, size of the compressed payload; the C bytes (raw DEFLATE) end the file
//
// Payload:
//
//	"KALP", uint32 sample rate, uint16 order p, uint16 zero, uint32 diphones D, uint32 frames F,
//	uint32 residual bytes R,
//	p × (float32 min, float32 step): coefficient j of a frame is min_j + q·step_j,
//	D × (uint8 name length, name, uint16 frames, uint16 middle frame, uint32 residual bytes),
//	F × uint16 pitchmark sample position within its diphone's residual,
//	F·p × uint16 quantized predictor coefficients q, frame-major,
//	R bytes of G.711 µ-law residual, diphones in order.
const compactMagic = "CHKALv1\n"

const (
	maxHeaderText = 1 << 16
	maxPayload    = 64 << 20
	headerSep     = "\n----\n"
)

// CompactHeader is the text stored at the start of a compact file.
type CompactHeader struct {
	Provenance string // what the data is and how it was converted
	Notice     string // the original licence notice, verbatim
}

// EncodeCompact writes db in the compact format. Coefficients are quantized to 16 bits per
// channel over the channel's range; pitchmarks are rounded to whole samples; the µ-law
// residual is copied unchanged.
func EncodeCompact(w io.Writer, db *Database, h CompactHeader) error {
	if db == nil || len(db.Diphones) == 0 || db.Order < 1 || db.Order > maxOrder || db.SampleRate <= 0 {
		return errors.New("diphone: encode: empty or invalid database")
	}
	if strings.Contains(h.Provenance, headerSep) {
		return errors.New("diphone: encode: provenance text contains the separator line")
	}
	text := h.Provenance + headerSep + h.Notice
	if len(text) > maxHeaderText {
		return fmt.Errorf("diphone: encode: header text of %d bytes exceeds %d", len(text), maxHeaderText)
	}
	p := db.Order
	mins := make([]float64, p)
	maxs := make([]float64, p)
	for j := range mins {
		mins[j], maxs[j] = math.Inf(1), math.Inf(-1)
	}
	nf, nr := 0, 0
	for i := range db.Diphones {
		d := &db.Diphones[i]
		if len(d.Name) == 0 || len(d.Name) > 255 || d.Frames() == 0 || d.Frames() > 65535 ||
			len(d.Coefs) != d.Frames()*p || d.Middle < 0 || d.Middle >= d.Frames() || len(d.Residual) == 0 {
			return fmt.Errorf("diphone: encode: diphone %d (%q) is invalid", i, d.Name)
		}
		for f, c := range d.Coefs {
			j := f % p
			if !(math.Abs(float64(c)) <= maxCoefMagnitude) {
				return fmt.Errorf("diphone: encode: diphone %d (%q): coefficient %v outside ±%d", i, d.Name, c, maxCoefMagnitude)
			}
			mins[j] = math.Min(mins[j], float64(c))
			maxs[j] = math.Max(maxs[j], float64(c))
		}
		nf += d.Frames()
		nr += len(d.Residual)
	}
	var pl bytes.Buffer
	le := binary.LittleEndian
	put := func(v any) { _ = binary.Write(&pl, le, v) }
	pl.WriteString("KALP")
	put(uint32(db.SampleRate))
	put(uint16(p))
	put(uint16(0))
	put(uint32(len(db.Diphones)))
	put(uint32(nf))
	put(uint32(nr))
	steps := make([]float64, p)
	for j := 0; j < p; j++ {
		steps[j] = (maxs[j] - mins[j]) / 65535
		if steps[j] == 0 {
			steps[j] = 1e-6 // a constant channel: any positive step decodes it exactly
		}
		min32, step32 := float32(mins[j]), float32(steps[j])
		// Rounding the step to float32 must not carry the channel's top past the range the
		// decoder accepts (the quantized top value then clamps to 65535, a fraction of a step low).
		for float64(min32)+65535*float64(step32) > maxCoefMagnitude {
			step32 = math.Nextafter32(step32, 0)
		}
		put(min32)
		put(step32)
		// Use the float32 values actually stored, so decoding reproduces our rounding.
		mins[j], steps[j] = float64(min32), float64(step32)
	}
	for i := range db.Diphones {
		d := &db.Diphones[i]
		pl.WriteByte(byte(len(d.Name)))
		pl.WriteString(d.Name)
		put(uint16(d.Frames()))
		put(uint16(d.Middle))
		put(uint32(len(d.Residual)))
	}
	for i := range db.Diphones {
		d := &db.Diphones[i]
		for _, t := range d.Times {
			s := math.Round(float64(t) * float64(db.SampleRate))
			if s < 1 || s >= float64(len(d.Residual)) || s > 65535 {
				return fmt.Errorf("diphone: encode: %s: pitchmark %v s outside its residual", d.Name, t)
			}
			put(uint16(s))
		}
	}
	for i := range db.Diphones {
		for f, c := range db.Diphones[i].Coefs {
			j := f % p
			q := math.Round((float64(c) - mins[j]) / steps[j])
			put(uint16(min(max(q, 0), 65535)))
		}
	}
	for i := range db.Diphones {
		pl.Write(db.Diphones[i].Residual)
	}
	payload := pl.Bytes()
	var comp bytes.Buffer
	fw, err := flate.NewWriter(&comp, flate.BestCompression)
	if err != nil {
		return fmt.Errorf("diphone: encode: %w", err)
	}
	if _, err := fw.Write(payload); err != nil {
		return fmt.Errorf("diphone: encode: %w", err)
	}
	if err := fw.Close(); err != nil {
		return fmt.Errorf("diphone: encode: %w", err)
	}
	var out bytes.Buffer
	out.WriteString(compactMagic)
	_ = binary.Write(&out, le, uint32(len(text)))
	out.WriteString(text)
	_ = binary.Write(&out, le, uint32(len(payload)))
	_ = binary.Write(&out, le, crc32.ChecksumIEEE(payload))
	_ = binary.Write(&out, le, uint32(comp.Len()))
	out.Write(comp.Bytes())
	if _, err := w.Write(out.Bytes()); err != nil {
		return fmt.Errorf("diphone: encode: %w", err)
	}
	return nil
}

// compactFile is the decoded, still quantized content of a compact file.
type compactFile struct {
	header     CompactHeader
	sampleRate int
	order      int
	mins       []float32
	steps      []float32
	units      []compactUnit
	pms        []uint16 // per frame, all diphones
	coefs      []uint16 // per frame × order
	residual   []byte
}

type compactUnit struct {
	name         string
	frame0, nf   int
	middle       int
	res0, resLen int
}

func payloadErr(off int, format string, args ...any) error {
	return &FormatError{Section: "decompressed payload", Offset: int64(off), Msg: fmt.Sprintf(format, args...)}
}

// readCompactHeader returns the header text of a compact file without decoding the payload.
func readCompactHeader(data []byte) (CompactHeader, error) {
	if len(data) < len(compactMagic)+4 || string(data[:len(compactMagic)]) != compactMagic {
		return CompactHeader{}, formatErr(0, "not a compact diphone file")
	}
	off := len(compactMagic)
	h := int(binary.LittleEndian.Uint32(data[off:]))
	off += 4
	if h > maxHeaderText || h > len(data)-off {
		return CompactHeader{}, formatErr(int64(off-4), "header text length %d exceeds the file", h)
	}
	prov, notice, ok := strings.Cut(string(data[off:off+h]), headerSep)
	if !ok {
		return CompactHeader{}, formatErr(int64(off), "header text lacks the notice separator")
	}
	return CompactHeader{Provenance: prov, Notice: notice}, nil
}

// decodeCompact parses and validates a compact file held in memory.
func decodeCompact(data []byte) (*compactFile, error) {
	le := binary.LittleEndian
	if len(data) < len(compactMagic)+4 {
		return nil, formatErr(int64(len(data)), "truncated: file of %d bytes is shorter than the header", len(data))
	}
	if string(data[:len(compactMagic)]) != compactMagic {
		return nil, formatErr(0, "bad magic %q, want %q", data[:len(compactMagic)], compactMagic)
	}
	off := len(compactMagic)
	h := int(le.Uint32(data[off:]))
	if h > maxHeaderText {
		return nil, formatErr(int64(off), "header text length %d exceeds %d", h, maxHeaderText)
	}
	off += 4
	if len(data)-off < h+12 {
		return nil, formatErr(int64(len(data)), "truncated: header text of %d bytes and sizes need %d bytes from offset %d", h, h+12, off)
	}
	text := string(data[off : off+h])
	prov, notice, ok := strings.Cut(text, headerSep)
	if !ok {
		return nil, formatErr(int64(off), "header text lacks the notice separator")
	}
	off += h
	u := int64(le.Uint32(data[off:]))
	sum := le.Uint32(data[off+4:])
	c := int64(le.Uint32(data[off+8:]))
	if u > maxPayload {
		return nil, formatErr(int64(off), "payload size %d exceeds %d", u, maxPayload)
	}
	off += 12
	if c != int64(len(data)-off) {
		return nil, formatErr(int64(off-4), "compressed size %d, but %d bytes follow", c, len(data)-off)
	}
	fr := flate.NewReader(bytes.NewReader(data[off:]))
	payload := make([]byte, u)
	if n, err := io.ReadFull(fr, payload); err != nil {
		return nil, formatErr(int64(off), "compressed payload: %v after %d of %d bytes", err, n, u)
	}
	var one [1]byte
	if n, _ := fr.Read(one[:]); n != 0 {
		return nil, formatErr(int64(off), "compressed payload longer than the stated %d bytes", u)
	}
	if crc32.ChecksumIEEE(payload) != sum {
		return nil, formatErr(int64(off-8), "payload checksum mismatch")
	}
	cf, err := parsePayload(payload)
	if err != nil {
		return nil, err
	}
	cf.header = CompactHeader{Provenance: prov, Notice: notice}
	return cf, nil
}

func parsePayload(p []byte) (*compactFile, error) {
	le := binary.LittleEndian
	need := func(off, n int, what string) error {
		if n < 0 || off+n > len(p) {
			return payloadErr(len(p), "truncated: %s needs %d bytes at offset %d", what, n, off)
		}
		return nil
	}
	if err := need(0, 24, "header"); err != nil {
		return nil, err
	}
	if string(p[:4]) != "KALP" {
		return nil, payloadErr(0, "bad payload magic %q", p[:4])
	}
	cf := &compactFile{}
	cf.sampleRate = int(le.Uint32(p[4:]))
	cf.order = int(le.Uint16(p[8:]))
	nd := int(le.Uint32(p[12:]))
	nf := int(le.Uint32(p[16:]))
	nr := int(le.Uint32(p[20:]))
	switch {
	case cf.sampleRate < 4000 || cf.sampleRate > 96000:
		return nil, payloadErr(4, "sample rate %d", cf.sampleRate)
	case cf.order < 1 || cf.order > maxOrder:
		return nil, payloadErr(8, "order %d not in 1..%d", cf.order, maxOrder)
	case le.Uint16(p[10:]) != 0:
		return nil, payloadErr(10, "reserved field is not zero")
	case nd < 1 || nd > maxEntries:
		return nil, payloadErr(12, "diphone count %d not in 1..%d", nd, maxEntries)
	case nf < nd || nf > len(p)/2:
		return nil, payloadErr(16, "frame count %d impossible for %d diphones in %d bytes", nf, nd, len(p))
	case nr < nd || nr > len(p):
		return nil, payloadErr(20, "residual size %d impossible", nr)
	}
	off := 24
	if err := need(off, 8*cf.order, "coefficient scales"); err != nil {
		return nil, err
	}
	cf.mins = make([]float32, cf.order)
	cf.steps = make([]float32, cf.order)
	for j := 0; j < cf.order; j++ {
		cf.mins[j] = math.Float32frombits(le.Uint32(p[off:]))
		cf.steps[j] = math.Float32frombits(le.Uint32(p[off+4:]))
		// Every value the channel can decode to, min up to min + 65535·step, lies within
		// ±maxCoefMagnitude, so a decoded database can always be encoded again.
		if !finite32(cf.mins[j]) || !finite32(cf.steps[j]) || cf.steps[j] <= 0 ||
			math.Abs(float64(cf.mins[j])) > maxCoefMagnitude || float64(cf.steps[j])*65535 > 2*maxCoefMagnitude ||
			float64(cf.mins[j])+float64(cf.steps[j])*65535 > maxCoefMagnitude {
			return nil, payloadErr(off, "coefficient %d scale (min %v, step %v) out of range", j+1, cf.mins[j], cf.steps[j])
		}
		off += 8
	}
	cf.units = make([]compactUnit, nd)
	seen := make(map[string]bool, nd)
	frames, res := 0, 0
	for i := range cf.units {
		if err := need(off, 1, "diphone name length"); err != nil {
			return nil, err
		}
		n := int(p[off])
		if n == 0 {
			return nil, payloadErr(off, "diphone %d: empty name", i)
		}
		if err := need(off+1, n+8, "diphone entry"); err != nil {
			return nil, err
		}
		name := string(p[off+1 : off+1+n])
		if seen[name] {
			return nil, payloadErr(off+1, "diphone %d: duplicate name %q", i, name)
		}
		seen[name] = true
		e := off + 1 + n
		u := compactUnit{name: name, frame0: frames, nf: int(le.Uint16(p[e:])), middle: int(le.Uint16(p[e+2:])),
			res0: res, resLen: int(le.Uint32(p[e+4:]))}
		if u.nf < 1 || u.middle >= u.nf {
			return nil, payloadErr(e, "diphone %q: %d frames, middle frame %d", name, u.nf, u.middle)
		}
		if u.resLen < 1 || u.resLen > nr-res {
			return nil, payloadErr(e+4, "diphone %q: residual of %d bytes exceeds the %d left", name, u.resLen, nr-res)
		}
		frames += u.nf
		res += u.resLen
		if frames > nf {
			return nil, payloadErr(e, "diphone %q: frames exceed the stated total %d", name, nf)
		}
		cf.units[i] = u
		off = e + 8
	}
	if frames != nf || res != nr {
		return nil, payloadErr(off, "index sums to %d frames / %d residual bytes, header says %d / %d", frames, res, nf, nr)
	}
	if err := need(off, 2*nf+2*nf*cf.order+nr, "frame and residual data"); err != nil {
		return nil, err
	}
	if off+2*nf+2*nf*cf.order+nr != len(p) {
		return nil, payloadErr(off+2*nf+2*nf*cf.order+nr, "%d bytes of trailing data", len(p)-(off+2*nf+2*nf*cf.order+nr))
	}
	cf.pms = make([]uint16, nf)
	for i := range cf.pms {
		cf.pms[i] = le.Uint16(p[off+2*i:])
	}
	for _, u := range cf.units {
		prev := uint16(0)
		for f := u.frame0; f < u.frame0+u.nf; f++ {
			if cf.pms[f] <= prev || int(cf.pms[f]) >= u.resLen {
				return nil, payloadErr(off+2*f, "diphone %q frame %d: pitchmark %d not after %d and inside the %d-sample residual", u.name, f-u.frame0, cf.pms[f], prev, u.resLen)
			}
			prev = cf.pms[f]
		}
	}
	off += 2 * nf
	cf.coefs = make([]uint16, nf*cf.order)
	for i := range cf.coefs {
		cf.coefs[i] = le.Uint16(p[off+2*i:])
	}
	off += 2 * nf * cf.order
	cf.residual = p[off:]
	return cf, nil
}

func finite32(v float32) bool { return !math.IsNaN(float64(v)) && !math.IsInf(float64(v), 0) }

// coef returns the dequantized predictor coefficient j of global frame f.
func (cf *compactFile) coef(f, j int) float32 {
	return cf.mins[j] + float32(cf.coefs[f*cf.order+j])*cf.steps[j]
}

// database expands the compact file into a Database (coefficients dequantized).
func (cf *compactFile) database() *Database {
	db := &Database{SampleRate: cf.sampleRate, Order: cf.order, Diphones: make([]Diphone, len(cf.units))}
	for i, u := range cf.units {
		d := Diphone{Name: u.name, Middle: u.middle, Times: make([]float32, u.nf), Coefs: make([]float32, u.nf*cf.order),
			Residual: cf.residual[u.res0 : u.res0+u.resLen]}
		for f := 0; f < u.nf; f++ {
			d.Times[f] = float32(cf.pms[u.frame0+f]) / float32(cf.sampleRate)
			for j := 0; j < cf.order; j++ {
				d.Coefs[f*cf.order+j] = cf.coef(u.frame0+f, j)
			}
		}
		db.Diphones[i] = d
	}
	return db
}

// DecodeCompact reads a compact file held in memory into a Database (coefficients dequantized)
// and its header. Errors are *FormatError values naming the offset.
func DecodeCompact(data []byte) (*Database, CompactHeader, error) {
	cf, err := decodeCompact(data)
	if err != nil {
		return nil, CompactHeader{}, err
	}
	return cf.database(), cf.header, nil
}
