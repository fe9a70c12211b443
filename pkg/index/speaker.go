package index

import (
	"context"
	"fmt"
	"time"

	"github.com/olivere/elastic/v7"

	"github.com/quotewire/quotewire/pkg/quotedoc"
)

// Speaker returns a speaker's profile: the quotes whose speaker has every
// word of name (as the speaker filter of a search finds them), counted per
// channel, per outlet and per period of time: days, weeks, months, quarters
// or years, the shortest that fits the speaker's whole span in
// quotedoc.SpeakerPeriods. (Two requests: the span first, then the
// periods. Elasticsearch's auto_date_histogram would do it in one, but
// Elasticsearch 8 keeps it in a module its minimal distribution leaves out.)
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
	if p.FirstSeen == nil || p.LastSeen == nil {
		return p, nil // no dated quote
	}
	p.Interval = periodFor(p.LastSeen.Sub(*p.FirstSeen))
	res, err = ix.client.Search(ix.alias).Query(ix.filters(q, false)).Size(0).
		Aggregation("periods", elastic.NewDateHistogramAggregation().Field("article.published_at").
			CalendarInterval(p.Interval).MinDocCount(1).
			SubAggregation("channels", elastic.NewTermsAggregation().Field("channel").Size(20))).
		Do(rctx)
	if err != nil {
		return nil, searchError("speaker "+name, err)
	}
	if h, ok := res.Aggregations.DateHistogram("periods"); ok {
		for _, b := range h.Buckets {
			p.Periods = append(p.Periods, quotedoc.Period{Start: time.UnixMilli(int64(b.Key)).UTC(), Count: b.DocCount,
				Channels: terms(b.Aggregations, "channels")})
		}
	}
	return p, nil
}

// periodFor is the shortest calendar interval that cuts span into at most
// quotedoc.SpeakerPeriods periods.
func periodFor(span time.Duration) string {
	day := 24 * time.Hour
	for _, c := range []struct {
		name string
		size time.Duration
	}{{"day", day}, {"week", 7 * day}, {"month", 31 * day}, {"quarter", 92 * day}} {
		if span < c.size*time.Duration(quotedoc.SpeakerPeriods-1) {
			return c.name
		}
	}
	return "year"
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
