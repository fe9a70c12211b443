package index

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/olivere/elastic/v7"

	"github.com/quotewire/quotewire/pkg/quotedoc"
)

// Speaker returns a speaker's profile: the quotes whose speaker has every
// word of name (as the speaker filter of a search finds them), counted per
// channel, per outlet and per period of time, the periods sized by
// Elasticsearch so the whole span fits in quotedoc.SpeakerPeriods.
func (ix *Index) Speaker(ctx context.Context, name string) (*quotedoc.SpeakerProfile, error) {
	q := Query{Speaker: name}
	if err := q.Validate(); err != nil {
		return nil, err
	}
	if name == "" {
		return nil, fmt.Errorf("%w: a speaker's name is required", ErrBadQuery)
	}
	rctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	res, err := ix.client.Search(ix.alias).Query(ix.filters(q, false)).Size(0).TrackTotalHits(true).
		Aggregation("name", elastic.NewTermsAggregation().Field("speaker").Size(1)).
		Aggregation("channels", elastic.NewTermsAggregation().Field("channel").Size(20)).
		Aggregation("outlets", elastic.NewTermsAggregation().Field("article.outlet").Size(10)).
		Aggregation("first", elastic.NewMinAggregation().Field("article.published_at")).
		Aggregation("last", elastic.NewMaxAggregation().Field("article.published_at")).
		Aggregation("periods", elastic.NewAutoDateHistogramAggregation().Field("article.published_at").
			Buckets(quotedoc.SpeakerPeriods).SubAggregation("channels", elastic.NewTermsAggregation().Field("channel").Size(20))).
		Do(rctx)
	if err != nil {
		return nil, searchError("speaker "+name, err)
	}
	if res.TotalHits() == 0 {
		return nil, fmt.Errorf("speaker %.100q: %w", name, ErrNotFound)
	}
	p := &quotedoc.SpeakerProfile{Name: name, Total: res.TotalHits(), Channels: terms(res.Aggregations, "channels"),
		Outlets: terms(res.Aggregations, "outlets"), Periods: []quotedoc.Period{}}
	if top := terms(res.Aggregations, "name"); len(top) > 0 {
		p.Name = top[0].Value
	}
	p.FirstSeen = aggTime(res.Aggregations, "first", true)
	p.LastSeen = aggTime(res.Aggregations, "last", false)
	if h, ok := res.Aggregations.AutoDateHistogram("periods"); ok {
		if raw, ok := h.Aggregations["interval"]; ok {
			_ = json.Unmarshal(raw, &p.Interval) // "7d", "1M": left empty if absent
		}
		for _, b := range h.Buckets {
			p.Periods = append(p.Periods, quotedoc.Period{Start: time.UnixMilli(int64(b.Key)).UTC(), Count: b.DocCount,
				Channels: terms(b.Aggregations, "channels")})
		}
	}
	return p, nil
}

// aggTime reads a min or max aggregation over a date as a time.
func aggTime(aggs elastic.Aggregations, name string, min bool) *time.Time {
	get := aggs.Max
	if min {
		get = aggs.Min
	}
	m, ok := get(name)
	if !ok || m.Value == nil {
		return nil
	}
	t := time.UnixMilli(int64(*m.Value)).UTC()
	return &t
}
