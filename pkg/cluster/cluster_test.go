package cluster

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	got := Words("Don't STOP — we’re 100% sure, Señor!")
	want := []string{"dont", "stop", "were", "100", "sure", "señor"}
	if !slices.Equal(got, want) {
		t.Errorf("Words: %q, want %q", got, want)
	}
	if len(Words("💔 ... !!")) != 0 {
		t.Error("no words in emoji and punctuation")
	}
}

func TestKeysAreStable(t *testing.T) {
	a := Keys(Words("The numbers show that the city will recover, and quickly."))
	b := Keys(Words("the numbers show that the city will recover and quickly"))
	if !slices.Equal(a, b) || len(a) == 0 {
		t.Errorf("re-punctuation changed the anchors: %v vs %v", a, b)
	}
	if hashPair("a", "b") != hash("a b") {
		t.Error("hashPair differs from hash of the joined pair")
	}
}

func TestJoins(t *testing.T) {
	base := Words("Driving home from the hospital was the hardest thing I have ever done")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"driving home from the hospital was the hardest thing", true},                                  // trimmed
		{"Driving home from the hospital was truly the hardest thing I have ever done!", true},          // edited
		{"Driving home from the clinic was the hardest thing I have ever done", true},                   // a word changed
		{"Driving home from the hospital was the hardest thing I have ever done. Thank you all.", true}, // longer
		{"I think that we are going to win the hardest race", false},                                    // shares little
		{"I have ever done", false}, // function words only
	} {
		if got := Joins(Words(c.text), base); got != c.want {
			t.Errorf("Joins(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
