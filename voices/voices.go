// Package voices is Chorus's catalog of named voices and speaking styles, defined as embedded
// data files and validated when loaded.
package voices

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// Voice is one named voice: who it is, which vocoder renders it, and its prosodic baseline.
type Voice struct {
	Name        string `json:"name"`
	Language    string `json:"language"` // BCP-47, e.g. "en-US"
	Gender      string `json:"gender"`   // "female", "male" or "neutral"
	Description string `json:"description"`
	Default     bool   `json:"default,omitempty"` // the catalog's default voice (exactly one)
	Vocoder     string `json:"vocoder"`           // name of the vocoder back end, e.g. "formant"
	// Source says what the voice is made from: "recorded" (built from a person's recorded
	// speech: diphones, a statistical model trained on recordings) or "rules" (synthesis by
	// rule). Omitted, it follows the vocoder: the formant vocoder is "rules", every other one
	// "recorded". Podcasts give unmapped speakers recorded voices first.
	Source     string  `json:"source,omitempty"`
	SampleRate int     `json:"sample_rate"` // native output rate in Hz
	Prosody    Prosody `json:"prosody"`
	// Pronunciations are words the voice says otherwise than the lexicon, in ARPAbet with stress
	// digits ("to": "T AH0"): for a voice built from recordings, the forms its training front
	// end gave those words, so the voice is asked for what it learnt. A request's own lexicon
	// still wins.
	Pronunciations map[string]string `json:"pronunciations,omitempty"`
	// Params are the vocoder's own settings; the vocoder back end parses and validates them.
	Params json.RawMessage `json:"params,omitempty"`
}

// The values of Voice.Source.
const (
	SourceRecorded = "recorded"
	SourceRules    = "rules"
)

// Recorded reports whether the voice is built from recorded speech (Source, or when that is
// omitted, any vocoder other than the rule-based "formant").
func (v Voice) Recorded() bool {
	if v.Source != "" {
		return v.Source == SourceRecorded
	}
	return v.Vocoder != "formant"
}

// Prosody is a voice's speaking baseline.
type Prosody struct {
	BaseHz         float64 `json:"base_hz"`         // baseline F0
	RangeSemitones float64 `json:"range_semitones"` // typical accent excursion
	Tempo          float64 `json:"tempo"`           // speaking-rate multiplier, 1 = normal
	// VowelScale and ConsonantScale multiply the duration rules' vowels and consonants
	// (omitted or 0: 1).
	VowelScale     float64 `json:"vowel_scale,omitempty"`
	ConsonantScale float64 `json:"consonant_scale,omitempty"`
	// Durations is "rules" (Klatt's duration rules; the default when omitted), the name of
	// the trained phone statistics ("kal", "ked") with which Festival's z-score duration tree
	// sizes the phones, or "vocoder": the vocoder's own duration model (an HTS voice's
	// duration trees), for a vocoder that has one.
	Durations string `json:"durations,omitempty"`
	// Intonation is "rules" (rule accents and contour; the default when omitted) or "model":
	// accents and end tones from Festival's ToBI trees and F0 targets from its regression
	// tables, mapped onto F0MeanHz and F0StdHz.
	Intonation string `json:"intonation,omitempty"`
	// StrongForms keeps every function word's strong form from the lexicon: no weak forms
	// ("to" as t ax, "and" as ax n d). For a voice whose own model reduces function words in
	// context, as an HTS voice trained on labels of lexicon forms does.
	StrongForms bool `json:"strong_forms,omitempty"`
	// StrongWords are function words the voice keeps in their strong form while it reduces the
	// others ("and" as AE N D, not AH0 N D): for a formant voice whose short schwa and nasal are
	// heard as another word. Each must be a function word, in lower case. "a", whose lexicon
	// form is already the weak [ə], is said [eɪ] when it is a sentence's first word.
	StrongWords []string `json:"strong_words,omitempty"`
	// Reduction is "none" (vowels as the lexicon has them; the default when omitted) or
	// "model": Festival's vowel-reduction tree turns the vowels of unaccented syllables it picks
	// into ax, after the accents, as Festival's kal and ked voices do.
	Reduction string `json:"reduction,omitempty"`
	// Phrasing is "rules" (phrases end at punctuation; the default when omitted) or "model":
	// also where Festival's phrase-break model (part of speech, prob_models) puts a break.
	Phrasing string `json:"phrasing,omitempty"`
	// F0MeanHz and F0StdHz are the voice's F0 mean and standard deviation (omitted or 0:
	// derived from base_hz and range_semitones).
	F0MeanHz float64 `json:"f0_mean_hz,omitempty"`
	F0StdHz  float64 `json:"f0_std_hz,omitempty"`
}

