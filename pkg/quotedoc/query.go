package quotedoc

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Search limits.
const (
	TotalExactUpTo = 10000
	DefaultSize    = 20
	MaxSize        = 100
	MaxTextBytes   = 1024
)

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

// Validate checks the query's limits and fills in the default size. Its
// errors wrap ErrBadQuery.
func (q *Query) Validate() error {
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
	case q.Speaker != "" && SpeakerWords(q.Speaker) == "":
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

// hasWordChar reports whether s holds a letter or a digit: a filter without
// one analyses to no words.
func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// titles are dropped from a speaker filter: "Sen. Graham" finds Lindsey
// Graham.
var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sen": true,
	"senator": true, "rep": true, "gov": true, "governor": true, "president": true, "mayor": true, "prof": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "judge": true, "secretary": true, "former": true}

// SpeakerWords are the words of a speaker filter without titles.
func SpeakerWords(s string) string {
	var keep []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' }) {
		if !titles[strings.ToLower(w)] {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}
