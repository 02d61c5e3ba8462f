package markup

import (
	"reflect"
	"testing"
)

func TestLower(t *testing.T) {
	tests := []struct {
		in   string
		want []Piece
		lex  []string
	}{
		{"plain text", []Piece{{0, "plain text"}}, nil},
		{`Hi <break time="700ms"/>there`, []Piece{{0, "Hi "}, {700, "there"}}, nil},
		{`<break time="1s"/>Go<break time="2s"/>`, []Piece{{1000, "Go"}, {2000, ""}}, nil},
		{`I <emphasis>really, truly</emphasis> do`, []Piece{{0, "I *really*, *truly* do"}}, nil},
		{`<emphasis level="reduced">meh</emphasis>`, []Piece{{0, "meh"}}, nil},
		{`<say-as interpret-as="spell-out">tts</say-as> <say-as interpret-as="digits">2024</say-as>`, []Piece{{0, "T T S 2 0 2 4"}}, nil},
		{`<say-as interpret-as="telephone">555-0100</say-as>`, []Piece{{0, "5 5 5, 0 1 0 0"}}, nil},
		{`<say-as interpret-as="digits">3.14 12-34</say-as>`, []Piece{{0, "3.1 4 1 2, 3 4"}}, nil},
		{`<say-as interpret-as="ordinal">3rd</say-as>`, []Piece{{0, "3rd"}}, nil},
		{`<sub alias="World Wide Web">WWW</sub>`, []Piece{{0, "World Wide Web"}}, nil},
		{`a <phoneme alphabet="arpabet" ph="T AH0 M AA1 T OW0">Tomato</phoneme>.`, []Piece{{0, "a Tomato."}}, []string{"tomato"}},
	}
	for _, tc := range tests {
		spans, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		got, lex := Lower(spans)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Lower(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
		var keys []string
		for k, v := range lex {
			if len(v) == 0 {
				t.Errorf("empty pron for %q", k)
			}
			keys = append(keys, k)
		}
		if !reflect.DeepEqual(keys, tc.lex) {
			t.Errorf("Lower(%q) lexicon %v, want %v", tc.in, keys, tc.lex)
		}
	}
}
