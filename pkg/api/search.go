package api

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/quotewire/quotewire/pkg/article"
	"github.com/quotewire/quotewire/pkg/index"
)

// Searcher answers quote queries; index.Index is one.
type Searcher interface {
	Search(ctx context.Context, q index.Query) (*index.Result, error)
	Get(ctx context.Context, id string) (*index.Document, error)
	GetCluster(ctx context.Context, id, cursor string, size int) (*index.Cluster, error)
	Speakers(ctx context.Context, prefix string, size int) ([]index.Facet, error)
	Provenance(ctx context.Context, p index.Post) ([]index.Match, error)
}

// Search serves the search API: quotes, clusters, speakers, export and
// provenance.
type Search struct {
	S   Searcher
	Log *slog.Logger
}

// Mount registers the search routes on mux.
func (h *Search) Mount(mux *http.ServeMux) {
	mux.HandleFunc("GET /v1/quotes", h.list)
	mux.HandleFunc("GET /v1/quotes/{id}", h.get)
	mux.HandleFunc("GET /v1/clusters/{id}", h.cluster)
	mux.HandleFunc("GET /v1/speakers", h.speakers)
	mux.HandleFunc("GET /v1/export", h.export)
	mux.HandleFunc("POST /v1/provenance", h.provenance)
}

// QuoteJSON is a quote as the search API returns it.
type QuoteJSON struct {
	ID             string      `json:"id"`
	Text           string      `json:"text"`
	Speaker        string      `json:"speaker"`
	SpeakerMention string      `json:"speaker_mention,omitempty"`
	Cue            string      `json:"cue,omitempty"`
	Channel        string      `json:"channel"`
	Outlet         string      `json:"outlet"`
	Kind           string      `json:"kind"`
	Confidence     float32     `json:"confidence"`
	Context        string      `json:"context,omitempty"`
	Start          int         `json:"start"`
	End            int         `json:"end"`
	ClusterID      string      `json:"cluster_id,omitempty"`
	Highlight      string      `json:"highlight,omitempty"` // HTML: escaped text, <mark> around matches
	Article        ArticleJSON `json:"article"`
}

// ArticleJSON is the article a quote came from.
type ArticleJSON struct {
	ID          string     `json:"id"`
	Title       string     `json:"title"`
	URL         string     `json:"url"`
	Outlet      string     `json:"outlet"`
	PublishedAt *time.Time `json:"published_at"`
}

type listResponse struct {
	Total      int64         `json:"total"`
	TotalIsMin bool          `json:"total_is_lower_bound,omitempty"`
	Quotes     []QuoteJSON   `json:"quotes"`
	Facets     *index.Facets `json:"facets,omitempty"`
	NextCursor *string       `json:"next_cursor"`
}

func toJSON(d *index.Document) QuoteJSON {
	return QuoteJSON{
		ID: d.ID, Text: d.Text, Speaker: d.Speaker, SpeakerMention: d.SpeakerMention, Cue: d.Cue,
		Channel: d.Channel, Outlet: d.Outlet, Kind: d.Kind, Confidence: d.Confidence, Context: d.Context,
		Start: d.Start, End: d.End, ClusterID: d.ClusterID,
		Article: ArticleJSON{ID: d.Article.ID, Title: d.Article.Title, URL: d.Article.URL, Outlet: d.Article.Outlet, PublishedAt: d.Article.PublishedAt},
	}
}

// parseQuery reads the filters shared by list and export; it writes the
// 400 itself and reports false on a bad parameter.
func parseQuery(w http.ResponseWriter, r *http.Request) (index.Query, bool) {
	q, err := QueryFromValues(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return q, false
	}
	return q, true
}

