package text

// Round fifty-five: misreadings found by running the normalizer over real web text nobody
// wrote for a test, in sports registers (soccer, tennis, golf, motor racing, American football,
// basketball, baseball, hockey, cricket, cycling and athletics results and previews) and
// entertainment registers (music charts, streaming and TV listings, concert and theatre
// listings), each read as a class and tested on probe sentences written before the readers,
// readings55.tsv. Three-digit scores after team names of two or three words were fixed where
// lines of results are recognized (scorelineNumber, round6.go).

func (n *normalizer) round55Token(t *token) int {
	c := t.core
	if n.inPart != 0 || len(c) != 3 {
		return 0
	}
	if (c == "2OT" || c == "3OT") && n.may(shDigit|shUpper) {
		// "(2OT)" after a line of results: the overtime reader, before the readers of a
		// number glued to letters.
		return oneIf(n.overtime(t))
	}
	return 0
}
