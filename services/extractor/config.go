package main

import (
	"errors"

	"github.com/quotewire/quotewire/pkg/service"
)

// Config is the extractor's whole configuration, read from the environment.
type Config struct {
	service.Logging
	service.NATS
	AdminAddr   string `env:"ADMIN_ADDR" envDefault:"127.0.0.1:9082"`
	Concurrency int    `env:"CONCURRENCY" envDefault:"4"`
}

// Validate checks the configuration before anything connects.
func (c *Config) Validate() error {
	if c.AdminAddr == "" {
		return errors.New("ADMIN_ADDR is required")
	}
	if c.Concurrency < 1 || c.Concurrency > 256 {
		return errors.New("CONCURRENCY must be from 1 to 256")
	}
	return c.NATS.Validate()
}
