package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/hajimehoshi/oto/v2"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// ErrNoDevice marks a sound device that cannot be opened.
var ErrNoDevice = errors.New("no usable sound device")

// Device is the process's sound output. The underlying oto context can be made only once per
// process and only at one sample rate, so make one Device in main and pass it down; it opens the
// device on first use, at the rate of the first stream played.
type Device struct {
	// ReadyTimeout bounds the wait for the device to come up (default 5 s).
	ReadyTimeout time.Duration

	mu   sync.Mutex
	ctx  *oto.Context
	rate int
	err  error
}

// open returns the oto context at rate, opening the device the first time.
func (d *Device) open(rate int) (*oto.Context, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.err != nil {
		return nil, d.err
	}
	if d.ctx != nil {
		if d.rate != rate {
			return nil, fmt.Errorf("client: the sound device is open at %d Hz, cannot play %d Hz", d.rate, rate)
		}
		return d.ctx, nil
	}
	timeout := d.ReadyTimeout
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	quietALSA()
	c, ready, err := oto.NewContext(rate, 1, oto.FormatSignedInt16LE)
	if err != nil {
		d.err = fmt.Errorf("%w: %v (write a file with -o instead)", ErrNoDevice, err)
		return nil, d.err
	}
	select {
	case <-ready:
	case <-time.After(timeout):
		d.err = fmt.Errorf("%w: the device did not come up within %v (write a file with -o instead)", ErrNoDevice, timeout)
		return nil, d.err
	}
	if err := c.Err(); err != nil {
		d.err = fmt.Errorf("%w: %v (write a file with -o instead)", ErrNoDevice, err)
		return nil, d.err
	}
	d.ctx, d.rate = c, rate
	return c, nil
}

// Play synthesizes req with s and plays it on d while synthesis runs, returning when the last
// sample has been played (or at the first error; cancelling ctx stops both).
func (d *Device) Play(ctx context.Context, s Synthesizer, req synth.Request) (synth.Summary, error) {
	ps := &playSink{dev: d, ctx: ctx}
	sum, err := s.Synthesize(ctx, req, ps)
	if err != nil {
		ps.abort(err)
		return sum, err
	}
	return sum, ps.finish(ctx)
}

// playSink pipes PCM16 into an oto player.
type playSink struct {
	dev    *Device
	ctx    context.Context
	pw     *io.PipeWriter
	player oto.Player
	stop   func() bool
	buf    []byte
}

func (p *playSink) Start(rate int) error {
	c, err := p.dev.open(rate)
	if err != nil {
		return err
	}
	pr, pw := io.Pipe()
	p.pw = pw
	// A player that stops reading must not leave a Write blocked past cancellation.
	p.stop = context.AfterFunc(p.ctx, func() { pw.CloseWithError(p.ctx.Err()) })
	p.player = c.NewPlayer(pr)
	p.player.Play()
	return nil
}

func (p *playSink) Audio(x []float32) error {
	if p.pw == nil {
		return errors.New("client: audio before the format")
	}
	p.buf = audio.Encode(p.buf[:0], audio.PCM16, x)
	_, err := p.pw.Write(p.buf) // blocks until the player has taken it: backpressure
	if err != nil && p.ctx.Err() != nil {
		return p.ctx.Err() // the pipe was closed because of the cancellation
	}
	return err
}

func (p *playSink) Word(synth.WordTiming) error { return nil }

func (p *playSink) abort(err error) {
	if p.pw != nil {
		p.stop()
		p.pw.CloseWithError(err)
		p.player.Close()
	}
}

// finish waits until the player has played everything.
func (p *playSink) finish(ctx context.Context) error {
	if p.pw == nil {
		return nil
	}
	p.stop()
	p.pw.Close()
	defer p.player.Close()
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for p.player.IsPlaying() {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	return p.player.Err()
}
