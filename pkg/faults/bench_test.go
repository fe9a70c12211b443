//go:build faults

package faults_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/olivere/elastic/v7"
	"golang.org/x/sync/errgroup"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/natstest"
	"github.com/quotewire/quotewire/pkg/pipeline"
	"github.com/quotewire/quotewire/pkg/quote"
	"github.com/quotewire/quotewire/pkg/quotedoc"
	"github.com/quotewire/quotewire/pkg/service"
	"github.com/quotewire/quotewire/pkg/synth"
)

// benchArticles is the workload of BenchmarkPipeline (BENCH_ARTICLES).
func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 20000
}

// waitCount waits, without forcing a refresh, until n documents are
// searchable behind alias.
func waitCount(b *testing.B, ix *index.Index, n int64) {
	deadline := time.Now().Add(20 * time.Minute)
	for {
		c, err := ix.Count(context.Background())
		if err == nil && c >= n {
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("only %d of %d documents searchable", c, n)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// BenchmarkPipeline measures articles per second from publish to searchable
// through the whole pipeline (JetStream, extractor, indexer, on one machine
// with Elasticsearch), and, in the same run, the raw rate of bulk-indexing
// the very same quote documents straight into Elasticsearch, in bulks of the
// same size, one at a time as the indexer sends them. Run with -benchtime=1x.
func BenchmarkPipeline(b *testing.B) {
	n := benchArticles()
	const batch = 256     // articles per bulk: the indexer's default BATCH_SIZE
	const concurrency = 3 // bulks in flight: the indexer's default CONCURRENCY
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	arts := make([][]byte, n)
	ids := make([]string, n)
	docs := make([][]index.Document, n)
	var quotes int64
	now := time.Now()
	for i := range n {
		a := synth.Article(i)
		arts[i], _ = proto.Marshal(a)
		ids[i] = a.GetId()
		ev := pipeline.Event(a, quote.Extract(a.GetText()), now)
		docs[i] = quotedoc.Documents(ev, now)
		quotes += int64(len(docs[i]))
	}
	for b.Loop() {
		// raw: the same documents, straight to Elasticsearch, as many bulks
		// in flight as the indexer has
		raw := estest.Open(b)
		idle0 := cpuIdle()
		start := time.Now()
		var rg errgroup.Group
		rg.SetLimit(concurrency)
		for lo := 0; lo < n; lo += batch {
			bulk := raw.Client().Bulk()
			for _, ds := range docs[lo:min(lo+batch, n)] {
				for _, d := range ds {
					bulk.Add(elastic.NewBulkIndexRequest().Index(raw.Alias()).Id(d.ID).Doc(d))
				}
			}
			rg.Go(func() error {
				res, err := bulk.Do(ctx)
				if err == nil && res.Errors {
					err = fmt.Errorf("item errors")
				}
				return err
			})
		}
		if err := rg.Wait(); err != nil {
			b.Fatalf("raw bulk: %v", err)
		}
		waitCount(b, raw, quotes)
		b.Logf("raw phase: machine busy %.0f%%", busySince(idle0))
		rawRate := float64(n) / time.Since(start).Seconds()

		// pipeline: publish to searchable, with quote clustering (the
		// default) and without
		pipe := func(noClusters bool) float64 {
			ix := estest.Open(b)
			if noClusters {
				cfg := estest.Config(b)
				cfg.NoClusters = true
				var err error
				if ix, err = index.Open(ctx, cfg); err != nil {
					b.Fatal(err)
				}
				if err := ix.Ensure(ctx, 0); err != nil {
					b.Fatal(err)
				}
				b.Cleanup(func() { ix.DeleteAll(context.Background()) })
			}
			ns := natstest.Start(b)
			nc, js, err := service.ConnectNATS(ctx, service.NATS{NATSURL: ns.ClientURL()}, "bench", log)
			if err != nil {
				b.Fatal(err)
			}
			reg := admin.NewRegistry()
			m := pipeline.NewMetrics(reg)
			wctx, cancel := context.WithCancel(ctx)
			g, gctx := errgroup.WithContext(wctx)
			if path := os.Getenv("BENCH_CPUPROFILE"); path != "" {
				f, err := os.Create(path)
				if err != nil {
					b.Fatal(err)
				}
				pprof.StartCPUProfile(f)
				defer func() { pprof.StopCPUProfile(); f.Close() }()
			}
			idle0 := cpuIdle()
			start := time.Now()
			g.Go(func() error {
				x := pipeline.NewExtractor(js, log, m)
				x.Concurrency = 4 // the extractor's default CONCURRENCY
				return x.Run(gctx)
			})
			g.Go(func() error {
				x := pipeline.NewIndexer(js, ix, log, m, batch)
				x.Concurrency = concurrency
				return x.Run(gctx)
			})
			if err := publishAll(ctx, nc, arts, ids); err != nil {
				b.Fatal(err)
			}
			published := time.Since(start)
			qs, _ := js.Stream(ctx, bus.QuotesStream)
			for {
				info, err := qs.Info(ctx)
				if err == nil && info.State.Msgs >= uint64(n) {
					break
				}
				time.Sleep(20 * time.Millisecond)
			}
			extracted := time.Since(start)
			waitCount(b, ix, quotes)
			b.Logf("pipeline phase (clusters %v): machine busy %.0f%%", !noClusters, busySince(idle0))
			b.Logf("stages: all published after %v, all extracted after %v, all searchable after %v", published.Round(time.Millisecond), extracted.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
			rate := float64(n) / time.Since(start).Seconds()
			cancel()
			g.Wait()
			nc.Close()
			if mfs, err := reg.Gather(); err == nil {
				for _, mf := range mfs {
					for _, mt := range mf.GetMetric() {
						if h := mt.GetHistogram(); h != nil && strings.HasPrefix(mf.GetName(), "quotewire_") {
							b.Logf("%s: %d observations, %.2fs in all", mf.GetName(), h.GetSampleCount(), h.GetSampleSum())
						}
					}
				}
			}

			return rate
		}
		plainRate := pipe(true)
		pipeRate := pipe(false)
		b.ReportMetric(pipeRate, "pipeline_articles/s")
		b.ReportMetric(rawRate, "raw_bulk_articles/s")
		b.ReportMetric(100*pipeRate/rawRate, "pipeline_%_of_raw")
		b.ReportMetric(100*plainRate/rawRate, "no_clusters_%_of_raw")
		b.ReportMetric(float64(quotes), "quotes")
		b.Logf("FIGURES pipeline: %d articles, %d quotes: raw bulk %.0f articles/s; pipeline with clusters %.0f articles/s (%.0f%% of raw), without clusters (CLUSTERS=false) %.0f articles/s (%.0f%% of raw)",
			n, quotes, rawRate, pipeRate, 100*pipeRate/rawRate, plainRate, 100*plainRate/rawRate)
	}
}

// publishAll publishes with up to 512 acks outstanding.
func publishAll(ctx context.Context, nc *nats.Conn, arts [][]byte, ids []string) error {
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(512))
	if err != nil {
		return err
	}
	for i, data := range arts {
		if _, err := js.PublishAsync(bus.ArticlesSubject, data, jetstream.WithMsgID(bus.MsgID(ids[i], 1, data))); err != nil {
			return err
		}
	}
	select {
	case <-js.PublishAsyncComplete():
	case <-ctx.Done():
		return ctx.Err()
	}
	return nil
}

type cpuSample struct{ idle, total float64 }

// cpuIdle reads the machine's idle and total CPU time (Linux /proc/stat).
func cpuIdle() cpuSample {
	data, err := os.ReadFile("/proc/stat")
	if err != nil {
		return cpuSample{}
	}
	fields := strings.Fields(strings.SplitN(string(data), "\n", 2)[0])
	var s cpuSample
	for i, f := range fields[1:] {
		v, _ := strconv.ParseFloat(f, 64)
		s.total += v
		if i == 3 || i == 4 { // idle, iowait
			s.idle += v
		}
	}
	return s
}

// busySince is the share of CPU time the machine was busy since s0.
func busySince(s0 cpuSample) float64 {
	s1 := cpuIdle()
	if s1.total == s0.total {
		return 0
	}
	return 100 * (1 - (s1.idle-s0.idle)/(s1.total-s0.total))
}
