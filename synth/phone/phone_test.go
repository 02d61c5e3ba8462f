package phone

import "testing"

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in     string
		p      Phone
		stress int
		ok     bool
	}{
		{"AA1", AA, 1, true}, {"ah0", AH, 0, true}, {"zh", ZH, -1, true}, {"pau", Sil, -1, true},
		{"SIL", Sil, -1, true}, {"T1", Sil, 0, false}, {"QQ", Sil, 0, false}, {"", Sil, 0, false},
	} {
		p, st, err := Parse(tc.in)
		if (err == nil) != tc.ok || (tc.ok && (p != tc.p || st != tc.stress)) {
			t.Errorf("Parse(%q) = %v %d %v", tc.in, p, st, err)
		}
	}
	for p := Phone(0); p < numPhones; p++ {
		q, _, err := Parse(p.String())
		if err != nil || q != p {
			t.Errorf("%v does not round-trip: %v %v", p, q, err)
		}
	}
}

func TestSyllabify(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"HH AX0 L OW1", "HH AX0 | L OW1"},
		{"EH1 K S T R AX0", "EH1 K | S T R AX0"},
		{"AE1 T L AE2 N T IH0 K", "AE1 T | L AE2 N | T IH0 K"},
		{"S T R EH1 NG K TH", "S T R EH1 NG K TH"},
		{"M IH1 S T", "M IH1 S T"},
		{"K AA1 NG G R AX0 S", "K AA1 NG | G R AX0 S"},
	} {
		p, err := ParsePron(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for i, s := range p {
			if i > 0 {
				got += " | "
			}
			got += Pron{s}.String()
		}
		if got != tc.want {
			t.Errorf("%s: got %q want %q", tc.in, got, tc.want)
		}
		if p.String() != tc.in {
			t.Errorf("String() = %q, want %q", p.String(), tc.in)
		}
	}
	p, err := ParsePron("HH AX0 L OW1")
	if err != nil {
		t.Fatal(err)
	}
	if p.CMU() != "HH AH0 L OW1" {
		t.Errorf("CMU() = %q", p.CMU())
	}
}

func TestFeatures(t *testing.T) {
	if !AA.IsVowel() || !AY.IsVowel() || T.IsVowel() || Sil.IsVowel() {
		t.Error("IsVowel")
	}
	if !M.IsSonorant() || S.IsSonorant() || !S.IsObstruent() || !B.Voiced() || P.Voiced() {
		t.Error("features")
	}
	if Phone(200).String() != "SIL" || Phone(200).IsConsonant() {
		t.Error("out-of-range phone")
	}
}

func FuzzParsePron(f *testing.F) {
	f.Add("HH AH0 L OW1")
	f.Add("s t r ey1 ng k th")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePron(s)
		if err != nil {
			return
		}
		q, err := ParsePron(p.String())
		if err != nil || q.String() != p.String() {
			t.Fatalf("round trip of %q: %q vs %q (%v)", s, p.String(), q.String(), err)
		}
	})
}
