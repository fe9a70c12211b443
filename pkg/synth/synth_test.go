package synth

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestArticlesAreDeterministic(t *testing.T) {
	for _, i := range []int{0, 1, 12345} {
		a, b := Article(i), Article(i)
		if a.GetText() != b.GetText() || a.GetOutlet() != b.GetOutlet() || a.GetId() != b.GetId() {
			t.Fatalf("article %d differs between two calls", i)
		}
	}
	if Article(1).GetText() == Article(2).GetText() {
		t.Fatal("articles 1 and 2 are the same")
	}
}

func TestWordsAreDistinct(t *testing.T) {
	seen := map[string]int{}
	for k := range LexiconSize {
		w := Word(k)
		if j, ok := seen[w]; ok {
			t.Fatalf("words %d and %d are both %q", j, k, w)
		}
		seen[w] = k
	}
}

// The vocabulary must look like news text's: the commonest content word a
// fraction of a percent of the words, most words rare.
func TestWordFrequenciesFallLikeZipf(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 200_000
	counts := map[string]int{}
	for range n {
		counts[ZipfWord(r)]++
	}
	top, once := 0, 0
	for _, c := range counts {
		top = max(top, c)
		if c == 1 {
			once++
		}
	}
	if share := float64(top) / n; share > 0.01 || share < 0.001 {
		t.Errorf("the commonest word is %.4f of the draws, want 0.001 to 0.01", share)
	}
	if len(counts) < 20_000 || once < len(counts)/3 {
		t.Errorf("%d distinct words, %d seen once: too few rare words", len(counts), once)
	}
}

// Popular statements are quoted many times, and most statements rarely.
func TestStatementPopularity(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	counts := map[int]int{}
	for range 100_000 {
		counts[PopularStatement(r)]++
	}
	top := 0
	for s, c := range counts {
		if s < 0 || s >= Statements {
			t.Fatalf("statement %d out of range", s)
		}
		top = max(top, c)
	}
	if top < 100 || len(counts) < 50_000 {
		t.Errorf("top statement quoted %d times, %d distinct: want a few popular ones among many", top, len(counts))
	}
}

func TestArticleQuotesItsStatements(t *testing.T) {
	a := Article(7).GetText()
	if strings.Count(a, "\"") < 4 || !strings.Contains(a, "spoke on") {
		t.Fatalf("article 7 has no quotes:\n%s", a)
	}
}
