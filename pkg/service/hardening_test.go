package service_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/index"
)

// get fetches a path of the test server and returns the status and body.
func get(t *testing.T, srv, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(srv + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, errorText(b)
}

func postJSON(t *testing.T, srv, path, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(srv+path, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, errorText(b)
}

// errorText is the message of an {"error": "..."} body, else the body.
func errorText(b []byte) string {
	var e struct{ Error string }
	if json.Unmarshal(b, &e) == nil && e.Error != "" {
		return e.Error
	}
	return string(b)
}

// leaks lists what an error body must never carry: Elasticsearch's own
// words, Go type names, an outage that is no outage.
var leaks = []string{"elasticsearch", "exception", "search_after", "Go struct", "Go value", "unavailable", "json:"}

// What an outside trial broke (#15, items 4 to 8): each input gets a plain
// 400 or 404 in the API's own words.
func TestHostileInputsGetPlainAnswers(t *testing.T) {
	srv, ix := searchServerIndex(t)
	for _, c := range []struct {
		name, path string
		want       int
		says       string
	}{
		// 5: crafted cursors, for listings and for cluster pages
		{"null cursor", "/v1/quotes?cursor=" + b64(`[null,null]`), 400, "cursor"},
		{"string cursor", "/v1/quotes?cursor=" + b64(`["x"]`), 400, "cursor"},
		{"three keys", "/v1/quotes?cursor=" + b64(`[1,2,3]`), 400, "cursor"},
		{"object", "/v1/quotes?cursor=" + b64(`[{"a":1},1]`), 400, "cursor"},
		{"huge number", "/v1/quotes?cursor=" + b64(`[1e400,1]`), 400, "cursor"},
		{"score cursor on a date listing", "/v1/quotes?cursor=" + b64(`[1.5,1]`), 400, "cursor"},
		{"wrong type for the index", "/v1/quotes?sort=date&cursor=" + b64(`[1,"zzz"]`), 400, "cursor"},
		{"cluster cursor", "/v1/clusters/" + firstCluster(t, srv) + "?cursor=" + b64(`[null,null]`), 400, "cursor"},
		// 6: ids no quote can have
		{"long quote id", "/v1/quotes/" + strings.Repeat("a", 5000), 404, "not found"},
		{"long cluster id", "/v1/clusters/" + strings.Repeat("a", 5000), 404, "not found"},
		// 7: filters that analyse to nothing, unknown and repeated parameters
		{"emoji speaker", "/v1/quotes?speaker=" + url.QueryEscape("😀"), 400, "speaker"},
		{"invalid UTF-8 speaker", "/v1/quotes?speaker=%FF", 400, "UTF-8"},
		{"punctuation speaker", "/v1/quotes?speaker=%3F", 400, "speaker"},
		{"title alone", "/v1/quotes?speaker=Mr.", 400, "speaker"},
		{"punctuation outlet", "/v1/quotes?outlet=%21%21", 400, "outlet"},
		{"typo", "/v1/quotes?spaeker=Hale", 400, `unknown parameter "spaeker"`},
		{"typo in export", "/v1/export?format=csv&chanel=tv", 400, `unknown parameter "chanel"`},
		{"typo in speakers", "/v1/speakers?prefix=te&sizes=3", 400, `unknown parameter "sizes"`},
		{"parameter twice", "/v1/quotes?speaker=Teigen&speaker=Legend", 400, "given 2 times"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, body := get(t, srv, c.path)
			if code != c.want || !strings.Contains(body, c.says) {
				t.Errorf("status %d, body %s; want %d saying %q", code, body, c.want, c.says)
			}
			for _, l := range leaks {
				if strings.Contains(strings.ToLower(body), strings.ToLower(l)) {
					t.Errorf("body %s gives away %q", body, l)
				}
			}
		})
	}
	// a real cursor still pages, and the filters still find
	if code, body := get(t, srv, "/v1/quotes?speaker=Teigen&size=2"); code != 200 || !strings.Contains(body, `"next_cursor":"`) {
		t.Errorf("speaker=Teigen&size=2: %d %s", code, body)
	}

	// 8: type errors in a body are said in the API's words
	for _, c := range []struct{ body, says string }{
		{`{"id":"x","text":5}`, "field text must be a string"},
		{`{"id":"x","text":"t","version":"2"}`, "field version must be a whole number"},
		{`{"id":"x","text":"t","authors":"Ann"}`, "field authors must be an array of strings"},
		{`{"id":"x","text":"t"`, "ends too early"},
		{`{"id":"x",,}`, "malformed JSON at byte"},
		{`{"id":"x","text":"t","colour":1}`, `unknown field "colour"`},
	} {
		code, body := postJSON(t, srv, "/v1/articles", c.body)
		if code != 400 || !strings.Contains(body, c.says) || strings.Contains(body, "Go ") {
			t.Errorf("POST %s: %d %s; want 400 saying %q", c.body, code, body, c.says)
		}
	}
	if code, body := postJSON(t, srv, "/v1/provenance", `{"text":7}`); code != 400 || !strings.Contains(body, "field text must be a string") {
		t.Errorf("provenance with a number: %d %s", code, body)
	}

	// 4: only http and https article URLs; every export cell defused
	for _, u := range []string{`=HYPERLINK(\"http://evil\")`, "javascript:alert(1)", "data:text/html,hi", "//no-scheme.example/a", "ftp://files.example/a"} {
		code, body := postJSON(t, srv, "/v1/articles", `{"id":"csv2","url":"`+u+`","text":"\"Hi there,\" Ann Lee said."}`)
		if code != 400 || !strings.Contains(body, "http or https") {
			t.Errorf("url %s: %d %s; want 400", u, code, body)
		}
	}
	// a document indexed before ingest checked URLs
	now := time.Now()
	doc := index.Document{ID: index.DocID("csv2", 0), ArticleID: "csv2", Text: "@SUM(A1)", Speaker: "+Ann", Channel: "-tv",
		Outlet: "=x", ClusterID: "=c", IndexedAt: now,
		Article: index.ArticleMetadata{ID: "csv2", URL: `=HYPERLINK("http://evil")`, Title: "=t", Outlet: "@o", Version: 1, PublishedAt: &now}}
	for _, err := range ix.Write(context.Background(), []index.ArticleDocs{{ArticleID: "csv2", Version: 1, Docs: []index.Document{doc}}}) {
		if err != nil {
			t.Fatal(err)
		}
	}
	ix.Refresh(context.Background())
	code, body := get(t, srv, "/v1/export?format=csv&article_id=csv2")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if code != 200 || err != nil || len(rows) != 2 {
		t.Fatalf("export: %d %v %q", code, err, body)
	}
	for k, cell := range rows[1] {
		if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
			t.Errorf("column %s: live formula %q", rows[0][k], cell)
		}
	}
}

func b64(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func firstCluster(t *testing.T, srv string) string {
	t.Helper()
	code, body := get(t, srv, "/v1/quotes?size=1")
	var l struct {
		Quotes []struct {
			ClusterID string `json:"cluster_id"`
		}
	}
	if code != 200 || json.NewDecoder(bytes.NewReader([]byte(body))).Decode(&l) != nil || len(l.Quotes) == 0 {
		t.Fatalf("no quote to take a cluster from: %d %s", code, body)
	}
	return l.Quotes[0].ClusterID
}
