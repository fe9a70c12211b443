package main

import "testing"

func TestSameOutlet(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Fox News Sunday", "Fox News Sunday (Fox)", true},
		{"The Cut", "Cut", true},
		{"CNN's State of the Union", "State of the Union", true},
		{"The Ellen DeGeneres Show", "Ellen", true},
		{"People", "People", true},
		{"The Sun", "The Sun on Sunday", true},
		{"The Sun", "The View", false},
		{"CNN", "", false},
		{"", "", false},
		{"Vogue", "HBO", false},
	} {
		if got := sameOutlet(c.a, c.b); got != c.want {
			t.Errorf("sameOutlet(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	var tally outletTally
	tally.add("", "")       // agree: none on both sides
	tally.add("CNN", "CNN") // agree
	tally.add("CNN", "")    // a gold outlet missed
	tally.add("", "Fox")    // an outlet given that the gold does not name
	if tally.quotes != 4 || tally.agree != 2 || tally.gold != 2 || tally.goldFound != 1 || tally.pred != 2 || tally.predRight != 1 {
		t.Errorf("tally %+v", tally)
	}
}
