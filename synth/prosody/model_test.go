package prosody

import (
	"errors"
	"math"
	"strconv"
	"testing"

	"github.com/chorus-tts/chorus/synth/text"
)

// festivalRun lays fs out with our features and predicts its accents and tones with the models,
// durations from kal's statistics: the tree's accents alone, as Festival has them (without
// accentLastContentWord).
func festivalRun(t *testing.T, fs *festSentence) *modelRun {
	t.Helper()
	kind := text.Statement
	if fs.yesNo {
		kind = text.YesNo
	}
	m, err := buildModelRun(fs.words, phraseGroups(fs.words, nil), kind, Voice{Durations: "kal", Intonation: IntonationModel}, false)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestModelAccentsMatchFestival: on Festival's pronunciations and breaks, the accent and tone
// trees evaluated on our features put the same ToBI events on the same syllables as Festival.
func TestModelAccentsMatchFestival(t *testing.T) {
	events := 0
	for _, fs := range readFestival(t) {
		m := festivalRun(t, &fs)
		for i, sy := range m.fs.syls {
			if sy.accent != fs.accents[i] || sy.tone != fs.tones[i] {
				t.Errorf("%q syllable %d (%s): %s %s, Festival %s %s", sentenceText(fs.words), i,
					m.fs.words[sy.word].text, sy.accent, sy.tone, fs.accents[i], fs.tones[i])
			}
			if sy.accent != toneNone || sy.tone != toneNone {
				events++
			}
		}
	}
	if events < 10 {
		t.Errorf("only %d intonation events in the test sentences", events)
	}
}

// TestModelDurationsMatchFestival: every phone's z-score and duration (kal's statistics,
// stretch 1.1, clamp and floor) equal Festival's to within its printing precision (float32:
// about 1e-6 relative, allowed 1e-4 absolute in z and 10 µs in duration).
func TestModelDurationsMatchFestival(t *testing.T) {
	n := 0
	for _, fs := range readFestival(t) {
		m := festivalRun(t, &fs)
		bases := phraseBases(phraseGroups(fs.words, nil), m.fs)
		for gi, g := range phraseGroups(fs.words, nil) {
			segs := buildSegments(fs.words[g.lo:g.hi], false)
			m.applyAccents(fs.words, g.lo, segs)
			m.modelDurations(segs, bases[gi])
			for i := range segs {
				k := bases[gi] + i
				want := fs.segs[k]
				z, err1 := strconv.ParseFloat(want["dur_factor"], 64)
				d, err2 := strconv.ParseFloat(want["segment_duration"], 64)
				if err1 != nil || err2 != nil {
					t.Fatalf("segment %d: %v %v", k, err1, err2)
				}
				gotZ := math.Max(-3, math.Min(3, m.set.Duration.Value(m.feats(segItem(k)))))
				if math.Abs(gotZ-z) > 1e-4 || math.Abs(segs[i].ms/1000-d) > 1e-5 {
					t.Errorf("%q segment %d %s: z %.4f, %.2f ms; Festival z %.4f, %.2f ms", sentenceText(fs.words), k,
						fs.segName[k], gotZ, segs[i].ms, z, d*1000)
				}
				n++
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d segments compared", n)
	}
}

// TestModelF0MatchesFestival: with kal's F0 mean and deviation (105, 14 Hz) and no jitter, the
// phrase contours hold Festival's targets in order, each to 0.01 Hz (Festival prints floats),
// except that a yes/no question's last vowel is at least questionMidStd deviations above the
// mean in its middle and questionEndStd at its end, and that its targets after its nucleus
// (the last accented vowel) rise: none below Festival's or the one before it; and a statement
// ends at most statementEndStd from the mean, its last syllable, when the nucleus is earlier,
// at most at the low phrase accent (phraseAccentSt above that).
func TestModelF0MatchesFestival(t *testing.T) {
	n := 0
	for _, fs := range readFestival(t) {
		m := festivalRun(t, &fs)
		gs := phraseGroups(fs.words, nil)
		bases := phraseBases(gs, m.fs)
		set := settings{sr: 16000, f0Mean: 105, f0Std: 14}
		j := newJitter(1)
		j.frac = 0
		var got []Point
		rising := map[int]bool{}  // targets of got after a question's nucleus
		lowered := map[int]bool{} // targets of a statement's last syllable after its nucleus
		for gi, g := range gs {
			segs := buildSegments(fs.words[g.lo:g.hi], false)
			m.applyAccents(fs.words, g.lo, segs)
			times := make([]int, len(segs)+1)
			for i := range times {
				times[i] = 800 * i // 50 ms a phone: enough room for every target
			}
			kind := text.Statement
			if fs.yesNo {
				kind = text.YesNo
			}
			total := times[len(segs)] + 3200
			c := m.contour(segs, times, total, g, bases[gi], kind, set, j)
			// The last target holds through the pause: a point at the phrase's end that
			// Festival (one contour for the utterance) does not have.
			if n := len(c); n < 2 || c[n-1].Pos != total || c[n-1].Hz != c[n-2].Hz {
				t.Fatalf("phrase contour does not hold its last target to the end: %v", c)
			}
			c = c[:len(c)-1]
			// A statement's final low, and a question's final high, is held before voicing
			// ends: a second point at the final target's height that Festival does not have.
			if n := len(c); g.last && n >= 2 && c[n-2].Hz == c[n-1].Hz {
				c = append(c[:n-2], c[n-1])
			}
			nucMid, nucSeg, lastSyl := -1, -1, 0
			for i := range segs {
				if segs[i].accent {
					nucMid, nucSeg = times[i]+400, i
				}
				if segs[i].sylStart {
					lastSyl = i
				}
			}
			for _, p := range c {
				if kind == text.YesNo && g.last && nucMid >= 0 && p.Pos > nucMid {
					rising[len(got)] = true
				}
				if kind == text.Statement && g.last && nucSeg >= 0 && nucSeg < lastSyl && p.Pos >= times[lastSyl] {
					lowered[len(got)] = true
				}
				got = append(got, p)
			}
		}
		if len(got) != len(fs.targets) {
			t.Fatalf("%q: %d targets, Festival %d", sentenceText(fs.words), len(got), len(fs.targets))
		}
		for i, p := range got {
			want := fs.targets[i][1]
			switch {
			case fs.yesNo && i == len(got)-1:
				// Our question rise: at least questionEndStd deviations above the mean,
				want = math.Max(want, 105+questionEndStd*14)
			case fs.yesNo && i == len(got)-2:
				// and questionMidStd in the middle of the last vowel.
				want = math.Max(want, 105+questionMidStd*14)
			case !fs.yesNo && i == len(got)-1:
				// A statement's final low.
				want = math.Min(want, 105+statementEndStd*14)
			case lowered[i]:
				// A last syllable after the nucleus is at the low phrase accent.
				want = math.Min(want, (105+statementEndStd*14)*math.Exp2(phraseAccentSt/12))
			}
			if rising[i] {
				if p.Hz < want-0.01 || p.Hz < got[i-1].Hz-0.01 {
					t.Errorf("%q target %d: %.3f Hz after the nucleus, below %.3f (Festival %.3f) or the target before it (%.3f)", sentenceText(fs.words), i, p.Hz, want, fs.targets[i][1], got[i-1].Hz)
				}
				n++
				continue
			}
			if math.Abs(p.Hz-want) > 0.01 {
				t.Errorf("%q target %d: %.3f Hz, want %.3f (Festival %.3f)", sentenceText(fs.words), i, p.Hz, want, fs.targets[i][1])
			}
			n++
		}
	}
	if n < 50 {
		t.Errorf("only %d targets compared", n)
	}
}

// TestModelFeaturesKnown: every feature name the duration tree asks of a segment, and the
// accent, tone, reduction and F0 models ask of a syllable, is one the extractor computes (an
// unknown name would silently read "0").
func TestModelFeaturesKnown(t *testing.T) {
	set, err := Models()
	if err != nil {
		t.Fatal(err)
	}
	fs := readFestival(t)[0]
	s := fs.structure(t)
	check := func(what string, names []string, it item) {
		if len(names) == 0 {
			t.Errorf("%s asks no features", what)
		}
		for _, n := range names {
			if _, ok := s.feat(it, n); !ok {
				t.Errorf("%s asks %q, which the extractor does not compute", what, n)
			}
		}
	}
	check("duration tree", set.Duration.Features(), segItem(3))
	check("accent tree", set.Accent.Features(), sylItem(2))
	check("tone tree", set.Tone.Features(), sylItem(2))
	check("reduction tree", set.Reduce.Features(), sylItem(2))
	check("F0 start table", set.F0Start.Features(), sylItem(2))
	check("F0 mid table", set.F0Mid.Features(), sylItem(2))
	check("F0 end table", set.F0End.Features(), sylItem(2))
}

// TestGposMatchesModel: the guess_pos lists behind the gpos feature are the ones converted from
// Festival's pos.scm.
func TestGposMatchesModel(t *testing.T) {
	set, err := Models()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range set.GuessPOS {
		for _, w := range c.Words {
			if got, want := gpos(w), set.GPOS(w); got != want {
				t.Errorf("gpos(%q) = %q, the model's lists say %q", w, got, want)
			}
			n++
		}
	}
	if n < 50 {
		t.Errorf("only %d listed words", n)
	}
}

// TestPlanModelVoiceErrors: a voice naming unknown duration statistics or intonation method, or
// an F0 mean out of range, is refused with ErrInvalid.
func TestPlanModelVoiceErrors(t *testing.T) {
	ws := words(t, "the cat sat on the mat.")
	for _, v := range []Voice{
		{BaseHz: 100, Durations: "nobody"},
		{BaseHz: 100, Intonation: "tree"},
		{BaseHz: 100, Intonation: IntonationModel, F0Mean: 20},
		{BaseHz: 100, Intonation: IntonationModel, F0Std: -1},
	} {
		if _, err := Plan(ws, text.Statement, v, Options{SampleRate: 16000}); !errors.Is(err, ErrInvalid) {
			t.Errorf("%+v: err = %v, want ErrInvalid", v, err)
		}
	}
}

// TestPlanModelDurations: with a voice on kal's statistics, Plan sizes each phone as the tree
// says at the request's rate (here twice the speed: half the time), within the one-sample
// rounding of the sentence clock.
func TestPlanModelDurations(t *testing.T) {
	ws := words(t, "the cat sat on the mat.")
	v := Voice{BaseHz: 100, Durations: "kal"}
	const sr = 16000
	phrases, err := Plan(ws, text.Statement, v, Options{SampleRate: sr, Rate: 2})
	if err != nil {
		t.Fatal(err)
	}
	m, err := newModelRun(ws, phraseGroups(ws, nil), text.Statement, v)
	if err != nil {
		t.Fatal(err)
	}
	segs := buildSegments(ws, false)
	m.modelDurations(segs, 1)
	got := phrases[0].Segments
	if len(got) != len(segs)+1 {
		t.Fatalf("%d segments, want %d and a pause", len(got), len(segs))
	}
	for i := range segs {
		want := segs[i].ms / 1000 * sr / 2
		if math.Abs(float64(got[i].Samples)-want) > 1 {
			t.Errorf("segment %d %s: %d samples, want %.1f", i, got[i].Phone, got[i].Samples, want)
		}
	}
}

// TestPlanModelSentenceEnds: with model intonation a statement's contour ends at least one and
// a half deviations below the voice's mean, a wh-question's likewise, and a yes/no question's at least
// questionEndStd above it, whatever the tables say.
func TestPlanModelSentenceEnds(t *testing.T) {
	v := Voice{BaseHz: 100, Durations: "kal", Intonation: IntonationModel, F0Mean: 100, F0Std: 20}
	for _, tc := range []struct {
		s    string
		kind text.Kind
	}{
		{"the cat sat on the mat.", text.Statement},
		{"it is raining today.", text.Statement},
		{"we saw a big dog, and a small bird.", text.Statement},
		{"where are you going.", text.WhQuestion},
		{"is it raining.", text.YesNo},
		{"are you going.", text.YesNo},
		{"is the dog on the mat.", text.YesNo},
	} {
		ps, err := Plan(words(t, tc.s), tc.kind, v, Options{SampleRate: 16000, Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		f0 := ps[len(ps)-1].F0
		end := f0[len(f0)-1].Hz
		if tc.kind == text.YesNo && end < 100+questionEndStd*20-1e-9 || tc.kind != text.YesNo && end > 100-1.5*20+1e-9 {
			t.Errorf("%q (kind %d) ends at %.1f Hz", tc.s, tc.kind, end)
		}
	}
}
