package quotedoc_test

import (
	"testing"
	"time"

	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"github.com/quotewire/quotewire/pkg/quotedoc"
)

func TestDocumentsKeepPositionsAndIDs(t *testing.T) {
	t.Parallel()
	ev := &quotewirev1.QuotesExtracted{
		Article: &quotewirev1.Article{Id: "a1", Version: 4},
		Quotes: []*quotewirev1.Quote{
			{Id: quotedoc.DocID("a1", 7), Position: 7, Text: "x", Channel: quotewirev1.Channel_CHANNEL_TWITTER, ChannelConfidence: 0.87},
			{Position: 8, Text: "y"}, // no id: derived
		},
	}
	docs := quotedoc.Documents(ev, time.Unix(0, 0))
	if len(docs) != 2 {
		t.Fatalf("%d documents", len(docs))
	}
	for i, want := range []int{7, 8} {
		if docs[i].Position != want || docs[i].ID != quotedoc.DocID("a1", want) || docs[i].Article.Version != 4 {
			t.Errorf("document %d: position %d, id %s, version %d", i, docs[i].Position, docs[i].ID, docs[i].Article.Version)
		}
	}
	if docs[0].Channel != "twitter" || docs[1].Channel != "unknown" || docs[1].Kind != "quote" {
		t.Errorf("labels: %q %q %q", docs[0].Channel, docs[1].Channel, docs[1].Kind)
	}
	if docs[0].ChannelConfidence != 0.87 || docs[1].ChannelConfidence != 0 {
		t.Errorf("channel confidences %g %g, want 0.87 and 0", docs[0].ChannelConfidence, docs[1].ChannelConfidence)
	}
	if quotedoc.DocID("a1", 7) != quotedoc.DocID("a1", 7) || quotedoc.DocID("a1", 7) == quotedoc.DocID("a1", 8) {
		t.Error("document ids are not a function of article and position")
	}
}
