package text

import "strings"

// Markdown that language models write into replies which are then spoken. Headings and *stars*
// are read elsewhere (dispatch, emphasis); here, links.

// Bounds of a Markdown link's text and address, beyond which brackets are read as written.
const (
	maxLinkText    = 200
	maxLinkAddress = 2048
)

// blankMarkdownLinks writes the syntax of each Markdown link in s as spaces, keeping its text:
// "[the docs](https://example.com/docs)" reads "the docs", an image "![a cat](cat.png)" its
// description "a cat". A reader says the words of a link, not where it points. Offsets do not
// move (every byte blanked is ASCII), so words still locate their tokens in s. Time is linear in
// len(s): each byte is looked at a bounded number of times.
func blankMarkdownLinks(s string) string {
	if !strings.Contains(s, "](") {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if b[i] != '[' {
			continue
		}
		// The text: up to the first ']', with no '[' or line break before it.
		j := i + 1
		for j < len(b) && j-i <= maxLinkText && b[j] != ']' && b[j] != '[' && b[j] != '\n' {
			j++
		}
		if j >= len(b) || b[j] != ']' || j == i+1 || j+1 >= len(b) || b[j+1] != '(' {
			if j < len(b) && b[j] == '[' {
				i = j - 1 // look again from the inner '['
			}
			continue
		}
		// The address: up to ')', with no white space.
		k := j + 2
		for k < len(b) && k-j <= maxLinkAddress && b[k] != ')' && b[k] != ' ' && b[k] != '\t' && b[k] != '\n' {
			k++
		}
		if k >= len(b) || b[k] != ')' || k == j+2 || strings.TrimSpace(string(b[i+1:j])) == "" {
			i = j
			continue
		}
		if i > 0 && b[i-1] == '!' {
			b[i-1] = ' '
		}
		b[i] = ' '
		for m := j; m <= k; m++ {
			b[m] = ' '
		}
		i = k
	}
	return string(b)
}

// blankMarkdown writes Markdown's syntax in the sentence s as spaces (or, for a few marks, as the
// symbol they stand for, in no more bytes), so that offsets do not move: links (their words
// stay), a code fence with its language name, a table row's bars (read as commas, the pause
// between cells) and its ruler, and the delimiters and commands of TeX math ("$E = mc^2$",
// "\(a \le b\)"). Line structure is SentenceSpans' job (markdownLine): a row or a fence reaches
// here as a sentence of its own.
func blankMarkdown(s string) string {
	s = blankMarkdownLinks(s)
	t := strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
		return strings.Repeat(" ", len(s))
	case strings.HasPrefix(t, "|"):
		return blankTableRow(s)
	}
	return blankMath(s)
}

// markdownLine reports whether the line at the start of s (up to its line break) is one of
// Markdown's block lines that are read as a sentence of their own: a code fence, a line inside
// a fenced block, or a row of a table ("| a | b |"). It opens and closes *inCode at fences.
func markdownLine(s string, inCode *bool) bool {
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		s = s[:k]
	}
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
		*inCode = !*inCode
		return true
	}
	if *inCode {
		return true
	}
	return len(t) >= 2 && t[0] == '|' && t[len(t)-1] == '|'
}

// blankTableRow reads a table row: the ruler under the header ("|---|:--:|") is blanked, and
// in other rows each bar (not an escaped "\|") becomes a comma, so that cells are read with a
// pause between them.
func blankTableRow(s string) string {
	if strings.Trim(s, "|-: \t\r\n") == "" {
		return strings.Repeat(" ", len(s))
	}
	b := []byte(s)
	for i := range b {
		if b[i] == '|' && (i == 0 || b[i-1] != '\\') {
			b[i] = ','
		}
	}
	return string(b)
}

// Bounds of inline math: a span longer than this is not taken for math.
const maxMathBytes = 400