// maxStrongWords bounds prosody.strong_words: English has about 30 function words with weak forms.
const maxStrongWords = 64

// validate checks the prosody section; field names in errors are the JSON ones.
func (p *Prosody) validate() error {
	for _, err := range []error{
		rangeErr("prosody.base_hz", p.BaseHz, 50, 400),
		rangeErr("prosody.range_semitones", p.RangeSemitones, 0, 24),
		rangeErr("prosody.tempo", p.Tempo, 0.5, 2),
		optRangeErr("prosody.vowel_scale", p.VowelScale, 0.5, 2),
		optRangeErr("prosody.consonant_scale", p.ConsonantScale, 0.5, 2),
		optRangeErr("prosody.f0_mean_hz", p.F0MeanHz, 50, 400),
		optRangeErr("prosody.f0_std_hz", p.F0StdHz, 1, 100),
	} {
		if err != nil {
			return err
		}
	}
	if len(p.StrongWords) > maxStrongWords {
		return fmt.Errorf("%w: prosody.strong_words: %d words; at most %d", ErrInvalid, len(p.StrongWords), maxStrongWords)
	}
	for _, w := range p.StrongWords {
		if w != strings.ToLower(w) || !prosody.IsFunctionWord(w) {
			return fmt.Errorf("%w: prosody.strong_words: %q is not a function word in lower case", ErrInvalid, w)
		}
	}
	switch p.Intonation {
	case "", prosody.IntonationRules, prosody.IntonationModel:
	default:
		return fmt.Errorf("%w: prosody.intonation %q must be %q or %q", ErrInvalid, p.Intonation, prosody.IntonationRules, prosody.IntonationModel)
	}
	switch p.Reduction {
	case "", prosody.ReductionNone, prosody.ReductionModel:
	default:
		return fmt.Errorf("%w: prosody.reduction %q must be %q or %q", ErrInvalid, p.Reduction, prosody.ReductionNone, prosody.ReductionModel)
	}
	switch p.Phrasing {
	case "", prosody.PhrasingRules, prosody.PhrasingModel:
	default:
		return fmt.Errorf("%w: prosody.phrasing %q must be %q or %q", ErrInvalid, p.Phrasing, prosody.PhrasingRules, prosody.PhrasingModel)
	}
	if p.Durations == "" || p.Durations == prosody.DurationRules || p.Durations == prosody.DurationVocoder {
		return nil
	}
	set, err := prosody.Models()
	if err != nil {
		return fmt.Errorf("prosody.durations %q: %w", p.Durations, err)
	}
	if _, ok := set.Stats[p.Durations]; !ok {
		names := []string{prosody.DurationRules, prosody.DurationVocoder}
		for n := range set.Stats {
			names = append(names, n)
		}
		sort.Strings(names[2:])
		return fmt.Errorf("%w: prosody.durations %q: want one of %s", ErrInvalid, p.Durations, strings.Join(names, ", "))
	}
	return nil
}

// Style is a speaking-style preset applied on top of a voice.
type Style struct {
	Name           string  `json:"name"`
	Description    string  `json:"description"`
	PitchSemitones float64 `json:"pitch_semitones"` // shift of the whole contour
	RangeScale     float64 `json:"range_scale"`     // multiplies the pitch range
	RateScale      float64 `json:"rate_scale"`      // multiplies the speaking rate
	Effort         float64 `json:"effort"`          // vocal effort -1..1
	Breath         float64 `json:"breath"`          // extra breathiness 0..1
	GainDB         float64 `json:"gain_db"`         // loudness offset, -12..+6 dB
	// Whisper replaces voicing by breath noise through the same vocal tract: 0 (none) to 1
	// (a whisper: no voicing at all).
	Whisper float64 `json:"whisper,omitempty"`
	// Cues are words a free-form instruction may use to ask for this style ("upbeat",
	// "soothingly"), besides its name: see StyleFor.
	Cues []string `json:"cues,omitempty"`
}

