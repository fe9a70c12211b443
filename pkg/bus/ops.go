package bus

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// StreamStatus is one stream's state.
type StreamStatus struct {
	Name     string `json:"name"`
	Messages uint64 `json:"messages"`
	Bytes    uint64 `json:"bytes"`
	FirstSeq uint64 `json:"first_seq"`
	LastSeq  uint64 `json:"last_seq"`
}

// ConsumerStatus is one durable consumer's backlog.
type ConsumerStatus struct {
	Stream      string `json:"stream"`
	Name        string `json:"name"`
	Pending     uint64 `json:"pending"`     // not yet delivered: the lag
	AckPending  int    `json:"ack_pending"` // delivered, not yet acked
	Redelivered int    `json:"redelivered"`
	Waiting     int    `json:"waiting"` // pull requests waiting: workers attached
}

// Status is the state of Quotewire's topology.
type Status struct {
	Streams     []StreamStatus   `json:"streams"`
	Consumers   []ConsumerStatus `json:"consumers"`
	DeadLetters map[string]int   `json:"dead_letters"` // by service
}

// ReadStatus reads the streams, consumers and dead-letter counts.
func ReadStatus(ctx context.Context, js jetstream.JetStream) (*Status, error) {
	st := &Status{DeadLetters: map[string]int{}}
	for _, name := range []string{ArticlesStream, QuotesStream, DeadLetterStream} {
		s, err := js.Stream(ctx, name)
		if err != nil {
			return nil, fmt.Errorf("stream %s: %w", name, err)
		}
		var opts []jetstream.StreamInfoOpt
		if name == DeadLetterStream {
			opts = append(opts, jetstream.WithSubjectFilter(DeadLetterSubjectPrefix+">"))
		}
		info, err := s.Info(ctx, opts...)
		if err != nil {
			return nil, fmt.Errorf("stream %s: %w", name, err)
		}
		st.Streams = append(st.Streams, StreamStatus{Name: name, Messages: info.State.Msgs, Bytes: info.State.Bytes, FirstSeq: info.State.FirstSeq, LastSeq: info.State.LastSeq})
		if name == DeadLetterStream {
			for subj, n := range info.State.Subjects {
				st.DeadLetters[subj[len(DeadLetterSubjectPrefix):]] = int(n)
			}
		}
	}
	for _, c := range [][2]string{{ArticlesStream, ExtractorConsumer}, {QuotesStream, IndexerConsumer}} {
		cons, err := js.Consumer(ctx, c[0], c[1])
		if err != nil {
			return nil, fmt.Errorf("consumer %s: %w", c[1], err)
		}
		info, err := cons.Info(ctx)
		if err != nil {
			return nil, fmt.Errorf("consumer %s: %w", c[1], err)
		}
		st.Consumers = append(st.Consumers, ConsumerStatus{Stream: c[0], Name: c[1], Pending: info.NumPending, AckPending: info.NumAckPending, Redelivered: info.NumRedelivered, Waiting: info.NumWaiting})
	}
	return st, nil
}

// DeadLetterInfo describes one parked message.
type DeadLetterInfo struct {
	Seq             uint64    `json:"seq"`
	Parked          time.Time `json:"parked"`
	Service         string    `json:"service"`
	Reason          string    `json:"reason"`
	Deliveries      int       `json:"deliveries"`
	OriginalSubject string    `json:"original_subject"`
	OriginalStream  string    `json:"original_stream,omitempty"`
	OriginalSeq     uint64    `json:"original_seq,omitempty"`
	Bytes           int       `json:"bytes"`
}

// DeadLetters lists the parked messages, oldest first, of one service (all
// when service is empty), at most limit of them (all when limit <= 0).
func DeadLetters(ctx context.Context, js jetstream.JetStream, service string, limit int) ([]DeadLetterInfo, error) {
	var out []DeadLetterInfo
	err := eachDeadLetter(ctx, js, service, func(m *jetstream.RawStreamMsg) bool {
		out = append(out, describe(m))
		return limit <= 0 || len(out) < limit
	})
	return out, err
}

func describe(m *jetstream.RawStreamMsg) DeadLetterInfo {
	d := DeadLetterInfo{
		Seq: m.Sequence, Parked: m.Time, Bytes: len(m.Data),
		Service:         m.Header.Get(HeaderService),
		Reason:          m.Header.Get(HeaderReason),
		OriginalSubject: m.Header.Get(HeaderOriginalSubject),
		OriginalStream:  m.Header.Get(HeaderOriginalStream),
	}
	d.Deliveries, _ = strconv.Atoi(m.Header.Get(HeaderDeliveries))
	d.OriginalSeq, _ = strconv.ParseUint(m.Header.Get(HeaderOriginalSeq), 10, 64)
	return d
}

// eachDeadLetter calls fn on the parked messages in order until it returns false.
func eachDeadLetter(ctx context.Context, js jetstream.JetStream, service string, fn func(*jetstream.RawStreamMsg) bool) error {
	s, err := js.Stream(ctx, DeadLetterStream)
	if err != nil {
		return fmt.Errorf("stream %s: %w", DeadLetterStream, err)
	}
	subject := DeadLetterSubjectPrefix + ">"
	if service != "" {
		subject = DeadLetterSubjectPrefix + service
	}
	for seq := uint64(1); ; seq++ {
		m, err := s.GetMsg(ctx, seq, jetstream.WithGetMsgSubject(subject))
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read dead letters: %w", err)
		}
		if !fn(m) {
			return nil
		}
		seq = m.Sequence
	}
}

// Replay re-publishes parked messages (all of service's, or only the one at
// seq when seq > 0) to their original subjects, and removes each from the
// dead-letter stream once JetStream has stored it again. It returns how
// many were replayed.
func Replay(ctx context.Context, js jetstream.JetStream, service string, seq uint64) (int, error) {
	s, err := js.Stream(ctx, DeadLetterStream)
	if err != nil {
		return 0, fmt.Errorf("stream %s: %w", DeadLetterStream, err)
	}
	var todo []*jetstream.RawStreamMsg
	if seq > 0 {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			return 0, fmt.Errorf("dead letter %d: %w", seq, err)
		}
		todo = append(todo, m)
	} else if err := eachDeadLetter(ctx, js, service, func(m *jetstream.RawStreamMsg) bool { todo = append(todo, m); return true }); err != nil {
		return 0, err
	}
	n := 0
	for _, m := range todo {
		subject := m.Header.Get(HeaderOriginalSubject)
		if subject == "" {
			return n, fmt.Errorf("dead letter %d has no %s header", m.Sequence, HeaderOriginalSubject)
		}
		out := nats.NewMsg(subject)
		out.Data = m.Data
		for k, v := range m.Header {
			out.Header[k] = v
		}
		for _, h := range []string{HeaderReason, HeaderService, HeaderDeliveries, HeaderOriginalSubject, HeaderOriginalStream, HeaderOriginalSeq} {
			out.Header.Del(h)
		}
		// a replay repeated within the duplicate window is stored once
		out.Header.Set(jetstream.MsgIDHeader, "replay:"+strconv.FormatUint(m.Sequence, 10))
		if _, err := js.PublishMsg(ctx, out); err != nil {
			return n, fmt.Errorf("replay dead letter %d to %s: %w", m.Sequence, subject, err)
		}
		if err := s.DeleteMsg(ctx, m.Sequence); err != nil {
			return n, fmt.Errorf("replayed dead letter %d, but could not remove it: %w", m.Sequence, err)
		}
		n++
	}
	return n, nil
}
