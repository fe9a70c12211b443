package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/olivere/elastic/v7"
)

// Current returns the concrete index the alias points to (its write index).
func (ix *Index) Current(ctx context.Context) (string, error) {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	res, err := ix.client.Aliases().Alias(ix.alias).Do(ctx)
	if err != nil {
		return "", fmt.Errorf("%w: read alias %s: %w", ErrUnavailable, ix.alias, err)
	}
	var names []string
	for name, idx := range res.Indices {
		for _, a := range idx.Aliases {
			if a.AliasName == ix.alias {
				if a.IsWriteIndex {
					return name, nil
				}
				names = append(names, name)
			}
		}
	}
	if len(names) != 1 {
		return "", fmt.Errorf("alias %s points to %d indices %v and none is its write index", ix.alias, len(names), names)
	}
	return names[0], nil
}

// generation parses "quotes-v3" into 3.
func (ix *Index) generation(name string) (int, error) {
	g, err := strconv.Atoi(strings.TrimPrefix(name, ix.alias+"-v"))
	if err != nil || !strings.HasPrefix(name, ix.alias+"-v") {
		return 0, fmt.Errorf("index %s is not named %s-vN", name, ix.alias)
	}
	return g, nil
}

// CreateNext puts the current template in place and creates the index of
// the next generation, without the alias.
func (ix *Index) CreateNext(ctx context.Context, replicas int) (from, to string, err error) {
	from, err = ix.Current(ctx)
	if err != nil {
		return "", "", err
	}
	g, err := ix.generation(from)
	if err != nil {
		return "", "", err
	}
	to = IndexName(ix.alias, g+1)
	rctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	if _, err := ix.client.IndexPutIndexTemplate(ix.alias).BodyJson(Template(ix.alias, ix.caps, replicas)).Do(rctx); err != nil {
		return "", "", fmt.Errorf("put index template %s: %w", ix.alias, err)
	}
	if _, err := ix.client.CreateIndex(to).Do(rctx); err != nil {
		return "", "", fmt.Errorf("create index %s: %w", to, err)
	}
	return from, to, nil
}

// Copy copies the documents of index from into index to, with their
// versions (external_gte: a newer version already in to is kept), scrolling
// 1000 at a time; since, when set, limits it to documents indexed from then
// on (the catch-up after a swap). It returns the number copied.
func (ix *Index) Copy(ctx context.Context, from, to string, since time.Time) (int64, error) {
	var q elastic.Query = elastic.NewMatchAllQuery()
	if !since.IsZero() {
		q = elastic.NewRangeQuery("indexed_at").Gte(since.UTC().Format(time.RFC3339Nano))
	}
	scroll := ix.client.Scroll(from).Query(q).Size(1000).Version(true).KeepAlive("2m")
	defer scroll.Clear(context.WithoutCancel(ctx))
	var n int64
	for {
		rctx, cancel := ix.reqCtx(ctx)
		res, err := scroll.Do(rctx)
		cancel()
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return n, fmt.Errorf("%w: scroll %s: %w", ErrUnavailable, from, err)
		}
		bulk := ix.bulk()
		owner := make([]int, 0, len(res.Hits.Hits))
		for _, h := range res.Hits.Hits {
			src, err := ix.upgrade(h.Id, h.Source)
			if err != nil {
				return n, fmt.Errorf("copy %s: %w", h.Id, err)
			}
			req := elastic.NewBulkIndexRequest().Index(to).Id(h.Id).Doc(src)
			if h.Version != nil {
				req = req.VersionType("external_gte").Version(*h.Version)
			}
			bulk.Add(req)
			owner = append(owner, 0)
		}
		if len(owner) == 0 {
			return n, nil
		}
		errs := make([]error, 1)
		ix.doBulk(ctx, bulk, owner, errs)
		if errs[0] != nil {
			return n, fmt.Errorf("copy to %s: %w", to, errs[0])
		}
		n += int64(len(owner))
	}
}

// upgrade brings a document written by an older version to the current
// mapping, which is strict: fields the mapping no longer has are dropped and
// the tiebreak is added when missing.
func (ix *Index) upgrade(id string, src json.RawMessage) (json.RawMessage, error) {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(src, &doc); err != nil {
		return nil, err
	}
	changed, err := keepMapped(doc, properties(ix.caps))
	if err != nil {
		return nil, err
	}
	if _, ok := doc["tiebreak"]; !ok {
		doc["tiebreak"], _ = json.Marshal(Tiebreak(id))
		changed = true
	}
	if !changed {
		return src, nil
	}
	return json.Marshal(doc)
}

