package prosody

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/text"
)

var update = flag.Bool("update", false, "rewrite the golden measurements in testdata")

// The prosody golden file holds measurements of plans, not the plans: a change that moves a
// measurement by less than a listener could hear passes, and every measurement is also checked
// against bounds taken from the phonetics literature, whatever the file says.

// Bounds on a plan at the voice's normal rate (Rate 1, Tempo 1).
const (
	// Articulation rate (syllables per second of speech, pauses excluded). Read English averages
	// 6.19 syll/s (Pellegrino, Coupé & Marsico 2011, Language 87:539), and "clear speech" for
	// listeners with hearing loss is about half the conversational rate (Picheny, Durlach & Braida
	// 1986, JSHR 29:434): a normal voice stays between half the read-speech mean and somewhat
	// above it.
	minSyllPerSec = 3.0
	maxSyllPerSec = 7.0
	// The smallest pitch movement we accept as a deliberate fall, rise or accent: 't Hart (1981,
	// JASA 69:811) measured a just-noticeable difference of 1.5-2 semitones for the size of pitch
	// movements in speech; a movement that must be heard as such takes at least the upper end.
	minMovementSt = 2.0
	// A terminal fall or a question rise spans at least 3 semitones: 't Hart (1981) found that
	// only differences in pitch movement of 3 semitones or more play a role in communication.
	minTerminalSt = 3.0
	// F0 stays within an octave above the voice base: a speaker's habitual speaking range spans
	// about one octave (Titze 1994, Principles of Voice Production); more is singing or
	// shouting, not reading.
	maxExcursionSt = 12.0
	// A pause at punctuation must be longer than the stop closures of English (intervocalic
	// voiceless closures last up to about 130 ms; Lisker 1957, Language 33:42), or it is heard as
	// part of a plosive rather than as a break.
	minPunctPauseMs = 150
)

// Perceptual tolerances for comparing measurements with the golden file.
const (
	// Quené (2007, J. Phonetics 35:353) measured a just-noticeable difference in speech tempo of
	// about 5 %: a smaller change in a duration is inaudible.
	tempoJND = 0.05
	// 't Hart (1981): 1.5 semitones is the smallest audible change in a pitch movement's size.
	pitchJNDSt = 1.5
)

// st converts hz to semitones relative to base.
func st(hz, base float64) float64 { return 12 * math.Log2(hz/base) }

// sentenceMetrics are the measurements of one planned sentence. Pitch values are in semitones
// relative to the voice base.
type sentenceMetrics struct {
	Syllables int
	SpeechSec float64   // time of speech, pauses excluded
	TotalSec  float64   // speech and pauses
	PausesMs  []float64 // the pause ending each phrase, in order
	StartSt   float64   // F0 at the start of the sentence
	EndSt     float64   // F0 at the end of its speech
	// FinalSt is the last phrase's terminal movement: its end minus the nuclear accent's peak
	// (a fall, negative) or, when the phrase rises, minus the low after the nuclear accent.
	FinalSt      float64
	FirstAccSt   float64      // smallest rise into a phrase's first H* accent peak from its syllable's start; NaN if none
	MinAccSt     float64      // smallest rise into any H* accent peak; NaN if none
	MaxSt        float64      // highest F0 target
	ContinueSt   float64      // smallest continuation rise at a non-final rising phrase end; NaN if none
	PhraseBreaks []text.Break // the break after each phrase's last word
	Punctuation  int          // words followed by punctuation (a break) in the input
}

// minNaN returns the smaller of a and b, treating NaN as "none yet".
func minNaN(a, b float64) float64 {
	if math.IsNaN(a) {
		return b
	}
	return math.Min(a, b)
}

func (m sentenceMetrics) syllablesPerSec() float64 { return float64(m.Syllables) / m.SpeechSec }

// segStarts returns the sample position of each segment's start in p, and p's length.
func segStarts(p Phrase) []int {
	pos := make([]int, len(p.Segments)+1)
	for i, s := range p.Segments {
		pos[i+1] = pos[i] + s.Samples
	}
	return pos
}

