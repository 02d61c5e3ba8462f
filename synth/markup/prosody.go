package markup

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Prosody is what the enclosing SSML <prosody> elements ask for, composed, relative to the
// voice's own rate, pitch and level. The zero value changes nothing.
//
// How attribute values become these numbers (keywords are Chorus's choices; SSML leaves them to
// the processor):
//
//   - rate: x-slow 0.5, slow 0.75, medium 1, fast 1.5, x-fast 2, default 1. An unsigned
//     percentage or number is a multiplier of the voice's rate ("150%", "1.5"); a signed
//     percentage changes the enclosing rate ("+20%" is ×1.2, "-20%" ×0.8).
//   - pitch: x-low −6, low −3, medium 0, high +3, x-high +6 semitones, default 0. "+2st"/"-2st"
//     add semitones; "+10Hz"/"-5Hz" add Hz to the enclosing pitch and "200Hz" sets it, both read
//     against the voice's baseline pitch (Options.BaseHz, else DefaultBaseHz) and converted to
//     semitones as 12·log2(f/base); "+20%"/"-20%" scale the enclosing pitch; "80%" sets it to
//     that fraction of the baseline.
//   - range (how far the pitch moves around its baseline): x-low 0.25, low 0.5, medium 1,
//     high 1.5, x-high 2, default 1 times the voice's range. An unsigned percentage is a
//     multiple of the voice's range ("50%"); a signed one changes the enclosing range ("+20%"
//     is ×1.2). Semitone and Hz values are errors: a range is a multiple here.
//   - volume: silent; x-soft −12, soft −6, medium 0, loud +6, x-loud +12 dB, default 0.
//     "+6dB"/"-6dB" add to the enclosing level. SSML's 0–100 amplitude scale (100 is the voice's
//     normal level) is read as 20·log10(v/100) dB: "50" is −6 dB, "0" silent; "+10"/"-10" move
//     the enclosing level along that scale. "+20%"/"-20%" scale the enclosing amplitude and
//     "50%" sets the amplitude to that fraction of normal.
//
// Keywords, unsigned percentages, absolute Hz and plain numbers set a value outright; signed
// values compose with the enclosing element's. The results must stay within MinRate…MaxRate,
// ±MaxPitch semitones and MinVolume…MaxVolume dB (the ranges a request's own rate, pitch and
// gain accept), or the attribute is an error.
type Prosody struct {
	// Rate multiplies the speaking rate (1.5 is half as fast again); 0 means 1.
	Rate float64
	// Pitch shifts the voice's pitch, in semitones.
	Pitch float64
	// Volume changes the level, in dB (−6 dB is about half the amplitude).
	Volume float64
	// Range multiplies the pitch range (how far the pitch moves for accents and at phrase
	// ends); 0 means 1.
	Range float64
	// Silent is volume="silent" (or 0 on the 0–100 scale): the text takes its time and makes no
	// sound. Volume is then meaningless.
	Silent bool
}

// RateScale is the speaking-rate multiplier (1 when Rate is 0).
func (p Prosody) RateScale() float64 {
	if p.Rate == 0 {
		return 1
	}
	return p.Rate
}

// RangeScale is the pitch-range multiplier (1 when Range is 0).
func (p Prosody) RangeScale() float64 {
	if p.Range == 0 {
		return 1
	}
	return p.Range
}

// IsZero reports whether p changes nothing.
func (p Prosody) IsZero() bool { return p.equal(Prosody{}) }

func (p Prosody) equal(q Prosody) bool {
	if p.RangeScale() != q.RangeScale() {
		return false
	}
	if p.Silent || q.Silent {
		return p.Silent == q.Silent && p.RateScale() == q.RateScale() && p.Pitch == q.Pitch
	}
	return p.RateScale() == q.RateScale() && p.Pitch == q.Pitch && p.Volume == q.Volume
}

