// Package index is Quotewire's Elasticsearch adapter: it connects with
// olivere/elastic, detects what the cluster offers, keeps the index template
// and alias, writes quote documents in bulk and answers quote searches.
package index

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	gojson "github.com/goccy/go-json"
	"github.com/olivere/elastic/v7"
)

// Config locates the cluster and names the index family.
type Config struct {
	URL      string
	Username string
	Password string
	// APIKey is the "encoded" value Elasticsearch's create-API-key call
	// returns (base64 of id:key); it replaces Username/Password.
	APIKey string
	// CAFile is a PEM file of the CA that signed the cluster's certificate.
	CAFile string
	// Prefix names the alias ("quotes"), the template and the indices
	// ("quotes-v1").
	Prefix string
	// Timeout bounds every request to Elasticsearch.
	Timeout time.Duration
	// HTTPClient is optional; it carries TLS settings when set.
	HTTPClient *http.Client
	// NoClusters skips quote clustering when writing (quotes get no
	// cluster id: group=cluster, cluster pages and provenance need them).
	NoClusters bool
	// Compress asks Elasticsearch for gzipped responses: worth it over a
	// slow link only; beside the cluster it costs both sides CPU.
	Compress bool
	// Sniff lets the client find the cluster's nodes from the ones in URL
	// (off by default: behind a load balancer, or where the nodes' published
	// addresses are not reachable, sniffing finds nothing to talk to).
	Sniff bool
	// WaitForActiveShards is how many copies of a shard must be active
	// before a write goes on ("all", or a number; empty: Elasticsearch's
	// default, the primary alone).
	WaitForActiveShards string
}

// Capabilities tells what this cluster can do beyond core Elasticsearch.
type Capabilities struct {
	// Distribution is "elasticsearch" or "opensearch".
	Distribution string
	Version      string
	// EnglishAnalyzer is true when the analysis-common module provides the
	// "english" analyzer (absent from the integ-test zip).
	EnglishAnalyzer bool
}

// Index reads and writes one quotes index family.
type Index struct {
	client *elastic.Client
	// activeShards is Config.WaitForActiveShards, for every bulk write.
	activeShards string
	alias        string
	versions     string // the versions index (see versions.go)
	// afterClaim, when set (tests), runs between recording the versions
	// of a batch and writing its documents.
	afterClaim func()
	clusterMu  *clusterLock
	clusters   bool
	timeout    time.Duration
	caps       Capabilities
	tiebreak   *tiebreakState
	docFreqs   *docFreqs
}

// ErrRefused wraps failures no retry can mend: the cluster refused our
// credentials, or its certificate is not trusted.
var ErrRefused = errors.New("elasticsearch refused the connection")

// Open connects to the cluster (sniffing off: the node's published address is
// often not reachable from clients) and detects its capabilities.
func Open(ctx context.Context, cfg Config) (*Index, error) {
	if cfg.Prefix == "" {
		cfg.Prefix = "quotes"
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	urls := strings.Split(cfg.URL, ",")
	for i := range urls {
		urls[i] = strings.TrimSpace(urls[i])
	}
	opts := []elastic.ClientOptionFunc{
		elastic.SetURL(urls...),
		elastic.SetSniff(cfg.Sniff),
		elastic.SetHealthcheck(false),
	}
	switch {
	case cfg.APIKey != "":
		opts = append(opts, elastic.SetHeaders(http.Header{"Authorization": {"ApiKey " + cfg.APIKey}}))
	case cfg.Username != "":
		opts = append(opts, elastic.SetBasicAuth(cfg.Username, cfg.Password))
	}
	if cfg.HTTPClient == nil {
		hc, err := httpClient(cfg)
		if err != nil {
			return nil, err
		}
		cfg.HTTPClient = hc
	}
	// Elasticsearch 8 is asked for version 7 answers once detect finds it
	compat := &compatTransport{base: cfg.HTTPClient.Transport}
	if compat.base == nil {
		compat.base = http.DefaultTransport
	}
	hc := *cfg.HTTPClient
	hc.Transport = compat
	opts = append(opts, elastic.SetHttpClient(&hc), elastic.SetDecoder(jsonDecoder{}))
	c, err := elastic.NewClient(opts...)
	if err != nil {
		return nil, fmt.Errorf("elasticsearch client for %s: %w", Redact(cfg.URL), err)
	}
	ix := &Index{client: c, activeShards: cfg.WaitForActiveShards, alias: cfg.Prefix, versions: VersionsIndex(cfg.Prefix), clusterMu: &clusterLock{}, clusters: !cfg.NoClusters, timeout: cfg.Timeout, tiebreak: &tiebreakState{}, docFreqs: &docFreqs{}}
	if err := ix.detect(ctx, urls[0], compat); err != nil {
		return nil, err
	}
	return ix, nil
}

// Alias is the name searches and writes go to.
func (ix *Index) Alias() string { return ix.alias }

// Capabilities reports what Open detected.
func (ix *Index) Capabilities() Capabilities { return ix.caps }

// Client exposes the underlying client for tools and tests.
func (ix *Index) Client() *elastic.Client { return ix.client }

func (ix *Index) reqCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, ix.timeout)
}

