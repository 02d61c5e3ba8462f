package main

import (
	"fmt"
	"regexp"
	"strings"
)

// Value is a Scheme datum as the reader gives it: an atom (symbol, number or string) or a list.
type Value struct {
	List   []Value // a list (possibly empty) when IsList
	IsList bool
	Atom   string // the atom's text (a string's contents, without quotes)
	Kind   AtomKind
	Line   int // where it starts, for error messages
}

// AtomKind says what an atom is.
type AtomKind uint8

// The kinds of atom.
const (
	Symbol AtomKind = iota
	Number
	String
)

func (v Value) String() string {
	if !v.IsList {
		if v.Kind == String {
			return fmt.Sprintf("%q", v.Atom)
		}
		return v.Atom
	}
	parts := make([]string, len(v.List))
	for i, x := range v.List {
		parts[i] = x.String()
	}
	return "(" + strings.Join(parts, " ") + ")"
}

// number is how SIOD decides an atom is a number.
var number = regexp.MustCompile(`^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$`)

// maxNesting bounds list nesting (Festival's deepest tree nests about 60 lists).
const maxNesting = 10000

// Read parses every datum in src: lists in parentheses, 'x as (quote x), strings in double
// quotes with backslash escapes, ; comments to the end of the line, and atoms (any other run of
// characters up to white space, a parenthesis, a quote or a semicolon).
func Read(src string) ([]Value, error) {
	p := &parser{src: src, line: 1}
	var out []Value
	for {
		p.skip()
		if p.i >= len(p.src) {
			return out, nil
		}
		v, err := p.datum(0)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
}

type parser struct {
	src  string
	i    int
	line int
}

func (p *parser) errorf(format string, a ...any) error {
	return fmt.Errorf("line %d: %s", p.line, fmt.Sprintf(format, a...))
}

// skip passes white space and comments.
func (p *parser) skip() {
	for p.i < len(p.src) {
		switch c := p.src[p.i]; {
		case c == '\n':
			p.line++
			p.i++
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			p.i++
		case c == ';':
			for p.i < len(p.src) && p.src[p.i] != '\n' {
				p.i++
			}
		default:
			return
		}
	}
}

func (p *parser) datum(depth int) (Value, error) {
	if depth > maxNesting {
		return Value{}, p.errorf("lists nested deeper than %d", maxNesting)
	}
	p.skip()
	if p.i >= len(p.src) {
		return Value{}, p.errorf("unexpected end of input")
	}
	line := p.line
	switch c := p.src[p.i]; c {
	case '(':
		p.i++
		v := Value{IsList: true, List: []Value{}, Line: line}
		for {
			p.skip()
			if p.i >= len(p.src) {
				return Value{}, fmt.Errorf("line %d: list not closed", line)
			}
			if p.src[p.i] == ')' {
				p.i++
				return v, nil
			}
			x, err := p.datum(depth + 1)
			if err != nil {
				return Value{}, err
			}
			v.List = append(v.List, x)
		}
	case ')':
		return Value{}, p.errorf("unexpected )")
	case '\'':
		p.i++
		x, err := p.datum(depth + 1)
		if err != nil {
			return Value{}, err
		}
		return Value{IsList: true, List: []Value{{Atom: "quote", Line: line}, x}, Line: line}, nil
	case '"':
		p.i++
		var b strings.Builder
		for {
			if p.i >= len(p.src) {
				return Value{}, fmt.Errorf("line %d: string not closed", line)
			}
			c := p.src[p.i]
			p.i++
			switch c {
			case '"':
				return Value{Atom: b.String(), Kind: String, Line: line}, nil
			case '\\':
				if p.i >= len(p.src) {
					return Value{}, fmt.Errorf("line %d: string not closed", line)
				}
				e := p.src[p.i]
				p.i++
				switch e {
				case 'n':
					b.WriteByte('\n')
				case 't':
					b.WriteByte('\t')
				default:
					b.WriteByte(e)
				}
			case '\n':
				p.line++
				b.WriteByte(c)
			default:
				b.WriteByte(c)
			}
		}
	default:
		start := p.i
		for p.i < len(p.src) && !strings.ContainsRune(" \t\r\n\f\v()';\"", rune(p.src[p.i])) {
			p.i++
		}
		a := p.src[start:p.i]
		kind := Symbol
		if number.MatchString(a) {
			kind = Number
		}
		return Value{Atom: a, Kind: kind, Line: line}, nil
	}
}

// unquote strips a (quote x) wrapper.
func unquote(v Value) Value {
	if v.IsList && len(v.List) == 2 && !v.List[0].IsList && v.List[0].Atom == "quote" && v.List[0].Kind == Symbol {
		return v.List[1]
	}
	return v
}

// collect walks forms depth first (inside function bodies too) and returns, unquoted, the value
// of every list for which match reports one; it does not look inside a list that matched.
func collect(forms []Value, match func(l []Value) (Value, bool)) []Value {
	var found []Value
	var walk func(v Value)
	walk = func(v Value) {
		if !v.IsList {
			return
		}
		if x, ok := match(v.List); ok {
			found = append(found, unquote(x))
			return
		}
		for _, x := range v.List {
			walk(x)
		}
	}
	for _, f := range forms {
		walk(f)
	}
	return found
}

// setOf matches (OP name VALUE ...) for one of ops, giving VALUE; n is the list's exact length,
// or 0 for any length of 3 or more.
func setOf(name string, n int, ops ...string) func(l []Value) (Value, bool) {
	return func(l []Value) (Value, bool) {
		if len(l) < 3 || (n > 0 && len(l) != n) || l[0].IsList || l[1].IsList || l[1].Atom != name {
			return Value{}, false
		}
		for _, op := range ops {
			if l[0].Atom == op {
				return l[2], true
			}
		}
		return Value{}, false
	}
}

// findSet finds the value given to name by (set! name VALUE) or (defvar name VALUE ...)
// anywhere in forms (inside function bodies too), unquoted. It is an error if name is set more
// than once with different values or not at all.
func findSet(forms []Value, name string) (Value, error) {
	found := collect(forms, setOf(name, 0, "set!", "defvar"))
	if len(found) == 0 {
		return Value{}, fmt.Errorf("%s is not set", name)
	}
	for _, f := range found[1:] {
		if f.String() != found[0].String() {
			return Value{}, fmt.Errorf("%s is set to different values (lines %d and %d)", name, found[0].Line, f.Line)
		}
	}
	return found[0], nil
}

// findParameter finds (Parameter.set 'name VALUE) anywhere in forms.
func findParameter(forms []Value, name string) (Value, error) {
	found := collect(forms, func(l []Value) (Value, bool) {
		if len(l) == 3 && !l[0].IsList && l[0].Atom == "Parameter.set" {
			if k := unquote(l[1]); !k.IsList && k.Atom == name {
				return l[2], true
			}
		}
		return Value{}, false
	})
	if len(found) != 1 {
		return Value{}, fmt.Errorf("Parameter %s set %d times, want once", name, len(found))
	}
	return found[0], nil
}
