package quote

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"testing"
	"time"
)

func BenchmarkZZDev(b *testing.B) {
	f, err := os.Open("/tmp/allin.jsonl")
	if err != nil {
		b.Skip()
	}
	defer f.Close()
	var texts []string
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		json.Unmarshal(sc.Bytes(), &a)
		texts = append(texts, a.Text)
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Extract(t)
		}
	}
}

func TestZZSizes(t *testing.T) {
	f, err := os.Open("/tmp/allin.jsonl")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	type r struct {
		n  int
		ns float64
		q  int
	}
	var rs []r
	for sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		json.Unmarshal(sc.Bytes(), &a)
		best := 1e18
		q := 0
		for i := 0; i < 5; i++ {
			st := time.Now()
			q = len(Extract(a.Text))
			if d := float64(time.Since(st).Nanoseconds()); d < best {
				best = d
			}
		}
		rs = append(rs, r{len(a.Text), best, q})
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].n < rs[j].n })
	// buckets
	for _, lim := range []int{2000, 4000, 8000, 16000, 32000, 1 << 30} {
		tb, tn, c, tq := 0.0, 0, 0, 0
		for _, x := range rs {
			if x.n <= lim && x.n > lim/2 || lim == 2000 && x.n <= 2000 {
				tb += x.ns
				tn += x.n
				c++
				tq += x.q
			}
		}
		if c > 0 {
			t.Logf("<=%d: %d articles, %.1f MB/s, %.1f quotes/KB", lim, c, float64(tn)/tb*1e3, float64(tq)/float64(tn)*1000)
		}
	}
	for _, x := range rs[len(rs)-5:] {
		t.Logf("n=%d %.1f MB/s q=%d", x.n, float64(x.n)/x.ns*1e3, x.q)
	}
}

func zzTexts(b *testing.B, lo, hi int) []string {
	f, err := os.Open("/tmp/allin.jsonl")
	if err != nil {
		b.Skip()
	}
	defer f.Close()
	var texts []string
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		json.Unmarshal(sc.Bytes(), &a)
		if len(a.Text) >= lo && len(a.Text) < hi {
			texts = append(texts, a.Text)
			n += len(a.Text)
		}
	}
	b.SetBytes(int64(n))
	return texts
}

func BenchmarkZZLong(b *testing.B) {
	texts := zzTexts(b, 10000, 1<<30)
	for b.Loop() {
		for _, t := range texts {
			Extract(t)
		}
	}
}

func BenchmarkZZShort(b *testing.B) {
	texts := zzTexts(b, 0, 4000)
	for b.Loop() {
		for _, t := range texts {
			Extract(t)
		}
	}
}
