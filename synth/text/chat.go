package text

import (
	"strings"
	"unicode"
)

// chatAfterCount are chat words no number takes as its unit or label, read as chat after one
// too: "c u @ 7 lol" (round eighteen).
var chatAfterCount = setOf("lol lmao lmfao rofl tbh imo imho idk smh ngl fr btw")

// chatOpeners are words of a message after which "ty" and "np" are chat: "ok np", "yes ty".
var chatOpeners = setOf("ok okay k kk yes yeah yep sure cool thanks ty np lol haha")

// chatReadings are chat and internet abbreviations, read as people say them aloud. Keys are
// lower case; the abbreviation is read when written all in lower case, or all in capitals if
// it is in chatCaps. One-letter words of a reading are spelled ("l o l").
var chatReadings = map[string]string{
	"imo": "in my opinion", "imho": "in my humble opinion", "tbh": "to be honest", "idk": "i don't know",
	"idc": "i don't care", "btw": "by the way", "omg": "oh my god", "brb": "be right back",
	"afaik": "as far as i know", "iirc": "if i remember correctly", "smh": "shaking my head", "sooc": "straight out of camera", // sooc: round seventy-six
	"ngl": "not gonna lie", "irl": "in real life", "jk": "just kidding", "ikr": "i know right", "wyd": "what are you doing",
	"nvm": "never mind", "ofc": "of course", "tbf": "to be fair", "ftw": "for the win",
	"lmk": "let me know", "hmu": "hit me up", "ttyl": "talk to you later", "gtg": "got to go",
	"g2g": "got to go", "icymi": "in case you missed it", "til": "today i learned",
	"tl;dr": "too long didn't read", "tldr": "too long didn't read", "fwiw": "for what it's worth",
	"np": "no problem", "ty": "thank you", "tyvm": "thank you very much", "thx": "thanks",
	"thnx": "thanks", "pls": "please", "plz": "please", "ppl": "people", "rn": "right now",
	"bc": "because", "b/c": "because", "w/e": "whatever", "bday": "birthday", "lol": "l o l", "asap": "a s a p",
	"lmao": "l m a o", "lmfao": "l m f a o", "otw": "on the way", "cu": "see you", "rofl": "rolling on the floor laughing", "fyi": "f y i", "dm": "d m",
	"dms": "d m's", "gg": "good game", "wfh": "work from home", "eod": "end of day",
	"eli5": "explain like i'm five", "ur": "your", "b4": "before", "gr8": "great", "l8r": "later", "l8": "late",
	"cya": "see you", "wbu": "what about you", "hbu": "how about you", "tysm": "thank you so much",
	"ily": "i love you", "omw": "on my way", "bff": "b f f", "u": "you", "fr": "for real", "istg": "i swear to god",
	"tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "2day": "today",
	"2nite": "tonight", "luv": "love", "tia": "thanks in advance", "ooo": "out of office", "ttys": "talk to you soon",
	"hbd": "happy birthday", "xoxo": "x o x o", "tbt": "throwback thursday", "fbf": "flashback friday",
	// contractions written without the apostrophe in chat
	"im": "i'm", "dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't",
	"arent": "aren't", "couldnt": "couldn't", "shouldnt": "shouldn't", "wouldnt": "wouldn't", "havent": "haven't",
	"hasnt": "hasn't", "youre": "you're", "theyre": "they're", "thats": "that's", "whats": "what's", "ive": "i've", "gm": "good morning", "gn": "good night", "wdym": "what do you mean", "atm": "at the moment", "imy": "i miss you",
	"sry": "sorry", "srry": "sorry", "srsly": "seriously", "afk": "away from keyboard", "hth": "hope this helps",
	"yw": "you're welcome", "abt": "about", "cuz": "because", "bcuz": "because", "tho": "though", "thru": "through",
	"glhf": "good luck have fun", "gl": "good luck", "hf": "have fun", "wp": "well played", "nt": "nice try", "ggwp": "good game well played", "idek": "i don't even know",
	"iykyk": "if you know you know", "tfw": "that feeling when", "mfw": "my face when", "dyk": "did you know",
	"ftfy": "fixed that for you", "afaict": "as far as i can tell", "smth": "something",
	"tyt": "take your time", "imu": "i miss you", "hmb": "hit me back", "ez": "easy", "ong": "on god", "stfu": "s t f u",
	// Round forty-five: code review's and chat's phrases said in full (held29's `lgtm`), and
	// three said as letters.
	"lgtm": "looks good to me", "sgtm": "sounds good to me", "ptal": "please take a look", "wdyt": "what do you think",
	"iiuc": "if i understand correctly", "ymmv": "your mileage may vary", "smdh": "shaking my damn head",
	"ianal": "i am not a lawyer", "nbd": "no big deal", "idts": "i don't think so", "ilysm": "i love you so much",
	"tmi": "t m i", "ama": "a m a", "ootd": "o o t d",
	// Round seventy-four: traders' shorthand in games and on forums' sale boards.
	"wts": "want to sell", "wtb": "want to buy", "wtt": "want to trade",
	// Round seventy-nine: live blogs' and political chat's phrases.
	"otoh": "on the other hand", "wrt": "with respect to",
}

// chatAfterU are words after which a message's first "u" is "you": "u ok?", "u there?".
var chatAfterU = setOf("ok okay there up good alright coming free around home busy awake sure still need want know can will should think thought mean") // think, thought, mean: round sixty-nine

// chatCaps are the abbreviations also read when written in capitals (IMO, TIL). Others in
// capitals are acronyms with other meanings (BC, RN, DM, TY).
var chatCaps = setOf("tbt fbf imo imho tbh idk idc btw omg brb afaik iirc smh ngl irl ikr nvm tbf ftw lmk ttyl icymi til tl;dr tldr fwiw lol lmao rofl fyi wfh eod eli5 tia ooo hbd wdym gg ggwp glhf afk srsly pls plz thx lgtm sgtm ptal wdyt iiuc ymmv afaict ianal sooc tfw mfw iykyk istg hmu") // tfw…hmu: round seventy-nine

