package text

import "strings"

// Round thirty-one: the classes held-out set 29 (by a hand new to the readers, in the registers of
// tech news sites, smartphone and laptop reviews, cloud provider status pages and incident
// reports, security advisories, open-source changelogs and READMEs, and sysadmin runbooks and
// shell tutorials) missed in its dev half, and classes found by probing those registers, each
// tested on probe sentences of the round's own written before the reader, readings31.tsv.

// contractedIs are the words whose 's is "is" (or "has"), not a possessive: "It's 5 GB total".
var contractedIs = setOf("it's that's there's here's what's who's where's how's when's why's he's she's let's")

// possessiveDeterminer reports a possessive ending in 's that stands before a quantity as a
// determiner does, so that a quantity between it and a noun is an adjective: "the Fed's 25 bp
// cut" twenty five basis point cut, "the city's $5 fee" five dollar fee (round thirty-one; a
// contraction of is, "It's 5 GB total", is no possessive).
func possessiveDeterminer(w string) bool {
	stem, ok := strings.CutSuffix(w, "'s")
	if !ok {
		stem, ok = strings.CutSuffix(w, "’s")
	}
	if !ok || stem == "" || !isLetterWord(stem) {
		return false
	}
	return !contractedIs[strings.ToLower(stem)+"'s"]
}

func (n *normalizer) round31Token(t *token) int {
	c := t.core
	if len(c) < 2 || len(c) > 24 {
		return 0 // every reader of the round reads a short token
	}
	switch {
	case c[0] >= 'A' && c[0] <= 'Z':
		if len(c) <= 6 && c[1] == 'o' && n.may(shUpper) && n.ofInitialism(t) {
			return 1
		}
		if (c == "SOC" || c == "SOC2") && n.socSaid(t) {
			return 1
		}
	case c[0] >= 'a' && c[0] <= 'z':
		if n.may(shDigit) && n.cloudRegion(t) {
			return 1
		}
	case c[0] >= '0' && c[0] <= '9':
		if n.may(shHyphen) && n.publicationNumber(t) || n.may(shDot) && n.versionSpanEnd(t) || n.bugNumber(t) {
			return 1
		}
	case c[0] == '-':
		if len(c) <= 4 && n.may(shDigit) && n.commandCount(t) {
			return 1
		}
	case c == "&&" || c == "||":
		if n.shellJoin(t) {
			return 1
		}
	}
	if (c[0] == 'D' || c[0] == 'L' || c[0] == 'G') && n.may(shHyphen) && n.memorySpeed(t) {
		return 1
	}
	return 0
}

// ofInitialismWords are initialisms of two capitals joined by a lower-case o that are said as
// words: World of Warcraft, a network's point of presence.
var ofInitialismWords = map[string]string{"WoW": "wow", "PoP": "pop"}

// ofInitialismKept are the initialisms of that shape other readers read: a change against an
// earlier period (tech.go's periodOver and, after a number, periodAfterNumber), a deadline's
// time zone (AoE), a catalogue's mark (WoO), a product's name (SoC, IoT), coenzyme A (CoA, said
// co a).
var ofInitialismKept = setOf("YoY QoQ AoE WoO SoC IoT CoA")

// ofInitialism reads an initialism of two capitals joined by a lower-case o, for of, on or over
// ("PoC" proof of concept, "IoC" indicator of compromise, "QoS", "DoJ", "BoM", "PoE"), alone,
// plural or possessive: its letters spelled, as IoT is, the ending joined to the last ("the
// PoCs" the p o c's). It was read as a syllable and a letter, po c. A period over a period
// after a number (4% WoW) is left to the finance readers.
func (n *normalizer) ofInitialism(t *token) bool {
	body, _, ok := splitOfInitialism(t.core)
	if !ok {
		return false
	}
	if _, ok := periodAfterNumber[body]; ok {
		if p := n.peek(-1); body == "MoM" || p != nil && strings.IndexAny(p.core, "0123456789") >= 0 {
			return false // "up 4% WoW"; "my MoM" is left as it was
		}
	}
	n.by("initialism")
	n.emitOfInitialism(t.raw, t.core)
	return true
}

