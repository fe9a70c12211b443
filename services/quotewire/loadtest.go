package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/quotewire/quotewire/pkg/api"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/service"
	"github.com/quotewire/quotewire/pkg/synth"
)

// searchMix draws the benchmark's searches as the UI sends them (API
// parameters; the direct phase turns them into the same index query the API
// runs): words drawn with the corpus's own word frequencies, phrases from
// quoted statements, speakers of quoted statements, with channels,
// clusters and facets.
func searchMix(r *rand.Rand) url.Values {
	channels := []string{"instagram", "twitter", "interview", "statement", "unknown", "press_conference"}
	words := func() string {
		if r.IntN(3) == 0 {
			return synth.ZipfWord(r) + " " + synth.ZipfWord(r)
		}
		return synth.ZipfWord(r)
	}
	speaker := func() string {
		name := synth.Speaker(synth.PopularStatement(r))
		if r.IntN(2) == 0 {
			name = name[strings.LastIndexByte(name, ' ')+1:]
		}
		return name
	}
	v := url.Values{"size": {"20"}}
	switch n := r.IntN(100); {
	case n < 35:
		v.Set("q", words())
	case n < 50:
		w := strings.Fields(strings.Trim(synth.Statement(synth.PopularStatement(r)), ",.:"))
		k := 2 + r.IntN(3)
		i := r.IntN(len(w) - k + 1)
		v.Set("q", `"`+strings.Join(w[i:i+k], " ")+`"`)
	case n < 65:
		v.Set("speaker", speaker())
		v.Set("sort", "date")
	case n < 80:
		v.Set("q", words())
		v.Set("channel", channels[r.IntN(len(channels))])
	case n < 90:
		v.Set("q", words())
		v.Set("group", "cluster")
	default:
		v.Set("speaker", speaker())
		v.Set("facets", "true")
	}
	return v
}

// postMix draws a social post: a quoted statement as its speaker posted it,
// with emoji, a hashtag or a link, sometimes shorter.
func postMix(r *rand.Rand) index.Post {
	q := synth.Statement(synth.PopularStatement(r))
	switch r.IntN(4) {
	case 0:
		q += " 🙌 #proud"
	case 1:
		q = "Thread: " + q + " https://t.co/abc123"
	case 2:
		if k := strings.LastIndexByte(q, ','); k > 0 {
			q = q[:k]
		}
	}
	return index.Post{Text: q, Platform: "twitter", Author: "@someone"}
}

type latencies struct {
	mu   sync.Mutex
	d    []time.Duration
	errs int
}

func (l *latencies) add(d time.Duration, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err != nil {
		l.errs++
		return
	}
	l.d = append(l.d, d)
}

func (l *latencies) report(name string, elapsed time.Duration) string {
	slices.Sort(l.d)
	pct := func(p float64) time.Duration {
		if len(l.d) == 0 {
			return 0
		}
		return l.d[min(len(l.d)-1, int(float64(len(l.d))*p))]
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }
	return fmt.Sprintf("%-28s %6d req %7.0f req/s  p50 %6s ms  p95 %6s ms  p99 %6s ms  max %6s ms  errors %d",
		name, len(l.d), float64(len(l.d))/elapsed.Seconds(), ms(pct(.5)), ms(pct(.95)), ms(pct(.99)), ms(pct(1)), l.errs)
}

// measure keeps clients busy (closed loop: each sends its next request when the
// last one is answered) for d and reports the latencies.
func measure(ctx context.Context, name string, clients int, d time.Duration, seed uint64, do func(context.Context, *rand.Rand) error) string {
	var l latencies
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(seed, uint64(c)))
			for ctx.Err() == nil {
				t := time.Now()
				err := do(ctx, r)
				if ctx.Err() != nil {
					return
				}
				l.add(time.Since(t), err)
			}
		})
	}
	wg.Wait()
	return l.report(name, time.Since(start))
}

