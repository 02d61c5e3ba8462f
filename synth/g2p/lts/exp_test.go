package lts

import (
	"context"
	"os"
	"testing"
)

func TestExp(t *testing.T) {
	if os.Getenv("LTSEXP") == "" {
		t.Skip()
	}
	f, _ := os.Open("/usr/share/festival/dicts/cmu/cmudict-0.4.out")
	es, _ := ParseLexicon(f)
	train, _ := SplitHeldOut(es, 2000)
	fit, dev := SplitHeldOut(train, 3000)
	m, st, err := Train(context.Background(), fit, TrainOptions{Workers: 2, RightToLeft: true, BothDirections: true})
	if err != nil {
		t.Fatal(err)
	}
	r := Evaluate(m, dev)
	t.Logf("both: exact %.2f nostress %.2f phones %.2f nodes %d", 100*r.WordAccuracy(), 100*r.WordAccuracyNoStress(), 100*r.PhoneAccuracy(), st.TreeNodes)
	for k := range m.dirs {
		r := Evaluate(&Model{classes: m.classes, dirs: m.dirs[k : k+1]}, dev)
		t.Logf("dir %d: exact %.2f nostress %.2f phones %.2f", k, 100*r.WordAccuracy(), 100*r.WordAccuracyNoStress(), 100*r.PhoneAccuracy())
	}
	b, _ := m.MarshalBinary()
	t.Logf("size %d", len(b))
}
