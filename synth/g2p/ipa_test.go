package g2p

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

func TestParseIPA(t *testing.T) {
	tests := []struct{ in, want string }{
		{"həˈloʊ", "HH AX0 L OW1"},
		{"/həˈloʊ/", "HH AX0 L OW1"},
		{"[ˈwɝld]", "W ER1 L D"},
		{"ˈtʃɔɪs", "CH OY1 S"},
		{"ˈʧɔɪs", "CH OY1 S"},
		{"ˈdʒʌdʒ", "JH AH1 JH"},
		{"ˈʤʌʤ", "JH AH1 JH"},
		{"ˈt͡ʃeɪn", "CH EY1 N"},
		{"ˈsɪŋɚ", "S IH1 NG ER0"},
		{"θɪŋk", "TH IH1 NG K"},
		{"ˈðɛɹ", "DH EH1 R"},
		{"ˈmɛʒɚ", "M EH1 ZH ER0"},
		{"ˈʃuː", "SH UW1"},
		{"ˈbaɪˌsɪkəl", "B AY1 S IH2 K AX0 L"},
		{"ˈbʌtn̩", "B AH1 T AX0 N"},
		{"ˈbɑtl̩", "B AA1 T AX0 L"},
		{"ˈhaʊs", "HH AW1 S"},
		{"ˈkæt", "K AE1 T"},
		{"kæt", "K AE1 T"},
		{"ˈroʊz ˌbʊʃ", "R OW1 Z B UH2 SH"},
		{"əˈbaʊt", "AX0 B AW1 T"},
		{"ˈəʊvə", "OW1 V AX0"},
		{"ˈbɝd", "B ER1 D"},
		{"ˈwɔtɚ", "W AO1 T ER0"},
		{"ˈwɑɾɚ", "W AA1 T ER0"},
		{"ˈkɹaɪ", "K R AY1"},
		{"ˈkraɪ", "K R AY1"},
		{"ˈjɛs", "Y EH1 S"},
		{"ˈɡoʊ", "G OW1"},
		{"ˈʌðɚ", "AH1 DH ER0"},
		{"ˈsʌmˌθɪŋ", "S AH1 M TH IH2 NG"},
		{"ˈbɜːrd", "B ER1 D"},
		{"ˈhɝɹi", "HH ER1 IY0"},
		{"ˈmɪɹɚ", "M IH1 R ER0"},
	}
	for _, tt := range tests {
		p, err := ParseIPA(tt.in)
		if err != nil {
			t.Errorf("ParseIPA(%q): %v", tt.in, err)
			continue
		}
		if got := p.String(); got != tt.want {
			t.Errorf("ParseIPA(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"", "ˈ", "/ /", "hɛl☃", "ʘ", "\xff", strings.Repeat("a", 2000)} {
		if p, err := ParseIPA(bad); err == nil {
			t.Errorf("ParseIPA(%q) = %s, want error", bad, p)
		} else if !errors.Is(err, ErrPronunciation) {
			t.Errorf("ParseIPA(%q) error %v is not ErrPronunciation", bad, err)
		}
	}
}

func TestParsePronunciation(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HH AH0 L OW1", "HH AX0 L OW1"},
		{"hh ah0 l ow1", "HH AX0 L OW1"},
		{"HH AX0 L OW1", "HH AX0 L OW1"},
		{"K AH1 T", "K AH1 T"},
		{"T AH0 M EY1 T OW2", "T AX0 M EY1 T OW2"},
		{"həˈloʊ", "HH AX0 L OW1"},
		{"  ˈkæt  ", "K AE1 T"},
		{"bat", "B AA1 T"}, // not ARPAbet, so read as IPA
	}
	for _, tt := range tests {
		p, err := ParsePronunciation(tt.in)
		if err != nil {
			t.Errorf("ParsePronunciation(%q): %v", tt.in, err)
			continue
		}
		if got := p.String(); got != tt.want {
			t.Errorf("ParsePronunciation(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"", "   ", "HH QQ1", "K1 AE", "SIL", "hello!"} {
		if p, err := ParsePronunciation(bad); err == nil {
			t.Errorf("ParsePronunciation(%q) = %s, want error", bad, p)
		}
	}
}

func TestParseUserLexicon(t *testing.T) {
	in := "# my words\n\nChorus\tK AO1 R AX0 S\nGIF\tˈdʒɪf\nNew  York\tN UW2 Y AO1 R K\r\n  # indented comment\nc#\tS IY1 SH AA1 R P\n"
	m, err := ParseUserLexicon(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"chorus": "K AO1 R AX0 S", "gif": "JH IH1 F", "new york": "N UW2 Y AO1 R K", "c#": "S IY1 SH AA1 R P"}
	if len(m) != len(want) {
		t.Errorf("got %d entries, want %d: %v", len(m), len(want), m)
	}
	for k, v := range want {
		if got := m[k].String(); got != v {
			t.Errorf("%q = %q, want %q", k, got, v)
		}
	}
	bad := []struct{ in, line string }{
		{"hello HH AH0 L OW1\n", "line 1"},
		{"# c\nok\tOW1 K EY1\n\tHH AH0\n", "line 3"},
		{"a\tEY1\nb\tQQ\n", "line 2"},
		{"a\tEY1\nA\tAX0\n", "line 2"},
		{"x\t\n", "line 1"},
		{"x\t" + strings.Repeat("a", 5000) + "\n", "line 1"},
	}
	for _, b := range bad {
		_, err := ParseUserLexicon(strings.NewReader(b.in))
		if err == nil || !strings.Contains(err.Error(), b.line) {
			t.Errorf("ParseUserLexicon(%q) error = %v, want one naming %s", b.in, err, b.line)
		}
		var le *LineError
		if !errors.As(err, &le) || "line "+strconv.Itoa(le.Line) != b.line {
			t.Errorf("ParseUserLexicon(%q): %v is not a LineError for %s", b.in, err, b.line)
		}
		if !errors.Is(err, ErrUserLexicon) && !errors.Is(err, ErrPronunciation) {
			t.Errorf("ParseUserLexicon(%q): %v wraps no sentinel", b.in, err)
		}
	}
	if m, err := ParseUserLexicon(strings.NewReader("")); err != nil || len(m) != 0 {
		t.Errorf("empty input: %v %v", m, err)
	}
}

func TestLetterName(t *testing.T) {
	tests := map[rune]string{'a': "EY1", 'c': "S IY1", 'C': "S IY1", 'h': "EY1 CH", 'w': "D AH1 B AX0 L Y UW0",
		'z': "Z IY1", 'q': "K Y UW1", 'y': "W AY1"}
	for r, want := range tests {
		p, ok := LetterName(r)
		if !ok || p.String() != want {
			t.Errorf("LetterName(%q) = %s, %v; want %s", r, p, ok, want)
		}
	}
	for r := 'a'; r <= 'z'; r++ {
		if p, ok := LetterName(r); !ok || len(p) == 0 {
			t.Errorf("LetterName(%q) missing", r)
		}
	}
	for _, r := range []rune{'1', ' ', 'é', 'ß', -1, 0x10FFFF + 1} {
		if _, ok := LetterName(r); ok {
			t.Errorf("LetterName(%q) succeeded", r)
		}
	}
}

func FuzzParseIPA(f *testing.F) {
	for _, s := range []string{"həˈloʊ", "ˈbʌtn̩", "t͡ʃ", "ˈˌ", "", "abc", "ɝɚ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseIPA(s)
		if err != nil {
			return
		}
		if len(p) == 0 {
			t.Fatalf("ParseIPA(%q) returned an empty pronunciation without error", s)
		}
		for _, syl := range p {
			if len(syl.Phones) == 0 || syl.Stress > 2 {
				t.Fatalf("ParseIPA(%q) = bad syllable %+v", s, syl)
			}
		}
	})
}

func FuzzParseUserLexicon(f *testing.F) {
	f.Add("hello\tHH AH0 L OW1\n# c\nnew york\tˈnu ˈjɔɹk\n")
	f.Add("\t\n")
	f.Add("a\tb\tc")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseUserLexicon(strings.NewReader(s))
		if err != nil {
			if !strings.Contains(err.Error(), "line") {
				t.Fatalf("error without a line number: %v", err)
			}
			return
		}
		for k, p := range m {
			if k == "" || k != normalizePhrase(k) || len(p) == 0 {
				t.Fatalf("bad entry %q: %v", k, p)
			}
		}
	})
}

func TestParseARPAbet(t *testing.T) {
	p, err := ParseARPAbet("hh ah0 l ow1")
	if err != nil || p.String() != "HH AX0 L OW1" {
		t.Errorf("ParseARPAbet = %s, %v", p, err)
	}
	for _, bad := range []string{"", "həˈloʊ", "HH QQ", strings.Repeat("AA ", 500)} {
		if _, err := ParseARPAbet(bad); !errors.Is(err, ErrPronunciation) {
			t.Errorf("ParseARPAbet(%q) error = %v", bad, err)
		}
	}
}
