// Command festmodel converts Festival's trained prosody models for English (the setup of the kal
// and ked diphone voices, and the duration model of the HTS voice slt) from the Scheme data of
// Debian's festival, festvox-kallpc16k, festvox-kdlpc16k and festvox-us-slt-hts packages into the compact file package synth/prosody/model embeds, and writes
// the licence notice that goes with it:
//
//	go run ./internal/tools/festmodel   # what `make prosody-models` runs
//
// It reads the Scheme files with a small s-expression reader of its own, checks that each voice's
// setup selects the models it converts (and that ked's duration tree is kal's; slt's is its
// own), encodes them,
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
const packages = "festival 1:2.5.0-9, festlex-poslex 2.4-1, festvox-kallpc16k 2.4-1,\nfestvox-kdlpc16k 1.4.0-6.1 and festvox-us-slt-hts 0.2010.10.25-4"

func main() {
	dir := flag.String("festival", "/usr/share/festival", "Festival's library directory")
	out := flag.String("out", "synth/prosody/model/data/festival.bin", "model file to write")
	posOut := flag.String("pos", "synth/prosody/model/data/festival-pos.bin", "POS and phrase-break model file to write")
	doc := flag.String("doc", "/usr/share/doc", "where Debian keeps the packages' copyright files")
	notice := flag.String("notice", "synth/prosody/model/data/NOTICE-festival.txt", "notice file to write")
	license := flag.String("license", "LICENSES/festival.txt", "copy of the notice for LICENSES/")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: festmodel [-festival DIR] [-doc DIR] [-out FILE] [-pos FILE] [-notice FILE] [-license FILE]")
		os.Exit(2)
	}
	if err := run(*dir, *doc, *out, *posOut, *notice, *license); err != nil {
		slog.Error("festmodel failed", "err", err)
		os.Exit(1)
	}
}

func run(dir, doc, out, posOut, noticePath, licensePath string) error {
	data, posData, notice, err := build(dir, doc)
	if err != nil {
		return err
	}
	for _, f := range []struct {
		path string
		b    []byte
	}{{out, data}, {posOut, posData}, {noticePath, []byte(notice)}, {licensePath, []byte(notice)}} {
		if f.path == "" {
			continue
		}
		if err := os.WriteFile(f.path, f.b, 0o644); err != nil {
			return err
		}
	}
	slog.Info("prosody models written", "file", out, "bytes", len(data), "pos_file", posOut, "pos_bytes", len(posData))
	return nil
}

// build converts the sources under dir and returns the model file, the POS file and their
// notice; doc is where the packages' copyright files are.
func build(dir, doc string) (data, posData []byte, notice string, err error) {
	src, err := readSources(dir)
	if err != nil {
		return nil, nil, "", err
	}
	set, err := convert(src)
	if err != nil {
		return nil, nil, "", err
	}
	if data, err = model.Encode(set); err != nil {
		return nil, nil, "", err
	}
	// Verify: the decoded file re-encodes to the same bytes.
	back, err := model.Decode(data)
	if err != nil {
		return nil, nil, "", fmt.Errorf("verify: %w", err)
	}
	if again, err := model.Encode(back); err != nil || !bytes.Equal(again, data) {
		return nil, nil, "", fmt.Errorf("verify: decoding and encoding again changes the model file (%v)", err)
	}
	pos, err := convertPOS(dir, src)
	if err != nil {
		return nil, nil, "", err
	}
	if posData, err = model.EncodePOS(pos); err != nil {
		return nil, nil, "", err
	}
	posBack, err := model.DecodePOS(posData)
	if err != nil {
		return nil, nil, "", fmt.Errorf("verify: %w", err)
	}
	if again, err := model.EncodePOS(posBack); err != nil || !bytes.Equal(again, posData) {
		return nil, nil, "", fmt.Errorf("verify: decoding and encoding again changes the POS file (%v)", err)
	}
	if notice, err = makeNotice(src, doc); err != nil {
		return nil, nil, "", err
	}
	return data, posData, notice, nil
}