// keepMapped drops the fields of doc that props does not map, in objects
// too; it reports whether it dropped any.
func keepMapped(doc map[string]json.RawMessage, props map[string]any) (bool, error) {
	changed := false
	for k, v := range doc {
		p, ok := props[k].(map[string]any)
		if !ok {
			delete(doc, k)
			changed = true
			continue
		}
		sub, ok := p["properties"].(map[string]any)
		if !ok || len(v) == 0 || v[0] != '{' {
			continue
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(v, &obj); err != nil {
			return false, err
		}
		c, err := keepMapped(obj, sub)
		if err != nil {
			return false, err
		}
		if c {
			doc[k], _ = json.Marshal(obj)
			changed = true
		}
	}
	return changed, nil
}

// SwapAlias moves the alias from one index to another in one atomic
// request: every search sees one or the other, never neither.
func (ix *Index) SwapAlias(ctx context.Context, from, to string) error {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	_, err := ix.client.Alias().Action(
		elastic.NewAliasRemoveAction(ix.alias).Index(from),
		elastic.NewAliasAddAction(ix.alias).Index(to).IsWriteIndex(true),
	).Do(ctx)
	if err != nil {
		return fmt.Errorf("swap alias %s from %s to %s: %w", ix.alias, from, to, err)
	}
	return nil
}

// DeleteIndex removes one concrete index (never the one behind the alias).
func (ix *Index) DeleteIndex(ctx context.Context, name string) error {
	cur, err := ix.Current(ctx)
	if err != nil {
		return err
	}
	if cur == name {
		return fmt.Errorf("refusing to delete %s: the alias %s points to it", name, ix.alias)
	}
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	if _, err := ix.client.DeleteIndex(name).Do(ctx); err != nil {
		return fmt.Errorf("delete index %s: %w", name, err)
	}
	return nil
}

// ReindexResult says what Reindex did.
type ReindexResult struct {
	From, To         string
	Copied, CaughtUp int64
	Elapsed          time.Duration
}

// Reindex builds the next index generation from the current template, fills
// it with fill (nil: copy the current index), swaps the alias atomically,
// then copies what live writers put into the old index meanwhile. Searches
// keep answering throughout: they see the old index until the swap, the new
// one after. The old index stays unless deleteOld is set.
func (ix *Index) Reindex(ctx context.Context, replicas int, fill func(ctx context.Context, target *Index) (int64, error), deleteOld bool) (ReindexResult, error) {
	start := time.Now()
	var r ReindexResult
	from, to, err := ix.CreateNext(ctx, replicas)
	if err != nil {
		return r, err
	}
	r.From, r.To = from, to
	if fill == nil {
		r.Copied, err = ix.Copy(ctx, from, to, time.Time{})
	} else {
		r.Copied, err = fill(ctx, ix.Target(to))
	}
	if err != nil {
		return r, fmt.Errorf("fill %s (the alias still points to %s; delete %s and try again): %w", to, from, to, err)
	}
	if err := ix.refreshIndex(ctx, to); err != nil {
		return r, err
	}
	if err := ix.SwapAlias(ctx, from, to); err != nil {
		return r, err
	}
	// writes in flight at the swap land in the old index: wait them out,
	// then copy everything written there since the fill began
	time.Sleep(ix.timeout / 4)
	if err := ix.refreshIndex(ctx, from); err != nil {
		return r, err
	}
	if r.CaughtUp, err = ix.Copy(ctx, from, to, start.Add(-time.Minute)); err != nil {
		return r, fmt.Errorf("catch up from %s: %w", from, err)
	}
	if deleteOld {
		if err := ix.DeleteIndex(ctx, from); err != nil {
			return r, err
		}
	}
	r.Elapsed = time.Since(start)
	return r, nil
}

// Target returns a handle that writes to and reads from one concrete index
// instead of the alias (to fill a new generation).
func (ix *Index) Target(name string) *Index {
	t := *ix
	t.alias = name
	t.tiebreak = &tiebreakState{}
	t.docFreqs = &docFreqs{}
	return &t
}

func (ix *Index) refreshIndex(ctx context.Context, name string) error {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	if _, err := ix.client.Refresh(name).Do(ctx); err != nil {
		return fmt.Errorf("%w: refresh %s: %w", ErrUnavailable, name, err)
	}
	return nil
}
