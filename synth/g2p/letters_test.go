package g2p

import "testing"

func TestLetterPron(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"c", "S IY1"},
		{"d's", "D IY1 Z"},
		{"ds", "D IY1 Z"},
		{"x's", "EH1 K S IH0 Z"},
		{"f's", "EH1 F S"},
		{"h's", "EY1 CH IH0 Z"},
		{"", ""},
		{"1", ""},
	} {
		if got := LetterPron(tc.in).String(); got != tc.want {
			t.Errorf("LetterPron(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
