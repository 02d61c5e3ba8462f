// Package script parses podcast scripts: speaker-tagged lines with an optional header that maps
// speakers to voices and styles, and inline markup; or the same as JSON.
//
// A script looks like this (docs/scripts.md has the full description):
//
//	---
//	title: The Chorus Show
//	voices: Alice=ava, Bob=joe
//	styles: Alice=cheerful
//	gap: 400ms
//	---
//	# Lines starting with # are comments.
//	Alice: Welcome back to the show.
//	Bob: Thanks, Alice. <break time="300ms"/> It is <emphasis>good</emphasis> to be here.
//	This untagged line continues Bob's turn.
//
//	Alice: A blank line before a turn is a paragraph break: a longer pause.
package script

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/markup"
)

// Limits of a script. They bound memory, not the episode's length: a script is parsed in time
// linear in its size, and Build may make a request larger than one engine request may carry
// (podcast rendering splits it). A parsed script holds its text and about 150 bytes per turn:
// at most 20 MB for the largest (measured: 4 MiB of text in 89,000 turns, 100,000 tiny turns,
// one turn of 100,000 lines); parsing allocates up to 35 bytes per input byte on the way (JSON
// decoding, the markup check), which the garbage collector reclaims as it goes.
const (
	// MaxLineBytes bounds one line.
	MaxLineBytes = 64 << 10
	// MaxFileBytes bounds the whole input (text, comments and header).
	MaxFileBytes = 4 << 20
	// MaxTurns bounds the turns of one script (about a hundred hours of speech).
	MaxTurns = 100000
	// MaxSpeakerLen and MaxSpeakerWords bound a speaker name.
	MaxSpeakerLen, MaxSpeakerWords = 40, 4
	// MaxSpeakers bounds the distinct speakers of one script.
	MaxSpeakers = 100
)

// Defaults of the header's pauses.
const (
	DefaultGap       = 400 * time.Millisecond
	DefaultParagraph = 1000 * time.Millisecond
)

// ErrScript marks a script that cannot be used; every error from this package wraps it.
var ErrScript = errors.New("script")

// Error locates a problem in a script.
type Error struct {
	File         string // name given to Parse; may be empty
	Line, Column int    // from 1; 0 when unknown
	Msg          string
	Err          error // the error this one places in the script, if any (see Built.Locate)
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteByte(':')
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, "%d:", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, "%d:", e.Column)
		}
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap makes errors.Is(err, ErrScript) true, and errors.Is and errors.As reach Err.
func (e *Error) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrScript, e.Err}
	}
	return []error{ErrScript}
}

// Options controls parsing.
type Options struct {
	// Strict requires every speaker to have a voice in the header (or in its JSON turn); the
	// header's "strict: true" sets it too.
	Strict bool
}

// Script is a parsed podcast script.
type Script struct {
	Name   string // the name given to Parse, for messages
	Title  string
	Turns  []Turn
	Voices map[string]string // speaker → voice name, from the header
	Styles map[string]string // speaker → style name, from the header
	// Gap is the pause between turns; Paragraph the pause a blank line makes.
	Gap, Paragraph time.Duration
	Strict         bool

	headerLine map[string]int // where each header mapping was written, for errors
	located    int            // bytes read to place JSON turns by line and column (tests)
}

// Turn is a run of text by one speaker.
type Turn struct {
	Speaker string
	Text    string // with inline markup; lines of one turn are joined by single spaces
	// Voice and Style override the header for this turn (JSON input only).
	Voice, Style string
	Line         int  // line where the text starts, from 1
	Paragraph    bool // a blank line came before this turn

	pieces []piece // where Text came from (text format)
	col    int     // column of the turn's object (JSON format)
	note   string  // a direction in the speaker tag, "(excitedly)" (text format)
	// lines are the offsets in Text of lines that are wholly a note in brackets or parentheses,
	// "[Music fades out]", "(Both laugh)": stage notes, never read (text format).
	lines []int
}

// piece maps Text[off:] to its position in the file.
type piece struct {
	off, line, col int // col is the rune column of Text[off] (from 1)
}

