package acoustics

import "math"

const (
	nucleusDipDB   = 2.0  // intensity must fall this far between two syllable nuclei
	nucleusFloorDB = 25.0 // nuclei are within this of the loudest frame
	nucleusSmooth  = 2    // frames each side in the intensity smoothing
)

// syllables counts syllable nuclei: voiced peaks of the smoothed intensity contour separated by
// dips of at least nucleusDipDB (after de Jong & Wempe's 2009 syllable-nuclei method).
func (a *analysis) syllables() int {
	n := len(a.frames)
	if n < 3 {
		return 0
	}
	db := make([]float64, n)
	var loud float64
	for i, f := range a.frames {
		db[i] = 20 * math.Log10(f.rms+1e-12)
		loud = max(loud, f.rms)
	}
	if loud <= 0 {
		return 0
	}
	sm := make([]float64, n)
	for i := range db {
		var s float64
		var c int
		for j := max(0, i-nucleusSmooth); j <= min(n-1, i+nucleusSmooth); j++ {
			s += db[j]
			c++
		}
		sm[i] = s / float64(c)
	}
	floor := 20*math.Log10(loud) - nucleusFloorDB
	count, last := 0, -1
	for i := 1; i < n-1; i++ {
		if a.frames[i].f0 <= 0 || sm[i] < floor || sm[i] < sm[i-1] || sm[i] <= sm[i+1] {
			continue
		}
		if last < 0 {
			count, last = 1, i
			continue
		}
		dip := sm[i]
		for j := last; j <= i; j++ {
			dip = min(dip, sm[j])
		}
		switch {
		case min(sm[last], sm[i])-dip >= nucleusDipDB:
			count++
			last = i
		case sm[i] > sm[last]:
			last = i // the same nucleus, louder here
		}
	}
	return count
}
