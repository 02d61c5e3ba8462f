package audio

import (
	"errors"
	"math/rand/v2"
	"testing"
)

type blockRecorder struct {
	blocks  [][]float32
	flushed int
}

func (r *blockRecorder) Write(p []float32) error {
	r.blocks = append(r.blocks, append([]float32(nil), p...))
	return nil
}

func (r *blockRecorder) Flush() error { r.flushed++; return nil }

func TestChunker(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, size := range []int{1, 2, 7, 160, 1024} {
		for trial := 0; trial < 20; trial++ {
			in := make([]float32, rng.IntN(5000))
			for i := range in {
				in[i] = float32(i)
			}
			var rec blockRecorder
			c := NewChunker(&rec, size)
			for rest := in; len(rest) > 0; {
				n := min(rng.IntN(3*size+2), len(rest))
				if err := c.Write(rest[:n]); err != nil {
					t.Fatal(err)
				}
				rest = rest[n:]
			}
			if err := c.Flush(); err != nil {
				t.Fatal(err)
			}
			if rec.flushed != 1 {
				t.Fatalf("destination flushed %d times", rec.flushed)
			}
			var cat []float32
			for i, b := range rec.blocks {
				last := i == len(rec.blocks)-1
				if len(b) != size && !(last && len(b) > 0 && len(b) < size) {
					t.Fatalf("size %d: block %d/%d has %d samples", size, i, len(rec.blocks), len(b))
				}
				cat = append(cat, b...)
			}
			if len(cat) != len(in) {
				t.Fatalf("size %d: %d samples out, want %d", size, len(cat), len(in))
			}
			for i := range in {
				if cat[i] != in[i] {
					t.Fatalf("size %d: sample %d = %v, want %v", size, i, cat[i], in[i])
				}
			}
			if want := (len(in) + size - 1) / size; len(rec.blocks) != want {
				t.Fatalf("size %d: %d blocks, want %d", size, len(rec.blocks), want)
			}
		}
	}
}

func TestChunkerSmallSize(t *testing.T) {
	var rec blockRecorder
	c := NewChunker(&rec, 0)
	if c.Size() != 1 {
		t.Fatalf("Size() = %d, want 1", c.Size())
	}
	if err := c.Write([]float32{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	if len(rec.blocks) != 3 {
		t.Fatalf("%d blocks", len(rec.blocks))
	}
}

func TestChunkerErrors(t *testing.T) {
	boom := errors.New("boom")
	c := NewChunker(WriterFunc(func([]float32) error { return boom }), 4)
	if err := c.Write([]float32{1, 2}); err != nil {
		t.Fatalf("partial block: %v", err)
	}
	if c.Buffered() != 2 {
		t.Fatalf("Buffered() = %d", c.Buffered())
	}
	if err := c.Write([]float32{3, 4, 5}); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if err := c.Write([]float32{1, 2, 3, 4}); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if err := c.Write([]float32{1}); err != nil {
		t.Fatal(err)
	}
	if err := c.Flush(); !errors.Is(err, boom) {
		t.Fatalf("Flush err = %v", err)
	}
}

func TestChunkerAllocs(t *testing.T) {
	c := NewChunker(WriterFunc(func([]float32) error { return nil }), 160)
	in := make([]float32, 333)
	var werr error
	if a := testing.AllocsPerRun(100, func() { werr = errors.Join(werr, c.Write(in)) }); a != 0 {
		t.Errorf("%v allocs per Write", a)
	}
	if werr != nil {
		t.Fatal(werr)
	}
}

// TestChain composes gain, resampling and re-chunking, and checks that the chain's Flush
// reaches the end.
func TestChain(t *testing.T) {
	var rec blockRecorder
	r, err := NewResampler(NewChunker(&rec, 480), 16000, 48000)
	if err != nil {
		t.Fatal(err)
	}
	w := NewGain(r, -6)
	in := sine(1600, 16000, 440, 0.5, 0)
	if err := w.Write(in); err != nil {
		t.Fatal(err)
	}
	if err := Flush(w); err != nil {
		t.Fatal(err)
	}
	if rec.flushed != 1 {
		t.Fatalf("end of chain flushed %d times", rec.flushed)
	}
	n := 0
	for _, b := range rec.blocks {
		n += len(b)
	}
	if n != 4800 || len(rec.blocks) != 10 {
		t.Fatalf("%d samples in %d blocks", n, len(rec.blocks))
	}
}