// pos converts an offset in t.Text to a line and rune column.
func (t *Turn) pos(off int) (line, col int) {
	if len(t.pieces) == 0 {
		return t.Line, 0
	}
	k := sort.Search(len(t.pieces), func(i int) bool { return t.pieces[i].off > off }) - 1
	if k < 0 {
		k = 0
	}
	p := t.pieces[k]
	off = max(min(off, len(t.Text)), p.off)
	return p.line, p.col + utf8.RuneCountInString(t.Text[p.off:off])
}

// Speakers lists the script's speakers in order of first appearance.
func (s *Script) Speakers() []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range s.Turns {
		if !seen[t.Speaker] {
			seen[t.Speaker] = true
			out = append(out, t.Speaker)
		}
	}
	return out
}

// Parse reads a script in the text format or, if it starts (after spaces) with '{', or with '['
// and then '{', as JSON. name labels errors (a file name; may be empty).
func Parse(r io.Reader, name string, opts Options) (*Script, error) {
	src, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrScript, name, err)
	}
	fail := func(line, col int, format string, args ...any) error {
		return &Error{File: name, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
	}
	if len(src) > MaxFileBytes {
		return nil, fail(0, 0, "the file is larger than %d MiB; split the episode", MaxFileBytes>>20)
	}
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line, col := lineCol(src, i)
		return nil, fail(line, col, "this looks like a binary file (NUL byte), not a script")
	}
	if !utf8.Valid(src) {
		i := firstInvalid(src)
		line, col := lineCol(src, i)
		return nil, fail(line, col, "not valid UTF-8 text (bad byte 0x%02x); save the script as UTF-8", src[i])
	}
	s := &Script{Name: name, Gap: DefaultGap, Paragraph: DefaultParagraph, Voices: map[string]string{},
		Styles: map[string]string{}, Strict: opts.Strict, headerLine: map[string]int{}}
	trimmed := bytes.TrimLeftFunc(src, unicode.IsSpace)
	if looksJSON(trimmed) {
		err = s.parseJSON(src)
	} else {
		err = s.parseText(src)
	}
	if err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return s, nil
}

// looksJSON reports whether a script (from its first non-space byte) is JSON: an object, or an
// array whose first element is an object ("[Alice]: Hi." is a line of text).
func looksJSON(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	if b[0] == '{' {
		return true
	}
	if b[0] != '[' {
		return false
	}
	rest := bytes.TrimLeftFunc(b[1:], unicode.IsSpace)
	return len(rest) == 0 || rest[0] == '{' || rest[0] == ']'
}

