package main

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	in := strings.Join([]string{
		`{"Action":"run","Package":"p","Test":"TestOK"}`,
		`{"Action":"output","Package":"p","Test":"TestOK","Output":"=== RUN   TestOK\n"}`,
		`{"Action":"pass","Package":"p","Test":"TestOK"}`,
		`{"Action":"run","Package":"p","Test":"TestSkip"}`,
		`{"Action":"output","Package":"p","Test":"TestSkip","Output":"    x_test.go:9: KAL_GROUP not set\n"}`,
		`{"Action":"output","Package":"p","Test":"TestSkip","Output":"--- SKIP: TestSkip (0.00s)\n"}`,
		`{"Action":"skip","Package":"p","Test":"TestSkip"}`,
		`{"Action":"run","Package":"p","Test":"TestBad/sub"}`,
		`{"Action":"output","Package":"p","Test":"TestBad/sub","Output":"    x_test.go:20: boom\n"}`,
		`{"Action":"fail","Package":"p","Test":"TestBad/sub"}`,
		`{"Action":"fail","Package":"p","Test":"TestBad"}`,
		`{"Action":"output","Package":"p","Output":"FAIL\tp\t0.1s\n"}`,
		`{"Action":"fail","Package":"p"}`,
		`{"Action":"output","Package":"q","Output":"ok  \tq\t0.2s\n"}`,
		`{"Action":"pass","Package":"q"}`,
		`{"Action":"skip","Package":"r"}`,
		`# r/internal [build failed]`,
	}, "\n")
	var out strings.Builder
	rep, err := run(strings.NewReader(in), &out)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"p.TestSkip: x_test.go:9: KAL_GROUP not set"}; strings.Join(rep.skipped, "|") != strings.Join(want, "|") {
		t.Errorf("skipped %q, want %q", rep.skipped, want)
	}
	if want := []string{"p.TestBad/sub", "p.TestBad"}; strings.Join(rep.failed, "|") != strings.Join(want, "|") {
		t.Errorf("failed %q, want %q", rep.failed, want)
	}
	got := out.String()
	for _, want := range []string{"boom", "FAIL\tp", "ok  \tq", "build failed"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "=== RUN   TestOK") {
		t.Errorf("a passing test's output was printed:\n%s", got)
	}
}
