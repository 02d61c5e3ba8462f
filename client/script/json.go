package script

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// jsonTurn is one turn of JSON input.
type jsonTurn struct {
	Speaker *string `json:"speaker"`
	Text    *string `json:"text"`
	Voice   string  `json:"voice"`
	Style   string  `json:"style"`
	// Paragraph asks for a paragraph pause before the turn.
	Paragraph bool `json:"paragraph"`
}

// jsonScript is the object form of JSON input: the header's fields plus the turns.
type jsonScript struct {
	Title     string            `json:"title"`
	Voices    map[string]string `json:"voices"`
	Styles    map[string]string `json:"styles"`
	Gap       string            `json:"gap"`
	Paragraph string            `json:"paragraph"`
	Strict    bool              `json:"strict"`
	Turns     []json.RawMessage `json:"turns"`
}

// parseJSON reads [{"speaker": …, "text": …}, …] or {"title": …, "voices": {…}, "turns": […]}.
func (s *Script) parseJSON(src []byte) error {
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.DisallowUnknownFields()
	where := func(off int64) (int, int) {
		return lineCol(src, int(min(max(off, 0), int64(len(src)))))
	}
	jerr := func(err error, fallback int64) error {
		off := fallback
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		msg := err.Error()
		switch {
		case errors.As(err, &se):
			off = se.Offset
		case errors.As(err, &te):
			off = te.Offset
			msg = fmt.Sprintf("%s must be a %s, not %s", te.Field, te.Type, te.Value)
		case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
			off = int64(len(src))
			msg = "the JSON ends too early"
		}
		line, col := where(off)
		return s.errf(line, col, "JSON: %s", strings.TrimPrefix(msg, "json: "))
	}
	var raws []json.RawMessage
	trimmed := bytes.TrimSpace(src)
	if trimmed[0] == '{' {
		var js jsonScript
		if err := dec.Decode(&js); err != nil {
			return jerr(err, dec.InputOffset())
		}
		s.Title = js.Title
		for k, v := range js.Voices {
			s.Voices[strings.Join(strings.Fields(k), " ")] = v
		}
		for k, v := range js.Styles {
			s.Styles[strings.Join(strings.Fields(k), " ")] = v
		}
		s.Strict = s.Strict || js.Strict
		var err error
		if js.Gap != "" {
			if s.Gap, err = s.pause(js.Gap, 0, 0); err != nil {
				return err
			}
		}
		if js.Paragraph != "" {
			if s.Paragraph, err = s.pause(js.Paragraph, 0, 0); err != nil {
				return err
			}
		}
		raws = js.Turns
	} else if err := dec.Decode(&raws); err != nil {
		return jerr(err, dec.InputOffset())
	}
	if dec.More() {
		line, col := where(dec.InputOffset())
		return s.errf(line, col, "JSON: unexpected data after the end of the script")
	}
	if len(raws) > MaxTurns {
		return s.errf(0, 0, "%d turns; at most %d: split the script", len(raws), MaxTurns)
	}
	// Locate each turn in the source for messages. A raw message is the element's bytes as
	// written, so it starts after the space and comma that follow the previous one (the first,
	// after the opening of the list, found by a search forward); the cursor then counts lines
	// and columns forward only, so locating all turns takes one pass over the file.
	pos := 0
	cur := cursor{src: src}
	for i, raw := range raws {
		off := pos
		for off < len(src) && (src[off] == ',' || isJSONSpace(src[off])) {
			off++
		}
		if !bytes.HasPrefix(src[off:], raw) {
			if k := bytes.Index(src[pos:], raw); k >= 0 {
				off = pos + k
			} else {
				off = pos
			}
		}
		pos = off + len(raw)
		line, col := cur.at(off)
		var jt jsonTurn
		d := json.NewDecoder(bytes.NewReader(raw))
		d.DisallowUnknownFields()
		if err := d.Decode(&jt); err != nil {
			return s.errf(line, col, "JSON turn %d: %s", i+1, strings.TrimPrefix(err.Error(), "json: "))
		}
		if jt.Speaker == nil || strings.TrimSpace(*jt.Speaker) == "" {
			return s.errf(line, col, "JSON turn %d has no \"speaker\"", i+1)
		}
		if jt.Text == nil || strings.TrimSpace(*jt.Text) == "" {
			return s.errf(line, col, "JSON turn %d (%s) has no \"text\"", i+1, *jt.Speaker)
		}
		spk := strings.Join(strings.Fields(*jt.Speaker), " ")
		if len([]rune(spk)) > MaxSpeakerLen {
			return s.errf(line, col, "JSON turn %d: speaker name longer than %d characters", i+1, MaxSpeakerLen)
		}
		t := Turn{Speaker: spk, Text: *jt.Text, Voice: jt.Voice, Style: jt.Style, Line: line, Paragraph: jt.Paragraph, col: col}
		s.Turns = append(s.Turns, t)
	}
	s.located = cur.scanned
	return nil
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// cursor turns byte offsets of src into lines and rune columns (from 1), moving forward only:
// asked for increasing offsets it reads each byte once. An offset behind it starts it over.
type cursor struct {
	src       []byte
	off       int
	line, col int
	scanned   int // bytes read, for tests
}

func (c *cursor) at(off int) (line, col int) {
	off = min(max(off, 0), len(c.src))
	if c.line == 0 || off < c.off {
		c.off, c.line, c.col = 0, 1, 1
	}
	for c.off < off {
		r, n := utf8.DecodeRune(c.src[c.off:])
		if r == '\n' {
			c.line, c.col = c.line+1, 1
		} else {
			c.col++
		}
		c.off += n
		c.scanned += n
	}
	return c.line, c.col
}
