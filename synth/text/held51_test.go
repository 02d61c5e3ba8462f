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
//
// Round sixty-three read each miss as a class (readings63.tsv R1-R3: a file type alone with its
// leading dot, a size in inches before specifications, the internet era's words in a host's
// name): 60/60, the floor.
const held51DevFloor = 60.0 / 60

// TestHeld51Dev scores the development half of held-out set 51 (testdata/held51_dev.tsv; the
// whole set in class order is testdata/held51_all.tsv).
func TestHeld51Dev(t *testing.T) {
	scoreHeldSet(t, "held51 dev", "testdata/held51_dev.tsv", 60, held51DevFloor)
}

// held51UnseenFloor is the exact-match share the unseen half of held-out set 51 holds at least.
//
// First count, before round sixty-three changed any reader: 26/30 (86.7%; only the count was
// read: a verbose run of TestHeld51Unseen filtered to its summary line).
//
// The one measurement, at 15:45 UTC after round sixty-three's R1-R7 had landed (main at
// b56e913): 26/30 (86.7%) raw; none of the round's readers changed an unseen line. Each miss
// was re-read against the written conventions and the tables:
//   - `Delta 1184 sat on the tarmac` read one thousand one hundred eighty four: an airline's
//     name before four digits is its flight, in pairs, as after "flight" or an airline's code
//     (the normalizer's);
//   - `2br/1ba apt` expected one bath apartment: the expectation's twice. `ba` is bathroom in
//     13 table lines against 2, and `apt` is apartment only before what it numbers (the lead's
//     round eighteen; readings pin `I live in an apt.` as apt), so by round seventeen's rule (one
//     reading for one written form, the tables' majority) it was changed to one bathroom apt,
//     here and in held51_all.tsv;
//   - `sam.k_92@gmail.com` expected g mail: the expectation's. The two table lines that hold
//     gmail.com read gmail, none g mail; changed to gmail, here and in held51_all.tsv;
//   - `24" × 36", frame not included` read thirty six inch frame: a size whose inch mark a
//     comma follows was read as an adjective of the word after the comma (the normalizer's).
//
// Convention-corrected: 28/30 (93.3%). The changed lines are counted as they were at the
// measurement.
//
// After the measurement (so the half is no longer unseen), the size before a comma was read
// as a class (readings63.tsv R8, probes written before the change: round five's inchMark takes
// the next word as the size's noun only when nothing follows the mark): 29/30, the floor. Left:
// an airline's name before a flight number (`Delta 1184`), which needs the airlines' names.
//
// Over both halves the first counts were 83/90 (92.2%) raw and 85/90 (94.4%) corrected; the
// misses were readers stopping one context short (a dot alone, a size before specifications or
// a comma, a host's new word, an airline's name), save two expectations a new hand could not
// know from the Conventions (apt, gmail).
//
// The lead's round sixty-six (readings-lead66.tsv N24) then read a flight's number after an
// airline's name in a sentence of flying in pairs ("Delta 1184 sat on the tarmac"): 30/30.
const held51UnseenFloor = 30.0 / 30

// TestHeld51Unseen scores the half of held-out set 51 whose outputs are not looked at while the
// readers are changed.
func TestHeld51Unseen(t *testing.T) {
	scoreHeldSet(t, "held51 unseen", "testdata/held51_unseen.tsv", 30, held51UnseenFloor)
}
