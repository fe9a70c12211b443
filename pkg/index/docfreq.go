package index

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"
)

// docFreqs remembers how many quotes hold each word, for provenance's
// rare-or-common split. A word's count moves slowly against the 1% line
// that matters, so answers are kept for docFreqTTL; a post whose words
// are all known needs no term vectors request. (Words are split as
// highlights split them; one the index splits otherwise, "U.S.", is never
// known, and its post always asks.)
type docFreqs struct {
	mu    sync.Mutex
	since time.Time        // when words was started
	docs  int64            // quotes with text, as of the last answer
	words map[string]int64 // word -> quotes holding it (never 0)
}

const (
	docFreqTTL   = 10 * time.Minute
	docFreqWords = 200_000
)

// lookup returns the counts of words, or ok false when one is unknown or
// the counts are stale.
func (f *docFreqs) lookup(words []string) (freqs map[string]int64, docs int64, ok bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.words == nil || time.Since(f.since) > docFreqTTL {
		return nil, 0, false
	}
	freqs = make(map[string]int64, len(words))
	for _, w := range words {
		n, known := f.words[w]
		if !known {
			return nil, 0, false
		}
		freqs[w] = n
	}
	return freqs, f.docs, true
}

// store keeps the counts one term vectors answer gave. Words no quote
// holds yet are not kept: a post is often checked before the articles
// quoting it arrive, and its rare words must count as soon as they do.
func (f *docFreqs) store(freqs map[string]int64, docs int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.words == nil || time.Since(f.since) > docFreqTTL || len(f.words) > docFreqWords {
		f.words, f.since = make(map[string]int64, 1024), time.Now()
	}
	f.docs = docs
	for w, n := range freqs {
		if n > 0 {
			f.words[w] = n
		}
	}
}

// termFreqs returns the terms of text as the index analyses them and how
// many quotes hold each, from the memo when it knows every word, else
// from one term vectors request.
func (ix *Index) termFreqs(ctx context.Context, text string) (map[string]int64, int64, error) {
	var words []string
	forWords(text, func(w string, _, _ int) { words = append(words, strings.ToLower(w)) })
	if freqs, docs, ok := ix.docFreqs.lookup(words); ok {
		return freqs, docs, nil
	}
	rctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	tv, err := ix.client.TermVectors(ix.alias).Doc(map[string]string{"text": text}).Fields("text").
		TermStatistics(true).FieldStatistics(true).Positions(false).Offsets(false).Payloads(false).Do(rctx)
	if err != nil {
		return nil, 0, fmt.Errorf("%w: provenance: word frequencies: %w", ErrUnavailable, err)
	}
	info := tv.TermVectors["text"]
	freqs := make(map[string]int64, len(info.Terms))
	for term, t := range info.Terms {
		freqs[term] = t.DocFreq
	}
	ix.docFreqs.store(freqs, info.FieldStatistics.DocCount)
	return freqs, info.FieldStatistics.DocCount, nil
}
