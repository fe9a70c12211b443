// Package synth writes synthetic news articles for load and fault tests and
// benchmarks: deterministic (article i is always the same), varied enough in
// speakers, cues and channels to exercise the engine, and free of any real
// article's text.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/quotewire/quotewire/pkg/article"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"google.golang.org/protobuf/types/known/timestamppb"
)

var (
	firsts  = []string{"Amara", "Bruno", "Celia", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Keiko", "Luis", "Mina", "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Victor"}
	lasts   = []string{"Okafor", "Lindqvist", "Moreau", "Petrov", "Castillo", "Haddad", "Brandt", "Tanaka", "Ferreira", "Weber", "Sato", "Navarro", "Kowalski", "Eriksen", "Ivanova", "Novak", "Delgado", "Rahman", "Quinn", "Marsh"}
	roles   = []string{"the mayor", "a council member", "the union leader", "the chief executive", "the coach", "the researcher", "the senator", "the singer"}
	topics  = []string{"the budget", "the new bridge", "the harbour plan", "the election", "the tour", "the trial", "the school reform", "the storm damage", "the merger", "the vaccine rollout"}
	verbs   = []string{"said", "told reporters", "added", "explained", "wrote on Instagram", "tweeted", "said in a statement", "told the Harbour Times"}
	openers = []string{"We will not stop until", "Nobody expected that", "I am proud that", "It is clear to everyone that", "The numbers show that", "Frankly, I think", "Our team knows that", "People deserve to hear that"}
	endings = []string{"the work is finished", "we got this right", "the city will recover", "everyone played a part", "the costs are under control", "the plan is working", "we listened to the residents", "this is only the start"}
	links   = []string{"because", "and", "even though", "now that", "which is why", "so"}
	nouns   = strings.Fields(`budget bridge harbour school hospital council market river library stadium museum airport
		railway factory union police court farm festival theatre clinic pension tariff housing energy water climate
		vaccine election campaign coalition league season orchestra album studio newsroom archive report inquiry
		ferry tunnel canal harvest drought flood storm wildfire bakery brewery shipyard mine quarry port market`)
	tails = []string{"needs more money", "will reopen soon", "was a success", "is in trouble", "belongs to everyone",
		"cannot wait any longer", "has been ignored for years", "deserves better", "is finally moving", "has my support",
		"will be on time", "needs a new plan"}
	filler = []string{
		"The meeting ran late into the evening as residents queued to speak.",
		"Officials released the figures on Tuesday after weeks of delay.",
		"Critics have questioned the timing of the announcement.",
		"The proposal goes to a vote next month.",
		"Several groups have already promised to appeal the decision.",
		"Local businesses said they were watching the outcome closely.",
	}
)

// URL is the address of synthetic article i.
func URL(i int) string { return fmt.Sprintf("https://synthetic.example/news/%d", i) }

// Article returns synthetic article i (version 1), with 2 to 5 quotes by one
// or two speakers.
func Article(i int) *quotewirev1.Article {
	r := rand.New(rand.NewPCG(uint64(i), 0x9e3779b97f4a7c15))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	name := func() string { return pick(firsts) + " " + pick(lasts) }
	a, b := name(), name()
	topic := pick(topics)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s, %s, spoke on %s on Monday. %s\n\n", a, pick(roles), topic, pick(filler))
	n := 2 + r.IntN(4)
	for q := range n {
		speaker := a
		if q%2 == 1 {
			speaker = b
		}
		line := fmt.Sprintf("%s %s", pick(openers), pick(endings))
		if r.IntN(2) == 0 {
			line += fmt.Sprintf(", %s the %s %s", pick(links), pick(nouns), pick(tails))
		}
		switch r.IntN(3) {
		case 0:
			fmt.Fprintf(&sb, "\"%s,\" %s %s.", line, speaker, pick(verbs))
		case 1:
			fmt.Fprintf(&sb, "%s %s: \"%s.\"", speaker, pick(verbs), line)
		default:
			fmt.Fprintf(&sb, "\"%s,\" %s %s. \"And %s.\"", line, speaker, pick(verbs), pick(endings))
		}
		fmt.Fprintf(&sb, " %s\n\n", pick(filler))
	}
	fmt.Fprintf(&sb, "%s is expected to comment again on %s later this week.", b, topic)
	url := URL(i)
	return &quotewirev1.Article{
		Id:          article.IDFromURL(url),
		Version:     1,
		Url:         url,
		Title:       fmt.Sprintf("%s on %s (%d)", a, topic, i),
		Outlet:      "Synthetic Gazette",
		PublishedAt: timestamppb.New(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)),
		Language:    "en",
		Text:        sb.String(),
	}
}