func lineCol(src []byte, off int) (line, col int) {
	line = 1 + bytes.Count(src[:off], []byte("\n"))
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return line, utf8.RuneCount(src[start:off]) + 1
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func (s *Script) errf(line, col int, format string, args ...any) error {
	return &Error{File: s.Name, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
}

// lines walks the lines of a text, one at a time, without splitting it all at once.
type lines struct {
	src  string
	off  int // start of the next line
	num  int // number of the line last returned, from 1
	line string
}

// next moves to the next line (without its "\r\n" or "\n"); false at the end.
func (l *lines) next() bool {
	if l.off > len(l.src) {
		return false
	}
	end := strings.IndexByte(l.src[l.off:], '\n')
	if end < 0 {
		end = len(l.src) - l.off
	}
	l.line = strings.TrimSuffix(l.src[l.off:l.off+end], "\r")
	l.off += end + 1
	l.num++
	return true
}

// parseText reads the line format.
func (s *Script) parseText(src []byte) error {
	ls := &lines{src: string(src)}
	// Every line is checked against MaxLineBytes as it is read; skip leading blank lines.
	for {
		if !ls.next() {
			return nil // only blank lines: check reports the empty script
		}
		if len(ls.line) > MaxLineBytes {
			return s.errf(ls.num, 0, "line is %d KiB long; lines are limited to %d KiB (is this a script?)", len(ls.line)>>10, MaxLineBytes>>10)
		}
		if strings.TrimSpace(ls.line) != "" {
			break
		}
	}
	if strings.TrimSpace(ls.line) == "---" {
		if err := s.parseHeader(ls); err != nil {
			return err
		}
		if !ls.next() {
			return nil
		}
	}
	var cur *Turn
	var text strings.Builder // the current turn's text
	// end completes the current turn; a turn without text is an error.
	end := func() error {
		if cur == nil {
			return nil
		}
		if text.Len() == 0 {
			return s.errf(cur.Line, 0, "%s's turn has no text", cur.Speaker)
		}
		cur.Text = text.String()
		text.Reset()
		return nil
	}
	start := func(t Turn) error {
		if err := end(); err != nil {
			return err
		}
		if len(s.Turns) == MaxTurns {
			return s.errf(t.Line, 0, "more than %d turns; split the script", MaxTurns)
		}
		s.Turns = append(s.Turns, t)
		cur = &s.Turns[len(s.Turns)-1]
		return nil
	}
	// nextOff is the offset in the turn's text where add puts its next text.
	nextOff := func() int {
		if text.Len() > 0 {
			return text.Len() + 1
		}
		return 0
	}
	add := func(t string, line, col int) {
		if text.Len() > 0 {
			text.WriteByte(' ')
		} else {
			cur.Line = line
		}
		cur.pieces = append(cur.pieces, piece{off: text.Len(), line: line, col: col})
		text.WriteString(t)
	}
	para := false              // a blank line since the last text
	known := map[string]bool{} // speakers of the header and of the tags so far
	for k := range s.Voices {
		known[k] = true
	}
	for k := range s.Styles {
		known[k] = true
	}
	type leadNote struct {
		text      string
		line, col int
	}
	var lead []leadNote // whole-line notes before the first tag
	for ok := true; ok; ok = ls.next() {
		raw := ls.line
		if len(raw) > MaxLineBytes {
			return s.errf(ls.num, 0, "line is %d KiB long; lines are limited to %d KiB (is this a script?)", len(raw)>>10, MaxLineBytes>>10)
		}
		line := strings.TrimSpace(raw)
		if line == "" {
			para = cur != nil
			continue
		}
		if strings.HasPrefix(line, "#") && !(len(line) > 1 && line[1] >= '0' && line[1] <= '9') {
			continue // a comment or a Markdown heading ("#1 hit" is text)
		}
		if isRule(line) { // a Markdown horizontal rule: a paragraph break
			para = cur != nil
			continue
		}
		indent := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
		col := utf8.RuneCountInString(raw[:indent]) + 1
		name, note, rest, off, ok := speakerTag(line)
		if !ok {
			name, rest, off, ok = bracketTag(line, known)
		}
		if ok {
			if err := start(Turn{Speaker: name, Line: ls.num, Paragraph: para, note: note}); err != nil {
				return err
			}
			known[name] = true
			para = false
			for _, n := range lead {
				cur.lines = append(cur.lines, nextOff())
				add(n.text, n.line, n.col)
			}
			lead = nil
			if rest != "" {
				add(rest, ls.num, col+utf8.RuneCountInString(line[:off]))
			}
			continue
		}
		whole := wholeNote(line)
		if cur == nil {
			if whole {
				lead = append(lead, leadNote{line, ls.num, col})
				continue
			}
			if b := strings.TrimSpace(line); len(strings.Fields(b)) <= MaxSpeakerWords && validName(b) {
				return s.errf(ls.num, col, "the first line needs a speaker tag: write \"%s: …\" (the colon makes it a tag; the text may follow on the next line)", clip(b, 30))
			}
			return s.errf(ls.num, col, "the first line needs a speaker tag, like \"Alice: %s\"", clip(line, 30))
		}
		if para && text.Len() > 0 {
			if err := start(Turn{Speaker: cur.Speaker, Line: ls.num, Paragraph: true}); err != nil {
				return err
			}
			para = false
		}
		if whole {
			cur.lines = append(cur.lines, nextOff())
		}
		add(line, ls.num, col)
	}
	if len(lead) > 0 {
		return s.errf(lead[0].line, lead[0].col, "stage notes with no speaker after them: a script needs a turn, like \"Alice: Hello.\"")
	}
	return end()
}

// isRule reports a Markdown horizontal rule: three or more of one of '-', '*', '_' (spaces
// between them allowed).
func isRule(line string) bool {
	t := strings.ReplaceAll(line, " ", "")
	if len(t) < 3 || !strings.ContainsRune("-*_", rune(t[0])) {
		return false
	}
	return strings.Count(t, t[:1]) == len(t)
}

// wholeNote reports a line that is one note in brackets or parentheses, "[Music fades out]",
// "(Both laugh)": a stage note, as screenplays write them.
func wholeNote(line string) bool {
	if len(line) < 3 || line[0] != '[' && line[0] != '(' {
		return false
	}
	c := closer(line[0])
	return line[len(line)-1] == c && strings.IndexByte(line[1:len(line)-1], c) < 0 &&
		strings.IndexByte(line[1:len(line)-1], line[0]) < 0
}

// validName reports whether s may be a speaker's name (speakerTag's rules).
func validName(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > MaxSpeakerLen || len(strings.Fields(s)) > MaxSpeakerWords {
		return false
	}
	for i, r := range s {
		if i == 0 && !unicode.IsLetter(r) {
			return false
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(" ._'-", r) {
			return false
		}
	}
	return true
}

// bracketTag reads a speaker tag written "[Alice] text", without a colon, as some transcripts
// and language models write it. Since "[pause] text" and "[excitedly] text" are stage
// directions, the name must be a speaker already known (from the header or an earlier tag), or,
// with text after it on the line, a name that starts with a capital letter and is not a word
// directions use (a pause, a sound, a filler, an adverb in -ly: "[Laughs]", "[Softly]"). A tag
// alone on its line must name a known speaker.
func bracketTag(line string, known map[string]bool) (name, rest string, off int, ok bool) {
	if !strings.HasPrefix(line, "[") {
		return "", "", 0, false
	}
	end := strings.IndexByte(line, ']')
	if end < 0 || end+1 < len(line) && line[end+1] != ' ' && line[end+1] != '\t' {
		return "", "", 0, false
	}
	name = strings.Join(strings.Fields(line[1:end]), " ")
	if !validName(name) {
		return "", "", 0, false
	}
	tail := line[end+1:]
	rest = strings.TrimSpace(tail)
	off = end + 1 + len(tail) - len(strings.TrimLeftFunc(tail, unicode.IsSpace))
	if known[name] {
		return name, rest, off, true
	}
	if rest == "" {
		return "", "", 0, false
	}
	first, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(first) {
		return "", "", 0, false
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if soundWords[w] || fillers[w] || editorial[w] || strings.HasSuffix(w, "ly") {
			return "", "", 0, false
		}
	}
	if _, isPause := pauseMillis[strings.ToLower(name)]; isPause {
		return "", "", 0, false
	}
	return name, rest, off, true
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// speakerTag splits "Name: text" lines. The name starts with a letter, holds letters, digits,
// spaces and . _ ' - (at most MaxSpeakerWords words, MaxSpeakerLen characters), and the colon
// is followed by a space or the end of the line (so "https://…" and "10:30" are text). off is the
// byte offset of rest in line.
//
// Scripts written by language models and in Markdown dress the tag: "**Alice:** text",
// "**Alice**: text", "[Alice]: text", and put a direction in it: "Alice (excitedly): text". These
// are tags too: the name without its dress, and the direction as note (with its brackets), which
// Build acts on as a stage direction for the whole turn.
func speakerTag(line string) (name, note, rest string, off int, ok bool) {
	start := 0
	mark := ""
	for _, m := range []string{"**", "__", "*", "_"} {
		if strings.HasPrefix(line, m) {
			mark, start = m, len(m)
			break
		}
	}
	c := strings.IndexByte(line[start:], ':')
	if c < 0 {
		return "", "", "", 0, false
	}
	c += start
	after := c + 1
	head := line[start:c]
	if mark != "" {
		switch {
		case strings.HasSuffix(head, mark): // "**Alice**: text"
			head = head[:len(head)-len(mark)]
		case strings.HasPrefix(line[after:], mark): // "**Alice:** text"
			after += len(mark)
		default:
			return "", "", "", 0, false
		}
	}
	if after < len(line) && line[after] != ' ' && line[after] != '\t' {
		return "", "", "", 0, false
	}
	head = strings.TrimSpace(head)
	if strings.HasPrefix(head, "[") && strings.HasSuffix(head, "]") { // "[Alice]: text"
		head = strings.TrimSpace(head[1 : len(head)-1])
	}
	if k := strings.IndexAny(head, "(["); k > 0 { // "Alice (excitedly): text"
		if head[len(head)-1] != closer(head[k]) || strings.IndexByte(head[k+1:], head[k]) >= 0 {
			return "", "", "", 0, false
		}
		note = head[k:]
		head = strings.TrimSpace(head[:k])
	}
	name = head
	if name == "" || utf8.RuneCountInString(name) > MaxSpeakerLen || len(strings.Fields(name)) > MaxSpeakerWords ||
		utf8.RuneCountInString(note) > MaxSpeakerLen {
		return "", "", "", 0, false
	}
	for i, r := range name {
		if i == 0 && !unicode.IsLetter(r) {
			return "", "", "", 0, false
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(" ._'-", r) {
			return "", "", "", 0, false
		}
	}
	name = strings.Join(strings.Fields(name), " ")
	tail := line[after:]
	rest = strings.TrimSpace(tail)
	off = after + (len(tail) - len(strings.TrimLeftFunc(tail, unicode.IsSpace)))
	return name, note, rest, off, true
}

// parseHeader reads the block between "---" lines; ls is at the opening line, and is left at
// the closing one.
func (s *Script) parseHeader(ls *lines) error {
	open := ls.num
	// The closing line must exist: look for it first, so that a missing one is reported as such
	// rather than as a bad header line.
	ahead := *ls
	closed := false
	for ahead.next() {
		if strings.TrimSpace(ahead.line) == "---" {
			closed = true
			break
		}
	}
	if !closed {
		return s.errf(open, 1, "the header starting here has no closing \"---\" line")
	}
	seen := map[string]int{}
	list := false // the last key was metadata with its value on the lines below ("tags:", "- a")
	for ls.next() {
		n := ls.num
		if len(ls.line) > MaxLineBytes {
			return s.errf(n, 0, "line is %d KiB long; lines are limited to %d KiB (is this a script?)", len(ls.line)>>10, MaxLineBytes>>10)
		}
		line := strings.TrimSpace(ls.line)
		if line == "---" {
			return nil
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if list && (strings.HasPrefix(line, "- ") || line == "-" || ls.line[0] == ' ' || ls.line[0] == '\t') {
			continue // a YAML list item or continued value of a metadata key
		}
		list = false
		k := strings.IndexByte(line, ':')
		if k <= 0 {
			return s.errf(n, 1, "header lines look like \"key: value\" (keys: title, voices, styles, gap, paragraph, strict); got %q", clip(line, 40))
		}
		key := strings.ToLower(strings.TrimSpace(line[:k]))
		val := strings.TrimSpace(line[k+1:])
		vcol := utf8.RuneCountInString(ls.line[:strings.Index(ls.line, ":")+1]) + 2
		if prev, dup := seen[key]; dup {
			return s.errf(n, 1, "%s is set twice in the header (first on line %d)", key, prev)
		}
		seen[key] = n
		var err error
		switch key {
		case "title":
			s.Title = val
		case "voices", "voice":
			err = s.mapping(s.Voices, "voice", val, n, vcol)
		case "styles", "style":
			err = s.mapping(s.Styles, "style", val, n, vcol)
		case "gap":
			s.Gap, err = s.pause(val, n, vcol)
		case "paragraph":
			s.Paragraph, err = s.pause(val, n, vcol)
		case "strict":
			switch strings.ToLower(val) {
			case "true", "yes", "on":
				s.Strict = true
			case "false", "no", "off":
			default:
				err = s.errf(n, vcol, "strict is true or false, not %q", val)
			}
		case "language", "lang":
			if l := strings.ToLower(val); l != "en" && !strings.HasPrefix(l, "en-") && !strings.HasPrefix(l, "en_") && l != "english" {
				err = s.errf(n, vcol, "language %q: Chorus's voices speak English (en)", val)
			}
		default:
			if !metadataKeys[key] {
				err = s.errf(n, 1, "unknown header key %q: use title, voices, styles, gap, paragraph or strict (metadata such as author, date, description, episode and tags is accepted too)", key)
			}
			list = val == "" || val == ">" || val == "|" || val == ">-" || val == "|-"
		}
		if err != nil {
			return err
		}
	}
	return s.errf(open, 1, "the header starting here has no closing \"---\" line")
}

// metadataKeys are front-matter keys that describe an episode and ask nothing of its audio
// (Markdown and podcast front matter carry them): accepted and not used.
var metadataKeys = map[string]bool{
	"author": true, "authors": true, "host": true, "hosts": true, "guest": true, "guests": true,
	"date": true, "published": true, "updated": true, "description": true, "summary": true,
	"subtitle": true, "episode": true, "season": true, "show": true, "podcast": true,
	"series": true, "tags": true, "keywords": true, "category": true, "categories": true,
	"copyright": true, "license": true, "slug": true, "draft": true, "layout": true,
	"explicit": true, "image": true, "cover": true, "link": true, "url": true, "notes": true,
	"duration": true, "id": true, "version": true,
}

// mapping reads "Alice=ava, Speaker 2=joe".
func (s *Script) mapping(m map[string]string, what, val string, line, col int) error {
	if val == "" {
		return s.errf(line, col, "%ss: give Speaker=%s pairs separated by commas", what, what)
	}
	off := 0
	for _, item := range strings.Split(val, ",") {
		icol := col + utf8.RuneCountInString(val[:off])
		off += len(item) + 1
		if strings.TrimSpace(item) == "" {
			continue
		}
		k, v, ok := strings.Cut(item, "=")
		spk := strings.Join(strings.Fields(k), " ")
		v = strings.TrimSpace(v)
		if !ok || spk == "" || v == "" {
			return s.errf(line, icol, "%ss: %q is not Speaker=%s", what, strings.TrimSpace(item), what)
		}
		if _, dup := m[spk]; dup {
			return s.errf(line, icol, "%ss: %s is mapped twice", what, spk)
		}
		m[spk] = v
		s.headerLine[what+"\x00"+spk] = line
	}
	return nil
}

func (s *Script) pause(val string, line, col int) (time.Duration, error) {
	ms, err := markup.ParseDuration(val)
	if err != nil {
		return 0, s.errf(line, col, "pause %q: %v", val, err)
	}
	return time.Duration(ms) * time.Millisecond, nil
}

// check validates the whole script: turns present, markup well formed, speakers known in
// strict mode.
func (s *Script) check() error {
	if len(s.Turns) == 0 {
		return s.errf(0, 0, "the script is empty: write turns like \"Alice: Hello.\"")
	}
	for i := range s.Turns {
		t := &s.Turns[i]
		if _, err := markup.Parse(t.Text); err != nil {
			var me *markup.Error
			if errors.As(err, &me) && t.pieces == nil {
				return s.errf(t.Line, t.col, "in the text, at character %d: %s", me.Column, me.Msg)
			}
			if errors.As(err, &me) {
				line, col := t.pos(me.Offset)
				return s.errf(line, col, "%s", me.Msg)
			}
			return s.errf(t.Line, 0, "%v", err)
		}
	}
	speakers := s.Speakers()
	if len(speakers) > MaxSpeakers {
		return s.errf(0, 0, "%d speakers; at most %d", len(speakers), MaxSpeakers)
	}
	if s.Strict {
		for i := range s.Turns {
			t := &s.Turns[i]
			if _, ok := s.Voices[t.Speaker]; !ok && t.Voice == "" {
				return s.errf(t.Line, 0, "unknown speaker %q (strict mode): add it to the header's voices, e.g. \"voices: %s=ava\"", t.Speaker, t.Speaker)
			}
		}
	}
	for _, what := range []string{"voice", "style"} {
		m := s.Voices
		if what == "style" {
			m = s.Styles
		}
		for spk := range m {
			if !contains(speakers, spk) {
				return s.errf(s.headerLine[what+"\x00"+spk], 0, "the header gives a %s to %q, who never speaks (speakers: %s)", what, spk, strings.Join(speakers, ", "))
			}
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
