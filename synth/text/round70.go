package text

import "strings"

// Round seventy: the misses of held-out set 55's dev half, written by a new hand from games'
// text (tabletop rulebooks and dice notation, board-game listings, video-game wikis, stat tables
// and patch notes, speedrun leaderboards, mod pages, livestream titles and chat), each read as a
// class, with further misses of the same registers found on fresh probes; all tested on probe
// sentences written before the readers, readings70.tsv. The words of games inside a host's name
// (R9) are pieces of the segmenter (segment.go asks r70GameWords).

func (n *normalizer) round70Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch b := c[0]; {
	case b >= '0' && b <= '9':
		if n.may(shSlash) && len(c) <= 40 && n.r70Slashed(t) {
			return 1
		}
		if n.may(shHyphen) && len(c) <= 5 && n.r70SwissRecord(t) {
			return 1
		}
		if n.may(shDot) && len(c) >= 8 && len(c) <= 10 && n.r70DottedBuild(t) {
			return 1
		}
		if len(c) <= 4 && t.post == "" {
			if next := n.peek(1); next != nil && len(next.core) == 2 && next.core[1] == 'p' {
				if k := n.r70Coins(t, next); k > 0 {
					return k
				}
			}
		}
		return oneIf(len(c) >= 3 && len(c) <= 4 && n.r70StatCount(t))
	case b == '.':
		return oneIf(len(c) == 4 && n.may(shLower) && n.r70GameFile(t))
	case b == 0xC3:
		return oneIf(c == "×" && n.r70DiceTimes(t)) // U+00D7 times sign
	case b >= 'A' && b <= 'Z':
		if (len(c) == 3 || len(c) >= 5 && len(c) <= 15) && n.may(shSlash) && n.r70SlashLetters(t) {
			return 1
		}
		if len(c) == 3 {
			if c == "LAN" || c == "WAN" {
				n.by("acronym as word")
				n.emit(t.raw, strings.ToLower(c))
				return 1
			}
			if r70IsAbility(c) && n.r70Ability(t) {
				return 1
			}
		}
		if len(c) <= 3 && (b == 'I' || b == 'V') && n.r70Tier(t) {
			return 1
		}
		return oneIf(len(c) > 4 && c[len(c)-4] == '.' && (c[len(c)-3] == 'e' || c[len(c)-3] == 'b') && n.may(shDot) && n.r70GameFile(t))
	case b >= 'a' && b <= 'z':
		if len(c) == 3 && (c[0] == 'l' && c[1] == 'f' || c[0] == 'g' && c[1] == 'g') { // a first test before the map (speed)
			if w := r70Chat[c]; w != "" {
				n.by("chat abbreviation")
				n.emitPhrase(t.raw, strings.Fields(w)...)
				return 1
			}
		}
		return oneIf(len(c) > 4 && c[len(c)-4] == '.' && (c[len(c)-3] == 'e' || c[len(c)-3] == 'b') && n.may(shDot) && n.r70GameFile(t))
	}
	return 0
}

// r70Chat are chat shorthand of games said as the phrase (R10; they were spelled, l f g):
// looking for a group or for more players, good games after a match.
var r70Chat = map[string]string{"lfg": "looking for group", "lfm": "looking for more", "ggs": "good games"}

// r70PairingWords make a sentence one of a tournament's pairings: a number after "table" there
// names the table (round fifty-nine reads a card room's).
var r70PairingWords = setOf("pairings pairing opponent opponents judge judges draft pod pods seated seating feature match matches")

// r70TableNumber reads a table's number of three or four digits after "table" in a sentence of
// a tournament's pairings in pairs: "you're at Table 148 against Sam" one forty eight (R1,
// held55 dev; it was a count). A table of a book ("See Table 212 for") stays a count.
func (n *normalizer) r70TableNumber(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.lower() != "table" || !n.sentenceHas(r70PairingWords) {
		return false
	}
	n.by("table number")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return true
}

// r70StatCount reads three or four digits after a stat block's "Hit Points" or a patch note's
// "base HP" or "max HP" as a count: "Hit Points 136 (16d10 + 48)" one hundred thirty six (R13;
// it was read in pairs, as a model's number after a capitalized name). A table's number is
// asked first (R1).
func (n *normalizer) r70StatCount(t *token) bool {
	c := t.core
	if !allDigits(c) || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	switch prev.core {
	case "Table", "table":
		return n.r70TableNumber(t)
	case "Points", "points", "HP":
	default:
		return false
	}
	before := n.peek(-2)
	if before == nil || before.post != "" {
		return false
	}
	if l := before.lower(); prev.core == "HP" && l != "base" && l != "max" && l != "bonus" || prev.core != "HP" && l != "hit" {
		return false
	}
	n.by("stat count")
	n.emit(t.raw, appendInteger(nil, c)...)
	return true
}

