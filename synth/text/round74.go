package text

// Round seventy-four: classes that earlier rounds and held sets noticed and left, each read as a
// class and tested on probe sentences written before the readers, readings74.tsv. The tilde
// operator ∼ is folded to ~ where full-width forms are (foldWidth), and traders' chat shorthand
// (wts, wtb, wtt) is in chatReadings.

// round74Token reaches a reader only through the token's first character and length: a digit
// 1-9 (a lot's number, a height's feet, a record, a campaign number, a range's first number),
// the exact "M", a lone dash, or three characters with a slash (s/n).
func (n *normalizer) round74Token(t *token) int {
	c := t.core
	if n.inPart != 0 || c == "" || t.pre != "" {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '1' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		switch {
		case len(c) <= 4 && len(c) >= 3 && allDigits(c):
			if k := n.lot74(t); k > 0 {
				return k
			}
			if len(c) == 4 {
				return n.fromRange74(t)
			}
		case len(c) == 7 && c[3] == '-' && n.may(shHyphen):
			return n.recallCampaign74(t)
		case len(c) <= 7 && t.post == "," && n.may(shHyphen):
			return n.commaRecord74(t)
		case len(c) == 1 || len(c) == 3 && c[1] == 'f' && c[2] == 't':
			return n.heightFeet74(t)
		}
	case c == "M":
		return n.magnitude74(t)
	case c == "-" || c == "–":
		return n.ageToAdult74(t)
	case len(c) == 3 && c[1] == '/' && (c0 == 's' || c0 == 'S') && n.may(shSlash):
		return n.serialNumber74(t)
	}
	return 0
}

// lotRecall74 are words of a recall notice, where a lot's number is a code read digit by digit.
var lotRecall74 = setOf("recall recalls recalled batch batches expires expiry expiration ndc tablets capsules vials")

