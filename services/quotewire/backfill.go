package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/quotewire/quotewire/pkg/backfill"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/pipeline"
	"github.com/quotewire/quotewire/pkg/service"
	"github.com/quotewire/quotewire/pkg/synth"
)

// interleaved lets flags follow the sources (`backfill a.warc --resume`).
func interleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // unknown, or -h: fs.Parse says so
		}
		if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); !(ok && bf.IsBoolFlag()) && i+1 < len(args) {
			flags = append(flags, args[i+1])
			i++
		}
	}
	if err := fs.Parse(flags); err != nil {
		return nil, err
	}
	return pos, nil
}

func runBackfill(ctx context.Context, args []string, log *slog.Logger) error {
	fs := flag.NewFlagSet("backfill", flag.ContinueOnError)
	resume := fs.Bool("resume", false, "continue after the last checkpoint instead of refusing to overwrite it")
	checkpoint := fs.String("checkpoint", "quotewire-backfill.checkpoint", "checkpoint file (\"\" for none)")
	dry := fs.Bool("dry-run", false, "extract and print what would be indexed (JSON Lines on stdout); publish nothing")
	sample := fs.Int("sample", 0, "stop after this many articles")
	rateCap := fs.Float64("rate", 0, "publish at most this many articles per second (0: no cap)")
	backlog := fs.Int("max-backlog", 5000, "wait while more articles than this wait for the extractor (0: no limit)")
	refresh := fs.String("refresh-interval", "", "set the index's refresh_interval (e.g. 30s) during the backfill, restore it after")
	fs.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: quotewire backfill [flags] SOURCE...   (JSON Lines .jsonl/.ndjson/.json[.gz|.zst], HTML directories, .warc[.gz])")
		fs.PrintDefaults()
	}
	sources, err := interleaved(fs, args)
	if err != nil {
		return err
	}
	if len(sources) == 0 {
		fs.Usage()
		return errors.New("backfill: name at least one source")
	}
	srcs := make([]backfill.Source, 0, len(sources))
	for _, p := range sources {
		s, err := backfill.Open(p)
		if err != nil {
			return err
		}
		srcs = append(srcs, s)
	}
	o := backfill.Options{
		DryRun: *dry, Sample: *sample, Rate: *rateCap, MaxBacklog: *backlog,
		Checkpoint: *checkpoint, Resume: *resume, Out: os.Stdout, Progress: os.Stderr, Log: log,
	}
	var pub backfill.Publisher
	if !*dry {
		cfg, err := service.Load(&ToolConfig{})
		if err != nil {
			return err
		}
		js, closeFn, err := toolConnect(ctx, cfg, "quotewire-backfill", log)
		if err != nil {
			return err
		}
		defer closeFn()
		pub = backfill.JetStream{JS: js}
		if *refresh != "" {
			restore, err := raiseRefresh(ctx, cfg.Index(), *refresh, log)
			if err != nil {
				return err
			}
			defer restore()
		}
	}
	sum, err := backfill.Run(ctx, srcs, pub, o)
	fmt.Fprintln(os.Stderr, sum.String())
	if err != nil && ctx.Err() != nil {
		return fmt.Errorf("interrupted; the checkpoint is saved: run again with --resume")
	}
	return err
}

// raiseRefresh sets the index's refresh interval and returns the function
// that restores the previous one.
func raiseRefresh(ctx context.Context, cfg index.Config, interval string, log *slog.Logger) (func(), error) {
	ix, err := index.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	prev, err := ix.SetRefreshInterval(ctx, interval)
	if err != nil {
		return nil, err
	}
	log.Info("refresh interval raised for the backfill", "interval", interval, "previous", prev)
	return func() {
		if _, err := ix.SetRefreshInterval(context.WithoutCancel(ctx), prev); err != nil {
			log.Error("restore the refresh interval", "to", prev, "err", err)
			return
		}
		log.Info("refresh interval restored", "interval", prev)
	}, nil
}

