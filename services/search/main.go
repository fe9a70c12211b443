// Command search answers quote searches over HTTP (GET /v1/quotes).
package main

import (
	"context"
	"os"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/api"
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
	ln, err := admin.Listen(cfg.HTTPAddr)
	if err != nil {
		return err
	}
	adminLn, err := admin.Listen(cfg.AdminAddr)
	if err != nil {
		return err
	}
	ix, err := service.OpenIndex(ctx, cfg.Index(), false, 0, log)
	if err != nil {
		return err
	}
	reg := admin.NewRegistry()
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		mux := service.PublicMux(nil, &api.Search{S: ix, Log: log})
		return admin.Serve(ctx, log, admin.Server(mux), ln, 15*time.Second)
	})
	g.Go(func() error {
		h := admin.Handler(reg, map[string]admin.Check{"elasticsearch": ix.Ping})
		return admin.Serve(ctx, log, admin.Server(h), adminLn, 5*time.Second)
	})
	return g.Wait()
}
