package index_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
)

var vocab = strings.Fields(`budget bridge harbour election tour trial school reform storm damage merger vaccine
rollout council residents vote plan costs city recover families workers wages housing rent river flood
police court judge appeal league season coach players fans stadium ticket prices energy bills winter heating
climate farmers water drought border trade tariffs jobs factory plant nurses hospital waiting lists doctors
teachers pupils exams music album songs stage audience film festival award studio streaming market shares
investors bank rates inflation savings pensions taxes spending deficit roads trains buses airport runway
noise night shifts office tower park trees library museum history statue mayor governor senator minister
party leader campaign promise debate poll turnout victory defeat mistake apology truth lies story news`)

var common = []string{"I think that we are going to", "Let me be clear,", "At the end of the day", ""}

// base builds distinct quote i: a common opening (real quotes share them)
// and 8 to 20 words drawn at random.
func base(r *rand.Rand, i int) string {
	n := 8 + r.IntN(13)
	w := make([]string, n)
	for k := range w {
		w[k] = vocab[r.IntN(len(vocab))]
	}
	return strings.TrimSpace(common[i%len(common)] + " " + strings.Join(w, " ") + ".")
}

// variants are the ways the press re-quotes: trimmed, re-punctuated, a few
// words changed, a part of it, and inside a longer quote.
func variants(r *rand.Rand, q string) []string {
	w := strings.Fields(strings.TrimSuffix(q, "."))
	trimmed := strings.Join(w[2:len(w)-1], " ")
	repunct := strings.ToUpper(w[0][:1]) + strings.Join(w, ", ")[1:] + "!"
	changed := append([]string(nil), w...)
	for range 2 {
		k := 1 + r.IntN(len(changed)-2)
		changed[k] = vocab[r.IntN(len(vocab))]
	}
	from := r.IntN(len(w) / 4)
	part := strings.Join(w[from:from+len(w)*7/10], " ")
	longer := q + " And that is all I will say about the " + vocab[r.IntN(len(vocab))] + " tonight."
	return []string{trimmed, repunct, strings.Join(changed, " ") + ".", "..." + part + "...", longer}
}

// On a corpus whose truth we know, near-duplicate appearances land in their
// quote's cluster and no two different quotes share one.
func TestClusterQuality(t *testing.T) {
	ix := estest.Open(t)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(7, 11))
	speakers := []string{"Ana Ruiz", "Ben Okoro", "Chen Wei"}
	type appearance struct {
		truth   int // the base quote it belongs to
		kind    int // 0 the quote, 1.. its variants
		article string
		speaker string
		text    string
	}
	var apps []appearance
	const bases = 60
	for i := range bases {
		q := base(r, i)
		spk := speakers[i%len(speakers)]
		apps = append(apps, appearance{i, 0, "", spk, q})
		for k, v := range variants(r, q) {
			apps = append(apps, appearance{i, k + 1, "", spk, v})
		}
	}
	r.Shuffle(len(apps), func(i, j int) { apps[i], apps[j] = apps[j], apps[i] })
	// index in batches of 16 articles, one quote each, as the indexer would
	var batch []index.ArticleDocs
	for k := range apps {
		apps[k].article = fmt.Sprintf("art-%d", k)
		batch = append(batch, index.ArticleDocs{ArticleID: apps[k].article, Version: 1, Docs: []index.Document{{
			ID: index.DocID(apps[k].article, 0), ArticleID: apps[k].article, Text: apps[k].text, Speaker: apps[k].speaker,
			IndexedAt: time.Now(), Article: index.ArticleMetadata{ID: apps[k].article, Version: 1},
		}}})
		if len(batch) == 16 || k == len(apps)-1 {
			for _, err := range ix.Write(ctx, batch) {
				if err != nil {
					t.Fatal(err)
				}
			}
			batch = nil
		}
	}
	ix.Refresh(ctx)
	clusterOf := map[string]string{}
	for _, a := range apps {
		d, err := ix.Get(ctx, index.DocID(a.article, 0))
		if err != nil {
			t.Fatal(err)
		}
		clusterOf[a.article] = d.ClusterID
	}
	// each base's cluster: the one most of its appearances are in
	votes := map[int]map[string]int{}
	for _, a := range apps {
		if votes[a.truth] == nil {
			votes[a.truth] = map[string]int{}
		}
		votes[a.truth][clusterOf[a.article]]++
	}
	right := 0
	for i := range bases {
		best := ""
		for c, v := range votes[i] {
			if best == "" || v > votes[i][best] {
				best = c
			}
		}
		right += votes[i][best]
		for _, a := range apps {
			if a.truth == i && clusterOf[a.article] != best {
				t.Logf("variant %d of quote %d apart: %q", a.kind, i, a.text)
			}
		}
	}
	truths := map[string]map[int]bool{}
	for _, a := range apps {
		if truths[clusterOf[a.article]] == nil {
			truths[clusterOf[a.article]] = map[int]bool{}
		}
		truths[clusterOf[a.article]][a.truth] = true
	}
	merged := 0
	for c, ts := range truths {
		if len(ts) > 1 {
			merged++
			t.Logf("cluster %s holds %d different quotes", c, len(ts))
		}
	}
	share := float64(right) / float64(len(apps))
	t.Logf("cluster quality: %d of %d appearances (%.3f) in their quote's cluster; %d merges of different quotes", right, len(apps), share, merged)
	if share < 0.95 || merged != 0 {
		t.Errorf("cluster quality %.3f (want >= 0.95), merges %d (want 0)", share, merged)
	}
}
