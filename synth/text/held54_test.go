package text

import "testing"

// held54DevFloor is the exact-match share the dev half of held-out set 54 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions section (and chorus text run on a few neutral sentences of the
// hand's own, not in the set, to learn the output format); 10 lines in each of the nine
// classes, as energy and heavy industry print them (oil and gas production reports and rig
// counts, power-market and grid-operator notices, solar and battery installer quotes and chat,
// mining and metals reports, refinery and pipeline news, chemical-plant and OSHA safety
// notices); no first draft's input stood in an earlier table (exact-substring search over
// testdata).
//
// First count, before round sixty-nine changed any reader: 53/60 (88.3%) raw. Each miss was
// re-read against the written conventions:
//   - `Rig 417 moved to the Permian pad` read four hundred seventeen: a rig's number is a label,
//     read in pairs as a room's or a unit's (the normalizer's);
//   - `The 0700 shift change` read zero seven zero zero: a four-digit 24-hour time naming a
//     shift after "the", as round twenty-one's `the 0815 from Paddington` (the normalizer's);
//   - `EBITDA` expected ebitda, read e bit dah: the same word written as the project writes an
//     acronym said as a word in syllables (Conventions, "Acronyms said as words"; `OLED` o led),
//     so the expectation was changed to e bit dah (the expectation's);
//   - `PJM ... 2 p.m. EPT` read e p t: a grid operator's prevailing-time zone after a time
//     (EPT, CPT, MPT, PPT) is its name, as ET and PT are (the normalizer's);
//   - `BOM.xlsx` expected b o m, read bom: a bill of materials is said as a word as often as
//     spelled, and Conventions' "Acronyms said as words" gives the word where speakers say one,
//     so the expectation was changed to bom (the expectation's);
//   - `Net metering 2.0` read two point zero: a policy's version is a name, "oh" by Conventions'
//     "Zero in a decimal" (`Web 2.0`), after a lower-case noun of a programme (the normalizer's);
//   - `Array output = 24 × 400 W = 9.6 kW` read by: × between two quantities whose product is
//     followed by = is times, as Readings chosen's `3 × 4 = 12` (the normalizer's).
//
// Corrected 55/60 (91.7%); the two changed lines are counted as they were at the first count.
// After round sixty-nine (readings69.tsv R1-R5, each miss read as a class on probes written
// before the readers): 60/60.
const held54DevFloor = 60.0 / 60

// TestHeld54Dev scores the development half of held-out set 54 (testdata/held54_dev.tsv; the
// whole set in class order is testdata/held54_all.tsv).
func TestHeld54Dev(t *testing.T) {
	scoreHeldSet(t, "held54 dev", "testdata/held54_dev.tsv", 60, held54DevFloor)
}

// held54UnseenFloor is the exact-match share the unseen half of held-out set 54 holds at least.
//
// First count, before round sixty-nine changed any reader: 24/30 (80.0%; only the count was
// read: a verbose run of TestHeld54Unseen filtered to its summary line).
//
// One measurement at 18:25 UTC, after round sixty-nine's R1-R10: 24/30 (80.0%) raw (R3 read
// one line's CPT, which still missed for its HE). Each miss was re-read against the written
// conventions and the tables:
//   - `2,500 scf/bbl` read s c f slash b b l: a gas-oil ratio's unit, standard cubic feet per
//     barrel (the normalizer's);
//   - `HE 18` read h e eighteen: a power market's hour ending (the normalizer's; seen on a
//     probe of the hand's own written after the set, and left unread until this measurement);
//   - `NumPy 2.0` expected numpy, read num py: a CamelCase name the lexicon does not know is
//     split at its capital (Conventions, "Other pinned readings": `iPhone` i phone), so the
//     expectation was changed to num py (the expectation's);
//   - `Studio 5000 v33` read v thirty three: a version's v before a number after a product's
//     name is version, as Readings chosen's `v1.4.2` (the normalizer's);
//   - `eia.gov/naturalgas/storage` read naturalgas: a path's run-together words are not split
//     as a host's are (the normalizer's);
//   - `procurement@northridge-minerals.com` expected northridge, read north ridge: a host's
//     run-together name is split into lexicon words (round twenty-five's pins: `ticketbox`
//     ticket box), so the expectation was changed to north ridge (the expectation's).
//
// Convention-corrected: 26/30 (86.7%); the two changed lines are counted as they were at the
// measurement. Over both halves at the first count 77/90 (85.6%) raw, 79/90 (87.8%) corrected.
const held54UnseenFloor = 26.0 / 30

// TestHeld54Unseen scores the half of held-out set 54 whose outputs are not looked at while the
// readers are changed.
func TestHeld54Unseen(t *testing.T) {
	scoreHeldSet(t, "held54 unseen", "testdata/held54_unseen.tsv", 30, held54UnseenFloor)
}
