package text

import "testing"

// held30DevFloor is the exact-match share the dev half of held-out set 30 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and its table of readings (and chorus text run on a few neutral
// sentences of the hand's own, not in the set, to learn the output format); 10 lines in each of
// the nine classes, as travel guides, hotel and car-rental booking confirmations, cruise and tour
// itineraries, rail and bus timetables, visa and passport office pages, and airport signage and
// lounge notices print them; one first draft whose input stood in an earlier table (found by an
// exact-substring search over testdata, the match not read) was replaced before any run.
//
// First count, before round thirty-two changed any reader: 58/60 (96.7%) raw. Both misses were
// re-read against the written conventions and both expectations agree with them:
//   - "The London–Edinburgh sleeper leaves at 23:45." read london edinburgh: a route's dash
//     between two places is "to" (round twenty-five's pins, `London–Paris`, and round
//     seventeen's `the Madrid–Lisbon route`), here before a service's name, not "route";
//   - "The fare is €2 × 3 zones = €6." read two euros by three zones: "×" before = is "times"
//     (the table's `3 × 4 = 12`), and a price is no side of a size.
//
// Corrected: 58/60 (96.7%), no expectation changed.
//
// After round thirty-two (round32.go travelRouteDash and timesPrice, on fresh probe sentences
// with must-not-fire cases written before the readers, readings32.tsv R1 and R2): 60/60.
const held30DevFloor = 0.995

// TestHeld30Dev scores the development half of held-out set 30 (testdata/held30_dev.tsv; the
// whole set in class order is testdata/held30_all.tsv).
func TestHeld30Dev(t *testing.T) {
	scoreHeldSet(t, "held30 dev", "testdata/held30_dev.tsv", 60, held30DevFloor)
}

// held30UnseenFloor is the exact-match share the unseen half of held-out set 30 holds at least.
//
// First count, before round thirty-two changed any reader: 26/30 (86.7%; only the count was
// read: a verbose run of TestHeld30Unseen filtered to its summary line).
//
// One measurement, at the end of round thirty-two (main at 1259ea8, with rounds thirty to
// thirty-eight of other hands landed meanwhile): 29/30 (96.7%) raw. The one miss re-read against
// the written conventions:
//   - "Weekend rates apply Fri–Sun." read fri to sun: the normalizer's. Weekday abbreviations
//     are expanded (the table's `Mon-Fri` monday to friday); round seventeen's route reader
//     took the en dash for a route's, since "rates" is one of its words of routes.
//
// Convention-corrected: 29/30 (96.7%), no expectation changed.
//
// The three first-count misses the measurement no longer showed were read afterwards, by
// running the first count's commit (fbd51e2) on this half: `two 220V sockets` and `a single 0.5
// mL dose` read volts and milliliters before a noun, and `vfsglobal.com` one word; none is a
// round thirty-two reader's (other hands' rounds landed meanwhile read them).
//
// After the measurement (so the half is no longer unseen), the miss read as a class in
// round32.go (weekdayPair, in routeDash and travelRouteDash) on fresh probe sentences with a
// must-not-fire case, written before the fix (readings32.tsv R16): 30/30.
//
// Over both halves: 84/90 (93.3%) raw at the first counts, 89/90 (98.9%) at the measurements
// (dev after round thirty-two's dev readers, unseen once); corrected the same.
const held30UnseenFloor = 0.995

// TestHeld30Unseen scores the half of held-out set 30 whose outputs are not looked at while the
// readers are changed.
func TestHeld30Unseen(t *testing.T) {
	scoreHeldSet(t, "held30 unseen", "testdata/held30_unseen.tsv", 30, held30UnseenFloor)
}