// r70CoinNames are a tabletop game's coins by their abbreviations (R11).
var r70CoinNames = map[string][2]string{
	"gp": {"gold piece", "gold pieces"}, "sp": {"silver piece", "silver pieces"}, "cp": {"copper piece", "copper pieces"},
	"ep": {"electrum piece", "electrum pieces"}, "pp": {"platinum piece", "platinum pieces"},
}

// r70Coins reads a number and a tabletop game's coin after it as the coin's name: "15 gp"
// fifteen gold pieces, "1 gp" one gold piece, "5 sp and 10 cp" (R11; they were spelled, g p,
// and pp percentage points). gp is read so after any number; sp, cp, ep and pp only in a
// sentence with another coin or a dice roll ("yields rose 20 pp" stays percentage points).
// It returns the tokens read.
func (n *normalizer) r70Coins(t, next *token) int {
	c := t.core
	names, ok := r70CoinNames[next.core]
	if !ok || !allDigits(c) || len(c) > 4 || t.pre != "" || next.pre != "" {
		return 0
	}
	if next.core != "gp" && !n.r70CoinSentence(next.core) {
		return 0
	}
	n.by("tabletop coin")
	n.emit(t.raw, appendInteger(nil, c)...)
	name := names[1]
	if c == "1" {
		name = names[0]
	}
	n.emit(next.raw, strings.Fields(name)...)
	return 2
}

// r70CoinSentence reports another coin after a number, or a dice roll, in the sentence.
func (n *normalizer) r70CoinSentence(self string) bool {
	for k := 0; k < len(n.toks) && k < 64; k++ {
		c := n.toks[k].core
		if c != self && len(c) == 2 && c[1] == 'p' && k > 0 && allDigits(n.toks[k-1].core) {
			if _, ok := r70CoinNames[c]; ok {
				return true
			}
		}
		if r70Dice(c) {
			return true
		}
	}
	return false
}

// r70Dice reports dice notation: a count, d and the die's sides ("2d6", "1d20", "d100").
func r70Dice(c string) bool {
	i := strings.IndexByte(c, 'd')
	if i < 0 || i > 3 || i+1 >= len(c) || len(c)-i-1 > 3 {
		return false
	}
	return (i == 0 || allDigits(c[:i])) && allDigits(c[i+1:])
}

// r70DiceTimes reads × after a dice roll and before a number as times: "5d4 × 10 gp" five d
// four times ten (R11; it was by, as a size).
func (n *normalizer) r70DiceTimes(t *token) bool {
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || next.core == "" || !isDigit(next.core[0]) || !r70Dice(prev.core) {
		return false
	}
	n.by("times")
	n.emit(t.raw, "times")
	return true
}

// r70Slashed reads numbers joined by slashes in games' text: a review's score beside others or
// in a sentence of reviews (R2), a run of four or more values per rank (R4), a score after KDA
// (R4) and a current value out of its maximum after HP, mana or health (R5).
func (n *normalizer) r70Slashed(t *token) bool {
	c := t.core
	slashes := strings.Count(c, "/")
	if slashes >= 3 {
		return n.r70SlashRun(t)
	}
	prev := n.peek(-1)
	if slashes == 2 {
		// A score after KDA, perhaps through a verb or "of" ("KDA: 4/6/9", "KDA was 8/2/11").
		for k := 1; k <= 3; k++ {
			p := n.peek(-k)
			if p == nil || p.post != "" && !(k == 1 && p.post == ":") {
				return false
			}
			if strings.EqualFold(p.core, "kda") || p.core == "K/D/A" {
				return n.r70SlashRun(t)
			}
		}
		return false
	}
	a, b, _ := strings.Cut(c, "/")
	if !allDigits(b) || len(b) > 3 || t.pre != "" {
		return false
	}
	if prev != nil && (prev.post == "" || prev.post == ":") && len(prev.core) >= 2 && len(prev.core) <= 7 && r70Gauges[prev.lower()] && allDigits(a) {
		x, y := atoiSmall(a), atoiSmall(b)
		if x > y || y < 2 {
			return false
		}
		n.by("gauge")
		n.emit(t.raw, appendInteger(nil, a)...)
		n.emit(t.raw, "out", "of")
		n.emit(t.raw, appendInteger(nil, b)...)
		return true
	}
	return n.r70ReviewScore(t, a, b)
}

// r70Gauges are a game's gauges written as current and maximum: "HP: 12/40" (R5).
var r70Gauges = setOf("hp mp health mana stamina")

// r70ReviewAll make a score out of five, ten or a hundred a review's: ratingWords, and the
// critics and their aggregators (one set, so the sentence is scanned once).
var r70ReviewAll = unionOf(ratingWords, setOf("critic critics metacritic opencritic"))

