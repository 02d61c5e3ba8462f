package text

import "strings"

// Round twenty-six: the classes held24's dev half missed (podcast show notes, streaming pages,
// fitness and health apps, crypto and fintech apps, car reviews, exam prep and event tickets),
// each read as a class and tested on probe sentences of the round's own written before the
// reader, readings26.tsv. Its readings are data (emoji names in emoji_names.go, initials said as
// words in abbrev.go's acronymReadings) and one test inside an address's path, below; no reader
// of a whole token was needed, so the round adds none to the rounds list.

// examPaths are tests named by a whole path segment of an address: the exam's page
// ("collegeboard.org/sat", "kaplan.com/mcat"), read as the test is read in a sentence.
var examPaths = map[string]string{"sat": "s a t", "psat": "p s a t", "mcat": "m cat", "lsat": "l sat", "gmat": "g mat"}

// examPath reads a path segment that is a test's name, reporting whether it did. seg is the
// segment as written and whole reports that it runs from one slash to the next (or the end,
// a query or a fragment): a word of a slug ("/we-sat-down") or a host stays a word. A past
// tense ("sat") or letters the lexicon lacks ("lsat") name no page; the test does.
func (n *normalizer) examPath(src, seg string, whole bool) bool {
	if !whole || len(seg) < 3 || len(seg) > 4 {
		return false
	}
	r, ok := examPaths[strings.ToLower(seg)]
	if !ok {
		return false
	}
	n.by("exam in a path")
	for _, f := range strings.Fields(r) {
		if len(f) == 1 {
			n.emitLetter(src, f)
		} else {
			n.emit(src, f)
		}
	}
	return true
}
