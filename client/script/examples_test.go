package script

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
)

// TestExamples parses the example scripts shipped in examples/ and checks the engine accepts
// the requests they make.
func TestExamples(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "podcast-*"))
	if err != nil || len(files) < 3 {
		t.Fatalf("examples: %v %v", files, err)
	}
	eng := testkit.Engine(t)
	cat := eng.Catalog()
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			fh, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer fh.Close()
			s, err := Parse(fh, f, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if s.Title == "" || len(s.Speakers()) < 2 {
				t.Errorf("title %q speakers %v", s.Title, s.Speakers())
			}
			req, err := s.Request(cat)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := eng.Validate(req); err != nil {
				t.Fatal(err)
			}
		})
	}
}
