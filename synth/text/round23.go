package text

import "strings"

// Round twenty-three: the classes held-out set 22 (by a hand new to the readers, in the style of
// developer documentation, release notes, issues, answers, gaming forums, chats and spec sheets)
// missed in its dev half, and further misses of its classes found by probe sentences in those
// sources' style, each tested on probes of the round's own written before the reader,
// readings23.tsv. Each reader is guarded by the shapes its first test needs (README, Speed).

func (n *normalizer) round23Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	if isDigit(c[0]) && n.may(shDigit) {
		if k := n.ratingBeforeRated(t); k > 0 {
			return k
		}
	}
	return 0
}

// ratingUnits are the units a device or a feature is rated in, by their symbols, with the
// singular reading an adjective takes.
var ratingUnits = map[string]string{"W": "watt", "kW": "kilowatt", "V": "volt", "mAh": "milliamp hour", "Ah": "amp hour",
	"Wh": "watt hour", "kWh": "kilowatt hour", "MP": "megapixel"}

// ratedNouns are the devices and features a rating describes: "65W charger", "5000mAh battery",
// "12MP ultrawide". Nouns that name the measured amount itself (capacity, output, storage, RAM)
// are not here: "20000mAh capacity" is that many milliamp hours of capacity.
var ratedNouns = setOf(`charging charger adapter brick supply delivery battery cell bank motor speaker subwoofer amplifier
amp inverter bulb lamp heater fan pump camera sensor lens telephoto ultrawide shooter display screen panel laser
generator drill kettle blender`)

// ratingModifiers may stand between a rating and the noun it rates: "45W wired charging", "12MP
// selfie camera", "20V power supply".
var ratingModifiers = setOf(`fast wired wireless reverse rapid quick super turbo magnetic main wide ultrawide telephoto
primary front rear selfie periscope portable solar power usb`)

// gerundObjects after a noun in -ing make it a verb with an object: "18W charging the phone".
var gerundObjects = setOf("the a an it its my your his her our their them this that these those both two")

// ratingBeforeRated reads a rating in watts, volts, milliamp hours, watt hours, amp hours or
// megapixels, glued or spaced, before the device or feature it rates with no determiner before
// it, as spec sheets and release notes leave it out, "supports 45W fast charging" forty five watt
// fast charging, "5000mAh battery", "12MP ultrawide" (it was plural; after a determiner the
// quantity was already an adjective). Precondition: a plain number, its unit glued or the next
// token, no determiner before, then up to two modifiers (ratingModifiers, or a name with a
// capital such as USB-C) and a noun of ratedNouns; a noun in -ing before an object is a verb
// ("uses 18W charging the phone" stays). It returns the tokens used, or 0.
func (n *normalizer) ratingBeforeRated(t *token) int {
	c := t.core
	if t.post != "" {
		return 0
	}
	// Cheap first: the core ends in a unit's last letter, or the next token is a unit.
	if l := c[len(c)-1]; l != 'W' && l != 'V' && l != 'h' && l != 'P' {
		if u := n.peek(1); u == nil || !isDigit(l) || ratingUnits[u.core] == "" {
			return 0
		}
	}
	num, rest, ok := scanNumber(c)
	if !ok || num.neg || num.plus {
		return 0
	}
	used, unitRaw := 1, t.raw
	if rest == "" {
		u := n.peek(1)
		if u == nil || u.pre != "" || u.post != "" {
			return 0
		}
		rest, used, unitRaw = u.core, 2, u.raw
	}
	sing, ok := ratingUnits[rest]
	if !ok {
		return 0
	}
	if p := n.peek(-1); p != nil && p.post == "" {
		if l := strings.ToLower(p.core); l == "a" || l == "an" || determiners[l] || eachWords[l] {
			return 0 // the quantity is an adjective already (adjectival)
		}
	}
	off := used
	for j := 0; ; j++ {
		w := n.peek(off)
		if w == nil || w.pre != "" {
			return 0
		}
		l := strings.ToLower(w.core)
		if ratedNouns[w.core] {
			if strings.HasSuffix(l, "ing") && w.post == "" {
				if o := n.peek(off + 1); o != nil && (gerundObjects[strings.ToLower(o.core)] || startsNumeric(o.core)) {
					return 0
				}
			}
			break
		}
		if j == 2 || w.post != "" || !ratingModifiers[w.core] && !capitalName(w.core) {
			return 0
		}
		off++
	}
	n.by("rating before what it rates")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(unitRaw, strings.Fields(sing)...)
	return used
}

// capitalName reports a name or an acronym of letters, digits and hyphens with a capital, of two
// characters or more, starting with a letter: "USB-C", "MagSafe", "PD".
func capitalName(s string) bool {
	if len(s) < 2 || !isASCIILetter(rune(s[0])) || strings.ToLower(s) == s {
		return false
	}
	return strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") == ""
}
