// Package admin serves a service's operational endpoints (/healthz, /readyz,
// /metrics) and runs HTTP servers with timeouts and graceful shutdown.
package admin

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Check reports whether one dependency is ready.
type Check func(ctx context.Context) error

// Checks are the named readiness checks of a service. A check named at
// creation fails with "starting" until Set gives it its function, so the
// admin server can answer before the service has connected to anything.
type Checks struct {
	mu sync.RWMutex
	m  map[string]Check
}

// NewChecks returns checks for the named dependencies, each not yet ready.
func NewChecks(names ...string) *Checks {
	c := &Checks{m: make(map[string]Check, len(names))}
	for _, n := range names {
		c.m[n] = func(context.Context) error { return errors.New("starting") }
	}
	return c
}

// Set installs the check for name.
func (c *Checks) Set(name string, check Check) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[name] = check
}

func (c *Checks) snapshot() map[string]Check {
	c.mu.RLock()
	defer c.mu.RUnlock()
	m := make(map[string]Check, len(c.m))
	for k, v := range c.m {
		m[k] = v
	}
	return m
}

// NewRegistry returns a Prometheus registry with the Go and process collectors.
func NewRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// Handler serves /healthz (the process answers), /readyz (every check
// passes) and /metrics.
func Handler(reg *prometheus.Registry, checks *Checks) http.Handler {
	mux := http.NewServeMux()
	Mount(mux, reg, checks)
	return mux
}

// Mount adds the admin endpoints to mux.
func Mount(mux *http.ServeMux, reg *prometheus.Registry, checks *Checks) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		failed := false
		names := checks.snapshot()
		for name, c := range names {
			if err := c(ctx); err != nil {
				if !failed {
					w.WriteHeader(http.StatusServiceUnavailable)
				}
				failed = true
				fmt.Fprintf(w, "%s: %v\n", name, err)
			}
		}
		if !failed {
			fmt.Fprintln(w, "ready")
		}
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
}

// Server wraps h with the timeouts every Quotewire HTTP server uses.
func Server(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
}

// Listen binds addr first, so that a port conflict fails at start.
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

// Serve runs srv on ln until ctx is cancelled, then shuts it down, giving
// requests in flight up to grace to finish.
func Serve(ctx context.Context, log *slog.Logger, srv *http.Server, ln net.Listener, grace time.Duration) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("http server listening", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down %s: %w", ln.Addr(), err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
