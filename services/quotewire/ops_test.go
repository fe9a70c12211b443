package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/natstest"
)

// status and dlq against a real NATS server and Elasticsearch node.
func TestStatusAndDLQCommands(t *testing.T) {
	ns := natstest.Start(t)
	ix := estest.Open(t)
	t.Setenv("NATS_URL", ns.ClientURL())
	t.Setenv("ES_URL", estest.URL(t))
	t.Setenv("ES_INDEX", ix.Alias())
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx := context.Background()
	var out bytes.Buffer
	if err := runStatus(ctx, nil, &out, log); err != nil {
		t.Fatalf("status: %v\n%s", err, out.String())
	}
	for _, want := range []string{"QUOTEWIRE_ARTICLES", "extractor", "indexer", "dead letters: 0", "index " + ix.Alias() + ": 0 quote documents"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("status output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := runStatus(ctx, []string{"-json"}, &out, log); err != nil || !strings.Contains(out.String(), `"dead_letters"`) {
		t.Errorf("status -json: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := runDLQ(ctx, []string{"list"}, &out, log); err != nil || !strings.Contains(out.String(), "REASON") {
		t.Errorf("dlq list: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := runDLQ(ctx, []string{"replay", "-service", "indexer"}, &out, log); err != nil || !strings.Contains(out.String(), "replayed 0") {
		t.Errorf("dlq replay: %v\n%s", err, out.String())
	}
	if err := runDLQ(ctx, []string{"purge"}, &out, log); err == nil {
		t.Error("dlq purge: want a usage error")
	}
	// an empty list is still JSON; an unknown service is refused, not
	// silently listed as empty (#15, item 13)
	out.Reset()
	if err := runDLQ(ctx, []string{"list", "-json"}, &out, log); err != nil || strings.TrimSpace(out.String()) != "[]" {
		t.Errorf("dlq list -json with no dead letters: %v, %q; want []", err, out.String())
	}
	for _, args := range [][]string{{"list", "-service", "bogus"}, {"replay", "-service", "bogus"}} {
		if err := runDLQ(ctx, args, &out, log); err == nil || !strings.Contains(err.Error(), "extractor and indexer") {
			t.Errorf("dlq %v: %v; want an error naming the services", args, err)
		}
	}
	t.Setenv("ES_URL", "http://127.0.0.1:1")
	t.Setenv("ES_TIMEOUT", "1s")
	out.Reset()
	if err := runStatus(ctx, nil, &out, log); err == nil || !strings.Contains(out.String(), "unavailable") {
		t.Errorf("status with Elasticsearch down: %v\n%s", err, out.String())
	}
}
