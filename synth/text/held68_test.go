package text

import "testing"

// held68DevFloor is the exact-match share the dev half of held-out set 68 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen sections (and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines
// in each of the nine classes, as going-out sources print them (transit and rail timetables and
// service alerts, ticketing pages and seat maps, concert and theatre listings, festival
// line-ups, restaurant menus with prices and allergens, food-truck posts, reservation
// confirmations); one first draft whose input stood in an earlier table (exact-substring search
// over testdata, the match not read) was replaced by a fresh line before any run.
//
// First count, before round eighty-nine changed any reader: 54/60 (90.0%) raw. Each miss was
// re-read against the written conventions; none of the six broke one, so 54/60 (90.0%)
// corrected. One expectation was respelled without changing the count: "OMNY reader firmware"
// expected omny, the normalizer read o m n y; Conventions' acronyms said as words give the word
// speakers say, written as the lexicon's word that sounds so (as NOAA noah, NICU nick you), and
// OMNY is said omni: changed to omni (here and in held68_all.tsv), still a miss at the count.
// The six are the normalizer's:
//   - "Amtrak Cascades 517 departs Seattle" read five hundred seventeen: a named train's number
//     before a verb in -s was read as a count, as before a plural noun;
//   - "Screening in 70mm IMAX and 35mm" read millimeters: a film's gauge as a format, singular,
//     which round seventy-eight reads beside a film's word, not beside a cinema listing's;
//   - "8g of sugar per 12 oz can" read ounces: a measure after per before the serving it sizes
//     is an adjective, as after each;
//   - "Trains every 8–10 min weekdays" read minute: a headway before a word of the week's times
//     was read as an adjective of a noun;
//   - "OMNY reader" read o m n y: the fare card's name is said as a word;
//   - "anyone selling 2 GA for Sat??" read gigaamps and sat: GA after a count of tickets is
//     general admission, and Sat at a clause's end after for the day.
//
// Round eighty-nine read each miss as a class (readings89.tsv R1-R7, probes written before the
// readers, with must-not-fire cases): 60/60.
const held68DevFloor = 60.0 / 60

// TestHeld68Dev scores the development half of held-out set 68 (testdata/held68_dev.tsv; the
// whole set in class order is testdata/held68_all.tsv).
func TestHeld68Dev(t *testing.T) {
	scoreHeldSet(t, "held68 dev", "testdata/held68_dev.tsv", 60, held68DevFloor)
}

// held68UnseenFloor is the exact-match share the unseen half of held-out set 68 holds at least.
//
// First count, before round eighty-nine changed any reader: 28/30 (93.3%; only the count was
// read: a verbose run of TestHeld68Unseen filtered to its summary line).
//
// One line's reading was seen before the measurement, by mistake: while tracing the dev half's
// misses, the hand ran "Spicy tuna roll (GF) — 480 cal" through chorus text --explain, not then
// knowing which half held it, and saw (GF) read g f. So that menu marks in brackets would not be
// read for this half's sake, round eighty-nine left the class alone (a menu's dietary marks,
// (V, GF), where V also read five, are named in its README row as noticed and left).
//
// One measurement, at 00:00 UTC on 2026-12-08 after round eighty-nine's R1-R14: 28/30 (93.3%)
// raw. Each miss was re-read against the written conventions; neither expectation broke one,
// so 28/30 (93.3%) corrected. The two are the normalizer's, left for a later round:
//   - "Spicy tuna roll (GF) — 480 cal" read g f: a menu's dietary mark is a register's
//     abbreviation, expanded as its reader expands it (Conventions), gluten free;
//   - "bustime.mta.info" read busti me: a host's name run together is split into the fewest
//     lexicon words, a long word and a short one preferred (Readings chosen), bus time.
//
// Over both halves at the first counts: 82/90 (91.1%) raw and corrected; after the round, dev
// 60/60 and unseen 28/30.
const held68UnseenFloor = 28.0 / 30

// TestHeld68Unseen scores the half of held-out set 68 whose outputs are not looked at while the
// readers are changed.
func TestHeld68Unseen(t *testing.T) {
	scoreHeldSet(t, "held68 unseen", "testdata/held68_unseen.tsv", 30, held68UnseenFloor)
}
