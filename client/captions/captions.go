// Package captions turns word timings into subtitle cues and writes them as WebVTT or SRT.
package captions

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/client/outfile"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/text"
)

// ErrCaptions marks invalid input to this package.
var ErrCaptions = errors.New("captions")

// Cue is one caption: at most Options.MaxLines lines of one speaker's words.
type Cue struct {
	Start, End time.Duration
	Speaker    string
	Lines      []string
}

// Text is the cue's lines joined by newlines.
func (c Cue) Text() string { return strings.Join(c.Lines, "\n") }

// Options shapes the cues. Zero fields take the defaults.
type Options struct {
	MaxLineChars int           // characters per line (default 42)
	MaxLines     int           // lines per cue (default 2)
	MaxDuration  time.Duration // longest cue (default 7 s)
	// MinDuration is the shortest time a cue stays up (default 1 s): a shorter cue's end is
	// extended into the following silence, never past the next cue's start.
	MinDuration time.Duration
	// PauseBreak is the silence between words that starts a new cue (default 700 ms).
	PauseBreak time.Duration
	// NameSpeakers starts the first cue of each speaker's turn with the speaker's name and a
	// colon ("Host: Welcome back."), laid out with the words, when the words have more than one
	// speaker: for formats that cannot mark the speaker otherwise (SRT; WebVTT has <v>).
	NameSpeakers bool
}

func (o Options) withDefaults() Options {
	if o.MaxLineChars <= 0 {
		o.MaxLineChars = 42
	}
	if o.MaxLines <= 0 {
		o.MaxLines = 2
	}
	if o.MaxDuration <= 0 {
		o.MaxDuration = 7 * time.Second
	}
	if o.MinDuration <= 0 {
		o.MinDuration = time.Second
	}
	if o.PauseBreak <= 0 {
		o.PauseBreak = 700 * time.Millisecond
	}
	return o
}

// word is a cleaned word timing in time units.
type word struct {
	text       string
	speaker    string
	start, end time.Duration
	endSample  int64
	label      bool // a speaker's name (NameSpeakers), not a spoken word
}

// at converts a sample position to time, exactly to the nanosecond (rounded down).
func at(samples int64, rate int) time.Duration {
	sec := samples / int64(rate)
	rem := samples % int64(rate)
	return time.Duration(sec)*time.Second + time.Duration(rem*int64(time.Second)/int64(rate))
}

// Build groups word timings (in samples at sampleRate, in order) into cues. Each timing is one
// written token, as the engine reports them: its text as written, punctuation included ("1995,",
// "555-1234", "TTS" however they are read), so cues show what was written. A cue starts exactly
// at its first word's start; it ends at its last word's end, or later (up to MinDuration, into
// silence) when it would be shorter. A new cue starts at a change of speaker, after a pause longer
// than PauseBreak, after a sentence's last word, and when the next word would not fit the lines or
// MaxDuration. *Stars* and _underscores_ of plain-text emphasis are removed.
func Build(words []synth.WordTiming, sampleRate int, opts Options) ([]Cue, error) {
	if sampleRate <= 0 {
		return nil, fmt.Errorf("%w: sample rate %d", ErrCaptions, sampleRate)
	}
	o := opts.withDefaults()
	ws, err := clean(words, sampleRate, o.MaxLineChars)
	if err != nil {
		return nil, err
	}
	var cues []Cue
	var cur []word
	emit := func() {
		if len(cur) == 0 {
			return
		}
		texts := make([]string, len(cur))
		for i, w := range cur {
			texts[i] = w.text
		}
		lines, _ := layout(texts, o.MaxLineChars, o.MaxLines)
		cues = append(cues, Cue{Start: cur[0].start, End: cur[len(cur)-1].end, Speaker: cur[0].speaker, Lines: lines})
		cur = cur[:0]
	}
	// fits reports whether words, plus w, make one cue.
	fits := func(words []word, w word) bool {
		texts := make([]string, 0, len(words)+1)
		for _, c := range words {
			texts = append(texts, c.text)
		}
		texts = append(texts, w.text)
		_, ok := layout(texts, o.MaxLineChars, o.MaxLines)
		return ok && (len(words) == 0 || w.end-words[0].start <= o.MaxDuration)
	}
	ends := sentenceEnds(ws)
	name := o.NameSpeakers && manySpeakers(ws)
	for i, w := range ws {
		if name && w.speaker != "" && (i == 0 || w.speaker != ws[i-1].speaker) {
			// A new turn: its first cue opens with the speaker's name.
			emit()
			cur = append(cur, word{text: w.speaker + ":", speaker: w.speaker, start: w.start, end: w.start, label: true})
		}
		n := len(cur)
		if n == 0 {
			cur = append(cur, w)
			continue
		}
		prev := cur[n-1]
		if w.speaker != prev.speaker || !prev.label && (w.start-prev.end > o.PauseBreak || ends[i-1]) {
			emit()
		} else if !fits(cur, w) {
			// Full: end the cue at its last clause boundary (comma, semicolon, colon) if that
			// keeps it at least a third full, and carry the rest over.
			k := clauseBreak(cur, o.MaxLineChars*o.MaxLines/3)
			if k < 0 || !fits(cur[k+1:], w) {
				k = n - 1
			}
			rest := append([]word(nil), cur[k+1:]...)
			cur = cur[:k+1]
			emit()
			cur = append(cur, rest...)
		}
		cur = append(cur, w)
	}
	emit()
	for i := range cues {
		if cues[i].End-cues[i].Start >= o.MinDuration {
			continue
		}
		end := cues[i].Start + o.MinDuration
		if i+1 < len(cues) && end > cues[i+1].Start {
			end = cues[i+1].Start
		}
		cues[i].End = max(cues[i].End, end)
	}
	return cues, nil
}

