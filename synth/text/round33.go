package text

import "strings"

// Round thirty-three: the classes held-out set 31 (by a hand new to the readers, in the
// registers of sports broadcasts' graphics and recaps, esports brackets, fantasy league chats
// and stadium ticketing) missed in its dev half, and classes further probes in those registers
// found, each tested on probe sentences of the round's own written before the reader,
// readings33.tsv.

func (n *normalizer) round33Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch {
	case c[0] >= '0' && c[0] <= '9':
		if len(c) == 4 && t.pre == "" && n.may(shDigit) && (n.lateClock(t) || n.startClock(t)) {
			return 1
		}
		if len(c) == 2 && (c == "4K" || c == "8K") && n.countedResolution(t) || len(c) <= 11 && n.may(shHyphen) && n.spreadRecord(t) ||
			len(c) <= 7 && n.may(shSlash) && (n.raceOdds(t) || n.shootingLine(t) || n.declaredScore(t)) {
			return 1
		}
		if len(c) <= 5 && n.gamesBack(t) {
			return 2
		}
		if len(c) <= 4 && c[len(c)-1] == 'm' && n.minutesBeforeSeconds(t) || len(c) <= 7 && n.may(shSlash) && n.lapOfLaps(t) ||
			len(c) <= 3 && strings.HasPrefix(t.post, "*") && n.notOutOff(t) || len(c) <= 7 && t.pre == "(" && n.may(shHyphen) && n.bracketRecordCode(t) {
			return 1
		}
		if len(c) <= 11 && n.may(shHyphen) && n.singularRecord(t) || len(c) <= 12 && n.may(shDot) && n.versionLetter(t) ||
			len(c) <= 16 && n.may(shSlash) && n.contractTerms(t) {
			return 1
		}
	case c[0] == '.' && len(c) == 4:
		if n.sabermetric(t) {
			return 1
		}
	case c == "PP" || c == "PK":
		if n.hockeyUnit(t) {
			return 1
		}
	case c == "SU" || c == "ATS":
		if n.spreadMark(t) {
			return 1
		}
	case c == "dec" || c == "decl":
		if n.declaredMark(t) {
			return 1
		}
	case c[0] >= 'A' && c[0] <= 'Z' && len(c) <= 5:
		if len(c) == 3 && (c[0] == 'B' && n.bestOf(t) || n.perGameStat(t)) || n.may(shLower) && n.weekdayAtTime(t) {
			return 1
		}
	case c[0] == 'y' && len(c) <= 24:
		if n.may(shSlash) && n.contractTerms(t) {
			return 1
		}
	case c == "s":
		if n.signedSeconds(t) {
			return 1
		}
	}
	return 0
}

// lateClockPrev are the prepositions of time before which a number from 2100 to 2999 is a
// 24-hour time or a year.
var lateClockPrev = setOf("by until till before after since through thru in from")

// marginVerbs before "by" make the number after it a margin or a change: "rose by 2200".
var marginVerbs = setOf(`rose rise rises risen fell fall falls fallen grew grow grows grown increased increase
increases decreased decrease decreases dropped drop drops cut cuts won win wins lost lose loses led lead leads
trailed trail trails beat beats up down jumped jump jumps climbed climb climbs slipped slip slips raised reduced
lowered outscored outnumbered improved improve dipped dip declined decline shrank shrunk expanded boosted
surged soared plunged slumped sank swelled missed exceeded topped`)

