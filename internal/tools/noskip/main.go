// Command noskip reads the JSON stream of `go test -json` on standard input, prints what plain
// `go test` would (each package's result, and the output of failed tests), and fails when any
// test failed or was skipped. `make test` runs the suite through it: every test's preconditions
// are provided there, so a skip means a test silently stopped testing.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// event is one line of test2json output.
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
	Elapsed float64
}

// report holds what noskip found.
type report struct {
	failed  []string // package or package.Test
	skipped []string // package.Test: reason
}

func main() {
	r, err := run(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "noskip:", err)
		os.Exit(2)
	}
	if len(r.skipped) > 0 {
		fmt.Printf("\n%d skipped tests (make test provides every precondition, so a skip is a failure):\n", len(r.skipped))
		for _, s := range r.skipped {
			fmt.Println("  " + s)
		}
	}
	if len(r.failed) > 0 {
		fmt.Printf("\n%d failures:\n", len(r.failed))
		for _, s := range r.failed {
			fmt.Println("  " + s)
		}
	}
	if len(r.failed) > 0 || len(r.skipped) > 0 {
		os.Exit(1)
	}
}

// run reads events from in and writes the plain report to out.
func run(in io.Reader, out io.Writer) (report, error) {
	var rep report
	outputs := map[string][]string{} // package\x00test -> output lines, until the test ends
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if err := json.Unmarshal(line, &e); err != nil {
			// Not JSON: build errors and the like go straight through.
			fmt.Fprintln(out, string(line))
			continue
		}
		key := e.Package + "\x00" + e.Test
		switch e.Action {
		case "output":
			if e.Test == "" {
				// Package-level output: the ok/FAIL line, build failures, panics outside tests.
				if !strings.HasPrefix(e.Output, "=== ") && !strings.HasPrefix(e.Output, "PASS") && e.Output != "FAIL\n" {
					fmt.Fprint(out, e.Output)
				}
				continue
			}
			outputs[key] = append(outputs[key], e.Output)
		case "fail":
			if e.Test != "" {
				fmt.Fprint(out, strings.Join(outputs[key], ""))
				rep.failed = append(rep.failed, e.Package+"."+e.Test)
			} else if !containsPrefix(rep.failed, e.Package+".") {
				rep.failed = append(rep.failed, e.Package)
			}
			delete(outputs, key)
		case "skip":
			if e.Test != "" {
				rep.skipped = append(rep.skipped, e.Package+"."+e.Test+": "+skipReason(outputs[key]))
			}
			delete(outputs, key)
		case "pass":
			delete(outputs, key)
		}
	}
	return rep, sc.Err()
}

// skipReason picks the message a test gave t.Skip from its output.
func skipReason(lines []string) string {
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.HasPrefix(l, "--- SKIP") || strings.HasPrefix(l, "=== ") {
			continue
		}
		return l
	}
	return "(no reason given)"
}

func containsPrefix(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}
