//go:build faults

package faults_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/olivere/elastic/v7"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/estest"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/quote"
	"github.com/quotewire/quotewire/pkg/synth"
)

// bins are the worker binaries, built once by TestMain.
var bins = map[string]string{}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "quotewire-faults-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, name := range []string{"extractor", "indexer", "quotewire"} {
		out := filepath.Join(dir, name)
		cmd := exec.Command("go", "build", "-o", out, "github.com/quotewire/quotewire/services/"+name)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "build", name, err)
			os.Exit(1)
		}
		bins[name] = out
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// rig is one fault test's world: a restartable NATS server on a fixed port,
// an Elasticsearch proxy that can reject bulk items, worker processes, and
// the articles published with the quotes the engine finds in them.
type rig struct {
	t       testing.TB
	ctx     context.Context
	dir     string
	port    int
	ns      *server.Server
	nc      *nats.Conn
	js      jetstream.JetStream
	proxy   *esProxy
	ix      *index.Index // straight to Elasticsearch, for reconciliation
	prefix  string
	workers map[string]*proc
	want    map[string]int // article id -> quotes
	total   int
}

func newRig(t testing.TB) *rig {
	t.Helper()
	r := &rig{t: t, ctx: context.Background(), dir: t.TempDir(), workers: map[string]*proc{}, want: map[string]int{}}
	r.port = freePort(t)
	r.startNATS()
	nc, err := nats.Connect(r.natsURL(), nats.MaxReconnects(-1), nats.ReconnectWait(250*time.Millisecond), nats.Timeout(2*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	r.nc = nc
	r.js, err = jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	if err := bus.Setup(r.ctx, r.js, bus.Options{}); err != nil {
		t.Fatal(err)
	}
	r.ix = estest.Open(t)
	r.prefix = r.ix.Alias()
	r.proxy = newESProxy(t, estest.URL(t))
	t.Cleanup(func() {
		for name, w := range r.workers {
			if w.cmd.ProcessState == nil {
				_ = w.cmd.Process.Kill()
				<-w.done
			}
			if t.Failed() {
				if b, err := os.ReadFile(filepath.Join(r.dir, name+".log")); err == nil {
					t.Logf("%s log (tail):\n%s", name, tail(string(b), 3000))
				}
			}
		}
		nc.Close()
		r.ns.Shutdown()
		r.ns.WaitForShutdown()
	})
	return r
}

func freePort(t testing.TB) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func (r *rig) natsURL() string { return "nats://127.0.0.1:" + strconv.Itoa(r.port) }

// startNATS starts (or restarts) the server on the same port and store.
func (r *rig) startNATS() {
	ns, err := bus.StartServer(bus.ServerOptions{Port: r.port, StoreDir: filepath.Join(r.dir, "nats"), MaxPayload: 64 << 20})
	if err != nil {
		r.t.Fatal(err)
	}
	r.ns = ns
}

func (r *rig) stopNATS() {
	r.ns.Shutdown()
	r.ns.WaitForShutdown()
}

// start runs a worker binary against the rig's NATS and proxy.
func (r *rig) start(name string, extra ...string) {
	p := &proc{name: name, args: []string{bins[name]}, log: filepath.Join(r.dir, name+".log"), env: append([]string{
		"NATS_URL=" + r.natsURL(),
		"ES_URL=" + r.proxy.URL(),
		"ES_INDEX=" + r.prefix,
		"ADMIN_ADDR=127.0.0.1:0",
		"LOG_LEVEL=info",
	}, extra...)}
	p.start(r.t)
	r.workers[name] = p
}

// signal sends sig to a worker and waits for it to exit.
func (r *rig) signal(name string, sig syscall.Signal) (exit error, took time.Duration) {
	w := r.workers[name]
	start := time.Now()
	if err := w.cmd.Process.Signal(sig); err != nil {
		r.t.Fatal(err)
	}
	select {
	case err := <-w.done:
		return err, time.Since(start)
	case <-time.After(60 * time.Second):
		r.t.Fatalf("%s did not exit within 60s of %v", name, sig)
	}
	return nil, 0
}

// expect records articles [from, to) as published-to-be, with their quotes.
func (r *rig) expect(from, to int) {
	for i := from; i < to; i++ {
		a := synth.Article(i)
		n := len(quote.Extract(a.GetText()))
		r.want[a.GetId()] = n
		r.total += n
	}
}

// publish publishes articles [from, to), retrying each until JetStream
// stores it (the server may be down); it returns when all are stored.
func (r *rig) publish(ctx context.Context, from, to int) error {
	for i := from; i < to; i++ {
		a := synth.Article(i)
		data, err := proto.Marshal(a)
		if err != nil {
			return err
		}
		for {
			pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			_, err := bus.PublishArticle(pctx, r.js, data, a.GetId(), a.GetVersion())
			cancel()
			if err == nil {
				break
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			time.Sleep(250 * time.Millisecond)
		}
	}
	return nil
}

// publishAsync publishes in the background; wait for it with the result.
func (r *rig) publishAsync(from, to int) func() error {
	errc := make(chan error, 1)
	go func() { errc <- r.publish(r.ctx, from, to) }()
	return func() error { return <-errc }
}

// indexed is the number of quote documents Elasticsearch holds now.
func (r *rig) indexed() int64 {
	_ = r.ix.Refresh(r.ctx)
	n, err := r.ix.Count(r.ctx)
	if err != nil {
		return -1
	}
	return n
}

// waitIndexed waits until at least n documents are indexed.
func (r *rig) waitIndexed(n int64, timeout time.Duration) {
	r.t.Helper()
	deadline := time.Now().Add(timeout)
	for r.indexed() < n {
		if time.Now().After(deadline) {
			r.t.Fatalf("only %d of %d quotes indexed after %v", r.indexed(), n, timeout)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// tally is a reconciliation's outcome.
type tally struct {
	Articles, Expected, Indexed, Lost, Duplicated int
	DeadLetters                                   []string // reasons
}

func (s tally) String() string {
	return fmt.Sprintf("articles=%d quotes_expected=%d quotes_indexed=%d lost=%d duplicated=%d dead_letters=%d",
		s.Articles, s.Expected, s.Indexed, s.Lost, s.Duplicated, len(s.DeadLetters))
}

// reconcile waits until every expected quote is indexed (or timeout), then
// compares the quotes of every article in Elasticsearch with the engine's.
func (r *rig) reconcile(timeout time.Duration) tally {
	r.t.Helper()
	waitQuotes(r.ctx, r.t, r.ix, int64(r.total), timeout, "waiting")
	time.Sleep(2 * time.Second) // let anything still in flight land, to catch duplicates
	s := tallyOf(r.want, r.perArticle(), r.total)
	s.DeadLetters = r.deadLetters()
	return s
}

// waitQuotes waits until ix holds at least n quote documents or timeout
// passes, saying how far it got every 15 s (label opens the line); it
// reports the count it saw last.
func waitQuotes(ctx context.Context, t testing.TB, ix *index.Index, n int64, timeout time.Duration, label string) int64 {
	deadline := time.Now().Add(timeout)
	last := time.Now()
	for {
		_ = ix.Refresh(ctx)
		k, err := ix.Count(ctx)
		if err != nil {
			k = -1
		}
		if k >= n || time.Now().After(deadline) {
			return k
		}
		if time.Since(last) > 15*time.Second {
			t.Logf("%s: %d of %d quotes indexed", label, k, n)
			last = time.Now()
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// perArticle counts the indexed quotes of every article.
func (r *rig) perArticle() map[string]int {
	r.t.Helper()
	_ = r.ix.Refresh(r.ctx)
	return countPerArticle(r.ctx, r.t, r.ix)
}

// countPerArticle counts the indexed quotes of every article with a
// composite aggregation, page by page.
func countPerArticle(ctx context.Context, t testing.TB, ix *index.Index) map[string]int {
	got := map[string]int{}
	var after map[string]any
	for {
		agg := elastic.NewCompositeAggregation().Size(1000).
			Sources(elastic.NewCompositeAggregationTermsValuesSource("a").Field("article_id"))
		if after != nil {
			agg = agg.AggregateAfter(after)
		}
		res, err := ix.Client().Search(ix.Alias()).Size(0).Aggregation("by", agg).Do(ctx)
		if err != nil {
			t.Fatalf("aggregate quotes per article: %v", err)
		}
		c, ok := res.Aggregations.Composite("by")
		if !ok || len(c.Buckets) == 0 {
			return got
		}
		for _, b := range c.Buckets {
			got[fmt.Sprint(b.Key["a"])] = int(b.DocCount)
		}
		after = c.AfterKey
	}
}

// tallyOf compares the quotes indexed per article with those wanted.
func tallyOf(want, got map[string]int, total int) tally {
	s := tally{Articles: len(want), Expected: total}
	for id, n := range got {
		s.Indexed += n
		if w, ok := want[id]; !ok || n > w {
			s.Duplicated += n - w
		}
	}
	for id, w := range want {
		if got[id] < w {
			s.Lost += w - got[id]
		}
	}
	return s
}

// deadLetters lists the reasons of the messages in the dead-letter stream.
func (r *rig) deadLetters() []string {
	r.t.Helper()
	st, err := r.js.Stream(r.ctx, bus.DeadLetterStream)
	if err != nil {
		r.t.Fatal(err)
	}
	info, err := st.Info(r.ctx)
	if err != nil {
		r.t.Fatal(err)
	}
	var out []string
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := st.GetMsg(r.ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			r.t.Fatal(err)
		}
		out = append(out, m.Header.Get(bus.HeaderService)+": "+m.Header.Get(bus.HeaderReason))
	}
	return out
}

// check fails the test unless nothing was lost or duplicated and the dead
// letters are the wanted ones (reasons containing each of wantDLQ, in any order).
func (r *rig) check(s tally, wantDLQ ...string) {
	r.t.Helper()
	if s.Lost != 0 || s.Duplicated != 0 || s.Indexed != s.Expected {
		r.t.Errorf("reconciliation failed: %v", s)
	}
	if len(s.DeadLetters) != len(wantDLQ) {
		r.t.Errorf("dead letters: got %d %q, want %d", len(s.DeadLetters), s.DeadLetters, len(wantDLQ))
		return
	}
	for _, w := range wantDLQ {
		found := false
		for _, d := range s.DeadLetters {
			found = found || strings.Contains(d, w)
		}
		if !found {
			r.t.Errorf("no dead letter mentions %q: %q", w, s.DeadLetters)
		}
	}
}

// figures logs one line the fault script collects for the report.
func figures(t *testing.T, s tally, extra string) {
	t.Logf("FIGURES %s: %v %s", t.Name(), s, extra)
}

// consumerInfo returns a durable consumer's state.
func (r *rig) consumerInfo(stream, name string) *jetstream.ConsumerInfo {
	r.t.Helper()
	c, err := r.js.Consumer(r.ctx, stream, name)
	if err != nil {
		r.t.Fatal(err)
	}
	info, err := c.Info(r.ctx)
	if err != nil {
		r.t.Fatal(err)
	}
	return info
}

// articleCount is how many articles a test publishes: n, or FAULT_SCALE
// times n when set (a quick local run uses FAULT_SCALE=0.1).
func articleCount(n int) int {
	if f, err := strconv.ParseFloat(os.Getenv("FAULT_SCALE"), 64); err == nil && f > 0 {
		return max(100, int(float64(n)*f))
	}
	return n
}