// extremeF0 returns the highest (hi) or lowest target of p's contour over [a, b]. The contour is
// linear between targets, so its extremes over an interval lie at a target or at an end.
func extremeF0(p Phrase, a, b int, hi bool) float64 {
	pick := math.Min
	if hi {
		pick = math.Max
	}
	m := pick(p.F0At(a), p.F0At(b))
	for _, pt := range p.F0 {
		if pt.Pos >= a && pt.Pos <= b {
			m = pick(m, pt.Hz)
		}
	}
	return m
}

// measure takes the measurements of a sentence planned from ws. A phrase's end rises when it is a
// yes/no question's last phrase or ends at a comma or at an unpunctuated split (continuation); the
// nuclear accent of a rising phrase is low (L*) and is not counted among the H* peaks.
func measure(t *testing.T, ps []Phrase, ws []Word, kind text.Kind, base float64, sr int) sentenceMetrics {
	t.Helper()
	m := sentenceMetrics{FirstAccSt: math.NaN(), MinAccSt: math.NaN(), MaxSt: math.Inf(-1), ContinueSt: math.NaN()}
	for _, w := range ws {
		if w.Break != text.NoBreak {
			m.Punctuation++
		}
	}
	nw := 0
	for i, p := range ps {
		nw += len(p.Words)
		br := ws[nw-1].Break
		m.PhraseBreaks = append(m.PhraseBreaks, br)
		last := i == len(ps)-1
		rising := (last && kind == text.YesNo) || (!last && (br == text.Minor || br == text.NoBreak))

		pos := segStarts(p)
		n := len(p.Segments)
		speechEnd := pos[n-1]
		m.PausesMs = append(m.PausesMs, 1000*float64(p.Segments[n-1].Samples)/float64(sr))
		m.SpeechSec += float64(speechEnd) / float64(sr)
		m.TotalSec += float64(pos[n]) / float64(sr)
		var accents []int
		for k, s := range p.Segments[:n-1] {
			if s.SyllableStart {
				m.Syllables++
			}
			if s.Accent {
				accents = append(accents, k)
			}
		}
		if len(accents) == 0 {
			t.Fatalf("phrase %d has no accent:\n%s", i, p.String())
		}
		for _, pt := range p.F0 {
			m.MaxSt = math.Max(m.MaxSt, st(pt.Hz, base))
		}
		for j, k := range accents {
			if j == len(accents)-1 && rising {
				continue // L*
			}
			s := k
			for s > 0 && !p.Segments[s].SyllableStart {
				s--
			}
			rise := st(extremeF0(p, pos[k], pos[k+1], true), base) - st(p.F0At(pos[s]), base)
			m.MinAccSt = minNaN(m.MinAccSt, rise)
			if j == 0 {
				m.FirstAccSt = minNaN(m.FirstAccSt, rise)
			}
		}
		nuc := accents[len(accents)-1]
		end := st(p.F0At(speechEnd), base)
		move := end - st(extremeF0(p, pos[nuc], speechEnd, !rising), base)
		if !last && rising {
			m.ContinueSt = minNaN(m.ContinueSt, move)
		}
		if last {
			m.FinalSt, m.EndSt = move, end
		}
	}
	m.StartSt = st(ps[0].F0At(0), base)
	return m
}

type metricCase struct {
	name     string
	sentence string // see words: "," minor, ";" major, "." sentence end, "/" paragraph, "*" emphasis
	kind     text.Kind
}

var metricCases = []metricCase{
	{"statement", "hello world, the cat sat on the mat.", text.Statement},
	{"yes-no", "is it raining.", text.YesNo},
	{"wh-question", "where are you going.", text.WhQuestion},
	{"exclamation", "it is wonderful.", text.Exclamation},
	{"clauses", "we saw a big dog with my friend from school; we saw a big dog with my friend from school.", text.Statement},
	{"long-run", "we saw a big dog and a small bird in the park yesterday morning with my friend from school who lives near the river.", text.Statement},
	{"emphasis", "we saw a *big dog, and a small bird in the park.", text.Statement},
	{"paragraph", "the cat sat on the mat/", text.Statement},
	{"yes-no-comma", "is it raining, in the park.", text.YesNo},
}