// lateClock reads a four-digit number from 2100 to 2999 after a preposition of time in pairs,
// "back by 2300" twenty three hundred, "through 2105" twenty one oh five: a time on the 24-hour
// clock (hours 21 to 23) or a year of the next centuries, which are said alike (it was a count:
// the year reader stops at 2099). "to" after "from" and such a number ("from 2130 to 2200")
// takes it too. A margin or a change ("rose by 2200", "won by 2200 votes"), a number before a
// unit, a scale word, a plural noun or an era (read by the era's reader), or after another
// word ("crowds of 2200", "around 2300 fans") stays a count.
func (n *normalizer) lateClock(t *token) bool {
	c := t.core
	if !allDigits(c) || c[0] != '2' || c[1] == '0' {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	l := prev.lower()
	switch {
	case l == "to" || l == "and":
		// "from 2130 to 2200", "between 2100 and 2300": the second end of a span whose first
		// end this reader takes.
		first, head := n.peek(-2), n.peek(-3)
		if first == nil || head == nil || first.post != "" || head.post != "" || len(first.core) != 4 || !allDigits(first.core) ||
			first.core[0] != '2' || first.core[1] == '0' {
			return false
		}
		if hl := head.lower(); !(l == "to" && hl == "from" || l == "and" && hl == "between") {
			return false
		}
	case !lateClockPrev[l]:
		return false
	case l == "by":
		if pp := n.peek(-2); pp != nil && marginVerbs[pp.lower()] {
			return false
		}
	}
	if next := n.peek(1); next != nil && t.post == "" && next.pre == "" {
		nl := strings.ToLower(strings.TrimSuffix(next.core, "."))
		switch nl {
		case "ad", "bc", "bce", "ce", "a.d", "b.c", "b.c.e", "c.e":
			return false
		}
		if n.quantityNoun(next) {
			return false
		}
	}
	n.by("year or time")
	n.emit(t.raw, appendYear(nil, atoiSmall(c))...)
	return true
}

// startNouns name the start of a game, a race or a session, or a deadline, set by the clock.
var startNouns = setOf("start kickoff kick-off tipoff tip-off faceoff face-off session deadline")

// startClock reads a four-digit 24-hour time after "the" and before a word naming a start as
// the clock is said, "the 1310 start" the thirteen ten start, "the 0930 session" the oh nine
// thirty session (it was a count), as round twenty-one reads "the 1440 train". Hours must be
// 23 or less and minutes 59 or less; 2000 to 2009 read as years ("the 2005 start of his
// career"), and a round thousand before one o'clock without a leading zero ("the 1000 start" of
// a race of a thousand meters) stay as they were.
func (n *normalizer) startClock(t *token) bool {
	c := t.core
	if t.post != "" || !allDigits(c) {
		return false
	}
	hh, mm := atoiSmall(c[:2]), atoiSmall(c[2:])
	if hh > 23 || mm > 59 || hh == 20 && mm < 10 || c[0] != '0' && hh < 13 && mm == 0 {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || next.pre != "" || !strings.EqualFold(prev.core, "the") ||
		!startNouns[next.lower()] {
		return false
	}
	n.by("start time")
	n.emit(t.raw, appendMilitary(nil, hh, mm)...)
	return true
}

// signedSeconds reads a lone "s" after a decimal written with a sign as seconds, "−0.215 s off
// pole" minus zero point two one five seconds, "±0.05 s" plus or minus zero point zero five
// seconds, as secondsAfterDecimal reads one after an unsigned decimal (it was the letter s). In a
// sentence with an equals sign the s is a variable ("y = −0.5 s + 2") and stays a letter.
func (n *normalizer) signedSeconds(t *token) bool {
	if t.hasDot() && n.peek(1) != nil {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	num := prev.core
	signed := false
	for _, sign := range [...]string{"±", "∓", "−", "-", "+"} {
		if r, ok := strings.CutPrefix(num, sign); ok {
			num, signed = r, true
			break
		}
	}
	if !signed || num == "" || !isDigit(num[0]) {
		return false
	}
	v, rest, ok := scanNumber(num)
	if !ok || rest != "" || !v.hasPoint || n.equation() {
		return false
	}
	n.by("unit")
	n.emit(t.raw, "seconds")
	return true
}

// recordNames are capitalized words before "is" that name no team: days, months, pronouns.
var recordNames = setOf(`monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december it this that there here today tonight tomorrow yesterday
what which who he she score result final answer code`)

// singularRecord reads a record of two or three parts after a singular team's (or a player's)
// capitalized name and is or was, with now, still or currently between: "Boston is now 12-3"
// twelve and three, "Edmonton is 10-4-2 at home" ten four and two (they were a score, twelve to
// three, or three numbers; round four's readers take a plural team's "are"). It ends the clause
// or comes before a word a record takes (at, on, in, this, against…). A day, a month or a
// pronoun before is ("Monday is 9-5"), a score word in the four words before ("The score is
// 3-1"), a quantity noun after ("2-3 degrees") or another word after ("4-1 up") keep the reading
// they had.
func (n *normalizer) singularRecord(t *token) bool {
	c := t.core
	if t.post != "" && !strings.HasPrefix(t.post, ",") && !strings.HasPrefix(t.post, ".") {
		return false
	}
	if strings.IndexByte(c, '-') < 0 {
		return false // one part: no allocation (speed)
	}
	parts := strings.Split(c, "-")
	if len(parts) != 2 && len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || !allDigits(p) || len(p) > 1 && p[0] == '0' {
			return false
		}
	}
	off := -1
	if p := n.peek(off); p != nil && p.post == "" && recordAdverbs[p.lower()] {
		off--
	}
	be, name := n.peek(off), n.peek(off-1)
	if be == nil || name == nil || be.post != "" || name.post != "" || be.pre != "" {
		return false
	}
	if bl := be.lower(); bl != "is" && bl != "was" {
		return false
	}
	if !isCapitalized(name.core) || !isLetterWord(name.core) || recordNames[name.lower()] {
		return false
	}
	for k := -1; k >= -4; k-- {
		if p := n.peek(k); p != nil && scoreWords[p.lower()] {
			return false
		}
	}
	if next := n.peek(1); next != nil && t.post == "" {
		nl := next.lower()
		if next.pre != "" || n.quantityNoun(next) {
			return false
		}
		switch nl {
		case "at", "on", "in", "this", "overall", "against", "since":
		default:
			if !recordAfter[nl] && !n.recordFollows() && !n.toStart() {
				return false
			}
		}
	}
	n.by("win-loss record")
	n.emit(t.raw, appendRecord(nil, parts...)...)
	return true
}

// versionWords before a version with a letter glued to its last group.
var versionWords = setOf("patch update version ver hotfix build release")

// versionLetter reads a version of two or three dotted groups with one lower-case letter glued
// to the last after patch, update, version, hotfix, build or release as the version without the
// letter is read, and then the letter: "Patch 7.35c" patch seven point thirty five c (it was
// read as a decimal, seven point three five c). Without such a word ("the 1.2a build") it stays.
func (n *normalizer) versionLetter(t *token) bool {
	c := t.core
	last := c[len(c)-1]
	if last < 'a' || last > 'z' {
		return false
	}
	v := c[:len(c)-1]
	if dots := strings.Count(v, "."); dots < 1 || dots > 2 {
		return false
	}
	for _, g := range strings.Split(v, ".") {
		if g == "" || len(g) > 3 || !allDigits(g) {
			return false
		}
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !versionWords[prev.lower()] {
		return false
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, v)...)
	n.emitLetter(t.raw, c[len(c)-1:])
	return true
}

// bestOf reads an esports series written Bo and an odd count as said, "Bo3" best of three,
// "a Bo7" a best of seven (it was b o three). An even count ("BO2", a game's name) and a name
// ("Bo Jackson") stay.
func (n *normalizer) bestOf(t *token) bool {
	c := t.core
	if c[1] != 'o' || c[2] != '1' && c[2] != '3' && c[2] != '5' && c[2] != '7' && c[2] != '9' {
		return false
	}
	n.by("best of")
	n.emit(t.raw, "best", "of", onesWords[c[2]-'0'])
	return true
}

// perGameStats are a box score's per-game averages written in capitals.
var perGameStats = map[string][]string{
	"PPG": {"points", "per", "game"}, "RPG": {"rebounds", "per", "game"}, "APG": {"assists", "per", "game"},
	"SPG": {"steals", "per", "game"}, "BPG": {"blocks", "per", "game"},
}

// perGameNext are words after a per-game average that end its phrase.
var perGameNext = setOf(`and in on with this last over for off to at per while during since through across as
from but so after before`)

// perGameStat reads PPG, RPG, APG, SPG and BPG after a number as a game's averages are said:
// "27.6 PPG" twenty seven point six points per game (they were spelled; lower case was already
// read so). The average ends its phrase or stands before a word such as and, in or this; before
// another word ("3 RPG titles", role-playing games) or without a number ("PPG Paints Arena")
// they stay letters.
func (n *normalizer) perGameStat(t *token) bool {
	words, ok := perGameStats[t.core]
	if !ok || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.core == "" || !isDigit(prev.core[0]) {
		return false
	}
	if _, rest, ok := scanNumber(prev.core); !ok || rest != "" {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && !perGameNext[next.lower()] {
		return false
	}
	n.by("unit")
	n.emit(t.raw, words...)
	return true
}

// contractTerms reads a contract's length and its money joined by a slash as a sports desk says
// them: "5 yrs/$260M" five years two hundred sixty million dollars, "years/$275 million" after
// a count, "a 4/$80M deal" a four year eighty million dollar deal (the slash was read, and the
// money after it lost its reading). The count is one to fifteen years, and the money has a scale
// (M, B, K or a scale word after); a price without one ("4/$80") stays as it was.
func (n *normalizer) contractTerms(t *token) bool {
	c := t.core
	left, money, ok := strings.Cut(c, "/")
	if !ok || !startsMoney(money) {
		return false
	}
	_, rest, ok := leadingCurrency(money)
	if !ok {
		return false
	}
	num, tail, ok := scanNumber(rest)
	if !ok || num.neg || num.plus || tail != "" && scaleSuffix[tail] == "" || tail == "" && n.scaleAfter() == "" {
		return false
	}
	count := left
	if !allDigits(left) {
		switch left {
		case "yrs", "yr", "years", "year":
		default:
			return false
		}
		prev := n.peek(-1)
		if prev == nil || prev.post != "" || !allDigits(prev.core) {
			return false
		}
		count = prev.core
	}
	if y := atoiSmall(count); len(count) > 2 || y < 1 || y > 15 {
		return false
	}
	mark := len(n.out)
	n.by("contract")
	if allDigits(left) {
		n.emit(t.raw, appendInteger(nil, left)...)
		p, after := n.peek(-1), n.peek(1)
		if n.scaleAfter() != "" {
			after = n.peek(2)
		}
		if adjectival(p, after, t) || left == "1" {
			n.emit(t.raw, "year")
		} else {
			n.emit(t.raw, "years")
		}
	} else if count == "1" {
		n.emit(t.raw, "year")
	} else {
		n.emit(t.raw, "years")
	}
	if !n.money(t, money) {
		n.out = n.out[:mark] // not read as money after all: leave the token to the others
		return false
	}
	return true
}

// resolutionNouns are the cameras and screens a video resolution describes.
var resolutionNouns = setOf("camera cameras cam cams screen screens tv tvs television televisions monitor monitors display displays feed feeds stream streams projector projectors")

// countedResolution reads 4K or 8K after a count and before a word of cameras or screens as the
// resolution, "12 4K cameras" twelve four k cameras (after a number it was read as a thousand:
// four thousand cameras). 4K alone was read so already; "2 5K races" stays.
func (n *normalizer) countedResolution(t *token) bool {
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || t.post != "" || t.pre != "" || !allDigits(prev.core) ||
		!resolutionNouns[next.lower()] {
		return false
	}
	n.by("video figure")
	n.emit(t.raw, onesWords[t.core[0]-'0'])
	n.emitLetter(t.raw, "k")
	return true
}

// spreadMarks are a bettor's records: against the spread, straight up.
var spreadMarks = map[string][]string{"ATS": {"against", "the", "spread"}, "SU": {"straight", "up"}}

// spreadRecord reads a record of two or three parts before ATS or SU as a record, "11-2 ATS"
// eleven and two (it was a score, eleven to two; spreadMark reads the letters).
func (n *normalizer) spreadRecord(t *token) bool {
	next := n.peek(1)
	if next == nil || t.post != "" || t.pre != "" || next.pre != "" || spreadMarks[next.core] == nil {
		return false
	}
	parts := strings.Split(t.core, "-")
	if len(parts) != 2 && len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || !allDigits(p) || len(p) > 1 && p[0] == '0' {
			return false
		}
	}
	n.by("win-loss record")
	n.emit(t.raw, appendRecord(nil, parts...)...)
	return true
}

// spreadMark reads ATS and SU right after a record as a bettor says them: against the spread,
// straight up (they were spelled). Elsewhere they stay letters ("the ATS machine").
func (n *normalizer) spreadMark(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || strings.Count(prev.core, "-") < 1 || !isDigit(prev.core[0]) ||
		!allDigits(strings.ReplaceAll(prev.core, "-", "")) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, spreadMarks[t.core]...)
	return true
}

// raceWords make a price after "off at" a horse's starting odds.
var raceWords = setOf(`horse horses filly fillies colt colts mare gelding stallion jockey trainer race derby oaks stakes
handicap hurdle chase favourite favorite winner`)

// raceOdds reads a price after "went off at" (sent, goes, go) as odds, "the horse went off at
// 9/2" nine to two (it was two numbers), in a sentence with a word of racing within eight
// tokens. A price smaller than its stake (odds-on) stays as the tables read it after "odds"
// (Conventions, round eighteen), and without a word of racing ("the alarm went off at 6/2")
// nothing changes.
func (n *normalizer) raceOdds(t *token) bool {
	a, b, ok := smallPair(t.core, 3)
	if !ok || a <= b || b == 0 || b > 30 || t.pre != "" {
		return false
	}
	at, off, verb := n.peek(-1), n.peek(-2), n.peek(-3)
	if at == nil || off == nil || verb == nil || at.post != "" || off.post != "" || !strings.EqualFold(at.core, "at") ||
		!strings.EqualFold(off.core, "off") {
		return false
	}
	switch verb.lower() {
	case "went", "sent", "goes", "go", "going":
	default:
		return false
	}
	if !n.nearWord(raceWords) {
		return false
	}
	n.by("odds")
	as, bs, _ := strings.Cut(t.core, "/")
	n.emitJoined(t.raw, as, bs, "to")
	return true
}

// lineContractions before a pair are a player's line as lineVerbs are: "He's 0/8 from deep".
var lineContractions = setOf("he's she's they're he’s she’s they’re")

// shootingLine reads a pair after he's, she's or they're as made of attempted where round
// sixteen's madeOfAttempted reads one after is or went: "He's 0/8 from deep" zero of eight,
// "She's 5/6 from the line" five of six (they were two numbers or a fraction). The pair must
// be made no larger than attempted, not before "of" ("He's 3/4 of the way" stays a fraction),
// and a word of shooting or passing must follow within eight tokens, or "from" and where the
// shots were taken from.
func (n *normalizer) shootingLine(t *token) bool {
	a, b, ok := smallPair(t.core, 2)
	if !ok || a > b || b == 0 || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !lineContractions[prev.lower()] {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && strings.EqualFold(next.core, "of") {
		return false
	}
	cue := false
	if f, w := n.peek(1), n.peek(2); f != nil && w != nil && t.post == "" && f.post == "" && strings.EqualFold(f.core, "from") && fromRange[w.lower()] {
		cue = true
	}
	for k := n.i + 1; k < len(n.toks) && k <= n.i+8 && !cue; k++ {
		cue = lineCues[strings.ToLower(strings.TrimSuffix(n.toks[k].core, "s"))] || lineCues[strings.ToLower(n.toks[k].core)]
	}
	if !cue {
		return false
	}
	n.by("made of attempted")
	as, bs, _ := strings.Cut(t.core, "/")
	n.emitJoined(t.raw, as, bs, "of")
	return true
}

// declaredScore reads runs for wickets with a d glued after, "325/9d" three twenty five for nine
// declared (it was read with a slash): a hundred runs or more (three digits) and one to ten
// wickets, so a price in shillings and pence ("3/4d") stays.
func (n *normalizer) declaredScore(t *token) bool {
	c := t.core
	if c[len(c)-1] != 'd' || t.pre != "" {
		return false
	}
	runs, wkts, ok := strings.Cut(c[:len(c)-1], "/")
	if !ok || len(runs) != 3 || runs[0] == '0' || !allDigits(runs) || wkts == "" || len(wkts) > 2 || !allDigits(wkts) {
		return false
	}
	if w := atoiSmall(wkts); w < 1 || w > 10 {
		return false
	}
	n.by("cricket score")
	n.emit(t.raw, appendPaired(nil, runs)...)
	n.emit(t.raw, "for")
	n.emit(t.raw, appendInteger(nil, wkts)...)
	n.emit(t.raw, "declared")
	return true
}

// declaredMark reads dec or decl right after a cricket score (runs for wickets, read by round
// six) as declared (it was read as a word). Fifty runs or more, so a date ("the 12/3 dec
// meeting") keeps its word.
func (n *normalizer) declaredMark(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" {
		return false
	}
	runs, wkts, ok := strings.Cut(prev.core, "/")
	if !ok || len(runs) < 2 || len(runs) > 3 || !allDigits(runs) || wkts == "" || len(wkts) > 2 || !allDigits(wkts) ||
		atoiSmall(wkts) > 10 || atoiSmall(wkts) < 1 || atoiSmall(runs) < 50 {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "declared")
	return true
}

// minutesBeforeSeconds reads a number glued to m before a time in seconds glued to s as minutes,
// "a 1m 31.4s" one minute thirty one point four seconds (m was meters). The seconds are under
// sixty; m before another unit ("1m 50cm") or a bare number ("2m 35") stays meters.
func (n *normalizer) minutesBeforeSeconds(t *token) bool {
	c := t.core[:len(t.core)-1]
	next := n.peek(1)
	if c == "" || !allDigits(c) || t.pre != "" || t.post != "" || next == nil || next.pre != "" {
		return false
	}
	sec, ok := strings.CutSuffix(next.core, "s")
	if !ok || sec == "" {
		return false
	}
	v, rest, ok := scanNumber(sec)
	if !ok || rest != "" || v.neg || v.plus || len(v.intPart) > 2 || atoiSmall(v.intPart) >= 60 {
		return false
	}
	n.by("unit")
	n.emit(t.raw, appendInteger(nil, c)...)
	if c == "1" {
		n.emit(t.raw, "minute")
	} else {
		n.emit(t.raw, "minutes")
	}
	return true
}

// lapOfLaps reads a lap's number out of the race's laps after "lap", "lap 44/57" lap forty four
// of fifty seven (it was two numbers), as ofLabel reads a slide's or a page's.
func (n *normalizer) lapOfLaps(t *token) bool {
	a, b, ok := smallPair(t.core, 3)
	prev := n.peek(-1)
	if !ok || a < 1 || a > b || t.pre != "" || prev == nil || prev.post != "" || !strings.EqualFold(prev.core, "lap") {
		return false
	}
	as, bs, _ := strings.Cut(t.core, "/")
	n.by("position")
	n.emitJoined(t.raw, as, bs, "of")
	return true
}

// standingsWords after GB make it games back: "2.5 GB of first place", "4 GB in the AL East"
// (not "first" alone: "32 GB in the first slot"; not "card" alone: "a 32 GB memory card").
var standingsWords = setOf("place division wild standings lead leader leaders playoff playoffs conference al nl afc nfc")

// gamesBack reads a number and GB after it as games back where of, in, out, behind or back
// follows it and a word of the standings comes within the next five tokens, "2.5 GB of first place" two point five games back of first place
// (it was gigabytes); it takes both tokens. "128 GB of storage" stays.
func (n *normalizer) gamesBack(t *token) bool {
	next := n.peek(1)
	if next == nil || t.post != "" || t.pre != "" || next.pre != "" || next.core != "GB" {
		return false
	}
	v, rest, ok := scanNumber(t.core)
	if !ok || rest != "" || v.neg || v.plus {
		return false
	}
	switch after := n.peek(2); {
	case after == nil || next.post != "" || after.pre != "":
		return false
	default:
		switch after.lower() {
		case "of", "in", "out", "behind", "back":
		default:
			return false
		}
	}
	found := false
	for k := n.i + 3; k < len(n.toks) && k <= n.i+7 && !found; k++ {
		w := n.toks[k].core
		found = standingsWords[strings.ToLower(w)] || w == "East" || w == "West" || w == "Central"
	}
	if !found {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, appendNumber(nil, v)...)
	n.emit(t.raw, "games", "back")
	return true
}

// sabermetrics are baseball's rate statistics written with a leading point, as averages are.
var sabermetrics = setOf("ops obp slg avg woba babip iso")

// sabermetric reads a figure written with a leading point next to OPS, OBP, SLG, AVG, wOBA or
// BABIP in pairs as battingAverage reads an average, "Judge's OPS is .987" nine eighty seven, "a
// .950 OPS" (it was point nine eight seven): the statistic right before, two before with
// is or was between, or right after.
func (n *normalizer) sabermetric(t *token) bool {
	c := t.core
	if !allDigits(c[1:]) || t.pre != "" {
		return false
	}
	p1, p2, next := n.peek(-1), n.peek(-2), n.peek(1)
	ok := p1 != nil && p1.post == "" && sabermetrics[p1.lower()] ||
		p1 != nil && p2 != nil && p1.post == "" && p2.post == "" && beVerbs[p1.lower()] && sabermetrics[p2.lower()] ||
		next != nil && t.post == "" && sabermetrics[next.lower()]
	if !ok {
		return false
	}
	n.by("batting average")
	n.emit(t.raw, averageWords(c[1:])...)
	return true
}

// notOutOff reads a star after a batter's score before "off" and a number of balls as not out,
// "82* off 53" eighty two not out off fifty three, where round sixteen's starAfterNumber wants a
// word of cricket in the sentence (the star was dropped).
func (n *normalizer) notOutOff(t *token) bool {
	off, balls := n.peek(1), n.peek(2)
	if t.post != "*" || t.pre != "" || !allDigits(t.core) || off == nil || balls == nil || off.post != "" ||
		!strings.EqualFold(off.core, "off") || balls.core == "" || !allDigits(balls.core) || len(balls.core) > 3 {
		return false
	}
	n.by("score and star")
	n.emit(t.raw, appendInteger(nil, t.core)...)
	n.emit(t.raw, "not", "out")
	return true
}

// hockeyWords make PP and PK a power play and a penalty kill.
var hockeyWords = setOf("goal goals puck period periods shot shots save saves pp pk hockey nhl faceoff faceoffs power penalty penalties")

// hockeyUnit reads PP and PK as the power play and the penalty kill where a word of hockey or a
// line of N-for-M stands within eight tokens ("Pastrnak's PP goal", "1-for-4 on the PP"; they
// were spelled). Elsewhere ("Read PP 12-14") they stay letters.
func (n *normalizer) hockeyUnit(t *token) bool {
	found := false
	for k := max(0, n.i-8); k < len(n.toks) && k <= n.i+8 && !found; k++ {
		if k == n.i {
			continue
		}
		c := n.toks[k].core
		if hockeyWords[strings.ToLower(c)] && c != t.core {
			found = true
		} else if a, b, ok := strings.Cut(c, "-for-"); ok && a != "" && b != "" && len(a) <= 2 && len(b) <= 2 && allDigits(a) && allDigits(b) {
			found = true
		}
	}
	if !found {
		return false
	}
	n.by("abbreviation")
	if t.core == "PP" {
		n.emit(t.raw, "power", "play")
	} else {
		n.emit(t.raw, "penalty", "kill")
	}
	return true
}

// bracketRecordCode reads a record in brackets after a team's name written with a digit, "G2
// (1-1)" one and one, "C9 (2-1)" two and one, in a sentence that is a fixture of two bracketed
// records (it was a score; round four reads one after a name of letters). The name starts with
// a capital and holds a digit.
func (n *normalizer) bracketRecordCode(t *token) bool {
	if !strings.HasPrefix(t.post, ")") {
		return false
	}
	a, b, ok := strings.Cut(t.core, "-")
	if !ok || a == "" || b == "" || len(a) > 2 || len(b) > 2 || !allDigits(a) || !allDigits(b) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 2 || len(prev.core) > 6 || prev.core[0] < 'A' || prev.core[0] > 'Z' ||
		!strings.ContainsAny(prev.core, "0123456789") || !n.fixtureRecords() {
		return false
	}
	for i := 1; i < len(prev.core); i++ {
		if c := prev.core[i]; !isDigit(c) && (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') {
			return false
		}
	}
	n.by("win-loss record")
	n.emit(t.raw, appendRecord(nil, a, b)...)
	return true
}

// weekdayShort are weekdays' abbreviations as listings print them.
var weekdayShort = map[string]string{"Mon": "monday", "Tue": "tuesday", "Tues": "tuesday", "Wed": "wednesday", "Thu": "thursday",
	"Thur": "thursday", "Thurs": "thursday", "Fri": "friday", "Sat": "saturday", "Sun": "sunday"}

// weekdayAtTime reads a weekday's abbreviation, capitalized inside a sentence, before "at" and
// a clock time (a number) or noon or midnight as the day, "Waivers clear Wed at 12 AM ET"
// wednesday, "Draft is Sat at 7:30" saturday (they were the words wed, sat, sun, or thu as
// written). Lower case ("they wed at 3 pm") and a count of things after at ("sat at 7 tables")
// stay; opening the sentence ("Sat at noon…") the capital says nothing, so it stays too.
func (n *normalizer) weekdayAtTime(t *token) bool {
	day, ok := weekdayShort[t.core]
	if !ok || n.i == 0 || t.pre != "" || t.post != "" {
		return false
	}
	at, tm := n.peek(1), n.peek(2)
	if at == nil || tm == nil || at.pre != "" || at.post != "" || at.core != "at" || tm.pre != "" || tm.core == "" {
		return false
	}
	if l := tm.lower(); l != "noon" && l != "midnight" {
		if !isDigit(tm.core[0]) {
			return false
		}
		if after := n.peek(3); after != nil && tm.post == "" && n.quantityNoun(after) {
			return false // "at 7 tables"
		}
	}
	n.by("weekday")
	n.emit(t.raw, day)
	return true
}
