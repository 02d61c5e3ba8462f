package audio

import (
	"math"
	"testing"
)

func TestToInt16(t *testing.T) {
	tests := []struct {
		x    float32
		want int16
	}{
		{0, 0},
		{1, 32767},
		{-1, -32767},
		{0.5, 16384}, // 16383.5 rounds away from zero
		{-0.5, -16384},
		{1e-6, 0},
		{1.5, 32767},
		{-1.5, -32768},
		{math.MaxFloat32, 32767},
		{-math.MaxFloat32, -32768},
		{float32(math.Inf(1)), 32767},
		{float32(math.Inf(-1)), -32768},
		{float32(math.NaN()), 0},
	}
	for _, tt := range tests {
		if got := ToInt16(tt.x); got != tt.want {
			t.Errorf("ToInt16(%v) = %d, want %d", tt.x, got, tt.want)
		}
	}
}

// Reference points of ITU-T G.711 (16-bit linear scale: the standard's 14-bit µ-law and
// 13-bit A-law values shifted left by 2 and 3).
func TestMuLawKnownValues(t *testing.T) {
	enc := []struct {
		x    int16
		want byte
	}{
		{0, 0xFF}, {-1, 0x7F}, {32767, 0x80}, {-32768, 0x00},
		{132, 0xEF}, {-132, 0x6F}, {32124, 0x80}, {-32124, 0x00},
	}
	for _, tt := range enc {
		if got := LinearToMuLaw(tt.x); got != tt.want {
			t.Errorf("LinearToMuLaw(%d) = %#02x, want %#02x", tt.x, got, tt.want)
		}
	}
	dec := []struct {
		c    byte
		want int16
	}{
		{0xFF, 0}, {0x7F, 0}, {0x80, 32124}, {0x00, -32124}, {0xEF, 132}, {0x6F, -132},
		{0xFE, 8}, {0x7E, -8}, {0xDF, 396}, {0xCF, 924},
	}
	for _, tt := range dec {
		if got := MuLawToLinear(tt.c); got != tt.want {
			t.Errorf("MuLawToLinear(%#02x) = %d, want %d", tt.c, got, tt.want)
		}
	}
}

func TestALawKnownValues(t *testing.T) {
	enc := []struct {
		x    int16
		want byte
	}{
		{0, 0xD5}, {-1, 0x55}, {32767, 0xAA}, {-32768, 0x2A}, {8, 0xD5}, {-8, 0x55},
		{256, 0xC5}, {32256, 0xAA},
	}
	for _, tt := range enc {
		if got := LinearToALaw(tt.x); got != tt.want {
			t.Errorf("LinearToALaw(%d) = %#02x, want %#02x", tt.x, got, tt.want)
		}
	}
	dec := []struct {
		c    byte
		want int16
	}{
		{0xD5, 8}, {0x55, -8}, {0xAA, 32256}, {0x2A, -32256}, {0xD4, 24}, {0xC5, 264},
	}
	for _, tt := range dec {
		if got := ALawToLinear(tt.c); got != tt.want {
			t.Errorf("ALawToLinear(%#02x) = %d, want %d", tt.c, got, tt.want)
		}
	}
}

// TestCompandingCodes: decoding then re-encoding any code gives it back (µ-law's negative zero,
// 0x7F, decodes to 0 and comes back as positive zero, 0xFF).
func TestCompandingCodes(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := byte(c)
		if want == 0x7F {
			want = 0xFF
		}
		if got := LinearToMuLaw(MuLawToLinear(byte(c))); got != want {
			t.Errorf("µ-law %#02x → %d → %#02x", c, MuLawToLinear(byte(c)), got)
		}
		if got := LinearToALaw(ALawToLinear(byte(c))); got != byte(c) {
			t.Errorf("A-law %#02x → %d → %#02x", c, ALawToLinear(byte(c)), got)
		}
	}
}

