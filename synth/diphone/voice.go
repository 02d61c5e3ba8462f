package diphone

import (
	_ "embed"
	"fmt"
	"math"
	"sync"
)

//go:embed data/kal.bin
var kalBin []byte

// Voice is a diphone database prepared for synthesis: pitchmarks in samples, reflection
// coefficients per frame and the µ-law residual. It is immutable and safe for concurrent use.
type Voice struct {
	SampleRate int
	Order      int
	Header     CompactHeader
	units      []unit
	index      map[string]int
	pm         []int32   // per global frame: pitchmark sample within its unit's residual
	refl       []float32 // per global frame × Order: reflection coefficients
	level      []float32 // per global frame: estimated speech level, dB (residual power × filter gain)
	resRMS     []float32 // per global frame: RMS of the residual between its neighbouring pitchmarks
	residual   []byte    // µ-law, all units
}

type unit struct {
	name         string
	frame0, nf   int
	middle       int
	res0, resLen int
}

// Embedded returns the kal voice compiled into the binary. It is decoded once per process
// (about 5 MB resident) and shared, read-only, by every vocoder.
func Embedded() (*Voice, error) { return embedded() }

var embedded = sync.OnceValues(func() (*Voice, error) {
	v, err := LoadCompact(kalBin)
	if err != nil {
		return nil, fmt.Errorf("embedded kal voice: %w", err)
	}
	return v, nil
})

// Notice returns the licence notice of the embedded kal data (the original copyright notice,
// conditions and disclaimer, followed by a description of Chorus's modifications).
func Notice() string {
	h, err := readCompactHeader(kalBin)
	if err != nil {
		return ""
	}
	return h.Notice
}

// LoadCompact prepares a voice from a compact file held in memory.
func LoadCompact(data []byte) (*Voice, error) {
	cf, err := decodeCompact(data)
	if err != nil {
		return nil, err
	}
	return newVoice(cf)
}

func newVoice(cf *compactFile) (*Voice, error) {
	p := cf.order
	v := &Voice{
		SampleRate: cf.sampleRate,
		Order:      p,
		Header:     cf.header,
		units:      make([]unit, len(cf.units)),
		index:      make(map[string]int, len(cf.units)),
		pm:         make([]int32, len(cf.pms)),
		refl:       make([]float32, len(cf.pms)*p),
		residual:   append([]byte(nil), cf.residual...), // do not pin the whole payload
	}
	for i, u := range cf.units {
		v.units[i] = unit(u)
		v.index[u.name] = i
	}
	for f, s := range cf.pms {
		v.pm[f] = int32(s)
	}
	a := make([]float64, p)
	k := make([]float64, p)
	tmp := make([]float64, 2*p)
	for f := range cf.pms {
		for j := 0; j < p; j++ {
			a[j] = float64(cf.coef(f, j))
		}
		if !stabilize(k, a, tmp) {
			return nil, fmt.Errorf("diphone: frame %d: LPC filter cannot be made stable", f)
		}
		for j := 0; j < p; j++ {
			v.refl[f*p+j] = float32(k[j])
		}
	}
	v.level = make([]float32, len(cf.pms))
	v.resRMS = make([]float32, len(cf.pms))
	for _, u := range v.units {
		for j := 0; j < u.nf; j++ {
			lvl, r := v.frameLevel(u, j)
			v.level[u.frame0+j], v.resRMS[u.frame0+j] = float32(lvl), float32(r)
		}
	}
	return v, nil
}

// stabilize computes reflection coefficients for predictor a; if the filter is unstable it
// expands bandwidths (a_j·γ^j) until it is not. Reflection coefficients end up within
// ±maxReflection.
func stabilize(k, a, tmp []float64) bool {
	g := 1.0
	b := make([]float64, len(a))
	for try := 0; try < 120; try++ {
		gj := g
		for j := range a {
			b[j] = a[j] * gj
			gj *= g
		}
		if predictorToReflection(k, b, tmp) {
			for j := range k {
				k[j] = math.Max(-maxReflection, math.Min(maxReflection, k[j]))
			}
			return true
		}
		g *= 0.97
	}
	return false
}

// Has reports whether the voice has a diphone of this name.
func (v *Voice) Has(name string) bool { _, ok := v.index[name]; return ok }

// Diphones is the number of diphones.
func (v *Voice) Diphones() int { return len(v.units) }

// frameLevel estimates the level (dB) of the speech frame j of unit u would produce: the mean
// power of its residual between the neighbouring pitchmarks times the power gain of its
// all-pole filter for white input, 1/Π(1−k²).
// It also returns the residual's RMS.
func (v *Voice) frameLevel(u unit, j int) (float64, float64) {
	g := u.frame0 + j
	lo := 0
	if j > 0 {
		lo = int(v.pm[g-1])
	}
	hi := u.resLen
	if j+1 < u.nf {
		hi = int(v.pm[g+1])
	}
	res := v.residual[u.res0+lo : u.res0+hi]
	e := 0.0
	for _, b := range res {
		x := float64(muLawTable[b])
		e += x * x
	}
	e /= float64(max(len(res), 1))
	gain := 1.0
	for m := 0; m < v.Order; m++ {
		k := float64(v.refl[g*v.Order+m])
		gain /= 1 - k*k
	}
	return 10 * math.Log10(e*gain+1), math.Sqrt(e)
}

func (v *Voice) frameIndex(u, local int) int { return v.units[u].frame0 + local }
