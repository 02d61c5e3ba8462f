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

// phraseNames computes diphone-side names for a phrase's segments. Two consonants form a
// cluster when the second does not start a syllable (Segment.SyllableStart).
func phraseNames(segs []prosody.Segment) []segNames {
	out := make([]segNames, len(segs))
	for i, s := range segs {
		b := baseName(s)
		out[i] = segNames{b, b}
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

// undecorated strips cluster marks from a side name.
func undecorated(s string) string { return strings.Trim(s, "_") }

// unitChoice is where one diphone of a phrase comes from: the left half (frames up to the
// middle) of one database unit and the right half of another, normally the same unit.
type unitChoice struct {
	left, right int
	fallback    string // "" when the exact (or alternate) diphone was found
}

// resolve finds the database unit for the diphone l-r. Order: the exact name; the name without
// cluster marks; the alternates (right-hand er → ax, as in Festival's kal voice); then, halves:
// the left half of "l-pau" (or of "l-ax") and the right half of "pau-r" (or "ax-r"); last, the
// default diphone ax-ax. It never fails as long as the voice has ax-ax or any unit at all.
func (v *Voice) resolve(l, r string) unitChoice {
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
	if ur == "er" {
		if i, ok := try(ul, "ax"); ok {
			return unitChoice{left: i, right: i, fallback: "alternate"}
		}
	}
	li, lok := -1, false
	for _, cand := range []string{"pau", "ax", "aa"} {
		if li, lok = try(ul, cand); lok {
			break
		}
	}
	ri, rok := -1, false
	for _, cand := range []string{"pau", "ax", "aa"} {
		if ri, rok = try(cand, ur); rok {
			break
		}
	}
	if lok && rok {
		return unitChoice{left: li, right: ri, fallback: "halves"}
	}
	d, ok := try("ax", "ax")
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
