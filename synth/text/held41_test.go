package text

import "testing"

// held41DevFloor is the exact-match share the dev half of held-out set 41 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and its table of readings chosen (and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines in
// each of the nine classes, in the registers of home and housing text (real-estate listings and
// rental ads, mortgage and rent calculators, home-improvement and hardware-store product pages,
// utility bills and outage notices, HOA newsletters, contractor quotes and building-permit
// notices); no first draft's input stood in an earlier table (exact-substring search over
// testdata, the matches not read).
//
// First count, before round forty-seven changed any reader: 55/60 (91.7%) raw. Each miss was
// re-read against the written conventions and the tables; four were the normalizer's and one
// the expectation's, so the corrected count is 56/60 (93.3%):
//   - "The gate code for the pool is 4826." read a count: a code's digits after "code … is"
//     with words between (the normalizer's; identifiers after a code word are digit by digit);
//   - "Rents run $1,200–$1,450 depending on floor." read one thousand two hundred to one
//     thousand four hundred fifty dollars: the expectation's. Whole-dollar prices joined by a
//     dash with no space are read with the currency once, as a range of one unit is ("5-10 km"):
//     four tables pin it (readings5 `$5-$10`, readings-lead17 `$5-$10 each`, readings-lead37
//     `$5–$10`, whose R row in the README names it, readings30 `$18-$22 an hour`); the hand
//     had followed the Readings chosen row for cents (`$4.50-$4.70`, both sides named). Changed
//     here and in held41_all.tsv, counted as at the first count;
//   - "The Z-Wave hub runs Home Assistant 2024.6." read two thousand twenty four point six: a
//     year-named release after a product's two-word name (the normalizer's; Readings chosen
//     `Unity 2022.3` twenty twenty two point three);
//   - "Email the board at board@willowcreekhoa.org." left willowcreekhoa whole: a run-together
//     host ending in an association's acronym (the normalizer's; Readings chosen spell acronyms
//     as pieces of run-together names);
//   - "Choose a furnace filter rated MERV ≥ 8." spelled m e r v: the HVAC rating said as a word
//     (the normalizer's; Conventions: acronyms said as words where speakers say one).
//
// Round forty-seven read each of the four normalizer's misses as a class, on fresh probe
// sentences with must-not-fire cases written before the readers (readings47.tsv R1 a code after
// a phrase of what it opens, R2 a year-named release after a product's name, R3 an
// association's initials as a spelled piece of a host, R4 the trades' acronyms said as words):
// 60/60.
const held41DevFloor = 60.0 / 60

// TestHeld41Dev scores the development half of held-out set 41 (testdata/held41_dev.tsv; the
// whole set in class order is testdata/held41_all.tsv).
func TestHeld41Dev(t *testing.T) {
	scoreHeldSet(t, "held41 dev", "testdata/held41_dev.tsv", 60, held41DevFloor)
}

// held41UnseenFloor is the exact-match share the unseen half of held-out set 41 holds at least.
//
// First count, before round forty-seven changed any reader: 29/30 (96.7%; only the count was
// read: a verbose run of TestHeld41Unseen filtered to its summary line).
//
// Its one measurement, at the end of round forty-seven (main at 729695e, R1-R6 landed): 29/30
// (96.7%) raw. The miss was re-read against the written conventions and the tables:
//   - "Water hardness is 180 mg/L, or about 10.5 gpg." read g p g: water hardness's unit after a
//     number was spelled (the normalizer's; Conventions: a unit symbol is read as the unit's
//     name, as gpm and gph are gallons per minute and per hour).
//
// Convention-corrected: 29/30 (96.7%), no expectation changed. Over both halves, first counts:
// 84/90 (93.3%) raw, 85/90 (94.4%) corrected.
//
// After the measurement (so the half is no longer unseen), the miss read as a class on fresh
// probe sentences with a must-not-fire case, written before the change (readings47.tsv R7: gpg
// after a number grains per gallon; the program's name alone stays spelled): 30/30.
const held41UnseenFloor = 30.0 / 30

// TestHeld41Unseen scores the half of held-out set 41 whose outputs are not looked at while the
// readers are changed.
func TestHeld41Unseen(t *testing.T) {
	scoreHeldSet(t, "held41 unseen", "testdata/held41_unseen.tsv", 30, held41UnseenFloor)
}
