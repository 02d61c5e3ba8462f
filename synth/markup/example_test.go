package markup_test

import (
	"fmt"

	"github.com/chorus-tts/chorus/synth/markup"
)

func ExampleParse() {
	spans, err := markup.Parse(`Welcome to <sub alias="Chorus T T S">ChorusTTS</sub>.<break time="700ms"/> It is <emphasis>fast</emphasis>.`)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range spans {
		fmt.Printf("%q pause=%dms emphasis=%v say=%q\n", s.Text, s.BreakMillis, s.Emphasis, s.Spoken())
	}
	// Output:
	// "Welcome to " pause=0ms emphasis=none say="Welcome to "
	// "ChorusTTS" pause=0ms emphasis=none say="Chorus T T S"
	// "." pause=0ms emphasis=none say="."
	// " It is " pause=700ms emphasis=none say=" It is "
	// "fast" pause=0ms emphasis=moderate say="fast"
	// "." pause=0ms emphasis=none say="."
}
