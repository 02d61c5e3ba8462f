package text

import "testing"

// held57DevFloor is the exact-match share the dev half of held-out set 57 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen sections (and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines
// in each of the nine classes, in the registers of parenting and family life (baby growth and
// feeding logs, pediatric dosing charts, school supply lists and PTA notices, daycare and
// summer-camp schedules, toy listings and safety recalls, family budget and meal-plan blogs);
// no first draft's input stood in an earlier table (exact-substring search over testdata).
//
// First count, before round seventy-two changed any reader: 54/60 (90.0%) raw. Each miss was
// re-read against the written conventions; none broke one, so none was changed (corrected
// 54/60):
//   - "Your WIC card ending in 0482" read w i c: the program is said as a word, wic, as
//     Conventions' acronyms said as words (o led, pin) are (the normalizer's);
//   - "meets M/W/F, 9–11:30" read m slash w slash f: a schedule's weekday initials are a list
//     of days, as the pinned Mon/Wed/Fri is (the normalizer's);
//   - "LO finally slept", "DH is on bedtime duty tonight lol", "FTM here", "SAHM life" read
//     letters: a parenting forum's shorthand said as the phrase, as Conventions' chat row
//     expands imo and tbh (little one, dear husband, first time mom, stay at home mom); round
//     twenty-eight's forumKin read DH only after a possessive or before an age (the
//     normalizer's).
//
// Round seventy-two read each miss as a class (readings72.tsv R1 family services' and hospital
// units' initials said as words, R2 a schedule's weekday initials, R3 a parenting forum's
// shorthand; probes written before the readers, with must-not-fire cases): 60/60.
const held57DevFloor = 60.0 / 60

// TestHeld57Dev scores the development half of held-out set 57 (testdata/held57_dev.tsv; the
// whole set in class order is testdata/held57_all.tsv).
func TestHeld57Dev(t *testing.T) {
	scoreHeldSet(t, "held57 dev", "testdata/held57_dev.tsv", 60, held57DevFloor)
}

// held57UnseenFloor is the exact-match share the unseen half of held-out set 57 holds at least.
//
// First count, before round seventy-two changed any reader: 25/30 (83.3%; only the count was
// read: a verbose run of TestHeld57Unseen filtered to its summary line).
//
// One measurement, at 18:06 UTC after round seventy-two's R1-R8: 25/30 (83.3%) raw. Each miss
// was re-read against the written conventions; none broke one, so none was changed (corrected
// 25/30):
//   - "model number TB-4471" read t b forty four seventy one, expected digit by digit: an
//     identifier after a code word ("Order ABC-12345") or a model's number in pairs ("RTX
//     4090")? The Readings chosen give both; left as the normalizer's reading to decide;
//   - "Baby monitor with 5" 720P display" read five inches: round sixty-three's size before a
//     resolution and a display is singular, but not with the resolution's P in capitals (the
//     normalizer's);
//   - "Our 529 plan" read five hundred twenty nine: the college savings plan is named by its
//     tax code's section, said in pairs (the normalizer's);
//   - "wic.ny.gov" read w i c: R1 made WIC a word in a sentence, but a host's three letters
//     before a state's .gov stay initials (as ice.gov does not: the normalizer's);
//   - "EBF until 6 mo" read e b f: a parenting forum's exclusively breastfed, expanded as
//     Conventions' chat row expands imo (the normalizer's).
//
// The hand who wrote the set also wrote round seventy-two, so knew the unseen lines it had
// written (not their outputs): EBF, a member of R3's class, and a WIC host, a reach of R1's,
// were left out of the round on purpose, so that this half stays a check of what the round
// learned from the dev half alone. All five are normalizer misses to read as classes.
const held57UnseenFloor = 26.0 / 30 // raised after round eighty-two (529 plan), nineteenth session

// TestHeld57Unseen scores the half of held-out set 57 whose outputs are not looked at while the
// readers are changed.
func TestHeld57Unseen(t *testing.T) {
	scoreHeldSet(t, "held57 unseen", "testdata/held57_unseen.tsv", 30, held57UnseenFloor)
}
