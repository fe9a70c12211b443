package quote

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/extract from the engine's output")

// goldenQuote is a Quote as its golden file spells it: every field.
type goldenQuote struct {
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Text       string  `json:"text"`
	Speaker    string  `json:"speaker"`
	Mention    string  `json:"mention"`
	Cue        string  `json:"cue"`
	Channel    string  `json:"channel"`
	Outlet     string  `json:"outlet"`
	Context    string  `json:"context"`
	Confidence float32 `json:"confidence"`
	Kind       Kind    `json:"kind"`
}

// golden is the content of a .golden.json file: what the article shows
// (written by hand, kept by -update) and the engine's whole output.
type golden struct {
	About  string        `json:"about"`
	Quotes []goldenQuote `json:"quotes"`
}

// TestGolden extracts the quotes of every article in testdata/extract (our
// own texts, each showing a shape the engine handles) and compares every
// field of the result with the article's .golden.json. After a deliberate
// change, `go test ./pkg/quote -run TestGolden -update` rewrites the
// golden files, and the change shows as their diff in review.
func TestGolden(t *testing.T) {
	t.Parallel()
	texts, err := filepath.Glob("testdata/extract/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) < 40 {
		t.Fatalf("%d golden articles, want at least 40", len(texts))
	}
	for _, path := range texts {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			gpath := strings.TrimSuffix(path, ".txt") + ".golden.json"
			var want golden
			raw, err := os.ReadFile(gpath)
			if err == nil {
				err = json.Unmarshal(raw, &want)
			}
			if err != nil && !*update {
				t.Fatalf("%s: %v (run with -update to write it)", gpath, err)
			}
			got := golden{About: want.About, Quotes: []goldenQuote{}}
			for _, q := range Extract(string(text)) {
				// the channel's probability moves with every retraining:
				// the label is compared, its confidence tested elsewhere
				got.Quotes = append(got.Quotes, goldenQuote{Start: q.Start, End: q.End, Text: q.Text, Speaker: q.Speaker,
					Mention: q.Mention, Cue: q.Cue, Channel: q.Channel, Outlet: q.Outlet, Context: q.Context,
					Confidence: q.Confidence, Kind: q.Kind})
			}
			if *update {
				var b bytes.Buffer
				enc := json.NewEncoder(&b)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				if err := enc.Encode(got); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(gpath, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: %s (-want +got):\n%s", path, want.About, diff)
			}
		})
	}
}
