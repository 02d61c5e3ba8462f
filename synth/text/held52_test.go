package text

import "testing"

// held52DevFloor is the exact-match share the dev half of held-out set 52 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen sections (and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines in
// each of the nine classes, as law and legislation print them (statute and code citations,
// regulations and Federal Register notices, bills and committee reports, court opinions and
// law-review footnotes, public comment pages, legal aid and tenant-rights guides); 1 first
// draft whose input stood in an earlier table (found by an exact-substring search over
// testdata, the match not read) was replaced by a fresh line before any run.
//
// First count, before round sixty-seven changed any reader: 56/60 (93.3%) raw. Each miss was
// re-read against the written conventions and the tables:
//   - `Hearings are held in Courtroom 1406` read one thousand four hundred six: a courtroom's
//     four digits are a room's label, in pairs, as after room or suite (the normalizer's);
//   - `Tenants may withhold 1/2 of the rent` expected one half of: the expectation's. `1/2 of`
//     is half of in four table lines and one half of in none, so by round seventeen's rule (one
//     reading for one written form, the tables' majority) it was changed to half of, here and
//     in held52_all.tsv;
//   - `NAL, but talk to legal aid` read n a l: a legal forum's "not a lawyer", the short form of
//     ianal, which is expanded (the normalizer's);
//   - `Cal. Civ. Code § 1950.5` read cal civ code section one thousand nine hundred fifty point
//     five: a state code's abbreviated name is expanded as `Tex. Penal Code` and `Kan. Stat.
//     Ann.` are, and a section's four digits with a decimal part are read in pairs, as `§ 1983`
//     nineteen eighty three is (the normalizer's, twice in one line).
//
// Convention-corrected: 57/60 (95.0%). The changed line is counted as it was at the
// measurement.
//
// Round sixty-seven read each miss as a class (readings67.tsv R1-R4: a courtroom's number, a
// legal forum's shorthand, the abbreviated names of a state's codes, a section's number after
// the section sign): 60/60, the floor.
const held52DevFloor = 60.0 / 60

// TestHeld52Dev scores the development half of held-out set 52 (testdata/held52_dev.tsv; the
// whole set in class order is testdata/held52_all.tsv).
func TestHeld52Dev(t *testing.T) {
	scoreHeldSet(t, "held52 dev", "testdata/held52_dev.tsv", 60, held52DevFloor)
}

// held52UnseenFloor is the exact-match share the unseen half of held-out set 52 holds at least.
//
// First count, before round sixty-seven changed any reader: 28/30 (93.3%; only the count was
// read: a verbose run of TestHeld52Unseen filtered to its summary line).
//
// The one measurement, at 18:25 UTC after round sixty-seven's R1-R6 (on its branch, before
// they landed): 28/30 (93.3%) raw; none of the round's readers changed an unseen line. Each
// miss was re-read against the written conventions and the tables:
//   - `Reference your A-Number (A-201-455-873)` read its groups as counts (two hundred one…):
//     an immigrant's registration number is an identifier, digit by digit, as after order,
//     case or account (the normalizer's: A-Number is no code word it knows);
//   - `law.cornell.edu/wex` read w e x: a path's words are words (Conventions), and wex, the
//     name of Cornell's legal dictionary, has a vowel; the spelling of an unknown three-letter
//     piece is the normalizer's, no convention names it, so the expectation stands.
//
// Convention-corrected: 28/30 (93.3%), no expectation changed. Both misses are left for a
// later round (a registration number after A-Number or alien number; a short unknown word in
// a path). Over both halves the first counts were 84/90 (93.3%) raw and 85/90 (94.4%)
// corrected; the misses were readers stopping one context short (a courtroom, a forum's
// shorthand, a state code's Bluebook words, a section's decimal, a registration number, a
// path's short word), save one expectation against the tables' majority (1/2 of).
const held52UnseenFloor = 28.0 / 30

// TestHeld52Unseen scores the half of held-out set 52 whose outputs are not looked at while the
// readers are changed.
func TestHeld52Unseen(t *testing.T) {
	scoreHeldSet(t, "held52 unseen", "testdata/held52_unseen.tsv", 30, held52UnseenFloor)
}
