package model

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// POS holds Festival's part-of-speech tagger (the WSJ poslex and tag trigram of festlex-poslex)
// and its probabilistic phrase-break model (prob_models: a POS-context model and a 7-gram over
// break labels), from the second embedded file. Immutable; safe for concurrent use.
type POS struct {
	words []string // headwords, lower case, sorted
	dist  []uint32 // per headword: its candidate list in dists
	dists [][]Cand // distinct candidate lists

	tagger *Ngram // tag trigram (wsj.wp39.tri)
	quad   *Ngram // P(tag context | break) (sec.ts20.quad)
	hept   *Ngram // break label 7-gram (sec.B.hept)

	posMap   map[string]string // wp39 tag -> the quad model's tag set (english_pos_map_wp39_to_wp20)
	scaleB   float64           // gram_scale_s: weight of B in the break 7-gram
	pStart   string            // pos_p_start_tag ("punc")
	ppStart  string            // pos_pp_start_tag ("nn")
	numberID int               // candidate list of "_number_"
	oovID    int               // candidate list of "_OOV_"
}

// Cand is one candidate tag of a poslex entry and its log score.
type Cand struct {
	Tag   string
	Score float64
}

// Ngram is an EST_Ngrammar of counts: for each state (the history, oldest word most
// significant in base len(Vocab)), one count per predicted word.
type Ngram struct {
	Order  int
	Vocab  []string
	Pred   []string
	Counts []float64 // len(Vocab)^(Order-1) * len(Pred)

	states    int
	totals    []float64 // per state
	predTotal []float64 // per predicted word, over all states
}

func (g *Ngram) prepare() error {
	if g.Order < 2 || len(g.Vocab) == 0 || len(g.Pred) == 0 {
		return fmt.Errorf("ngram of order %d, %d words, %d predicted", g.Order, len(g.Vocab), len(g.Pred))
	}
	g.states = 1
	for i := 0; i < g.Order-1; i++ {
		if g.states > 1<<24/len(g.Vocab) {
			return fmt.Errorf("ngram of order %d over %d words: too many states", g.Order, len(g.Vocab))
		}
		g.states *= len(g.Vocab)
	}
	if len(g.Counts) != g.states*len(g.Pred) {
		return fmt.Errorf("ngram: %d counts, want %d", len(g.Counts), g.states*len(g.Pred))
	}
	g.totals = make([]float64, g.states)
	g.predTotal = make([]float64, len(g.Pred))
	for s := 0; s < g.states; s++ {
		for n := range g.Pred {
			c := g.Counts[s*len(g.Pred)+n]
			if c < 0 || math.IsNaN(c) || math.IsInf(c, 0) {
				return fmt.Errorf("ngram: count %v", c)
			}
			g.totals[s] += c
			g.predTotal[n] += c
		}
	}
	return nil
}

func (g *Ngram) index(w string) int { return slices.Index(g.Vocab, w) }

// prob is P(n | state), 0 for a state never seen.
func (g *Ngram) prob(state, n int) float64 {
	if g.totals[state] == 0 {
		return 0
	}
	return g.Counts[state*len(g.Pred)+n] / g.totals[state]
}

// state is the state of a history (oldest first).
func (g *Ngram) state(hist ...int) int {
	s := 0
	for _, h := range hist {
		s = s*len(g.Vocab) + h
	}
	return s
}

// next is the state after state when n follows.
func (g *Ngram) next(state, n int) int {
	return (state*len(g.Vocab) + n) % g.states
}

// lookup returns the candidate tags of a word as Festival's POS module finds them: the poslex
// entry of the lower-cased word; if none, "_number_"'s for a word starting with a digit, else
// "_OOV_"'s.
func (p *POS) lookup(word string) []Cand {
	w := strings.ToLower(word)
	i := sort.SearchStrings(p.words, w)
	if i < len(p.words) && p.words[i] == w {
		return p.dists[p.dist[i]]
	}
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return p.dists[p.numberID]
	}
	return p.dists[p.oovID]
}

// Candidates returns a word's candidate tags and their log scores, as the tagger sees them.
func (p *POS) Candidates(word string) []Cand { return slices.Clone(p.lookup(word)) }

const (
	logZeroTrans = -18.420680743952367 // ln 1e-8: Festival's score for a zero transition
	logZeroCand  = -16.11809565095832  // ln 1e-7: for a zero break likelihood
)

// Tag tags words with Festival's Viterbi POS tagger (Classic_POS): candidates and scores from
// the poslex, transitions from the tag trigram starting from the history (nn, punc); a zero
// transition scores ln 1e-8. words are Festival's Word items: punctuation as words of its own
// ("." after "late"), which take part in tagging (they get "punc"). The tags are the WSJ tags
// ("dt", "nn", "vbd", ..., "punc"). Without the POS data (a Set from Decode) Tag returns nil.
func (s *Set) Tag(words []string) []string { return s.TagFixed(words, nil) }

