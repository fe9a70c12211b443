package main

import (
	"errors"

	"github.com/quotewire/quotewire/pkg/service"
)

// Config is the ingest service's whole configuration, read from the environment.
type Config struct {
	service.Logging
	service.NATS
	service.Access
	HTTPAddr     string `env:"HTTP_ADDR" envDefault:"127.0.0.1:8081"`
	AdminAddr    string `env:"ADMIN_ADDR" envDefault:"127.0.0.1:9081"`
	MaxBodyBytes int64  `env:"MAX_BODY_BYTES" envDefault:"33554432"`
}

// Validate checks the configuration before anything connects.
func (c *Config) Validate() error {
	if c.MaxBodyBytes <= 0 {
		return errors.New("MAX_BODY_BYTES must be positive")
	}
	if c.HTTPAddr == "" || c.AdminAddr == "" {
		return errors.New("HTTP_ADDR and ADMIN_ADDR are required")
	}
	return errors.Join(c.NATS.Validate(), c.Access.Validate())
}
