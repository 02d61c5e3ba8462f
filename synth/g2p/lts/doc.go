// Package lts predicts English pronunciations (ARPAbet phones with stress) for words that are not
// in the lexicon, with per-letter decision trees trained on the CMU lexicon.
//
// # Model
//
// Training (Train, run by internal/tools/ltstrain) first aligns every dictionary word's letters
// with its phones: each letter emits nothing, one phone, or one of a few two-phone clusters
// (x → K S, u → Y UW, ...), with emission probabilities learnt by expectation maximisation and
// each word taking its most probable alignment. A letter's class is its emission plus whether
// the vowel in it is stressed. One decision tree per letter then predicts the class from the
// letters five either side, their kinds (consonant, vowel, y, word edge), the three classes
// already predicted, whether and how far back a stressed vowel was predicted, and position
// counts. Trees split on the single question ("is the letter two to the left an e?", "are at
// most two vowel groups to the right?") that most reduces class entropy, down to one-letter
// leaves; each leaf remembers how many training letters reached it.
//
// The model holds two sets of trees. The main set reads the word from its end to its start, so
// its "already predicted" context is the right-hand side, where English stress and suffixes are
// decided; the other reads left to right. Predict runs both and keeps, per word, the reading
// whose least-supported letter decision (smallest leaf count) had more training evidence,
// preferring the main set on ties. It then drops epsilons, expands clusters, makes sure there
// is a vowel and exactly one primary stress, and syllabifies with phone.Syllabify.
//
// # Accuracy
//
// ltstrain holds out the 2,000 headwords with the smallest salted FNV-1a hash (SplitHeldOut)
// from training and from all tuning; testdata/heldout.txt holds their lexicon lines, and
// `go test -run HeldOut -v` reports the embedded model's accuracy on them: 63.05% of words
// exactly right including stress, 66.85% ignoring stress, 91.62% of phones (the right-to-left
// trees alone: 61.55%, 65.55%, 91.01%). The lexicon folds secondary stress into primary, so
// stress is scored as stressed or not. Most remaining errors are proper names and
// unstressed-vowel quality (AX versus IH).
//
// # Data
//
// data/model.bin is derived from Debian festlex-cmu 2.4-2 (cmudict-0.4.out) by the Chorus
// project, as its header says; regenerate it with
//
//	go run ./internal/tools/ltstrain -lexicon /path/to/cmudict-0.4.out -out synth/g2p/lts/data/model.bin
//
// Training is deterministic: the same lexicon gives the same bytes.
package lts
