package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/pkg/quote"
)

// The split must be the scorer's (score.py part_of), or cross-validation
// would train on the part it scores.
func TestPartOfMatchesTheScorer(t *testing.T) {
	for _, c := range []struct {
		id   string
		n    int
		want int
	}{{"celebrity:004legit", 5, 0}, {"celebrity:004legit", 7, 5}, {"a", 7, 2}, {"seed", 5, 2}} {
		if got := partOf(c.id, c.n); got != c.want {
			t.Errorf("partOf(%q, %d) = %d, want %d", c.id, c.n, got, c.want)
		}
	}
}

func TestAlignPairsLikeTheScorer(t *testing.T) {
	gold := []goldQuote{{Start: 0, End: 20, Text: "we will win the vote"}, {Start: 30, End: 40, Text: "not at all"}}
	found := []quote.Quote{{Start: 31, End: 40, Text: "nothing like it"}, {Start: 0, End: 12, Text: "we will win"}}
	if got := align(gold, found); got[0] != 1 || got[1] != -1 {
		t.Errorf("align: %v, want [1 -1] (the second shares no word)", got)
	}
}

// `make train` reproduces the built-in model from the yardstick, byte for
// byte. The yardstick lives outside the repository (../shared/eval); where
// it is absent the test has nothing to train on and skips.
func TestTrainReproducesModel(t *testing.T) {
	out, files := trainOnYardstick(t, runTrainChannel, "channel.model", "-goldens", "../../pkg/quote/testdata/extract")
	if !bytes.Equal(out, quote.EmbeddedChannelModelBytes()) {
		t.Fatal("make train gives another model than pkg/quote/data/channel.model: run make train and commit it")
	}
	path := filepath.Join(t.TempDir(), "channel.model")
	if err := runTrainChannel([]string{"-o", path}, io.Discard); err == nil {
		t.Error("train-channel without gold files: no error")
	}
	if err := runTrainChannel([]string{"-o", path, "-not-part", "5/5", files[0]}, io.Discard); err == nil {
		t.Error("-not-part 5/5: no error")
	}
}

// make train's ranker for he and she is the committed one, byte for byte.
func TestTrainSpeakerReproducesModel(t *testing.T) {
	out, _ := trainOnYardstick(t, runTrainSpeaker, "pronoun.model")
	if !bytes.Equal(out, quote.EmbeddedPronounModelBytes()) {
		t.Fatal("make train gives another ranker than pkg/quote/data/pronoun.model: run make train and commit it")
	}
	if err := runTrainSpeaker([]string{"-o", filepath.Join(t.TempDir(), "x")}, io.Discard); err == nil {
		t.Error("train-speaker without gold files: no error")
	}
}

// trainOnYardstick runs a trainer on the dev gold files, with flags, as make
// train does, and returns the model it wrote (skipping where the yardstick is absent).
func trainOnYardstick(t *testing.T, train func([]string, io.Writer) error, name string, flags ...string) ([]byte, []string) {
	t.Helper()
	eval := "../../../shared/eval"
	files := []string{filepath.Join(eval, "polnear/dev.jsonl"), filepath.Join(eval, "celebrity/dev.jsonl")}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("no yardstick at %s", eval)
		}
	}
	out := filepath.Join(t.TempDir(), name)
	if err := train(append(append(flags, "-o", out), files...), io.Discard); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return got, files
}

// No speaker the engine gives on the yardstick's articles is a pronoun, a
// single lower-case word, an abbreviation alone ("Calif.", "N.C.": a place
// after a city) or a modifier alone ("Florida-based"): it resolves them or
// gives none (the words stay in the mention). Skips where the yardstick is
// absent.
func TestNoPronounSpeakersOnDevData(t *testing.T) {
	eval := "../../../shared/eval"
	checked := 0
	for _, f := range []string{"polnear/dev.jsonl", "celebrity/dev.jsonl"} {
		docs, err := readGold(filepath.Join(eval, f))
		if err != nil {
			t.Skipf("no yardstick at %s: %v", eval, err)
		}
		for _, d := range docs {
			for _, q := range quote.Extract(d.Text) {
				s := q.Speaker
				if s == "" {
					continue
				}
				checked++
				words := strings.Fields(s)
				handle := strings.ContainsAny(s, "_@") // (an account's handle is a name: "kessel_fan22")
				if pronoun[strings.ToLower(s)] || (len(words) == 1 && !handle && (strings.ToLower(s) == s || strings.HasSuffix(s, ".") || modifier(s))) || slices.ContainsFunc(words, pronounWord) {
					t.Errorf("%s: speaker %q for %.60q", d.ID, s, q.Text)
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d speakers checked", checked)
	}
}

// modifier reports a hyphenated modifier: "Florida-based", "Texas-born".
func modifier(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// pronounWord reports a subject pronoun, alone or contracted ("I",
// "I’m", "We'd"), as one of a speaker's words ("Gradually I"; "Us
// Weekly", a magazine, stays).
func pronounWord(w string) bool {
	return subject[strings.ToLower(w)] || pronounContraction(w)
}

// pronounContraction reports a subject pronoun with a verb contracted onto
// it ("I’m", "she'd", "We've").
func pronounContraction(w string) bool {
	w = strings.ReplaceAll(w, "\u2019", "'")
	i := strings.IndexByte(w, '\'')
	return i > 0 && subject[strings.ToLower(w[:i])]
}

var subject = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true, "you": true}

var pronoun = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "you": true, "it": true,
	"him": true, "her": true, "them": true, "us": true, "me": true}

// The golden files are read as gold documents: the quotations they expect
// (not the fragments), with channel, outlet and the mention as the
// speaker's; a golden whose offsets miss its text, or a directory without
// goldens, is an error, never a silent gap in the training data.
func TestReadGoldens(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text, js string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".golden.json"), []byte(js), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := readGoldens(dir); err == nil {
		t.Error("a directory without goldens: no error")
	}
	text := `"We won," Ada Vale told Radio Nord. She called it "a gift."`
	write("001-a", text, `{"quotes": [
		{"start": 1, "end": 8, "text": "We won,", "speaker": "Ada Vale", "mention": "Ada Vale", "channel": "radio", "outlet": "Radio Nord", "kind": "quote"},
		{"start": 48, "end": 55, "text": "a gift.", "channel": "unknown", "kind": "fragment"}]}`)
	docs, err := readGoldens(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := goldQuote{Start: 1, End: 8, Text: "We won,", Speaker: "Ada Vale", Mentions: []string{"Ada Vale"}, Channel: "radio", Outlet: "Radio Nord"}
	if len(docs) != 1 || docs[0].Text != text || len(docs[0].Quotes) != 1 || !reflect.DeepEqual(docs[0].Quotes[0], want) {
		t.Fatalf("goldens read as %+v", docs)
	}
	write("002-b", text, `{"quotes": [{"start": 2, "end": 8, "text": "We won,", "kind": "quote"}]}`)
	if _, err := readGoldens(dir); err == nil || !strings.Contains(err.Error(), "002-b") {
		t.Errorf("offsets that miss the text: %v", err)
	}
}
