package hts

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

// The embedded file ("slt.htsv") wraps an unmodified .htsvoice file with a text header:
//
//	0   8 bytes  magic "CHHTSv1\n"
//	8   uint32   H, length of the header text (little-endian, ≤ 64 KiB)
//	12  H bytes  UTF-8: provenance, a line "----", then the licence notice
//	    the .htsvoice file, to the end
//
// The voice format itself is read directly (Parse), so any .htsvoice file of the same kind can
// be loaded; the wrapper only carries what the licence asks to ship with the data.
const (
	wrapMagic     = "CHHTSv1\n"
	maxHeaderText = 1 << 16
	headerSep     = "\n----\n"
)

//go:embed data/slt.htsv
var sltData []byte

// Header is the text stored in front of an embedded voice.
type Header struct {
	Provenance string
	Notice     string
}

// EncodeWrapped writes the wrapper around a .htsvoice file. voice is checked with Parse first.
func EncodeWrapped(w io.Writer, voice []byte, h Header) error {
	if _, err := Parse(voice); err != nil {
		return err
	}
	if strings.Contains(h.Provenance, headerSep) {
		return errors.New("hts: provenance contains the separator line")
	}
	text := h.Provenance + headerSep + h.Notice
	if len(text) > maxHeaderText {
		return fmt.Errorf("hts: header text of %d bytes exceeds %d", len(text), maxHeaderText)
	}
	var n [4]byte
	binary.LittleEndian.PutUint32(n[:], uint32(len(text)))
	for _, b := range [][]byte{[]byte(wrapMagic), n[:], []byte(text), voice} {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// unwrap splits a wrapped file into its header and the .htsvoice bytes.
func unwrap(data []byte) (Header, []byte, error) {
	if len(data) < len(wrapMagic)+4 || string(data[:len(wrapMagic)]) != wrapMagic {
		return Header{}, nil, errors.New("hts: not a wrapped voice (bad magic)")
	}
	n := int(binary.LittleEndian.Uint32(data[len(wrapMagic):]))
	start := len(wrapMagic) + 4
	if n > maxHeaderText || n > len(data)-start {
		return Header{}, nil, fmt.Errorf("hts: wrapped voice: header length %d does not fit", n)
	}
	text := string(data[start : start+n])
	prov, notice, ok := strings.Cut(text, headerSep)
	if !ok {
		return Header{}, nil, errors.New("hts: wrapped voice: header has no separator line")
	}
	return Header{Provenance: prov, Notice: notice}, data[start+n:], nil
}

// LoadWrapped reads a wrapped voice.
func LoadWrapped(data []byte) (*Voice, Header, error) {
	h, raw, err := unwrap(data)
	if err != nil {
		return nil, Header{}, err
	}
	v, err := Parse(raw)
	if err != nil {
		return nil, Header{}, err
	}
	return v, h, nil
}

// Slt returns the embedded slt voice. It is parsed on first use (once per process) and shared,
// read-only, by every vocoder.
func Slt() (*Voice, error) { return slt() }

var slt = sync.OnceValues(func() (*Voice, error) {
	v, _, err := LoadWrapped(sltData)
	if err != nil {
		return nil, fmt.Errorf("embedded slt voice: %w", err)
	}
	return v, nil
})

// Notice returns the licence notice of the embedded slt voice data.
func Notice() string {
	h, _, err := unwrap(sltData)
	if err != nil {
		return ""
	}
	return h.Notice
}
