// Command quotewire is Quotewire's command-line tool: extract quotes from
// JSON Lines articles, publish articles to NATS, and run the whole pipeline
// in one process for development.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/quotewire/quotewire/pkg/service"

	"github.com/quotewire/quotewire/pkg/quote"
)

const usage = `usage: quotewire <command> [flags]

commands:
  extract [-rules | -channel-model FILE] [-speaker-model FILE|none]
                   read JSON Lines articles on stdin, write their quotes as JSON Lines on stdout
                   (channels from the built-in classifier, another with -channel-model, or the
                   rule cascade alone with -rules)
  train-channel [-o FILE] [-not-part K/N] [-goldens DIR] [-blind SHARE] GOLD...
                   learn the channel classifier from labelled quotes, and the golden files'
                   quotes with -goldens (make train)
  train-speaker [-o FILE] [-not-part K/N] GOLD...
                   learn the ranker that resolves he and she from labelled quotes (make train)
  eval-outlets [-rules | -pred FILE] [-part K/N] GOLD...
                   how the outlets of the quotes found agree with the annotated ones, and how
                   often channels of each channel confidence are right
  publish FILE...  publish JSON Lines articles to the articles stream (NATS_URL)
  dev              run NATS (in-process), extractor, indexer, ingest and search in one process
  backfill [flags] SOURCE...
                   publish an archive: JSON Lines (.gz/.zst), HTML directories, WARC (.warc/.warc.gz);
                   resumable (--resume), with backpressure (--max-backlog), --rate, --dry-run, --sample
  reindex [-replay] [-delete-old]
                   build the next index version and swap the alias to it, searches answering throughout
  synth -n N -o FILE|DIR
                   write synthetic articles as .jsonl[.gz], .warc[.gz] or a directory of HTML pages
                   (-version prints the corpus version)
  loadtest -url API -es ES_URL -index ALIAS [-c 20] [-d 20s] [-warmup 10s]
                   search and provenance latency at N concurrent clients, via the API and straight to ES
  status [-json]   streams, consumer lag, dead letters and indexed quotes (NATS_*, ES_*)
  dlq list [-service S] [-limit N] [-json]
                   the parked (dead-lettered) messages with their reasons
  dlq replay [-service S] [-seq N]
                   re-publish parked messages to where they came from, after a fix
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:])
	stop()
	if errors.Is(err, flag.ErrHelp) {
		return // the command printed its flags
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotewire:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		return fmt.Errorf("no command given")
	}
	if len(args) > 1 && (args[0] == "extract" || args[0] == "publish") {
		switch args[1] {
		case "-h", "-help", "--help":
			fmt.Print(usage)
			return nil
		}
	}
	switch args[0] {
	case "extract":
		fs := flag.NewFlagSet("extract", flag.ContinueOnError)
		modelPath := fs.String("channel-model", "", "decide channels with this classifier (a train-channel model file)")
		rules := fs.Bool("rules", false, "decide channels with the rule cascade alone (no classifier)")
		speakerModel := fs.String("speaker-model", "", "resolve he and she with this ranker (a train-speaker model file; \"none\": the most recent agreeing person)")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		switch *speakerModel {
		case "":
		case "none":
			quote.SetPronounModel(nil)
		default:
			b, err := os.ReadFile(*speakerModel)
			if err == nil {
				var m *quote.PronounModel
				if m, err = quote.DecodePronounModel(b); err == nil {
					quote.SetPronounModel(m)
				}
			}
			if err != nil {
				return fmt.Errorf("extract: -speaker-model: %w", err)
			}
		}
		if fs.NArg() > 0 {
			return fmt.Errorf("extract takes no arguments: it reads articles as JSON Lines on stdin")
		}
		switch {
		case *rules && *modelPath != "":
			return fmt.Errorf("extract: -rules or -channel-model, not both")
		case *rules:
			quote.SetChannelModel(nil)
		case *modelPath != "":
			m, err := loadChannelModel(*modelPath)
			if err != nil {
				return fmt.Errorf("extract: -channel-model: %w", err)
			}
			quote.SetChannelModel(m)
		}
		service.TuneGC(service.SmallHeapGCPercent) // the live heap is one article
		return runExtract(os.Stdin, os.Stdout, log)
	case "train-channel":
		return runTrainChannel(args[1:], os.Stdout)
	case "train-speaker":
		return runTrainSpeaker(args[1:], os.Stdout)
	case "eval-outlets":
		return runEvalOutlets(args[1:], os.Stdout)
	case "publish":
		return runPublish(ctx, args[1:], log)
	case "dev":
		return runDev(ctx, args[1:])
	case "backfill":
		return runBackfill(ctx, args[1:], log)
	case "reindex":
		return runReindex(ctx, args[1:], log)
	case "loadtest":
		return runLoadtest(ctx, args[1:])
	case "synth":
		return runSynth(args[1:])
	case "status":
		return runStatus(ctx, args[1:], os.Stdout, log)
	case "dlq":
		return runDLQ(ctx, args[1:], os.Stdout, log)
	case "-h", "--help", "help":
		fmt.Print(usage)
		return nil
	}
	fmt.Fprint(os.Stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}

// PublishConfig is `quotewire publish`'s configuration.
type PublishConfig struct {
	service.NATS
}

func runPublish(ctx context.Context, files []string, log *slog.Logger) error {
	if len(files) == 0 {
		return fmt.Errorf("publish: name at least one JSON Lines file")
	}
	cfg, err := service.Load(&PublishConfig{})
	if err != nil {
		return err
	}
	nc, js, err := service.ConnectNATS(ctx, cfg.NATS, "quotewire-publish", log)
	if err != nil {
		return err
	}
	defer service.DrainNATS(nc, 10*time.Second)
	st, _, err := publishFiles(ctx, js, files, log)
	invalid := st.Read - st.Articles
	fmt.Printf("published %d, duplicates %d, invalid %d\n", st.Published, st.Duplicates, invalid)
	if err != nil {
		return err
	}
	if invalid > 0 {
		return fmt.Errorf("%d invalid article(s) skipped", invalid)
	}
	return nil
}
