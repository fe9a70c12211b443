package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/quotewire/quotewire/pkg/cluster"
	"github.com/quotewire/quotewire/pkg/quote"
)

// goldDoc is an article of the quality yardstick with its annotated quotes.
type goldDoc struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Quotes []goldQuote `json:"quotes"`
	raw    []byte
}

type goldQuote struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Text     string   `json:"text"`
	Channel  string   `json:"channel"`
	Outlet   string   `json:"outlet"`
	Optional bool     `json:"optional"`
	Speaker  string   `json:"speaker"`
	Mentions []string `json:"speaker_mentions"`
}

// readGold reads a gold file: JSON Lines, or one JSON object.
func readGold(path string) ([]goldDoc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var lines [][]byte
	if t := bytes.TrimSpace(raw); bytes.HasPrefix(t, []byte("{")) && !bytes.Contains(t, []byte("\n{")) {
		lines = [][]byte{t}
	} else {
		for _, l := range bytes.Split(raw, []byte("\n")) {
			if len(bytes.TrimSpace(l)) > 0 {
				lines = append(lines, l)
			}
		}
	}
	docs := make([]goldDoc, 0, len(lines))
	for i, l := range lines {
		var d goldDoc
		if err := json.Unmarshal(l, &d); err != nil {
			return nil, fmt.Errorf("%s: document %d: %w", path, i+1, err)
		}
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > len(d.Text) || q.Start > q.End || d.Text[q.Start:q.End] != q.Text {
				return nil, fmt.Errorf("%s: %s: a gold quote's offsets do not match its text", path, d.ID)
			}
		}
		d.raw = l
		docs = append(docs, d)
	}
	return docs, nil
}

// partOf is the scorer's fixed split of articles into n parts by id (the
// first 32 bits of the id's SHA-256, mod n), so that training on
// --not-part K/N and scoring --part K/N keep the same articles apart.
func partOf(id string, n int) int {
	sum := sha256.Sum256([]byte(id))
	v, _ := strconv.ParseUint(hex.EncodeToString(sum[:4]), 16, 64)
	return int(v % uint64(n))
}

// parsePart reads "K/N".
func parsePart(s string) (k, n int, err error) {
	a, b, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 2 || k < 0 || k >= n {
		return 0, 0, fmt.Errorf("part %q: want K/N with 0 <= K < N and N >= 2", s)
	}
	return k, n, nil
}

// wordsOf splits text as the scorer does: runs of letters, digits and
// underscores, lower-cased.
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
}

func dice(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	return 2 * float64(cluster.Shared(a, b)) / float64(len(a)+len(b))
}

