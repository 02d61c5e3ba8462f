package text

import "testing"

// held33DevFloor is the exact-match share the dev half of held-out set 33 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers, for measurement
// only (no round followed it): before it was written, no reader's code, no readings table and
// no line of an earlier held-out set was read, only the README's Conventions (and chorus text
// run on a few neutral sentences of the hand's own, not in the set, to learn the output
// format); 10 lines in each of the nine classes, as local TV and newspaper stories (crime,
// courts, city council, schools), weather and traffic reports, obituaries and community
// calendars, real-estate and car ads and high-school sports print them; one first draft whose
// input stood in an earlier table (an exact-substring search over testdata, the match not read)
// was replaced by a fresh line before any run.
//
// First count, against main at 4775286 (round thirty-six landed), with no reader changed:
// 56/60 (93.3%) raw. Each miss was re-read against the written conventions and the README's
// table of readings chosen:
//   - "Police say the burglar cut a 1/4-inch hole in the screen." expected a one quarter inch
//     hole: the expectation's. The readings chosen pin this very phrase, `a 1/4-inch hole` a
//     quarter inch hole (the article stands for the numerator one, as a reader says it);
//     changed, here and in held33_all.tsv;
//   - "Read the council minutes at springfield-il.gov/minutes." expected springfield: the
//     expectation's. Round eighteen's pin splits a lexicon word said as two words in a host
//     name (`facebook` face book, `github` git hub), and springfield is said spring field;
//     changed to spring field, here and in held33_all.tsv;
//   - "The Tigers finished the regular season 9-1 and host Central on Friday." read nine to
//     one: the normalizer's (the Conventions' records "and"; a season's record after "finished
//     the regular season" was read as a score);
//   - "Tickets for the homecoming game are at gofan.co." read gofan dot co: the normalizer's
//     (the Conventions' two-letter web endings are spelled unless a word, dot c o; and the
//     host, a run-together go and fan, was not split into lexicon words as `goodeats` is).
//     Round forty-five found `co` read as a word by the tables: sentences.tsv pins `t.co` t dot
//     co and the Readings chosen `bbc.co.uk` dot co, and webPart says co as a word by design;
//     no table spells it. The Conventions now say so (co, like in and us, is said), and the
//     expectation was changed to go fan dot co, here and in held33_all.tsv; the host's split
//     stays the normalizer's miss. Counted as at the first count.
//
// Convention-corrected: 58/60 (96.7%). The changed lines are counted as they were at the count.
// No round followed this set, so the two misses of the normalizer remain.
//
// On rebasing onto main at e65e03e (before landing), a third line missed: "Detour: Main St. →
// Oak Ave. → Route 9." now reads … oak avenue route nine, the second arrow unread. The
// sentence is split after "Ave.", and round thirty-eight (1259ea8, found by git bisect between
// 4775286 and e65e03e) reads an arrow opening a sentence as a bullet; at 4775286 the arrow was
// read to. A regression of the normalizer, left to the round's owner (no reader changed here):
// 57/60 (95.0%) on main at landing, the floor set from that. The lead fixed it in the sentence
// splitter (an arrow after a period continues the sentence; readings-lead37.tsv L18): 58/60, the
// floor raised to hold it.
// Then the record after "the regular season" (readings-lead37.tsv L21): 59/60.
// Round forty-five split the host (readings45.tsv R4, a two-letter word and a lexicon word in a
// five-letter label), the expectation changed to dot co as above: 60/60, the floor raised.
const held33DevFloor = 0.995

// TestHeld33Dev scores the development half of held-out set 33 (testdata/held33_dev.tsv; the
// whole set in class order is testdata/held33_all.tsv).
func TestHeld33Dev(t *testing.T) {
	scoreHeldSet(t, "held33 dev", "testdata/held33_dev.tsv", 60, held33DevFloor)
}

