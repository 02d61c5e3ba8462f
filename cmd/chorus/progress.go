package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/synth"
)

// progressSynth draws one line of progress on a terminal while its Synthesizer runs: the share
// of the text's words spoken (an estimate: the engine reports spoken words, the text counts
// written ones), the audio rendered and the elapsed time, at most every `every`.
type progressSynth struct {
	client.Synthesizer
	stderr io.Writer
	total  int // words in the text
	every  time.Duration
}

func (p *progressSynth) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	req.WordTimings = true // the words measure the progress; the audio does not change
	ps := &progressSink{sink: sink, p: p, start: time.Now()}
	sum, err := p.Synthesizer.Synthesize(ctx, req, ps)
	if ps.drawn {
		if err == nil {
			ps.words = p.total
			ps.draw(sum.Samples)
		}
		fmt.Fprintln(p.stderr)
	}
	return sum, err
}

// progressSink counts words and samples on their way to sink and draws the progress line. The
// sinks of this command take word timings they did not ask for (and ignore them).
type progressSink struct {
	sink    synth.Sink
	p       *progressSynth
	start   time.Time
	last    time.Time
	rate    int
	words   int
	samples int64
	drawn   bool
}

var _ client.FormatSink = (*progressSink)(nil)

func (s *progressSink) Start(rate int) error {
	s.rate = rate
	if fs, ok := s.sink.(client.FormatSink); ok {
		return fs.Start(rate)
	}
	return nil
}

func (s *progressSink) Audio(p []float32) error {
	s.samples += int64(len(p))
	return s.sink.Audio(p)
}

func (s *progressSink) Word(w synth.WordTiming) error {
	s.words++
	if now := time.Now(); now.Sub(s.last) >= s.p.every {
		s.last = now
		s.draw(s.samples)
	}
	return s.sink.Word(w)
}

func (s *progressSink) draw(samples int64) {
	s.drawn = true
	frac := 1.0
	if s.p.total > 0 {
		frac = min(1, float64(s.words)/float64(s.p.total))
	}
	const width = 30
	n := int(frac * width)
	bar := make([]byte, width)
	for i := range bar {
		if i < n {
			bar[i] = '#'
		} else {
			bar[i] = '.'
		}
	}
	audioSec := 0.0
	if s.rate > 0 {
		audioSec = float64(samples) / float64(s.rate)
	}
	fmt.Fprintf(s.p.stderr, "\r[%s] %3.0f%%  %s of audio in %s ", bar, 100*frac,
		time.Duration(audioSec*float64(time.Second)).Round(time.Second), time.Since(s.start).Round(100*time.Millisecond))
}
