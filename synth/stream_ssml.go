package synth

// Cutting streamed markup: SSML documents and inline tags arrive in pieces too. A piece is cut
// where a sentence and the markup around it are complete; see the package's stream notes.

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/markup"
)

// openTag is an SSML element open at a cut: its name and its start tag as written.
type openTag struct{ name, raw string }

// ssmlState is what an SSML stream knows at the start of its pending text.
type ssmlState struct {
	stack     []openTag
	line, col int // line (from 1) and column in characters (from 1) of the pending text's start
}

// noCut are the elements a piece may not be cut inside: their content is one reading.
var noCut = map[string]bool{"say-as": true, "sub": true, "phoneme": true, "audio": true}

// ssmlScan walks SSML text from state st. It returns the cut points after which a piece may end
// (after a sentence or paragraph element closes, after a complete sentence in text, outside the
// elements of noCut), the last offset that is outside any tag, comment or section (where Flush
// may cut), and the open elements at each offset is computed by stackAt.
type ssmlScan struct {
	cut  int // the last cut point after a complete sentence (0: none)
	safe int // the last offset outside tags, comments, CDATA and processing instructions
}

// scan walks txt from the state's open elements; it calls at(i, stack) at every safe offset.
func (st *ssmlState) scan(txt string, at func(i int, stack []openTag)) ssmlScan {
	stack := append([]openTag(nil), st.stack...)
	var sc ssmlScan
	inNoCut := func() bool {
		for _, t := range stack {
			if noCut[t.name] {
				return true
			}
		}
		return false
	}
	mark := func(i int) {
		sc.safe = i
		if at != nil {
			at(i, stack)
		}
	}
	mark(0)
	i := 0
	for i < len(txt) {
		if txt[i] != '<' {
			// A text node: up to the next '<'.
			j := strings.IndexByte(txt[i:], '<')
			end := len(txt)
			if j >= 0 {
				end = i + j
			}
			if !inNoCut() {
				node := txt[i:end]
				if j < 0 {
					// The node may go on: cut only at sentences whose end is decided.
					if k := completePrefix(node); k > 0 {
						sc.cut = i + k
						mark(i + k)
					}
				} else if k := completePrefix(node); k > 0 {
					sc.cut = i + k
					mark(i + k)
				}
			}
			i = end
			mark(i)
			continue
		}
		rest := txt[i:]
		var close string
		switch {
		case strings.HasPrefix(rest, "<!--"):
			close = "-->"
		case strings.HasPrefix(rest, "<![CDATA["):
			close = "]]>"
		case strings.HasPrefix(rest, "<?"):
			close = "?>"
		case strings.HasPrefix(rest, "<!"):
			close = ">"
		}
		if close != "" {
			k := strings.Index(rest[2:], close)
			if k < 0 {
				return sc // incomplete
			}
			i += 2 + k + len(close)
			mark(i)
			continue
		}
		end := tagEnd(rest)
		if end < 0 {
			return sc // an incomplete tag
		}
		tag := rest[:end]
		i += end
		name := tagName(tag)
		switch {
		case strings.HasPrefix(tag, "</"):
			if n := len(stack); n > 0 && stack[n-1].name == name {
				stack = stack[:n-1]
			}
			switch name {
			case "s", "p", "sentence", "paragraph", "speak":
				if !inNoCut() {
					sc.cut = i
				}
			}
		case strings.HasSuffix(tag, "/>"):
		default:
			stack = append(stack, openTag{name: name, raw: tag})
		}
		mark(i)
	}
	return sc
}

// tagEnd returns the length of the tag at the start of s (through its '>', quotes respected),
// or -1 if it is not complete.
func tagEnd(s string) int {
	var quote byte
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1
		}
	}
	return -1
}

// tagName is the lower-case element name of a tag ("<voice name='x'>" → "voice").
func tagName(tag string) string {
	t := strings.TrimPrefix(strings.TrimPrefix(tag, "<"), "/")
	k := strings.IndexAny(t, " \t\r\n/>")
	if k < 0 {
		k = len(t)
	}
	return strings.ToLower(t[:k])
}

