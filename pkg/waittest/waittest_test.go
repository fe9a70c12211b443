package waittest_test

import (
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/waittest"
)

type recorder struct {
	testing.TB
	failed string
}

func (r *recorder) Helper() {}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = format
	panic(r) // stop like FailNow, without ending this test
}

func TestEventually(t *testing.T) {
	t.Parallel()
	calls := 0
	waittest.Eventually(t, time.Second, func() bool { calls++; return calls == 3 }, waittest.Says("never"))
	if calls != 3 {
		t.Errorf("condition checked %d times, want 3", calls)
	}
	r := &recorder{TB: t}
	start := time.Now()
	func() {
		defer func() {
			if p := recover(); p != r {
				t.Errorf("no failure for a condition that never holds (recovered %v)", p)
			}
		}()
		waittest.Eventually(r, 300*time.Millisecond, func() bool { return false }, waittest.Says("still %s", "false"))
	}()
	if r.failed == "" || time.Since(start) < 300*time.Millisecond {
		t.Errorf("failed %q after %s", r.failed, time.Since(start))
	}
}
