package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/caarlos0/env/v11"
	"github.com/nats-io/nats.go"

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

// NATS locates the NATS server and says how to authenticate to it: at most
// one of user/password, a credentials file or an nkey seed file, plus TLS
// (a CA file to trust the server; a client certificate when it asks for one).
type NATS struct {
	// NATSURL may list several servers of one cluster, comma-separated: the
	// client moves to another when one goes away.
	NATSURL string `env:"NATS_URL" envDefault:"nats://127.0.0.1:4222"`
	// StreamReplicas is how many servers keep each stream: 0 chooses, 1 on
	// a single server and 3 in a cluster.
	StreamReplicas int    `env:"STREAM_REPLICAS" envDefault:"0"`
	NATSUser       string `env:"NATS_USER"`
	NATSPassword   string `env:"NATS_PASSWORD"`
	NATSCreds      string `env:"NATS_CREDS"`
	NATSNKeySeed   string `env:"NATS_NKEY_SEED"`
	NATSCA         string `env:"NATS_CA"`
	NATSCert       string `env:"NATS_CERT"`
	NATSKey        string `env:"NATS_KEY"`
}

// Validate checks the NATS settings.
func (c NATS) Validate() error {
	if c.NATSURL == "" {
		return errors.New("NATS_URL is empty")
	}
	if c.StreamReplicas < 0 || c.StreamReplicas > 5 {
		return errors.New("STREAM_REPLICAS must be from 1 to 5 (JetStream's limit), or 0 to choose: 1 on a single server, 3 in a cluster")
	}
	auth := 0
	for _, set := range []bool{c.NATSUser != "", c.NATSCreds != "", c.NATSNKeySeed != ""} {
		if set {
			auth++
		}
	}
	if auth > 1 {
		return errors.New("set only one of NATS_USER, NATS_CREDS and NATS_NKEY_SEED")
	}
	if c.NATSPassword != "" && c.NATSUser == "" {
		return errors.New("NATS_PASSWORD is set without NATS_USER")
	}
	if (c.NATSCert == "") != (c.NATSKey == "") {
		return errors.New("NATS_CERT and NATS_KEY go together")
	}
	for name, f := range map[string]string{"NATS_CREDS": c.NATSCreds, "NATS_NKEY_SEED": c.NATSNKeySeed, "NATS_CA": c.NATSCA, "NATS_CERT": c.NATSCert, "NATS_KEY": c.NATSKey} {
		if f == "" {
			continue
		}
		if _, err := os.Stat(f); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// Options turns the settings into connection options.
func (c NATS) Options() ([]nats.Option, error) {
	var opts []nats.Option
	switch {
	case c.NATSUser != "":
		opts = append(opts, nats.UserInfo(c.NATSUser, c.NATSPassword))
	case c.NATSCreds != "":
		opts = append(opts, nats.UserCredentials(c.NATSCreds))
	case c.NATSNKeySeed != "":
		o, err := nats.NkeyOptionFromSeed(c.NATSNKeySeed)
		if err != nil {
			return nil, fmt.Errorf("NATS_NKEY_SEED: %w", err)
		}
		opts = append(opts, o)
	}
	if c.NATSCA != "" {
		opts = append(opts, nats.RootCAs(c.NATSCA))
	}
	if c.NATSCert != "" {
		opts = append(opts, nats.ClientCert(c.NATSCert, c.NATSKey))
	}
	return opts, nil
}

// Elasticsearch locates the cluster and names the index family.
type Elasticsearch struct {
	ESURL      string        `env:"ES_URL" envDefault:"http://127.0.0.1:9200"`
	ESUsername string        `env:"ES_USERNAME"`
	ESPassword string        `env:"ES_PASSWORD"`
	ESAPIKey   string        `env:"ES_API_KEY"`
	ESCAFile   string        `env:"ES_CA_FILE"`
	ESIndex    string        `env:"ES_INDEX" envDefault:"quotes"`
	ESTimeout  time.Duration `env:"ES_TIMEOUT" envDefault:"10s"`
	// ESCompress asks for gzipped responses (a cluster over a slow link).
	ESCompress bool `env:"ES_COMPRESS" envDefault:"false"`
	// ESSniff finds the cluster's nodes from those in ES_URL.
	ESSniff bool `env:"ES_SNIFF" envDefault:"false"`
	// ESWaitForActiveShards: copies of a shard active before a write
	// goes on ("all" or a number; empty: the primary alone).
	ESWaitForActiveShards string `env:"ES_WAIT_FOR_ACTIVE_SHARDS"`
	// Clusters groups near-duplicate quotes when indexing (indexer).
	Clusters bool `env:"CLUSTERS" envDefault:"true"`
}

// Validate checks the cluster settings.
func (c Elasticsearch) Validate() error {
	// several nodes of one cluster are listed comma-separated
	for _, one := range strings.Split(c.ESURL, ",") {
		u, err := url.Parse(strings.TrimSpace(one))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("ES_URL %q is not an http(s) URL (or a comma-separated list of them)", index.Redact(c.ESURL))
		}
	}
	if c.ESIndex == "" {
		return errors.New("ES_INDEX is empty")
	}
	if c.ESTimeout <= 0 {
		return errors.New("ES_TIMEOUT must be positive")
	}
	if w := c.ESWaitForActiveShards; w != "" && w != "all" {
		if n, err := strconv.Atoi(w); err != nil || n < 1 {
			return fmt.Errorf("ES_WAIT_FOR_ACTIVE_SHARDS %q must be \"all\" or a number of shard copies (1 or more)", w)
		}
	}
	if c.ESAPIKey != "" && c.ESUsername != "" {
		return errors.New("set ES_API_KEY or ES_USERNAME/ES_PASSWORD, not both")
	}
	if c.ESCAFile != "" {
		if _, err := os.Stat(c.ESCAFile); err != nil {
			return fmt.Errorf("ES_CA_FILE: %w", err)
		}
	}
	return nil
}

// Index returns the index adapter's configuration.
func (c Elasticsearch) Index() index.Config {
	return index.Config{URL: c.ESURL, Username: c.ESUsername, Password: c.ESPassword, APIKey: c.ESAPIKey, CAFile: c.ESCAFile, Prefix: c.ESIndex, Timeout: c.ESTimeout, NoClusters: !c.Clusters, Compress: c.ESCompress, Sniff: c.ESSniff, WaitForActiveShards: c.ESWaitForActiveShards}
}

// Access guards a public API: optional API keys and a per-request deadline.
type Access struct {
	APIKeys        []string      `env:"API_KEYS" envSeparator:","`
	RequestTimeout time.Duration `env:"REQUEST_TIMEOUT" envDefault:"30s"`
}

// Validate checks the access settings.
func (c Access) Validate() error {
	if c.RequestTimeout <= 0 {
		return errors.New("REQUEST_TIMEOUT must be positive")
	}
	for _, k := range c.APIKeys {
		if k = strings.TrimSpace(k); k != "" && len(k) < 16 {
			return errors.New("API_KEYS: every key must be at least 16 characters")
		}
	}
	return nil
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

// SmallHeapGCPercent is the garbage collector's target for processes whose
// live heap is small while every request (or article) allocates: Go's
// default (100) spent a tenth of the search service's CPU collecting, and
// 3-4% of `quotewire extract`'s. GOGC, when set, wins.
const SmallHeapGCPercent = 400

// TuneGC sets the collector's target to percent unless GOGC is set.
func TuneGC(percent int) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(percent)
	}
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
