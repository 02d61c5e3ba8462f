// Package auth holds the bearer tokens a server accepts: read from a file of NAME:TOKEN lines,
// checked in constant time, and replaced as a whole when the file is read again.
package auth

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
)

// Limits of a token file.
const (
	// MinTokenLen is the shortest token accepted: 16 characters. A random token of 32 hex digits
	// (openssl rand -hex 16) or more is what the docs recommend.
	MinTokenLen = 16
	// MaxTokenLen bounds one token, well inside what an HTTP/2 header carries.
	MaxTokenLen = 4096
	// MaxNameLen bounds a client's name, which appears in logs.
	MaxNameLen = 64
	// MaxFileBytes bounds a token file.
	MaxFileBytes = 4 << 20
)

// Set is an immutable set of named tokens. Only a hash of each token is kept.
type Set struct {
	names  []string
	hashes [][sha256.Size]byte
}

// Len is the number of tokens in the set.
func (s *Set) Len() int { return len(s.names) }

// Names lists the clients' names in file order.
func (s *Set) Names() []string { return append([]string(nil), s.names...) }

// Lookup returns the name of the client whose token is token. Its running time does not depend
// on which token matches, how much of it matches, or whether one does: every stored hash is
// compared in full with the hash of token.
func (s *Set) Lookup(token string) (name string, ok bool) {
	h := sha256.Sum256([]byte(token))
	found := -1
	for i := range s.hashes {
		if subtle.ConstantTimeCompare(h[:], s.hashes[i][:]) == 1 {
			found = i
		}
	}
	if found < 0 {
		return "", false
	}
	return s.names[found], true
}

// Parse reads a token file: one client per line as NAME:TOKEN; blank lines and lines whose first
// non-blank character is '#' are ignored. A name is 1–64 of A–Z a–z 0–9 . _ @ -; a token is
// 16–4096 visible ASCII characters (no spaces), its surrounding blanks ignored. Names and tokens
// must be unique. Errors name the line, never the token.
func Parse(r io.Reader) (*Set, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileBytes {
		return nil, fmt.Errorf("more than %d bytes: a token file holds names and tokens only", MaxFileBytes)
	}
	s := &Set{}
	names := map[string]int{}
	tokens := map[[sha256.Size]byte]int{}
	for i, raw := range strings.Split(string(b), "\n") {
		line := i + 1
		text := strings.TrimSpace(raw)
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		name, token, found := strings.Cut(text, ":")
		if !found {
			return nil, fmt.Errorf("line %d: expected NAME:TOKEN", line)
		}
		name, token = strings.TrimSpace(name), strings.TrimSpace(token)
		if err := checkName(name); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if err := checkToken(token); err != nil {
			return nil, fmt.Errorf("line %d (%s): %w", line, name, err)
		}
		if prev, dup := names[name]; dup {
			return nil, fmt.Errorf("line %d: name %s is already used on line %d", line, name, prev)
		}
		h := sha256.Sum256([]byte(token))
		if prev, dup := tokens[h]; dup {
			return nil, fmt.Errorf("line %d (%s): the same token as line %d: give every client its own", line, name, prev)
		}
		names[name], tokens[h] = line, line
		s.names = append(s.names, name)
		s.hashes = append(s.hashes, h)
	}
	if len(s.names) == 0 {
		return nil, errors.New("no tokens: add a line NAME:TOKEN per client")
	}
	return s, nil
}

func checkName(name string) error {
	if name == "" {
		return errors.New("empty name: expected NAME:TOKEN")
	}
	if len(name) > MaxNameLen {
		return fmt.Errorf("name longer than %d characters", MaxNameLen)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '@' || c == '-') {
			return errors.New("the name has a character other than letters, digits and . _ @ -")
		}
	}
	return nil
}

func checkToken(token string) error {
	switch {
	case len(token) < MinTokenLen:
		return fmt.Errorf("token shorter than %d characters: use a random one, e.g. openssl rand -hex 32", MinTokenLen)
	case len(token) > MaxTokenLen:
		return fmt.Errorf("token longer than %d characters", MaxTokenLen)
	}
	for i := 0; i < len(token); i++ {
		if c := token[i]; c <= ' ' || c > '~' {
			return errors.New("token has a character other than visible ASCII (no spaces)")
		}
	}
	return nil
}

// Store is the token set of one file, replaced as a whole by Reload. It is safe for concurrent
// use.
type Store struct {
	path string
	cur  atomic.Pointer[Set]
	sum  atomic.Pointer[[sha256.Size]byte]
}

// Open reads the token file at path.
func Open(path string) (*Store, error) {
	st := &Store{path: path}
	if _, err := st.Reload(); err != nil {
		return nil, err
	}
	return st, nil
}

// Path is the file the store reads.
func (st *Store) Path() string { return st.path }

// Reload reads the file again. If the file cannot be read or is not valid, the tokens in force
// stay and the error says why. changed reports whether the file's content differed from the
// last one loaded.
func (st *Store) Reload() (changed bool, err error) {
	b, err := readLimited(st.path)
	if err != nil {
		return false, err
	}
	sum := sha256.Sum256(b)
	if old := st.sum.Load(); old != nil && *old == sum {
		return false, nil
	}
	set, err := Parse(bytes.NewReader(b))
	if err != nil {
		return false, fmt.Errorf("%s: %w", st.path, err)
	}
	st.cur.Store(set)
	st.sum.Store(&sum)
	return true, nil
}

// Set returns the tokens in force.
func (st *Store) Set() *Set { return st.cur.Load() }

// Lookup returns the name of the client whose token is token (see Set.Lookup).
func (st *Store) Lookup(token string) (name string, ok bool) { return st.cur.Load().Lookup(token) }

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(b) > MaxFileBytes {
		return nil, fmt.Errorf("%s: more than %d bytes: a token file holds names and tokens only", path, MaxFileBytes)
	}
	return b, nil
}
