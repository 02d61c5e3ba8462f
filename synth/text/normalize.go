package text

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Options tunes normalization.
type Options struct {
	// IsWord reports whether a lower-case word is in the pronunciation
	// lexicon. It helps decide whether an all-capitals token is read as a
	// word (NATO) or spelled (FBI). Nil uses a phonotactic heuristic only.
	IsWord func(string) bool
	// Compound reports whether a lexicon word is said as the given lexicon words in a row
	// ("whitehouse" as "white house", but "stanford" not as "stan ford"). With it, a lexicon
	// word run together in a web address is read as its words (whitehouse.gov white house dot
	// gov); nil leaves such words whole.
	Compound func(word string, parts []string) bool
	// Logger receives a Debug line for every dropped symbol or character
	// and for truncated tokens. Nil discards.
	Logger *slog.Logger
	// Dropped, if not nil, collects what could not be spoken (see Dropped).
	Dropped *Dropped
}

// InvalidUTF8Error reports input that is not valid UTF-8.
type InvalidUTF8Error struct {
	Offset int // byte offset of the first invalid byte
}

func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("text: invalid UTF-8 at byte offset %d", e.Offset)
}

// validUTF8 returns an *InvalidUTF8Error for the first invalid byte.
func validUTF8(s string) error {
	if utf8.ValidString(s) {
		return nil
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return &InvalidUTF8Error{Offset: i}
		}
		i += size
	}
	return nil
}

// Normalize turns raw text (several sentences or paragraphs) into
// spoken-form sentences. It fails only for invalid UTF-8.
func Normalize(s string) ([]Sentence, error) {
	return NormalizeTextWith(s, Options{})
}

// NormalizeTextWith is Normalize with options.
func NormalizeTextWith(s string, o Options) ([]Sentence, error) {
	if err := validUTF8(s); err != nil {
		return nil, err
	}
	return newNormalizer(o).text(s), nil
}

// text normalizes s, valid UTF-8, sentence by sentence (the normalizer's scratch buffers are
// reused across sentences).
func (n *normalizer) text(s string) []Sentence {
	var out []Sentence
	for _, sp := range SentenceSpans(s) {
		raw := sp.Raw(s)
		sent := n.sentence(raw)
		for i := range sent.Words { // offsets in s, not in the sentence
			sent.Words[i].Start += sp.Start
			sent.Words[i].End += sp.Start
		}
		if len(sent.Words) == 0 {
			// Keep a paragraph boundary that fell on an empty sentence.
			if paragraphAfter(raw) && len(out) > 0 {
				ws := out[len(out)-1].Words
				ws[len(ws)-1].Break = Paragraph
			}
			continue
		}
		out = append(out, sent)
	}
	return out
}

// NormalizeSentence normalizes one sentence as returned by SplitSentences.
func NormalizeSentence(raw string) Sentence {
	return NormalizeWith(raw, Options{})
}

// NormalizeWith normalizes one sentence as returned by SplitSentences, with
// options. Invalid UTF-8 bytes are read as spaces (with a log line) and
// control characters are removed (StripControls); a sentence followed by a
// blank line (SplitSentences keeps a trailing "\n\n") ends with a Paragraph
// break. Each word's Start and End locate its token in raw.
func NormalizeWith(raw string, o Options) Sentence {
	return newNormalizer(o).sentence(raw)
}

// Scratch lends its normalizers' buffers (the tokens, the words read, IsWord's table) from one
// sentence to the next: the engine reads a text sentence by sentence, and growing those buffers
// from nothing for every sentence was two thirds of the bytes allocated on that path (speed).
// It holds no reading: a normalizer it lends is reset to a new one's state (reset) but for the
// buffers' capacity, so Scratch.NormalizeWith reads exactly as NormalizeWith does. The zero
// value is ready to use; it is safe for concurrent use and must not be copied after first use.
// The caller owns it (an engine keeps one), so no package state outlives a caller.
type Scratch struct {
	pool sync.Pool
}

