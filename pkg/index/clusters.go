package index

import (
	"context"
	"fmt"
	"hash/fnv"
	"maps"
	"sort"
	"strconv"
	"strings"
	"sync"

	gojson "github.com/goccy/go-json"
	"github.com/olivere/elastic/v7"

	"github.com/quotewire/quotewire/pkg/cluster"
)

// Clusters are kept on the quotes themselves. Each quote document carries
// its cluster id and its anchors: a few hashed word pairs, scoped to the
// speaker (cluster.Keys). To place a new quote, the indexer looks its
// anchors up, first in an in-process cache of the anchors it indexed
// recently (which also covers the second before a refresh makes them
// searchable), then with one terms query per batch over the quotes' anchors
// field. The clusters sharing most anchors are candidates; the quote joins
// the first whose member's words it matches (cluster.JoinsContent), or
// founds a new one. Cluster figures (count, first appearance, outlets,
// channels) are aggregated from the quotes at query time, so redelivery,
// new article versions and deletions never leave them stale, and nothing
// beside the quotes index needs keeping in step.

// anchorEntry is what an anchor points to: a cluster and the words of one
// of its quotes.
type anchorEntry struct {
	cluster, words string
}

// clusterLock caches anchors (two generations of up to cacheSize entries
// approximate an LRU) and serialises cluster decisions within a process
// (concurrent bulks would otherwise found two clusters for two
// near-duplicates); the decision log, when set, orders them across
// processes (clusterlog.go).
type clusterLock struct {
	sync.Mutex // guards the fields below but decide
	cur, old   map[string]anchorEntry
	log        DecisionLog
	applied    uint64        // the log's last decision in the cache
	advanced   chan struct{} // closed when applied grows
	// decide is held from reading the anchors known to storing a batch's
	// decision.
	decide sync.Mutex
}

// learn caches the anchors of a decision this process took (seq is its
// place in the log, 0 without a log).
func (l *clusterLock) learn(seq uint64, news []placed) {
	l.Lock()
	defer l.Unlock()
	for _, p := range news {
		for _, a := range p.Anchors {
			if _, ok := l.get(a); !ok {
				l.put(a, anchorEntry{p.Cluster, p.Words})
			}
		}
	}
	l.advance(seq)
}

// advance records that the log's decisions up to seq are cached (the lock
// held).
func (l *clusterLock) advance(seq uint64) {
	if seq > l.applied {
		l.applied = seq
		if l.advanced != nil {
			close(l.advanced)
			l.advanced = nil
		}
	}
}

const cacheSize = 500_000

// get and put need the lock held.
func (l *clusterLock) get(id string) (anchorEntry, bool) {
	if e, ok := l.cur[id]; ok {
		return e, true
	}
	if e, ok := l.old[id]; ok {
		l.put(id, e)
		return e, true
	}
	return anchorEntry{}, false
}

func (l *clusterLock) put(id string, e anchorEntry) {
	if l.cur == nil || len(l.cur) >= cacheSize {
		l.old, l.cur = l.cur, make(map[string]anchorEntry, 1024)
	}
	l.cur[id] = e
}

// speakerScope is the prefix of a speaker's anchor ids.
func speakerScope(speaker string) string {
	h := fnv.New64a()
	h.Write([]byte(speaker))
	return strconv.FormatUint(h.Sum64(), 36) + ":"
}

// anchorID scopes an anchor to a speaker (its speakerScope).
func anchorID(scope string, key uint64) string {
	return scope + strconv.FormatUint(key, 36)
}

// assignClusters gives every document of the batch its cluster id and
// anchors. The index is read without the lock; decisions are taken under
// it, after a second look at the cache for anchors a concurrent batch has
// just placed.
func (ix *Index) assignClusters(ctx context.Context, batch []ArticleDocs) error {
	if !ix.clusters {
		return nil
	}
	var refs []quoteRef
	ids := map[string]bool{}
	type speakerKey struct{ norm, scope string }
	speakers := map[string]speakerKey{}
	for a := range batch {
		for d := range batch[a].Docs {
			doc := &batch[a].Docs[d]
			words := cluster.Words(doc.Text)
			doc.Anchors = nil
			if len(words) == 0 {
				continue
			}
			spk, ok := speakers[doc.Speaker]
			if !ok {
				n := cluster.Speaker(doc.Speaker)
				spk = speakerKey{n, speakerScope(n)}
				speakers[doc.Speaker] = spk
			}
			for _, k := range cluster.Keys(words) {
				id := anchorID(spk.scope, k)
				doc.Anchors = append(doc.Anchors, id)
				ids[id] = true
			}
			refs = append(refs, quoteRef{doc: doc, speaker: spk.norm, words: words, joined: strings.Join(words, " "), content: cluster.Content(words)})
		}
	}
	if len(refs) == 0 {
		return nil
	}
	found, err := ix.lookupAnchors(ctx, ids)
	if err != nil {
		return err
	}
	l := ix.clusterMu
	l.decide.Lock()
	defer l.decide.Unlock()
	for {
		l.Lock()
		after, log := l.applied, l.log
		known := found // decide adds to it: a retry, possible only with a log, starts again from a copy
		if log != nil {
			known = maps.Clone(found)
		}
		for id := range ids {
			if _, ok := known[id]; !ok {
				if e, ok := l.get(id); ok {
					known[id] = e
				}
			}
		}
		l.Unlock()
		news := decide(refs, known)
		if log == nil || len(news) == 0 {
			l.learn(0, news)
			return nil
		}
		data, err := gojson.Marshal(news)
		if err != nil {
			return err
		}
		seq, moved, err := log.Append(ctx, after, data)
		if err != nil {
			return fmt.Errorf("%w (cluster decisions wait for the NATS cluster log): %w", ErrUnavailable, err)
		}
		if !moved {
			l.learn(seq, news)
			return nil
		}
		// another process decided meanwhile: take its decisions in, decide again
		if err := ix.waitApplied(ctx, seq); err != nil {
			return err
		}
	}
}

