package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/synth"
)

// streamReadSize is the most say --stream reads from its input at once: a read returns what a
// pipe holds, so a writer's every flush reaches the engine as it comes.
const streamReadSize = 4 << 10

// streamSynth is a Synthesizer whose text comes from a reader while it speaks: Synthesize opens
// a stream on the Streamer and writes into it whatever the reader gives, as it gives it, so
// each sentence is spoken as soon as it is complete; the end of the input ends the text. The
// request's text is ignored. The output machinery (playing, WAV files, captions, events) drives
// it like any Synthesizer.
type streamSynth struct {
	client.Synthesizer
	streamer client.Streamer
	in       io.Reader
}

// errStreamTooLong is text past what one stream carries.
var errStreamTooLong = fmt.Errorf("--stream: the input is longer than %d bytes, the most one stream carries: without --stream, longer text is cut at sentence boundaries and spoken whole", synth.MaxTextBytes)

func (s streamSynth) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	st, err := s.streamer.NewStream(ctx, req, sink)
	if err != nil {
		return synth.Summary{}, err
	}
	// A read that waits for the writer cannot see ctx end; the stream ends with ctx all the
	// same, and so does the read once the process does.
	buf := make([]byte, streamReadSize)
	total := 0
	for {
		n, rerr := s.in.Read(buf)
		if n > 0 {
			total += n
			if total > synth.MaxTextBytes {
				_, _ = st.Stop() // the error says why it ended
				return synth.Summary{}, errStreamTooLong
			}
			if _, err := st.Write(buf[:n]); err != nil {
				_, _ = st.Stop()
				return synth.Summary{}, err
			}
		}
		if errors.Is(rerr, io.EOF) {
			return st.Close()
		}
		if rerr != nil {
			_, _ = st.Stop()
			return synth.Summary{}, fmt.Errorf("reading standard input: %w", rerr)
		}
		if err := ctx.Err(); err != nil {
			_, _ = st.Stop()
			return synth.Summary{}, err
		}
	}
}
