// Package natstest starts a real in-process NATS server with JetStream for
// tests, on a random port with storage in the test's temporary directory.
package natstest

import (
	"testing"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/quotewire/quotewire/pkg/bus"
)

// Start runs a JetStream server until the test ends and returns it.
func Start(t testing.TB) *server.Server {
	t.Helper()
	return StartWith(t, bus.ServerOptions{})
}

// StartWith is Start with options (the store directory is the test's).
func StartWith(t testing.TB, o bus.ServerOptions) *server.Server {
	t.Helper()
	o.StoreDir = t.TempDir()
	s, err := bus.StartServer(o)
	if err != nil {
		t.Fatalf("start nats-server: %v", err)
	}
	t.Cleanup(func() {
		s.Shutdown()
		s.WaitForShutdown()
	})
	return s
}
