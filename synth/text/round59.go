package text

import "strings"

// Round fifty-nine: held47's dev misses, each read as a class on probe sentences written before
// the readers (readings59.tsv), in the registers of sports betting and games of chance
// (sportsbook odds and lines pages, fantasy-sports columns, horse-racing programmes and
// results charts, poker-tournament reports, lottery results, casino promotions).

func (n *normalizer) round59Token(t *token) int {
	c := t.core
	if n.inPart != 0 || c == "" {
		return 0
	}
	if len(c) >= 4 && n.may(shWide) && n.r59Cards(t) {
		return 1
	}
	switch b := c[0]; {
	case (b == 'W' || b == 'w') && len(c) == 2 && c[1] == 'k':
		return oneIf(n.r59Week(t))
	case b == 'y' && c == "yds":
		return oneIf(n.r59Yards(t))
	case b >= '1' && b <= '9':
		if n.may(shSlash) && n.r59Payout(t) {
			return 1
		}
		if n.may(shHyphen|shWide) && n.r59Runners(t) {
			return 1
		}
		if len(c) <= 4 && n.may(shDigit) && n.r59TableNumber(t) {
			return 1
		}
		if len(c) == 4 && n.may(shDigit) && n.r59RaceTime(t) {
			return 1
		}
		if n.may(shSlash) && n.r59Blinds(t) {
			return 1
		}
		if len(c) <= 5 && n.may(shLower) && n.r59Racing(t) {
			return 1
		}
	case b == '+' || b == '-' || b == 0xE2: // 0xE2 opens "−"
		if len(c) >= 2 && len(c) <= 7 && n.may(shDigit) && n.r59Price(t) {
			return 1
		}
	case b == 'M':
		if c == "ML" {
			return oneIf(n.r59MoneyLine(t))
		}
		if len(c) == 3 && n.may(shLower) && n.r59Limit(t) {
			return 1
		}
		if len(c) > 4 && n.may(shLower) && n.may(shUpper) && n.r59CamelTail(t) {
			return 1
		}
	case b == 'B' && (c == "BB" || c == "BBs"):
		return oneIf(n.r59BigBlind(t))
	case b == 'm':
		if len(c) == 3 && n.r59Limit(t) {
			return 1
		}
	case b >= 'A' && b <= 'Z':
		if len(c) > 4 && n.may(shLower) && n.r59CamelTail(t) {
			return 1
		}
	}
	return 0
}

// r59CardWords make a sentence one of a card room: a number after "table" there names the table.
var r59CardWords = setOf(`chip chips seat seats redraw redrawn dealer dealers poker blinds flop river tournament
players stack stacks breaks break bust busts busted rebuy ante antes casino floor satellite hand hands`)

// r59TableNumber reads a table's number of three or four digits after "table" in a sentence of
// a card room in pairs, as a room's: "moved to Table 318 after the redraw" three eighteen,
// "Table 1407 breaks next" fourteen oh seven (they were counts). A table of results ("See Table
// 212") stays a count. It reports whether it did.
func (n *normalizer) r59TableNumber(t *token) bool {
	c := t.core
	if len(c) < 3 || !allDigits(c) || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.lower() != "table" || !n.anyWordOf(r59CardWords) {
		return false
	}
	n.by("table number")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// r59CapTails are words written in capitals at the end of a brand's name ("PokerGO",
// "CheckIN"), said as words.
var r59CapTails = setOf("GO IN ON UP NOW ONE PRO MAX LIVE PLUS")

// r59CamelTail reads a CamelCase name whose last part is a word in capitals as its words:
// "PokerGO" poker go, "CheckIN" check in (they were spelled, poker g o). The head is one or
// more capitalized words; capitals that are letters ("BetUS", "PlayStationVR") stay spelled.
// It reports whether it did.
func (n *normalizer) r59CamelTail(t *token) bool {
	c := t.core
	k := len(c)
	for k > 0 && c[k-1] >= 'A' && c[k-1] <= 'Z' {
		k--
	}
	if k < 3 || !r59CapTails[c[k:]] || c[k-1] < 'a' || c[k-1] > 'z' {
		return false
	}
	head := c[:k]
	var parts []string
	start := 0
	for i := 1; i <= len(head); i++ {
		if i < len(head) && (head[i] < 'A' || head[i] > 'Z') {
			if head[i] < 'a' || head[i] > 'z' {
				return false
			}
			continue
		}
		if i-start < 2 {
			return false // a lone capital: an initial, not a word
		}
		parts = append(parts, strings.ToLower(head[start:i]))
		start = i
	}
	if head[0] < 'A' || head[0] > 'Z' {
		return false
	}
	n.by("camel case with a word in capitals")
	n.emit(t.raw, parts...)
	n.emit(t.raw, strings.ToLower(c[k:]))
	return true
}

// r59BetWords name an exotic bet on a race, whose runners are joined by dashes.
var r59BetWords = setOf("exacta exactas quinella quinellas quinela quinelas perfecta perfectas trifecta trifectas superfecta superfectas")

// r59Runners reads the runners of an exotic bet, two to four numbers of one or two digits joined
// by dashes next to its name, one after another: "the 4-2 exacta" four two, "Daily Double 6-3"
// six three, "the 7-2 exacta box" (they were a range or a score, four to two). A score or a
// range elsewhere ("pools grew 3-4%", "won 24-17 and my exacta hit") stays. It reports whether
// it did.
func (n *normalizer) r59Runners(t *token) bool {
	c := t.core
	if len(c) > 14 || !n.r59NextToBet(t) {
		return false
	}
	c = strings.ReplaceAll(c, "–", "-")
	parts := strings.Split(c, "-")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		if len(p) == 0 || len(p) > 2 || !allDigits(p) || p[0] == '0' || atoiSmall(p) > 24 {
			return false
		}
	}
	n.by("runners of a bet")
	for _, p := range parts {
		n.emit(t.raw, appendInteger(nil, p)...)
	}
	return true
}

