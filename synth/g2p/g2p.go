// Package g2p turns words into phones with syllables and stress, from an embedded CMU lexicon,
// rules for contractions, morphology and compounds, and a letter-to-sound fallback.
//
// Phone conventions: the lexicon's reduced vowel (CMUdict AH0, Festival "ax") is phone.AX, and
// stressed AH stays phone.AH; user pronunciations given as ARPAbet AH0 are mapped to AX too, so
// every source agrees. Lexicon stress is primary or unstressed (CMUdict's secondary stress was
// folded into primary by Festival); rules that join words (compounds) mark the second part's
// stress as secondary.
package g2p

import (
	"embed"
	"fmt"
	"strings"

	"github.com/chorus-tts/chorus/synth/g2p/lexfile"
	"github.com/chorus-tts/chorus/synth/g2p/lts"
	"github.com/chorus-tts/chorus/synth/phone"
)

//go:embed data/cmudict.bin
var lexData []byte

//go:embed data/NOTICE-festlex-cmu.txt data/NOTICE-cmudict.txt
var noticeFS embed.FS

// POS hints understood by Lookup and Pronounce and produced by TagHomographs.
const (
	PosNone = ""    // no hint: the first (most common) pronunciation
	PosNoun = "n"   // noun
	PosVerb = "v"   // verb, present or base form
	PosAdj  = "j"   // adjective
	PosPast = "vbd" // verb, past tense or past participle ("read" /rɛd/, "wound" /waʊnd/)
	PosAlt  = "n2"  // a noun's second sense where one POS has two readings ("bass" the fish, "row" a quarrel)
)

// MaxWordLetters caps the letters Pronounce handles in one word. Letters beyond it are dropped
// (no English word is this long; the cap bounds work on hostile input such as a 1 MB "word").
const MaxWordLetters = 64

// LetterToSound predicts a pronunciation for a word the lexicon does not know. word is lower
// case a–z. Implementations must return a non-empty Pron for a non-empty word.
type LetterToSound interface {
	Predict(word string) phone.Pron
}

// Option configures New.
type Option func(*config)

type config struct {
	lts LetterToSound
}

// WithLTS sets the letter-to-sound model used for words no other rule can pronounce.
// A nil model keeps the default.
func WithLTS(m LetterToSound) Option {
	return func(c *config) {
		if m != nil {
			c.lts = m
		}
	}
}

// Lexicon pronounces words. It is immutable and safe for concurrent use.
type Lexicon struct {
	r         *lexfile.Reader
	lts       LetterToSound
	over      map[string]phone.Pron // user overrides, single words and phrases
	maxPhrase int                   // longest override key, in words
}

// New opens the embedded lexicon. It decodes only the file header, so it is cheap.
func New(opts ...Option) (*Lexicon, error) {
	r, err := lexfile.Open(lexData)
	if err != nil {
		return nil, fmt.Errorf("g2p: embedded lexicon: %w", err)
	}
	c := config{lts: defaultLTS()}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return &Lexicon{r: r, lts: c.lts}, nil
}

// Notice returns the licence notices for the embedded lexicon data, to be shown to users of
// binaries that include it.
func Notice() string {
	var b strings.Builder
	b.WriteString("Chorus embeds a pronunciation lexicon converted by the Chorus project from Debian\n")
	b.WriteString("festlex-cmu 2.4-2 (itself derived from CMUdict 0.4). Modifications: re-encoded into a\n")
	b.WriteString("compact binary format; readings of some homographs were added or re-ordered by hand.\n")
	b.WriteString("Its default letter-to-sound model (package lts) is derived from the same data:\n")
	b.WriteString(lts.Notice)
	b.WriteString("\n\n")
	for _, name := range []string{"data/NOTICE-festlex-cmu.txt", "data/NOTICE-cmudict.txt"} {
		t, err := noticeFS.ReadFile(name)
		if err != nil {
			continue // cannot happen: the files are embedded at build time
		}
		b.Write(t)
		b.WriteString("\n")
	}
	return b.String()
}