var metricVoices = []struct {
	name string
	v    Voice
}{
	{"low", Voice{BaseHz: 110, RangeSemitones: 4, Tempo: 1}},
	{"high", Voice{BaseHz: 200, RangeSemitones: 5, Tempo: 1}},
}

// checkBounds checks measurements against the literature bounds above.
func checkBounds(t *testing.T, name string, m sentenceMetrics, kind text.Kind) {
	t.Helper()
	if r := m.syllablesPerSec(); r < minSyllPerSec || r > maxSyllPerSec {
		t.Errorf("%s: articulation rate %.2f syllables/s (%d in %.3f s), want %g..%g", name, r, m.Syllables, m.SpeechSec, minSyllPerSec, maxSyllPerSec)
	}
	// Every punctuation mark ends a phrase, with a pause a listener hears as one.
	punct := 0
	for i, br := range m.PhraseBreaks {
		if br == text.NoBreak {
			continue
		}
		punct++
		if m.PausesMs[i] < minPunctPauseMs {
			t.Errorf("%s: pause %d at punctuation (break %d) lasts %.0f ms, want ≥ %d", name, i, br, m.PausesMs[i], minPunctPauseMs)
		}
	}
	if punct != m.Punctuation {
		t.Errorf("%s: %d phrases end at punctuation, the input has %d punctuation breaks", name, punct, m.Punctuation)
	}
	if kind == text.YesNo {
		if m.FinalSt < minTerminalSt {
			t.Errorf("%s: yes/no question rises %.2f st at the end, want ≥ %g", name, m.FinalSt, minTerminalSt)
		}
		if m.EndSt <= m.StartSt {
			t.Errorf("%s: yes/no question ends at %.2f st, below its start %.2f st", name, m.EndSt, m.StartSt)
		}
	} else {
		if m.FinalSt > -minTerminalSt {
			t.Errorf("%s: terminal fall from the nuclear peak %.2f st, want ≤ %g", name, m.FinalSt, -minTerminalSt)
		}
		if m.StartSt-m.EndSt < minTerminalSt {
			t.Errorf("%s: ends at %.2f st, only %.2f st below its start, want ≥ %g", name, m.EndSt, m.StartSt-m.EndSt, minTerminalSt)
		}
	}
	if !math.IsNaN(m.ContinueSt) && m.ContinueSt < minMovementSt {
		t.Errorf("%s: continuation rise %.2f st, want ≥ %g", name, m.ContinueSt, minMovementSt)
	}
	if !math.IsNaN(m.FirstAccSt) && m.FirstAccSt < minMovementSt {
		t.Errorf("%s: a phrase's first accent rises %.2f st into its peak, want ≥ %g", name, m.FirstAccSt, minMovementSt)
	}
	if !math.IsNaN(m.MinAccSt) && m.MinAccSt <= 0 {
		t.Errorf("%s: an accent has no peak (rise %.2f st)", name, m.MinAccSt)
	}
	if m.MaxSt > maxExcursionSt {
		t.Errorf("%s: F0 reaches %.2f st above the base, want ≤ %g", name, m.MaxSt, maxExcursionSt)
	}
}

// metricsLine formats measurements for the golden file; parseMetrics reads them back.
func metricsLine(key string, m sentenceMetrics) string {
	ps := make([]string, len(m.PausesMs))
	for i, x := range m.PausesMs {
		ps[i] = strconv.FormatFloat(x, 'f', 1, 64)
	}
	return fmt.Sprintf("%s syllables=%d speech_s=%.3f total_s=%.3f pauses_ms=%s start_st=%.2f end_st=%.2f final_st=%.2f first_accent_st=%.2f min_accent_st=%.2f max_st=%.2f continuation_st=%.2f",
		key, m.Syllables, m.SpeechSec, m.TotalSec, strings.Join(ps, ","), m.StartSt, m.EndSt, m.FinalSt, m.FirstAccSt, m.MinAccSt, m.MaxSt, m.ContinueSt)
}

func parseMetrics(t *testing.T, line string) (string, map[string]string) {
	t.Helper()
	f := strings.Fields(line)
	if len(f) < 2 {
		t.Fatalf("golden line %q: too short", line)
	}
	kv := map[string]string{}
	for _, x := range f[2:] {
		k, v, ok := strings.Cut(x, "=")
		if !ok {
			t.Fatalf("golden line %q: field %q is not key=value", line, x)
		}
		kv[k] = v
	}
	return f[0] + " " + f[1], kv
}