// Limits of composed prosody, the same as a request's rate, pitch and gain.
const (
	MinRate, MaxRate     = 0.25, 4.0
	MaxPitch             = 12.0 // semitones, up or down
	MinVolume, MaxVolume = -96.0, 16.0
	MinRange, MaxRange   = 0.1, 3.0 // a multiple of the voice's pitch range, as a style's
	// DefaultBaseHz is the baseline pitch Hz values are read against when the caller gives
	// none: a typical adult speaking pitch between the usual male (~110 Hz) and female
	// (~200 Hz) averages.
	DefaultBaseHz = 150.0
)

var rateWords = map[string]float64{"x-slow": 0.5, "slow": 0.75, "medium": 1, "fast": 1.5, "x-fast": 2, "default": 1}

var pitchWords = map[string]float64{"x-low": -6, "low": -3, "medium": 0, "high": 3, "x-high": 6, "default": 0}

var rangeWords = map[string]float64{"x-low": 0.25, "low": 0.5, "medium": 1, "high": 1.5, "x-high": 2, "default": 1}

var volumeWords = map[string]float64{"x-soft": -12, "soft": -6, "medium": 0, "loud": 6, "x-loud": 12, "default": 0}

// number reads an unsigned decimal ("12", "0.5", ".5"): digits and at most one point, nothing
// else (no exponents, no inf or nan, no hex).
func number(s string) (float64, bool) {
	if s == "" || len(s) > 32 {
		return 0, false
	}
	dot, digits := false, 0
	v, scale := 0.0, 1.0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
			if dot {
				scale /= 10
				v += float64(c-'0') * scale
			} else {
				v = v*10 + float64(c-'0')
			}
		case c == '.' && !dot:
			dot = true
		default:
			return 0, false
		}
	}
	return v, digits > 0
}

// value splits a prosody value into its sign (+1, -1, or 0 when unsigned), number and unit
// (lower case, e.g. "%", "st", "hz", "db", "").
func value(s string) (sign float64, x float64, unit string, ok bool) {
	v := strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(v, "+"):
		sign, v = 1, v[1:]
	case strings.HasPrefix(v, "-"):
		sign, v = -1, v[1:]
	}
	i := 0
	for i < len(v) && (v[i] >= '0' && v[i] <= '9' || v[i] == '.') {
		i++
	}
	x, ok = number(v[:i])
	return sign, x, strings.TrimSpace(v[i:]), ok
}

var errRange = errors.New("out of range")

// rateValue applies a rate attribute to the enclosing multiplier cur.
func rateValue(s string, cur float64) (float64, error) {
	if r, ok := rateWords[strings.ToLower(strings.TrimSpace(s))]; ok {
		return r, nil
	}
	sign, x, unit, ok := value(s)
	var r float64
	switch {
	case !ok || unit != "%" && unit != "" || sign != 0 && unit == "":
		return 0, errors.New(`use x-slow, slow, medium, fast, x-fast, default, a percentage ("150%", "+20%", "-10%") or a multiplier ("1.5")`)
	case sign == 0 && unit == "%":
		r = x / 100
	case sign == 0:
		r = x
	default:
		r = cur * (1 + sign*x/100)
	}
	if !(r >= MinRate && r <= MaxRate) {
		return 0, fmt.Errorf("%w: the rate would be %.3g× the voice's; it must be %g–%g×", errRange, r, MinRate, MaxRate)
	}
	return r, nil
}

