package text

import "strings"

// Round seventy-two: the classes held-out set 57's dev half missed, in the registers of
// parenting and family life (feeding logs, pediatric dosing charts, school and PTA notices,
// daycare and camp schedules, toy listings and recalls, family budget blogs), each read as a
// class and tested on probe sentences written before the readers, readings72.tsv. Family
// services' and hospital units' initials said as words (WIC, NICU, PICU) and a stay-at-home
// parent's initials (SAHM) are read where every acronym is, in abbrev.go's acronymReadings.

// round72Token reads a token that opens with a capital: a schedule's weekday initials and a
// parenting forum's shorthand whose reading hangs on its neighbours.
func (n *normalizer) round72Token(t *token) int {
	c := t.core
	if len(c) == 0 || len(c) > 17 || n.inPart != 0 {
		return 0
	}
	c0 := c[0]
	switch {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if t.pre == "(" {
			if len(c) >= 4 && len(c) <= 10 && n.may(shLower) {
				return n.hoursMinutes(t) // R6: "(1h35m)" as outside the brackets
			}
			return 0
		}
		if len(c) <= 4 {
			return n.childAge72(t)
		}
		if !n.may(shSlash) {
			return 0
		}
		if len(c) >= 11 {
			return n.monthYearSpan72(t)
		}
		return n.scheduleSpan72(t)
	case len(c) < 2:
		return 0
	case c0 == '%':
		if c == "%ile" || c == "%iles" {
			n.by("unit")
			n.emit(t.raw, "percent"+c[1:])
			return 1
		}
		return 0
	case c0 >= 'a' && c0 <= 'z':
		if len(c) == 2 {
			if c0 == 'w' || c0 == 'm' || c0 == 'y' {
				return n.spanWord72(t)
			}
			return 0
		}
		if len(c) >= 5 && n.may(shSlash) && n.may(shDigit) {
			return n.perHours72(t)
		}
		return 0
	case c0 < 'A' || c0 > 'Z' || len(c) > 14:
		return 0
	}
	c1 := c[1]
	if c1 >= 'a' && c1 <= 'z' || c1 == '/' {
		// Of these tokens only weekday initials begin so: "Tu/Th", "Th/F", "M/W/F", "TuTh".
		if c1 != '/' && c1 != 'h' && c1 != 'u' || c0 != 'M' && c0 != 'T' && c0 != 'W' && c0 != 'R' && c0 != 'F' {
			return 0
		}
		if c == "TuTh" {
			return n.gluedDays72(t)
		}
		if n.may(shSlash) {
			return n.weekdayInitials72(t)
		}
		return 0
	}
	if c1 < 'A' || c1 > 'Z' || len(c) > 6 {
		return 0
	}
	switch c0 {
	case 'M', 'T', 'L', 'F', 'S', 'D', 'B':
	default:
		return 0
	}
	switch forumShorthand72[c] {
	case 0:
		return 0
	case r72Days:
		return n.gluedDays72(t)
	case r72Little:
		return n.littleOne72(t)
	case r72TimeMom:
		return n.timeMom72(t)
	case r72InLaw:
		return n.inLaw72(t)
	case r72Kin:
		return n.openingKin72(t)
	}
	return 0
}

// The kinds of round seventy-two's shorthand (forumShorthand72).
const (
	r72Days = iota + 1
	r72Little
	r72TimeMom
	r72InLaw
	r72Kin
)

// forumShorthand72 are the tokens round72Token reads, by kind: weekday initials run together, a
// parenting forum's little one, first- and second-time moms, in-laws and family (round
// twenty-eight's forumKinWords, which read these only after a possessive or before an age).
var forumShorthand72 = map[string]int{
	"MWF": r72Days, "TTh": r72Days, "TuTh": r72Days, "MTWThF": r72Days, "MTWRF": r72Days,
	"LO": r72Little, "LO's": r72Little, "LO’s": r72Little,
	"FTM": r72TimeMom, "STM": r72TimeMom, "FTMs": r72TimeMom, "STMs": r72TimeMom,
	"MIL": r72InLaw, "FIL": r72InLaw, "SIL": r72InLaw, "BIL": r72InLaw,
	"DH": r72Kin, "DW": r72Kin, "DS": r72Kin, "DD": r72Kin,
}

