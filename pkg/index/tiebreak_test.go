package index_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/olivere/elastic/v7"

	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
)

func TestTiebreakIsStableAndExactInJSON(t *testing.T) {
	t.Parallel()
	seen := map[int64]string{}
	for i := range 10000 {
		id := index.DocID("article", i)
		tb := index.Tiebreak(id)
		if tb != index.Tiebreak(id) {
			t.Fatalf("tiebreak of %s changes", id)
		}
		if tb < 0 || tb >= 1<<53 {
			t.Fatalf("tiebreak %d of %s is not exact as a JSON number", tb, id)
		}
		if other, ok := seen[tb]; ok {
			t.Fatalf("%s and %s share tiebreak %d", id, other, tb)
		}
		seen[tb] = id
	}
}

// pageAll walks an article's quotes ten at a time with the cursor, and
// checks the cursor's last sort value: a number when listings sort by the
// tiebreak, the id string otherwise. (The two orders agree: a UUID's hex
// text sorts as its leading bits do.)
func pageAll(t *testing.T, ix *index.Index, article string, numeric bool) []string {
	t.Helper()
	var ids []string
	q := index.Query{ArticleID: article, Size: 10, Sort: "date"}
	for range 100 {
		res, err := ix.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range res.Docs {
			ids = append(ids, d.ID)
		}
		if res.NextCursor == "" {
			return ids
		}
		raw, err := base64.RawURLEncoding.DecodeString(res.NextCursor)
		if err != nil {
			t.Fatal(err)
		}
		var sortValues []any
		if err := json.Unmarshal(raw, &sortValues); err != nil || len(sortValues) == 0 {
			t.Fatalf("cursor %q: %v", raw, err)
		}
		if _, isNumber := sortValues[len(sortValues)-1].(float64); isNumber != numeric {
			t.Fatalf("cursor sorts by %v, want a number: %v", sortValues, numeric)
		}
		q.Cursor = res.NextCursor
	}
	t.Fatal("the cursor never ends")
	return nil
}

