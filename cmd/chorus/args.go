package main

import (
	"flag"
	"strings"
)

// reorder moves flags in front of positional arguments, so that "render ep.txt -o ep.wav" parses
// like "render -o ep.wav ep.txt" (the flag package stops at the first positional argument).
// Flags that take a value (per fs; all but booleans) keep the argument that follows them. "-"
// is a positional argument; everything after "--" stays positional. The result ends with "--"
// before the positionals whenever there are any, so a positional that starts with "-" (after
// "--") is never read as a flag.
func reorder(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if takesValue(fs, name) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if len(pos) == 0 {
		return flags
	}
	out := make([]string, 0, len(flags)+1+len(pos))
	out = append(out, flags...)
	out = append(out, "--")
	return append(out, pos...)
}

// takesValue reports whether the flag name is defined in fs and is not boolean. Unknown flags
// are taken as boolean: the flag package reports them anyway.
func takesValue(fs *flag.FlagSet, name string) bool {
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return false
	}
	return true
}
