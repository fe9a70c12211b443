package index_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
)

// version makes the documents of one article version with the given quotes.
func version(article string, v int64, texts ...string) index.ArticleDocs {
	a := index.ArticleDocs{ArticleID: article, Version: v}
	for i, text := range texts {
		a.Docs = append(a.Docs, index.Document{
			ID: index.DocID(article, i), ArticleID: article, Position: i, Text: text,
			Speaker: "Ann Lee", Channel: "unknown", IndexedAt: time.Now(),
			Article: index.ArticleMetadata{ID: article, Version: v},
		})
	}
	return a
}

func write(t *testing.T, ix *index.Index, batch ...index.ArticleDocs) {
	t.Helper()
	for i, err := range ix.Write(context.Background(), batch) {
		if err != nil {
			t.Fatalf("write %s v%d: %v", batch[i].ArticleID, batch[i].Version, err)
		}
	}
}

// texts lists an article's quotes in the index as "text@version".
func texts(t *testing.T, ix *index.Index, article string) []string {
	t.Helper()
	ctx := context.Background()
	if err := ix.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(ctx, index.Query{ArticleID: article, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range res.Docs {
		out = append(out, fmt.Sprintf("%s@%d", d.Text, d.Article.Version))
	}
	slices.Sort(out)
	return out
}

// An older version arriving after the newer one's deletes were forgotten
// (index.gc_deletes, 60 s by default, 1 s here) must not bring its quotes
// back, nor add quotes at positions the newer version never had.
func TestLateOldVersionStaysDeadAfterGCDeletes(t *testing.T) {
	ix := estest.Open(t)
	ctx := context.Background()
	if _, err := ix.Client().IndexPutSettings(ix.Alias()).BodyJson(map[string]any{"index": map[string]any{"gc_deletes": "1s"}}).Do(ctx); err != nil {
		t.Fatal(err)
	}
	write(t, ix, version("ver2", 1, "A", "B", "C"))
	write(t, ix, version("ver2", 2, "A"))
	want := []string{"A@2"}
	if got := texts(t, ix, "ver2"); !slices.Equal(got, want) {
		t.Fatalf("after version 2: %v, want %v", got, want)
	}
	// let Elasticsearch forget the tombstones of B and C
	time.Sleep(2 * time.Second)
	for range 3 {
		write(t, ix, version("other", 1, "x")) // writes and refreshes prune tombstones
		ix.Refresh(ctx)
		time.Sleep(500 * time.Millisecond)
	}
	write(t, ix, version("ver2", 1, "A", "B", "C"))
	if got := texts(t, ix, "ver2"); !slices.Equal(got, want) {
		t.Errorf("late version 1 after gc_deletes: %v, want %v", got, want)
	}
	// positions version 2 never had
	write(t, ix, version("ver2", 1, "A", "B", "C", "D", "E"))
	if got := texts(t, ix, "ver2"); !slices.Equal(got, want) {
		t.Errorf("late version 1 with more quotes: %v, want %v", got, want)
	}
	// the newer version still takes effect, and equal versions rewrite
	write(t, ix, version("ver2", 3, "P", "Q"))
	write(t, ix, version("ver2", 3, "P", "Q"))
	if got, want := texts(t, ix, "ver2"), []string{"P@3", "Q@3"}; !slices.Equal(got, want) {
		t.Errorf("version 3: %v, want %v", got, want)
	}
}

// Two workers writing two versions of one article at once: version 2 is
// recorded and written while version 1, which passed its version check
// just before, is still on its way. Version 1's documents at positions
// version 2 lacks must not survive.
func TestRacingOlderVersionIsUndone(t *testing.T) {
	ix := estest.Open(t)
	once := false
	ix.AfterClaim(func() {
		if once {
			return
		}
		once = true
		write(t, ix, version("race", 2, "A"))
	})
	write(t, ix, version("race", 1, "A", "B", "C", "D"))
	ix.AfterClaim(nil)
	if got, want := texts(t, ix, "race"), []string{"A@2"}; !slices.Equal(got, want) {
		t.Errorf("after the race: %v, want %v", got, want)
	}
}

// Two versions of an article in one batch, in either order: the newer wins.
func TestTwoVersionsInOneBatch(t *testing.T) {
	ix := estest.Open(t)
	write(t, ix, version("b1", 1, "A", "B", "C"), version("b1", 2, "A"))
	write(t, ix, version("b2", 2, "A"), version("b2", 1, "A", "B", "C"))
	for _, id := range []string{"b1", "b2"} {
		if got, want := texts(t, ix, id), []string{"A@2"}; !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", id, got, want)
		}
	}
}

// A cancelled request's errors keep their cause: the indexer tells a
// shutdown (context.Canceled) from an outage, and both from bad data.
func TestWriteErrorsKeepTheirCause(t *testing.T) {
	ix := estest.Open(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for i, err := range ix.Write(ctx, []index.ArticleDocs{version("c1", 1, "A"), version("c2", 1, "B")}) {
		if !errors.Is(err, context.Canceled) || !errors.Is(err, index.ErrUnavailable) {
			t.Errorf("article %d: %v: want it to wrap both context.Canceled and ErrUnavailable", i, err)
		}
	}
}
