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
//
// Round ninety read the six reader misses as classes (readings90.tsv R1-R8, probes written
// before the readers, with must-not-fire cases): 56/60. The four host names are left: a cut
// between doubled letters (go|outdoors), four initials before a word (uscg), a path's initials
// (nasatv) and my before initials in a five-letter label (myfwc) each ask the address segmenter
// for a split it refuses on purpose elsewhere.
const held69DevFloor = 56.0 / 60

// TestHeld69Dev scores the development half of held-out set 69 (testdata/held69_dev.tsv; the
// whole set in class order is testdata/held69_all.tsv).
func TestHeld69Dev(t *testing.T) {
	scoreHeldSet(t, "held69 dev", "testdata/held69_dev.tsv", 60, held69DevFloor)
}

// held69UnseenFloor is the exact-match share the unseen half of held-out set 69 holds at least.
//
// First count, before round ninety changed any reader: 24/30 (80.0%; only the count was read: a
// verbose run of TestHeld69Unseen filtered to its summary line).
//
// One measurement, at 00:00 UTC on 2026-12-08 after round ninety's R1-R13: 25/30 (83.3%) raw.
// Each miss was re-read against the written conventions; one expectation broke one and was
// changed (here and in held69_all.tsv), the count unchanged, so 25/30 (83.3%) corrected:
//   - ".308 Win 150 gr costs about $30" expected grain: Conventions' unit symbol after a number
//     keeps the plural before a verb (`weighs 5 kg now`): changed to grains (the expectation's;
//     the normalizer read g r, and 150 in pairs, so the line is still a miss).
//
// The five left are the normalizer's:
//   - ".308 Win 150 gr costs" read one fifty g r: a bullet's weight after a cartridge, with
//     rounds and Win for context but none of round ninety's words of bullets, arrows or bows
//     near it (R9's near90);
//   - "940nm no-glow IR LEDs" read nanometers: a unit before a count noun after two modifiers
//     (one hyphenated) is singular by the Conventions;
//   - "64 lp/mm resolution" read l p slash mm: line pairs per millimeter, a lens's and a night
//     vision tube's resolution;
//   - "Tomahawk Block V" read v: a Roman numeral alone after Block is its number, as R7 reads
//     one with a series letter (Block IA);
//   - "FTF only" read f t f: a classified listing's face to face, expanded as WTS and OBO are.
//
// The round was written from the dev half and the hand's own probes only; Block V is next to
// R7's class, the rest are classes it did not read. Over both halves at the first counts: 72/90
// (80.0%) raw, 74/90 (82.2%) corrected; after the round, dev 56/60 and unseen 25/30.
const held69UnseenFloor = 25.0 / 30

// TestHeld69Unseen scores the half of held-out set 69 whose outputs are not looked at while the
// readers are changed.
func TestHeld69Unseen(t *testing.T) {
	scoreHeldSet(t, "held69 unseen", "testdata/held69_unseen.tsv", 30, held69UnseenFloor)
}
