package text

import "testing"

// held40DevFloor is the exact-match share the dev half of held-out set 40 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers, for measurement
// only (no round followed it): before it was written, no reader's code, no readings table and
// no line of an earlier held-out set was read, only the README's Conventions and a few rows of
// its table of readings chosen (and chorus text run on two neutral sentences of the hand's own,
// not in the set, to learn the output format); 10 lines in each of the nine classes, as
// small-town weekly newspapers print them (police blotters and court briefs, community event
// calendars, church and club bulletins, classified ads, high-school and little-league sports,
// county fair and 4-H results, school lunch menus and board meeting notes); no input stood in an
// earlier table (an exact-substring search over testdata before any run).
//
// First count, against main at 4eb754f, with no reader changed: 58/60 (96.7%) raw. Each miss
// was re-read against the written conventions:
//   - "The VFW Post 4471 fish fry runs every Friday in Lent." read post four thousand four
//     hundred seventy one: the normalizer's (a veterans' post's four-digit number, a label said
//     in pairs as after room, suite or flight, read as a count);
//   - "Read the full lunch menu at www.ridgewoodschools.org/menus." expected ridgewood: the
//     expectation's. Round eighteen's pin splits a lexicon word said as two words in a host
//     name (`facebook` face book, as held33's `springfield` spring field), and ridgewood is said
//     ridge wood; changed to ridge wood, here and in held40_all.tsv.
//
// Convention-corrected: 59/60 (98.3%). The changed line is counted as it was at the count.
// No round followed this set, so the normalizer's miss remains.
const held40DevFloor = 59.0 / 60

// TestHeld40Dev scores the development half of held-out set 40 (testdata/held40_dev.tsv; the
// whole set in class order is testdata/held40_all.tsv).
func TestHeld40Dev(t *testing.T) {
	scoreHeldSet(t, "held40 dev", "testdata/held40_dev.tsv", 60, held40DevFloor)
}

// held40UnseenFloor is the exact-match share the unseen half of held-out set 40 holds at least.
//
// First count, against main at 4eb754f, with no reader changed: 28/30 (93.3%; only the count
// was read: a verbose run of TestHeld40Unseen filtered to its summary line).
//
// With no round to follow, the misses were then read (after the count was recorded), each
// classed as the normalizer's or a convention the hand did not know (got / want):
//   - "Pancake breakfast, 7–11 a.m., $6 adults/$3 kids." six dollars adults slash dollars three
//     kids / six dollars adults three dollars kids: the normalizer's (a slash between two priced
//     items of a list, the second opening with $, is read "slash" and its dollar sign is said
//     before its number; the Conventions' slash between two words is a list's separator, not
//     said);
//   - "Fishing licenses are sold online at wildlife.ohio.gov." wild life / wildlife: a
//     convention the hand did not know (round eighteen's host split, as `facebook` face book and
//     the dev half's ridgewood); changed to wild life, here and in held40_all.tsv.
//
// Raw 28/30 (93.3%), convention-corrected 29/30 (96.7%). The changed line is counted as it was
// at the count. Over both halves at the first counts: 86/90 (95.6%) raw, 88/90 (97.8%)
// corrected. Of the four lines missed, two missed only for round eighteen's host split, which
// the hand did not know, and two for the normalizer: a veterans' post's number read as a count,
// and a slash between two prices of a list. No reader changed; they are left for a later round.
const held40UnseenFloor = 29.0 / 30

// TestHeld40Unseen scores the half of held-out set 40 whose outputs were not looked at until
// its first count was recorded.
func TestHeld40Unseen(t *testing.T) {
	scoreHeldSet(t, "held40 unseen", "testdata/held40_unseen.tsv", 30, held40UnseenFloor)
}