// TagFixed is Tag where fixed[i], when not "", is a tag the tokenizer has already given
// words[i]: Festival's tokenizer does so for letters read as letters (the word "I", a spelled
// "a": nn), and the tagger then takes that tag as the word's only candidate, with score 1. A
// fixed tag the tagger does not know is ignored.
func (s *Set) TagFixed(words, fixed []string) []string {
	p := s.POS
	if p == nil || len(words) == 0 {
		return nil
	}
	g := p.tagger
	type path struct {
		score float64
		from  int // state at the previous word
		tag   int
	}
	start := g.state(g.index(p.ppStart), g.index(p.pStart))
	prev := map[int]path{start: {}}
	order := []int{start}
	back := make([]map[int]path, len(words))
	for i, w := range words {
		cur := map[int]path{}
		var curOrder []int
		cands := p.lookup(w)
		if i < len(fixed) && fixed[i] != "" && g.index(fixed[i]) >= 0 {
			cands = []Cand{{Tag: fixed[i], Score: 1}}
		}
		for _, st := range order {
			pp := prev[st]
			for _, c := range cands {
				n := g.index(c.Tag)
				if n < 0 {
					continue
				}
				lp := logZeroTrans
				if pr := g.prob(st, n); pr > 0 {
					lp = math.Log(pr)
				}
				sc := pp.score + c.Score + lp
				ns := g.next(st, n)
				if old, ok := cur[ns]; !ok || sc > old.score {
					if !ok {
						curOrder = append(curOrder, ns)
					}
					cur[ns] = path{score: sc, from: st, tag: n}
				}
			}
		}
		back[i] = cur
		prev, order = cur, curOrder
	}
	best, bestSt := math.Inf(-1), -1
	for _, st := range order {
		if prev[st].score > best {
			best, bestSt = prev[st].score, st
		}
	}
	if bestSt < 0 {
		return nil
	}
	tags := make([]string, len(words))
	for i, st := len(words)-1, bestSt; i >= 0; i-- {
		pt := back[i][st]
		tags[i] = g.Vocab[pt.tag]
		st = pt.from
	}
	return tags
}

// festivalWords interleaves words with their following punctuation as words of their own, as
// Festival's tokenizer makes them. It returns the sequence and, for each of its items, the index
// of the word it came from and whether it is punctuation.
func festivalWords(words, punct []string) (seq []string, from []int, isPunct []bool) {
	for i, w := range words {
		seq, from, isPunct = append(seq, w), append(from, i), append(isPunct, false)
		if i < len(punct) && punct[i] != "" {
			seq, from, isPunct = append(seq, punct[i]), append(from, i), append(isPunct, true)
		}
	}
	return seq, from, isPunct
}

// TagWords tags words the way Festival does when punct[i] (possibly "") is the punctuation
// that follows words[i] in the text: the punctuation takes part in tagging as words of its own.
// fixed, if not nil, holds tags the tokenizer fixed (see TagFixed). It returns one tag per word.
func (s *Set) TagWords(words, punct, fixed []string) []string {
	seq, from, isPunct := festivalWords(words, punct)
	var fx []string
	if fixed != nil {
		fx = make([]string, len(seq))
		for i := range seq {
			if !isPunct[i] && from[i] < len(fixed) {
				fx[i] = fixed[from[i]]
			}
		}
	}
	all := s.TagFixed(seq, fx)
	if all == nil {
		return nil
	}
	out := make([]string, 0, len(words))
	for i, t := range all {
		if !isPunct[i] {
			out = append(out, t)
		}
	}
	return out
}

// Breaks predicts Festival's phrase breaks (Phrase_Method prob_models) after each word: "NB",
// "B" or "BB" (and "mB" where the phrase-type tree says so). words and tags are the words and
// their POS tags (TagWords); punct[i] is the punctuation that follows words[i] ("" if none, ","
// or "." or "?"), which Festival treats as a word of its own tagged punc: the break model runs
// over that sequence, the last item gets a break for certain, english_phrase_type_tree turns a
// B on ".", "!" or "?" into BB, and, as Festival's Pauses module does, each punctuation word's B
// or BB then moves to the word before it. Each word is taken as a text token of its own, with
// its punctuation (see BreaksTokens for words read from one token, like "1990"). A tag the
// break model does not know counts as a noun. Without the POS data (a Set from Decode) Breaks
// returns nil.
func (s *Set) Breaks(words []string, tags []string, punct []string) []string {
	token := make([]int, len(words))
	for i := range token {
		token[i] = i
	}
	return s.BreaksTokens(words, tags, punct, token)
}

