package text

import "strings"

// Round thirty-one: the classes held-out set 29 (by a hand new to the readers, in the registers of
// tech news sites, smartphone and laptop reviews, cloud provider status pages and incident
// reports, security advisories, open-source changelogs and READMEs, and sysadmin runbooks and
// shell tutorials) missed in its dev half, and classes found by probing those registers, each
// tested on probe sentences of the round's own written before the reader, readings31.tsv.

// contractedIs are the words whose 's is "is" (or "has"), not a possessive: "It's 5 GB total".
var contractedIs = setOf("it's that's there's here's what's who's where's how's when's why's he's she's let's")

// possessiveDeterminer reports a possessive ending in 's that stands before a quantity as a
// determiner does, so that a quantity between it and a noun is an adjective: "the Fed's 25 bp
// cut" twenty five basis point cut, "the city's $5 fee" five dollar fee (round thirty-one; a
// contraction of is, "It's 5 GB total", is no possessive).
func possessiveDeterminer(w string) bool {
	stem, ok := strings.CutSuffix(w, "'s")
	if !ok {
		stem, ok = strings.CutSuffix(w, "’s")
	}
	if !ok || stem == "" || !isLetterWord(stem) {
		return false
	}
	return !contractedIs[strings.ToLower(stem)+"'s"]
}

func (n *normalizer) round31Token(t *token) int {
	c := t.core
	if len(c) < 3 || len(c) > 6 || c[1] != 'o' || c[0] < 'A' || c[0] > 'Z' {
		return 0 // each reader of the round needs a capital, a lower-case o and at most six bytes
	}
	if n.may(shUpper) && n.ofInitialism(t) {
		return 1
	}
	return 0
}

// ofInitialismWords are initialisms of two capitals joined by a lower-case o that are said as
// words: World of Warcraft, a network's point of presence.
var ofInitialismWords = map[string]string{"WoW": "wow", "PoP": "pop"}

// ofInitialismKept are the initialisms of that shape other readers read: a change against an
// earlier period (tech.go's periodOver and, after a number, periodAfterNumber), a deadline's
// time zone (AoE), a catalogue's mark (WoO), a product's name (SoC, IoT), coenzyme A (CoA, said
// co a).
var ofInitialismKept = setOf("YoY QoQ AoE WoO SoC IoT CoA")

// ofInitialism reads an initialism of two capitals joined by a lower-case o, for of, on or over
// ("PoC" proof of concept, "IoC" indicator of compromise, "QoS", "DoJ", "BoM", "PoE"), alone,
// plural or possessive: its letters spelled, as IoT is, the ending joined to the last ("the
// PoCs" the p o c's). It was read as a syllable and a letter, po c. A period over a period
// after a number (4% WoW) is left to the finance readers.
func (n *normalizer) ofInitialism(t *token) bool {
	body, _, ok := splitOfInitialism(t.core)
	if !ok {
		return false
	}
	if _, ok := periodAfterNumber[body]; ok {
		if p := n.peek(-1); body == "MoM" || p != nil && strings.IndexAny(p.core, "0123456789") >= 0 {
			return false // "up 4% WoW"; "my MoM" is left as it was
		}
	}
	n.by("initialism")
	n.emitOfInitialism(t.raw, t.core)
	return true
}

// splitOfInitialism splits c into an initialism of ofInitialism's shape and its plural or
// possessive ending ("PoCs": "PoC", "'s"); ok is false for any other word and for those other
// readers read (ofInitialismKept).
func splitOfInitialism(c string) (body, suffix string, ok bool) {
	if len(c) < 3 || len(c) > 6 || c[1] != 'o' || c[0] < 'A' || c[0] > 'Z' || c[2] < 'A' || c[2] > 'Z' {
		return "", "", false
	}
	body, suffix = c[:3], "'s"
	switch {
	case len(c) == 3:
		suffix = ""
	case len(c) == 4 && c[3] == 's', len(c) == 5 && c[3:] == "'s", len(c) == 6 && c[3:] == "’s":
	default:
		return "", "", false
	}
	if ofInitialismKept[body] {
		return "", "", false
	}
	return body, suffix, true
}

// emitOfInitialism says c, which splitOfInitialism accepts: as a word (ofInitialismWords) or
// letter by letter, its ending joined to the last word.
func (n *normalizer) emitOfInitialism(src, c string) {
	body, suffix, _ := splitOfInitialism(c)
	if w, ok := ofInitialismWords[body]; ok {
		n.emit(src, w+suffix)
		return
	}
	for k := 0; k < 3; k++ {
		l := strings.ToLower(body[k : k+1])
		if k == 2 {
			l += suffix
		}
		n.emitLetter(src, l)
	}
}

// namedPart reads a piece of a hyphenated or slashed compound that is a product's name or an
// initialism of ofInitialism's shape as it is read alone ("SaaS-based" sass based,
// "PostgreSQL-backed" postgres q l backed, "IoC-based" i o c based); it was read as a word or by
// its capitals (s a a s, postgre s q l, io c). It reports whether it did.
func (n *normalizer) namedPart(src, p string) bool {
	if r, ok := productNames[p]; ok {
		n.emitPhrase(src, strings.Fields(r)...)
		return true
	}
	if _, _, ok := splitOfInitialism(p); ok {
		n.emitOfInitialism(src, p)
		return true
	}
	return false
}
