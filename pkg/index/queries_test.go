package index_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
)

// Provenance looks for quotes by the post's rarer words and leaves out the
// common ones, so it must still find a quote among hundreds that share its
// common words, whatever else the post holds (a hashtag no quote has), and
// fall back to the common words when the post has nothing else.
func TestProvenanceAmongCommonWords(t *testing.T) {
	ix := estest.Open(t)
	ctx := context.Background()
	published := time.Date(2021, 2, 20, 9, 0, 0, 0, time.UTC)
	var quotes []oneQuote
	add := func(article, speaker, text string, day int) {
		quotes = append(quotes, oneQuote{article, speaker, text, published.AddDate(0, 0, day)})
	}
	// "people", "think", "hospital" and "home" are in most quotes
	for i := range 300 {
		add(fmt.Sprintf("filler-%d", i), fmt.Sprintf("Speaker %d", i%7),
			fmt.Sprintf("People think the hospital at home is fine, case %d of %d", i, i*7919%1000), i%30)
	}
	add("later", "Chrissy Teigen", "Driving home from the hospital was the hardest thing I have ever done,", 5)
	add("first", "Chrissy Teigen", "Driving home from the hospital was the hardest thing I have ever done.", 2)
	indexOneQuoteArticles(t, ix, quotes)

	matches, err := ix.Provenance(ctx, index.Post{Text: "Driving home from the hospital was the hardest thing I have ever done 💔\n#heartbroken https://t.co/x", Author: "@chrissyteigen"})
	if err != nil {
		t.Fatal(err)
	}
	if len(matches) != 1 || matches[0].Cluster.Count != 2 || matches[0].Extent != "part" {
		t.Fatalf("want one match (the quote is part of the post) of a cluster of two, got %+v", matches)
	}
	if first := matches[0].Cluster.Appearances[0]; first.ArticleID != "first" {
		t.Errorf("earliest appearance is %s, want first", first.ArticleID)
	}

	// only common words: two of them must match
	matches, err = ix.Provenance(ctx, index.Post{Text: "People think the hospital at home is fine, case 17 of 643"})
	if err != nil {
		t.Fatal(err)
	}
	if len(matches) == 0 || matches[0].Quote.ArticleID != "filler-17" {
		t.Fatalf("a post of common words: want filler-17 first, got %+v", matches)
	}

	// words no quote holds
	matches, err = ix.Provenance(ctx, index.Post{Text: "zorbly quindle frastic"})
	if err != nil || len(matches) != 0 {
		t.Fatalf("unknown words: want no match and no error, got %+v, %v", matches, err)
	}
}

// oneQuote is an article holding a single quote.
type oneQuote struct {
	article, speaker, text string
	published              time.Time
}

// indexOneQuoteArticles writes the articles and refreshes the index.
func indexOneQuoteArticles(t *testing.T, ix *index.Index, quotes []oneQuote) {
	t.Helper()
	var batch []index.ArticleDocs
	for _, q := range quotes {
		at := q.published
		batch = append(batch, index.ArticleDocs{ArticleID: q.article, Version: 1, Docs: []index.Document{{
			ID: index.DocID(q.article, 0), ArticleID: q.article, Text: q.text, Speaker: q.speaker, Channel: "twitter",
			IndexedAt: time.Now(), Article: index.ArticleMetadata{ID: q.article, Version: 1, PublishedAt: &at},
		}}})
	}
	for _, err := range ix.Write(context.Background(), batch) {
		if err != nil {
			t.Fatal(err)
		}
	}
	ix.Refresh(context.Background())
}

// A speaker filter matches the name's words exactly; a typo is allowed only
// when nothing matches exactly, so "Chen" never brings Chan's quotes.
func TestSpeakerExactThenTypo(t *testing.T) {
	ix := estest.Open(t)
	ctx := context.Background()
	var quotes []oneQuote
	for i, spk := range []string{"Ana Chen", "Ana Chen", "Bo Chan"} {
		quotes = append(quotes, oneQuote{fmt.Sprintf("a%d", i), spk, "We will build it.", time.Now()})
	}
	indexOneQuoteArticles(t, ix, quotes)
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

// A short post quoted word for word is found, though it has fewer than two
// content words; a hostile post that only scatters a quote's words among
// its own is no version of it (#15, item 12).
func TestProvenanceShortPostsAndScatteredWords(t *testing.T) {
	ix := estest.Open(t)
	ctx := context.Background()
	day := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	indexOneQuoteArticles(t, ix, []oneQuote{
		{"tweet", "Dana Hale", "That's what I promised and that's what we did.", day},
		{"bridge", "Dana Hale", "We will rebuild the bridge and the school this year.", day.AddDate(0, 0, 1)},
		{"other", "Lee Park", "The budget is balanced and the roads are paved.", day.AddDate(0, 0, 2)},
	})
	matches, err := ix.Provenance(ctx, index.Post{Text: "That's what I promised and that's what we did."})
	if err != nil {
		t.Fatal(err)
	}
	if len(matches) != 1 || matches[0].Quote.ArticleID != "tweet" || matches[0].Extent != "full" {
		t.Errorf("short verbatim post: want the tweet in full, got %+v", matches)
	}
	hostile := "<script>alert(1)</script> year after year the school board lies, the bridge is a joke, rebuild? never. this is fraud"
	matches, err = ix.Provenance(ctx, index.Post{Text: hostile})
	if err != nil {
		t.Fatal(err)
	}
	if len(matches) != 0 {
		t.Errorf("post scattering a quote's words: want no match, got %s %q", matches[0].Extent, matches[0].Quote.Text)
	}
}
