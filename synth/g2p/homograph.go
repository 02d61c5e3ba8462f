package g2p

import (
	"strings"
	"unicode"

	"github.com/chorus-tts/chorus/synth/g2p/lexfile"
)

// homographTable replaces the lexicon's entries for headwords whose readings the source lacks or
// orders badly (cmudict-0.4 has only /rɛd/ for "read", only /waʊnd/ for "wound", one "bass", and
// lists "does" the deer and "minute" /ˈmɪnut/ first). The first entry is the default reading.
// The table is the "modifications clearly marked" of the licence: it is Chorus's, not CMU's.
var homographTable = func() map[string][]lexfile.Entry {
	rows := []struct{ word, pos, pron string }{
		{"read", PosVerb, "R IY1 D"},
		{"read", PosPast, "R EH1 D"},
		{"wound", PosNoun, "W UW1 N D"},
		{"wound", PosVerb, "W UW1 N D"},
		{"wound", PosPast, "W AW1 N D"},
		{"bass", PosNoun, "B EY1 S"},
		{"bass", PosAdj, "B EY1 S"},
		{"bass", PosAlt, "B AE1 S"},
		{"sow", PosVerb, "S OW1"},
		{"sow", PosNoun, "S AW1"},
		{"row", PosNoun, "R OW1"},
		{"row", PosVerb, "R OW1"},
		{"row", PosAlt, "R AW1"},
		{"bow", PosNoun, "B OW1"},
		{"bow", PosVerb, "B AW1"},
		{"bow", PosAlt, "B AW1"},
		{"polish", PosNoun, "P AA1 L IH0 SH"},
		{"polish", PosVerb, "P AA1 L IH0 SH"},
		{"polish", PosAdj, "P OW1 L IH0 SH"},
		{"minute", PosNoun, "M IH1 N AX0 T"},
		{"minute", PosAdj, "M AY0 N UW1 T"},
		{"does", PosVerb, "D AH1 Z"},
		{"does", PosNoun, "D OW1 Z"},
		{"use", PosNoun, "Y UW1 S"},
		{"use", PosVerb, "Y UW1 Z"},
		{"lead", PosVerb, "L IY1 D"}, // the verb is the commoner reading, so it is the default
		{"lead", PosNoun, "L EH1 D"},
		{"lead", PosAlt, "L IY1 D"},
		// cmudict-0.4 lists "reading" the town first, "readings" only as /rɛdɪŋz/ and "putting"
		// the golf stroke first.
		{"reading", PosVerb, "R IY1 D IH0 NG"},
		{"reading", PosNoun, "R IY1 D IH0 NG"},
		{"reading", PosAlt, "R EH1 D IH0 NG"},
		{"readings", PosNoun, "R IY1 D IH0 NG Z"},
		{"putting", PosVerb, "P UH1 T IH0 NG"},
		{"putting", PosNoun, "P AH1 T IH0 NG"},
		{"content", PosNoun, "K AA1 N T EH0 N T"},
		{"content", PosVerb, "K AX0 N T EH1 N T"},
		{"content", PosAdj, "K AX0 N T EH1 N T"},
		{"live", PosAdj, "L AY1 V"},
		{"live", PosVerb, "L IH1 V"},
	}
	m := map[string][]lexfile.Entry{}
	for _, r := range rows {
		p, err := parseARPAbet(r.pron)
		if err != nil {
			continue // covered by TestHomographTableParses
		}
		m[r.word] = append(m[r.word], lexfile.Entry{Word: r.word, POS: r.pos, Pron: p})
	}
	return m
}()

// homographs are the words TagHomographs gives hints for.
var homographs = set("read lead live record present wind close tear wound bass object minute project " +
	"permit content desert use does refuse produce conduct contract subject separate estimate " +
	"moderate excuse house graduate polish sow row bow")

