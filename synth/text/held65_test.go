package text

import "testing"

// held65DevFloor is the exact-match share the dev half of held-out set 65 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers (h2): before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions (and chorus text run on two neutral sentences of the hand's own,
// not in the set, to learn the output format); 10 lines in each of the nine classes, from IT
// operations (logs quoted in tickets, post-mortems and status pages, networking, cloud pricing
// and instance types, tool changelogs, on-call chat, spreadsheet and accounting exports); no
// first draft's input stood in an earlier table (exact-substring search over testdata).
//
// First count, before round eighty-six changed any reader: 45/60 (75.0%) raw. Each disagreement
// was re-read against the written conventions; two expectations broke one and were changed here
// and in held65_all.tsv (each counted as it was at the first count):
//   - "iirc we bumped the timeout…" expected if i recall correctly; the tables say if i remember
//     correctly nine times to two, and round seventeen's rule is one reading for one written form,
//     the tables' majority;
//   - "…hits https://api.example.io/v2/health…" expected api dot example; the README's web row
//     (and the class) spells known acronyms inside a host (cdc.gov c d c dot gov).
//
// Convention-corrected: 47/60 (78.3%). One more expectation was changed as round eighty-six's
// decision, not a convention, and the line stayed a miss in both counts: "an m6i.2xlarge" m six
// i two x large, the dot inside an instance type's name unread, as cloud engineers say it (it
// was written m six i dot two x large; the normalizer read m six i two xlarge).
//
// The thirteen misses left, by class: a port after a listening verb (`listens on 5432`, read as
// a count); operations acronyms said as words or part words (NOC noc, VLAN v lan, CNAME c name,
// IOPS i ops; they were spelled); the plural of a mixed-case acronym (`vCPUs` v c p us); a data
// unit symbol without a number (`per GB-month`, `to GB of memory`, g b); an instance type's size
// (`2xlarge` xlarge as one word); a lower-case hashtag (`#oncalllife`); a mail host's letters
// (`aspmx` asp m x); a Cisco interface (`Gi1/0/24`, gi, expected g i); and `Event ID 4625` read
// digit by digit, expected in pairs, which is the class "a number after a label noun read as an
// identifier" the lead builds in round eighty-four, left to it.
//
// After round eighty-six's R1-R13: 56/60. Left: `Gi1/0/24` (gi, expected g i; no reading is
// settled for a switch's interface), `aspmx` (asp m x), `#oncalllife` (not split), and `Event ID
// 4625` (digit by digit), the lead's class of a number after a label noun (round eighty-four,
// which landed during this round, does not read it).
const held65DevFloor = 56.0 / 60

// TestHeld65Dev scores the development half of held-out set 65 (testdata/held65_dev.tsv; the
// whole set in class order is testdata/held65_all.tsv).
func TestHeld65Dev(t *testing.T) {
	scoreHeldSet(t, "held65 dev", "testdata/held65_dev.tsv", 60, held65DevFloor)
}

// held65UnseenFloor is the exact-match share the unseen half of held-out set 65 holds at least.
//
// First count, before round eighty-six changed any reader: 23/30 (76.7%; only the count was
// read: a verbose run of TestHeld65Unseen filtered to its summary line).
//
// Measured once at 00:00 UTC on 2026-12-08, after round eighty-six's R1-R13 (main at fe1b6e6):
// 23/30 (76.7%) raw. Each miss was re-read against the written conventions and the tables:
//   - "…a 4K PTZ camera with 12x optical zoom" expected twelve x; held15's unseen half says
//     five times optical zoom and zoom is ten times optical, and round seventeen's rule is one
//     reading for one written form, the tables' majority: changed to twelve times, here and in
//     held65_all.tsv (counted as it was at the measurement);
//   - "Health checks: 4/5 passing." read four fifths, expected four out of five (a count of
//     checks passing, as 9/10 doctors is read): the normalizer's;
//   - "nginx/1.25.3" read nginx slash one point twenty five point three, expected engine x and
//     the slash unsaid, as HTTP/2 is: the normalizer's;
//   - "noc@example.org" spelled n o c, expected noc as round eighty-six's NOC: the normalizer's
//     (an address's local part is not read through acronymReadings);
//   - "*.internal.example.com" dropped the star, expected star (a wildcard host): the
//     normalizer's;
//   - "=B4*C4" read b four c four, the star dropped, expected times: the normalizer's;
//   - "2^n × 100 ms" read two n by one hundred milliseconds, expected two to the power of n
//     times: the normalizer's.
//
// Convention-corrected: 24/30 (80.0%). Two of these lines were not wholly unseen when measured:
// while probing the set's sources for round eighty-six, two probes written from memory of the set
// mirrored them ("9¢/GB", read right; "=B4*C4", read b four c four) and one more ("*.example.com",
// star dropped) mirrored a third; none of those classes was taken into the round, so the round's
// readers did not learn from them. Left for a later round: the star as times in a formula, the
// wildcard host, a caret between a number and a letter, nginx, a mailbox's initialism, and a
// count of checks passing.
const held65UnseenFloor = 24.0 / 30

// TestHeld65Unseen scores the half of held-out set 65 whose outputs are not looked at while the
// readers are changed.
func TestHeld65Unseen(t *testing.T) {
	scoreHeldSet(t, "held65 unseen", "testdata/held65_unseen.tsv", 30, held65UnseenFloor)
}
