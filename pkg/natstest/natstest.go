// Package natstest starts a real in-process NATS server with JetStream for
// tests, on a random port with storage in the test's temporary directory.
package natstest

import (
	"fmt"
	"net"
	"net/url"
	"strings"
	"testing"
	"time"

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

// StartCluster runs n JetStream servers in one cluster (routes between all
// of them, storage in the test's temporary directory) until the test ends
// and returns them once the cluster has a JetStream leader. Shut one down
// to test riding over a server loss. Ports are picked free and may be taken
// by another process before the servers bind them: then it tries again
// with new ones.
func StartCluster(t testing.TB, n int) []*server.Server {
	t.Helper()
	var err error
	for range 3 {
		var servers []*server.Server
		if servers, err = startCluster(t, n); err == nil {
			t.Cleanup(func() {
				for _, s := range servers {
					s.Shutdown()
					s.WaitForShutdown()
				}
			})
			return servers
		}
	}
	t.Fatal(err)
	return nil
}

func startCluster(t testing.TB, n int) ([]*server.Server, error) {
	ports := make([]int, n)
	for i := range ports {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		ports[i] = ln.Addr().(*net.TCPAddr).Port
		ln.Close()
	}
	var routes []*url.URL
	for _, p := range ports {
		routes = append(routes, &url.URL{Scheme: "nats", Host: fmt.Sprintf("127.0.0.1:%d", p)})
	}
	var servers []*server.Server
	stop := func() {
		for _, s := range servers {
			s.Shutdown()
			s.WaitForShutdown()
		}
	}
	for i := range n {
		opts := &server.Options{
			ServerName: fmt.Sprintf("quotewire-test-%d", i), Host: "127.0.0.1", Port: server.RANDOM_PORT,
			JetStream: true, StoreDir: t.TempDir(), NoSigs: true, NoLog: true, MaxPayload: bus.MaxPayload,
			Cluster: server.ClusterOpts{Name: "quotewire-test", Host: "127.0.0.1", Port: ports[i]},
			Routes:  routes,
		}
		s, err := server.NewServer(opts)
		if err != nil {
			stop()
			return nil, fmt.Errorf("cluster server %d: %w", i, err)
		}
		go s.Start()
		servers = append(servers, s)
	}
	for i, s := range servers {
		if !s.ReadyForConnections(10 * time.Second) {
			stop()
			return nil, fmt.Errorf("cluster server %d not ready within 10 s", i)
		}
	}
	// ready when a leader is elected and sees every server online with its
	// stats in: before that, a stream of n replicas finds "no suitable
	// peers for placement" (a peer not yet reported is offline to it)
	deadline := time.Now().Add(30 * time.Second)
	for {
		if clusterFormed(servers) {
			return servers, nil
		}
		if time.Now().After(deadline) {
			stop()
			return nil, fmt.Errorf("the JetStream cluster did not elect a leader seeing all %d servers within 30 s", n)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// clusterFormed reports a JetStream meta leader that sees every server as a
// peer, with every server current with it.
func clusterFormed(servers []*server.Server) bool {
	leader := false
	for _, s := range servers {
		if s.JetStreamIsLeader() && len(s.JetStreamClusterPeers()) == len(servers) {
			leader = true
		}
	}
	if !leader {
		return false
	}
	for _, s := range servers {
		if !s.JetStreamIsCurrent() {
			return false
		}
	}
	return true
}

// ClientURLs lists the servers' client URLs, comma-separated (NATS_URL).
func ClientURLs(servers []*server.Server) string {
	urls := make([]string, len(servers))
	for i, s := range servers {
		urls[i] = s.ClientURL()
	}
	return strings.Join(urls, ",")
}
