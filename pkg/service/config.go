package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os/signal"
	"syscall"
	"time"

	"github.com/caarlos0/env/v11"

	"github.com/quotewire/quotewire/pkg/index"
)

// Logging is the part of every service's configuration that sets up logs.
type Logging struct {
	LogLevel  string `env:"LOG_LEVEL" envDefault:"info"`
	LogFormat string `env:"LOG_FORMAT" envDefault:"text"`
}

// logger builds the process logger from these settings.
func (c Logging) logger() (*slog.Logger, error) { return Logger(c.LogLevel, c.LogFormat) }

// Configured is a service configuration: it validates itself and embeds
// Logging.
type Configured interface {
	Validator
	logger() (*slog.Logger, error)
}

// Boot reads cfg from the environment, validates it and builds the logger:
// a bad setting fails here, before anything connects.
func Boot[T Configured](cfg T) (T, *slog.Logger, error) {
	cfg, err := Load(cfg)
	if err != nil {
		return cfg, nil, err
	}
	log, err := cfg.logger()
	return cfg, log, err
}

// NATS locates the NATS server.
type NATS struct {
	NATSURL string `env:"NATS_URL" envDefault:"nats://127.0.0.1:4222"`
}

// Validate checks the NATS URL.
func (c NATS) Validate() error {
	if c.NATSURL == "" {
		return errors.New("NATS_URL is empty")
	}
	return nil
}

// Elasticsearch locates the cluster and names the index family.
type Elasticsearch struct {
	ESURL      string        `env:"ES_URL" envDefault:"http://127.0.0.1:9200"`
	ESUsername string        `env:"ES_USERNAME"`
	ESPassword string        `env:"ES_PASSWORD"`
	ESIndex    string        `env:"ES_INDEX" envDefault:"quotes"`
	ESTimeout  time.Duration `env:"ES_TIMEOUT" envDefault:"10s"`
}

// Validate checks the cluster settings.
func (c Elasticsearch) Validate() error {
	u, err := url.Parse(c.ESURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("ES_URL %q is not an http(s) URL", c.ESURL)
	}
	if c.ESIndex == "" {
		return errors.New("ES_INDEX is empty")
	}
	if c.ESTimeout <= 0 {
		return errors.New("ES_TIMEOUT must be positive")
	}
	return nil
}

// Index returns the index adapter's configuration.
func (c Elasticsearch) Index() index.Config {
	return index.Config{URL: c.ESURL, Username: c.ESUsername, Password: c.ESPassword, Prefix: c.ESIndex, Timeout: c.ESTimeout}
}

// Validator is a configuration that can check itself.
type Validator interface{ Validate() error }

// Load reads cfg from the environment and validates it.
func Load[T Validator](cfg T) (T, error) {
	if err := env.Parse(cfg); err != nil {
		return cfg, fmt.Errorf("configuration: %w", err)
	}
	if err := cfg.Validate(); err != nil {
		return cfg, fmt.Errorf("configuration: %w", err)
	}
	return cfg, nil
}

// Main is the body of every service's main: a context cancelled by SIGINT
// or SIGTERM, then run, then an exit code.
func Main(run func(ctx context.Context) error) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	err := run(ctx)
	if err != nil && !(ctx.Err() != nil && errors.Is(err, context.Canceled)) {
		slog.Error("exit", "err", err)
		return 1
	}
	return 0
}
