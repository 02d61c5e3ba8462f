// Command lexgen converts Festival's compiled CMU lexicon (cmudict-0.4.out, as shipped by Debian's
// festlex-cmu package) into Chorus's compact lexicon format (package synth/g2p/lexfile).
//
// Usage:
//
//	go run ./internal/tools/lexgen -in cmudict-0.4.out -out synth/g2p/data/cmudict.bin
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"

	"github.com/chorus-tts/chorus/synth/g2p/lexfile"
	"github.com/chorus-tts/chorus/synth/phone"
)

// notice is stored in the data file's header (licence condition: modifications clearly marked).
const notice = `Chorus pronunciation lexicon. Converted by the Chorus project from Debian festlex-cmu 2.4-2
(cmudict-0.4.out, "cmulex 2.0 (from 0.4) July 2008", Centre for Speech Technology Research,
University of Edinburgh, Copyright (c) 1996,1997; derived from CMUdict 0.4, Carnegie Mellon
University). Modifications by Chorus: re-encoded into a binary format (lower-cased headwords,
front-coded; phones as 6-bit symbols with syllable and stress marks); entry content unchanged.
See LICENSES/festlex-cmu.txt and LICENSES/cmudict.txt for the licences.`

func main() {
	in := flag.String("in", "", "Festival compiled lexicon (cmudict-0.4.out)")
	out := flag.String("out", "", "output file")
	block := flag.Int("block", 16, "entries per index block")
	flag.Parse()
	if *in == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: lexgen -in cmudict-0.4.out -out cmudict.bin")
		os.Exit(2)
	}
	if err := run(*in, *out, *block); err != nil {
		slog.Error("lexgen failed", "err", err)
		os.Exit(1)
	}
}

func run(in, out string, block int) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	entries, err := parse(f)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	data, err := lexfile.Encode(entries, notice, block)
	if err != nil {
		return err
	}
	if err := verify(data, entries); err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	slog.Info("lexicon written", "entries", len(entries), "bytes", len(data))
	return nil
}

// verify decodes data and checks that it holds exactly entries, in sorted order.
func verify(data []byte, entries []lexfile.Entry) error {
	want := append([]lexfile.Entry(nil), entries...)
	sort.SliceStable(want, func(i, j int) bool { return want[i].Word < want[j].Word })
	r, err := lexfile.Open(data)
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	i := 0
	var bad error
	err = r.All(func(e lexfile.Entry) bool {
		if i >= len(want) {
			bad = fmt.Errorf("verify: extra entry %q", e.Word)
			return false
		}
		w := want[i]
		if e.Word != w.Word || e.POS != w.POS || e.Pron.String() != w.Pron.String() || !sameSyllables(e.Pron, w.Pron) {
			bad = fmt.Errorf("verify: entry %d: got %q %q %v, want %q %q %v", i, e.Word, e.POS, e.Pron, w.Word, w.POS, w.Pron)
			return false
		}
		i++
		return true
	})
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	if bad != nil {
		return bad
	}
	if i != len(want) {
		return fmt.Errorf("verify: decoded %d of %d entries", i, len(want))
	}
	return nil
}

func sameSyllables(a, b phone.Pron) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if len(a[k].Phones) != len(b[k].Phones) || a[k].Stress != b[k].Stress {
			return false
		}
	}
	return true
}

// parse reads a Festival compiled lexicon: a "MNCL" line, then one entry per line,
// ("word" pos (((ph ...) stress) ...)).
func parse(r io.Reader) ([]lexfile.Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var out []lexfile.Entry
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" {
			continue
		}
		if line == 1 {
			if s != "MNCL" {
				return nil, errors.New("not a compiled Festival lexicon (no MNCL line)")
			}
			continue
		}
		e, err := parseEntry(s)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errors.New("no entries")
	}
	return out, nil
}

// sexp is a parsed S-expression: an atom (list == nil) or a list.
type sexp struct {
	atom string
	list []sexp
	isL  bool
}

func parseEntry(s string) (lexfile.Entry, error) {
	toks := tokenize(s)
	x, rest, err := parseSexp(toks)
	if err != nil {
		return lexfile.Entry{}, err
	}
	if len(rest) != 0 {
		return lexfile.Entry{}, errors.New("trailing tokens")
	}
	if !x.isL || len(x.list) != 3 || x.list[0].isL || x.list[1].isL || !x.list[2].isL {
		return lexfile.Entry{}, errors.New("entry is not (\"word\" pos (syllables))")
	}
	word := strings.ToLower(strings.Trim(x.list[0].atom, `"`))
	pos := x.list[1].atom
	if pos == "nil" {
		pos = ""
	}
	var pr phone.Pron
	for _, sy := range x.list[2].list {
		if !sy.isL || len(sy.list) != 2 || !sy.list[0].isL || sy.list[1].isL {
			return lexfile.Entry{}, errors.New("syllable is not ((phones) stress)")
		}
		var syl phone.Syllable
		switch sy.list[1].atom {
		case "0":
		case "1":
			syl.Stress = phone.Primary
		default:
			return lexfile.Entry{}, fmt.Errorf("stress %q", sy.list[1].atom)
		}
		for _, p := range sy.list[0].list {
			if p.isL {
				return lexfile.Entry{}, errors.New("nested phone list")
			}
			ph, st, err := phone.Parse(p.atom)
			if err != nil || st >= 0 || ph == phone.Sil {
				return lexfile.Entry{}, fmt.Errorf("phone %q", p.atom)
			}
			syl.Phones = append(syl.Phones, ph)
		}
		pr = append(pr, syl)
	}
	return lexfile.Entry{Word: word, POS: pos, Pron: pr}, nil
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '(' || c == ')':
			toks = append(toks, s[i:i+1])
			i++
		case c == ' ' || c == '\t':
			i++
		case c == '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				toks = append(toks, s[i:])
				return toks
			}
			toks = append(toks, s[i:i+j+2])
			i += j + 2
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(`() "`+"\t", rune(s[j])) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return toks
}

func parseSexp(toks []string) (sexp, []string, error) {
	if len(toks) == 0 {
		return sexp{}, nil, errors.New("unexpected end")
	}
	switch toks[0] {
	case ")":
		return sexp{}, nil, errors.New("unexpected )")
	case "(":
		l := sexp{isL: true}
		toks = toks[1:]
		for {
			if len(toks) == 0 {
				return sexp{}, nil, errors.New("unclosed (")
			}
			if toks[0] == ")" {
				return l, toks[1:], nil
			}
			var c sexp
			var err error
			c, toks, err = parseSexp(toks)
			if err != nil {
				return sexp{}, nil, err
			}
			l.list = append(l.list, c)
		}
	}
	return sexp{atom: toks[0]}, toks[1:], nil
}
