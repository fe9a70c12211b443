package index

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/olivere/elastic/v7"

	"github.com/quotewire/quotewire/pkg/cluster"
)

// earliestFirst orders a cluster's appearances: earliest article first.
func (ix *Index) earliestFirst(ctx context.Context) []elastic.Sorter {
	return []elastic.Sorter{elastic.NewFieldSort("article.published_at").Asc().Missing("_last"), ix.lastSort(ctx)}
}

// clusterAggs are the aggregations that give a cluster its figures.
func clusterAggs() map[string]elastic.Aggregation {
	return map[string]elastic.Aggregation{
		"outlets":  elastic.NewTermsAggregation().Field("article.outlet").Size(50),
		"channels": elastic.NewTermsAggregation().Field("channel").Size(20),
		"first":    elastic.NewMinAggregation().Field("article.published_at"),
	}
}

// newCluster reads a cluster's figures from clusterAggs' results.
func newCluster(id string, count int64, aggs elastic.Aggregations) *Cluster {
	c := &Cluster{ID: id, Count: count, Outlets: terms(aggs, "outlets"), Channels: terms(aggs, "channels")}
	if m, ok := aggs.Min("first"); ok && m.Value != nil {
		t := time.UnixMilli(int64(*m.Value)).UTC()
		c.FirstSeen = &t
	}
	return c
}

// GetCluster returns a cluster's figures and one page of its appearances,
// earliest article first.
func (ix *Index) GetCluster(ctx context.Context, id, cursor string, size int) (*Cluster, error) {
	if id == "" || len(id) > 64 {
		return nil, fmt.Errorf("%w: cluster %q", ErrNotFound, id)
	}
	if size <= 0 || size > MaxSize {
		size = MaxSize
	}
	svc := ix.client.Search(ix.alias).Query(elastic.NewTermQuery("cluster_id", id)).Size(size).TrackTotalHits(true).
		SortBy(ix.earliestFirst(ctx)...)
	for name, agg := range clusterAggs() {
		svc.Aggregation(name, agg)
	}
	if cursor != "" {
		after, err := decodeCursor(cursor, false)
		if err != nil {
			return nil, err
		}
		svc.SearchAfter(after...)
	}
	rctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	res, err := svc.Do(rctx)
	if err != nil {
		return nil, searchError("cluster "+id, err)
	}
	if res.TotalHits() == 0 {
		return nil, fmt.Errorf("cluster %s: %w", id, ErrNotFound)
	}
	c := newCluster(id, res.TotalHits(), res.Aggregations)
	for _, h := range res.Hits.Hits {
		var d Document
		if err := decode(h.Source, &d); err != nil {
			return nil, fmt.Errorf("decode quote %s: %w", h.Id, err)
		}
		c.Appearances = append(c.Appearances, d)
	}
	if len(c.Appearances) > 0 && cursor == "" {
		c.Speaker, c.Text = c.Appearances[0].Speaker, c.Appearances[0].Text
	}
	if n := len(res.Hits.Hits); n == size && int64(n) < c.Count {
		c.NextCursor = encodeCursor(res.Hits.Hits[n-1].Sort)
	}
	return c, nil
}

// Speakers suggests speakers whose name has a word starting with prefix,
// the most quoted first.
func (ix *Index) Speakers(ctx context.Context, prefix string, size int) ([]Facet, error) {
	prefix = strings.TrimSpace(prefix)
	if prefix == "" || len(prefix) > 100 {
		return nil, fmt.Errorf("%w: prefix must have 1 to 100 characters", ErrBadQuery)
	}
	if size <= 0 || size > 50 {
		size = 10
	}
	q := elastic.NewMatchPhrasePrefixQuery("speaker.text", prefix).MaxExpansions(50)
	rctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	res, err := ix.client.Search(ix.alias).Query(q).Size(0).
		Aggregation("speakers", elastic.NewTermsAggregation().Field("speaker").Size(size)).Do(rctx)
	if err != nil {
		return nil, fmt.Errorf("%w: speakers: %w", ErrUnavailable, err)
	}
	return terms(res.Aggregations, "speakers"), nil
}

var (
	urlRe     = regexp.MustCompile(`https?://\S+|www\.\S+`)
	mentionRe = regexp.MustCompile(`(^|\s)RT\s+@\w+:?`)
	hashtagRe = regexp.MustCompile(`#(\w+)`)
)

// PostWords normalises a post: links and retweet prefixes dropped,
// hashtags split at capitals (#StopGunViolence: stop gun violence),
// @mentions kept as words, emoji and line breaks gone.
func PostWords(text string) []string {
	return cluster.Words(postText(text))
}

