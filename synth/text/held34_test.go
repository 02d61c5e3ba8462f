package text

import "testing"

// held34DevFloor is the exact-match share the dev half of held-out set 34 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code and no readings table was read, only the README's Conventions and
// its table of readings chosen, the format line of held20_all.tsv and held32_all.tsv (the first
// of held32's lines was seen with it, none of held34's being like it), and chorus text run on a
// few neutral sentences of the hand's own, not in the set, to learn the output format; 10 lines
// in each of the nine classes, as entertainment and celebrity news, box office and streaming
// charts, music and concert listings, video game and esports news, social media posts and
// influencer captions, and product launch coverage print them. Two first drafts' inputs stood
// in an earlier table (an exact-substring search over testdata before any run, the matches not
// read) and were replaced with fresh lines.
//
// First count, against main at 9b26e03 (round thirty's R20 the newest reader) with no reader
// changed: 59/60 (98.3%) raw. The one miss, re-read against the written conventions:
//   - "Still can't believe that ending 😭😭" expected loudly crying face twice: the
//     expectation's. The README's Readings chosen (the `😂😂` row) reads a repeated emoji once;
//     changed to once, here and in held34_all.tsv, and counted as it was at the count.
//
// Convention-corrected: 60/60 (100%). Measurement only: no round follows this set.
const held34DevFloor = 1.0

// TestHeld34Dev scores the development half of held-out set 34 (testdata/held34_dev.tsv; the
// whole set in class order is testdata/held34_all.tsv).
func TestHeld34Dev(t *testing.T) {
	scoreHeldSet(t, "held34 dev", "testdata/held34_dev.tsv", 60, held34DevFloor)
}

// held34UnseenFloor is the exact-match share the unseen half of held-out set 34 holds at least.
//
// First count, against main at 9b26e03 with no reader changed: 28/30 (93.3%; only the count was
// read: a verbose run of TestHeld34Unseen filtered to its summary line).
//
// With no round to follow, the misses were then read (after the count was recorded), each
// classed as the normalizer's or a convention the hand did not know:
//   - "Fans lined up outside Studio 1412 for the taping." read one thousand four hundred
//     twelve: the normalizer's (a studio named by its number, as a suite or a room is, is said
//     in pairs, fourteen twelve; the first class, digit strings that are not quantities);
//   - "Read our review at https://www.ign.com/articles/best-games-2024." read best games dash
//     twenty twenty four: the normalizer's (the Conventions: a hyphen in a path is a space; here
//     the hyphen before a year closing the path's last segment was said).
//
// Raw 28/30 (93.3%), convention-corrected 28/30. Over both halves at the first counts: 87/90
// (96.7%) raw, 88/90 (97.8%) corrected. Of the three lines missed, one missed only for a
// reading the hand did not know (a repeated emoji read once), and two for the normalizer, each a
// reader stopping one context short: a four-digit number after Studio not read in pairs, a
// path's hyphen before digits said as dash.
// After the measurement the lead took its two misses as classes (readings-lead37.tsv L17, probes
// written first): a path's hyphen beside a number is not said, a studio's four-digit number is
// read in pairs: 30/30, the floor raised to hold it. Counted as at the measurement.
const held34UnseenFloor = 0.995

// TestHeld34Unseen scores the half of held-out set 34 whose outputs are not looked at while the
// readers are changed.
func TestHeld34Unseen(t *testing.T) {
	scoreHeldSet(t, "held34 unseen", "testdata/held34_unseen.tsv", 30, held34UnseenFloor)
}
