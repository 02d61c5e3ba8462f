package synth

// Where words come from. The front end reads a part's text as a clean text: for markup, the
// spans' text (tags left out, entities decoded); control characters and escape sequences removed
// (text.StripControls). Every word it reads carries the byte range, in the clean text, of the
// written tokens it was read from. Word events and Analysis tokens turn those ranges into the
// input's own tokens: whole whitespace-delimited chunks with their punctuation, each once however
// many words it was read as, and map them back to byte offsets in Part.Text.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/synth/text"
)

// MaxTokenTextBytes bounds Token.Text and WordTiming.Word: a longer token is cut at a character
// boundary and ends in "…" (its byte range still covers all of it). Tokens never overlap, so the
// text of all word events together is at most the input's length plus the ellipses.
const MaxTokenTextBytes = 256

// Token is a piece of the input, as written, that the front end read as one or more words.
type Token struct {
	// Text is the token as written, with the punctuation around it and any text next to it that
	// was not spoken (a dash, an emoji); tags are left out, entities decoded, control characters
	// removed. It holds at most MaxTokenTextBytes bytes.
	Text string
	// Start and End are the token's byte range in the part's text (Part.Text, or the text given
	// to Analyze), tags inside it included.
	Start, End int
}

// srcRange is a byte range [a, b) of a part's clean text.
type srcRange struct{ a, b int }

// partSource is the text of one part as the front end reads it, with the maps back to Part.Text.
type partSource struct {
	clean   string        // what the front end reads
	removed text.Removals // clean → decoded (control characters removed)
	origin  []originRun   // decoded → Part.Text; nil: the identity (plain text)
	srcLen  int           // len(Part.Text)
	// For markup: each span's range in the clean text, and the span with its Text (and Alias)
	// cleaned.
	spans  []markup.Span
	ranges []srcRange
	// base is added to every offset in Part.Text: the offset of this text in a stream's text.
	base int
}

// newPlainSource prepares plain text.
func newPlainSource(s string) *partSource {
	clean, removed := text.StripControls(s)
	return &partSource{clean: clean, removed: removed, srcLen: len(s)}
}

// newMarkupSource prepares text with markup, given the spans Parse made of it.
func newMarkupSource(s string, spans []markup.Span) *partSource {
	return newSpanSource(s, spans, func(decoded string) []originRun { return alignMarkup(s, decoded) })
}

// newSpanSource prepares the text of spans parsed from s; origin maps their decoded text (the
// spans' text, concatenated) back to s.
func newSpanSource(s string, spans []markup.Span, origin func(decoded string) []originRun) *partSource {
	var b strings.Builder
	bounds := make([]int, len(spans)+1)
	for i, sp := range spans {
		b.WriteString(sp.Text)
		bounds[i+1] = b.Len()
	}
	decoded := b.String()
	clean, removed := text.StripControls(decoded)
	ps := &partSource{clean: clean, removed: removed, srcLen: len(s), origin: origin(decoded)}
	ps.spans = make([]markup.Span, len(spans))
	ps.ranges = make([]srcRange, len(spans))
	for i, sp := range spans {
		r := srcRange{removed.Forward(bounds[i]), removed.Forward(bounds[i+1])}
		sp.Text = clean[r.a:r.b]
		if sp.Alias != "" {
			sp.Alias, _ = text.StripControls(sp.Alias)
		}
		ps.spans[i], ps.ranges[i] = sp, r
	}
	return ps
}

// toSource maps a range of the clean text to Part.Text.
func (ps *partSource) toSource(r srcRange) (int, int) {
	a, b := ps.removed.Start(r.a), ps.removed.End(r.b)
	if ps.origin == nil {
		return ps.base + a, ps.base + b
	}
	return ps.base + originStart(ps.origin, a), ps.base + originEnd(ps.origin, b)
}

// tokenizer turns the word ranges of successive sentences of one part into tokens. It moves
// forward through the clean text, so a part costs time linear in its length.
type tokenizer struct {
	ps      *partSource
	covered int      // clean offset where the previous sentence's tokens ended
	chunk   srcRange // the last whitespace-delimited chunk found
}

func newTokenizer(ps *partSource) *tokenizer {
	return &tokenizer{ps: ps, chunk: srcRange{-1, -1}}
}

// chunkAround widens r to the whitespace-delimited chunks it touches (after the space around it,
// which a range of a whole span may have).
func (tz *tokenizer) chunkAround(r srcRange) srcRange {
	s := tz.ps.clean
	t := s[r.a:r.b]
	r.a += len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
	r.b = r.a + len(strings.TrimRightFunc(s[r.a:r.b], unicode.IsSpace))
	if r.a == r.b {
		return r
	}
	out := r
	if c := tz.chunk; r.a >= c.a && r.a < c.b {
		out.a = c.a
	} else {
		// Back to the start of the chunk; not past the last chunk found, which ends before r
		// when words come in order (it is only a bound on the work).
		floor := 0
		if c.b >= 0 && c.b <= r.a {
			floor = c.b
		}
		for out.a > floor {
			c, size := utf8.DecodeLastRuneInString(s[floor:out.a])
			if unicode.IsSpace(c) {
				break
			}
			out.a -= size
		}
	}
	if c := tz.chunk; r.b > c.a && r.b <= c.b {
		out.b = c.b
	} else {
		for out.b < len(s) {
			c, size := utf8.DecodeRuneInString(s[out.b:])
			if unicode.IsSpace(c) {
				break
			}
			out.b += size
		}
	}
	tz.chunk = srcRange{out.a, out.b}
	return out
}