// NormalizeWith is the package's NormalizeWith, with a normalizer whose buffers s lends.
func (s *Scratch) NormalizeWith(raw string, o Options) Sentence {
	n, _ := s.pool.Get().(*normalizer)
	if n == nil {
		n = new(normalizer)
	}
	n.reset(o)
	sent := n.sentence(raw)
	if n.release() {
		s.pool.Put(n)
	}
	return sent
}

// Bounds on what a normalizer keeps for its next sentence (release), so that one long sentence
// does not leave a large buffer behind: a sentence of the web megabyte has some twenty tokens.
const (
	keepToks  = 512
	keepWords = 1024
	keepMemo  = 256
)

// reset makes n what newNormalizer(o) makes, keeping its buffers' capacity and IsWord's table
// (emptied: nothing is remembered from one sentence to the next).
func (n *normalizer) reset(o Options) {
	toks, out, memo, memoFn := n.toks[:0], n.out[:0], n.memo, n.memoFn
	clear(memo)
	*n = normalizer{toks: toks, out: out, memo: memo, memoFn: memoFn}
	n.init(o)
}

// release drops what n holds of the sentence it read (the strings of its tokens, words and
// IsWord's table, which are cut from the sentence and would keep it alive) and reports whether
// n may be lent again: not if its buffers grew past their bounds.
func (n *normalizer) release() bool {
	if cap(n.toks) > keepToks || cap(n.out) > keepWords || len(n.memo) > keepMemo {
		return false
	}
	clear(n.toks)
	clear(n.out)
	clear(n.memo)
	n.opts, n.isWord, n.log, n.raw = Options{}, nil, nil, ""
	return true
}

// sentence normalizes one sentence, reusing the normalizer's scratch space.
func (n *normalizer) sentence(raw string) Sentence {
	n.i, n.inPart, n.absorbed, n.versionAt, n.recordAt, n.dotTimeAt = 0, 0, false, -1, -1, -1
	n.compoundDepth = 0
	n.facts = sentenceFacts{pence: -1}
	if !utf8.ValidString(raw) {
		if err := validUTF8(raw); err != nil {
			n.debug("dropped invalid UTF-8", "error", err)
		}
		raw = invalidAsSpaces(raw)
	}
	// Markdown's syntax is blanked in place (same length), so offsets into raw are offsets into
	// orig, and each word's Source is taken from orig: what was written.
	orig := raw
	raw = blankMarkdown(raw)
	blanked := raw != orig
	var removed Removals
	if HasControls(raw) {
		raw, removed = StripControls(raw)
	}
	n.raw = raw
	n.toks = tokenize(n.toks[:0], raw, n)
	n.out = n.out[:0]
	n.run()
	var words []Word
	if len(n.out) > 0 {
		words = make([]Word, len(n.out))
		copy(words, n.out)
		if removed != nil {
			for i := range words {
				w := &words[i]
				w.Start, w.End = removed.Start(w.Start), removed.End(w.End)
				w.Source = orig[w.Start:w.End]
			}
		} else if blanked {
			for i := range words {
				words[i].Source = orig[words[i].Start:words[i].End]
			}
		}
	}
	sent := Sentence{Words: words, Kind: sentenceKind(raw, words)}
	if k := len(sent.Words); k > 0 {
		b := SentenceEnd
		if paragraphAfter(raw) {
			b = Paragraph
		}
		if sent.Words[k-1].Break < b {
			sent.Words[k-1].Break = b
		}
	}
	return sent
}

// invalidAsSpaces replaces every byte of s that is not part of valid UTF-8 by a space, keeping
// the offsets of everything else.
func invalidAsSpaces(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			b[i] = ' '
			size = 1
		}
		i += size
	}
	return string(b)
}

// paragraphAfter reports whether raw ends with a blank line.
func paragraphAfter(raw string) bool {
	tail := raw[len(strings.TrimRight(raw, " \t\r\n\f\v")):]
	return strings.Count(tail, "\n") >= 2
}

// sentenceKind classifies a sentence by its final punctuation.
func sentenceKind(raw string, words []Word) Kind {
	// Skip trailing quotes, brackets, emoji and other symbols.
	t := strings.TrimRightFunc(raw, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !IsSentenceFinal(r)
	})
	end := len(t)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:end])
		if !IsSentenceFinal(r) {
			break
		}
		end -= size
	}
	run := t[end:]
	switch {
	case strings.ContainsAny(run, questionMarks):
		if len(words) > 0 && IsWhWord(words[0].Text) {
			return WhQuestion
		}
		return YesNo
	case strings.ContainsAny(run, exclamations):
		return Exclamation
	}
	return Statement
}

