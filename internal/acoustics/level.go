package acoustics

import "math"

// RMS returns the root-mean-square level of x (0 for empty input); non-finite samples count as 0.
func RMS(x []float32) float64 {
	if len(x) == 0 {
		return 0
	}
	var s float64
	for _, v := range x {
		f := finiteValue(v)
		s += f * f
	}
	return math.Sqrt(s / float64(len(x)))
}

// Peak returns the largest absolute sample of x; non-finite samples count as 0.
func Peak(x []float32) float64 {
	p := 0.0
	for _, v := range x {
		p = max(p, math.Abs(finiteValue(v)))
	}
	return p
}

// NonFinite counts the NaN and ±Inf samples of x.
func NonFinite(x []float32) int {
	n := 0
	for _, v := range x {
		if f := float64(v); math.IsNaN(f) || math.IsInf(f, 0) {
			n++
		}
	}
	return n
}

// finiteValue is v as a float64, or 0 when v is NaN or ±Inf.
func finiteValue(v float32) float64 {
	f := float64(v)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}
