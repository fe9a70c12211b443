// Package service wires Quotewire's pieces (JetStream, Elasticsearch, the
// workers and the HTTP handlers) for the service binaries and for the
// all-in-one dev mode, so that both run the same code.
package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/api"
	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/ui"
)

// Logger builds the process logger: JSON or text on stderr at level.
func Logger(level, format string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("LOG_LEVEL %q: use debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: l}
	if strings.EqualFold(format, "json") {
		return slog.New(slog.NewJSONHandler(os.Stderr, opts)), nil
	}
	return slog.New(slog.NewTextHandler(os.Stderr, opts)), nil
}

// ConnectNATS connects to the server cfg names (reconnecting forever once
// connected), sets up the streams and consumers, and returns the connection
// and its JetStream context. A user without the right to change the topology
// (a least-privilege service account) only checks that it exists. Close the
// connection with DrainNATS.
func ConnectNATS(ctx context.Context, cfg NATS, name string, log *slog.Logger, opts ...nats.Option) (*nats.Conn, jetstream.JetStream, error) {
	url := cfg.NATSURL
	auth, err := cfg.Options()
	if err != nil {
		return nil, nil, err
	}
	opts = append(auth, opts...)
	opts = append([]nats.Option{
		nats.Name(name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(time.Second),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("nats disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) { log.Info("nats reconnected", "url", c.ConnectedUrlRedacted()) }),
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) { log.Warn("nats", "err", err) }),
	}, opts...)
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		return nil, nil, fmt.Errorf("connect to NATS at %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("jetstream: %w", err)
	}
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	replicas := cfg.StreamReplicas
	if replicas == 0 {
		replicas = 1
		if nc.ConnectedClusterName() != "" {
			replicas = 3
		}
	}
	if err := bus.Setup(sctx, js, bus.Options{Replicas: replicas}); err != nil {
		nc.Close()
		if denied := nc.LastError(); errors.Is(denied, nats.ErrPermissionViolation) {
			return nil, nil, fmt.Errorf("%w (this NATS user may not create or change the streams: start a service with an operator user first): %w", err, denied)
		}
		if replicas > 1 {
			return nil, nil, fmt.Errorf("%w: streams with %d replicas need a JetStream cluster of at least %d servers (cluster %q): set STREAM_REPLICAS to fit", err, replicas, replicas, nc.ConnectedClusterName())
		}
		return nil, nil, err
	}
	return nc, js, nil
}

// DrainNATS drains a connection and waits (at most timeout) until it is
// closed, so that the acks and publishes the service sent last reach the
// server before the process exits (nats.Conn.Drain alone returns at once).
func DrainNATS(nc *nats.Conn, timeout time.Duration) {
	closed := make(chan struct{})
	nc.SetClosedHandler(func(*nats.Conn) { close(closed) })
	if err := nc.Drain(); err != nil {
		nc.Close()
		return
	}
	select {
	case <-closed:
	case <-time.After(timeout):
		nc.Close()
	}
}

// NATSReady is a readiness check on a connection.
func NATSReady(nc *nats.Conn) func(context.Context) error {
	return func(context.Context) error {
		if !nc.IsConnected() {
			return fmt.Errorf("not connected (%s)", nc.Status())
		}
		return nil
	}
}

// UseClusterLog routes ix's cluster decisions through its index's log on
// JetStream (bus.ClusterLog), which go (an errgroup's Go) tails until ctx
// ends: near-duplicates placed by other indexer processes are known before
// Elasticsearch shows them.
func UseClusterLog(ctx context.Context, goFn func(func() error), js jetstream.JetStream, ix *index.Index) {
	clog := bus.NewClusterLog(js, ix.Alias())
	ix.UseDecisionLog(clog)
	goFn(func() error { return clog.Tail(ctx, ix.ApplyDecision) })
}

// OpenIndex connects to Elasticsearch, retrying until it answers or ctx
// ends, and (when ensure is set) puts the template and alias in place.
func OpenIndex(ctx context.Context, cfg index.Config, ensure bool, replicas int, log *slog.Logger) (*index.Index, error) {
	delay := time.Second
	for {
		ix, err := index.Open(ctx, cfg)
		if err == nil && ensure {
			err = ix.Ensure(ctx, replicas)
		}
		if errors.Is(err, index.ErrRefused) {
			return nil, err // no retry mends credentials or an untrusted certificate
		}
		if err == nil {
			log.Info("elasticsearch ready", "url", index.Redact(cfg.URL), "version", ix.Capabilities().Version, "english_analyzer", ix.Capabilities().EnglishAnalyzer, "alias", ix.Alias())
			return ix, nil
		}
		log.Warn("elasticsearch not ready; retrying", "url", index.Redact(cfg.URL), "err", err, "in", delay)
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("open elasticsearch at %s: %w (last error: %v)", index.Redact(cfg.URL), ctx.Err(), err)
		case <-time.After(delay):
		}
		delay = min(delay*2, 10*time.Second)
	}
}

