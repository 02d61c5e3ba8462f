package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/synth"
)

// chunked is a Synthesizer for a one-part request whose text is longer than one request may
// carry (synth.MaxTextBytes): it synthesizes pieces (the text cut by text.Chunks) one after
// another into the same sink as one stream. The sink is started once; word timings are offset to
// their place in the whole stream; the summary totals all pieces. Every piece is rendered at the
// first piece's sample rate.
type chunked struct {
	client.Synthesizer
	pieces []string
	// done, if set, is called after each piece with the number of pieces finished.
	done func(n int)
}

func (c chunked) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	if len(req.Parts) != 1 {
		return synth.Summary{}, fmt.Errorf("chunked synthesis of %d parts", len(req.Parts))
	}
	js := &joinSink{sink: sink}
	var total synth.Summary
	for i, p := range c.pieces {
		r := req
		part := req.Parts[0]
		part.Text = p
		r.Parts = []synth.Part{part}
		if js.rate != 0 {
			r.SampleRate = js.rate
		}
		sum, err := c.Synthesizer.Synthesize(ctx, r, js)
		if err != nil {
			return total, err
		}
		if total.SampleRate == 0 {
			total.SampleRate = sum.SampleRate
		}
		if sum.SampleRate != total.SampleRate || sum.Samples != js.samples-total.Samples {
			return total, fmt.Errorf("piece %d of the text: the synthesizer reported %d samples at %d Hz, sent %d at %d Hz",
				i+1, sum.Samples, sum.SampleRate, js.samples-total.Samples, total.SampleRate)
		}
		total.Samples = js.samples
		js.offset = js.samples
		if c.done != nil {
			c.done(i + 1)
		}
	}
	return total, nil
}

// joinSink joins the streams of several syntheses into one: it passes on the first Start only
// (the rest must agree with it), every block of audio, and word timings and events shifted by
// offset.
type joinSink struct {
	sink    synth.Sink
	rate    int
	offset  int64 // samples before the current piece
	samples int64 // samples passed on in all
}

var _ client.FormatSink = (*joinSink)(nil)

func (j *joinSink) Start(rate int) error {
	if j.rate != 0 {
		if rate != j.rate {
			return fmt.Errorf("a piece of the text came at %d Hz, the stream is at %d Hz", rate, j.rate)
		}
		return nil
	}
	j.rate = rate
	if fs, ok := j.sink.(client.FormatSink); ok {
		return fs.Start(rate)
	}
	return nil
}

func (j *joinSink) Audio(p []float32) error {
	j.samples += int64(len(p))
	return j.sink.Audio(p)
}

func (j *joinSink) Word(w synth.WordTiming) error {
	w.Start += j.offset
	w.End += j.offset
	return j.sink.Word(w)
}

// Event passes events, shifted by offset, to a sink that takes them.
func (j *joinSink) Event(e synth.Event) error {
	es, ok := j.sink.(synth.EventSink)
	if !ok {
		return nil
	}
	e.Start += j.offset
	e.End += j.offset
	return es.Event(e)
}

// markupCuts returns where text with inline markup may be cut so that each piece parses on its
// own: not inside a tag, and not inside an element (between <emphasis> and </emphasis>). A tag
// is what the markup package reads as one: '<', an optional '/', a letter, and a '>' before the
// next '<' or line break. s must parse (markup.Parse); its tags then balance.
func markupCuts(s string) func(int) bool {
	type span struct{ from, to int } // cuts in (from, to) are refused
	var spans []span
	depth, open := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		end := tagEnd(s, i)
		if end < 0 {
			continue
		}
		switch tag := s[i:end]; {
		case strings.HasPrefix(tag, "</"):
			depth--
			if depth == 0 {
				spans = append(spans, span{open, end})
			}
		case strings.HasSuffix(tag, "/>"):
			if depth == 0 {
				spans = append(spans, span{i, end})
			}
		default:
			if depth == 0 {
				open = i
			}
			depth++
		}
		i = end - 1
	}
	if depth > 0 {
		spans = append(spans, span{open, len(s) + 1})
	}
	return func(i int) bool {
		k := sort.Search(len(spans), func(k int) bool { return spans[k].to > i })
		return k == len(spans) || i <= spans[k].from
	}
}

// tagEnd returns the offset just past the tag starting at s[i] ('<'), or -1 if none starts there.
func tagEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	if j >= len(s) || !(s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		return -1
	}
	for k := j; k < len(s); k++ {
		switch s[k] {
		case '>':
			return k + 1
		case '<', '\n':
			return -1
		}
	}
	return -1
}
