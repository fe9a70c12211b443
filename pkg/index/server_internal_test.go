package index

import (
	"net/http"
	"testing"
)

type recordTransport struct{ got *http.Request }

func (r *recordTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r.got = req
	return &http.Response{StatusCode: 200, Body: http.NoBody, Header: http.Header{}}, nil
}

// Elasticsearch 8 is asked for version 7 answers: the compatible-with=7
// media types on every request once the transport is on, on a copy of the
// caller's request.
func TestCompatTransport(t *testing.T) {
	t.Parallel()
	rec := &recordTransport{}
	ct := &compatTransport{base: rec}
	for _, c := range []struct {
		on                bool
		contentType, want string
	}{
		{false, "application/json", "application/json"},
		{true, "application/json", "application/vnd.elasticsearch+json;compatible-with=7"},
		{true, "application/x-ndjson", "application/vnd.elasticsearch+x-ndjson;compatible-with=7"},
		{true, "", ""},
	} {
		ct.on.Store(c.on)
		req, _ := http.NewRequest("POST", "http://127.0.0.1:1/_bulk", http.NoBody)
		if c.contentType != "" {
			req.Header.Set("Content-Type", c.contentType)
		}
		if _, err := ct.RoundTrip(req); err != nil {
			t.Fatal(err)
		}
		if got := rec.got.Header.Get("Content-Type"); got != c.want {
			t.Errorf("on=%v %q: sent %q, want %q", c.on, c.contentType, got, c.want)
		}
		if c.on && rec.got.Header.Get("Accept") != "application/vnd.elasticsearch+json;compatible-with=7" {
			t.Errorf("on: Accept %q", rec.got.Header.Get("Accept"))
		}
		if c.on && req.Header.Get("Accept") != "" {
			t.Error("the caller's request was changed")
		}
	}
	for v, want := range map[string]int{"8.19.21": 8, "7.17.29": 7, "2.19.6": 2, "": 0} {
		if got := majorVersion(v); got != want {
			t.Errorf("majorVersion(%q) = %d, want %d", v, got, want)
		}
	}
}
