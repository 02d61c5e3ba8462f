package httpapi

import (
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/chorus-tts/chorus/synth/audio"
)

// encoder turns 16-bit little-endian mono PCM into one response format, writing to the
// destination it was opened on as it goes.
type encoder interface {
	// Write encodes PCM samples (two bytes each); it may keep some for the next frame.
	Write(pcm []byte) error
	// Close writes what is left and ends the stream.
	Close() error
}

// format is one value of response_format.
type format struct {
	name        string
	contentType string
	// rates names the sample rates the format takes, for messages; rateOK checks one.
	rates  string
	rateOK func(int) bool
	// open starts encoding audio at rate into w; nil when this build has no encoder.
	open func(w io.Writer, rate int) (encoder, error)
}

func anyRate(r int) bool { return r >= audio.MinSampleRate && r <= audio.MaxSampleRate }

// formatNames lists response_format's values in OpenAI's order.
var formatNames = []string{"mp3", "opus", "aac", "flac", "wav", "pcm"}

// formats are the response formats; those without an encoder in this build answer 400.
func formats() map[string]*format {
	m := map[string]*format{
		"wav": {name: "wav", contentType: "audio/wav", rates: "8000–48000 Hz", rateOK: anyRate, open: openWAV},
		"pcm": {name: "pcm", contentType: "audio/pcm", rates: "8000–48000 Hz", rateOK: anyRate, open: openPCM},
	}
	for _, f := range extraFormats() {
		m[f.name] = f
	}
	return m
}

// defaultFormat is OpenAI's default, mp3, when this build can encode it; wav otherwise.
func defaultFormat(m map[string]*format) string {
	if f := m["mp3"]; f != nil && f.open != nil {
		return "mp3"
	}
	return "wav"
}

// lookupFormat resolves response_format among m.
func lookupFormat(m map[string]*format, name string) (*format, error) {
	if name == "" {
		name = defaultFormat(m)
	}
	f, ok := m[strings.ToLower(name)]
	var avail []string
	for _, n := range formatNames {
		if g := m[n]; g != nil && g.open != nil {
			avail = append(avail, n)
		}
	}
	switch {
	case !ok:
		known := strings.Join(formatNames, ", ")
		return nil, &apiError{status: http.StatusBadRequest, typ: typeInvalidRequest, param: "response_format", code: "invalid_value",
			msg: fmt.Sprintf("response_format %q is not one of %s; this server produces %s", excerpt(name, 40), known, strings.Join(avail, ", "))}
	case f.open == nil:
		return nil, &apiError{status: http.StatusBadRequest, typ: typeInvalidRequest, param: "response_format", code: "unsupported_format",
			msg: fmt.Sprintf("response_format %q: this server has no %s encoder; it produces %s", f.name, strings.ToUpper(f.name), strings.Join(avail, ", "))}
	}
	return f, nil
}

// pcmEncoder passes the samples through.
type pcmEncoder struct{ w io.Writer }

func (e pcmEncoder) Write(p []byte) error { _, err := e.w.Write(p); return err }
func (e pcmEncoder) Close() error         { return nil }

func openPCM(w io.Writer, _ int) (encoder, error) { return pcmEncoder{w}, nil }

// openWAV writes a WAV header whose sizes say "unknown length" (0xFFFFFFFF), as a stream must:
// decoders read such a file to its end.
func openWAV(w io.Writer, rate int) (encoder, error) {
	if _, err := audio.NewWAVWriter(w, rate); err != nil { // writes the header only
		return nil, err
	}
	return pcmEncoder{w}, nil
}
