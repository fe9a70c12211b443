// Package estest gives tests a real Elasticsearch index of their own: the
// node at ES_URL (started by scripts/es.sh in `make test`), with a unique
// index prefix per test, deleted when the test ends.
package estest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/index"
)

var seq atomic.Int64

// URL returns the cluster URL, skipping the test when none is configured,
// or failing it when QUOTEWIRE_REQUIRE_ES is set (as `make test` does).
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("ES_URL")
	if u == "" {
		if os.Getenv("QUOTEWIRE_REQUIRE_ES") != "" {
			t.Fatal("ES_URL is not set but QUOTEWIRE_REQUIRE_ES is: start Elasticsearch with scripts/es.sh start")
		}
		t.Skip("ES_URL not set: run `make test`, which starts Elasticsearch")
	}
	return u
}

// Config returns an index configuration with a prefix no other test uses.
func Config(t testing.TB) index.Config {
	t.Helper()
	name := strings.ToLower(strings.NewReplacer("/", "-", " ", "-", "_", "-").Replace(t.Name()))
	if len(name) > 40 {
		name = name[:40]
	}
	return index.Config{
		URL:     URL(t),
		Prefix:  fmt.Sprintf("test-%s-%d-%d", name, os.Getpid(), seq.Add(1)),
		Timeout: 10 * time.Second,
	}
}

// Open opens and prepares a fresh index family, deleted when the test ends.
func Open(t testing.TB) *index.Index {
	t.Helper()
	ctx := context.Background()
	ix, err := index.Open(ctx, Config(t))
	if err != nil {
		if os.Getenv("QUOTEWIRE_REQUIRE_ES") == "" {
			t.Skipf("elasticsearch not reachable: %v", err)
		}
		t.Fatalf("open index: %v", err)
	}
	if err := ix.Ensure(ctx, 0); err != nil {
		t.Fatalf("ensure index: %v", err)
	}
	t.Cleanup(func() {
		if err := ix.DeleteAll(context.Background()); err != nil {
			t.Logf("delete test index: %v", err)
		}
	})
	return ix
}
