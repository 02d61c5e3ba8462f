package text

import "strings"

// Round eighty: the classes held-out set 62's dev half missed, in the registers of universities
// and academic life (course catalogs and syllabi, registrar and financial-aid notices, grant
// calls and award numbers, reference lists, lab protocols, conference calls for papers, student
// forums), each read as a class and tested on probe sentences written before the readers,
// readings80.tsv. A university's u-host and the preprint servers' hosts are read inside the
// address reader (r80HostLabel, asked from address's flush).

// round80Token reads a registrar's or a funder's identifier, a course's number after a verb of
// taking it, TeX's family and the preprint servers by their names, and admission tests in lower
// case. Every reader is reached through the token's last byte, then its first byte and length,
// before any look at a neighbour. A conference's .cc site is an address (ccHost80, asked by
// isURL).
//
// It is small enough to be inlined in the dispatch, so a token whose last byte none of its
// readers reads costs no call (speed: the call itself was most of the round's count).
func (n *normalizer) round80Token(t *token) int {
	c := t.core // the dispatch reads no empty core
	if r80Last[c[len(c)-1]] {
		return n.round80Read(t)
	}
	return 0
}

// r80Last marks the last bytes round80Token reads: a digit (the numbers), X, x and v (TeX's
// family and the preprint servers), a, e and t (the admission tests).
var r80Last = func() (f [256]bool) {
	for b := '0'; b <= '9'; b++ {
		f[b] = true
	}
	for _, b := range "Xxvaet" {
		f[b] = true
	}
	return f
}()

// round80Read is round80Token's body, for a token whose last byte one of its readers reads.
func (n *normalizer) round80Read(t *token) int {
	c := t.core
	if len(c) < 3 || len(c) > 12 || n.inPart != 0 {
		return 0
	}
	c0 := c[0]
	if c0 >= '1' && c0 <= '9' {
		if !n.may(shDigit) || !allDigits(c) {
			return 0
		}
		if len(c) >= 5 {
			return n.identifier80(t)
		}
		return n.takenCourse80(t)
	}
	if len(c) > 10 {
		return 0
	}
	switch c[len(c)-1] {
	case 'X', 'x', 'v':
		if r, ok := names80[c]; ok {
			n.by("name")
			n.emitPhrase(t.raw, strings.Fields(r)...)
			return 1
		}
	case 't', 'a', 'e':
		if len(c) <= 4 && (c0 == 'g' || c0 == 'm' || c0 == 'l') {
			if r, ok := tests80[c]; ok {
				n.by("acronym")
				n.emitLettersOrWords(t.raw, strings.Fields(r))
				return 1
			}
		}
	}
	return 0
}

// names80 are TeX, its family and the preprint servers, as written, with what they are said
// as: TeX's makers' names said as words (tex, latex; they were split at the capitals, te x) and
// the servers' -rXiv as archive, as their makers say it. "latex" in lower case is the word.
var names80 = map[string]string{
	"TeX": "tex", "LaTeX": "latex", "BibTeX": "bib tex", "bibtex": "bib tex",
	"BibLaTeX": "bib latex", "biblatex": "bib latex", "pdfLaTeX": "p d f latex", "pdflatex": "p d f latex",
	"pdfTeX": "p d f tex", "pdftex": "p d f tex", "XeLaTeX": "zee latex", "xelatex": "zee latex",
	"XeTeX": "zee tex", "xetex": "zee tex", "LuaLaTeX": "lua latex", "lualatex": "lua latex",
	"LuaTeX": "lua tex", "luatex": "lua tex", "MacTeX": "mac tex", "AMS-TeX": "a m s tex",
	"arXiv": "archive", "ArXiv": "archive", "arxiv": "archive", "ARXIV": "archive",
	"bioRxiv": "bio archive", "biorxiv": "bio archive", "BioRxiv": "bio archive",
	"medRxiv": "med archive", "medrxiv": "med archive", "MedRxiv": "med archive",
	"ChemRxiv": "chem archive", "chemRxiv": "chem archive", "chemrxiv": "chem archive",
	"PsyArXiv": "psy archive", "SocArXiv": "soc archive", "EarthArXiv": "earth archive",
}

// hosts80 are the preprint servers' first labels in a host, said as their names are.
var hosts80 = map[string]string{
	"arxiv": "archive", "biorxiv": "bio archive", "medrxiv": "med archive", "chemrxiv": "chem archive",
}

// tests80 are admission tests and the grade point average written in lower case in a forum,
// read as in capitals (GPA g p a, MCAT m cat): they were read as words, gre and mcat.
var tests80 = map[string]string{
	"gpa": "g p a", "gre": "g r e", "mcat": "m cat", "lsat": "l sat", "gmat": "g mat",
}

// idWords80 are the code words a registrar writes before an identifier: a course reference
// number and a university ID number (UIN).
var idWords80 = setOf("CRN CRNs crn UIN UINs")

// awardWords80 before a number make it an award's or a grant's number.
var awardWords80 = setOf("award grant")

// awardNext80 are the words that may follow an award's number (its funder, a list, a verb);
// a noun after the number makes it a count ("grant 125437 visas").
var awardNext80 = setOf("from to and or is was for under by with in which that funded supported supports")

// modals80 before "award" or "grant" make it a verb: "will award 1234567".
var modals80 = setOf("will would to can could may might must shall should")

