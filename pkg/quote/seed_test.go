package quote

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

// The hand-annotated seed article of the yardstick (../shared/eval, read
// in place, never copied here) keeps every quote's speaker and channel:
// each required annotated quote is found, by the person annotated (a subset of the
// words of the name, as the scorer matches) and on the channel annotated.
// Skipped where the yardstick is absent.
func TestSeedArticle(t *testing.T) {
	data, err := os.ReadFile("../../../shared/eval/seed/gold.json")
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("the yardstick (../shared/eval) is absent")
	}
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Text   string `json:"text"`
		Quotes []struct {
			Start, End int
			Speaker    string `json:"speaker"`
			Channel    string `json:"channel"`
			Optional   bool   `json:"optional"` // the scorer neither requires nor counts it
		} `json:"quotes"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	if len(gold.Quotes) == 0 {
		t.Fatal("no annotated quotes in the seed")
	}
	got := Extract(gold.Text)
	for _, g := range gold.Quotes {
		if g.Optional {
			continue
		}
		var q *Quote
		for i := range got {
			if got[i].Start < g.End && g.Start < got[i].End {
				q = &got[i]
				break
			}
		}
		if q == nil {
			t.Errorf("%q: not found", excerpt(gold.Text[g.Start:g.End]))
			continue
		}
		if !sameWords(q.Speaker, g.Speaker) {
			t.Errorf("%q: speaker %q, annotated %q", excerpt(q.Text), q.Speaker, g.Speaker)
		}
		if q.Channel != g.Channel {
			t.Errorf("%q: channel %s, annotated %s", excerpt(q.Text), q.Channel, g.Channel)
		}
	}
}

// sameWords reports whether the words of one name are all among the
// other's ("Teigen" and "Chrissy Teigen").
func sameWords(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) == 0 || len(wb) == 0 {
		return len(wa) == len(wb)
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		found := false
		for _, v := range wb {
			found = found || v == w
		}
		if !found {
			return false
		}
	}
	return true
}

func excerpt(s string) string {
	if len(s) > 50 {
		return s[:50] + "..."
	}
	return s
}