// r70ReviewScore reads a score out of five, ten or a hundred as out of in a sentence of reviews,
// "Polygon went with 6/10", "GameSpot 6/10" (R2, held55 dev; it was six tenths, the rating
// word being more than five words back). A date after its preposition ("lifts on 7/10") and a
// share before "of" keep their readings.
func (n *normalizer) r70ReviewScore(t *token, a, b string) bool {
	y := atoiSmall(b)
	if y != 5 && y != 10 && y != 100 {
		return false
	}
	num, rest, ok := scanNumber(a)
	if !ok || rest != "" || num.neg || num.plus || num.commas || atoiSmall(num.intPart) > y || num.hasPoint && atoiSmall(num.intPart) >= y {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && next.lower() == "of" || n.datePrepBefore() {
		return false
	}
	if !n.sentenceHas(r70ReviewAll) {
		return false
	}
	n.by("rating")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "out", "of")
	n.emit(t.raw, appendInteger(nil, b)...)
	return true
}

// r70SlashRun reads four or more numbers joined by slashes (a patch note's values per rank, a
// caster's spell slots), or three after KDA, as the numbers one after another: "14/13/12/11/10
// seconds" fourteen thirteen twelve eleven ten seconds (R4; they were joined by slash, and a
// KDA of "8/2/11" was read as a date).
func (n *normalizer) r70SlashRun(t *token) bool {
	if t.pre != "" {
		return false
	}
	var nums []number
	for rest := t.core; ; {
		p, tail, more := strings.Cut(rest, "/")
		num, left, ok := scanNumber(p)
		if !ok || left != "" || len(p) > 6 || num.neg || num.plus || num.commas || len(num.intPart) > 4 {
			return false
		}
		nums = append(nums, num)
		if !more {
			break
		}
		rest = tail
	}
	n.by("number list")
	for _, num := range nums {
		n.emit(t.raw, appendNumber(nil, num)...)
	}
	return true
}

// r70SwissWords after "in" name a tournament's stage of many rounds: a score before them is a
// record.
var r70SwissWords = setOf("swiss pools")

// r70WinVerbs before a score make it one match's: "beat Vitality 2-1 in Swiss" two to one.
var r70WinVerbs = setOf("beat beats won win wins lost lose loses defeated defeat defeats edged downed took take takes swept sweep")

// r70SwissRecord reads a record before "in Swiss", "in pools" or "in the Swiss stage" with and,
// as after "went": "3-1 in Swiss" three and one (R6, held55 dev; it was three to one). A score
// after a win's verb keeps to.
func (n *normalizer) r70SwissRecord(t *token) bool {
	a, b, ok := strings.Cut(t.core, "-")
	if !ok || !allDigits(a) || !allDigits(b) || len(a) > 2 || len(b) > 2 || t.pre != "" || t.post != "" {
		return false
	}
	in := n.peek(1)
	if in == nil || in.post != "" || in.core != "in" {
		return false
	}
	w := n.peek(2)
	if w != nil && w.core == "the" && w.post == "" {
		w = n.peek(3)
	}
	if w == nil || !r70SwissWords[w.lower()] {
		return false
	}
	for k := 1; k <= n.i && k <= 64; k++ {
		if p := n.peek(-k); p != nil && r70WinVerbs[p.lower()] {
			return false
		}
	}
	n.by("record")
	n.emit(t.raw, appendRecord(nil, a, b)...)
	return true
}

// r70DottedBuild reads three dotted numbers whose last is of four digits under 1500 as a
// version, not a date: "Tested on 1.6.1170 (AE)" one point six point one thousand one hundred
// seventy (R15; it was the first of june eleven seventy). A date with a year from 1500 keeps
// its reading.
func (n *normalizer) r70DottedBuild(t *token) bool {
	c := t.core
	if strings.Count(c, ".") != 2 || t.pre != "" {
		return false
	}
	last := c[strings.LastIndexByte(c, '.')+1:]
	if len(last) != 4 || !allDigits(last) || atoiSmall(last) >= 1500 || !isVersionString(c) {
		return false
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, c)...)
	return true
}

// r70SlashLetters are capitals joined by slashes said as their letters in games' text (R3): a
// player's kills, deaths and assists, wins and losses, and a run of shirt sizes.
var r70SlashLetters = setOf("K/D K/D/A W/L")

// r70Sizes are shirt sizes, which a run of three or more joined by slashes lists.
var r70Sizes = setOf("XS S M L XL XXL 2XL 3XL")

