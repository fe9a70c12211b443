package pipeline

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/quotewire/quotewire/pkg/admin"
)

// fakeMsg is a jetstream.Msg that records how it was settled.
type fakeMsg struct {
	delivered uint64
	ackErr    error
	calls     []string
}

func (m *fakeMsg) Metadata() (*jetstream.MsgMetadata, error) {
	return &jetstream.MsgMetadata{NumDelivered: m.delivered, Stream: "S", Sequence: jetstream.SequencePair{Stream: 7}}, nil
}
func (m *fakeMsg) Data() []byte         { return []byte("body") }
func (m *fakeMsg) Headers() nats.Header { return nats.Header{} }
func (m *fakeMsg) Subject() string      { return "quotewire.articles" }
func (m *fakeMsg) Reply() string        { return "" }
func (m *fakeMsg) DoubleAck(context.Context) error {
	m.calls = append(m.calls, "double-ack")
	return m.ackErr
}
func (m *fakeMsg) Nak() error        { m.calls = append(m.calls, "nak"); return nil }
func (m *fakeMsg) InProgress() error { m.calls = append(m.calls, "in-progress"); return nil }
func (m *fakeMsg) Term() error       { m.calls = append(m.calls, "term"); return nil }
func (m *fakeMsg) TermWithReason(reason string) error {
	m.calls = append(m.calls, "term: "+reason)
	return nil
}
func (m *fakeMsg) NakWithDelay(d time.Duration) error {
	m.calls = append(m.calls, "nak "+d.String())
	return nil
}
func (m *fakeMsg) Ack() error { m.calls = append(m.calls, "ack"); return m.ackErr }

var _ jetstream.Msg = (*fakeMsg)(nil)

// The whole ack policy, case by case: what settle does with a message given
// the handling's error, the delivery count and the dead-letter stream's
// answer.
func TestSettle(t *testing.T) {
	t.Parallel()
	errTransient := errors.New("elasticsearch unavailable")
	errPerm := errors.Join(errPermanent, errors.New("decode article"))
	for _, c := range []struct {
		name       string
		err        error
		delivered  uint64
		maxDeliver int
		ackErr     error
		dlqErr     error
		want       []string // what the message saw
		parked     string   // the reason stored with the dead letter ("" none)
		counted    string   // the outcome counted last
	}{
		{name: "success acks", err: nil, delivered: 1, maxDeliver: 10, want: []string{"ack"}, counted: "acked"},
		{name: "a lost ack is only counted", err: nil, delivered: 1, maxDeliver: 10, ackErr: nats.ErrConnectionClosed,
			want: []string{"ack"}, counted: "ack_failed"},
		{name: "transient, first delivery: nak 2 s", err: errTransient, delivered: 1, maxDeliver: 10, want: []string{"nak 2s"}, counted: "nakd"},
		{name: "transient, third delivery: nak 8 s", err: errTransient, delivered: 3, maxDeliver: 10, want: []string{"nak 8s"}, counted: "nakd"},
		{name: "transient, delay capped at a minute", err: errTransient, delivered: 9, maxDeliver: 0, want: []string{"nak 1m0s"}, counted: "nakd"},
		{name: "permanent: dead letter, then term", err: errPerm, delivered: 1, maxDeliver: 10,
			want: []string{"term"}, parked: errPerm.Error(), counted: "terminated"},
		{name: "transient on the last delivery: give up, dead letter, term", err: errTransient, delivered: 10, maxDeliver: 10,
			want: []string{"term"}, parked: "gave up: still failing after 10 deliveries: elasticsearch unavailable", counted: "terminated"},
		{name: "dead letter not stored: nak 5 s, no term", err: errPerm, delivered: 1, maxDeliver: 10, dlqErr: nats.ErrTimeout,
			want: []string{"nak 5s"}, counted: "nakd"},
		{name: "giving up and the dead letter not stored: nak, no term", err: errTransient, delivered: 10, maxDeliver: 10, dlqErr: nats.ErrTimeout,
			want: []string{"nak 5s"}, counted: "nakd"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			m := NewMetrics(admin.NewRegistry())
			var parked []string
			s := &settler{consumer: "extractor", log: slog.New(slog.NewTextHandler(io.Discard, nil)), m: m, maxDeliver: c.maxDeliver,
				deadLetter: func(_ context.Context, _ jetstream.Msg, reason error) error {
					if c.dlqErr != nil {
						return c.dlqErr
					}
					parked = append(parked, reason.Error())
					return nil
				}}
			msg := &fakeMsg{delivered: c.delivered, ackErr: c.ackErr}
			s.settle(context.Background(), msg, c.err)
			if diff := cmp.Diff(c.want, msg.calls); diff != "" {
				t.Errorf("message calls (-want +got):\n%s", diff)
			}
			var wantParked []string
			if c.parked != "" {
				wantParked = []string{c.parked}
			}
			if diff := cmp.Diff(wantParked, parked); diff != "" {
				t.Errorf("dead letters (-want +got):\n%s", diff)
			}
			if got := counter(t, m, c.counted); got != 1 {
				t.Errorf("outcome %q counted %v times, want 1", c.counted, got)
			}
		})
	}
}

// counter reads the messages counter of the extractor for one outcome.
func counter(t *testing.T, m *Metrics, outcome string) float64 {
	t.Helper()
	return testutil.ToFloat64(m.Messages.WithLabelValues("extractor", outcome))
}
