package pipeline_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/waittest"
)

// memWriter is a pipeline.Writer in memory, with the index's rules: an
// article version older than the latest written is skipped, documents of a
// version replace older ones, and the positions past a version's last quote
// are swept. fail decides, per article, an error to return instead.
type memWriter struct {
	mu       sync.Mutex
	docs     map[string]index.Document
	versions map[string]int64
	writes   int
	fail     func(a index.ArticleDocs, attempt int) error
	attempts map[string]int
}

func newMemWriter() *memWriter {
	return &memWriter{docs: map[string]index.Document{}, versions: map[string]int64{}, attempts: map[string]int{}}
}

func (w *memWriter) Ping(context.Context) error { return nil }

func (w *memWriter) Write(ctx context.Context, batch []index.ArticleDocs) []error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes++
	errs := make([]error, len(batch))
	for i, a := range batch {
		if err := ctx.Err(); err != nil {
			errs[i] = fmt.Errorf("%w: %w", index.ErrUnavailable, err)
			continue
		}
		w.attempts[a.ArticleID]++
		if w.fail != nil {
			if errs[i] = w.fail(a, w.attempts[a.ArticleID]); errs[i] != nil {
				continue
			}
		}
		if a.Version < w.versions[a.ArticleID] {
			continue
		}
		w.versions[a.ArticleID] = a.Version
		for _, d := range a.Docs {
			if old, ok := w.docs[d.ID]; !ok || old.Article.Version <= a.Version {
				w.docs[d.ID] = d
			}
		}
		total := max(a.Quotes, len(a.Docs))
		for id, d := range w.docs {
			if d.ArticleID == a.ArticleID && d.Position >= total && d.Article.Version <= a.Version {
				delete(w.docs, id)
			}
		}
	}
	return errs
}

// texts lists an article's quotes as "text@version", in position order.
func (w *memWriter) texts(article string) []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var ds []index.Document
	for _, d := range w.docs {
		if d.ArticleID == article {
			ds = append(ds, d)
		}
	}
	slices.SortFunc(ds, func(a, b index.Document) int { return a.Position - b.Position })
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = fmt.Sprintf("%s@%d", d.Text, d.Article.Version)
	}
	return out
}

// memRig runs the extractor and the indexer on a real in-process NATS
// server, writing into memory: the pipeline's own logic, no Elasticsearch.
type memRig struct {
	*rig
	w *memWriter
}

func startMemory(t *testing.T, w *memWriter) *memRig {
	js := runPipeline(t, bus.ServerOptions{}, w, 16)
	return &memRig{rig: &rig{t: t, js: js, ctx: context.Background()}, w: w}
}

func (r *memRig) wantTexts(article string, want ...string) {
	r.t.Helper()
	var got []string
	waittest.Eventually(r.t, 20*time.Second, func() bool {
		got = r.w.texts(article)
		return slices.Equal(got, want)
	}, func() string { return fmt.Sprintf("article %s: %v, want %v", article, got, want) })
}

func TestPipelineInMemory(t *testing.T) {
	t.Parallel()
	r := startMemory(t, newMemWriter())
	r.publish("m1", 1, threeQuotes)
	r.wantTexts("m1", "First one here,@1", "Second one there,@1", "Third and last,@1")
	r.publish("m1", 2, oneQuote)
	r.wantTexts("m1", "Only this remains,@2")
	r.publish("m1", 1, threeQuotes+" ") // a late older version
	r.settled()
	r.wantTexts("m1", "Only this remains,@2")
}

// Transient failures are retried (in place, then by redelivery) until the
// write holds; permanent ones park the message with its reason.
func TestPipelineInMemoryFailures(t *testing.T) {
	t.Parallel()
	w := newMemWriter()
	w.fail = func(a index.ArticleDocs, attempt int) error {
		switch {
		case a.ArticleID == "flaky" && attempt <= 6: // more than the in-place retries
			return fmt.Errorf("%w: bulk: status 429", index.ErrUnavailable)
		case a.ArticleID == "bad":
			return fmt.Errorf("%w: mapping: field [x] of type [long]", index.ErrPermanent)
		}
		return nil
	}
	r := startMemory(t, w)
	r.publish("flaky", 1, oneQuote)
	r.publish("bad", 1, oneQuote)
	r.wantTexts("flaky", "Only this remains,@1")
	msg := firstDeadLetter(t, r.ctx, r.js, 1, "the permanent failure was never dead-lettered")
	if reason := msg.Header.Get(bus.HeaderReason); !strings.Contains(reason, "mapping") || msg.Header.Get(bus.HeaderService) != bus.IndexerConsumer {
		t.Errorf("dead letter: reason %q, service %q", reason, msg.Header.Get(bus.HeaderService))
	}
	r.settled()
	if got := r.w.texts("bad"); len(got) != 0 {
		t.Errorf("the failed article has quotes: %v", got)
	}
}