func (ix *Index) detect(ctx context.Context, url string, compat *compatTransport) error {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	info, code, err := ix.client.Ping(url).Do(ctx)
	if code == http.StatusMethodNotAllowed || code == http.StatusNotFound {
		// Elasticsearch 8's integ-test distribution has no root endpoint
		info, code, err = nil, http.StatusOK, nil
	}
	var unknownCA x509.UnknownAuthorityError
	var badHost x509.HostnameError
	switch {
	case code == http.StatusUnauthorized || code == http.StatusForbidden || elastic.IsUnauthorized(err) || elastic.IsForbidden(err):
		return fmt.Errorf("%w: %s: credentials not accepted (status %d): check ES_USERNAME/ES_PASSWORD or ES_API_KEY", ErrRefused, redact(url), code)
	case errors.As(err, &unknownCA) || errors.As(err, &badHost):
		return fmt.Errorf("%w: %s: %w: set ES_CA_FILE to the CA of the cluster's certificate", ErrRefused, redact(url), err)
	case err != nil:
		return fmt.Errorf("%w: %s: %w", ErrUnavailable, redact(url), err)
	}
	dist, version, err := ix.serverInfo(ctx)
	switch {
	case err == nil:
		ix.caps.Distribution, ix.caps.Version = dist, version
	case info != nil:
		ix.caps.Distribution, ix.caps.Version = "elasticsearch", info.Version.Number
	default:
		return fmt.Errorf("%w: %s: read the server's version: %w", ErrUnavailable, redact(url), err)
	}
	if ix.caps.Distribution == "elasticsearch" && majorVersion(ix.caps.Version) >= 8 {
		compat.on.Store(true)
	}
	_, err = ix.client.IndexAnalyze().Analyzer("english").Text("quotes").Do(ctx)
	ix.caps.EnglishAnalyzer = err == nil
	return nil
}

// Ping checks that the cluster answers; /readyz uses it.
func (ix *Index) Ping(ctx context.Context) error {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	if _, err := ix.client.ClusterHealth().Do(ctx); err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return nil
}

// Refresh makes every written document searchable (tests and `make run`).
func (ix *Index) Refresh(ctx context.Context) error {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	_, err := ix.client.Refresh(ix.alias).Do(ctx)
	return err
}

// Count returns the number of documents behind the alias.
func (ix *Index) Count(ctx context.Context) (int64, error) {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	return ix.client.Count(ix.alias).Do(ctx)
}

// DeleteAll removes the alias's indices, its versions index and the
// template (tests only).
func (ix *Index) DeleteAll(ctx context.Context) error {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	if _, err := ix.client.DeleteIndex(ix.alias+"-v*", ix.versions).Do(ctx); err != nil && !elastic.IsNotFound(err) {
		return err
	}
	if _, err := ix.client.IndexDeleteIndexTemplate(ix.alias).Do(ctx); err != nil && !elastic.IsNotFound(err) {
		return err
	}
	return nil
}

// httpClient returns the client for the cluster: connections kept open
// for as many concurrent requests as a busy service sends (Go's default
// keeps two, so most requests would open a new connection), responses not
// compressed unless cfg.Compress, and the CAs of cfg.CAFile trusted.
func httpClient(cfg Config) (*http.Client, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns = 256
	tr.MaxIdleConnsPerHost = 128
	tr.DisableCompression = !cfg.Compress
	if cfg.CAFile != "" {
		pem, err := os.ReadFile(cfg.CAFile)
		if err != nil {
			return nil, fmt.Errorf("ES_CA_FILE: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("ES_CA_FILE %s: no PEM certificate in it", cfg.CAFile)
		}
		tr.TLSClientConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	}
	return &http.Client{Transport: tr}, nil
}

// redact hides the password of a URL with user info, for logs and errors.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparseable URL)"
	}
	return u.Redacted()
}

// Redact hides the passwords of a comma-separated list of cluster URLs.
func Redact(urls string) string {
	parts := strings.Split(urls, ",")
	for i, p := range parts {
		parts[i] = redact(p)
	}
	return strings.Join(parts, ",")
}

// SetRefreshInterval sets refresh_interval on the indices behind the alias
// ("" restores the default) and returns the previous value ("" when it was
// the default). Backfills raise it to spend less on refreshes.
func (ix *Index) SetRefreshInterval(ctx context.Context, interval string) (string, error) {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	res, err := ix.client.IndexGetSettings(ix.alias).Name("index.refresh_interval").Do(ctx)
	if err != nil {
		return "", fmt.Errorf("%w: read settings: %w", ErrUnavailable, err)
	}
	prev := ""
	for _, s := range res {
		if idx, ok := s.Settings["index"].(map[string]any); ok {
			if v, ok := idx["refresh_interval"].(string); ok {
				prev = v
			}
		}
	}
	var v any = interval
	if interval == "" {
		v = nil
	}
	body := map[string]any{"index": map[string]any{"refresh_interval": v}}
	if _, err := ix.client.IndexPutSettings(ix.alias).BodyJson(body).Do(ctx); err != nil {
		return prev, fmt.Errorf("%w: set refresh_interval: %w", ErrUnavailable, err)
	}
	return prev, nil
}

// jsonDecoder decodes Elasticsearch's answers with goccy/go-json: half the
// search service's time went to encoding/json reading hits.
type jsonDecoder struct{}

func (jsonDecoder) Decode(data []byte, v any) error { return gojson.Unmarshal(data, v) }

// decode reads a hit's source.
func decode(src []byte, d *Document) error { return gojson.Unmarshal(src, d) }
