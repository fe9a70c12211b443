package quote

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
)

// The channel model trained by `make train` (quotewire train-channel) from
// the labelled dev quotes: numbers derived from them, not the data. Extract
// decides channels with it (ExtractRules, or SetChannelModel(nil), for the
// rule cascade alone): in cross-validation by article it matches the rules
// on the political articles they were written from and beats them on
// celebrity news and on articles they were not written from (README, "The
// channel classifier").
//
//go:embed data/channel.model
var embeddedModel []byte

var embedded = func() *ChannelModel {
	if len(embeddedModel) == 0 {
		return nil
	}
	m, err := DecodeChannelModel(embeddedModel)
	if err != nil {
		panic("quote: embedded channel model: " + err.Error()) // fixed at build time
	}
	return m
}()

// EmbeddedChannelModel is the model built into the engine (nil if none).
func EmbeddedChannelModel() *ChannelModel { return embedded }

// EmbeddedChannelModelBytes is the model file built into the engine.
func EmbeddedChannelModelBytes() []byte { return embeddedModel }

var channelModel = func() *atomic.Pointer[ChannelModel] {
	var p atomic.Pointer[ChannelModel]
	p.Store(embedded)
	return &p
}()

// SetChannelModel makes Extract decide channels with m (the embedded model
// by default; nil: the rule cascade alone) and returns the model it used
// before.
func SetChannelModel(m *ChannelModel) *ChannelModel { return channelModel.Swap(m) }

// ChannelExample is one labelled quote: its features (ChannelFeatures) and
// the channel an annotator gave it.
type ChannelExample struct {
	Features []string
	Label    string
	// Group names the article: a feature is kept only when MinCount
	// articles show it, so names and phrases of one story are not learnt.
	Group string
}

// TrainOptions tune TrainChannelModel; the zero value is usable.
type TrainOptions struct {
	Epochs int     // passes over the data (default 30)
	Rate   float64 // AdaGrad step (default 0.3)
	L2     float64 // weight decay per step (default 1e-4)
	// WordL2 multiplies L2 for the bag-of-words features (the words around
	// the quote), so the model leans on cues, the rules' verdict and the
	// media words more than on the words of any one story (default 10).
	WordL2   float64
	MinCount int    // a feature seen in fewer articles (example groups) is left out (default 3)
	Seed     uint64 // order of the examples in each pass
	// Shuffles is how many fits, each from its own order of the examples
	// (seeds Seed, Seed+1, ...), are averaged into the model (default 1):
	// a few passes of AdaGrad stop short of the optimum, where the order
	// decides the borderline quotes; the average holds still when the data
	// moves by a quote.
	Shuffles int
	// Blind is the share of the examples learnt a second time without the
	// rule cascade's verdict (the features VerdictFeature tells): the cues
	// themselves must then carry the label, which they still do where the
	// rules, written from other articles, miss. Which examples is fixed by
	// their article and place, so the model stays reproducible.
	Blind     float64
	Threshold float32 // below this probability the label is "unknown" (or Below)
	Below     string  // "unknown" (the default) or "rules": what an unsure quote gets
	Keep      string  // KeepSentence: the rules' labels found in the quote's sentence stand
	Override  float32 // the probability a label needs to replace the rules' "unknown"
	// KeptConfidence is the channel confidence of the quotes a KeepSentence
	// model leaves to the rules: the share of such labels the training
	// data confirms (the trainer measures it).
	KeptConfidence float32
	// Header is written into the model file (what it was trained on).
	Header string
}

