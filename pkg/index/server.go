package index

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/olivere/elastic/v7"
)

// Servers: the adapter speaks Elasticsearch 7's REST API (olivere/elastic
// v7). Elasticsearch 8 answers it when asked for version 7 compatibility
// (the compatible-with=7 media types on every request), and OpenSearch 2
// speaks it as is. Open detects which server answers and sets what it
// needs; a server it cannot place is spoken to as Elasticsearch 7.

// compatTransport asks Elasticsearch 8 for version 7 answers once Open has
// found one: it sets the compatible-with=7 media types on each request.
type compatTransport struct {
	base http.RoundTripper
	on   atomic.Bool
}

func (t *compatTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !t.on.Load() {
		return t.base.RoundTrip(req)
	}
	r := req.Clone(req.Context()) // a RoundTripper must not change the caller's request
	r.Header.Set("Accept", "application/vnd.elasticsearch+json;compatible-with=7")
	switch ct := r.Header.Get("Content-Type"); {
	case strings.HasPrefix(ct, "application/x-ndjson"):
		r.Header.Set("Content-Type", "application/vnd.elasticsearch+x-ndjson;compatible-with=7")
	case ct != "":
		r.Header.Set("Content-Type", "application/vnd.elasticsearch+json;compatible-with=7")
	}
	return t.base.RoundTrip(r)
}

// serverInfo reads the server's distribution and version from the local
// node's info (GET / is a module that some distributions leave out).
func (ix *Index) serverInfo(ctx context.Context) (dist, version string, err error) {
	res, err := ix.client.PerformRequest(ctx, elastic.PerformRequestOptions{
		Method: "GET", Path: "/_nodes/_local",
		Params: map[string][]string{"filter_path": {"nodes.*.version,nodes.*.build_flavor"}},
	})
	if err != nil {
		return "", "", err
	}
	var body struct {
		Nodes map[string]struct {
			Version string `json:"version"`
		} `json:"nodes"`
	}
	if err := json.Unmarshal(res.Body, &body); err != nil {
		return "", "", err
	}
	for _, n := range body.Nodes {
		version = n.Version
	}
	dist = "elasticsearch"
	// OpenSearch says so in its root answer and headers; its node info has
	// no build flavor
	if !strings.Contains(string(res.Body), "build_flavor") {
		dist = "opensearch"
	}
	return dist, version, nil
}

// majorVersion is the leading number of a version ("8.19.21": 8).
func majorVersion(v string) int {
	n, _ := strconv.Atoi(strings.SplitN(v, ".", 2)[0])
	return n
}
