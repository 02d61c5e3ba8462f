package text

import "testing"

// held38DevFloor is the exact-match share the dev half of held-out set 38 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and its table of readings chosen, the format line of
// held20_all.tsv (the first two of its lines seen with it), and chorus text run on two neutral
// sentences of the hand's own, not in the set, to learn the output format; 10 lines in each of
// the nine classes, as school district newsletters, exam timetables and university admissions
// pages, science and space news, astronomy event guides, museum pages and lab course handouts
// print them. One first draft's input stood in an earlier table (an exact-substring search over
// testdata before any run, the match not read) and was replaced with a fresh line.
//
// First count, against main at 4eb754f with no reader changed: 58/60 (96.7%) raw. Both misses,
// re-read against the written conventions, are the normalizer's:
//   - "NGC 2237, the Rosette Nebula, rises after dusk." read n g c two thousand two hundred
//     thirty seven: a catalogue's number after its spelled letters (NGC, IC, HD, HIP…) names an
//     object, said in pairs as a room's or a model's (twenty two thirty seven);
//   - "Open the notebook analysis.ipynb in JupyterLab." read analysis dot ipynb: a file's
//     extension that no one can sound is spelled, as p d f and m d are (i p y n b).
//
// Convention-corrected: 58/60 (96.7%); no expectation was changed.
//
// Round forty-two took both misses as classes, on probe sentences written before its readers
// (readings42.tsv R1 catalogue numbers, R2 unsayable file extensions): 60/60, the floor raised
// to hold it.
const held38DevFloor = 1.0

// TestHeld38Dev scores the development half of held-out set 38 (testdata/held38_dev.tsv; the
// whole set in class order is testdata/held38_all.tsv).
func TestHeld38Dev(t *testing.T) {
	scoreHeldSet(t, "held38 dev", "testdata/held38_dev.tsv", 60, held38DevFloor)
}

// held38UnseenFloor is the exact-match share the unseen half of held-out set 38 holds at least.
//
// First count, against main at 4eb754f with no reader changed: 30/30 (100%; only the count was
// read: a verbose run of TestHeld38Unseen filtered to its summary line).
//
// Its one measurement, at the end of round forty-two (main at 0b525fe, R1-R20 of readings42.tsv
// landed, with other rounds' readers of the same session): 30/30 (100%) raw; no line missed, so
// none was re-read against a convention and no expectation was changed (corrected 30/30). Over
// both halves at the first counts 88/90 (97.8%) raw and corrected, 90/90 at the measurement. The
// two first-count misses were readers missing a context, not conventions a new hand could not
// know: a catalogue's number after NGC read as a count, an unsayable extension read as a word.
const held38UnseenFloor = 1.0

// TestHeld38Unseen scores the half of held-out set 38 whose outputs are not looked at while the
// readers are changed.
func TestHeld38Unseen(t *testing.T) {
	scoreHeldSet(t, "held38 unseen", "testdata/held38_unseen.tsv", 30, held38UnseenFloor)
}
