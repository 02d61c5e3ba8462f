package diphone

import (
	_ "embed"
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"
)

//go:embed data/kal.bin
var kalBin []byte

//go:embed data/ked.bin
var kedBin []byte

// DefaultVoice is the embedded voice used when Params.Voice is empty.
const DefaultVoice = "kal"

// builtinVoice is one database compiled into the binary, decoded on its first use.
type builtinVoice struct {
	name   string
	data   []byte
	rules  *naming
	load   func() (*Voice, error)
	loaded atomic.Bool // load has decoded the data
}

func newEmbedded(name string, data []byte, rules *naming) *builtinVoice {
	e := &builtinVoice{name: name, data: data, rules: rules}
	e.load = sync.OnceValues(func() (*Voice, error) {
		v, err := LoadCompact(data)
		if err != nil {
			return nil, fmt.Errorf("embedded %s voice: %w", name, err)
		}
		v.rules = rules
		e.loaded.Store(true)
		return v, nil
	})
	return e
}

// builtinVoices are the compiled-in databases, in the order Voices and Notice list them. The
// data is constant; each entry decodes at most once per process.
var builtinVoices = []*builtinVoice{
	newEmbedded("kal", kalBin, kalNaming),
	newEmbedded("ked", kedBin, kedNaming),
}

func findEmbedded(name string) (*builtinVoice, bool) {
	if name == "" {
		name = DefaultVoice
	}
	for _, e := range builtinVoices {
		if e.name == name {
			return e, true
		}
	}
	return nil, false
}

// Voices lists the names of the embedded voices.
func Voices() []string {
	out := make([]string, len(builtinVoices))
	for i, e := range builtinVoices {
		out[i] = e.name
	}
	return out
}

// Embedded returns the kal voice compiled into the binary. It is decoded once per process
// (about 5 MB resident) and shared, read-only, by every vocoder.
func Embedded() (*Voice, error) { return EmbeddedVoice(DefaultVoice) }

// EmbeddedVoice returns the named voice compiled into the binary ("" means DefaultVoice). Each
// voice is decoded on its first use (about 5 MB resident each) and shared, read-only, by every
// vocoder; a voice never asked for costs only its compressed data in the binary.
func EmbeddedVoice(name string) (*Voice, error) {
	e, ok := findEmbedded(name)
	if !ok {
		return nil, fmt.Errorf("diphone: no embedded voice %q (have %s)", name, strings.Join(Voices(), ", "))
	}
	return e.load()
}

// Notice returns the licence notices of the embedded voice data: for each voice, the original
// copyright notice, conditions and disclaimer, followed by a description of Chorus's
// modifications, under a line naming the voice.
func Notice() string {
	var b strings.Builder
	for i, e := range builtinVoices {
		h, err := readCompactHeader(e.data)
		if err != nil {
			continue
		}
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "-- Voice %s --\n\n%s", e.name, strings.TrimSpace(h.Notice))
		b.WriteString("\n")
	}
	return b.String()
}

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
	grain      []float32 // per global frame: level of the cycle it adds in the vocoder, dB (grainDB)
	residual   []byte    // µ-law, all units
	rules      *naming   // how phones are named in this database's diphones
}

type unit struct {
	name         string
	frame0, nf   int
	middle       int
	res0, resLen int
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
		rules:      kalNaming,
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
	v.grain = make([]float32, len(cf.pms))
	for _, u := range v.units {
		for j := 0; j < u.nf; j++ {
			lvl, r := v.frameLevel(u, j)
			v.level[u.frame0+j], v.resRMS[u.frame0+j] = float32(lvl), float32(r)
			v.grain[u.frame0+j] = float32(v.grainDB(u, j))
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
	lo, _, hi := v.pitchmarks(u, j)
	res := v.residual[u.res0+lo : u.res0+hi]
	e := 0.0
	for _, b := range res {
		x := float64(muLawTable[b])
		e += x * x
	}
	e /= float64(max(len(res), 1))
	return 10 * math.Log10(e*v.powerGain(u.frame0+j)+1), math.Sqrt(e)
}

// pitchmarks returns frame j of unit u's pitchmark and its neighbours' (the unit's edges where
// it has none), as offsets in the unit's residual.
func (v *Voice) pitchmarks(u unit, j int) (prev, pm, next int) {
	g := u.frame0 + j
	pm, next = int(v.pm[g]), u.resLen
	if j > 0 {
		prev = int(v.pm[g-1])
	}
	if j+1 < u.nf {
		next = int(v.pm[g+1])
	}
	return prev, pm, next
}

// powerGain is the power gain of voice frame g's all-pole filter for white input, 1/Π(1−k²).
func (v *Voice) powerGain(g int) float64 {
	gain := 1.0
	for m := 0; m < v.Order; m++ {
		k := float64(v.refl[g*v.Order+m])
		gain /= 1 - k*k
	}
	return gain
}

// grainDB is the level (dB) of the cycle frame j of unit u adds in the vocoder: the energy of
// its residual under the overlap-add window (an asymmetric Hann window reaching the
// neighbouring pitchmarks, as Vocoder.overlapAdd uses it) times its filter's power gain.
func (v *Voice) grainDB(u unit, j int) float64 {
	prev, pm, next := v.pitchmarks(u, j)
	res := v.residual[u.res0 : u.res0+u.resLen]
	e := 0.0
	for _, h := range [2]struct{ n, dir int }{{min(next-pm, maxHalf), 1}, {min(pm-prev, maxHalf), -1}} {
		if h.n <= 0 {
			continue
		}
		// cos(πm/n) by the Chebyshev recurrence cos((m+1)θ) = 2cos θ cos(mθ) − cos((m−1)θ):
		// one math.Cos a half instead of one a sample (this runs for every frame of a phrase).
		c1 := math.Cos(math.Pi / float64(h.n))
		cPrev, c := c1, 1.0 // cos(−θ), cos(0)
		for m := 0; m < h.n; m++ {
			w := 0.5 * (1 + c)
			cPrev, c = c, 2*c1*c-cPrev
			if h.dir < 0 && m == 0 {
				continue
			}
			r := pm + h.dir*m
			if r < 0 || r >= len(res) {
				continue
			}
			x := w * float64(muLawTable[res[r]])
			e += x * x
		}
	}
	return 10 * math.Log10(e*v.powerGain(u.frame0+j)+1)
}

func (v *Voice) frameIndex(u, local int) int { return v.units[u].frame0 + local }
