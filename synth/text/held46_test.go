package text

import "testing"

// held46DevFloor is the exact-match share the dev half of held-out set 46 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers (h1): before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions (and chorus text run on a few neutral sentences of the hand's
// own, not in the set, to learn the output format); 10 lines in each of the nine classes, as
// farming and agriculture sources print them (crop and livestock market reports, elevator cash
// bids and futures quotes, equipment auction listings, extension bulletins, seed, feed and
// fertilizer catalogs, co-op and 4-H newsletters, farmers' chat); no first draft's input stood
// in an earlier table (an exact-substring search over testdata, matches not read). Split by
// Python random.seed(46) into dev 60 / unseen 30.
//
// First count, before round fifty-eight changed any reader: 56/60 (93.3%) raw. Each miss was
// re-read against the written conventions; none was the expectation's, so corrected 56/60:
//   - "Ear tag 840 003 123 456 789 was read at the sale barn." read the first group as a count
//     (eight hundred forty, then the rest digit by digit): an animal's fifteen-digit electronic
//     ID after a tag is an identifier;
//   - "Trail cam: 24MP stills, 2.7K clips, 0.2 s trigger." read two point seven thousand clips
//     and zero point two seconds trigger: a camera's resolution with K before its clips is k,
//     as 4K video is, and a quantity before the noun it describes takes the singular unit
//     (Conventions, a unit symbol before a noun);
//   - "Selenium: 0.3 ppm of the ration, or about 3 mg/head/day." read m g slash head slash
//     day: a unit per a thing counted per a unit of time;
//   - "March corn settled −4¼¢ on the day." read minus four: the quarter and the cent sign
//     were left out.
//
// After round fifty-eight (readings58.tsv: each miss as a class, with farm probes and
// must-not-fire cases written before the readers): 60/60.
const held46DevFloor = 0.995

// TestHeld46Dev scores the development half of held-out set 46 (testdata/held46_dev.tsv; the
// whole set in class order is testdata/held46_all.tsv).
func TestHeld46Dev(t *testing.T) {
	scoreHeldSet(t, "held46 dev", "testdata/held46_dev.tsv", 60, held46DevFloor)
}

// held46UnseenFloor is the exact-match share the unseen half of held-out set 46 holds at least.
//
// First count, before round fifty-eight changed any reader: 25/30 (83.3%; only the count was
// read: a verbose run of TestHeld46Unseen filtered to its summary line).
//
// Caveat: the probes of round fifty-eight were written by the hand that wrote the set, so some
// sit near its lines though none was copied: the futures month before futures (R5) and one
// exploratory probe, "Selling a John Deere 4020 diesel.", run before the measurement, showed
// the tractor's model read as a count, a class the unseen half holds; no reader of that class
// was written before the measurement. The count ran 25/30 -> 26/30 during the round (the
// normal test runs print it), so one unseen line was read right by a reader of the round.
//
// Measured once at the end of round fifty-eight (15:45 UTC): 26/30 (86.7%) raw. Each miss was
// re-read against the written conventions and the tables; all four are the normalizer's, so
// corrected 26/30:
//   - "Lot 1142: John Deere 4020 diesel, 7,850 hrs, serial 201843." read lot one one four two
//     and four thousand twenty: a tractor's model after its maker was a count (modelMakers held
//     aircraft and chip makers only), and an auction's lot number was read as a code (no
//     convention names lot; readings22 reads a recall's lot codes with letters one by one, so
//     the lot's pairs stay the hand's reading, not a convention's);
//   - "Register at www.extension.iastate.edu/4h by March 1." read iastate: a host's
//     run-together state abbreviation and word (i a state) was not split, since ia is no
//     lexicon word;
//   - "Anyone got a 4020 for sale? lmk, dm me 🚜" read a four thousand twenty: a model number
//     after a with no maker;
//   - "fyi the sale barn closes early Fri" read fri: a weekday's abbreviation at a chat line's
//     end, with no point, was not expanded.
//
// After the measurement (the half is no longer unseen), farm makers were added to modelMakers
// (readings58.tsv's last lines): the John Deere line still misses on its lot number, so 26/30.
// The lead's round sixty-six (readings-lead66.tsv N23) then read a weekday's abbreviation after
// early, late, closed or open as the weekday ("closes early Fri"): 27/30.
const held46UnseenFloor = 27.0 / 30

// TestHeld46Unseen scores the half of held-out set 46 whose outputs are not looked at while the
// readers are changed.
func TestHeld46Unseen(t *testing.T) {
	scoreHeldSet(t, "held46 unseen", "testdata/held46_unseen.tsv", 30, held46UnseenFloor)
}
