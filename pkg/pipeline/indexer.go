package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/sync/errgroup"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/bus"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"github.com/quotewire/quotewire/pkg/quotedoc"
)

// Writer stores the quote documents of article versions; index.Index is one.
type Writer interface {
	Write(ctx context.Context, batch []quotedoc.ArticleDocs) []error
	// Ping reports whether the store answers.
	Ping(ctx context.Context) error
}

// Indexer consumes quotes events in batches and writes each batch with one
// bulk request.
type Indexer struct {
	js        jetstream.JetStream
	w         Writer
	log       *slog.Logger
	m         *Metrics
	batchSize int
	maxWait   time.Duration
	s         *settler
	settling  sync.WaitGroup // batches whose messages are being settled
	// Concurrency is how many batches are fetched and written at once
	// (default 1): one bulk in flight while the next is being fetched.
	Concurrency int
	// Checks, when set, gets a "consumer" readiness check once Run has
	// bound the durable consumer.
	Checks *admin.Checks
}

// NewIndexer returns an indexer writing to w, batchSize events at a time.
func NewIndexer(js jetstream.JetStream, w Writer, log *slog.Logger, m *Metrics, batchSize int) *Indexer {
	if batchSize <= 0 {
		batchSize = 256
	}
	return &Indexer{js: js, w: w, log: log.With("consumer", bus.IndexerConsumer), m: m, batchSize: batchSize, maxWait: 200 * time.Millisecond}
}

// Run fetches and indexes batches until ctx is cancelled; the batch in hand
// is finished (acked or nak'd) before Run returns.
func (x *Indexer) Run(ctx context.Context) error {
	cons, err := bind(ctx, x.js, bus.QuotesStream, bus.IndexerConsumer, x.m, x.Checks)
	if err != nil {
		return err
	}
	x.s = newSettler(ctx, x.js, cons, bus.IndexerConsumer, x.log, x.m)
	var wg sync.WaitGroup
	for range max(1, x.Concurrency) {
		wg.Go(func() { x.loop(ctx, cons) })
	}
	wg.Wait()
	x.settling.Wait()
	x.log.Info("indexer stopped")
	return nil
}

// loop fetches and writes batches until ctx ends. Several loops may run at
// once: documents carry the article version, so two batches holding versions
// of one article can land in any order.
func (x *Indexer) loop(ctx context.Context, cons jetstream.Consumer) {
	hctx := context.WithoutCancel(ctx)
	for ctx.Err() == nil {
		batch, err := cons.Fetch(x.batchSize, jetstream.FetchMaxWait(x.maxWait))
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			x.log.Warn("fetch", "err", err)
			time.Sleep(time.Second)
			continue
		}
		var msgs []jetstream.Msg
		for msg := range batch.Messages() {
			msgs = append(msgs, msg)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && ctx.Err() == nil {
			x.log.Debug("fetch ended", "err", err)
		}
		if len(msgs) > 0 && !x.handle(hctx, msgs) {
			x.pause(ctx)
		}
	}
}

// pause waits until the store answers again: while Elasticsearch is down the
// indexer fetches nothing, so no message spends its deliveries on an outage.
func (x *Indexer) pause(ctx context.Context) {
	x.m.Unavailable.Inc()
	x.log.Warn("elasticsearch unavailable; pausing until it answers")
	for wait := 500 * time.Millisecond; ctx.Err() == nil; wait = min(wait*2, 5*time.Second) {
		if err := x.w.Ping(ctx); err == nil {
			x.log.Info("elasticsearch answers again; resuming")
			return
		}
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
	}
}

// handle writes one batch and settles its messages; it reports false when
// the store was unavailable for part of it.
func (x *Indexer) handle(ctx context.Context, msgs []jetstream.Msg) bool {
	batch := make([]quotedoc.ArticleDocs, 0, len(msgs))
	owners := make([]jetstream.Msg, 0, len(msgs))
	now := time.Now().UTC()
	for _, msg := range msgs {
		x.m.Messages.WithLabelValues(bus.IndexerConsumer, "consumed").Inc()
		var ev quotewirev1.QuotesExtracted
		if err := proto.Unmarshal(msg.Data(), &ev); err != nil {
			x.s.settle(ctx, msg, fmt.Errorf("%w: decode quotes event: %w", errPermanent, err))
			continue
		}
		if ev.GetArticle().GetId() == "" {
			x.s.settle(ctx, msg, fmt.Errorf("%w: quotes event without article id", errPermanent))
			continue
		}
		batch = append(batch, quotedoc.ArticleDocs{
			ArticleID: ev.GetArticle().GetId(),
			Version:   ev.GetArticle().GetVersion(),
			Docs:      quotedoc.Documents(&ev, now),
			Quotes:    int(ev.GetQuotesTotal()),
		})
		owners = append(owners, msg)
	}
	if len(batch) == 0 {
		return true
	}
	start := time.Now()
	stop := keepAlive(owners, 10*time.Second)
	errs := x.write(ctx, batch)
	stop()
	x.m.BulkTime.Observe(time.Since(start).Seconds())
	ok := true
	// settle in the background, concurrently (each ack waits for the
	// server's confirmation), while the loop fetches the next batch; Run
	// waits for every settle before it returns
	g := &errgroup.Group{}
	g.SetLimit(32)
	x.settling.Add(1)
	defer func() { go func() { g.Wait(); x.settling.Done() }() }()
	for i, msg := range owners {
		err := errs[i]
		if errors.Is(err, quotedoc.ErrPermanent) {
			err = fmt.Errorf("%w: %w", errPermanent, err)
		}
		if err == nil {
			x.m.Quotes.WithLabelValues("indexed").Add(float64(len(batch[i].Docs)))
		} else if errors.Is(err, quotedoc.ErrUnavailable) {
			ok = false
		}
		g.Go(func() error { x.s.settle(ctx, msg, err); return nil })
	}
	return ok
}

// write writes the batch, then writes again, after a short pause, the
// articles that failed transiently while the store still answers (items
// rejected with 429 under load): they are retried here in a second rather
// than redelivered after a backoff.
func (x *Indexer) write(ctx context.Context, batch []quotedoc.ArticleDocs) []error {
	errs := x.w.Write(ctx, batch)
	for attempt := range 4 {
		var retry []int
		for i, err := range errs {
			if errors.Is(err, quotedoc.ErrUnavailable) {
				retry = append(retry, i)
			}
		}
		if len(retry) == 0 || x.w.Ping(ctx) != nil {
			break
		}
		time.Sleep(100 * time.Millisecond << attempt)
		sub := make([]quotedoc.ArticleDocs, len(retry))
		for k, i := range retry {
			sub[k] = batch[i]
		}
		for k, err := range x.w.Write(ctx, sub) {
			errs[retry[k]] = err
		}
		x.m.Messages.WithLabelValues(bus.IndexerConsumer, "retried_in_place").Add(float64(len(retry)))
	}
	return errs
}
