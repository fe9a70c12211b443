package index

import "context"

// SortsByTiebreak checks now whether listings sort by the numeric tiebreak
// (every document has one) or fall back to the keyword id.
func (ix *Index) SortsByTiebreak(ctx context.Context) bool {
	ix.checkTiebreak(ctx)
	return ix.tiebreak.ready.Load()
}

// Upgrade is upgrade for tests.
func (ix *Index) Upgrade(id string, src []byte) ([]byte, error) { return ix.upgrade(id, src) }

// AfterClaim sets a function that Write runs between recording a batch's
// versions and writing its documents: a test stands in for another worker
// there.
func (ix *Index) AfterClaim(f func()) { ix.afterClaim = f }
