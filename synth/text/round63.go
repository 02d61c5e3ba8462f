package text

import "strings"

// Round sixty-three: the misses of held-out set 51's dev half, written by a new hand from social
// media and messaging text (group chats, Reddit and Discord threads, marketplace listings,
// microblog posts), each read as a class and tested on probe sentences written before the
// readers, readings63.tsv. The internet era's words inside a host's name (R3) are pieces of the
// segmenter (segment.go asks r63NetWords).

func (n *normalizer) round63Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch {
	case c == "#":
		return oneIf(n.r63NumberSign(t))
	case c[0] == '.':
		return oneIf(len(c) >= 2 && len(c) <= 3 && n.may(shLower) && n.r63DotEnding(t))
	case c[0] >= '1' && c[0] <= '9':
		if len(c) == 5 && t.pre == "" {
			return oneIf(n.r63ListingZip(t))
		}
		return oneIf(len(c) <= 5 && (t.post == "\"" || t.post == "″") && n.r63InchSpecs(t))
	case c[0] >= 'a' && c[0] <= 'z':
		return oneIf(len(c) <= 4 && n.r63LowerZone(t))
	}
	return 0
}

// r63LowerZones are the zones chat writes in lower case after a time, read as their capitals
// are (zoneNames): the US zones and British summer time. Zones spelled like a word ("wet",
// "sgt" sergeant) are left out.
var r63LowerZones = setOf("et ct mt pt est edt cst cdt mst mdt pst pdt akst akdt hst bst")

// r63LowerZone reads a zone's abbreviation in lower case right after a time as the capitals
// are read: "8pm est" eight p m eastern standard time, "9am pt" nine a m pacific time (R4; it
// was read as a word, est, et, or spelled, p t). The time must touch it: after a comma "est."
// is estimated ("pickup 5pm, est. wait").
func (n *normalizer) r63LowerZone(t *token) bool {
	c := t.core
	if !r63LowerZones[c] || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !timeLike(prev) {
		return false
	}
	z := zoneNames[strings.ToUpper(c)]
	if z == "" {
		return false
	}
	n.by("time zone")
	n.emit(t.raw, strings.Fields(z)...)
	return true
}

// r63DotEnding reads a file type or a two-letter web ending written alone with its leading dot
// as it is read after a name, with the dot: "my .py file" dot p y, ".js" dot j s, ".c" dot c,
// "the .io domain" dot i o, "a .co" dot co (R1; dotted read a core of one or two letters after
// the point as initials and left the dot unsaid, while ".csv" was read dot c s v). Only lower-case
// endings a table names are read so; dotted initials ("U.S.") have a letter before the point.
func (n *normalizer) r63DotEnding(t *token) bool {
	ext := t.core[1:]
	for i := 0; i < len(ext); i++ {
		if ext[i] < 'a' || ext[i] > 'z' {
			return false
		}
	}
	e, file := fileTypes[ext]
	if !file && !topLevel[ext] {
		return false
	}
	n.by("file type or web ending")
	n.emit(t.raw, "dot")
	if file {
		n.emit(t.raw, strings.Fields(e)...)
	} else {
		n.webPart(t.raw, ext, false)
	}
	return true
}

// r63InchSpecs reads a size in inches (a number and a double prime, no quotation open) before
// a run of one to three specifications and a thing sized in inches as an adjective, singular,
// as "a 27\" monitor" reads: `27" 1440p 165Hz monitor` twenty seven inch …, `Selling 65"
// Samsung TV`, `13" M2 MacBook Air` (R2, held51 dev; it was inches, since inchMark looks at the
// next word only). A specification is a video resolution, a refresh rate, a display's acronym,
// a name with a capital (a maker's, a chip's) or a lower-case adjective of displays. A size
// before anything else ("Got 6\" Saturday night", "the TV is 55\" Samsung says") keeps its
// plural.
func (n *normalizer) r63InchSpecs(t *token) bool {
	num, rest, ok := scanNumber(t.core)
	if !ok || rest != "" || num.neg || num.plus || num.commas || strings.ContainsAny(t.pre, "\"“") {
		return false
	}
	k := 1
	for ; k <= 4; k++ {
		w := n.peek(k)
		if w == nil || w.pre != "" {
			return false
		}
		if k > 1 && inchNouns[w.lower()] {
			break
		}
		if k == 4 || w.post != "" || !r63InchSpec(w) {
			return false
		}
	}
	if n.quoteOpen(t) {
		return false
	}
	n.by("inch as adjective")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "inch")
	return true
}

// r63DisplayAdjectives are lower-case words a listing puts between a screen's size and its noun.
var r63DisplayAdjectives = setOf("curved gaming smart flat widescreen ultrawide portable touchscreen refurbished used new")

