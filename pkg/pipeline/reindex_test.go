package pipeline_test

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/pipeline"
	"github.com/quotewire/quotewire/pkg/quote"
	"github.com/quotewire/quotewire/pkg/synth"
	"github.com/quotewire/quotewire/pkg/waittest"
)

func (r *rig) publishSynth(from, to int) (quotes int64) {
	r.t.Helper()
	for i := from; i < to; i++ {
		a := synth.Article(i)
		data, _ := proto.Marshal(a)
		if _, err := bus.PublishArticle(r.ctx, r.js, data, a.GetId(), a.GetVersion()); err != nil {
			r.t.Fatal(err)
		}
		quotes += int64(len(quote.Extract(a.GetText())))
	}
	return quotes
}

func (r *rig) waitCount(n int64) {
	r.t.Helper()
	waittest.Eventually(r.t, 60*time.Second, func() bool {
		r.ix.Refresh(r.ctx)
		c, err := r.ix.Count(r.ctx)
		return err == nil && c == n
	}, waittest.Says("the index never held %d quote documents", n))
}

// Reindexing (by copy, then by re-extraction from the articles stream)
// while the pipeline writes and searches run: no search fails or sees fewer
// quotes than before, live writes during the fill are not lost, and the old
// index is kept until asked.
func TestReindexUnderLoad(t *testing.T) {
	r := start(t)
	want := r.publishSynth(0, 300)
	r.waitCount(want)
	before := want

	stop := make(chan struct{})
	var searches, failures atomic.Int64
	var minSeen atomic.Int64
	minSeen.Store(want)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				res, err := r.ix.Search(r.ctx, index.Query{Text: "budget OR bridge OR plan OR trial", Size: 10})
				searches.Add(1)
				if err != nil {
					failures.Add(1)
					t.Errorf("search during reindex: %v", err)
					continue
				}
				if n, err := r.ix.Count(r.ctx); err == nil && n < minSeen.Load() {
					minSeen.Store(n)
				} else if err != nil {
					failures.Add(1)
				}
				_ = res
			}
		})
	}
	// live writes while the first reindex fills
	more := make(chan int64, 1)
	go func() { more <- r.publishSynth(300, 400) }()

	res, err := r.ix.Reindex(r.ctx, 0, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	want += <-more
	r.waitCount(want)
	if res.To != r.ix.Alias()+"-v2" || res.Copied == 0 {
		t.Fatalf("copy reindex: %+v", res)
	}
	if cur, _ := r.ix.Current(r.ctx); cur != res.To {
		t.Fatalf("alias points to %s, want %s", cur, res.To)
	}
	if n, err := r.ix.Target(res.From).Count(r.ctx); err != nil || n == 0 {
		t.Fatalf("the old index %s should be kept: %d, %v", res.From, n, err)
	}

	// second generation: re-extract every article from the stream
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	res2, err := r.ix.Reindex(r.ctx, 0, func(ctx context.Context, target *index.Index) (int64, error) {
		return pipeline.Replay(ctx, r.js, target, log)
	}, true)
	if err != nil {
		t.Fatal(err)
	}
	close(stop)
	wg.Wait()
	r.waitCount(want)
	if res2.Copied != want {
		t.Errorf("replay filled %d quotes, want %d", res2.Copied, want)
	}
	if _, err := r.ix.Target(res2.From).Count(r.ctx); err == nil {
		t.Errorf("%s still exists after -delete-old", res2.From)
	}
	if failures.Load() != 0 {
		t.Errorf("%d of %d searches failed during the reindexes", failures.Load(), searches.Load())
	}
	if minSeen.Load() < before {
		t.Errorf("a count during the reindexes saw %d quotes, fewer than the %d indexed before", minSeen.Load(), before)
	}
	t.Logf("%d searches during two reindexes, none failed; copy %+v; replay %+v", searches.Load(), res, res2)
}
