package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/quotewire/quotewire/pkg/article"
	"github.com/quotewire/quotewire/pkg/quotedoc"
)

// Searcher answers quote queries; index.Index is one.
type Searcher interface {
	Search(ctx context.Context, q quotedoc.Query) (*quotedoc.Result, error)
	Get(ctx context.Context, id string) (*quotedoc.Document, error)
	GetCluster(ctx context.Context, id, cursor string, size int) (*quotedoc.Cluster, error)
	Speakers(ctx context.Context, prefix string, size int) ([]quotedoc.Facet, error)
	Provenance(ctx context.Context, p quotedoc.Post) ([]quotedoc.Match, error)
	Speaker(ctx context.Context, name string) (*quotedoc.SpeakerProfile, error)
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
	mux.HandleFunc("GET /v1/speakers/{name}", h.speaker)
	mux.HandleFunc("GET /v1/export", h.export)
	mux.HandleFunc("POST /v1/provenance", h.provenance)
}

// QuoteJSON is a quote as the search API returns it.
type QuoteJSON struct {
	ID             string  `json:"id"`
	Text           string  `json:"text"`
	Speaker        string  `json:"speaker"`
	SpeakerMention string  `json:"speaker_mention,omitempty"`
	Cue            string  `json:"cue,omitempty"`
	Channel        string  `json:"channel"`
	Outlet         string  `json:"outlet"`
	Kind           string  `json:"kind"`
	Confidence     float32 `json:"confidence"`
	// ChannelConfidence is how sure Channel is, 0 to 1 (absent: no model decided)
	ChannelConfidence float32     `json:"channel_confidence,omitempty"`
	Context           string      `json:"context,omitempty"`
	Start             int         `json:"start"`
	End               int         `json:"end"`
	ClusterID         string      `json:"cluster_id,omitempty"`
	Highlight         string      `json:"highlight,omitempty"` // HTML: escaped text, <mark> around matches
	Article           ArticleJSON `json:"article"`
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
	Total      int64            `json:"total"`
	TotalIsMin bool             `json:"total_is_lower_bound,omitempty"`
	Quotes     []QuoteJSON      `json:"quotes"`
	Facets     *quotedoc.Facets `json:"facets,omitempty"`
	NextCursor *string          `json:"next_cursor"`
}

func toJSON(d *quotedoc.Document) QuoteJSON {
	return QuoteJSON{
		ID: d.ID, Text: d.Text, Speaker: d.Speaker, SpeakerMention: d.SpeakerMention, Cue: d.Cue,
		Channel: d.Channel, Outlet: d.Outlet, Kind: d.Kind, Confidence: d.Confidence, ChannelConfidence: d.ChannelConfidence, Context: d.Context,
		Start: d.Start, End: d.End, ClusterID: d.ClusterID,
		Article: ArticleJSON{ID: d.Article.ID, Title: d.Article.Title, URL: d.Article.URL, Outlet: d.Article.Outlet, PublishedAt: d.Article.PublishedAt},
	}
}

// quoteParams are the parameters of GET /v1/quotes (and, with format and
// limit, of /v1/export).
var quoteParams = []string{"q", "speaker", "channel", "outlet", "article_id", "cluster_id", "from", "to",
	"sort", "group", "facets", "highlight", "size", "cursor"}

// checkParams refuses a parameter the endpoint does not take (a typo such as
// "spaeker" would otherwise filter nothing and return everything) and one
// given twice (only one would count).
func checkParams(v url.Values, allowed ...[]string) error {
	for name, vals := range v {
		known := false
		for _, a := range allowed {
			known = known || slices.Contains(a, name)
		}
		if !known {
			var all []string
			for _, a := range allowed {
				all = append(all, a...)
			}
			if len(all) == 0 {
				return fmt.Errorf("unknown parameter %.64q: this endpoint takes none", name)
			}
			return fmt.Errorf("unknown parameter %.64q: this endpoint takes %s", name, strings.Join(all, ", "))
		}
		if len(vals) > 1 {
			return fmt.Errorf("parameter %q is given %d times: give it once", name, len(vals))
		}
	}
	return nil
}

// params writes the 400 of checkParams and reports false on a bad parameter.
func params(w http.ResponseWriter, r *http.Request, allowed ...[]string) bool {
	if err := checkParams(r.URL.Query(), allowed...); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return false
	}
	return true
}

// parseQuery reads the filters shared by list and export (which takes the
// extra parameters too); it writes the 400 itself and reports false on a
// bad parameter.
func parseQuery(w http.ResponseWriter, r *http.Request, extra ...string) (quotedoc.Query, bool) {
	if !params(w, r, quoteParams, extra) {
		return quotedoc.Query{}, false
	}
	q, err := QueryFromValues(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return q, false
	}
	return q, true
}

// QueryFromValues reads the parameters of a quote search (the query string
// of /v1/quotes and /v1/export) into an index query, as the API runs it.
func QueryFromValues(v url.Values) (quotedoc.Query, error) {
	q := quotedoc.Query{
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
		if err != nil || n < 1 || n > quotedoc.MaxSize {
			return q, errors.New("size must be a whole number from 1 to " + strconv.Itoa(quotedoc.MaxSize))
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
	Cluster     *quotedoc.Cluster `json:"cluster"`
	Appearances []QuoteJSON       `json:"appearances"`
	NextCursor  *string           `json:"next_cursor"`
}

func (h *Search) cluster(w http.ResponseWriter, r *http.Request) {
	if !params(w, r, []string{"size", "cursor"}) {
		return
	}
	size := quotedoc.MaxSize
	if s := r.URL.Query().Get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > quotedoc.MaxSize {
			writeError(w, http.StatusBadRequest, "size must be a whole number from 1 to "+strconv.Itoa(quotedoc.MaxSize))
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
	if !params(w, r, []string{"prefix", "size"}) {
		return
	}
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

// speaker serves a speaker's profile: quotes over time and by channel.
func (h *Search) speaker(w http.ResponseWriter, r *http.Request) {
	if !params(w, r) {
		return
	}
	p, err := h.S.Speaker(r.Context(), r.PathValue("name"))
	if err != nil {
		h.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (h *Search) get(w http.ResponseWriter, r *http.Request) {
	if !params(w, r) {
		return
	}
	d, err := h.S.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		h.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, toJSON(d))
}

func (h *Search) fail(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, quotedoc.ErrBadQuery):
		h.Log.Debug("bad query", "err", err, "detail", quotedoc.Detail(err))
		writeError(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, quotedoc.ErrNotFound):
		writeError(w, http.StatusNotFound, err.Error())
	default:
		h.Log.Error("search", "err", err)
		writeError(w, http.StatusServiceUnavailable, "search is unavailable; try again")
	}
}
