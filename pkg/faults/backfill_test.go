//go:build faults

package faults_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/quotewire/quotewire/pkg/bus"
)

// backfillRun is what backfillKillResume measured.
type backfillRun struct {
	Articles int
	Busy     time.Duration // both backfill runs, without the pause between them
	Total    time.Duration // first publish to all quotes searchable
	tally
}

// backfillKillResume writes n synthetic articles, half as a WARC file of
// HTML pages and half as gzipped JSON Lines, backfills them with the real
// binary into the running pipeline, kills it with SIGKILL at 40%, resumes
// it, and reconciles the index.
func backfillKillResume(t testing.TB, r *rig, n int) backfillRun {
	t.Helper()
	dir := t.TempDir()
	warc, jsonl := filepath.Join(dir, "part1.warc.gz"), filepath.Join(dir, "part2.jsonl.gz")
	for _, c := range [][]string{
		{"synth", "-n", strconv.Itoa(n / 2), "-o", warc},
		{"synth", "-from", strconv.Itoa(n / 2), "-n", strconv.Itoa(n - n/2), "-o", jsonl},
	} {
		if out, err := exec.Command(bins["quotewire"], c...).CombinedOutput(); err != nil {
			t.Fatalf("quotewire %v: %v %s", c, err, out)
		}
	}
	r.expect(0, n)
	cp := filepath.Join(dir, "backfill.checkpoint")
	run := func(args ...string) (*exec.Cmd, *bytes.Buffer) {
		cmd := exec.Command(bins["quotewire"], append([]string{"backfill", "-checkpoint", cp, "-max-backlog", "5000"}, args...)...)
		cmd.Env = append(os.Environ(), "NATS_URL="+r.natsURL(), "ES_URL="+r.proxy.URL())
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, &stderr
	}
	start := time.Now()
	first, _ := run(warc, jsonl)
	st, _ := r.js.Stream(r.ctx, bus.ArticlesStream)
	for {
		info, err := st.Info(r.ctx)
		if err == nil && info.State.Msgs >= uint64(n*4/10) {
			break
		}
		if time.Since(start) > 20*time.Minute {
			t.Fatal("the backfill never reached 40%")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.Wait()
	busy := time.Since(start)
	info, _ := st.Info(r.ctx)
	t.Logf("backfill killed with %d articles in the stream", info.State.Msgs)
	resumed := time.Now()
	second, stderr := run("-resume", warc, jsonl)
	if err := second.Wait(); err != nil {
		t.Fatalf("resumed backfill: %v\n%s", err, stderr)
	}
	busy += time.Since(resumed)
	t.Logf("resumed backfill: %s", regexp.MustCompile(`read .*`).FindString(stderr.String()))
	s := r.reconcile(20 * time.Minute)
	info, _ = st.Info(r.ctx)
	if info.State.Msgs != uint64(n) {
		t.Errorf("articles stream holds %d messages for %d articles: duplicates or gaps", info.State.Msgs, n)
	}
	r.check(s)
	return backfillRun{Articles: n, Busy: busy, Total: time.Since(start) - 2*time.Second, tally: s}
}

// A backfill of WARC and JSON Lines killed with SIGKILL and resumed: every
// article in the stream once, every quote indexed once.
func TestBackfillKilledAndResumed(t *testing.T) {
	r := newRig(t)
	r.start("extractor")
	r.start("indexer")
	b := backfillKillResume(t, r, articleCount(20000))
	figures(t, b.tally, fmt.Sprintf("backfill_articles_per_s=%.0f (while the backfill ran, paced by the pipeline; SIGKILL at 40%% then --resume)", float64(b.Articles)/b.Busy.Seconds()))
}

// BenchmarkBackfill: 100,000 articles (50,000 WARC pages, 50,000 JSON Lines)
// backfilled with the real binary into the running pipeline (real worker
// binaries, NATS, Elasticsearch), killed with SIGKILL at 40% and resumed on
// the way. Run with -benchtime=1x beside BenchmarkPipeline.
func BenchmarkBackfill(b *testing.B) {
	n := 100000
	if v, err := strconv.Atoi(os.Getenv("BENCH_BACKFILL_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	for b.Loop() {
		r := newRig(b)
		r.start("extractor")
		r.start("indexer")
		res := backfillKillResume(b, r, n)
		rate := float64(res.Articles) / res.Total.Seconds()
		b.ReportMetric(rate, "backfill_articles/s")
		b.ReportMetric(float64(res.Articles)/res.Busy.Seconds(), "backfill_process_articles/s")
		b.Logf("FIGURES backfill: %d articles (half WARC, half JSON Lines), SIGKILL at 40%% and --resume: %.0f articles/s publish to searchable (%.0f/s while the backfill ran), %v",
			res.Articles, rate, float64(res.Articles)/res.Busy.Seconds(), res.tally)
	}
}
