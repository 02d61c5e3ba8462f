package text

import "testing"

// held39DevFloor is the exact-match share the dev half of held-out set 39 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and its table of readings chosen, the format line of
// held20_all.tsv and held34's, and chorus text run on two neutral sentences of the hand's own,
// not in the set, to learn the output format; 10 lines in each of the nine classes, as personal
// finance and crypto blogs, earnings-call summaries, bank and credit card statements and
// alerts, insurance notices, retirement calculators and stock forum posts print them. No first
// draft's input stood in an earlier table (an exact-substring search over testdata before any
// run).
//
// First count, against main at 4eb754f with no reader changed: 54/60 (90.0%) raw. Each miss,
// re-read against the written conventions:
//   - "Portfolio YTD: −4.7%" expected y t d: the expectation's. The README's Readings chosen
//     (the finance row) reads `YTD` year to date; changed, here and in held39_all.tsv, and
//     counted as it was at the count;
//   - "EIP-4844 cut fees on layer-2 networks." read four thousand eight hundred forty four: the
//     normalizer's (a standard's proposal number after its acronym and a hyphen, said in
//     pairs as `RFC 793` and `ICD-10` are named);
//   - "Forward suspicious emails to phishing@chase.com." read phi shing: the normalizer's (a
//     mailbox name that is one lexicon word cut in two);
//   - "Full post: moneyblog.net/best-high-yield-savings" read moneyblog: the normalizer's
//     (Readings chosen: names run together in a domain are split into lexicon words);
//   - "Check your bank's insurance at fdic.gov/bankfind." read fdic as a word: the
//     normalizer's (unpronounceable initials on a gov host are spelled, round thirty-four R4);
//   - "smh, another $35 overdraft fee" read thirty five dollars: the normalizer's (a quantity
//     used as an adjective after a determiner takes the singular currency).
//
// Convention-corrected: 55/60 (91.7%).
//
// Round forty-three (round43.go, readings43.tsv, probes written before the readers) took each
// normalizer miss as a class: R1 a proposal's number after its series in pairs, R2 no cut
// inside the stem of an -ing or -ed form of a run-together name, R3 words of the web the
// lexicon lacks (blog, podcast, phishing…) as pieces of names, R4 an institution's initials
// the lexicon lists spelled by their onset, R5 another, any and no before a sum used as an
// adjective: 60/60.
const held39DevFloor = 1.0

// TestHeld39Dev scores the development half of held-out set 39 (testdata/held39_dev.tsv; the
// whole set in class order is testdata/held39_all.tsv).
func TestHeld39Dev(t *testing.T) {
	scoreHeldSet(t, "held39 dev", "testdata/held39_dev.tsv", 60, held39DevFloor)
}

// held39UnseenFloor is the exact-match share the unseen half of held-out set 39 holds at least.
//
// First count, against main at 4eb754f with no reader changed: 27/30 (90.0%; only the count was
// read: a verbose run of TestHeld39Unseen filtered to its summary line).
//
// Measured once, at the end of round forty-three (main at d924fb7, its three batches landed):
// 27/30 (90.0%) raw. Each miss, re-read against the written conventions:
//   - "Adjusted EBITDA of $412M topped the $398M consensus." expected ebitda as one word: the
//     expectation's. The README's Readings chosen read `EBITDA` e bit dah (abbrev.go, round
//     forty-five's tables); changed, here and in held39_all.tsv, and counted as it was at the
//     measurement;
//   - "Prediction markets put a June cut at 3/1." read three one: the normalizer's (Readings
//     chosen: odds near favourite, odds or shot, or n/1; here n/1 after "at" with no odds word);
//   - "Tang-era China (AD 618–907) gave us early paper money." read six hundred eighteen to
//     nine hundred seven: the normalizer's (Readings chosen: three digits next to an era in
//     pairs; the range's ends after AD were read as counts).
//
// Convention-corrected: 28/30 (93.3%). Over both halves at the first counts: 81/90 (90.0%) raw,
// 82/90 (91.1%) corrected; at the unseen half's measurement, after round forty-three, 87/90
// raw (96.7%), 88/90 (97.8%) corrected. The dev half's five normalizer misses were five
// classes (a proposal's number, a mailbox cut inside its stem, a web word the lexicon lacks, an
// agency's initials the lexicon lists, a sum after another); none of them touched the unseen
// half's misses, which are two more readers stopping one context short (odds after "at", an
// era's range).
//
// After the measurement (so the half is no longer unseen), the era's range taken as a class
// (readings43.tsv R14, probes written first: a span of years after AD read as one before an
// era is): 29/30, the floor raised to hold it; counted as at the measurement. Odds after "at"
// with no odds word are left (an n/1 pair after "at" may be a date or a ratio elsewhere).
// The lead's round forty-six took "at 3/1" in a sentence of prediction markets or betting as a
// class (readings-lead46.tsv M41, probes first): 30/30, the floor raised; still counted as at
// the measurement.
const held39UnseenFloor = 30.0 / 30

// TestHeld39Unseen scores the half of held-out set 39 whose outputs are not looked at while the
// readers are changed.
func TestHeld39Unseen(t *testing.T) {
	scoreHeldSet(t, "held39 unseen", "testdata/held39_unseen.tsv", 30, held39UnseenFloor)
}
