package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/article"
	"github.com/quotewire/quotewire/pkg/bus"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"github.com/quotewire/quotewire/pkg/quote"
	"github.com/quotewire/quotewire/pkg/quotedoc"
)

// errPermanent marks a message that can never be handled as sent.
var errPermanent = errors.New("permanent failure")

// Extractor consumes articles and publishes one quotes event per article.
type Extractor struct {
	js  jetstream.JetStream
	log *slog.Logger
	m   *Metrics
	s   *settler
	// Concurrency is how many articles are handled at once (default 1).
	Concurrency int
	// Checks, when set, gets a "consumer" readiness check once Run has
	// bound the durable consumer.
	Checks *admin.Checks
	// engine extracts the quotes of a text (quote.Check; tests replace it)
	engine func(string) ([]quote.Quote, error)
}

// NewExtractor returns an extractor publishing through js.
func NewExtractor(js jetstream.JetStream, log *slog.Logger, m *Metrics) *Extractor {
	return &Extractor{js: js, log: log.With("consumer", bus.ExtractorConsumer), m: m, engine: quote.Check}
}

// Run consumes until ctx is cancelled, then drains: the messages already
// pulled are handled and acked before Run returns.
func (x *Extractor) Run(ctx context.Context) error {
	cons, err := bind(ctx, x.js, bus.ArticlesStream, bus.ExtractorConsumer, x.m, x.Checks)
	if err != nil {
		return err
	}
	x.s = newSettler(ctx, x.js, cons, bus.ExtractorConsumer, x.log, x.m)
	it, err := cons.Messages(jetstream.PullMaxMessages(64))
	if err != nil {
		return fmt.Errorf("consume %s: %w", bus.ExtractorConsumer, err)
	}
	go func() {
		<-ctx.Done()
		it.Drain()
	}()
	// handling outlives cancellation so that drained messages are finished;
	// several workers overlap one article's extraction with another's
	// publish and ack round trips
	hctx := context.WithoutCancel(ctx)
	work := make(chan jetstream.Msg)
	var wg sync.WaitGroup
	for range max(1, x.Concurrency) {
		wg.Go(func() {
			for msg := range work {
				x.handle(hctx, msg)
			}
		})
	}
	defer wg.Wait()
	defer close(work)
	for {
		msg, err := it.Next()
		if errors.Is(err, jetstream.ErrMsgIteratorClosed) {
			x.log.Info("consumer drained")
			return nil
		}
		if err != nil {
			x.log.Warn("next message", "err", err)
			continue
		}
		work <- msg
	}
}

// bind looks up a durable consumer, starts watching its backlog and
// registers its readiness check.
func bind(ctx context.Context, js jetstream.JetStream, stream, durable string, m *Metrics, checks *admin.Checks) (jetstream.Consumer, error) {
	cons, err := js.Consumer(ctx, stream, durable)
	if err != nil {
		return nil, fmt.Errorf("consumer %s on %s: %w", durable, stream, err)
	}
	go watch(ctx, cons, durable, m)
	if checks != nil {
		checks.Set("consumer", consumerReady(cons))
	}
	return cons, nil
}

func (x *Extractor) handle(ctx context.Context, msg jetstream.Msg) {
	x.m.Messages.WithLabelValues(bus.ExtractorConsumer, "consumed").Inc()
	ev, err := x.extract(msg)
	if err != nil {
		x.s.settle(ctx, msg, err)
		return
	}
	parts, err := Split(ev, budget(x.js.Conn().MaxPayload()))
	if err != nil {
		x.s.settle(ctx, msg, err)
		return
	}
	a := ev.GetArticle()
	id := "quotes:" + bus.MsgID(a.GetId(), a.GetVersion(), msg.Data())
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	for _, p := range parts {
		data, err := proto.Marshal(p)
		if err != nil {
			x.s.settle(ctx, msg, fmt.Errorf("%w: encode quotes: %w", errPermanent, err))
			return
		}
		pid := id
		if p.GetParts() > 1 {
			pid += "/" + strconv.Itoa(int(p.GetPart()))
		}
		if _, err := bus.Publish(pctx, x.js, bus.QuotesSubject, pid, data); err != nil {
			if errors.Is(err, nats.ErrMaxPayload) {
				err = fmt.Errorf("%w: %w", errPermanent, err)
			}
			x.s.settle(ctx, msg, err)
			return
		}
	}
	x.m.Quotes.WithLabelValues("extracted").Add(float64(len(ev.GetQuotes())))
	x.s.settle(ctx, msg, nil)
}

// budget is the largest quotes event worth sending to a server that takes
// messages of up to maxPayload bytes: room is left for the headers
// (Nats-Msg-Id) and the protocol.
func budget(maxPayload int64) int {
	if maxPayload <= 0 {
		maxPayload = 1 << 20
	}
	return int(max(maxPayload-8<<10, maxPayload/2))
}

