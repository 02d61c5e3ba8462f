// Command kalconv converts one of Festival's LPC diphone databases (Debian festvox-kallpc16k for
// kal, festvox-kdlpc16k for ked) into the compact format that synth/diphone embeds. -voice
// names the voice; the input, licence notice and output default to that voice's paths:
//
//	go run ./internal/tools/kalconv -voice kal   # synth/diphone/data/kal.bin
//	go run ./internal/tools/kalconv -voice ked   # synth/diphone/data/ked.bin
//
// -in, -notice and -out override the defaults (e.g. -in for a database installed elsewhere).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/chorus-tts/chorus/synth/diphone"
)

// source describes where a voice's database comes from. Everything stated in the provenance
// text of the converted file is here.
type source struct {
	group   string // installed group file
	file    string // the group file's name inside the package, for the provenance
	pkg     string // Debian package and version the group file was taken from
	authors string // copyright holders and year, as the package's copyright file states them
	notice  string // licence notice file, relative to the repository root
}

var sources = map[string]source{
	"kal": {
		group:   "/usr/share/festival/voices/english/kal_diphone/group/kallpc16k.group",
		file:    "group/kallpc16k.group",
		pkg:     "festvox-kallpc16k 2.4-1",
		authors: "Alan W Black and Kevin Lenzo, 1998",
		notice:  "LICENSES/festvox-kallpc16k.txt",
	},
	"ked": {
		group:   "/usr/share/festival/voices/english/ked_diphone/group/kedlpc16k.group",
		file:    "group/kedlpc16k.group",
		pkg:     "festvox-kdlpc16k 1.4.0-6.1",
		authors: "Centre for Speech Technology Research, University of Edinburgh, 1997",
		notice:  "LICENSES/festvox-kdlpc16k.txt",
	},
}

func voiceNames() string {
	names := make([]string, 0, len(sources))
	for n := range sources {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// provenance is the header text stating what the file is and how it was made.
func provenance(name string, src source, db *diphone.Database) string {
	return fmt.Sprintf(`Chorus compact diphone database %q (%d kHz, LPC order %d, mu-law residual).
Converted by the Chorus project (internal/tools/kalconv) from %s of the
Debian package %s (%s).
Modified: predictor coefficients re-quantized to 16 bits per channel, residual-energy channel
dropped, pitchmarks rounded to whole samples, index re-packed; residual samples unchanged.
The licence notice follows.`, name, db.SampleRate/1000, db.Order, src.file, src.pkg, src.authors)
}

func main() {
	voice := flag.String("voice", "kal", "voice to convert: "+voiceNames())
	in := flag.String("in", "", "Festival grouped diphone file (default: the voice's installed group file)")
	out := flag.String("out", "", "output compact file (default: synth/diphone/data/VOICE.bin)")
	notice := flag.String("notice", "", "licence notice to store in the header (default: the voice's file in LICENSES/)")
	flag.Parse()
	if err := run(*voice, *in, *out, *notice); err != nil {
		fmt.Fprintln(os.Stderr, "kalconv:", err)
		os.Exit(1)
	}
}

func run(voice, in, out, noticePath string) error {
	src, ok := sources[voice]
	if !ok {
		return fmt.Errorf("unknown voice %q (known: %s)", voice, voiceNames())
	}
	if in == "" {
		in = src.group
	}
	if out == "" {
		out = "synth/diphone/data/" + voice + ".bin"
	}
	if noticePath == "" {
		noticePath = src.notice
	}
	notice, err := os.ReadFile(noticePath)
	if err != nil {
		return err
	}
	db, err := diphone.ReadGroupFile(in)
	if err != nil {
		return err
	}
	for _, d := range db.Duplicates {
		fmt.Fprintf(os.Stderr, "kalconv: %s: diphone %s is listed again; the first entry is kept\n", voice, d)
	}
	var buf bytes.Buffer
	h := diphone.CompactHeader{Provenance: provenance(voice, src, db), Notice: string(notice)}
	if err := diphone.EncodeCompact(&buf, db, h); err != nil {
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
	fmt.Fprintf(os.Stderr, "kalconv: %s: %d diphones, %d bytes written to %s\n", voice, len(db.Diphones), buf.Len(), out)
	return nil
}
