package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/captions"
	"github.com/chorus-tts/chorus/encode"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/voices"
)

// common are the flags every engine-using command has.
type common struct {
	server  string
	timeout time.Duration
	sec     client.Security
	// env reads the environment (CHORUS_TOKEN); nil means os.Getenv.
	env func(string) string
}

// tokenEnv names the environment variable a token may come from instead of --token (which
// other users of the machine can read in the process list).
const tokenEnv = "CHORUS_TOKEN"

func (o *common) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&o.server, "server", "", "use the chorusd at `ADDR` over gRPC instead of the in-process engine: host:port, several (a:50051,b:50051) or a resolver name (dns:///chorus-headless:50051), balanced round-robin")
	fs.DurationVar(&o.timeout, "connect-timeout", 5*time.Second, "how long to wait for --server to answer")
	fs.StringVar(&o.sec.CA, "ca", "", "use TLS and trust the CA certificates in PEM `FILE` (with --server)")
	fs.BoolVar(&o.sec.TLS, "tls", false, "use TLS, trusting the system's certificate authorities (with --server)")
	fs.StringVar(&o.sec.ServerName, "server-name", "", "the `NAME` the server's certificate must carry (default: the host in --server)")
	fs.StringVar(&o.sec.Cert, "cert", "", "present the client certificate in PEM `FILE` (mutual TLS; with --key)")
	fs.StringVar(&o.sec.Key, "key", "", "the private key in PEM `FILE` of --cert")
	fs.StringVar(&o.sec.Token, "token", "", "send `TOKEN` as a bearer token (default: $"+tokenEnv+"; sent only over TLS or to loopback)")
	noFiles(cmd, "server", "connect-timeout", "server-name", "token")
	_ = cmd.MarkFlagFilename("ca", "pem", "crt")
	_ = cmd.MarkFlagFilename("cert", "pem", "crt")
	_ = cmd.MarkFlagFilename("key", "pem", "key")
}

// security returns the connection settings: the flags, with the token from the environment
// when --token is not given. Connection flags without --server are a usage error (they would
// otherwise be ignored without a word).
func (o *common) security() (client.Security, error) {
	s := o.sec
	if s.Token == "" {
		getenv := o.env
		if getenv == nil {
			getenv = os.Getenv
		}
		s.Token = strings.TrimSpace(getenv(tokenEnv))
		if o.server == "" {
			s.Token = "" // the variable may be set for other uses; only flags are checked below
		}
	}
	if o.server == "" && (s != client.Security{}) {
		return s, usagef("--ca, --tls, --server-name, --cert, --key and --token need --server")
	}
	return s, nil
}

// synthesizer returns the engine to use and a function releasing it.
func (o *common) synthesizer(ctx context.Context) (client.Synthesizer, func(), error) {
	sec, err := o.security()
	if err != nil {
		return nil, nil, err
	}
	if o.server != "" {
		opts, err := sec.DialOptions(o.server)
		if err != nil {
			return nil, nil, err
		}
		dctx, cancel := context.WithTimeout(ctx, o.timeout)
		defer cancel()
		cl, err := client.Dial(dctx, o.server, opts...)
		if err != nil {
			return nil, nil, err
		}
		return cl, func() { cl.Close() }, nil
	}
	cat, err := voices.Load()
	if err != nil {
		return nil, nil, err
	}
	eng, err := synth.New(cat)
	if err != nil {
		return nil, nil, err
	}
	return client.Local{Engine: eng}, func() {}, nil
}

// audioFlags are the voice and audio options of say and render.
type audioFlags struct {
	rate, pitch, gain float64
	sampleRate        int
	out               string
	format            string        // --format as given
	audioFormat       encode.Format // what the output is written as (resolveFormat)
	lexicon           string
	captions          string
	play              bool
}

func (a *audioFlags) register(cmd *cobra.Command, playUsage string) {
	fs := cmd.Flags()
	fs.Float64Var(&a.rate, "rate", 0, fmt.Sprintf("speaking rate `multiplier`, %g–%g (0: normal)", synth.MinRate, synth.MaxRate))
	fs.Float64Var(&a.pitch, "pitch", 0, fmt.Sprintf("pitch shift in `semitones`, %+g…%+g", synth.MinPitch, synth.MaxPitch))
	fs.Float64Var(&a.gain, "gain", 0, fmt.Sprintf("volume gain in `dB`, %+g…%+g", synth.MinGainDB, synth.MaxGainDB))
	fs.IntVar(&a.sampleRate, "sample-rate", 0, fmt.Sprintf("output rate in `Hz`, %d–%d (0: the voice's own)", audio.MinSampleRate, audio.MaxSampleRate))
	fs.StringVarP(&a.out, "output", "o", "", "write the audio to `FILE`, in the format its extension names (.wav .flac .opus .mp3 .pcm .ulaw .alaw; \"-\": standard output, WAV unless --format)")
	fs.StringVar(&a.format, "format", "", "audio `format` of the output: "+encode.Choices()+" (default: -o's extension, else wav)")
	fs.StringVar(&a.lexicon, "lexicon", "", "custom pronunciations: a `FILE` of lines \"word<TAB>phones\" (ARPAbet or IPA)")
	fs.StringVar(&a.captions, "captions", "", "also write captions from the word timings to `FILE` (.vtt or .srt)")
	fs.BoolVar(&a.play, "play", false, playUsage)
	noFiles(cmd, "rate", "pitch", "gain", "sample-rate")
	_ = cmd.MarkFlagFilename("output", "wav", "flac", "opus", "ogg", "mp3", "pcm", "raw", "ulaw", "alaw")
	_ = cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var out []cobra.Completion
		for _, f := range encode.Formats() {
			out = append(out, cobra.Completion(f))
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.MarkFlagFilename("captions", "vtt", "srt")
	_ = cmd.MarkFlagFilename("lexicon")
}

// loadLexicon reads a --lexicon file ("" gives nil).
func loadLexicon(path string) (map[string]phone.Pron, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--lexicon: %w", err)
	}
	defer f.Close()
	lex, err := g2p.ParseUserLexicon(f)
	if err != nil {
		return nil, fmt.Errorf("--lexicon %s: %w", path, err)
	}
	return lex, nil
}

// apply sets the request's audio options from the flags and reads the lexicon.
func (a *audioFlags) apply(req *synth.Request) error {
	req.Rate, req.PitchSemitones, req.GainDB, req.SampleRate = a.rate, a.pitch, a.gain, a.sampleRate
	req.WordTimings = a.captions != ""
	if err := a.resolveFormat(); err != nil {
		return err
	}
	if a.captions != "" {
		if _, err := captions.FormatFor(a.captions); err != nil {
			return usagef("--captions %s: %v", a.captions, err)
		}
	}
	lex, err := loadLexicon(a.lexicon)
	if err != nil || lex == nil {
		return err
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

// noFiles makes the shells complete nothing (not file names) for the values of these flags.
func noFiles(cmd *cobra.Command, names ...string) {
	for _, n := range names {
		_ = cmd.RegisterFlagCompletionFunc(n, cobra.NoFileCompletions)
	}
}

// completeNames completes --voice and --style from the in-process catalog.
func completeNames(styles bool) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		cat, err := voices.Load()
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		var out []cobra.Completion
		if styles {
			for _, n := range cat.StyleNames() {
				st, _ := cat.Style(n)
				out = append(out, cobra.CompletionWithDesc(n, st.Description))
			}
		} else {
			for _, v := range cat.Voices() {
				out = append(out, cobra.CompletionWithDesc(v.Name, v.Description))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
