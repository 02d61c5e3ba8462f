package g2p_test

import (
	"fmt"
	"strings"

	"github.com/chorus-tts/chorus/synth/g2p"
)

func Example() {
	lex, err := g2p.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("I read the record yesterday")
	tags := g2p.TagHomographs(words)
	for i, w := range words {
		fmt.Printf("%s: %s\n", w, lex.Pronounce(w, tags[i]))
	}
	// Output:
	// I: AY1
	// read: R EH1 D
	// the: DH AX0
	// record: R EH1 K ER0 D
	// yesterday: Y EH1 S T ER0 D EY1
}

func ExampleLexicon_With() {
	lex, err := g2p.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	user, err := g2p.ParseUserLexicon(strings.NewReader("# custom words\nChorus\tˈkɔɹəs\nNew York\tN UW1 Y AO1 R K\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	custom := lex.With(user)
	fmt.Println(custom.Pronounce("chorus", ""))
	n, p, ok := custom.Phrase([]string{"new", "York", "City"})
	fmt.Println(n, p, ok)
	// Output:
	// K AO1 R AX0 S
	// 2 N UW1 Y AO1 R K true
}

func ExampleParsePronunciation() {
	for _, s := range []string{"T AH0 M EY1 T OW2", "təˈmeɪˌtoʊ"} {
		p, err := g2p.ParsePronunciation(s)
		fmt.Println(p, err)
	}
	// Output:
	// T AX0 M EY1 T OW2 <nil>
	// T AX0 M EY1 T OW2 <nil>
}