// runLoadtest measures the search API and, in the same run, the same
// queries sent straight to Elasticsearch through the index package, from
// this separate process.
func runLoadtest(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	apiURL := fs.String("url", "http://127.0.0.1:8080", "search API")
	esURL := fs.String("es", "http://127.0.0.1:9200", "Elasticsearch, for the direct queries")
	alias := fs.String("index", "quotes", "index alias")
	clients := fs.Int("c", 20, "concurrent clients")
	dur := fs.Duration("d", 20*time.Second, "duration of each phase")
	warm := fs.Duration("warmup", 10*time.Second, "unmeasured searches and provenance requests first (other draws than the measured ones), as a running service has had")
	if _, err := interleaved(fs, args); err != nil {
		return err
	}
	// the load shares the machine with what it measures: spend little
	// collecting (its direct phase reads answers as the search service does)
	service.TuneGC(service.SmallHeapGCPercent)
	ix, err := index.Open(ctx, index.Config{URL: *esURL, Prefix: *alias, Timeout: 10 * time.Second})
	if err != nil {
		return err
	}
	n, err := ix.Count(ctx)
	if err != nil {
		return err
	}
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *clients * 2}, Timeout: 10 * time.Second}
	call := func(ctx context.Context, req *http.Request) error {
		res, err := hc.Do(req.WithContext(ctx))
		if err != nil {
			return err
		}
		defer res.Body.Close()
		if _, err := io.Copy(io.Discard, res.Body); err != nil {
			return err
		}
		if res.StatusCode != http.StatusOK {
			return fmt.Errorf("status %d", res.StatusCode)
		}
		return nil
	}
	fmt.Printf("index %s: %d quotes; %d clients, closed loop, %v per phase after %v of warm-up; load from this process (pid %d)\n", *alias, n, *clients, *dur, *warm, os.Getpid())
	searchAPI := func(ctx context.Context, r *rand.Rand) error {
		req, _ := http.NewRequest("GET", *apiURL+"/v1/quotes?"+searchMix(r).Encode(), nil)
		return call(ctx, req)
	}
	provenanceAPI := func(ctx context.Context, r *rand.Rand) error {
		p := postMix(r)
		b, _ := json.Marshal(map[string]string{"text": p.Text, "platform": p.Platform, "author": p.Author})
		req, _ := http.NewRequest("POST", *apiURL+"/v1/provenance", bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		return call(ctx, req)
	}
	if *warm > 0 {
		measure(ctx, "warm-up", *clients, *warm/2, 101, searchAPI)
		measure(ctx, "warm-up", *clients, *warm/2, 102, provenanceAPI)
	}
	lines := []string{
		measure(ctx, "search via API", *clients, *dur, 1, searchAPI),
		measure(ctx, "search direct to ES", *clients, *dur, 1, func(ctx context.Context, r *rand.Rand) error {
			q, err := api.QueryFromValues(searchMix(r))
			if err != nil {
				return err
			}
			_, err = ix.Search(ctx, q)
			return err
		}),
		measure(ctx, "provenance via API", *clients, *dur, 2, provenanceAPI),
		measure(ctx, "provenance direct to ES", *clients, *dur, 2, func(ctx context.Context, r *rand.Rand) error {
			_, err := ix.Provenance(ctx, postMix(r))
			return err
		}),
		// the floor: the cheapest request Elasticsearch serves on this
		// index (match all, no hits returned, request cache off), at the same
		// concurrency; no search can answer faster than this on this machine
		measure(ctx, "floor: empty search to ES", *clients, *dur, 3, func(ctx context.Context, r *rand.Rand) error {
			req, _ := http.NewRequest("GET", strings.TrimRight(*esURL, "/")+"/"+*alias+"/_search?size=0&request_cache=false", nil)
			return call(ctx, req)
		}),
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	if ctx.Err() != nil {
		return errors.New("interrupted")
	}
	return nil
}
