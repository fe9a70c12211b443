// Command indexer consumes quotes events and writes them to Elasticsearch
// in bulk, acking each event once its quotes are indexed.
package main

import (
	"context"
	"os"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/pipeline"
	"github.com/quotewire/quotewire/pkg/service"
)

func main() { os.Exit(service.Main(run)) }

func run(ctx context.Context) error {
	cfg, log, err := service.Boot(&Config{})
	if err != nil {
		return err
	}
	adminLn, err := admin.Listen(cfg.AdminAddr)
	if err != nil {
		return err
	}
	reg := admin.NewRegistry()
	checks := admin.NewChecks("elasticsearch", "nats", "consumer")
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { return service.ServeAdmin(ctx, log, adminLn, reg, checks) })
	g.Go(func() error {
		ix, err := service.OpenIndex(ctx, cfg.Index(), true, cfg.ESReplicas, log)
		if err != nil {
			return err
		}
		checks.Set("elasticsearch", ix.Ping)
		nc, js, err := service.ConnectNATS(ctx, cfg.NATS, "quotewire-indexer", log)
		if err != nil {
			return err
		}
		defer service.DrainNATS(nc, 10*time.Second)
		checks.Set("nats", service.NATSReady(nc))
		if cfg.Clusters {
			service.UseClusterLog(ctx, g.Go, js, ix)
		}
		x := pipeline.NewIndexer(js, ix, log, pipeline.NewMetrics(reg), cfg.BatchSize)
		x.Checks = checks
		x.Concurrency = cfg.Concurrency
		return x.Run(ctx)
	})
	return g.Wait()
}
