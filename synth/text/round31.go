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
