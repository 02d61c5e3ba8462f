package text

import "testing"

// held49DevFloor is the exact-match share the dev half of held-out set 49 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen (and chorus text run on two neutral
// sentences of the hand's own, not in the set, to learn the output format); 10 lines in each of
// the nine classes, as music and radio sources print them: concert and festival listings,
// ticketing pages, album, instrument and audio-gear reviews, radio station pages (frequencies,
// call letters, schedules), podcast show notes, streaming charts and music-industry finance. One
// first draft whose input stood in an earlier table (an exact-substring search over testdata,
// the match not read) was replaced by a fresh line before any run.
//
// First count, before round sixty-one changed any reader: 53/60 (88.3%) raw. Each miss re-read
// against the written conventions and the tables:
//   - "WCBS broadcasts on 880 AM and 101.1 FM." read eight hundred eighty a m and one hundred
//     one point one f m: a station's frequency before AM or FM read as a count, where a radio
//     station's dial position is said in pairs (eight eighty) and an FM frequency over 100 as
//     one oh one point one (the normalizer's);
//   - "Exposure above 85 dB for 8 hrs raises the risk of tinnitus." read eight hour: a unit
//     written plural (hrs) taken as an adjective before "raises", a verb (the normalizer's);
//   - "The verse shifts into 7/8 before the last chorus." read seven eighths: a time signature
//     without the word "time" read as a fraction, where `6/8 time` is already six eight (the
//     normalizer's);
//   - "Tour dates: Oct. 3–5 in Austin, 10/12 in Denver." read ten twelfths: a month and day in
//     a list of dates, before "in" and a place, read as a fraction (the normalizer's);
//   - "More at pitchfork.com/reviews/albums." expected pitchfork: the expectation's. Round
//     eighteen's pin (a lexicon word said as two words is split in a host name, `facebook` face
//     book) gives pitch fork; changed here and in held49_all.tsv;
//   - "Podcast feed: https://feeds.megaphone.fm/songexploder" read mega phone and songexploder:
//     a show's name run together in a path left whole (the normalizer's); its megaphone was
//     against the same pin as pitchfork, so the line misses raw and corrected (changed to mega
//     phone here and in held49_all.tsv after round sixty-one's R7, as the pin says);
//   - "Frequency response: 45 Hz – 20 kHz (±3 dB)." read forty five hertz twenty kilohertz: a
//     spaced dash between two quantities with units left as a pause, where the glued dash is
//     "to" (the normalizer's).
//
// Convention-corrected: 54/60 (90.0%). The changed line is counted as it was at the first count.
//
// Round sixty-one read five of the six normalizer misses as classes on fresh probe sentences
// with must-not-fire cases, written before the readers (readings61.tsv R1 a station's
// frequency, R2 a plural unit before a verb, R3 a time signature, R4 a date in a list, R5 a
// spaced dash between quantities): 59/60, the show's name run together in a path left; then
// R7 (an agent noun in -r of a lexicon verb in -e as a piece of a run-together name, "song
// exploder"), with R6 (hosts under web endings of music and radio, .fm, .live) from further
// probes: 60/60.
const held49DevFloor = 60.0 / 60

// TestHeld49Dev scores the development half of held-out set 49 (testdata/held49_dev.tsv; the
// whole set in class order is testdata/held49_all.tsv).
func TestHeld49Dev(t *testing.T) {
	scoreHeldSet(t, "held49 dev", "testdata/held49_dev.tsv", 60, held49DevFloor)
}

// held49UnseenFloor is the exact-match share the unseen half of held-out set 49 holds at least.
//
// First count, before round sixty-one changed any reader: 28/30 (93.3%; only the count was
// read: a verbose run of TestHeld49Unseen filtered to its summary line).
//
// One measurement at 15:45 UTC, after round sixty-one's R1-R10: 28/30 (93.3%) raw. Each miss
// re-read against the written conventions and the tables:
//   - "Impedance: 32 Ω, sensitivity 105 dB SPL/mW." read s p l slash m w: an acronym joined by
//     a slash to a unit symbol, a reference level per a unit, read as a path (the normalizer's);
//   - "Vote at billboard.com/vote-now" expected billboard: the expectation's. Round eighteen's
//     pin (a lexicon word said as two words is split in a host name) gives bill board, as it
//     gave the dev half's pitch fork; changed here and in held49_all.tsv.
//
// Convention-corrected: 29/30 (96.7%). The changed line is counted as it was at the
// measurement. After it (so the half is no longer unseen), the normalizer's miss read as a
// class on fresh probe sentences with a must-not-fire case, written before the reader
// (readings61.tsv R11): 30/30.
//
// Over both halves at the first count: 81/90 (90.0%) raw, 83/90 (92.2%) corrected; the misses
// were readers one context short in the sources' own idiom (a station's dial position, a time
// signature without "time", a date in a tour's list, a range of two quantities, a show's name
// run together), and all three expectations changed (pitchfork, megaphone, billboard) were
// written against one pin, round eighteen's compound word split in a host name.
const held49UnseenFloor = 30.0 / 30

// TestHeld49Unseen scores the half of held-out set 49 whose outputs are not looked at while the
// readers are changed.
func TestHeld49Unseen(t *testing.T) {
	scoreHeldSet(t, "held49 unseen", "testdata/held49_unseen.tsv", 30, held49UnseenFloor)
}