// r70SlashLetters reads capitals joined by slashes as their letters: "K/D/A" k d a, "S/M/L/XL" s
// m l x l, "W/L 62%" w l (R3, held55 dev; they were read with slash, and W/L before a number
// as watts per liter). After a number a unit's slash keeps its reading ("5 W/L").
func (n *normalizer) r70SlashLetters(t *token) bool {
	c := t.core
	if !r70SlashLetters[c] {
		if strings.Count(c, "/") < 2 {
			return false
		}
		for rest := c; ; {
			p, tail, more := strings.Cut(rest, "/")
			if !r70Sizes[p] {
				return false
			}
			if !more {
				break
			}
			rest = tail
		}
	}
	if prev := n.peek(-1); prev != nil && prev.core != "" && isDigit(prev.core[len(prev.core)-1]) {
		return false
	}
	n.by("letters")
	for _, p := range strings.Split(c, "/") {
		for i := 0; i < len(p); i++ {
			if isDigit(p[i]) {
				n.emit(t.raw, appendInteger(nil, p[i:i+1])...)
				continue
			}
			n.emitLetter(t.raw, strings.ToLower(p[i:i+1]))
		}
	}
	return true
}

// r70Abilities are a stat block's ability scores by their abbreviations (R12).
var r70Abilities = map[string]string{
	"STR": "strength", "DEX": "dexterity", "CON": "constitution", "INT": "intelligence", "WIS": "wisdom", "CHA": "charisma",
}

// r70IsAbility reports an ability's abbreviation (r70Abilities) by a switch, not a map lookup on
// every word of three capitals (speed).
func r70IsAbility(c string) bool {
	switch c {
	case "STR", "DEX", "CON", "INT", "WIS", "CHA":
		return true
	}
	return false
}

// r70Possessives before an ability make it a character's.
var r70Possessives = setOf("my your his her their our its")

// r70Ability reads a stat block's ability by its name: "STR 18 (+4), DEX 14 (+2)" strength
// eighteen plus four dexterity…, "Raise your DEX" your dexterity (R12; they were spelled or
// read as words, s t r, dex). The ability must stand before a score up to 30 in a sentence
// with another ability, or, except INT and CON (a football line's interceptions, a fan's
// convention), after a possessive.
func (n *normalizer) r70Ability(t *token) bool {
	c := t.core
	ok := false
	if next := n.peek(1); next != nil && t.post == "" && allDigits(next.core) && len(next.core) <= 2 && atoiSmall(next.core) >= 1 && atoiSmall(next.core) <= 30 {
		for k := 0; k < len(n.toks) && k < 64; k++ {
			if o := n.toks[k].core; o != c && len(o) == 3 && r70IsAbility(o) {
				ok = true
				break
			}
		}
	}
	if !ok && c != "INT" && c != "CON" {
		prev := n.peek(-1)
		ok = prev != nil && prev.post == "" && r70Possessives[prev.lower()]
	}
	if !ok {
		return false
	}
	n.by("ability score")
	n.emit(t.raw, r70Abilities[c])
	return true
}

// r70Tiers are ranked ladders' tiers, which a Roman numeral after them divides.
var r70Tiers = setOf("Iron Bronze Silver Gold Platinum Emerald Diamond Master Ascendant Immortal Champion Grandmaster Legend Elite Onyx")

// r70Tier reads a Roman numeral after a ranked tier as its number: "Diamond II" diamond two,
// "Platinum I" platinum one (R14; they were a king's, the second, or the pronoun).
func (n *normalizer) r70Tier(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !r70Tiers[prev.core] || t.pre != "" {
		return false
	}
	v := romanValue(t.core)
	if v < 1 || v > 5 {
		return false
	}
	n.by("tier")
	n.emit(t.raw, onesWords[v])
	return true
}

// r70GameFiles are a game's plugin and archive files, spelled (R8).
var r70GameFiles = map[string]string{"esp": "e s p", "esm": "e s m", "esl": "e s l", "bsa": "b s a", "ba2": "b a two"}

// r70GameFile reads a game's plugin or archive file, alone with its dot or after its name:
// ".esp" dot e s p, "Unofficial Patch.esp", "Skyrim.esm" (R8, held55 dev; it was dot esp,
// and ".ba2" lost its dot).
func (n *normalizer) r70GameFile(t *token) bool {
	c := t.core
	i := strings.LastIndexByte(c, '.')
	if i < 0 || len(c)-i != 4 {
		return false
	}
	w := r70GameFiles[c[i+1:]]
	if w == "" {
		return false
	}
	name := c[:i]
	if len(name) > 64 {
		return false
	}
	for k := 0; k < len(name); k++ {
		if ch := name[k]; !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || isDigit(ch) || ch == '_' || ch == '-') {
			return false
		}
	}
	n.by("file name")
	if name != "" {
		n.fileStem(t.raw, name)
	}
	n.emit(t.raw, "dot")
	n.emitPhrase(t.raw, strings.Fields(w)...)
	return true
}

// r70GameWords are words of games a host's name holds that the lexicon lacks, pieces of the
// segmenter (R9): "nexusmods" nexus mods.
var r70GameWords = setOf("mods modding modder modders")