// normalizer holds the state of one sentence's normalization.
type normalizer struct {
	opts  Options
	log   *slog.Logger
	raw   string // the sentence being read (after control characters are removed)
	toks  []token
	i     int
	out   []Word
	shout bool // the sentence is written mostly in capitals
	// absorbed is set by a handler that used the period after its token
	// (an abbreviation), so the period is not a boundary.
	absorbed bool
	// inPart is non-zero while reading a piece of a compound token, where
	// neighbouring tokens are not context.
	inPart int
	// compoundDepth counts compound readings under way in the current token (see
	// maxCompoundDepth).
	compoundDepth int
	// rule names the reader of the current step (see by); versionAt is the index of the
	// last token read as a software version (-1: none), so "3.12 and 3.13" stay versions.
	rule      string
	versionAt int
	// accountPath is set while an address's path names an account on a social site
	// ("facebook.com/cityzoo"), where a name runs together like a handle (see webPart).
	accountPath bool
	// recordAt is the index of the last token read as a win–loss record (-1: none), so a
	// list of records stays records ("4-2 at home and 1-5 away").
	recordAt int
	// dotTimeAt is the index of the last token read as a time written with a point (-1:
	// none), so the end of a span of times is one too ("from 12.00 until 2.30").
	dotTimeAt int
	// facts caches whole-sentence facts (see fact); work counts the tokens readers look at
	// (peek and whole-sentence scans), so tests can check the cost stays linear.
	facts sentenceFacts
	work  int
	// sh is the shape of the token being read (see may); unguarded, set only by tests, asks
	// every reader whatever the shape, to check the guards change nothing.
	sh        shape
	unguarded bool
	// isWord is the caller's Options.IsWord, memo its answers and memoFn the method value
	// memoIsWord that opts.IsWord holds in its place.
	isWord func(string) bool
	memo   map[string]bool
	memoFn func(string) bool
}

func newNormalizer(o Options) *normalizer {
	n := &normalizer{}
	n.init(o)
	return n
}

// discardLogger is the logger of a normalizer given none.
var discardLogger = slog.New(slog.DiscardHandler)

// init sets n's options: the logger, and IsWord asked through n's table (memoIsWord).
func (n *normalizer) init(o Options) {
	n.log = o.Logger
	if n.log == nil {
		n.log = discardLogger
	}
	if o.IsWord != nil {
		n.isWord = o.IsWord
		if n.memoFn == nil {
			n.memoFn = n.memoIsWord // one method value for the normalizer's life, pooled or not
		}
		o.IsWord = n.memoFn
	}
	n.opts = o
}

// memoIsWordSize bounds memoIsWord's table: enough for the distinct words a long document asks
// about (domains split into words ask the same pieces again and again), small in memory.
const memoIsWordSize = 4096

// memoIsWord is the caller's IsWord with its answers remembered for the normalizer's life (one
// sentence for NormalizeWith, one text for NormalizeTextWith), which asks the same words many
// times (every split of "washingtonpost" asks its prefixes); IsWord is a lookup, the same
// answer every time. The table is emptied when full, so memory stays bounded. A key is kept as
// given, not copied: the table lives no longer than the normalizer, which holds the text the
// keys are cut from anyway.
func (n *normalizer) memoIsWord(s string) bool {
	if v, ok := n.memo[s]; ok {
		return v
	}
	v := n.isWord(s)
	if n.memo == nil {
		n.memo = make(map[string]bool)
	} else if len(n.memo) >= memoIsWordSize {
		clear(n.memo)
	}
	n.memo[s] = v
	return v
}

func (n *normalizer) debug(msg string, args ...any) {
	if n.log.Enabled(context.Background(), slog.LevelDebug) {
		n.log.Debug("text: "+msg, args...)
	}
}

