package api

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/quotewire/quotewire/pkg/article"
	"github.com/quotewire/quotewire/pkg/index"
)

// Searcher answers quote queries; index.Index is one.
type Searcher interface {
	Search(ctx context.Context, q index.Query) (*index.Result, error)
	Get(ctx context.Context, id string) (*index.Document, error)
}

// Search serves GET /v1/quotes and GET /v1/quotes/{id}.
type Search struct {
	S   Searcher
	Log *slog.Logger
}

// Mount registers the search routes on mux.
func (h *Search) Mount(mux *http.ServeMux) {
	mux.HandleFunc("GET /v1/quotes", h.list)
	mux.HandleFunc("GET /v1/quotes/{id}", h.get)
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
	Total      int64       `json:"total"`
	Quotes     []QuoteJSON `json:"quotes"`
	NextCursor *string     `json:"next_cursor"`
}

func toJSON(d *index.Document) QuoteJSON {
	return QuoteJSON{
		ID: d.ID, Text: d.Text, Speaker: d.Speaker, SpeakerMention: d.SpeakerMention, Cue: d.Cue,
		Channel: d.Channel, Outlet: d.Outlet, Kind: d.Kind, Confidence: d.Confidence, Context: d.Context,
		Start: d.Start, End: d.End,
		Article: ArticleJSON{ID: d.Article.ID, Title: d.Article.Title, URL: d.Article.URL, Outlet: d.Article.Outlet, PublishedAt: d.Article.PublishedAt},
	}
}

func (h *Search) list(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q := index.Query{
		Text: v.Get("q"), Speaker: v.Get("speaker"), Channel: v.Get("channel"), Outlet: v.Get("outlet"),
		ArticleID: v.Get("article_id"), Cursor: v.Get("cursor"),
	}
	for _, p := range []struct {
		name string
		dst  *time.Time
	}{{"from", &q.From}, {"to", &q.To}} {
		if s := v.Get(p.name); s != "" {
			t, err := article.ParseTime(s)
			if err != nil {
				writeError(w, http.StatusBadRequest, p.name+": "+err.Error())
				return
			}
			*p.dst = t
		}
	}
	if s := v.Get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > index.MaxSize {
			writeError(w, http.StatusBadRequest, "size must be a whole number from 1 to "+strconv.Itoa(index.MaxSize))
			return
		}
		q.Size = n
	}
	res, err := h.S.Search(r.Context(), q)
	if err != nil {
		h.fail(w, err)
		return
	}
	out := listResponse{Total: res.Total, Quotes: make([]QuoteJSON, 0, len(res.Docs))}
	for i := range res.Docs {
		out.Quotes = append(out.Quotes, toJSON(&res.Docs[i]))
	}
	if res.NextCursor != "" {
		out.NextCursor = &res.NextCursor
	}
	writeJSON(w, http.StatusOK, out)
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
