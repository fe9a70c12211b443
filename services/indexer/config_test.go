package main

import (
	"strings"
	"testing"

	"github.com/quotewire/quotewire/pkg/composetest"
	"github.com/quotewire/quotewire/pkg/service"
)

func TestComposeMatchesConfig(t *testing.T) {
	composetest.CheckService(t, "../../docker-compose.yml", "indexer", Config{})
	composetest.CheckService(t, "../../docker-compose.yml", "cluster-indexer", Config{})
}

func TestConfigDefaultsAreValid(t *testing.T) {
	t.Setenv("ES_URL", "http://127.0.0.1:9200")
	if _, err := service.Load(&Config{}); err != nil {
		t.Fatalf("defaults: %v", err)
	}
}

func TestREADMEGivesDefaults(t *testing.T) {
	composetest.CheckREADME(t, "../../README.md", Config{})
	composetest.CheckREADME(t, "README.md", Config{})
}

func TestWaitForActiveShards(t *testing.T) {
	t.Setenv("ES_URL", "http://127.0.0.1:9200")
	for _, c := range []struct {
		wait, replicas string
		ok             bool
	}{
		{"", "0", true}, {"all", "2", true}, {"1", "0", true}, {"2", "1", true},
		{"2", "0", false}, {"0", "1", false}, {"most", "1", false}, {"-1", "1", false},
	} {
		t.Setenv("ES_WAIT_FOR_ACTIVE_SHARDS", c.wait)
		t.Setenv("ES_REPLICAS", c.replicas)
		_, err := service.Load(&Config{})
		if (err == nil) != c.ok {
			t.Errorf("ES_WAIT_FOR_ACTIVE_SHARDS=%q ES_REPLICAS=%s: err %v, want ok %v", c.wait, c.replicas, err, c.ok)
		} else if err != nil && !strings.Contains(err.Error(), "ES_WAIT_FOR_ACTIVE_SHARDS") {
			t.Errorf("error does not name the variable: %v", err)
		}
	}
}
