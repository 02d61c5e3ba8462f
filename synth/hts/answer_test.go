package hts

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// checkAnswers answers every pattern, tree pattern set and question of v for label through
// answers (word patterns by the label's shape, questions of one context by their word sets) and
// by plain globs, and describes each disagreement; byShape counts the word patterns answered by
// the shape, bySet the questions answered by their word sets.
func checkAnswers(v *Voice, label string) (bad []string, byShape, bySet int) {
	var a answers
	a.reset(v, label)
	globs := make([]int8, v.numPatterns) // by pattern id: 0 not yet matched, 1 no, 2 yes
	checked := make([]bool, v.numPatterns)
	globOf := func(p *pattern, memo bool) bool {
		if !memo {
			return glob(p.src, label)
		}
		if globs[p.id] == 0 {
			globs[p.id] = 1
			if glob(p.src, label) {
				globs[p.id] = 2
			}
		}
		return globs[p.id] == 2
	}
	var q *question // the question being checked, if any
	check := func(ps []pattern, what func() string, memo bool) {
		want := false
		for i := range ps {
			p := &ps[i]
			g := globOf(p, memo)
			want = want || g
			if memo && checked[p.id] {
				continue
			}
			if memo {
				checked[p.id] = true
			}
			if got := a.match(p); got != g {
				bad = append(bad, fmt.Sprintf("%s pattern %q: %v, the glob says %v", what(), p.src, got, g))
			}
			if p.ctx >= 0 && a.sh != nil {
				byShape++
			}
		}
		if !memo {
			return
		}
		if got := a.any(ps); got != want {
			bad = append(bad, fmt.Sprintf("%s: any %v, the globs say %v", what(), got, want))
		}
		if q != nil {
			if got := a.ask(q); got != want {
				bad = append(bad, fmt.Sprintf("%s: ask %v, the globs say %v", what(), got, want))
			}
			if q.words != nil && a.sh != nil {
				bySet++
			}
		}
	}
	models := []*model{&v.Duration}
	for _, s := range v.Streams {
		models = append(models, &s.Model)
		if s.UseGV {
			models = append(models, &s.GV)
		}
	}
	askedQ := make([]bool, v.numQuestions)
	for _, m := range models {
		for i := range m.trees {
			check(m.trees[i].patterns, func() string { return fmt.Sprintf("tree %d", i) }, true)
		}
		for _, mq := range m.questions {
			if askedQ[mq.id] {
				continue // the same question of another model
			}
			askedQ[mq.id] = true
			q = mq
			check(q.patterns, func() string { return "question " + q.name }, true)
			q = nil
		}
	}
	check(v.GVOff, func() string { return "GV-off" }, false) // not numbered: the vocoder matches them with matchAny
	return bad, byShape, bySet
}

// freshVoice is a copy of the slt voice with an empty shape cache of its own (the tests below
// make labels of many shapes, which would fill the shared voice's cache).
func freshVoice(t *testing.T) *Voice {
	t.Helper()
	v := *sltVoice(t)
	v.shapes = &shapeCache{}
	return &v
}

// The shape of almost every pattern of the slt voice is understood.
func TestSltPatternsAreMostlyWordPatterns(t *testing.T) {
	v := sltVoice(t)
	words, all := 0, 0
	count := func(ps []pattern) {
		for _, p := range ps {
			all++
			if p.ctx >= 0 {
				words++
				if p.src != "*"+p.pre+p.word+p.post+"*" && p.src != p.word+p.post+"*" && p.src != "*"+p.pre+p.word {
					t.Errorf("pattern %q split as %q %q %q", p.src, p.pre, p.word, p.post)
				}
			}
		}
	}
	for _, q := range v.Duration.questions {
		count(q.patterns)
	}
	for _, s := range v.Streams {
		for _, q := range s.Model.questions {
			count(q.patterns)
		}
	}
	sets, qs := 0, 0
	for _, m := range []*model{&v.Duration, &v.Streams[v.mcp].Model, &v.Streams[v.lf0].Model} {
		for _, q := range m.questions {
			qs++
			if q.words != nil {
				sets++
				for _, p := range q.patterns {
					if i := p.wid/64 - q.wbase; p.ctx != q.ctx || i < 0 || int(i) >= len(q.words) || q.words[i]&(1<<(p.wid%64)) == 0 {
						t.Errorf("question %s: pattern %q is not in its word set", q.name, p.src)
					}
				}
			}
		}
	}
	t.Logf("%d of %d question patterns are word patterns, in %d contexts; %d of %d questions are word sets", words, all, len(v.contexts), sets, qs)
	if sets < qs*9/10 {
		t.Errorf("%d of %d questions are word sets; want at least 90 %%", sets, qs)
	}
	if words < all*95/100 {
		t.Errorf("%d of %d question patterns are word patterns; want at least 95 %%", words, all)
	}
	if len(v.contexts) == 0 || len(v.contexts) > 100 {
		t.Errorf("%d pattern contexts", len(v.contexts))
	}
}

