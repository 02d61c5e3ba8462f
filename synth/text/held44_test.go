package text

import "testing"

// held44DevFloor is the exact-match share the dev half of held-out set 44 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and its table of readings chosen (and chorus text run on four
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines in
// each of the nine classes, as IT helpdesk tickets and status pages, router and smart-home
// admin pages, smartphone and laptop reviews, app-store release notes, game patch notes and
// esports coverage, and streaming and TV-guide pages print them; no input stood in an earlier
// table (an exact-substring search over testdata before any run).
//
// First count, against main at dbb71c9, with no reader changed: 57/60 (95.0%) raw. Each miss
// was re-read against the written conventions:
//   - "Go to routerlogin.net to open the admin page." read routerlogin: the normalizer's (a
//     host run together from two lexicon words, router and login, is split by the Readings
//     chosen's rule, as `facebook` face book and held40's `ridgewood` ridge wood);
//   - "Full patch notes are at playvalorant.com/news." read playvalorant: the normalizer's (a
//     common verb run into a game's name that no lexicon holds, said play valorant);
//   - "afk 5 min, router reboot" expected a f k: the expectation's. The Conventions' chat row
//     spells where speakers spell and expands where they expand; afk is away from keyboard in
//     all four table lines that hold it and in chat.go, so by round seventeen's rule (one
//     reading for one written form, the tables' majority) the expectation was changed to away
//     from keyboard, here and in held44_all.tsv.
//
// Convention-corrected: 58/60 (96.7%). The changed line is counted as it was at the count.
//
// Round fifty read both of the normalizer's misses as classes on fresh probe sentences with
// must-not-fire cases, written before the readers (readings50.tsv R1 words of computing the
// lexicon lacks as pieces of a run-together host, R2 a call to action's verb run into a name no
// lexicon holds): 60/60.
const held44DevFloor = 60.0 / 60

// TestHeld44Dev scores the development half of held-out set 44 (testdata/held44_dev.tsv; the
// whole set in class order is testdata/held44_all.tsv).
func TestHeld44Dev(t *testing.T) {
	scoreHeldSet(t, "held44 dev", "testdata/held44_dev.tsv", 60, held44DevFloor)
}

// held44UnseenFloor is the exact-match share the unseen half of held-out set 44 holds at least.
//
// First count, against main at dbb71c9, with no reader changed: 27/30 (90.0%; only the count
// was read: a verbose run of TestHeld44Unseen filtered to its summary line).
//
// One measurement, at the end of round fifty (main at 3bdbb8e with rounds forty-seven to
// fifty-two): 28/30 (93.3%) raw. Round fifty's R1 reached one line that missed at the first
// count ("support.google.com/pixelphone" pixel phone, read pixelphone then: pixel is one of the
// words of computing the lexicon lacks). Each miss was re-read against the written conventions
// and the tables:
//   - "Email help@acme-it.com with your ticket number." read acme dash it: the normalizer's (a
//     two-letter piece after a host's dash that stands for information technology is read as
//     the pronoun; no convention or table settles a two-letter piece inside a label, and
//     `just-do-it.com` shows the pronoun is sometimes meant, so no reader was written);
//   - "Go to Settings → Network → Wi-Fi." expected then: the expectation's. A table pins a menu
//     path's arrow as to (`Home → Settings → Privacy.` home to settings to privacy, as routes'
//     arrows are read), so by round seventeen's rule (one reading for one written form, the
//     tables' majority) the expectation was changed to to, here and in held44_all.tsv.
//
// Convention-corrected: 29/30 (96.7%). The changed line is counted as it was at the
// measurement. Over both halves at the first counts: 84/90 (93.3%) raw, 86/90 (95.6%)
// corrected (the first count's three unseen misses were these two and the pixelphone line);
// after round fifty 88/90 (97.8%) raw at the measurement, 89/90 (98.9%) corrected.
const held44UnseenFloor = 29.0 / 30

// TestHeld44Unseen scores the half of held-out set 44 whose outputs were not looked at while
// round fifty's readers were changed.
func TestHeld44Unseen(t *testing.T) {
	scoreHeldSet(t, "held44 unseen", "testdata/held44_unseen.tsv", 30, held44UnseenFloor)
}