// TrainChannelModel fits a multinomial logistic regression with AdaGrad
// and L2, deterministically: the same examples and options give the same
// model, bit for bit.
func TrainChannelModel(examples []ChannelExample, o TrainOptions) (*ChannelModel, error) {
	if o.Epochs <= 0 {
		o.Epochs = 30
	}
	if o.Rate <= 0 {
		o.Rate = 0.3
	}
	if o.L2 <= 0 {
		o.L2 = 1e-4
	}
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.WordL2 <= 0 {
		o.WordL2 = 10
	}
	examples = withBlind(examples, o.Blind)
	classOf := map[string]int{}
	for i, c := range Channels {
		classOf[c] = i
	}
	// features seen in at least MinCount articles, rows in hash order
	count := map[uint64]int{}
	groupSeen := map[uint64]string{}
	isWord := map[uint64]bool{}
	exs := make([][]uint64, len(examples))
	labels := make([]int, len(examples))
	for i, ex := range examples {
		c, ok := classOf[ex.Label]
		if !ok {
			return nil, fmt.Errorf("example %d: unknown channel %q", i, ex.Label)
		}
		labels[i] = c
		seen := map[uint64]bool{}
		for _, f := range ex.Features {
			h := HashFeature(f)
			if wordFeature(f) {
				isWord[h] = true
			}
			if !seen[h] {
				seen[h] = true
				exs[i] = append(exs[i], h)
				if g, ok := groupSeen[h]; !ok || g != ex.Group || ex.Group == "" {
					count[h]++
					groupSeen[h] = ex.Group
				}
			}
		}
	}
	var kept []uint64
	for h, n := range count {
		if n >= o.MinCount {
			kept = append(kept, h)
		}
	}
	slices.Sort(kept)
	m := &ChannelModel{Classes: slices.Clone(Channels), Features: make(map[uint64]int32, len(kept)), Threshold: o.Threshold, Header: o.Header, Below: o.Below, Keep: o.Keep, Override: o.Override, KeptConfidence: o.KeptConfidence}
	for r, h := range kept {
		m.Features[h] = int32(r)
	}
	rows := make([][]int32, len(exs))
	for i, hs := range exs {
		for _, h := range hs {
			if r, ok := m.Features[h]; ok {
				rows[i] = append(rows[i], r)
			}
		}
	}
	n := len(m.Classes)
	decay := make([]float64, len(kept))
	for r, h := range kept {
		decay[r] = o.L2
		if isWord[h] {
			decay[r] *= o.WordL2
		}
	}
	w := make([]float64, len(kept)*n)
	g := make([]float64, len(kept)*n) // AdaGrad accumulators
	b, gb := make([]float64, n), make([]float64, n)
	p := make([]float64, n)
	order := make([]int, len(rows))
	sumW, sumB := make([]float64, len(w)), make([]float64, n)
	shuffles := max(o.Shuffles, 1)
	for s := range shuffles {
		clear(w)
		clear(g)
		clear(b)
		clear(gb)
		for i := range order {
			order[i] = i
		}
		fitOnce(rows, labels, decay, w, g, b, gb, p, order, o, o.Seed+uint64(s))
		for k := range w {
			sumW[k] += w[k]
		}
		for c := range n {
			sumB[c] += b[c]
		}
	}
	for k := range w {
		w[k] = sumW[k] / float64(shuffles)
	}
	for c := range n {
		b[c] = sumB[c] / float64(shuffles)
	}
	m.Weights = make([]float32, len(w))
	for k := range w {
		m.Weights[k] = quantize(w[k])
	}
	m.Bias = make([]float32, n)
	for c := range n {
		m.Bias[c] = quantize(b[c])
	}
	return m.Ready(), nil
}

// fitOnce runs o.Epochs passes of AdaGrad over the examples (rows of
// feature rows, their labels) in orders drawn from seed, into the weights
// w and b and their accumulators g and gb; p is scratch.
func fitOnce(rows [][]int32, labels []int, decay, w, g, b, gb, p []float64, order []int, o TrainOptions, seed uint64) {
	n := len(b)
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	for range o.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			for c := range n {
				p[c] = b[c]
			}
			for _, r := range rows[i] {
				for c := range n {
					p[c] += w[int(r)*n+c]
				}
			}
			softmax(p)
			for c := range n {
				grad := p[c]
				if c == labels[i] {
					grad--
				}
				gb[c] += grad * grad
				b[c] -= o.Rate * grad / math.Sqrt(gb[c]+1e-8)
				if grad == 0 {
					continue
				}
				for _, r := range rows[i] {
					k := int(r)*n + c
					gk := grad + decay[r]*w[k]
					g[k] += gk * gk
					w[k] -= o.Rate * gk / math.Sqrt(g[k]+1e-8)
				}
			}
		}
	}
}

// withBlind appends to examples a copy without the rules' verdict of the
// share blind of them, chosen by a hash of their article and index.
func withBlind(examples []ChannelExample, blind float64) []ChannelExample {
	if blind <= 0 {
		return examples
	}
	out := slices.Clip(examples)
	for i, ex := range examples {
		if float64(hashBytes(fmt.Appendf(nil, "%s/%d", ex.Group, i))%1000) >= blind*1000 {
			continue
		}
		copied := ChannelExample{Label: ex.Label, Group: ex.Group}
		for _, f := range ex.Features {
			if !VerdictFeature(f) {
				copied.Features = append(copied.Features, f)
			}
		}
		out = append(out, copied)
	}
	return out
}

