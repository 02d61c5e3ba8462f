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
//
// One slip before the measurement: a grep for earlier tables' lines holding WIP, HG, sts, k2tog
// and Rnd printed this half's own input and expected lines for "ngl this $8 dupe is my new HG"
// and "Rnds 1–4: k2tog around" (not what the normalizer read). So that the slip could not help
// this half's score, round eighty-seven took neither HG nor the knitting stitch abbreviations
// (k2tog, rnd) as classes; both stay misses below.
//
// The one measurement, at 00:00 UTC on 2026-12-08 after round eighty-seven's R1-R16: 21/30
// (70.0%) raw, the same count as at the first. Each miss was re-read against the written
// conventions:
//   - "I wear a 30/32" expected thirty thirty two: Readings chosen's round sixty-eight row pins
//     jeans' waist and inseam `jeans, 30/30` thirty by thirty, so changed to thirty by thirty two
//     (the expectation's).
//
// One expected line was a clerical slip, not a convention: "The shop closes at 5pm AEST for the
// holidays." expected no "for the holidays", which the normalizer read; completed. Corrected
// for conventions 22/30 (73.3%); with the slip mended 23/30 (76.7%). The changed lines are
// counted as they were at the measurement.
//
// The seven left are the normalizer's, left for a later round (the session's time ended at the
// measurement):
//   - "The 925 stamp inside the band" read nine hundred twenty five: round sixty-eight's silver
//     fineness wants sterling or silver right after it, round eighty-seven's R9 hallmarked or
//     stamped before it;
//   - "45"-wide fabric" read forty five wide: the inch mark dropped before a hyphened adjective;
//   - "32A–38DD" read with no "to": a range of bra sizes;
//   - "Rnds 1–4: k2tog around" read r n d s and k two tog (not taken, see the slip above);
//   - "Dawn 15.0 broke" read point zero: round sixty-eight reads `the Dawn 15.0 theme` with
//     oh only before theme;
//   - "300 dpi" read d p i where Conventions' unit symbols give the unit's name (dots per inch;
//     two tables say dots per inch, three d p i: the tables are split, the written rule is not);
//   - "my new HG" read h g (not taken, see the slip above).
const held66UnseenFloor = 23.0 / 30

// TestHeld66Unseen scores the half of held-out set 66 whose outputs are not looked at while the
// readers are changed.
func TestHeld66Unseen(t *testing.T) {
	scoreHeldSet(t, "held66 unseen", "testdata/held66_unseen.tsv", 30, held66UnseenFloor)
}
