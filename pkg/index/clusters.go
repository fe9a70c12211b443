package index

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/olivere/elastic/v7"

	"github.com/quotewire/quotewire/pkg/cluster"
)

// The clusters registry is an index beside the quotes (<alias>-clusters).
// It maps each (speaker, word pair) to the cluster that first used it, and
// each cluster to its founding quote's words. A quote looks its word pairs
// up with a realtime multi-get (no refresh needed), takes the clusters
// sharing most of them as candidates, and joins the first whose founding
// quote it matches (cluster.Joins), or founds a new one.
// A cluster's figures (first appearance, count, outlets, channels) are not
// stored: they are aggregated from the quotes that carry its id, so a
// redelivery, a new article version or a deletion can never leave them
// stale.

// registryEntry is one registry document: a word pair's cluster, or (for
// the cluster's own document) its founding words.
type registryEntry struct {
	Cluster string `json:"cluster"`
	Words   string `json:"words,omitempty"`
}

// registryMapping is the registry's whole mapping: nothing is searched.
var registryMapping = map[string]any{
	"settings": map[string]any{"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "30s"},
	"mappings": map[string]any{
		"dynamic": "strict",
		"properties": map[string]any{
			"cluster": map[string]any{"type": "keyword", "index": false, "doc_values": false},
			"words":   map[string]any{"type": "keyword", "index": false, "doc_values": false},
		},
	},
}

// clusterLock serialises cluster assignment within a process (concurrent
// bulks would otherwise found two clusters for two near-duplicates) and
// caches registry entries: they are created once and never change, so a
// cached entry is never stale. Two generations of up to cacheSize entries
// approximate an LRU.
type clusterLock struct {
	sync.Mutex
	cur, old map[string]registryEntry
}

const cacheSize = 500_000

func (l *clusterLock) get(id string) (registryEntry, bool) {
	if e, ok := l.cur[id]; ok {
		return e, true
	}
	if e, ok := l.old[id]; ok {
		l.put(id, e)
		return e, true
	}
	return registryEntry{}, false
}

func (l *clusterLock) put(id string, e registryEntry) {
	if l.cur == nil || len(l.cur) >= cacheSize {
		l.old, l.cur = l.cur, make(map[string]registryEntry, 1024)
	}
	l.cur[id] = e
}

func registryID(speaker string, shingle uint64) string {
	h := fnv.New64a()
	h.Write([]byte(speaker))
	return strconv.FormatUint(h.Sum64(), 36) + ":" + strconv.FormatUint(shingle, 36)
}

// ensureRegistry creates the registry index when missing.
func (ix *Index) ensureRegistry(ctx context.Context) error {
	exists, err := ix.client.IndexExists(ix.clusters).Do(ctx)
	if err != nil {
		return fmt.Errorf("check index %s: %w", ix.clusters, err)
	}
	if exists {
		return nil
	}
	if _, err := ix.client.CreateIndex(ix.clusters).BodyJson(registryMapping).Do(ctx); err != nil {
		if e, ok := err.(*elastic.Error); ok && e.Details != nil && e.Details.Type == "resource_already_exists_exception" {
			return nil
		}
		return fmt.Errorf("create index %s: %w", ix.clusters, err)
	}
	return nil
}

func clusterDocID(id string) string { return "c:" + id }

// assignClusters gives every document of the batch its cluster id and
// registers the word pairs and clusters that are new.
func (ix *Index) assignClusters(ctx context.Context, batch []ArticleDocs) error {
	ix.clusterMu.Lock()
	defer ix.clusterMu.Unlock()
	type quoteRef struct {
		a, d    int
		speaker string
		words   []string
		keys    []string
	}
	var refs []quoteRef
	ids := map[string]bool{}
	for a := range batch {
		for d := range batch[a].Docs {
			doc := &batch[a].Docs[d]
			words := cluster.Words(doc.Text)
			if len(words) == 0 {
				continue
			}
			r := quoteRef{a: a, d: d, speaker: cluster.Speaker(doc.Speaker), words: words}
			for _, k := range cluster.Keys(words) {
				id := registryID(r.speaker, k)
				r.keys = append(r.keys, id)
				ids[id] = true
			}
			refs = append(refs, r)
		}
	}
	if len(refs) == 0 {
		return nil
	}
	known, err := ix.lookupRegistry(ctx, ids)
	if err != nil {
		return err
	}
	// the founding words of every candidate cluster
	want := map[string]bool{}
	for _, e := range known {
		want[clusterDocID(e.Cluster)] = true
	}
	founders, err := ix.lookupRegistry(ctx, want)
	if err != nil {
		return err
	}
	fresh := map[string]registryEntry{}
	for _, r := range refs {
		votes := map[string]int{}
		for _, id := range r.keys {
			if e, ok := known[id]; ok {
				votes[e.Cluster]++
			}
		}
		cands := make([]string, 0, len(votes))
		for c := range votes {
			cands = append(cands, c)
		}
		sort.Slice(cands, func(i, j int) bool {
			if votes[cands[i]] != votes[cands[j]] {
				return votes[cands[i]] > votes[cands[j]]
			}
			return cands[i] < cands[j]
		})
		doc := &batch[r.a].Docs[r.d]
		doc.ClusterID = ""
		for _, c := range cands[:min(len(cands), 5)] {
			if f, ok := founders[clusterDocID(c)]; ok && cluster.Joins(r.words, strings.Fields(f.Words)) {
				doc.ClusterID = c
				break
			}
		}
		if doc.ClusterID == "" {
			doc.ClusterID = cluster.NewID(r.speaker, r.words)
			cd := clusterDocID(doc.ClusterID)
			if _, ok := founders[cd]; !ok {
				e := registryEntry{Cluster: doc.ClusterID, Words: strings.Join(r.words, " ")}
				founders[cd] = e
				fresh[cd] = e
			}
		}
		doc.ExactKey = cluster.ExactKey(r.speaker, r.words)
		for _, id := range r.keys {
			if _, ok := known[id]; !ok {
				e := registryEntry{Cluster: doc.ClusterID}
				known[id] = e
				fresh[id] = e
			}
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	bulk := ix.bulk()
	owner := make([]int, 0, len(fresh))
	for id, e := range fresh {
		bulk.Add(elastic.NewBulkIndexRequest().Index(ix.clusters).Id(id).OpType("create").Doc(e))
		owner = append(owner, 0)
	}
	errs := make([]error, 1)
	ix.doBulk(ctx, bulk, owner, errs) // 409: another process registered it first; fine
	if errs[0] == nil {
		for id, e := range fresh {
			ix.clusterMu.put(id, e)
		}
	}
	return errs[0]
}

// lookupRegistry reads the registry entries of ids, from the cache or
// realtime from the registry, in chunks. Call it with clusterMu held.
func (ix *Index) lookupRegistry(ctx context.Context, ids map[string]bool) (map[string]registryEntry, error) {
	out := make(map[string]registryEntry, len(ids))
	all := make([]string, 0, len(ids))
	for id := range ids {
		if e, ok := ix.clusterMu.get(id); ok {
			out[id] = e
			continue
		}
		all = append(all, id)
	}
	for lo := 0; lo < len(all); lo += 5000 {
		mget := ix.client.Mget().Realtime(true)
		for _, id := range all[lo:min(lo+5000, len(all))] {
			mget.Add(elastic.NewMultiGetItem().Index(ix.clusters).Id(id))
		}
		rctx, cancel := ix.reqCtx(ctx)
		res, err := mget.Do(rctx)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("%w: look up clusters: %v", ErrUnavailable, err)
		}
		for _, d := range res.Docs {
			if !d.Found || d.Source == nil {
				continue
			}
			var e registryEntry
			if err := json.Unmarshal(d.Source, &e); err == nil && e.Cluster != "" {
				out[d.Id] = e
				ix.clusterMu.put(d.Id, e)
			}
		}
	}
	return out, nil
}