// runSynth writes a synthetic archive for trials and benchmarks.
func runSynth(args []string) error {
	fs := flag.NewFlagSet("synth", flag.ContinueOnError)
	n := fs.Int("n", 1000, "articles")
	from := fs.Int("from", 0, "first article number")
	out := fs.String("o", "", "output: a .jsonl[.gz], .warc[.gz] file or (for html) a directory")
	section := fs.Int("section-every", 10, "warc and html: a non-article page after every n articles (0: none)")
	version := fs.Bool("version", false, "print the version of the synthetic corpus and exit")
	if _, err := interleaved(fs, args); err != nil {
		return err
	}
	if *version {
		fmt.Println(synth.Version)
		return nil
	}
	if *out == "" {
		return errors.New("synth: -o is required")
	}
	name := strings.ToLower(*out)
	switch {
	case strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz"):
		return writeFile(*out, func(w io.Writer) error {
			return synth.WriteWARC(w, *from, *from+*n, synth.WARCOptions{Gzip: strings.HasSuffix(name, ".gz"), SectionEvery: *section})
		})
	case strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".jsonl.gz"):
		return writeFile(*out, func(w io.Writer) error {
			if strings.HasSuffix(name, ".gz") {
				gz := gzip.NewWriter(w)
				defer gz.Close()
				w = gz
			}
			enc := json.NewEncoder(w)
			for i := *from; i < *from+*n; i++ {
				a := synth.Article(i)
				j := map[string]any{"id": a.GetId(), "url": a.GetUrl(), "title": a.GetTitle(), "outlet": a.GetOutlet(),
					"published_at": a.GetPublishedAt().AsTime().Format(time.RFC3339), "text": a.GetText()}
				if err := enc.Encode(j); err != nil {
					return err
				}
			}
			return nil
		})
	default:
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
		for i := *from; i < *from+*n; i++ {
			if err := os.WriteFile(filepath.Join(*out, fmt.Sprintf("article-%07d.html", i)), synth.HTMLPage(i), 0o644); err != nil {
				return err
			}
			if *section > 0 && (i-*from+1)%*section == 0 {
				if err := os.WriteFile(filepath.Join(*out, fmt.Sprintf("section-%07d.html", i)), synth.SectionPage(i), 0o644); err != nil {
					return err
				}
			}
		}
		return nil
	}
}

// writeFile writes path through a buffer, removing it if fill fails.
func writeFile(path string, fill func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	err = errors.Join(fill(bw), bw.Flush(), f.Close())
	if err != nil {
		os.Remove(path)
	}
	return err
}

func runReindex(ctx context.Context, args []string, log *slog.Logger) error {
	fs := flag.NewFlagSet("reindex", flag.ContinueOnError)
	replay := fs.Bool("replay", false, "fill the new index by re-extracting every article of the articles stream with this engine (default: copy the current index's documents)")
	deleteOld := fs.Bool("delete-old", false, "delete the previous index once the alias points to the new one")
	if _, err := interleaved(fs, args); err != nil {
		return err
	}
	cfg, err := service.Load(&ToolConfig{})
	if err != nil {
		return err
	}
	ix, err := index.Open(ctx, cfg.Index())
	if err != nil {
		return err
	}
	var fill func(context.Context, *index.Index) (int64, error)
	if *replay {
		js, closeFn, err := toolConnect(ctx, cfg, "quotewire-reindex", log)
		if err != nil {
			return err
		}
		defer closeFn()
		fill = func(ctx context.Context, target *index.Index) (int64, error) {
			return pipeline.Replay(ctx, js, target, log)
		}
	}
	r, err := ix.Reindex(ctx, cfg.ESReplicas, fill, *deleteOld)
	if err != nil {
		return err
	}
	fmt.Printf("reindexed %s -> %s in %s: %d documents filled, %d caught up after the swap; alias %s -> %s",
		r.From, r.To, r.Elapsed.Round(time.Millisecond), r.Copied, r.CaughtUp, cfg.ESIndex, r.To)
	if *deleteOld {
		fmt.Printf("; %s deleted\n", r.From)
	} else {
		fmt.Printf("; %s kept (delete it with -delete-old next time, or by hand)\n", r.From)
	}
	return nil
}
