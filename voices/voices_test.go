package voices

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadBuiltins(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Voices()); n < 6 {
		t.Fatalf("got %d voices, want at least 6", n)
	}
	d := c.Default()
	if d.Name == "" || !d.Default {
		t.Fatalf("no default voice: %+v", d)
	}
	genders := map[string]bool{}
	for _, v := range c.Voices() {
		genders[v.Gender] = true
		if got, ok := c.Voice(v.Name); !ok || got.Name != v.Name {
			t.Errorf("Voice(%q) = %v, %v", v.Name, got.Name, ok)
		}
	}
	if !genders["female"] || !genders["male"] {
		t.Errorf("catalog lacks a female or male voice: %v", genders)
	}
	for _, s := range []string{"", "neutral", "cheerful", "calm", "serious"} {
		if _, ok := c.Style(s); !ok {
			t.Errorf("style %q missing", s)
		}
	}
}

func TestDistinctSpeakers(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	// Voices must differ audibly: no two voices rendered from the same vocoder and the same
	// vocoder settings (for a diphone voice, the same recordings) share both baseline pitch
	// (within a semitone) and tempo.
	vs := c.Voices()
	for i := range vs {
		for j := i + 1; j < len(vs); j++ {
			a, b := vs[i].Prosody, vs[j].Prosody
			semitone := math.Pow(2, 1.0/12)
			ratio := a.BaseHz / b.BaseHz
			same := vs[i].Vocoder == vs[j].Vocoder && string(vs[i].Params) == string(vs[j].Params)
			if ratio > 1/semitone && ratio < semitone && a.Tempo == b.Tempo && same {
				t.Errorf("voices %s and %s are too alike", vs[i].Name, vs[j].Name)
			}
		}
	}
}

// TestRecorded: the built-in voices made from recordings say so (kal, ked: diphone; any
// vocoder other than formant, unless the file states its source), the formant voices do not,
// and an explicit source overrides the vocoder.
func TestRecorded(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range c.Voices() {
		want := v.Vocoder != "formant"
		if v.Source != "" {
			want = v.Source == SourceRecorded
		}
		if v.Recorded() != want {
			t.Errorf("%s (vocoder %s, source %q): Recorded() = %v", v.Name, v.Vocoder, v.Source, v.Recorded())
		}
	}
	for _, name := range []string{"kal", "ked"} {
		if v, ok := c.Voice(name); !ok || !v.Recorded() {
			t.Errorf("%s: present %v, recorded %v", name, ok, v.Recorded())
		}
	}
	if v, ok := c.Voice("ava"); !ok || v.Recorded() {
		t.Errorf("ava (formant): present %v, recorded %v", ok, v.Recorded())
	}
	for _, tc := range []struct {
		v    Voice
		want bool
	}{
		{Voice{Vocoder: "hts"}, true},
		{Voice{Vocoder: "formant"}, false},
		{Voice{Vocoder: "formant", Source: SourceRecorded}, true},
		{Voice{Vocoder: "diphone", Source: SourceRules}, false},
	} {
		if got := tc.v.Recorded(); got != tc.want {
			t.Errorf("%+v: Recorded() = %v, want %v", tc.v, got, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	good := `{"name":"x","language":"en-US","gender":"male","description":"d","default":true,"vocoder":"formant","sample_rate":24000,"prosody":{"base_hz":110,"range_semitones":5,"tempo":1}}`
	cases := []struct {
		name, file, body, want string
	}{
		{"unknown field", "a.json", strings.Replace(good, `"name"`, `"nmae":"y","name"`, 1), "unknown field"},
		{"bad name", "a.json", strings.Replace(good, `"name":"x"`, `"name":"X Y"`, 1), "name"},
		{"bad rate", "a.json", strings.Replace(good, `24000`, `96000`, 1), "sample_rate"},
		{"bad pitch", "a.json", strings.Replace(good, `"base_hz":110`, `"base_hz":9`, 1), "base_hz"},
		{"bad gender", "a.json", strings.Replace(good, `"male"`, `"robot"`, 1), "gender"},
		{"bad source", "a.json", strings.Replace(good, `"vocoder"`, `"source":"tape","vocoder"`, 1), "source"},
		{"not json", "a.json", `{`, "a.json"},
		{"no default", "a.json", strings.Replace(good, `"default":true,`, ``, 1), "default"},
		{"bad style", "styles.json", `[{"name":"loud","description":"d","range_scale":9,"rate_scale":1}]`, "range_scale"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{tc.file: {Data: []byte(tc.body)}}
			if tc.file == "styles.json" {
				fsys["v.json"] = &fstest.MapFile{Data: []byte(good)}
			}
			_, err := Parse(fsys)
			if err == nil {
				t.Fatal("want error")
			}
			if !errors.Is(err, ErrInvalid) && tc.name != "not json" {
				t.Errorf("error %v does not wrap ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not mention %q", err, tc.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"name":"x","language":"en-US","gender":"male","description":"d","default":true,"vocoder":"formant","sample_rate":24000,"prosody":{"base_hz":110,"range_semitones":5,"tempo":1}}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Parse(fstest.MapFS{"v.json": {Data: b}})
		if err == nil && len(c.Voices()) != 1 {
			t.Fatalf("parsed %d voices from one file", len(c.Voices()))
		}
	})
}

// TestNewAsParse: New validates values exactly as Parse validates files, and a catalog built
// from the embedded catalog's own voices and styles is the same catalog.
func TestNewAsParse(t *testing.T) {
	cat, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var styles []Style
	for _, n := range cat.StyleNames() {
		st, _ := cat.Style(n)
		styles = append(styles, st)
	}
	again, err := New(cat.Voices(), styles)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, cat) {
		t.Errorf("New(Load's voices and styles) differs from Load")
	}
	v := cat.Default()
	other := cat.Voices()[0]
	if other.Name == v.Name {
		other = cat.Voices()[1]
	}
	bad := v
	bad.SampleRate = 96000
	for _, c := range []struct {
		name   string
		vs     []Voice
		styles []Style
		want   string
	}{
		{"none", nil, nil, "no voices"},
		{"no default", []Voice{other}, nil, "no voice is marked default"},
		{"two defaults", []Voice{v, func() Voice { o := other; o.Default = true; return o }()}, nil, "both"},
		{"duplicate", []Voice{v, v}, nil, "duplicate voice"},
		{"out of range", []Voice{bad}, nil, "sample_rate"},
		{"bad style", []Voice{v}, []Style{{Name: "loud", Description: "d", RangeScale: 9, RateScale: 1}}, "range_scale"},
		{"duplicate style", []Voice{v}, []Style{styles[0], styles[0]}, "duplicate style"},
	} {
		_, err := New(c.vs, c.styles)
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want ErrInvalid mentioning %q", c.name, err, c.want)
		}
	}
	if c, err := New([]Voice{v}, nil); err != nil || len(c.StyleNames()) != 1 || c.StyleNames()[0] != "neutral" {
		t.Errorf("without styles: %v, styles %v; want neutral alone", err, c.StyleNames())
	}
}
