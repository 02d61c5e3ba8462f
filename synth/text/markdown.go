package text

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

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
// "\(a \le b\)"), footnote marks ("[^1]"), and the HTML that replies and web text carry
// (blankHTML: tags, comments and character references). Line structure is SentenceSpans' job (markdownLine): a row or a fence reaches
// here as a sentence of its own.
func blankMarkdown(s string) string {
	s = blankMarkdownLinks(s)
	s = blankHTML(s)
	s = blankFootnoteMarks(s)
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

func isAlnum(c byte) bool { return isDigit(c) || isASCIILetter(rune(c)) }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// Bounds of an HTML tag or character reference, beyond which "<" and "&" are read as written.
const (
	maxTagBytes    = 256
	maxEntityBytes = 10
)

// htmlBlockTags are the HTML elements that end a line or a block when rendered: a reader pauses
// at them. Other known elements (htmlInlineTags) are silent.
var htmlBlockTags = map[string]bool{
	"br": true, "p": true, "div": true, "li": true, "ul": true, "ol": true, "tr": true, "td": true,
	"th": true, "table": true, "thead": true, "tbody": true, "hr": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "pre": true,
	"details": true, "summary": true, "section": true, "article": true, "header": true,
	"footer": true, "figure": true, "figcaption": true, "dl": true, "dt": true, "dd": true,
}

var htmlInlineTags = map[string]bool{
	"a": true, "b": true, "i": true, "u": true, "s": true, "em": true, "strong": true,
	"span": true, "code": true, "kbd": true, "samp": true, "var": true, "sup": true, "sub": true,
	"small": true, "mark": true, "del": true, "ins": true, "abbr": true, "cite": true, "q": true,
	"img": true, "font": true, "strike": true, "tt": true, "big": true, "time": true, "wbr": true,
}

// htmlEntities are the named character references text carries most, each shorter than its
// name.
var htmlEntities = map[string]string{
	"amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
	"mdash": "—", "hellip": "…", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "euro": "€",
	"pound": "£", "yen": "¥", "cent": "¢", "times": "×", "divide": "÷", "plusmn": "±",
	"frac12": "½", "frac14": "¼", "frac34": "¾", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
	"rdquo": "”", "laquo": "«", "raquo": "»", "middot": "·", "bull": "•", "sect": "§",
	"para": "¶", "micro": "µ", "larr": "←", "rarr": "→", "le": "≤", "ge": "≥", "ne": "≠",
	"asymp": "≈", "minus": "−", "shy": " ", "zwj": " ", "zwnj": " ", "thinsp": " ", "ensp": " ",
	"emsp": " ",
}

// blankHTML reads the HTML that replies and web text carry, in place (same length): the tags of
// a known element are silent (a comma, a pause, for those that end a line or block: "<br>",
// "</p>", "<li>"), comments are silent, and character references ("&amp;", "&#39;",
// "&#x2014;") become their characters padded with spaces. Unknown names and a lone "<" or "&"
// are read as written ("x < y", "AT&T", "<tag>").
func blankHTML(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	var b []byte
	// set makes s[i:i+n] with, padded with pad: a space, or DEL where the mark may stand inside
	// a word ("It&#39;s", "<i>un</i>done"), which StripControls then takes out, keeping the
	// word whole and its offsets mapped to the input.
	set := func(i int, with string, n int, pad byte) {
		if b == nil {
			b = []byte(s)
		}
		k := copy(b[i:i+n], with)
		for k += i; k < i+n; k++ {
			b[k] = pad
		}
	}
	unclosed := false // a comment was found never closed: no later one closes either
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<':
			if strings.HasPrefix(s[i:], "<!--") {
				end := -1
				if !unclosed {
					end = strings.Index(s[i+4:], "-->")
				}
				if end >= 0 {
					set(i, "", end+7, ' ')
					i += end + 6
				}
				unclosed = end < 0
				continue
			}
			j := i + 1
			if j < len(s) && s[j] == '/' {
				j++
			}
			k := j
			for k < len(s) && isAlnum(s[k]) {
				k++
			}
			name := strings.ToLower(s[j:k])
			if !htmlBlockTags[name] && !htmlInlineTags[name] || k < len(s) && s[k] != '>' && s[k] != ' ' && s[k] != '/' && s[k] != '\t' {
				continue
			}
			end := strings.IndexByte(s[k:min(len(s), i+maxTagBytes)], '>')
			if end < 0 || strings.ContainsAny(s[k:k+end], "<\n") {
				continue
			}
			with, pad := "", byte(0x7f)
			if htmlBlockTags[name] {
				with, pad = ",", ' '
			}
			set(i, with, k+end+1-i, pad)
			i = k + end
		case '&':
			end := strings.IndexByte(s[i+1:min(len(s), i+maxEntityBytes)], ';')
			if end <= 0 {
				continue
			}
			ref := s[i+1 : i+1+end]
			with := htmlEntities[ref]
			if ref[0] == '#' {
				with = numericReference(ref[1:])
			}
			if with == "" {
				continue
			}
			set(i, with, end+2, 0x7f)
			i += end + 1
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// numericReference is the character of a numeric reference's digits ("39", "x2014"), or "" if
// they name none (or a control character, a surrogate or a non-character).
func numericReference(d string) string {
	base := 10
	if d != "" && (d[0] == 'x' || d[0] == 'X') {
		base, d = 16, d[1:]
	}
	v, err := strconv.ParseUint(d, base, 32)
	if err != nil || v < 0x20 || v >= 0x7f && v < 0xa0 || !utf8.ValidRune(rune(v)) || v == 0xfffe || v == 0xffff {
		return ""
	}
	return string(rune(v))
}

// blankFootnoteMarks blanks Markdown's footnote marks ("[^1]", "[^note]"), which, like the
// citation numbers the normalizer already leaves out, point at text rather than being text.
func blankFootnoteMarks(s string) string {
	if !strings.Contains(s, "[^") {
		return s
	}
	b := []byte(s)
	for i := 0; i+2 < len(b); i++ {
		if b[i] != '[' || b[i+1] != '^' {
			continue
		}
		j := i + 2
		for j < len(b) && j-i < 40 && (isAlnum(b[j]) || b[j] == '-' || b[j] == '_') {
			j++
		}
		if j == i+2 || j >= len(b) || b[j] != ']' {
			continue
		}
		end := j + 1
		if end < len(b) && b[end] == ':' && strings.TrimSpace(string(b[:i])) == "" {
			end++ // the footnote's own line: "[^1]: The source."
		}
		blank(b[i:end])
		i = end - 1
	}
	return string(b)
}
