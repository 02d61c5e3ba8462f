package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth"
)

// TestHelpOnStdout: help asked for in any of the usual ways goes to stdout with exit 0, and
// describes the command asked about.
func TestHelpOnStdout(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--help"}, "Available Commands:"},
		{[]string{"-h"}, "Available Commands:"},
		{[]string{"help"}, "Available Commands:"},
		{[]string{"help", "say"}, "chorus say [flags] [TEXT... | -]"},
		{[]string{"say", "--help"}, "chorus say [flags] [TEXT... | -]"},
		{[]string{"say", "-h"}, "--sample-rate Hz"},
		{[]string{"say", "hello", "--help"}, "--voice NAME"},
		{[]string{"help", "render"}, "chorus render [flags] SCRIPT -o FILE.wav"},
		{[]string{"render", "--help"}, "--no-normalize"},
		{[]string{"help", "text"}, "--phonemes"},
		{[]string{"voices", "--help"}, "Lists the voices"},
		{[]string{"help", "licenses"}, "third-party"},
		{[]string{"help", "completion", "bash"}, "bash"},
		{[]string{"completion", "--help"}, "zsh"},
	} {
		r := runCmd(t, "", nil, tc.args...)
		if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "Usage:") || !strings.Contains(r.stdout, tc.want) {
			t.Errorf("%q: exit %d, stderr %q, stdout %.200q; want exit 0 and help mentioning %q on stdout", tc.args, r.code, r.stderr, r.stdout, tc.want)
		}
	}
	// "chorus" alone says what there is, on stderr: nothing was asked.
	r := runCmd(t, "", nil)
	if r.code != 2 || r.stdout != "" || !strings.Contains(r.stderr, "Available Commands:") {
		t.Errorf("chorus alone: exit %d, stdout %q, stderr %.100q", r.code, r.stdout, r.stderr)
	}
}

// TestUsageErrors: a wrong command line gets one line saying what is wrong (with the command or
// flag probably meant) and one line of hint, exit 2, no usage dump, nothing on stdout.
func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.wav")
	for _, tc := range []struct {
		args       []string
		want, hint string
	}{
		{[]string{"sya", "hi"}, `chorus: unknown command "sya"; did you mean "say"?`, "chorus"},
		{[]string{"rendr", "ep.txt", "-o", out}, `did you mean "render"?`, "chorus"},
		{[]string{"ren"}, `did you mean "render"?`, "chorus"},
		{[]string{"sya", "--voice", "ava", "hi"}, `unknown command "sya"; did you mean "say"?`, "chorus"},
		{[]string{"frobnicate"}, `chorus: unknown command "frobnicate"` + "\n", "chorus"},
		{[]string{"help", "sya"}, `unknown command "sya"; did you mean "say"?`, "chorus help"},
		{[]string{"--bogus"}, "chorus: unknown flag --bogus", "chorus"},
		{[]string{"say", "--vocie", "ava", "hi"}, "chorus say: unknown flag --vocie; did you mean --voice?", "chorus say"},
		{[]string{"say", "hi", "--captoins", "x.vtt"}, "unknown flag --captoins; did you mean --captions?", "chorus say"},
		{[]string{"say", "-rate", "2", "hi"}, "unknown flag -rate; did you mean --rate?", "chorus say"},
		{[]string{"say", "--sample", "8000", "hi"}, "unknown flag --sample; did you mean --sample-rate?", "chorus say"},
		{[]string{"say", "--bogus", "hi"}, "chorus say: unknown flag --bogus\n", "chorus say"},
		{[]string{"render", "ep.txt", "--voice", "ava"}, "unknown flag --voice\n", "chorus render"},
		{[]string{"say", "hi", "--rate"}, "--rate needs a value", "chorus say"},
		{[]string{"say", "hi", "-o"}, "-o/--output needs a value", "chorus say"},
		{[]string{"say", "--rate", "fast", "hi"}, `--rate: "fast" is not a number`, "chorus say"},
		{[]string{"say", "--sample-rate", "8k", "hi"}, `--sample-rate: "8k" is not a whole number`, "chorus say"},
		{[]string{"say", "--connect-timeout", "5", "hi"}, `--connect-timeout: "5" is not a duration`, "chorus say"},
		{[]string{"render", "-o", out}, "missing SCRIPT argument", "chorus render"},
		{[]string{"render", "a.txt", "b.txt", "-o", out}, `unexpected argument "b.txt"`, "chorus render"},
		{[]string{"voices", "extra"}, `chorus voices: unexpected argument "extra"`, "chorus voices"},
		{[]string{"licenses", "extra"}, `unexpected argument "extra"`, "chorus licenses"},
		{[]string{"completion"}, "missing a shell", "chorus completion"},
		{[]string{"completion", "tcsh"}, `unknown command "tcsh"`, "chorus completion"},
		{[]string{"say", "hi", "--captions", filepath.Join(dir, "x.txt"), "-o", out}, "--captions", "chorus say"},
		{[]string{"render", "ep.txt"}, "give -o FILE.wav", "chorus render"},
	} {
		r := runCmd(t, "", nil, tc.args...)
		lines := strings.SplitAfter(r.stderr, "\n")
		wantHint := "Run '" + tc.hint + " --help' for usage.\n"
		if r.code != 2 || r.stdout != "" || len(lines) != 3 || lines[2] != "" || !strings.Contains(r.stderr, tc.want) || lines[1] != wantHint {
			t.Errorf("%q: exit %d, stdout %.80q, stderr %q; want exit 2 and %q, then %q", tc.args, r.code, r.stdout, r.stderr, tc.want, wantHint)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("refused commands left behind: %v", entries)
	}
}

