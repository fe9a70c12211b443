package index

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/olivere/elastic/v7"
)

// The versions index records the latest version of every article written:
// one small document per article, id = article id, versioned externally with
// the article version and never deleted. Deleted quotes leave tombstones
// that Elasticsearch forgets after index.gc_deletes (60 s); this record does
// not expire, so a version older than it is refused however late it comes.

// VersionsIndex names the versions index of an alias family ("quotes-articles":
// outside the "quotes-v*" pattern of the quote template and generations).
func VersionsIndex(alias string) string { return alias + "-articles" }

// versionRecord is the source of a versions index document.
type versionRecord struct {
	Version int64 `json:"version"`
}

// ensureVersions creates the versions index when it does not exist yet.
func (ix *Index) ensureVersions(ctx context.Context, replicas int) error {
	exists, err := ix.client.IndexExists(ix.versions).Do(ctx)
	if err != nil {
		return fmt.Errorf("check index %s: %w", ix.versions, err)
	}
	if exists {
		return nil
	}
	body := map[string]any{
		"settings": map[string]any{"number_of_shards": 1, "number_of_replicas": replicas},
		"mappings": map[string]any{
			"dynamic":    "strict",
			"_meta":      map[string]any{"managed_by": "quotewire"},
			"properties": map[string]any{"version": map[string]any{"type": "long"}},
		},
	}
	if _, err := ix.client.CreateIndex(ix.versions).BodyJson(body).Do(ctx); err != nil && !alreadyExists(err) {
		return fmt.Errorf("create index %s: %w", ix.versions, err)
	}
	return nil
}

func alreadyExists(err error) bool {
	e, ok := err.(*elastic.Error)
	return ok && e.Details != nil && e.Details.Type == "resource_already_exists_exception"
}

// claimVersions records each article's version as its latest unless a newer
// one is recorded; it marks stale (and purges the documents of) the articles
// whose version is older than the recorded one. Per-article failures go to
// errs; a failed request is returned.
func (ix *Index) claimVersions(ctx context.Context, batch []ArticleDocs, errs []error) (stale []bool, err error) {
	stale = make([]bool, len(batch))
	bulk := ix.bulkFiltered("items.*.status", "items.*.error")
	for _, a := range batch {
		bulk.Add(elastic.NewBulkIndexRequest().Index(ix.versions).Id(a.ArticleID).
			VersionType("external_gte").Version(a.Version).Doc(versionRecord{a.Version}))
	}
	rctx, cancel := ix.reqCtx(ctx)
	res, err := bulk.Do(rctx)
	cancel()
	if err != nil {
		return stale, fmt.Errorf("%w: record article versions: %w", ErrUnavailable, err)
	}
	var old []int
	for k, item := range res.Items {
		if k >= len(batch) {
			break
		}
		for op, r := range item {
			switch {
			case r != nil && r.Status == 409:
				stale[k] = true
				old = append(old, k)
			default:
				if itemErr := classify(op, r); itemErr != nil {
					errs[k] = itemErr
				}
			}
		}
	}
	ix.purge(ctx, batch, old, errs)
	return stale, nil
}

// settleRaces reads the recorded versions of the articles just written: an
// article whose recorded version moved past ours while we wrote (another
// worker wrote a newer version meanwhile, perhaps before our documents
// landed) has its documents purged, so the newer version alone remains.
func (ix *Index) settleRaces(ctx context.Context, batch []ArticleDocs, errs []error) {
	mget := ix.client.Mget().Realtime(true)
	var asked []int
	for i, a := range batch {
		if errs[i] == nil {
			mget.Add(elastic.NewMultiGetItem().Index(ix.versions).Id(a.ArticleID))
			asked = append(asked, i)
		}
	}
	if len(asked) == 0 {
		return
	}
	rctx, cancel := ix.reqCtx(ctx)
	res, err := mget.Do(rctx)
	cancel()
	if err != nil {
		for _, i := range asked {
			errs[i] = fmt.Errorf("%w: read article versions: %w", ErrUnavailable, err)
		}
		return
	}
	var outdated []int
	for k, d := range res.Docs {
		if k >= len(asked) || !d.Found {
			continue
		}
		var rec versionRecord
		if err := json.Unmarshal(d.Source, &rec); err == nil && rec.Version > batch[asked[k]].Version {
			outdated = append(outdated, asked[k])
		}
	}
	ix.purge(ctx, batch, outdated, errs)
}

// purge deletes the documents an outdated article version may have left at
// its positions. The delete carries the external version just above the
// outdated one, so a document of a newer version (whose version is at least
// that) answers 409 and stays, while ours or an older one goes.
func (ix *Index) purge(ctx context.Context, batch []ArticleDocs, which []int, errs []error) {
	del := ix.bulk()
	var owner []int
	for _, i := range which {
		a := batch[i]
		for _, d := range a.Docs {
			del.Add(elastic.NewBulkDeleteRequest().Index(ix.alias).Id(d.ID).
				VersionType("external").Version(a.Version + 1))
			owner = append(owner, i)
		}
	}
	if len(owner) > 0 {
		ix.doBulk(ctx, del, owner, errs)
	}
}
