package main

import (
	"io"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// displayWidth is the number of terminal columns s takes: East Asian wide and fullwidth
// characters and emoji take two, combining marks, format characters and variation selectors
// none; an emoji sequence (joined with ZWJ, with a skin tone, a flag's two regional
// indicators, a keycap, a character made emoji by VS16) is one glyph two columns wide.
func displayWidth(s string) int {
	w := 0
	joined := false     // after a ZWJ: the next character joins the glyph before
	narrowLast := false // the glyph before is one column wide: VS16 makes it two
	regional := 0       // regional indicators in a row: two make one flag
	for _, r := range s {
		switch {
		case r == '\u200d':
			joined = true
			continue
		case r == '\ufe0f':
			if narrowLast {
				w++
				narrowLast = false
			}
			continue
		case r >= 0x1f3fb && r <= 0x1f3ff && w > 0:
			continue // a skin tone modifies the emoji before it
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Variation_Selector) || unicode.IsControl(r):
			continue
		}
		if joined {
			joined = false
			continue
		}
		if r >= 0x1f1e6 && r <= 0x1f1ff {
			regional++
			if regional%2 == 1 {
				w += 2
			}
			narrowLast = false
			continue
		}
		regional = 0
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			w += 2
			narrowLast = false
		default:
			w++
			narrowLast = true
		}
	}
	return w
}

// writeColumns writes rows of cells aligned in columns by display width (text/tabwriter counts
// runes, so an emoji or a CJK word would push the columns after it out of line): each cell but
// a row's last is padded to its column's widest cell plus pad spaces.
func writeColumns(out io.Writer, rows [][]string, pad int) error {
	var widths []int
	for _, row := range rows {
		for k, cell := range row[:max(len(row)-1, 0)] {
			if k == len(widths) {
				widths = append(widths, 0)
			}
			widths[k] = max(widths[k], displayWidth(cell))
		}
	}
	var b strings.Builder
	for _, row := range rows {
		b.Reset()
		for k, cell := range row {
			b.WriteString(cell)
			if k < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[k]-displayWidth(cell)+pad))
			}
		}
		b.WriteByte('\n')
		if _, err := io.WriteString(out, b.String()); err != nil {
			return err
		}
	}
	return nil
}
