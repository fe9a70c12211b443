package index

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/olivere/elastic/v7"
)

// Search limits.
const (
	TotalExactUpTo = 10000
	DefaultSize    = 20
	MaxSize        = 100
	MaxTextBytes   = 1024
)

// ErrBadQuery wraps every error caused by the query itself (a 400).
var ErrBadQuery = errors.New("bad query")

// queryError is a bad query whose message is for the client: it says what is
// wrong in the API's words, while the cause (Elasticsearch's own text, for
// one) stays in the chain for logs only.
type queryError struct {
	msg   string
	cause error
}

func (e *queryError) Error() string   { return e.msg }
func (e *queryError) Unwrap() []error { return []error{ErrBadQuery, e.cause} }

// Detail is what an error says beyond its message to the client (for logs):
// Elasticsearch's own words on a query it refused.
func Detail(err error) string {
	var q *queryError
	if errors.As(err, &q) && q.cause != nil {
		return q.cause.Error()
	}
	return ""
}

// ErrNotFound is returned by Get for an unknown id.
var ErrNotFound = errors.New("not found")

// Query selects quotes. Empty fields do not filter.
type Query struct {
	Text      string // simple_query_string over quote text; "..." for a phrase
	Speaker   string // any words of the speaker's name
	Channel   string
	Outlet    string
	ArticleID string
	From, To  time.Time // article publication time range, inclusive
	ClusterID string
	Size      int
	Cursor    string // next_cursor of the previous page
	// Sort is "relevance" (the default with Text), "date" (newest first,
	// the default without) or "date_asc".
	Sort string
	// Group "cluster" returns one quote (the best or newest) per cluster.
	Group string
	// Facets asks for the speakers, channels and outlets of the whole result
	// and a monthly histogram of its articles' dates.
	Facets bool
	// Highlight marks the words of Text in each quote (HTML-escaped text
	// with <mark> tags).
	Highlight bool
}

// Facet is one value of a facet and its number of quotes.
type Facet struct {
	Value string `json:"value"`
	Count int64  `json:"count"`
}

// Facets are the facets of a result.
type Facets struct {
	Speakers []Facet `json:"speakers"`
	Channels []Facet `json:"channels"`
	Outlets  []Facet `json:"outlets"`
	Months   []Facet `json:"months"` // "2016-10"
}

// Result is one page of quotes.
type Result struct {
	Total         int64
	TotalRelation string // "eq", or "gte" when Total is a lower bound
	Docs          []Document
	Highlights    []string // per doc when asked: HTML-escaped text with <mark> tags
	Facets        *Facets
	NextCursor    string
}

func (q *Query) validate() error {
	switch {
	case len(q.Text) > MaxTextBytes:
		return fmt.Errorf("%w: q is longer than %d bytes", ErrBadQuery, MaxTextBytes)
	case len(q.Speaker) > MaxTextBytes || len(q.Outlet) > MaxTextBytes || len(q.ArticleID) > MaxTextBytes:
		return fmt.Errorf("%w: a filter is longer than %d bytes", ErrBadQuery, MaxTextBytes)
	case q.Size < 0 || q.Size > MaxSize:
		return fmt.Errorf("%w: size must be between 1 and %d", ErrBadQuery, MaxSize)
	case !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From):
		return fmt.Errorf("%w: to is before from", ErrBadQuery)
	case q.Sort != "" && q.Sort != "relevance" && q.Sort != "date" && q.Sort != "date_asc":
		return fmt.Errorf("%w: sort must be relevance, date or date_asc", ErrBadQuery)
	case q.Group != "" && q.Group != "cluster":
		return fmt.Errorf("%w: group must be cluster", ErrBadQuery)
	case len(q.Cursor) > 2048:
		return fmt.Errorf("%w: cursor is not one this API returned", ErrBadQuery)
	case !utf8.ValidString(q.Text) || !utf8.ValidString(q.Speaker) || !utf8.ValidString(q.Outlet) ||
		!utf8.ValidString(q.Channel) || !utf8.ValidString(q.ArticleID) || !utf8.ValidString(q.ClusterID):
		return fmt.Errorf("%w: q and the filters must be valid UTF-8", ErrBadQuery)
	case q.Speaker != "" && speakerWords(q.Speaker) == "":
		// a filter that analyses to nothing would filter nothing out
		return fmt.Errorf("%w: speaker must hold a name's letters or digits", ErrBadQuery)
	case q.Outlet != "" && !hasWordChar(q.Outlet):
		return fmt.Errorf("%w: outlet must hold letters or digits", ErrBadQuery)
	}
	if q.Size == 0 {
		q.Size = DefaultSize
	}
	return nil
}

// Search returns one page of quotes, newest article first, or by relevance
// when q.Text is set.
func (ix *Index) Search(ctx context.Context, q Query) (*Result, error) {
	if err := q.validate(); err != nil {
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
					out.Facets.Months = append(out.Facets.Months, Facet{*b.KeyAsString, b.DocCount})
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
		return &queryError{"the search could not be run as asked (a cursor from another search?)", err}
	}
	return fmt.Errorf("%w: %s: %w", ErrUnavailable, what, err)
}

// hasWordChar reports whether s holds a letter or a digit: a filter without
// one analyses to no words.
func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func terms(aggs elastic.Aggregations, name string) []Facet {
	out := []Facet{}
	t, ok := aggs.Terms(name)
	if !ok {
		return out
	}
	for _, b := range t.Buckets {
		if v, ok := b.Key.(string); ok && v != "" {
			out = append(out, Facet{v, b.DocCount})
		}
	}
	return out
}

// titles are dropped from a speaker filter: "Sen. Graham" finds Lindsey
// Graham.
var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sen": true,
	"senator": true, "rep": true, "gov": true, "governor": true, "president": true, "mayor": true, "prof": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "judge": true, "secretary": true, "former": true}

// speakerWords are the words of a speaker filter without titles.
func speakerWords(s string) string {
	var keep []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' }) {
		if !titles[strings.ToLower(w)] {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
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
	if sw := speakerWords(q.Speaker); sw != "" {
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
