package script

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
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
	// Locate each turn in the source for messages: turns are decoded from raw messages, whose
	// offsets we find by searching forward.
	pos := 0
	for i, raw := range raws {
		off := bytes.Index(src[pos:], raw)
		if off >= 0 {
			off += pos
			pos = off + len(raw)
		} else {
			off = 0
		}
		line, col := lineCol(src, off)
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
	return nil
}
