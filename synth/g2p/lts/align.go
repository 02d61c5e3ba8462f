package lts

import (
	"context"

	"github.com/chorus-tts/chorus/synth/phone"
)

// Letter-to-phone alignment. Each letter emits nothing (epsilon), one phone, or one of a short
// list of two-phone clusters (x -> K S, u -> Y UW, ...). The emission probabilities
// P(emission | letter) are learnt by expectation maximisation over all monotone alignments of
// each training word, then each word takes its most probable (Viterbi) alignment.

// clusters lists the two-phone emissions a single letter may produce.
var clusters = [][2]phone.Phone{
	{phone.K, phone.S}, {phone.G, phone.Z}, {phone.K, phone.SH}, {phone.G, phone.ZH},
	{phone.Y, phone.UW}, {phone.Y, phone.UH}, {phone.Y, phone.AX}, {phone.Y, phone.ER},
	{phone.Y, phone.AH}, {phone.W, phone.AH}, {phone.W, phone.AX}, {phone.W, phone.EY},
	{phone.W, phone.AA}, {phone.AX, phone.L}, {phone.AX, phone.M}, {phone.M, phone.AX},
	{phone.M, phone.AE}, {phone.N, phone.Y}, {phone.T, phone.S}, {phone.K, phone.W},
	{phone.AY, phone.AX}, {phone.EY, phone.AX},
}

// numEmissions counts epsilon (index 0, where Sil would be: silence is never a lexicon phone),
// every single phone (indexed by its Phone value) and every cluster.
var numEmissions = phone.Count + len(clusters)

const emEpsilon = 0

func clusterIndex(a, b phone.Phone) int {
	for i, c := range clusters {
		if c[0] == a && c[1] == b {
			return phone.Count + i
		}
	}
	return -1
}

// alignWord is a word prepared for alignment: letter indices 0..25 and stress-free phones.
type alignWord struct {
	letters []uint8
	phones  []phone.Phone
	// pair[j] is the cluster emission for phones[j], phones[j+1], or -1.
	pair []int
}

func newAlignWord(letters []uint8, phones []phone.Phone) alignWord {
	w := alignWord{letters: letters, phones: phones, pair: make([]int, len(phones))}
	for j := range phones {
		w.pair[j] = -1
		if j+1 < len(phones) {
			w.pair[j] = clusterIndex(phones[j], phones[j+1])
		}
	}
	return w
}

// alignable reports whether any alignment exists (each letter emits at most two phones).
func (w alignWord) alignable() bool {
	return len(w.phones) <= 2*len(w.letters)
}

type emTable [26][]float64

func newEMTable() *emTable {
	var t emTable
	for l := range t {
		t[l] = make([]float64, numEmissions)
		for e := range t[l] {
			t[l][e] = 1
		}
	}
	t.normalize()
	return &t
}

func (t *emTable) normalize() {
	for l := range t {
		var s float64
		for _, v := range t[l] {
			s += v
		}
		if s == 0 {
			continue
		}
		for e := range t[l] {
			t[l][e] /= s
		}
	}
}

// emStep runs one forward-backward pass over all words and returns the re-estimated table.
func emStep(ctx context.Context, words []alignWord, t *emTable) (*emTable, error) {
	var counts emTable
	for l := range counts {
		counts[l] = make([]float64, numEmissions)
	}
	var alpha, beta []float64
	for wi, w := range words {
		if wi%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		n, m := len(w.letters), len(w.phones)
		cols := m + 1
		size := (n + 1) * cols
		alpha = resize(alpha, size)
		beta = resize(beta, size)
		alpha[0] = 1
		for i := 0; i < n; i++ {
			p := t[w.letters[i]]
			for j := 0; j <= m; j++ {
				a := alpha[i*cols+j]
				if a == 0 {
					continue
				}
				alpha[(i+1)*cols+j] += a * p[emEpsilon]
				if j < m {
					alpha[(i+1)*cols+j+1] += a * p[w.phones[j]]
					if c := w.pair[j]; c >= 0 {
						alpha[(i+1)*cols+j+2] += a * p[c]
					}
				}
			}
		}
		z := alpha[n*cols+m]
		if z == 0 {
			continue
		}
		beta[n*cols+m] = 1
		for i := n - 1; i >= 0; i-- {
			p := t[w.letters[i]]
			for j := 0; j <= m; j++ {
				b := beta[(i+1)*cols+j] * p[emEpsilon]
				if j < m {
					b += beta[(i+1)*cols+j+1] * p[w.phones[j]]
					if c := w.pair[j]; c >= 0 {
						b += beta[(i+1)*cols+j+2] * p[c]
					}
				}
				beta[i*cols+j] = b
			}
		}
		for i := 0; i < n; i++ {
			l := w.letters[i]
			p := t[l]
			cnt := counts[l]
			for j := 0; j <= m; j++ {
				a := alpha[i*cols+j]
				if a == 0 {
					continue
				}
				a /= z
				cnt[emEpsilon] += a * p[emEpsilon] * beta[(i+1)*cols+j]
				if j < m {
					cnt[w.phones[j]] += a * p[w.phones[j]] * beta[(i+1)*cols+j+1]
					if c := w.pair[j]; c >= 0 {
						cnt[c] += a * p[c] * beta[(i+1)*cols+j+2]
					}
				}
			}
		}
	}
	// A small floor keeps every allowed emission possible.
	for l := range counts {
		for e := range counts[l] {
			counts[l][e] += 1e-3
		}
	}
	counts.normalize()
	return &counts, nil
}

func resize(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// viterbiAlign returns, for each letter, the emission it takes in the most probable alignment,
// or nil when the word cannot be aligned.
func viterbiAlign(w alignWord, t *emTable) []int {
	n, m := len(w.letters), len(w.phones)
	cols := m + 1
	score := make([]float64, (n+1)*cols)
	back := make([]int8, (n+1)*cols) // phones consumed by the step into this cell
	for i := range score {
		score[i] = -1
	}
	score[0] = 1
	for i := 0; i < n; i++ {
		p := t[w.letters[i]]
		for j := 0; j <= m; j++ {
			s := score[i*cols+j]
			if s < 0 {
				continue
			}
			try := func(k int, e int) {
				v := s * p[e]
				if v > score[(i+1)*cols+j+k] {
					score[(i+1)*cols+j+k] = v
					back[(i+1)*cols+j+k] = int8(k)
				}
			}
			try(0, emEpsilon)
			if j < m {
				try(1, int(w.phones[j]))
				if c := w.pair[j]; c >= 0 {
					try(2, c)
				}
			}
		}
	}
	if score[n*cols+m] <= 0 {
		return nil
	}
	out := make([]int, n)
	j := m
	for i := n; i > 0; i-- {
		k := int(back[i*cols+j])
		switch k {
		case 0:
			out[i-1] = emEpsilon
		case 1:
			out[i-1] = int(w.phones[j-1])
		default:
			out[i-1] = w.pair[j-2]
		}
		j -= k
	}
	return out
}
