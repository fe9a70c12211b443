// Command ingest accepts articles over HTTP (POST /v1/articles) and
// publishes them on the articles stream.
package main

import (
	"context"
	"os"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/service"
)

func main() { os.Exit(service.Main(run)) }

func run(ctx context.Context) error {
	cfg, log, err := service.Boot(&Config{})
	if err != nil {
		return err
	}
	ln, err := admin.Listen(cfg.HTTPAddr)
	if err != nil {
		return err
	}
	adminLn, err := admin.Listen(cfg.AdminAddr)
	if err != nil {
		return err
	}
	checks := admin.NewChecks("nats")
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { return service.ServeAdmin(ctx, log, adminLn, admin.NewRegistry(), checks) })
	g.Go(func() error {
		nc, js, err := service.ConnectNATS(ctx, cfg.NATS, "quotewire-ingest", log)
		if err != nil {
			return err
		}
		defer service.DrainNATS(nc, 10*time.Second)
		checks.Set("nats", service.NATSReady(nc))
		return service.ServePublic(ctx, log, ln, service.PublicMux(service.IngestHandler(js, log, cfg.MaxBodyBytes), nil), cfg.Access)
	})
	return g.Wait()
}
