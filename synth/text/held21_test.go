package text

import "testing"

// held21DevFloor is the exact-match share the dev half of held-out set 21 holds at least.
//
// The set is a further independent check of issue 18 by a hand new to the readers: before it
// was written, no reader's code, no readings table and no line of an earlier held-out set was
// read, only the README's Conventions (and chorus text run on a few neutral sentences of the
// hand's own, not in the set, to learn the output format); 10 lines in each of the nine
// classes, as wire-service news, business and markets pages, earnings releases, hospital and
// pharmacy leaflets and sports results would print them; one first draft whose input stood in
// an earlier table (found by an exact-substring search over testdata, the match not read) was
// replaced by a fresh line before any run.
//
// First count, before round twenty-two changed any reader: 60/60 (100%) raw, so no expectation
// was re-read against a convention and none was changed (corrected 60/60).
const held21DevFloor = 0.995

// TestHeld21Dev scores the development half of held-out set 21 (testdata/held21_dev.tsv; the
// whole set in class order is testdata/held21_all.tsv).
func TestHeld21Dev(t *testing.T) {
	scoreHeldSet(t, "held21 dev", "testdata/held21_dev.tsv", 60, held21DevFloor)
}

// held21UnseenFloor is the exact-match share the unseen half of held-out set 21 holds at least.
//
// First count, before round twenty-two changed any reader: 29/30 (96.7%; only the count was
// read: a verbose run of TestHeld21Unseen filtered to its summary line).
//
// Since the dev half missed nothing, round twenty-two wrote probe sentences of its own in the
// set's registers inside the nine classes (readings22.tsv R1-R15, 119 lines, each class's
// must-not-fire cases with it), none from this half. Its one measurement, at the end of the
// round (2026-12-07 05:50 UTC): 29/30 (96.7%) raw, the same line as at the first count (none of
// the round's fifteen mechanisms reached it). The miss, re-read against the written
// conventions and the tables:
//   - "Visit fda.gov/medwatch to report side effects." read slash medwatch, the expectation
//     med watch: the normalizer's. No convention keeps a path's run-together words whole
//     (only a social site's account, example.com/cityzoo), and the segmenter splits others
//     ("/cityparks" city parks, "/handwashing" hand washing); it leaves this one because a
//     piece of three letters (med) is not taken, the Misses table's "names run together in
//     an address" row (the lexicon's segmentation decides). Left: a change to the segmenter
//     moves every address, too much to try in the round's last half hour.
//
// Convention-corrected: 29/30 (96.7%); no expectation changed. Over both halves 89/90 (98.9%)
// raw and corrected, with held20's 87/90 and held19's and held18's near the aim of 98%.
//
// Noticed in the round's probes and left (a table pins the other reading, or the class is one
// of taste): four-digit groups of a browser's version read as counts (readings.tsv pins
// "Chrome 120.0.6099.109" six thousand ninety nine); "2Q24", "$TSLA" (a ticker's company), an
// amount as an adjective ("the $2.02 consensus"), "2s10s", EBIT (pinned spelled), "Falcon sensor
// 7.11" (a version after a product noun), "1-800-FLOWERS"-style words kept.
const held21UnseenFloor = 0.965

// TestHeld21Unseen scores the half of held-out set 21 whose outputs are not looked at while the
// readers are changed.
func TestHeld21Unseen(t *testing.T) {
	scoreHeldSet(t, "held21 unseen", "testdata/held21_unseen.tsv", 30, held21UnseenFloor)
}