// Catalog holds the voices and styles. It is immutable after loading.
type Catalog struct {
	voices []Voice
	byName map[string]int
	styles map[string]Style
	cues   map[string]string // a style's name or cue -> the style
	def    string
}

//go:embed data/*.json
var embedded embed.FS

// Load returns the catalog of built-in voices.
func Load() (*Catalog, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, fmt.Errorf("voices: %w", err)
	}
	return Parse(sub)
}

var nameRE = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,31}$`)

// ErrInvalid marks a voice or style file that fails validation.
var ErrInvalid = errors.New("invalid voice data")

// Parse reads every *.json file at the root of fsys. A file holds either one voice object or, if
// named styles.json, an array of styles. Every field is validated; errors name the file and field.
func Parse(fsys fs.FS) (*Catalog, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("voices: %w", err)
	}
	var vs []Voice
	var files []string // per voice, for errors
	var styles []Style
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".json" {
			continue
		}
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, fmt.Errorf("voices: %w", err)
		}
		if e.Name() == "styles.json" {
			var ss []Style
			if err := decodeStrict(b, &ss); err != nil {
				return nil, fmt.Errorf("voices: %s: %w: %w", e.Name(), ErrInvalid, err)
			}
			for i := range ss {
				if err := ss[i].validate(); err != nil {
					return nil, fmt.Errorf("voices: %s: style %d: %w", e.Name(), i, err)
				}
			}
			styles = append(styles, ss...)
			continue
		}
		var v Voice
		if err := decodeStrict(b, &v); err != nil {
			return nil, fmt.Errorf("voices: %s: %w: %w", e.Name(), ErrInvalid, err)
		}
		if err := v.validate(); err != nil {
			return nil, fmt.Errorf("voices: %s: %w", e.Name(), err)
		}
		vs = append(vs, v)
		files = append(files, e.Name())
	}
	c, err := build(vs, styles, func(i int) string { return files[i] + ": " })
	if err != nil {
		return nil, fmt.Errorf("voices: %w", err)
	}
	return c, nil
}

// New builds a catalog from voices and styles given as values, validated as Parse validates
// files: exactly one voice marked Default, unique names, every field in range. A "neutral" style
// is added when styles has none; voices are sorted by name.
func New(vs []Voice, styles []Style) (*Catalog, error) {
	for i := range vs {
		if err := vs[i].validate(); err != nil {
			return nil, fmt.Errorf("voices: %w", err)
		}
	}
	for i := range styles {
		if err := styles[i].validate(); err != nil {
			return nil, fmt.Errorf("voices: %w", err)
		}
	}
	c, err := build(vs, styles, func(int) string { return "" })
	if err != nil {
		return nil, fmt.Errorf("voices: %w", err)
	}
	return c, nil
}

// build checks validated voices and styles as a whole (names unique, one default) and indexes
// them. where(i) prefixes errors about voice i with where it came from.
func build(vs []Voice, styles []Style, where func(i int) string) (*Catalog, error) {
	c := &Catalog{voices: make([]Voice, 0, len(vs)), byName: map[string]int{}, styles: map[string]Style{}}
	for _, s := range styles {
		if _, dup := c.styles[s.Name]; dup {
			return nil, fmt.Errorf("%w: duplicate style %q", ErrInvalid, s.Name)
		}
		c.styles[s.Name] = s
	}

	for i, v := range vs {
		if _, dup := c.byName[v.Name]; dup {
			return nil, fmt.Errorf("%s%w: duplicate voice name %q", where(i), ErrInvalid, v.Name)
		}
		if v.Default {
			if c.def != "" {
				return nil, fmt.Errorf("%s%w: both %q and %q are marked default", where(i), ErrInvalid, c.def, v.Name)
			}
			c.def = v.Name
		}
		c.byName[v.Name] = len(c.voices)
		c.voices = append(c.voices, v)
	}
	if len(c.voices) == 0 {
		return nil, fmt.Errorf("%w: no voices", ErrInvalid)
	}
	if c.def == "" {
		return nil, fmt.Errorf("%w: no voice is marked default", ErrInvalid)
	}
	if _, ok := c.styles["neutral"]; !ok {
		c.styles["neutral"] = Style{Name: "neutral", Description: "plain reading", RangeScale: 1, RateScale: 1}
	}
	if err := c.indexCues(); err != nil {
		return nil, err
	}
	sort.Slice(c.voices, func(i, j int) bool { return c.voices[i].Name < c.voices[j].Name })
	for i, v := range c.voices {
		c.byName[v.Name] = i
	}
	return c, nil
}

func decodeStrict(b []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return err
	}
	if d.More() {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}

func rangeErr(field string, v, lo, hi float64) error {
	if v < lo || v > hi || v != v {
		return fmt.Errorf("%w: %s = %g, want %g..%g", ErrInvalid, field, v, lo, hi)
	}
	return nil
}

// optRangeErr is rangeErr for a setting where 0 means the default.
func optRangeErr(field string, v, lo, hi float64) error {
	if v == 0 {
		return nil
	}
	return rangeErr(field, v, lo, hi)
}

func (v *Voice) validate() error {
	if !nameRE.MatchString(v.Name) {
		return fmt.Errorf("%w: name %q must be 1-32 lower-case letters, digits, - or _, starting with a letter", ErrInvalid, v.Name)
	}
	if v.Language == "" || v.Description == "" || v.Vocoder == "" {
		return fmt.Errorf("%w: voice %q needs language, description and vocoder", ErrInvalid, v.Name)
	}
	switch v.Source {
	case "", SourceRecorded, SourceRules:
	default:
		return fmt.Errorf("%w: voice %q: source %q must be %s or %s", ErrInvalid, v.Name, v.Source, SourceRecorded, SourceRules)
	}
	switch v.Gender {
	case "female", "male", "neutral":
	default:
		return fmt.Errorf("%w: voice %q: gender %q must be female, male or neutral", ErrInvalid, v.Name, v.Gender)
	}
	_, pronErr := v.Pron()
	for _, err := range []error{
		rangeErr("sample_rate", float64(v.SampleRate), audio.MinSampleRate, audio.MaxSampleRate),
		v.Prosody.validate(),
		pronErr,
	} {
		if err != nil {
			return fmt.Errorf("voice %q: %w", v.Name, err)
		}
	}
	return nil
}

func (s *Style) validate() error {
	if !nameRE.MatchString(s.Name) {
		return fmt.Errorf("%w: style name %q", ErrInvalid, s.Name)
	}
	for _, err := range []error{
		rangeErr("pitch_semitones", s.PitchSemitones, -12, 12),
		rangeErr("range_scale", s.RangeScale, 0.1, 3),
		rangeErr("rate_scale", s.RateScale, 0.5, 2),
		rangeErr("effort", s.Effort, -1, 1),
		rangeErr("breath", s.Breath, 0, 1),
		rangeErr("whisper", s.Whisper, 0, 1),
		rangeErr("gain_db", s.GainDB, -12, 6),
	} {
		if err != nil {
			return fmt.Errorf("style %q: %w", s.Name, err)
		}
	}
	if len(s.Cues) > maxCues {
		return fmt.Errorf("%w: style %q: %d cues, at most %d", ErrInvalid, s.Name, len(s.Cues), maxCues)
	}
	for _, c := range s.Cues {
		if !cueRE.MatchString(c) {
			return fmt.Errorf("%w: style %q: cue %q: use 2 to 32 lower-case letters", ErrInvalid, s.Name, c)
		}
	}
	return nil
}

// Voices returns all voices sorted by name.
func (c *Catalog) Voices() []Voice { return append([]Voice(nil), c.voices...) }

// Voice returns the named voice, ignoring case ("Ava" is ava: every name is lower case).
func (c *Catalog) Voice(name string) (Voice, bool) {
	i, ok := c.byName[name]
	if !ok {
		i, ok = c.byName[strings.ToLower(name)]
	}
	if !ok {
		return Voice{}, false
	}
	return c.voices[i], true
}

// Default returns the catalog's default voice.
func (c *Catalog) Default() Voice { v, _ := c.Voice(c.def); return v }

// Names returns the voice names sorted, for error messages and listings.
func (c *Catalog) Names() []string {
	out := make([]string, len(c.voices))
	for i, v := range c.voices {
		out[i] = v.Name
	}
	return out
}

// Style returns the named style; "" means neutral.
func (c *Catalog) Style(name string) (Style, bool) {
	if name == "" {
		name = "neutral"
	}
	s, ok := c.styles[strings.ToLower(name)]
	return s, ok
}

// StyleNames returns the style names sorted.
func (c *Catalog) StyleNames() []string {
	out := make([]string, 0, len(c.styles))
	for n := range c.styles {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
