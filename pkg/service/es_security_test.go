package service_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/service"
	"github.com/quotewire/quotewire/pkg/tlstest"
)

// secureES puts a TLS endpoint that demands credentials in front of the test
// node (the Maven build of Elasticsearch has no security module), the way a
// secured cluster or an authenticating proxy answers.
func secureES(t *testing.T, user, pass, apiKey string) (string, *tlstest.Files) {
	t.Helper()
	target, err := url.Parse(estest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	certs := tlstest.New(t)
	rp := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, p, basic := r.BasicAuth()
		if !(basic && u == user && p == pass) && r.Header.Get("Authorization") != "ApiKey "+apiKey {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			w.Write([]byte(`{"error":{"type":"security_exception","reason":"unable to authenticate"},"status":401}`))
			return
		}
		r.Header.Del("Authorization")
		rp.ServeHTTP(w, r)
	}))
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{certs.TLSCert}}
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv.URL, certs
}

func TestElasticsearchAuthAndTLS(t *testing.T) {
	const user, pass, key = "quotewire", "s3cret-pass-word", "cXVvdGV3aXJlOmtleS12YWx1ZQ=="
	u, certs := secureES(t, user, pass, key)
	ctx := context.Background()
	base := estest.Config(t)
	base.URL = u
	open := func(mod func(*index.Config)) error {
		cfg := base
		cfg.CAFile = certs.CA
		mod(&cfg)
		ix, err := index.Open(ctx, cfg)
		if err != nil {
			return err
		}
		if err := ix.Ensure(ctx, 0); err != nil {
			return err
		}
		defer ix.DeleteAll(ctx)
		_, err = ix.Count(ctx)
		return err
	}
	if err := open(func(c *index.Config) { c.Username, c.Password = user, pass }); err != nil {
		t.Errorf("basic auth over TLS with the CA file: %v", err)
	}
	if err := open(func(c *index.Config) { c.APIKey = key }); err != nil {
		t.Errorf("API key over TLS with the CA file: %v", err)
	}
	for name, c := range map[string]struct {
		mod  func(*index.Config)
		want string
	}{
		"wrong password": {func(c *index.Config) { c.Username, c.Password = user, "wrong" }, "credentials not accepted"},
		"wrong api key":  {func(c *index.Config) { c.APIKey = "d3Jvbmc6a2V5" }, "credentials not accepted"},
		"no credentials": {func(c *index.Config) {}, "credentials not accepted"},
		"untrusted CA":   {func(c *index.Config) { c.Username, c.Password, c.CAFile = user, pass, "" }, "ES_CA_FILE"},
	} {
		err := open(c.mod)
		if !errors.Is(err, index.ErrRefused) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want ErrRefused mentioning %q", name, err, c.want)
		}
	}
}

// A refused connection fails the service at once (no endless retry), and
// neither the logs nor the error show the password, even one put in ES_URL.
func TestNoSecretsInLogs(t *testing.T) {
	const secret = "Sup3r-secret-value"
	u, certs := secureES(t, "quotewire", "right-password-123", "")
	withUser := strings.Replace(u, "https://", "https://quotewire:"+secret+"@", 1)
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for _, cfg := range []index.Config{
		{URL: u, Username: "quotewire", Password: secret, CAFile: certs.CA, Prefix: "secret-test"},
		{URL: withUser, CAFile: certs.CA, Prefix: "secret-test"},
	} {
		_, err := service.OpenIndex(ctx, cfg, true, 0, log)
		if !errors.Is(err, index.ErrRefused) {
			t.Fatalf("OpenIndex with a wrong password: %v, want ErrRefused at once", err)
		}
		if strings.Contains(err.Error(), secret) {
			t.Errorf("the error shows the password: %v", err)
		}
	}
	if strings.Contains(logs.String(), secret) {
		t.Errorf("the logs show the password:\n%s", logs.String())
	}
	bad := service.Elasticsearch{ESURL: "ftp://user:" + secret + "@host", ESIndex: "q", ESTimeout: time.Second}
	if err := bad.Validate(); err == nil || strings.Contains(err.Error(), secret) {
		t.Errorf("config error %v: want an error without the password", err)
	}
}
