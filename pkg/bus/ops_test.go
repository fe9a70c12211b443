package bus_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/natstest"
)

// A parked message shows in the status and the list with its reason, and a
// replay puts it back on its original subject, once.
func TestDeadLetterListAndReplay(t *testing.T) {
	ns := natstest.Start(t)
	nc, err := nats.Connect(ns.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	ctx := context.Background()
	if err := bus.Setup(ctx, js, bus.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := bus.PublishArticle(ctx, js, []byte("article bytes"), "a1", 1); err != nil {
		t.Fatal(err)
	}
	cons, _ := js.Consumer(ctx, bus.ArticlesStream, bus.ExtractorConsumer)
	batch, err := cons.Fetch(1, jetstream.FetchMaxWait(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	msg := <-batch.Messages()
	if msg == nil {
		t.Fatal("no message fetched")
	}
	if err := bus.DeadLetter(ctx, js, bus.ExtractorConsumer, msg, errors.New("engine bug #12")); err != nil {
		t.Fatal(err)
	}
	if err := msg.Term(); err != nil {
		t.Fatal(err)
	}

	st, err := bus.ReadStatus(ctx, js)
	if err != nil {
		t.Fatal(err)
	}
	if st.DeadLetters["extractor"] != 1 || len(st.Streams) != 3 || len(st.Consumers) != 2 {
		t.Fatalf("status: %+v", st)
	}
	list, err := bus.DeadLetters(ctx, js, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Reason != "engine bug #12" || list[0].OriginalSubject != bus.ArticlesSubject || list[0].Deliveries != 1 || list[0].OriginalSeq != 1 {
		t.Fatalf("list: %+v", list)
	}
	if other, _ := bus.DeadLetters(ctx, js, "indexer", 0); len(other) != 0 {
		t.Fatalf("indexer filter lists %d", len(other))
	}

	n, err := bus.Replay(ctx, js, "extractor", 0)
	if err != nil || n != 1 {
		t.Fatalf("replay: %d, %v", n, err)
	}
	if again, err := bus.Replay(ctx, js, "", 0); err != nil || again != 0 {
		t.Fatalf("second replay: %d, %v (the dead letter should be gone)", again, err)
	}
	articles, _ := js.Stream(ctx, bus.ArticlesStream)
	m, err := articles.GetMsg(ctx, 2)
	if err != nil {
		t.Fatalf("the replayed article is not on the articles stream: %v", err)
	}
	if string(m.Data) != "article bytes" || m.Header.Get(bus.HeaderReason) != "" {
		t.Fatalf("replayed message: %q headers %v", m.Data, m.Header)
	}
	st, _ = bus.ReadStatus(ctx, js)
	if st.Streams[2].Messages != 0 {
		t.Fatalf("dead-letter stream still holds %d", st.Streams[2].Messages)
	}
}

// The in-process server takes the messages a 16 MiB article makes (NATS's
// own default, 1 MiB, refused them while ingest accepted them).
func TestServerTakesLongArticles(t *testing.T) {
	ns := natstest.Start(t)
	nc, err := nats.Connect(ns.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	if got := nc.MaxPayload(); got != bus.MaxPayload {
		t.Fatalf("max payload %d, want %d", got, bus.MaxPayload)
	}
	js, _ := jetstream.New(nc)
	ctx := context.Background()
	if err := bus.Setup(ctx, js, bus.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := bus.PublishArticle(ctx, js, make([]byte, 17<<20), "long", 1); err != nil {
		t.Fatalf("publish a 17 MiB message: %v", err)
	}
}
