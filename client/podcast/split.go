package podcast

import (
	"errors"
	"strings"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/text"
)

// limits bounds one engine request: the engine's (synth.MaxTextBytes, synth.MaxParts) unless
// a test sets smaller ones in Options.
type limits struct {
	textBytes int // total text of all parts
	parts     int
}

func (l limits) orEngine() limits {
	if l.textBytes <= 0 {
		l.textBytes = synth.MaxTextBytes
	}
	if l.parts <= 0 {
		l.parts = synth.MaxParts
	}
	return l
}

// engineLeadInMillis is the silence the engine puts before the first part of every request
// (synth's leadInMillis). A request that continues an episode takes it off its first pause, so
// a turn gap is as long as it would be in one request; TestRenderSplitGaps checks the value.
const engineLeadInMillis = 60

// subRequest is one engine request of an episode.
type subRequest struct {
	req    synth.Request
	origin []int // index in the episode's request of each part
}

// split cuts req into requests within lim, in order, at part boundaries; a part whose text is
// longer than a request may carry is first cut into pieces at paragraph or sentence boundaries
// (never inside an inline tag or element). Parts are packed greedily. Every request after the
// first has the engine's lead-in taken off its first pause, so the episode's gaps are those of
// one request, up to the lead-in where a request starts with a pause shorter than it (a piece
// of a long part, or a turn with no gap).
func split(req synth.Request, lim limits) []subRequest {
	type piece struct {
		p      synth.Part
		origin int
	}
	var pieces []piece
	for i, p := range req.Parts {
		if len(p.Text) <= lim.textBytes {
			pieces = append(pieces, piece{p, i})
			continue
		}
		var canCut func(int) bool
		if p.Markup {
			canCut = outsideMarkup(p.Text)
		}
		for k, t := range text.ChunksFunc(p.Text, lim.textBytes, canCut) {
			q := p
			q.Text = t
			if k > 0 {
				q.PauseBefore = 0
			}
			pieces = append(pieces, piece{q, i})
		}
	}
	var out []subRequest
	var cur *subRequest
	size := 0
	for _, pc := range pieces {
		if cur == nil || len(cur.req.Parts) == lim.parts || size+len(pc.p.Text) > lim.textBytes {
			r := req
			r.Parts = nil
			out = append(out, subRequest{req: r})
			cur = &out[len(out)-1]
			size = 0
			if len(out) > 1 {
				pc.p.PauseBefore = max(0, pc.p.PauseBefore-engineLeadInMillis)
			}
		}
		cur.req.Parts = append(cur.req.Parts, pc.p)
		cur.origin = append(cur.origin, pc.origin)
		size += len(pc.p.Text)
	}
	return out
}

// outsideMarkup returns, for text with inline tags, whether a cut at byte offset i leaves every
// tag and every element whole: i is outside any tag and at nesting depth 0.
func outsideMarkup(s string) func(int) bool {
	// ok[i] for every offset, computed in one pass.
	ok := make([]bool, len(s)+1)
	depth := 0
	for i := 0; i <= len(s); {
		ok[i] = depth == 0
		if i == len(s) {
			break
		}
		if s[i] != '<' {
			i++
			continue
		}
		end := tagEnd(s, i)
		tag := s[i:end]
		switch {
		case strings.HasPrefix(tag, "</"):
			depth = max(0, depth-1)
		case strings.HasPrefix(tag, "<!") || strings.HasPrefix(tag, "<?") || strings.HasSuffix(tag, "/>"):
		case len(tag) > 1 && isNameStart(tag[1]):
			depth++
		}
		// Offsets inside the tag stay false.
		i = end
	}
	return func(i int) bool { return i >= 0 && i < len(ok) && ok[i] }
}

// tagEnd returns the offset after the tag starting at s[i] == '<' (after its closing '>',
// skipping quoted attribute values), or len(s) if it never closes.
func tagEnd(s string, i int) int {
	var quote byte
	for j := i + 1; j < len(s); j++ {
		c := s[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1
		}
	}
	return len(s)
}

func isNameStart(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// episodeError makes an engine error about a part of a sub-request name the part of the
// episode's request it came from.
func episodeError(err error, sr *subRequest) error {
	var fe *synth.FieldError
	if !errors.As(err, &fe) || fe.Part < 0 || fe.Part >= len(sr.origin) {
		return err
	}
	mapped := *fe
	mapped.Part = sr.origin[fe.Part]
	return &mapped
}
