package prosody

import (
	"slices"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
)

// voicedTail returns the planned F0 of the last ms milliseconds of voicing of the sentence's
// last phrase, one value a sample, and the median planned F0 over all the sentence's voiced
// samples. Voiced are vowels, sonorants and voiced obstruents up to the end of the last vowel or
// sonorant consonant (a voiceless coda or a final voiced obstruent after it does not count:
// the vocoders end voicing with the last sonorant).
func voicedTail(ps []Phrase, ms int, sr int) (tail []float64, median float64) {
	var all []float64
	for pi, p := range ps {
		voiceEnd, pos := 0, 0
		for _, sg := range p.Segments {
			if sg.Phone.IsVowel() || sg.Phone.IsSonorant() {
				voiceEnd = pos + sg.Samples
			}
			pos += sg.Samples
		}
		var voiced []float64
		pos = 0
		for _, sg := range p.Segments {
			if sg.Phone != phone.Sil && (sg.Phone.IsVowel() || sg.Phone.IsSonorant() || sg.Phone.Voiced()) {
				for at := pos; at < min(pos+sg.Samples, voiceEnd); at++ {
					voiced = append(voiced, p.F0At(at))
				}
			}
			pos += sg.Samples
		}
		all = append(all, voiced...)
		if pi == len(ps)-1 {
			tail = voiced[max(0, len(voiced)-ms*sr/1000):]
		}
	}
	return tail, medianOf(all)
}

func medianOf(x []float64) float64 {
	s := slices.Clone(x)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

// TestPlannedSentenceEnds: issue 15's bound on the audio is the median F0 of the last 100 ms of
// voicing; a vocoder's audio and a pitch tracker blur the plan (a tracker's window spans 40 ms,
// a recorded vowel fades at its end), so the plan keeps the whole of that stretch on the right
// side by a margin, not just its median: with the rules' contour and the model's, at least 60 %
// of a statement's last 100 ms of voicing lies at its final low (within 7 %: micro-prosody
// raises a vowel by up to 5 % after a voiceless consonant and 2 % for a high vowel), a median
// with a tracker window's 20 ms to spare, and all of a yes/no question's lies above the
// sentence's median F0; also when little voicing follows the nuclear accent (a short accented
// last syllable with a voiceless coda, a nucleus before a short weak syllable).
func TestPlannedSentenceEnds(t *testing.T) {
	model := Voice{BaseHz: 100, RangeSemitones: 2.5, Tempo: 1, Durations: "kal", Intonation: IntonationModel, F0Mean: 105, F0Std: 14}
	statements := []string{
		"do that with a wooden stick.", "he hit the ball with a short bat.", "we found an old map in the attic.",
		"the brown jug is tasty.", "my friend lives near the street.", "it is a fine day.", "the cat sat on the mat.",
		"we saw a big dog.",
	}
	questions := []string{
		"did you call her mother.", "did you take sugar.", "is it water.", "did you call the teacher.", "is it raining.",
		"are you going.", "did she sing.", "will she be there.", "is it lemon.", "did you call her again.",
	}
	for name, v := range map[string]Voice{"rules": male, "model": model} {
		for _, s := range statements {
			ps := plan(t, s, text.Statement, v, opts)
			tail, _ := voicedTail(ps, 100, opts.SampleRate)
			low := last(ps[len(ps)-1])
			at := 0
			for _, hz := range tail {
				if hz <= 1.07*low {
					at++
				}
			}
			if got := float64(at) / float64(len(tail)); got < 0.6 {
				t.Errorf("%s, %q: %.0f %% of the last 100 ms of voicing at the final low, want at least 60 %%", name, s, 100*got)
			}
		}
		for _, s := range questions {
			ps := plan(t, s, text.YesNo, v, opts)
			tail, med := voicedTail(ps, 100, opts.SampleRate)
			if got := slices.Min(tail) / med; got < 1 {
				t.Errorf("%s, %q: the last 100 ms of voicing fall to %.3f of the median F0, want at least 1", name, s, got)
			}
			high, at := last(ps[len(ps)-1]), 0
			for _, hz := range tail {
				if hz >= high/1.07 {
					at++
				}
			}
			if got := float64(at) / float64(len(tail)); got < 0.6 {
				t.Errorf("%s, %q: %.0f %% of the last 100 ms of voicing at the final high, want at least 60 %%", name, s, 100*got)
			}
		}
	}
}

// TestLastContentWordAccented: in a statement whose last content word Festival's accent tree
// leaves unaccented, the model's plan accents it (accentLastContentWord) and the word falls: its
// planned F0 peaks at least the bound's interval (1/0.92, a semitone and a half) above the final
// low, so that the fall is heard on the last word rather than the word lying flat at the low.
// A yes/no question keeps the tree's accents.
func TestLastContentWordAccented(t *testing.T) {
	model := Voice{BaseHz: 100, RangeSemitones: 2.5, Tempo: 1, Durations: "kal", Intonation: IntonationModel, F0Mean: 105, F0Std: 14}
	for _, s := range []string{
		"we ate the plums.", "the map was wrong.", "the clock struck nine.", "i heard a noise.",
		"the kettle boiled.", "we found an old map.",
	} {
		ws := words(t, s)
		gs := phraseGroups(ws, nil)
		tree, err := buildModelRun(ws, gs, text.Statement, model, false)
		if err != nil {
			t.Fatal(err)
		}
		lw := tree.fs.words[len(tree.fs.words)-1]
		for sy := lw.first; sy <= lw.last; sy++ {
			if tree.fs.syls[sy].accent != toneNone {
				t.Errorf("%q: the tree accents the last word itself (%s): the sentence tests nothing", s, tree.fs.syls[sy].accent)
			}
		}
		ps := plan(t, s, text.Statement, model, opts)
		p := ps[len(ps)-1]
		// The last word's segments: from the last word start to the final pause.
		first := 0
		for i, sg := range p.Segments {
			if sg.WordStart {
				first = i
			}
		}
		pos, accented, peak := 0, false, 0.0
		for i, sg := range p.Segments {
			if i >= first && sg.Phone != phone.Sil {
				accented = accented || sg.Accent
				if sg.Phone.IsVowel() || sg.Phone.IsSonorant() {
					for at := pos; at < pos+sg.Samples; at += 16 {
						peak = max(peak, p.F0At(at))
					}
				}
			}
			pos += sg.Samples
		}
		if !accented {
			t.Errorf("%q: the last word carries no accent", s)
		}
		if low := last(p); peak < low/0.92 {
			t.Errorf("%q: the last word peaks at %.1f Hz, less than a semitone and a half above the final low %.1f", s, peak, low)
		}
	}
	for _, s := range []string{"did you call her mother.", "did you take sugar."} {
		ws := words(t, s)
		gs := phraseGroups(ws, nil)
		a, err1 := buildModelRun(ws, gs, text.YesNo, model, true)
		b, err2 := buildModelRun(ws, gs, text.YesNo, model, false)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		for i := range a.fs.syls {
			if a.fs.syls[i].accent != b.fs.syls[i].accent {
				t.Errorf("%q: syllable %d accent %s, the tree's %s: a question keeps the tree's accents", s, i, a.fs.syls[i].accent, b.fs.syls[i].accent)
			}
		}
	}
}
