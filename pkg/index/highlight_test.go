package index

import "testing"

func TestHighlight(t *testing.T) {
	for _, c := range []struct{ query, text, want string }{
		{"plan", `Tom's <b>plan</b> works & the PLAN's fine`, `Tom&#39;s &lt;b&gt;<mark>plan</mark>&lt;/b&gt; works &amp; the PLAN&#39;s fine`},
		{`"hardest thing" | Driving`, "Driving home was the hardest thing.", "<mark>Driving</mark> home was the <mark>hardest</mark> <mark>thing</mark>."},
		{"don't -stop", "We don't stop, dont we?", "We <mark>don&#39;t</mark> <mark>stop</mark>, dont we?"},
		{"café", "Le Café, café-crème", "Le <mark>Café</mark>, <mark>café</mark>-crème"},
		{"nothing", "no match here", "no match here"},
		{"x", "", ""},
	} {
		if got := highlight(c.text, queryTerms(c.query)); got != c.want {
			t.Errorf("highlight(%q, %q)\n got %s\nwant %s", c.text, c.query, got, c.want)
		}
	}
}
