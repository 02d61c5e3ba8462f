package lts

import (
	"math"
	"slices"
)

// sample is one training letter: its context features and its class (an index into the
// letter's local class list).
type sample struct {
	f [numFeatures]uint8
	c uint16
}

// treeGrower grows one letter's tree by recursive binary splitting, choosing at each node the
// question with the largest information gain (entropy reduction), and stopping when a node is
// pure, no question gains, or a split would leave fewer than minLeaf samples on a side.
type treeGrower struct {
	samples  []sample
	k        int     // local classes
	global   []uint8 // local class -> model class
	minLeaf  int
	xlx      []float64 // xlx[n] = n ln n
	hist     []int32   // value*k + class
	vcount   [256]int32
	seen     []int
	nodes    []node
	total    []int32
	disabled *[numFeatures]bool
	left     []int32
}

func newTreeGrower(samples []sample, global []uint8, minLeaf int) *treeGrower {
	g := &treeGrower{
		samples: samples, k: len(global), global: global,
		minLeaf: max(minLeaf, 1),
	}
	g.xlx = make([]float64, len(samples)+1)
	for i := 1; i < len(g.xlx); i++ {
		g.xlx[i] = float64(i) * math.Log(float64(i))
	}
	g.hist = make([]int32, 256*g.k)
	g.total = make([]int32, g.k)
	g.left = make([]int32, g.k)
	return g
}

func (g *treeGrower) grow() []node {
	idx := make([]int32, len(g.samples))
	for i := range idx {
		idx[i] = int32(i)
	}
	g.build(idx)
	return g.nodes
}

// spread returns n ln n - sum c ln c, the node's entropy times its size.
func (g *treeGrower) spread(counts []int32, n int32) float64 {
	s := g.xlx[n]
	for _, c := range counts {
		s -= g.xlx[c]
	}
	return s
}

func (g *treeGrower) leaf(idx []int32) {
	counts := make([]int32, g.k)
	for _, i := range idx {
		counts[g.samples[i].c]++
	}
	best := 0
	for c, n := range counts {
		if n > counts[best] {
			best = c
		}
	}
	g.nodes = append(g.nodes, node{feat: leafMarker, cls: g.global[best], count: uint8(min(len(idx), 255))})
}

func (g *treeGrower) build(idx []int32) {
	n := int32(len(idx))
	clear(g.total)
	for _, i := range idx {
		g.total[g.samples[i].c]++
	}
	pure := slices.Contains(g.total, n)
	if pure || int(n) < 2*g.minLeaf {
		g.leaf(idx)
		return
	}
	parent := g.spread(g.total, n)
	bestGain, bestF, bestV := 1e-9, -1, 0
	minLeaf := int32(g.minLeaf)
	for f := 0; f < numFeatures; f++ {
		if g.disabled != nil && g.disabled[f] {
			continue
		}
		g.seen = g.seen[:0]
		for _, i := range idx {
			s := &g.samples[i]
			v := int(s.f[f])
			if g.vcount[v] == 0 {
				g.seen = append(g.seen, v)
			}
			g.vcount[v]++
			g.hist[v*g.k+int(s.c)]++
		}
		if len(g.seen) > 1 {
			if ordinal(f) {
				slices.Sort(g.seen)
				clear(g.left)
				var nl int32
				for _, v := range g.seen[:len(g.seen)-1] {
					row := g.hist[v*g.k : (v+1)*g.k]
					for c := range g.left {
						g.left[c] += row[c]
					}
					nl += g.vcount[v]
					if nl < minLeaf || n-nl < minLeaf {
						continue
					}
					if gain := parent - g.splitSpread(g.left, nl, n); gain > bestGain {
						bestGain, bestF, bestV = gain, f, v
					}
				}
			} else {
				for _, v := range g.seen {
					nl := g.vcount[v]
					if nl < minLeaf || n-nl < minLeaf {
						continue
					}
					if gain := parent - g.splitSpread(g.hist[v*g.k:(v+1)*g.k], nl, n); gain > bestGain {
						bestGain, bestF, bestV = gain, f, v
					}
				}
			}
		}
		for _, v := range g.seen {
			g.vcount[v] = 0
			clear(g.hist[v*g.k : (v+1)*g.k])
		}
	}
	if bestF < 0 {
		g.leaf(idx)
		return
	}
	// Partition: "yes" samples first.
	yes := func(i int32) bool {
		v := g.samples[i].f[bestF]
		if ordinal(bestF) {
			return int(v) <= bestV
		}
		return int(v) == bestV
	}
	lo, hi := 0, len(idx)-1
	for lo <= hi {
		if yes(idx[lo]) {
			lo++
		} else {
			idx[lo], idx[hi] = idx[hi], idx[lo]
			hi--
		}
	}
	self := len(g.nodes)
	g.nodes = append(g.nodes, node{feat: uint8(bestF), val: uint8(bestV)})
	g.build(idx[:lo])
	g.nodes[self].no = int32(len(g.nodes))
	g.build(idx[lo:])
}

// splitSpread is the summed spread of the two sides when left holds one side's counts.
func (g *treeGrower) splitSpread(left []int32, nl, n int32) float64 {
	s := g.xlx[nl] + g.xlx[n-nl]
	for c, l := range left {
		s -= g.xlx[l] + g.xlx[g.total[c]-l]
	}
	return s
}
