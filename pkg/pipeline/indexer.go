package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/bus"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"github.com/quotewire/quotewire/pkg/index"
)

// Writer stores the quote documents of article versions; index.Index is one.
type Writer interface {
	Write(ctx context.Context, batch []index.ArticleDocs) []error
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
}

// NewIndexer returns an indexer writing to w, batchSize events at a time.
func NewIndexer(js jetstream.JetStream, w Writer, log *slog.Logger, m *Metrics, batchSize int) *Indexer {
	if batchSize <= 0 {
		batchSize = 256
	}
	return &Indexer{js: js, w: w, log: log.With("consumer", bus.IndexerConsumer), m: m, batchSize: batchSize, maxWait: 500 * time.Millisecond}
}

// Run fetches and indexes batches until ctx is cancelled; the batch in hand
// is finished (acked or nak'd) before Run returns.
func (x *Indexer) Run(ctx context.Context) error {
	cons, err := x.js.Consumer(ctx, bus.QuotesStream, bus.IndexerConsumer)
	if err != nil {
		return fmt.Errorf("consumer %s: %w", bus.IndexerConsumer, err)
	}
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
		if len(msgs) > 0 {
			x.handle(hctx, msgs)
		}
	}
	x.log.Info("indexer stopped")
	return nil
}

func (x *Indexer) handle(ctx context.Context, msgs []jetstream.Msg) {
	batch := make([]index.ArticleDocs, 0, len(msgs))
	owners := make([]jetstream.Msg, 0, len(msgs))
	now := time.Now().UTC()
	for _, msg := range msgs {
		x.m.Messages.WithLabelValues(bus.IndexerConsumer, "consumed").Inc()
		var ev quotewirev1.QuotesExtracted
		if err := proto.Unmarshal(msg.Data(), &ev); err != nil {
			settle(ctx, x.js, msg, bus.IndexerConsumer, x.log, x.m, fmt.Errorf("%w: decode quotes event: %v", errPermanent, err))
			continue
		}
		if ev.GetArticle().GetId() == "" {
			settle(ctx, x.js, msg, bus.IndexerConsumer, x.log, x.m, fmt.Errorf("%w: quotes event without article id", errPermanent))
			continue
		}
		batch = append(batch, index.ArticleDocs{
			ArticleID: ev.GetArticle().GetId(),
			Version:   ev.GetArticle().GetVersion(),
			Docs:      index.Documents(&ev, now),
		})
		owners = append(owners, msg)
	}
	if len(batch) == 0 {
		return
	}
	start := time.Now()
	errs := x.w.Write(ctx, batch)
	x.m.BulkTime.Observe(time.Since(start).Seconds())
	for i, msg := range owners {
		err := errs[i]
		if errors.Is(err, index.ErrPermanent) {
			err = fmt.Errorf("%w: %v", errPermanent, err)
		}
		if err == nil {
			x.m.Quotes.WithLabelValues("indexed").Add(float64(len(batch[i].Docs)))
		}
		settle(ctx, x.js, msg, bus.IndexerConsumer, x.log, x.m, err)
	}
}