// TestCompandingAllSamples: over every 16-bit value, the round trip is monotone, symmetric and
// within half a quantization step (the step doubles each segment: about 1/16 of the value, the
// µ-law bias of 132 included).
func TestCompandingAllSamples(t *testing.T) {
	laws := []struct {
		name     string
		enc      func(int16) byte
		dec      func(byte) int16
		floor    int // error bound near zero
		clipFrom int // above this, the code saturates
	}{
		{"µ-law", LinearToMuLaw, MuLawToLinear, 4, 32124},
		{"A-law", LinearToALaw, ALawToLinear, 8, 32256},
	}
	for _, law := range laws {
		prev := math.MinInt
		for x := math.MinInt16; x <= math.MaxInt16; x++ {
			y := int(law.dec(law.enc(int16(x))))
			if y < prev {
				t.Fatalf("%s: not monotone at %d (%d < %d)", law.name, x, y, prev)
			}
			prev = y
			e := abs(y - x)
			bound := law.floor + (abs(x)+132)/32
			if abs(x) > law.clipFrom {
				bound = abs(x) - law.clipFrom + law.floor + law.clipFrom/32
			}
			if e > bound {
				t.Fatalf("%s: %d → %d, error %d > %d", law.name, x, y, e, bound)
			}
			// µ-law is sign-magnitude; A-law's 13-bit truncation makes it asymmetric by design.
			if law.name == "µ-law" && x > 0 {
				if yn := int(law.dec(law.enc(int16(-x)))); yn != -y {
					t.Fatalf("%s: not symmetric at %d: %d vs %d", law.name, x, y, yn)
				}
			}
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func TestEncodeDecode(t *testing.T) {
	p := []float32{0, 0.25, -0.25, 1, -1, 2, float32(math.NaN()), 0.001}
	for _, e := range []Encoding{PCM16, MuLaw, ALaw} {
		b := Encode([]byte("x"), e, p)
		if len(b) != 1+len(p)*e.BytesPerSample() || b[0] != 'x' {
			t.Fatalf("%v: encoded %d bytes, want 1+%d (appended)", e, len(b), len(p)*e.BytesPerSample())
		}
		got := Decode(nil, e, b[1:])
		if len(got) != len(p) {
			t.Fatalf("%v: decoded %d samples", e, len(got))
		}
		for i, x := range p {
			s := ToInt16(x)
			var want float32
			switch e {
			case PCM16:
				want = float32(s) / 32767
			case MuLaw:
				want = float32(MuLawToLinear(LinearToMuLaw(s))) / 32768
			case ALaw:
				want = float32(ALawToLinear(LinearToALaw(s))) / 32768
			}
			if got[i] != want {
				t.Errorf("%v: sample %d (%v) → %v, want %v", e, i, x, got[i], want)
			}
			// G.711's error bound of TestCompandingAllSamples ((|x|+132)/32 plus 8 near zero,
			// in 16-bit units), plus half a step of the 16-bit conversion before it.
			if bound := (math.Abs(float64(x))*32768+132)/32 + 8 + 0.5; x == x && x >= -1 && x <= 1 && math.Abs(float64(got[i]-x))*32768 > bound {
				t.Errorf("%v: %v came back as %v", e, x, got[i])
			}
		}
	}
	// A trailing odd byte of PCM16 is not a sample.
	if got := Decode(nil, PCM16, []byte{1, 0, 2}); len(got) != 1 {
		t.Errorf("odd PCM16 length: %d samples", len(got))
	}
}

func TestEncodingNames(t *testing.T) {
	tests := []struct {
		e     Encoding
		name  string
		bytes int
	}{
		{PCM16, "pcm16", 2}, {MuLaw, "mulaw", 1}, {ALaw, "alaw", 1}, {Encoding(9), "Encoding(9)", 1},
	}
	for _, tt := range tests {
		if tt.e.String() != tt.name || tt.e.BytesPerSample() != tt.bytes {
			t.Errorf("%d: %q %d", tt.e, tt.e.String(), tt.e.BytesPerSample())
		}
	}
}
