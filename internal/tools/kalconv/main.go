// Command kalconv converts Festival's kal diphone database (Debian festvox-kallpc16k) into the
// compact format that synth/diphone embeds.
//
//	go run ./internal/tools/kalconv \
//	    -in /usr/share/festival/voices/english/kal_diphone/group/kallpc16k.group \
//	    -notice LICENSES/festvox-kallpc16k.txt -out synth/diphone/data/kal.bin
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/chorus-tts/chorus/synth/diphone"
)

const provenance = `Chorus compact diphone database "kal" (16 kHz, LPC order 16, mu-law residual).
Converted by the Chorus project (internal/tools/kalconv) from group/kallpc16k.group of the
Debian package festvox-kallpc16k 2.4-1 (Alan W Black and Kevin Lenzo, 1998).
Modified: predictor coefficients re-quantized to 16 bits per channel, residual-energy channel
dropped, pitchmarks rounded to whole samples, index re-packed; residual samples unchanged.
The licence notice follows.`

func main() {
	in := flag.String("in", "", "Festival grouped diphone file (kallpc16k.group)")
	out := flag.String("out", "synth/diphone/data/kal.bin", "output compact file")
	notice := flag.String("notice", "LICENSES/festvox-kallpc16k.txt", "licence notice to store in the header")
	flag.Parse()
	if err := run(*in, *out, *notice); err != nil {
		fmt.Fprintln(os.Stderr, "kalconv:", err)
		os.Exit(1)
	}
}

func run(in, out, noticePath string) error {
	if in == "" {
		return fmt.Errorf("-in is required")
	}
	notice, err := os.ReadFile(noticePath)
	if err != nil {
		return err
	}
	db, err := diphone.ReadGroupFile(in)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := diphone.EncodeCompact(&buf, db, diphone.CompactHeader{Provenance: provenance, Notice: string(notice)}); err != nil {
		return err
	}
	// Read back what we wrote: the embedded reader must accept it.
	back, _, err := diphone.DecodeCompact(buf.Bytes())
	if err != nil {
		return fmt.Errorf("verifying output: %w", err)
	}
	if len(back.Diphones) != len(db.Diphones) {
		return fmt.Errorf("verifying output: %d diphones, want %d", len(back.Diphones), len(db.Diphones))
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "kalconv: %d diphones, %d bytes written to %s\n", len(db.Diphones), buf.Len(), out)
	return nil
}
