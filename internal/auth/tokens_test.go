package auth

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	tokA = "a3f1c9e07b2d4c58a3f1c9e07b2d4c58"
	tokB = "0f9e8d7c6b5a49382716051f2e3d4c5b"
)

func TestParseAndLookup(t *testing.T) {
	file := "# clients\n\n  alice:" + tokA + "  \r\n" + "svc.batch-1@x : " + tokB + "\n   # indented comment\n"
	s, err := Parse(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(s.Names(), ","); got != "alice,svc.batch-1@x" {
		t.Fatalf("names %q", got)
	}
	for _, tc := range []struct {
		token, name string
		ok          bool
	}{
		{tokA, "alice", true},
		{tokB, "svc.batch-1@x", true},
		{tokA[:len(tokA)-1], "", false}, // a prefix
		{tokA + "0", "", false},         // an extension
		{strings.ToUpper(tokA), "", false},
		{"", "", false},
		{" " + tokA, "", false}, // the server passes the token exactly as sent
	} {
		name, ok := s.Lookup(tc.token)
		if name != tc.name || ok != tc.ok {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tc.token, name, ok, tc.name, tc.ok)
		}
	}
}

func TestParseErrors(t *testing.T) {
	long := strings.Repeat("x", MaxTokenLen+1)
	for _, tc := range []struct {
		name, file string
		want       []string // substrings of the error
	}{
		{"empty file", "", []string{"no tokens"}},
		{"only comments", "# nothing\n\n", []string{"no tokens"}},
		{"no colon", "alice " + tokA + "\n", []string{"line 1", "NAME:TOKEN"}},
		{"empty name", ":" + tokA, []string{"line 1", "empty name"}},
		{"bad name", "al ice:" + tokA, []string{"line 1", "letters, digits"}},
		{"name too long", strings.Repeat("n", MaxNameLen+1) + ":" + tokA, []string{"line 1", "longer than 64"}},
		{"short token", "alice:short", []string{"line 1", "alice", "shorter than 16"}},
		{"empty token", "alice:", []string{"line 1", "shorter than 16"}},
		{"long token", "alice:" + long, []string{"line 1", "longer than 4096"}},
		{"space in token", "alice:" + tokA[:10] + " " + tokA[10:], []string{"line 1", "visible ASCII"}},
		{"non-ASCII token", "alice:" + tokA + "é", []string{"line 1", "visible ASCII"}},
		{"duplicate name", "alice:" + tokA + "\nalice:" + tokB, []string{"line 2", "line 1", "alice"}},
		{"duplicate token", "alice:" + tokA + "\nbob:" + tokA, []string{"line 2", "bob", "same token as line 1"}},
		{"too big", strings.Repeat("#\n", MaxFileBytes/2+1), []string{"more than"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.file))
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			// An error never shows a token, nor any part of one longer than a few characters.
			for _, tok := range []string{tokA, tokB, long} {
				if strings.Contains(err.Error(), tok[:8]) {
					t.Errorf("error %q shows a token", err)
				}
			}
		})
	}
}

func TestStoreReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tokens")
	write := func(s string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("alice:" + tokA + "\n")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if name, ok := st.Lookup(tokA); !ok || name != "alice" {
		t.Fatalf("Lookup = %q, %v", name, ok)
	}
	if changed, err := st.Reload(); err != nil || changed {
		t.Fatalf("reload of the same file: changed %v, %v", changed, err)
	}

	write("bob:" + tokB + "\n")
	if changed, err := st.Reload(); err != nil || !changed {
		t.Fatalf("reload of a new file: changed %v, %v", changed, err)
	}
	if _, ok := st.Lookup(tokA); ok {
		t.Error("a removed token still works")
	}
	if name, ok := st.Lookup(tokB); !ok || name != "bob" {
		t.Errorf("the new token: %q, %v", name, ok)
	}

	// A broken file keeps the tokens in force.
	write("bob " + tokB + "\n")
	if _, err := st.Reload(); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Fatalf("broken file: %v", err)
	}
	if name, ok := st.Lookup(tokB); !ok || name != "bob" {
		t.Errorf("after a failed reload: %q, %v", name, ok)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Reload(); err == nil {
		t.Fatal("reload of a missing file succeeded")
	}
	if _, ok := st.Lookup(tokB); !ok {
		t.Error("a missing file dropped the tokens in force")
	}
	if _, err := Open(path); err == nil {
		t.Error("Open of a missing file succeeded")
	}
}

// FuzzParse: any input either fails or gives a set whose names are valid, whose every token line
// looks up to its name, and which parses the same when written back.
func FuzzParse(f *testing.F) {
	f.Add("alice:" + tokA + "\nbob:" + tokB + "\n")
	f.Add("# c\n\n a : " + tokA + " \r\n")
	f.Add("x:" + tokA + "\nx:" + tokB)
	f.Add(":::::::::::::::::::::::::")
	f.Add("a:b:c:d:e:f:g:h:i:j:k:l:m:n:o:p:q")
	f.Fuzz(func(t *testing.T, file string) {
		s, err := Parse(strings.NewReader(file))
		if err != nil {
			if s != nil {
				t.Fatal("a set with an error")
			}
			return
		}
		if s.Len() == 0 {
			t.Fatal("an empty set without an error")
		}
		var back strings.Builder
		for _, raw := range strings.Split(file, "\n") {
			text := strings.TrimSpace(raw)
			if text == "" || strings.HasPrefix(text, "#") {
				continue
			}
			name, token, _ := strings.Cut(text, ":")
			name, token = strings.TrimSpace(name), strings.TrimSpace(token)
			if checkName(name) != nil || checkToken(token) != nil {
				t.Fatalf("accepted line %q", raw)
			}
			if got, ok := s.Lookup(token); !ok || got != name {
				t.Fatalf("Lookup(token of %q) = %q, %v", name, got, ok)
			}
			back.WriteString(name + ":" + token + "\n")
		}
		s2, err := Parse(strings.NewReader(back.String()))
		if err != nil {
			t.Fatalf("written back: %v", err)
		}
		if strings.Join(s2.Names(), "\n") != strings.Join(s.Names(), "\n") {
			t.Fatalf("names %q, written back %q", s.Names(), s2.Names())
		}
	})
}
