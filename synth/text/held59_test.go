package text

import "testing"

// held59DevFloor is the exact-match share the dev half of held-out set 59 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions (and chorus text run on a few neutral sentences of the hand's
// own, not in the set, to learn the output format); 10 lines in each of the nine classes, from
// shipping, logistics and trade sources (parcel tracking pages, container and booking numbers,
// customs and tariff notices, freight rate reports, warehouse pick lists and pallet labels,
// port and carrier advisories, import/export forums); every input was checked absent from
// testdata by an exact-substring search before any run (none matched).
//
// First count, before round seventy-seven changed any reader: 47/60 (78.3%) raw. Each miss was
// re-read against the written conventions; two were the expectation's:
//   - "The label printer runs at 203 dpi; …" expected dots per inch by the Conventions' unit
//     symbols row, but the README's lead round thirty-seven pins dpi and ppi after a number as
//     spelled units (300 dpi three hundred d p i, as said; units.go, readings-lead37.tsv and
//     readings39.tsv agree): changed to d p i here and in held59_all.tsv;
//   - "Booking portal: https://portal.evergreen-line.com/booking" expected evergreen: the
//     Readings chosen (a lexicon word said as two words in a row is split in a host name, as
//     facebook and whitehouse) read it ever green; changed here and in held59_all.tsv.
//
// Convention-corrected: 49/60 (81.7%). The eleven normalizer misses, each a class for round
// seventy-seven: a tariff heading's four digits after HS heading (a count), L/C (letters, not letter of credit), DOT and BOL and POD (read as words),
// SAP (a word), S/4HANA (s slash four), a route's en dash between two cities before loop (not
// read), 0600 before a zone (six hundred), CST beside Shanghai and UTC+8 (central), X12
// version 4010 (four thousand ten), app 4.12 (four point one two).
const held59DevFloor = 49.0 / 60

// TestHeld59Dev scores the development half of held-out set 59 (testdata/held59_dev.tsv; the
// whole set in class order is testdata/held59_all.tsv).
func TestHeld59Dev(t *testing.T) {
	scoreHeldSet(t, "held59 dev", "testdata/held59_dev.tsv", 60, held59DevFloor)
}

// held59UnseenFloor is the exact-match share the unseen half of held-out set 59 holds at least.
//
// First count, before round seventy-seven changed any reader: 26/30 (86.7%; only the count was
// read: a verbose run of TestHeld59Unseen filtered to its summary line).
const held59UnseenFloor = 26.0 / 30

// TestHeld59Unseen scores the half of held-out set 59 whose outputs are not looked at while the
// readers are changed.
func TestHeld59Unseen(t *testing.T) {
	scoreHeldSet(t, "held59 unseen", "testdata/held59_unseen.tsv", 30, held59UnseenFloor)
}