// clean validates the timings, strips emphasis marks and splits words too long for a line.
// Consecutive identical words stay apart: each timing is a token of its own ("no no").
func clean(in []synth.WordTiming, rate, maxChars int) ([]word, error) {
	var out []word
	var lastStart int64
	for i, wt := range in {
		if wt.Start < 0 || wt.End < wt.Start || wt.Start < lastStart {
			return nil, fmt.Errorf("%w: word %d (%.40q) has bad timing %d–%d", ErrCaptions, i, wt.Word, wt.Start, wt.End)
		}
		lastStart = wt.Start
		text := strings.Join(strings.Fields(stripEmphasis(wt.Word)), " ")
		if text == "" {
			continue
		}
		out = append(out, word{text: text, speaker: wt.Speaker, start: at(wt.Start, rate), end: at(wt.End, rate), endSample: wt.End})
	}
	// Split words longer than a line into line-sized pieces sharing the word's time.
	var res []word
	for _, w := range out {
		r := []rune(w.text)
		if len(r) <= maxChars {
			res = append(res, w)
			continue
		}
		n := (len(r) + maxChars - 1) / maxChars
		d := w.end - w.start
		for k := 0; k < n; k++ {
			piece := w
			piece.text = string(r[k*maxChars : min(len(r), (k+1)*maxChars)])
			piece.start = w.start + d*time.Duration(k)/time.Duration(n)
			piece.end = w.start + d*time.Duration(k+1)/time.Duration(n)
			res = append(res, piece)
		}
	}
	return res, nil
}

func stripEmphasis(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '*' {
			return -1
		}
		return r
	}, strings.TrimSuffix(strings.TrimPrefix(s, "_"), "_"))
}

// manySpeakers reports whether ws has words of more than one speaker.
func manySpeakers(ws []word) bool {
	for _, w := range ws {
		if w.speaker != ws[0].speaker {
			return true
		}
	}
	return false
}

// clauseBreak returns the index of the last word of cur (not the final one) that ends a clause
// and has at least minChars characters up to it; -1 if none.
func clauseBreak(cur []word, minChars int) int {
	chars, best := 0, -1
	for i, w := range cur[:len(cur)-1] {
		chars += utf8.RuneCountInString(w.text) + 1
		t := strings.TrimRight(w.text, `"')]”’»`)
		if chars >= minChars && !w.label && (strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "—")) {
			best = i
		}
	}
	return best
}

// sentenceEnds reports, for each word, whether it closes a sentence, by the rules the engine
// splits sentences with (text.SentenceSpans): "Dr. Lee" and "Feb. 14" go on; "home. Then" ends.
func sentenceEnds(ws []word) []bool {
	var b strings.Builder
	ends := make([]int, len(ws)) // offset in b after each word
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
		ends[i] = b.Len()
	}
	out := make([]bool, len(ws))
	spans := text.SentenceSpans(b.String())
	k := 0
	for i, e := range ends {
		for k < len(spans) && spans[k].End < e {
			k++
		}
		out[i] = k < len(spans) && spans[k].End == e
	}
	return out
}

// layout wraps words into at most maxLines lines of at most maxChars characters, balancing line
// lengths; ok is false when they do not fit.
func layout(words []string, maxChars, maxLines int) ([]string, bool) {
	total := len(words) - 1
	for _, w := range words {
		total += utf8.RuneCountInString(w)
	}
	if total <= maxChars || maxLines < 2 {
		return []string{strings.Join(words, " ")}, total <= maxChars
	}
	if maxLines == 2 {
		best, bestCost := -1, 1<<30
		left := -1
		for k := 1; k < len(words); k++ { // line 1 = words[:k]
			left += 1 + utf8.RuneCountInString(words[k-1])
			right := total - left - 1
			if left > maxChars || right > maxChars {
				continue
			}
			if c := abs(left - right); c < bestCost {
				best, bestCost = k, c
			}
		}
		if best < 0 {
			return greedy(words, maxChars), false
		}
		return []string{strings.Join(words[:best], " "), strings.Join(words[best:], " ")}, true
	}
	lines := greedy(words, maxChars)
	return lines, len(lines) <= maxLines
}

