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
	cfg, err := service.Load(&Config{})
	if err != nil {
		return err
	}
	log, err := service.Logger(cfg.LogLevel, cfg.LogFormat)
	if err != nil {
		return err
	}
	adminLn, err := admin.Listen(cfg.AdminAddr)
	if err != nil {
		return err
	}
	reg := admin.NewRegistry()
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		ix, err := service.OpenIndex(ctx, cfg.Index(), true, cfg.ESReplicas, log)
		if err != nil {
			return err
		}
		nc, js, err := service.ConnectNATS(ctx, cfg.NATSURL, "quotewire-indexer", log)
		if err != nil {
			return err
		}
		defer nc.Drain()
		g.Go(func() error {
			h := admin.Handler(reg, map[string]admin.Check{"nats": service.NATSReady(nc), "elasticsearch": ix.Ping})
			return admin.Serve(ctx, log, admin.Server(h), adminLn, 5*time.Second)
		})
		return pipeline.NewIndexer(js, ix, log, pipeline.NewMetrics(reg), cfg.BatchSize).Run(ctx)
	})
	return g.Wait()
}
