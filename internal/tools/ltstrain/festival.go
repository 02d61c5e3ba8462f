package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/chorus-tts/chorus/synth/phone"
)

// Festival's CART letter-to-sound trees (cmu_lts_rules.scm), read only to compare accuracy.
// A tree is a leaf (((CLASS PROB) ... BEST)) or a question ((FEATURE is VALUE) YES NO), with
// FEATURE one of p.name, p.p.name, p.p.p.name, n.name, n.n.name, n.n.n.name.

type festNode struct {
	leaf    bool
	best    string
	offset  int
	value   string
	yes, no *festNode
}

type festivalModel struct {
	trees map[byte]*festNode
}

// sexp is an atom (string) or a list ([]sexp).
type sexp = any

const maxFestDepth = 10000

// parseSexps reads every top-level s-expression in src (";" starts a comment; "'" is ignored).
func parseSexps(src string) ([]sexp, error) {
	var stack [][]sexp
	var top []sexp
	push := func(v sexp) {
		if len(stack) == 0 {
			top = append(top, v)
		} else {
			stack[len(stack)-1] = append(stack[len(stack)-1], v)
		}
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ';':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\'':
			i++
		case c == '(':
			if len(stack) >= maxFestDepth {
				return nil, errors.New("festival rules: nested too deeply")
			}
			stack = append(stack, []sexp{})
			i++
		case c == ')':
			if len(stack) == 0 {
				return nil, errors.New("festival rules: unbalanced ')'")
			}
			l := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			push(l)
			i++
		case c == '"':
			end := strings.IndexByte(src[i+1:], '"')
			if end < 0 {
				return nil, errors.New("festival rules: unterminated string")
			}
			push(src[i+1 : i+1+end])
			i += end + 2
		default:
			j := i
			for j < len(src) && !strings.ContainsRune(" \t\n\r()\";", rune(src[j])) {
				j++
			}
			push(src[i:j])
			i = j
		}
	}
	if len(stack) != 0 {
		return nil, errors.New("festival rules: unclosed list")
	}
	return top, nil
}

var festFeatures = map[string]int{
	"p.name": -1, "p.p.name": -2, "p.p.p.name": -3, "n.name": 1, "n.n.name": 2, "n.n.n.name": 3,
}

func festTree(v sexp, depth int) (*festNode, error) {
	if depth > maxFestDepth {
		return nil, errors.New("festival rules: tree too deep")
	}
	l, ok := v.([]sexp)
	if !ok || len(l) == 0 {
		return nil, errors.New("festival rules: tree node is not a list")
	}
	if len(l) == 1 {
		// A leaf: (((CLASS PROB) ... BEST)).
		inner, ok := l[0].([]sexp)
		if !ok || len(inner) == 0 {
			return nil, errors.New("festival rules: malformed leaf")
		}
		best, ok := inner[len(inner)-1].(string)
		if !ok {
			return nil, errors.New("festival rules: leaf without a best class")
		}
		return &festNode{leaf: true, best: best}, nil
	}
	q, ok := l[0].([]sexp)
	if len(l) != 3 || !ok || len(q) != 3 {
		return nil, errors.New("festival rules: malformed question node")
	}
	feat, _ := q[0].(string)
	op, _ := q[1].(string)
	val, _ := q[2].(string)
	off, ok := festFeatures[feat]
	if !ok || op != "is" {
		return nil, fmt.Errorf("festival rules: unsupported question %v", q)
	}
	yes, err := festTree(l[1], depth+1)
	if err != nil {
		return nil, err
	}
	no, err := festTree(l[2], depth+1)
	if err != nil {
		return nil, err
	}
	return &festNode{offset: off, value: val, yes: yes, no: no}, nil
}

func parseFestival(src string) (*festivalModel, error) {
	forms, err := parseSexps(src)
	if err != nil {
		return nil, err
	}
	for _, f := range forms {
		l, ok := f.([]sexp)
		if !ok || len(l) != 3 || l[0] != "set!" {
			continue
		}
		rules, ok := l[2].([]sexp)
		if !ok {
			continue
		}
		m := &festivalModel{trees: map[byte]*festNode{}}
		for _, r := range rules {
			pair, ok := r.([]sexp)
			if !ok || len(pair) != 2 {
				return nil, errors.New("festival rules: bad (letter tree) pair")
			}
			letter, ok := pair[0].(string)
			if !ok || len(letter) != 1 {
				return nil, errors.New("festival rules: bad letter key")
			}
			t, err := festTree(pair[1], 0)
			if err != nil {
				return nil, fmt.Errorf("letter %s: %w", letter, err)
			}
			m.trees[letter[0]] = t
		}
		return m, nil
	}
	return nil, errors.New("festival rules: no (set! NAME '(...)) form found")
}

func loadFestival(path string) (*festivalModel, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseFestival(string(b))
}

// Predict runs Festival's algorithm: no stress repair, vowels stressed where the class says 1.
func (m *festivalModel) Predict(word string) phone.Pron {
	w := strings.ToLower(word)
	padded := "#" + w + "#"
	var phones []phone.Phone
	var stress []uint8
	for i := 1; i+1 < len(padded); i++ {
		t := m.trees[padded[i]]
		for t != nil && !t.leaf {
			j := i + t.offset
			v := "0"
			if j >= 0 && j < len(padded) {
				v = padded[j : j+1]
			}
			if v == t.value {
				t = t.yes
			} else {
				t = t.no
			}
		}
		if t == nil || t.best == "_epsilon_" {
			continue
		}
		for _, part := range strings.Split(t.best, "-") {
			p, st, err := phone.Parse(part)
			if err != nil {
				continue
			}
			phones = append(phones, p)
			stress = append(stress, uint8(max(st, 0)))
		}
	}
	if len(phones) == 0 {
		return nil
	}
	return phone.Syllabify(phones, stress)
}
