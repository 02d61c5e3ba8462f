package audio

// Chunker is a Writer that re-chunks a stream into blocks of exactly Size samples for its
// destination; Flush writes the last, shorter block (if any) and flushes the destination.
// Concatenating the blocks gives back the input unchanged.
type Chunker struct {
	dst  Writer
	size int
	buf  []float32
}

// NewChunker returns a Chunker writing blocks of size samples to dst. A size below 1 is treated
// as 1. With a nil dst, Write and Flush return an error.
func NewChunker(dst Writer, size int) *Chunker {
	size = max(size, 1)
	return &Chunker{dst: dst, size: size, buf: make([]float32, 0, size)}
}

// Size is the block size.
func (c *Chunker) Size() int { return c.size }

// Buffered is the number of samples held back, waiting for a full block or Flush.
func (c *Chunker) Buffered() int { return len(c.buf) }

// Write writes every complete block to the destination and keeps the remainder. Whole blocks
// that need no buffering are passed on as sub-slices of p without copying.
func (c *Chunker) Write(p []float32) error {
	if c.dst == nil {
		return errZeroWriter
	}
	if len(c.buf) > 0 {
		n := copy(c.buf[len(c.buf):c.size], p)
		c.buf = c.buf[:len(c.buf)+n]
		p = p[n:]
		if len(c.buf) < c.size {
			return nil
		}
		err := c.dst.Write(c.buf)
		c.buf = c.buf[:0]
		if err != nil {
			return err
		}
	}
	for len(p) >= c.size {
		if err := c.dst.Write(p[:c.size:c.size]); err != nil {
			return err
		}
		p = p[c.size:]
	}
	c.buf = append(c.buf, p...)
	return nil
}

// Flush writes the buffered partial block, if any, then flushes the destination.
func (c *Chunker) Flush() error {
	if c.dst == nil {
		return errZeroWriter
	}
	if len(c.buf) > 0 {
		err := c.dst.Write(c.buf)
		c.buf = c.buf[:0]
		if err != nil {
			return err
		}
	}
	return Flush(c.dst)
}
