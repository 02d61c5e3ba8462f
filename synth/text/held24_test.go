package text

import "testing"

// held24DevFloor is the exact-match share the dev half of held-out set 24 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions (and chorus text run on a few neutral sentences of the hand's
// own, not in the set, to learn the output format); 10 lines in each of the nine classes, as
// podcast show notes, music and streaming pages, fitness-tracker and health apps, crypto and
// fintech apps, car reviews and spec sheets, exam-prep and homework help and event tickets
// print them; 2 first drafts whose input stood in an earlier table (found by an exact-substring
// search over testdata, the matches not read) were replaced by fresh lines before any run.
//
// First count, before round twenty-six changed any reader: 57/60 (95.0%) raw. Each miss was
// re-read against the written conventions; none broke one, so none was changed (corrected
// 57/60):
//   - "Study guides are free at collegeboard.org/sat." read slash sat: a test's name as a whole
//     path segment was read as the lexicon's past tense (the normalizer's; no convention names
//     paths beyond "a path's words are words", and sat there is no word of the page);
//   - "just bought the dip, HODL 🚀" spelled h o d l: initials said as a word, as Conventions'
//     OLED row asks (the normalizer's);
//   - "#ThrowbackThursday to our very first episode 🎙️" left 🎙 out: an emoji the table lacked
//     (the normalizer's).
//
// After round twenty-six (each miss read as a class on probe sentences with must-not-fire
// cases written before the readers, readings26.tsv R1-R3): 60/60.
const held24DevFloor = 0.995

// TestHeld24Dev scores the development half of held-out set 24 (testdata/held24_dev.tsv; the
// whole set in class order is testdata/held24_all.tsv).
func TestHeld24Dev(t *testing.T) {
	scoreHeldSet(t, "held24 dev", "testdata/held24_dev.tsv", 60, held24DevFloor)
}

// held24UnseenFloor is the exact-match share the unseen half of held-out set 24 holds at least.
//
// First count, before round twenty-six changed any reader: 28/30 (93.3%; only the count was
// read: a verbose run of TestHeld24Unseen filtered to its summary line).
const held24UnseenFloor = 0.93

// TestHeld24Unseen scores the half of held-out set 24 whose outputs are not looked at while the
// readers are changed.
func TestHeld24Unseen(t *testing.T) {
	scoreHeldSet(t, "held24 unseen", "testdata/held24_unseen.tsv", 30, held24UnseenFloor)
}
