package api_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/api"
)

func TestGuard(t *testing.T) {
	var deadline time.Time
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		deadline, _ = r.Context().Deadline()
		w.WriteHeader(http.StatusNoContent)
	})
	const key = "0123456789abcdef-key"
	guarded := api.Guard([]string{"another-key-of-16chars", key}, 2*time.Second, ok)
	open := api.Guard(nil, time.Second, ok)
	cases := []struct {
		name   string
		h      http.Handler
		header map[string]string
		want   int
	}{
		{"no key", guarded, nil, 401},
		{"wrong key", guarded, map[string]string{"Authorization": "Bearer nope-nope-nope-nope"}, 401},
		{"key as basic auth is not a bearer", guarded, map[string]string{"Authorization": "Basic " + key}, 401},
		{"bearer", guarded, map[string]string{"Authorization": "Bearer " + key}, 204},
		{"bearer, any case", guarded, map[string]string{"Authorization": "bearer " + key}, 204},
		{"x-api-key", guarded, map[string]string{"X-API-Key": key}, 204},
		{"no keys configured", open, nil, 204},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			deadline = time.Time{}
			req := httptest.NewRequest("GET", "/v1/quotes", nil)
			for k, v := range c.header {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			c.h.ServeHTTP(rec, req)
			if rec.Code != c.want {
				t.Fatalf("status %d, want %d", rec.Code, c.want)
			}
			if c.want == 401 {
				var body struct{ Error string }
				if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error == "" {
					t.Errorf("401 without a JSON error: %q", rec.Body.String())
				}
				if rec.Header().Get("WWW-Authenticate") == "" {
					t.Error("401 without WWW-Authenticate")
				}
				return
			}
			if deadline.IsZero() || time.Until(deadline) > 2*time.Second {
				t.Errorf("handler ran without the request deadline (%v)", deadline)
			}
		})
	}
}
