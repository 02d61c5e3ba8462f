package synth

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Error kinds. Every error the engine returns for a bad request wraps one of these, so that the
// edges (gRPC status codes, CLI exit messages) can map them with errors.Is.
var (
	// ErrInvalidArgument marks a request that can never succeed as given.
	ErrInvalidArgument = errors.New("invalid argument")
	// ErrNotFound marks a reference to a voice or style that does not exist.
	ErrNotFound = errors.New("not found")
	// ErrTooLong marks a request whose audio would run past the limit on one request's audio
	// (Request.MaxAudio, WithMaxAudio). The errors that wrap it are *AudioLimitError, which
	// wrap ErrInvalidArgument too: the request can never succeed as given.
	ErrTooLong = errors.New("too long")
)

// AudioLimitError reports that a request's audio would last longer than its limit. Synthesize
// returns it before rendering the phrase that would cross the limit: the audio already written
// lasts at most Limit.
type AudioLimitError struct {
	Limit time.Duration
	// Part is the index in Request.Parts of the part whose audio reached the limit.
	Part int
}

func (e *AudioLimitError) Error() string {
	return fmt.Sprintf("the audio would last longer than %s, the most one request may produce: split the input into shorter requests", FormatDuration(e.Limit))
}

// Unwrap returns ErrTooLong and ErrInvalidArgument.
func (e *AudioLimitError) Unwrap() []error { return []error{ErrTooLong, ErrInvalidArgument} }

// FormatDuration writes d as time.Duration does, without zero minutes and seconds after a larger
// unit: "4h", "1h30m", "90s", "2m", "1.5s".
func FormatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// Field names a field of a Request or of one of its Parts, in the engine's own terms. Each edge
// renders it in its own vocabulary: wire field names in the server, flags and script lines in
// the CLI.
type Field string

// Fields of a Request.
const (
	FieldParts      Field = "parts"       // the list of parts: none, too many, nothing to say in any
	FieldText       Field = "text"        // the text of all parts together (of the only one if one), or of one part
	FieldSampleRate Field = "sample_rate" // Request.SampleRate
	FieldRate       Field = "rate"        // Request.Rate
	FieldPitch      Field = "pitch"       // Request.PitchSemitones
	FieldGain       Field = "gain"        // Request.GainDB
	FieldLexicon    Field = "lexicon"     // Request.Lexicon
)

// Fields of a Part (with FieldText).
const (
	FieldVoice       Field = "voice"        // Part.Voice
	FieldStyle       Field = "style"        // Part.Style
	FieldPauseBefore Field = "pause_before" // Part.PauseBefore
	FieldSpeaker     Field = "speaker"      // Part.Speaker
)

// FieldError reports a problem with one field of a request: a field of the request itself when
// Part is -1, else a field of Request.Parts[Part].
type FieldError struct {
	Part   int
	Field  Field
	Reason string
	Kind   error // ErrInvalidArgument or ErrNotFound
}

// Error names the field in the engine's terms, e.g. "parts[2].voice: no voice named ...".
func (e *FieldError) Error() string {
	if e.Part < 0 {
		return fmt.Sprintf("%s: %s", e.Field, e.Reason)
	}
	return fmt.Sprintf("parts[%d].%s: %s", e.Part, e.Field, e.Reason)
}

// Unwrap returns the error's kind.
func (e *FieldError) Unwrap() error { return e.Kind }

// invalid reports a request field that can never be right as given.
func invalid(f Field, format string, a ...any) error {
	return &FieldError{Part: -1, Field: f, Reason: fmt.Sprintf(format, a...), Kind: ErrInvalidArgument}
}

// invalidPart reports a field of part i that can never be right as given.
func invalidPart(i int, f Field, format string, a ...any) error {
	return &FieldError{Part: i, Field: f, Reason: fmt.Sprintf(format, a...), Kind: ErrInvalidArgument}
}

// notFoundPart reports a field of part i that names something that does not exist.
func notFoundPart(i int, f Field, format string, a ...any) error {
	return &FieldError{Part: i, Field: f, Reason: fmt.Sprintf(format, a...), Kind: ErrNotFound}
}
