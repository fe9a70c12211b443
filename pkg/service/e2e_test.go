package service_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/api"
	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/natstest"
	"github.com/quotewire/quotewire/pkg/pipeline"
	"github.com/quotewire/quotewire/pkg/quote"
	"github.com/quotewire/quotewire/pkg/service"
	"github.com/quotewire/quotewire/pkg/waittest"
)

// TestEndToEnd publishes the sample articles through the ingest API and
// finds their quotes through the search API, with speaker and channel, on a
// real NATS JetStream server and a real Elasticsearch node.
func TestEndToEnd(t *testing.T) {
	ix := estest.Open(t)
	ns := natstest.Start(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nc, js, err := service.ConnectNATS(ctx, service.NATS{NATSURL: ns.ClientURL()}, "e2e", log)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	m := pipeline.NewMetrics(admin.NewRegistry())
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return pipeline.NewExtractor(js, log, m).Run(gctx) })
	g.Go(func() error { return pipeline.NewIndexer(js, ix, log, m, 64).Run(gctx) })
	srv := httptest.NewServer(service.PublicMux(service.IngestHandler(js, log, 1<<20), &api.Search{S: ix, Log: log}))
	defer srv.Close()

	samples, err := os.ReadFile("../../examples/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var arts []json.RawMessage
	for _, line := range bytes.Split(bytes.TrimSpace(samples), []byte("\n")) {
		arts = append(arts, line)
	}
	body, _ := json.Marshal(arts)
	resp, err := http.Post(srv.URL+"/v1/articles", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var ing struct {
		IDs []string `json:"ids"`
	}
	json.NewDecoder(resp.Body).Decode(&ing)
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted || len(ing.IDs) != len(arts) {
		t.Fatalf("POST /v1/articles: status %d, ids %v; want 202 and %d ids", resp.StatusCode, ing.IDs, len(arts))
	}

	type result struct {
		Total  int `json:"total"`
		Quotes []struct {
			ID, Text, Speaker, Channel, Outlet string
			Article                            struct{ ID, Title string }
		} `json:"quotes"`
	}
	get := func(query string) result {
		t.Helper()
		resp, err := http.Get(srv.URL + "/v1/quotes?" + query)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var r result
		if resp.StatusCode != 200 {
			b, _ := io.ReadAll(resp.Body)
			t.Fatalf("GET %s: %d %s", query, resp.StatusCode, b)
		}
		json.NewDecoder(resp.Body).Decode(&r)
		return r
	}
	// every quote the engine finds in the samples becomes searchable
	want := 0
	for _, line := range arts {
		var a struct{ Text string }
		if err := json.Unmarshal(line, &a); err != nil {
			t.Fatal(err)
		}
		want += len(quote.Extract(a.Text))
	}
	if want < 300 {
		t.Errorf("the samples hold %d quotes; the sample is meant to show the product with at least 300", want)
	}
	var have int
	waittest.Eventually(t, 60*time.Second, func() bool {
		ix.Refresh(ctx)
		have = get("size=1").Total
		return have == want
	}, func() string { return fmt.Sprintf("%d of the samples' %d quotes searchable", have, want) })
	cases := []struct {
		query, speaker, channel string
		min                     int
	}{
		{"speaker=Hale&channel=twitter", "Dana Hale", "twitter", 3},
		{"speaker=Natarajan&channel=tv", "Priya Natarajan", "tv", 2},
		{"speaker=Okafor&channel=speech", "James Okafor", "speech", 2},
		{"speaker=Velez&q=secret", "Marta Velez", "", 2},
		{"speaker=Brandt&channel=tiktok", "Leo Brandt", "tiktok", 2},
	}
	for _, c := range cases {
		r := get(c.query)
		if r.Total < c.min {
			t.Errorf("%s: %d quotes, want at least %d", c.query, r.Total, c.min)
			continue
		}
		for _, q := range r.Quotes {
			if q.Speaker != c.speaker || (c.channel != "" && q.Channel != c.channel) {
				t.Errorf("%s: quote %q by %q on %q, want %q on %q", c.query, q.Text, q.Speaker, q.Channel, c.speaker, c.channel)
			}
			if q.Article.Title == "" {
				t.Errorf("%s: quote %s has no article title", c.query, q.ID)
			}
		}
	}
	// a single quote by id
	r := get("speaker=Crane")
	if len(r.Quotes) == 0 {
		t.Fatal("no quote by Crane")
	}
	resp, err = http.Get(srv.URL + "/v1/quotes/" + r.Quotes[0].ID)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET /v1/quotes/{id}: %v %v", err, resp.Status)
	}
	resp.Body.Close()
	// bad input gets a clear 400
	for _, bad := range []string{`{}`, `{"id":"x","text":""}`, `not json`, `[]`, `{"id":"x","text":"t","bogus":1}`} {
		resp, err := http.Post(srv.URL+"/v1/articles", "application/json", bytes.NewBufferString(bad))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 400 || !bytes.Contains(b, []byte(`"error"`)) {
			t.Errorf("POST %s: %d %s, want 400 with an error", bad, resp.StatusCode, b)
		}
	}
	if resp, _ := http.Get(srv.URL + "/v1/quotes?size=1000"); resp.StatusCode != 400 {
		t.Errorf("size=1000: status %d, want 400", resp.StatusCode)
	}
	// graceful drain: the workers return once cancelled
	cancel()
	done := make(chan error, 1)
	go func() { done <- g.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("workers: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Error("workers did not drain within 20s")
	}
}
