package text

import "strings"

// Round sixty-one: held-out set 49's dev misses, written by a new hand as music and radio
// sources print them (concert and festival listings, ticketing pages, album, instrument and
// audio-gear reviews, radio station pages, podcast show notes, streaming charts), each read as
// a class and tested on probe sentences written before the readers, readings61.tsv. The round
// switches on the token's first character before any reader: a digit for a station's frequency,
// a time signature or a date in a list, a dash standing alone for a range of two quantities.

func (n *normalizer) round61Token(t *token) int {
	c := t.core
	if n.inPart == 0 && len(c) >= 2 && len(c) <= 4 && (c[0] == 'f' || c[0] == 'F' || c[0] == 'c' || c[0] == 'C' || c[0] == 'p') && n.may(shLower) {
		if n.r61Featuring(t) || n.r61Channel(t) || n.r61Produced(t) {
			return 1
		}
	}
	if n.inPart == 0 && len(c) >= 4 && len(c) <= 9 && c[0] >= 'A' && c[0] <= 'Z' && n.may(shSlash) && n.r61LevelPerUnit(t) {
		return 1
	}
	if n.inPart == 0 && len(c) > 7 && c[0] >= 'a' && c[0] <= 'z' {
		return oneIf(n.may(shDot) && n.r61MusicHost(t))
	}
	if n.inPart != 0 || len(c) < 3 || len(c) > 7 {
		return oneIf(n.inPart == 0 && c == "-" && n.may(shHyphen) && n.r61UnitRangeDash(t))
	}
	if c == "–" || c == "—" {
		return oneIf(n.may(shWide) && n.r61UnitRangeDash(t))
	}
	if c[0] < '1' || c[0] > '9' {
		return oneIf(c[0] >= 'a' && c[0] <= 'z' && n.may(shDot) && n.r61MusicHost(t))
	}
	if n.may(shSlash) && (n.r61Meter(t) || n.r61ListDate(t)) {
		return 1
	}
	if n.may(shHyphen) && n.r61ChannelCount(t) {
		return 1
	}
	return oneIf(n.may(shDigit) && n.r61Frequency(t))
}

// r61RadioWords tell that a sentence is about radio, so a number before AM is a station's
// place on the dial, not a time.
var r61RadioWords = setOf(`radio station stations tune tuned listen listening listeners listener dial broadcast
broadcasts broadcasting airs aired simulcast frequency signal fm am`)

// r61RadioSentence reports a word of radio or a station's call sign (three or four capitals
// beginning with K or W: KNX, WFAN, KMOX) in the sentence, besides the token at n.i+1 (the AM
// being read).
func (n *normalizer) r61RadioSentence() bool {
	for k := range n.toks {
		if k == n.i+1 || k == n.i {
			continue
		}
		c := n.toks[k].core
		if len(c) < 2 || len(c) > 12 {
			continue
		}
		if (c[0] == 'K' || c[0] == 'W') && (len(c) == 3 || len(c) == 4) && isUpperWord(c) {
			return true
		}
		if r61RadioWords[n.toks[k].lower()] {
			return true
		}
	}
	return false
}

