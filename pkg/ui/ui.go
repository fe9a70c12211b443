// Package ui is Quotewire's web interface: a search page, a cluster page
// and a provenance page, plain HTML, CSS and JavaScript over the public API,
// embedded in the search service's binary and served at /.
package ui

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed static
var static embed.FS

// Handler serves the interface. Quote text reaches the page only through
// textContent, or as the API's HTML-escaped highlight; the Content Security
// Policy allows no inline script and nothing from elsewhere.
func Handler() http.Handler {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}

// Serves reports whether path is one of the interface's own files ("/" is
// its page). They hold no data, so a server that asks for API keys serves
// them without one: the page then asks the user for a key.
func Serves(path string) bool {
	name := strings.TrimPrefix(path, "/")
	if name == "" {
		name = "index.html"
	}
	if !fs.ValidPath(name) {
		return false
	}
	st, err := fs.Stat(static, "static/"+name)
	return err == nil && !st.IsDir()
}