// quoteRef is a quote being placed in a cluster.
type quoteRef struct {
	doc     *Document
	speaker string
	words   []string
	joined  string
	content []string
}

// decide gives every quote its cluster from the anchors known (to which it
// adds each quote's new anchors, so later quotes of the batch can join
// earlier ones) and returns the anchors it placed.
func decide(refs []quoteRef, known map[string]anchorEntry) []placed {
	contentOf := map[string][]string{}
	type vote struct {
		e anchorEntry
		n int
	}
	var votes []vote
	var news []placed
	for _, r := range refs {
		votes = votes[:0]
		for _, id := range r.doc.Anchors {
			e, ok := known[id]
			if !ok {
				continue
			}
			found := false
			for i := range votes {
				if votes[i].e.cluster == e.cluster {
					votes[i].n++
					found = true
					break
				}
			}
			if !found {
				votes = append(votes, vote{e, 1})
			}
		}
		sort.Slice(votes, func(i, j int) bool {
			if votes[i].n != votes[j].n {
				return votes[i].n > votes[j].n
			}
			return votes[i].e.cluster < votes[j].e.cluster
		})
		r.doc.ClusterID = ""
		for _, v := range votes[:min(len(votes), 5)] {
			c, ok := contentOf[v.e.words]
			if !ok {
				c = cluster.Content(strings.Fields(v.e.words))
				contentOf[v.e.words] = c
			}
			if cluster.JoinsContent(r.joined, v.e.words, r.content, c) {
				r.doc.ClusterID = v.e.cluster
				break
			}
		}
		if r.doc.ClusterID == "" {
			r.doc.ClusterID = cluster.NewID(r.speaker, r.words)
		}
		// this quote's own anchors now point to its cluster and words
		p := placed{Cluster: r.doc.ClusterID, Words: r.joined}
		for _, id := range r.doc.Anchors {
			if _, ok := known[id]; !ok {
				known[id] = anchorEntry{r.doc.ClusterID, r.joined}
				p.Anchors = append(p.Anchors, id)
			}
		}
		if len(p.Anchors) > 0 {
			news = append(news, p)
		}
	}
	return news
}

// lookupAnchors finds which clusters hold the anchors: from the cache, then
// with one terms query over the quotes (one quote per cluster).
func (ix *Index) lookupAnchors(ctx context.Context, ids map[string]bool) (map[string]anchorEntry, error) {
	out := make(map[string]anchorEntry, len(ids))
	var missing []any
	ix.clusterMu.Lock()
	for id := range ids {
		if e, ok := ix.clusterMu.get(id); ok {
			out[id] = e
			continue
		}
		missing = append(missing, id)
	}
	ix.clusterMu.Unlock()
	for lo := 0; lo < len(missing); lo += 10000 {
		chunk := missing[lo:min(lo+10000, len(missing))]
		rctx, cancel := ix.reqCtx(ctx)
		res, err := ix.client.Search(ix.alias).Query(elastic.NewTermsQuery("anchors", chunk...)).
			Collapse(elastic.NewCollapseBuilder("cluster_id")).Size(1000).TrackTotalHits(false).
			FetchSourceContext(elastic.NewFetchSourceContext(true).Include("cluster_id", "text", "anchors")).Do(rctx)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("%w: look up clusters: %w", ErrUnavailable, err)
		}
		ix.clusterMu.Lock()
		for _, h := range res.Hits.Hits {
			var d struct {
				ClusterID string   `json:"cluster_id"`
				Text      string   `json:"text"`
				Anchors   []string `json:"anchors"`
			}
			if err := gojson.Unmarshal(h.Source, &d); err != nil || d.ClusterID == "" {
				continue
			}
			e := anchorEntry{d.ClusterID, strings.Join(cluster.Words(d.Text), " ")}
			for _, a := range d.Anchors {
				if ids[a] {
					if _, ok := out[a]; !ok {
						out[a] = e
						ix.clusterMu.put(a, e)
					}
				}
			}
		}
		ix.clusterMu.Unlock()
	}
	return out, nil
}