// wordFeature tells the bag-of-words features from the others.
func wordFeature(name string) bool {
	for _, p := range []string{"s:", "b:", "p:", "q:"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func softmax(p []float64) {
	hi := p[0]
	for _, v := range p {
		hi = max(hi, v)
	}
	sum := 0.0
	for i, v := range p {
		p[i] = math.Exp(v - hi)
		sum += p[i]
	}
	for i := range p {
		p[i] /= sum
	}
}

// Weights are stored as 16-bit fixed point: steps of 1/weightScale.
const weightScale = 2048

func quantize(v float64) float32 {
	q := math.Round(v * weightScale)
	q = max(min(q, math.MaxInt16), math.MinInt16)
	return float32(q / weightScale)
}

const modelMagic = "quotewire channel model"

// Encode writes the model: a text header (its features, classes,
// threshold, what it was trained on), then each feature's hash and
// weights, in hash order, as little-endian 16-bit fixed point.
func (m *ChannelModel) Encode() []byte {
	var b bytes.Buffer
	below := m.Below
	if below == "" {
		below = "unknown"
	}
	keep := m.Keep
	if keep == "" {
		keep = "none"
	}
	fmt.Fprintf(&b, "%s\nfeatures: %s\nclasses: %s\nthreshold: %s\nbelow: %s\nkeep: %s\noverride: %s\nkept-confidence: %s\nrows: %d\n", modelMagic, FeatureVersion,
		strings.Join(m.Classes, ","), strconv.FormatFloat(float64(m.Threshold), 'f', -1, 32), below, keep,
		strconv.FormatFloat(float64(m.Override), 'f', -1, 32), strconv.FormatFloat(float64(m.KeptConfidence), 'f', -1, 32), len(m.Features))
	for _, line := range strings.Split(strings.TrimSpace(m.Header), "\n") {
		if line != "" {
			fmt.Fprintf(&b, "# %s\n", line)
		}
	}
	b.WriteString("\n")
	hashes := make([]uint64, 0, len(m.Features))
	for h := range m.Features {
		hashes = append(hashes, h)
	}
	slices.Sort(hashes)
	n := len(m.Classes)
	put16 := func(v float32) { _ = binary.Write(&b, binary.LittleEndian, int16(math.Round(float64(v)*weightScale))) }
	for _, h := range hashes {
		_ = binary.Write(&b, binary.LittleEndian, h)
		r := int(m.Features[h])
		for _, v := range m.Weights[r*n : r*n+n] {
			put16(v)
		}
	}
	for _, v := range m.Bias {
		put16(v)
	}
	return b.Bytes()
}

// DecodeChannelModel reads a model Encode wrote.
func DecodeChannelModel(data []byte) (*ChannelModel, error) {
	rd := bufio.NewReader(bytes.NewReader(data))
	m := &ChannelModel{}
	rows := -1
	var header []string
	for first := true; ; first = false {
		line, err := rd.ReadString('\n')
		if err != nil {
			return nil, errors.New("channel model: header ends early")
		}
		line = strings.TrimSuffix(line, "\n")
		if first {
			if line != modelMagic {
				return nil, errors.New("channel model: not a model file")
			}
			continue
		}
		if line == "" {
			break
		}
		if rest, ok := strings.CutPrefix(line, "# "); ok {
			header = append(header, rest)
			continue
		}
		k, v, _ := strings.Cut(line, ": ")
		switch k {
		case "features":
			if v != FeatureVersion {
				return nil, fmt.Errorf("channel model: trained on features %s, the engine computes %s", v, FeatureVersion)
			}
		case "classes":
			m.Classes = strings.Split(v, ",")
		case "threshold":
			t, err := strconv.ParseFloat(v, 32)
			if err != nil {
				return nil, fmt.Errorf("channel model: threshold %q", v)
			}
			m.Threshold = float32(t)
		case "below":
			if v != "unknown" && v != "rules" {
				return nil, fmt.Errorf("channel model: below %q: want unknown or rules", v)
			}
			m.Below = v
		case "keep":
			if v != "none" && v != KeepSentence {
				return nil, fmt.Errorf("channel model: keep %q: want none or %s", v, KeepSentence)
			}
			if v == KeepSentence {
				m.Keep = v
			}
		case "override":
			t, err := strconv.ParseFloat(v, 32)
			if err != nil || t < 0 || t > 1 {
				return nil, fmt.Errorf("channel model: override %q", v)
			}
			m.Override = float32(t)
		case "kept-confidence":
			t, err := strconv.ParseFloat(v, 32)
			if err != nil || t < 0 || t > 1 {
				return nil, fmt.Errorf("channel model: kept-confidence %q", v)
			}
			m.KeptConfidence = float32(t)
		case "rows":
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return nil, fmt.Errorf("channel model: rows %q", v)
			}
			rows = n
		}
	}
	n := len(m.Classes)
	if n < 2 || rows < 0 {
		return nil, errors.New("channel model: no classes or rows in the header")
	}
	m.Header = strings.Join(header, "\n")
	m.Features = make(map[uint64]int32, rows)
	m.Weights = make([]float32, 0, rows*n)
	body, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("channel model: %w", err)
	}
	row := 8 + 2*n // a feature's hash, then its weight for each class
	need := rows*row + 2*n
	if len(body) < need {
		return nil, fmt.Errorf("channel model: %d rows and the bias need %d bytes, the file holds %d", rows, need, len(body))
	}
	if len(body) > need {
		return nil, errors.New("channel model: data after the bias")
	}
	get16 := func(b []byte) float32 { return float32(int16(binary.LittleEndian.Uint16(b))) / weightScale }
	for r := range rows {
		b := body[r*row : (r+1)*row]
		m.Features[binary.LittleEndian.Uint64(b)] = int32(r)
		for c := range n {
			m.Weights = append(m.Weights, get16(b[8+2*c:]))
		}
	}
	bias := body[rows*row:]
	for c := range n {
		m.Bias = append(m.Bias, get16(bias[2*c:]))
	}
	return m.Ready(), nil
}
