package model

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/festival.bin
var festivalBin []byte

//go:embed data/festival-pos.bin
var festivalPOSBin []byte

//go:embed data/NOTICE-festival.txt
var festivalNotice string

// PhoneStat is a phone's duration mean and standard deviation, in seconds.
type PhoneStat struct{ Mean, Std float64 }

// POSClass is one entry of Festival's guess_pos list: the words (lower case) that get Tag.
type POSClass struct {
	Tag   string
	Words []string
}

// Set is the whole set of converted models.
type Set struct {
	Duration *Tree // kal_duration_cart_tree (z-scores; ked's is identical)
	// VoiceDuration holds the z-score duration trees of the voices that have their own, by the
	// name of their Stats ("slt" -> cmu_us_slt_arctic::zdur_tree); the others use Duration.
	// See DurationTree.
	VoiceDuration         map[string]*Tree
	Accent, Tone          *Tree                           // f2b_int_accent_cart_tree, f2b_int_tone_cart_tree (tobi.scm)
	F0Start, F0Mid, F0End *LR                             // f2b_f0_lr_start / mid / end (f2bf0lr.scm)
	Reduce                *Tree                           // postlex_vowel_reduce_cart_data (postlex.scm), class "0"/"1"
	Stats                 map[string]map[string]PhoneStat // "kal" -> kal_durs, "ked" -> kd_durs, "slt" -> cmu_us_slt_arctic::phone_durs; keys are radio phone names ("aa", "pau", ...)
	Model                 struct{ Mean, Std float64 }     // the F0 model's own mean/std (170, 34), from the voices' int_lr_params

	// Target is each voice's F0 target range from its int_lr_params: "kal" 105/14, "ked" 105/15
	// (Hz). The LR tables' output x maps to (x - Model.Mean)/Model.Std*Target.Std + Target.Mean.
	Target map[string]struct{ Mean, Std float64 }
	// Stretch is each voice's Duration_Stretch ("kal", "ked": 1.1; "slt": 1.0).
	Stretch map[string]float64
	// ReduceTable maps a full vowel to its reduced form where Reduce says "1" (the radio entry of
	// postlex_vowel_reduce_table: ah ih aa ae eh -> ax).
	ReduceTable map[string]string
	// GuessPOS is english_guess_pos (pos.scm) in order: the closed-class lists behind the gpos
	// feature. See GPOS.
	GuessPOS []POSClass
	// PhraseType is english_phrase_type_tree (phrase.scm), applied to each word after the
	// probabilistic break model: NB, mB, B or BB.
	PhraseType *Tree
	// POS is the part-of-speech tagger and phrase-break model (Tag, TagWords, Breaks), from the
	// second embedded file; Load fills it, Decode does not.
	POS *POS

	schema *Schema // see Schema
}

// Load decodes the embedded model files: the prosody models (49 KB) and the POS tagger and
// phrase-break model (315 KB). Each call decodes afresh, in about 10 ms of CPU (BenchmarkLoad);
// callers keep the result, which is safe for concurrent use.
func Load() (*Set, error) {
	s, err := Decode(festivalBin)
	if err != nil {
		return nil, fmt.Errorf("embedded prosody models: %w", err)
	}
	if s.POS, err = DecodePOS(festivalPOSBin); err != nil {
		return nil, fmt.Errorf("embedded POS and phrase-break models: %w", err)
	}
	return s, nil
}

// DurationTree returns the z-score duration tree of the duration model named name (a key of
// Stats): the voice's own tree if it has one (VoiceDuration), else the shared Duration.
func (s *Set) DurationTree(name string) *Tree {
	if t, ok := s.VoiceDuration[name]; ok {
		return t
	}
	return s.Duration
}

// Notice returns the licence notice of the converted Festival data, for `chorus licenses`.
func Notice() string { return festivalNotice }

// GPOS is Festival's gpos feature of a word: the tag of the first GuessPOS list that holds the
// lower-cased word, else "content".
func (s *Set) GPOS(word string) string {
	w := strings.ToLower(word)
	for _, c := range s.GuessPOS {
		for _, x := range c.Words {
			if x == w {
				return c.Tag
			}
		}
	}
	return "content"
}
