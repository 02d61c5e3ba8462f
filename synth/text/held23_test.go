package text

import "testing"

// held23DevFloor is the exact-match share the dev half of held-out set 23 holds at least.
//
// The set is a fourth independent check of issue 18 by a hand new to the readers: before it
// was written, no reader's code, no readings table and no line of an earlier held-out set was
// read, only the README's Conventions and its table of readings chosen where English is
// ambiguous (and chorus text run on a neutral sentence of the hand's own, not in the set, to
// learn the output format); 10 lines in each of the nine classes, in the registers of
// government notices, court documents, science and astronomy articles, weather forecasts,
// airline emails, recipes and receipts, real-estate listings and school timetables; 4 first
// drafts whose input stood in an earlier table (found by an exact-substring search over
// testdata, the matches not read) were replaced by fresh lines before any run.
//
// First count, before round twenty-four changed any reader: 55/60 (91.7%) raw. Each miss was
// re-read against the written conventions and the README's readings:
//   - "Parcel 052-114-09 is assessed at $412,000." read zero five two one hundred fourteen zero
//     nine: dashed groups of an identifier read part as digits, part as counts (the
//     normalizer's);
//   - "We bought a 65" QLED TV…" read q l e d: the Conventions say OLED o led, as its makers say
//     it, and QLED is said so too (the normalizer's);
//   - "Periods 3/4: Biology lab, Room 112" read three quarters: two numbers after a plural label
//     are two labels (platforms 11/12, README) and periods were not among the labels (the
//     normalizer's);
//   - "Manage your booking at www.delta.com/mytrips." read mytrips: no convention splits a
//     path's run-together words outside a social site, and the README pins example.com/cityzoo
//     whole; but that pin decides two nouns run together, not a determiner before a noun (a
//     site's own pages, my trips), which nothing written decides, so the expectation stands
//     (the normalizer's; round twenty-four splits only my and our);
//   - "Total eclipse in 10 days!! 🌘 #Eclipse2024" left the emoji out: its CLDR name, waning
//     crescent moon, was not in the table (the normalizer's).
//
// Convention-corrected: 55/60 (91.7%), no expectation changed. After round twenty-four (each
// miss read as a class in round24.go on probe sentences written before the readers,
// readings24.tsv R1-R5): 60/60.
const held23DevFloor = 0.995

// TestHeld23Dev scores the development half of held-out set 23 (testdata/held23_dev.tsv; the
// whole set in class order is testdata/held23_all.tsv).
func TestHeld23Dev(t *testing.T) {
	scoreHeldSet(t, "held23 dev", "testdata/held23_dev.tsv", 60, held23DevFloor)
}

// held23UnseenFloor is the exact-match share the unseen half of held-out set 23 holds at least.
//
// First count, before round twenty-four changed any reader: 29/30 (96.7%; only the count was
// read: a verbose run of TestHeld23Unseen filtered to its summary line).
//
// The one measurement, after round twenty-four's readers for the dev half's misses and for 34
// further classes found by probes of the set's registers (readings24.tsv R1-R39), at commit
// b653009: 29/30 (96.7%) raw, the same line missed as at the first count (read afterwards at
// the first count's commit). The miss, re-read against the written conventions and the tables:
//   - "Court records are available at pacer.uscourts.gov." read us courts: the label runs
//     together US, as the federal courts name themselves, and a lexicon word, and the splitter
//     took us for the pronoun; no written convention reads a host's US (the Conventions spell
//     two-letter endings and say .us as a word only as an ending), so the expectation stands
//     (the normalizer's).
//
// Convention-corrected: 29/30 (96.7%), no expectation changed.
//
// After the measurement (so the half is no longer unseen), the miss read as a class in
// round24.go on probe sentences written before the reader (readings24.tsv R40, a host's US run
// together with a lexicon word: u s): 30/30.
//
// The fourth new hand's first counts (dev 91.7% raw, unseen 96.7%) sit with held20's (100%,
// 90.0%) and held18's and held19's: over both halves 84/90 (93.3%) raw and corrected. Five of
// six misses were readers one class short (identifier groups, a panel's name, slashed labels, a
// path's my, a host's US) and one a missing emoji name; none was a convention the hand could not
// know. Probes of the same registers found 34 more classes the readers missed (R6-R39), most of
// them in court, real-estate, weather and timetable text that earlier sets under-sample.
const held23UnseenFloor = 0.995

// TestHeld23Unseen scores the half of held-out set 23 whose outputs are not looked at while the
// readers are changed.
func TestHeld23Unseen(t *testing.T) {
	scoreHeldSet(t, "held23 unseen", "testdata/held23_unseen.tsv", 30, held23UnseenFloor)
}
