package hts

import (
	"sync"
	"testing"
)

// TestVocodersShareFoldTables: the vocoders of a voice share one envelope table per all-pass
// constant, made once (also when they are made concurrently), and a table shared is the table a
// vocoder would make alone; the cache keeps at most maxFoldTables constants.
func TestVocodersShareFoldTables(t *testing.T) {
	v := sltVoice(t)
	mk := func(warp float64) *Vocoder {
		t.Helper()
		vc, err := New(v, Params{Warp: warp}, 1)
		if err != nil {
			t.Fatal(err)
		}
		return vc
	}
	const n = 8
	vcs := make([]*Vocoder, n)
	var wg sync.WaitGroup
	for i := range vcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vc, err := New(v, Params{}, uint64(i))
			if err != nil {
				t.Error(err)
				return
			}
			vcs[i] = vc
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	shared := vcs[0].wave.env.foldTable
	for i, vc := range vcs {
		if vc.wave.env.foldTable != shared {
			t.Errorf("vocoder %d has a fold table of its own", i)
		}
	}
	if warped := mk(0.05).wave.env.foldTable; warped == shared {
		t.Error("a warped vocoder shares the unwarped table")
	}
	own, err := newEnvelope(vcs[0].wave.env.order, v.Alpha)
	if err != nil {
		t.Fatal(err)
	}
	if !sameFoldTable(own.foldTable, shared) {
		t.Error("the shared table differs from one made alone")
	}
	for i := range 3 * maxFoldTables {
		mk(0.005 * float64(i+1))
	}
	v.folds.mu.Lock()
	size := len(v.folds.m)
	v.folds.mu.Unlock()
	if size > maxFoldTables {
		t.Errorf("the cache holds %d tables, at most %d", size, maxFoldTables)
	}
}

func sameFoldTable(a, b *foldTable) bool {
	if a.maxLast != b.maxLast || len(a.fold) != len(b.fold) || len(a.off) != len(b.off) || len(a.lo) != len(b.lo) {
		return false
	}
	for i := range a.fold {
		if a.fold[i] != b.fold[i] {
			return false
		}
	}
	for i := range a.off {
		if a.off[i] != b.off[i] {
			return false
		}
	}
	for i := range a.lo {
		if a.lo[i] != b.lo[i] || a.hi[i] != b.hi[i] {
			return false
		}
	}
	return true
}
