package index

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/google/uuid"
	"github.com/olivere/elastic/v7"

	"github.com/quotewire/quotewire/pkg/quotedoc"
)

// Search returns one page of quotes, newest article first, or by relevance
// when q.Text is set.
func (ix *Index) Search(ctx context.Context, q Query) (*Result, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	// a speaker's words must match exactly first; only a name nothing
	// matches is read again with a typo allowed ("chrissy teigan"). The
	// total ignores the cursor, so every page of a listing makes the same
	// choice.
	res, err := ix.search(ctx, q, false)
	if err == nil && q.Speaker != "" && res.TotalHits() == 0 {
		res, err = ix.search(ctx, q, true)
	}
	if err != nil {
		return nil, err
	}
	out := &Result{Total: res.TotalHits(), TotalRelation: "eq"}
	var marks map[string]bool
	if q.Highlight && q.Text != "" {
		marks = queryTerms(q.Text)
	}
	if res.Hits != nil && res.Hits.TotalHits != nil && res.Hits.TotalHits.Relation != "" {
		out.TotalRelation = res.Hits.TotalHits.Relation
	}
	for _, h := range res.Hits.Hits {
		var d Document
		if err := decode(h.Source, &d); err != nil {
			return nil, fmt.Errorf("decode quote %s: %w", h.Id, err)
		}
		out.Docs = append(out.Docs, d)
		if marks != nil {
			out.Highlights = append(out.Highlights, highlight(d.Text, marks))
		}
	}
	if q.Facets {
		out.Facets = &Facets{
			Speakers: terms(res.Aggregations, "speakers"),
			Channels: terms(res.Aggregations, "channels"),
			Outlets:  terms(res.Aggregations, "outlets"),
		}
		if h, ok := res.Aggregations.DateHistogram("months"); ok {
			for _, b := range h.Buckets {
				if b.KeyAsString != nil {
					out.Facets.Months = append(out.Facets.Months, Facet{Value: *b.KeyAsString, Count: b.DocCount})
				}
			}
		}
	}
	if n := len(res.Hits.Hits); n == q.Size && (int64(n) < out.Total || q.Group != "") {
		out.NextCursor = encodeCursor(res.Hits.Hits[n-1].Sort)
	}
	return out, nil
}

// search sends q to Elasticsearch, the speaker's words matched exactly or
// with a typo allowed.
func (ix *Index) search(ctx context.Context, q Query, fuzzy bool) (*elastic.SearchResult, error) {
	b := ix.filters(q, fuzzy)
	// totals are exact up to 10,000, then a lower bound: counting a million
	// matches costs more than finding the best twenty. Sources come whole:
	// filtering them makes Elasticsearch parse and rewrite each one, a tenth
	// of a search's time.
	svc := ix.client.Search(ix.alias).Query(b).Size(q.Size).TrackTotalHits(TotalExactUpTo)
	sortBy := q.Sort
	if sortBy == "" {
		sortBy = "date"
		if q.Text != "" {
			sortBy = "relevance"
		}
	}
	switch sortBy {
	case "relevance":
		svc.SortBy(elastic.NewScoreSort())
	case "date":
		svc.SortBy(elastic.NewFieldSort("article.published_at").Desc().Missing("_last"))
	case "date_asc":
		svc.SortBy(elastic.NewFieldSort("article.published_at").Asc().Missing("_last"))
	}
	svc.SortBy(ix.lastSort(ctx))
	if q.Group == "cluster" {
		svc.Collapse(elastic.NewCollapseBuilder("cluster_id"))
	}
	if q.Facets {
		svc.Aggregation("speakers", elastic.NewTermsAggregation().Field("speaker").Size(10))
		svc.Aggregation("channels", elastic.NewTermsAggregation().Field("channel").Size(20))
		svc.Aggregation("outlets", elastic.NewTermsAggregation().Field("article.outlet").Size(10))
		svc.Aggregation("months", elastic.NewDateHistogramAggregation().Field("article.published_at").CalendarInterval("month").Format("yyyy-MM").MinDocCount(1))
	}
	if q.Cursor != "" {
		after, err := decodeCursor(q.Cursor, sortBy == "relevance")
		if err != nil {
			return nil, err
		}
		svc.SearchAfter(after...)
	}
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	res, err := svc.Do(ctx)
	if err != nil {
		return nil, searchError("search", err)
	}
	return res, nil
}

// searchError tells a request Elasticsearch refused as malformed (a 400, in
// words for the client; its text stays in the chain for logs) from a
// cluster that did not answer.
func searchError(what string, err error) error {
	if e, ok := err.(*elastic.Error); ok && e.Status == 400 {
		return quotedoc.BadQuery("the search could not be run as asked (a cursor from another search?)", err)
	}
	return fmt.Errorf("%w: %s: %w", ErrUnavailable, what, err)
}