// Quotes of one article share their date: the tiebreak alone orders them.
// Pages must list each exactly once, with the numeric tiebreak, with the
// keyword-id fallback while an older document lacks the tiebreak, and again
// after a reindex fills it in.
func TestPagesAreStableWithAndWithoutTiebreak(t *testing.T) {
	ctx := context.Background()
	ix := estest.Open(t)
	published := time.Date(2021, 2, 20, 9, 0, 0, 0, time.UTC)
	var docs []index.Document
	for i := range 45 {
		docs = append(docs, index.Document{ID: index.DocID("a1", i), ArticleID: "a1", Position: i,
			Text: fmt.Sprintf("quote number %d", i), Speaker: "Ana Ruiz", IndexedAt: time.Now(),
			Article: index.ArticleMetadata{ID: "a1", Version: 1, PublishedAt: &published}})
	}
	for _, err := range ix.Write(ctx, []index.ArticleDocs{{ArticleID: "a1", Version: 1, Docs: docs}}) {
		if err != nil {
			t.Fatal(err)
		}
	}
	ix.Refresh(ctx)
	want := make([]string, 0, 46)
	for _, d := range docs {
		want = append(want, d.ID)
	}
	slices.SortFunc(want, func(a, b string) int { return int(index.Tiebreak(a) - index.Tiebreak(b)) })
	if !ix.SortsByTiebreak(ctx) {
		t.Fatal("every document has a tiebreak, yet listings do not sort by it")
	}
	if got := pageAll(t, ix, "a1", true); !slices.Equal(got, want) {
		t.Fatalf("pages by tiebreak:\n got %v\nwant %v", got, want)
	}

	// a document written before the field existed
	old := index.DocID("a1", 45)
	body := fmt.Sprintf(`{"id":%q,"article_id":"a1","position":45,"text":"an old quote","confidence":0,"indexed_at":"2021-02-20T09:00:00Z","article":{"id":"a1","version":1,"published_at":"2021-02-20T09:00:00Z"}}`, old)
	if _, err := ix.Client().Index().Index(ix.Alias()).Id(old).BodyString(body).Do(ctx); err != nil {
		t.Fatal(err)
	}
	ix.Refresh(ctx)
	if ix.SortsByTiebreak(ctx) {
		t.Fatal("a document lacks the tiebreak, yet listings sort by it")
	}
	byID := append(slices.Clone(want), old)
	slices.Sort(byID)
	if got := pageAll(t, ix, "a1", false); !slices.Equal(got, byID) {
		t.Fatalf("pages by id:\n got %v\nwant %v", got, byID)
	}

	// a reindex copies it with its tiebreak
	from, to, err := ix.CreateNext(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Copy(ctx, from, to, time.Time{}); err != nil {
		t.Fatal(err)
	}
	next := ix.Target(to)
	next.Refresh(ctx)
	if !next.SortsByTiebreak(ctx) {
		t.Fatal("the copy lacks tiebreaks")
	}
	all := append(slices.Clone(want), old)
	slices.SortFunc(all, func(a, b string) int { return int(index.Tiebreak(a) - index.Tiebreak(b)) })
	if got := pageAll(t, next, "a1", true); !slices.Equal(got, all) {
		t.Fatalf("pages after the copy:\n got %v\nwant %v", got, all)
	}
}

// A reindex copies documents an older version wrote into today's strict
// mapping: fields it no longer has are dropped, the tiebreak is added.
func TestUpgradeDropsRetiredFieldsAndAddsTiebreak(t *testing.T) {
	t.Parallel()
	var ix index.Index
	src := `{"id":"39cc3a84-b162-5c62-b2ef-e6323c7a19c5","text":"q","exact_key":"x","article":{"id":"a","version":2,"old_flag":true}}`
	out, err := ix.Upgrade("39cc3a84-b162-5c62-b2ef-e6323c7a19c5", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"id": "39cc3a84-b162-5c62-b2ef-e6323c7a19c5", "text": "q",
		"tiebreak": float64(index.Tiebreak("39cc3a84-b162-5c62-b2ef-e6323c7a19c5")),
		"article":  map[string]any{"id": "a", "version": float64(2)}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("upgraded document (-want +got):\n%s", diff)
	}
	same := `{"id":"x","tiebreak":7}`
	if out, err := ix.Upgrade("x", []byte(same)); err != nil || string(out) != same {
		t.Fatalf("a current document changed: %s, %v", out, err)
	}
}

// An index an older version made keeps working: Ensure adds the fields the
// template has gained (the tiebreak) and leaves alone those it maps
// differently now (index_phrases on text), which only a reindex changes.
func TestEnsureAddsNewFieldsToAnOlderIndex(t *testing.T) {
	ctx := context.Background()
	cfg := estest.Config(t)
	ix, err := index.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.DeleteAll(context.Background()) })
	old := `{"aliases":{"` + ix.Alias() + `":{"is_write_index":true}},"mappings":{"dynamic":"strict","properties":{
		"id":{"type":"keyword"},"text":{"type":"text","analyzer":"standard"}}}}`
	if _, err := ix.Client().CreateIndex(index.IndexName(ix.Alias(), 1)).BodyString(old).Do(ctx); err != nil {
		t.Fatal(err)
	}
	for range 2 { // and again: nothing left to add
		if err := ix.Ensure(ctx, 0); err != nil {
			t.Fatalf("ensure on an older index: %v", err)
		}
	}
	res, err := ix.Client().PerformRequest(ctx, elastic.PerformRequestOptions{Method: "GET", Path: "/" + ix.Alias() + "/_mapping"})
	if err != nil {
		t.Fatal(err)
	}
	b := res.Body
	if !strings.Contains(string(b), `"tiebreak":{"type":"long"}`) || strings.Contains(string(b), "index_phrases") {
		t.Fatalf("mapping after Ensure: %s", b)
	}
}
