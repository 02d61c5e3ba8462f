package hts

import "github.com/chorus-tts/chorus/synth/prosody"

// LabelsOf returns the full-context labels of ph, for tests outside the package.
func LabelsOf(ph *prosody.Phrase) []string { return buildUtterance(ph).labels() }

// CheckAnswers is checkAnswers for tests outside the package.
var CheckAnswers = checkAnswers

// RaceBuild is raceBuild for tests outside the package.
const RaceBuild = raceBuild
