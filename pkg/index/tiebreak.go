package index

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/olivere/elastic/v7"
)

// tiebreakState tells whether every document behind the alias carries the
// numeric tiebreak field. Documents written before the field existed lack
// it until `quotewire reindex` copies them (Copy fills it in); until then
// listings fall back to the keyword id, slower but as stable.
type tiebreakState struct {
	ready   atomic.Bool
	checked atomic.Int64 // unix nanoseconds of the last check
}

// tiebreakRecheck is how often the state is looked at again: a reindex or
// an older writer changes it.
const tiebreakRecheck = time.Minute

// lastSort is the final sort key of every listing: the numeric tiebreak
// when all documents have one, else the keyword id.
func (ix *Index) lastSort(ctx context.Context) elastic.Sorter {
	now := time.Now().UnixNano()
	if last := ix.tiebreak.checked.Load(); now-last > int64(tiebreakRecheck) && ix.tiebreak.checked.CompareAndSwap(last, now) {
		ix.checkTiebreak(ctx)
	}
	if ix.tiebreak.ready.Load() {
		return elastic.NewFieldSort("tiebreak").Asc()
	}
	return elastic.NewFieldSort("id").Asc()
}

// checkTiebreak looks for one document without the tiebreak field. On an
// error the state stays as it was (the id fallback is always correct).
func (ix *Index) checkTiebreak(ctx context.Context) {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	n, err := ix.client.Count(ix.alias).
		Query(elastic.NewBoolQuery().MustNot(elastic.NewExistsQuery("tiebreak"))).
		TerminateAfter(1).Do(ctx)
	if err != nil {
		if elastic.IsNotFound(err) {
			ix.tiebreak.ready.Store(true) // no index yet: every document will have one
		}
		return
	}
	ix.tiebreak.ready.Store(n == 0)
}
