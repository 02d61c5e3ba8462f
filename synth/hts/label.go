package hts

import (
	"strconv"
	"strings"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// Full-context labels in the HTS English format as Festival 2.5 writes them for this voice
// (hts.scm and the 2010 HTS demo conventions: '@' before h3, "x" for undefined fields, "0" for
// a missing neighbour, e5 counting from 0, ssyl_in/asyl_in skipping the phrase-initial
// syllable).
//
// What comes from our front end and what is approximated:
//   - Phones, syllables, words, lexical stress (0/1; secondary stress counts as 1, as in
//     Festival: the lexicon's stress, which a function word keeps where the planner speaks it
//     unstressed, since the voice learnt function words' reduction from labels of this kind)
//     and pitch accents (the prosody planner's accents stand in for Festival's ToBI
//     accent tree) come from the phrase.
//   - Part of speech: Festival's guess_pos classes for closed-class words (in, to, det, md, cc,
//     wp, pps, aux); every other word is "content", as in Festival.
//   - Phrasing: a prosody.Phrase is one intonational phrase and the sentence is the utterance.
//     The phrase's Sentence context gives the previous and next phrase's sizes (G, I), its place
//     (h3/h4) and the utterance's totals (J), and the neighbouring phrases themselves: the
//     phones two either side (p1, p2, p4, p5) and the neighbouring syllable and word fields
//     (A, C, D, F) at a phrase's edges reach into them, as Festival's do. A phrase without that
//     context is an utterance of its own. Pauses inside a phrase stay in it.
//   - End tone (h5): the planner's, when its intonation comes from Festival's tone tree
//     (Phrase.EndTone); the tone then counts as an intonation event on the phrase's last
//     syllable, which Festival's "accented" feature counts too. Otherwise it is inferred from
//     the contour: L-H% when the phrase's pitch ends higher than it was at the start of its last
//     syllable (a question or continuation rise), L-L% if not.

// lab is one label unit: a phone, or a pause made of one or more silent segments.
type lab struct {
	name    string
	ph      phone.Phone
	pau     bool
	syl     int // index into syls; -1 for a pause
	samples int
}

type lsyl struct {
	first, n int // phones [first, first+n) of labs
	stress   bool
	accent   bool
	tone     bool // a boundary tone from the planner's tone tree (an event for "accented")
	word     int
	vowel    string
}

type lword struct {
	firstSyl, nsyl int
	gpos           string
}

// Phone names of Festival's radio phone set for our inventory.
var radioNames = func() [phone.Count]string {
	var n [phone.Count]string
	for p := phone.Phone(0); int(p) < phone.Count; p++ {
		n[p] = strings.ToLower(p.String())
	}
	n[phone.Sil] = "pau"
	return n
}()

// closedClass is Festival's english_guess_pos: closed-class words and their classes; anything
// else is "content".
var closedClass = func() map[string]string {
	m := map[string]string{}
	for class, words := range map[string]string{
		"in":  "of for in on that with by at from as if against about before because under after over into while without through new between among until per up down",
		"to":  "to",
		"det": "the a an no some this each another those every all any these both neither many",
		"md":  "will may would can could should must ought might",
		"cc":  "and but or plus yet nor",
		"wp":  "who what where how when",
		"pps": "her his their its our mine",
		"aux": "is am are was were has have had be",
	} {
		for _, w := range strings.Fields(words) {
			if _, ok := m[w]; !ok { // the first class listed wins, as in an assoc list
				m[w] = class
			}
		}
	}
	return m
}()

func gpos(word string) string {
	w := strings.ToLower(strings.Trim(word, ".,;:!?\"'()"))
	if c, ok := closedClass[w]; ok {
		return c
	}
	return "content"
}

// utterance is the label structure of one phrase.
type utterance struct {
	labs    []lab
	syls    []lsyl
	words   []lword
	endTone string
	sent    prosody.SentenceContext // Count 0: the phrase alone is the utterance
	// prev and next are the neighbouring phrases of the sentence (nil at its ends), whose
	// phones, syllables and words the labels at this phrase's edges read.
	prev, next *utterance
}

// buildUtterance groups the phrase's segments into pauses, phones, syllables and words, and
// its neighbours' too when the planner gave them.
func buildUtterance(ph *prosody.Phrase) *utterance {
	u := groupPhrase(ph)
	if p := ph.Sentence.Prev; p != nil {
		u.prev = groupPhrase(p)
	} else if len(u.labs) > 0 && !u.labs[0].pau {
		// A sentence starts after a pause: the previous sentence's, or the request's lead-in
		// when the phrase does not carry it. Festival labels every sentence as an utterance
		// that starts with one, so its first phone reads pau on its left, never x.
		u.prev = &utterance{labs: []lab{{name: "pau", pau: true, syl: -1}}}
	}
	if n := ph.Sentence.Next; n != nil {
		u.next = groupPhrase(n)
	}
	return u
}

// groupPhrase groups one phrase's segments into pauses, phones, syllables and words.
func groupPhrase(ph *prosody.Phrase) *utterance {
	u := &utterance{sent: ph.Sentence}
	prevPau := false
	wordText := func(i int) string {
		if i < len(ph.Words) {
			return ph.Words[i].Text
		}
		return ""
	}
	for _, s := range ph.Segments {
		if s.Samples <= 0 {
			continue
		}
		if s.Phone == phone.Sil || int(s.Phone) >= phone.Count {
			if prevPau {
				u.labs[len(u.labs)-1].samples += s.Samples
				continue
			}
			u.labs = append(u.labs, lab{name: "pau", pau: true, syl: -1, samples: s.Samples})
			prevPau = true
			continue
		}
		prevPau = false
		newWord := s.WordStart || len(u.words) == 0
		newSyl := newWord || s.SyllableStart || len(u.syls) == 0
		if newWord {
			u.words = append(u.words, lword{firstSyl: len(u.syls), gpos: gpos(wordText(len(u.words)))})
		}
		if newSyl {
			u.syls = append(u.syls, lsyl{first: len(u.labs), word: len(u.words) - 1, vowel: "novowel"})
			u.words[len(u.words)-1].nsyl++
		}
		sy := &u.syls[len(u.syls)-1]
		sy.n++
		if s.Lexical > 0 {
			sy.stress = true // the lexicon's stress, as Festival's "stress" feature
		}
		if s.Accent {
			sy.accent = true
		}
		name := radioNames[s.Phone]
		if s.Phone == phone.AH && s.Lexical == 0 {
			name = "ax" // Festival's CMU lexicon writes unstressed AH as ax
		}
		if s.Phone.IsVowel() && sy.vowel == "novowel" {
			sy.vowel = name
		}
		u.labs = append(u.labs, lab{name: name, ph: s.Phone, syl: len(u.syls) - 1, samples: s.Samples})
	}
	// A syllable's phones must be contiguous: a pause inside a syllable (odd input) splits it
	// in the labels' eyes only by position, which the counts below tolerate.
	if ph.EndTone != "" {
		// The planner's tone tree named it. Festival's "accented" counts every intonation
		// event on a syllable, a boundary tone included.
		u.endTone = ph.EndTone
		if ph.EndTone != "NONE" && len(u.syls) > 0 {
			u.syls[len(u.syls)-1].tone = true
		}
		return u
	}
	u.endTone = "L-L%"
	if len(u.syls) > 0 && len(ph.F0) > 0 {
		last := u.syls[len(u.syls)-1]
		start, end := 0, 0
		for i := 0; i < last.first; i++ {
			start += u.labs[i].samples
		}
		end = start
		for i := last.first; i < len(u.labs) && !u.labs[i].pau; i++ {
			end += u.labs[i].samples
		}
		if ph.F0At(end) > ph.F0At(start)*1.05 {
			u.endTone = "L-H%"
		}
	}
	return u
}

// labels writes one full-context label per unit of u.
func (u *utterance) labels() []string {
	ns, nw := len(u.syls), len(u.words)
	out := make([]string, len(u.labs))
	var b strings.Builder
	itoa := strconv.Itoa
	// Phone names reach into the neighbouring phrases, whose shared pause counts once.
	var before, after []lab
	if u.prev != nil {
		before = u.prev.labs
		if n := len(before); n > 0 && len(u.labs) > 0 && before[n-1].pau && u.labs[0].pau {
			before = before[:n-1]
		}
	}
	if u.next != nil {
		after = u.next.labs
		if n := len(u.labs); n > 0 && len(after) > 0 && after[0].pau && u.labs[n-1].pau {
			after = after[1:]
		}
	}
	name := func(i int) string {
		switch {
		case i < 0 && len(before)+i >= 0:
			return before[len(before)+i].name
		case i >= len(u.labs) && i-len(u.labs) < len(after):
			return after[i-len(u.labs)].name
		case i < 0 || i >= len(u.labs):
			return "x"
		}
		return u.labs[i].name
	}
	b01 := func(x bool) string {
		if x {
			return "1"
		}
		return "0"
	}
	// Prefix sums of stressed and accented syllables.
	stressed := make([]int, ns+1)
	accented := make([]int, ns+1)
	for i, s := range u.syls {
		stressed[i+1] = stressed[i] + int(b2i(s.stress))
		accented[i+1] = accented[i] + int(b2i(s.event()))
	}
	content := make([]int, nw+1)
	for i, w := range u.words {
		content[i+1] = content[i] + int(b2i(w.gpos == "content"))
	}
	// The syllables and words of the neighbouring phrases, whose edges the labels read.
	var prevSyls, nextSyls []lsyl
	var prevWords, nextWords []lword
	if u.prev != nil {
		prevSyls, prevWords = u.prev.syls, u.prev.words
	}
	if u.next != nil {
		nextSyls, nextWords = u.next.syls, u.next.words
	}
	sylBack := func(i int) *lsyl { return edgeBack(u.syls, prevSyls, i) }
	sylFwd := func(i int) *lsyl { return edgeFwd(u.syls, nextSyls, i) }
	wordBack := func(i int) *lword { return edgeBack(u.words, prevWords, i) }
	wordFwd := func(i int) *lword { return edgeFwd(u.words, nextWords, i) }
	sylDesc := func(s *lsyl, sep string) string { // stress_accent_nphones, or 0_0_0
		if s == nil {
			return "0" + sep + "0" + sep + "0"
		}
		return b01(s.stress) + sep + b01(s.event()) + sep + itoa(s.n)
	}
	wordDesc := func(w *lword) string {
		if w == nil {
			return "0_0"
		}
		return w.gpos + "_" + itoa(w.nsyl)
	}
	// Syllable and word of the nearest phone before / after label i.
	sylBefore := func(i int) int {
		for j := i - 1; j >= 0; j-- {
			if !u.labs[j].pau {
				return u.labs[j].syl
			}
		}
		return -1
	}
	sylAfter := func(i int) int {
		for j := i + 1; j < len(u.labs); j++ {
			if !u.labs[j].pau {
				return u.labs[j].syl
			}
		}
		return -1
	}
	wordOf := func(s int) int {
		if s < 0 {
			return -1
		}
		return u.syls[s].word
	}
	phr := itoa(ns) + "_" + itoa(nw)
	phrEq := itoa(ns) + "=" + itoa(nw)
	// The phrase's neighbours and place in the utterance (the sentence), when the planner gave
	// them; otherwise the phrase is an utterance of its own.
	prevPhr, nextPhr, phrPos, pauPos := "0_0", "0=0", "1=1", "1=1"
	jj := itoa(ns) + "+" + itoa(nw) + "-1"
	if c := u.sent; c.Count > 0 {
		if c.Index > 0 {
			prevPhr = itoa(c.PrevSyllables) + "_" + itoa(c.PrevWords)
		}
		if c.Index+1 < c.Count {
			nextPhr = itoa(c.NextSyllables) + "=" + itoa(c.NextWords)
		}
		phrPos = itoa(c.Index+1) + "=" + itoa(c.Count-c.Index)
		pauPos = "1=" + itoa(c.Count) // Festival gives every pause the first phrase's place
		jj = itoa(c.Syllables) + "+" + itoa(c.Words) + "-" + itoa(c.Count)
	}
	for i, l := range u.labs {
		b.Reset()
		b.WriteString(name(i-2) + "^" + name(i-1) + "-" + l.name + "+" + name(i+1) + "=" + name(i+2))
		if l.pau {
			ps, nx := sylBefore(i), sylAfter(i)
			g, in := prevPhr, nextPhr // a pause before the phrase, or after it
			if ps >= 0 {
				g = phr
			}
			if nx >= 0 {
				in = phrEq
			}
			b.WriteString("@x_x/A:" + sylDesc(sylBack(ps), "_") + "/B:x-x-x@x-x&x-x#x-x$x-x!x-x;x-x|x/C:" + sylDesc(sylFwd(nx), "+"))
			b.WriteString("/D:" + wordDesc(wordBack(wordOf(ps))) + "/E:x+x@x+x&x+x#x+x/F:" + wordDesc(wordFwd(wordOf(nx))))
			b.WriteString("/G:" + g + "/H:x=x@" + pauPos + "|0/I:" + in + "/J:" + jj)
			out[i] = b.String()
			continue
		}
		si := l.syl
		s := u.syls[si]
		pos := i - s.first
		w := u.words[s.word]
		posInWord := si - w.firstSyl
		// Stressed / accented syllables strictly after the phrase-initial one and before this
		// one (Festival's quirk), and after this one to the phrase end.
		ssIn, asIn := 0, 0
		if si > 0 {
			ssIn = stressed[si] - stressed[1]
			asIn = accented[si] - accented[1]
		}
		ssOut := stressed[ns] - stressed[si+1]
		asOut := accented[ns] - accented[si+1]
		dist := func(prefix []int, back bool) int {
			if back {
				for j := si - 1; j >= 0; j-- {
					if prefix[j+1]-prefix[j] > 0 {
						return si - j
					}
				}
				return 0
			}
			for j := si + 1; j < ns; j++ {
				if prefix[j+1]-prefix[j] > 0 {
					return j - si
				}
			}
			return 0
		}
		wi := s.word
		cIn := content[wi]
		cOut := content[nw] - content[wi+1]
		cdist := func(back bool) int {
			if back {
				for j := wi - 1; j >= 0; j-- {
					if u.words[j].gpos == "content" {
						return wi - j
					}
				}
				return 0
			}
			for j := wi + 1; j < nw; j++ {
				if u.words[j].gpos == "content" {
					return j - wi
				}
			}
			return 0
		}
		b.WriteString("@" + itoa(pos+1) + "_" + itoa(s.n-pos))
		b.WriteString("/A:" + sylDesc(sylBack(si-1), "_"))
		b.WriteString("/B:" + b01(s.stress) + "-" + b01(s.event()) + "-" + itoa(s.n) +
			"@" + itoa(posInWord+1) + "-" + itoa(w.nsyl-posInWord) +
			"&" + itoa(si+1) + "-" + itoa(ns-si) +
			"#" + itoa(ssIn+1) + "-" + itoa(ssOut+1) +
			"$" + itoa(asIn+1) + "-" + itoa(asOut+1) +
			"!" + itoa(dist(stressed, true)) + "-" + itoa(dist(stressed, false)) +
			";" + itoa(dist(accented, true)) + "-" + itoa(dist(accented, false)) +
			"|" + s.vowel)
		b.WriteString("/C:" + sylDesc(sylFwd(si+1), "+"))
		b.WriteString("/D:" + wordDesc(wordBack(wi-1)))
		b.WriteString("/E:" + w.gpos + "+" + itoa(w.nsyl) + "@" + itoa(wi+1) + "+" + itoa(nw-wi) +
			"&" + itoa(cIn) + "+" + itoa(cOut) + "#" + itoa(cdist(true)) + "+" + itoa(cdist(false)))
		b.WriteString("/F:" + wordDesc(wordFwd(wi+1)))
		b.WriteString("/G:" + prevPhr + "/H:" + phrEq + "@" + phrPos + "|" + u.endTone + "/I:" + nextPhr + "/J:" + jj)
		out[i] = b.String()
	}
	return out
}

// edgeBack is &xs[i], or for i < 0 the last of prev (the previous phrase's); nil where there is
// none.
func edgeBack[T any](xs, prev []T, i int) *T {
	switch {
	case i >= 0 && i < len(xs):
		return &xs[i]
	case i < 0 && len(prev) > 0:
		return &prev[len(prev)-1]
	}
	return nil
}

// edgeFwd is &xs[i], or for i outside xs (a caller's "none after me here") the first of next
// (the next phrase's); nil where there is none.
func edgeFwd[T any](xs, next []T, i int) *T {
	switch {
	case i >= 0 && i < len(xs):
		return &xs[i]
	case len(next) > 0:
		return &next[0]
	}
	return nil
}

// event reports whether the syllable carries an intonation event: a pitch accent or a boundary
// tone (Festival's "accented").
func (s *lsyl) event() bool { return s.accent || s.tone }

func b2i(x bool) int {
	if x {
		return 1
	}
	return 0
}
