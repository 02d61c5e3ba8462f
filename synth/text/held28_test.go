package text

import "testing"

// held28DevFloor is the exact-match share the dev half of held-out set 28 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions (and chorus text run on a few neutral sentences of the hand's
// own, not in the set, to learn the output format); 10 lines in each of the nine classes, as
// real-estate listings and mortgage rate pages, home improvement and DIY guides, hardware store
// product pages, utility bills and outage notices, gardening and weather almanac columns and
// local classified job ads print them; no first draft's input stood in an earlier table (an
// exact-substring search over testdata, before any run).
//
// First count, with no reader changed: 55/60 (91.7%) raw. Each miss was re-read against the
// written conventions and the tables' majority; none broke one, so no expectation was changed
// (corrected 55/60, 91.7%). All five are the normalizer's:
//   - "Report outages at 1-877-428-3300 or text OUT to 70734." read o u t: a capitalized
//     keyword of a text-to-short-code line spelled although it is a word (STOP, YES, HOME
//     are read as words there);
//   - "Charming 3/2 ranch with a two-car garage." read three two: a listing's bedrooms and
//     baths, as a news reader gives a listing. The expectation said two bath; the tables read a
//     listing's baths as bathroom in all 11 lines that hold one (3BR/2BA, 3 bd/2 ba, 4BR/3.5BA),
//     so by round seventeen's rule (one reading for a listing's rooms) it was changed to three
//     bedroom two bathroom, here and in held28_all.tsv, after the first count; the line was a
//     miss either way and is counted as at the first count;
//   - "The almanac puts the odds of a white Christmas at 3/1." read three one: odds of n/1
//     after "at" with "odds" earlier in the sentence (after "odds" alone it reads three to one);
//   - "Find your hardiness zone at planthardiness.ars.usda.gov." read planthardiness: a host's
//     name run together left whole, plant hardiness;
//   - "Pay 12 × $299 or $3,400 up front." read twelve by: a count times a price is a product,
//     no size.
//
// Round thirty read each miss as a class on fresh probe sentences with must-not-fire cases,
// written before the readers (readings30.tsv: R1 a texted keyword the lexicon knows, R2 a
// listing's rooms as a pair, R3 odds after at or a be-verb with odds opening the subject, R4 a
// host's piece in -ness or after a silent e, R5 × beside a price): 60/60.
const held28DevFloor = 0.995

// TestHeld28Dev scores the development half of held-out set 28 (testdata/held28_dev.tsv; the
// whole set in class order is testdata/held28_all.tsv).
func TestHeld28Dev(t *testing.T) {
	scoreHeldSet(t, "held28 dev", "testdata/held28_dev.tsv", 60, held28DevFloor)
}

// held28UnseenFloor is the exact-match share the unseen half of held-out set 28 holds at least.
//
// First count, with no reader changed: 29/30 (96.7%; only the count was read: a verbose run of
// TestHeld28Unseen filtered to its summary line).
//
// One measurement, at the end of round thirty (after R1-R19 of readings30.tsv): 29/30 (96.7%)
// raw. The miss was re-read against the written conventions and the tables:
//   - "Seeking an LPN for a busy clinic; duties include charting BP in mmHg." read m m h g: the
//     normalizer's. The Conventions' unit symbols row reads a symbol as the unit's name, and
//     the tables read a bare symbol so (`km/h` kilometers per hour); a symbol of mixed case with
//     no number after "in" was spelled.
//
// Convention-corrected: 29/30 (96.7%); no expectation changed.
//
// After the measurement (so the half is no longer unseen), the miss read as a class on fresh
// probes with must-not-fire cases, written before the reader (readings30.tsv R20: a unit's
// symbol of mixed case after in or per, plural after in, singular after per): 30/30.
//
// Over both halves at the first counts: 84/90 (93.3%) raw and corrected; all six misses the
// normalizer's (a texted keyword, a listing's rooms, odds far from their word, a host's piece
// the lexicon lacks, a product beside a price, a bare unit symbol), none a convention an
// outside writer could not know; one expectation (two bath) moved to the tables' reading of a
// listing, a miss either way.
const held28UnseenFloor = 0.995

// TestHeld28Unseen scores the half of held-out set 28 whose outputs are not looked at while the
// readers are changed.
func TestHeld28Unseen(t *testing.T) {
	scoreHeldSet(t, "held28 unseen", "testdata/held28_unseen.tsv", 30, held28UnseenFloor)
}