var (
	determiners = set("a an the this that these those my your his her its our their some any no every " +
		"each another either neither which whose what several many few much more most one two three " +
		"four five six seven eight nine ten first second third last next own such")
	adjectives = set("good bad new old big small great little large long short high low fine real " +
		"whole main final local personal public private special early late whole official recent " +
		"previous annual full open free strong major minor total entire huge tiny fresh organic " +
		"important legal written verbal formal social moral physical poor excellent")
	prepositions = set("of in on for with from at by about into onto over under after before " +
		"without within through during against between among around near upon")
	toModal = set("to will would shall should can could may might must do did don't didn't won't " +
		"can't cannot couldn't wouldn't shouldn't let's please i'll you'll we'll they'll he'll she'll")
	subjects = set("i you we they he she it who")
	thirdSg  = set("he she it who")
	beForms  = set("am is are was were be been being seems seemed feel felt looks looked remain remained " +
		"become became stay stayed")
	haveForms = set("has have had having i've you've we've they've")
	objects   = set("the a an this that these those my your his her its our their them him me us it " +
		"everything something anything nothing everyone someone")
	pastMarkers = set("yesterday ago last earlier previously already")
	particles   = set("up down around round off apart out")
	fishWords   = set("fish fishing fished caught catch catching lake river sea striped largemouth " +
		"smallmouth angler anglers pond trout grilled fillet")
	leadRoles = set("singer role actor actress guitar guitarist vocalist vocals vocal story " +
		"character investigator author dancer")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// cleanWord lower-cases w and strips leading and trailing characters that are not letters or
// inner apostrophes.
func cleanWord(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
}

// TagHomographs returns one part-of-speech hint per word (PosNoun, PosVerb, PosAdj, PosPast,
// PosAlt or PosNone) for the homographs this package knows, chosen from the neighbouring words;
// every other word gets PosNone. words should be one sentence. Inflected forms ending in -s are
// tagged like their stem.
func TagHomographs(words []string) []string {
	clean := make([]string, len(words))
	for i, w := range words {
		clean[i] = cleanWord(w)
	}
	past := false
	for _, w := range clean {
		if pastMarkers[w] {
			past = true
		}
	}
	out := make([]string, len(words))
	for i, w := range clean {
		stem, plural := w, false
		if !homographs[w] {
			switch {
			case strings.HasSuffix(w, "es") && homographs[w[:len(w)-2]]:
				stem, plural = w[:len(w)-2], true
			case strings.HasSuffix(w, "s") && homographs[w[:len(w)-1]]:
				stem, plural = w[:len(w)-1], true
			default:
				continue
			}
		}
		var prev, prev2, next string
		if i > 0 {
			prev = clean[i-1]
		}
		if i > 1 {
			prev2 = clean[i-2]
		}
		if i+1 < len(clean) {
			next = clean[i+1]
		}
		capital := words[i] != "" && unicode.IsUpper([]rune(strings.TrimLeftFunc(words[i], func(r rune) bool { return !unicode.IsLetter(r) }) + " ")[0])
		// A capital is a proper adjective ("Polish") unless it only marks the sentence start
		// of an imperative ("Polish the silver").
		proper := capital && (i > 0 || !objects[next])
		out[i] = tagOne(stem, plural, prev2, prev, next, past, proper, clean)
	}
	return out
}

func tagOne(w string, plural bool, prev2, prev, next string, past, capital bool, sentence []string) string {
	nounish := determiners[prev] || adjectives[prev] || prepositions[prev] || strings.HasSuffix(prev, "'s")
	verbish := toModal[prev]
	switch w {
	case "read":
		switch {
		case verbish:
			return PosVerb
		case haveForms[prev] || beForms[prev] || beForms[prev2] && prev == "not":
			return PosPast
		case thirdSg[prev] || past:
			return PosPast
		default:
			return PosVerb
		}
	case "wound":
		switch {
		case verbish:
			return PosVerb
		case nounish:
			return PosNoun
		case haveForms[prev] || beForms[prev] || subjects[prev] || particles[next]:
			return PosPast
		}
		return PosNoun
	case "bass":
		for _, s := range sentence {
			if fishWords[s] {
				return PosAlt
			}
		}
		if next == "guitar" || next == "player" || next == "line" || next == "drum" || next == "clef" {
			return PosAdj
		}
		return PosNoun
	case "row":
		if nounish && (next == "with" || next == "over" || next == "about" || next == "between") {
			return PosAlt
		}
		if verbish || subjects[prev] || objects[next] && !nounish {
			return PosVerb
		}
		return PosNoun
	case "bow":
		switch {
		case next == "of" && nounish:
			return PosAlt
		case prev == "a" && (prev2 == "take" || prev2 == "took" || prev2 == "takes" || prev2 == "taking" || prev2 == "taken"):
			return PosAlt
		case verbish || subjects[prev] || next == "to" || next == "down" || next == "before":
			return PosVerb
		case nounish:
			return PosNoun
		}
		return PosNone
	case "polish":
		if capital {
			return PosAdj
		}
	case "lead":
		if nounish && (leadRoles[next] || prev2 == "take" || prev2 == "took" || prev2 == "taking" || prev2 == "in" || prev2 == "the") {
			return PosAlt
		}
	case "minute":
		if plural {
			return PosNoun
		}
		if beForms[prev] || prev == "very" || prev == "so" || prev == "too" || prev == "most" {
			return PosAdj
		}
		if !nounish && next != "" && !prepositions[next] && !objects[next] && next != "and" &&
			next != "or" && next != "to" && next != "ago" && next != "later" && next != "now" && !determiners[prev] {
			return PosAdj
		}
		return PosNoun
	case "live":
		if verbish || subjects[prev] || prev == "where" || next == "in" || next == "on" || next == "with" || next == "together" {
			return PosVerb
		}
		return PosAdj
	case "does":
		if determiners[prev] || adjectives[prev] || next == "and" && (sentence[len(sentence)-1] == "stags" || sentence[len(sentence)-1] == "bucks") {
			return PosNoun
		}
		return PosVerb
	case "close":
		if next == "to" || next == "by" || beForms[prev] || prev == "very" || prev == "so" || prev == "too" {
			return PosAdj
		}
	case "content":
		if beForms[prev] || next == "with" || prev == "very" || prev == "quite" || prev == "perfectly" {
			return PosAdj
		}
	case "separate", "moderate", "present", "subject":
		if beForms[prev] && !plural {
			return PosAdj
		}
	}
	// "this leads to", "that records it": a demonstrative or wh-word is the subject of a verb
	// when an object or "to" follows.
	if plural && (prev == "this" || prev == "that" || prev == "which" || prev == "what" || prev == "who") &&
		(objects[next] || next == "to") {
		return PosVerb
	}
	// General noun/verb rules.
	switch {
	case plural && (beForms[prev] || toModal[prev]):
		return PosNoun // "are objects", "listen to records": a verb after these has no -s
	case nounish:
		if w == "separate" || w == "moderate" {
			return PosAdj
		}
		return PosNoun
	case verbish:
		return PosVerb
	case subjects[prev]:
		return PosVerb
	case objects[next] || particles[next] && (w == "tear" || w == "wind" || w == "close"):
		return PosVerb
	case next == "of":
		return PosNoun
	}
	return PosNone
}