// r63InchSpec reports a specification that may stand between a screen's size and its noun: a
// video resolution (1080p, 1440p, 4K), a refresh rate (144Hz), a display's acronym (OLED, FHD),
// a name with a capital or a chip's capitals and digits (Samsung, LG, M2), or a lower-case
// adjective of displays (curved, gaming).
func r63InchSpec(w *token) bool {
	c := w.core
	if inchAdjective(w) {
		return true
	}
	j := 0
	for j < len(c) && isDigit(c[j]) {
		j++
	}
	if j > 0 {
		if c[0] == '0' {
			return false
		}
		switch tail := c[j:]; {
		case (tail == "p" || tail == "i") && (j == 3 || j == 4):
			return true // 720p, 1080i, 1440p
		case (tail == "K" || tail == "k") && j == 1:
			return true // 5K
		case (tail == "Hz" || tail == "hz") && (j == 2 || j == 3):
			return true // 60Hz, 165Hz
		}
		return false
	}
	if isLetterWord(c) {
		if c == w.lower() {
			return r63DisplayAdjectives[c]
		}
		return capitalName(c)
	}
	return len(c) <= 4 && capitalName(c) && isUpperLetter(c[0]) // M2, A17
}

// r63NetWords are words of the internet's own era that the lexicon lacks, read right by the
// letter-to-sound rules, pieces of a host's run-together name as a lexicon word is:
// "covidtests.gov" covid tests, "memedrop.com" meme drop (R3, held51 dev; they were left whole
// or split into letters: me me, stream e r, u n boxing, doom s c rolling). Words whose
// letter-to-sound reading is wrong (ebook, esports, merch, subreddit) are left out.
var r63NetWords = setOf("covid meme memes streamer streamers unboxing influencer influencers webinar webinars fanfic fanfics collab collabs scrolling")

// r63AppNames are payment and social apps a listing or a profile joins by slashes, which the
// lexicon lacks: "Venmo/Zelle", "TikTok/Instagram" (R5; round seventeen's wordSlash asks them
// beside the lexicon's words).
var r63AppNames = setOf("venmo zelle paypal cashapp tiktok instagram insta snapchat whatsapp telegram discord twitch youtube poshmark mercari depop offerup craigslist")

// r63NumberOwners are words before a number sign standing alone that make it a phone's number.
var r63NumberOwners = setOf("my your ur yo his her their our new")

// r63PoundVerbs and r63PoundNouns are words before and after a number sign standing alone that
// make it the phone's pound key.
var r63PoundVerbs, r63PoundNouns = setOf("press hit dial enter tap push"), setOf("key button sign")

// r63NumberSign reads a number sign standing alone as texts and listings use it (R6): after a
// possessive or new, the phone's number ("My # is 214-555-0199" my number is, "dm me ur #");
// after press, hit or dial, or between a word and key, button or sign, the pound key, as US
// phones name it ("press # to skip"). It was dropped as a symbol without a reading. A sign at
// a line's start (a heading's mark) or anywhere else stays as it was.
func (n *normalizer) r63NumberSign(t *token) bool {
	if t.pre != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || prev.post != "" {
		return false
	}
	p := prev.lower()
	switch {
	case r63NumberOwners[p]:
		n.by("number sign")
		n.emit(t.raw, "number")
	case r63PoundVerbs[p] || t.post == "" && next != nil && next.pre == "" && r63PoundNouns[next.lower()]:
		n.by("number sign")
		n.emit(t.raw, "pound")
	default:
		return false
	}
	return true
}

// r63ZipVerbs are a listing's words before "in" and a ZIP code.
var r63ZipVerbs = setOf("located based pickup up meetup")

// r63ZipAfter are words that may follow a listing's ZIP code in the same clause.
var r63ZipAfter = setOf("only area and or near but can if")

// r63ListingZip reads five digits after located, based, pickup or pick up and "in", as a listing
// gives its ZIP code, digit by digit, as after "zip" (R7: "Located in 90210" nine zero two one
// zero; it was a count). The code ends its clause or comes before only, area, and, or…; a
// number before a street's name or a noun it counts ("located in 15000 square feet") stays.
func (n *normalizer) r63ListingZip(t *token) bool {
	c := t.core
	if !allDigits(c) {
		return false
	}
	in, verb := n.peek(-1), n.peek(-2)
	if in == nil || verb == nil || in.core != "in" || in.post != "" || verb.post != "" || !r63ZipVerbs[verb.lower()] {
		return false
	}
	if verb.lower() == "up" {
		if pick := n.peek(-3); pick == nil || pick.post != "" || pick.lower() != "pick" {
			return false
		}
	}
	if next := n.peek(1); t.post == "" && next != nil && !r63ZipAfter[next.lower()] || t.post != "" && !clauseEnd(t.post) {
		return false
	}
	n.by("zip code")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}
