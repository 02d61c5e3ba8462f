package text

import "testing"

// held19DevFloor is the exact-match share the dev half of held-out set 19 holds at least.
//
// The set is the second independent check of issue 18 by a hand new to the readers: before it
// was written, no reader's code, no readings table and no line of an earlier held-out set was
// read, only the README's Conventions (and chorus text run on a few neutral sentences of the
// hand's own, not in the set, to learn the output format); 15 lines in each of the nine
// classes; 18 first drafts whose input stood in an earlier table (found by an exact-substring
// search over testdata, the matches not read) were replaced by fresh lines before any run.
//
// First count, before round twenty changed any reader: 90/90 (100%) raw, so no expectation was
// re-read against a convention and none was changed (corrected 90/90).
const held19DevFloor = 0.995

// TestHeld19Dev scores the development half of held-out set 19 (testdata/held19_dev.tsv; the
// whole set in class order is testdata/held19_all.tsv).
func TestHeld19Dev(t *testing.T) {
	scoreHeldSet(t, "held19 dev", "testdata/held19_dev.tsv", 90, held19DevFloor)
}

// held19UnseenFloor is the exact-match share the unseen half of held-out set 19 holds at least.
//
// First count, before round twenty changed any reader: 42/45 (93.3%; only the count was read: a
// verbose run of TestHeld19Unseen filtered to its summary line). Once more mid-round, after round
// twenty's readers, the same filtered count was run by slip (42/45 again; no got/want line
// printed, no reader written for it).
//
// One measurement, at the end of round twenty's readers (03:21 UTC): 42/45 (93.3%) raw. Each
// miss was re-read against the written conventions; none of the three expectations breaks one,
// so the corrected count is the raw one, 42/45. All three are the normalizer's:
//   - "The ZIP code for the Capitol is 20004." read twenty thousand four: a ZIP code named
//     earlier in its clause and joined to the number by "is" was not taken as a code (only
//     "zip code 90210" with nothing between was);
//   - "Dial 911 in an emergency, not 411." read four hundred eleven: a second N11 service
//     number in a sentence of dialling was left a count;
//   - "The slope of the line is −2." read minus two: README, Conventions says negative after
//     "is" after a mathematical noun, and "slope" (with "of the line" between) was not one.
//
// After the measurement (so the half is no longer unseen), each miss read as a class in
// round20.go on fresh probe sentences with must-not-fire cases, written before the readers
// (readings20.tsv R14 a code named earlier in its clause, R15 a second N11 number in a sentence
// of dialling, R16 a mathematical noun and its of phrase before is): 45/45.
//
// The second new hand's first counts (dev 100%, unseen 93.3% raw and corrected) bracket
// held18's (95.8%, 93.3% raw; 99.2%, 98.3% corrected). Over both halves 132/135 (97.8%) raw: the
// Conventions section was enough for a new hand to write expectations the tables agree with
// (no expectation of this set broke a written convention), and the three misses were readers
// stopping short of a context one step wider than the one they knew.
const held19UnseenFloor = 0.995

// TestHeld19Unseen scores the half of held-out set 19 whose outputs are not looked at while the
// readers are changed.
func TestHeld19Unseen(t *testing.T) {
	scoreHeldSet(t, "held19 unseen", "testdata/held19_unseen.tsv", 45, held19UnseenFloor)
}
