package text

import "testing"

// held36DevFloor is the exact-match share the dev half of held-out set 36 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code and no readings table was read, only the README's Conventions and
// its table of readings chosen, the format line of held20_all.tsv and held34_all.tsv (the first
// line of held20 was seen with it, none of held36's being like it), and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format; 10 lines in
// each of the nine classes, as recipes and cooking blogs, restaurant menus and reviews, grocery
// flyers and coupons, food delivery app notifications, wine and beer reviews and food safety
// recall notices print them. No first draft's input stood in an earlier table (an
// exact-substring search over testdata before any run).
//
// First count, against main at 4eb754f (round thirty-eight the newest round) with no reader
// changed: 59/60 (98.3%) raw. The one miss, re-read against the written conventions:
//   - "Details are posted at fsis.usda.gov under current recalls." read fsis as a word: the
//     normalizer's. FSIS, the USDA's Food Safety and Inspection Service, is said by its letters,
//     and the Conventions spell initials in a host (cdc.gov, ncbi.nlm.nih.gov); the label was
//     kept as the plural of a sayable stem because the lexicon holds "fsi" (a name, said fsee).
//
// Convention-corrected: 59/60 (98.3%).
//
// After round forty (round40.go; readings40.tsv R1, a host label's plural exception needs a
// stem that can begin an English word): 60/60, the floor raised to it.
const held36DevFloor = 1.0

// TestHeld36Dev scores the development half of held-out set 36 (testdata/held36_dev.tsv; the
// whole set in class order is testdata/held36_all.tsv).
func TestHeld36Dev(t *testing.T) {
	scoreHeldSet(t, "held36 dev", "testdata/held36_dev.tsv", 60, held36DevFloor)
}

// held36UnseenFloor is the exact-match share the unseen half of held-out set 36 holds at least.
//
// First count, against main at 4eb754f with no reader changed: 30/30 (100%; only the count was
// read: a verbose run of TestHeld36Unseen filtered to its summary line). The count was printed
// once more, by the same filter, beside the dev half's after round forty's first reader (30/30);
// no line of the half was read before the measurement.
//
// The one measurement, at the end of round forty (main at 00d5aa4, R1-R14 of readings40.tsv in):
// 30/30 (100%) raw, so no expectation was re-read against a convention and none was changed
// (corrected 30/30). Over both halves at the first counts 89/90 (98.9%) raw and corrected; the
// one miss, a host's initials read as a word, was the normalizer's. As with held20 and held38,
// the set's own lines were nearly all read already; the round's gains came from probes in the
// set's registers (41 of 148 read otherwise before: multi-buy prices, nutrition labels,
// barcodes, codes for a name, flyer and menu abbreviations, vanity numbers and handles).
const held36UnseenFloor = 1.0

// TestHeld36Unseen scores the half of held-out set 36 whose outputs are not looked at while the
// readers are changed.
func TestHeld36Unseen(t *testing.T) {
	scoreHeldSet(t, "held36 unseen", "testdata/held36_unseen.tsv", 30, held36UnseenFloor)
}
