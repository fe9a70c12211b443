//go:build faults

package faults_test

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// esProxy stands between the workers and Elasticsearch. It passes every
// request through, except that it can answer 429 for a share of the items of
// each bulk request: those items are taken out of the request before it is
// forwarded, so Elasticsearch never sees them, exactly as when a node's
// write queue is full.
type esProxy struct {
	srv      *httptest.Server
	target   *url.URL
	rp       *httputil.ReverseProxy
	share    atomic.Uint64 // float64 bits: share of bulk items to reject
	rejected atomic.Int64
	mu       sync.Mutex
	rng      *rand.Rand
}

func newESProxy(t testing.TB, target string) *esProxy {
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	p := &esProxy{target: u, rp: httputil.NewSingleHostReverseProxy(u), rng: rand.New(rand.NewPCG(1, 2))}
	p.rp.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
	p.srv = httptest.NewServer(p)
	t.Cleanup(p.srv.Close)
	return p
}

func (p *esProxy) URL() string { return p.srv.URL }

// reject sets the share of bulk items answered with 429.
func (p *esProxy) reject(share float64) { p.share.Store(math.Float64bits(share)) }

func (p *esProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	share := math.Float64frombits(p.share.Load())
	if share > 0 && strings.HasSuffix(r.URL.Path, "/_bulk") {
		p.bulk(w, r, share)
		return
	}
	p.rp.ServeHTTP(w, r)
}

func (p *esProxy) draw(share float64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.rng.Float64() < share
}

func (p *esProxy) bulk(w http.ResponseWriter, r *http.Request, share float64) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	lines := bytes.Split(bytes.TrimRight(body, "\n"), []byte("\n"))
	var kept bytes.Buffer
	var items []json.RawMessage // nil entries are filled from Elasticsearch's answer
	for i := 0; i < len(lines); i++ {
		var action map[string]struct {
			Index string `json:"_index"`
			ID    string `json:"_id"`
		}
		if err := json.Unmarshal(lines[i], &action); err != nil || len(action) != 1 {
			http.Error(w, "proxy: cannot read bulk action line", http.StatusBadRequest)
			return
		}
		n := 1
		for op := range action {
			if op != "delete" {
				n = 2 // the action and its source
			}
		}
		end := min(i+n, len(lines))
		if p.draw(share) {
			for op, meta := range action {
				item, _ := json.Marshal(map[string]any{op: map[string]any{
					"_index": meta.Index, "_id": meta.ID, "status": 429,
					"error": map[string]string{"type": "es_rejected_execution_exception", "reason": "rejected by the fault test's proxy"},
				}})
				items = append(items, item)
			}
			p.rejected.Add(1)
		} else {
			for _, l := range lines[i:end] {
				kept.Write(l)
				kept.WriteByte('\n')
			}
			items = append(items, nil)
		}
		i = end - 1
	}
	var answer struct {
		Took  int               `json:"took"`
		Items []json.RawMessage `json:"items"`
	}
	if kept.Len() > 0 {
		req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, p.target.String()+r.URL.RequestURI(), &kept)
		req.Header.Set("Content-Type", "application/x-ndjson")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer res.Body.Close()
		out, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusOK {
			w.WriteHeader(res.StatusCode)
			w.Write(out)
			return
		}
		if err := json.Unmarshal(out, &answer); err != nil {
			http.Error(w, "proxy: bad bulk answer: "+err.Error(), http.StatusBadGateway)
			return
		}
	}
	k := 0
	for i := range items {
		if items[i] == nil {
			if k >= len(answer.Items) {
				http.Error(w, "proxy: short bulk answer", http.StatusBadGateway)
				return
			}
			items[i] = answer.Items[k]
			k++
		}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"took": answer.Took, "errors": true, "items": items})
}