// splitOfInitialism splits c into an initialism of ofInitialism's shape and its plural or
// possessive ending ("PoCs": "PoC", "'s"); ok is false for any other word and for those other
// readers read (ofInitialismKept).
func splitOfInitialism(c string) (body, suffix string, ok bool) {
	if len(c) < 3 || len(c) > 6 || c[1] != 'o' || c[0] < 'A' || c[0] > 'Z' || c[2] < 'A' || c[2] > 'Z' {
		return "", "", false
	}
	body, suffix = c[:3], "'s"
	switch {
	case len(c) == 3:
		suffix = ""
	case len(c) == 4 && c[3] == 's', len(c) == 5 && c[3:] == "'s", len(c) == 6 && c[3:] == "’s":
	default:
		return "", "", false
	}
	if ofInitialismKept[body] {
		return "", "", false
	}
	return body, suffix, true
}

// emitOfInitialism says c, which splitOfInitialism accepts: as a word (ofInitialismWords) or
// letter by letter, its ending joined to the last word.
func (n *normalizer) emitOfInitialism(src, c string) {
	body, suffix, _ := splitOfInitialism(c)
	if w, ok := ofInitialismWords[body]; ok {
		n.emit(src, w+suffix)
		return
	}
	for k := 0; k < 3; k++ {
		l := strings.ToLower(body[k : k+1])
		if k == 2 {
			l += suffix
		}
		n.emitLetter(src, l)
	}
}

// namedPart reads a piece of a hyphenated or slashed compound that is a product's name or an
// initialism of ofInitialism's shape as it is read alone ("SaaS-based" sass based,
// "PostgreSQL-backed" postgres q l backed, "IoC-based" i o c based); it was read as a word or by
// its capitals (s a a s, postgre s q l, io c). It reports whether it did.
func (n *normalizer) namedPart(src, p string) bool {
	if r, ok := productNames[p]; ok {
		n.emitPhrase(src, strings.Fields(r)...)
		return true
	}
	if _, _, ok := splitOfInitialism(p); ok {
		n.emitOfInitialism(src, p)
		return true
	}
	return false
}

// regionGeos are the geography codes and words that open a cloud region's name (AWS us-east-1,
// ap-southeast-1, us-gov-west-1; Google us-central1, europe-west2), regionDirections the
// directions that follow them.
var (
	regionGeos       = setOf("us eu ap ca sa me af il mx cn asia europe australia northamerica southamerica")
	regionDirections = setOf("east west north south central northeast northwest southeast southwest")
	// azureRegions are Azure's run-together names of the United States' regions, each said as
	// its direction words and u s ("eastus2" east u s two).
	azureRegions = map[string]string{"eastus": "east", "westus": "west", "centralus": "central", "northcentralus": "north central",
		"southcentralus": "south central", "westcentralus": "west central"}
)

// cloudRegion reads a cloud provider's region or zone as its engineers say it: the geography's
// code spelled, its direction and its number, a zone's letter spelled ("us-east-1a" u s east one
// a, "us-central1-a" u s central one a, "eastus2" east u s two). It was read with "us" the
// pronoun, or "eastus" one word. A name needs its number ("us-based" stays).
func (n *normalizer) cloudRegion(t *token) bool {
	c := t.core
	var words []string
	if k := strings.IndexAny(c, "0123456789"); k > 0 && !strings.Contains(c, "-") {
		// Azure: eastus2, westus3.
		dir, ok := azureRegions[c[:k]]
		if !ok || !allDigits(c[k:]) || len(c)-k > 1 {
			return false
		}
		words = append(strings.Fields(dir), "u", "s")
		words = appendInteger(words, c[k:])
	} else {
		parts := strings.Split(c, "-")
		if len(parts) < 2 || len(parts) > 4 || !regionGeos[parts[0]] {
			return false
		}
		geo := parts[0]
		rest := parts[1:]
		if rest[0] == "gov" {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			return false
		}
		// The direction, with the number glued (Google: central1) or as the next part (AWS).
		d := rest[0]
		k := strings.IndexAny(d, "0123456789")
		num := ""
		if k > 0 {
			d, num = d[:k], d[k:]
			rest = rest[1:]
		} else if len(rest) >= 2 {
			num, rest = rest[1], rest[2:]
		} else {
			return false
		}
		if !regionDirections[d] || num == "" {
			return false
		}
		zone := ""
		if len(rest) == 1 && len(rest[0]) == 1 && rest[0][0] >= 'a' && rest[0][0] <= 'z' {
			zone, rest = rest[0], nil // us-central1-a
		}
		if j := len(num) - 1; j > 0 && num[j] >= 'a' && num[j] <= 'z' && zone == "" {
			num, zone = num[:j], num[j:] // us-east-1a
		}
		if len(rest) != 0 || len(num) > 2 || !allDigits(num) {
			return false
		}
		if len(geo) == 2 {
			words = append(words, geo[:1], geo[1:])
		} else {
			words = append(words, geo)
		}
		if parts[1] == "gov" {
			words = append(words, "gov")
		}
		words = append(words, d)
		words = appendInteger(words, num)
		if zone != "" {
			words = append(words, zone)
		}
	}
	n.by("cloud region")
	n.emitPhrase(t.raw, words...)
	return true
}

