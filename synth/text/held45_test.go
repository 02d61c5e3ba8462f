package text

import "testing"

// held45DevFloor is the exact-match share the dev half of held-out set 45 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen (and chorus text run on two neutral
// sentences of the hand's own, not in the set, to learn the output format); 10 lines in each of
// the nine classes, as job listings and recruiter messages, payroll and HR memos, B2B press
// releases, logistics and supply-chain updates, manufacturing spec sheets and datasheets, and
// trade-show and conference programmes print them; no first draft's input stood in an earlier
// table (an exact-substring search over testdata found none).
//
// First count, before round fifty-one changed any reader: 56/60 (93.3%) raw. Each miss re-read
// against the written conventions and the tables:
//   - "The full datasheet is posted at ti.com/product/LM317." read l m three one seven: a part
//     number in a web path read digit by digit, where the same token in running text is read
//     l m three seventeen (the normalizer's);
//   - "Great panel today, ty all! #SupplyChain" read ty: chat's ty before all after a comma
//     left as letters, where the tables read ty before a name, after an emoji or before for as
//     thank you (the normalizer's);
//   - "Operating voltage: 3.3 V ≤ VDD ≤ 5.5 V." read three point three v: a volt symbol after a
//     number before a comparison sign left as a letter (the normalizer's);
//   - "Gain is 2 × 10⁻³ at the rated load." expected ten to the power of negative three: the
//     expectation's. The Conventions' "negative" follows =, ≤, × or "is"; an exponent follows
//     ten, and three table lines (readings12.tsv `10⁻¹⁹`, readings13.tsv `10^-3` and `10^-6`) read
//     a negative exponent minus, so the expectation was changed to minus three, here and in
//     held45_all.tsv.
//
// Convention-corrected: 57/60 (95.0%). The changed line is counted as it was at the first count.
//
// Round fifty-one read the three normalizer misses as classes on fresh probe sentences with
// must-not-fire cases, written before the readers (readings51.tsv R1 a part number in a web
// path, R2 ty opening a clause, R3 a unit symbol before a sign or a range's dash): 60/60.
const held45DevFloor = 60.0 / 60

// TestHeld45Dev scores the development half of held-out set 45 (testdata/held45_dev.tsv; the
// whole set in class order is testdata/held45_all.tsv).
func TestHeld45Dev(t *testing.T) {
	scoreHeldSet(t, "held45 dev", "testdata/held45_dev.tsv", 60, held45DevFloor)
}

// held45UnseenFloor is the exact-match share the unseen half of held-out set 45 holds at least.
//
// First count, before round fifty-one changed any reader: 29/30 (96.7%; only the count was
// read: a verbose run of TestHeld45Unseen filtered to its summary line).
//
// Measured once, at the end of round fifty-one (R1-R11 landed, none written after a look at
// this half): 29/30 (96.7%) raw. The miss, re-read against the written conventions:
//   - "Full program details are at www.packexpo.com/schedule." read packexpo: a run-together
//     host whose second piece, expo, the lexicon lacks, left whole (the normalizer's: the
//     Conventions split such names into words, as washingtonpost and facebook).
//
// Convention-corrected: 29/30 (96.7%); no expectation changed.
//
// After the measurement (so the half is no longer unseen), the miss read as a class on fresh
// probe sentences with must-not-fire cases, written before the reader (readings51.tsv R12: expo,
// a trade show, a piece of a run-together host): 30/30.
//
// This new hand's counts: dev 56/60 raw, 57/60 corrected; unseen 29/30 raw and corrected at its
// first count and at its one measurement; over both halves 85/90 (94.4%) raw, 86/90 (95.6%)
// corrected. Every miss was a reader stopping one context short (a code in a path, a unit before
// a sign, chat's ty after a comma, a host's piece the lexicon lacks), save one expectation that
// departed from the tables (a negative exponent, minus).
const held45UnseenFloor = 30.0 / 30

// TestHeld45Unseen scores the half of held-out set 45 whose outputs are not looked at while the
// readers are changed.
func TestHeld45Unseen(t *testing.T) {
	scoreHeldSet(t, "held45 unseen", "testdata/held45_unseen.tsv", 30, held45UnseenFloor)
}