// makeNotice states what was converted and how, then gives each distinct copyright box of the
// source files verbatim, with the files it heads.
func makeNotice(src *sources, doc string) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, `Notice for Festival's prosody models embedded in Chorus
(synth/prosody/model/data/festival.bin and festival-pos.bin).

Converted by the Chorus project (internal/tools/festmodel) from Scheme files of the Debian
packages %s:
the duration tree and per-phone duration statistics of the kal and ked voices (kaldurtreeZ.scm,
kddurtreeZ.scm), their F0 and duration parameters (kal_diphone.scm, ked_diphone.scm), the
duration tree, per-phone duration statistics and Duration_Stretch of the slt voice
(cmu_us_slt_arctic_durdata.scm, cmu_us_slt_arctic_duration.scm; its intonation setup,
cmu_us_slt_arctic_intonation.scm, was read to check it selects the ToBI trees below), the ToBI
accent and tone trees (tobi.scm), the F0 linear-regression tables (f2bf0lr.scm), the vowel-
reduction tree and table (postlex.scm), the guess_pos word lists (pos.scm) and the phrase-type
tree (phrase.scm); and, in festival-pos.bin, the part-of-speech lexicon and tag trigram
(festlex-poslex: dicts/wsj.wp39.poslexR, dicts/wsj.wp39.tri.ngrambin) with the lexicon
additions and start tags of pos.scm, and the phrase-break models (festival:
sec.ts20.quad.ngrambin, sec.B.hept.ngrambin) with the tag map and break weight of pos.scm and
phrase.scm.
Modifications by Chorus: the data were re-encoded into binary formats (numbers as 64-bit
floats, or as exact decimals for the lexicon's scores; names in a string table; trees in
pre-order; lexicon headwords lower-cased, front-coded, with shared candidate lists; n-gram
counts run-length coded); pos.scm's lexicon additions replace the poslex entries of the same
words, as Festival's lookup finds them first; ked's duration tree, identical to kal's, is
stored once; of a phone listed twice in a duration table (pau in slt's) the first entry is kept,
the one Festival's lookup finds; of the vowel-reduction table only the radio phone set's entry
is kept, as the one vowel each full vowel becomes. Numbers and structure are otherwise unchanged. The code that
evaluates the models is Chorus's own.

The files carry these notices (reproduced as they appear at the top of each file):
`, packages)
	type box struct {
		text  string
		files []string
	}
	var boxes []*box
	for _, f := range sourceFiles {
		boxFile := f.path
		if f.boxFrom != "" {
			boxFile = f.boxFrom
		}
		t, err := copyrightBox(src.text[boxFile])
		if err != nil {
			return "", fmt.Errorf("%s: %w", boxFile, err)
		}
		if !strings.Contains(t, "Copyright") || !strings.Contains(t, "DISCLAIM ALL WARRANTIES") {
			return "", fmt.Errorf("%s: the copyright box has no copyright line or disclaimer", f.path)
		}
		name := filepath.ToSlash(f.path) + " (" + f.pkg + ")"
		if c := credits(src.text[f.path]); len(c) > 0 {
			name += "; the file also says: " + strings.Join(c, "; ")
		}
		if f.boxFrom != "" {
			// The package's copyright file must list the file with the one whose box it takes.
			cr, err := os.ReadFile(filepath.Join(doc, f.pkg, "copyright"))
			if err != nil {
				return "", fmt.Errorf("%w (the %s package's copyright file)", err, f.pkg)
			}
			if !sameStanza(string(cr), f.path, f.boxFrom) {
				return "", fmt.Errorf("%s copyright file: %s and %s are not listed under one notice", f.pkg, f.path, f.boxFrom)
			}
			name += "; it has no header of its own: the package's copyright file lists it under\nthe notice of " + filepath.Base(f.boxFrom)
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
	// The lexicon and n-gram files have no header: their packages' copyright files apply.
	for _, c := range []struct{ pkg, files, stop string }{
		{"festlex-poslex", "dicts/wsj.wp39.poslexR, dicts/wsj.wp39.tri.ngrambin", ""},
		{"festival", "sec.ts20.quad.ngrambin, sec.B.hept.ngrambin", "WITH THE USE OR PERFORMANCE OF THIS SOFTWARE."},
	} {
		t, err := os.ReadFile(filepath.Join(doc, c.pkg, "copyright"))
		if err != nil {
			return "", fmt.Errorf("%w (the %s package's copyright file)", err, c.pkg)
		}
		text := string(t)
		if c.stop != "" {
			i := strings.Index(text, c.stop)
			if i < 0 {
				return "", fmt.Errorf("%s copyright file: no %q", c.pkg, c.stop)
			}
			text = text[:i+len(c.stop)]
		}
		if !strings.Contains(text, "Centre for Speech Technology Research") || !strings.Contains(text, "DISCLAIM") {
			return "", fmt.Errorf("%s copyright file: no CSTR copyright or disclaimer", c.pkg)
		}
		b.WriteString("\n------------------------------------------------------------------------------\n")
		fmt.Fprintf(&b, "%s (%s): from the package's copyright file (Debian), verbatim", c.files, c.pkg)
		if c.stop != "" {
			b.WriteString(" up to its\nwarranty disclaimer")
		}
		b.WriteString(":\n\n")
		b.WriteString(strings.TrimRight(text, "\n"))
		b.WriteString("\n")
	}
	return b.String(), nil
}

// sameStanza reports whether a Debian copyright file lists files a and b (paths relative to
// Festival's library directory) in the same Files stanza.
func sameStanza(copyright, a, b string) bool {
	for _, st := range strings.Split(copyright, "\n\n") {
		if strings.Contains(st, "/"+a+"\n") && strings.Contains(st, "/"+b+"\n") {
			return true
		}
	}
	return false
}
