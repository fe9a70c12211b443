package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/quotewire/quotewire/pkg/quote"
)

// outletTally counts how the outlets the engine gives agree with the
// annotated ones, over the gold quotes that carry a channel label and that
// the engine finds.
type outletTally struct {
	quotes    int // labelled gold quotes found
	agree     int // same outlet, or none on both sides
	gold      int // gold quotes naming an outlet
	goldFound int // ... whose outlet the engine names
	pred      int // found quotes naming an outlet
	predRight int // ... that the gold names too
}

// add tallies one pair of outlets.
func (t *outletTally) add(gold, pred string) {
	t.quotes++
	same := sameOutlet(gold, pred)
	if gold == "" && pred == "" || same {
		t.agree++
	}
	if gold != "" {
		t.gold++
		if same {
			t.goldFound++
		}
	}
	if pred != "" {
		t.pred++
		if same {
			t.predRight++
		}
	}
}

// sameOutlet reports whether two outlet names name the same programme,
// publication or platform: the words of one within the other's, case,
// a leading "the", possessives and what a parenthesis or comma adds left
// out ("Fox News Sunday" and "Fox News Sunday (Fox)", "The Cut" and "Cut").
func sameOutlet(a, b string) bool {
	wa, wb := outletWords(a), outletWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	return containsRun(wa, wb) || containsRun(wb, wa)
}

func outletWords(s string) []string {
	if i := strings.IndexAny(s, "(,"); i >= 0 {
		s = s[:i]
	}
	words := wordsOf(s) // the scorer's words: "CNN's" is "cnn", "s"
	out := words[:0]
	for i, w := range words {
		if i == 0 && w == "the" || w == "s" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// containsRun reports whether short appears in long as consecutive words.
func containsRun(long, short []string) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		match := true
		for j := range short {
			if long[i+j] != short[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// runEvalOutlets extracts the gold articles with the engine (the built-in
// channel model) and prints how its outlets agree with the annotated ones.
func runEvalOutlets(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval-outlets", flag.ContinueOnError)
	part := fs.String("part", "", "K/N: only the articles of part K of N (the scorer's split)")
	rules := fs.Bool("rules", false, "channels and outlets of the rule cascade alone")
	predPath := fs.String("pred", "", "score these predictions (quotewire extract's output, JSON Lines) instead of extracting")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("eval-outlets: name the gold files (JSON Lines of {id, text, quotes})")
	}
	k, n := -1, 0
	if *part != "" {
		var err error
		if k, n, err = parsePart(*part); err != nil {
			return fmt.Errorf("eval-outlets: -part: %w", err)
		}
	}
	var pred map[string][]quote.Quote
	if *predPath != "" {
		var err error
		if pred, err = readPredictions(*predPath); err != nil {
			return fmt.Errorf("eval-outlets: -pred: %w", err)
		}
	}
	for _, path := range fs.Args() {
		docs, err := readGold(path)
		if err != nil {
			return fmt.Errorf("eval-outlets: %w", err)
		}
		var t outletTally
		var c confidenceTally
		for _, d := range docs {
			if k >= 0 && partOf(d.ID, n) != k {
				continue
			}
			var found []quote.Quote
			switch {
			case pred != nil:
				var ok bool
				if found, ok = pred[d.ID]; !ok {
					continue // not in the predictions: another part
				}
			case *rules:
				found = quote.ExtractRules(d.Text)
			default:
				found = quote.Extract(d.Text)
			}
			for i, j := range align(d.Quotes, found) {
				if g := d.Quotes[i]; j >= 0 && !g.Optional && g.Channel != "" {
					t.add(g.Outlet, found[j].Outlet)
					c.add(found[j].ChannelConfidence, strings.EqualFold(g.Channel, found[j].Channel))
				}
			}
		}
		fmt.Fprintf(stdout, "%s: %d labelled quotes found; outlet agreement %.3f; of %d gold outlets %.3f named alike; of %d outlets given %.3f right\n",
			path, t.quotes, ratio(t.agree, t.quotes), t.gold, ratio(t.goldFound, t.gold), t.pred, ratio(t.predRight, t.pred))
		if c.any {
			fmt.Fprintf(stdout, "%s: channels right by channel confidence: %s\n", path, c)
		}
	}
	return nil
}

// confidenceBins are the lower bounds of the channel confidence bins that
// confidenceTally reports.
var confidenceBins = []float32{0, 0.5, 0.7, 0.9}

// confidenceTally counts, per bin of channel confidence, the labelled
// quotes and those whose channel is right: a confidence that means
// something is right about as often as it says.
type confidenceTally struct {
	n, right [4]int
	any      bool // some quote carries a confidence (not -rules)
}

func (c *confidenceTally) add(conf float32, right bool) {
	c.any = c.any || conf > 0
	b := len(confidenceBins) - 1
	for b > 0 && conf < confidenceBins[b] {
		b--
	}
	c.n[b]++
	if right {
		c.right[b]++
	}
}

func (c confidenceTally) String() string {
	var parts []string
	for b, lo := range confidenceBins {
		hi := float32(1)
		if b+1 < len(confidenceBins) {
			hi = confidenceBins[b+1]
		}
		parts = append(parts, fmt.Sprintf("[%.1f,%.1f) %.3f of %d", lo, hi, ratio(c.right[b], c.n[b]), c.n[b]))
	}
	return strings.Join(parts, ", ")
}

// readPredictions reads quotewire extract's output: one {id, quotes} per
// line.
func readPredictions(path string) (map[string][]quote.Quote, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]quote.Quote{}
	dec := json.NewDecoder(bufio.NewReader(f))
	for n := 1; ; n++ {
		var a struct {
			ID     string `json:"id"`
			Quotes []struct {
				quote.Quote
				ChannelConfidence float32 `json:"channel_confidence"`
			} `json:"quotes"`
		}
		if err := dec.Decode(&a); errors.Is(err, io.EOF) {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("article %d: %w", n, err)
		}
		for _, q := range a.Quotes {
			q.Quote.ChannelConfidence = q.ChannelConfidence
			out[a.ID] = append(out[a.ID], q.Quote)
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
