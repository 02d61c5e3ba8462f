package text

import "strings"

// Round fifty (issue 18): the classes of held44's dev misses and of what its hand's probes found
// in the same registers (helpdesk and status pages, router admin pages, device reviews, release
// notes, game patch notes and esports coverage, streaming guides); readings50.tsv pins each with
// cases where it must not apply.

// r50TechWords are words of computing the lexicon lacks, pieces of a run-together host as the
// lexicon's own words are: "routerlogin" router login, "routeradmin" router admin (it was route
// rad min), "pixelsupport" pixel support (R1, held44 dev). Only words no two lexicon words make:
// "setup" and "homepage" the lexicon splits or knows already.
var r50TechWords = setOf("router routers login logins logon admin admins pixel pixels")

// r50CallVerbs are a site's calls to action run into a name: "playvalorant" play valorant.
var r50CallVerbs = [...]string{"play", "shop", "watch", "join", "visit"}

// r50CallToAction splits a host's label that is a verb of r50CallVerbs run into a name of five
// letters or more that the lexicon does not know, opening with a consonant and pronounceable:
// "playvalorant" play valorant, "shopvizio" shop vizio (R2, held44 dev; the label was read as one
// word). It is asked only when no split into lexicon words was found, so "joinrobinhood" stays
// join robin hood; a short rest ("playtika", "shopify"), another first word ("gettysburg") and a
// lexicon word ("visitation") are not split.
func r50CallToAction(lp string, isWord func(string) bool) (string, string, bool) {
	for _, v := range r50CallVerbs {
		rest, ok := strings.CutPrefix(lp, v)
		if !ok || len(rest) < 5 || isVowel(rest[0]) || !isLetterWord(rest) {
			continue
		}
		if knownWord(rest, isWord) || !pronounceable(rest) {
			return "", "", false
		}
		return v, rest, true
	}
	return "", "", false
}

// round50Token runs round fifty's readers on the token at n.i; it returns the tokens used.
// Each reader is reached through a first test on the token's first character and length.
func (n *normalizer) round50Token(t *token) int {
	c := t.core
	if len(c) < 3 || n.inPart != 0 {
		return 0
	}
	if c[0] >= 'A' && c[0] <= 'Z' && len(c) >= 4 && len(c) <= 7 && n.may(shLower) && n.r50OverInitialism(t) {
		return 1
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if len(c) == 5 && c0 == '0' && c[2] == ':' && n.may(shColon) && n.r50ZoneHour(t) ||
			len(c) <= 5 && n.may(shHyphen) && n.r50StageRecord(t) ||
			len(c) >= 4 && len(c) <= 21 && n.r50BuildBeforeVerb(t) {
			return 1
		}
	case c0 == 'a' || c0 == 'p' || c0 == 'A' || c0 == 'P':
		if len(c) >= 4 && len(c) <= 16 && n.may(shSlash) {
			return oneIf(n.r50PlatformSlash(t))
		}
	case c0 >= 'A' && c0 <= 'Z':
		if len(c) >= 4 && len(c) <= 16 && n.may(shSlash) {
			return oneIf(n.r50PlatformSlash(t))
		}
	}
	return 0
}

// r50ZoneHour reads a whole hour with a leading zero before a named time zone as the 24-hour
// clock, as before UTC (zuluTime): "04:00 CET" oh four hundred central european time, "06:00
// PT" oh six hundred (R5; it was four o'clock). The zone is read by its own reader; UTC, GMT, Z
// and UT keep their readers; other minutes ("09:30 CET") and a time without a zone stay.
func (n *normalizer) r50ZoneHour(t *token) bool {
	c := t.core
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" || c[3:] != "00" || !isDigit(c[1]) {
		return false
	}
	if _, ok := zoneNames[next.core]; !ok {
		return false
	}
	n.by("military time")
	n.emit(t.raw, appendMilitary(nil, int(c[1]-'0'), 0)...)
	return true
}

// r50Stages name a stage of a competition after "in" (and "the"): "3-0 in the Swiss stage".
var r50Stages = setOf("stage stages group groups split league playoffs playoff bracket swiss season conference division standings qualifiers qualifier tournament")

// r50StageRecord reads a pair after is, are, was or were and a team's name written as a code or
// in camel case (NaVi, FaZe, Cloud9, T1, G2, or capitals) as a win-loss record, when "in" and a
// stage of a competition follow (in the Swiss stage, in Group B, in the LCK): "NaVi are 3-0 in
// the Swiss stage" three and oh (R3; it was a score, three to zero: the record readers know a
// team by a plural capitalized name or a word of teams). A lead in a series ("1-0 up"), a plain
// noun's range ("The ages are 18-24 in the study", "Patients were 40-65 in Group A") and a score
// stay.
func (n *normalizer) r50StageRecord(t *token) bool {
	lo, hi, ok := strings.Cut(t.core, "-")
	if !ok || lo == "" || hi == "" || len(lo) > 2 || len(hi) > 2 || !allDigits(lo) || !allDigits(hi) || t.post != "" || t.pre != "" {
		return false
	}
	be, name := n.peek(-1), n.peek(-2)
	if be == nil || name == nil || be.post != "" || name.post != "" || !beVerbs[strings.ToLower(be.core)] || !r50TeamCode(name.core) {
		return false
	}
	in := n.peek(1)
	if in == nil || in.post != "" || in.pre != "" || !strings.EqualFold(in.core, "in") {
		return false
	}
	k := 2
	if p := n.peek(k); p != nil && p.post == "" && strings.EqualFold(p.core, "the") {
		k++
	}
	stage := false
	for j := k; j <= k+1 && !stage; j++ {
		p := n.peek(j)
		if p == nil {
			break
		}
		stage = r50Stages[strings.ToLower(p.core)] || j == k && len(p.core) >= 2 && len(p.core) <= 5 && isUpperWord(p.core) && isLetterWord(p.core)
		if p.post != "" {
			break
		}
	}
	if !stage {
		return false
	}
	n.by("win-loss record")
	n.emit(t.raw, appendRecord(nil, lo, hi)...)
	n.recordAt = n.i
	return true
}

