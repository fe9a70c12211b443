package composetest_test

import (
	"fmt"
	"strings"
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

// The cluster profile: three NATS servers routed to each other, three
// Elasticsearch nodes discovering each other with small heaps, two of each
// worker on the cluster's URL lists with three stream replicas, and the
// single-node stack left as it was.
func TestClusterProfile(t *testing.T) {
	single := composetest.Load(t, "../../docker-compose.yml")
	for name := range single.Services {
		if strings.HasPrefix(name, "cluster-") || strings.HasPrefix(name, "es-") || strings.HasPrefix(name, "nats-") {
			t.Errorf("service %s runs without the cluster profile", name)
		}
	}
	p := composetest.Load(t, "../../docker-compose.yml", "cluster")
	for i := 1; i <= 3; i++ {
		n, ok := p.Services[fmt.Sprintf("nats-%d", i)]
		if !ok || !strings.Contains(strings.Join(n.Command, " "), "--routes nats://nats-1:6222,nats://nats-2:6222,nats://nats-3:6222") {
			t.Errorf("nats-%d: missing or not routed to the others: %v", i, n.Command)
		}
		e, ok := p.Services[fmt.Sprintf("es-%d", i)]
		if !ok || deref(e.Environment["discovery.seed_hosts"]) != "es-1,es-2,es-3" || !strings.Contains(deref(e.Environment["ES_JAVA_OPTS"]), "-Xmx512m") {
			t.Errorf("es-%d: missing, not discovering the others, or not a 512 MB heap: %v", i, e.Environment)
		}
	}
	for _, w := range []string{"cluster-extractor", "cluster-indexer"} {
		svc := p.Services[w]
		if svc.Deploy == nil || svc.Deploy.Replicas == nil || *svc.Deploy.Replicas != 2 {
			t.Errorf("%s: want 2 replicas, deploy %+v", w, svc.Deploy)
		}
		if !strings.Contains(deref(svc.Environment["NATS_URL"]), "nats-3:4222") || deref(svc.Environment["STREAM_REPLICAS"]) != "3" {
			t.Errorf("%s: not on the NATS cluster with 3 replicas: %v", w, svc.Environment)
		}
	}
	if !strings.Contains(deref(p.Services["cluster-indexer"].Environment["ES_URL"]), "es-3:9200") ||
		deref(p.Services["cluster-indexer"].Environment["ES_REPLICAS"]) != "1" {
		t.Errorf("cluster-indexer: not on the Elasticsearch cluster with a replica: %v", p.Services["cluster-indexer"].Environment)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