func TestSplitWord(t *testing.T) {
	for _, c := range []struct {
		lit, pre, word, post string
		ok                   bool
	}{
		{"^aw-", "^", "aw", "-", true},
		{"/C:0+", "/C:", "0", "+", true},
		{"/J:13+", "/J:", "13", "+", true},
		{"-h#+", "-", "h", "#+", true},  // '#' is a delimiter byte
		{"|L-L%/I:", "", "", "", false}, // no word
		{"aw-", "", "", "", false},      // no delimiter before
		{"^aw", "", "", "", false},      // none after
		{"^a-b+", "", "", "", false},    // two words
		{"", "", "", "", false},         // empty
		{"/E:content+", "/E:", "content", "+", true},
	} {
		pre, word, post, ok := splitWord(c.lit)
		if pre != c.pre || word != c.word || post != c.post || ok != c.ok {
			t.Errorf("splitWord(%q) = %q %q %q %v; want %q %q %q %v", c.lit, pre, word, post, ok, c.pre, c.word, c.post, c.ok)
		}
	}
}

// edgeLabels derives labels from real ones by putting other values in each word run: undefined
// fields, multi-digit numbers, phone names that are prefixes or extensions of others, empty
// fields, and values made of delimiter bytes, which change the label's shape.
func edgeLabels(base []string) []string {
	values := []string{"x", "0", "1", "10", "12", "123", "a", "aa", "ax", "axr", "t", "th", "d", "dh", "dx",
		"s", "sh", "z", "zh", "n", "ng", "content", "pau", "", "x1", "1x", "L-L%", "+", "-", "@", "/A:", "^x-", "b^", "-2", "aa=", "1=", "x&"}
	var out []string
	for _, label := range base {
		var runs [][2]int
		for i := 0; i < len(label); {
			if !isWord(label[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(label) && isWord(label[j]) {
				j++
			}
			runs = append(runs, [2]int{i, j})
			i = j
		}
		for _, r := range runs {
			for _, val := range values {
				out = append(out, label[:r[0]]+val+label[r[1]:])
			}
		}
	}
	return out
}

func TestEdgeLabelsAnswerLikeGlobs(t *testing.T) {
	v := freshVoice(t)
	base := buildUtterance(testPhrase(t, NativeRate, "G L UW1 | DH AH0 | SH IY1 T | T UW1 | DH AH0 | D AA1 R K | B L UW1")).labels()
	labels := edgeLabels(base[:3])
	labels = append(labels, "", "x", "-", "*", "^-+=@_/A:", strings.Repeat("a-", 500), base[1]+base[2])
	if len(labels) < 1000 {
		t.Fatalf("only %d edge labels", len(labels))
	}
	if raceBuild { // a sample: see raceBuild
		var sample []string
		for i := 0; i < len(labels); i += 5 {
			sample = append(sample, labels[i])
		}
		labels = sample
	}
	shaped := 0
	for _, label := range labels {
		if len(v.shapes.m) == maxShapes {
			v.shapes = &shapeCache{} // so that every label is answered by its shape
		}
		bad, n, _ := checkAnswers(v, label)
		for _, b := range bad {
			t.Errorf("label %q: %s", label, b)
		}
		if n > 0 {
			shaped++
		}
		if len(bad) > 0 {
			break
		}
	}
	if shaped < len(labels)-10 {
		t.Errorf("%d of %d labels were answered by shape", shaped, len(labels))
	}
}

// Past maxShapes shapes, a voice answers labels of new shapes by globs, correctly.
func TestShapeCacheIsBounded(t *testing.T) {
	v := freshVoice(t)
	base := buildUtterance(testPhrase(t, NativeRate, "HH AH0 L OW1")).labels()[1]
	for i := 0; i < maxShapes+20; i++ {
		label := base + strings.Repeat("/", i+1) + "x"
		var a answers
		a.reset(v, label)
		if (a.sh != nil) != (i < maxShapes) {
			t.Fatalf("label %d: shape %v, with %d shapes kept", i, a.sh != nil, len(v.shapes.m))
		}
		if bad, _, _ := checkAnswers(v, label); len(bad) > 0 {
			t.Fatalf("label %d: %s", i, bad[0])
		}
	}
	if len(v.shapes.m) != maxShapes {
		t.Errorf("%d shapes kept, want %d", len(v.shapes.m), maxShapes)
	}
}

// Labels of many shapes answered at once from several goroutines (run with -race) answer as
// the globs do.
func TestShapesConcurrently(t *testing.T) {
	v := freshVoice(t)
	base := buildUtterance(testPhrase(t, NativeRate, "G L UW1 | DH AH0 | SH IY1 T")).labels()
	labels := edgeLabels(base[1:2])
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(g), 1))
			for range 60 {
				label := labels[r.IntN(len(labels))]
				if bad, _, _ := checkAnswers(v, label); len(bad) > 0 {
					errs <- fmt.Sprintf("label %q: %s", label, bad[0])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// FuzzAnswers: for any label, the voice's patterns answer as globs.
func FuzzAnswers(f *testing.F) {
	v, err := Slt()
	if err != nil {
		f.Fatal(err)
	}
	base := buildUtterance(testPhrase(f, NativeRate, "G L UW1 | DH AH0 | SH IY1 T")).labels()
	for _, l := range base {
		f.Add(l)
	}
	f.Add("")
	f.Add("x^x-pau+x=x@x_x/A:x_x_x")
	f.Fuzz(func(t *testing.T, label string) {
		vv := *v
		vv.shapes = &shapeCache{}
		if bad, _, _ := checkAnswers(&vv, label); len(bad) > 0 {
			t.Fatalf("label %q: %s", label, bad[0])
		}
	})
}

// A question's word set spans its words' numbers; one much wider than its patterns stays a
// list of globs, so a voice file cannot make every set as wide as all its words.
func TestWordSetsStayNarrow(t *testing.T) {
	word := func(ctx int, wid int32) pattern { return pattern{ctx: ctx, wid: wid} }
	var all []pattern
	for i := range int32(1000) {
		all = append(all, word(0, i))
	}
	if _, base, set := wordSet(all); base != 0 || len(set) != 16 || set[15] != 1<<(999%64)*2-1 {
		t.Errorf("the set of words 0-999: base %d, %d words of 64 bits", base, len(set))
	}
	if _, _, set := wordSet([]pattern{word(0, 0), word(0, 999)}); set != nil {
		t.Errorf("a set of 2 words 999 apart was made (%d words of 64 bits)", len(set))
	}
	ctx, base, set := wordSet([]pattern{word(3, 500), word(3, 501), word(3, 530)})
	if ctx != 3 || base != 7 || len(set) != 2 || set[0] != 1<<(500%64)|1<<(501%64) || set[1] != 1<<(530%64) {
		t.Errorf("words 500, 501, 530 of context 3: context %d, base %d, set %x", ctx, base, set)
	}
	if _, _, set := wordSet([]pattern{word(3, 1), word(4, 2)}); set != nil {
		t.Error("a set of two contexts was made")
	}
	if _, _, set := wordSet([]pattern{word(3, 1), {ctx: -1}}); set != nil {
		t.Error("a set with a glob was made")
	}
}