// tokens makes the tokens of one sentence whose words come from ranges (one per word, in the
// clean text) and whose text ends at end. Words of the same chunks share a token; the text
// between tokens that no word was read from (a dash, an emoji, a citation mark) joins the token
// before it, except what follows a line break, which joins the token after it (a list bullet, a
// heading mark); the text between the previous sentence and the first token joins the first.
// It returns the tokens and, per word, its token's index.
func (tz *tokenizer) tokens(ranges []srcRange, end int) ([]Token, []int) {
	start := tz.covered
	end = max(end, start)
	tz.covered = end
	if len(ranges) == 0 {
		return nil, nil
	}
	var rs []srcRange
	of := make([]int, len(ranges))
	for i, r := range ranges {
		w := tz.chunkAround(r)
		w.a, w.b = max(w.a, start), min(w.b, end)
		if w.a >= w.b { // a word outside the sentence's text: keep its own range
			w = r
		}
		if k := len(rs) - 1; k >= 0 && w.a < rs[k].b {
			rs[k].a, rs[k].b = min(rs[k].a, w.a), max(rs[k].b, w.b)
		} else {
			rs = append(rs, w)
		}
		of[i] = len(rs) - 1
	}
	s := tz.ps.clean
	rs[0].a = min(rs[0].a, start)
	for k := range rs {
		if k+1 == len(rs) {
			rs[k].b = max(rs[k].b, end)
			break
		}
		if nl := strings.LastIndexByte(s[rs[k].b:rs[k+1].a], '\n'); nl >= 0 {
			rs[k].b, rs[k+1].a = rs[k].b+nl, rs[k].b+nl+1
		} else {
			rs[k].b = rs[k+1].a
		}
	}
	toks := make([]Token, len(rs))
	for k, r := range rs {
		// No space around a token.
		t := s[r.a:r.b]
		r.a += len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
		r.b = r.a + len(strings.TrimRightFunc(s[r.a:r.b], unicode.IsSpace))
		a, b := tz.ps.toSource(r)
		toks[k] = Token{Text: clipToken(s[r.a:r.b]), Start: a, End: b}
	}
	return toks, of
}

// clipToken bounds a token's text to MaxTokenTextBytes.
func clipToken(s string) string {
	if len(s) <= MaxTokenTextBytes {
		return s
	}
	cut := MaxTokenTextBytes - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// originRun says that bytes [at, at+n) of the decoded markup text came from Part.Text bytes
// [src, src+srcN): copied byte for byte when literal, else decoded from an entity.
type originRun struct {
	at, n, src, srcN int
	literal          bool
}

// alignMarkup maps the decoded text of markup (the spans' text, concatenated) back to the input
// s it came from, by walking both: tags in s are skipped, entities matched with what they
// decode to, everything else byte for byte. It follows the inline markup syntax of package
// markup (a tag is '<', a letter or '/' and a letter, up to a '>' before the end of the line or
// another '<'; entities are &amp; &lt; &gt; &quot; &apos; &#N; &#xH;). If the two ever disagree
// it returns one run mapping the whole text to the whole input: offsets then name the part,
// never a wrong place.
func alignMarkup(s, decoded string) []originRun {
	var runs []originRun
	lit := func(j, i, n int) {
		if k := len(runs) - 1; k >= 0 && runs[k].literal && runs[k].at+runs[k].n == j && runs[k].src+runs[k].srcN == i {
			runs[k].n += n
			runs[k].srcN += n
			return
		}
		runs = append(runs, originRun{at: j, n: n, src: i, srcN: n, literal: true})
	}
	i, j := 0, 0
	for i < len(s) {
		c := s[i]
		if c == '<' && isInlineTag(s, i) {
			i += strings.IndexByte(s[i:], '>') + 1
			continue
		}
		if c == '&' {
			if r, n, ok := markup.Entity(s[i:]); ok && strings.HasPrefix(decoded[j:], r) {
				runs = append(runs, originRun{at: j, n: len(r), src: i, srcN: n})
				i, j = i+n, j+len(r)
				continue
			}
		}
		if j >= len(decoded) || decoded[j] != c {
			return []originRun{{at: 0, n: len(decoded), src: 0, srcN: len(s)}}
		}
		// Copy the longest stretch without tags or entities.
		k := 1
		for i+k < len(s) && j+k < len(decoded) && s[i+k] != '<' && s[i+k] != '&' && s[i+k] == decoded[j+k] {
			k++
		}
		lit(j, i, k)
		i, j = i+k, j+k
	}
	if j != len(decoded) {
		return []originRun{{at: 0, n: len(decoded), src: 0, srcN: len(s)}}
	}
	return runs
}

// isInlineTag reports whether the '<' at s[i] starts a tag of inline markup.
func isInlineTag(s string, i int) bool {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	if j >= len(s) || !(s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		return false
	}
	for k := j; k < len(s); k++ {
		switch s[k] {
		case '>':
			return true
		case '<', '\n':
			return false
		}
	}
	return false
}

// originStart maps the start of a range of the decoded text to the input.
func originStart(runs []originRun, off int) int {
	k := sort.Search(len(runs), func(i int) bool { return runs[i].at+runs[i].n > off })
	if k >= len(runs) {
		if len(runs) == 0 {
			return 0
		}
		r := runs[len(runs)-1]
		return r.src + r.srcN
	}
	r := runs[k]
	if r.literal {
		return r.src + off - r.at
	}
	return r.src
}

// originEnd maps the end of a range of the decoded text (one past its last byte) to the input.
func originEnd(runs []originRun, off int) int {
	if off <= 0 || len(runs) == 0 {
		return originStart(runs, 0)
	}
	k := sort.Search(len(runs), func(i int) bool { return runs[i].at+runs[i].n >= off })
	if k >= len(runs) {
		r := runs[len(runs)-1]
		return r.src + r.srcN
	}
	r := runs[k]
	if r.literal {
		return r.src + off - r.at
	}
	return r.src + r.srcN
}
