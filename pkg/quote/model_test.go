package quote

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// goldenExamples are the golden articles' quotes labelled with their rule
// channels: our own text, enough to train a small model in tests. They are
// read once for all the tests that train (under the race detector each
// read of the golden articles takes a minute on a slow machine); the tests
// only read them.
func goldenExamples(t *testing.T) []ChannelExample {
	t.Helper()
	goldenOnce.Do(func() {
		paths, err := filepath.Glob("testdata/extract/*.txt")
		if err == nil && len(paths) == 0 {
			err = errors.New("none found")
		}
		if err != nil {
			goldenErr = fmt.Errorf("golden articles: %w", err)
			return
		}
		for _, p := range paths {
			text, err := os.ReadFile(p)
			if err != nil {
				goldenErr = err
				return
			}
			qs, feats, _ := ChannelFeatures(string(text))
			for i, q := range qs {
				goldenEx = append(goldenEx, ChannelExample{Features: feats[i], Label: q.Channel, Group: p})
			}
		}
	})
	if goldenErr != nil {
		t.Fatal(goldenErr)
	}
	return goldenEx
}

var (
	goldenOnce sync.Once
	goldenEx   []ChannelExample
	goldenErr  error
)

// Training is deterministic: the same examples and options give the same
// model file, byte for byte, and a file decodes to the model that wrote it.
func TestTrainDeterministic(t *testing.T) {
	t.Parallel()
	ex := goldenExamples(t)
	o := TrainOptions{Epochs: 5, MinCount: 2, Seed: 1, Threshold: 0.3, Header: "golden articles"}
	a, err := TrainChannelModel(ex, o)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := TrainChannelModel(ex, o)
	if !bytes.Equal(a.Encode(), b.Encode()) {
		t.Fatal("two trainings on the same data differ")
	}
	if len(a.Features) == 0 {
		t.Fatal("no feature kept")
	}
	d, err := DecodeChannelModel(a.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(d.Encode(), a.Encode()) || d.Header != "golden articles" || d.Threshold != 0.3 {
		t.Errorf("decode(encode(m)) is not m: header %q threshold %v", d.Header, d.Threshold)
	}
	o.Seed = 2
	if c, _ := TrainChannelModel(ex, o); bytes.Equal(c.Encode(), a.Encode()) {
		t.Error("another example order gave the very same weights: the seed is not used")
	}
	if _, err := TrainChannelModel([]ChannelExample{{Label: "carrier pigeon"}}, o); err == nil {
		t.Error("an unknown label was accepted")
	}
}

// Shuffles averages the fits of seeds Seed, Seed+1, ...: two shuffles are
// the mean of the two single fits (up to the weights' rounding), and one
// shuffle is the single fit.
func TestTrainAveragesShuffles(t *testing.T) {
	t.Parallel()
	ex := goldenExamples(t)
	o := TrainOptions{Epochs: 5, MinCount: 2, Seed: 1, Threshold: 0.3}
	one, _ := TrainChannelModel(ex, o)
	o.Shuffles = 1
	if m, _ := TrainChannelModel(ex, o); !bytes.Equal(m.Encode(), one.Encode()) {
		t.Fatal("Shuffles 1 differs from the single fit")
	}
	o.Seed = 2
	two, _ := TrainChannelModel(ex, o)
	o.Seed, o.Shuffles = 1, 2
	avg, _ := TrainChannelModel(ex, o)
	worst := 0.0
	for k, w := range avg.Weights {
		want := (float64(one.Weights[k]) + float64(two.Weights[k])) / 2
		worst = max(worst, math.Abs(float64(w)-want))
	}
	if worst > 1e-3 {
		t.Errorf("the averaged model is off the mean of its fits by %g", worst)
	}
	if bytes.Equal(avg.Encode(), one.Encode()) {
		t.Error("two shuffles gave the single fit")
	}
}

func TestDecodeRefusesBadModels(t *testing.T) {
	t.Parallel()
	m, err := TrainChannelModel(goldenExamples(t), TrainOptions{Epochs: 1})
	if err != nil {
		t.Fatal(err)
	}
	good := m.Encode()
	for name, data := range map[string][]byte{
		"empty":         nil,
		"not a model":   []byte("hello\n\n"),
		"old features":  bytes.Replace(good, []byte(FeatureVersion), []byte("channel-features/0"), 1),
		"truncated":     good[:len(good)-5],
		"trailing data": append(slices.Clone(good), 0),
	} {
		if _, err := DecodeChannelModel(data); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
}

// Extract with a model scores blocks of features shared by quotes once
// (classify); the result must be what scoring each quote's whole feature
// list gives.
func TestClassifyMatchesPredict(t *testing.T) {
	m, err := TrainChannelModel(goldenExamples(t), TrainOptions{Epochs: 5, MinCount: 2, Threshold: 0.4, Keep: KeepSentence, Override: 0.5, KeptConfidence: 0.77})
	if err != nil {
		t.Fatal(err)
	}
	prev := SetChannelModel(m)
	defer SetChannelModel(prev)
	paths, _ := filepath.Glob("testdata/extract/*.txt")
	checked := 0
	for _, p := range paths {
		text, _ := os.ReadFile(p)
		got := Extract(string(text))
		rules, feats, own := ChannelFeatures(string(text))
		if len(got) != len(rules) {
			t.Fatalf("%s: %d quotes with the model, %d without", p, len(got), len(rules))
		}
		for i := range got {
			hashes := make([]uint64, len(feats[i]))
			for k, f := range feats[i] {
				hashes[k] = HashFeature(f)
			}
			label, prob := m.Predict(hashes)
			want := m.choose(label, prob, rules[i].Channel, own[i].Person)
			wantConf := float32(math.Round(prob*1000) / 1000)
			if want != label {
				wantConf = -1 // the probability of another label: only its range is checked
			}
			switch own[i].Kept {
			case KeptRule:
				want, wantConf = rules[i].Channel, m.KeptConfidence
			case KeptPrevious:
				want, wantConf = got[i-1].Channel, got[i-1].ChannelConfidence
			}
			if got[i].Channel != want {
				t.Errorf("%s: quote %d: %q by blocks, %q by the whole list", p, i, got[i].Channel, want)
			}
			if c := got[i].ChannelConfidence; wantConf >= 0 && math.Abs(float64(c-wantConf)) > 0.0015 || c < 0 || c > 1 {
				t.Errorf("%s: quote %d: channel confidence %g, want %g", p, i, c, wantConf)
			}
			checked++
		}
	}
	if checked < 100 {
		t.Errorf("only %d quotes checked", checked)
	}
}

// The golden articles show every channel label at least once.
func TestGoldenCoversEveryChannel(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("testdata/extract/*.golden.json")
	seen := map[string]bool{}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var g golden
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatal(err)
		}
		for _, q := range g.Quotes {
			seen[q.Channel] = true
		}
	}
	var missing []string
	for _, c := range Channels {
		if !seen[c] {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		t.Errorf("no golden article shows %s", strings.Join(missing, ", "))
	}
}

// The built-in model decodes (it is trained by make train; see
// services/quotewire's TestTrainReproducesModel) and knows every label.
func TestEmbeddedModel(t *testing.T) {
	t.Parallel()
	m := EmbeddedChannelModel()
	if m == nil {
		t.Fatal("no channel model is built in: run make train")
	}
	if !slices.Equal(m.Classes, Channels) || len(m.Features) == 0 || !strings.Contains(m.Header, "training data sha256") {
		t.Errorf("built-in model: classes %v, %d features, header %q", m.Classes, len(m.Features), m.Header)
	}
}

// A quote whose channel the model changes loses the outlet the rules found
// for their channel: "CNN" is no outlet of a speech.
func TestChangedChannelDropsItsOutlet(t *testing.T) {
	speech := slices.Index(Channels, "speech")
	m := &ChannelModel{Classes: slices.Clone(Channels), Features: map[uint64]int32{}, Bias: make([]float32, len(Channels))}
	m.Bias[speech] = 10 // every quote a speech, whatever its features
	prev := SetChannelModel(m.Ready())
	defer SetChannelModel(prev)
	text := "The senator spoke on Sunday.\n\n\"We will win,\" Alvarez said on CNN.\n"
	rules := ExtractRules(text)
	if len(rules) != 1 || rules[0].Channel != "tv" || rules[0].Outlet != "CNN" {
		t.Fatalf("rules: %+v, want one tv quote with outlet CNN", rules)
	}
	got := Extract(text)
	if len(got) != 1 || got[0].Channel != "speech" || got[0].Outlet != "" {
		t.Errorf("model: %+v, want a speech with no outlet", got)
	}
}

// A feature's hash is the same whether the sink writes the feature's text
// (training) or hashes it without writing it (extraction).
func TestFeatureHashUnwritten(t *testing.T) {
	words := []string{"", "Said", "CNN", "told", "É", "Trump’s", "x_y", "MIXED-case"}
	var names []string
	written := featureSink{names: &names}
	var bare featureSink
	for _, a := range words {
		written.add("s:", a)
		bare.add("s:", a)
		for _, b := range words {
			written.addPair("b:", a, b)
			bare.addPair("b:", a, b)
		}
	}
	if !slices.Equal(written.hashes, bare.hashes) {
		t.Fatalf("hashes differ: written %x, unwritten %x", written.hashes, bare.hashes)
	}
	for i, n := range names {
		if got := HashFeature(n); got != bare.hashes[i] {
			t.Errorf("feature %q: HashFeature %x, sink %x", n, got, bare.hashes[i])
		}
	}
}

// TestFixedPointScoresExact checks that summing the embedded model's
// weights as 16-bit fixed point (addScores' integer path) gives the very
// scores the float64 sums give, for sets of its own features.
func TestFixedPointScoresExact(t *testing.T) {
	m := channelModel.Load()
	if m.w16 == nil {
		t.Fatal("the embedded model's weights are not fixed point")
	}
	float := *m
	float.w16 = nil
	float.weights = make([]float64, len(m.Weights))
	for k, w := range m.Weights {
		float.weights[k] = float64(w)
	}
	var hashes []uint64
	for h := range m.Features {
		hashes = append(hashes, h)
	}
	slices.Sort(hashes)
	for i := 0; i+40 <= len(hashes); i += 37 {
		set := append(hashes[i:i+40:i+40], 12345) // and one no row holds
		a := slices.Clone(m.bias)
		b := slices.Clone(m.bias)
		m.addScores(a, set)
		float.addScores(b, set)
		if !slices.Equal(a, b) {
			t.Fatalf("features %d-%d: fixed point %v, float64 %v", i, i+40, a, b)
		}
	}
}

// A network in the speaker's own title is where they work: the classifier
// reads it as the rules do, not as a medium word of the sentence or the
// article; a network the words were said on stays one.
func TestOwnTitleMediaAreNoFeatures(t *testing.T) {
	_, feats, _ := ChannelFeatures(`"We are so happy to oblige," said NBC Entertainment chairman Bob Greer.`)
	if len(feats) != 1 {
		t.Fatalf("%d quotes, want 1", len(feats))
	}
	has := func(fs []string, want string) bool { return slices.Contains(fs, want) }
	if has(feats[0], "s:nbc") || has(feats[0], "a:nbc") {
		t.Errorf("the speaker's own network is a feature: %q", feats[0])
	}
	if !has(feats[0], "x:own-medium-in-sentence") {
		t.Errorf("no own-medium feature: %q", feats[0])
	}
	_, feats, _ = ChannelFeatures(`"We are so happy to oblige," Bob Greer said on NBC.`)
	if len(feats) != 1 || !has(feats[0], "s:nbc") {
		t.Errorf("a network the words were said on is no feature: %q", feats)
	}
}

// Blind learns a share of the examples a second time without the rules'
// verdict: the copies carry the label and every other feature, the same
// examples are chosen on every run, and the share is near Blind.
func TestBlindCopiesLackTheVerdict(t *testing.T) {
	var exs []ChannelExample
	for i := range 2000 {
		exs = append(exs, ChannelExample{Features: []string{"r:tv", "rc:tv_said", "rm:tv_she", "rf:sentence", "rs:tv_sentence", "c:said", "s:network", "pr:tv"}, Label: "tv", Group: fmt.Sprint("article", i/7)})
	}
	if got := withBlind(exs, 0); len(got) != len(exs) {
		t.Fatalf("Blind 0: %d examples, want %d", len(got), len(exs))
	}
	got := withBlind(exs, 0.5)
	if n := len(got) - len(exs); n < 900 || n > 1100 {
		t.Fatalf("Blind 0.5: %d copies of 2000", n)
	}
	if again := withBlind(exs, 0.5); !slices.EqualFunc(got, again, func(a, b ChannelExample) bool { return slices.Equal(a.Features, b.Features) && a.Group == b.Group }) {
		t.Fatal("Blind chose other examples on a second run")
	}
	for _, c := range got[len(exs):] {
		if !slices.Equal(c.Features, []string{"c:said", "s:network", "pr:tv"}) || c.Label != "tv" {
			t.Fatalf("a copy: %v %q, want the cue, the words and the quote before, labelled tv", c.Features, c.Label)
		}
	}
	if len(exs[0].Features) != 8 {
		t.Fatal("Blind changed the examples it copied")
	}
}

// A model that learnt blind copies leans on the cues: where the rules'
// verdict is missing from the examples it scores, the cue alone still
// carries the label, which the model that only saw the verdict beside the
// cue gives away to the verdict.
func TestBlindLeansOnTheCues(t *testing.T) {
	var exs []ChannelExample
	for i := range 200 {
		label, verdict := "tv", "r:tv"
		if i%2 == 1 {
			label, verdict = "interview", "r:interview"
		}
		exs = append(exs, ChannelExample{Features: []string{verdict, "x:" + label + "-cue"}, Label: label, Group: fmt.Sprint(i)})
	}
	cueOnly := func(m *ChannelModel) float64 {
		scores := slices.Clone(m.bias)
		m.addScores(scores, []uint64{HashFeature("x:tv-cue")})
		return m.probability(scores, "tv")
	}
	plain, err := TrainChannelModel(exs, TrainOptions{Epochs: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	blind, err := TrainChannelModel(exs, TrainOptions{Epochs: 5, Seed: 1, Blind: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	if p, q := cueOnly(plain), cueOnly(blind); q <= p {
		t.Errorf("P(tv | the tv cue alone): %.3f with blind copies, %.3f without: want more", q, p)
	}
}
