package service_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/api"
	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/natstest"
	"github.com/quotewire/quotewire/pkg/pipeline"
	"github.com/quotewire/quotewire/pkg/service"
	"github.com/quotewire/quotewire/pkg/waittest"
)

// searchArticles quote one post in four outlets (exactly, trimmed, lightly
// edited; the edited one earliest), plus other quotes.
var searchArticles = []map[string]any{
	{"url": "https://planet.example/a1", "outlet": "Daily Planet", "published_at": "2021-03-01", "title": "Teigen on her loss",
		"text": "Chrissy Teigen took to Twitter on Monday.\n\n\"Driving home from the hospital was the hardest thing I have ever done,\" Teigen tweeted."},
	{"url": "https://ledger.example/a2", "outlet": "Morning Ledger", "published_at": "2021-03-02", "title": "A model's grief",
		"text": "\"Driving home from the hospital was the hardest thing I have ever done,\" the model Chrissy Teigen wrote on Twitter."},
	{"url": "https://post.example/a3", "outlet": "Evening Post", "published_at": "2021-03-05", "title": "Teigen speaks",
		"text": "Chrissy Teigen wrote on Twitter: \"Driving home from the hospital was the hardest thing.\""},
	{"url": "https://herald.example/a4", "outlet": "Sun Herald", "published_at": "2021-02-20", "title": "Teigen's words",
		"text": "\"Driving home from the hospital was truly the hardest thing I have ever done,\" Chrissy Teigen tweeted."},
	{"url": "https://herald.example/a5", "outlet": "Sun Herald", "published_at": "2021-03-10", "title": "Back on TV",
		"text": "\"We will be back on the show next week with a new recipe,\" Chrissy Teigen told CNN."},
	{"url": "https://planet.example/a6", "outlet": "Daily Planet", "published_at": "2021-03-11", "title": "Legend's statement",
		"text": "\"I am proud of her and of our family every single day,\" John Legend said in a statement."},
}

// searchServer runs the whole pipeline and both APIs on the search
// articles and waits until their quotes are searchable.
func searchServer(t *testing.T) string {
	t.Helper()
	u, _ := searchServerIndex(t)
	return u
}

// searchServerIndex is searchServer that also gives the index.
func searchServerIndex(t *testing.T) (string, *index.Index) {
	t.Helper()
	return searchServerKeyed(t, "")
}

// searchServerKeyed is searchServerIndex asking for the API key when key is
// not empty.
func searchServerKeyed(t *testing.T, key string) (string, *index.Index) {
	t.Helper()
	ix := estest.Open(t)
	ns := natstest.Start(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(context.Background())
	nc, js, err := service.ConnectNATS(ctx, service.NATS{NATSURL: ns.ClientURL()}, "search", log)
	if err != nil {
		t.Fatal(err)
	}
	m := pipeline.NewMetrics(admin.NewRegistry())
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return pipeline.NewExtractor(js, log, m).Run(gctx) })
	g.Go(func() error { return pipeline.NewIndexer(js, ix, log, m, 64).Run(gctx) })
	acc := service.Access{RequestTimeout: 30 * time.Second}
	if key != "" {
		acc.APIKeys = []string{key}
	}
	srv := httptest.NewServer(service.PublicHandler(service.PublicMux(service.IngestHandler(js, log, 1<<20), &api.Search{S: ix, Log: log}), acc))
	t.Cleanup(func() {
		srv.Close()
		cancel()
		g.Wait()
		nc.Close()
	})
	body, _ := json.Marshal(searchArticles)
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/v1/articles", bytes.NewReader(body))
	req.Header.Set("X-API-Key", key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusAccepted {
		t.Fatalf("ingest: %v %v", resp, err)
	}
	resp.Body.Close()
	waittest.Eventually(t, 30*time.Second, func() bool {
		ix.Refresh(ctx)
		n, err := ix.Count(ctx)
		return err == nil && n >= 6
	}, waittest.Says("the search articles' quotes never became searchable"))
	return srv.URL, ix
}

