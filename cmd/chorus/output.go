package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/captions"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/g2p"
)

// audioFlags are the voice and audio options of say and render.
type audioFlags struct {
	rate, pitch, gain float64
	sampleRate        int
	out               string
	lexicon           string
	captions          string
}

func (a *audioFlags) register(fs *flag.FlagSet) {
	fs.Float64Var(&a.rate, "rate", 0, fmt.Sprintf("speaking rate `multiplier`, %g–%g (0: normal)", synth.MinRate, synth.MaxRate))
	fs.Float64Var(&a.pitch, "pitch", 0, fmt.Sprintf("pitch shift in `semitones`, %+g…%+g", synth.MinPitch, synth.MaxPitch))
	fs.Float64Var(&a.gain, "gain", 0, fmt.Sprintf("volume gain in `dB`, %+g…%+g", synth.MinGainDB, synth.MaxGainDB))
	fs.IntVar(&a.sampleRate, "sample-rate", 0, fmt.Sprintf("output rate in `Hz`, %d–%d (0: the voice's own)", audio.MinSampleRate, audio.MaxSampleRate))
	fs.StringVar(&a.out, "o", "", "write a 16-bit WAV `FILE` instead of playing")
	fs.StringVar(&a.lexicon, "lexicon", "", "custom pronunciations: a `FILE` of lines \"word<TAB>phones\" (ARPAbet or IPA)")
	fs.StringVar(&a.captions, "captions", "", "also write captions from the word timings to `FILE` (.vtt or .srt)")
}

func (a *audioFlags) apply(req *synth.Request) error {
	req.Rate, req.PitchSemitones, req.GainDB, req.SampleRate = a.rate, a.pitch, a.gain, a.sampleRate
	req.WordTimings = a.captions != ""
	if a.captions != "" {
		if _, err := captions.FormatFor(a.captions); err != nil {
			return usagef("--captions %s: %v", a.captions, err)
		}
	}
	if a.lexicon == "" {
		return nil
	}
	f, err := os.Open(a.lexicon)
	if err != nil {
		return err
	}
	defer f.Close()
	lex, err := g2p.ParseUserLexicon(f)
	if err != nil {
		return fmt.Errorf("--lexicon %s: %w", a.lexicon, err)
	}
	if req.Lexicon == nil {
		req.Lexicon = lex
		return nil
	}
	for k, v := range lex {
		req.Lexicon[k] = v
	}
	return nil
}

// output plays req or writes it to the WAV file, writes captions if asked, and reports what it
// wrote.
func (c *cli) output(ctx context.Context, syn client.Synthesizer, req synth.Request, af *audioFlags) error {
	var words []synth.WordTiming
	if af.captions != "" {
		syn = wordTap{syn, &words}
	}
	var sum synth.Summary
	var err error
	if af.out == "" {
		if c.player == nil {
			return errors.New("no sound output available: write a file with -o FILE.wav")
		}
		sum, err = c.player.Play(ctx, syn, req)
	} else {
		sum, err = client.SaveWAV(ctx, syn, req, af.out)
	}
	if err != nil {
		return err
	}
	if af.out != "" {
		fmt.Fprintf(c.stderr, "chorus: wrote %s (%.2f s, %d Hz)\n", af.out, sum.Seconds(), sum.SampleRate)
	}
	if af.captions == "" {
		return nil
	}
	cues, err := captions.Build(words, sum.SampleRate, captions.Options{})
	if err != nil {
		return err
	}
	if err := captions.WriteFile(af.captions, cues); err != nil {
		return err
	}
	fmt.Fprintf(c.stderr, "chorus: wrote %s (%d cues)\n", af.captions, len(cues))
	return nil
}

// wordTap is a Synthesizer that also keeps the word timings of what it synthesizes.
type wordTap struct {
	client.Synthesizer
	words *[]synth.WordTiming
}

func (w wordTap) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	tap := &client.WordTap{Sink: sink}
	sum, err := w.Synthesizer.Synthesize(ctx, req, tap)
	*w.words = append(*w.words, tap.Words...)
	return sum, err
}