// QueryFromValues reads the parameters of a quote search (the query string
// of /v1/quotes and /v1/export) into an index query, as the API runs it.
func QueryFromValues(v url.Values) (index.Query, error) {
	q := index.Query{
		Text: v.Get("q"), Speaker: v.Get("speaker"), Channel: v.Get("channel"), Outlet: v.Get("outlet"),
		ArticleID: v.Get("article_id"), ClusterID: v.Get("cluster_id"), Cursor: v.Get("cursor"),
		Sort: v.Get("sort"), Group: v.Get("group"),
	}
	for _, p := range []struct {
		name string
		dst  *time.Time
	}{{"from", &q.From}, {"to", &q.To}} {
		if s := v.Get(p.name); s != "" {
			t, err := article.ParseTime(s)
			if err != nil {
				return q, errors.New(p.name + ": " + err.Error())
			}
			*p.dst = t
		}
	}
	if s := v.Get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > index.MaxSize {
			return q, errors.New("size must be a whole number from 1 to " + strconv.Itoa(index.MaxSize))
		}
		q.Size = n
	}
	for _, b := range []struct {
		name string
		dst  *bool
	}{{"facets", &q.Facets}, {"highlight", &q.Highlight}} {
		switch v.Get(b.name) {
		case "", "false", "0":
		case "true", "1":
			*b.dst = true
		default:
			return q, errors.New(b.name + " must be true or false")
		}
	}
	if v.Get("highlight") == "" && q.Text != "" {
		q.Highlight = true
	}
	return q, nil
}

func (h *Search) list(w http.ResponseWriter, r *http.Request) {
	q, ok := parseQuery(w, r)
	if !ok {
		return
	}
	res, err := h.S.Search(r.Context(), q)
	if err != nil {
		h.fail(w, err)
		return
	}
	out := listResponse{Total: res.Total, TotalIsMin: res.TotalRelation == "gte", Quotes: make([]QuoteJSON, 0, len(res.Docs)), Facets: res.Facets}
	for i := range res.Docs {
		qj := toJSON(&res.Docs[i])
		if i < len(res.Highlights) {
			qj.Highlight = res.Highlights[i]
		}
		out.Quotes = append(out.Quotes, qj)
	}
	if res.NextCursor != "" {
		out.NextCursor = &res.NextCursor
	}
	writeJSON(w, http.StatusOK, out)
}

type clusterResponse struct {
	Cluster     *index.Cluster `json:"cluster"`
	Appearances []QuoteJSON    `json:"appearances"`
	NextCursor  *string        `json:"next_cursor"`
}

func (h *Search) cluster(w http.ResponseWriter, r *http.Request) {
	size := index.MaxSize
	if s := r.URL.Query().Get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > index.MaxSize {
			writeError(w, http.StatusBadRequest, "size must be a whole number from 1 to "+strconv.Itoa(index.MaxSize))
			return
		}
		size = n
	}
	c, err := h.S.GetCluster(r.Context(), r.PathValue("id"), r.URL.Query().Get("cursor"), size)
	if err != nil {
		h.fail(w, err)
		return
	}
	out := clusterResponse{Cluster: c, Appearances: make([]QuoteJSON, 0, len(c.Appearances))}
	for i := range c.Appearances {
		out.Appearances = append(out.Appearances, toJSON(&c.Appearances[i]))
	}
	if c.NextCursor != "" {
		out.NextCursor = &c.NextCursor
	}
	writeJSON(w, http.StatusOK, out)
}

func (h *Search) speakers(w http.ResponseWriter, r *http.Request) {
	size := 10
	if s := r.URL.Query().Get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 50 {
			writeError(w, http.StatusBadRequest, "size must be a whole number from 1 to 50")
			return
		}
		size = n
	}
	list, err := h.S.Speakers(r.Context(), r.URL.Query().Get("prefix"), size)
	if err != nil {
		h.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"speakers": list})
}

func (h *Search) get(w http.ResponseWriter, r *http.Request) {
	d, err := h.S.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		h.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, toJSON(d))
}

func (h *Search) fail(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, index.ErrBadQuery):
		writeError(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, index.ErrNotFound):
		writeError(w, http.StatusNotFound, err.Error())
	default:
		h.Log.Error("search", "err", err)
		writeError(w, http.StatusServiceUnavailable, "search is unavailable; try again")
	}
}
