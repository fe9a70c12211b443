//go:build faults

package faults_test

import (
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/estest"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
)

// es runs scripts/es.sh for the node behind ES_URL.
func es(t *testing.T, cmd string) {
	t.Helper()
	u, err := url.Parse(estest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	esScript(t, cmd, "ES_PORT="+u.Port())
}

// esScript runs scripts/es.sh cmd with env added to the test's.
func esScript(t *testing.T, cmd string, env ...string) {
	t.Helper()
	c := exec.Command("bash", "../../scripts/es.sh", cmd)
	c.Env = append(os.Environ(), env...)
	c.Stderr = os.Stderr
	if out, err := c.Output(); err != nil {
		t.Fatalf("es.sh %s (%s): %v (%s)", cmd, strings.Join(env, " "), err, out)
	}
}

func downtime() time.Duration {
	if d, err := time.ParseDuration(os.Getenv("FAULT_ES_DOWN")); err == nil {
		return d
	}
	return 60 * time.Second
}

// Elasticsearch stopped for 60 s while 10,000 articles are published.
func TestElasticsearchStopped(t *testing.T) {
	r, published := underLoad(t, articleCount(10000))
	r.waitIndexed(int64(r.total/5), 5*time.Minute)
	before := r.indexed()
	es(t, "stop")
	t.Logf("elasticsearch stopped with %d of %d quotes indexed", before, r.total)
	time.Sleep(downtime())
	es(t, "start")
	up := time.Now()
	s := r.settle(published, 10*time.Minute)
	figures(t, s, fmt.Sprintf("es_down=%v recovery_after_restart=%.1fs", downtime(), time.Since(up).Seconds()-2))
}

// The NATS server (file storage) is restarted in the middle of the stream.
func TestNATSRestarted(t *testing.T) {
	r, published := underLoad(t, articleCount(5000))
	r.waitIndexed(int64(r.total/4), 5*time.Minute)
	r.stopNATS()
	t.Logf("nats stopped with %d of %d quotes indexed", r.indexed(), r.total)
	time.Sleep(5 * time.Second)
	r.startNATS()
	up := time.Now()
	s := r.settle(published, 5*time.Minute)
	figures(t, s, fmt.Sprintf("nats_down=5s recovery_after_restart=%.1fs", time.Since(up).Seconds()-2))
}

// The extractor and the indexer are killed with SIGKILL mid-batch, twice,
// and restarted.
func TestWorkersKilled(t *testing.T) {
	r, published := underLoad(t, articleCount(5000))
	var up time.Time
	for _, share := range []int{4, 2} {
		r.waitIndexed(int64(r.total/share), 5*time.Minute)
		for _, w := range []string{"extractor", "indexer"} {
			if err, _ := r.signal(w, syscall.SIGKILL); err == nil {
				t.Fatalf("%s exited cleanly after SIGKILL", w)
			}
		}
		t.Logf("workers killed with %d of %d quotes indexed", r.indexed(), r.total)
		r.start("extractor")
		r.start("indexer")
		up = time.Now()
	}
	s := r.settle(published, 5*time.Minute)
	figures(t, s, fmt.Sprintf("kills=2 recovery_after_restart=%.1fs (unacked messages come back after AckWait 30s)", time.Since(up).Seconds()-2))
}

// Poison messages mixed into a normal stream are parked with their reasons
// while everything else is indexed.
func TestPoisonMessages(t *testing.T) {
	r := newRig(t)
	n := articleCount(2000)
	r.expect(0, n)
	r.start("extractor")
	r.start("indexer")
	if err := r.publish(r.ctx, 0, n/2); err != nil {
		t.Fatal(err)
	}
	poison := func(subject, id string, data []byte) {
		if _, err := bus.Publish(r.ctx, r.js, subject, id, data); err != nil {
			t.Fatalf("publish %s: %v", id, err)
		}
	}
	poison(bus.ArticlesSubject, "poison-garbage", []byte("\xff\x00not a protobuf\x13\x37"))
	var bad []byte
	bad = protowire.AppendTag(bad, 1, protowire.BytesType)
	bad = protowire.AppendString(bad, "poison-utf8")
	bad = protowire.AppendTag(bad, 4, protowire.BytesType)
	bad = protowire.AppendBytes(bad, []byte("\"Caf\xe9 \xc3\x28 au lait,\" she said."))
	poison(bus.ArticlesSubject, "poison-utf8", bad)
	// A 50 MB article is refused by JetStream itself, with a clear error to
	// the publisher: it never enters the stream.
	huge, _ := proto.Marshal(&quotewirev1.Article{Id: "poison-50mb", Version: 1, Text: strings.Repeat("\"All work and no play,\" Jack said. ", 50<<20/35)})
	if _, err := bus.Publish(r.ctx, r.js, bus.ArticlesSubject, "poison-50mb", huge); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("a 50 MB article: publish error %v, want JetStream's \"message too large\"", err)
	}
	// A 20 MB article passes JetStream but is over the 16 MiB article
	// limit: the extractor parks it.
	big, _ := proto.Marshal(&quotewirev1.Article{Id: "poison-20mb", Version: 1, Text: strings.Repeat("\"All work and no play,\" Jack said. ", 20<<20/35)})
	poison(bus.ArticlesSubject, "poison-20mb", big)
	empty, _ := proto.Marshal(&quotewirev1.Article{Id: "poison-empty", Version: 1, Title: "no text"})
	poison(bus.ArticlesSubject, "poison-empty", empty)
	poison(bus.QuotesSubject, "poison-quotes", []byte("\x0a\xff\xff\xff garbage event"))
	if err := r.publish(r.ctx, n/2, n); err != nil {
		t.Fatal(err)
	}
	s := r.reconcile(5 * time.Minute)
	r.check(s, "extractor: permanent failure: decode article", "invalid UTF-8", "more than the limit", "text is empty", "indexer: permanent failure: decode quotes event")
	figures(t, s, fmt.Sprintf("poison=5 parked (garbage bytes, invalid UTF-8, %d MB article, empty text, garbage quotes event), 50 MB article refused at publish", len(big)>>20))
	for _, d := range s.DeadLetters {
		t.Logf("dead letter: %.160s", d)
	}
}