// weekdayInitials72Days are a schedule's initials of the weekdays, with each day's place in
// the week: M, T or Tu, W, Th or R, F, Sa, Su.
var weekdayInitials72Days = map[string]int{"M": 1, "T": 2, "Tu": 2, "W": 3, "Th": 4, "R": 4, "F": 5, "Sa": 6, "Su": 7}

// weekdayNames72 are the days' names by their place in the week.
var weekdayNames72 = [...]string{"", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// weekdayList72 parses s as weekdays' initials in the week's order, run together ("MWF",
// "TTh") or between slashes ("M/W/F", "Tu/Th"), into their places; it reports the places and
// whether every initial was one letter. A piece out of order, repeated or no day's initial
// gives no list.
func weekdayList72(s string, slashed bool) (days []int, single bool) {
	single = true
	last := 0
	for i := 0; i < len(s); {
		j := i + 1
		if slashed {
			for j < len(s) && s[j] != '/' {
				j++
			}
		} else if j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
			j++
		}
		d := weekdayInitials72Days[s[i:j]]
		if d <= last {
			return nil, false
		}
		if j-i > 1 {
			single = false
		}
		days, last = append(days, d), d
		if slashed && j < len(s) {
			j++ // the slash
			if j == len(s) {
				return nil, false
			}
		}
		i = j
	}
	return days, single
}

// emitWeekdays72 says a list of days as a list, "and" before the last, as Mon/Wed/Fri is read.
func (n *normalizer) emitWeekdays72(src string, days []int) {
	n.by("weekday list")
	for k, d := range days {
		if k == len(days)-1 {
			n.emit(src, "and")
		}
		n.emit(src, weekdayNames72[d])
	}
}

// weekdayInitials72 reads a schedule's weekday initials between slashes as the days, in
// order: "M/W/F" monday wednesday and friday, "T/Th" tuesday and thursday, "M/T/W/Th/F" (they
// were letters and slashes). Two single letters name days only before a time or a number
// ("meets M/W, 10–11"); M/F and T/F (male or female, true or false) never; letters out of the
// week's order ("F/W", a fall and winter line) or no day's ("S/M/L") stay as they were.
func (n *normalizer) weekdayInitials72(t *token) int {
	c := t.core
	if c[len(c)-1] == '/' || strings.Count(c, "/") > 6 {
		return 0
	}
	days, single := weekdayList72(c, true)
	if len(days) < 2 {
		return 0
	}
	if single && len(days) == 2 {
		next := n.peek(1)
		if c == "M/F" || c == "T/F" || next == nil || next.core == "" || !isDigit(next.core[0]) {
			return 0
		}
	}
	n.emitWeekdays72(t.raw, days)
	return 1
}

// gluedDayWords72 are the words around MWF that make it a schedule's days: a class meets MWF,
// on MWF, MWF at 9, MWF from 8 to 3, MWF only.
var gluedDayWords72 = setOf("meets meet met meeting on every class classes is are at from only and mornings afternoons")

// gluedDays72 reads weekday initials run together as the days: "TTh" tuesday and thursday,
// "MTWThF" monday tuesday wednesday thursday and friday (they were spelled); "MWF", which names
// other things, only before a number or after or before a word of a schedule ("meets MWF 9–9:50").
func (n *normalizer) gluedDays72(t *token) int {
	c := t.core
	days, _ := weekdayList72(c, false)
	if len(days) < 2 {
		return 0
	}
	if c == "MWF" {
		prev, next := n.peek(-1), n.peek(1)
		ok := prev != nil && prev.post == "" && gluedDayWords72[prev.lower()]
		ok = ok || t.post == "" && next != nil && next.core != "" && (isDigit(next.core[0]) || gluedDayWords72[next.lower()])
		if !ok {
			return 0
		}
	}
	n.emitWeekdays72(t.raw, days)
	return 1
}

// kinOwners72 are the possessives before a forum's little one or in-law.
var kinOwners72 = setOf("my our your his her their")