// Lookup returns the lexicon's pronunciation of word (case-insensitive). Among homographs it
// returns the one whose part of speech matches pos (see the Pos constants), else the first.
// User overrides given to With come first and ignore pos.
func (l *Lexicon) Lookup(word, pos string) (phone.Pron, bool) {
	if len(word) > maxPronLen {
		return nil, false
	}
	key := strings.ToLower(strings.TrimSpace(word))
	if p, ok := l.over[key]; ok {
		return clonePron(p), true
	}
	return l.lookupKey(key, pos)
}

// lookupKey consults the hand-written homograph table, then the lexicon, for a lower-case key.
func (l *Lexicon) lookupKey(key, pos string) (phone.Pron, bool) {
	if es, ok := homographTable[key]; ok {
		return clonePron(choose(es, pos)), true
	}
	if len(key) == 0 || len(key) > lexfile.MaxWordLen || l.r == nil {
		return nil, false
	}
	es, err := l.r.Lookup(key)
	if err != nil || len(es) == 0 {
		return nil, false
	}
	return choose(es, pos), true
}

// choose picks the entry matching pos; a past-tense hint falls back to the verb; otherwise the
// first entry.
func choose(es []lexfile.Entry, pos string) phone.Pron {
	if pos != "" {
		pos = strings.ToLower(pos)
		for _, e := range es {
			if e.POS == pos {
				return e.Pron
			}
		}
		if pos == PosPast {
			for _, e := range es {
				if e.POS == PosVerb {
					return e.Pron
				}
			}
		}
		if pos == PosAlt {
			for _, e := range es {
				if e.POS == PosNoun {
					return e.Pron
				}
			}
		}
	}
	return es[0].Pron
}

func clonePron(p phone.Pron) phone.Pron {
	if p == nil {
		return nil
	}
	out := make(phone.Pron, len(p))
	for i, s := range p {
		out[i] = phone.Syllable{Phones: append([]phone.Phone(nil), s.Phones...), Stress: s.Stress}
	}
	return out
}

// With returns a view of l that consults overrides before anything else. Keys are words or
// phrases; they are lower-cased and their spaces collapsed to single spaces. The base lexicon is
// shared, not copied; overrides of l itself are kept unless a key is given again.
func (l *Lexicon) With(overrides map[string]phone.Pron) *Lexicon {
	v := &Lexicon{r: l.r, lts: l.lts, over: make(map[string]phone.Pron, len(l.over)+len(overrides)), maxPhrase: l.maxPhrase}
	for k, p := range l.over {
		v.over[k] = p
	}
	for k, p := range overrides {
		key := normalizePhrase(k)
		if key == "" || len(p) == 0 {
			continue
		}
		v.over[key] = clonePron(p)
		if n := strings.Count(key, " ") + 1; n > v.maxPhrase {
			v.maxPhrase = n
		}
	}
	return v
}

func normalizePhrase(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// Phrase finds the longest override (given to With) that matches words[0:n], comparing
// case-insensitively, and returns its length in words and its pronunciation. A single-word
// override counts as a phrase of length 1. Matching phrases across a sentence is the caller's
// job: call Phrase at each word position.
func (l *Lexicon) Phrase(words []string) (n int, p phone.Pron, ok bool) {
	if len(l.over) == 0 || len(words) == 0 {
		return 0, nil, false
	}
	maxN := min(l.maxPhrase, len(words))
	parts := make([]string, 0, maxN)
	for _, w := range words[:maxN] {
		parts = append(parts, normalizePhrase(w))
	}
	for k := maxN; k >= 1; k-- {
		if pr, found := l.over[strings.Join(parts[:k], " ")]; found {
			return k, clonePron(pr), true
		}
	}
	return 0, nil, false
}