// r61Frequency reads a radio station's frequency as stations and listeners say it. An AM
// frequency (530 to 1710 kilohertz, before AM) is read in pairs, "880 AM" eight eighty a m,
// "1010 AM" ten ten, "1500 AM" fifteen hundred (they were counts, eight hundred eighty), when
// its last two digits are no minutes or the sentence speaks of radio (a number before AM
// elsewhere is a time written without its colon, "at 1100 AM" eleven a m, and stays). An FM
// frequency of 101 to 108 megahertz is one oh one point one ("101.1 FM", "103.5FM"; they were
// one hundred one point one); 100.7 stays one hundred point seven and 98.3 ninety eight point
// three, as said. It reports whether it did.
func (n *normalizer) r61Frequency(t *token) bool {
	c := t.core
	if fm, ok := strings.CutSuffix(c, "FM"); ok {
		if !r61FMBand(fm) {
			return false
		}
		n.by("radio frequency")
		n.emit(t.raw, r61FMWords(fm)...)
		n.emitLetter(t.raw, "f")
		n.emitLetter(t.raw, "m")
		return true
	}
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" {
		return false
	}
	switch next.core {
	case "FM":
		if !r61FMBand(c) {
			return false
		}
		n.by("radio frequency")
		n.emit(t.raw, r61FMWords(c)...)
		return true
	case "AM":
		if len(c) != 3 && len(c) != 4 || !allDigits(c) {
			return false
		}
		v := atoiSmall(c)
		if v < 530 || v > 1710 || v == 1000 || v%100 < 60 && !n.r61RadioSentence() {
			return false
		}
		if prev := n.peek(-1); prev != nil && r61TimePrepositions[prev.lower()] {
			return false // "next advisory at 1100 AM", the hour written without its colon
		}
		if zone := n.peek(2); next.post == "" && zone != nil && len(zone.core) >= 2 && len(zone.core) <= 4 &&
			zone.core[len(zone.core)-1] == 'T' && isUpperWord(zone.core) {
			return false // "1100 AM CDT": a storm advisory's hour before its zone
		}
		n.by("radio frequency")
		n.emit(t.raw, appendPaired(nil, c)...)
		return true
	}
	return false
}

// r61TimePrepositions before a number and AM make it an hour: "at 1100 AM", "by 730 AM".
var r61TimePrepositions = setOf("at by until till before after since around about @")

// r61FMBand reports an FM frequency from 101.0 to 108.0 written with one decimal ("101.1").
func r61FMBand(s string) bool {
	return len(s) == 5 && s[0] == '1' && s[1] == '0' && s[2] >= '1' && s[2] <= '8' && s[3] == '.' && isDigit(s[4]) &&
		(s[2] != '8' || s[4] == '0')
}

// r61FMWords reads an FM frequency of r61FMBand: one oh one point one.
func r61FMWords(s string) []string {
	return []string{"one", "oh", onesWords[s[2]-'0'], "point", digitWords61[s[4]-'0']}
}

// digitWords61 name a decimal's digits, zero as zero (a quantity's digit, as the conventions say).
var digitWords61 = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// r61MeterNouns are words of rhythm a time signature describes: "a 6/8 groove", "a 7/8 feel".
var r61MeterNouns = setOf(`groove grooves feel waltz shuffle pulse rhythm riff riffs bar bars measure measures vamp
pattern jig`)

// r61MusicWords tell that a sentence is about music, so a fraction after in, into, from or to
// is a time signature.
var r61MusicWords = setOf(`song songs track tracks verse verses chorus choruses bridge riff riffs intro outro groove
tempo bpm bar bars measure measures drummer drums drumming band album record tune melody rhythm beats waltz
meter metre signature jazz guitar guitarist piano pianist solo composer composition symphony movement music
musical hook breakdown coda lyrics vocals ballad prog polyrhythm`)

// r61AfterMeter are words that may follow a time signature after "in": a preposition or a
// conjunction, not a noun the fraction would measure ("in 3/4 cup").
var r61AfterMeter = setOf(`for with and before after at until over throughout then but while from to on through
during as or instead`)

// r61MeterShape reports a time signature's shape: a numerator from 2 to 15 over 2, 4, 8 or 16.
func r61MeterShape(s string) bool {
	a, b, ok := strings.Cut(s, "/")
	if !ok || len(a) == 0 || len(a) > 2 || !allDigits(a) || a[0] == '0' || a == "1" || atoiSmall(a) > 15 {
		return false
	}
	return b == "2" || b == "4" || b == "8" || b == "16"
}

