package pipeline_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"github.com/quotewire/quotewire/pkg/pipeline"
	"github.com/quotewire/quotewire/pkg/quote"
)

func manyQuotes(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "\"This is remark number %d of a long day,\" Ann Lee said.\n\n", i)
	}
	return b.String()
}

func TestSplitKeepsEveryQuoteInOrderWithinBudget(t *testing.T) {
	t.Parallel()
	a := &quotewirev1.Article{Id: "many", Version: 3, Title: "t", Text: manyQuotes(500)}
	ev := pipeline.Event(a, quote.Extract(a.GetText()), time.Now())
	if len(ev.GetQuotes()) != 500 {
		t.Fatalf("%d quotes extracted, want 500", len(ev.GetQuotes()))
	}
	const budget = 16 << 10
	parts, err := pipeline.Split(ev, budget)
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) < 2 {
		t.Fatalf("%d parts for a %d-byte event and a %d-byte budget", len(parts), proto.Size(ev), budget)
	}
	next := 0
	for k, p := range parts {
		if size := proto.Size(p); size > budget {
			t.Errorf("part %d is %d bytes, over %d", k, size, budget)
		}
		if p.GetPart() != int32(k) || p.GetParts() != int32(len(parts)) || p.GetQuotesTotal() != 500 {
			t.Errorf("part %d: part %d of %d, total %d", k, p.GetPart(), p.GetParts(), p.GetQuotesTotal())
		}
		if p.GetArticle().GetId() != "many" || p.GetArticle().GetVersion() != 3 {
			t.Errorf("part %d: article %v", k, p.GetArticle())
		}
		for _, q := range p.GetQuotes() {
			if q.GetPosition() != int32(next) {
				t.Fatalf("part %d: position %d, want %d", k, q.GetPosition(), next)
			}
			next++
		}
	}
	if next != 500 {
		t.Errorf("parts hold %d quotes, want 500", next)
	}
	// an event that fits is one part, unchanged
	if one, err := pipeline.Split(ev, proto.Size(ev)); err != nil || len(one) != 1 || one[0] != ev {
		t.Errorf("fitting event: %d parts, %v", len(one), err)
	}
	// a quote that fits no part: an error, not an endless retry
	if _, err := pipeline.Split(ev, 200); err == nil || !strings.Contains(err.Error(), "message bus takes") {
		t.Errorf("budget below one quote: %v", err)
	} else if errors.Unwrap(err) == nil {
		t.Errorf("error %v wraps no cause", err)
	}
}

// The quotes event carries each quote's channel and how sure it is.
func TestEventCarriesChannelConfidence(t *testing.T) {
	t.Parallel()
	a := &quotewirev1.Article{Id: "c", Version: 1, Text: `"We will rebuild the bridge," Mayor Ann Lee said on CNN.`}
	qs := quote.Extract(a.GetText())
	ev := pipeline.Event(a, qs, time.Now())
	if len(qs) != 1 || len(ev.GetQuotes()) != 1 {
		t.Fatalf("%d quotes, %d in the event", len(qs), len(ev.GetQuotes()))
	}
	q := ev.GetQuotes()[0]
	if q.GetChannel() != quotewirev1.Channel_CHANNEL_TV || q.GetChannelConfidence() <= 0 || q.GetChannelConfidence() != qs[0].ChannelConfidence {
		t.Errorf("channel %v confidence %g, want tv with the engine's %g", q.GetChannel(), q.GetChannelConfidence(), qs[0].ChannelConfidence)
	}
}
