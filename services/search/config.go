package main

import (
	"errors"

	"github.com/quotewire/quotewire/pkg/service"
)

// Config is the search service's whole configuration, read from the environment.
type Config struct {
	service.Logging
	service.Elasticsearch
	service.Access
	HTTPAddr  string `env:"HTTP_ADDR" envDefault:"127.0.0.1:8080"`
	AdminAddr string `env:"ADMIN_ADDR" envDefault:"127.0.0.1:9084"`
}

// Validate checks the configuration before anything connects.
func (c *Config) Validate() error {
	if c.HTTPAddr == "" || c.AdminAddr == "" {
		return errors.New("HTTP_ADDR and ADMIN_ADDR are required")
	}
	return errors.Join(c.Elasticsearch.Validate(), c.Access.Validate())
}
