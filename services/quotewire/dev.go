package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/sync/errgroup"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/api"
	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/pipeline"
	"github.com/quotewire/quotewire/pkg/service"
)

// DevConfig is the all-in-one mode's configuration, read from the environment.
type DevConfig struct {
	service.Logging
	service.Elasticsearch
	service.Access
	HTTPAddr  string `env:"HTTP_ADDR" envDefault:"127.0.0.1:8080"`
	AdminAddr string `env:"ADMIN_ADDR" envDefault:"127.0.0.1:9080"`
	DataDir   string `env:"DATA_DIR" envDefault:".data"`
	NATSPort  int    `env:"NATS_PORT" envDefault:"4222"`
}

// Validate checks the configuration before anything starts.
func (c *DevConfig) Validate() error {
	if c.DataDir == "" {
		return errors.New("DATA_DIR is empty")
	}
	if c.HTTPAddr == "" || c.AdminAddr == "" {
		return errors.New("HTTP_ADDR and ADMIN_ADDR are required")
	}
	if c.NATSPort < 0 || c.NATSPort > 65535 {
		return errors.New("NATS_PORT must be a port number (0 picks a free one)")
	}
	return errors.Join(c.Elasticsearch.Validate(), c.Access.Validate())
}

// runDev runs an in-process NATS server with JetStream on file storage in
// DATA_DIR, the extractor, the indexer, and ingest plus search on HTTP_ADDR.
// With -load it publishes articles, waits until their quotes are
// searchable and prints a summary.
func runDev(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("dev", flag.ContinueOnError)
	load := fs.String("load", "", "JSON Lines file of articles to publish once running")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, log, err := service.Boot(&DevConfig{})
	if err != nil {
		return err
	}
	// the search API answers in this process too
	service.TuneGC(service.SmallHeapGCPercent)
	ln, err := admin.Listen(cfg.HTTPAddr)
	if err != nil {
		return err
	}
	adminLn, err := admin.Listen(cfg.AdminAddr)
	if err != nil {
		return err
	}
	// the in-process server takes only a user made up now, whose password
	// this process alone holds (and the operator, in a 0600 file): another
	// local user cannot reach JetStream around API_KEYS
	natsUser := service.NATS{NATSUser: "quotewire-dev", NATSPassword: randomSecret()}
	ns, err := bus.StartServer(bus.ServerOptions{Port: cfg.NATSPort, StoreDir: filepath.Join(cfg.DataDir, "jetstream"),
		User: natsUser.NATSUser, Password: natsUser.NATSPassword})
	if err != nil {
		return err
	}
	defer func() {
		ns.Shutdown()
		ns.WaitForShutdown()
	}()
	natsUser.NATSURL = ns.ClientURL()
	envFile := filepath.Join(cfg.DataDir, "nats.env")
	if err := writeNATSEnv(envFile, natsUser); err != nil {
		return err
	}
	log.Info("nats-server started", "url", ns.ClientURL(), "store", filepath.Join(cfg.DataDir, "jetstream"),
		"operator_env", envFile, "hint", "set -a; . "+envFile+"; set +a; bin/quotewire status")
	ix, err := service.OpenIndex(ctx, cfg.Index(), true, 0, log)
	if err != nil {
		return err
	}
	nc, js, err := service.ConnectNATS(ctx, natsUser, "quotewire-dev", log)
	if err != nil {
		return err
	}
	defer service.DrainNATS(nc, 10*time.Second)
	reg := admin.NewRegistry()
	m := pipeline.NewMetrics(reg)
	mux := service.PublicMux(service.IngestHandler(js, log, 32<<20), &api.Search{S: ix, Log: log})
	checks := admin.NewChecks()
	checks.Set("nats", service.NATSReady(nc))
	checks.Set("elasticsearch", ix.Ping)

	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		x := pipeline.NewExtractor(js, log, m)
		x.Concurrency = 4
		return x.Run(gctx)
	})
	g.Go(func() error {
		x := pipeline.NewIndexer(js, ix, log, m, 256)
		x.Concurrency = 3
		return x.Run(gctx)
	})
	g.Go(func() error { return service.ServePublic(gctx, log, ln, mux, cfg.Access) })
	g.Go(func() error { return service.ServeAdmin(gctx, log, adminLn, reg, checks) })
	if *load != "" {
		g.Go(func() error {
			return loadSamples(gctx, js, ix, *load, cfg.HTTPAddr, len(cfg.APIKeys) > 0, log)
		})
	}
	err = g.Wait()
	log.Info("drained; bye")
	return err
}

