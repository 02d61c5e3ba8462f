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
	r       *lexfile.Reader
	lts     LetterToSound
	over    map[string]phone.Pron // user overrides, single words and phrases
	phrases *phraseNode           // the keys of over, word by word (nil: no overrides)
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

// Has reports whether Lookup finds word (with any pos): the same answer without copying a
// pronunciation, for callers that ask only whether a word is known (the engine's
// text.Options.IsWord, asked of most tokens and of every piece of a run-together name).
func (l *Lexicon) Has(word string) bool {
	if len(word) > maxPronLen {
		return false
	}
	key := word
	if !lowerLetters(word) { // what the text normalizer asks: no space or capital to fold (speed)
		key = strings.ToLower(strings.TrimSpace(word))
	}
	if _, ok := l.over[key]; ok {
		return true
	}
	// The lexicon file before the homograph table, whose words it holds too (one map lookup
	// fewer for a found word; speed): either one finding key is Lookup's ok.
	if len(key) > 0 && len(key) <= lexfile.MaxWordLen && l.r != nil {
		if ok, err := l.r.Has(key); err == nil && ok {
			return true
		}
	}
	_, ok := homographTable[key]
	return ok
}

// lowerLetters reports whether s is all ASCII lower-case letters, which strings.TrimSpace and
// strings.ToLower leave as they are.
func lowerLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
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

func clonePron(p phone.Pron) phone.Pron { return p.Clone() }

// With returns a view of l that consults overrides before anything else. Keys are words or
// phrases; they are lower-cased and their spaces collapsed to single spaces. The base lexicon is
// shared, not copied; overrides of l itself are kept unless a key is given again. Building the
// view costs time linear in the size of the overrides.
func (l *Lexicon) With(overrides map[string]phone.Pron) *Lexicon {
	v := &Lexicon{r: l.r, lts: l.lts, over: make(map[string]phone.Pron, len(l.over)+len(overrides))}
	for k, p := range l.over {
		v.over[k] = p
	}
	for k, p := range overrides {
		key := normalizePhrase(k)
		if key == "" || len(p) == 0 {
			continue
		}
		v.over[key] = clonePron(p)
	}
	if len(v.over) > 0 {
		v.phrases = &phraseNode{}
		for key, p := range v.over {
			v.phrases.insert(strings.Split(key, " "), p)
		}
	}
	return v
}

func normalizePhrase(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// phraseNode is a node of the trie of override keys: the path from the root spells a key's
// words; pron is set where a key ends.
type phraseNode struct {
	next map[string]*phraseNode
	pron phone.Pron
}

func (n *phraseNode) insert(words []string, p phone.Pron) {
	for _, w := range words {
		c := n.next[w]
		if c == nil {
			if n.next == nil {
				n.next = map[string]*phraseNode{}
			}
			c = &phraseNode{}
			n.next[w] = c
		}
		n = c
	}
	n.pron = p
}

// longest walks the trie along words, words[j] given by norm(j) as its normalized form, and
// returns the length in words of the longest key that words starts with, and the node where it
// ends (0 and nil if none). A word normalizing to nothing matches no key, nor does one that
// holds a key's end in its middle. The walk stops where the trie does, so it costs at most the
// longest key's length in words.
func (n *phraseNode) longest(count int, norm func(j int) string) (int, *phraseNode) {
	best, at := 0, (*phraseNode)(nil)
	for j := 0; j < count && n != nil; j++ {
		w := norm(j)
		if w == "" {
			break
		}
		for f := range strings.SplitSeq(w, " ") {
			if n = n.next[f]; n == nil {
				break
			}
		}
		if n != nil && n.pron != nil {
			best, at = j+1, n
		}
	}
	return best, at
}

// Phrase finds the longest override (given to With) that matches words[0:n], comparing
// case-insensitively, and returns its length in words and its pronunciation. A single-word
// override counts as a phrase of length 1. To find the overrides of a whole sentence, use
// MatchPhrases.
func (l *Lexicon) Phrase(words []string) (n int, p phone.Pron, ok bool) {
	if l.phrases == nil {
		return 0, nil, false
	}
	n, at := l.phrases.longest(len(words), func(j int) string { return normalizePhrase(words[j]) })
	if at == nil {
		return 0, nil, false
	}
	return n, clonePron(at.pron), true
}

// PhraseMatch is an override found in a run of words: words[At:At+N] are read as Pron.
type PhraseMatch struct {
	At, N int
	Pron  phone.Pron
}

// MatchPhrases finds the overrides (given to With) in a run of words, as Phrase would at each
// position, left to right: where an override matches, the longest one is taken and the search
// goes on after it; where none does, at the next word. Words compare case-insensitively. It
// normalizes each word once and walks the trie of overrides from each position no further than
// it matches, so it costs time linear in the words' length times the longest override's length
// in words, whatever the words and the overrides.
func (l *Lexicon) MatchPhrases(words []string) []PhraseMatch {
	if l.phrases == nil || len(words) == 0 {
		return nil
	}
	norm := make([]string, len(words))
	done := make([]bool, len(words))
	var out []PhraseMatch
	for i := 0; i < len(words); {
		n, at := l.phrases.longest(len(words)-i, func(j int) string {
			if k := i + j; !done[k] {
				norm[k], done[k] = normalizePhrase(words[k]), true
			}
			return norm[i+j]
		})
		if at == nil {
			i++
			continue
		}
		out = append(out, PhraseMatch{At: i, N: n, Pron: clonePron(at.pron)})
		i += n
	}
	return out
}
