package hts

import (
	"math"
	"strings"
	"sync"
)

// How a label answers the voice's questions.
//
// Nearly every question pattern of an HTS voice asks whether the label holds one word between
// two given delimiters: "*-aw+*" (the phone is aw), "*/E:content+*", "*+5-*". As globs these are
// substring searches of the whole label, one per pattern. Instead a label is split once into
// its word runs (maximal runs of isWord bytes) and the delimiter runs between them. In an
// occurrence of pre+word+post (pre and post delimiter bytes, word word bytes) word is bounded by
// delimiter bytes on both sides, so it is a whole word run of the label, pre is the end of the
// delimiter run before that word run and post the start of the one after it; and where a word
// run has such neighbours, the pattern occurs. So the pattern matches exactly when some word run
// whose neighbours fit its (pre, post) pair, its context, equals word. The same holds for a
// prefix "word+post*" with the word run that starts the label (pre is "") and for a suffix
// "*pre+word" with the one that ends it (post is "").
//
// Which word runs fit a context depends only on the label's delimiter runs, its shape, and a
// voice's labels come in few shapes (the end tone "L-L%" is spelt in delimiter bytes, so each
// tone is a shape), so each shape's word runs per context are found once and kept by the voice.
// A pattern then costs a string comparison per fitting word run, usually one. Patterns of other
// shapes ('?', a prefix or a suffix, only delimiters) are matched as globs, as are all patterns
// of a label whose shape is new when the voice already keeps maxShapes shapes.

// patternContext is the (pre, post) pair of a word pattern; an empty pre or post stands for the
// label's start or end.
type patternContext struct{ pre, post string }

// maxShapes bounds the label shapes a voice keeps (labels from our front end come in a handful).
const maxShapes = 256

// shape lists, for each of a voice's pattern contexts c, the word runs of labels of one shape
// that fit it: runs[off[c]:off[c+1]].
type shape struct {
	off  []int32
	runs []int32
}

// shapeCache holds a voice's label shapes by signature (the label with each word run replaced
// by the byte 'a'). It is safe for concurrent use.
type shapeCache struct {
	mu sync.RWMutex
	m  map[string]*shape
}

