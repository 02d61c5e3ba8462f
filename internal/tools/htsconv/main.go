// Command htsconv wraps an HTS voice file (.htsvoice) for embedding in synth/hts: it checks the
// file with synth/hts's reader and writes it, unchanged, after a header holding its provenance
// and licence notice.
//
//	go run ./internal/tools/htsconv   # synth/hts/data/slt.htsv from Debian's festvox-us-slt-hts
package main

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/chorus-tts/chorus/synth/hts"
)

const (
	defaultIn     = "/usr/share/festival/voices/us/cmu_us_slt_arctic_hts/hts/cmu_us_slt_arctic_hts.htsvoice"
	defaultNotice = "LICENSES/festvox-us-slt-hts.txt"
	defaultOut    = "synth/hts/data/slt.htsv"
	pkg           = "festvox-us-slt-hts 0.2010.10.25-4"
)

func main() {
	in := flag.String("in", defaultIn, "the .htsvoice file")
	notice := flag.String("notice", defaultNotice, "licence notice to store in the header")
	out := flag.String("out", defaultOut, "output file")
	flag.Parse()
	if err := run(*in, *notice, *out); err != nil {
		fmt.Fprintln(os.Stderr, "htsconv:", err)
		os.Exit(1)
	}
}

func provenance(name string, voice []byte) string {
	return fmt.Sprintf(`Chorus embedded HTS voice, wrapping %s of the Debian package %s
(Carnegie Mellon University, 2003), unmodified: %d bytes, SHA-256 %x.
Wrapped by the Chorus project (internal/tools/htsconv). The licence notice follows.`,
		name, pkg, len(voice), sha256.Sum256(voice))
}

func run(in, noticePath, out string) error {
	voice, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	notice, err := os.ReadFile(noticePath)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	h := hts.Header{Provenance: provenance(filepath.Base(in), voice), Notice: string(notice)}
	if err := hts.EncodeWrapped(&buf, voice, h); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), ".htsconv-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes (voice %d bytes)\n", out, buf.Len(), len(voice))
	return nil
}