// r59NextToBet reports the name of an exotic bet just before t ("Exacta 10-1", "Daily Double
// 6-3", "exacta box 3-7") or just after it ("the 4-2 exacta").
func (n *normalizer) r59NextToBet(t *token) bool {
	if next := n.peek(1); next != nil && t.post == "" && next.pre == "" && r59BetWords[next.lower()] {
		return true
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" {
		return false
	}
	l := prev.lower()
	if l == "box" {
		if p2 := n.peek(-2); p2 != nil && p2.post == "" && r59BetWords[p2.lower()] {
			return true
		}
		return false
	}
	if l == "double" {
		p2 := n.peek(-2)
		return p2 != nil && p2.post == "" && p2.lower() == "daily"
	}
	return r59BetWords[l]
}

// r59PayWords are verbs of paying before a payout's ratio.
var r59PayWords = setOf("pay pays paid paying payout payouts")

// r59DatePreps are words before a month and day.
var r59DatePreps = setOf("on by until till from since before after through thru due")

// r59Payout reads a payout's ratio written with a slash, larger over smaller, with "to" as 3:2
// is read: "Blackjack pays 3/2" three to two, "6/5 blackjack" six to five, "Insurance pays
// 2/1" (they were two numbers, six five). After a word of paying or beside blackjack; in a
// sentence of blackjack elsewhere, unless a date's preposition comes before it ("on 6/5" stays
// a date). A fraction, smaller over larger ("paid 3/4 of the rent"), stays. It reports whether
// it did.
func (n *normalizer) r59Payout(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 || !allDigits(a) || !allDigits(b) || b[0] == '0' {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x <= y || y > 10 {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	fire := prev != nil && prev.post == "" && r59PayWords[prev.lower()] ||
		next != nil && t.post == "" && (next.lower() == "blackjack" || next.lower() == "bj")
	if !fire {
		if prev != nil && r59DatePreps[prev.lower()] || !n.anyWordOf(r59Blackjack) {
			return false
		}
	}
	n.by("payout ratio")
	n.emit(t.raw, appendInteger(nil, a)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendInteger(nil, b)...)
	return true
}

// r59Blackjack makes a sentence one of blackjack.
var r59Blackjack = setOf("blackjack blackjacks")

// r59LineWords make a sentence one of a betting line: a signed price there is American odds.
var r59LineWords = setOf("ml moneyline moneylines total totals spread spreads odds parlay parlays juice vig")

// r59Betting reports a sentence of a betting line: a point spread, a total (over or under
// before a number with a half point, "Over 44.5"), or a word of the line.
func (n *normalizer) r59Betting() bool {
	if n.spreadInSentence() || n.anyWordOf(r59LineWords) {
		return true
	}
	for k := 0; k+1 < len(n.toks); k++ {
		if l := lowerASCIIWord(n.toks[k].core); (l == "over" || l == "under") && n.toks[k].post == "" && strings.HasSuffix(n.toks[k+1].core, ".5") {
			if num, rest, ok := scanNumber(n.toks[k+1].core); ok && rest == "" && num.hasPoint {
				return true
			}
		}
	}
	return false
}

// r59Price reads American odds the older readers leave as counts, in pairs as bettors say
// them: a signed price of three digits in parentheses, after ML, over or under, or after a
// team's spread, in a sentence of a betting line ("Over 44.5 (-110)" minus one ten, "Bills ML
// -150" minus one fifty, "over -115 and under -105"); a signed price of three or four digits
// before "to win" (a future: "+450 to win the AFC" plus four fifty, "+1200 to win" plus twelve
// hundred); and a team's signed whole spread just before a price, minus or plus ("Eagles -7
// -110" minus seven, which was golf's seven under, Eagles being a word of golf). A signed
// number elsewhere ("fell to -120", "+1200 residents") stays. It reports whether it did.
func (n *normalizer) r59Price(t *token) bool {
	num, rest, ok := scanNumber(t.core)
	if !ok || rest != "" || !num.neg && !num.plus || num.hasPoint || num.commas || num.intPart == "" || num.intPart[0] == '0' {
		return false
	}
	next := n.peek(1)
	if len(num.intPart) <= 2 {
		// A team's spread before its price.
		if next == nil || t.post != "" || next.pre != "" {
			return false
		}
		if _, ok := americanPrice(next.core); !ok {
			return false
		}
		n.by("point spread")
		n.emit(t.raw, r59Sign(num))
		n.emit(t.raw, appendInteger(nil, num.intPart)...)
		return true
	}
	if len(num.intPart) > 4 {
		return false
	}
	if next != nil && t.post == "" && next.lower() == "to" {
		if w := n.peek(2); w != nil && w.lower() == "win" {
			n.by("betting odds")
			n.emit(t.raw, r59Sign(num))
			n.emit(t.raw, appendPaired(nil, num.intPart)...)
			return true
		}
	}
	if len(num.intPart) != 3 {
		return false
	}
	prev := n.peek(-1)
	var pl string
	if prev != nil {
		pl = prev.lower()
	}
	switch {
	case pl == "ml" || pl == "moneyline":
	case strings.HasPrefix(t.pre, "(") && strings.HasPrefix(t.post, ")") && n.r59Betting():
	case (pl == "over" || pl == "under") && prev.post == "" && n.r59Betting():
	case prev != nil && prev.post == "" && r59Spread(prev.core):
	default:
		return false
	}
	n.emitOdds(t, num)
	return true
}

// r59Spread reports a signed point spread: a whole number of one or two digits or one with a
// half point ("-7", "+3.5").
func r59Spread(s string) bool {
	num, rest, ok := scanNumber(s)
	if !ok || rest != "" || !num.neg && !num.plus || num.commas || len(num.intPart) == 0 || len(num.intPart) > 2 {
		return false
	}
	return !num.hasPoint || strings.HasSuffix(s, ".5")
}

// r59Sign says a number's sign.
func r59Sign(num number) string {
	if num.neg {
		return "minus"
	}
	return "plus"
}

// r59MoneyLine reads ML as money line where a price follows it ("Bills ML -150", "ML (+155)")
// or it follows a capitalized name in a sentence of odds or a spread, or a team's plural name
// in a betting pick (round seventy-four's pickML74: "Lock of the night: Chiefs ML"); elsewhere
// ("Our ML models") it stays letters. It reports whether it did.
func (n *normalizer) r59MoneyLine(t *token) bool {
	next := n.peek(1)
	fire := false
	if next != nil && t.post == "" {
		if _, ok := americanPrice(next.core); ok {
			fire = true
		}
	}
	if !fire {
		prev := n.peek(-1)
		if prev == nil || prev.post != "" || !isCapitalized(prev.core) || !n.nearWord(oddsTalk) && !n.spreadInSentence() && !n.pickML74(prev) {
			return false
		}
	}
	n.by("money line")
	n.emit(t.raw, "money", "line")
	return true
}

// r59LimitNouns are what min and max limit in a casino's or a sportsbook's terms.
var r59LimitNouns = setOf(`bet stake deposit payout withdrawal odds buy-in buyin entry wager cashout bonus spend
win purchase order age bid raise bets stakes deposits payouts withdrawals wagers entries`)

// r59Limit reads min and max written without their period before a noun of a limit as minimum
// and maximum: "min deposit" minimum deposit, "Max bet is $500" (the period's reading is
// abbrev's). Capitalized, only at the sentence's start and before a singular noun or odds
// ("Max bets on red" and "Max Verstappen" are a name); "max out" and "5 min" stay. It reports
// whether it did.
func (n *normalizer) r59Limit(t *token) bool {
	var exp string
	switch t.core {
	case "min", "Min":
		exp = "minimum"
	case "max", "Max":
		exp = "maximum"
	default:
		return false
	}
	next := n.peek(1)
	if t.post != "" || t.pre != "" || next == nil || next.pre != "" {
		return false
	}
	l := next.core
	if !r59LimitNouns[l] {
		return false
	}
	if t.core[0] == 'M' {
		if n.i != 0 || strings.HasSuffix(l, "s") && l != "odds" {
			return false
		}
	} else if prev := n.peek(-1); prev != nil && prev.post == "" && prev.core != "" && isDigit(prev.core[len(prev.core)-1]) && isDigit(prev.core[0]) {
		return false // "5 min deposit": minutes after a count ("$500, min deposit" is read)
	}
	n.by("limit")
	n.emit(t.raw, exp)
	return true
}

// r59PokerWords make a sentence one of poker's blinds and stacks.
var r59PokerWords = setOf("blinds ante antes shove shoved shoves shoving jam jammed stack stacks chips fold folds folded hijack cutoff button poker")

// r59Blinds reads a level's blinds and ante joined by slashes, two or three rising amounts, as
// a list without "slash", a K after a number thousand: "Blinds are 2,000/4,000" two thousand
// four thousand, "Level 14: 6K/12K/12K" six thousand twelve thousand twelve thousand (they
// were read with slash, six k). In a sentence with blinds or an ante, or one opening with
// Level; other slashes ("lists 2,000/4,000 results") stay. It reports whether it did.
func (n *normalizer) r59Blinds(t *token) bool {
	c := t.core
	if len(c) > 30 {
		return false
	}
	parts := strings.Split(c, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	var words []string
	prev := -1
	kilo := false
	for _, p := range parts {
		mult := ""
		if p == "" {
			return false
		}
		if last := p[len(p)-1:]; last == "K" || last == "k" {
			mult, p, kilo = "thousand", p[:len(p)-1], true
		}
		num, rest, ok := scanNumber(p)
		if !ok || rest != "" || num.neg || num.plus || num.hasPoint || num.intPart == "" || num.intPart[0] == '0' || len(num.intPart) > 7 {
			return false
		}
		v := atoiSmall(num.intPart)
		if mult != "" {
			v *= 1000
		}
		if v < prev {
			return false
		}
		prev = v
		words = appendInteger(words, num.intPart)
		if mult != "" {
			words = append(words, mult)
		}
	}
	opensLevel := len(n.toks) > 0 && lowerASCIIWord(n.toks[0].core) == "level"
	if !n.anyWordOf(r59BlindWords) && !(kilo && opensLevel) {
		return false
	}
	n.by("blinds")
	n.emit(t.raw, words...)
	return true
}

// r59BlindWords make a slashed list of amounts a level's blinds.
var r59BlindWords = setOf("blinds ante antes")

// r59BigBlind reads BB after a number, or before ante, in a sentence of poker as big blinds,
// singular before ante: "shoved 18 BB" eighteen big blinds, "a 2,000 BB ante" big blind ante
// (they were b b). A walk in baseball ("drew 120 BB") stays letters. It reports whether it did.
func (n *normalizer) r59BigBlind(t *token) bool {
	prev, next := n.peek(-1), n.peek(1)
	ante := next != nil && t.post == "" && strings.HasPrefix(next.lower(), "ante")
	afterNumber := prev != nil && prev.post == "" && prev.core != "" && isDigit(prev.core[len(prev.core)-1])
	if !ante && !afterNumber || !n.anyWordOf(r59PokerWords) {
		return false
	}
	n.by("big blinds")
	if ante {
		n.emit(t.raw, "big", "blind")
	} else {
		n.emit(t.raw, "big", "blinds")
	}
	return true
}

// r59RaceWords make a sentence one of horse racing.
var r59RaceWords = setOf(`colt colts filly fillies gelding geldings mare mares stallion track turf dirt race races
stakes furlong furlongs maiden jockey trainer horse horses`)

// r59Racing reads racing's glued units in a sentence of racing: f after a distance furlongs
// ("6f" six furlongs, "8.5f"), yo after an age of 2-9 year old ("3yo colt" three year old;
// they were six f, three yo). It reports whether it did.
func (n *normalizer) r59Racing(t *token) bool {
	c := t.core
	var unit string
	switch {
	case strings.HasSuffix(c, "yo"):
		c, unit = c[:len(c)-2], "yo"
		if len(c) != 1 || c[0] < '2' {
			return false
		}
	case strings.HasSuffix(c, "f"):
		c, unit = c[:len(c)-1], "f"
	default:
		return false
	}
	num, rest, ok := scanNumber(c)
	if !ok || rest != "" || num.neg || num.plus || num.commas || len(num.intPart) > 2 || num.intPart == "" || num.intPart[0] == '0' || !n.anyWordOf(r59RaceWords) {
		return false
	}
	n.by("racing")
	if unit == "yo" {
		n.emit(t.raw, appendInteger(nil, c)...)
		n.emit(t.raw, "year", "old")
		return true
	}
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(c == "1", "furlong", "furlongs"))
	return true
}

// r59Ranks and r59Suits name the cards of a poker hand.
var r59Ranks = map[string]string{"A": "ace", "K": "king", "Q": "queen", "J": "jack", "T": "ten", "10": "ten",
	"9": "nine", "8": "eight", "7": "seven", "6": "six", "5": "five", "4": "four", "3": "three", "2": "two"}
var r59Suits = map[string]string{"♠": "spades", "♥": "hearts", "♦": "diamonds", "♣": "clubs", "♤": "spades", "♡": "hearts", "♢": "diamonds", "♧": "clubs"}

// r59Cards reads a poker hand written as ranks with suit symbols, one to seven cards, as the
// cards: "A♠K♦" ace of spades king of diamonds, "T♠9♠2♥", "10♦" (they were a spade suit k
// diamond suit, and ten with the suit left out). Every rank needs its suit; a suit alone stays
// its name. It reports whether it did.
func (n *normalizer) r59Cards(t *token) bool {
	c := t.core
	if len(c) > 42 {
		return false
	}
	var words []string
	for c != "" {
		k := 1
		if strings.HasPrefix(c, "10") {
			k = 2
		}
		rank, ok := r59Ranks[c[:k]]
		if !ok || len(c) < k+3 {
			return false
		}
		suit, ok := r59Suits[c[k:k+3]]
		if !ok {
			return false
		}
		words = append(words, rank, "of", suit)
		c = c[k+3:]
	}
	n.by("playing cards")
	n.emit(t.raw, words...)
	return true
}

// r59Week reads Wk or wk before a number as week, as fantasy columns clip it: "through Wk 12"
// week twelve (it was w k). It reports whether it did.
func (n *normalizer) r59Week(t *token) bool {
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || next.core == "" || !allDigits(next.core) || len(next.core) > 2 {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "week")
	return true
}

// r59Yards reads yds as yards after a count, past at most one word ("1,203 scrimmage yds";
// it was yds). It reports whether it did.
func (n *normalizer) r59Yards(t *token) bool {
	for off := -1; off >= -2; off-- {
		p := n.peek(off)
		if p == nil {
			return false
		}
		if p.core != "" && isDigit(p.core[len(p.core)-1]) {
			n.by("unit")
			n.emit(t.raw, "yards")
			return true
		}
	}
	return false
}

// r59RaceTimeWords make a sentence one of a race meeting, whose races are named by their times.
var r59RaceTimeWords = setOf(`colt colts filly fillies gelding geldings mare mares stallion turf race races stakes
maiden jockey trainer horse horses favourite favorite runner runners saddles saddled rides odds`)

// r59RaceTime reads a race named by its off time, four digits of a 24-hour time after "the"
// and before "at" and a course, in pairs as a time: "the 1530 at Kempton" fifteen thirty
// (round twenty-one reads a train's so; it was a count). In a sentence of racing; 2000-2009
// and a race of a distance ("ran the 1500 at Hayward Field") stay. It reports whether it did.
func (n *normalizer) r59RaceTime(t *token) bool {
	c := t.core
	if !allDigits(c) || t.pre != "" || t.post != "" {
		return false
	}
	h, m := atoiSmall(c[:2]), atoiSmall(c[2:])
	if h < 10 || h > 23 || m > 59 || h == 20 && m < 10 {
		return false
	}
	prev, at, place := n.peek(-1), n.peek(1), n.peek(2)
	if prev == nil || prev.post != "" || prev.lower() != "the" || at == nil || at.post != "" || at.lower() != "at" ||
		place == nil || !isCapitalized(place.core) || !n.anyWordOf(r59RaceTimeWords) {
		return false
	}
	n.by("race time")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}
