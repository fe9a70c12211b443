package index

import (
	"context"
	"fmt"

	"github.com/olivere/elastic/v7"
)

// sweepWindow is how many positions past an article's last quote one round
// of the stale-quote sweep looks at.
const sweepWindow = 16

// Write indexes the documents of several article versions in one bulk request
// and removes the quotes an article no longer has. It returns one error per
// article (nil when its effect is durable).
//
// Each article's latest version is kept in the versions index, which never
// deletes: a version older than the one recorded there is skipped whole
// (counted as done), however late it arrives. Documents are versioned with
// the article version too (external_gte), so of two versions written at
// once the newer wins every position; and when the recorded version has
// moved past ours while we wrote, ours is removed again (settleRaces).
func (ix *Index) Write(ctx context.Context, batch []ArticleDocs) []error {
	errs := make([]error, len(batch))
	stale, err := ix.claimVersions(ctx, batch, errs)
	if err != nil {
		return failAll(errs, err)
	}
	live := make([]ArticleDocs, 0, len(batch))
	liveAt := make([]int, 0, len(batch)) // live index -> batch index
	for i, a := range batch {
		if errs[i] == nil && !stale[i] {
			live = append(live, a)
			liveAt = append(liveAt, i)
		}
	}
	if len(live) == 0 {
		return errs
	}
	if ix.afterClaim != nil {
		ix.afterClaim()
	}
	liveErrs := ix.write(ctx, live)
	for k, err := range liveErrs {
		errs[liveAt[k]] = err
	}
	return errs
}

// failAll gives err to every article that has no error yet.
func failAll(errs []error, err error) []error {
	for i := range errs {
		if errs[i] == nil {
			errs[i] = err
		}
	}
	return errs
}

// write indexes the documents of article versions not older than the
// recorded ones, sweeps stale positions and undoes what a newer version
// recorded meanwhile outdates.
func (ix *Index) write(ctx context.Context, batch []ArticleDocs) []error {
	errs := make([]error, len(batch))
	if err := ix.assignClusters(ctx, batch); err != nil {
		return failAll(errs, err)
	}
	bulk := ix.bulk()
	owner := make([]int, 0, len(batch)*4) // bulk item -> batch index
	for i, a := range batch {
		for _, d := range a.Docs {
			d.Tiebreak = Tiebreak(d.ID) // derived from the id, so set here once
			bulk.Add(elastic.NewBulkIndexRequest().Index(ix.alias).Id(d.ID).
				VersionType("external_gte").Version(a.Version).Doc(d))
			owner = append(owner, i)
		}
	}
	if len(owner) > 0 {
		ix.doBulk(ctx, bulk, owner, errs)
	}
	// Sweep positions past each article's last quote: those quotes vanished
	// from the new version (or belong to a newer one, which the version check
	// keeps).
	pending := make([]int, 0, len(batch))
	next := make([]int, len(batch))
	for i, a := range batch {
		if errs[i] == nil {
			pending = append(pending, i)
			next[i] = a.QuoteCount()
		}
	}
	// The first round probes one position per article: positions are
	// contiguous, so when the one just past the last quote is empty, no
	// stale quote exists, and most articles cost one realtime get.
	for window := 1; len(pending) > 0; window = sweepWindow {
		var err error
		pending, err = ix.sweep(ctx, batch, pending, next, errs, window)
		if err != nil {
			for _, i := range pending {
				errs[i] = err
			}
			break
		}
	}
	ix.settleRaces(ctx, batch, errs)
	return errs
}

// sweep deletes the documents found at the next window positions of each
// pending article and returns the articles that need another round.
func (ix *Index) sweep(ctx context.Context, batch []ArticleDocs, pending, next []int, errs []error, window int) ([]int, error) {
	mget := ix.client.Mget().Realtime(true)
	type slot struct{ article, pos int }
	var slots []slot
	for _, i := range pending {
		for p := next[i]; p < next[i]+window; p++ {
			mget.Add(elastic.NewMultiGetItem().Index(ix.alias).Id(DocID(batch[i].ArticleID, p)).FetchSource(elastic.NewFetchSourceContext(false)))
			slots = append(slots, slot{i, p})
		}
	}
	rctx, cancel := ix.reqCtx(ctx)
	res, err := mget.Do(rctx)
	cancel()
	if err != nil {
		return pending, fmt.Errorf("%w: look up stale quotes: %w", ErrUnavailable, err)
	}
	full := map[int]int{} // article -> found docs in this window
	del := ix.bulk()
	var owner []int
	for k, d := range res.Docs {
		if k >= len(slots) || !d.Found {
			continue
		}
		s := slots[k]
		full[s.article]++
		del.Add(elastic.NewBulkDeleteRequest().Index(ix.alias).Id(d.Id).
			VersionType("external_gte").Version(batch[s.article].Version))
		owner = append(owner, s.article)
	}
	if len(owner) > 0 {
		ix.doBulk(ctx, del, owner, errs)
	}
	var again []int
	for _, i := range pending {
		if full[i] == window && errs[i] == nil {
			next[i] += window
			again = append(again, i)
		}
	}
	return again, nil
}

// doBulk runs a bulk request and records the first failure of each owner.
// Version conflicts (a newer version is already there) and deletes of
// missing documents count as success.
func (ix *Index) doBulk(ctx context.Context, bulk *elastic.BulkService, owner []int, errs []error) {
	rctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	res, err := bulk.Do(rctx)
	if err != nil {
		err = fmt.Errorf("%w: bulk request: %w", ErrUnavailable, err)
		for _, o := range owner {
			if errs[o] == nil {
				errs[o] = err
			}
		}
		return
	}
	for k, item := range res.Items {
		if k >= len(owner) {
			break
		}
		for op, r := range item {
			if itemErr := classify(op, r); itemErr != nil && errs[owner[k]] == nil {
				errs[owner[k]] = itemErr
			}
		}
	}
}

func classify(op string, r *elastic.BulkResponseItem) error {
	switch {
	case r == nil:
		return fmt.Errorf("%w: empty bulk item", ErrUnavailable)
	case r.Status >= 200 && r.Status < 300:
		return nil
	case r.Status == 409: // version conflict: a newer article version is indexed
		return nil
	case r.Status == 404 && op == "delete":
		return nil
	}
	reason := fmt.Sprintf("%s %s: status %d", op, r.Id, r.Status)
	if r.Error != nil {
		reason += ": " + r.Error.Type + ": " + r.Error.Reason
	}
	if r.Status == 429 || r.Status >= 500 {
		return fmt.Errorf("%w: %s", ErrUnavailable, reason)
	}
	return fmt.Errorf("%w: %s", ErrPermanent, reason)
}

// bulk starts a bulk request whose answer carries only what doBulk reads:
// a tenth of the bytes to send and decode.
func (ix *Index) bulk() *elastic.BulkService {
	return ix.bulkFiltered("errors", "items.*._id", "items.*.status", "items.*.error")
}

// bulkFiltered starts a bulk write whose answer holds the paths given, with
// the configured wait for active shards.
func (ix *Index) bulkFiltered(paths ...string) *elastic.BulkService {
	b := ix.client.Bulk().FilterPath(paths...)
	if ix.activeShards != "" {
		b = b.WaitForActiveShards(ix.activeShards)
	}
	return b
}
