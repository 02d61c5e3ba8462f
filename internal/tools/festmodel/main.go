// Command festmodel converts Festival's trained prosody models for English (the setup of the kal
// and ked diphone voices) from the Scheme data of Debian's festival, festvox-kallpc16k and
// festvox-kdlpc16k packages into the compact file package synth/prosody/model embeds, and writes
// the licence notice that goes with it:
//
//	go run ./internal/tools/festmodel   # what `make prosody-models` runs
//
// It reads the Scheme files with a small s-expression reader of its own, checks that each voice's
// setup selects the models it converts (and that ked's duration tree is kal's), encodes them,
// decodes the result and compares, and writes synth/prosody/model/data/festival.bin,
// synth/prosody/model/data/NOTICE-festival.txt and LICENSES/festival.txt. The output depends only
// on the input files.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/chorus-tts/chorus/synth/prosody/model"
)

// Debian package versions the data were converted from (stated in the notice).
const packages = "festival 1:2.5.0-9, festvox-kallpc16k 2.4-1 and festvox-kdlpc16k 1.4.0-6.1"

func main() {
	dir := flag.String("festival", "/usr/share/festival", "Festival's library directory")
	out := flag.String("out", "synth/prosody/model/data/festival.bin", "model file to write")
	notice := flag.String("notice", "synth/prosody/model/data/NOTICE-festival.txt", "notice file to write")
	license := flag.String("license", "LICENSES/festival.txt", "copy of the notice for LICENSES/")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: festmodel [-festival DIR] [-out FILE] [-notice FILE] [-license FILE]")
		os.Exit(2)
	}
	if err := run(*dir, *out, *notice, *license); err != nil {
		slog.Error("festmodel failed", "err", err)
		os.Exit(1)
	}
}

func run(dir, out, noticePath, licensePath string) error {
	data, notice, err := build(dir)
	if err != nil {
		return err
	}
	for _, f := range []struct {
		path string
		b    []byte
	}{{out, data}, {noticePath, []byte(notice)}, {licensePath, []byte(notice)}} {
		if f.path == "" {
			continue
		}
		if err := os.WriteFile(f.path, f.b, 0o644); err != nil {
			return err
		}
	}
	slog.Info("prosody models written", "file", out, "bytes", len(data))
	return nil
}

// build converts the sources under dir and returns the model file and its notice.
func build(dir string) ([]byte, string, error) {
	src, err := readSources(dir)
	if err != nil {
		return nil, "", err
	}
	set, err := convert(src)
	if err != nil {
		return nil, "", err
	}
	data, err := model.Encode(set)
	if err != nil {
		return nil, "", err
	}
	// Verify: the decoded file re-encodes to the same bytes.
	back, err := model.Decode(data)
	if err != nil {
		return nil, "", fmt.Errorf("verify: %w", err)
	}
	again, err := model.Encode(back)
	if err != nil {
		return nil, "", fmt.Errorf("verify: %w", err)
	}
	if !bytes.Equal(again, data) {
		return nil, "", fmt.Errorf("verify: decoding and encoding again changes the file")
	}
	notice, err := makeNotice(src)
	if err != nil {
		return nil, "", err
	}
	return data, notice, nil
}

// makeNotice states what was converted and how, then gives each distinct copyright box of the
// source files verbatim, with the files it heads.
func makeNotice(src *sources) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, `Notice for Festival's prosody models embedded in Chorus
(synth/prosody/model/data/festival.bin).

Converted by the Chorus project (internal/tools/festmodel) from Scheme files of the Debian
packages %s:
the duration tree and per-phone duration statistics of the kal and ked voices (kaldurtreeZ.scm,
kddurtreeZ.scm), their F0 and duration parameters (kal_diphone.scm, ked_diphone.scm), the ToBI
accent and tone trees (tobi.scm), the F0 linear-regression tables (f2bf0lr.scm), the vowel-
reduction tree and table (postlex.scm), the guess_pos word lists (pos.scm) and the phrase-type
tree (phrase.scm).
Modifications by Chorus: the data were re-encoded into a binary format (numbers as 64-bit
floats, names in a string table, trees in pre-order); ked's duration tree, identical to kal's,
is stored once; of the vowel-reduction table only the radio phone set's entry is kept, as the
one vowel each full vowel becomes. Numbers and structure are otherwise unchanged. The code that
evaluates the models is Chorus's own.

The files carry these notices (reproduced as they appear at the top of each file):
`, packages)
	type box struct {
		text  string
		files []string
	}
	var boxes []*box
	for _, f := range sourceFiles {
		t, err := copyrightBox(src.text[f.path])
		if err != nil {
			return "", fmt.Errorf("%s: %w", f.path, err)
		}
		if !strings.Contains(t, "Copyright") || !strings.Contains(t, "DISCLAIM ALL WARRANTIES") {
			return "", fmt.Errorf("%s: the copyright box has no copyright line or disclaimer", f.path)
		}
		name := filepath.ToSlash(f.path) + " (" + f.pkg + ")"
		if c := credits(src.text[f.path]); len(c) > 0 {
			name += "; the file also says: " + strings.Join(c, "; ")
		}
		found := false
		for _, x := range boxes {
			if x.text == t {
				x.files = append(x.files, name)
				found = true
			}
		}
		if !found {
			boxes = append(boxes, &box{text: t, files: []string{name}})
		}
	}
	for _, x := range boxes {
		b.WriteString("\n------------------------------------------------------------------------------\n")
		for _, f := range x.files {
			fmt.Fprintf(&b, "%s\n", f)
		}
		b.WriteString("\n")
		b.WriteString(x.text)
		b.WriteString("\n")
	}
	return b.String(), nil
}
