// Command ltstrain trains the letter-to-sound model embedded in synth/g2p/lts from a lexicon in
// Festival's compiled form (cmudict-0.4.out), holding out words for an honest accuracy figure.
//
//	go run ./internal/tools/ltstrain -lexicon cmudict-0.4.out -out synth/g2p/lts/data/model.bin
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/chorus-tts/chorus/synth/g2p/lts"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		slog.Error("ltstrain failed", "err", err)
		os.Exit(1)
	}
}

type config struct {
	lexicon  string
	out      string
	heldOut  string
	nHeld    int
	nDev     int
	tune     string
	minLeaf  int
	em       int
	workers  int
	festival string
	rtl      bool
	both     bool
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	var c config
	fs := flag.NewFlagSet("ltstrain", flag.ContinueOnError)
	fs.StringVar(&c.lexicon, "lexicon", "", "lexicon in Festival compiled form (cmudict-0.4.out)")
	fs.StringVar(&c.out, "out", "", "model file to write (e.g. synth/g2p/lts/data/model.bin)")
	fs.StringVar(&c.heldOut, "heldout-out", "", "if set, write the held-out entries here (lexicon form)")
	fs.IntVar(&c.nHeld, "heldout", 2000, "headwords held out from training and tuning")
	fs.IntVar(&c.nDev, "dev", 3000, "headwords of the training part used to tune -minleaf")
	fs.StringVar(&c.tune, "tune", "", "comma-separated -minleaf values to compare on the dev words")
	fs.BoolVar(&c.rtl, "rtl", true, "classify letters right to left")
	fs.BoolVar(&c.both, "both", true, "also train left-to-right trees; each word takes the better-supported direction")
	fs.IntVar(&c.minLeaf, "minleaf", 1, "fewest letters in a tree leaf (when not tuning)")
	fs.IntVar(&c.em, "em", 6, "alignment EM iterations")
	fs.IntVar(&c.workers, "workers", 2, "trees grown in parallel")
	fs.StringVar(&c.festival, "festival-rules", "", "optional cmu_lts_rules.scm to score Festival's trees on the held-out words")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.lexicon == "" || c.out == "" {
		return errors.New("-lexicon and -out are required")
	}
	f, err := os.Open(c.lexicon)
	if err != nil {
		return err
	}
	entries, err := lts.ParseLexicon(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", c.lexicon, err)
	}
	train, held := lts.SplitHeldOut(entries, c.nHeld)
	fmt.Fprintf(stdout, "lexicon: %d entries; training entries %d, held-out entries %d\n", len(entries), len(train), len(held))
	if c.heldOut != "" {
		if err := writeLexicon(c.heldOut, held); err != nil {
			return err
		}
	}
	opt := lts.TrainOptions{EMIterations: c.em, MinLeaf: c.minLeaf, Workers: c.workers, RightToLeft: c.rtl, BothDirections: c.both}
	if c.tune != "" {
		fit, dev := lts.SplitHeldOut(train, c.nDev)
		best, bestAcc := 0, -1.0
		for _, s := range strings.Split(c.tune, ",") {
			v, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || v <= 0 {
				return fmt.Errorf("-tune: bad value %q", s)
			}
			o := opt
			o.MinLeaf = v
			t0 := time.Now()
			m, st, err := lts.Train(ctx, fit, o)
			if err != nil {
				return err
			}
			r := lts.Evaluate(m, dev)
			fmt.Fprintf(stdout, "tune minleaf=%d: dev %s; %d nodes; %.1fs\n", v, format(r), st.TreeNodes, time.Since(t0).Seconds())
			if acc := r.WordAccuracy(); acc > bestAcc {
				best, bestAcc = v, acc
			}
		}
		opt.MinLeaf = best
		fmt.Fprintf(stdout, "chosen minleaf=%d\n", best)
	}
	t0 := time.Now()
	m, st, err := lts.Train(ctx, train, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "trained in %.1fs: %d words (%d unaligned dropped), %d letters, %d classes, %d nodes\n",
		time.Since(t0).Seconds(), st.Words, st.Unaligned, st.Letters, st.Classes, st.TreeNodes)
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(c.out, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", c.out, len(b))
	fmt.Fprintf(stdout, "held-out (%d words): %s\n", lts.Evaluate(m, held).Words, format(lts.Evaluate(m, held)))
	if c.festival != "" {
		fm, err := loadFestival(c.festival)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Festival trees on the same words (trained on them, so optimistic): %s\n", format(lts.Evaluate(fm, held)))
	}
	return nil
}

func format(r lts.Report) string {
	return fmt.Sprintf("words %.2f%% exact, %.2f%% ignoring stress; phones %.2f%%",
		100*r.WordAccuracy(), 100*r.WordAccuracyNoStress(), 100*r.PhoneAccuracy())
}

// writeLexicon writes entries back in the compiled-lexicon line form.
func writeLexicon(path string, entries []lts.Entry) error {
	var b strings.Builder
	for _, e := range entries {
		fmt.Fprintf(&b, "(%q %s (", e.Word, e.POS)
		for i, s := range e.Pron {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("((")
			for j, p := range s.Phones {
				if j > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(strings.ToLower(p.String()))
			}
			fmt.Fprintf(&b, ") %d)", s.Stress)
		}
		b.WriteString("))\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
