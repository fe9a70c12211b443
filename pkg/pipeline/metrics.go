// Package pipeline holds Quotewire's two workers: the extractor (articles
// stream → quotes stream) and the indexer (quotes stream → Elasticsearch).
// Each acks a message only after its effect is durable, naks transient
// failures with a delay, and parks permanent failures in the dead-letter
// stream before terminating them.
package pipeline

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the workers' Prometheus instruments.
type Metrics struct {
	Messages     *prometheus.CounterVec
	Quotes       *prometheus.CounterVec
	ExtractTime  prometheus.Histogram
	BulkTime     prometheus.Histogram
	ArticleBytes prometheus.Counter
}

// NewMetrics registers the instruments on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotewire_messages_total",
			Help: "JetStream messages handled, by consumer and outcome (acked, nakd, terminated, dead_lettered, consumed).",
		}, []string{"consumer", "outcome"}),
		Quotes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotewire_quotes_total",
			Help: "Quotes extracted or indexed.",
		}, []string{"stage"}),
		ExtractTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "quotewire_extract_seconds",
			Help:    "Time to extract the quotes of one article.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 4, 8),
		}),
		BulkTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "quotewire_bulk_seconds",
			Help:    "Time of one Elasticsearch bulk write, stale-quote sweep included.",
			Buckets: prometheus.ExponentialBuckets(0.002, 3, 9),
		}),
		ArticleBytes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "quotewire_article_bytes_total",
			Help: "Bytes of article text extracted.",
		}),
	}
	reg.MustRegister(m.Messages, m.Quotes, m.ExtractTime, m.BulkTime, m.ArticleBytes)
	return m
}
