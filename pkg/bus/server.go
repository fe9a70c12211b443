package bus

import (
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// ServerOptions configure an in-process NATS server with JetStream, used by
// the all-in-one dev mode and by tests.
type ServerOptions struct {
	Host     string // default 127.0.0.1
	Port     int    // 0 picks a free port (server.RANDOM_PORT)
	StoreDir string // JetStream file storage; required
	// MaxPayload is the largest message accepted (MaxPayload when 0; at
	// most 64 MiB).
	MaxPayload int32
	// User and Password, when set, are the only credentials the server
	// takes (the dev mode's made-up user).
	User, Password string
}

// MaxPayload is the max_payload Quotewire's servers are run with (the dev
// mode's and tests' in-process server, docs/security/nats-server.conf):
// articles hold up to 16 MiB of text (pkg/article), and NATS's own default,
// 1 MiB, would refuse long ones that ingest accepts.
const MaxPayload = 32 << 20

// StartServer starts an in-process nats-server with JetStream on file storage
// and waits until it accepts connections. Call Shutdown and
// WaitForShutdown on the result when done.
func StartServer(o ServerOptions) (*server.Server, error) {
	if o.StoreDir == "" {
		return nil, fmt.Errorf("start nats-server: a JetStream store directory is required")
	}
	if o.Host == "" {
		o.Host = "127.0.0.1"
	}
	if o.MaxPayload == 0 {
		o.MaxPayload = MaxPayload
	}
	port := o.Port
	if port == 0 {
		port = server.RANDOM_PORT
	}
	opts := &server.Options{
		ServerName: "quotewire-dev",
		Host:       o.Host,
		Port:       port,
		JetStream:  true,
		StoreDir:   o.StoreDir,
		MaxPayload: o.MaxPayload,
		NoSigs:     true,
		NoLog:      true,
	}
	if o.User != "" {
		opts.Users = []*server.User{{Username: o.User, Password: o.Password}}
	}
	s, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("start nats-server: %w", err)
	}
	go s.Start()
	if !s.ReadyForConnections(30 * time.Second) {
		s.Shutdown()
		return nil, fmt.Errorf("start nats-server on %s:%d: not ready within 30s", o.Host, o.Port)
	}
	return s, nil
}
