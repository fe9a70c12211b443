package backfill_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/backfill"
	"github.com/quotewire/quotewire/pkg/bus"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"github.com/quotewire/quotewire/pkg/natstest"
	"github.com/quotewire/quotewire/pkg/quote"
	"github.com/quotewire/quotewire/pkg/synth"
)

// archive writes n synthetic articles in one of the source formats.
func archive(t *testing.T, format string, from, n int) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "archive."+format)
	var buf bytes.Buffer
	switch format {
	case "warc", "warc.gz":
		if err := synth.WriteWARC(&buf, from, from+n, synth.WARCOptions{Gzip: format == "warc.gz", SectionEvery: 5}); err != nil {
			t.Fatal(err)
		}
	case "html":
		path = filepath.Join(dir, "pages")
		os.MkdirAll(filepath.Join(path, "sub"), 0o755)
		for i := from; i < from+n; i++ {
			os.WriteFile(filepath.Join(path, "sub", fmt.Sprintf("a%04d.html", i)), synth.HTMLPage(i), 0o644)
			if (i-from+1)%5 == 0 {
				os.WriteFile(filepath.Join(path, fmt.Sprintf("s%04d.htm", i)), synth.SectionPage(i), 0o644)
			}
		}
		os.WriteFile(filepath.Join(path, "notes.txt"), []byte("not a page"), 0o644)
		return path
	default: // jsonl, jsonl.gz, jsonl.zst
		var lines bytes.Buffer
		for i := from; i < from+n; i++ {
			a := synth.Article(i)
			b, _ := json.Marshal(map[string]any{"url": a.GetUrl(), "title": a.GetTitle(), "text": a.GetText(), "extra_cms_field": 1})
			lines.Write(b)
			lines.WriteByte('\n')
			if i == 2 {
				lines.WriteString("{not json\n\n")
				lines.WriteString(`{"url":"https://x/empty","text":"  "}` + "\n")
			}
		}
		switch {
		case strings.HasSuffix(format, ".gz"):
			zw := gzip.NewWriter(&buf)
			zw.Write(lines.Bytes())
			zw.Close()
		case strings.HasSuffix(format, ".zst"):
			zw, _ := zstd.NewWriter(&buf)
			zw.Write(lines.Bytes())
			zw.Close()
		default:
			buf = lines
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Every source type yields the articles, with the same quotes the engine
// finds in the originals, and counts what it skipped and why.
func TestSources(t *testing.T) {
	const n = 20
	want := 0
	for i := range n {
		want += len(quote.Extract(synth.Article(i).GetText()))
	}
	for _, c := range []struct {
		format  string
		skipped map[string]int
	}{
		{"jsonl", map[string]int{"invalid JSON": 1, "invalid article: text is empty": 1}},
		{"jsonl.gz", map[string]int{"invalid JSON": 1, "invalid article: text is empty": 1}},
		{"jsonl.zst", map[string]int{"invalid JSON": 1, "invalid article: text is empty": 1}},
		{"html", map[string]int{"not an article (too little text)": n / 5}},
		{"warc", map[string]int{"not an article (too little text)": n / 5}},
		{"warc.gz", map[string]int{"not an article (too little text)": n / 5}},
	} {
		t.Run(c.format, func(t *testing.T) {
			src, err := backfill.Open(archive(t, c.format, 0, n))
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			sum, err := backfill.Run(context.Background(), []backfill.Source{src}, nil, backfill.Options{DryRun: true, Out: &out})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Articles != n || sum.Quotes != want || sum.Published != 0 {
				t.Errorf("articles %d quotes %d published %d, want %d, %d, 0", sum.Articles, sum.Quotes, sum.Published, n, want)
			}
			for reason, k := range c.skipped {
				if sum.Skipped[reason] != k {
					t.Errorf("skipped %q: %d, want %d (all: %v)", reason, sum.Skipped[reason], k, sum.Skipped)
				}
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			if len(lines) != n {
				t.Fatalf("dry run printed %d lines, want %d", len(lines), n)
			}
			var first struct {
				ID, URL, Title string
				Quotes         []struct{ Text, Speaker string }
			}
			if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first.URL != synth.URL(0) || len(first.Quotes) == 0 || first.Quotes[0].Speaker == "" {
				t.Errorf("first dry-run line: %s (%v)", lines[0], err)
			}
		})
	}
	if _, err := backfill.Open(filepath.Join(t.TempDir(), "missing.warc")); err == nil {
		t.Error("a missing file: want an error")
	}
	odd := filepath.Join(t.TempDir(), "articles.csv")
	os.WriteFile(odd, []byte("a,b"), 0o644)
	if _, err := backfill.Open(odd); err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("an unknown format: %v", err)
	}
}

// --sample stops early.
func TestSample(t *testing.T) {
	src, _ := backfill.Open(archive(t, "warc.gz", 0, 30))
	sum, err := backfill.Run(context.Background(), []backfill.Source{src}, nil, backfill.Options{DryRun: true, Sample: 7})
	if err != nil || sum.Articles != 7 {
		t.Fatalf("sample 7: %d articles, %v", sum.Articles, err)
	}
}

func jetStream(t *testing.T) jetstream.JetStream {
	ns := natstest.Start(t)
	nc, err := nats.Connect(ns.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, _ := jetstream.New(nc)
	if err := bus.Setup(context.Background(), js, bus.Options{}); err != nil {
		t.Fatal(err)
	}
	return js
}

// articlesInStream reads every article id of the stream, with repeats.
func articlesInStream(t *testing.T, js jetstream.JetStream) map[string]int {
	t.Helper()
	ctx := context.Background()
	st, _ := js.Stream(ctx, bus.ArticlesStream)
	info, _ := st.Info(ctx)
	ids := map[string]int{}
	for seq := uint64(1); seq <= info.State.LastSeq; seq++ {
		m, err := st.GetMsg(ctx, seq)
		if err != nil {
			t.Fatal(err)
		}
		var a quotewirev1.Article
		if err := proto.Unmarshal(m.Data, &a); err != nil {
			t.Fatal(err)
		}
		ids[a.GetId()]++
	}
	return ids
}

// interrupting publisher: fails once after `after` publishes, like a crash.
type crashing struct {
	backfill.JetStream
	after, n int
}

func (c *crashing) Publish(ctx context.Context, a *quotewirev1.Article, data []byte) (bool, error) {
	if c.n++; c.n == c.after {
		return false, fmt.Errorf("simulated crash")
	}
	return c.JetStream.Publish(ctx, a, data)
}

// A backfill stopped midway resumes from its checkpoint: every article ends
// in the stream exactly once, nothing is missing.
func TestResume(t *testing.T) {
	js := jetStream(t)
	paths := []string{archive(t, "warc.gz", 0, 120), archive(t, "jsonl", 1000, 50)}
	var srcs []backfill.Source
	for _, p := range paths {
		s, _ := backfill.Open(p)
		srcs = append(srcs, s)
	}
	cp := filepath.Join(t.TempDir(), "backfill.checkpoint")
	ctx := context.Background()
	_, err := backfill.Run(ctx, srcs, &crashing{JetStream: backfill.JetStream{JS: js}, after: 77}, backfill.Options{Checkpoint: cp})
	if err == nil || !strings.Contains(err.Error(), "simulated crash") {
		t.Fatalf("first run: %v", err)
	}
	if _, err := backfill.Run(ctx, srcs, backfill.JetStream{JS: js}, backfill.Options{Checkpoint: cp}); err == nil || !strings.Contains(err.Error(), "--resume") {
		t.Fatalf("a second run without --resume: %v, want a refusal naming --resume", err)
	}
	sum, err := backfill.Run(ctx, srcs, backfill.JetStream{JS: js}, backfill.Options{Checkpoint: cp, Resume: true})
	if err != nil {
		t.Fatal(err)
	}
	ids := articlesInStream(t, js)
	if len(ids) != 170 {
		t.Fatalf("%d distinct articles in the stream, want 170", len(ids))
	}
	for id, k := range ids {
		if k != 1 {
			t.Fatalf("article %s stored %d times", id, k)
		}
	}
	if sum.Articles >= 170 || sum.Articles+76 < 170 {
		t.Errorf("the resumed run handled %d articles: it should start near where the first stopped", sum.Articles)
	}
	again, err := backfill.Run(ctx, srcs, backfill.JetStream{JS: js}, backfill.Options{Checkpoint: cp, Resume: true})
	if err != nil || again.Articles != 0 {
		t.Errorf("resuming a finished backfill: %d articles, %v", again.Articles, err)
	}
}

// With nobody consuming, the backfill stops at the backlog limit, and goes
// on when the extractor catches up.
func TestBackpressure(t *testing.T) {
	js := jetStream(t)
	src, _ := backfill.Open(archive(t, "jsonl", 0, 400))
	pub := backfill.JetStream{JS: js}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	done := make(chan backfill.Summary, 1)
	go func() {
		sum, err := backfill.Run(ctx, []backfill.Source{src}, pub, backfill.Options{MaxBacklog: 100})
		if err != nil {
			t.Error(err)
		}
		done <- sum
	}()
	time.Sleep(1500 * time.Millisecond)
	held, _ := pub.Backlog(ctx)
	if held < 100 || held > 100+64 {
		t.Fatalf("backlog %d with nobody consuming, want just over the limit of 100", held)
	}
	// the extractor's consumer catches up
	cons, _ := js.Consumer(ctx, bus.ArticlesStream, bus.ExtractorConsumer)
	cc, err := cons.Consume(func(m jetstream.Msg) { m.Ack() })
	if err != nil {
		t.Fatal(err)
	}
	defer cc.Stop()
	select {
	case sum := <-done:
		if sum.Published != 400 || sum.BacklogPauses == 0 {
			t.Errorf("published %d, paused %d times", sum.Published, sum.BacklogPauses)
		}
	case <-ctx.Done():
		t.Fatal("the backfill did not finish once the backlog drained")
	}
}

// --rate caps the publishing rate.
func TestRate(t *testing.T) {
	js := jetStream(t)
	src, _ := backfill.Open(archive(t, "jsonl", 0, 60))
	start := time.Now()
	sum, err := backfill.Run(context.Background(), []backfill.Source{src}, backfill.JetStream{JS: js}, backfill.Options{Rate: 100})
	if err != nil || sum.Published != 60 {
		t.Fatal(sum, err)
	}
	if el := time.Since(start); el < 400*time.Millisecond {
		t.Errorf("60 articles at 100/s took %v", el)
	}
}