// littleOne72 reads a parenting forum's LO as little one (its possessive little one's) after
// my, our, your, his, her or their, or opening a sentence before a lower-case word ("LO
// finally slept", "How do you get your LO to nap?"; it was spelled). A weather low before its
// number ("Hi 75, LO 58") and a sentence in capitals stay as they were.
func (n *normalizer) littleOne72(t *token) int {
	if n.shout {
		return 0
	}
	prev := n.peek(-1)
	ok := prev != nil && prev.post == "" && kinOwners72[prev.lower()]
	if !ok && prev == nil && t.post == "" && len(t.core) == 2 {
		next := n.peek(1)
		ok = next != nil && next.pre == "" && next.core != "" && next.core[0] >= 'a' && next.core[0] <= 'z'
	}
	if !ok {
		return 0
	}
	n.by("forum abbreviation")
	if len(t.core) == 2 {
		n.emit(t.raw, "little", "one")
	} else {
		n.emit(t.raw, "little", "one's")
	}
	return 1
}

// timeMomOwners72 come before a forum's first- or second-time mom: "fellow FTM", "other FTMs".
var timeMomOwners72 = setOf("fellow fellows other")

// timeMom72 reads a parenting forum's FTM and STM as first time mom and second time mom (plural
// moms) where the writer names herself ("FTM here", "STM here and still clueless") or others
// like her ("fellow FTMs", "any other STMs"; they were spelled). A transgender man ("an FTM
// man") stays spelled.
func (n *normalizer) timeMom72(t *token) int {
	prev, next := n.peek(-1), n.peek(1)
	ok := prev != nil && prev.post == "" && timeMomOwners72[prev.lower()]
	ok = ok || (t.post == "" || t.post == ",") && next != nil && next.pre == "" && next.lower() == "here"
	if !ok {
		return 0
	}
	n.by("forum abbreviation")
	first := "first"
	if t.core[0] == 'S' {
		first = "second"
	}
	mom := "mom"
	if len(t.core) == 4 {
		mom = "moms"
	}
	n.emit(t.raw, first, "time", mom)
	return 1
}

// inLawWords72 are the in-laws a forum writes with initials.
var inLawWords72 = map[string]string{"MIL": "mother", "FIL": "father", "SIL": "sister", "BIL": "brother"}

// inLaw72 reads a forum's MIL, FIL, SIL and BIL after a possessive as mother in law, father in
// law, sister in law and brother in law ("My MIL watches the baby"; they were read as words or
// spelled). A film's thickness ("a 6 MIL vapor barrier") stays as it was.
func (n *normalizer) inLaw72(t *token) int {
	prev := n.peek(-1)
	if n.shout || prev == nil || prev.post != "" || !kinOwners72[prev.lower()] {
		return 0
	}
	n.by("forum abbreviation")
	n.emit(t.raw, inLawWords72[t.core], "in", "law")
	return 1
}

// kinVerbs72 follow a forum's DH, DW, DS or DD opening a sentence: "DH is on bedtime duty",
// "DW says", "DH and I".
var kinVerbs72 = setOf("is was has had and says said wants thinks took takes keeps loves hates refuses works worked got gets will would just finally always never still can can't won't doesn't didn't isn't wasn't went goes made makes started starts")

// familyWords72 are words of a sentence of family life, where a forum's family initials are
// the writer's family.
var familyWords72 = setOf("baby babies toddler toddlers kid kids kiddo kiddos daycare preschool school bedtime nap naps napping feed feeds feeding bottle bottles diaper diapers teething potty newborn nursery pregnant pregnancy lol tia tbh imo idk omg")

// openingKin72 reads round twenty-eight's DH, DW, DS and DD (dear husband, wife, son, daughter)
// opening a sentence of family life before a verb or "and" ("DH is on bedtime duty tonight
// lol", "DH and I alternate night feeds"; they were spelled where no age followed). A verb
// before a number is left to forumKin ("DS is 4", "DH is 0 for 3"); a designated hitter ("DH
// hit a homer"), DC (Washington) and a sentence without a word of family life stay spelled.
func (n *normalizer) openingKin72(t *token) int {
	next := n.peek(1)
	if n.shout || n.peek(-1) != nil || t.post != "" || next == nil || next.pre != "" || !kinVerbs72[next.lower()] {
		return 0
	}
	if after := n.peek(2); after != nil && after.core != "" && isDigit(after.core[0]) {
		return 0
	}
	if !n.sentenceHas(familyWords72) {
		return 0
	}
	n.by("forum abbreviation")
	n.emit(t.raw, forumKinWords[t.core]...)
	return 1
}

