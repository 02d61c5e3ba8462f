package hts

import "math"

// The envelope's spectrum takes an exponential and a sine and cosine per bin and frame; the
// library functions handle every special case and dominate the stage's time. These serve the
// finite, moderate arguments it has (|x| ≤ 700 for exp, |x| ≤ 1e4 for sincos), to within
// 1e-12 (TestFastMathAccuracy): a table of 2^(j/32) or of sin and cos at multiples of 2π/256,
// and a short polynomial for the remainder, whose terms do not wait on one another.

const (
	expSteps = 32  // table steps per octave
	sinSteps = 256 // table steps per turn
	// Adding and subtracting 1.5·2^52 rounds a float64 below 2^51 in magnitude to the
	// nearest integer, without a call.
	roundMagic = 6755399441055744.0
)

// Cody–Waite splits: the high parts have their 27 low mantissa bits cleared, so n·hi is exact
// for the n these functions see (|n| < 2^26).
var (
	expStepHi, expStepLo = split(math.Ln2 / expSteps)
	sinStepHi, sinStepLo = split(2 * math.Pi / sinSteps)
	exp2Table            = func() (t [expSteps]float64) {
		for j := range t {
			t[j] = math.Exp2(float64(j) / expSteps)
		}
		return t
	}()
	sinTable, cosTable = func() (s, c [sinSteps]float64) {
		for j := range s {
			s[j], c[j] = math.Sincos(2 * math.Pi * float64(j) / sinSteps)
		}
		return s, c
	}()
)

func split(x float64) (hi, lo float64) {
	hi = math.Float64frombits(math.Float64bits(x) &^ (1<<27 - 1))
	return hi, x - hi
}

// fastExp is e^x for x ≤ 700; below −700 it is 0.
func fastExp(x float64) float64 {
	if x < -700 {
		return 0
	}
	n := (x*(expSteps/math.Ln2) + roundMagic) - roundMagic
	r := (x - n*expStepHi) - n*expStepLo // |r| ≤ ln2/64
	k := int64(n)
	// e^r to r^5: the remainder is below (ln2/64)^6/6! ≈ 2e-15.
	r2 := r * r
	p := (1 + r) + r2*((0.5+r*(1.0/6))+r2*(1.0/24+r*(1.0/120)))
	return p * exp2Table[k&(expSteps-1)] * math.Float64frombits(uint64(k>>5+1023)<<52)
}

// fastSincos is sin x and cos x for |x| ≤ 1e4.
func fastSincos(x float64) (sin, cos float64) {
	n := (x*(sinSteps/(2*math.Pi)) + roundMagic) - roundMagic
	r := (x - n*sinStepHi) - n*sinStepLo // |r| ≤ π/256
	j := int64(n) & (sinSteps - 1)
	// sin r to r^7 and cos r to r^8: remainders below (π/256)^9/9! and (π/256)^10/10!.
	r2 := r * r
	sr := r * (1 - r2*(1.0/6-r2*(1.0/120-r2*(1.0/5040))))
	cr := 1 - r2*(0.5-r2*(1.0/24-r2*(1.0/720-r2*(1.0/40320))))
	s, c := sinTable[j], cosTable[j]
	return s*cr + c*sr, c*cr - s*sr
}
