package composetest_test

import (
	"testing"

	"github.com/quotewire/quotewire/pkg/composetest"
)

// Every published port listens on the loopback address unless the operator
// opens it (QUOTEWIRE_BIND): NATS, Elasticsearch and the APIs run without
// auth in the compose file.
func TestPublishedPortsAreLocal(t *testing.T) {
	p := composetest.Load(t, "../../docker-compose.yml")
	published := 0
	for name, svc := range p.Services {
		for _, port := range svc.Ports {
			if port.Published == "" {
				continue
			}
			published++
			if port.HostIP != "127.0.0.1" {
				t.Errorf("service %s publishes %s on %q, want 127.0.0.1", name, port.Published, port.HostIP)
			}
		}
	}
	if published == 0 {
		t.Error("no published port found: the check checked nothing")
	}
}