// align pairs gold quotes with found ones as the scorer does: spans that
// overlap with word Dice >= 0.5, the best pairs first, each side once. It
// returns, per gold quote, the index of its found quote or -1.
func align(gold []goldQuote, found []quote.Quote) []int {
	type pair struct {
		d    float64
		g, f int
	}
	var pairs []pair
	for i, g := range gold {
		gw := wordsOf(g.Text)
		for j, f := range found {
			if f.Start < g.End && g.Start < f.End {
				if d := dice(gw, wordsOf(f.Text)); d >= 0.5 {
					pairs = append(pairs, pair{d, i, j})
				}
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool {
		if pairs[a].d != pairs[b].d {
			return pairs[a].d > pairs[b].d
		}
		if pairs[a].g != pairs[b].g {
			return pairs[a].g > pairs[b].g
		}
		return pairs[a].f > pairs[b].f
	})
	out := make([]int, len(gold))
	for i := range out {
		out[i] = -1
	}
	used := map[int]bool{}
	for _, p := range pairs {
		if out[p.g] < 0 && !used[p.f] {
			out[p.g], used[p.f] = p.f, true
		}
	}
	return out
}

// channelExamples are the labelled quotes of the gold documents: each gold
// quote with a channel that the engine finds, with the features of the
// quote it found; with keep "sentence", but those whose channel the rules
// found in their own sentence (the model never decides them; a piece of
// such a quotation takes its channel too, but is learnt from: it is the
// same kind of example as the pieces the model does decide). keptConf is
// how often the gold confirms the labels the rules keep, (right+1)/(all+2):
// the channel confidence of those quotes.
func channelExamples(docs []goldDoc, keep string) (out []quote.ChannelExample, keptConf float32) {
	right, all := 0, 0
	for _, d := range docs {
		found, feats, kept := quote.ChannelFeatures(d.Text)
		for i, j := range align(d.Quotes, found) {
			g := d.Quotes[i]
			if j < 0 || g.Optional || g.Channel == "" {
				continue
			}
			if keep == quote.KeepSentence && kept[j].Kept == quote.KeptRule {
				// the rules' label stands: the model never decides it
				all++
				if found[j].Channel == strings.ToLower(g.Channel) {
					right++
				}
				continue
			}
			out = append(out, quote.ChannelExample{Features: feats[j], Label: strings.ToLower(g.Channel), Group: d.ID})
		}
	}
	return out, float32(math.Round(float64(right+1)/float64(all+2)*1000) / 1000)
}

// runTrainChannel trains the channel classifier on gold files and writes
// the model file. The same files and flags give the same bytes.
func runTrainChannel(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("train-channel", flag.ContinueOnError)
	out := fs.String("o", "pkg/quote/data/channel.model", "model file to write")
	notPart := fs.String("not-part", "", "K/N: train on every article except part K of N (the scorer's split), to score part K")
	threshold := fs.Float64("threshold", 0.3, "below this probability a quote's channel is unknown")
	epochs := fs.Int("epochs", 15, "passes over the data")
	l2 := fs.Float64("l2", 3e-3, "weight decay per step")
	rate := fs.Float64("rate", 0.3, "AdaGrad step")
	minDocs := fs.Int("min-articles", 2, "a feature seen in fewer articles is left out")
	wordL2 := fs.Float64("word-l2", 10, "L2 multiplier of the words around the quote")
	below := fs.String("below", "unknown", "what an unsure quote gets: unknown, or rules (the rule cascade's label)")
	keep := fs.String("keep", quote.KeepSentence, "sentence: the rules' label stands where they found it in the quote's own sentence (the model learns the rest); none: the model decides all")
	override := fs.Float64("override", 0.8, "the probability a label needs to replace the rules' unknown (no evidence)")
	blind := fs.Float64("blind", 0.5, "share of the labelled quotes learnt a second time without the rules' verdict, so the cues carry weight of their own")
	goldens := fs.String("goldens", "", "a directory of golden files (NAME.txt with NAME.golden.json, as pkg/quote/testdata/extract) whose quotes are learnt too")
	shuffles := fs.Int("shuffles", 20, "fits averaged, each over its own order of the examples")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("train-channel: name the gold files to train on (JSON Lines of {id, text, quotes})")
	}
	if *keep != quote.KeepSentence && *keep != "none" {
		return fmt.Errorf("train-channel: -keep %q: want sentence or none", *keep)
	}
	docs, sum, selection, err := loadGoldSet(fs.Args(), *notPart, *goldens)
	if err != nil {
		return fmt.Errorf("train-channel: %w", err)
	}
	examples, keptConf := channelExamples(docs, *keep)
	header := fmt.Sprintf("trained on %s, %d articles, %d labelled quotes\ntraining data sha256: %s\noptions: epochs=%d rate=%g l2=%g min-articles=%d word-l2=%g threshold=%g below=%s keep=%s override=%g shuffles=%d blind=%g engine=%s",
		selection, len(docs), len(examples), sum, *epochs, *rate, *l2, *minDocs, *wordL2, *threshold, *below, *keep, *override, *shuffles, *blind, quote.Version)
	m, err := quote.TrainChannelModel(examples, quote.TrainOptions{Epochs: *epochs, Rate: *rate, L2: *l2, MinCount: *minDocs, WordL2: *wordL2, Below: *below, Keep: *keep, Override: float32(*override), KeptConfidence: keptConf, Seed: 1, Shuffles: *shuffles, Blind: *blind, Threshold: float32(*threshold), Header: header})
	if err != nil {
		return fmt.Errorf("train-channel: %w", err)
	}
	if err := os.WriteFile(*out, m.Encode(), 0o644); err != nil {
		return fmt.Errorf("train-channel: %w", err)
	}
	fmt.Fprintf(stdout, "%s: %d features, %d labelled quotes from %d articles\n", *out, len(m.Features), len(examples), len(docs))
	return nil
}

// loadGoldSet reads the gold files, keeps every article but part notPart
// ("K/N", or "" for all), adds the golden files of the directory goldens
// (none for ""; they are in no part: the scorer never sees them), and
// returns them with the sha256 of what was kept and a description of the
// selection.
func loadGoldSet(paths []string, notPart, goldens string) (docs []goldDoc, sum, selection string, err error) {
	k, n := -1, 0
	if notPart != "" {
		if k, n, err = parsePart(notPart); err != nil {
			return nil, "", "", fmt.Errorf("-not-part: %w", err)
		}
	}
	var names []string
	h := sha256.New()
	for _, path := range paths {
		ds, err := readGold(path)
		if err != nil {
			return nil, "", "", err
		}
		names = append(names, filepath.Base(path))
		for _, d := range ds {
			if k >= 0 && partOf(d.ID, n) == k {
				continue
			}
			h.Write(d.raw)
			h.Write([]byte{'\n'})
			docs = append(docs, d)
		}
	}
	selection = strings.Join(names, " ") + ": all articles"
	if notPart != "" {
		selection += " but part " + notPart
	}
	if goldens != "" {
		gs, err := readGoldens(goldens)
		if err != nil {
			return nil, "", "", err
		}
		for _, d := range gs {
			h.Write(d.raw)
			h.Write([]byte{'\n'})
		}
		docs = append(docs, gs...)
		selection += fmt.Sprintf(", and %d golden files", len(gs))
	}
	return docs, hex.EncodeToString(h.Sum(nil)), selection, nil
}

// readGoldens reads the golden files of dir as gold documents: each
// NAME.txt with the quotations (kind "quote") its NAME.golden.json expects,
// with their channel, outlet and speaker. A golden is a reviewed reading of
// sentences written for the tests; learnt with the yardstick, it teaches
// the classifier a cue in the words of no one article. raw is the two
// files, for the training data's hash.
func readGoldens(dir string) ([]goldDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.golden.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("goldens %s: no *.golden.json files", dir)
	}
	sort.Strings(paths)
	docs := make([]goldDoc, 0, len(paths))
	for _, path := range paths {
		name := strings.TrimSuffix(path, ".golden.json")
		text, err := os.ReadFile(name + ".txt")
		if err != nil {
			return nil, err
		}
		js, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		var g struct {
			Quotes []struct {
				goldQuote
				Mention string `json:"mention"`
				Kind    string `json:"kind"`
			} `json:"quotes"`
		}
		if err := json.Unmarshal(js, &g); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		d := goldDoc{ID: "golden:" + filepath.Base(name), Text: string(text), raw: append(append(text, 0), js...)}
		for _, q := range g.Quotes {
			if q.Kind != string(quote.KindQuote) {
				continue
			}
			if q.Start < 0 || q.End > len(d.Text) || q.Start > q.End || d.Text[q.Start:q.End] != q.Text {
				return nil, fmt.Errorf("%s: a quote's offsets do not match its text", path)
			}
			if q.Mention != "" {
				q.Mentions = []string{q.Mention}
			}
			d.Quotes = append(d.Quotes, q.goldQuote)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// loadChannelModel reads a model file for `extract -channel-model`.
func loadChannelModel(path string) (*quote.ChannelModel, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return quote.DecodeChannelModel(b)
}