// r72AgeUnits are the units of a child's age a forum writes before "old", with their singular
// names.
var r72AgeUnits = map[string]string{"mo": "month", "mos": "month", "yr": "year", "yrs": "year", "wk": "week", "wks": "week"}

// r72AgeOwners come before a child named by its age: "my 18 mo old", "the 3 wk old twins".
var r72AgeOwners = setOf("my our your his her their a an the this that")

// r72Age reports a child's age: one or two digits, not zero, not opening with zero.
func r72Age(s string) bool {
	return (len(s) == 1 || len(s) == 2) && allDigits(s) && s[0] != '0'
}

// childAge72 reads a child's age as a parenting forum writes it. With yo, glued or spaced, it
// is year old, as y/o is ("our 4yo and 6yo", "a 3 yo"; it was yo, except in a sentence of horse
// racing). With mo, mos, yr, yrs, wk or wks before "old" after a determiner or a possessive it
// names the child, singular ("My 18 mo old" eighteen month old, "the 3 wk old twins"; it was
// months); after a verb the age stays plural ("is 4 mo old"). A count of packs, pk or pks after
// the number, is pack or packs ("1 pk of wipes", "a 20 pk"; they were spelled).
func (n *normalizer) childAge72(t *token) int {
	c := t.core
	if strings.HasSuffix(c, "yo") {
		if !r72Age(c[:len(c)-2]) {
			return 0
		}
		n.by("age")
		n.emit(t.raw, appendInteger(nil, c[:len(c)-2])...)
		n.emit(t.raw, "year", "old")
		return 1
	}
	if t.pre != "" || t.post != "" || c[0] == '0' || !allDigits(c) {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || len(next.core) < 2 || len(next.core) > 3 {
		return 0
	}
	switch nc := next.core; {
	case nc == "yo" && r72Age(c):
		n.by("age")
		n.emit(t.raw, appendInteger(nil, c)...)
		n.emit(next.raw, "year", "old")
		return 2
	case nc == "pk" || nc == "pks":
		n.by("number and unit")
		n.emit(t.raw, appendInteger(nil, c)...)
		n.emit(next.raw, "pack"+nc[2:])
		return 2
	case r72AgeUnits[nc] != "" && r72Age(c) && next.post == "":
		prev, old := n.peek(-1), n.peek(2)
		if prev == nil || prev.post != "" || !r72AgeOwners[prev.lower()] || old == nil || old.lower() != "old" {
			return 0
		}
		n.by("age")
		n.emit(t.raw, appendInteger(nil, c)...)
		n.emit(next.raw, r72AgeUnits[nc])
		return 2
	}
	return 0
}

// r72SpanWords are wk, mo and yr's names where no number comes before them.
var r72SpanWords = map[string]string{"wk": "week", "mo": "month", "yr": "year"}

// r72SpanBefore come before a span of time with no number: next wk, every wk, this yr.
var r72SpanBefore = setOf("next last this every each per")

// spanWord72 reads wk, mo and yr after next, last, this, every, each or per as week, month and
// year ("See you next wk", "Sale ends next mo"; they were spelled, or left as written).
func (n *normalizer) spanWord72(t *token) int {
	if c := t.core; c != "wk" && c != "mo" && c != "yr" {
		return 0
	}
	w := r72SpanWords[t.core]
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !r72SpanBefore[prev.lower()] {
		return 0
	}
	n.by("unit")
	n.emit(t.raw, w)
	return 1
}

// r72MonthYear reports a month of 1-12 and a year of 1900-2099 between a slash ("01/2022",
// "2/2022").
func r72MonthYear(s string) bool {
	m, y, ok := strings.Cut(s, "/")
	if !ok || len(m) == 0 || len(m) > 2 || len(y) != 4 || !allDigits(m) || !allDigits(y) {
		return false
	}
	mv, yv := atoiSmall(m), atoiSmall(y)
	return mv >= 1 && mv <= 12 && yv >= 1900 && yv <= 2099
}

// monthYearSpan72 reads two months with their years joined by a hyphen or an en dash as a span,
// each read as it is alone: "01/2022–03/2023" january twenty twenty two to march twenty twenty
// three (it was read with slashes). A month past 12 stays as it was.
func (n *normalizer) monthYearSpan72(t *token) int {
	c := t.core
	a, b, ok := cutSpanDash(c)
	if !ok || !r72MonthYear(a) || !r72MonthYear(b) {
		return 0
	}
	n.by("date range")
	n.inPart++
	n.numeric(&token{raw: t.raw, core: a})
	n.emit(t.raw, "to")
	n.numeric(&token{raw: t.raw, core: b})
	n.inPart--
	return 1
}

// r72ScheduleWords come before a span of dates in a camp's, a pool's or a school's schedule.
var r72ScheduleWords = setOf("runs run running session sessions dates date open opens closed closes held camp camps season term semester week weeks registration enrollment")

// scheduleSpan72 reads two month/day dates joined by a dash after a word of a schedule as a
// span though the second is more than a month after the first (up to five: a school term, a pool's summer) ("Camp runs 6/9–8/15" june
// ninth to august fifteenth, "Session 2 dates: 7/21-9/5"; round five's dateSpan reads a span
// within a month or into the next, and these were read with slashes). Fractions on both sides
// ("Runs 1/2-3/4 mile", "from 6/10-8/10") and a span before a unit stay as they were.
func (n *normalizer) scheduleSpan72(t *token) int {
	c := t.core
	if len(c) < 7 || t.pre != "" {
		return 0
	}
	a, b, ok := cutSpanDash(c)
	if !ok {
		return 0
	}
	ma, da, okA := monthDay(a)
	mb, db, okB := monthDay(b)
	if !okA || !okB || mb == ma || (mb-ma+12)%12 > 5 {
		return 0
	}
	fa, fb, _ := strings.Cut(a, "/")
	ga, gb, _ := strings.Cut(b, "/")
	if isFraction(fa, fb) && isFraction(ga, gb) {
		return 0
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || !r72ScheduleWords[prev.lower()] || t.post == "" && next != nil && unitWordOK(next.core) {
		return 0
	}
	n.by("date range")
	n.emit(t.raw, appendDayOrdinal([]string{monthNames[ma]}, da)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendDayOrdinal([]string{monthNames[mb]}, db)...)
	return 1
}

// r72HourMarks are the marks of hours glued after a number.
var r72HourMarks = setOf("h hr hrs hours")

// perHours72 reads a count over a number of hours glued to its mark after the slash, as a dosing
// chart or a feeding log prints it, as per that many hours: "doses/24h" doses per twenty four
// hours, "oz/24hrs" ounces per … (they were slash), as the spaced "doses/24 hrs" is read. A
// unit before the slash is its plural name; a slash before a bare number ("cases/100") stays.
func (n *normalizer) perHours72(t *token) int {
	c := t.core
	w, rest, ok := strings.Cut(c, "/")
	if !ok || w == "" || len(w) > 12 || !isLetterWord(w) || rest == "" || !isDigit(rest[0]) {
		return 0
	}
	k := 0
	for k < len(rest) && k < 3 && isDigit(rest[k]) {
		k++
	}
	num, mark := rest[:k], rest[k:]
	if !r72HourMarks[mark] || num[0] == '0' {
		return 0
	}
	n.by("rate")
	if un, ok := unitWord(w, true); ok && len(w) > 1 {
		name := un.plural
		if p := n.peek(-1); p != nil && p.core == "1" {
			name = un.sing // "1 oz/24h"
		}
		n.emit(t.raw, strings.Fields(name)...)
	} else {
		n.word(t.raw, w)
	}
	n.emit(t.raw, "per")
	n.emit(t.raw, appendInteger(nil, num)...)
	n.emit(t.raw, plural(num == "1", "hour", "hours"))
	return 1
}
