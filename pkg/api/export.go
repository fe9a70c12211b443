package api

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/quotewire/quotewire/pkg/article"
	"github.com/quotewire/quotewire/pkg/quotedoc"
)

// MaxExportRows bounds one export.
const MaxExportRows = 1_000_000

var csvHeader = []string{"id", "published_at", "speaker", "text", "channel", "outlet", "article_title", "article_outlet", "article_url", "cluster_id"}

// csvSafe defuses cells a spreadsheet would run as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// export streams every quote matching the filters of GET /v1/quotes as CSV
// or JSON Lines, page by page (search_after), up to limit rows.
func (h *Search) export(w http.ResponseWriter, r *http.Request) {
	q, ok := parseQuery(w, r, "format", "limit")
	if !ok {
		return
	}
	format := r.URL.Query().Get("format")
	if format == "" {
		format = "csv"
	}
	if format != "csv" && format != "jsonl" {
		writeError(w, http.StatusBadRequest, "format must be csv or jsonl")
		return
	}
	limit := 100_000
	if s := r.URL.Query().Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > MaxExportRows {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("limit must be a whole number from 1 to %d", MaxExportRows))
			return
		}
		limit = n
	}
	if q.Group != "" {
		writeError(w, http.StatusBadRequest, "export takes no group")
		return
	}
	q.Size, q.Facets, q.Highlight = quotedoc.MaxSize, false, false
	// the first page before any byte is sent: a bad query is still a 400
	res, err := h.S.Search(r.Context(), q)
	if err != nil {
		h.fail(w, err)
		return
	}
	name := "quotes-" + time.Now().UTC().Format("20060102-150405")
	if format == "csv" {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
	} else {
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.jsonl"`)
	}
	cw := csv.NewWriter(w)
	enc := json.NewEncoder(w)
	if format == "csv" {
		_ = cw.Write(csvHeader)
	}
	rc := http.NewResponseController(w)
	rows := 0
	for {
		for i := range res.Docs {
			if rows >= limit {
				break
			}
			d := &res.Docs[i]
			if format == "csv" {
				pub := ""
				if d.Article.PublishedAt != nil {
					pub = d.Article.PublishedAt.UTC().Format(time.RFC3339)
				}
				row := []string{d.ID, pub, d.Speaker, d.Text, d.Channel, d.Outlet,
					d.Article.Title, d.Article.Outlet, d.Article.URL, d.ClusterID}
				for k := range row {
					row[k] = csvSafe(row[k]) // every cell: any may come from a sender
				}
				_ = cw.Write(row)
			} else if err := enc.Encode(toJSON(d)); err != nil {
				return
			}
			rows++
		}
		cw.Flush()
		_ = rc.Flush()
		if rows >= limit || res.NextCursor == "" || r.Context().Err() != nil {
			return
		}
		q.Cursor = res.NextCursor
		if res, err = h.S.Search(r.Context(), q); err != nil {
			h.Log.Error("export: next page", "err", err)
			return // the body is cut short; the client sees a truncated stream
		}
	}
}

// provenanceRequest is POST /v1/provenance's body.
type provenanceRequest struct {
	Text     string `json:"text"`
	URL      string `json:"url,omitempty"`
	Platform string `json:"platform,omitempty"`
	Author   string `json:"author,omitempty"`
	PostedAt string `json:"posted_at,omitempty"`
}

// ProvenanceJSON is one cluster quoting the post.
type ProvenanceJSON struct {
	Cluster       *quotedoc.Cluster `json:"cluster"`
	Extent        string            `json:"extent"`
	Within        float64           `json:"quote_in_post"`
	Coverage      float64           `json:"post_in_quote"`
	Earliest      QuoteJSON         `json:"earliest"`
	Appearances   []QuoteJSON       `json:"appearances"`
	SpeakerAgrees *bool             `json:"speaker_agrees,omitempty"`
	ChannelAgrees *bool             `json:"channel_agrees,omitempty"`
	BeforePost    *bool             `json:"earliest_before_post,omitempty"`
}

func (h *Search) provenance(w http.ResponseWriter, r *http.Request) {
	if !params(w, r) {
		return
	}
	var req provenanceRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "body must be a JSON object {text, url?, platform?, author?, posted_at?}: "+article.DescribeJSONError(err))
		return
	}
	if strings.TrimSpace(req.Text) == "" {
		writeError(w, http.StatusBadRequest, "text is required")
		return
	}
	p := quotedoc.Post{Text: req.Text, Platform: req.Platform, Author: req.Author, URL: req.URL}
	if req.PostedAt != "" {
		t, err := time.Parse(time.RFC3339, req.PostedAt)
		if err != nil {
			writeError(w, http.StatusBadRequest, "posted_at must be an RFC 3339 time")
			return
		}
		p.PostedAt = &t
	}
	matches, err := h.S.Provenance(r.Context(), p)
	if err != nil {
		h.fail(w, err)
		return
	}
	out := make([]ProvenanceJSON, 0, len(matches))
	for _, m := range matches {
		pj := ProvenanceJSON{Cluster: m.Cluster, Extent: m.Extent, Within: m.Within, Coverage: m.Coverage,
			SpeakerAgrees: m.SpeakerAgrees, ChannelAgrees: m.ChannelAgrees, Appearances: make([]QuoteJSON, 0, len(m.Cluster.Appearances))}
		for i := range m.Cluster.Appearances {
			pj.Appearances = append(pj.Appearances, toJSON(&m.Cluster.Appearances[i]))
		}
		if len(pj.Appearances) > 0 {
			pj.Earliest = pj.Appearances[0]
			if p.PostedAt != nil && pj.Earliest.Article.PublishedAt != nil {
				before := pj.Earliest.Article.PublishedAt.Before(*p.PostedAt)
				pj.BeforePost = &before
			}
		}
		out = append(out, pj)
	}
	writeJSON(w, http.StatusOK, map[string]any{"matches": out})
}
