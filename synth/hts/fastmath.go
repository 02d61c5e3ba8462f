package hts

import "math"

// The envelope's spectrum takes a complex exponential per bin and frame; the library functions
// handle every special case and dominate the stage's time. expSpectrum serves the finite,
// moderate arguments it has, to within 1e-12 relative (TestFastMathAccuracy): tables of
// 2^(j/256) and of cos and sin at multiples of 2π/512, and polynomials of the third and fourth
// degree for the remainders.

const (
	expSteps = 256 // table steps per octave
	sinSteps = 512 // table steps per turn
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
	cosSinTable = func() (t [sinSteps][2]float64) {
		for j := range t {
			t[j][1], t[j][0] = math.Sincos(2 * math.Pi * float64(j) / sinSteps)
		}
		return t
	}()
)

func split(x float64) (hi, lo float64) {
	hi = math.Float64frombits(math.Float64bits(x) &^ (1<<27 - 1))
	return hi, x - hi
}

// expSpectrum replaces each bin v of H by e^v = e^x·(cos y + i·sin y), x = Re v, y = Im v
// (below x = −700 the result is 0). It stops and reports false at the first bin with x ≥ xMax,
// |y| ≥ yMax or either part NaN; with xMax ≤ 700 and yMax ≤ 1e4 the results are within 1e-12
// relative. One loop over the bins, with nothing called: the function the loop would call is too
// large to be inlined, and the calls cost a fifth of the time.
func expSpectrum(H []complex128, xMax, yMax float64) bool {
	for i, v := range H {
		x, y := real(v), imag(v)
		if !(x < xMax && math.Abs(y) < yMax) { // false for NaN too
			return false
		}
		if x < -700 {
			H[i] = 0
			continue
		}
		// e^x = 2^(n/256)·e^r: n rounded, |r| ≤ ln2/512.
		n := (x*(expSteps/math.Ln2) + roundMagic) - roundMagic
		r := (x - n*expStepHi) - n*expStepLo
		k := int64(n)
		// e^r to r^3: the remainder is below (ln2/512)^4/4! ≈ 1.4e-13.
		p := (1 + r) + r*r*(0.5+r*(1.0/6))
		a := p * exp2Table[k&(expSteps-1)] * math.Float64frombits(uint64(k>>8+1023)<<52)
		// y = j·2π/512 + q: n rounded, |q| ≤ π/512.
		n = (y*(sinSteps/(2*math.Pi)) + roundMagic) - roundMagic
		q := (y - n*sinStepHi) - n*sinStepLo
		j := int64(n) & (sinSteps - 1)
		// sin q to q^3 and cos q to q^4: remainders below (π/512)^5/5! ≈ 7e-14 and
		// (π/512)^6/6! ≈ 7e-17.
		q2 := q * q
		sq := q - q*q2*(1.0/6)
		cq := 1 - q2*(0.5-q2*(1.0/24))
		cs := &cosSinTable[j]
		c, s := cs[0], cs[1]
		H[i] = complex(a*(c*cq-s*sq), a*(s*cq+c*sq))
	}
	return true
}