func terms(aggs elastic.Aggregations, name string) []Facet {
	out := []Facet{}
	t, ok := aggs.Terms(name)
	if !ok {
		return out
	}
	for _, b := range t.Buckets {
		if v, ok := b.Key.(string); ok && v != "" {
			out = append(out, Facet{Value: v, Count: b.DocCount})
		}
	}
	return out
}

// filters builds the query of q: user text only through
// simple_query_string on the quote fields, everything else as filters.
func (ix *Index) filters(q Query, fuzzy bool) *elastic.BoolQuery {
	b := elastic.NewBoolQuery()
	if q.Text != "" {
		fields := []string{"text"}
		if ix.caps.EnglishAnalyzer {
			fields = append(fields, "text.english")
		}
		sq := elastic.NewSimpleQueryStringQuery(q.Text).DefaultOperator("and").Flags("AND|OR|NOT|PHRASE|PREFIX|PRECEDENCE|WHITESPACE|ESCAPE")
		for _, f := range fields {
			sq.Field(f)
		}
		b.Must(sq)
	}
	if sw := quotedoc.SpeakerWords(q.Speaker); sw != "" {
		// any variant of the name: its words in any order (a typo allowed
		// when fuzzy)
		m := elastic.NewMatchQuery("speaker.text", sw).Operator("and")
		if fuzzy {
			m.Fuzziness("AUTO").PrefixLength(1)
		}
		b.Filter(m)
	}
	if q.Channel != "" {
		b.Filter(elastic.NewTermQuery("channel", q.Channel))
	}
	if q.Outlet != "" {
		b.Filter(elastic.NewBoolQuery().MinimumNumberShouldMatch(1).Should(
			elastic.NewMatchPhraseQuery("outlet.text", q.Outlet),
			elastic.NewMatchPhraseQuery("article.outlet.text", q.Outlet)))
	}
	if q.ArticleID != "" {
		b.Filter(elastic.NewTermQuery("article_id", q.ArticleID))
	}
	if q.ClusterID != "" {
		b.Filter(elastic.NewTermQuery("cluster_id", q.ClusterID))
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		r := elastic.NewRangeQuery("article.published_at")
		if !q.From.IsZero() {
			r.Gte(q.From.Format(time.RFC3339Nano))
		}
		if !q.To.IsZero() {
			r.Lte(q.To.Format(time.RFC3339Nano))
		}
		b.Filter(r)
	}
	return b
}

// Get returns one quote by its document id.
func (ix *Index) Get(ctx context.Context, id string) (*Document, error) {
	if _, err := uuid.Parse(id); err != nil || len(id) != 36 {
		// quote ids are UUIDs: anything else names no quote
		return nil, fmt.Errorf("quote %.64q: %w", id, ErrNotFound)
	}
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	res, err := ix.client.Get().Index(ix.alias).Id(id).Do(ctx)
	if elastic.IsNotFound(err) {
		return nil, fmt.Errorf("quote %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: get quote %s: %w", ErrUnavailable, id, err)
	}
	var d Document
	if err := decode(res.Source, &d); err != nil {
		return nil, fmt.Errorf("decode quote %s: %w", id, err)
	}
	return &d, nil
}

func encodeCursor(sort []any) string {
	b, _ := json.Marshal(sort)
	return base64.RawURLEncoding.EncodeToString(b)
}

// errCursor answers every cursor that is not one this API returned for the
// search at hand.
var errCursor = fmt.Errorf("%w: cursor is not one this API returned for this search", ErrBadQuery)

// decodeCursor reads a cursor and checks its shape: what encodeCursor wrote
// for a listing's two sort keys, the first a number (a score when byScore,
// else a date in epoch milliseconds), the last a whole number (the
// tiebreak) or a short string (the id, on indices older than the
// tiebreak). Anything else (nulls, objects, numbers out of range) is a 400
// here, never a request Elasticsearch fails on.
func decodeCursor(s string, byScore bool) ([]any, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, errCursor
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v []any
	if err := dec.Decode(&v); err != nil || dec.More() || len(v) != 2 {
		return nil, errCursor
	}
	first, ok := v[0].(json.Number)
	if !ok {
		return nil, errCursor
	}
	if byScore {
		if f, err := first.Float64(); err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, errCursor
		}
	} else if _, err := first.Int64(); err != nil {
		return nil, errCursor
	}
	switch last := v[1].(type) {
	case json.Number:
		if n, err := last.Int64(); err != nil || n < 0 {
			return nil, errCursor
		}
	case string:
		if last == "" || len(last) > 64 {
			return nil, errCursor
		}
	default:
		return nil, errCursor
	}
	return v, nil
}
