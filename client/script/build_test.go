package script

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

// TestBuildLines: every part of the request knows the script line it came from, including the
// parts a lowered <break/> splits a turn into and the pause after a trailing break, and Locate
// names that line for an engine error about the part.
func TestBuildLines(t *testing.T) {
	cat, err := voices.Load()
	if err != nil {
		t.Fatal(err)
	}
	src := "# a comment\nAnn: Hello there.\n\nBob: One <break time=\"300ms\"/> two.\nAnn: Bye. <break time=\"1s\"/>\n"
	s, err := Parse(strings.NewReader(src), "ep.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Build(cat, RequestOptions{LowerMarkup: true})
	if err != nil {
		t.Fatal(err)
	}
	// Ann (line 2); Bob's two pieces (line 4); Ann's text and her trailing pause (line 5).
	want := []int{2, 4, 4, 5, 5}
	if len(b.Lines) != len(b.Request.Parts) || !slices.Equal(b.Lines, want) {
		t.Fatalf("lines %v for %d parts, want %v", b.Lines, len(b.Request.Parts), want)
	}
	fe := &synth.FieldError{Part: 2, Field: synth.FieldVoice, Reason: "no voice named \"zed\"", Kind: synth.ErrNotFound}
	err = b.Locate(fe)
	var se *Error
	if !errors.As(err, &se) || se.Line != 4 || se.File != "ep.txt" || !strings.Contains(err.Error(), "ep.txt:4: voice: no voice named") {
		t.Errorf("Locate: %v", err)
	}
	var back *synth.FieldError
	if !errors.As(err, &back) || back != fe || !errors.Is(err, synth.ErrNotFound) || !errors.Is(err, ErrScript) {
		t.Errorf("located error does not unwrap to the field error, its kind and ErrScript: %v", err)
	}
	// Request-level field errors and other errors pass unchanged.
	rate := &synth.FieldError{Part: -1, Field: synth.FieldRate, Reason: "x", Kind: synth.ErrInvalidArgument}
	other := errors.New("other")
	if b.Locate(rate) != error(rate) || b.Locate(other) != other || b.Locate(nil) != nil {
		t.Errorf("Locate changed an error that is not about a part")
	}
}
