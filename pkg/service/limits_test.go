package service_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/natstest"
	"github.com/quotewire/quotewire/pkg/service"
)

// An article over the server's max_payload is a 413 naming the limit, not a
// 503 asking for a retry that can never succeed.
func TestIngestOverBusLimitIs413(t *testing.T) {
	ns := natstest.StartWith(t, bus.ServerOptions{MaxPayload: 1 << 20})
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx := context.Background()
	nc, js, err := service.ConnectNATS(ctx, service.NATS{NATSURL: ns.ClientURL()}, t.Name(), log)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	h := service.PublicMux(service.IngestHandler(js, log, 32<<20), nil)
	post := func(body string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/v1/articles", strings.NewReader(body)))
		return rec
	}
	text := strings.Repeat("Words of a long article. ", 2<<20/25)
	rec := post(`[{"id":"small","text":"\"Hi,\" Ann Lee said."},{"id":"huge","text":"` + text + `"}]`)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("2 MB article: status %d (%s), want 413", rec.Code, rec.Body)
	}
	var e struct{ Error string }
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"article huge", "at most 1047552", "max_payload", "1 articles before it were stored"} {
		if !strings.Contains(e.Error, want) {
			t.Errorf("error %q lacks %q", e.Error, want)
		}
	}
	if rec := post(`{"id":"ok","text":"\"Hi,\" Ann Lee said."}`); rec.Code != http.StatusAccepted {
		t.Errorf("small article: status %d (%s)", rec.Code, rec.Body)
	}
}

// ES_URL takes the nodes of a cluster, comma-separated, as the README says;
// every one of them must be an http(s) URL.
func TestESURLListsNodes(t *testing.T) {
	for _, c := range []struct {
		url string
		ok  bool
	}{
		{"http://127.0.0.1:9200", true},
		{"http://es-1:9200,http://es-2:9200,https://es-3:9200", true},
		{"http://es-1:9200, http://es-2:9200", true},
		{"http://es-1:9200,es-2:9200", false},
		{"http://es-1:9200,", false},
	} {
		cfg := service.Elasticsearch{ESURL: c.url, ESIndex: "quotes", ESTimeout: time.Second}
		if err := cfg.Validate(); (err == nil) != c.ok {
			t.Errorf("ES_URL=%q: %v, want ok=%v", c.url, err, c.ok)
		}
	}
}
