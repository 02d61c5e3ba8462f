package text

// Round fifty-six: misreadings found by running the normalizer over excerpts of public issue
// threads nobody wrote for a test (health and fitness apps, weather apps and stations,
// calendars and time zones, maps and navigation, music and podcast players, e-readers,
// translation and locale formats), each read as a class and tested on probe sentences written
// before the readers, readings56.tsv. An arrow typed with a longer shaft ("-->") is split off
// as the arrow "->" where dashes are split (tokens.go splitDashes), and eg. before a number
// ends no sentence (split.go).

func (n *normalizer) round56Token(t *token) int {
	c := t.core
	if n.inPart != 0 || len(c) < 2 || len(c) > 3 {
		return 0
	}
	if c == "==>" {
		return oneIf(n.longImplies56(t))
	}
	if len(c) == 2 && n.may(shLower) {
		return oneIf(n.latinAbbrev56(t))
	}
	return 0
}

// longImplies56 reads "==>" as the arrow "=>" is read, implies (it was "equals equals greater
// than"); as an arrow opening the sentence it is a bullet, as typedArrow drops one.
func (n *normalizer) longImplies56(t *token) bool {
	sub := *t
	sub.core = "=>"
	return n.typedArrow(&sub)
}

// latinAbbrev56 reads eg and ie, in lower case or capitalized, before a period or a comma, as
// e.g. and i.e. are read, for example and that is (they were the syllables eg and ie): "values
// are eg. 978 inHg", "Ie. the scale is wrong", "some players, ie, the older ones". In capitals
// (IE, a browser) or without the point or comma after them they keep their readings.
func (n *normalizer) latinAbbrev56(t *token) bool {
	var said []string
	switch t.core {
	case "eg", "Eg":
		said = []string{"for", "example"}
	case "ie", "Ie":
		said = []string{"that", "is"}
	default:
		return false
	}
	if t.post == "" || t.post[0] != '.' && t.post[0] != ',' {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, said...)
	return true
}
