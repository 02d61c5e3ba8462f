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
