package lts

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"sync"

	"github.com/chorus-tts/chorus/synth/phone"
)

// TrainOptions controls Train.
type TrainOptions struct {
	// EMIterations is the number of alignment re-estimation passes (default 6).
	EMIterations int
	// MinLeaf is the fewest training letters a tree leaf may hold (default 1).
	MinLeaf int
	// Workers is how many trees grow at once (default 1).
	Workers int

	// RightToLeft classifies letters from the end of the word, so that the "previous class"
	// features see the letters to the right.
	RightToLeft bool
	// BothDirections also trains trees reading the other way; Predict then takes, per word,
	// the direction whose least-supported decision had the most training evidence.
	BothDirections bool

	disabled [numFeatures]bool // features the trees may not ask about (for experiments)
}

// TrainStats describes a training run.
type TrainStats struct {
	Words     int // words used
	Unaligned int // words dropped because no alignment exists
	Letters   int // training samples
	Classes   int // distinct tree outputs
	TreeNodes int // nodes over all 26 trees
}

// Usable reports whether an entry can train or test the model: a headword of lower-case
// letters a..z only (mixed-case names and acronyms are left out) with a pronunciation.
func Usable(e Entry) bool {
	if e.Word == "" || len(e.Word) > MaxLetters || len(e.Pron) == 0 {
		return false
	}
	for i := 0; i < len(e.Word); i++ {
		if e.Word[i] < 'a' || e.Word[i] > 'z' {
			return false
		}
	}
	return true
}

// holdOutSalt keys the hash that picks held-out words; changing it changes the split.
const holdOutSalt = "chorus-lts-heldout-v1:"

func holdOutKey(word string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(holdOutSalt))
	h.Write([]byte(word))
	return h.Sum64()
}

// SplitHeldOut partitions the usable entries by headword: the n headwords with the smallest
// salted FNV-1a hash, with all their entries, are held out; the rest are returned for training.
// The split depends only on the set of headwords, not on their order.
func SplitHeldOut(entries []Entry, n int) (train, heldOut []Entry) {
	type wk struct {
		w string
		k uint64
	}
	seen := map[string]bool{}
	var words []wk
	for _, e := range entries {
		if Usable(e) && !seen[e.Word] {
			seen[e.Word] = true
			words = append(words, wk{e.Word, holdOutKey(e.Word)})
		}
	}
	slices.SortFunc(words, func(a, b wk) int {
		switch {
		case a.k < b.k:
			return -1
		case a.k > b.k:
			return 1
		}
		return 0
	})
	held := map[string]bool{}
	for _, w := range words[:min(n, len(words))] {
		held[w.w] = true
	}
	for _, e := range entries {
		switch {
		case !Usable(e):
		case held[e.Word]:
			heldOut = append(heldOut, e)
		default:
			train = append(train, e)
		}
	}
	return train, heldOut
}

// flatten returns the pronunciation's phones and, per phone, whether it is a stressed vowel.
func flatten(p phone.Pron) ([]phone.Phone, []bool) {
	var ph []phone.Phone
	var st []bool
	for _, s := range p {
		for _, x := range s.Phones {
			ph = append(ph, x)
			st = append(st, x.IsVowel() && s.Stress != phone.Unstressed)
		}
	}
	return ph, st
}

