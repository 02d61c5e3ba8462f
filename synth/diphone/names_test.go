package diphone

import (
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// segs builds segments from "PH PH | PH ..." where "." starts a new syllable inside a word and
// "|" a new word; stress digits on vowels.
func segs(t *testing.T, s string) []prosody.Segment {
	t.Helper()
	var out []prosody.Segment
	word, syl := true, true
	for _, f := range strings.Fields(s) {
		switch f {
		case "|":
			word, syl = true, true
			continue
		case ".":
			syl = true
			continue
		}
		p, st, err := phone.Parse(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, prosody.Segment{Phone: p, Stress: uint8(max(st, 0)), Samples: 1000, WordStart: word, SyllableStart: syl || word})
		word, syl = false, false
	}
	return out
}

func unitNames(v *Voice, ss []prosody.Segment) []string {
	names := phraseNames(ss, v.rules)
	var out []string
	prev := "pau"
	for i := 0; i <= len(ss); i++ {
		r := "pau"
		if i < len(ss) {
			r = names[i].right
		}
		c := v.resolve(prev, r)
		n := v.units[c.left].name
		if c.right != c.left {
			n += "+" + v.units[c.right].name
		}
		out = append(out, n)
		if i < len(ss) {
			prev = names[i].left
		}
	}
	return out
}

func TestPhoneTableComplete(t *testing.T) {
	v := embeddedVoice(t)
	for p := phone.Phone(0); int(p) < phone.Count; p++ {
		n := dbPhone[p]
		if n == "" {
			t.Errorf("%v has no database name", p)
			continue
		}
		if !v.Has("pau-"+n) && !v.Has(n+"-pau") {
			t.Errorf("%v → %q: no pau-%s or %s-pau unit", p, n, n, n)
		}
	}
	if got := baseName(prosody.Segment{Phone: phone.AH, Stress: 1}); got != "ah" {
		t.Errorf("stressed AH → %q, want ah (the database's own ah units)", got)
	}
	if got := baseName(prosody.Segment{Phone: phone.AH, Stress: 0}); got != "ax" {
		t.Errorf("unstressed AH → %q, want ax", got)
	}
	if got := baseName(prosody.Segment{Phone: phone.Phone(200)}); got != "pau" {
		t.Errorf("out-of-range phone → %q, want pau", got)
	}
}

func TestUnitSelection(t *testing.T) {
	v := embeddedVoice(t)
	cases := []struct{ in, want string }{
		{"S T R IY1 T", "pau-s s_-_t t_-_r r-iy iy-t t-pau"},
		{"S P R IH1 NG", "pau-s s_-_p p_-_r r-ih ih-ng ng-pau"},
		{"M IH1 S . T EY1 K", "pau-m m-ih ih-s s-t t-ey ey-k k-pau"}, // s.t across syllables: no cluster
		{"B L UW1", "pau-b b_-_l l-uw uw-pau"},
		{"HH Y UW1 JH", "pau-hh hh_-_y y-uw uw-jh jh-pau"},
		{"F Y UW1", "pau-f f_-_y y-uw uw-pau"},
		{"K AH1 T", "pau-k k-ah ah-t t-pau"},
		{"AH0 B AW1 T", "pau-ax ax-b b-aw aw-t t-pau"},
		{"HH ER1 T", "pau-hh hh-ax er-t t-pau"}, // hh-er missing: right-hand er → ax
		{"B ER1 D", "pau-b b-er er-d d-pau"},
		{"N OW1 | W AY1", "pau-n n-ow ow-w w-ay ay-pau"},
	}
	for _, tc := range cases {
		got := strings.Join(unitNames(v, segs(t, tc.in)), " ")
		if got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// TestUnitSelectionKed checks ked's naming rules (Festival's voice_ked_diphone): syllable-initial
// stops after a vowel take $, dark l, ch entered through t, ao before r, er left through r,
// lax vowels before a pause bridged, and the alternates.
func TestUnitSelectionKed(t *testing.T) {
	v := namedVoice(t, "ked")
	cases := []struct{ in, want string }{
		{"AH0 . B AW1 T", "pau-ax ax-$b b-aw aw-t t-pau"},       // a-bout: ax-$b
		{"T IH1 . K IH0 T", "pau-t t-ih ih-$k k-ih ih-t t-pau"}, // ih-$k
		{"T EY1 . K AH0 N", "pau-t t-ey ey-k k-ax ax-n n-pau"},  // ey-$k missing: ey-k
		{"F IY1 L", "pau-f f-iy iy-ll l-pau"},                   // dark l
		{"L AE1 . D ER0", "pau-l l-ae ae-$d d-er er-r+r-pau"},   // er leaves through r
		{"T IY1 CH", "pau-t t-iy iy-t ch-pau"},                  // iy-ch → iy-t
		{"M AO1 R", "pau-m m-aor ao-r r-pau"},                   // ao before r
		{"S T R IY1 T", "pau-s s_-_t t_-_r r-iy iy-t t-pau"},    // clusters as kal
		{"Y EH1", "pau-y y-eh eh-hh+pau-pau"},                   // eh-pau missing: halves
		{"K AH1 T", "pau-k k-ah ah-t t-pau"},                    // stressed ah kept
		{"K AH1 | AA1", "pau-k k-ah ax-aa aa-pau"},              // ah-aa missing: left ah → ax
		{"B OY1 | AE1 N", "pau-b b-oy oy-ae ae-n n-pau"},
	}
	for _, tc := range cases {
		got := strings.Join(unitNames(v, segs(t, tc.in)), " ")
		if got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// TestEveryPairResolves checks that no phone pair falls back to the default diphone: every
// missing pair is covered by an alternate or by two halves.
func TestEveryPairResolves(t *testing.T) {
	for _, tc := range []struct{ voice, dflt string }{{"kal", "ax-ax"}, {"ked", "pau-pau"}} {
		t.Run(tc.voice, func(t *testing.T) {
			v := namedVoice(t, tc.voice)
			var names []string
			for p := phone.Phone(0); int(p) < phone.Count; p++ {
				names = append(names, dbPhone[p])
			}
			names = append(names, "ah")
			counts := map[string]int{}
			for _, l := range names {
				for _, r := range names {
					c := v.resolve(l, r)
					counts[c.fallback]++
					if c.fallback == "default" {
						t.Errorf("%s-%s falls back to the default diphone", l, r)
					}
					lu, ru := v.units[c.left].name, v.units[c.right].name
					// Every choice carries the phones: the left half starts with l (or its
					// alternate), the right half ends with r (or its alternate).
					if !strings.HasPrefix(lu, l+"-") && !strings.HasPrefix(lu, v.rules.leftAlt[l]+"-") {
						t.Errorf("%s-%s: left half from %s", l, r, lu)
					}
					if !strings.HasSuffix(ru, "-"+r) && !strings.HasSuffix(ru, "-"+v.rules.rightAlt[r]) {
						t.Errorf("%s-%s: right half from %s", l, r, ru)
					}
				}
			}
			t.Logf("resolution kinds: %v", counts)
			if c := v.resolve("zz", "qq"); c.fallback != "default" || v.units[c.left].name != tc.dflt {
				t.Errorf("unknown names: %+v, want the %s default", c, tc.dflt)
			}
		})
	}
}

func namedVoice(t testing.TB, name string) *Voice {
	t.Helper()
	v, err := EmbeddedVoice(name)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func embeddedVoice(t testing.TB) *Voice {
	t.Helper()
	v, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return v
}
