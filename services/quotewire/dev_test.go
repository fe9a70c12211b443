package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/quotewire/quotewire/pkg/composetest"
	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/waittest"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// The dev mode with API_KEYS set (#15, items 9 and 10): the web UI's files
// load without a key (the page asks for one), the API needs it, metrics are
// on the admin address only, and the in-process NATS server refuses anyone
// without the made-up credentials (which only the dev process and the 0600
// operator file hold).
func TestDevModeWithKeys(t *testing.T) {
	cfg := estest.Config(t)
	const key = "test-key-0123456789abcdef"
	httpAddr, adminAddr, dir := freeAddr(t), freeAddr(t), t.TempDir()
	for k, v := range map[string]string{"ES_URL": cfg.URL, "ES_INDEX": cfg.Prefix, "API_KEYS": key, "HTTP_ADDR": httpAddr,
		"ADMIN_ADDR": adminAddr, "DATA_DIR": dir, "NATS_PORT": "0", "LOG_LEVEL": "error"} {
		t.Setenv(k, v)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runDev(ctx, nil) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("dev mode: %v", err)
		}
		if ix, err := index.Open(context.Background(), cfg); err == nil {
			ix.DeleteAll(context.Background())
		}
	})
	get := func(base, path, key string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, "http://"+base+path, nil)
		if key != "" {
			req.Header.Set("X-API-Key", key)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	waittest.Eventually(t, 60*time.Second, func() bool {
		code, _ := get(httpAddr, "/v1/quotes", key)
		return code == 200
	}, waittest.Says("dev mode never answered"))
	for _, c := range []struct {
		addr, path, key string
		want            int
		body            string
	}{
		{httpAddr, "/", "", 200, `id="key-form"`},
		{httpAddr, "/app.js", "", 200, "X-API-Key"},
		{httpAddr, "/style.css", "", 200, ""},
		{httpAddr, "/v1/quotes", "", 401, "API key"},
		{httpAddr, "/openapi.json", "", 200, "openapi"},
		{httpAddr, "/metrics", "", 401, ""},
		{httpAddr, "/metrics", key, 404, ""},
		{adminAddr, "/metrics", "", 200, "quotewire_"},
		{adminAddr, "/readyz", "", 200, ""},
	} {
		if code, body := get(c.addr, c.path, c.key); code != c.want || !strings.Contains(body, c.body) {
			t.Errorf("GET %s%s (key %v): %d, want %d with %q", c.addr, c.path, c.key != "", code, c.want, c.body)
		}
	}

	// NATS: refused without the credentials, open with the operator file's
	env := readEnvFile(t, filepath.Join(dir, "nats.env"))
	if st, err := os.Stat(filepath.Join(dir, "nats.env")); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("nats.env: %v, mode %v; want 0600", err, st.Mode().Perm())
	}
	if nc, err := nats.Connect(env["NATS_URL"], nats.MaxReconnects(0)); err == nil {
		nc.Close()
		t.Error("the dev NATS server took a client without credentials")
	}
	nc, err := nats.Connect(env["NATS_URL"], nats.UserInfo(env["NATS_USER"], env["NATS_PASSWORD"]), nats.MaxReconnects(0))
	if err != nil {
		t.Fatalf("connect with the operator file's credentials: %v", err)
	}
	nc.Close()
}

func readEnvFile(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok && !strings.HasPrefix(k, "#") {
			out[k] = v
		}
	}
	return out
}

// The curl line printed after loading the samples carries the key header
// when keys are set (without printing the key: the shell fills it in).
func TestSummaryCurlLine(t *testing.T) {
	var open, keyed bytes.Buffer
	printSummary(&open, nil, "127.0.0.1:8080", false)
	printSummary(&keyed, nil, "127.0.0.1:8080", true)
	if strings.Contains(open.String(), "X-API-Key") {
		t.Errorf("no keys, yet a key header:\n%s", open.String())
	}
	if !strings.Contains(keyed.String(), `curl -H "X-API-Key: ${API_KEYS%%,*}" 'http://127.0.0.1:8080/v1/quotes`) {
		t.Errorf("keys set, but the curl line has no key header:\n%s", keyed.String())
	}
}

func TestREADMEGivesDevDefaults(t *testing.T) {
	composetest.CheckREADME(t, "../../README.md", DevConfig{})
}
