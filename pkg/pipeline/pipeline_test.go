package pipeline_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/sync/errgroup"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/estest"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/natstest"
	"github.com/quotewire/quotewire/pkg/pipeline"
	"github.com/quotewire/quotewire/pkg/quote"
	"github.com/quotewire/quotewire/pkg/service"
	"github.com/quotewire/quotewire/pkg/waittest"
)

type rig struct {
	t   *testing.T
	js  jetstream.JetStream
	ix  *index.Index
	ctx context.Context
}

func start(t *testing.T) *rig { return startWith(t, bus.ServerOptions{}) }

func startWith(t *testing.T, o bus.ServerOptions) *rig {
	ix := estest.Open(t)
	return &rig{t: t, js: runPipeline(t, o, ix, 32), ix: ix, ctx: context.Background()}
}

// runPipeline runs the extractor and an indexer writing to w on a real
// in-process NATS server until the test ends.
func runPipeline(t *testing.T, o bus.ServerOptions, w pipeline.Writer, batch int) jetstream.JetStream {
	return runPipelineWith(t, o, w, batch, nil)
}

// runPipelineWith is runPipeline with the extractor set up by setup first.
func runPipelineWith(t *testing.T, o bus.ServerOptions, w pipeline.Writer, batch int, setup func(*pipeline.Extractor)) jetstream.JetStream {
	ns := natstest.StartWith(t, o)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(context.Background())
	nc, js, err := service.ConnectNATS(ctx, service.NATS{NATSURL: ns.ClientURL()}, t.Name(), log)
	if err != nil {
		t.Fatal(err)
	}
	m := pipeline.NewMetrics(admin.NewRegistry())
	g, gctx := errgroup.WithContext(ctx)
	x := pipeline.NewExtractor(js, log, m)
	if setup != nil {
		setup(x)
	}
	g.Go(func() error { return x.Run(gctx) })
	g.Go(func() error { return pipeline.NewIndexer(js, w, log, m, batch).Run(gctx) })
	t.Cleanup(func() {
		cancel()
		g.Wait()
		nc.Close()
	})
	return js
}

