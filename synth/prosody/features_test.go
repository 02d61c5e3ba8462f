package prosody

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
)

// festSentence is one sentence of testdata/festival-features.txt: Festival's own structure and
// the feature values it printed for every syllable and segment.
type festSentence struct {
	words   []Word
	accents []string            // per syllable, Festival's tobi_accent
	tones   []string            // per syllable, Festival's tobi_endtone
	syls    []map[string]string // per syllable: feature -> value
	segs    []map[string]string // per segment, pauses included: feature -> value
	segName []string
	yesNo   bool
	targets [][2]float64 // Festival's F0 targets (s, Hz)
}

func readFestival(t testing.TB) []festSentence {
	t.Helper()
	f, err := os.Open("testdata/festival-features.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []festSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	kv := func(fields []string) map[string]string {
		m := map[string]string{}
		for _, x := range fields {
			k, v, ok := strings.Cut(x, "=")
			if !ok {
				t.Fatalf("bad field %q", x)
			}
			m[k] = v
		}
		return m
	}
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, ";;") || line == "" {
			continue
		}
		fs := strings.Fields(line)
		if fs[0] == "SENT" {
			out = append(out, festSentence{})
			continue
		}
		cur := &out[len(out)-1]
		switch fs[0] {
		case "W":
			w := Word{Text: strings.ToLower(fs[1])}
			switch fs[2] {
			case "B":
				w.Break = text.Minor
			case "BB":
				w.Break = text.SentenceEnd
			}
			w.Pron = dumpSyllables(t, line, fs[4:])
			cur.words = append(cur.words, w)
		case "Y":
			m := kv(fs[2:])
			cur.syls = append(cur.syls, m)
			cur.accents = append(cur.accents, m["tobi_accent"])
			cur.tones = append(cur.tones, m["tobi_endtone"])
			cur.yesNo = cur.yesNo || m["lisp_syl_yn_question"] == "1"
		case "S":
			cur.segs = append(cur.segs, kv(fs[2:]))
			cur.segName = append(cur.segName, fs[1])
		case "T":
			a, err1 := strconv.ParseFloat(fs[1], 64)
			b, err2 := strconv.ParseFloat(fs[2], 64)
			if err1 != nil || err2 != nil {
				t.Fatalf("bad target %q", line)
			}
			cur.targets = append(cur.targets, [2]float64{a, b})
		default:
			t.Fatalf("unknown line %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatal("no sentences in testdata/festival-features.txt")
	}
	return out
}

// structure lays fs out as Plan does, with Festival's accents and tones on the syllables.
// dumpSyllables reads a Festival dump's syllables, each "stress:phone:phone…" (stress 0 or 1).
func dumpSyllables(t testing.TB, line string, fields []string) phone.Pron {
	t.Helper()
	var pr phone.Pron
	for _, sy := range fields {
		parts := strings.Split(sy, ":")
		var s phone.Syllable
		if parts[0] != "0" {
			s.Stress = phone.Primary
		}
		for _, p := range parts[1:] {
			ph, _, err := phone.Parse(p)
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			s.Phones = append(s.Phones, ph)
		}
		pr = append(pr, s)
	}
	return pr
}

func (fs *festSentence) structure(t testing.TB) *fsent {
	t.Helper()
	kind := text.Statement
	if fs.yesNo {
		kind = text.YesNo
	}
	s := newFsent(fs.words, phraseGroups(fs.words, nil), kind)
	if len(s.syls) != len(fs.syls) || len(s.segs) != len(fs.segs) {
		t.Fatalf("%d syllables and %d segments, Festival has %d and %d", len(s.syls), len(s.segs), len(fs.syls), len(fs.segs))
	}
	for i := range s.syls {
		s.syls[i].accent, s.syls[i].tone = fs.accents[i], fs.tones[i]
	}
	return s
}

func sentenceText(ws []Word) string {
	var b []string
	for _, w := range ws {
		b = append(b, w.Text)
	}
	return strings.Join(b, " ")
}

// TestFestivalFeatures: laid out on Festival's own pronunciations, breaks and intonation events,
// every syllable and segment feature the models ask has the value Festival printed for it.
func TestFestivalFeatures(t *testing.T) {
	checked := 0
	for _, fs := range readFestival(t) {
		s := fs.structure(t)
		name := sentenceText(fs.words)
		for i, want := range fs.syls {
			for f, v := range want {
				got, ok := s.feat(sylItem(i), f)
				if !ok {
					t.Errorf("%s: syllable feature %q unknown", name, f)
					continue
				}
				if got != v {
					t.Errorf("%q syllable %d (%s): %s = %q, Festival %q", name, i, fs.words[s.syls[i].word].Text, f, got, v)
				}
				checked++
			}
		}
		for i, want := range fs.segs {
			if got := RadioName(s.segs[i].ph); got != fs.segName[i] {
				t.Fatalf("%q segment %d is %s, Festival %s", name, i, got, fs.segName[i])
			}
			for f, v := range want {
				if f == "dur_factor" || f == "segment_duration" {
					continue // model outputs, tested with the durations
				}
				got, ok := s.feat(segItem(i), f)
				if !ok {
					t.Errorf("%s: segment feature %q unknown", name, f)
					continue
				}
				if got != v {
					t.Errorf("%q segment %d (%s): %s = %q, Festival %q", name, i, fs.segName[i], f, got, v)
				}
				checked++
			}
		}
	}
	if checked < 5000 {
		t.Errorf("only %d feature values compared", checked)
	}
}

// TestFeatureUnknownName: a name the extractor does not know is reported, not answered "0" in
// silence, even past a missing neighbour.
func TestFeatureUnknownName(t *testing.T) {
	fs := readFestival(t)[0]
	s := fs.structure(t)
	for _, name := range []string{"syl_fancy", "p.p.p.p.p.p.nonsense", "R:Nowhere.name", "R:SylStructure.parent.bogus", "pp.pp.pp.pp.word_colour"} {
		if _, ok := s.feat(sylItem(0), name); ok {
			t.Errorf("feature %q answered as known", name)
		}
		if _, ok := s.feat(segItem(1), name); ok {
			t.Errorf("segment feature %q answered as known", name)
		}
	}
	for _, name := range []string{"p.p.p.p.stress", "R:SylStructure.parent.R:Word.pp.pp.gpos"} {
		if v, ok := s.feat(sylItem(0), name); !ok || v != "0" {
			t.Errorf("%q past the sentence's start = %q, %v; want \"0\", known", name, v, ok)
		}
	}
}

// TestGpos: Festival's guess_pos lists, first list first ("that" is in, not det).
func TestGpos(t *testing.T) {
	for w, want := range map[string]string{
		"that": "in", "to": "to", "the": "det", "The": "det", "might": "md", "nor": "cc", "how": "wp",
		"mine": "pps", "be": "aux", "ferry": "content", "you": "content", "down": "in", "many": "det",
	} {
		if got := gpos(w); got != want {
			t.Errorf("gpos(%q) = %q, want %q", w, got, want)
		}
	}
}

func ExampleRadioName() {
	fmt.Println(RadioName(phone.AX), RadioName(phone.Sil), RadioName(phone.ZH))
	// Output: ax pau zh
}
