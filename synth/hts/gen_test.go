package hts

import (
	"math"
	"math/rand/v2"
	"testing"
)

var deltaWins = [][]float64{{1}, {-0.5, 0, 0.5}, {1, -2, 1}}

func TestStateDurations(t *testing.T) {
	mean := []float32{2, 4, 6, 4, 2}
	vari := []float32{1, 1, 1, 1, 1}
	dst := make([]int, 5)
	for _, T := range []int{0, 1, 3, 5, 7, 18, 40, 200} {
		stateDurations(dst, mean, vari, T)
		sum := 0
		for _, d := range dst {
			sum += d
			if d < 0 || T >= 5 && d < 1 {
				t.Errorf("T=%d: state duration %d in %v", T, d, dst)
			}
		}
		if sum != T {
			t.Errorf("T=%d: durations %v add up to %d", T, dst, sum)
		}
	}
	// At the model's own total the durations are the means.
	stateDurations(dst, mean, vari, 18)
	if want := []int{2, 4, 6, 4, 2}; !equalInts(dst, want) {
		t.Errorf("T=Σμ: %v, want the means %v", dst, want)
	}
	// Stretching goes to the states with the larger variances.
	stateDurations(dst, mean, []float32{1, 1, 10, 1, 1}, 32)
	if dst[2] < 6+10 {
		t.Errorf("14 extra frames with the middle state's variance 10 of 14: %v", dst)
	}
	// Fewer frames than states: the longest states get them.
	stateDurations(dst, mean, vari, 2)
	if dst[2] != 1 || dst[0]+dst[4] != 0 {
		t.Errorf("T=2: %v, want the frames on the longest states", dst)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// dense builds WᵀPW and WᵀPμ as full matrices, independently of the band code.
func dense(T int, wins [][]float64, mu, prec []float64) ([][]float64, []float64) {
	K := len(wins)
	R := make([][]float64, T)
	for i := range R {
		R[i] = make([]float64, T)
	}
	r := make([]float64, T)
	for t := 0; t < T; t++ {
		for k, w := range wins {
			h := len(w) / 2
			row := make([]float64, T) // row of W for (t, k)
			for j := -h; j <= h; j++ {
				if t+j >= 0 && t+j < T {
					row[t+j] = w[j+h]
				}
			}
			p, m := prec[t*K+k], mu[t*K+k]
			for a := 0; a < T; a++ {
				r[a] += row[a] * p * m
				for b := 0; b < T; b++ {
					R[a][b] += row[a] * p * row[b]
				}
			}
		}
	}
	return R, r
}

func TestMLPGSolvesNormalEquations(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	const T = 40
	g := newMLPG(deltaWins)
	g.reset(T)
	for i := range g.mu {
		g.mu[i] = rnd.NormFloat64()
		g.prec[i] = 0.5 + rnd.Float64()*4
	}
	mu := append([]float64(nil), g.mu...)
	prec := append([]float64(nil), g.prec...)
	c := append([]float64(nil), g.solve(T)...)
	R, r := dense(T, deltaWins, mu, prec)
	for a := 0; a < T; a++ {
		s := 0.0
		for b := 0; b < T; b++ {
			s += R[a][b] * c[b]
		}
		// The system is well conditioned (static precisions ≥ 0.5): 1e-9 is far above
		// float64 rounding and far below any real error.
		if math.Abs(s-r[a]) > 1e-9 {
			t.Fatalf("row %d: (Rc) = %v, r = %v", a, s, r[a])
		}
	}
}

func TestMLPGStaticOnlyGivesMeans(t *testing.T) {
	const T = 12
	g := newMLPG(deltaWins)
	g.reset(T)
	for i := 0; i < T; i++ {
		g.mu[i*3] = float64(i % 4)
		g.prec[i*3] = 1
	}
	c := g.solve(T)
	for i := 0; i < T; i++ {
		if math.Abs(c[i]-float64(i%4)) > 1e-12 {
			t.Fatalf("frame %d: %v, want the static mean %d", i, c[i], i%4)
		}
	}
}

func TestGVMovesVarianceTowardsTarget(t *testing.T) {
	const T = 200
	g := newMLPG(deltaWins)
	g.reset(T)
	for i := 0; i < T; i++ {
		g.mu[i*3] = 0.1 * math.Sin(float64(i)/8)
		g.prec[i*3] = 10
		g.prec[i*3+1] = 100
		g.prec[i*3+2] = 100
	}
	c := g.solve(T)
	on := make([]bool, T)
	for i := range on {
		on[i] = true
	}
	v0 := variance(c)
	const target = 0.02
	g.applyGV(c, on, target, 1000)
	v1 := variance(c)
	if !(v0 < target/2) || math.Abs(v1-target) > math.Abs(v0-target)/2 {
		t.Errorf("variance %v → %v, want it at least halfway to %v", v0, v1, target)
	}
}

func variance(c []float64) float64 {
	m := 0.0
	for _, x := range c {
		m += x
	}
	m /= float64(len(c))
	v := 0.0
	for _, x := range c {
		v += (x - m) * (x - m)
	}
	return v / float64(len(c))
}

func TestGlob(t *testing.T) {
	for _, c := range []struct {
		pat, s string
		want   bool
	}{
		{"*-aa+*", "x^b-aa+c=d", true},
		{"*-aa+*", "x^b-aax+c", false},
		{"aa^*", "aa^b-c", true},
		{"aa^*", "xaa^b", false},
		{"*-2", "J:3+2-2", true},
		{"*-2", "J:3+2-12", false},
		{"*/J:?+*", "a/J:9+3-1", true},
		{"*/J:?+*", "a/J:10+3-1", false},
		{"*|L-L%/*", "b|L-L%/I:0", true},
		{"*@?_*", "x@1_2", true},
		{"a*b*c", "abbbc", true},
		{"a*b*c", "acb", false},
		{"*", "", true},
		{"?", "", false},
		{"*", "*0", true},   // a '*' in the label is literal, never the pattern's wildcard
		{"*x", "*yx", true}, // (FuzzAnswers found glob taking it for one)
		{"*-x+*", "*a-x+", true},
	} {
		p := compilePattern(c.pat)
		if got := p.match(c.s); got != c.want {
			t.Errorf("%q ~ %q = %v, want %v", c.pat, c.s, got, c.want)
		}
		if got := glob(c.pat, c.s); got != c.want {
			t.Errorf("glob(%q, %q) = %v, want %v", c.pat, c.s, got, c.want)
		}
	}
}

// bandMul must be the product with the full symmetric matrix whose upper band R holds, at the
// sequence's edges and inside it, for the two-wide band of the unrolled path and another.
func TestBandMulIsTheSymmetricProduct(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	for _, bw := range []int{1, 2, 3} {
		for _, T := range []int{1, 3, 5, 12} {
			B := bw + 1
			R := make([]float64, T*B)
			for i := range R {
				R[i] = rnd.NormFloat64()
			}
			full := func(i, j int) float64 {
				if i > j {
					i, j = j, i
				}
				if j-i > bw {
					return 0
				}
				return R[i*B+j-i]
			}
			c := make([]float64, T)
			for i := range c {
				c[i] = rnd.NormFloat64()
			}
			got := make([]float64, T)
			bandMul(got, R, c, T, bw)
			for i := 0; i < T; i++ {
				want := 0.0
				for j := 0; j < T; j++ {
					want += full(i, j) * c[j]
				}
				if math.Abs(got[i]-want) > 1e-12 {
					t.Errorf("bw %d T %d row %d: %v, want %v", bw, T, i, got[i], want)
				}
			}
		}
	}
}

// The narrow solver (windows at most three wide) must give what the general band solver
// gives, on every length down to one frame, with windows cut off by zero precisions at the
// edges (as the vocoder sets them) and without (the windows' terms past the edges dropped):
// the solution, and the unfactorised R and r that applyGV reads.
func TestNarrowSolveMatchesGeneral(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 6))
	for _, wins := range [][][]float64{deltaWins, {{1}, {-0.5, 0, 0.5}}, {{1}, {0.2, -1, 0.7}, {1, -2, 1}}} {
		for _, T := range []int{1, 2, 3, 4, 7, 40, -1, -2, -3, -7} {
			cut := T > 0
			T = max(T, -T)
			narrow, general := newMLPG(wins), newMLPG(wins)
			if !narrow.narrow {
				t.Fatalf("windows %v: not taken as narrow", wins)
			}
			general.narrow = false
			K := len(wins)
			narrow.reset(T)
			general.reset(T)
			for i := range narrow.mu {
				narrow.mu[i] = rnd.NormFloat64()
				narrow.prec[i] = 0.5 + rnd.Float64()*4
				if k := i % K; cut && k > 0 && (i/K == 0 || i/K == T-1) {
					narrow.prec[i] = 0 // a window reaching past the sequence
				}
			}
			copy(general.mu, narrow.mu)
			copy(general.prec, narrow.prec)
			got := append([]float64(nil), narrow.solve(T)...)
			want := general.solve(T)
			for i := range want {
				// Rounding in another order, on a well-conditioned system (static
				// precisions ≥ 0.5): 1e-12 is far above it and far below any real error.
				if math.Abs(got[i]-want[i]) > 1e-12*(1+math.Abs(want[i])) {
					t.Fatalf("windows %v, T %d, cut %v: c[%d] = %v, want %v", wins, T, cut, i, got[i], want[i])
				}
			}
			for i := 0; i < T; i++ {
				if math.Abs(narrow.r[i]-general.r[i]) > 1e-12*(1+math.Abs(general.r[i])) {
					t.Fatalf("windows %v, T %d, cut %v: r[%d] = %v, want %v", wins, T, cut, i, narrow.r[i], general.r[i])
				}
				for d := 0; d <= 2; d++ {
					a, b := narrow.raw[3*i+d], general.raw[3*i+d]
					if math.Abs(a-b) > 1e-12*(1+math.Abs(b)) {
						t.Fatalf("windows %v, T %d, cut %v: R(%d, %d) = %v, want %v", wins, T, cut, i, i+d, a, b)
					}
				}
			}
		}
	}
}

