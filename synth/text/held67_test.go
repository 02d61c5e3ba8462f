package text

import "testing"

// held67DevFloor is the exact-match share the dev half of held-out set 67 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions section and a skim of Readings chosen (and chorus text run on a
// few neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines
// in each of the nine classes, as clinical and care notes print them (nursing shift notes and
// handoffs, pharmacy labels and prescription sigs, lab results with reference ranges and flags,
// dental charts and treatment plans, veterinary discharge notes, hospital visiting notices and
// patient-portal messages); no first draft's input stood in an earlier table (exact-substring
// search over testdata).
//
// First count, before round eighty-eight changed any reader: 49/60 (81.7%) raw. Each miss was
// re-read against the written conventions; three expectations broke one and were changed (here
// and in held67_all.tsv), so 51/60 (85.0%) corrected:
//   - "Ibuprofen ... max 2.4 g/day" expected maximum: the tables pin max before an amount
//     (`max 4 doses`, `max 5 doses/24h`, held48's `max 1 mg` changed the same way), so by round
//     seventeen's rule (one reading for one written form, the tables' majority) changed to max
//     (the expectation's; the line then matched);
//   - "Temp 38.6 °C → 37.4 °C" expected temperature: Conventions expand an abbreviation that is
//     no word, and temp is a word (the clipped form nurses say), so changed to temp (the
//     expectation's; the line then matched);
//   - "Potassium 5.9 mEq/L (H), ref 3.5-5.1." expected reference: Conventions expand `ref`
//     without a period only before a code, and a reference range is no code, so changed to
//     ref; the line still misses on the flag (below).
//
// The nine left are the normalizer's:
//   - "Pt transferred to Rm 4112" and "pt weighs 84 kg" and "for this pt." read p t: a clinical
//     note's pt is the patient, a register's abbreviation that is no word;
//   - "ICU visiting hours are 1100–2000 daily." read two thousand: the second end of a range of
//     24-hour times is twenty hundred, as the first is eleven hundred;
//   - "5.9 mEq/L (H)" read h: a lab value's flag in brackets is high (L low);
//   - "Pain 7/10 at rest, 9/10 with movement." read nine tenths: a second score in a list of
//     pain scores is out of ten as the first is;
//   - "Neuro checks q1h x 4, then q2h x 4; GCS 15/15." read x four and fifteen fifteen: x and a
//     count after a dosing frequency is times, and a coma scale's 15/15 is out of fifteen;
//   - "mychart.ohsu.edu" read ohsu: an unknown four-letter label before .edu is a university's
//     initials, spelled;
//   - "🦷" dropped: the tooth emoji has a CLDR name, tooth;
//   - "BP goal <130/80" read one hundred thirty eighty: a blood pressure after a sign and a BP
//     word is over, its systolic in pairs.
//
// Round eighty-eight read each miss as a class (readings88.tsv R1-R9, probes written before the
// readers, with must-not-fire cases): 60/60.
const held67DevFloor = 60.0 / 60

// TestHeld67Dev scores the development half of held-out set 67 (testdata/held67_dev.tsv; the
// whole set in class order is testdata/held67_all.tsv).
func TestHeld67Dev(t *testing.T) {
	scoreHeldSet(t, "held67 dev", "testdata/held67_dev.tsv", 60, held67DevFloor)
}

// held67UnseenFloor is the exact-match share the unseen half of held-out set 67 holds at least.
//
// First count, before round eighty-eight changed any reader: 25/30 (83.3%; only the count was
// read: a verbose run of TestHeld67Unseen filtered to its summary line).
//
// One measurement, at 00:00 UTC on 2026-12-08 after round eighty-eight's R1-R16: 26/30 (86.7%)
// raw. Each miss was re-read against the written conventions and the tables; three
// expectations broke one and were changed (here and in held67_all.tsv), so 29/30 (96.7%)
// corrected:
//   - "SpO2 94% on RA" expected room air: held6 pins r a (held48's room air was changed to it),
//     so changed to r a (the expectation's);
//   - "ambulating 3x/day" expected three times per day: readings6.tsv reads `2x/day` twice a
//     day, a count of times with a, so changed to three times a day (the expectation's);
//   - "medlineplus.gov" expected medline: round eighteen's pin splits a lexicon word said as
//     two words in a host name (facebook face book), which the normalizer did, med line: changed
//     (the expectation's).
//
// The one left is the normalizer's: "Update the PACS client" read p a c s, where radiology says
// the picture archiving system's initials as a word, packs (Conventions' acronyms said as
// words); left for a later round (the measurement was taken when no new work could start).
//
// Over both halves at the first counts: 74/90 (82.2%) raw, 76/90 (84.4%) corrected; after the
// round, dev 60/60 and unseen 29/30 corrected.
const held67UnseenFloor = 29.0 / 30

// TestHeld67Unseen scores the half of held-out set 67 whose outputs are not looked at while the
// readers are changed.
func TestHeld67Unseen(t *testing.T) {
	scoreHeldSet(t, "held67 unseen", "testdata/held67_unseen.tsv", 30, held67UnseenFloor)
}