// r61Meter reads a time signature as its two numbers where no word "time" follows: before a
// word of rhythm ("rides a 6/8 groove" six eight groove), or after in or into ("sits in 7/8",
// "drops into 5/4 for eight bars") and between from and to ("from 4/4 to 12/8") in a sentence
// about music (they were fractions, seven eighths, or dates, april fourth). A fraction of
// something stays ("Stir in 3/4 of the sugar", "in 3/4 cup"), as does one in a sentence about
// nothing musical. It reports whether it did.
func (n *normalizer) r61Meter(t *token) bool {
	if !r61MeterShape(t.core) {
		return false
	}
	next, prev := n.peek(1), n.peek(-1)
	read := false
	switch {
	case next != nil && t.post == "" && next.pre == "" && r61MeterNouns[next.lower()]:
		read = true
	case prev == nil || prev.post != "":
	case prev.lower() == "in" || prev.lower() == "into":
		// "sits in 7/8, with", "into 5/4 for eight bars", "a waltz in 3/4 closes": after the
		// signature a pause, a preposition or a conjunction, or any word but "of" after a
		// word of music ("Stir in 3/4 of the sugar", "in 3/4 cup" stay fractions).
		before := n.peek(-2)
		read = (t.post != "" || next == nil || next.pre == "" && (r61AfterMeter[next.lower()] ||
			before != nil && before.post == "" && r61MusicWords[before.lower()] && r61MeterFollower(next))) &&
			n.r61MusicSentence()
	case prev.lower() == "from":
		to, other := n.peek(1), n.peek(2)
		read = t.post == "" && to != nil && to.lower() == "to" && other != nil && r61MeterShape(other.core) && n.r61MusicSentence()
	case prev.lower() == "to":
		other, from := n.peek(-2), n.peek(-3)
		read = other != nil && from != nil && from.lower() == "from" && r61MeterShape(other.core) && n.r61MusicSentence()
	}
	if !read {
		return false
	}
	a, b, _ := strings.Cut(t.core, "/")
	n.by("time signature")
	w := appendInteger(nil, a)
	n.emit(t.raw, appendInteger(w, b)...)
	return true
}

// r61MusicSentence reports a word of music in the sentence.
func (n *normalizer) r61MusicSentence() bool {
	for k := range n.toks {
		if c := n.toks[k].core; len(c) >= 3 && len(c) <= 12 && r61MusicWords[n.toks[k].lower()] {
			return true
		}
	}
	return false
}

// r61ShowNouns are what a date between "the" and them names: "the 9/20 show".
var r61ShowNouns = setOf("show shows concert concerts gig gigs date performance matinee")

// r61ListDate reads a month and day as a date where a listing of dates puts it: before in, at
// or @ and a place ("Nov. 2 in Chicago, 11/4 in Detroit" november fourth; "3/14 at the
// Ryman"), beside another date written with a month's name or as a month and day; or between
// "the" and show, concert or gig ("the 9/20 show" the september twentieth show). They were
// fractions, ten twelfths, or scores, nine out of twenty. A share of a place ("about 2/3 in
// Denver voted") has no date beside it and stays. It reports whether it did.
func (n *normalizer) r61ListDate(t *token) bool {
	m, d, ok := monthDay(t.core)
	if !ok || t.post != "" && t.post != "," {
		return false
	}
	next, prev := n.peek(1), n.peek(-1)
	if next == nil || next.pre != "" || t.post != "" {
		return false
	}
	read := false
	switch l := next.lower(); {
	case l == "in" || l == "at" || l == "@":
		place := n.peek(2)
		if place != nil && place.lower() == "the" && next.post == "" {
			place = n.peek(3)
		}
		read = next.post == "" && place != nil && isCapitalized(place.core) && (prev == nil || !r61ShareWords[prev.lower()]) && n.r61OtherDate()
	case r61ShowNouns[l]:
		read = prev != nil && prev.post == "" && prev.lower() == "the" && !(m == 1 && d <= 4)
	}
	if !read {
		return false
	}
	n.by("date")
	n.emit(t.raw, appendDayOrdinal([]string{monthNames[m]}, d)...)
	return true
}

