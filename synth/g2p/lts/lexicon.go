package lts

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/chorus-tts/chorus/synth/phone"
)

// Entry is one lexicon entry: a headword, its part-of-speech tag and its pronunciation.
type Entry struct {
	Word string
	POS  string
	Pron phone.Pron
}

// ErrSyntax reports a malformed lexicon line.
var ErrSyntax = errors.New("lts: lexicon syntax error")

// maxLexiconLine bounds one lexicon line; real entries are under 200 bytes.
const maxLexiconLine = 4096

// ParseLexicon reads a lexicon in Festival's compiled-lexicon text form (the format of
// cmudict-0.4.out): an optional "MNCL" first line, then one entry per line such as
// ("hello" nil (((hh ax) 0) ((l ow) 1))). Blank lines are skipped. Phones are ARPAbet in
// either case; "ax" is the reduced vowel AX, distinct from AH. Stress is the syllable's digit.
func ParseLexicon(r io.Reader) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 512), maxLexiconLine)
	var out []Entry
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || (line == 1 && s == "MNCL") {
			continue
		}
		e, err := ParseEntry(s)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lts: reading lexicon (line %d): %w", line+1, err)
	}
	return out, nil
}

// ParseEntry parses one compiled-lexicon entry such as ("a" dt (((ax) 0))).
func ParseEntry(s string) (Entry, error) {
	p := sexpParser{s: s}
	v, err := p.parse()
	if err != nil {
		return Entry{}, err
	}
	if p.skipSpace(); p.i != len(p.s) {
		return Entry{}, fmt.Errorf("%w: trailing text after entry", ErrSyntax)
	}
	top, ok := v.([]any)
	if !ok || len(top) != 3 {
		return Entry{}, fmt.Errorf("%w: entry must be a list of three items", ErrSyntax)
	}
	word, ok := top[0].(quoted)
	if !ok || word == "" {
		return Entry{}, fmt.Errorf("%w: headword must be a non-empty quoted string", ErrSyntax)
	}
	pos, ok := top[1].(string)
	if !ok {
		return Entry{}, fmt.Errorf("%w: part of speech must be an atom", ErrSyntax)
	}
	syls, ok := top[2].([]any)
	if !ok || len(syls) == 0 {
		return Entry{}, fmt.Errorf("%w: %q: syllable list missing or empty", ErrSyntax, word)
	}
	pron := make(phone.Pron, 0, len(syls))
	for _, sv := range syls {
		syl, ok := sv.([]any)
		if !ok || len(syl) != 2 {
			return Entry{}, fmt.Errorf("%w: %q: syllable must be ((phones) stress)", ErrSyntax, word)
		}
		phs, ok := syl[0].([]any)
		if !ok || len(phs) == 0 {
			return Entry{}, fmt.Errorf("%w: %q: empty syllable", ErrSyntax, word)
		}
		st, ok := syl[1].(string)
		if !ok || len(st) != 1 || st[0] < '0' || st[0] > '2' {
			return Entry{}, fmt.Errorf("%w: %q: stress must be 0, 1 or 2", ErrSyntax, word)
		}
		out := phone.Syllable{Stress: st[0] - '0', Phones: make([]phone.Phone, 0, len(phs))}
		for _, pv := range phs {
			name, ok := pv.(string)
			if !ok {
				return Entry{}, fmt.Errorf("%w: %q: phone must be an atom", ErrSyntax, word)
			}
			ph, digit, err := phone.Parse(name)
			if err != nil || digit >= 0 || ph == phone.Sil {
				return Entry{}, fmt.Errorf("%w: %q: bad phone %q", ErrSyntax, word, name)
			}
			out.Phones = append(out.Phones, ph)
		}
		pron = append(pron, out)
	}
	return Entry{Word: string(word), POS: pos, Pron: pron}, nil
}

// quoted is a string literal, kept apart from bare atoms.
type quoted string

// sexpParser reads the small s-expression subset used by the lexicon: lists, atoms and
// double-quoted strings without escapes. Nesting is bounded.
type sexpParser struct {
	s     string
	i     int
	depth int
}

const maxSexpDepth = 8

func (p *sexpParser) skipSpace() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *sexpParser) parse() (any, error) {
	p.skipSpace()
	if p.i >= len(p.s) {
		return nil, fmt.Errorf("%w: unexpected end of line", ErrSyntax)
	}
	switch c := p.s[p.i]; c {
	case '(':
		p.depth++
		if p.depth > maxSexpDepth {
			return nil, fmt.Errorf("%w: lists nested too deeply", ErrSyntax)
		}
		p.i++
		var list []any
		for {
			p.skipSpace()
			if p.i >= len(p.s) {
				return nil, fmt.Errorf("%w: unclosed list", ErrSyntax)
			}
			if p.s[p.i] == ')' {
				p.i++
				p.depth--
				if list == nil {
					list = []any{}
				}
				return list, nil
			}
			v, err := p.parse()
			if err != nil {
				return nil, err
			}
			list = append(list, v)
		}
	case ')':
		return nil, fmt.Errorf("%w: unexpected ')'", ErrSyntax)
	case '"':
		end := strings.IndexByte(p.s[p.i+1:], '"')
		if end < 0 {
			return nil, fmt.Errorf("%w: unterminated string", ErrSyntax)
		}
		v := p.s[p.i+1 : p.i+1+end]
		p.i += end + 2
		return quoted(v), nil
	default:
		start := p.i
		for p.i < len(p.s) {
			c := p.s[p.i]
			if c == ' ' || c == '\t' || c == '\r' || c == '(' || c == ')' || c == '"' {
				break
			}
			p.i++
		}
		return p.s[start:p.i], nil
	}
}
