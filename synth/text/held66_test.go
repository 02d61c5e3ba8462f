package text

import "testing"

// held66DevFloor is the exact-match share the dev half of held-out set 66 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen sections (and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines
// in each of the nine classes, as beauty, fashion and crafts sources print them (cosmetics
// listings with SPF, shade codes, ml and fl oz and PA++++, skincare ingredient percentages,
// size charts, knitting and crochet patterns, sewing patterns, jewellery specs, craft-store
// listings and their forums); no first draft's input stood in an earlier table
// (exact-substring search over testdata).
//
// First count, before round eighty-seven changed any reader: 50/60 (83.3%) raw. Each miss was
// re-read against the written conventions; one expectation broke one and was changed (here and
// in held66_all.tsv), so 51/60 (85.0%) corrected:
//   - "shop.madewell.com" expected made well: Readings chosen splits a host's run-together name
//     into the fewest lexicon words, and the lexicon holds madewell (a surname) whole, so the
//     normalizer's madewell is the written rule's reading (the lexicon's sound for it is
//     another matter): changed to madewell (the expectation's).
//
// The nine left are the normalizer's:
//   - "Pantone 2685 C" read a count: a colour system's swatch number before its C (coated) or
//     U (uncoated) is a name, in pairs as a model's number after its maker;
//   - "Size 8/10 fits a 34-36" bust" read eight out of ten and inches: a clothing size's two
//     numbers joined by a slash after size are the size's name, and a range of inches before
//     the noun it sizes is singular (Conventions' unit symbol before a noun);
//   - "US 7/4.5 mm needles" read seven slash four point five mm: a needle's US size and its
//     metric size, each read;
//   - "GRWM", "WIP", "MUA", "FO" read as letters: beauty and craft forums' shorthand said as
//     the phrase (get ready with me, work in progress, makeup artist, finished object), as
//     Conventions' chat row expands imo;
//   - "#knittersofinstagram" read as one word: a lower-case tag split into lexicon words;
//   - "20 sts × 28 rows" read s t s times: a knitting gauge's stitches, and × between two
//     counts of a gauge is by;
//   - "14K = 58.3% gold, 18K = 75%" read fourteen k and eighteen thousand: a gold's karats
//     with a word of gold or karat in the sentence.
//
// Round eighty-seven read each miss as a class (readings87.tsv R1-R8, probes written before the
// readers, with must-not-fire cases): 60/60.
const held66DevFloor = 60.0 / 60

// TestHeld66Dev scores the development half of held-out set 66 (testdata/held66_dev.tsv; the
// whole set in class order is testdata/held66_all.tsv).
func TestHeld66Dev(t *testing.T) {
	scoreHeldSet(t, "held66 dev", "testdata/held66_dev.tsv", 60, held66DevFloor)
}

// held66UnseenFloor is the exact-match share the unseen half of held-out set 66 holds at least.
//
// First count, before round eighty-seven changed any reader: 21/30 (70.0%; only the count was
// read: a verbose run of TestHeld66Unseen filtered to its summary line).
const held66UnseenFloor = 21.0 / 30

// TestHeld66Unseen scores the half of held-out set 66 whose outputs are not looked at while the
// readers are changed.
func TestHeld66Unseen(t *testing.T) {
	scoreHeldSet(t, "held66 unseen", "testdata/held66_unseen.tsv", 30, held66UnseenFloor)
}
