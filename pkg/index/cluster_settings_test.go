package index_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
)

// ES_SNIFF and ES_WAIT_FOR_ACTIVE_SHARDS reach Elasticsearch: a sniffing
// client writes, "all" copies of a shard without replicas are there, and
// two copies of it never are, so that write waits and fails as
// unavailable (retried, never dead-lettered).
func TestSniffAndWaitForActiveShards(t *testing.T) {
	ctx := context.Background()
	base := estest.Open(t)
	write := func(wait string) error {
		cfg := estest.Config(t)
		cfg.Prefix = base.Alias()
		cfg.Sniff = true
		cfg.WaitForActiveShards = wait
		cfg.Timeout = 2 * time.Second
		ix, err := index.Open(ctx, cfg)
		if err != nil {
			t.Fatalf("open with sniffing on: %v", err)
		}
		id := "shards-" + wait
		docs := []index.Document{{ID: index.DocID(id, 0), ArticleID: id, Text: "We wait for every copy.", Speaker: "Ida Lund", Article: index.ArticleMetadata{ID: id, Version: 1}}}
		return ix.Write(ctx, []index.ArticleDocs{{ArticleID: id, Version: 1, Docs: docs}})[0]
	}
	if err := write("all"); err != nil {
		t.Errorf("wait for all copies, no replicas: %v", err)
	}
	err := write("2")
	if err == nil || !errors.Is(err, index.ErrUnavailable) {
		t.Errorf("wait for 2 copies of a shard that has 1: got %v, want an unavailable error", err)
	}
}
