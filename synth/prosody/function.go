package prosody

import "strings"

// functionWords is the closed-class vocabulary of English that normally carries no pitch accent
// and is reduced in running speech: articles, determiners, prepositions, personal and relative
// pronouns, auxiliaries and modals (not their negated forms, which are usually accented),
// conjunctions and a few particles. It is read-only.
var functionWords = func() map[string]bool {
	groups := []string{
		// articles and determiners
		"a an the this that these those some any each every either neither such",
		// prepositions
		"about above across after against along amid among amongst around as at before behind " +
			"below beneath beside besides between beyond by despite during except for from in " +
			"inside into like near of on onto outside over past per since than through " +
			"throughout till to toward towards under underneath unlike until unto upon via with " +
			"within without",
		// personal, possessive and reflexive pronouns
		"i me my mine myself you your yours yourself yourselves he him his himself she her hers " +
			"herself it its itself we us our ours ourselves they them their theirs themselves",
		// pronoun and auxiliary contractions
		"i'm i've i'd i'll you're you've you'd you'll he's he'd he'll she's she'd she'll it's it'd " +
			"it'll we're we've we'd we'll they're they've they'd they'll that's there's here's " +
			"who's what's where's let's",
		// relative and interrogative words
		"who whom whose which what where when why how whoever whatever",
		// auxiliaries and modals
		"am is are was were be been being have has had having do does did will would shall " +
			"should can could may might must ought",
		// conjunctions
		"and or nor but so yet if because although though while whereas whether unless then " +
			"once lest",
		// particles and expletives
		"there",
	}
	// Left out on purpose: negated auxiliaries (can't, don't), "no", "not", number words, and
	// adverbial particles (up, down, out, off) that are accented in phrasal verbs.
	m := make(map[string]bool, 256)
	for _, g := range groups {
		for _, w := range strings.Fields(g) {
			m[w] = true
		}
	}
	return m
}()

// whWords are the question words that open a wh-question.
var whWords = map[string]bool{
	"who": true, "whom": true, "whose": true, "which": true, "what": true, "where": true,
	"when": true, "why": true, "how": true,
}

// conjunctions are the function words before which a long phrase is best split.
var conjunctions = map[string]bool{
	"and": true, "or": true, "nor": true, "but": true, "so": true, "yet": true, "if": true,
	"because": true, "although": true, "though": true, "while": true, "whereas": true,
	"whether": true, "unless": true, "that": true, "which": true, "who": true, "where": true,
	"when": true,
}

// IsFunctionWord reports whether w (a spoken-form word, any case) is an English function word:
// an article, determiner, preposition, pronoun, auxiliary, modal, conjunction or particle. Such
// words get no pitch accent and are reduced.
func IsFunctionWord(w string) bool {
	if functionWords[w] {
		return true
	}
	return functionWords[strings.ToLower(w)]
}
