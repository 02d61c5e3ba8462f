package voices

import (
	"errors"
	"strings"
	"testing"
)

// Free-form instructions are read as the style they ask for: by its name or its cues, counted,
// negated words left out, neutral yielding to any other style.
func TestStyleFor(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in, want string
	}{
		{"calm", "calm"},
		{"CHEERFUL", "cheerful"},
		{"Speak cheerfully.", "cheerful"},
		{"Speak in a calm, quiet voice.", "calm"},
		{"Voice: bright and upbeat.", "cheerful"},
		{"Read this soothingly, like a bedtime story.", "calm"},
		{"Tone: formal and authoritative, like a newsreader.", "serious"},
		{"Be energetic and enthusiastic!", "excited"},
		{"Natural and friendly.", "cheerful"},              // neutral yields
		{"Plain, normal reading.", "neutral"},              // neutral alone
		{"Cheerful, not serious.", "cheerful"},             // the negated style does not count
		{"Not too cheerful; calm.", "calm"},                // negation reaches across "too"
		{"No need to be excited, just calm.", "calm"},      // four words back
		{"Don’t sound excited. Sound gentle.", "calm"},     // typographic apostrophe
		{"Calm rather than excited.", "calm"},              // "than" marks what is not wanted
		{"Calm but cheerful.", "calm"},                     // a tie goes to the first named
		{"Cheerful, happy and a little calm.", "cheerful"}, // the most asked-for wins
		{"Excited. Not excited? Excited!", "excited"},      // a clause end stops the negation
		{"Stay relaxed, never dramatic.", "calm"},
		{"Read it sadly, like a farewell letter.", "sad"},
		{"Tone: wistful and melancholy.", "sad"},
		{"Sound frustrated and irritated.", "angry"},
		{"Angrily!", "angry"},
		{"Not angry, just sad.", "sad"},
		{"Whisper it.", "whisper"},
		{"In a whispered voice, as if the baby were asleep.", "whisper"},
		{"Whisper it softly.", "whisper"}, // a tie with calm's "softly" goes to the first named
		{"Affect: warm, reassuring and patient.", "calm"},
		{"Speak with a British accent.", ""},
		{"Don't be dramatic.", ""},
		{"", ""},
		{"calmness", ""}, // a cue is a whole word
	} {
		got, cues, ok := c.StyleFor(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("StyleFor(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
		if ok && len(cues) == 0 {
			t.Errorf("StyleFor(%q): no words given for %q", tc.in, got)
		}
	}
}

// A word that asks for two styles, or a cue that is not a plain lower-case word, is an error
// when the catalog is built: otherwise instructions would mean what map order says.
func TestStyleCuesValidated(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	base := c.Default()
	for _, tc := range []struct {
		name   string
		styles []Style
		errHas string
	}{
		{"cue of two styles", []Style{{Name: "a", RangeScale: 1, RateScale: 1, Cues: []string{"soft"}}, {Name: "b", RangeScale: 1, RateScale: 1, Cues: []string{"soft"}}}, `"soft" asks for both`},
		{"cue is another style's name", []Style{{Name: "aa", RangeScale: 1, RateScale: 1, Cues: []string{"bb"}}, {Name: "bb", RangeScale: 1, RateScale: 1}}, `"bb" asks for both`},
		{"upper case", []Style{{Name: "a", RangeScale: 1, RateScale: 1, Cues: []string{"Soft"}}}, "lower-case"},
		{"two words", []Style{{Name: "a", RangeScale: 1, RateScale: 1, Cues: []string{"very soft"}}}, "lower-case"},
	} {
		_, err := New([]Voice{base}, tc.styles)
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.errHas) {
			t.Errorf("%s: err %v, want ErrInvalid saying %q", tc.name, err, tc.errHas)
		}
	}
}

// Any instructions: no panic, a style of the catalog or none, the same answer twice, and the
// words given are among the instructions' words.
func FuzzStyleFor(f *testing.F) {
	c, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"calm", "Don't sound excited.", "Natural and friendly.", "not,,,calm", strings.Repeat("a", 100) + "calm", "’calm’", "\xff calm"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, cues, ok := c.StyleFor(in)
		if ok {
			if _, known := c.Style(got); !known {
				t.Fatalf("StyleFor(%q) = %q: not a style", in, got)
			}
			low := strings.ToLower(in)
			for _, w := range cues {
				if !strings.Contains(strings.ReplaceAll(low, "’", "'"), w) {
					t.Fatalf("StyleFor(%q): cue %q is not in the instructions", in, w)
				}
			}
		} else if got != "" || cues != nil {
			t.Fatalf("StyleFor(%q) = %q, %q with ok false", in, got, cues)
		}
		if again, _, ok2 := c.StyleFor(in); again != got || ok2 != ok {
			t.Fatalf("StyleFor(%q) = %q then %q", in, got, again)
		}
	})
}
