package diphone

import (
	"strings"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// dbPhone maps Chorus phones to the kal database's phone names (Festival's "radio" set). It is
// the one mapping table of the package. Stressed AH uses the database's own ah units (aa units
// made "cup" sound like "cop": about one point more word errors); AH reduced to stress 0 (in a
// function word) is synthesised with ax (see baseName): ah there measured no better.
var dbPhone = [phone.Count]string{
	phone.Sil: "pau",
	phone.AA:  "aa", phone.AE: "ae", phone.AH: "ah", phone.AO: "ao", phone.AW: "aw",
	phone.AX: "ax", phone.AY: "ay", phone.EH: "eh", phone.ER: "er", phone.EY: "ey",
	phone.IH: "ih", phone.IY: "iy", phone.OW: "ow", phone.OY: "oy", phone.UH: "uh",
	phone.UW: "uw",
	phone.B:  "b", phone.CH: "ch", phone.D: "d", phone.DH: "dh", phone.F: "f", phone.G: "g",
	phone.HH: "hh", phone.JH: "jh", phone.K: "k", phone.L: "l", phone.M: "m", phone.N: "n",
	phone.NG: "ng", phone.P: "p", phone.R: "r", phone.S: "s", phone.SH: "sh", phone.T: "t",
	phone.TH: "th", phone.V: "v", phone.W: "w", phone.Y: "y", phone.Z: "z", phone.ZH: "zh",
}

// baseName returns the database phone for one segment.
func baseName(s prosody.Segment) string {
	if int(s.Phone) >= phone.Count {
		return "pau"
	}
	if s.Phone == phone.AH && s.Stress == 0 {
		return "ax"
	}
	return dbPhone[s.Phone]
}

// naming is how one database names the phones of its diphones beyond dbPhone: the contexts in
// which a phone takes a special name, and what to use when a diphone is missing. Festival states
// these per voice (its voice's fix_phone_name rules and alternates lists); each embedded voice
// has one.
type naming struct {
	// rightAlt and leftAlt give a phone's alternate name on that side of a diphone, tried when
	// the diphone is missing (Festival's alternates_right and alternates_left).
	rightAlt, leftAlt map[string]string
	// bridges are the phones tried, in order, to build a missing diphone l-r from halves: the
	// left half of l-b and the right half of b-r. bridgeFirst holds phones tried before them for
	// a given l.
	bridges     []string
	bridgeFirst map[string][]string
	// dflt is the diphone used when nothing else is found.
	dflt string
	// Context rules (Festival's ked voice): p, k, b, d or g starting a syllable after a vowel
	// take "$X" on the right ("a-bout": ax-$b); l closing a syllable after a full vowel is dark, "ll";
	// ch and jh after a vowel are entered through the vowel's t ("V-t"); ao before r is "aor"
	// on the right.
	dollar, darkL, affricateT, aor bool
}

// dollarStop are the consonants that take "$X" under naming.dollar (Festival's ked rule).
var dollarStop = map[phone.Phone]bool{phone.P: true, phone.K: true, phone.B: true, phone.D: true, phone.G: true}

// kalNaming is the kal database's: Festival's alternate er → ax on the right, halves bridged by
// pau, ax or aa, default ax-ax.
var kalNaming = &naming{
	rightAlt: map[string]string{"er": "ax"},
	bridges:  []string{"pau", "ax", "aa"},
	dflt:     "ax-ax",
}

// kedNaming is the ked database's, after Festival's voice_ked_diphone: its context rules and
// alternates. The database has no diphone leaving er except er-r (Festival inserts an r after
// every er), so er's halves are bridged by r; it lacks most lax-vowel-to-vowel and
// lax-vowel-to-pause diphones, so hh and t bridge those (their left halves are the vowel).
var kedNaming = &naming{
	rightAlt: map[string]string{"aor": "ao", "ll": "l", "y": "ih", "ax": "ah",
		"$p": "p", "$t": "t", "$k": "k", "$b": "b", "$d": "d", "$g": "g", "$s": "s"},
	leftAlt:     map[string]string{"ah": "ax"},
	bridges:     []string{"pau", "ax", "aa", "hh", "t"},
	bridgeFirst: map[string][]string{"er": {"r"}},
	dflt:        "pau-pau",
	dollar:      true, darkL: true, affricateT: true, aor: true,
}

// Onset-cluster rules. A consonant followed, in the same syllable, by one of the listed
// consonants takes the name "X_" on the left of a diphone; the follower takes "_Y" on the
// right. The kal database has a unit "X_-_Y" for every pair below (Festival's rules, plus the
// f/v/m/n clusters the database also recorded).
var clusterPairs = map[string]string{
	"p": "r w y l", "t": "r w y l", "k": "r w y l", "b": "r w y l", "d": "r w y l", "g": "r w y l",
	"s":  "w y l m n p t k",
	"hh": "y",
	"f":  "r l y",
	"v":  "y", "m": "y", "n": "y",
}

func inCluster(first, second string) bool {
	list, ok := clusterPairs[first]
	if !ok {
		return false
	}
	for _, f := range strings.Fields(list) {
		if f == second {
			return true
		}
	}
	return false
}

// segNames holds, for each segment, the name it takes on the left and on the right of a diphone.
type segNames struct {
	left, right string // left: when the segment is the diphone's first phone
}

// phraseNames computes diphone-side names for a phrase's segments under a database's naming
// rules. Two consonants form a cluster when the second does not start a syllable
// (Segment.SyllableStart).
func phraseNames(segs []prosody.Segment, rules *naming) []segNames {
	out := make([]segNames, len(segs))
	for i, s := range segs {
		b := baseName(s)
		out[i] = segNames{b, b}
	}
	for i := 1; i < len(segs); i++ {
		s, prev := segs[i], segs[i-1]
		if !prev.Phone.IsVowel() {
			if rules.aor && s.Phone == phone.AO && i+1 < len(segs) && segs[i+1].Phone == phone.R {
				out[i].right = "aor"
			}
			continue
		}
		switch {
		case rules.affricateT && (s.Phone == phone.CH || s.Phone == phone.JH):
			out[i].right = "t"
		case rules.darkL && s.Phone == phone.L && !s.SyllableStart && baseName(prev) != "ax":
			out[i].right = "ll"
		case rules.dollar && s.SyllableStart && dollarStop[s.Phone]:
			out[i].right = "$" + out[i].right
		case rules.aor && s.Phone == phone.AO && i+1 < len(segs) && segs[i+1].Phone == phone.R:
			out[i].right = "aor"
		}
	}
	for i := 0; i+1 < len(segs); i++ {
		a, b := segs[i], segs[i+1]
		if b.SyllableStart || !a.Phone.IsConsonant() || !b.Phone.IsConsonant() {
			continue
		}
		an, bn := baseName(a), baseName(b)
		if inCluster(an, bn) {
			out[i].left = an + "_"
			out[i+1].right = "_" + bn
		}
	}
	return out
}

// undecorated strips cluster and syllable marks from a side name.
func undecorated(s string) string { return strings.Trim(s, "_$") }

// unitChoice is where one diphone of a phrase comes from: the left half (frames up to the
// middle) of one database unit and the right half of another, normally the same unit.
type unitChoice struct {
	left, right int
	fallback    string // "" when the exact (or alternate) diphone was found
}

// resolve finds the database unit for the diphone l-r. Order: the exact name; the name without
// cluster marks; the alternates of the voice's naming (for kal, right-hand er → ax, as in
// Festival's kal voice), right side first; then, halves: the left half of "l-b" and the right
// half of "b-r" for the first bridge phone b the database has (for kal pau, ax or aa); last,
// the voice's default diphone. It never fails as long as the voice has any unit at all.
func (v *Voice) resolve(l, r string) unitChoice {
	rules := v.rules
	try := func(a, b string) (int, bool) {
		i, ok := v.index[a+"-"+b]
		return i, ok
	}
	if i, ok := try(l, r); ok {
		return unitChoice{left: i, right: i}
	}
	ul, ur := undecorated(l), undecorated(r)
	if i, ok := try(ul, ur); ok {
		return unitChoice{left: i, right: i}
	}
	if a, ok := rules.rightAlt[ur]; ok {
		if i, ok := try(ul, a); ok {
			return unitChoice{left: i, right: i, fallback: "alternate"}
		}
	}
	if a, ok := rules.rightAlt[r]; ok && r != ur {
		if i, ok := try(ul, a); ok {
			return unitChoice{left: i, right: i, fallback: "alternate"}
		}
	}
	if a, ok := rules.leftAlt[ul]; ok {
		if i, ok := try(a, ur); ok {
			return unitChoice{left: i, right: i, fallback: "alternate"}
		}
		if b, ok := rules.rightAlt[ur]; ok {
			if i, ok := try(a, b); ok {
				return unitChoice{left: i, right: i, fallback: "alternate"}
			}
		}
	}
	li, lok := -1, false
	for _, cands := range [][]string{rules.bridgeFirst[ul], rules.bridges} {
		for _, cand := range cands {
			if li, lok = try(ul, cand); lok {
				break
			}
		}
		if lok {
			break
		}
	}
	ri, rok := -1, false
	for _, cands := range [][]string{rules.bridgeFirst[ul], rules.bridges} {
		for _, cand := range cands {
			if ri, rok = try(cand, ur); rok {
				break
			}
		}
		if rok {
			break
		}
	}
	if lok && rok {
		return unitChoice{left: li, right: ri, fallback: "halves"}
	}
	d, ok := v.index[rules.dflt]
	if !ok {
		d = 0
	}
	if lok {
		return unitChoice{left: li, right: d, fallback: "default"}
	}
	if rok {
		return unitChoice{left: d, right: ri, fallback: "default"}
	}
	return unitChoice{left: d, right: d, fallback: "default"}
}
