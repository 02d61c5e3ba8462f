package text

import (
	"bufio"
	"fmt"
	"os"
	"testing"
)

func TestShow(t *testing.T) {
	f, err := os.Open(os.Getenv("SHOW"))
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		ss, err := Normalize(sc.Text())
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Printf("%-40s |", sc.Text())
		for _, s := range ss {
			fmt.Printf(" %s [%d] /", s.String(), s.Kind)
		}
		fmt.Println()
	}
}
