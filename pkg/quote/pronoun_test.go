package quote

import (
	"bytes"
	"strings"
	"testing"
)

// The model file reads back to the same weights; files for another feature
// set, with weights missing or not numbers, are refused with the reason.
func TestPronounModelFile(t *testing.T) {
	m := &PronounModel{Header: "trained on nothing\nsecond line"}
	for i := range m.Weights {
		m.Weights[i] = float64(i) - 3.25
	}
	back, err := DecodePronounModel(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if back.Weights != m.Weights || back.Header != m.Header {
		t.Errorf("round trip: got %v %q", back.Weights, back.Header)
	}
	good := string(m.Encode())
	for name, bad := range map[string]string{
		"another feature set": strings.Replace(good, PronounFeatureVersion, "pronoun-features/0", 1),
		"a weight missing":    good[:strings.LastIndex(strings.TrimSpace(good), "\n")],
		"not a number":        strings.Replace(good, "most_recent -3.2500", "most_recent NaN", 1),
		"features reordered":  strings.Replace(good, "most_recent", "second_recent", 1),
		"empty":               "",
	} {
		if _, err := DecodePronounModel([]byte(bad)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// Training learns which cue marks the right candidate, and gives the same
// weights, bit for bit, from the same examples.
func TestTrainPronounModel(t *testing.T) {
	var exs []PronounExample
	var right [][]bool
	for i := range 60 {
		// the right person spoke the quotation before; the most recent one
		// only sometimes is it
		ex := PronounExample{Names: []string{"recent", "speaker"}}
		recent := make([]float64, nPronounFeatures)
		spoke := make([]float64, nPronounFeatures)
		recent[0] = 1
		spoke[6] = 1
		if i%4 == 0 {
			spoke[0], recent[0] = 1, 0
		}
		ex.Features = [][]float64{recent, spoke}
		exs = append(exs, ex)
		right = append(right, []bool{false, true})
	}
	a := TrainPronounModel(exs, right, 1e-3, 200)
	b := TrainPronounModel(exs, right, 1e-3, 200)
	if !bytes.Equal(a.Encode(), b.Encode()) {
		t.Error("two trainings on the same examples differ")
	}
	if a.Weights[6] <= a.Weights[0] {
		t.Errorf("spoke_previous_quote %.3f should outweigh most_recent %.3f", a.Weights[6], a.Weights[0])
	}
}
