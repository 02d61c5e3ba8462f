package text

import "testing"

// held32DevFloor is the exact-match share the dev half of held-out set 32 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and its table of readings chosen (and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines in
// each of the nine classes, in the registers of medical journal abstracts and clinical trial
// summaries, nutrition labels and diet blogs, veterinary discharge notes, lab and imaging
// reports, drug pricing and pharmacy benefit letters, and public health dashboards; no first
// draft's input stood in an earlier table (exact-substring search over testdata, matches not
// read), so none was replaced.
//
// First count, before round thirty-four changed any reader: 56/60 (93.3%) raw. Each miss was
// re-read against the written conventions; none broke one, so corrected is 56/60 too:
//   - "a 3T scanner" read three t: the unit symbol T after a number in a sentence of MRI is
//     tesla (Conventions: a unit symbol by the unit's name);
//   - "48 mL/min/1.73 m²" read m l slash min slash … m squared: a compound unit of a volume per
//     a time per a surface area (eGFR's unit) is read by its units' names with per;
//   - "around AD 170" read a d one hundred seventy: three digits next to an era are read in
//     pairs (the README's `AD 79` row: years next to an era);
//   - "avma.org" read avma: an association's initials as a host label, said as letters as the
//     association is (Conventions: acronyms inside domain names spelled).
//
// After round thirty-four (readings34.tsv R1-R4, probe sentences with must-not-fire cases
// written before each reader; round34.go teslaField, perSurfaceUnit, initialsHost, and the lab
// value's count leaving a year after an era in round6.go): 60/60.
const held32DevFloor = 0.995

// TestHeld32Dev scores the development half of held-out set 32 (testdata/held32_dev.tsv; the
// whole set in class order is testdata/held32_all.tsv).
func TestHeld32Dev(t *testing.T) {
	scoreHeldSet(t, "held32 dev", "testdata/held32_dev.tsv", 60, held32DevFloor)
}

// held32UnseenFloor is the exact-match share the unseen half of held-out set 32 holds at least.
//
// First count, before round thirty-four changed any reader: 26/30 (86.7%; only the count was
// read: a verbose run of TestHeld32Unseen filtered to its summary line).
//
// Measured once at the end of round thirty-four (R1-R22, 138 probe lines in readings34.tsv):
// 28/30 (93.3%) raw. Each miss was re-read against the written conventions; neither
// expectation broke one, so corrected is 28/30 too:
//   - "Vision was 20/40 in the left eye." read twenty out of forty: a visual acuity is said as
//     two numbers (twenty forty), not a rating; the normalizer's (a score reader after "was");
//   - "healthdata.gov/covid-19" read covid dash nineteen: Conventions say a hyphen in a path is
//     a space; round twenty-seven's dash beside digits, meant for a file's name, took a path's
//     word; the normalizer's.
//
// The same lines read by the binary before the round (the first count's misses, read only
// after this measurement): those two and "goodrx.com" (good r x) and "www.nejm.org" (n e j
// m), both read as words. Both gains came from readers (R4 initialsHost, R22
// wordInitialsHost) whose probes named hosts the set's writer had written into the set
// (nejm.org, goodrx.com), so the half was not unseen for them: as an independent check the
// round moved nothing on this half, and the two left are new classes.
// After the measurement the lead's round thirty-seven read its two misses' classes (a path's
// hyphen beside a number, L17; a visual acuity, L22): 30/30, the floor raised to hold it.
const held32UnseenFloor = 0.995

// TestHeld32Unseen scores the half of held-out set 32 whose outputs are not looked at while the
// readers are changed.
func TestHeld32Unseen(t *testing.T) {
	scoreHeldSet(t, "held32 unseen", "testdata/held32_unseen.tsv", 30, held32UnseenFloor)
}