// r61OtherDate reports another date in the sentence: a month's name (or its abbreviation with a
// point) before a day's number, or another month and day.
func (n *normalizer) r61OtherDate() bool {
	for k := range n.toks {
		if k == n.i {
			continue
		}
		tk := &n.toks[k]
		c := tk.core
		if len(c) < 3 || len(c) > 9 {
			continue
		}
		if isDigit(c[0]) {
			if _, _, ok := monthDay(c); ok && strings.IndexByte(c, '/') > 0 {
				return true
			}
			continue
		}
		if !isCapitalized(c) || k+1 >= len(n.toks) {
			continue
		}
		if mi := monthIndex[strings.TrimSuffix(tk.lower(), ".")]; mi > 0 {
			if d := n.toks[k+1].core; d != "" && isDigit(d[0]) && (len(d) == 1 || !isDigit(d[1]) || len(d) == 2 || !isDigit(d[2])) {
				return true // "Nov. 2", "Oct. 3–5"
			}
		}
	}
	return false
}

// r61UnitRangeDash reads a dash standing alone between two quantities with units as "to", as
// a dash glued between them reads: "45 Hz – 20 kHz" forty five hertz to twenty kilohertz, "3 m
// – 10 m", "80Hz – 2.5kHz" (it was a pause, the range unsaid); before an equals sign later in
// the sentence it is minus ("10 kg - 2 kg = 8 kg"). A dash before a word or a bare number ("5
// km – 3 of them") stays a pause. It reports whether it did.
func (n *normalizer) r61UnitRangeDash(t *token) bool {
	if t.pre != "" || t.post != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || next.pre != "" || next.core == "" || !isDigit(next.core[0]) {
		return false
	}
	if !r61Quantity(prev, n.peek(-2), false) || !r61Quantity(next, n.peek(2), true) {
		return false
	}
	word := n.rangeWord()
	for k := n.i + 1; k < len(n.toks); k++ {
		if n.toks[k].core == "=" {
			word = "minus"
			break
		}
	}
	n.by("range of quantities")
	n.emit(t.raw, word)
	return true
}

// r61Quantity reports a quantity with a unit symbol: a number glued to a unit ("80Hz", "2.5kHz")
// in a, or a unit symbol in a after a number in other (before a dash, after: other is the unit
// after the number a).
func r61Quantity(a, other *token, after bool) bool {
	if num, rest, ok := scanNumber(a.core); ok && rest != "" && !num.neg {
		_, isUnit := unitWord(rest, false)
		return isUnit && isDigit(a.core[0])
	}
	if after {
		if _, rest, ok := scanNumber(a.core); !ok || rest != "" || a.post != "" || other == nil || other.pre != "" {
			return false
		}
		_, isUnit := unitWord(other.core, true)
		return isUnit
	}
	if other == nil || other.post != "" || other.core == "" || !isDigit(other.core[0]) {
		return false
	}
	if _, rest, ok := scanNumber(other.core); !ok || rest != "" {
		return false
	}
	_, isUnit := unitWord(a.core, true)
	return isUnit
}

// r61VerbObjects open the object of a verb: after a word in -s they tell the word is a verb.
var r61VerbObjects = setOf("the your their its our his my it them you us him")

// r61VerbAfterUnit reports that the word in -s after a spaced unit is a verb, so the quantity
// is its subject, not an adjective, and the unit keeps its plural: "6 hrs raises the odds",
// "20 mins doubles your focus" (they were six hour raises, twenty minute doubles). before is
// the token before the number: after a count or a determiner ("two 5 km runs the week
// before", "the 8 GB cards their kids use") the quantity describes the noun and this says no.
func r61VerbAfterUnit(before, word, object *token) bool {
	if word == nil || object == nil || word.post != "" || object.pre != "" || !r61VerbObjects[object.lower()] {
		return false
	}
	if before != nil {
		b := before.lower()
		if b == "a" || b == "an" || determiners[b] || b != "" && isDigit(b[0]) || r61CountWords[b] {
			return false
		}
	}
	return true
}

