package diphone

import (
	"math"
	"math/rand/v2"
	"testing"
)

// randomReflection returns stable reflection coefficients.
func randomReflection(r *rand.Rand, p int) []float64 {
	k := make([]float64, p)
	for i := range k {
		k[i] = (r.Float64()*2 - 1) * 0.95
	}
	return k
}

func TestReflectionRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, p := range []int{1, 2, 3, 8, 16} {
		for trial := 0; trial < 50; trial++ {
			k := randomReflection(r, p)
			a := make([]float64, p)
			reflectionToPredictor(a, k, make([]float64, p))
			k2 := make([]float64, p)
			if !predictorToReflection(k2, a, make([]float64, 2*p)) {
				t.Fatalf("order %d: stable filter reported unstable", p)
			}
			for i := range k {
				if math.Abs(k[i]-k2[i]) > 1e-6 {
					t.Fatalf("order %d: k[%d] %v came back as %v", p, i, k[i], k2[i])
				}
			}
		}
	}
}

func TestPredictorToReflectionRejectsUnstable(t *testing.T) {
	// s[n] = 2.1 s[n-1] - ... : a pole outside the unit circle (a1 = 1.5, a2 = 0.6).
	if predictorToReflection(make([]float64, 2), []float64{1.5, 0.6}, make([]float64, 4)) {
		t.Fatal("unstable filter accepted")
	}
	if predictorToReflection(make([]float64, 1), []float64{math.NaN()}, make([]float64, 2)) {
		t.Fatal("NaN accepted")
	}
}

// directForm runs one step of the all-pole recursion s[n] = Σ a_j s[n−j] + e[n], hist holding
// s[n−1], s[n−2], ... (updated), and returns s[n].
func directForm(a, hist []float64, e float64) float64 {
	y := e
	for j := range a {
		y += a[j] * hist[j]
	}
	copy(hist[1:], hist[:len(a)-1])
	hist[0] = y
	return y
}

// TestLatticeMatchesDirectForm filters noise through the lattice and the direct-form
// recursion s[n] = Σ a_j s[n−j] + e[n]; they must agree.
func TestLatticeMatchesDirectForm(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, p := range []int{1, 4, 16} {
		k := randomReflection(r, p)
		a := make([]float64, p)
		reflectionToPredictor(a, k, make([]float64, p))
		l := newLattice(p)
		hist := make([]float64, p)
		for n := 0; n < 2000; n++ {
			e := r.NormFloat64()
			y := directForm(a, hist, e)
			got := l.step(e, k)
			if math.Abs(got-y) > 1e-7*math.Max(1, math.Abs(y)) {
				t.Fatalf("order %d sample %d: lattice %v, direct %v", p, n, got, y)
			}
		}
	}
}

func TestStabilizeExpandsBandwidth(t *testing.T) {
	k := make([]float64, 2)
	if !stabilize(k, []float64{1.5, 0.6}, make([]float64, 4)) {
		t.Fatal("could not stabilize")
	}
	for _, x := range k {
		if math.Abs(x) > maxReflection {
			t.Fatalf("reflection %v beyond %v", x, maxReflection)
		}
	}
}

// TestDampedLatticeIsBandwidthExpansion: stepDamped with factor g is the all-pole filter
// 1/A(z/g), the direct-form recursion with each predictor coefficient a_j scaled by g^j (every
// pole drawn in by g, so each resonance's bandwidth widens by −ln(g)·rate/π Hz); with g = 1 it
// is step exactly.
func TestDampedLatticeIsBandwidthExpansion(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, p := range []int{1, 4, 16} {
		for _, g := range []float64{1, 0.97, 0.8} {
			k := randomReflection(r, p)
			a := make([]float64, p)
			reflectionToPredictor(a, k, make([]float64, p))
			for j := range a {
				a[j] *= math.Pow(g, float64(j+1))
			}
			damped, plain := newLattice(p), newLattice(p)
			hist := make([]float64, p)
			for n := 0; n < 2000; n++ {
				e := r.NormFloat64()
				y := directForm(a, hist, e)
				got := damped.stepDamped(e, k, g)
				if math.Abs(got-y) > 1e-7*math.Max(1, math.Abs(y)) {
					t.Fatalf("order %d, g %v, sample %d: damped lattice %v, direct form with a_j·g^j %v", p, g, n, got, y)
				}
				if want := plain.step(e, k); g == 1 && got != want {
					t.Fatalf("order %d sample %d: g = 1 gave %v, step %v", p, n, got, want)
				}
			}
		}
	}
}