// pitchValue applies a pitch attribute to the enclosing shift cur (semitones); base is the
// voice's baseline pitch in Hz.
func pitchValue(s string, cur, base float64) (float64, error) {
	if st, ok := pitchWords[strings.ToLower(strings.TrimSpace(s))]; ok {
		return st, nil
	}
	sign, x, unit, ok := value(s)
	bad := errors.New(`use x-low, low, medium, high, x-high, default, semitones ("+2st", "-1.5st"), Hz ("+10Hz", "-5Hz", "200Hz") or a percentage ("+20%", "-10%")`)
	if !ok {
		return 0, bad
	}
	st := 0.0
	hz := func(f float64) (float64, error) {
		if !(f > 0) {
			return 0, fmt.Errorf("%w: the pitch would be %.4g Hz; it must stay above 0", errRange, f)
		}
		return 12 * math.Log2(f/base), nil
	}
	var err error
	switch {
	case unit == "st" && sign != 0:
		st = cur + sign*x
	case unit == "st":
		return 0, errors.New(`a change in semitones needs a sign: "+2st" or "-2st"`)
	case unit == "hz" && sign != 0:
		st, err = hz(base*math.Exp2(cur/12) + sign*x)
	case unit == "hz":
		st, err = hz(x)
	case unit == "%" && sign != 0:
		st, err = hz(base * math.Exp2(cur/12) * (1 + sign*x/100))
	case unit == "%":
		st, err = hz(base * x / 100)
	default:
		return 0, bad
	}
	if err != nil {
		return 0, err
	}
	if !(math.Abs(st) <= MaxPitch) {
		return 0, fmt.Errorf("%w: the pitch would move %+.3g semitones; at most ±%g", errRange, st, MaxPitch)
	}
	return st, nil
}

// volumeValue applies a volume attribute to the enclosing level (cur dB, or silent).
func volumeValue(s string, cur float64, silent bool) (float64, bool, error) {
	w := strings.ToLower(strings.TrimSpace(s))
	if w == "silent" {
		return 0, true, nil
	}
	if db, ok := volumeWords[w]; ok {
		return db, false, nil
	}
	sign, x, unit, ok := value(s)
	if !ok {
		return 0, false, errors.New(`use silent, x-soft, soft, medium, loud, x-loud, default, dB ("+6dB", "-3dB"), a level from 0 to 100, a change ("+10", "-10") or a percentage ("+20%", "50%")`)
	}
	// amp turns an amplitude ratio to normal into dB, or silence.
	amp := func(a float64) (float64, bool) {
		if a <= 0 {
			return 0, true
		}
		return 20 * math.Log10(a), false
	}
	var db float64
	switch {
	case unit == "db" && sign == 0:
		return 0, false, errors.New(`a change in dB needs a sign: "+6dB" or "-6dB"`)
	case unit == "db":
		if silent {
			return 0, true, nil
		}
		db = cur + sign*x
	case unit == "%" && sign == 0:
		db, silent = amp(x / 100)
	case unit == "%":
		if silent {
			return 0, true, nil
		}
		db, silent = amp(math.Pow(10, cur/20) * (1 + sign*x/100))
	case unit == "" && sign == 0:
		if x > 100 {
			return 0, false, fmt.Errorf("%w: a level is 0 (silent) to 100 (normal)", errRange)
		}
		db, silent = amp(x / 100)
	case unit == "":
		level := 0.0
		if !silent {
			level = 100 * math.Pow(10, cur/20)
		}
		db, silent = amp((level + sign*x) / 100)
	default:
		return 0, false, errors.New(`use dB ("+6dB"), a level from 0 to 100, or a percentage ("+20%")`)
	}
	if silent {
		return 0, true, nil
	}
	if !(db >= MinVolume && db <= MaxVolume) {
		return 0, false, fmt.Errorf("%w: the level would change by %+.3g dB; it must be %g…%+g dB", errRange, db, MinVolume, MaxVolume)
	}
	return db, false, nil
}

// rangeValue applies a range attribute to the enclosing range multiplier cur.
func rangeValue(s string, cur float64) (float64, error) {
	if r, ok := rangeWords[strings.ToLower(strings.TrimSpace(s))]; ok {
		return r, nil
	}
	sign, x, unit, ok := value(s)
	var r float64
	switch {
	case !ok || unit != "%":
		return 0, errors.New(`use x-low, low, medium, high, x-high, default or a percentage ("50%" of the voice's range, "+20%", "-20%")`)
	case sign == 0:
		r = x / 100
	default:
		r = cur * (1 + sign*x/100)
	}
	if !(r >= MinRange && r <= MaxRange) {
		return 0, fmt.Errorf("%w: the range would be %.3g× the voice's; it must be %g–%g×", errRange, r, MinRange, MaxRange)
	}
	return r, nil
}
