package bus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// The cluster log puts the quote-cluster decisions of every indexer process
// writing one index in a single order. An indexer appends the anchors a
// batch placed only if the log has not moved since the last decision it
// applied (an expected-last-sequence publish: a compare-and-set JetStream
// keeps on its own, replicated with the stream); when another indexer
// appended first, it applies that decision and decides again. Every process
// tails the log, so the near-duplicate another indexer placed a millisecond
// ago is known before Elasticsearch has made it searchable. The log needs to
// reach back only past that moment (a refresh of the quotes index), so its
// messages are kept for ClusterLogMaxAge.
const (
	ClustersStream        = "QUOTEWIRE_CLUSTERS"
	ClustersSubjectPrefix = "quotewire.clusters."
	// ClusterLogMaxAge is how long a decision stays in the log: much longer
	// than an index refresh, so a decision is searchable long before it
	// leaves the log, even when writing its quotes took retries.
	ClusterLogMaxAge = 5 * time.Minute
	// clusterLogMaxBytes bounds the log on disk whatever the rate.
	clusterLogMaxBytes = 1 << 30
)

// ClusterLog is one index's decision log (see ClustersStream).
type ClusterLog struct {
	js      jetstream.JetStream
	subject string
	id      string // this process's, on its appends: its tail skips their data
}

// NewClusterLog returns the log of the index family named alias.
func NewClusterLog(js jetstream.JetStream, alias string) *ClusterLog {
	sum := sha256.Sum256([]byte(alias))
	return &ClusterLog{js: js, subject: ClustersSubjectPrefix + hex.EncodeToString(sum[:8]), id: uuid.NewString()}
}

// Append stores data if the last decision in the log is still the one at
// sequence after (0: none). Otherwise it stores nothing and reports moved,
// with the sequence of the log's last decision, which the caller applies
// (through Tail) before deciding again.
func (l *ClusterLog) Append(ctx context.Context, after uint64, data []byte) (seq uint64, moved bool, err error) {
	msg := nats.NewMsg(l.subject)
	msg.Data = data
	msg.Header.Set(headerAppender, l.id)
	ack, err := l.js.PublishMsg(ctx, msg, jetstream.WithExpectLastSequencePerSubject(after))
	if err == nil {
		return ack.Sequence, false, nil
	}
	var apiErr *jetstream.APIError
	if !errors.As(err, &apiErr) || (apiErr.ErrorCode != jetstream.JSErrCodeStreamWrongLastSequence &&
		apiErr.ErrorCode != jetstream.JSErrCodeStreamWrongLastSequenceConstant) {
		return 0, false, fmt.Errorf("append to cluster log: %w", err)
	}
	st, err := l.js.Stream(ctx, ClustersStream)
	if err != nil {
		return 0, false, fmt.Errorf("cluster log moved; read its last decision: %w", err)
	}
	last, err := st.GetLastMsgForSubject(ctx, l.subject)
	if err != nil {
		return 0, false, fmt.Errorf("cluster log moved; read its last decision: %w", err)
	}
	return last.Sequence, true, nil
}

// headerAppender names the process that appended a decision.
const headerAppender = "Quotewire-Appender"

// Tail calls apply for every decision in the log, in order, from the oldest
// kept, then for each new one as it is appended, until ctx ends (an ordered
// consumer: it resumes where it was after a reconnect or a server loss).
// This process's own decisions come with nil data: it knows them already.
func (l *ClusterLog) Tail(ctx context.Context, apply func(seq uint64, data []byte)) error {
	cons, err := l.js.OrderedConsumer(ctx, ClustersStream, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{l.subject},
		DeliverPolicy:  jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return fmt.Errorf("tail cluster log: %w", err)
	}
	cc, err := cons.Consume(func(m jetstream.Msg) {
		md, err := m.Metadata()
		if err != nil {
			return
		}
		if m.Headers().Get(headerAppender) == l.id {
			apply(md.Sequence.Stream, nil)
			return
		}
		apply(md.Sequence.Stream, m.Data())
	})
	if err != nil {
		return fmt.Errorf("tail cluster log: %w", err)
	}
	<-ctx.Done()
	cc.Stop()
	return nil
}