// lot74 reads a lot's number of three or four digits after Lot as a label in pairs, as a room's
// (an auction's "Lot 1142" lot eleven forty two, "Lot 314" lot three fourteen; it was read
// digit by digit, as a recall's lot code is). A leading zero, a recall's words in the sentence or
// "lot number" leave it to the code reader.
func (n *normalizer) lot74(t *token) int {
	p := n.peek(-1)
	if p == nil || p.post != "" || p.core != "Lot" && p.core != "lot" || n.sentenceHas(lotRecall74) {
		return 0
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return 1
}

// rangeNouns74 are the measures written as words after a range's second number, besides unit
// symbols, that make its first number a quantity too.
var rangeNouns74 = setOf(`dollars euros pounds yen rupees pesos francs calories feet foot meters metres miles yards
inches acres hectares kilometers kilometres tons tonnes gallons liters litres mb millibars`)

// fromRange74 reads the first number of "from N to M" as a quantity where M is one, before a
// unit or a currency ("from 1012 to 990 mb" one thousand twelve; it was a year, "ten twelve").
// A round hundred keeps its reading (twelve hundred), and a range of years, or one before a
// plural noun that is no unit, stays as read.
func (n *normalizer) fromRange74(t *token) int {
	if t.post != "" || atoiSmall(t.core)%100 == 0 {
		return 0
	}
	p, to, m, u := n.peek(-1), n.peek(1), n.peek(2), n.peek(3)
	if p == nil || to == nil || m == nil || u == nil || p.post != "" || p.lower() != "from" || to.post != "" || to.lower() != "to" {
		return 0
	}
	if m.pre != "" || m.post != "" || len(m.core) > 5 || !allDigits(m.core) || u.pre != "" {
		return 0
	}
	if _, ok := unitWord(u.core, true); !ok && !rangeNouns74[u.lower()] {
		return 0
	}
	n.by("number")
	n.emit(t.raw, appendInteger(nil, t.core)...)
	return 1
}

// recallWords74 name a vehicle recall, whose campaign number is read as a code.
var recallWords74 = setOf("recall recalls recalled campaign nhtsa")

// recallCampaign74 reads an NHTSA campaign number, the year's two digits, V (vehicle), E
// (equipment), T (tires) or C (child seats), a dash and three digits, as the year, the letter and
// the number in pairs where the sentence names a recall or a campaign ("recall 24V-720" twenty
// four v seven twenty; it was volts and a count, or "minus"); a number with a leading zero is
// read digit by digit ("22E-019" … zero one nine).
func (n *normalizer) recallCampaign74(t *token) int {
	c := t.core
	if !isDigit(c[1]) || !allDigits(c[4:]) || c[2] != 'V' && c[2] != 'E' && c[2] != 'T' && c[2] != 'C' || !n.sentenceHas(recallWords74) {
		return 0
	}
	n.by("recall campaign")
	n.emit(t.raw, appendUnder100(nil, atoiSmall(c[:2]))...)
	n.emitLetter(t.raw, string(c[2]+'a'-'A'))
	if c[4] == '0' {
		n.emit(t.raw, appendDigitNames(nil, c[4:], false)...)
	} else {
		n.emit(t.raw, appendPaired(nil, c[4:])...)
	}
	return 1
}

// commaRecord74 reads a record set off by commas after a team's name ("The Chiefs, 9-1, host")
// as a record, "nine and one" (it was a score, "nine to one"): the name a capitalized word with a
// comma after it, a lower-case word (the verb) after the record. A score after a common noun
// ("The score, 2-1, stood") stays "to".
func (n *normalizer) commaRecord74(t *token) int {
	w, l, ok := cutHyphen74(t.core)
	if !ok {
		return 0
	}
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "," || len(p.core) < 3 || !isCapitalized(p.core) || !isLetterWord(p.core) || next.pre != "" || !isLetterWord(next.core) || isCapitalized(next.core) {
		return 0
	}
	n.by("record")
	n.emit(t.raw, appendRecord(nil, w, l)...)
	return 1
}

// cutHyphen74 splits "9-1" into its two sides of one to three digits each.
func cutHyphen74(c string) (string, string, bool) {
	for i := 1; i < len(c) && i <= 3; i++ {
		if c[i] == '-' {
			w, l := c[:i], c[i+1:]
			return w, l, len(l) >= 1 && len(l) <= 3 && allDigits(w) && allDigits(l)
		}
	}
	return "", "", false
}

// heightFeet74 reads a height of feet and a bare number of inches under twelve ("5ft 4", "6 ft
// 11") as heights are said, "five foot four" (it was "five feet four"); the inches' number is
// read after. With the inches' unit written ("5 ft 10 in") or a noun after the number ("8 ft 2
// pieces") feet stay.
func (n *normalizer) heightFeet74(t *token) int {
	c, k := t.core, 1
	if len(c) == 1 {
		if f := n.peek(1); f == nil || f.pre != "" || f.core != "ft" {
			return 0
		}
		k = 2
	}
	if n.peek(k-1).post != "" {
		return 0
	}
	in := n.peek(k)
	if in == nil || in.pre != "" || len(in.core) > 2 || !allDigits(in.core) || atoiSmall(in.core) > 11 || in.core[0] == '0' {
		return 0
	}
	if after := n.peek(k + 1); after != nil && in.post == "" && (after.core == "in" || after.core == "\"" || n.quantityNoun(after)) {
		return 0
	}
	n.by("height")
	n.emit(t.raw, onesWords[c[0]-'0'], "foot")
	return k
}

// quakeWords74 name an earthquake, whose magnitude is written M.
var quakeWords74 = setOf("earthquake earthquakes quake quakes tremor temblor aftershock aftershocks seismic usgs")

// magnitude74 reads M, a space and a decimal as an earthquake's magnitude where the sentence
// names a quake ("An M 7.1 earthquake" magnitude seven point one, as M7.1 is; it was "m").
func (n *normalizer) magnitude74(t *token) int {
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" {
		return 0
	}
	v := next.core
	if len(v) < 3 || len(v) > 4 || !isDigit(v[0]) || v[1] != '.' || !allDigits(v[2:]) || !n.sentenceHas(quakeWords74) {
		return 0
	}
	n.by("magnitude")
	n.emit(t.raw, "magnitude")
	return 1
}

// adultWords74 end an age range after a spaced dash.
var adultWords74 = setOf("adult adults adulthood")

// ageToAdult74 reads a spaced dash between an age and "adult" as "to" ("Ages 5 - adult" ages
// five to adult; the dash was left out), as between two ages.
func (n *normalizer) ageToAdult74(t *token) int {
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || t.post != "" || next.pre != "" || len(p.core) > 2 || !allDigits(p.core) || !adultWords74[next.lower()] {
		return 0
	}
	n.by("range")
	n.emit(t.raw, "to")
	return 1
}

// serialNumber74 reads s/n or S/N as serial number (it was "s slash n" or "s n") after a
// determiner or before a code that starts with a digit; before "ratio" (signal to noise) it stays.
func (n *normalizer) serialNumber74(t *token) int {
	if l := t.lower(); l != "s/n" {
		return 0
	}
	next := n.peek(1)
	if next != nil && next.lower() == "ratio" {
		return 0
	}
	code := (t.post == "" || t.post == ":") && next != nil && next.pre == "" && next.core != "" && isDigit(next.core[0])
	if !code {
		p := n.peek(-1)
		if p == nil || p.post != "" || !serialDeterminers74[p.lower()] {
			return 0
		}
	}
	n.by("abbreviation")
	n.emit(t.raw, "serial", "number")
	return 1
}

// serialDeterminers74 come before s/n where it names the number.
var serialDeterminers74 = setOf("the its your my our their his her a this that")