// get returns the shape of label, whose signature is sig and word runs runs, making it if it is
// new; nil when the cache is full.
func (c *shapeCache) get(sig []byte, label string, runs []int32, ctxs []patternContext) *shape {
	c.mu.RLock()
	sh := c.m[string(sig)]
	c.mu.RUnlock()
	if sh != nil {
		return sh
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if sh := c.m[string(sig)]; sh != nil {
		return sh
	}
	if len(c.m) >= maxShapes {
		return nil
	}
	sh = newShape(label, runs, ctxs)
	if c.m == nil {
		c.m = map[string]*shape{}
	}
	c.m[string(sig)] = sh
	return sh
}

// newShape finds the word runs of label (runs as in answers) that fit each context.
func newShape(label string, runs []int32, ctxs []patternContext) *shape {
	n := len(runs) / 2
	sh := &shape{off: make([]int32, len(ctxs)+1)}
	for c, x := range ctxs {
		for k := 0; k < n; k++ {
			before, after := 0, len(label)
			if k > 0 {
				before = int(runs[2*k-1])
			}
			if k < n-1 {
				after = int(runs[2*k+2])
			}
			fits := strings.HasSuffix(label[before:runs[2*k]], x.pre) && strings.HasPrefix(label[runs[2*k+1]:after], x.post)
			if x.pre == "" && runs[2*k] != 0 || x.post == "" && int(runs[2*k+1]) != len(label) {
				fits = false // an anchored pattern's word starts or ends the label
			}
			if fits {
				sh.runs = append(sh.runs, int32(k))
			}
		}
		sh.off[c+1] = int32(len(sh.runs))
	}
	return sh
}

// answers caches one label's answers to the voice's questions and patterns (see model.find),
// and holds the label split into word runs.
type answers struct {
	q, p  []uint8 // by question and pattern id: 0 unknown, 1 no, 2 yes
	label string
	runs  []int32 // word run k is label[runs[2k]:runs[2k+1]]
	wids  []int32 // word run k's number among the voice's words; -1 none, -2 not looked up
	sig   []byte
	sh    *shape // nil: patterns are matched as globs
	words map[string]int32
}

// reset prepares a for label, a label for voice v.
func (a *answers) reset(v *Voice, label string) {
	a.q = resetMemo(a.q, v.numQuestions)
	a.p = resetMemo(a.p, v.numPatterns)
	a.label, a.sh = label, nil
	if v.shapes == nil || len(v.contexts) == 0 || len(label) > math.MaxInt32 {
		return
	}
	if cap(a.sig) < len(label) { // at most len(label) bytes, and len(label)/2+1 word runs
		a.sig = make([]byte, 0, 2*len(label))
		a.runs = make([]int32, 0, 2*len(label)+2)
	}
	a.runs, a.sig = a.runs[:0], a.sig[:0]
	for i := 0; i < len(label); {
		if !isWord(label[i]) {
			a.sig = append(a.sig, label[i])
			i++
			continue
		}
		j := i + 1
		for j < len(label) && isWord(label[j]) {
			j++
		}
		a.runs = append(a.runs, int32(i), int32(j))
		a.sig = append(a.sig, 'a')
		i = j
	}
	a.sh = v.shapes.get(a.sig, label, a.runs, v.contexts)
	a.words = v.words
	n := len(a.runs) / 2
	if cap(a.wids) < n {
		a.wids = make([]int32, n)
	}
	a.wids = a.wids[:n]
	for k := range a.wids {
		a.wids[k] = -2
	}
}

// wid returns the number of word run k among the voice's words, -1 if it is none of them.
func (a *answers) wid(k int32) int32 {
	w := a.wids[k]
	if w == -2 {
		var ok bool
		if w, ok = a.words[a.label[a.runs[2*k]:a.runs[2*k+1]]]; !ok {
			w = -1
		}
		a.wids[k] = w
	}
	return w
}

// ask answers question q, caching the answer by question id. A question of word patterns of
// one context asks whether one of the word runs that fit the context is in its set of words.
func (a *answers) ask(q *question) bool {
	m := a.q[q.id]
	if m == 0 {
		yes := false
		if q.words != nil && a.sh != nil {
			for _, k := range a.sh.runs[a.sh.off[q.ctx]:a.sh.off[q.ctx+1]] {
				w := a.wid(k)
				if w < 0 {
					continue
				}
				if i := w/64 - q.wbase; i >= 0 && int(i) < len(q.words) && q.words[i]&(1<<(w%64)) != 0 {
					yes = true
					break
				}
			}
		} else {
			yes = a.any(q.patterns)
		}
		m = 1
		if yes {
			m = 2
		}
		a.q[q.id] = m
	}
	return m == 2
}

// match reports whether p matches the label.
func (a *answers) match(p *pattern) bool {
	if p.ctx < 0 || a.sh == nil {
		return p.match(a.label)
	}
	for _, k := range a.sh.runs[a.sh.off[p.ctx]:a.sh.off[p.ctx+1]] {
		if a.wid(k) == p.wid {
			return true
		}
	}
	return false
}

// any reports whether any of ps matches the label, caching glob answers by pattern id (word
// patterns are cheaper to compare again than to cache).
func (a *answers) any(ps []pattern) bool {
	for i := range ps {
		p := &ps[i]
		if p.ctx >= 0 && a.sh != nil {
			if a.match(p) {
				return true
			}
			continue
		}
		m := a.p[p.id]
		if m == 0 {
			m = 1
			if p.match(a.label) {
				m = 2
			}
			a.p[p.id] = m
		}
		if m == 2 {
			return true
		}
	}
	return false
}
