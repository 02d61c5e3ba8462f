package text

import "testing"

// held37DevFloor is the exact-match share the dev half of held-out set 37 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions (and chorus text run on a few neutral sentences of the hand's
// own, not in the set, to learn the output format); 10 lines in each of the nine classes, as car
// reviews and classified car listings, EV charging and range spec sheets, motorcycle and bike
// shop pages, boating and small-aircraft forums and weather notices, and package tracking and
// shipping notices print them; no first draft's input stood in an earlier table (an
// exact-substring search over testdata, before any run).
//
// First count, before round forty-one changed any reader: 55/60 (91.7%) raw. Each miss was
// re-read against the written conventions:
//   - "VIN ending in 48213, …" expected v i n: the expectation's. The Conventions' "Acronyms
//     said as words" row gives the word where speakers say one (`PIN` pin), and buyers, sellers
//     and listings say "vin"; changed to vin here and in held37_all.tsv;
//   - "Tail number N738QS …" read n seven thirty eight q s: an aircraft's registration after
//     "tail number" is an identifier, read character by character (the normalizer's);
//   - "Visibility dropped to 1/2 mile in fog over the bay." read one for two: "over" made the
//     fraction a bowler's figures in a sentence about no cricket (the normalizer's);
//   - "Tesla's 2024.38.6 software update …" read two thousand twenty four: a calendar version's
//     year group is said as the year, as it already was after "Tesla" without the possessive
//     (the normalizer's);
//   - "www.classiccarsforsale.com/…" left classiccarsforsale whole: a host of four lexicon
//     words run together was not split (the normalizer's).
//
// Convention-corrected: 56/60 (93.3%). The changed line is counted as it was at the first count.
//
// After round forty-one (round41.go, each miss read as a class on fresh probe sentences with
// must-not-fire cases written before the readers, readings41.tsv R1-R4): 60/60, the floor.
const held37DevFloor = 60.0 / 60

// TestHeld37Dev scores the development half of held-out set 37 (testdata/held37_dev.tsv; the
// whole set in class order is testdata/held37_all.tsv).
func TestHeld37Dev(t *testing.T) {
	scoreHeldSet(t, "held37 dev", "testdata/held37_dev.tsv", 60, held37DevFloor)
}

// held37UnseenFloor is the exact-match share the unseen half of held-out set 37 holds at least.
//
// First count, before round forty-one changed any reader: 25/30 (83.3%; only the count was
// read: a verbose run of TestHeld37Unseen filtered to its summary line).
//
// The one measurement, at the end of round forty-one (its readers R1-R23 landed, written from
// the dev half's misses and probes of the set's registers, never from this half): 26/30
// (86.7%) raw. Each miss was re-read against the written conventions and the tables:
//   - "The OBD-II reader …" read o b d i i: a Roman numeral after an acronym's hyphen, as
//     `World War II` and `Super Bowl LVII` are numbers, was read as letters (the normalizer's);
//   - "… and ISO 15118." read fifteen thousand one hundred eighteen: a standard's five-digit
//     number after its body's name, said in groups as `RFC 793` and `§ 1030` are in pairs, was
//     read as a count (the normalizer's);
//   - "… at 1800wxbrief.com." read one eight zero zero wxbrief: the toll-free 1-800 the
//     Conventions read "one eight hundred" in a phone number was read digit by digit in a host,
//     and "wx" with "brief" run together was left whole (the normalizer's);
//   - "Crosswinds ≤ 15 kt are within the demonstrated limit." read k t: "crosswinds" is a word
//     of wind, where the README reads kt as knots, but no list held it (the normalizer's).
//
// No expectation broke a written convention: convention-corrected 26/30 (86.7%). Over both
// halves at the first counts 80/90 (88.9%) raw, 81/90 (90.0%) corrected; the misses were
// readers stopping one context short in registers earlier sets seldom wrote (aircraft
// registrations, calendar versions, run-together listing sites, a standard's number), not
// conventions a new hand could not know.
//
// After the measurement (so the half is no longer unseen), two of its misses read as classes on
// fresh probe sentences with must-not-fire cases written before the readers (readings41.tsv R24
// kt beside crosswind, headwind or tailwind; R25 a Roman numeral after an acronym's hyphen):
// 28/30. The lead's round fifty-three (sixteenth session, readings-lead53.tsv N29) reads a
// host's name after a toll-free 1800 as the name alone is read (`1800wxbrief.com` one eight
// hundred w x brief): 29/30. Round sixty-five (readings65.tsv R2, fresh probes written before its
// reader) reads a standard's five-digit number after its body as two and three (`ISO 15118`
// fifteen one eighteen): 30/30, the floor.
const held37UnseenFloor = 30.0 / 30

// TestHeld37Unseen scores the half of held-out set 37 whose outputs are not looked at while the
// readers are changed.
func TestHeld37Unseen(t *testing.T) {
	scoreHeldSet(t, "held37 unseen", "testdata/held37_unseen.tsv", 30, held37UnseenFloor)
}
