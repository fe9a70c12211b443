package main

import (
	"testing"

	"github.com/quotewire/quotewire/pkg/composetest"
	"github.com/quotewire/quotewire/pkg/service"
)

func TestComposeMatchesConfig(t *testing.T) {
	composetest.CheckService(t, "../../docker-compose.yml", "ingest", Config{})
	composetest.CheckService(t, "../../docker-compose.yml", "cluster-ingest", Config{})
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
