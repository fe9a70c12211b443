// Package faults holds Quotewire's fault-injection tests, built only with
// the "faults" tag: `make test-faults` runs them against a real
// Elasticsearch node (which they stop and start), a real in-process NATS
// server (which they restart) and the real extractor and indexer binaries
// (which they kill). Each test ends with a count reconciliation: quotes the
// engine finds in the published articles = documents in Elasticsearch, with
// no article missing a quote or holding one twice.
package faults