// drop logs and records a character that cannot be spoken (see Dropped.Rune for what counts).
func (n *normalizer) drop(msg string, r rune) {
	n.debug(msg, "char", string(r), "code", codepoint(r))
	n.opts.Dropped.Rune(r)
}

// raise sets the break after word k to at least b.
func (n *normalizer) raise(k int, b Break) {
	if k >= 0 && k < len(n.out) && n.out[k].Break < b {
		n.out[k].Break = b
	}
}

// emit appends plain words taken from src.
func (n *normalizer) emit(src string, words ...string) {
	for _, w := range words {
		if w = n.clean(w); w == "" {
			continue
		}
		n.out = append(n.out, Word{Text: w, Source: src})
	}
}

// clean enforces the spoken-form alphabet (lower-case ASCII letters and
// inner apostrophes) on a word about to be emitted; anything else is a
// bug guard and is logged.
func (n *normalizer) clean(w string) string {
	ok := w != "" && w[0] != '\'' && w[len(w)-1] != '\''
	for i := 0; ok && i < len(w); i++ {
		c := w[i]
		ok = c >= 'a' && c <= 'z' || c == '\''
	}
	if ok {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z' || r == '\'':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		}
	}
	c := strings.Trim(b.String(), "'")
	if c != w {
		n.debug("dropped characters from word", "word", w, "kept", c)
		for _, r := range w {
			if r >= 0x80 {
				n.drop("dropped character from word", r)
			}
		}
	}
	return c
}

// emitLetter appends a spelled letter ("c"), or a letter with a plural or
// possessive ending ("d's").
func (n *normalizer) emitLetter(src, l string) {
	if l = n.clean(l); l == "" {
		return
	}
	n.out = append(n.out, Word{Text: l, Letter: true, Source: src})
}

// run normalizes all tokens.
func (n *normalizer) run() {
	n.shout = shouting(n.toks)
	for n.i < len(n.toks) {
		t := &n.toks[n.i]
		first := n.i
		start := len(n.out)
		if t.pre != "" && strings.ContainsAny(t.pre, "([{") {
			n.raise(start-1, Minor)
		}
		n.absorbed = false
		n.rule = ""
		used := n.token()
		if used < 1 {
			used = 1
		}
		last := n.i + used - 1
		if last >= len(n.toks) {
			last = len(n.toks) - 1
		}
		// Every word read in this step comes from the tokens it consumed, which a handler may
		// have advanced over (n.i) before returning its count: they all name the whole run.
		if len(n.out) > start {
			a, b := n.toks[min(first, last)].start, n.toks[last].end
			src := n.raw[a:b]
			rule := n.stepRule(first, last)
			for k := start; k < len(n.out); k++ {
				n.out[k].Source, n.out[k].Start, n.out[k].End, n.out[k].Rule = src, a, b, rule
			}
		}
		n.i = last + 1
		lt := &n.toks[last]
		post := lt.post
		if n.absorbed && strings.HasPrefix(post, ".") {
			post = post[1:]
		}
		b := postBreak(post, n.i == len(n.toks))
		if t.emph && len(n.out) > start {
			for k := start; k < len(n.out); k++ {
				n.out[k].Emphasis = true
			}
		}
		n.raise(len(n.out)-1, b)
	}
}

// postBreak is the boundary implied by trailing punctuation.
func postBreak(post string, last bool) Break {
	b := NoBreak
	for _, r := range post {
		var c Break
		switch {
		case strings.ContainsRune(minorMarks, r):
			c = Minor
		case strings.ContainsRune(majorMarks, r):
			c = Major
		case IsSentenceFinal(r) && last:
			c = SentenceEnd
		case IsSentenceFinal(r):
			c = Major // inside a sentence: "e.g.", "Wait... what"
		}
		b = max(b, c)
	}
	return b
}

// shouting reports a sentence written mostly in capitals, where
// capitalized words are ordinary words rather than acronyms.
func shouting(toks []token) bool {
	caps, words := 0, 0
	for i := range toks {
		c := toks[i].core
		letters, upper := 0, 0
		for _, r := range c {
			if isASCIILetter(r) {
				letters++
				if r >= 'A' && r <= 'Z' {
					upper++
				}
			}
		}
		if letters < 2 {
			continue
		}
		words++
		if upper == letters {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}
