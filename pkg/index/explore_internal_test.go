package index

import (
	"testing"

	"github.com/quotewire/quotewire/pkg/cluster"
)

func TestCompareToPost(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, quote, post, want string
	}{
		{"short post, word for word", "That's what I promised and that's what we did.", "That's what I promised and that's what we did.", "full"},
		{"short quote inside a post", "That's what I promised and that's what we did.", "Proud of this town. That's what I promised and that's what we did! #vote", "part"},
		{"short quote sharing a word", "That's what I promised and that's what we did.", "I promised nothing of the kind and you know it", ""},
		{"too short to tell", "I did.", "I did.", ""},
		{"whole quote", "We will rebuild the bridge and the school this year.", "We will rebuild the bridge and the school this year", "full"},
		{"quote inside a post", "We will rebuild the bridge and the school this year.", "Big news today! We will rebuild the bridge and the school this year. Thanks to all", "part"},
		{"post inside a quote", "We will rebuild the bridge and the school this year, and the library after that.", "We will rebuild the bridge and the school this year", "longer"},
		{"one word changed", "We will rebuild the bridge and the school this year.", "We will rebuild the bridge and the library this year", "edited"},
		{"the same words scattered in a hostile post", "We will rebuild the bridge and the school this year.",
			"<script>alert(1)</script> year after year the school board lies, the bridge is a joke, rebuild? never. this is fraud", ""},
		{"a rant sharing most content words in another order", "The mayor promised a new bridge and a new school.",
			"School? Bridge? New? The mayor promised nothing new, a lie and a bridge too far", ""},
	} {
		extent, _, _ := compareToPost(cluster.Words(c.quote), PostWords(c.post))
		if extent != c.want {
			t.Errorf("%s: extent %q, want %q", c.name, extent, c.want)
		}
	}
}
