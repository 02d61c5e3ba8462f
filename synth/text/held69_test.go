package text

import "testing"

// held69DevFloor is the exact-match share the dev half of held-out set 69 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen sections (and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines
// in each of the nine classes, as the outdoors with gear and rules and military and space news
// print them (hunting and fishing regulations, firearms and ammunition listings, archery
// specs, trail cameras and optics, boating notices, military and defense news, space-launch
// news, and their forums and chat); no first draft's input stood in an earlier table (found by
// an exact-substring search over testdata), so none was replaced.
//
// First count, before round ninety changed any reader: 48/60 (80.0%) raw. Each miss was re-read
// against the written conventions and the tables; two expectations broke one and were changed
// (here and in held69_all.tsv), so 50/60 (83.3%) corrected:
//   - "The bow's 28-30" draw length range and 60-70 lb draw weight" expected inch and pound:
//     Conventions' unit symbol before a noun keeps the plural before a mass noun the quantity
//     measures (`16 GB RAM`, and held63's `0.5 km resolution`), and a length and a weight are
//     what the figures measure: changed to inches and pounds (the expectation's);
//   - "wildlife.ca.gov" expected wildlife: a lexicon word heard as two is split in a host name
//     (Conventions' `facebook` face book), and an earlier table pins `wildlife.ohio.gov` wild
//     life: changed (the expectation's).
//
// The ten left are the normalizer's:
//   - "dial *CG" read c g: a carrier's star code of letters, as `*67` star six seven;
//   - "Hill AFB" read a f b: an air force base after its name, expanded as a register's
//     abbreviation;
//   - "4-16x44 scope" read x: a variable scope's power range and objective, x between numbers
//     glued is by;
//   - "draws 0.5 A at 12 V" read a: an ampere after a number beside volts;
//   - ".30-06" read point three zero to zero six: a cartridge's name, thirty aught six;
//   - "SM-6 Block IA" read i a: a Roman numeral glued to a letter after Block;
//   - "gooutdoorsflorida.com", "nasa.gov/nasatv", "www.uscgboating.org", "myfwc.com": host and
//     path names run together of lexicon words and initials were left whole.
const held69DevFloor = 50.0 / 60

// TestHeld69Dev scores the development half of held-out set 69 (testdata/held69_dev.tsv; the
// whole set in class order is testdata/held69_all.tsv).
func TestHeld69Dev(t *testing.T) {
	scoreHeldSet(t, "held69 dev", "testdata/held69_dev.tsv", 60, held69DevFloor)
}

// held69UnseenFloor is the exact-match share the unseen half of held-out set 69 holds at least.
//
// First count, before round ninety changed any reader: 24/30 (80.0%; only the count was read: a
// verbose run of TestHeld69Unseen filtered to its summary line).
const held69UnseenFloor = 24.0 / 30

// TestHeld69Unseen scores the half of held-out set 69 whose outputs are not looked at while the
// readers are changed.
func TestHeld69Unseen(t *testing.T) {
	scoreHeldSet(t, "held69 unseen", "testdata/held69_unseen.tsv", 30, held69UnseenFloor)
}
