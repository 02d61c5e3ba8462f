package main

import (
	"os"

	"github.com/chorus-tts/chorus/client/outfile"
)

// inputPath is a file a command reads, named for messages: the script, the --lexicon file, or
// standard input ("-").
type inputPath struct {
	label, path string
}

// checkPaths refuses, before any work, outputs that would destroy an input or each other: -o
// and --captions naming one file, or either naming a file the command reads (through links,
// hard links, or standard input redirected from that file). Standard output redirected into an
// input is refused too ("chorus render ep.txt >> ep.txt").
func (c *cli) checkPaths(af *audioFlags, inputs ...inputPath) error {
	outs := []struct{ flag, path string }{{"-o", af.out}, {"--captions", af.captions}}
	if af.out != "" && af.captions != "" && outfile.Same(af.out, af.captions) {
		if af.out == outfile.Stdout {
			return usagef("-o and --captions both name standard output")
		}
		return usagef("-o and --captions name the same file (%s)", af.out)
	}
	for _, o := range outs {
		if o.path == "" {
			continue
		}
		for _, in := range inputs {
			if in.path == "" {
				continue
			}
			if c.sameFile(o.path, in.path) {
				name := o.path
				if name == outfile.Stdout {
					name = "standard output"
				}
				return usagef("%s %s is the %s: refusing to overwrite an input", o.flag, name, in.label)
			}
		}
	}
	return nil
}

// sameFile reports whether output path out and input path in are one file. "-" is standard
// output for out and standard input for in; they match a path when redirected from or to it.
func (c *cli) sameFile(out, in string) bool {
	switch {
	case out != outfile.Stdout && in != "-":
		return outfile.Same(out, in)
	case out == outfile.Stdout && in == "-":
		return sameStream(c.stdout, c.stdin)
	case out == outfile.Stdout:
		return streamIsFile(c.stdout, in)
	default:
		return streamIsFile(c.stdin, out)
	}
}

// streamIsFile reports whether the stream is an *os.File that is the regular file at path (an
// output path not created yet is no input).
func streamIsFile(stream any, path string) bool {
	f, ok := stream.(*os.File)
	if !ok {
		return false
	}
	fs, err := f.Stat()
	if err != nil || !fs.Mode().IsRegular() {
		return false
	}
	fp, err := os.Stat(path)
	return err == nil && os.SameFile(fs, fp)
}

// sameStream reports whether two streams are one regular file.
func sameStream(a, b any) bool {
	fa, ok := a.(*os.File)
	if !ok {
		return false
	}
	fb, ok := b.(*os.File)
	if !ok {
		return false
	}
	sa, err := fa.Stat()
	if err != nil || !sa.Mode().IsRegular() {
		return false
	}
	sb, err := fb.Stat()
	return err == nil && os.SameFile(sa, sb)
}