// postText is a post's text without links and retweet prefixes, hashtags
// split at capitals and @ signs dropped.
func postText(text string) string {
	text = urlRe.ReplaceAllString(text, " ")
	text = mentionRe.ReplaceAllString(text, " ")
	text = hashtagRe.ReplaceAllStringFunc(text, func(tag string) string {
		var b strings.Builder
		for i, r := range tag[1:] {
			if i > 0 && unicode.IsUpper(r) {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
		}
		return b.String()
	})
	return strings.ReplaceAll(text, "@", " ")
}

// Provenance finds the clusters quoting a post, in full, in part or lightly
// edited, each with its appearances in time order.
func (ix *Index) Provenance(ctx context.Context, p Post) ([]Match, error) {
	if len(p.Text) > MaxPostBytes {
		return nil, fmt.Errorf("%w: text is longer than %d bytes", ErrBadQuery, MaxPostBytes)
	}
	text := postText(p.Text)
	words := cluster.Words(text)
	if len(cluster.Content(words)) == 0 {
		return nil, fmt.Errorf("%w: the post has no words to look for", ErrBadQuery)
	}
	q, err := ix.candidates(ctx, text)
	if err != nil {
		return nil, err
	}
	if q == nil {
		return []Match{}, nil
	}
	// no total: the best candidates are enough, and ES can skip the rest
	rctx, cancel := ix.reqCtx(ctx)
	res, err := ix.client.Search(ix.alias).Query(q).Size(50).TrackTotalHits(false).Do(rctx)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("%w: provenance: %w", ErrUnavailable, err)
	}
	var out []Match
	seen := map[string]bool{}
	for _, h := range res.Hits.Hits {
		var d Document
		if err := decode(h.Source, &d); err != nil || d.ClusterID == "" || seen[d.ClusterID] {
			continue
		}
		qw := cluster.Words(d.Text)
		extent, within, coverage := compareToPost(qw, words)
		if extent == "" {
			continue
		}
		seen[d.ClusterID] = true
		m := Match{Quote: d, Within: within, Coverage: coverage, Extent: extent}
		if p.Platform != "" {
			agree := platform(p.Platform) == d.Channel
			m.ChannelAgrees = &agree
		}
		out = append(out, m)
		if len(out) == MaxProvenanceMatches {
			break
		}
	}
	if len(out) == 0 {
		return out, nil
	}
	ids := make([]string, len(out))
	for i := range out {
		ids[i] = out[i].Quote.ClusterID
	}
	clusters, err := ix.clustersOf(ctx, ids, ProvenanceAppearances)
	if err != nil {
		return nil, err
	}
	for i := range out {
		c := clusters[out[i].Quote.ClusterID]
		if c == nil {
			c = &Cluster{ID: out[i].Quote.ClusterID, Speaker: out[i].Quote.Speaker, Text: out[i].Quote.Text, Count: 1, Appearances: []Document{out[i].Quote}}
		}
		out[i].Cluster = c
		if p.Author != "" {
			agree := authorIs(p.Author, c.Speaker)
			out[i].SpeakerAgrees = &agree
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		si, sj := max(out[i].Within, out[i].Coverage), max(out[j].Within, out[j].Coverage)
		if si != sj {
			return si > sj
		}
		return out[i].Cluster.Count > out[j].Cluster.Count
	})
	return out, nil
}

// compareToPost tells how a quote's words (qw) stand to a post's: "full",
// "part" (the quote inside the post), "longer" (the post inside the quote),
// "edited", or "" for no match, with the shares of each side's content
// words found in the other. Content words decide how much is shared; their
// order decides whether it is the same text: the shorter side's words must
// run through the other in order (as a subsequence) for "part" and
// "longer", and mostly so on both sides for "edited", so a post that merely
// holds a quote's words scattered in other sentences is no match. A quote
// of fewer than two content words ("That's what I promised and that's what
// we did.") matches only word for word, at least six words long.
func compareToPost(qw, pw []string) (extent string, within, coverage float64) {
	within = cluster.Similarity(qw, pw)   // the quote inside the post
	coverage = cluster.Similarity(pw, qw) // the post inside the quote
	short := len(cluster.Content(qw)) < 2
	if !short && max(within, coverage) < 0.7 {
		return "", within, coverage // no extent below: skip the word-order table
	}
	inOrder := float64(commonSubsequence(qw, pw))
	seqWithin, seqCoverage := inOrder/float64(max(1, len(qw))), inOrder/float64(max(1, len(pw)))
	if short {
		switch {
		case min(len(qw), len(pw)) < 6:
			return "", within, coverage
		case seqWithin == 1 && seqCoverage == 1:
			return "full", 1, 1
		case seqWithin == 1:
			return "part", 1, coverage
		case seqCoverage == 1:
			return "longer", within, 1
		}
		return "", within, coverage
	}
	switch {
	case within >= 0.95 && coverage >= 0.95 && min(seqWithin, seqCoverage) >= 0.8:
		return "full", within, coverage
	case within >= 0.95 && seqWithin >= 0.8:
		return "part", within, coverage
	case coverage >= 0.95 && seqCoverage >= 0.8:
		return "longer", within, coverage
	case min(within, coverage) >= 0.7 && min(seqWithin, seqCoverage) >= 0.7:
		return "edited", within, coverage
	}
	return "", within, coverage
}

