package text_test

import (
	"fmt"

	"github.com/chorus-tts/chorus/synth/text"
)

func ExampleNormalize() {
	sents, err := text.Normalize("Dr. Lee paid $3.50 on Feb. 14, 1990. Was it NASA or the FBI?")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range sents {
		fmt.Println(s)
	}
	// Output:
	// doctor lee paid three dollars and fifty cents on february fourteenth nineteen ninety
	// was it nasa or the f b i
}

func ExampleSplitSentences() {
	for _, s := range text.SplitSentences("Mr. Smith lives in the U.S. He moved on Jan. 5. Why?") {
		fmt.Printf("%q\n", s)
	}
	// Output:
	// "Mr. Smith lives in the U.S."
	// "He moved on Jan. 5."
	// "Why?"
}