// publicationHeads are the series whose numbers are written with a dash inside: a NIST special
// publication (SP 800-53, NIST 800-171) and a federal information processing standard (FIPS
// 140-3).
var publicationHeads = setOf("SP FIPS NIST")

// publicationNumber reads a publication's number after SP, NIST or FIPS as it is said, its two
// parts each as a label, three digits in pairs, and a revision's capital spelled: "SP 800-53"
// eight hundred fifty three, "SP 800-171" eight hundred one seventy one, "FIPS 140-3" one forty
// three, "SP 800-63B" eight hundred sixty three b. It was a range, eight hundred to fifty three.
func (n *normalizer) publicationNumber(t *token) bool {
	c := t.core
	hi, lo, ok := strings.Cut(c, "-")
	if !ok || len(hi) != 3 || !allDigits(hi) || hi[0] == '0' || lo == "" || len(lo) > 4 {
		return false
	}
	letter := ""
	if l := lo[len(lo)-1]; l >= 'A' && l <= 'Z' {
		lo, letter = lo[:len(lo)-1], strings.ToLower(lo[len(lo)-1:])
	}
	if lo == "" || len(lo) > 3 || !allDigits(lo) || lo[0] == '0' {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !publicationHeads[p.core] {
		return false
	}
	n.by("publication number")
	words := appendPaired(nil, hi)
	if len(lo) == 3 {
		words = appendPaired(words, lo)
	} else {
		words = appendInteger(words, lo)
	}
	if letter != "" {
		words = append(words, letter)
	}
	n.emitPhrase(t.raw, words...)
	return true
}

// countCommands are shell commands whose option may be a dash and a number: a signal's
// (kill -9) or a count of lines (head -20, tail -50).
var countCommands = setOf("kill killall pkill head tail")

// commandCount reads an option of a dash and a number after a shell command without its dash,
// as the Conventions read command-line options ("kill -9" kill nine, "head -20" head twenty); it
// was minus.
func (n *normalizer) commandCount(t *token) bool {
	d := t.core[1:]
	if d == "" || !allDigits(d) || d[0] == '0' {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !countCommands[p.core] {
		return false
	}
	n.by("command option")
	n.emit(t.raw, appendInteger(nil, d)...)
	return true
}

// socWords after SOC name a security operations centre's people, said sock as a SOC report is.
var socWords = setOf("team teams analyst analysts manager managers lead leads engineer engineers")

// socSaid reads SOC as auditors and security teams say it, sock: before a report's number or
// "2" glued (SOC 2, SOC2, SOC 1 Type II) or before the centre's people (SOC team, SOC
// analysts). Elsewhere it stays spelled (a chip's SOC).
func (n *normalizer) socSaid(t *token) bool {
	ok := t.core == "SOC2"
	if !ok && t.post == "" {
		if a := n.peek(1); a != nil {
			ok = a.core == "1" || a.core == "2" || a.core == "3" || socWords[a.core]
		}
	}
	if !ok {
		return false
	}
	n.by("acronym")
	n.emit(t.raw, "sock")
	if t.core == "SOC2" {
		n.emit(t.raw, "two")
	}
	return true
}

// chipSuffixes are the two-letter suffixes chip makers glue to a four-digit model number: a
// laptop's HX, HS and HK, a desktop's KF and KS, a graphics card's XT, a low-power GE (round
// thirty-one; modelLetter reads the number in pairs).
var chipSuffixes = setOf("HX HS HK KF KS XT GE")

// memorySpeed reads a memory type and its speed joined by a hyphen as the trade says them, the
// type's letters and generation spelled and the speed's four digits in pairs: "DDR5-5600" d d r
// five fifty six hundred, "LPDDR5X-7500" l p d d r five x seventy five hundred. The speed was a
// count, five thousand six hundred.
func (n *normalizer) memorySpeed(t *token) bool {
	typ, speed, ok := strings.Cut(t.core, "-")
	if !ok || len(speed) != 4 || !allDigits(speed) || speed[0] == '0' {
		return false
	}
	gen := strings.TrimPrefix(strings.TrimPrefix(typ, "LP"), "G")
	gen, ok = strings.CutPrefix(gen, "DDR")
	if !ok || gen == "" || gen[0] < '2' || gen[0] > '7' || len(gen) > 2 || len(gen) == 2 && gen[1] != 'X' {
		return false
	}
	n.by("memory speed")
	var words []string
	for i := 0; i < len(typ)-len(gen); i++ {
		words = append(words, strings.ToLower(typ[i:i+1]))
	}
	words = append(words, onesWords[gen[0]-'0'])
	if len(gen) == 2 {
		words = append(words, "x")
	}
	n.emitPhrase(t.raw, appendPaired(words, speed)...)
	return true
}

// shellJoin reads a shell's && and || between two words as and and or ("make && make install");
// && was read and and, || was dropped.
func (n *normalizer) shellJoin(t *token) bool {
	p, a := n.peek(-1), n.peek(1)
	if p == nil || a == nil || t.pre != "" || t.post != "" || p.post != "" || a.pre != "" || a.core == "" || !isASCIILetter(rune(a.core[0])) {
		return false
	}
	n.by("shell")
	if t.core == "&&" {
		n.emit(t.raw, "and")
	} else {
		n.emit(t.raw, "or")
	}
	return true
}

// dottedTriple splits s into three groups of one to three digits joined by points.
func dottedTriple(s string) ([]string, bool) {
	g := strings.Split(s, ".")
	if len(g) != 3 {
		return nil, false
	}
	for _, p := range g {
		if p == "" || len(p) > 3 || !allDigits(p) {
			return nil, false
		}
	}
	return g, true
}

// versionSpanWords join the two ends of a span of versions.
var versionSpanWords = setOf("through thru to until and or")

// versionSpanEnd reads three dotted numbers after a word of a span whose first end is three
// dotted numbers that make no date, as a version, as the first end reads ("2.0.0 through
// 2.4.49" two point four point forty nine; it was a date, the second of april forty nine). A
// first end that could be a day, a month and a year of two or four digits leaves the second as
// it was.
func (n *normalizer) versionSpanEnd(t *token) bool {
	if _, ok := dottedTriple(t.core); !ok {
		return false
	}
	w, first := n.peek(-1), n.peek(-2)
	if w == nil || first == nil || w.post != "" || first.post != "" || !versionSpanWords[w.lower()] {
		return false
	}
	g, ok := dottedTriple(first.core)
	if !ok {
		return false
	}
	if d, m := atoiSmall(g[0]), atoiSmall(g[1]); d >= 1 && d <= 31 && m >= 1 && m <= 12 && (len(g[2]) == 2 || len(g[2]) == 4) {
		return false // "12.3.24 and 13.3.24": the first end may be a date
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, t.core)...)
	return true
}

// bugNumber reads a bug tracker's number of five to twelve digits after "bug" digit by digit, as
// a ticket's is ("bug 1874453" one eight seven four four five three; it was a count). A
// shorter number stays a number ("Bug 12 is fixed").
func (n *normalizer) bugNumber(t *token) bool {
	c := t.core
	if len(c) < 5 || len(c) > 12 || !allDigits(c) {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !strings.EqualFold(p.core, "bug") {
		return false
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}