// held33UnseenFloor is the exact-match share the unseen half of held-out set 33 holds at least.
//
// First count, right after the dev half's first count, against main at 4775286, with no reader
// changed: 20/30 (66.7%; only the count was read: a verbose run of TestHeld33Unseen filtered to
// its summary line).
//
// With no round to follow, the misses were then read (after the count was recorded), each
// classed as the normalizer's or a convention the hand did not know (got / want):
//   - "3BR/2BA ranch, fenced yard, $289,900." two bathroom / two bath: a convention the hand did
//     not know. The readings chosen pin `3BR/2BA` and `3 bd/2 ba` three bedroom two bathroom;
//     changed to two bathroom, here and in held33_all.tsv;
//   - "Charming Cape Cod, MLS# 4417829, open house Sunday." m l s number four million four
//     hundred seventeen thousand eight hundred twenty nine / … four four one seven eight two
//     nine: the normalizer's (a listing's seven-digit number after MLS# read as a count);
//   - "The storm knocked out power in the 43017 and 43016 ZIP codes." forty three thousand
//     seventeen and forty three thousand sixteen / four three zero one seven and four three zero
//     one six: the normalizer's (five digits named as ZIP codes by the noun after them, read as
//     counts);
//   - "The new $2-a-ride bus fare starts Monday." two dollars a ride / two dollar a ride: the
//     normalizer's (round eighteen's pin, `$N-a-day` singular before a noun; a ride, not a
//     unit of time, kept the plural);
//   - "The Route 30 detour is in effect 7 a.m.-5 p.m. weekdays." seven a m five p m / seven a m
//     to five p m: the normalizer's (the range dash between dotted clock times, read "to" with
//     an en dash in the readings chosen, `6 a.m.–2 p.m.`, was dropped with a hyphen);
//   - "Tesla's 2024.14 software update adds a new dashcam viewer." two thousand twenty four point
//     one four / twenty twenty four point fourteen: the normalizer's (a year-numbered version
//     before "software update" read as a quantity);
//   - "Report potholes at 311.nyc.gov." three hundred eleven dot nyc dot gov / three one one dot n
//     y c dot gov: the normalizer's (the city's service number in a host read as a count, as
//     `calling 311` is not; nyc, no word, not spelled);
//   - "Check traffic cameras at 511ny.org before you leave." five hundred eleven ny dot org /
//     five one one n y dot org: the normalizer's (the traffic line's number glued to a state's
//     letters in a host, read as a count and a word);
//   - "Email tips to news@wkyc.com." wkyc / w k y c: the normalizer's (a station's call letters,
//     spelled in a host since round thirty-six, `wral.com`, were read as a word after an @);
//   - "Storage shed, 10 × 12, new roof, $1,800." ten times twelve / ten by twelve: the
//     normalizer's (× between two numbers as a size in an ad, with no unit, read as a product).
//
// Raw 20/30 (66.7%), convention-corrected 21/30 (70.0%). The changed line is counted as it was
// at the count. Over both halves at the first counts: 76/90 (84.4%) raw, 79/90 (87.8%)
// corrected. Of the fourteen lines missed, three missed only for a reading the README pins
// and the hand did not know (a quarter inch hole, spring field in a host, two bathroom), and
// eleven for the normalizer, most of them local-news contexts a reader stops one step short
// of: digit strings named by the noun after them (ZIP codes, MLS#), civic service numbers in
// hosts (311, 511), a call sign after @, a season's record, a per-ride price before a noun,
// a hyphen between dotted clock times, a shed's size without a unit, a year-numbered software
// version, a two-letter ending (.co). No reader changed; they are left for a later round.
// After the measurement the lead took five of its misses as classes (readings-lead37.tsv L19,
// probes written first): a.m.- and a spaced dash before the time ending a span, a code word
// glued to # before its digits (MLS#), five digits before ZIP codes, a host opening with digits
// (311.nyc.gov, 511ny.org): 26/30, the floor raised to hold it. Counted as at the measurement.
// Then call letters after an email's @ (L21): 27/30.
// Round forty-five took the other three as classes (readings45.tsv R1 a price per unit before
// a noun, R2 a version named by its year before a word of releases, R3 × between bare numbers
// sizing a thing): 30/30, the floor raised to hold it.
const held33UnseenFloor = 0.995

// TestHeld33Unseen scores the half of held-out set 33 whose outputs were not looked at until
// its first count was recorded.
func TestHeld33Unseen(t *testing.T) {
	scoreHeldSet(t, "held33 unseen", "testdata/held33_unseen.tsv", 30, held33UnseenFloor)
}
