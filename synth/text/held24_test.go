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
// read: a verbose run of TestHeld24Unseen filtered to its summary line). After round
// twenty-six's first readers (R1-R3) the count was taken again, the count only: 28/30.
//
// The one measurement, at the end of round twenty-six (41d479c, readings26.tsv R1-R9 in): 28/30
// (93.3%) raw. Each miss was re-read against the written conventions and the tables:
//   - "Read the full review at caranddriver.com." read cara n d driver: a brand name run
//     together was cut into the longer lexicon word and a state's code (nd) rather than car
//     and driver (the normalizer's; the issue asks brand names in domains read as words);
//   - "Calculate 12 × 15 without a calculator." read twelve by fifteen: round twenty-one's
//     product after an arithmetic verb stopped at its short list of words after the product
//     (to, and, then…); Conventions' row names the verbs and that a size ("a 9 × 13 pan")
//     stays by, and "without" names nothing measured, so the expectation was kept (the
//     normalizer's).
//
// Convention-corrected: 28/30 (93.3%), no expectation changed.
//
// After the measurement (so the half is no longer unseen): the product's class on fresh probes
// with must-not-fire cases written before the change (readings26.tsv R10: without, in, by,
// with, mentally after the product), 29/30. Left: the run-together name's cut (segmentWords
// prefers the longer piece; changing its score moves other hosts and was not tried in the
// time left).
//
// The new hand's first counts (dev 95.0%, unseen 93.3% raw and corrected) sit with held18-21's;
// over both halves 85/90 (94.4%) raw and corrected. As before, the misses were readers stopping
// one context short or tables one entry short (an emoji, initials said as a word, an exam's
// page, a product's following word, a brand's cut), none a convention a new hand could not know.
const held24UnseenFloor = 0.96

// TestHeld24Unseen scores the half of held-out set 24 whose outputs are not looked at while the
// readers are changed.
func TestHeld24Unseen(t *testing.T) {
	scoreHeldSet(t, "held24 unseen", "testdata/held24_unseen.tsv", 30, held24UnseenFloor)
}
