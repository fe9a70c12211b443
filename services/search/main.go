// Command search answers quote searches over HTTP (GET /v1/quotes).
package main

import (
	"context"
	"os"

	"golang.org/x/sync/errgroup"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/api"
	"github.com/quotewire/quotewire/pkg/service"
)

func main() { os.Exit(service.Main(run)) }

func run(ctx context.Context) error {
	cfg, log, err := service.Boot(&Config{})
	if err != nil {
		return err
	}
	service.TuneGC(service.SmallHeapGCPercent)
	ln, err := admin.Listen(cfg.HTTPAddr)
	if err != nil {
		return err
	}
	adminLn, err := admin.Listen(cfg.AdminAddr)
	if err != nil {
		return err
	}
	checks := admin.NewChecks("elasticsearch")
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { return service.ServeAdmin(ctx, log, adminLn, admin.NewRegistry(), checks) })
	g.Go(func() error {
		ix, err := service.OpenIndex(ctx, cfg.Index(), false, 0, log)
		if err != nil {
			return err
		}
		checks.Set("elasticsearch", ix.Ping)
		return service.ServePublic(ctx, log, ln, service.PublicMux(nil, &api.Search{S: ix, Log: log}), cfg.Access)
	})
	return g.Wait()
}
