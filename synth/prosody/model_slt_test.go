package prosody

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/text"
)

// sltSentence is one sentence of testdata/festival-slt-durations.txt: Festival's words (their
// pronunciation, break, punctuation and phr_pos) and, per segment with the pauses, the z-score
// (dur_factor) and duration in seconds that the slt voice's Tree_ZScores gave.
type sltSentence struct {
	text      string
	words     []Word
	breaks    []bool // Festival's phrase break after the word where the text has no punctuation
	phrPOS    []string
	segName   []string
	z, dur    []float64
	questions bool
}

func readSltDurations(t *testing.T) []sltSentence {
	t.Helper()
	f, err := os.Open("testdata/festival-slt-durations.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []sltSentence
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fs := strings.Fields(line)
		if len(fs) == 0 {
			continue
		}
		if fs[0] == "SENT" {
			out = append(out, sltSentence{text: strings.TrimPrefix(line, "SENT "), questions: strings.HasSuffix(line, "?")})
			continue
		}
		if len(out) == 0 {
			t.Fatalf("%q before the first SENT", line)
		}
		cur := &out[len(out)-1]
		switch fs[0] {
		case "W": // W word pbreak punc phr_pos stress:ph:ph ...
			if len(fs) < 6 {
				t.Fatalf("bad word line %q", line)
			}
			w := Word{Text: strings.ToLower(fs[1])}
			switch fs[3] {
			case "0":
			case ",":
				w.Break = text.Minor
			case ".", "?":
				w.Break = text.SentenceEnd
			default:
				t.Fatalf("%q: punctuation %q", line, fs[3])
			}
			w.Pron = dumpSyllables(t, line, fs[5:])
			cur.words = append(cur.words, w)
			cur.breaks = append(cur.breaks, fs[2] != "NB" && fs[3] == "0")
			cur.phrPOS = append(cur.phrPOS, fs[4])
		case "S": // S name dur_factor segment_duration
			z, err1 := strconv.ParseFloat(fs[2], 64)
			d, err2 := strconv.ParseFloat(fs[3], 64)
			if len(fs) != 4 || err1 != nil || err2 != nil {
				t.Fatalf("bad segment line %q", line)
			}
			cur.segName = append(cur.segName, fs[1])
			cur.z = append(cur.z, z)
			cur.dur = append(cur.dur, d)
		default:
			t.Fatalf("bad line %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSltDurationsMatchFestival: with Durations "slt", on Festival's words, pronunciations and
// breaks, every phone gets the z-score and duration Festival's slt voice gives it (its own tree,
// phone statistics and Duration_Stretch 1.0; testdata/festival-slt-dump.scm made the table, up
// to Festival's Duration module, before the HTS engine replaces them), and every word the phr_pos
// Festival's phrasing module gave it. Festival prints float32s (about 1e-6 relative): allowed
// 1e-4 in z and 10 µs in duration. The pauses, which the planner times by its own rules, are
// compared for their z-score only.
func TestSltDurationsMatchFestival(t *testing.T) {
	sents := readSltDurations(t)
	if len(sents) < 8 {
		t.Fatalf("%d sentences in the table, want 8", len(sents))
	}
	phones, short := 0, 0
	for _, fs := range sents {
		kind := text.Statement
		if fs.questions {
			kind = text.YesNo
		}
		gs := phraseGroups(fs.words, fs.breaks)
		m, err := newModelRun(fs.words, gs, kind, Voice{Durations: "slt", Intonation: IntonationModel})
		if err != nil {
			t.Fatal(err)
		}
		if len(m.fs.segs) != len(fs.segName) {
			t.Fatalf("%q: %d segments, Festival %d", fs.text, len(m.fs.segs), len(fs.segName))
		}
		for i, w := range m.fs.words {
			if w.phrPOS != fs.phrPOS[i] {
				t.Errorf("%q word %s: phr_pos %q, Festival %q", fs.text, w.text, w.phrPOS, fs.phrPOS[i])
			}
		}
		for k, sg := range m.fs.segs {
			if sg.syl < 0 {
				z := math.Max(-3, math.Min(3, m.durTree.Value(m.feats(segItem(k)))))
				if math.Abs(z-fs.z[k]) > 1e-4 {
					t.Errorf("%q pause %d: z %.4f, Festival %.4f", fs.text, k, z, fs.z[k])
				}
			}
		}
		bases := phraseBases(gs, m.fs)
		for gi, g := range gs {
			segs := buildSegments(fs.words[g.lo:g.hi], false)
			m.applyAccents(fs.words, g.lo, segs)
			m.modelDurations(segs, bases[gi])
			for i := range segs {
				k := bases[gi] + i
				if RadioName(segs[i].ph) != fs.segName[k] {
					t.Fatalf("%q segment %d: %s, Festival %s", fs.text, k, RadioName(segs[i].ph), fs.segName[k])
				}
				z := math.Max(-3, math.Min(3, m.durTree.Value(m.feats(segItem(k)))))
				if math.Abs(z-fs.z[k]) > 1e-4 || math.Abs(segs[i].ms/1000-fs.dur[k]) > 1e-5 {
					t.Errorf("%q segment %d %s: z %.4f, %.2f ms; Festival z %.4f, %.2f ms", fs.text, k,
						fs.segName[k], z, segs[i].ms, fs.z[k], fs.dur[k]*1000)
				}
				if fs.dur[k] < 0.04 {
					short++
				}
				phones++
			}
		}
	}
	// The table must exercise the short function-word vowels slt's tree shortens (dh ax ...).
	if phones < 200 || short < 10 {
		t.Errorf("only %d phones compared, %d under 40 ms", phones, short)
	}
}
