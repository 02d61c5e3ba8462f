package script

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/voices"
)

// A stage direction is a note to the performer inside a turn's text, not words to say:
// "[excitedly]", "(laughs)", "*sighs*", "[long pause]". Scripts written by people and by
// language models are full of them, and a voice that reads "laughs" aloud ruins the episode.
// Build finds them (findDirections) and acts on each:
//   - a speaking style ("[excitedly]", "(in a calm voice)"): the turn from there on takes it;
//   - a pause ("[pause]", "(beat)", "[long pause]"): that much silence;
//   - a sound the voices cannot make ("(laughs)", "*sighs*", "[applause]"): a pause where it
//     was, and a note in Built.Directions, so that it is not dropped without a word;
//   - an editorial mark ("[sic]"): removed.
//
// Anything else in brackets is text and is read ("He [the mayor] said").

// Direction is one stage direction Build acted on.
type Direction struct {
	Line        int    // script line of the turn
	Text        string // as written, with its brackets
	Style       string // the style it set, or ""
	PauseMillis int    // the silence it became (0 for a style or an editorial mark)
	Sound       bool   // a sound the voices cannot make, rendered as a pause

	off int // byte offset in the turn's text
}

// String describes what was done, for messages: `"(laughs)": a 500 ms pause (not voiced)`.
func (d Direction) String() string {
	switch {
	case d.Style != "":
		return fmt.Sprintf("%q: style %s", d.Text, d.Style)
	case d.Sound:
		return fmt.Sprintf("%q: a %d ms pause (not voiced)", d.Text, d.PauseMillis)
	case d.PauseMillis > 0:
		return fmt.Sprintf("%q: a %d ms pause", d.Text, d.PauseMillis)
	}
	return fmt.Sprintf("%q: not read", d.Text)
}

// Pauses of the pause directions, and of a sound the voices cannot make (about the length of a
// short laugh or sigh, so that the next words do not come at once).
var pauseMillis = map[string]int{
	"pause": 500, "pauses": 500, "short pause": 300, "brief pause": 300, "beat": 300,
	"a beat": 300, "long pause": 1000, "longer pause": 1000, "silence": 1000, "a pause": 500,
	"a long pause": 1000, "a short pause": 300,
}

const soundPauseMillis = 500

// soundWords are sounds a speaker makes that the voices cannot, and studio sounds; a direction
// holding one of them (and otherwise only fillers) is a sound.
var soundWords = set("laughs", "laugh", "laughing", "laughter", "chuckles", "chuckle", "chuckling",
	"giggles", "giggle", "giggling", "sighs", "sigh", "sighing", "coughs", "cough", "coughing",
	"gasps", "gasp", "gasping", "inhales", "exhales", "breathes", "breath", "sniffs", "sniffles",
	"groans", "groan", "yawns", "yawn", "snorts", "scoffs", "hums", "humming", "whistles",
	"clears", "applause", "music", "crosstalk", "inaudible", "cheering", "chatter", "jingle",
	"sfx", "stinger", "ding", "static", "phone", "rings", "ringing", "silence")

// fillers may stand beside a sound or a style word in a direction.
var fillers = set("a", "an", "the", "in", "out", "up", "both", "all", "his", "her", "their", "my",
	"throat", "deep", "deeply", "big", "long", "short", "small", "little", "bit", "soft", "softly",
	"loud", "loudly", "light", "lightly", "nervous", "nervously", "quiet", "quietly", "intro",
	"outro", "theme", "fades", "fade", "plays", "playing", "swells", "takes", "heavy", "heavily",
	"voice", "tone", "manner", "way", "very", "more", "slightly", "sounding", "speaking", "says",
	"said", "with", "and", "of")

// editorial marks are removed without a pause.
var editorial = set("sic")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// maxDirectionBytes bounds what a direction may hold; longer brackets are text.
const maxDirectionBytes = 48

// segment is a run of a turn's text with the style it is spoken in ("" : the turn's).
type segment struct {
	text  string // with <break/> markup where pauses and sounds were
	style string
	// pauseBefore is silence owed before text (a direction at the start of the segment that
	// has no words before it, or a whole segment of directions).
	pauseBefore int
}