// BreaksTokens is Breaks for words read from text tokens: token[i] numbers the token words[i]
// was read from (the same number for consecutive words of one token, like "nineteen ninety" from
// "1990"), and punct[i] follows words[i] within that token. As in Festival, a word that is not
// the last item of its token (its punctuation counts), in a token of fewer than 7 items, has its
// chance of a break halved (pbreak_scale 0.5).
func (s *Set) BreaksTokens(words, tags, punct []string, token []int) []string {
	p := s.POS
	if p == nil || len(words) == 0 || s.PhraseType == nil {
		return nil
	}
	seq, from, isPunct := festivalWords(words, punct)
	// The token of each item: a word's, or for punctuation its word's.
	tokOf := make([]int, len(seq))
	tokLen := map[int]int{}
	for i := range seq {
		tokOf[i] = -1 - from[i] // a word without a token number is a token of its own
		if from[i] < len(token) {
			tokOf[i] = token[from[i]]
		}
		tokLen[tokOf[i]]++
	}
	q, h := p.quad, p.hept
	noun := q.index("n")
	idx := make([]int, len(seq))
	for i := range seq {
		t := "punc"
		if !isPunct[i] {
			t = "" // a word without a tag counts as a noun, below
			if from[i] < len(tags) {
				t = tags[from[i]]
			}
		}
		if m, ok := p.posMap[t]; ok {
			t = m
		}
		idx[i] = q.index(t)
		if idx[i] < 0 {
			idx[i] = noun
		}
	}
	bIdx, nbIdx := h.index("B"), h.index("NB")
	pStart := q.index(p.pStart)
	type cand struct {
		label int
		score float64
	}
	cands := func(i int) []cand {
		if i == len(seq)-1 {
			return []cand{{bIdx, math.Log(0.95)}}
		}
		prevTag := pStart
		if i > 0 {
			prevTag = idx[i-1]
		}
		st := q.state(prevTag, idx[i], idx[i+1])
		// Not the last item of its token, in a token of fewer than 7 items: Festival halves
		// the chance of a break (pbreak_scale 0.5).
		inner := tokOf[i+1] == tokOf[i] && tokLen[tokOf[i]] < 7
		var out []cand
		for _, label := range []string{"B", "NB"} {
			n := slices.Index(q.Pred, label)
			pr := q.Counts[st*len(q.Pred)+n] / q.predTotal[n]
			if inner {
				if label == "B" {
					pr *= 0.5
				} else {
					pr = 1 - (1-pr)*0.5
				}
			}
			sc := logZeroCand
			if pr > 0 {
				sc = math.Log(pr)
			}
			out = append(out, cand{h.index(label), sc})
		}
		return out
	}
	type path struct {
		score float64
		from  int
		label int
	}
	hist := make([]int, h.Order-1)
	for i := range hist {
		hist[i] = nbIdx
	}
	hist[len(hist)-1] = bIdx
	start := h.state(hist...)
	prev := map[int]path{start: {}}
	order := []int{start}
	back := make([]map[int]path, len(seq))
	for i := range seq {
		cur := map[int]path{}
		var curOrder []int
		for _, st := range order {
			for _, c := range cands(i) {
				pr := h.prob(st, c.label)
				if c.label == bIdx {
					pr *= p.scaleB
				}
				lp := logZeroTrans
				if pr > 0 {
					lp = math.Log(pr)
				}
				sc := prev[st].score + c.score + lp
				ns := h.next(st, c.label)
				if old, ok := cur[ns]; !ok || sc > old.score {
					if !ok {
						curOrder = append(curOrder, ns)
					}
					cur[ns] = path{score: sc, from: st, label: c.label}
				}
			}
		}
		back[i] = cur
		prev, order = cur, curOrder
	}
	best, bestSt := math.Inf(-1), -1
	for _, st := range order {
		if prev[st].score > best {
			best, bestSt = prev[st].score, st
		}
	}
	labels := make([]string, len(seq))
	for i, st := len(seq)-1, bestSt; i >= 0; i-- {
		pt := back[i][st]
		labels[i] = h.Vocab[pt.label]
		st = pt.from
	}
	// The phrase-type tree, then punctuation's breaks onto the word before it.
	out := make([]string, len(words))
	for i, name := range seq {
		pb := labels[i]
		labels[i] = s.PhraseType.Class(Feats(func(f string) string {
			switch f {
			case "pbreak":
				return pb
			case "name":
				return name
			}
			return "0"
		}))
	}
	for i := range seq {
		if !isPunct[i] {
			out[from[i]] = labels[i]
		} else if (labels[i] == "B" || labels[i] == "BB") && i > 0 {
			out[from[i]] = labels[i]
		}
	}
	return out
}

// PhraseTag maps a POS tag (of Tag or TagWords) into the phrase-break model's tag set, as
// Festival's phrasing module does with english_pos_map_wp39_to_wp20 when it sets a word's
// phr_pos feature ("nnp" -> "n", "vbd" -> "v"); a tag the map does not hold stays as it is, as
// does every tag of a Set without the POS data.
func (s *Set) PhraseTag(tag string) string {
	if s.POS != nil {
		if m, ok := s.POS.posMap[tag]; ok {
			return m
		}
	}
	return tag
}
