package text

import "strings"

// A fact is something about the whole sentence that readers ask of many of its tokens (is it an
// equation, is it about the sea…). Each is found by one pass over the tokens the first time it
// is asked and kept until the next sentence, so a long sentence full of tokens that ask stays
// linear in its length.
type fact uint8

const (
	factEquation   fact = iota // an equals sign somewhere: "2x" is two x
	factFixture                // two bracketed records, or one and a fixture verb
	factCard                   // a word of cards: an expiry's MM/YY is a month and a year
	factSeaWind                // a word of wind or the sea: kt is knots
	factJewellery              // a word of jewellery: 14k is karats
	factQuake                  // a word of earthquakes: M6.1 is a magnitude
	factChat                   // a chat abbreviation in lower case: "omw, b there" is be
	factEmergency              // two emergency numbers, or a word of emergencies: "it's 999" is nine nine nine
	factDayFirst               // pounds, euros or a British form: an ambiguous slashed date is day first
	factGolf                   // a word of golf: a signed score is strokes under or over par
	factKitchen                // a word of the kitchen: S&P is salt and pepper
	factClock24                // a time past noon on the 24-hour clock ("15:00"): "11:00" is eleven hundred
	factChess                  // a word of chess: "(2759)" is a rating, "Qh5+" a move
	factFlight                 // a word of flying: "UA 1449" is a flight
	factAPI                    // a word of web services: "returns 404" is a status code
	factSeaAir                 // a word of the sea or the air: "12 nm" is nautical miles
	factSportCount             // a word of games and seasons: "30 apps" are appearances
	factContainer              // a word of containers: "myapp:2" is an image's tag (round twenty-five)
	factStorm                  // a word of storms: "Cat 4" is a category (round twenty-five)
	factVehicle                // a word of cars or rides: "KX19 LMO" is a number plate (round twenty-five)
	factAlgebra                // a relation sign or a verb of algebra: "3y + 2y" is three y plus two y (round twenty-six)
	numFacts
)

// sentenceFacts caches the facts of the sentence being read; reset per sentence.
type sentenceFacts struct {
	known, has uint32
	// pence counts the tokens that make a sentence about prices in pence (penceToken); -1 until
	// counted. penceNear leaves out the token asking.
	pence int
}

// fact reports whether the sentence has fact f, scanning the tokens once per sentence.
func (n *normalizer) fact(f fact) bool {
	bit := uint32(1) << f
	if n.facts.known&bit == 0 {
		n.facts.known |= bit
		if n.scan(factTests[f]) {
			n.facts.has |= bit
		}
	}
	return n.facts.has&bit != 0
}

