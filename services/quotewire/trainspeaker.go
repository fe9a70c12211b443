package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/quotewire/quotewire/pkg/quote"
)

// speakerTitles are dropped before names are compared, as the scorer does.
var speakerTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "president": true, "senator": true, "sen": true,
	"rep": true, "gov": true, "governor": true, "mayor": true, "judge": true, "rev": true, "prince": true,
	"princess": true, "king": true, "queen": true, "pope": true, "the": true}

func nameSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordsOf(s) {
		if !speakerTitles[w] {
			out[w] = true
		}
	}
	return out
}

func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// samePerson is the scorer's name match: one name's words (titles left
// out) within the other's, against the gold speaker or any of its mentions
// (cut at the first comma: "Mr. Kelly, a retired astronaut,").
func samePerson(name string, g goldQuote) bool {
	p := nameSet(name)
	if len(p) == 0 {
		return false
	}
	for _, form := range append([]string{g.Speaker}, g.Mentions...) {
		form, _, _ = strings.Cut(form, ",")
		gw := nameSet(form)
		if len(gw) > 0 && (subset(p, gw) || subset(gw, p)) {
			return true
		}
	}
	return false
}

// pronounExamples are the he and she the engine resolves for gold quotes
// with a named speaker that is among the candidates, with the right
// candidates marked.
func pronounExamples(docs []goldDoc) ([]quote.PronounExample, [][]bool) {
	var exs []quote.PronounExample
	var right [][]bool
	for _, d := range docs {
		for _, ex := range quote.PronounExamples(d.Text) {
			g := -1
			for i, q := range d.Quotes {
				if q.Start < ex.End && ex.Start < q.End && q.Speaker != "" && !q.Optional {
					g = i
					break
				}
			}
			if g < 0 {
				continue
			}
			r := make([]bool, len(ex.Names))
			any := false
			for j, name := range ex.Names {
				r[j] = samePerson(name, d.Quotes[g])
				any = any || r[j]
			}
			if any {
				exs = append(exs, ex)
				right = append(right, r)
			}
		}
	}
	return exs, right
}

// runTrainSpeaker learns the pronoun ranker's weights from gold files and
// writes the model file. The same files and flags give the same bytes.
func runTrainSpeaker(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("train-speaker", flag.ContinueOnError)
	out := fs.String("o", "pkg/quote/data/pronoun.model", "model file to write")
	notPart := fs.String("not-part", "", "K/N: train on every article except part K of N (the scorer's split), to score part K")
	epochs := fs.Int("epochs", 300, "gradient steps over all the examples")
	l2 := fs.Float64("l2", 1e-3, "weight decay")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("train-speaker: name the gold files to train on (JSON Lines of {id, text, quotes})")
	}
	docs, sum, selection, err := loadGoldSet(fs.Args(), *notPart, "")
	if err != nil {
		return fmt.Errorf("train-speaker: %w", err)
	}
	exs, right := pronounExamples(docs)
	if len(exs) == 0 {
		return errors.New("train-speaker: no pronoun with its speaker among the candidates in these files")
	}
	m := quote.TrainPronounModel(exs, right, *l2, *epochs)
	m.Header = fmt.Sprintf("trained on %s, %d articles, %d resolved pronouns\ntraining data sha256: %s\noptions: epochs=%d l2=%g engine=%s",
		selection, len(docs), len(exs), sum, *epochs, *l2, quote.Version)
	if err := os.WriteFile(*out, m.Encode(), 0o644); err != nil {
		return fmt.Errorf("train-speaker: %w", err)
	}
	fmt.Fprintf(stdout, "%s: %d pronouns from %d articles\n", *out, len(exs), len(docs))
	return nil
}
