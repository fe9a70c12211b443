package pipeline_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"golang.org/x/sync/errgroup"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/bus"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"github.com/quotewire/quotewire/pkg/natstest"
	"github.com/quotewire/quotewire/pkg/pipeline"
	"github.com/quotewire/quotewire/pkg/service"
	"github.com/quotewire/quotewire/pkg/waittest"
)

// On a three-server JetStream cluster the streams keep three replicas, and
// the pipeline rides over the loss of the server its workers are connected
// to: every article published before and after is indexed once.
func TestPipelineRidesOverAClusterServerLoss(t *testing.T) {
	servers := natstest.StartCluster(t, 3)
	urls := natstest.ClientURLs(servers)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nc, js, err := service.ConnectNATS(ctx, service.NATS{NATSURL: urls}, "workers", log)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	st, err := js.Stream(ctx, bus.ArticlesStream)
	if err != nil {
		t.Fatal(err)
	}
	if r := st.CachedInfo().Config.Replicas; r != 3 {
		t.Fatalf("articles stream has %d replicas on a 3-server cluster, want 3", r)
	}
	w := newMemWriter()
	m := pipeline.NewMetrics(admin.NewRegistry())
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return pipeline.NewExtractor(js, log, m).Run(gctx) })
	g.Go(func() error { return pipeline.NewIndexer(js, w, log, m, 32).Run(gctx) })
	defer g.Wait()
	defer cancel()

	pnc, pjs, err := service.ConnectNATS(ctx, service.NATS{NATSURL: urls}, "publisher", log)
	if err != nil {
		t.Fatal(err)
	}
	defer pnc.Close()
	publish := func(from, to int) {
		for i := from; i < to; i++ {
			id := fmt.Sprintf("c%d", i)
			data, _ := proto.Marshal(&quotewirev1.Article{Id: id, Version: 1, Title: "t",
				Text: fmt.Sprintf("\"Remark number %d stands,\" Ann Lee said.", i)})
			waittest.Eventually(t, 30*time.Second, func() bool {
				_, err := bus.PublishArticle(ctx, pjs, data, id, 1)
				return err == nil
			}, waittest.Says("article %s could not be published", id))
		}
	}
	indexed := func(n int) {
		t.Helper()
		var have int
		waittest.Eventually(t, 60*time.Second, func() bool {
			w.mu.Lock()
			have = len(w.docs)
			w.mu.Unlock()
			return have == n
		}, func() string { return fmt.Sprintf("%d of %d articles' quotes indexed", have, n) })
	}
	publish(0, 200)
	indexed(200)
	// the server the workers use goes away
	lost := nc.ConnectedServerName()
	for _, s := range servers {
		if s.Name() == lost {
			s.Shutdown()
			s.WaitForShutdown()
		}
	}
	t.Logf("shut down %s, the workers' server", lost)
	publish(200, 400)
	indexed(400)
	if nc.ConnectedServerName() == lost {
		t.Error("the workers did not move to another server")
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.writes == 0 || len(w.docs) != 400 {
		t.Errorf("%d documents, want 400", len(w.docs))
	}
}

// Replicas the cluster cannot hold are refused with an error that says what
// to set.
func TestStreamReplicasRefusedWhenTooFewServers(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx := context.Background()
	single := natstest.Start(t)
	_, _, err := service.ConnectNATS(ctx, service.NATS{NATSURL: single.ClientURL(), StreamReplicas: 3}, "r3", log, nats.MaxReconnects(0))
	if err == nil || !strings.Contains(err.Error(), "STREAM_REPLICAS") {
		t.Errorf("3 replicas on one server: %v, want an error naming STREAM_REPLICAS", err)
	}
	cluster := natstest.StartCluster(t, 3)
	_, _, err = service.ConnectNATS(ctx, service.NATS{NATSURL: natstest.ClientURLs(cluster), StreamReplicas: 5}, "r5", log, nats.MaxReconnects(0))
	if err == nil || !strings.Contains(err.Error(), "STREAM_REPLICAS") {
		t.Errorf("5 replicas on three servers: %v, want an error naming STREAM_REPLICAS", err)
	}
}
