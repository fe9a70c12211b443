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
	s, err := bus.StartServer(bus.ServerOptions{StoreDir: t.TempDir()})
	if err != nil {
		t.Fatalf("start nats-server: %v", err)
	}
	t.Cleanup(func() {
		s.Shutdown()
		s.WaitForShutdown()
	})
	return s
}