// Split divides a quotes event into parts of at most budget encoded bytes,
// each with the article's metadata and some of its quotes in order. An event
// that fits is returned alone and unchanged; a quote that fits no part is a
// permanent failure.
func Split(ev *quotewirev1.QuotesExtracted, budget int) ([]*quotewirev1.QuotesExtracted, error) {
	if proto.Size(ev) <= budget {
		return []*quotewirev1.QuotesExtracted{ev}, nil
	}
	quotes := ev.GetQuotes()
	head := &quotewirev1.QuotesExtracted{
		Article: ev.GetArticle(), ExtractedAt: ev.GetExtractedAt(), EngineVersion: ev.GetEngineVersion(),
		QuotesTotal: int32(len(quotes)), Part: math.MaxInt32, Parts: math.MaxInt32,
	}
	overhead := proto.Size(head)
	var parts []*quotewirev1.QuotesExtracted
	size := budget // forces a first part
	for i, q := range quotes {
		n := proto.Size(q)
		n += 1 + protowire.SizeVarint(uint64(n)) // field tag and length
		if overhead+n > budget {
			return nil, fmt.Errorf("%w: quote %d of article %s is %d bytes encoded; the message bus takes %d", errPermanent, i, ev.GetArticle().GetId(), n, budget)
		}
		if size+n > budget {
			p := proto.CloneOf(head)
			p.Part = int32(len(parts))
			parts = append(parts, p)
			size = overhead
		}
		p := parts[len(parts)-1]
		p.Quotes = append(p.Quotes, q)
		size += n
	}
	for _, p := range parts {
		p.Parts = int32(len(parts))
	}
	return parts, nil
}

// extract decodes an article message and extracts its quotes.
func (x *Extractor) extract(msg jetstream.Msg) (*quotewirev1.QuotesExtracted, error) {
	var a quotewirev1.Article
	if err := proto.Unmarshal(msg.Data(), &a); err != nil {
		return nil, fmt.Errorf("%w: decode article: %w", errPermanent, err)
	}
	if err := article.Validate(&a); err != nil {
		return nil, fmt.Errorf("%w: %w", errPermanent, err)
	}
	if len(a.GetText()) > 1<<20 {
		// a long article: keep the message ours while we work on it
		defer keepAlive([]jetstream.Msg{msg}, 5*time.Second)()
		_ = msg.InProgress()
	}
	start := time.Now()
	qs, err := x.engine(a.GetText())
	if err != nil {
		// a fault of the engine's on this text: retried it would fail
		// again, so it is parked with the fault for whoever fixes it
		x.log.Error("extract", "article", a.GetId(), "err", err)
		return nil, fmt.Errorf("%w: article %s: %w", errPermanent, a.GetId(), err)
	}
	x.m.ExtractTime.Observe(time.Since(start).Seconds())
	x.m.ArticleBytes.Add(float64(len(a.GetText())))
	return Event(&a, qs, time.Now()), nil
}

// Event builds the quotes event of an article: quote ids are UUIDv5 of the
// article id and position, the same as the index's document ids.
func Event(a *quotewirev1.Article, qs []quote.Quote, now time.Time) *quotewirev1.QuotesExtracted {
	meta := proto.Clone(a).(*quotewirev1.Article)
	meta.Text = ""
	ev := &quotewirev1.QuotesExtracted{
		Article:       meta,
		ExtractedAt:   timestamppb.New(now),
		EngineVersion: quote.Version,
		Quotes:        make([]*quotewirev1.Quote, 0, len(qs)),
	}
	for i, q := range qs {
		ev.Quotes = append(ev.Quotes, &quotewirev1.Quote{
			Id:         quotedoc.DocID(a.GetId(), i),
			ArticleId:  a.GetId(),
			Position:   int32(i),
			Text:       q.Text,
			Start:      uint32(q.Start),
			End:        uint32(q.End),
			Speaker:    &quotewirev1.Speaker{Name: q.Speaker, Mention: q.Mention},
			Cue:        q.Cue,
			Channel:    ChannelValue(q.Channel),
			Outlet:     q.Outlet,
			Context:    q.Context,
			Confidence: q.Confidence,
			TextHash:   quote.HashText(q.Text),
			Kind:       kindValue(q.Kind),
			// how sure the channel is
			ChannelConfidence: q.ChannelConfidence,
		})
	}
	return ev
}

// ChannelValue maps an engine label ("tv") to its enum value.
func ChannelValue(label string) quotewirev1.Channel {
	if v, ok := quotewirev1.Channel_value["CHANNEL_"+strings.ToUpper(label)]; ok {
		return quotewirev1.Channel(v)
	}
	return quotewirev1.Channel_CHANNEL_UNKNOWN
}

func kindValue(k quote.Kind) quotewirev1.QuoteKind {
	if k == quote.KindFragment {
		return quotewirev1.QuoteKind_QUOTE_KIND_FRAGMENT
	}
	return quotewirev1.QuoteKind_QUOTE_KIND_QUOTE
}
