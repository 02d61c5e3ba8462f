package synth

import (
	"errors"
	"fmt"
)

// Error kinds. Every error the engine returns for a bad request wraps one of these, so that the
// edges (gRPC status codes, CLI exit messages) can map them with errors.Is.
var (
	// ErrInvalidArgument marks a request that can never succeed as given.
	ErrInvalidArgument = errors.New("invalid argument")
	// ErrNotFound marks a reference to a voice or style that does not exist.
	ErrNotFound = errors.New("not found")
)

// FieldError reports a problem with one field of a request. Field uses the wire names
// (e.g. "audio.speaking_rate", "turns[2].speaker") so a person can find it in what they sent.
type FieldError struct {
	Field  string
	Reason string
	Kind   error // ErrInvalidArgument or ErrNotFound
}

func (e *FieldError) Error() string { return fmt.Sprintf("%s: %s", e.Field, e.Reason) }

// Unwrap returns the error's kind.
func (e *FieldError) Unwrap() error { return e.Kind }

func invalid(field, format string, a ...any) error {
	return &FieldError{Field: field, Reason: fmt.Sprintf(format, a...), Kind: ErrInvalidArgument}
}

func notFound(field, format string, a ...any) error {
	return &FieldError{Field: field, Reason: fmt.Sprintf(format, a...), Kind: ErrNotFound}
}