// identifier80 reads digits after a registrar's code word (CRN, UIN), or in a list after one
// ("CRNs 40318, 40322 and 40330"), and an award's or a grant's number of six to eight digits
// ("NSF grant 1942153"), digit by digit as an identifier after a code word is (they were
// counts). A round number after "award" or "grant", or one before a noun, stays a count.
func (n *normalizer) identifier80(t *token) int {
	p := n.peek(-1)
	if p == nil || p.pre != "" {
		return 0
	}
	if len(t.core) <= 8 && len(t.core) >= 6 && p.post == "" && awardWords80[p.lower()] {
		if strings.HasSuffix(t.core, "00") {
			return 0
		}
		if pp := n.peek(-2); pp != nil && modals80[pp.lower()] {
			return 0
		}
		if next := n.peek(1); t.post == "" && next != nil && !awardNext80[next.lower()] {
			return 0
		}
		n.by("code digits")
		n.emit(t.raw, appendDigitNames(nil, t.core, false)...)
		return 1
	}
	for k := -1; k >= -8; k-- {
		p := n.peek(k)
		if p == nil || p.pre != "" {
			return 0
		}
		if idWords80[p.core] {
			if p.post != "" && p.post != ":" {
				return 0
			}
			break
		}
		switch {
		case len(p.core) >= 5 && allDigits(p.core) && (p.post == "," || k < -1 && p.post == ""):
		case p.post == "" && (p.core == "and" || p.core == "or" || p.core == "&"):
		default:
			return 0
		}
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, t.core, false)...)
	return 1
}

// takeVerbs80 are a student's verbs of taking a course.
var takeVerbs80 = setOf("take took taking taken takes retake retook retaking drop dropped dropping failed fail failing passed")

// courseNext80 may follow a course's number: a preposition, a conjunction, a time.
var courseNext80 = setOf("with w/ w and or this next last in over before after at from instead but so because online again")

// classWords80 make a sentence one about classes.
var classWords80 = setOf("prof prof's professor professors class classes course courses semester quarter syllabus midterm midterms lecture lectures credits instructor section major prereq gpa")

// takenCourse80 reads three or four digits after a student's verb of taking a course, in a
// sentence about classes, as a course's number in pairs, as after a subject's name: "anyone
// taken 2210 with Smith?" twenty two ten, "I failed 121 last semester" one twenty one, "took
// 101 and 102" (they were counts). A noun after the number makes it a count ("took 150
// photos"), and a year of the 2000s stays.
func (n *normalizer) takenCourse80(t *token) int {
	p := n.peek(-1)
	if p == nil || p.post != "" || t.pre != "" || len(p.core) < 2 {
		return 0
	}
	switch p.core[0] | 0x20 { // the first letters of takeVerbs80, and of "and" and "or"
	case 't', 'r', 'd', 'f', 'p', 'a', 'o':
	default:
		return 0
	}
	if !takeVerbs80[p.lower()] {
		if p.core != "and" && p.core != "or" {
			return 0
		}
		q, v := n.peek(-2), n.peek(-3)
		if q == nil || v == nil || q.post != "" || v.post != "" || len(q.core) != len(t.core) || !allDigits(q.core) || !takeVerbs80[v.lower()] {
			return 0
		}
	}
	if t.post == "" {
		next := n.peek(1)
		if next != nil && !courseNext80[next.lower()] {
			return 0
		}
	}
	if v := atoiSmall(t.core); v >= 1900 && v <= 2099 {
		return 0
	}
	if !n.sentenceHas(classWords80) {
		return 0
	}
	n.by("course number")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return 1
}

// conferenceSites80 are conferences whose sites end in .cc, named by their initials.
var conferenceSites80 = setOf("icml iclr neurips nips aistats corl mlsys automl")

// ccHost80 reports a host ending in .cc (host, without its path) as a web address where a path
// follows it (hasPath) or its last label before .cc names a conference: "icml.cc",
// "iclr.cc/Conferences/2025" (they were read as a C++ file's name, icml dot c c, with a year
// in the path a count). A file's name stays ("lexer.cc").
func ccHost80(host string, hasPath bool) bool {
	if len(host) < 5 || !strings.EqualFold(host[len(host)-3:], ".cc") {
		return false
	}
	if hasPath {
		return true
	}
	label := strings.ToLower(host[:len(host)-3])
	if i := strings.LastIndexByte(label, '.'); i >= 0 {
		label = label[i+1:]
	}
	return conferenceSites80[label]
}

// uPlaces80 are the clipped names of places a university's host writes after its u (umich,
// umass, uconn, upenn, udel, uark, uwyo) and short names the lexicon might not hold.
var uPlaces80 = setOf("mich mass conn penn del ark wyo iowa")

// r80HostLabel reads a host's label (lp, lower case) that round eighty knows: a preprint
// server's name (arxiv.org archive dot org) or, in a host ending in .edu, a university's u and
// its place's name or clipped name (umich.edu u mich, uchicago.edu u chicago; they were one
// word). A label the lexicon knows as a word (unity, utah) stays. It returns the words, a
// one-letter word to be spelled, or nil.
func (n *normalizer) r80HostLabel(lp, host string) []string {
	if len(lp) < 5 || len(lp) > 10 {
		return nil
	}
	if lp[0] != 'u' {
		if lp[len(lp)-1] == 'v' {
			if r, ok := hosts80[lp]; ok {
				return strings.Fields(r)
			}
		}
		return nil
	}
	if len(host) < 9 || !strings.EqualFold(host[len(host)-4:], ".edu") || !isLetterWord(lp) {
		return nil
	}
	isWord := n.opts.IsWord
	if isWord == nil || isWord(lp) {
		return nil
	}
	rest := lp[1:]
	if !uPlaces80[rest] && (len(rest) < 5 || !isWord(rest)) {
		return nil
	}
	return []string{"u", rest}
}
