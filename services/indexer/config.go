package main

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/quotewire/quotewire/pkg/service"
)

// Config is the indexer's whole configuration, read from the environment.
type Config struct {
	service.Logging
	service.NATS
	service.Elasticsearch
	ESReplicas int `env:"ES_REPLICAS" envDefault:"0"`
	BatchSize  int `env:"BATCH_SIZE" envDefault:"256"`
	// Concurrency is how many bulks are in flight at once.
	Concurrency int    `env:"CONCURRENCY" envDefault:"3"`
	AdminAddr   string `env:"ADMIN_ADDR" envDefault:"127.0.0.1:9083"`
}

// Validate checks the configuration before anything connects.
func (c *Config) Validate() error {
	if c.BatchSize < 1 || c.BatchSize > 10000 {
		return errors.New("BATCH_SIZE must be from 1 to 10000")
	}
	if c.Concurrency < 1 || c.Concurrency > 64 {
		return errors.New("CONCURRENCY must be from 1 to 64")
	}
	if c.ESReplicas < 0 {
		return errors.New("ES_REPLICAS must not be negative")
	}
	if n, err := strconv.Atoi(c.ESWaitForActiveShards); err == nil && n > c.ESReplicas+1 {
		return fmt.Errorf("ES_WAIT_FOR_ACTIVE_SHARDS=%d asks for more shard copies than ES_REPLICAS=%d gives (%d): every write would wait and fail", n, c.ESReplicas, c.ESReplicas+1)
	}
	if c.AdminAddr == "" {
		return errors.New("ADMIN_ADDR is required")
	}
	if err := c.NATS.Validate(); err != nil {
		return err
	}
	return c.Elasticsearch.Validate()
}