// TestFlagsAfterArguments: flags may follow the text; "--" ends the flags.
func TestFlagsAfterArguments(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.wav"), filepath.Join(dir, "b.wav")
	if r := runCmd(t, "", nil, "say", "Hello", "there", "-o", a, "--voice", "ava", "--rate=1.5"); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	sameAudio(t, a, synth.Request{Parts: []synth.Part{{Voice: "ava", Text: "Hello there"}}, Rate: 1.5})
	if r := runCmd(t, "", nil, "say", "-o", b, "--", "-5", "degrees", "--voice"); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	sameAudio(t, b, synth.Request{Parts: []synth.Part{{Text: "-5 degrees --voice"}}})
}

// TestVersionString: --version names the module version, the VCS revision with its time and
// whether the tree was modified, the Go version and the platform; without VCS stamping it says
// the revision is unknown.
func TestVersionString(t *testing.T) {
	full := &debug.BuildInfo{GoVersion: "go1.99.1", Main: debug.Module{Version: "v1.2.3"}, Settings: []debug.BuildSetting{
		{Key: "GOOS", Value: "plan9"}, {Key: "GOARCH", Value: "arm"},
		{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
		{Key: "vcs.time", Value: "2026-12-05T20:31:41Z"}, {Key: "vcs.modified", Value: "true"},
	}}
	clean := &debug.BuildInfo{GoVersion: "go1.99.1", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"},
	}}
	plat := runtime.GOOS + "/" + runtime.GOARCH
	for _, tc := range []struct {
		bi   *debug.BuildInfo
		want string
	}{
		{full, "v1.2.3 revision 0123456789abcdef0123456789abcdef01234567, committed 2026-12-05T20:31:41Z, modified; go1.99.1 plan9/arm"},
		{clean, "(devel) revision abc; go1.99.1 " + plat},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "(devel) revision unknown (built without VCS stamping); " + runtime.Version() + " " + plat},
		{nil, "(unknown) revision unknown (built without VCS stamping); " + runtime.Version() + " " + plat},
	} {
		if got := versionString(tc.bi); got != tc.want {
			t.Errorf("versionString = %q, want %q", got, tc.want)
		}
	}
	r := runCmd(t, "", nil, "--version")
	if want := "chorus " + versionString(readBuildInfo()) + "\n"; r.code != 0 || r.stdout != want || r.stderr != "" {
		t.Errorf("--version: exit %d, stdout %q, stderr %q; want %q", r.code, r.stdout, r.stderr, want)
	}
}

// TestVersionOfBuiltBinary builds chorus with VCS stamping and checks that --version names the
// revision the checkout is at.
func TestVersionOfBuiltBinary(t *testing.T) {
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatalf("git rev-parse HEAD (the tests run in a git checkout): %v", err)
	}
	bin := filepath.Join(t.TempDir(), "chorus")
	build := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	// The module version is a pseudo-version made from the same commit (Go 1.24 and later) or
	// "(devel)".
	rev := strings.TrimSpace(string(head))
	if want := " revision " + rev + ", committed "; !strings.HasPrefix(string(out), "chorus ") || !strings.Contains(string(out), want) {
		t.Errorf("--version %q, want it to name %q", out, want)
	}
}

// TestCompletion: each shell gets its script; the completion of --voice and --style values
// lists the catalog's names.
func TestCompletion(t *testing.T) {
	for shell, marker := range map[string]string{
		"bash":       "__start_chorus",
		"zsh":        "#compdef chorus",
		"fish":       "complete -c chorus",
		"powershell": "Register-ArgumentCompleter",
	} {
		r := runCmd(t, "", nil, "completion", shell)
		if r.code != 0 || !strings.Contains(r.stdout, marker) || r.stderr != "" {
			t.Errorf("completion %s: exit %d, %d bytes without %q, stderr %q", shell, r.code, len(r.stdout), marker, r.stderr)
		}
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"__complete", "say", "--voice", ""}, []string{"ava\t", "joe\t", "kal\t"}},
		{[]string{"__complete", "say", "--style", "ch"}, []string{"cheerful\t"}},
		{[]string{"__complete", "s"}, []string{"say\t"}},
		{[]string{"__complete", "say", "--vo"}, []string{"--voice\t"}},
		{[]string{"__complete", "help", ""}, []string{"render\t", "voices\t"}},
	} {
		r := runCmd(t, "", nil, tc.args...)
		for _, w := range tc.want {
			if r.code != 0 || !strings.Contains(r.stdout, w) {
				t.Errorf("%q: exit %d, %q; want %q", tc.args, r.code, r.stdout, w)
			}
		}
	}
}
