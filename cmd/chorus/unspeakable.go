package main

import (
	"fmt"

	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/synth/text"
)

// warnUnspeakable names on stderr what in s the engine cannot speak (letters of other scripts,
// emoji and symbols without a reading), so nothing is dropped in silence. With markup, the text
// of the spans is checked as the engine reads it (a <sub> its alias, a <phoneme> not at all).
func (c *cli) warnUnspeakable(s string, useMarkup bool) {
	var d text.Dropped
	if !useMarkup {
		d = text.Unspeakable(s)
	} else {
		spans, err := markup.Parse(s)
		if err != nil {
			return // reported as an error by the caller
		}
		for _, sp := range spans {
			if len(sp.Pron) == 0 {
				d.Add(text.Unspeakable(sp.Spoken()))
			}
		}
	}
	if !d.Empty() {
		fmt.Fprintf(c.stderr, "chorus: warning: cannot speak %s: left out\n", d)
	}
}
