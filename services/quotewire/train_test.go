package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
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
	out, files := trainOnYardstick(t, runTrainChannel, "channel.model")
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

// trainOnYardstick runs a trainer on the dev gold files as make train does
// and returns the model it wrote (skipping where the yardstick is absent).
func trainOnYardstick(t *testing.T, train func([]string, io.Writer) error, name string) ([]byte, []string) {
	t.Helper()
	eval := "../../../shared/eval"
	files := []string{filepath.Join(eval, "polnear/dev.jsonl"), filepath.Join(eval, "celebrity/dev.jsonl")}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("no yardstick at %s", eval)
		}
	}
	out := filepath.Join(t.TempDir(), name)
	if err := train(append([]string{"-o", out}, files...), io.Discard); err != nil {
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