// Train learns a model from lexicon entries. Only Usable entries count, and for a headword with
// several entries only the first is used. Train is deterministic.
func Train(ctx context.Context, entries []Entry, opt TrainOptions) (*Model, TrainStats, error) {
	if opt.EMIterations <= 0 {
		opt.EMIterations = 6
	}
	if opt.MinLeaf <= 0 {
		opt.MinLeaf = 1
	}
	if opt.Workers <= 0 {
		opt.Workers = 1
	}
	var stats TrainStats
	type word struct {
		aw     alignWord
		stress []bool
	}
	var words []word
	seen := map[string]bool{}
	for _, e := range entries {
		if !Usable(e) || seen[e.Word] {
			continue
		}
		seen[e.Word] = true
		ph, st := flatten(e.Pron)
		w := word{aw: newAlignWord(letters(e.Word), ph), stress: st}
		if !w.aw.alignable() {
			stats.Unaligned++
			continue
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return nil, stats, errors.New("lts: no usable training entries")
	}
	aws := make([]alignWord, len(words))
	for i, w := range words {
		aws[i] = w.aw
	}
	t := newEMTable()
	for it := 0; it < opt.EMIterations; it++ {
		var err error
		if t, err = emStep(ctx, aws, t); err != nil {
			return nil, stats, fmt.Errorf("lts: alignment: %w", err)
		}
	}

	// Label every letter with a class: its emission plus the stress of the vowel it emits.
	type key struct {
		em       int
		stressed bool
	}
	type keyed struct {
		letters []uint8
		keys    []key
	}
	var keyedData []keyed
	keySet := map[key]bool{}
	for _, w := range words {
		em := viterbiAlign(w.aw, t)
		if em == nil {
			stats.Unaligned++
			continue
		}
		d := keyed{letters: w.aw.letters, keys: make([]key, len(em))}
		j := 0
		for i, e := range em {
			n := 0
			switch {
			case e == emEpsilon:
			case e < phone.Count:
				n = 1
			default:
				n = 2
			}
			k := key{em: e}
			for x := j; x < j+n; x++ {
				if w.stress[x] {
					k.stressed = true
				}
			}
			j += n
			d.keys[i] = k
			keySet[k] = true
		}
		keyedData = append(keyedData, d)
	}
	if len(keyedData) == 0 {
		return nil, stats, errors.New("lts: no training word could be aligned")
	}
	keys := make([]key, 0, len(keySet))
	for k := range keySet {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.em != b.em {
			return a.em - b.em
		}
		if a.stressed == b.stressed {
			return 0
		}
		if b.stressed {
			return -1
		}
		return 1
	})
	if len(keys) > maxClasses {
		return nil, stats, fmt.Errorf("lts: %d classes exceed the format's %d", len(keys), maxClasses)
	}
	m := &Model{}
	classOf := map[key]uint8{}
	for i, k := range keys {
		var c class
		switch {
		case k.em == emEpsilon:
		case k.em < phone.Count:
			c.n, c.ph[0] = 1, phone.Phone(k.em)
		default:
			c.n, c.ph = 2, clusters[k.em-phone.Count]
		}
		c.stressed = k.stressed
		m.classes = append(m.classes, c)
		classOf[k] = uint8(i)
	}
	data := make([]labelled, len(keyedData))
	for i, d := range keyedData {
		data[i] = labelled{letters: d.letters, gold: make([]uint8, len(d.keys))}
		for j, k := range d.keys {
			data[i].gold[j] = classOf[k]
		}
	}

	stats.Words = len(data)
	stats.Classes = len(m.classes)
	for _, d := range data {
		stats.Letters += len(d.letters)
	}
	revs := []bool{opt.RightToLeft}
	if opt.BothDirections {
		revs = append(revs, !opt.RightToLeft)
	}
	for _, rev := range revs {
		d, err := trainDirection(ctx, data, m.classes, rev, opt)
		if err != nil {
			return nil, stats, err
		}
		m.dirs = append(m.dirs, d)
		for _, t := range d.trees {
			stats.TreeNodes += len(t)
		}
	}
	return m, stats, nil
}

// labelled is a training word: its letters and the class of each.
type labelled struct {
	letters []uint8
	gold    []uint8
}

// trainDirection grows the 26 trees that read words in one direction. Each training letter
// takes the true classes of the letters already read as its context.
func trainDirection(ctx context.Context, data []labelled, classes []class, reverse bool, opt TrainOptions) (direction, error) {
	d := direction{reverse: reverse}
	var perLetter [26][]sample
	noClass := uint8(len(classes))
	for _, w := range data {
		ls, gold := w.letters, w.gold
		if reverse {
			ls, gold = slices.Clone(ls), slices.Clone(gold)
			slices.Reverse(ls)
			slices.Reverse(gold)
		}
		wc := newWordContext(ls)
		var h history
		for i, l := range ls {
			var s sample
			wc.features(&s.f, i, gold, noClass, h)
			s.c = uint16(gold[i])
			perLetter[l] = append(perLetter[l], s)
			h.add(classes[gold[i]])
		}
	}
	var wg sync.WaitGroup
	jobs := make(chan int)
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range jobs {
				d.trees[l] = growLetterTree(perLetter[l], opt.MinLeaf, &opt.disabled)
			}
		}()
	}
	for l := 0; l < 26; l++ {
		if ctx.Err() != nil {
			break
		}
		jobs <- l
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return direction{}, fmt.Errorf("lts: training: %w", err)
	}
	return d, nil
}

// growLetterTree maps the samples' model classes to local ones and grows the tree. A letter
// with no samples gets a single leaf.
func growLetterTree(samples []sample, minLeaf int, disabled *[numFeatures]bool) tree {
	if len(samples) == 0 {
		return tree{{feat: leafMarker}}
	}
	local := map[uint16]uint16{}
	var global []uint8
	for i := range samples {
		c := samples[i].c
		lc, ok := local[c]
		if !ok {
			lc = uint16(len(global))
			local[c] = lc
			global = append(global, uint8(c))
		}
		samples[i].c = lc
	}
	g := newTreeGrower(samples, global, minLeaf)
	g.disabled = disabled
	return g.grow()
}