// r61CountWords are counts a quantity may describe a noun after: "two 5 km runs".
var r61CountWords = setOf("two three four five six seven eight nine ten dozen several few many some both")

// r61ShareWords before a fraction make it a share, not a date: "about 2/3 in Denver".
var r61ShareWords = setOf("about only nearly almost roughly some over under just around approximately least than fully barely")

// r61MeterFollower reports a word that may follow a time signature after a word of music and
// "in" ("a waltz in 3/4 closes"): a lower-case word of three letters or more, neither "of" nor a
// unit ("Beat in 3/4 c. sugar" is a measure of sugar).
func r61MeterFollower(next *token) bool {
	l := next.core
	if len(l) < 3 || l != next.lower() || l == "of" || !isLetterWord(l) {
		return false
	}
	_, unit := unitWord(l, false)
	return !unit
}

// r61MusicEndings are web endings of music and radio that make "name.ending" a web address, as
// topLevel's do; written in lower case only ("back.Live" is two words with a space left out).
var r61MusicEndings = setOf("fm live radio band music audio rocks studio show stream")

// r61MusicHost reads a host under one of r61MusicEndings, with or without a path, as a web
// address, as round forty-nine reads health's endings: "kexp.live" k e x p dot live,
// "anchor.fm/tinydesk" anchor dot f m slash tiny desk (they were a word, kexp, or a compound
// whose path stayed run together). It reports whether it did.
func (n *normalizer) r61MusicHost(t *token) bool {
	c := t.core
	host := c
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	dot := strings.LastIndexByte(host, '.')
	if dot < 2 || !r61MusicEndings[host[dot+1:]] || strings.Contains(host[:dot], "..") || host[0] == '.' || host[0] == '-' {
		return false
	}
	for i := 0; i < dot; i++ {
		if b := host[i]; !(b >= 'a' && b <= 'z' || isDigit(b) || b == '-' || b == '.') {
			return false
		}
	}
	n.by("web address")
	n.address(t.raw, c)
	return true
}

// r61AgentNoun reports an agent noun in -r of a lexicon verb in -e that the lexicon lacks, of
// seven letters or more: "exploder" (explode), a piece of a run-together name ("songexploder"
// song exploder; it stayed whole). The verb has five letters or more, so a short stem ("rater",
// "doter") is no piece.
func r61AgentNoun(s string, isWord func(string) bool) bool {
	if len(s) < 7 || s[len(s)-1] != 'r' || s[len(s)-2] != 'e' {
		return false
	}
	return isWord(s[:len(s)-1])
}

// r61Featuring reads feat. and ft. before a capitalized name as featuring, as a track listing
// is read aloud: "Old Town Road (feat. Billy Ray Cyrus)", "Drake ft. Rihanna", "Rihanna ft
// Drake" (they were feat, a word, and f t, spelled). After a number ft. stays feet ("Run 3 ft.
// cable"); "feat" without its point is the word ("what a feat") unless it opens a bracket; "Ft."
// with a capital before a place is a fort's and stays. It reports whether it did.
func (n *normalizer) r61Featuring(t *token) bool {
	switch t.core {
	case "feat", "Feat":
		if t.post != "." && !strings.Contains(t.pre, "(") {
			return false
		}
	case "ft":
		if t.post != "." && t.post != "" {
			return false
		}
	default:
		return false
	}
	next, prev := n.peek(1), n.peek(-1)
	if next == nil || next.pre != "" && next.pre != "\"" || !isCapitalized(next.core) || prev == nil {
		return false
	}
	if p := prev.core; p == "" || isDigit(p[len(p)-1]) || r61CountWords[prev.lower()] || prev.lower() == "sq" {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "featuring")
	return true
}

// r61ChannelWords tell that a sentence is about radio or television, so ch. before a number is
// a channel, not a chapter.
var r61ChannelWords = setOf(`radio tune tuned tv television satellite cable siriusxm xm airs aired broadcast
broadcasts stream streams streaming station watch listen antenna vhf uhf hail hailing distress mayday marina
handheld transceiver`)

