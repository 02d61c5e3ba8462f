package text

import "testing"

// held64DevFloor is the exact-match share the dev half of held-out set 64 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen sections (and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines
// in each of the nine classes, as cars and vehicles sources print them (dealer and private car
// listings, recall notices, repair manuals and forum threads with OBD-II codes and torque
// specs, tire sizes and load ratings, EV charging specs, towing and payload figures, auto-parts
// listings); no first draft's input stood in an earlier table (exact-substring search over
// testdata).
//
// First count, before round eighty-five changed any reader: 48/60 (80.0%) raw. Each miss was
// re-read against the written conventions; one expectation broke a written reading and was
// changed (here and in held64_all.tsv), so 49/60 (81.7%) corrected:
//   - "140° FOV" expected field of view: round sixty's pin (Readings chosen; readings60.tsv's
//     `120° FOV lens` and `170° FOV`) reads FOV as letters, which the normalizer read: changed
//     to f o v (the expectation's).
//
// The eleven left are the normalizer's:
//   - "Truck is in Dearborn (48126)" read forty eight thousand…: a ZIP code in brackets after
//     a place's name, digit by digit;
//   - "60 mo. OAC" read o a c: a dealer's on approved credit, a register's abbreviation;
//   - "275/55R20 113T" read one hundred thirteen t: a tire's load index and speed rating after
//     its size, the index in pairs as the size's numbers are;
//   - "out of 4H into 2H" read four h, two h: a transfer case's ranges, four high, two high;
//   - "R-1234yf" read r one thousand two hundred thirty four yf: a refrigerant's number in
//     pairs, its letters spelled (R-134a r one thirty four a);
//   - "a 1-2 finish" read one to two: finishing places, not a score (a one two finish);
//   - "0W-20" read zero watts twenty: an oil's viscosity grade, zero w twenty;
//   - "obd_log.csv" read obd: a part of a file's name that no English word spells is spelled;
//   - "openpilot" read as one word: a lower-case name run together, split into lexicon words
//     as a host's is;
//   - "sales@bobsautogroup.com" read bobsautogroup: a host run together not split;
//   - "Camber spec is −0.5° to −1.2°" read minus: wheel alignment's signed angles (camber,
//     toe, caster) and a wheel's offset are said negative, as the trade says them.
//
// Round eighty-five read nine of the eleven as classes (readings85.tsv R1-R14, probes written
// before the readers, with must-not-fire cases; R1 trouble codes, R10-R13 and R14's file
// pieces came from probes in the same sources): 58/60. Left: "openpilot" (splitting unknown
// lower-case words in running text into lexicon words would reach every sentence, and the
// corpora must stay byte-identical) and "bobsautogroup" (the host splitter finds no split with
// "bobs").
const held64DevFloor = 58.0 / 60

// TestHeld64Dev scores the development half of held-out set 64 (testdata/held64_dev.tsv; the
// whole set in class order is testdata/held64_all.tsv).
func TestHeld64Dev(t *testing.T) {
	scoreHeldSet(t, "held64 dev", "testdata/held64_dev.tsv", 60, held64DevFloor)
}

// held64UnseenFloor is the exact-match share the unseen half of held-out set 64 holds at least.
//
// First count, before round eighty-five changed any reader: 17/30 (56.7%; only the count was
// read: a verbose run of TestHeld64Unseen filtered to its summary line).
//
// One measurement, at 00:00 UTC on 2026-12-08 after round eighty-five's R1-R18: 19/30 (63.3%)
// raw. Each miss was re-read against the written conventions and the tables; four expectations
// broke them and were changed (here and in held64_all.tsv), so 22/30 (73.3%) corrected:
//   - "Last 8 of the VIN", "VIN 5YJ3E1EA7KF317000", "with your VIN" expected v i n: the
//     Readings chosen spell three letters only when no known word ("VIN" is the lexicon's vin,
//     said so by speakers: Conventions' acronyms said as words), and an earlier table reads
//     "VIN ending in 48213" vin: changed to vin (the expectation's, three lines);
//   - "IIRC" expected if i recall correctly where eleven table lines read if i remember
//     correctly (two recall): changed by round seventeen's rule, one reading for one written
//     form; the line still misses for its year.
//
// The eight left are the normalizer's:
//   - "a 15W Qi charging pad" read qi: the charging standard's name is said chee;
//   - "a 5-yr/60k-mi powertrain warranty" read five year slash sixty thousand mi: a warranty's
//     years and miles joined by a slash, each a clipped unit as an adjective;
//   - "My SYNC 3" read s y n c: a maker's system named by a word in capitals;
//   - "f150forum.com" read f one five zero: a model's name inside a host, as F-150 is read;
//   - "/1995-porsche-911-carrera-4" read nine one one: a model's number in a path;
//   - "the 2018+ got" read two thousand eighteen plus: a model year with a plus;
//   - "412 whp" read w h p: wheel horsepower, a unit's name;
//   - "Rotor min thickness" read min: minimum before a measured noun.
//
// None is the lead's round eighty-four class (a number after a label noun read as an
// identifier). The round was written from the dev half and the hand's own probes only; the same
// hand wrote both halves, so its probes in the same sources reached classes the unseen half also
// holds (R1's trouble codes: "Scanner pulled P0300 and P0302" read right at the measurement).
const held64UnseenFloor = 22.0 / 30

// TestHeld64Unseen scores the half of held-out set 64 whose outputs are not looked at while the
// readers are changed.
func TestHeld64Unseen(t *testing.T) {
	scoreHeldSet(t, "held64 unseen", "testdata/held64_unseen.tsv", 30, held64UnseenFloor)
}
