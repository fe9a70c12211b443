package index

import (
	"context"
	"fmt"
	"time"

	gojson "github.com/goccy/go-json"
)

// Several indexer processes writing one index each keep their own anchor
// cache, and Elasticsearch shows a quote to searches only after a refresh:
// without more, two processes placing near-duplicates in the same second
// would each found a cluster. A DecisionLog puts every process's decisions
// in one order (bus.ClusterLog, on JetStream): a batch's new anchors are
// appended only if no other decision came in since the last one this
// process applied; if one did, the process applies it and decides again.
// So the clusters are those one process would have made, taking the batches
// in the log's order.

// DecisionLog orders the cluster decisions of the processes writing one
// index.
type DecisionLog interface {
	// Append stores data if the log's last decision is still the one at
	// sequence after (0: none); otherwise it stores nothing and reports
	// moved with the sequence of the last decision.
	Append(ctx context.Context, after uint64, data []byte) (seq uint64, moved bool, err error)
}

// logWait bounds how long a decision waits for the log's tail to deliver
// decisions another process appended.
const logWait = 30 * time.Second

// placed is what a decision appends: the anchors a quote brought, the
// cluster they point to and the quote's words.
type placed struct {
	Cluster string   `json:"c"`
	Words   string   `json:"w"`
	Anchors []string `json:"a"`
}

// UseDecisionLog makes cluster decisions go through log. The caller feeds
// the log's decisions, from its first kept, to ApplyDecision (the tail),
// for as long as the index is written.
func (ix *Index) UseDecisionLog(log DecisionLog) {
	ix.clusterMu.Lock()
	defer ix.clusterMu.Unlock()
	ix.clusterMu.log = log
}

// ApplyDecision takes a decision from the log (seq is its place in the log):
// its anchors are known from now on, unless already known (the first
// decision about an anchor stands). Nil data (a decision this process
// took) only moves the log's place on.
func (ix *Index) ApplyDecision(seq uint64, data []byte) {
	var ps []placed
	if data != nil && gojson.Unmarshal(data, &ps) != nil {
		ps = nil // not a decision: nothing to learn, but the log moved past it
	}
	ix.clusterMu.learn(seq, ps)
}

// waitApplied waits until the tail has applied the decision at seq.
func (ix *Index) waitApplied(ctx context.Context, seq uint64) error {
	timer := time.NewTimer(logWait)
	defer timer.Stop()
	l := ix.clusterMu
	for {
		l.Lock()
		if l.applied >= seq {
			l.Unlock()
			return nil
		}
		if l.advanced == nil {
			l.advanced = make(chan struct{})
		}
		ch := l.advanced
		l.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		case <-timer.C:
			return fmt.Errorf("%w (cluster decisions wait for the NATS cluster log): decision %d did not arrive within %v", ErrUnavailable, seq, logWait)
		}
	}
}
