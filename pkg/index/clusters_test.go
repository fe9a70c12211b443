package index_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/natstest"
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
	clusterQuality(t, ix, func(_ int, batch []index.ArticleDocs) []error {
		return ix.Write(context.Background(), batch)
	})
}

// Two indexer processes writing one index at once, each with its own
// anchor cache, place near-duplicates as one process would: their decisions
// go through one log. Without it, every near-duplicate written by the other
// process within a refresh founded a second cluster.
func TestClusterQualityTwoIndexers(t *testing.T) {
	ix := estest.Open(t)
	ns := natstest.Start(t)
	nc, err := nats.Connect(ns.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := bus.Setup(ctx, js, bus.Options{}); err != nil {
		t.Fatal(err)
	}
	cfg := estest.Config(t)
	cfg.Prefix = ix.Alias()
	var procs [2]*index.Index
	var tails sync.WaitGroup
	for i := range procs {
		p, err := index.Open(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		log := bus.NewClusterLog(js, p.Alias())
		p.UseDecisionLog(log)
		tails.Go(func() { _ = log.Tail(ctx, p.ApplyDecision) })
		procs[i] = p
	}
	defer tails.Wait()
	defer cancel()
	// each process writes every other batch, both at once
	var mu sync.Mutex
	var turn [2]chan []index.ArticleDocs
	var done sync.WaitGroup
	errs := map[int]error{}
	for i := range turn {
		turn[i] = make(chan []index.ArticleDocs)
		done.Go(func() {
			for batch := range turn[i] {
				for _, err := range procs[i].Write(ctx, batch) {
					if err != nil {
						mu.Lock()
						errs[i] = err
						mu.Unlock()
					}
				}
			}
		})
	}
	clusterQuality(t, ix, func(n int, batch []index.ArticleDocs) []error {
		turn[n%2] <- batch
		return nil
	}, func() {
		for i := range turn {
			close(turn[i])
		}
		done.Wait()
		for i, err := range errs {
			t.Fatalf("indexer %d: %v", i, err)
		}
	})
}

// clusterQuality indexes 360 appearances of 60 quotes (each quote and five
// variants, shuffled) in batches of 16 articles through write (n numbers
// the batch), calls each of settle, then checks the clusters.
func clusterQuality(t *testing.T, ix *index.Index, write func(n int, batch []index.ArticleDocs) []error, settle ...func()) {
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
	n := 0
	for k := range apps {
		apps[k].article = fmt.Sprintf("art-%d", k)
		batch = append(batch, index.ArticleDocs{ArticleID: apps[k].article, Version: 1, Docs: []index.Document{{
			ID: index.DocID(apps[k].article, 0), ArticleID: apps[k].article, Text: apps[k].text, Speaker: apps[k].speaker,
			IndexedAt: time.Now(), Article: index.ArticleMetadata{ID: apps[k].article, Version: 1},
		}}})
		if len(batch) == 16 || k == len(apps)-1 {
			for _, err := range write(n, batch) {
				if err != nil {
					t.Fatal(err)
				}
			}
			batch = nil
			n++
		}
	}
	for _, f := range settle {
		f()
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