// ssmlCut returns where the pending SSML text txt may be cut: all (Flush, Close) cuts at the
// last safe offset, else at the last complete sentence.
func (st *ssmlState) cut(txt string, all bool) int {
	sc := st.scan(txt, nil)
	if all {
		return sc.safe
	}
	return sc.cut
}

// wrap makes the piece txt (cut at a safe offset) a document of its own: the elements open
// before it are opened again, and those open after it closed. It returns the document and the
// length of the header before txt.
func (st *ssmlState) wrap(txt string) (string, int, []openTag) {
	var b strings.Builder
	for _, t := range st.stack {
		b.WriteString(t.raw)
	}
	hdr := b.Len()
	b.WriteString(txt)
	var stack []openTag
	st.scan(txt, func(i int, s []openTag) {
		if i == len(txt) {
			stack = append(stack[:0], s...)
		}
	})
	for k := len(stack) - 1; k >= 0; k-- {
		fmt.Fprintf(&b, "</%s>", stack[k].name)
	}
	return b.String(), hdr, stack
}

// advance moves the state past txt, whose end leaves stack open.
func (st *ssmlState) advance(txt string, stack []openTag) {
	st.stack = stack
	if k := strings.LastIndexByte(txt, '\n'); k >= 0 {
		st.line += strings.Count(txt, "\n")
		st.col = 1 + utf8.RuneCountInString(txt[k+1:])
	} else {
		st.col += utf8.RuneCountInString(txt)
	}
}

// ssmlRuns parses an SSML piece and returns its runs, with offsets in the stream's text.
func (s *Stream) ssmlRuns(e *Engine, part resolved, pc *streamPiece) ([]resolved, error) {
	spans, err := e.parseSSML(part.Part, part.entry, pc.text)
	if err != nil {
		var me *markup.Error
		if errors.As(err, &me) {
			// The error's place in the stream's text.
			off := min(max(me.Offset-pc.hdr, 0), len(pc.text)-pc.hdr)
			raw := pc.text[pc.hdr : pc.hdr+off]
			line, col := pc.line, pc.col
			if k := strings.LastIndexByte(raw, '\n'); k >= 0 {
				line += strings.Count(raw, "\n")
				col = 1 + utf8.RuneCountInString(raw[k+1:])
			} else {
				col += utf8.RuneCountInString(raw)
			}
			return nil, invalidPart(0, FieldText, "ssml: line %d, column %d: %s", line, col, me.Msg)
		}
		return nil, invalidPart(0, FieldText, "%v", err)
	}
	// Offsets in the piece's document → offsets in the stream's text.
	shift := func(x int) int { return min(max(x-pc.hdr, 0), len(pc.text)-pc.hdr) }
	for i := range spans {
		spans[i].Start, spans[i].End = shift(spans[i].Start), shift(spans[i].End)
	}
	doc := pc.text[pc.hdr:]
	runs := e.ssmlRunsOf(0, part.Part, part.entry, part.style, doc, spans)
	for i := range runs {
		runs[i].src.base = pc.base
		if i > 0 || !pc.first {
			runs[i].PauseBefore = 0
		}
	}
	return runs, nil
}

// parseInline parses a piece of an inline-markup stream.
func parseInline(s string) ([]markup.Span, error) { return markup.Parse(s) }

// inlineSafe returns the offsets of txt (inline markup) outside tags and elements: where a piece
// may be cut.
func inlineDepth(txt string, at func(i int)) {
	depth := 0
	at(0)
	for i := 0; i < len(txt); {
		if txt[i] == '<' && isInlineTag(txt, i) {
			end := i + strings.IndexByte(txt[i:], '>') + 1
			tag := txt[i:end]
			switch {
			case strings.HasPrefix(tag, "</"):
				depth--
			case strings.HasSuffix(tag, "/>"):
			default:
				depth++
			}
			i = end
			if depth <= 0 {
				at(i)
			}
			continue
		}
		if txt[i] == '<' && i+1 < len(txt) && !strings.ContainsAny(txt[i+1:], ">\n") {
			return // possibly an incomplete tag
		}
		i++
		if depth <= 0 {
			at(i)
		}
	}
}
