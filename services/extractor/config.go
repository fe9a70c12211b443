package main

import (
	"errors"

	"github.com/quotewire/quotewire/pkg/service"
)

// Config is the extractor's whole configuration, read from the environment.
type Config struct {
	service.Logging
	service.NATS
	AdminAddr string `env:"ADMIN_ADDR" envDefault:"127.0.0.1:9082"`
}

// Validate checks the configuration before anything connects.
func (c *Config) Validate() error {
	if c.AdminAddr == "" {
		return errors.New("ADMIN_ADDR is required")
	}
	return c.NATS.Validate()
}
