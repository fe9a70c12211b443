package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/article"
	"github.com/quotewire/quotewire/pkg/bus"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"github.com/quotewire/quotewire/pkg/quote"
	"github.com/quotewire/quotewire/pkg/quotedoc"
)

// Replay re-extracts every article kept in the articles stream with this
// engine and writes the quotes into w (a new index generation during a
// reindex), batch by batch. Invalid articles are skipped, as the extractor
// dead-letters them. It returns the number of quotes written.
func Replay(ctx context.Context, js jetstream.JetStream, w Writer, log *slog.Logger) (int64, error) {
	st, err := js.Stream(ctx, bus.ArticlesStream)
	if err != nil {
		return 0, fmt.Errorf("stream %s: %w", bus.ArticlesStream, err)
	}
	last := st.CachedInfo().State.LastSeq
	if last == 0 {
		return 0, nil
	}
	cons, err := js.OrderedConsumer(ctx, bus.ArticlesStream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		return 0, fmt.Errorf("replay %s: %w", bus.ArticlesStream, err)
	}
	var quotes int64
	for {
		batch, err := cons.Fetch(256, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			return quotes, fmt.Errorf("replay %s: %w", bus.ArticlesStream, err)
		}
		var docs []quotedoc.ArticleDocs
		var seq uint64
		now := time.Now().UTC()
		for msg := range batch.Messages() {
			if md, err := msg.Metadata(); err == nil {
				seq = md.Sequence.Stream
			}
			var a quotewirev1.Article
			if err := proto.Unmarshal(msg.Data(), &a); err != nil || article.Validate(&a) != nil {
				continue
			}
			qs, err := quote.Check(a.GetText())
			if err != nil {
				// (the live extractor parked it in the dead-letter stream)
				log.Error("replay: skip article", "article", a.GetId(), "err", err)
				continue
			}
			ev := Event(&a, qs, now)
			docs = append(docs, quotedoc.ArticleDocs{ArticleID: a.GetId(), Version: a.GetVersion(), Docs: quotedoc.Documents(ev, now)})
		}
		if err := batch.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) {
			return quotes, fmt.Errorf("replay %s: %w", bus.ArticlesStream, err)
		}
		if len(docs) > 0 {
			for i, err := range w.Write(ctx, docs) {
				if err != nil {
					return quotes, fmt.Errorf("replay: article %s: %w", docs[i].ArticleID, err)
				}
				quotes += int64(len(docs[i].Docs))
			}
		}
		if seq >= last {
			log.Info("replay done", "articles_stream_seq", seq, "quotes", quotes)
			return quotes, nil
		}
		if seq == 0 { // an empty fetch: done when nothing is pending
			if err := ctx.Err(); err != nil {
				return quotes, err
			}
			if info, err := cons.Info(ctx); err == nil && info.NumPending == 0 {
				return quotes, nil
			}
		}
	}
}
