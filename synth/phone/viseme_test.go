package phone

import (
	"strings"
	"testing"
)

// sapiVisemes is the source's table, transcribed: each ID with its English example phones in
// SAPI's phone names (ix is SAPI's reduced high vowel, which this inventory does not have; ax is
// AX).
var sapiVisemes = map[Viseme]string{
	0: "", 1: "ae ax ah", 2: "aa", 3: "ao", 4: "ey eh uh", 5: "er", 6: "y iy ih ix", 7: "w uw", 8: "ow",
	9: "aw", 10: "oy", 11: "ay", 12: "h", 13: "r", 14: "l", 15: "s z", 16: "sh ch jh zh", 17: "th dh",
	18: "f v", 19: "d t n", 20: "k g ng", 21: "p b m",
}

// TestVisemeTable checks the table against the source: every phone the source lists has its ID,
// and every phone of the inventory is listed under exactly the ID it maps to.
func TestVisemeTable(t *testing.T) {
	if VisemeCount != 22 || len(sapiVisemes) != VisemeCount {
		t.Fatalf("VisemeCount = %d, the source has %d", VisemeCount, len(sapiVisemes))
	}
	listed := map[Phone]Viseme{}
	for v, names := range sapiVisemes {
		for _, n := range strings.Fields(names) {
			switch n {
			case "ix":
				continue // not in this inventory
			case "h":
				n = "hh"
			}
			p, _, err := Parse(n)
			if err != nil {
				t.Fatalf("source phone %q: %v", n, err)
			}
			if _, dup := listed[p]; dup {
				t.Fatalf("%v listed twice", p)
			}
			listed[p] = v
		}
	}
	for p := Phone(0); p < numPhones; p++ {
		want, ok := listed[p]
		if p == Sil {
			want, ok = VisemeSilence, true
		}
		if !ok {
			t.Errorf("%v is not in the source's table", p)
			continue
		}
		if got := p.Viseme(); got != want {
			t.Errorf("%v.Viseme() = %d (%v), want %d (%v)", p, got, got, want, want)
		}
	}
}

// TestVisemeEveryPhone checks that every phone has a viseme in range, that only silence is
// silent, and that every viseme shows at least one phone.
func TestVisemeEveryPhone(t *testing.T) {
	used := make([]bool, VisemeCount)
	for p := Phone(0); p < numPhones; p++ {
		v := p.Viseme()
		if int(v) >= VisemeCount {
			t.Fatalf("%v.Viseme() = %d, out of range", p, v)
		}
		if (v == VisemeSilence) != (p == Sil) {
			t.Errorf("%v.Viseme() = %v", p, v)
		}
		used[v] = true
	}
	for v, ok := range used {
		if !ok {
			t.Errorf("viseme %d (%v) shows no phone", v, Viseme(v))
		}
	}
	if Phone(numPhones).Viseme() != VisemeSilence || Phone(255).Viseme() != VisemeSilence {
		t.Error("an out-of-range phone must be silence")
	}
}

// TestVisemeArticulation checks the shapes against the phones' features, independently of the
// table: what closes the lips, what puts lip to teeth, tongue to teeth, rounds the lips.
func TestVisemeArticulation(t *testing.T) {
	for p := Phone(1); p < numPhones; p++ {
		f := p.Info()
		v := p.Viseme()
		switch {
		case f.Place == Labial && (f.Manner == Stop || f.Manner == Nasal):
			if v != VisemePBM {
				t.Errorf("%v (bilabial) = %v, want the closed-lips viseme", p, v)
			}
		case f.Place == Labiodental:
			if v != VisemeFV {
				t.Errorf("%v (labiodental) = %v, want lip against teeth", p, v)
			}
		case f.Place == Dental:
			if v != VisemeTH {
				t.Errorf("%v (dental) = %v, want tongue between the teeth", p, v)
			}
		case f.Place == Velar:
			if v != VisemeKGNG {
				t.Errorf("%v (velar) = %v, want the velar viseme", p, v)
			}
		case f.Place == Postalveolar && f.Manner != Liquid:
			if v != VisemeSH {
				t.Errorf("%v (postalveolar) = %v, want the pushed-out lips of sh", p, v)
			}
		}
		if v == VisemePBM && !(f.Place == Labial && f.Manner != Glide) {
			t.Errorf("%v is not a bilabial stop or nasal but closes the lips", p)
		}
	}
	for _, tc := range []struct {
		p Phone
		v Viseme
	}{{P, 21}, {B, 21}, {M, 21}, {F, 18}, {V, 18}, {TH, 17}, {DH, 17}, {S, 15}, {Z, 15}, {W, 7}, {UW, 7}, {AA, 2}, {Sil, 0}} {
		if got := tc.p.Viseme(); got != tc.v {
			t.Errorf("%v.Viseme() = %d, want %d", tc.p, got, tc.v)
		}
	}
}

func TestVisemeString(t *testing.T) {
	for v, want := range map[Viseme]string{0: "silence", 21: "p b m", 18: "f v", 16: "sh ch jh zh", 22: "viseme 22"} {
		if got := v.String(); got != want {
			t.Errorf("Viseme(%d).String() = %q, want %q", v, got, want)
		}
	}
}