// factTests find each fact: true for a token that shows it (the fixture fact counts instead).
var factTests = [numFacts]func(n *normalizer) bool{
	factEquation: func(n *normalizer) bool {
		return n.anyToken(func(t *token) bool { return strings.Contains(t.core, "=") })
	},
	factFixture: func(n *normalizer) bool {
		pairs, verb := 0, false
		for k := range n.toks {
			t := &n.toks[k]
			if fixtureVerbs[t.lower()] {
				verb = true
			}
			if strings.HasSuffix(t.pre, "(") && strings.HasPrefix(t.post, ")") {
				if a, b, ok := strings.Cut(t.core, "-"); ok && len(a) <= 2 && len(b) <= 2 && allDigits(a) && allDigits(b) && a != "" && b != "" {
					pairs++
				}
			}
		}
		return pairs >= 2 || pairs == 1 && verb
	},
	factCard:      func(n *normalizer) bool { return n.anyWordOf(cardWords) },
	factSeaWind:   func(n *normalizer) bool { return n.anyWordOf(seaWindWords) },
	factJewellery: func(n *normalizer) bool { return n.anyWordOf(jewelleryWords) },
	factQuake:     func(n *normalizer) bool { return n.anyWordOf(seismicWords) },
	factEmergency: func(n *normalizer) bool {
		numbers := 0
		for k := range n.toks {
			c := n.toks[k].core
			if emergencyNumbers[c] {
				numbers++
			}
			if emergencyNouns[strings.ToLower(c)] {
				return true
			}
		}
		return numbers >= 2
	},
	factDayFirst: func(n *normalizer) bool { return n.anyToken(dayFirstToken) },
	factGolf:     func(n *normalizer) bool { return n.anyWordOf(golfWords) },
	factKitchen:  func(n *normalizer) bool { return n.anyWordOf(kitchenWords) },
	factClock24:  func(n *normalizer) bool { return n.anyToken(afternoon24) },
	factChess: func(n *normalizer) bool {
		return n.anyToken(func(t *token) bool { w := lowerASCIIWord(t.core); return chessWords[w] || chessSideWords[w] })
	},
	factFlight:     func(n *normalizer) bool { return n.anyWordOf(flightWords) },
	factAPI:        func(n *normalizer) bool { return n.anyWordOf(apiWords) },
	factSeaAir:     func(n *normalizer) bool { return n.anyWordOf(seaAirWords) },
	factSportCount: func(n *normalizer) bool { return n.anyWordOf(sportCountWords) },
	factContainer:  func(n *normalizer) bool { return n.anyWordOf(containerWords) },
	factStorm:      func(n *normalizer) bool { return n.anyWordOf(stormWords) },
	factVehicle:    func(n *normalizer) bool { return n.anyWordOf(vehicleWords) },
	factAlgebra: func(n *normalizer) bool {
		return n.anyToken(func(t *token) bool {
			return strings.ContainsAny(t.core, "=<>≤≥≠") || algebraWords[lowerASCIIWord(t.core)] || algebraPower(t.core)
		})
	},
	factChat: func(n *normalizer) bool {
		return n.anyToken(func(t *token) bool { _, ok := chatReadings[t.core]; return ok && !chatNotLower[t.core] })
	},
}

// scan runs a whole-sentence test, counting the tokens it visits as work.
func (n *normalizer) scan(test func(n *normalizer) bool) bool {
	n.work += len(n.toks)
	return test(n)
}

// anyToken reports a token of the sentence for which ok holds.
func (n *normalizer) anyToken(ok func(t *token) bool) bool {
	for k := range n.toks {
		if ok(&n.toks[k]) {
			return true
		}
	}
	return false
}

// anyWordOf reports a token of the sentence that, lower-cased, is in set.
func (n *normalizer) anyWordOf(set map[string]bool) bool {
	return n.anyToken(func(t *token) bool { return set[lowerASCIIWord(t.core)] })
}

// lowerASCIIWord lower-cases a word for a set lookup, without allocating when it is already
// lower case (most words are).
func lowerASCIIWord(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// penceToken reports a token that makes a sentence about prices in pence: a pound sign, a word
// of penceWords, or a price of one or two digits with p.
func penceToken(c string) bool {
	if c == "" {
		return false
	}
	if strings.HasPrefix(c, "£") || penceWords[lowerASCIIWord(c)] {
		return true
	}
	l := len(c)
	return l >= 2 && l <= 3 && c[l-1] == 'p' && allDigits(c[:l-1])
}

// penceNear reports a sentence about prices in pence: a token of penceToken other than the
// current one. The tokens are counted once per sentence.
func (n *normalizer) penceNear() bool {
	if n.facts.pence < 0 {
		n.facts.pence = 0
		n.scan(func(n *normalizer) bool {
			for k := range n.toks {
				if penceToken(n.toks[k].core) {
					n.facts.pence++
				}
			}
			return false
		})
	}
	self := 0
	if n.i < len(n.toks) && penceToken(n.toks[n.i].core) {
		self = 1
	}
	return n.facts.pence-self > 0
}

// withoutParens drops the brackets of a phone number's group ("(0)20"); it allocates only when
// there are some.
func withoutParens(s string) string {
	if !strings.ContainsAny(s, "()") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '(' || r == ')' {
			return -1
		}
		return r
	}, s)
}