// ServeAdmin serves /healthz, /readyz and /metrics on ln until ctx ends.
func ServeAdmin(ctx context.Context, log *slog.Logger, ln net.Listener, reg *prometheus.Registry, checks *admin.Checks) error {
	return admin.Serve(ctx, log, admin.Server(admin.Handler(reg, checks)), ln, 5*time.Second)
}

// ServePublic serves the public API on ln until ctx ends, behind the API key
// check and request deadline of acc, giving requests in flight 15 seconds to
// finish.
func ServePublic(ctx context.Context, log *slog.Logger, ln net.Listener, h http.Handler, acc Access) error {
	if len(acc.APIKeys) > 0 {
		log.Info("public API requires an API key", "keys", len(acc.APIKeys))
	}
	return admin.Serve(ctx, log, admin.Server(PublicHandler(h, acc)), ln, 15*time.Second)
}

// PublicHandler puts h behind the API key check and request deadline of
// acc. The web UI's own files and the API's description need no key (they
// hold no data): the page asks the user for one.
func PublicHandler(h http.Handler, acc Access) http.Handler {
	guarded := api.Guard(acc.APIKeys, acc.RequestTimeout, h)
	open := api.Guard(nil, acc.RequestTimeout, h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if (r.Method == http.MethodGet || r.Method == http.MethodHead) && (ui.Serves(r.URL.Path) || r.URL.Path == "/openapi.json") {
			open.ServeHTTP(w, r)
			return
		}
		guarded.ServeHTTP(w, r)
	})
}

// IngestHandler serves the ingest API on its own mux.
func IngestHandler(js jetstream.JetStream, log *slog.Logger, maxBody int64) *api.Ingest {
	return &api.Ingest{
		Pub: api.PublisherFunc(func(ctx context.Context, data []byte, id string, v int64) (bool, error) {
			limit := js.Conn().MaxPayload()
			// the headers (Nats-Msg-Id) count too: leave them a little room
			if size := int64(len(data)); size > limit-1024 {
				return false, &api.TooLargeError{Size: size, Limit: limit - 1024}
			}
			dup, err := bus.PublishArticle(ctx, js, data, id, v)
			if errors.Is(err, nats.ErrMaxPayload) {
				return false, &api.TooLargeError{Size: int64(len(data)), Limit: limit}
			}
			return dup, err
		}),
		Log:          log,
		MaxBodyBytes: maxBody,
	}
}

// PublicMux routes the public API: ingest when ing is set, search when s is.
func PublicMux(ing *api.Ingest, s *api.Search) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /openapi.json", api.OpenAPI)
	if ing != nil {
		mux.Handle("POST /v1/articles", ing)
	}
	if s != nil {
		s.Mount(mux)
		mux.Handle("GET /", ui.Handler())
	}
	return mux
}
