package synth

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/formant"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/text"
)

// Limits on one request.
const (
	// MaxTextBytes bounds the total text of one request (all parts), about four hours of speech.
	MaxTextBytes = 256 << 10
	// MaxParts bounds the number of parts (turns) in one request.
	MaxParts = 10000
	// MaxLexiconEntries bounds the custom pronunciations of one request.
	MaxLexiconEntries = 1000

	MinRate, MaxRate     = 0.25, 4.0
	MinPitch, MaxPitch   = -12.0, 12.0                      // semitones
	MinGainDB, MaxGainDB = audio.MinGainDB, audio.MaxGainDB // what audio.NewGain applies
	MaxPauseMillis       = prosody.MaxPauseMillis           // the longest pause prosody plans
	// MaxPhraseSeconds bounds one phrase, the unit a vocoder renders at once (the formant
	// vocoder holds a phrase's parameter track in memory): a longer one is an invalid argument.
	// Only custom pronunciations hundreds of phones long, spoken slowly, come near it.
	MaxPhraseSeconds = formant.MaxPhraseSeconds
)

// Request is one synthesis job: one or more parts, each spoken by one voice, rendered into one
// continuous stream.
type Request struct {
	Parts []Part
	// SampleRate of the output; 0 means the native rate of the first part's voice.
	SampleRate int
	// Rate is the speaking rate multiplier (0.25–4); 0 means 1.
	Rate float64
	// PitchSemitones shifts every voice's pitch (−12…+12).
	PitchSemitones float64
	// GainDB is the volume gain (−96…+16 dB).
	GainDB float64
	// WordTimings asks for a WordTiming per spoken word.
	WordTimings bool
	// Lexicon holds custom pronunciations: lower-case words or space-separated phrases.
	Lexicon map[string]phone.Pron
	// MaxAudio, when > 0, bounds the request's audio: Synthesize stops with an *AudioLimitError
	// before rendering a phrase that would end past it. The engine's own bound (WithMaxAudio),
	// if smaller, applies instead.
	MaxAudio time.Duration
	// Events asks for marks, phonemes and visemes, delivered to a sink that implements
	// EventSink (others get none).
	Events EventKinds
}

// Part is a run of text spoken by one voice.
type Part struct {
	Speaker string // who speaks (for word timings); may be empty
	Voice   string // voice name; "" means the catalog's default
	Style   string // style name; "" means neutral
	Text    string
	// PauseBefore is silence inserted before this part, in milliseconds (turn gaps, breaks).
	PauseBefore int
	// Markup makes the text's inline tags (<break/>, <emphasis>, <say-as>, <phoneme>, <sub>; see
	// package markup) count; otherwise the text is read literally.
	Markup bool
	// SSML makes the text an SSML document (markup.ParseSSML): breaks, prosody, emphasis,
	// say-as, sub, phoneme, marks, and <voice> switching voices inside the part. Exclusive with
	// Markup.
	SSML bool
}

// WordTiming locates one written token in the output, in samples at the output rate: a token
// read as several words ("1995", "555-1234", <say-as interpret-as="characters">TTS</say-as>)
// is one WordTiming, from the start of its first spoken word to the end of its last.
type WordTiming struct {
	// Word is the token as written, with its punctuation (see Token.Text; at most
	// MaxTokenTextBytes bytes).
	Word    string
	Speaker string
	Start   int64 // first sample
	End     int64 // one past the last sample
	// Part is the index in Request.Parts of the part the token is in, and TextStart and TextEnd
	// its byte range in that part's Text.
	Part               int
	TextStart, TextEnd int
}

// Sink receives an utterance's output in order. Audio may block (backpressure); an error from
// either method stops synthesis and is returned by Synthesize. Sinks must not keep the slice.
type Sink interface {
	Audio(samples []float32) error
	Word(w WordTiming) error
}

// Summary totals a finished synthesis.
type Summary struct {
	Samples    int64
	SampleRate int
	// Dropped is what the front end could not speak: characters without a reading (other
	// scripts, emoji, symbols) and the unread ends of over-long words. Edges warn about it;
	// Dropped.Empty reports whether everything was read. (Control characters and escape
	// sequences are removed silently: they are not text.)
	Dropped text.Dropped
}

