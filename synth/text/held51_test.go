package text

import "testing"

// held51DevFloor is the exact-match share the dev half of held-out set 51 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen sections (and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines in
// each of the nine classes, as social media and messaging print them (group chats and texts,
// Reddit and Discord threads, microblog posts, marketplace and classified listings, dating-app
// profiles, video comments); 1 first draft whose input stood in an earlier table (found by an
// exact-substring search over testdata, the match not read) was replaced by a fresh line
// before any run.
//
// First count, before round sixty-three changed any reader: 57/60 (95.0%) raw. Each miss was
// re-read against the written conventions; none was the expectation's, so corrected 57/60:
//   - `27" 1440p 165Hz monitor` read twenty seven inches: a size in inches opening a run of
//     specifications before the noun they describe is an adjective, singular, by the
//     Conventions' unit-before-a-noun row (the normalizer's);
//   - `than the .py version` read the p y version: a file's extension alone with its leading
//     dot is read with the dot, as `.NET` dot net (the normalizer's);
//   - `covidtests.gov` read covidtests: a host's run-together name is split into lexicon words
//     (Readings chosen, `washingtonpost.com`), covid tests (the normalizer's).
const held51DevFloor = 57.0 / 60

// TestHeld51Dev scores the development half of held-out set 51 (testdata/held51_dev.tsv; the
// whole set in class order is testdata/held51_all.tsv).
func TestHeld51Dev(t *testing.T) {
	scoreHeldSet(t, "held51 dev", "testdata/held51_dev.tsv", 60, held51DevFloor)
}

// held51UnseenFloor is the exact-match share the unseen half of held-out set 51 holds at least.
//
// First count, before round sixty-three changed any reader: 26/30 (86.7%; only the count was
// read: a verbose run of TestHeld51Unseen filtered to its summary line).
const held51UnseenFloor = 26.0 / 30

// TestHeld51Unseen scores the half of held-out set 51 whose outputs are not looked at while the
// readers are changed.
func TestHeld51Unseen(t *testing.T) {
	scoreHeldSet(t, "held51 unseen", "testdata/held51_unseen.tsv", 30, held51UnseenFloor)
}
