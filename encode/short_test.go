package encode_test

import (
	"bytes"
	"testing"

	"github.com/chorus-tts/chorus/encode"
)

// TestShortStreams encodes streams from empty to a few frames long in every format, at a rate
// each codec takes and one it must convert, many times over (reusing the C heap): each must
// finish cleanly.
func TestShortStreams(t *testing.T) {
	for round := 0; round < 20; round++ {
		for _, f := range encode.Formats() {
			for _, rate := range []int{16000, 48000} {
				for _, n := range []int{0, 1, 7, 100, 959, 960, 961, 5000} {
					var b bytes.Buffer
					e, err := encode.New(&b, f, rate, encode.Options{})
					if err != nil {
						t.Fatal(err)
					}
					if n > 0 {
						if err := e.Write(tone(n, rate, 300, 0.3)); err != nil {
							t.Fatalf("%s %d Hz, %d samples: Write: %v", f, rate, n, err)
						}
					}
					if err := e.Close(); err != nil {
						t.Fatalf("%s %d Hz, %d samples: Close: %v", f, rate, n, err)
					}
				}
			}
		}
	}
}
