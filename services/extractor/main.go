// Command extractor consumes articles, extracts their quotes and publishes
// one quotes event per article.
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
	nc, js, err := service.ConnectNATS(ctx, cfg.NATSURL, "quotewire-extractor", log)
	if err != nil {
		return err
	}
	defer nc.Drain()
	reg := admin.NewRegistry()
	x := pipeline.NewExtractor(js, log, pipeline.NewMetrics(reg))
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { return x.Run(ctx) })
	g.Go(func() error {
		h := admin.Handler(reg, map[string]admin.Check{"nats": service.NATSReady(nc)})
		return admin.Serve(ctx, log, admin.Server(h), adminLn, 5*time.Second)
	})
	return g.Wait()
}