// commonSubsequence is the length of the longest common subsequence of two
// word lists (two rows of the table; a post is at most 10 KB, so a few
// million steps at worst).
func commonSubsequence(a, b []string) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// commonShare is the share of the quotes above which a word is common:
// "people", "think" and the function words.
const commonShare = 0.01

// candidates builds the query for the quotes that may quote a post: the
// post's words as the index analyses them, with their document
// frequencies (termFreqs). A candidate must hold two of the
// post's rarer words (or its only one), and is ranked by them: common words
// are left out, so ES never walks the tens of thousands of quotes that hold
// "people" (the candidates are compared with the post word by word
// afterwards). When every word is common (a small index), two of them must
// match. Words no quote holds are left out; nil means none is left.
func (ix *Index) candidates(ctx context.Context, text string) (elastic.Query, error) {
	freqs, docs, err := ix.termFreqs(ctx, text)
	if err != nil {
		return nil, err
	}
	limit := int64(commonShare * float64(docs))
	var rare, common []string
	for term, n := range freqs {
		switch {
		case n == 0:
		case n > limit:
			common = append(common, term)
		default:
			rare = append(rare, term)
		}
	}
	// map order is random: sort, so the same post sends the same query
	sort.Strings(rare)
	sort.Strings(common)
	should := func(terms []string) []elastic.Query {
		qs := make([]elastic.Query, len(terms))
		for i, t := range terms {
			qs[i] = elastic.NewTermQuery("text", t)
		}
		return qs
	}
	switch {
	case len(rare) > 0:
		return elastic.NewBoolQuery().Should(should(rare)...).MinimumNumberShouldMatch(min(2, len(rare))), nil
	case len(common) >= 2:
		return elastic.NewBoolQuery().Should(should(common)...).MinimumNumberShouldMatch(2), nil
	}
	return nil, nil
}

// authorIs reports whether a post's author (a name or a handle) names the
// speaker: one of the speaker's words of three letters or more is in it.
func authorIs(author, speaker string) bool {
	a := strings.Join(cluster.Words(author), "")
	for _, w := range cluster.Words(speaker) {
		if len(w) >= 3 && strings.Contains(a, w) {
			return true
		}
	}
	return false
}

// platform maps a platform name to its channel label.
func platform(p string) string {
	switch p = strings.ToLower(strings.TrimSpace(p)); p {
	case "x", "x.com", "twitter.com":
		return "twitter"
	case "ig", "instagram.com":
		return "instagram"
	case "fb", "facebook.com":
		return "facebook"
	}
	return p
}

// clustersOf reads several clusters in one request: figures and up to per
// appearances each, earliest article first.
func (ix *Index) clustersOf(ctx context.Context, ids []string, per int) (map[string]*Cluster, error) {
	vals := make([]any, len(ids))
	for i, id := range ids {
		vals[i] = id
	}
	// "map": bucket the few matching quotes by their ids; the default
	// (global ordinals) sizes its buckets by every cluster id in the index,
	// and must rebuild them after each refresh
	by := elastic.NewTermsAggregation().Field("cluster_id").Size(len(ids)).ExecutionHint("map").
		SubAggregation("hits", elastic.NewTopHitsAggregation().Size(per).SortBy(ix.earliestFirst(ctx)...))
	for name, agg := range clusterAggs() {
		by.SubAggregation(name, agg)
	}
	rctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	res, err := ix.client.Search(ix.alias).Query(elastic.NewTermsQuery("cluster_id", vals...)).Size(0).
		Aggregation("by", by).Do(rctx)
	if err != nil {
		return nil, fmt.Errorf("%w: clusters: %w", ErrUnavailable, err)
	}
	out := map[string]*Cluster{}
	agg, ok := res.Aggregations.Terms("by")
	if !ok {
		return out, nil
	}
	for _, b := range agg.Buckets {
		id, _ := b.Key.(string)
		c := newCluster(id, b.DocCount, b.Aggregations)
		if th, ok := b.TopHits("hits"); ok && th.Hits != nil {
			for _, h := range th.Hits.Hits {
				var d Document
				if err := decode(h.Source, &d); err == nil {
					c.Appearances = append(c.Appearances, d)
				}
			}
		}
		if len(c.Appearances) > 0 {
			c.Speaker, c.Text = c.Appearances[0].Speaker, c.Appearances[0].Text
		}
		out[id] = c
	}
	return out, nil
}