// firstDeadLetter waits until the dead-letter stream holds n messages
// (what says what it waits for) and returns the first.
func firstDeadLetter(t *testing.T, ctx context.Context, js jetstream.JetStream, n uint64, what string) *jetstream.RawStreamMsg {
	t.Helper()
	st, err := js.Stream(ctx, bus.DeadLetterStream)
	if err != nil {
		t.Fatal(err)
	}
	waittest.Eventually(t, 20*time.Second, func() bool {
		info, err := st.Info(ctx)
		return err == nil && info.State.Msgs == n
	}, waittest.Says("%s", what))
	msg, err := st.GetMsg(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	return msg
}

func (r *rig) publish(id string, version int64, text string) bool {
	r.t.Helper()
	data, _ := proto.Marshal(&quotewirev1.Article{Id: id, Version: version, Text: text, Title: "t"})
	dup, err := bus.PublishArticle(r.ctx, r.js, data, id, version)
	if err != nil {
		r.t.Fatal(err)
	}
	return dup
}

// waitFor polls until the article's quotes in the index satisfy ok.
func (r *rig) waitFor(id string, ok func([]index.Document) bool) []index.Document {
	r.t.Helper()
	var res *index.Result
	var err error
	waittest.Eventually(r.t, 30*time.Second, func() bool {
		r.ix.Refresh(r.ctx)
		res, err = r.ix.Search(r.ctx, index.Query{ArticleID: id, Size: 100})
		return err == nil && ok(res.Docs)
	}, func() string {
		return fmt.Sprintf("article %s: index never reached the expected state (last: %v, %v)", id, res, err)
	})
	return res.Docs
}

// settled waits until both consumers have handled every message: nothing
// pending, nothing awaiting its ack.
func (r *rig) settled() {
	r.t.Helper()
	waittest.Eventually(r.t, 30*time.Second, func() bool {
		for _, c := range []struct{ stream, name string }{{bus.ArticlesStream, bus.ExtractorConsumer}, {bus.QuotesStream, bus.IndexerConsumer}} {
			cons, err := r.js.Consumer(r.ctx, c.stream, c.name)
			if err != nil {
				return false
			}
			info, err := cons.Info(r.ctx)
			if err != nil || info.NumPending > 0 || info.NumAckPending > 0 {
				return false
			}
		}
		return true
	}, waittest.Says("the consumers never caught up"))
}

const threeQuotes = "\"First one here,\" Ann Lee said.\n\n\"Second one there,\" Lee said.\n\n\"Third and last,\" she said."
const oneQuote = "\"Only this remains,\" Ann Lee said."

func TestRepublishDoesNotDuplicate(t *testing.T) {
	r := start(t)
	if r.publish("a1", 1, threeQuotes) {
		t.Fatal("first publish reported as duplicate")
	}
	r.waitFor("a1", func(d []index.Document) bool { return len(d) == 3 })
	if !r.publish("a1", 1, threeQuotes) {
		t.Error("identical re-publish not deduplicated by JetStream")
	}
	// the same article again outside the dedup window (a new Nats-Msg-Id):
	// same document ids, so still three documents
	data, _ := proto.Marshal(&quotewirev1.Article{Id: "a1", Version: 1, Text: threeQuotes, Title: "t"})
	if _, err := bus.Publish(r.ctx, r.js, bus.ArticlesSubject, "other-id", data); err != nil {
		t.Fatal(err)
	}
	r.settled()
	docs := r.waitFor("a1", func(d []index.Document) bool { return len(d) == 3 })
	for _, d := range docs {
		if d.Speaker != "Ann Lee" {
			t.Errorf("quote %q: speaker %q, want Ann Lee", d.Text, d.Speaker)
		}
	}
}

func TestNewVersionReplacesQuotesAndOldVersionLoses(t *testing.T) {
	r := start(t)
	r.publish("a2", 1, threeQuotes)
	r.waitFor("a2", func(d []index.Document) bool { return len(d) == 3 })
	r.publish("a2", 2, oneQuote)
	r.waitFor("a2", func(d []index.Document) bool { return len(d) == 1 && d[0].Text == "Only this remains," })
	// version 1 arriving late must not come back
	data, _ := proto.Marshal(&quotewirev1.Article{Id: "a2", Version: 1, Text: threeQuotes, Title: "t"})
	if _, err := bus.Publish(r.ctx, r.js, bus.ArticlesSubject, "late-v1", data); err != nil {
		t.Fatal(err)
	}
	r.settled()
	r.waitFor("a2", func(d []index.Document) bool { return len(d) == 1 && d[0].Article.Version == 2 })
}

func TestPoisonMessagesAreDeadLettered(t *testing.T) {
	r := start(t)
	if _, err := bus.Publish(r.ctx, r.js, bus.ArticlesSubject, "garbage", []byte{0xff, 0xfe, 0x01, 0x02}); err != nil {
		t.Fatal(err)
	}
	empty, _ := proto.Marshal(&quotewirev1.Article{Id: "empty", Text: "   "})
	if _, err := bus.Publish(r.ctx, r.js, bus.ArticlesSubject, "empty", empty); err != nil {
		t.Fatal(err)
	}
	r.publish("good", 1, oneQuote) // the stream keeps flowing behind them
	r.waitFor("good", func(d []index.Document) bool { return len(d) == 1 })
	s, err := r.js.Stream(r.ctx, bus.DeadLetterStream)
	if err != nil {
		t.Fatal(err)
	}
	waittest.Eventually(t, 10*time.Second, func() bool {
		info, err := s.Info(r.ctx)
		return err == nil && info.State.Msgs == 2
	}, waittest.Says("the dead-letter stream never held the 2 poison messages"))
	for seq := uint64(1); seq <= 2; seq++ {
		msg, err := s.GetMsg(r.ctx, seq)
		if err != nil {
			t.Fatal(err)
		}
		if msg.Header.Get(bus.HeaderReason) == "" || msg.Header.Get(bus.HeaderService) != bus.ExtractorConsumer {
			t.Errorf("dead letter %d: headers %v lack the reason or service", seq, msg.Header)
		}
	}
}

// An article whose quotes event is over the server's max_payload is sent in
// parts and indexed whole (it had been retried for ever).
func TestArticleOverMaxPayloadIsIndexedInParts(t *testing.T) {
	r := startWith(t, bus.ServerOptions{MaxPayload: 256 << 10})
	text := manyQuotes(2000)
	if len(text) > 200<<10 {
		t.Fatalf("the article itself (%d bytes) must fit the server", len(text))
	}
	r.publish("big", 1, text)
	r.waitFor("big", func(d []index.Document) bool { return len(d) == 100 }) // a page: the count is below
	var total int64
	waittest.Eventually(t, 30*time.Second, func() bool {
		r.ix.Refresh(r.ctx)
		res, err := r.ix.Search(r.ctx, index.Query{ArticleID: "big", Size: 1})
		if err == nil {
			total = res.Total
		}
		return total == 2000
	}, func() string { return fmt.Sprintf("quotes of the big article indexed: %d, want 2000", total) })
	// a shorter new version sweeps the positions past its last quote
	r.publish("big", 2, manyQuotes(3))
	r.waitFor("big", func(d []index.Document) bool { return len(d) == 3 })
}

// An article the quote engine fails on is parked in the dead-letter stream
// with the fault as its reason, and the articles behind it are indexed (a
// panic had crashed the worker, and the redelivered article crashed it
// again).
func TestEngineFaultIsDeadLettered(t *testing.T) {
	ix := estest.Open(t)
	faulty := func(text string) ([]quote.Quote, error) {
		if strings.Contains(text, "FAULT") {
			return nil, fmt.Errorf("%w: runtime error: index out of range [-1]", quote.ErrEngine)
		}
		return quote.Check(text)
	}
	js := runPipelineWith(t, bus.ServerOptions{}, ix, 32, func(x *pipeline.Extractor) { pipeline.SetEngine(x, faulty) })
	r := &rig{t: t, js: js, ix: ix, ctx: context.Background()}
	r.publish("faulty", 1, "\"It breaks,\" FAULT said.")
	r.publish("good", 1, oneQuote)
	r.waitFor("good", func(d []index.Document) bool { return len(d) == 1 })
	msg := firstDeadLetter(t, r.ctx, js, 1, "the dead-letter stream never held the article the engine failed on")
	if reason := msg.Header.Get(bus.HeaderReason); !strings.Contains(reason, "quote engine failed") || !strings.Contains(reason, "faulty") {
		t.Errorf("dead letter reason %q, want the engine's fault and the article", reason)
	}
}
