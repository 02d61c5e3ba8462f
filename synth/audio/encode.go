package audio

import "encoding/binary"

// ToInt16 converts a float sample in [-1, 1] to a 16-bit integer, saturating out-of-range values
// and mapping NaN to 0.
func ToInt16(x float32) int16 {
	if x != x { // NaN
		return 0
	}
	v := float64(x) * 32767 // exact: a float32 times a 15-bit integer fits a float64
	if v >= 32767 {
		return 32767
	}
	if v <= -32768 {
		return -32768
	}
	// Round half away from zero, like math.Round but inline: the addition is exact for every
	// product of a float32 and 32767, so truncating it rounds correctly.
	if v >= 0 {
		return int16(v + 0.5)
	}
	return int16(v - 0.5)
}

// FromInt16 converts a 16-bit sample back to a float, the inverse of ToInt16 on its grid.
func FromInt16(v int16) float32 { return float32(v) / 32767 }

// Encode appends p encoded as e to dst and returns the extended slice.
func Encode(dst []byte, e Encoding, p []float32) []byte {
	switch e {
	case MuLaw:
		for _, x := range p {
			dst = append(dst, LinearToMuLaw(ToInt16(x)))
		}
	case ALaw:
		for _, x := range p {
			dst = append(dst, LinearToALaw(ToInt16(x)))
		}
	default:
		for _, x := range p {
			dst = binary.LittleEndian.AppendUint16(dst, uint16(ToInt16(x)))
		}
	}
	return dst
}

// Decode converts encoded bytes back to float samples (for tests and clients).
func Decode(dst []float32, e Encoding, b []byte) []float32 {
	switch e {
	case MuLaw:
		for _, c := range b {
			dst = append(dst, float32(MuLawToLinear(c))/32768)
		}
	case ALaw:
		for _, c := range b {
			dst = append(dst, float32(ALawToLinear(c))/32768)
		}
	default:
		for i := 0; i+1 < len(b); i += 2 {
			dst = append(dst, FromInt16(int16(binary.LittleEndian.Uint16(b[i:]))))
		}
	}
	return dst
}

const (
	muBias = 0x84
	muClip = 32635
)

// LinearToMuLaw encodes one 16-bit sample as G.711 µ-law.
func LinearToMuLaw(s int16) byte {
	x := int(s)
	sign := 0
	if x < 0 {
		x = -x
		sign = 0x80
	}
	if x > muClip {
		x = muClip
	}
	x += muBias
	exp := 7
	for mask := 0x4000; exp > 0 && x&mask == 0; mask >>= 1 {
		exp--
	}
	mant := (x >> (exp + 3)) & 0x0F
	return ^byte(sign | exp<<4 | mant)
}

// MuLawToLinear decodes one G.711 µ-law byte.
func MuLawToLinear(c byte) int16 {
	c = ^c
	exp := int(c>>4) & 7
	mant := int(c & 0x0F)
	x := ((mant << 3) + muBias) << exp
	x -= muBias
	if c&0x80 != 0 {
		return int16(-x)
	}
	return int16(x)
}

// LinearToALaw encodes one 16-bit sample as G.711 A-law.
func LinearToALaw(s int16) byte {
	x := int(s) >> 3 // 13-bit magnitude domain
	sign := 0x80
	if x < 0 {
		x = -x - 1
		sign = 0
	}
	var out int
	if x < 32 {
		out = x >> 1
	} else {
		exp := 1
		for v := x >> 6; v > 0 && exp < 7; v >>= 1 {
			exp++
		}
		if x >= 4096 {
			x = 4095
			exp = 7
		}
		out = exp<<4 | (x>>exp)&0x0F
	}
	return byte((out | sign) ^ 0x55)
}

// ALawToLinear decodes one G.711 A-law byte.
func ALawToLinear(c byte) int16 {
	c ^= 0x55
	exp := int(c>>4) & 7
	mant := int(c & 0x0F)
	var x int
	if exp == 0 {
		x = mant<<4 + 8
	} else {
		x = (mant<<4 + 0x108) << (exp - 1)
	}
	if c&0x80 == 0 {
		return int16(-x)
	}
	return int16(x)
}
