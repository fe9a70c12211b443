// Package bus holds Quotewire's JetStream topology (stream, subject and
// consumer names), creates it idempotently, and publishes articles, quote
// events and dead letters.
package bus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Stream, subject and durable consumer names: the only place they are spelled.
const (
	ArticlesStream   = "QUOTEWIRE_ARTICLES"
	ArticlesSubject  = "quotewire.articles"
	QuotesStream     = "QUOTEWIRE_QUOTES"
	QuotesSubject    = "quotewire.quotes"
	DeadLetterStream = "QUOTEWIRE_DLQ"
	// DeadLetterSubjectPrefix is followed by the service that parked the message.
	DeadLetterSubjectPrefix = "quotewire.dlq."

	ExtractorConsumer = "extractor"
	IndexerConsumer   = "indexer"
)

// Headers set on dead letters.
const (
	HeaderReason          = "Quotewire-Reason"
	HeaderService         = "Quotewire-Service"
	HeaderDeliveries      = "Quotewire-Deliveries"
	HeaderOriginalSubject = "Quotewire-Original-Subject"
	HeaderOriginalStream  = "Quotewire-Original-Stream"
	HeaderOriginalSeq     = "Quotewire-Original-Sequence"
)

// Options tune the topology. The zero value is usable: Setup fills defaults.
type Options struct {
	// Replicas of each stream (1 for a single server).
	Replicas int
	// DuplicateWindow is how long JetStream remembers Nats-Msg-Id values.
	DuplicateWindow time.Duration
	// MaxDeliver bounds redeliveries before a message is dead-lettered.
	MaxDeliver int
	// AckWait is how long a worker may hold a message without acking or
	// signalling progress.
	AckWait time.Duration
	// ArticlesMaxAge bounds how long articles are kept for replays (0: forever).
	ArticlesMaxAge time.Duration
}

func (o *Options) defaults() {
	if o.Replicas <= 0 {
		o.Replicas = 1
	}
	if o.DuplicateWindow <= 0 {
		o.DuplicateWindow = time.Hour
	}
	if o.MaxDeliver <= 0 {
		o.MaxDeliver = 10
	}
	if o.AckWait <= 0 {
		o.AckWait = 30 * time.Second
	}
}

// backoff spaces redeliveries of a message whose handling ended without an
// explicit ack or nak (a crashed or stuck worker). JetStream takes the first
// step as the consumer's AckWait, so it is AckWait itself; workers send
// progress acks well within it during long work.
func backoff(ackWait time.Duration, maxDeliver int) []time.Duration {
	steps := []time.Duration{ackWait, max(ackWait, time.Minute), max(ackWait, 2*time.Minute), max(ackWait, 5*time.Minute)}
	if len(steps) >= maxDeliver {
		steps = steps[:maxDeliver-1]
	}
	return steps
}

// Setup creates or updates the streams and durable consumers. It is safe to
// call from every service at start; when everything is already as wanted it
// only reads, so services on least-privilege users (which may look streams
// and their own consumer up, not change them) pass through it.
func Setup(ctx context.Context, js jetstream.JetStream, o Options) error {
	o.defaults()
	streams := []jetstream.StreamConfig{
		{
			Name:        ArticlesStream,
			Description: "Articles to extract quotes from, as quotewire.v1.Article",
			Subjects:    []string{ArticlesSubject},
			Storage:     jetstream.FileStorage,
			Retention:   jetstream.LimitsPolicy,
			Duplicates:  o.DuplicateWindow,
			MaxAge:      o.ArticlesMaxAge,
			Replicas:    o.Replicas,
		},
		{
			Name:        QuotesStream,
			Description: "Quotes of one article version, as quotewire.v1.QuotesExtracted",
			Subjects:    []string{QuotesSubject},
			Storage:     jetstream.FileStorage,
			Retention:   jetstream.LimitsPolicy,
			Duplicates:  o.DuplicateWindow,
			Replicas:    o.Replicas,
		},
		{
			Name:        DeadLetterStream,
			Description: "Messages that can never be processed, with the reason in headers",
			Subjects:    []string{DeadLetterSubjectPrefix + ">"},
			Storage:     jetstream.FileStorage,
			Retention:   jetstream.LimitsPolicy,
			Replicas:    o.Replicas,
		},
		{
			Name:        ClustersStream,
			Description: "Quote-cluster decisions of the indexers, one subject per index (see ClusterLog)",
			Subjects:    []string{ClustersSubjectPrefix + ">"},
			Storage:     jetstream.FileStorage,
			Retention:   jetstream.LimitsPolicy,
			MaxAge:      ClusterLogMaxAge,
			MaxBytes:    clusterLogMaxBytes,
			Replicas:    o.Replicas,
		},
	}
	for _, sc := range streams {
		err := ensure(ctx, func(ctx context.Context) (bool, error) {
			st, err := js.Stream(ctx, sc.Name)
			return err == nil && streamCurrent(st.CachedInfo().Config, sc), err
		}, func(ctx context.Context) error {
			_, err := js.CreateOrUpdateStream(ctx, sc)
			return err
		})
		if err != nil {
			return fmt.Errorf("create stream %s: %w", sc.Name, err)
		}
	}
	consumers := []struct {
		stream string
		cfg    jetstream.ConsumerConfig
	}{
		{ArticlesStream, consumerConfig(ExtractorConsumer, "Extracts quotes from articles", o)},
		{QuotesStream, consumerConfig(IndexerConsumer, "Indexes quotes in Elasticsearch", o)},
	}
	for _, c := range consumers {
		err := ensure(ctx, func(ctx context.Context) (bool, error) {
			cons, err := js.Consumer(ctx, c.stream, c.cfg.Durable)
			return err == nil && consumerCurrent(cons.CachedInfo().Config, c.cfg), err
		}, func(ctx context.Context) error {
			_, err := js.CreateOrUpdateConsumer(ctx, c.stream, c.cfg)
			return err
		})
		if err != nil {
			return fmt.Errorf("create consumer %s on %s: %w", c.cfg.Durable, c.stream, err)
		}
	}
	return nil
}

