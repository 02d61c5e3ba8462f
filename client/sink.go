package client

import "github.com/chorus-tts/chorus/synth"

// Tee is a sink that hands everything it receives to each of its sinks in turn: the output rate
// (to those that are FormatSinks), every block of audio, every word timing and every event (to
// those that are synth.EventSinks). The first error
// ends the call and is returned; the sinks after the failing one do not see that call. Every sink
// is given the same slice of audio, so none may change it (nor keep it: see synth.Sink).
//
// A Tee is always a FormatSink, so a Synthesizer writing into it announces the rate even when
// none of its sinks wants it.
type Tee []synth.Sink

var (
	_ FormatSink      = Tee(nil)
	_ synth.EventSink = Tee(nil)
)

// Start passes the output rate on to every sink that is a FormatSink.
func (t Tee) Start(rate int) error {
	for _, s := range t {
		if fs, ok := s.(FormatSink); ok {
			if err := fs.Start(rate); err != nil {
				return err
			}
		}
	}
	return nil
}

// Audio passes p to every sink.
func (t Tee) Audio(p []float32) error {
	for _, s := range t {
		if err := s.Audio(p); err != nil {
			return err
		}
	}
	return nil
}

// Word passes w to every sink.
func (t Tee) Word(w synth.WordTiming) error {
	for _, s := range t {
		if err := s.Word(w); err != nil {
			return err
		}
	}
	return nil
}

// Event passes e to every sink that takes events.
func (t Tee) Event(e synth.Event) error {
	for _, s := range t {
		if es, ok := s.(synth.EventSink); ok {
			if err := es.Event(e); err != nil {
				return err
			}
		}
	}
	return nil
}

// WordTap is a sink that keeps a copy of every word timing on its way to Sink (captions are
// built from them once the audio is written). Audio goes straight through, the output rate
// reaches Sink when Sink is a FormatSink, and events when it is a synth.EventSink. A word is kept even when Sink then refuses it.
type WordTap struct {
	Sink  synth.Sink
	Words []synth.WordTiming
}

var (
	_ FormatSink      = (*WordTap)(nil)
	_ synth.EventSink = (*WordTap)(nil)
)

// Start passes the output rate on to Sink when it is a FormatSink.
func (w *WordTap) Start(rate int) error {
	if fs, ok := w.Sink.(FormatSink); ok {
		return fs.Start(rate)
	}
	return nil
}

// Audio passes p to Sink.
func (w *WordTap) Audio(p []float32) error { return w.Sink.Audio(p) }

// Word keeps wt and passes it to Sink.
func (w *WordTap) Word(wt synth.WordTiming) error {
	w.Words = append(w.Words, wt)
	return w.Sink.Word(wt)
}

// Event passes e to Sink when it takes events.
func (w *WordTap) Event(e synth.Event) error {
	if es, ok := w.Sink.(synth.EventSink); ok {
		return es.Event(e)
	}
	return nil
}