// r50TeamCode reports a team's name written as a code or in camel case: letters and digits
// (Cloud9, T1, G2), a capital after a lower-case letter (NaVi, FaZe), or two to five capitals
// (TSM); a plain capitalized word ("Patients", "Temperatures") is not one.
func r50TeamCode(s string) bool {
	if len(s) < 2 || len(s) > 10 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	digit, camel, lower := false, false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			if i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z' {
				camel = true
			}
		default:
			return false
		}
	}
	return digit || camel || !lower && len(s) <= 5
}

// r50ReleaseVerbs are verbs of release notes after a build's number: "Build 4021 brings offline
// maps".
var r50ReleaseVerbs = setOf("fixes adds brings includes introduces improves removes resolves patches ships updates enables restores addresses")

// r50BuildBeforeVerb reads a build's number after "build" as round twenty's buildNumber does
// when a verb of release notes follows it or it has a point: "Build 26100.2314 fixes the Start
// menu" two six one zero zero point two three one four (R6; the verb in -s was taken for a
// plural noun the number counted, as in "to build 2000 homes", which stays a count).
func (n *normalizer) r50BuildBeforeVerb(t *token) bool {
	whole, frac, point, ok := n.buildShape(t)
	if !ok {
		return false
	}
	if !point {
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" || !r50ReleaseVerbs[next.core] {
			return false
		}
	}
	n.emitBuild(t, whole, frac, point)
	return true
}

// r50PlatformSlash reads a slash between two platforms' names, one a code of capitals and
// digits (PS5, PS4) and the other a capitalized name (Xbox, Switch, PC), as the
// two names, the slash not said, as between two words (R8: "PS5/Xbox Series X" p s five xbox
// series x; it was p s five slash xbox). A number after the slash ("HTTP/2", "TCP/443") is not a
// name; two codes ("PS4/PS5", "Q1/Q2" q one and q two, "Rows Q5/Q6") keep their readings.
func (n *normalizer) r50PlatformSlash(t *token) bool {
	left, right, ok := strings.Cut(t.core, "/")
	if !ok || strings.Contains(right, "/") || t.pre != "" {
		return false
	}
	lc, rc := r50PlatformCode(left), r50PlatformCode(right)
	if lc == rc || !lc && !r50PlatformName(left) || !rc && !r50PlatformName(right) {
		return false // two codes ("Q1/Q2", "PS4/PS5") keep their readings
	}
	n.by("slash between names")
	n.part(t.raw, left)
	n.part(t.raw, right)
	return true
}

// r50PlatformCode reports two to four capitals and one or two digits: PS5, PS4 (one capital,
// "Q1", "H2", "A4", names quarters, halves, rows and sizes).
func r50PlatformCode(s string) bool {
	k := 0
	for k < len(s) && s[k] >= 'A' && s[k] <= 'Z' {
		k++
	}
	return k >= 2 && k <= 4 && len(s)-k >= 1 && len(s)-k <= 2 && allDigits(s[k:])
}

// r50PlatformName reports a capitalized name of letters: Xbox, Switch, PC, Steam.
func r50PlatformName(s string) bool {
	return len(s) >= 2 && len(s) <= 12 && s[0] >= 'A' && s[0] <= 'Z' && isLetterWord(s)
}

// r50OverInitialism reads an initialism of two to four capitals, a lower-case o (over) and one or
// two capitals, letter by letter, as round thirty-one's ofInitialism reads PoE: "PPPoE" p p p o
// e, "IPoE" i p o e (R9; PPPoE was read as a word whose repeated letters were run together, poe,
// and IPoE ipo e). Other mixed-case words ("GoPro", "CEOs", "PCoIP" already spelled) stay.
func (n *normalizer) r50OverInitialism(t *token) bool {
	c := t.core
	k := 0
	for k < len(c) && c[k] >= 'A' && c[k] <= 'Z' {
		k++
	}
	if k < 2 || k > 4 || k >= len(c) || c[k] != 'o' {
		return false
	}
	tail := c[k+1:]
	if len(tail) < 1 || len(tail) > 2 || !isUpperWord(tail) || !isLetterWord(tail) {
		return false
	}
	n.by("initialism")
	for i := 0; i < len(c); i++ {
		n.emitLetter(t.raw, strings.ToLower(c[i:i+1]))
	}
	return true
}