// ensure makes one stream or consumer as wanted: nothing is written when
// current reports it already is (so a read-only user gets through), else
// put creates or updates it. Each try asks afresh (retryLost).
func ensure(ctx context.Context, current func(context.Context) (bool, error), put func(context.Context) error) error {
	return retryLost(ctx, func(ctx context.Context) error {
		ok, err := current(ctx)
		if ok {
			return nil
		}
		if lostRequest(err) {
			return err
		}
		return put(ctx)
	})
}

// lostRequest reports a JetStream API request that got no answer.
func lostRequest(err error) bool {
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, nats.ErrNoResponders) || errors.Is(err, jetstream.ErrNoStreamResponse)
}

// setupRequestTimeout bounds one JetStream API request of Setup.
const setupRequestTimeout = 5 * time.Second

// retryLost runs fn with a request timeout of its own until it succeeds,
// fails for a reason other than a lost request, or ctx ends. A request
// can go unanswered while a JetStream cluster elects a leader (a stream
// just created on three servers, a meta leader just changed); asked again,
// the new leader answers.
func retryLost(ctx context.Context, fn func(context.Context) error) error {
	for {
		rctx, cancel := context.WithTimeout(ctx, setupRequestTimeout)
		err := fn(rctx)
		cancel()
		if !lostRequest(err) || ctx.Err() != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// streamCurrent reports whether a stream's settings already are the wanted
// ones (the settings Setup gives; the server's defaults for the rest).
func streamCurrent(have, want jetstream.StreamConfig) bool {
	return slices.Equal(have.Subjects, want.Subjects) && have.Description == want.Description &&
		have.Storage == want.Storage && have.Retention == want.Retention &&
		have.MaxAge == want.MaxAge && have.Replicas == want.Replicas &&
		(want.MaxBytes == 0 || have.MaxBytes == want.MaxBytes) &&
		(want.Duplicates == 0 || have.Duplicates == want.Duplicates)
}

func consumerCurrent(have, want jetstream.ConsumerConfig) bool {
	return have.Description == want.Description && have.AckPolicy == want.AckPolicy &&
		have.DeliverPolicy == want.DeliverPolicy && have.AckWait == want.AckWait &&
		have.MaxDeliver == want.MaxDeliver && slices.Equal(have.BackOff, want.BackOff) &&
		have.MaxAckPending == want.MaxAckPending
}

func consumerConfig(name, desc string, o Options) jetstream.ConsumerConfig {
	return jetstream.ConsumerConfig{
		Durable:       name,
		Description:   desc,
		AckPolicy:     jetstream.AckExplicitPolicy,
		DeliverPolicy: jetstream.DeliverAllPolicy,
		AckWait:       o.AckWait,
		MaxDeliver:    o.MaxDeliver,
		BackOff:       backoff(o.AckWait, o.MaxDeliver),
		MaxAckPending: 4096,
	}
}

// MsgID is the Nats-Msg-Id of an article version: the same article, version
// and text published twice within the duplicate window is stored once.
func MsgID(articleID string, version int64, payload []byte) string {
	sum := sha256.Sum256(payload)
	return articleID + "@" + strconv.FormatInt(version, 10) + "#" + hex.EncodeToString(sum[:8])
}

// Publish stores data on subject with a Nats-Msg-Id and reports whether
// JetStream took it as a duplicate.
func Publish(ctx context.Context, js jetstream.JetStream, subject, msgID string, data []byte) (duplicate bool, err error) {
	ack, err := js.Publish(ctx, subject, data, jetstream.WithMsgID(msgID))
	if err != nil {
		return false, fmt.Errorf("publish %s to %s: %w", msgID, subject, err)
	}
	return ack.Duplicate, nil
}

// DeadLetter parks msg in the dead-letter stream with its reason. The caller
// terminates msg only after DeadLetter returned nil, so nothing is lost.
func DeadLetter(ctx context.Context, js jetstream.JetStream, service string, msg jetstream.Msg, reason error) error {
	out := nats.NewMsg(DeadLetterSubjectPrefix + service)
	out.Data = msg.Data()
	for k, v := range msg.Headers() {
		out.Header[k] = v
	}
	out.Header.Set(HeaderReason, reason.Error())
	out.Header.Set(HeaderService, service)
	out.Header.Set(HeaderOriginalSubject, msg.Subject())
	if md, err := msg.Metadata(); err == nil {
		out.Header.Set(HeaderDeliveries, strconv.FormatUint(md.NumDelivered, 10))
		out.Header.Set(HeaderOriginalStream, md.Stream)
		out.Header.Set(HeaderOriginalSeq, strconv.FormatUint(md.Sequence.Stream, 10))
		// one dead letter per original message, however often we retry this
		out.Header.Set(jetstream.MsgIDHeader, fmt.Sprintf("dlq:%s:%d", md.Stream, md.Sequence.Stream))
	}
	if _, err := js.PublishMsg(ctx, out); err != nil {
		return fmt.Errorf("dead-letter message from %s: %w", msg.Subject(), err)
	}
	return nil
}

// PublishArticle publishes an article version on the articles stream, with
// a Nats-Msg-Id so a re-published article is stored once.
func PublishArticle(ctx context.Context, js jetstream.JetStream, data []byte, articleID string, version int64) (duplicate bool, err error) {
	return Publish(ctx, js, ArticlesSubject, MsgID(articleID, version, data), data)
}