// The shortcuts for HTS's own windows (std: the products of a zero coefficient left out of
// solveNarrow's sums; R·c computed inside applyGV's gradient loop) drop only additions of
// zero and reorder no sum, so they must give the general narrow path's parameters bit for
// bit, also with precisions zeroed where a window reaches past the sequence.
func TestStandardWindowShortcutsChangeNoBit(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 8))
	for _, T := range []int{1, 2, 3, 4, 5, 6, 9, 40, 301} {
		fast, slow := newMLPG(deltaWins), newMLPG(deltaWins)
		if !fast.std {
			t.Fatal("HTS's windows not taken as std")
		}
		slow.std = false
		fast.reset(T)
		slow.reset(T)
		for i := range fast.mu {
			fast.mu[i] = rnd.NormFloat64()
			fast.prec[i] = 0.5 + rnd.Float64()*4
			if k := i % 3; k > 0 && (i/3 == 0 || i/3 == T-1) {
				fast.prec[i] = 0
			}
		}
		copy(slow.mu, fast.mu)
		copy(slow.prec, fast.prec)
		got := append([]float64(nil), fast.solve(T)...)
		want := append([]float64(nil), slow.solve(T)...)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("T %d: solve: c[%d] = %v, want %v", T, i, got[i], want[i])
			}
		}
		on := make([]bool, T)
		for i := range on {
			on[i] = i%7 != 3
		}
		fast.applyGV(got, on, 0.8, 30)
		// The general product R·c for every row: bandMul on its own.
		slow.applyGVWith(want, on, 0.8, 30, false)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("T %d: GV: c[%d] = %v, want %v", T, i, got[i], want[i])
			}
		}
	}
}