// r61GearNouns are audio gear a count of channels describes: "an 8-ch mixer".
var r61GearNouns = setOf("mixer mixers console consoles interface interfaces preamp preamps recorder recorders amp amps amplifier amplifiers desk desks board boards receiver receivers snake")

// r61Channel reads ch. or ch before a number in a sentence of radio or television as channel
// ("Tune to SiriusXM ch. 27", "airs on ch. 5"; it was chapter), and ch after a number in a
// sentence of audio gear as channels, or channel before the gear it counts ("The mixer has 16
// ch, 4 aux sends" sixteen channels; it was spelled). "Read ch. 4" stays chapter. It reports
// whether it did.
func (n *normalizer) r61Channel(t *token) bool {
	if t.core != "ch" && t.core != "Ch" {
		return false
	}
	next, prev := n.peek(1), n.peek(-1)
	if next != nil && next.pre == "" && next.core != "" && allDigits(next.core) && (t.post == "." || t.post == "") {
		if !n.r61SentenceHas(r61ChannelWords) {
			return false
		}
		n.by("abbreviation")
		n.emit(t.raw, "channel")
		return true
	}
	if t.core != "ch" || prev == nil || prev.post != "" || t.pre != "" || prev.core == "" || !allDigits(prev.core) || !n.r61SentenceHas(r61GearNouns) {
		return false
	}
	one := prev.core == "1"
	if next != nil && t.post == "" && r61GearNouns[next.lower()] {
		one = true
	}
	n.by("number and unit")
	n.emit(t.raw, plural(one, "channel", "channels"))
	return true
}

// r61ChannelCount reads a count of channels joined to ch by a hyphen before audio gear as an
// adjective: "an 8-ch mixer" an eight channel mixer (it was eight c h). It reports whether it
// did.
func (n *normalizer) r61ChannelCount(t *token) bool {
	num, ok := strings.CutSuffix(t.core, "-ch")
	if !ok || num == "" || len(num) > 3 || !allDigits(num) || t.post != "" {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !r61GearNouns[next.lower()] {
		return false
	}
	n.by("number and unit")
	n.emit(t.raw, appendInteger(nil, num)...)
	n.emit(t.raw, "channel")
	return true
}

// r61Produced reads prod. before by as produced, as a track's credits are read ("prod. by
// Metro Boomin"; it was prod). It reports whether it did.
func (n *normalizer) r61Produced(t *token) bool {
	if t.core != "prod" || t.post != "." {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || next.lower() != "by" {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "produced")
	return true
}

// r61SentenceHas reports a word of set in the sentence.
func (n *normalizer) r61SentenceHas(set map[string]bool) bool {
	for k := range n.toks {
		if c := n.toks[k].core; len(c) >= 2 && len(c) <= 12 && set[n.toks[k].lower()] {
			return true
		}
	}
	return false
}

// r61LevelPerUnit reads an acronym joined by a slash to a unit symbol after a unit, a reference
// level per a unit, as the acronym spelled and per the unit: "105 dB SPL/mW" one hundred five
// decibels s p l per milliwatt, "112 dB SPL/V" (they were s p l slash m w, and s p l v). The
// acronym has two to four capitals; a pair of acronyms ("TCP/IP") is no unit and stays. It
// reports whether it did.
func (n *normalizer) r61LevelPerUnit(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) < 2 || len(a) > 4 || b == "" || !isUpperWord(a) || len(b) > 1 && isUpperWord(b) {
		return false
	}
	un, ok := unitWord(b, false)
	if !ok || strings.Contains(un.sing, " ") {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" {
		return false
	}
	if _, ok := unitWord(prev.core, true); !ok {
		return false
	}
	n.by("number and unit")
	for i := 0; i < len(a); i++ {
		n.emitLetter(t.raw, strings.ToLower(a[i:i+1]))
	}
	n.emit(t.raw, "per")
	n.emit(t.raw, un.sing)
	return true
}
