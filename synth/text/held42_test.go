package text

import "testing"

// held42DevFloor is the exact-match share the dev half of held-out set 42 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and its table of readings chosen (and chorus text run on two
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines in
// each of the nine classes, as travel pages print them (airline and airport pages, hotel and
// cruise bookings and itineraries, travel forums and trip reports, passport and visa pages,
// currency-exchange and travel-insurance pages, theme-park and ski-resort pages); 3 first drafts
// whose input stood in an earlier table (an exact-substring search over testdata, the matches
// not read) were replaced by fresh lines before any run.
//
// First count, against main at dbb71c9, with no reader changed: 59/60 (98.3%) raw. The one miss
// was re-read against the written conventions:
//   - "Check-in/check-out times vary by season." read check in slash check out: the
//     normalizer's. The Conventions' slash between two words is not said (kitchen diner); two
//     hyphened compounds are two words as much as two plain ones are.
//
// Convention-corrected: 59/60 (98.3%). Round forty-eight read the miss as a class on fresh
// probe sentences with must-not-fire cases, written before the reader (readings48.tsv R1, a
// slash between words one or both of them hyphened compounds of lexicon words): 60/60.
const held42DevFloor = 60.0 / 60

// TestHeld42Dev scores the development half of held-out set 42 (testdata/held42_dev.tsv; the
// whole set in class order is testdata/held42_all.tsv).
func TestHeld42Dev(t *testing.T) {
	scoreHeldSet(t, "held42 dev", "testdata/held42_dev.tsv", 60, held42DevFloor)
}

// held42UnseenFloor is the exact-match share the unseen half of held-out set 42 holds at least.
//
// First count, against main at dbb71c9, with no reader changed: 30/30 (100%; only the count was
// read: a verbose run of TestHeld42Unseen filtered to its summary line).
//
// One measurement at the end of round forty-eight (main at 85fb28f, with rounds forty-eight to
// fifty-two): 30/30 (100%) raw; nothing missed, so no line was re-read against a convention and
// none changed (corrected 30/30). Over both halves the fifth new hand of the session scored
// 89/90 (98.9%) at the first count, raw and corrected, the one miss (a slash between two
// hyphened compounds) the normalizer's; travel text, though rich in the nine classes, was
// read much as older rounds had pinned it (flights, gates, suites and cabins in pairs,
// toll-free numbers, zones after a time, hosts split into words). The round's probes in the
// same registers found what the set had not: 38 of 55 read otherwise before the readers.
const held42UnseenFloor = 30.0 / 30

// TestHeld42Unseen scores the half of held-out set 42 whose outputs are not looked at while the
// readers are changed.
func TestHeld42Unseen(t *testing.T) {
	scoreHeldSet(t, "held42 unseen", "testdata/held42_unseen.tsv", 30, held42UnseenFloor)
}
