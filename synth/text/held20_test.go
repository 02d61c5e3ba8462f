package text

import "testing"

// held20DevFloor is the exact-match share the dev half of held-out set 20 holds at least.
//
// The set is the third independent check of issue 18 by a hand new to the readers: before it
// was written, no reader's code, no readings table and no line of an earlier held-out set was
// read, only the README's Conventions (and chorus text run on a few neutral sentences of the
// hand's own, not in the set, to learn the output format); 10 lines in each of the nine
// classes; 15 first drafts whose input stood in an earlier table (found by an exact-substring
// search over testdata, the matches not read) were replaced by fresh lines before any run.
//
// First count, before round twenty-one changed any reader: 60/60 (100%) raw, so no expectation
// was re-read against a convention and none was changed (corrected 60/60).
const held20DevFloor = 0.995

// TestHeld20Dev scores the development half of held-out set 20 (testdata/held20_dev.tsv; the
// whole set in class order is testdata/held20_all.tsv).
func TestHeld20Dev(t *testing.T) {
	scoreHeldSet(t, "held20 dev", "testdata/held20_dev.tsv", 60, held20DevFloor)
}

// held20UnseenFloor is the exact-match share the unseen half of held-out set 20 holds at least.
//
// First count, before round twenty-one changed any reader: 27/30 (90.0%; only the count was
// read: a verbose run of TestHeld20Unseen filtered to its summary line).
//
// Since the dev half missed nothing, round twenty-one had no dev miss to read, and the one
// measurement of this half was taken at once, before any reader of round twenty-one was
// written: 27/30 (90.0%) raw. Each miss was re-read against the written conventions and the
// tables:
//   - "The 1440 train to Boston leaves from track 9." read one thousand four hundred forty: a
//     four-digit 24-hour time naming a service after "the" was read as a count (the
//     normalizer's);
//   - "Multiply 7 × 8 to check." read seven by eight: "×" between numbers after an arithmetic
//     verb, before a word that measures nothing, was read as a size (the normalizer's);
//   - "brb, dinner's ready 🍕" expected b r b: the expectation's. Conventions' chat row gives
//     letters where speakers spell and words where they expand; "brb" is be right back in
//     all eleven tables that hold it, so by round seventeen's
//     rule (one reading for one written form, the tables' majority) the expectation was changed
//     to be right back, here and in held20_all.tsv, and the README's pins name it now.
//
// Convention-corrected: 28/30 (93.3%). The changed line is counted as it was at the
// measurement.
//
// After the measurement (so the half is no longer unseen), each normalizer miss read as a class
// in round21.go on fresh probe sentences with must-not-fire cases, written before the readers
// (readings21.tsv R1 a service's departure time, R2 a product after an arithmetic verb): 30/30.
//
// The third new hand's first counts (dev 100%, unseen 90.0% raw, 93.3% corrected) sit with
// held19's (100%, 93.3%) and held18's (95.8%, 93.3% raw): over both halves 87/90 (96.7%) raw,
// 88/90 (97.8%) corrected. As with held19, the misses were readers stopping one context short
// (a time read as a name, a product read as a size), not conventions a new hand could not know,
// save one shorthand the Conventions had not named.
const held20UnseenFloor = 0.995

// TestHeld20Unseen scores the half of held-out set 20 whose outputs are not looked at while the
// readers are changed.
func TestHeld20Unseen(t *testing.T) {
	scoreHeldSet(t, "held20 unseen", "testdata/held20_unseen.tsv", 30, held20UnseenFloor)
}
