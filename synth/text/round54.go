package text

import "strings"

// Round fifty-four: misreadings found by running the normalizer over real text nobody wrote for
// a test, in court opinions and dockets, bills and statutes, agency notices, election results
// and budgets, police and fire department releases and public-health notices, each read as a
// class and tested on probe sentences written before the readers, readings54.tsv.

// round54Token runs round fifty-four's readers on the token at n.i; it returns the tokens used.
func (n *normalizer) round54Token(t *token) int {
	c := t.core
	if n.inPart != 0 || len(c) < 2 {
		return 0
	}
	if c == "NO" {
		return oneIf(n.capitalNumberMark54(t))
	}
	if c[0] >= 'A' && c[0] <= 'Z' && len(c) <= 5 && t.post != "" && t.post[0] == '.' {
		return oneIf(n.statuteCite54(t) || n.circuit54(t))
	}
	if c[0] >= '1' && c[0] <= '9' && len(c) >= 3 && n.may(shHyphen) {
		return oneIf(n.sectionDesignation54(t))
	}
	return 0
}

// capitalNumberMark54 reads "NO." in capitals before a number as "number", as "No." is read
// ("Senate Bill NO. 218", bill and resolution headings printed in capitals inside a sentence of
// mixed case; it was spelled "n o"). Without its point, or before a word, it stays as read.
func (n *normalizer) capitalNumberMark54(t *token) bool {
	if t.post == "" || t.post[0] != '.' || len(t.post) > 1 {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || next.core == "" || !isDigit(next.core[0]) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "number")
	return true
}

// sectionDesignation54 reads numbers joined by a hyphen after a single section sign, Sec. or
// Section as one section's number, title and section, when the second cannot end a range from
// the first: it is no larger ("Section 9-9" nine dash nine; a range never stays put, and
// hyphenNumber44 reads the smaller) or it has more digits ("§ 12-415" twelve dash four fifteen,
// a statute's title and its section; "§ 31-1204" thirty one dash twelve oh four). Sections read
// in pairs, as after U.S.C.; subsections in brackets after them ("(b)", "(3)") are read as
// letters and numbers, as before. Two numbers of as many digits rising stay a range ("§ 14-16"),
// and so does anything after "Sections" (the plural names a range).
func (n *normalizer) sectionDesignation54(t *token) bool {
	c := t.core
	head, sub := c, ""
	if i := strings.IndexByte(c, '('); i >= 0 {
		head, sub = c[:i], c[i:]
	}
	a, b, ok := strings.Cut(head, "-")
	if !ok || len(a) > 3 || len(b) < 1 || len(b) > 4 || !allDigits(a) || !allDigits(b) || a[0] == '0' || b[0] == '0' {
		return false
	}
	if len(b) <= len(a) && atoiSmall(b) != atoiSmall(a) {
		return false // a smaller second part is hyphenNumber44's; a larger one of as many digits is a range
	}
	subs, ok := subsections54(sub, t.post)
	if !ok {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" && prev.post != "." || !sectionSigns44[prev.core] {
		return false
	}
	n.by("section number")
	w := appendInteger(nil, a)
	w = append(w, "dash")
	if len(b) >= 3 {
		w = appendPaired(w, b)
	} else {
		w = appendInteger(w, b)
	}
	n.emit(t.raw, w...)
	for _, s := range subs {
		if isDigit(s[0]) {
			n.emit(t.raw, appendInteger(nil, s)...)
		} else {
			n.emitLetter(t.raw, strings.ToLower(s))
		}
	}
	return true
}

// subsections54 splits subsection marks in brackets after a section's number, "(b)(3)(B)", into
// their letters and numbers (one letter, or one or two digits, each); the last bracket may close
// in the token's trailing punctuation. It reports false for anything else.
func subsections54(sub, post string) ([]string, bool) {
	var out []string
	for sub != "" {
		if sub[0] != '(' {
			return nil, false
		}
		end := strings.IndexByte(sub, ')')
		var in string
		if end < 0 {
			if post == "" || post[0] != ')' {
				return nil, false
			}
			in, sub = sub[1:], ""
		} else {
			in, sub = sub[1:end], sub[end+1:]
		}
		switch {
		case len(in) == 1 && (in[0] >= 'a' && in[0] <= 'z' || in[0] >= 'A' && in[0] <= 'Z'):
		case len(in) >= 1 && len(in) <= 2 && allDigits(in) && in[0] != '0':
		default:
			return nil, false
		}
		out = append(out, in)
	}
	return out, true
}

// statuteWords54 follow a state's abbreviation in the name of its statutes ("Kan. Stat. Ann.",
// "Ohio Rev. Code", "Tex. Penal Code", "Mass. Gen. Laws").
var statuteWords54 = setOf("Rev Stat Code Gen Penal Ann Laws Comp")

// statuteCite54 reads the abbreviations of a state's statutes as their names: a state's
// abbreviation before one of statuteWords54 is the state ("Kan. Stat." kansas statutes), Rev.
// before Stat. or Code revised, Stat. after a state or Rev. statutes, Ann. after Stat., Code or
// Laws annotated (they were kan, reverend, stat and ann). "Rev. Smith" stays reverend; the
// splitter keeps the citation one sentence (statuteCiteBoundary54).
func (n *normalizer) statuteCite54(t *token) bool {
	c := t.core
	prev, next := n.peek(-1), n.peek(1)
	nextWord := next != nil && next.pre == "" && statuteWords54[next.core]
	var w string
	switch {
	case c == "Rev":
		if next == nil || next.pre != "" || next.core != "Stat" && next.core != "Code" {
			return false
		}
		w = "revised"
	case c == "Stat":
		if prev == nil || prev.post != "." || prev.core != "Rev" && stateAbbrev[prev.core] == "" {
			return false
		}
		w = "statutes"
	case c == "Ann":
		if prev == nil || prev.post != "." && prev.post != "" || prev.core != "Stat" && prev.core != "Code" && prev.core != "Laws" {
			return false
		}
		w = "annotated"
	default:
		st := stateAbbrev[c]
		if st == "" || !nextWord || len(t.post) > 1 {
			return false
		}
		n.readAbbrev(t, strings.Fields(st)...)
		return true
	}
	if len(t.post) > 1 {
		return false
	}
	n.readAbbrev(t, w)
	return true
}

// circuit54 reads Cir. after an ordinal as the court's circuit: "the 10th Cir." the tenth
// circuit (it was cir).
func (n *normalizer) circuit54(t *token) bool {
	if t.core != "Cir" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 3 || !isDigit(prev.core[0]) {
		return false
	}
	switch prev.core[len(prev.core)-2:] {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	n.readAbbrev(t, "circuit")
	return true
}
