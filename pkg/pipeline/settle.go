package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/quotewire/quotewire/pkg/bus"
)

// settler ends the handling of one consumer's messages: ack on success,
// dead letter then Term on a permanent failure, Nak with a growing delay on
// a transient one. A message that fails transiently on its last allowed
// delivery is parked in the dead-letter stream too (JetStream would
// otherwise stop delivering it silently), so nothing is ever dropped.
type settler struct {
	// deadLetter stores a message in the dead-letter stream with its reason
	// (bus.DeadLetter; tests put a stand-in here).
	deadLetter func(ctx context.Context, msg jetstream.Msg, reason error) error
	consumer   string
	log        *slog.Logger
	m          *Metrics
	maxDeliver int // the consumer's MaxDeliver; <= 0 is unlimited
}

func newSettler(ctx context.Context, js jetstream.JetStream, cons jetstream.Consumer, consumer string, log *slog.Logger, m *Metrics) *settler {
	s := &settler{consumer: consumer, log: log, m: m}
	s.deadLetter = func(ctx context.Context, msg jetstream.Msg, reason error) error {
		return bus.DeadLetter(ctx, js, consumer, msg, reason)
	}
	if info, err := cons.Info(ctx); err == nil {
		s.maxDeliver = info.Config.MaxDeliver
	}
	return s
}

func (s *settler) count(outcome string) { s.m.Messages.WithLabelValues(s.consumer, outcome).Inc() }

// settle acks, naks or dead-letters msg according to err.
func (s *settler) settle(ctx context.Context, msg jetstream.Msg, err error) {
	if err == nil {
		// The effect is durable already, so the ack need not be confirmed:
		// a lost ack means a redelivery, which the same ids make harmless.
		if aerr := msg.Ack(); aerr != nil {
			s.log.Warn("ack", "subject", msg.Subject(), "err", aerr)
			s.count("ack_failed")
			return
		}
		s.count("acked")
		return
	}
	var delivered uint64 = 1
	if md, merr := msg.Metadata(); merr == nil {
		delivered = md.NumDelivered
	}
	if !errors.Is(err, errPermanent) && s.maxDeliver > 0 && delivered >= uint64(s.maxDeliver) {
		err = fmt.Errorf("%w: still failing after %s deliveries: %w", errGaveUp, strconv.FormatUint(delivered, 10), err)
	}
	if errors.Is(err, errPermanent) || errors.Is(err, errGaveUp) {
		s.park(ctx, msg, err)
		return
	}
	delay := retryDelay(delivered)
	s.log.Warn("transient failure; retrying", "subject", msg.Subject(), "err", err, "delay", delay, "delivered", delivered)
	_ = msg.NakWithDelay(delay)
	s.count("nakd")
}

// park stores msg in the dead-letter stream, then terminates it; when the
// dead letter cannot be stored the message is nak'd and tried again.
func (s *settler) park(ctx context.Context, msg jetstream.Msg, reason error) {
	if derr := s.deadLetter(ctx, msg, reason); derr != nil {
		s.log.Error("dead-letter failed; will retry", "err", derr, "reason", reason)
		_ = msg.NakWithDelay(5 * time.Second)
		s.count("nakd")
		return
	}
	s.count("dead_lettered")
	s.log.Warn("message dead-lettered", "subject", msg.Subject(), "reason", reason)
	if terr := msg.Term(); terr != nil {
		s.log.Warn("term", "err", terr)
		return
	}
	s.count("terminated")
}

// errGaveUp marks a transient failure that outlived the consumer's MaxDeliver.
var errGaveUp = errors.New("gave up")

// retryDelay grows with the delivery count, capped at a minute.
func retryDelay(delivered uint64) time.Duration {
	d := time.Second << min(delivered, 6)
	return min(d, time.Minute)
}

// keepAlive tells JetStream every period that msgs are still being worked on,
// until the returned function is called; a slow bulk or a long article then
// never outlives its AckWait.
func keepAlive(msgs []jetstream.Msg, period time.Duration) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				for _, m := range msgs {
					_ = m.InProgress()
				}
			}
		}
	}()
	return func() { close(done) }
}

// watch publishes the consumer's backlog as gauges until ctx ends.
func watch(ctx context.Context, cons jetstream.Consumer, consumer string, m *Metrics) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		ictx, cancel := context.WithTimeout(ctx, 3*time.Second)
		info, err := cons.Info(ictx)
		cancel()
		if err == nil {
			m.Pending.WithLabelValues(consumer).Set(float64(info.NumPending))
			m.AckPending.WithLabelValues(consumer).Set(float64(info.NumAckPending))
			m.Redelivered.WithLabelValues(consumer).Set(float64(info.NumRedelivered))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// consumerReady is a readiness check: the durable consumer answers.
func consumerReady(cons jetstream.Consumer) func(context.Context) error {
	return func(ctx context.Context) error {
		if _, err := cons.Info(ctx); err != nil {
			return fmt.Errorf("consumer: %w", err)
		}
		return nil
	}
}