// compareGolden reports measurements that moved from the golden file's by more than a listener
// could hear.
func compareGolden(t *testing.T, key string, m sentenceMetrics, want map[string]string) {
	t.Helper()
	num := func(k string) float64 {
		v, ok := want[k]
		if !ok {
			t.Fatalf("%s: golden file lacks %s", key, k)
		}
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatalf("%s: golden %s=%q: %v", key, k, v, err)
		}
		return x
	}
	if w := num("syllables"); float64(m.Syllables) != w {
		t.Errorf("%s: %d syllables, golden %g", key, m.Syllables, w)
	}
	durs := []struct {
		k   string
		got float64
	}{{"speech_s", m.SpeechSec}, {"total_s", m.TotalSec}}
	for _, d := range durs {
		if w := num(d.k); math.Abs(d.got-w) > tempoJND*w {
			t.Errorf("%s: %s %.3f, golden %.3f (±%.0f%%)", key, d.k, d.got, w, 100*tempoJND)
		}
	}
	wp := strings.Split(want["pauses_ms"], ",")
	if len(wp) != len(m.PausesMs) {
		t.Errorf("%s: %d pauses, golden %d", key, len(m.PausesMs), len(wp))
	} else {
		for i, s := range wp {
			w, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatalf("%s: golden pause %q: %v", key, s, err)
			}
			// A pause is part of the tempo a listener hears: the same 5 % applies.
			if math.Abs(m.PausesMs[i]-w) > tempoJND*w {
				t.Errorf("%s: pause %d %.1f ms, golden %.1f ms (±%.0f%%)", key, i, m.PausesMs[i], w, 100*tempoJND)
			}
		}
	}
	pitches := []struct {
		k   string
		got float64
	}{
		{"start_st", m.StartSt}, {"end_st", m.EndSt}, {"final_st", m.FinalSt},
		{"first_accent_st", m.FirstAccSt}, {"min_accent_st", m.MinAccSt}, {"max_st", m.MaxSt},
		{"continuation_st", m.ContinueSt},
	}
	for _, p := range pitches {
		w := num(p.k)
		if math.IsNaN(w) != math.IsNaN(p.got) || math.Abs(p.got-w) > pitchJNDSt {
			t.Errorf("%s: %s %.2f st, golden %.2f st (±%g st)", key, p.k, p.got, w, pitchJNDSt)
		}
	}
}

// TestPlanMetrics plans sentences of every kind for a low and a high voice and checks their
// tempo, pauses and pitch movements against the literature bounds, then against the golden
// measurements within perceptual tolerances. -update rewrites the golden measurements.
func TestPlanMetrics(t *testing.T) {
	const sr = 16000
	path := filepath.Join("testdata", "metrics.txt")
	var lines []string
	got := map[string]sentenceMetrics{}
	for _, c := range metricCases {
		for _, v := range metricVoices {
			key := c.name + " " + v.name
			ws := words(t, c.sentence)
			ps := plan(t, c.sentence, c.kind, v.v, Options{SampleRate: sr, Seed: 7})
			m := measure(t, ps, ws, c.kind, v.v.BaseHz, sr)
			checkBounds(t, key, m, c.kind)
			got[key] = m
			lines = append(lines, metricsLine(key, m))
		}
	}
	if *update {
		out := "# Measurements of prosody plans (TestPlanMetrics); pitch in semitones re the voice base.\n" +
			"# Compared within perceptual tolerances; rewrite with: go test ./synth/prosody -run TestPlanMetrics -update\n" +
			strings.Join(lines, "\n") + "\n"
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, want := parseMetrics(t, line)
		m, ok := got[key]
		if !ok {
			t.Errorf("golden file has %q, which the test no longer plans", key)
			continue
		}
		seen[key] = true
		compareGolden(t, key, m, want)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for key := range got {
		if !seen[key] {
			t.Errorf("golden file lacks %q (run with -update after checking)", key)
		}
	}
}
