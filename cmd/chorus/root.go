package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

const rootLong = `chorus speaks text with the Chorus text-to-speech engine: it plays it, writes WAV files,
renders podcast scripts with one voice per speaker, and shows what the text front end reads.

Every command but licenses takes --server ADDR to use a chorusd over gRPC instead of the
in-process engine, with --ca FILE (or --tls), --cert/--key and --token (or $CHORUS_TOKEN) for a
server that uses TLS and tokens. Flags may come before or after the arguments.`

// rootCommand builds the command tree of one invocation (cobra commands hold their parsed
// flags, so each run builds its own).
func (c *cli) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "chorus",
		Short: "speak text with the Chorus text-to-speech engine",
		Long:  rootLong,
		Example: `  chorus say "Hello there, how are you?"
  chorus say --voice ava -o hello.wav 'It costs $3.50.'
  chorus render examples/demo.txt -o demo.wav --captions demo.vtt
  chorus text --phonemes 'Dr. Lee paid $500.'`,
		Version:       versionString(readBuildInfo()),
		SilenceErrors: true,
		SilenceUsage:  true,
		// Suggestions within two edits, or by prefix ("ren" -> render).
		SuggestionsMinimumDistance: 2,
	}
	root.Flags().BoolP("version", "v", false, "print the version (module, VCS revision, Go) and exit")
	root.SetIn(c.stdin)
	root.SetOut(c.stdout)
	root.SetErr(c.stderr)
	root.SetFlagErrorFunc(flagError)
	root.SetVersionTemplate("{{.Name}} {{.Version}}\n")
	root.AddCommand(c.sayCommand(), c.renderCommand(), c.voicesCommand(), c.textCommand(), c.licensesCommand())
	root.SetHelpCommand(helpCommand(root))
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, sub := range root.Commands() {
		if sub.Name() == "completion" {
			sub.Short = "print a shell completion script (bash, zsh, fish or powershell)"
			// "completion" without a known shell is a usage error, not its help.
			sub.Args = cobra.ArbitraryArgs
			sub.RunE = func(cmd *cobra.Command, args []string) error {
				if len(args) == 0 {
					return usagef("missing a shell: bash, zsh, fish or powershell")
				}
				return unknownCommand(cmd, args[0])
			}
		}
	}
	return root
}

// helpCommand is "chorus help [COMMAND]": help on stdout, or a usage error naming what does not
// exist (cobra's own prints the overview and exits the process).
func helpCommand(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND]",
		Short: "show help for chorus or one of its commands",
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var names []cobra.Completion
			for _, sub := range root.Commands() {
				if sub.IsAvailableCommand() {
					names = append(names, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(_ *cobra.Command, args []string) error {
			target, rest, err := root.Find(args)
			if err != nil || target == nil {
				return unknownCommand(root, args[0])
			}
			if len(rest) > 0 && (target == root || target.HasSubCommands()) {
				return unknownCommand(target, rest[0])
			}
			target.InitDefaultHelpFlag()
			target.InitDefaultVersionFlag()
			return target.Help()
		},
	}
}

// unknownCommand is the usage error for a command name that does not exist under parent.
func unknownCommand(parent *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q", name)
	if s := parent.SuggestionsFor(name); len(s) > 0 {
		msg += fmt.Sprintf("; did you mean %q?", s[0])
	}
	return &usageError{msg}
}

// exactArgs wants n positional arguments, described by what.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		switch {
		case len(args) < n:
			return usagef("missing %s", what)
		case len(args) > n:
			return usagef("unexpected argument %q", args[n])
		}
		return nil
	}
}

// noArgs refuses positional arguments.
func noArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	return nil
}

// flagError turns pflag's parse errors into one-line usage errors, suggesting the flag meant.
func flagError(cmd *cobra.Command, err error) error {
	var ne *pflag.NotExistError
	var ve *pflag.ValueRequiredError
	var ie *pflag.InvalidValueError
	switch {
	case errors.As(err, &ne):
		if group := ne.GetSpecifiedShortnames(); group != "" {
			// "-rate": a long flag written with one dash reads as the shorthands -r -a -t -e.
			if s := suggestFlag(cmd, group); s != "" {
				return usagef("unknown flag -%s; did you mean --%s?", group, s)
			}
			return usagef("unknown flag -%s", ne.GetSpecifiedName())
		}
		name := ne.GetSpecifiedName()
		if s := suggestFlag(cmd, name); s != "" {
			return usagef("unknown flag --%s; did you mean --%s?", name, s)
		}
		return usagef("unknown flag --%s", name)
	case errors.As(err, &ve):
		return usagef("%s needs a value", flagLabel(ve.GetFlag()))
	case errors.As(err, &ie):
		return usagef("%s: %q is not %s", flagLabel(ie.GetFlag()), ie.GetValue(), kind(ie.GetFlag().Value.Type()))
	}
	return &usageError{err.Error()}
}

// flagLabel is how a flag is written: --name, or -o/--output when it has a shorthand.
func flagLabel(f *pflag.Flag) string {
	if f.Shorthand != "" {
		return "-" + f.Shorthand + "/--" + f.Name
	}
	return "--" + f.Name
}

// kind describes the values a flag type takes.
func kind(typ string) string {
	switch typ {
	case "float64":
		return "a number"
	case "int":
		return "a whole number"
	case "duration":
		return "a duration such as 5s or 500ms"
	case "bool":
		return "true or false"
	}
	return "a valid " + typ
}

// suggestFlag returns the flag of cmd that name most likely meant: the flag itself, one within
// two edits (the closest), or the only one it is a prefix of; "" if none.
func suggestFlag(cmd *cobra.Command, name string) string {
	best, bestD := "", 3
	var prefixed []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		if d := editDistance(strings.ToLower(name), f.Name); d < bestD {
			best, bestD = f.Name, d
		}
		if len(name) >= 2 && strings.HasPrefix(f.Name, name) {
			prefixed = append(prefixed, f.Name)
		}
	})
	if best == "" && len(prefixed) == 1 {
		best = prefixed[0]
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, counted in bytes (flag names are
// ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
