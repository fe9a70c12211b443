package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
	"time"
)

// Guard wraps the public API: when keys are given, every request must carry
// one (Authorization: Bearer KEY, or X-API-Key: KEY); every request gets a
// deadline of timeout, which its Elasticsearch and NATS calls inherit. Keys
// are compared in constant time and never logged.
func Guard(keys []string, timeout time.Duration, h http.Handler) http.Handler {
	sums := make([][32]byte, 0, len(keys))
	for _, k := range keys {
		if k = strings.TrimSpace(k); k != "" {
			sums = append(sums, sha256.Sum256([]byte(k)))
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(sums) > 0 && !keyOK(sums, presented(r)) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="quotewire"`)
			writeError(w, http.StatusUnauthorized, "missing or unknown API key: send Authorization: Bearer <key> or X-API-Key: <key>")
			return
		}
		if timeout > 0 {
			ctx, cancel := context.WithTimeout(r.Context(), timeout)
			defer cancel()
			r = r.WithContext(ctx)
		}
		h.ServeHTTP(w, r)
	})
}

func presented(r *http.Request) string {
	if k := r.Header.Get("X-API-Key"); k != "" {
		return k
	}
	if a := r.Header.Get("Authorization"); len(a) > 7 && strings.EqualFold(a[:7], "bearer ") {
		return strings.TrimSpace(a[7:])
	}
	return ""
}

func keyOK(sums [][32]byte, key string) bool {
	if key == "" {
		return false
	}
	got := sha256.Sum256([]byte(key))
	ok := 0
	for _, s := range sums {
		ok |= subtle.ConstantTimeCompare(got[:], s[:])
	}
	return ok == 1
}