// Elasticsearch answers 429 to a fifth of the bulk items.
func TestBulkItemsRejected(t *testing.T) {
	r := newRig(t)
	n := articleCount(5000)
	r.expect(0, n)
	r.proxy.reject(0.2)
	r.start("extractor")
	r.start("indexer")
	if err := r.publish(r.ctx, 0, n); err != nil {
		t.Fatal(err)
	}
	s := r.reconcile(5 * time.Minute)
	r.check(s)
	if r.proxy.rejected.Load() == 0 {
		t.Fatal("the proxy rejected nothing: the test tested nothing")
	}
	figures(t, s, fmt.Sprintf("items_rejected_with_429=%d", r.proxy.rejected.Load()))
}

// SIGTERM during load: both workers drain and exit 0; after a restart
// everything is indexed once.
func TestSIGTERMDrains(t *testing.T) {
	r, published := underLoad(t, articleCount(5000))
	r.waitIndexed(int64(r.total/4), 5*time.Minute)
	var took []string
	for _, w := range []string{"extractor", "indexer"} {
		err, d := r.signal(w, syscall.SIGTERM)
		if err != nil {
			t.Errorf("%s after SIGTERM: %v (want exit 0)", w, err)
		}
		took = append(took, fmt.Sprintf("%s_exit=%.2fs", w, d.Seconds()))
	}
	ex := r.consumerInfo(bus.ArticlesStream, bus.ExtractorConsumer)
	in := r.consumerInfo(bus.QuotesStream, bus.IndexerConsumer)
	t.Logf("after SIGTERM: extractor ack pending %d, indexer ack pending %d", ex.NumAckPending, in.NumAckPending)
	r.start("extractor")
	r.start("indexer")
	s := r.settle(published, 5*time.Minute)
	figures(t, s, strings.Join(took, " ")+fmt.Sprintf(" ack_pending_after_drain=%d/%d", ex.NumAckPending, in.NumAckPending))
}

// underLoad starts the workers on a new rig and publishes n articles in the
// background; wait for the publisher with r.settle.
func underLoad(t *testing.T, n int) (*rig, func() error) {
	t.Helper()
	r := newRig(t)
	r.expect(0, n)
	r.start("extractor")
	r.start("indexer")
	return r, r.publishAsync(0, n)
}

// settle waits for the publisher, then reconciles and checks the index.
func (r *rig) settle(published func() error, timeout time.Duration) tally {
	r.t.Helper()
	if err := published(); err != nil {
		r.t.Fatal(err)
	}
	s := r.reconcile(timeout)
	r.check(s)
	return s
}
