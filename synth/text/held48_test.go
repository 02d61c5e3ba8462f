package text

import "testing"

// held48DevFloor is the exact-match share the dev half of held-out set 48 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers (h3): before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen (and chorus text run on four neutral
// sentences of the hand's own, not in the set, to learn the output format); 10 lines in each of
// the nine classes, as emergency and public-safety sources print them: wildfire and evacuation
// updates, earthquake, tsunami and flood bulletins, emergency-management and shelter notices,
// military and veterans' benefits pages, urgent-care and ER wait pages, 911 dispatch and CAD
// logs; no first draft's input stood in an earlier table (an exact-substring search over
// testdata found none).
//
// First count, before round sixty changed any reader: 50/60 (83.3%) raw. Each miss re-read
// against the written conventions and the tables:
//   - "Text SHELTER and your ZIP code to 43362 (4FEMA)." read forty three thousand…: a short
//     code after "text … to" with a ZIP code between them read as a count (the normalizer's);
//   - "DART buoy 46402 reported a 0.3 m wave at 0912Z." read forty six thousand…: a station's
//     number after buoy read as a count (the normalizer's);
//   - "The C-17, call sign Reach 4127, landed at 2215Z…" read four thousand…: an aircraft's
//     call sign and number read as a count (the normalizer's);
//   - "Dashcam clip: 2.5K, 140° FOV, 12 MP stills." read degrees: a quantity describing the
//     noun after it kept its plural (the normalizer's, by Conventions' unit before a noun);
//   - "ER wait 45 min; BP 150/90 and HR 112 bpm on arrival." read b p m: Conventions read the
//     symbol bpm beats per minute (the normalizer's);
//   - "Gave naloxone 4 mg nasal spray; SpO2 88% on RA." read milligrams and r a: a dose before
//     the form it describes kept its plural (the normalizer's, by Conventions' unit before a
//     noun); r a is the expectation's: held6 dev pins the same "SpO2 97% on RA" as r a (a reader
//     of room air, tried in round sixty, broke that line and was dropped), so the expectation's
//     room air was changed to r a, here and in held48_all.tsv; the line still misses on the dose;
//   - "Give 0.01 mg/kg IV, max 1 mg." expected maximum: the expectation's. Six table lines
//     (held11 unseen, held13 dev, held15 unseen twice, held16 dev, readings16) read max before a
//     quantity as max (a reader of maximum, tried in round sixty, broke all six and was dropped;
//     Conventions' `20 mA max` maximum is max after a quantity), so the expectation was changed
//     to max, here and in held48_all.tsv;
//   - "Tested on Chrome 120+, Firefox ESR 115 and Safari 17." read one hundred twenty: a
//     browser's version with a plus after it read as a count where `Chrome 126` is in pairs (the
//     normalizer's);
//   - "idk if the 101 is open, anyone driving it? #CreekFire" read one hundred one: a highway
//     named "the" and its number, as Californians say it, read as a count (the normalizer's);
//   - "Edit config/alerts.json and set retries to 5." expected dot json: the expectation's. Four
//     table lines (sentences.tsv, readings9.tsv, readings24.tsv, held15) and the acronym and
//     extension lists read JSON jason, the word speakers say, so the expectation was changed to
//     dot jason, here and in held48_all.tsv.
//
// Convention-corrected: 52/60 (86.7%): json and max; room air made the naloxone line's second
// miss, not its only one. The changed lines are counted as they were at the first count.
//
// Round sixty read the normalizer's misses as classes on fresh probe sentences with
// must-not-fire cases, written before the readers (readings60.tsv R1 a short code after text, a
// keyword and words, R2 a buoy's or gauge's number, R3 a call sign's number, R4 degrees before
// the noun they describe and a spaced F, R5 bpm after HR, R6 a dose before nasal spray, R8 a
// browser's version with a plus, R9 a freeway named "the 405"): 60/60.
const held48DevFloor = 60.0 / 60

// TestHeld48Dev scores the development half of held-out set 48 (testdata/held48_dev.tsv; the
// whole set in class order is testdata/held48_all.tsv).
func TestHeld48Dev(t *testing.T) {
	scoreHeldSet(t, "held48 dev", "testdata/held48_dev.tsv", 60, held48DevFloor)
}

// held48UnseenFloor is the exact-match share the unseen half of held-out set 48 holds at least.
//
// First count, before round sixty changed any reader: 27/30 (90.0%; only the count was read: a
// verbose run of TestHeld48Unseen filtered to its summary line).
//
// Measured once, at 15:45 UTC at the end of round sixty (R1-R13 landed, none written after a
// look at this half; main at 810a32f): 27/30 (90.0%) raw. Each miss re-read against the written
// conventions:
//   - "Details: earthquake.usgs.gov/earthquakes/eventpage/ci40479624" read earth quake dot…:
//     the expectation's. The Conventions split a host run together into lexicon words
//     (facebook face book, ticketbox ticket box; held35's springfield and held40's wildlife were
//     changed the same way), so the expectation was changed to earth quake, here and in
//     held48_all.tsv (the path's earthquakes, not a host, stays whole);
//   - "Text to 911: cant talk, intruder, 22 Birch Ln, pls hurry" read nine hundred eleven: 911
//     after "text to" (a text to the emergency line) read as a count (the normalizer's);
//   - "Pressure fell from 1008 to 962 mb (−46 mb) in 24 hrs." read m b: millibars after a
//     negative change in brackets left spelled, where "962 mb" before it is millibars (the
//     normalizer's).
//
// Convention-corrected: 28/30 (93.3%). The changed line is counted as it was at the
// measurement. None of round sixty's readers reached this half: its count is the first count's.
// Over both halves at the first counts: 77/90 (85.6%) raw, 80/90 (88.9%) corrected; the dev
// half's nine normalizer misses were nine classes the readers had not met (identifiers of
// buoys, call signs, freeways and short codes; units in clinical notes), the unseen half's two
// were again units and an emergency number in a register of its own.
//
// After the measurement (so the half is no longer unseen), its two normalizer misses read as
// classes on fresh probe sentences with must-not-fire cases, written before the readers
// (readings60.tsv R14 911 after text or texting, R15 mb after a number in a sentence of air
// pressure): 30/30.
const held48UnseenFloor = 30.0 / 30

// TestHeld48Unseen scores the half of held-out set 48 whose outputs are not looked at while the
// readers are changed.
func TestHeld48Unseen(t *testing.T) {
	scoreHeldSet(t, "held48 unseen", "testdata/held48_unseen.tsv", 30, held48UnseenFloor)
}
