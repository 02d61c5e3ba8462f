package lts_test

import (
	"fmt"

	"github.com/chorus-tts/chorus/synth/g2p/lts"
)

func ExampleModel_Predict() {
	m, err := lts.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range []string{"chorus", "gopher", "Knight", "photosynthesis"} {
		p := m.Predict(w)
		fmt.Printf("%s: %v (%d syllables)\n", w, p, len(p))
	}
	// Output:
	// chorus: K AO1 R AX0 S (2 syllables)
	// gopher: G OW1 F ER0 (2 syllables)
	// Knight: N AY1 T (1 syllables)
	// photosynthesis: F OW1 T OW0 S IH2 N TH AX0 S IH0 S (5 syllables)
}