// findDirections splits text at style directions and replaces pauses and sounds by breaks. It
// leaves markup alone: inside a tag, or inside <say-as>, <phoneme> and <sub> (plain text only),
// nothing is a direction. notes are the offsets of lines that were wholly a note in brackets or
// parentheses ("[Cut to the interview]"): stage notes, acted on if they are directions and
// otherwise not read (and reported), never read aloud.
func findDirections(cat *voices.Catalog, text string, line int, notes ...int) ([]segment, []Direction) {
	if !strings.ContainsAny(text, "[(*") {
		return []segment{{text: text}}, nil
	}
	var (
		segs  []segment
		dirs  []Direction
		b     []byte
		style string
		words bool // b holds words or the user's markup, not only our breaks and spaces
		owed  int  // pause owed before the first words of the current segment
		plain int  // depth inside elements that hold plain text only
	)
	flush := func(next string) {
		if words {
			segs = append(segs, segment{text: strings.TrimSpace(string(b)), style: style, pauseBefore: owed})
			owed = 0
		}
		b = b[:0]
		words = false
		style = next
	}
	pause := func(ms int) {
		if !words { // nothing said yet in this segment: a pause before it
			owed += ms
			return
		}
		b = append(bytes.TrimRight(b, " "), fmt.Sprintf(` <break time="%dms"/>`, ms)...)
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == '<' && isTagStart(text[i:]) {
			end := strings.IndexByte(text[i:], '>')
			if end < 0 {
				end = len(text) - i - 1
			}
			tag := text[i : i+end+1]
			plain += plainDepth(tag)
			b = append(b, tag...)
			words = true // the user's markup goes where it was written, even a lone <break/>
			i += end + 1
			continue
		}
		if plain == 0 && (c == '[' || c == '(' || c == '*') {
			n, d, ok := direction(cat, text[i:])
			if !ok && isNoteAt(notes, i) {
				if e := strings.IndexByte(text[i+1:], closer(c)); e >= 0 {
					n, d, ok = e+2, Direction{Text: text[i : i+e+2]}, true
				}
			}
			if ok {
				d.Line, d.off = line, i
				dirs = append(dirs, d)
				switch {
				case d.Style != "":
					flush(d.Style)
				case d.PauseMillis > 0:
					pause(d.PauseMillis)
				}
				i += n
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			words = true
		}
		if r == ' ' && (len(b) == 0 || b[len(b)-1] == ' ') {
			i += size // no run of spaces where a direction was
			continue
		}
		b = append(b, text[i:i+size]...)
		i += size
	}
	flush("")
	if len(dirs) == 0 { // nothing to act on: the text as it was
		return []segment{{text: text}}, nil
	}
	if len(segs) == 0 && owed > 0 { // only directions: silence
		segs = append(segs, segment{pauseBefore: owed})
	} else if owed > 0 && len(segs) > 0 {
		// Trailing pauses after the last words: a break at the end of the last segment.
		last := &segs[len(segs)-1]
		last.text += fmt.Sprintf(` <break time="%dms"/>`, owed)
	}
	return segs, dirs
}

func isNoteAt(notes []int, i int) bool {
	for _, n := range notes {
		if n == i {
			return true
		}
	}
	return false
}

// soundLabels and noteLabels begin a labelled note, "[SFX: door slams]", "[Note: cut here]": a
// sound the voices cannot make (a pause, reported) or a note to the editor (not read).
var (
	soundLabels = set("sfx", "fx", "sound", "sounds", "sound effect", "sound effects", "music", "ambience",
		"ambient", "audio", "cue", "jingle", "stinger", "bed", "music bed")
	noteLabels = set("note", "notes", "editor's note", "editor’s note", "director's note", "transition",
		"scene", "cut", "edit", "producer's note", "todo")
)

// isTagStart reports whether s starts with markup: "<" and a letter or "/".
func isTagStart(s string) bool {
	if len(s) < 2 {
		return false
	}
	c := s[1]
	return c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// plainDepth is +1 for an opening <say-as>, <phoneme> or <sub>, -1 for its closing tag.
func plainDepth(tag string) int {
	name := strings.TrimLeft(tag, "</")
	if k := strings.IndexAny(name, " \t/>"); k >= 0 {
		name = name[:k]
	}
	switch strings.ToLower(name) {
	case "say-as", "phoneme", "sub":
	default:
		return 0
	}
	switch {
	case strings.HasPrefix(tag, "</"):
		return -1
	case strings.HasSuffix(tag, "/>"):
		return 0
	}
	return 1
}

// direction reads a stage direction at the start of s ("[excitedly] ...") and returns its
// length in bytes.
func direction(cat *voices.Catalog, s string) (int, Direction, bool) {
	open := s[0]
	end := strings.IndexByte(s[1:], closer(open))
	if end <= 0 || end > maxDirectionBytes {
		return 0, Direction{}, false
	}
	inner := s[1 : 1+end]
	n := end + 2
	if open != '*' {
		if label, body, ok := strings.Cut(inner, ":"); ok && strings.TrimSpace(body) != "" {
			switch l := strings.Join(strings.Fields(strings.ToLower(label)), " "); {
			case soundLabels[l]:
				return n, Direction{Text: s[:n], PauseMillis: soundPauseMillis, Sound: true}, true
			case noteLabels[l]:
				return n, Direction{Text: s[:n]}, true
			}
		}
	}
	words := strings.Fields(strings.ToLower(inner))
	if len(words) == 0 || len(words) > 6 {
		return 0, Direction{}, false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				return 0, Direction{}, false
			}
		}
	}
	d := Direction{Text: s[:n]}
	joined := strings.Join(words, " ")
	if ms, ok := pauseMillis[joined]; ok {
		d.PauseMillis = ms
		return n, d, true
	}
	if len(words) == 1 && editorial[words[0]] && open == '[' {
		return n, d, true
	}
	sound, other := false, false
	for _, w := range words {
		switch {
		case soundWords[w]:
			sound = true
		case fillers[w]:
		default:
			other = true
		}
	}
	if sound && !other {
		d.PauseMillis, d.Sound = soundPauseMillis, true
		return n, d, true
	}
	// A style: every word asks for it or fills. Between asterisks only an adverb ("*excitedly*"):
	// an adjective there is emphasis ("I'm so *happy*").
	if open == '*' && !(len(words) == 1 && strings.HasSuffix(words[0], "ly")) {
		return 0, Direction{}, false
	}
	style, cues, ok := cat.StyleFor(joined)
	if !ok || len(cues) == 0 {
		return 0, Direction{}, false
	}
	asked := set(cues...)
	for _, w := range words {
		if !asked[w] && !fillers[w] {
			return 0, Direction{}, false
		}
	}
	d.Style = style
	return n, d, true
}

// closer is the bracket that closes open ('[', '(' or '*').
func closer(open byte) byte {
	switch open {
	case '[':
		return ']'
	case '(':
		return ')'
	}
	return open
}
