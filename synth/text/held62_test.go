package text

import "testing"

// held62DevFloor is the exact-match share the dev half of held-out set 62 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen sections (and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines
// in each of the nine classes, in the registers of universities and academic life (course
// catalogs and syllabi, registrar and financial-aid notices, grant calls and award numbers,
// reference lists and DOIs, lab protocols, conference calls for papers, student forums); one
// first draft whose input stood in an earlier table (exact-substring search over testdata, the
// match not read) was replaced by a fresh line before any run.
//
// First count, before round eighty changed any reader: 51/60 (85.0%) raw, 52/60 (86.7%)
// corrected. Each miss was re-read against the written conventions and the tables:
//   - "using CRN 40318" and "Enter your UIN 627004319" read as counts: a registrar's course
//     reference number and a student's university ID are identifiers after a code word, digit
//     by digit, as "Invoice 20931" is (the normalizer's);
//   - "Minimum GPA: 3.0/4.0." read three point zero out of four point oh, expected four point
//     zero by the decimal convention: readings11.tsv pins a grade point average's scale as
//     four point oh (round eleven's decimalOutOf, two lines), so by round seventeen's rule (the
//     tables' reading for one written form) the expectation was changed to four point oh, here
//     and in held62_all.tsv, and counted as it was at the first count (the expectation's);
//   - "TeX Live 2024" read te x: a CamelCase name the lexicon knows (tex) is its word (the
//     normalizer's);
//   - "arxiv.org" read arxiv: the preprint server's name is said archive, as its makers say it
//     (the normalizer's);
//   - "aid@umich.edu" read umich: a university's host, u and its place's clipped name, said u
//     mich, as umass and uconn are (the normalizer's);
//   - "icml.cc/Conferences/2026/CallForPapers" read icml and two thousand twenty six: a
//     conference's initials in a host are spelled, and a year in a path is a year (the
//     normalizer's);
//   - "imo take 161 w/ Prof. Lee" read one hundred sixty one: a course's number taken with a
//     professor is said in pairs as after a subject's name; no written convention names a bare
//     number, so this reading is the hand's, counted as the normalizer's;
//   - "rip my gpa" read gpa: an academic acronym in lower case in a forum is spelled as in
//     capitals, as asap is (the normalizer's).
//
// Round eighty read each normalizer miss as a class (readings80.tsv R1 a registrar's and a
// funder's identifiers, R2 TeX's family, R3 the preprint servers, R4 a university's u-host, R5
// a conference's .cc site, R6 a course's number after a verb of taking it, R7 admission tests
// in lower case; probes written before the readers, with must-not-fire cases): 60/60.
const held62DevFloor = 60.0 / 60

// TestHeld62Dev scores the development half of held-out set 62 (testdata/held62_dev.tsv; the
// whole set in class order is testdata/held62_all.tsv).
func TestHeld62Dev(t *testing.T) {
	scoreHeldSet(t, "held62 dev", "testdata/held62_dev.tsv", 60, held62DevFloor)
}

// held62UnseenFloor is the exact-match share the unseen half of held-out set 62 holds at least.
//
// First count, before round eighty changed any reader: 27/30 (90.0%; only the count was read: a
// verbose run of TestHeld62Unseen filtered to its summary line).
//
// One measurement, at 21:30 UTC after round eighty's R1-R7: 27/30 (90.0%) raw. Each miss was
// re-read against the written conventions and the tables:
//   - "The award number is R01GM134567." read r zero one: an NIH activity code is a name, said
//     r oh one by everyone who applies for one (the normalizer's);
//   - "Office hours: M/W 2-4 p.m. in Angell 3217." read three thousand two hundred seventeen: a
//     room's number after a building's name, in pairs as after "room" (the normalizer's);
//   - "Our pipeline uses C++17 and CUDA 12.4." read cooda, expected cuda: readings9.tsv pins
//     CUDA as cooda (the project's spelling of the word as said), so by round seventeen's rule
//     the expectation was changed, here and in held62_all.tsv (the expectation's).
//
// Convention-corrected: 28/30 (93.3%). The changed line is counted as it was at the
// measurement.
//
// The hand who wrote the set also wrote round eighty, so knew the unseen lines it had written
// (not their outputs): NIH activity codes (R01, K99, T32), a class its sources print often, were
// noticed while probing and left out of the round on purpose, so that this half stays a check of
// what the round learned from the dev half alone. Both normalizer misses are left for a later
// round: the activity codes' zero (R01, U01, P30 read with zero, r zero one), and a four-digit
// room after a building's name.
//
// Over both halves at the first counts: 78/90 (86.7%) raw, 80/90 (88.9%) corrected; the dev half's
// misses were all readers stopping one context short or names the lexicon lacks (identifiers
// after a registrar's code word, TeX, arXiv, a u-host, a .cc site, a course's bare number, gpa).
//
// Raised to 29/30 on 2026-12-07 (twentieth session) after the lead's round eighty-four read a
// four-digit number after a name or a place label in pairs, which its line with "Angell 3217" needed.
const held62UnseenFloor = 29.0 / 30

// TestHeld62Unseen scores the half of held-out set 62 whose outputs are not looked at while the
// readers are changed.
func TestHeld62Unseen(t *testing.T) {
	scoreHeldSet(t, "held62 unseen", "testdata/held62_unseen.tsv", 30, held62UnseenFloor)
}
