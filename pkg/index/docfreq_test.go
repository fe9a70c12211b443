package index

import (
	"testing"
	"time"
)

func TestDocFreqsMemo(t *testing.T) {
	var f docFreqs
	if _, _, ok := f.lookup([]string{"plan"}); ok {
		t.Fatal("an empty memo knows a word")
	}
	f.store(map[string]int64{"plan": 40, "the": 900, "zorbly": 0}, 1000)
	freqs, docs, ok := f.lookup([]string{"the", "plan"})
	if !ok || docs != 1000 || freqs["plan"] != 40 || freqs["the"] != 900 {
		t.Fatalf("lookup after store: %v %d %v", freqs, docs, ok)
	}
	// a word no quote held is asked again: quotes holding it may arrive
	if _, _, ok := f.lookup([]string{"plan", "zorbly"}); ok {
		t.Fatal("a word no quote held was remembered")
	}
	f.since = time.Now().Add(-docFreqTTL - time.Second)
	if _, _, ok := f.lookup([]string{"plan"}); ok {
		t.Fatal("stale counts were used")
	}
}