// loadSamples publishes the sample articles, waits until each has its
// quotes searchable, and prints quotes per speaker and channel.
func loadSamples(ctx context.Context, js jetstream.JetStream, ix *index.Index, file, addr string, keyed bool, log *slog.Logger) error {
	st, ids, err := publishFiles(ctx, js, []string{file}, log)
	if err != nil {
		return err
	}
	log.Info("samples published", "published", st.Published, "duplicates", st.Duplicates, "skipped", len(st.Skipped))
	deadline := time.Now().Add(2 * time.Minute)
	var docs []index.Document
	for _, id := range ids {
		for {
			if err := ix.Refresh(ctx); err != nil {
				log.Warn("refresh", "err", err)
			}
			res, err := ix.Search(ctx, index.Query{ArticleID: id, Size: index.MaxSize})
			if err == nil && res.Total > 0 {
				docs = append(docs, res.Docs...)
				break
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("article %s: no quotes searchable after 2 minutes", id)
			}
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	printSummary(os.Stdout, docs, addr, keyed)
	return nil
}

// randomSecret is a password nobody can guess: 24 random bytes, base64url.
func randomSecret() string {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on Linux
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// writeNATSEnv writes the in-process server's URL and credentials where the
// operator's commands (quotewire status, dlq, publish, backfill) can read
// them, readable by this user alone.
func writeNATSEnv(path string, c service.NATS) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	body := fmt.Sprintf("# quotewire dev: the in-process NATS server, for operator commands; rewritten at every start\nNATS_URL=%s\nNATS_USER=%s\nNATS_PASSWORD=%s\n", c.NATSURL, c.NATSUser, c.NATSPassword)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(body), 0o600); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp, 0o600); err != nil { // an older file kept its mode
		return err
	}
	return os.Rename(tmp, path)
}

// summaryRows is how many speakers the summary lists, most quoted first.
const summaryRows = 12

func printSummary(w io.Writer, docs []index.Document, addr string, keyed bool) {
	bySpeaker := map[string]map[string]int{}
	total := map[string]int{}
	for _, d := range docs {
		s := d.Speaker
		if s == "" {
			s = "(no speaker)"
		}
		if bySpeaker[s] == nil {
			bySpeaker[s] = map[string]int{}
		}
		bySpeaker[s][d.Channel]++
		total[s]++
	}
	speakers := make([]string, 0, len(bySpeaker))
	for s := range bySpeaker {
		speakers = append(speakers, s)
	}
	sort.Slice(speakers, func(i, j int) bool {
		if total[speakers[i]] != total[speakers[j]] {
			return total[speakers[i]] > total[speakers[j]]
		}
		return speakers[i] < speakers[j]
	})
	fmt.Fprintf(w, "\n%d quotes by %d speakers searchable. The most quoted, by channel:\n", len(docs), len(speakers))
	for _, s := range speakers[:min(len(speakers), summaryRows)] {
		chans := make([]string, 0, len(bySpeaker[s]))
		for c := range bySpeaker[s] {
			chans = append(chans, c)
		}
		sort.Strings(chans)
		fmt.Fprintf(w, "  %-28s", s)
		for _, c := range chans {
			fmt.Fprintf(w, " %s=%d", c, bySpeaker[s][c])
		}
		fmt.Fprintln(w)
	}
	if n := len(speakers) - summaryRows; n > 0 {
		fmt.Fprintf(w, "  ... and %d more (all of them in the web UI's Speakers facet)\n", n)
	}
	auth := ""
	if keyed {
		// the shell fills in the first of the keys it started us with
		auth = `-H "X-API-Key: ${API_KEYS%%,*}" `
	}
	fmt.Fprintf(w, "\nSearch: curl %s'http://%s/v1/quotes?speaker=Hale'\nWeb UI: http://%s/\nStop with Ctrl-C.\n\n", auth, addr, addr)
}
