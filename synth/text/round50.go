package text

import "strings"

// Round fifty (issue 18): the classes of held44's dev misses and of what its hand's probes found
// in the same registers (helpdesk and status pages, router admin pages, device reviews, release
// notes, game patch notes and esports coverage, streaming guides); readings50.tsv pins each with
// cases where it must not apply.

// r50TechWords are words of computing the lexicon lacks, pieces of a run-together host as the
// lexicon's own words are: "routerlogin" router login, "routeradmin" router admin (it was route
// rad min), "pixelsupport" pixel support (R1, held44 dev). Only words no two lexicon words make:
// "setup" and "homepage" the lexicon splits or knows already.
var r50TechWords = setOf("router routers login logins logon admin admins pixel pixels")

// r50CallVerbs are a site's calls to action run into a name: "playvalorant" play valorant.
var r50CallVerbs = [...]string{"play", "shop", "watch", "join", "visit"}

// r50CallToAction splits a host's label that is a verb of r50CallVerbs run into a name of five
// letters or more that the lexicon does not know, opening with a consonant and pronounceable:
// "playvalorant" play valorant, "shopvizio" shop vizio (R2, held44 dev; the label was read as one
// word). It is asked only when no split into lexicon words was found, so "joinrobinhood" stays
// join robin hood; a short rest ("playtika", "shopify"), another first word ("gettysburg") and a
// lexicon word ("visitation") are not split.
func r50CallToAction(lp string, isWord func(string) bool) (string, string, bool) {
	for _, v := range r50CallVerbs {
		rest, ok := strings.CutPrefix(lp, v)
		if !ok || len(rest) < 5 || isVowel(rest[0]) || !isLetterWord(rest) {
			continue
		}
		if knownWord(rest, isWord) || !pronounceable(rest) {
			return "", "", false
		}
		return v, rest, true
	}
	return "", "", false
}
