package index_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
)

// A speaker filter matches the name's words exactly; a typo is allowed only
// when nothing matches exactly, so "Chen" never brings Chan's quotes.
func TestSpeakerExactThenTypo(t *testing.T) {
	ix := estest.Open(t)
	ctx := context.Background()
	var batch []index.ArticleDocs
	for i, spk := range []string{"Ana Chen", "Ana Chen", "Bo Chan"} {
		article := fmt.Sprintf("a%d", i)
		batch = append(batch, index.ArticleDocs{ArticleID: article, Version: 1, Docs: []index.Document{{
			ID: index.DocID(article, 0), ArticleID: article, Text: "We will build it.", Speaker: spk,
			IndexedAt: time.Now(), Article: index.ArticleMetadata{ID: article, Version: 1},
		}}})
	}
	for _, err := range ix.Write(ctx, batch) {
		if err != nil {
			t.Fatal(err)
		}
	}
	ix.Refresh(ctx)
	for _, c := range []struct {
		speaker string
		want    int64
	}{{"Chen", 2}, {"Ms. Chen", 2}, {"Chan", 1}, {"Chenn", 2}, {"Zhou", 0}} {
		res, err := ix.Search(ctx, index.Query{Speaker: c.speaker})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != c.want {
			t.Errorf("speaker=%q: %d quotes, want %d", c.speaker, res.Total, c.want)
		}
	}
}
