package index

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/olivere/elastic/v7"
)

// Search limits.
const (
	DefaultSize  = 20
	MaxSize      = 100
	MaxTextBytes = 1024
)

// ErrBadQuery wraps every error caused by the query itself (a 400).
var ErrBadQuery = errors.New("bad query")

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
	Size      int
	Cursor    string // next_cursor of the previous page
}

// Result is one page of quotes.
type Result struct {
	Total      int64
	Docs       []Document
	NextCursor string
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
	b := elastic.NewBoolQuery()
	if q.Text != "" {
		fields := []string{"text"}
		if ix.caps.EnglishAnalyzer {
			fields = append(fields, "text.english")
		}
		sq := elastic.NewSimpleQueryStringQuery(q.Text).DefaultOperator("and")
		for _, f := range fields {
			sq.Field(f)
		}
		b.Must(sq)
	}
	if q.Speaker != "" {
		b.Filter(elastic.NewMatchQuery("speaker.text", q.Speaker).Operator("and"))
	}
	if q.Channel != "" {
		b.Filter(elastic.NewTermQuery("channel", q.Channel))
	}
	if q.Outlet != "" {
		b.Filter(elastic.NewMatchPhraseQuery("outlet.text", q.Outlet))
	}
	if q.ArticleID != "" {
		b.Filter(elastic.NewTermQuery("article_id", q.ArticleID))
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
	svc := ix.client.Search(ix.alias).Query(b).Size(q.Size).TrackTotalHits(true)
	if q.Text != "" {
		svc.SortBy(elastic.NewScoreSort())
	}
	svc.SortBy(elastic.NewFieldSort("article.published_at").Desc().Missing("_last"), elastic.NewFieldSort("id").Asc())
	if q.Cursor != "" {
		after, err := decodeCursor(q.Cursor)
		if err != nil {
			return nil, err
		}
		svc.SearchAfter(after...)
	}
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	res, err := svc.Do(ctx)
	if err != nil {
		if e, ok := err.(*elastic.Error); ok && e.Status == 400 {
			return nil, fmt.Errorf("%w: %v", ErrBadQuery, err)
		}
		return nil, fmt.Errorf("%w: search: %v", ErrUnavailable, err)
	}
	out := &Result{Total: res.TotalHits()}
	for _, h := range res.Hits.Hits {
		var d Document
		if err := json.Unmarshal(h.Source, &d); err != nil {
			return nil, fmt.Errorf("decode quote %s: %w", h.Id, err)
		}
		out.Docs = append(out.Docs, d)
	}
	if n := len(res.Hits.Hits); n == q.Size && int64(n) < out.Total {
		out.NextCursor = encodeCursor(res.Hits.Hits[n-1].Sort)
	}
	return out, nil
}

// Get returns one quote by its document id.
func (ix *Index) Get(ctx context.Context, id string) (*Document, error) {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	res, err := ix.client.Get().Index(ix.alias).Id(id).Do(ctx)
	if elastic.IsNotFound(err) {
		return nil, fmt.Errorf("quote %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: get quote %s: %v", ErrUnavailable, id, err)
	}
	var d Document
	if err := json.Unmarshal(res.Source, &d); err != nil {
		return nil, fmt.Errorf("decode quote %s: %w", id, err)
	}
	return &d, nil
}

func encodeCursor(sort []any) string {
	b, _ := json.Marshal(sort)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) ([]any, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: cursor is not one this API returned", ErrBadQuery)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v []any
	if err := dec.Decode(&v); err != nil || len(v) == 0 || len(v) > 3 {
		return nil, fmt.Errorf("%w: cursor is not one this API returned", ErrBadQuery)
	}
	return v, nil
}
