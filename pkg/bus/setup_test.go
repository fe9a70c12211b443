package bus

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
)

// A JetStream API request that goes unanswered while a cluster elects a
// leader is asked again (CI once failed creating the quotes stream on a
// three-server cluster that had just formed); any other error is final.
func TestRetryLostRequests(t *testing.T) {
	ctx := context.Background()
	calls := 0
	err := retryLost(ctx, func(rctx context.Context) error {
		calls++
		if _, ok := rctx.Deadline(); !ok {
			t.Error("a request has no deadline of its own")
		}
		switch calls {
		case 1:
			return context.DeadlineExceeded
		case 2:
			return nats.ErrNoResponders
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Fatalf("retryLost = %v after %d calls, want nil after 3", err, calls)
	}

	final := errors.New("no suitable peers for placement")
	calls = 0
	if err := retryLost(ctx, func(context.Context) error { calls++; return final }); !errors.Is(err, final) || calls != 1 {
		t.Fatalf("retryLost = %v after %d calls, want the error at once", err, calls)
	}

	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	err = retryLost(short, func(rctx context.Context) error {
		<-rctx.Done()
		return rctx.Err()
	})
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 5*time.Second {
		t.Fatalf("retryLost = %v after %v, want the caller's deadline to end it", err, time.Since(start))
	}
}
