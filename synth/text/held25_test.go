package text

import "testing"

// held25DevFloor is the exact-match share the dev half of held-out set 25 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers (H6): before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and its table of readings chosen where English is ambiguous (and
// chorus text run on a few neutral sentences of the hand's own, not in the set, to learn the
// output format); 10 lines in each of the nine classes, in the registers of insurance and bank
// letters, shipping and logistics notices, telecom and utility bills, manufacturing and lab data
// sheets, agriculture reports, aviation and maritime notices and local police and council
// reports; no first draft's input stood in an earlier table (exact-substring search over
// testdata, before any run).
//
// First count, before round twenty-seven changed any reader: 56/60 (93.3%) raw. Each miss was
// re-read against the written conventions and the tables:
//   - "Tomatoes sold for $2-a-pound at the farmers' market." expected farmers' market with its
//     apostrophe: the expectation's. The output format has no apostrophe for a plural
//     possessive (every table writes it bare: thirty years war, parents evening), so the
//     expectation was changed to farmers market, here and in held25_all.tsv;
//   - "Email the council clerk at clerk@springfieldil.gov." read springfieldil: a city's name
//     and its state's two-letter code run together in a host name were one unsayable word (the
//     normalizer's; expected springfield i l);
//   - "Axle loads must be ≤ 10 t on the bridge." read ten t: the Conventions read the unit
//     symbol t as ton, but only before "of" or at a clause's end (the normalizer's);
//   - "If the gauge reads > 90 psi, release the valve." read p s i: the Conventions' row on unit
//     symbols gives the unit's name for every symbol (as rpm, bpm, mph), and psi was the one
//     pressure symbol still read as letters, pinned so by two lines (readings16.tsv, held11's
//     unseen half) written before that row (the normalizer's).
//
// Convention-corrected: 57/60 (95.0%), one expectation changed (counted as it was at the first
// count). After round twenty-seven (each normalizer miss read as a class in round27.go on probe
// sentences written before the readers, readings27.tsv R1-R3: a city's name and its state's code
// run together in a host, the unit symbol t before a lower-case word outside algebra, psi by the
// unit's name): 60/60.
const held25DevFloor = 0.995

// TestHeld25Dev scores the development half of held-out set 25 (testdata/held25_dev.tsv; the
// whole set in class order is testdata/held25_all.tsv).
func TestHeld25Dev(t *testing.T) {
	scoreHeldSet(t, "held25 dev", "testdata/held25_dev.tsv", 60, held25DevFloor)
}

// held25UnseenFloor is the exact-match share the unseen half of held-out set 25 holds at least.
//
// First count, before round twenty-seven changed any reader: 29/30 (96.7%; only the count was
// read: a verbose run of TestHeld25Unseen filtered to its summary line).
//
// Its one measurement, at the end of round twenty-seven (whose readers, R1-R8 of readings27.tsv,
// were driven by the dev half's misses and by probe sentences of the round's own, not by these
// lines): 29/30 (96.7%) raw, the same count. The miss was re-read against the written
// conventions and the tables:
//   - "The ship is due at Southampton at 06:30 BST." expected b s t: the expectation's. The
//     README's readings table pins "9 p.m. BST" among the zone names read after a time, and
//     eight table lines read BST british summer time; by round seventeen's rule (one reading
//     for one written form, the tables' majority) the expectation was changed to british
//     summer time, here and in held25_all.tsv.
//
// Convention-corrected: 30/30 (100%). The changed line is counted as it was at the
// measurement.
//
// This hand's first counts (dev 93.3% raw, 95.0% corrected; unseen 96.7% raw, 100% corrected)
// give over both halves 85/90 (94.4%) raw and 87/90 (96.7%) corrected. Of the five raw misses
// two were the hand's (a plural possessive's apostrophe, which the output format never
// writes, and a zone the tables read as words) and three the normalizer's, each a context one
// step past what the readers knew (a state's code with a vowel closing a city's host name, t
// before a word rather than before "of", and psi, the one unit symbol still read as letters
// against the Conventions' row).
const held25UnseenFloor = 0.995

// TestHeld25Unseen scores the half of held-out set 25 whose outputs are not looked at while the
// readers are changed.
func TestHeld25Unseen(t *testing.T) {
	scoreHeldSet(t, "held25 unseen", "testdata/held25_unseen.tsv", 30, held25UnseenFloor)
}
