package service_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/quotewire/quotewire/pkg/api"
)

// The OpenAPI document served at /openapi.json is valid, names every route
// the public mux serves, and the real handlers' answers, good and bad, match
// its schemas.
func TestOpenAPI(t *testing.T) {
	base := searchServer(t)
	resp, err := http.Get(base + "/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	served, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Equal(served, api.OpenAPIDocument) {
		t.Fatal("/openapi.json does not serve the embedded document")
	}
	// JSON Lines is plain text to the document
	openapi3filter.RegisterBodyDecoder("application/x-ndjson", func(r io.Reader, _ http.Header, _ *openapi3.SchemaRef, _ openapi3filter.EncodingFn) (any, error) {
		b, err := io.ReadAll(r)
		return string(b), err
	})
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(served)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := doc.Validate(ctx); err != nil {
		t.Fatalf("the document is not valid OpenAPI: %v", err)
	}
	var paths []string
	for p := range doc.Paths.Map() {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	want := []string{"/v1/articles", "/v1/clusters/{id}", "/v1/export", "/v1/provenance", "/v1/quotes", "/v1/quotes/{id}", "/v1/speakers", "/v1/speakers/{name}"}
	if strings.Join(paths, " ") != strings.Join(want, " ") {
		t.Errorf("documented paths %v, served %v", paths, want)
	}
	doc.Servers = openapi3.Servers{{URL: base}}
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	var first struct {
		Quotes []struct {
			ID        string
			ClusterID string `json:"cluster_id"`
		}
	}
	r, err := http.Get(base + "/v1/quotes?q=hospital")
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(r.Body).Decode(&first)
	r.Body.Close()
	if len(first.Quotes) == 0 {
		t.Fatal("no quote to ask about")
	}
	calls := []struct {
		method, path string
		body         any
	}{
		{"GET", "/v1/quotes?q=hospital&facets=true&sort=date", nil},
		{"GET", "/v1/quotes?group=cluster&size=2", nil},
		{"GET", "/v1/quotes?speaker=Teigen&channel=twitter&from=2021-01-01&to=2021-12-31", nil},
		{"GET", "/v1/quotes?sort=sideways", nil},
		{"GET", "/v1/quotes/" + first.Quotes[0].ID, nil},
		{"GET", "/v1/quotes/does-not-exist", nil},
		{"GET", "/v1/clusters/" + first.Quotes[0].ClusterID, nil},
		{"GET", "/v1/clusters/does-not-exist", nil},
		{"GET", "/v1/speakers?prefix=chr", nil},
		{"GET", "/v1/speakers/Chrissy%20Teigen", nil},
		{"GET", "/v1/speakers/Nobody%20Known", nil},
		{"GET", "/v1/speakers/%F0%9F%98%80", nil},
		{"GET", "/v1/export?format=csv&speaker=Teigen", nil},
		{"GET", "/v1/export?format=jsonl", nil},
		{"POST", "/v1/provenance", map[string]any{"text": "Driving home from the hospital was the hardest thing I have ever done", "platform": "twitter", "author": "chrissyteigen"}},
		{"POST", "/v1/articles", map[string]any{"url": "https://x.example/1", "text": "\"Fine,\" Al Roe said."}},
		{"POST", "/v1/articles", map[string]any{"text": ""}},
	}
	for _, c := range calls {
		var body []byte
		if c.body != nil {
			body, _ = json.Marshal(c.body)
		}
		req, _ := http.NewRequest(c.method, base+c.path, bytes.NewReader(body))
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		route, params, err := router.FindRoute(req)
		if err != nil {
			t.Errorf("%s %s: not in the document: %v", c.method, c.path, err)
			continue
		}
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
		reqErr := openapi3filter.ValidateRequest(ctx, in)
		req.Body = io.NopCloser(bytes.NewReader(body))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		rb, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if reqErr != nil && res.StatusCode < 400 {
			t.Errorf("%s %s: the document refuses the request (%v) but the handler answered %d", c.method, c.path, reqErr, res.StatusCode)
		}
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: res.StatusCode, Header: res.Header,
			Options: &openapi3filter.Options{IncludeResponseStatus: true}}
		out.SetBodyBytes(rb)
		if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
			t.Errorf("%s %s: the %d answer does not match the document: %v\n%.300s", c.method, c.path, res.StatusCode, err, rb)
		}
	}
}
