package text

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestHeldRun(t *testing.T) {
	f, err := os.Open(os.Getenv("HELD"))
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	ok, all := 0, 0
	for sc.Scan() {
		in, want, _ := strings.Cut(sc.Text(), "\t")
		got := spoken(t, in)
		all++
		if got == want {
			ok++
		} else {
			fmt.Printf("MISS %q\n   got  %q\n   want %q\n", in, got, want)
		}
	}
	fmt.Printf("%d/%d\n", ok, all)
}
