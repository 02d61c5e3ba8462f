package encode

// clean returns p with non-finite samples replaced by 0 and magnitudes clamped to 1, as the
// 16-bit formats convert them (audio.ToInt16). It copies only when something must change.
func clean(p []float32) []float32 {
	for i, x := range p {
		if x != x || x > 1 || x < -1 {
			q := make([]float32, len(p))
			copy(q, p[:i])
			for j := i; j < len(p); j++ {
				q[j] = clamp(p[j])
			}
			return q
		}
	}
	return p
}

func clamp(x float32) float32 {
	switch {
	case x != x:
		return 0
	case x > 1:
		return 1
	case x < -1:
		return -1
	}
	return x
}
