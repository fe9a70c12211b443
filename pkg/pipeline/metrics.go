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
	Pending      *prometheus.GaugeVec
	AckPending   *prometheus.GaugeVec
	Redelivered  *prometheus.GaugeVec
	Unavailable  prometheus.Counter
}

// NewMetrics registers the instruments on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotewire_messages_total",
			Help: "JetStream messages handled, by consumer and outcome (consumed, acked, ack_failed, nakd, dead_lettered, terminated).",
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
		Pending: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "quotewire_consumer_pending",
			Help: "Consumer lag: messages in the stream not yet delivered to the consumer.",
		}, []string{"consumer"}),
		AckPending: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "quotewire_consumer_ack_pending",
			Help: "Messages delivered to the consumer and not yet acked.",
		}, []string{"consumer"}),
		Redelivered: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "quotewire_consumer_redelivered",
			Help: "Messages of the consumer delivered more than once and not yet acked.",
		}, []string{"consumer"}),
		Unavailable: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "quotewire_elasticsearch_pauses_total",
			Help: "Times the indexer stopped fetching because Elasticsearch was unavailable.",
		}),
	}
	reg.MustRegister(m.Messages, m.Quotes, m.ExtractTime, m.BulkTime, m.ArticleBytes, m.Pending, m.AckPending, m.Redelivered, m.Unavailable)
	return m
}