func TestSearchClustersProvenanceExport(t *testing.T) {
	srv := struct{ URL string }{searchServer(t)}
	call := func(method, path string, payload any, want int, out any) []byte {
		t.Helper()
		var rd io.Reader
		if payload != nil {
			b, _ := json.Marshal(payload)
			rd = bytes.NewReader(b)
		}
		req, _ := http.NewRequest(method, srv.URL+path, rd)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != want {
			t.Fatalf("%s %s: status %d, want %d: %s", method, path, resp.StatusCode, want, b)
		}
		if out != nil {
			if err := json.Unmarshal(b, out); err != nil {
				t.Fatalf("%s %s: %v: %s", method, path, err, b)
			}
		}
		return b
	}
	type quote struct {
		ID, Text, Speaker, Channel, Highlight string
		ClusterID                             string `json:"cluster_id"`
		Article                               struct {
			Outlet      string
			PublishedAt time.Time `json:"published_at"`
		}
	}
	type list struct {
		Total  int
		Quotes []quote
		Facets *struct {
			Speakers, Channels, Outlets, Months []struct {
				Value string
				Count int
			}
		}
	}
	// one row per cluster: the post, the show, Legend's statement
	var grouped list
	call("GET", "/v1/quotes?group=cluster&size=100", nil, 200, &grouped)
	if len(grouped.Quotes) != 3 {
		t.Fatalf("group=cluster: %d rows, want 3: %+v", len(grouped.Quotes), grouped.Quotes)
	}
	// exact phrase, highlighted; speaker variants and a typo
	var phrase list
	call("GET", "/v1/quotes?q="+url.QueryEscape(`"hardest thing"`)+"&sort=date_asc", nil, 200, &phrase)
	if phrase.Total != 4 || !strings.Contains(phrase.Quotes[0].Highlight, "<mark>hardest</mark>") || phrase.Quotes[0].Article.Outlet != "Sun Herald" {
		t.Errorf("phrase search: total %d, first %+v", phrase.Total, phrase.Quotes)
	}
	for _, s := range []string{"Teigen", "Chrissy", "Ms. Teigen", "chrissy teigan"} {
		var l list
		call("GET", "/v1/quotes?speaker="+url.QueryEscape(s), nil, 200, &l)
		if l.Total != 5 {
			t.Errorf("speaker=%q: %d quotes, want 5", s, l.Total)
		}
	}
	var faceted list
	call("GET", "/v1/quotes?facets=true&speaker=Teigen", nil, 200, &faceted)
	if faceted.Facets == nil || len(faceted.Facets.Speakers) != 1 || len(faceted.Facets.Months) != 2 || len(faceted.Facets.Outlets) != 4 {
		t.Errorf("facets: %+v", faceted.Facets)
	}

	// the cluster: every appearance, earliest first
	postCluster := phrase.Quotes[0].ClusterID
	var cl struct {
		Cluster struct {
			ID, Speaker, Text string
			Count             int
			FirstSeen         time.Time `json:"first_seen"`
			Outlets           []struct{ Value string }
		}
		Appearances []quote
	}
	call("GET", "/v1/clusters/"+postCluster, nil, 200, &cl)
	if cl.Cluster.Count != 4 || len(cl.Appearances) != 4 || cl.Appearances[0].Article.Outlet != "Sun Herald" ||
		!cl.Appearances[1].Article.PublishedAt.After(cl.Appearances[0].Article.PublishedAt) || cl.Cluster.FirstSeen.Format("2006-01-02") != "2021-02-20" {
		t.Errorf("cluster: %+v", cl)
	}
	call("GET", "/v1/clusters/no-such-cluster", nil, 404, nil)

	var sp struct{ Speakers []struct{ Value string } }
	call("GET", "/v1/speakers?prefix=teig", nil, 200, &sp)
	if len(sp.Speakers) == 0 || sp.Speakers[0].Value != "Chrissy Teigen" {
		t.Errorf("speakers?prefix=teig: %+v", sp)
	}

	// a speaker's profile: quotes over time and by channel
	var prof struct {
		Name     string
		Total    int
		First    time.Time `json:"first_seen"`
		Channels []struct {
			Value string
			Count int
		}
		Periods []struct{ Count int }
	}
	call("GET", "/v1/speakers/teigen", nil, 200, &prof)
	sum := 0
	for _, p := range prof.Periods {
		sum += p.Count
	}
	if prof.Name != "Chrissy Teigen" || prof.Total != 5 || sum != 5 || prof.First.Format("2006-01-02") != "2021-02-20" ||
		len(prof.Channels) != 2 || prof.Channels[0].Value != "twitter" || prof.Channels[0].Count != 4 {
		t.Errorf("speaker profile: %+v", prof)
	}
	call("GET", "/v1/speakers/Nobody%20Known", nil, 404, nil)
	call("GET", "/v1/speakers/%3F%3F", nil, 400, nil)

	// provenance of the post as tweeted: emoji, hashtag, mention, link, line break
	var prov struct {
		Matches []struct {
			Cluster       struct{ ID string }
			Extent        string
			Earliest      quote
			Appearances   []quote
			SpeakerAgrees *bool `json:"speaker_agrees"`
			ChannelAgrees *bool `json:"channel_agrees"`
			BeforePost    *bool `json:"earliest_before_post"`
		}
	}
	post := map[string]any{"text": "Driving home from the hospital was the hardest thing I have ever done 💔\n#heartbroken @johnlegend https://t.co/xyz",
		"author": "@chrissyteigen", "platform": "x", "posted_at": "2021-02-19T20:00:00Z"}
	call("POST", "/v1/provenance", post, 200, &prov)
	if len(prov.Matches) != 1 {
		t.Fatalf("provenance: %d matches, want 1: %+v", len(prov.Matches), prov)
	}
	pm := prov.Matches[0]
	if pm.Cluster.ID != postCluster || pm.Earliest.Article.Outlet != "Sun Herald" || len(pm.Appearances) != 4 ||
		pm.SpeakerAgrees == nil || !*pm.SpeakerAgrees || pm.ChannelAgrees == nil || !*pm.ChannelAgrees || pm.BeforePost == nil || *pm.BeforePost {
		t.Errorf("provenance match: %+v", pm)
	}
	// a longer post holding the quote, and a post quoted only in part
	call("POST", "/v1/provenance", map[string]any{"text": "Some words first. Driving home from the hospital was the hardest thing I have ever done. Thank you all for the love."}, 200, &prov)
	if len(prov.Matches) != 1 {
		t.Errorf("longer post: %d matches", len(prov.Matches))
	}

	// export with the filters applied
	csvBody := call("GET", "/v1/export?format=csv&speaker=Teigen", nil, 200, nil)
	rows, err := csv.NewReader(bytes.NewReader(csvBody)).ReadAll()
	if err != nil || len(rows) != 6 || rows[0][0] != "id" {
		t.Errorf("csv export: %d rows, %v:\n%s", len(rows), err, csvBody)
	}
	jl := call("GET", "/v1/export?format=jsonl&channel=statement", nil, 200, nil)
	if n := strings.Count(string(jl), "\n"); n != 1 {
		t.Errorf("jsonl export: %d lines:\n%s", n, jl)
	}

	// bad parameters are 400s with a message
	for _, p := range []string{"/v1/quotes?sort=best", "/v1/quotes?group=speaker", "/v1/quotes?size=0", "/v1/quotes?facets=maybe",
		"/v1/quotes?cursor=bm90LWpzb24", "/v1/quotes?q=" + strings.Repeat("x", 2000), "/v1/export?format=xml", "/v1/speakers?prefix=",
		"/v1/export?limit=0"} {
		call("GET", p, nil, 400, nil)
	}
	call("POST", "/v1/provenance", map[string]any{"txt": "x"}, 400, nil)
	call("POST", "/v1/provenance", map[string]any{"text": "💔🔥 #"}, 400, nil)
	call("POST", "/v1/provenance", map[string]any{"text": "ok words here", "posted_at": "yesterday"}, 400, nil)
}