// Seconds is the duration of the rendered audio.
func (s Summary) Seconds() float64 {
	if s.SampleRate == 0 {
		return 0
	}
	return float64(s.Samples) / float64(s.SampleRate)
}

// validateScalars checks the request's audio options.
func (r *Request) validateScalars() error {
	bad := func(x float64) bool { return math.IsNaN(x) || math.IsInf(x, 0) }
	if r.SampleRate != 0 && (r.SampleRate < audio.MinSampleRate || r.SampleRate > audio.MaxSampleRate) {
		return invalid(FieldSampleRate, "%d Hz is out of range: use 0 (the voice's native rate) or %d–%d", r.SampleRate, audio.MinSampleRate, audio.MaxSampleRate)
	}
	if bad(r.Rate) || (r.Rate != 0 && (r.Rate < MinRate || r.Rate > MaxRate)) {
		return invalid(FieldRate, "%g is out of range: use 0 (normal) or %g–%g", r.Rate, MinRate, MaxRate)
	}
	if bad(r.PitchSemitones) || r.PitchSemitones < MinPitch || r.PitchSemitones > MaxPitch {
		return invalid(FieldPitch, "%g semitones is out of range %g…%g", r.PitchSemitones, MinPitch, MaxPitch)
	}
	if bad(r.GainDB) || r.GainDB < MinGainDB || r.GainDB > MaxGainDB {
		return invalid(FieldGain, "%g dB is out of range %g…%g", r.GainDB, MinGainDB, MaxGainDB)
	}
	if len(r.Lexicon) > MaxLexiconEntries {
		return invalid(FieldLexicon, "%d entries; at most %d", len(r.Lexicon), MaxLexiconEntries)
	}
	for k, v := range r.Lexicon {
		if strings.TrimSpace(k) == "" || !utf8.ValidString(k) {
			return invalid(FieldLexicon, "an entry has an empty or invalid key")
		}
		if len(v) == 0 {
			return invalid(FieldLexicon, "entry %q has an empty pronunciation", k)
		}
	}
	return nil
}

// validateText checks the parts' text: present, valid UTF-8, within limits.
func (r *Request) validateText() error {
	if len(r.Parts) == 0 {
		return invalid(FieldParts, "nothing to say: the request has no text")
	}
	if len(r.Parts) > MaxParts {
		return invalid(FieldParts, "%d parts; at most %d per request", len(r.Parts), MaxParts)
	}
	total, spoken := 0, false
	for i, p := range r.Parts {
		if !utf8.ValidString(p.Text) {
			return invalidPart(i, FieldText, "is not valid UTF-8 (first bad byte at offset %d)", firstInvalid(p.Text))
		}
		if p.Markup && p.SSML {
			return invalidPart(i, FieldText, "is marked both as inline markup and as SSML: choose one")
		}
		if p.PauseBefore < 0 || p.PauseBefore > MaxPauseMillis {
			return invalidPart(i, FieldPauseBefore, "%d ms is out of range 0–%d", p.PauseBefore, MaxPauseMillis)
		}
		total += len(p.Text)
		if strings.TrimSpace(p.Text) != "" {
			spoken = true
		}
	}
	// Problems with the text as a whole are the only part's when there is one.
	whole := -1
	if len(r.Parts) == 1 {
		whole = 0
	}
	if total > MaxTextBytes {
		return invalidPart(whole, FieldText, "%d bytes of text; the limit is %d bytes per request — split the input", total, MaxTextBytes)
	}
	if !spoken {
		return invalidPart(whole, FieldText, "is empty: there is nothing to say")
	}
	return nil
}

func firstInvalid(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

func (r *Request) rate() float64 {
	if r.Rate == 0 {
		return 1
	}
	return r.Rate
}

// String summarises the request for logs without its text.
func (r *Request) String() string {
	n := 0
	for _, p := range r.Parts {
		n += len(p.Text)
	}
	return fmt.Sprintf("parts=%d bytes=%d rate=%g pitch=%g gain=%g sr=%d", len(r.Parts), n, r.Rate, r.PitchSemitones, r.GainDB, r.SampleRate)
}
