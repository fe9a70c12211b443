package api

import (
	_ "embed"
	"net/http"
)

// OpenAPIDocument describes every public route; TestOpenAPI checks the real
// handlers against it.
//
//go:embed openapi.json
var OpenAPIDocument []byte

// OpenAPI serves the document at GET /openapi.json.
func OpenAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "public, max-age=300")
	_, _ = w.Write(OpenAPIDocument)
}
