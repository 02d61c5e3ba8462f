package hts

import "math"

// The envelope's spectrum takes an exponential and a sine and cosine per bin and frame; the
// library functions handle every special case and dominate the stage's time. These serve the
// finite, moderate arguments it has (|x| ≤ 700 for exp, |x| ≤ 1e6 for sincos), to within
// 1e-13 (TestFastMathAccuracy).

// Cody–Waite split constants (fdlibm's): hi has trailing zero bits, so n·hi is exact.
const (
	ln2Hi  = 6.93147180369123816490e-01
	ln2Lo  = 1.90821492927058770002e-10
	log2e  = 1.44269504088896338700e+00
	pio2Hi = 1.57079632673412561417e+00
	pio2Lo = 6.07710050650619224932e-11
	twoOPi = 6.36619772367581382433e-01
	// Adding and subtracting 1.5·2^52 rounds a float64 below 2^51 in magnitude to the
	// nearest integer, without a call.
	roundMagic = 6755399441055744.0
)

// fastExp is e^x for x ≤ 700; below −700 it is 0.
func fastExp(x float64) float64 {
	if x < -700 {
		return 0
	}
	n := (x*log2e + roundMagic) - roundMagic
	r := (x - n*ln2Hi) - n*ln2Lo // |r| ≤ ln2/2
	// Taylor series to r^11: the remainder is below 0.347^12/12! ≈ 6e-15.
	p := 1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120+r*(1.0/720+r*(1.0/5040+r*(1.0/40320+r*(1.0/362880+r*(1.0/3628800+r*(1.0/39916800)))))))))))
	return p * math.Float64frombits(uint64(int64(n)+1023)<<52)
}

// fastSincos is sin x and cos x for |x| ≤ 1e6.
func fastSincos(x float64) (sin, cos float64) {
	k := (x*twoOPi + roundMagic) - roundMagic
	r := (x - k*pio2Hi) - k*pio2Lo // |r| ≤ π/4
	r2 := r * r
	// Taylor series to r^15 and r^14: remainders below (π/4)^17/17! and (π/4)^16/16!, ~1e-16.
	s := r * (1 - r2*(1.0/6-r2*(1.0/120-r2*(1.0/5040-r2*(1.0/362880-r2*(1.0/39916800-r2*(1.0/6227020800-r2*(1.0/1307674368000))))))))
	c := 1 - r2*(1.0/2-r2*(1.0/24-r2*(1.0/720-r2*(1.0/40320-r2*(1.0/3628800-r2*(1.0/479001600-r2*(1.0/87178291200)))))))
	switch int64(k) & 3 {
	case 0:
		return s, c
	case 1:
		return c, -s
	case 2:
		return -s, -c
	default:
		return -c, s
	}
}