// blankMath finds TeX math in s ($…$, $$…$$, \(…\), \[…\]) and rewrites it in place to what
// the normalizer reads: the delimiters and braces blanked, commands as their symbols or names
// ("\le" ≤, "\alpha" alpha, "\frac{a}{b}" a÷b). A dollar sign opens math only when it is not
// followed by a digit or a space and a matching one closes it on the same line, after a
// non-space and before no letter or digit: "$5 and $10" and "$AAPL" stay money and tickers.
func blankMath(s string) string {
	if !strings.ContainsAny(s, "$\\") {
		return s
	}
	var b []byte // copied on the first change
	for i := 0; i < len(s); i++ {
		open, close := 0, ""
		switch {
		case strings.HasPrefix(s[i:], "$$"):
			open, close = 2, "$$"
		case s[i] == '$':
			if i > 0 && (isAlnum(s[i-1]) || s[i-1] == '\\') || i+1 >= len(s) ||
				s[i+1] == ' ' || s[i+1] == '\t' || s[i+1] == '\n' || isDigit(s[i+1]) {
				continue
			}
			open, close = 1, "$"
		case strings.HasPrefix(s[i:], `\(`):
			open, close = 2, `\)`
		case strings.HasPrefix(s[i:], `\[`):
			open, close = 2, `\]`
		default:
			continue
		}
		body := s[i+open:]
		if len(body) > maxMathBytes {
			body = body[:maxMathBytes]
		}
		if k := strings.IndexByte(body, '\n'); k >= 0 && close != "$$" && close != `\]` {
			body = body[:k]
		}
		end := strings.Index(body, close)
		if end <= 0 {
			continue
		}
		after := i + open + end + len(close)
		if close == "$" && (isSpace(s[i+open+end-1]) || after < len(s) && isAlnum(s[after])) {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for k := i; k < i+open; k++ {
			b[k] = ' '
		}
		for k := i + open + end; k < after; k++ {
			b[k] = ' '
		}
		rewriteTeX(b[i+open : i+open+end])
		i = after - 1
	}
	if b == nil {
		return s
	}
	return string(b)
}

// texSymbols are TeX commands read as a symbol the normalizer knows, each written in no more
// bytes than the command with its backslash.
var texSymbols = map[string]string{
	"times": "×", "cdot": "×", "div": "÷", "pm": "±", "mp": "∓", "le": "≤", "leq": "≤", "ge": "≥",
	"geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈", "infty": "∞", "to": "→", "rightarrow": "→",
	"Rightarrow": "⇒", "implies": "⇒", "in": "∈", "notin": "∉", "sum": "∑", "prod": "∏", "int": "∫",
	"sqrt": "√", "partial": "∂", "forall": "∀", "exists": "∃", "equiv": "≡", "propto": "∝",
	"cap": "∩", "cup": "∪", "subset": "⊂", "emptyset": "∅", "lt": "<", "gt": ">",
}

// texSilent are TeX commands with nothing to read: spacing, sizing and fonts (their argument,
// in braces, is still read).
var texSilent = map[string]bool{
	"left": true, "right": true, "quad": true, "qquad": true, "text": true, "mathrm": true,
	"mathbf": true, "mathit": true, "mathbb": true, "mathcal": true, "operatorname": true,
	"displaystyle": true, "big": true, "Big": true, "bigg": true, "Bigg": true, "ldots": true,
	"cdots": true, "dots": true, "limits": true, "frac": true, "dfrac": true, "tfrac": true,
}

// rewriteTeX rewrites the body of a math span in place, keeping its length: commands as
// texSymbols or texSilent say (another command loses its backslash and is read as its name:
// "\alpha" alpha, "\sin" sin), a fraction as texFraction writes it, braces, subscript marks and
// "\," spacing as spaces.
func rewriteTeX(b []byte) {
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '{', '}', '_':
			b[i] = ' '
		case '\\':
			j := i + 1
			for j < len(b) && (b[j] >= 'a' && b[j] <= 'z' || b[j] >= 'A' && b[j] <= 'Z') {
				j++
			}
			name := string(b[i+1 : j])
			switch {
			case name == "":
				b[i] = ' '
				if j < len(b) && strings.IndexByte(",;:! ", b[j]) >= 0 {
					b[j] = ' '
				}
			case texSymbols[name] != "":
				sym := texSymbols[name]
				copy(b[i:j], sym)
				for k := i + len(sym); k < j; k++ {
					b[k] = ' '
				}
			case strings.HasSuffix(name, "frac") && texSilent[name]:
				if end, ok := texFraction(b[i:], j-i); ok {
					j = i + end
				} else {
					blank(b[i:j])
				}
			case texSilent[name]:
				blank(b[i:j])
			default:
				b[i] = ' '
			}
			i = j - 1
		}
	}
}

// texFraction rewrites "\frac{A}{B}" at the start of b (the command's name ends at n), each
// part rewritten by rewriteTeX, in the bytes the command took: "A÷B" in place (a divided by b),
// or "A/B" when both are whole numbers (read as a fraction: one half), written where the
// numerator's brace was. It reports how many bytes that was, or false when no two brace groups
// follow.
func texFraction(b []byte, n int) (int, bool) {
	a0, a1, ok := braceGroup(b, n)
	if !ok {
		return 0, false
	}
	b0, b1, ok := braceGroup(b, a1+1)
	if !ok {
		return 0, false
	}
	rewriteTeX(b[a0+1 : a1])
	rewriteTeX(b[b0+1 : b1])
	num, den := strings.TrimSpace(string(b[a0+1:a1])), strings.TrimSpace(string(b[b0+1:b1]))
	blank(b[:a0+1])
	b[b1] = ' '
	if allDigits(num) && allDigits(den) {
		blank(b[a0:b1])
		copy(b[a0:], num+"/"+den) // fewer bytes than the groups held
		return b1 + 1, true
	}
	if num != "" && den != "" {
		copy(b[a1:], "÷") // two bytes for "}{"
	} else {
		b[a1], b[b0] = ' ', ' '
	}
	return b1 + 1, true
}

// braceGroup finds the balanced group "{…}" that starts at b[i] after optional spaces, and
// returns the offsets of its braces.
func braceGroup(b []byte, i int) (open, close int, ok bool) {
	for i < len(b) && b[i] == ' ' {
		i++
	}
	if i >= len(b) || b[i] != '{' {
		return 0, 0, false
	}
	depth := 0
	for k := i; k < len(b); k++ {
		switch b[k] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i, k, true
			}
		}
	}
	return 0, 0, false
}

func blank(b []byte) {
	for i := range b {
		b[i] = ' '
	}
}

func isAlnum(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
