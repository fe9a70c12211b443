package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"text/tabwriter"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/service"
)

// ToolConfig is the configuration of the operator commands: status, dlq,
// backfill (Elasticsearch only for -refresh-interval) and reindex.
type ToolConfig struct {
	service.NATS
	service.Elasticsearch
	ESReplicas int `env:"ES_REPLICAS" envDefault:"0"`
}

// Validate checks the configuration.
func (c *ToolConfig) Validate() error {
	return errors.Join(c.NATS.Validate(), c.Elasticsearch.Validate())
}

// toolConnect connects to NATS with a bounded wait; close drains the
// connection.
func toolConnect(ctx context.Context, cfg *ToolConfig, name string, log *slog.Logger) (js jetstream.JetStream, close func(), err error) {
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	nc, js, err := service.ConnectNATS(cctx, cfg.NATS, name, log)
	if err != nil {
		return nil, nil, err
	}
	return js, func() { service.DrainNATS(nc, 10*time.Second) }, nil
}

// opsConnect loads ToolConfig and connects to NATS.
func opsConnect(ctx context.Context, log *slog.Logger) (*ToolConfig, jetstream.JetStream, func(), error) {
	cfg, err := service.Load(&ToolConfig{})
	if err != nil {
		return nil, nil, nil, err
	}
	js, closeFn, err := toolConnect(ctx, cfg, "quotewire-ops", log)
	return cfg, js, closeFn, err
}

func runStatus(ctx context.Context, args []string, out io.Writer, log *slog.Logger) error {
	fs := flag.NewFlagSet("status", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, js, closeFn, err := opsConnect(ctx, log)
	if err != nil {
		return err
	}
	defer closeFn()
	st, err := bus.ReadStatus(ctx, js)
	if err != nil {
		return err
	}
	type indexStatus struct {
		Alias     string `json:"alias"`
		Documents int64  `json:"documents"`
		Error     string `json:"error,omitempty"`
	}
	is := indexStatus{Alias: cfg.ESIndex, Documents: -1}
	ictx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if ix, err := index.Open(ictx, cfg.Index()); err != nil {
		is.Error = err.Error()
	} else if n, err := ix.Count(ictx); err != nil {
		is.Error = err.Error()
	} else {
		is.Documents = n
	}
	if *asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			*bus.Status
			Index indexStatus `json:"index"`
		}{st, is})
	}
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STREAM\tMESSAGES\tBYTES\tFIRST\tLAST")
	for _, s := range st.Streams {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\n", s.Name, s.Messages, s.Bytes, s.FirstSeq, s.LastSeq)
	}
	fmt.Fprintln(tw, "\nCONSUMER\tLAG (PENDING)\tACK PENDING\tREDELIVERED\tWAITING PULLS")
	for _, c := range st.Consumers {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\n", c.Name, c.Pending, c.AckPending, c.Redelivered, c.Waiting)
	}
	tw.Flush()
	total := 0
	for _, n := range st.DeadLetters {
		total += n
	}
	fmt.Fprintf(out, "\ndead letters: %d", total)
	for svc, n := range st.DeadLetters {
		fmt.Fprintf(out, " (%s %d)", svc, n)
	}
	fmt.Fprintln(out)
	if is.Error != "" {
		fmt.Fprintf(out, "index %s: unavailable: %s\n", is.Alias, is.Error)
		return fmt.Errorf("elasticsearch unavailable")
	}
	fmt.Fprintf(out, "index %s: %d quote documents\n", is.Alias, is.Documents)
	return nil
}

func runDLQ(ctx context.Context, args []string, out io.Writer, log *slog.Logger) error {
	if len(args) == 0 || (args[0] != "list" && args[0] != "replay") {
		return fmt.Errorf("usage: quotewire dlq list|replay [-service extractor|indexer] [flags]")
	}
	fs := flag.NewFlagSet("dlq "+args[0], flag.ContinueOnError)
	svc := fs.String("service", "", "only the dead letters of this service (extractor or indexer)")
	limit := fs.Int("limit", 100, "list: at most this many (0: all)")
	asJSON := fs.Bool("json", false, "list: print a JSON array ([] when none)")
	seq := fs.Uint64("seq", 0, "replay: only the dead letter with this sequence number")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("dlq %s: unexpected argument %q", args[0], fs.Arg(0))
	}
	switch *svc {
	case "", bus.ExtractorConsumer, bus.IndexerConsumer:
	default:
		return fmt.Errorf("dlq %s: -service %q: the services that park messages are %s and %s", args[0], *svc, bus.ExtractorConsumer, bus.IndexerConsumer)
	}
	_, js, closeFn, err := opsConnect(ctx, log)
	if err != nil {
		return err
	}
	defer closeFn()
	if args[0] == "replay" {
		n, err := bus.Replay(ctx, js, *svc, *seq)
		fmt.Fprintf(out, "replayed %d dead letter(s)\n", n)
		return err
	}
	list, err := bus.DeadLetters(ctx, js, *svc, *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		if list == nil {
			list = []bus.DeadLetterInfo{}
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SEQ\tPARKED\tSERVICE\tDELIVERIES\tFROM\tBYTES\tREASON")
	for _, d := range list {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s#%d\t%d\t%s\n", d.Seq, d.Parked.UTC().Format(time.RFC3339), d.Service, d.Deliveries, d.OriginalStream, d.OriginalSeq, d.Bytes, d.Reason)
	}
	tw.Flush()
	if len(list) == 0 {
		fmt.Fprintln(os.Stderr, "no dead letters")
	}
	return nil
}