// tagDays are the posting days' tags, read as tags even with three letters (round sixteen: "#TBT"
// throwback thursday; other three-letter tags stay spelled, "#IMO").
var tagDays = setOf("tbt fbf")

// chatCapitalized are the abbreviations also read with a capital opening a message ("Thx",
// "Gr8", "Lol"); others capitalized are names or words ("Ty", "Fr", "Ur", "Bc").
var chatCapitalized = setOf("imo imho tbh idk idc btw omg brb afaik iirc smh ngl nvm ikr lmk ttyl thx thnx pls plz gr8 tysm lol lmao rofl tmrw fwiw icymi xoxo")

// chatNotLower are lower-case chat abbreviations that are also ordinary words in other
// spellings; "til" in lower case is "till", so it is read only in capitals.
var chatNotLower = setOf("til")

// chat reads a chat abbreviation; it reports whether it did.
func (n *normalizer) chat(t *token) bool {
	core := t.core
	if core == "r" {
		// "r u ok" are you okay: "r" is "are" before "u" or "you", or after a chat subject
		// before a word ("ppl r weird", "u r the best").
		if next := n.peek(1); next != nil && t.post == "" && (next.core == "u" || next.core == "you" || n.chatSubjectBefore() && len(next.core) > 1 && isLetterWord(next.core) && next.lower() == next.core) {
			n.by("chat abbreviation")
			n.emit(t.raw, "are")
			return true
		}
		return false
	}
	if w := n.chatDigit(t); w != "" {
		n.by("chat abbreviation")
		n.emit(t.raw, w)
		return true
	}
	if core == "b" && n.chatBe(t) {
		n.by("chat abbreviation")
		n.emit(t.raw, "be")
		return true
	}
	if len(core) > 12 || core == "" || len(core) == 1 && core != "u" || len(core) > 6 && strings.IndexFunc(core, unicode.IsUpper) >= 0 {
		return false // longer ones (couldnt, lmaooo) only in lower case
	}
	if asciiOnly(core) {
		// Most words are no chat word and not stretched: tell so from a folded copy in a
		// buffer before lower-casing (which allocates for every capitalized word).
		var buf [12]byte
		f := foldASCII(buf[:0], core)
		if _, ok := chatReadings[string(f)]; !ok {
			if k := len(f); k < 4 || f[k-1] != f[k-2] || f[k-2] != f[k-3] {
				return false
			}
		}
	}
	l := strings.ToLower(core)
	reading, ok := chatReadings[l]
	if !ok {
		// A stretched ending: "lmaooo", "omggg", "lolll".
		if k := len(l); k >= 4 && l[k-1] == l[k-2] && l[k-2] == l[k-3] {
			s := strings.TrimRight(l, l[k-1:])
			if reading, ok = chatReadings[s+l[k-1:]]; ok {
				if core == l {
					core = s + l[k-1:]
				} else if core == strings.ToUpper(core) {
					core = strings.ToUpper(s + l[k-1:])
				}
				l = s + l[k-1:]
			}
		}
		if !ok {
			return false
		}
	}
	if prev := n.peek(-1); prev != nil && prev.post == "" && startsNumeric(prev.core) && !(l == "u" && (prev.core == "4" || prev.core == "2")) && !chatAfterCount[l] && !hasLetter91(prev.core) {
		return false // after a number it is a unit or a label: "5 gm" grams (round ninety-one: not after a code or a time, "the 3PL rn", "at 5pm rn")
	}
	switch {
	case core == l:
		if chatNotLower[l] {
			return false
		}
		// "ty" and "np" are names or codes unless chat-like context: sentence start or before
		// "for" ("ty for the help"), or standing alone.
		if l == "u" {
			// "u" is "you" between words of a chat message ("r u ok", "love u"), not a
			// letter in "the letter u" or "u and v".
			prev, next := n.peek(-1), n.peek(1)
			uR := n.uBeforeR() // "u r the best"
			if prev == nil && !(next != nil && chatAfterU[next.lower()] || uR) || prev != nil && (strings.EqualFold(prev.core, "letter") || strings.EqualFold(prev.core, "the")) || next != nil && len(next.core) == 1 && next.core != "@" && !uR {
				return false // "u ok?" at the start of a message is "you"
			}
		}
		if l == "ty" || l == "np" {
			next, prev := n.peek(1), n.peek(-1)
			// Round eighteen: also after another word of chat ("ok np", "ty ty") and before an
			// emoji ("ty 🙏").
			afterChat := prev != nil && prev.post == "" && (chatReadings[prev.lower()] != "" || chatOpeners[prev.lower()])
			beforeEmoji := next != nil && t.post == "" && next.core != "" && next.core[0] >= 0x80
			if !(n.i == 0 || next == nil || strings.ContainsAny(t.post, ",.!") || l == "ty" && strings.EqualFold(next.core, "for") || afterChat || beforeEmoji) {
				return false
			}
		}
	case core == strings.ToUpper(core) && chatCaps[l] && !n.numberNext() && !n.numberLabelNext():
		// "IMO number 9321483" names a ship's number, not an opinion.
	case n.i == 0 && chatCapitalized[l] && core[0] >= 'A' && core[0] <= 'Z' && core[1:] == l[1:]:
		// "Thx, see u at 6!": a message opening with a capital.
	default:
		return false
	}
	n.by("chat abbreviation")
	n.emitPhrase(t.raw, strings.Fields(n.chatInContext(l, reading))...)
	return true
}
