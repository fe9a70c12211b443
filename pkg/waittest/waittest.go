// Package waittest waits in tests for what happens in the background (a
// message indexed, a dead letter stored) without hand-written deadline
// loops or fixed sleeps.
package waittest

import (
	"fmt"
	"testing"
	"time"
)

// Tick is how often Eventually checks its condition.
const Tick = 100 * time.Millisecond

// Eventually checks cond every Tick until it holds and fails the test
// (t.Fatalf) when timeout passes first, with what describe says then (the
// last state cond saw, for one).
func Eventually(t testing.TB, timeout time.Duration, cond func() bool, describe func() string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", timeout, describe())
		}
		time.Sleep(Tick)
	}
}

// Says is a describe function for Eventually that gives a fixed message.
func Says(format string, args ...any) func() string {
	return func() string { return fmt.Sprintf(format, args...) }
}