func greedy(words []string, maxChars int) []string {
	var lines []string
	var b strings.Builder
	n := 0
	for _, w := range words {
		l := utf8.RuneCountInString(w)
		if n > 0 && n+1+l > maxChars {
			lines = append(lines, b.String())
			b.Reset()
			n = 0
		}
		if n > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += l
	}
	if n > 0 {
		lines = append(lines, b.String())
	}
	return lines
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Format is a caption file format.
type Format int

// Formats.
const (
	WebVTT Format = iota + 1
	SRT
)

// FormatFor picks the format from a file name's extension: .vtt or .srt.
func FormatFor(path string) (Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".vtt":
		return WebVTT, nil
	case ".srt":
		return SRT, nil
	}
	return 0, fmt.Errorf("%w: %s: unknown caption format; name the file .vtt (WebVTT) or .srt (SubRip)", ErrCaptions, path)
}

// stamp formats d as HH:MM:SS.mmm (sep '.') or HH:MM:SS,mmm (sep ','), rounded to the nearest ms.
func stamp(d time.Duration, sep byte) string {
	ms := (d + time.Millisecond/2) / time.Millisecond
	h := ms / 3600000
	m := ms / 60000 % 60
	s := ms / 1000 % 60
	return fmt.Sprintf("%02d:%02d:%02d%c%03d", h, m, s, sep, ms%1000)
}

var vttEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// Write writes cues in format f.
func Write(w io.Writer, f Format, cues []Cue) error {
	bw := bufio.NewWriter(w)
	switch f {
	case WebVTT:
		bw.WriteString("WEBVTT\n")
		for _, c := range cues {
			fmt.Fprintf(bw, "\n%s --> %s\n", stamp(c.Start, '.'), stamp(c.End, '.'))
			for i, l := range c.Lines {
				if i == 0 && c.Speaker != "" {
					fmt.Fprintf(bw, "<v %s>", vttEscaper.Replace(c.Speaker))
				}
				bw.WriteString(vttEscaper.Replace(l))
				bw.WriteByte('\n')
			}
		}
	case SRT:
		for i, c := range cues {
			if i > 0 {
				bw.WriteByte('\n')
			}
			fmt.Fprintf(bw, "%d\n%s --> %s\n", i+1, stamp(c.Start, ','), stamp(c.End, ','))
			for _, l := range c.Lines {
				bw.WriteString(l)
				bw.WriteByte('\n')
			}
		}
	default:
		return fmt.Errorf("%w: unknown format %d", ErrCaptions, f)
	}
	return bw.Flush()
}

// WriteFile writes cues to path in the format its extension names (.vtt or .srt), through
// package outfile: a new or regular file is written to a temporary file renamed over it only
// when complete (an existing file keeps its permissions), a symbolic link's target is written
// and the link kept, a device or named pipe is written directly, and "-" is standard output
// (in WebVTT). A failure leaves an existing file as it was.
func WriteFile(path string, cues []Cue) error {
	return WriteFileWith(path, cues, FileOptions{})
}

// FileOptions adjusts WriteFileWith.
type FileOptions struct {
	// Format of the file; 0 takes it from path's extension (WebVTT for "-").
	Format Format
	// Stdout is what the path "-" writes to; nil means os.Stdout.
	Stdout io.Writer
}

// WriteFileWith is WriteFile with options.
func WriteFileWith(path string, cues []Cue, o FileOptions) error {
	f := o.Format
	if f == 0 && path == outfile.Stdout {
		f = WebVTT
	}
	if f == 0 {
		var err error
		if f, err = FormatFor(path); err != nil {
			return err
		}
	}
	if f != WebVTT && f != SRT {
		return fmt.Errorf("%w: unknown format %d", ErrCaptions, f)
	}
	stdout := o.Stdout
	if stdout == nil {
		stdout = os.Stdout
	}
	out, err := outfile.Create(path, stdout)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrCaptions, err)
	}
	if err := Write(out, f, cues); err != nil {
		if aerr := out.Abort(); aerr != nil {
			err = errors.Join(err, aerr)
		}
		return fmt.Errorf("%w: %s: %w", ErrCaptions, out.Name(), err)
	}
	if err := out.Commit(); err != nil {
		return fmt.Errorf("%w: %w", ErrCaptions, err)
	}
	return nil
}
