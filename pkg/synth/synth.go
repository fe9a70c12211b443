// Package synth writes synthetic news articles for load and fault tests and
// benchmarks: deterministic (article i is always the same), varied enough in
// speakers, cues and channels to exercise the engine, and free of any real
// article's text.
//
// The quotes are drawn so that a million of them have the statistics of
// news quotes, which search and clustering costs depend on: content words
// from a large made-up lexicon with Zipf frequencies (a few common, most
// rare) between common English function words; statements that are quoted
// once or twice and a few that are quoted hundreds of times, sometimes
// trimmed or with a word changed; thousands of speakers and dozens of
// outlets.
package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/quotewire/quotewire/pkg/article"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"google.golang.org/protobuf/types/known/timestamppb"
)

var (
	firsts = strings.Fields(`Amara Bruno Celia Dmitri Elena Farid Greta Hiro Ines Jonas Keiko Luis Mina Nils Olga
		Pavel Rosa Sami Tara Victor Aisha Bjorn Carmen Diego Esther Felix Gloria Hassan Irene Jamal Karin Leon
		Marta Nadia Oscar Priya Rafael Sofia Tomas Ulla Vera Walter Yara Zoltan Anders Beatriz Cyrus Dalia Emil
		Fatima Gustav Helena Ivan Julia Kenji Lucia Marek Noor Omar Paula`)
	lasts = strings.Fields(`Okafor Lindqvist Moreau Petrov Castillo Haddad Brandt Tanaka Ferreira Weber Sato
		Navarro Kowalski Eriksen Ivanova Novak Delgado Rahman Quinn Marsh Abara Bergstrom Costa Dufresne Esposito
		Fischer Garcia Horvath Iqbal Jensen Kaplan Laurent Mendes Nakamura Olsen Pereira Quiroga Rossi Schmidt
		Takahashi Urban Vargas Wojcik Yilmaz Zimmermann Andersen Bauer Chen Dimitrov Egan Fontaine Gallo Hughes
		Ibrahim Jovanovic Kim Lopez Muller Nowak Ortiz Park Reyes Santos Torres Varga Wagner Young Zhang Becker
		Carter Dubois Evans Fuchs`)
	roles  = []string{"the mayor", "a council member", "the union leader", "the chief executive", "the coach", "the researcher", "the senator", "the singer"}
	topics = []string{"the budget", "the new bridge", "the harbour plan", "the election", "the tour", "the trial", "the school reform", "the storm damage", "the merger", "the vaccine rollout"}
	towns  = strings.Fields(`Harbour Northfield Eastbay Westmoor Riverton Kingsport Lakeside Millbrook Oakridge Stonegate`)
	papers = []string{"Times", "Herald", "Gazette", "Post", "Courier", "Chronicle", "Observer"}
	// cues: %s is the speaker; some name their channel or an outlet
	cues = []string{"%s said", "%s told reporters", "%s added", "%s explained", "%s wrote on Instagram", "%s tweeted",
		"%s said in a statement", "%s told the %s", "%s said on Facebook", "%s told a press conference"}
	openers = []string{"We will not stop until", "Nobody expected that", "I am proud that", "It is clear to everyone that",
		"The numbers show that", "Frankly, I think", "Our team knows that", "People deserve to hear that", "I said from the start that",
		"Let me be clear:", "The truth is that", "I believe", "We always knew", "What matters is that"}
	// clause shapes: n a noun, v a verb, a an adjective, all drawn from the lexicon
	clauses = []string{"the n will v the n", "we v the n of the n", "n is a for the n", "nobody v n like n",
		"this n has v our n", "they should v n before the n", "the a n cannot v without n", "every n in n wants a n",
		"our n and their n v together", "n was never about n", "the n of n is a and a", "we v n because of n"}
	links  = []string{"because", "and", "even though", "now that", "which is why", "so", "but"}
	filler = []string{
		"The meeting ran late into the evening as residents queued to speak.",
		"Officials released the figures on Tuesday after weeks of delay.",
		"Critics have questioned the timing of the announcement.",
		"The proposal goes to a vote next month.",
		"Several groups have already promised to appeal the decision.",
		"Local businesses said they were watching the outcome closely.",
	}
	syllables = strings.Fields(`ba be bo bu da de di do fa fe fi ka ke ki ko la le li lo lu ma me mi mo na ne ni no
		pa pe po ra re ri ro sa se si so ta te ti to va ve vi zo`)
)

// Corpus sizes.
const (
	// Version changes whenever the corpus does: benchmark indexes built
	// from an older corpus are not reused.
	Version = 2
	// LexiconSize is the number of made-up content words.
	LexiconSize = 100_000
	// Statements is the number of distinct things the speakers say.
	Statements = 1_000_000
)

// Word is content word number rank of the lexicon (0 the most common): two
// to four made-up syllables, never an English function word.
func Word(rank int) string {
	n := len(syllables)
	var b strings.Builder
	b.WriteString(syllables[rank%n])
	rank /= n
	b.WriteString(syllables[rank%n])
	for rank /= n; rank > 0; rank /= n {
		b.WriteString(syllables[rank%n])
	}
	// a final consonant keeps made-up words off short English ones
	b.WriteByte("nrstlm"[b.Len()%6])
	return b.String()
}

// ZipfWord draws a content word as news text uses them: the probability of
// the word at rank k falls as 1/k, starting at rank 30, where English
// content words begin (the clause shapes write the function words).
func ZipfWord(r *rand.Rand) string {
	const skip = 30
	k := int(skip*math.Pow(float64(LexiconSize+skip)/skip, r.Float64())) - skip
	return Word(min(k, LexiconSize-1))
}

// Speaker is the name of whoever said statement s.
func Speaker(s int) string {
	r := rand.New(rand.NewPCG(uint64(s), 0x5eed))
	return firsts[r.IntN(len(firsts))] + " " + lasts[r.IntN(len(lasts))]
}

// Statement is the text of statement s, as its speaker said it.
func Statement(s int) string {
	r := rand.New(rand.NewPCG(uint64(s), 0x57a7e))
	line := openers[r.IntN(len(openers))] + " " + clause(r)
	if r.IntN(2) == 0 {
		line += ", " + links[r.IntN(len(links))] + " " + clause(r)
	}
	return line
}

func clause(r *rand.Rand) string {
	shape := strings.Fields(clauses[r.IntN(len(clauses))])
	for i, w := range shape {
		switch w {
		case "n", "v", "a":
			shape[i] = ZipfWord(r)
		}
	}
	return strings.Join(shape, " ")
}

// PopularStatement draws a statement as articles quote them: half the time
// any statement, otherwise with a probability falling as 1/s, so that a few
// statements are quoted hundreds of times and most once or twice.
func PopularStatement(r *rand.Rand) int {
	if r.IntN(2) == 0 {
		return r.IntN(Statements)
	}
	return int(10*math.Pow(Statements/10, r.Float64())) - 10 + r.IntN(10)
}

// quoted is statement s as one article quotes it: mostly as said, sometimes
// trimmed at its last comma or with one word changed.
func quoted(s int, r *rand.Rand) string {
	text := Statement(s)
	switch n := r.IntN(10); {
	case n == 0:
		if k := strings.LastIndexByte(text, ','); k > 0 {
			text = text[:k]
		}
	case n == 1:
		words := strings.Fields(text)
		i := len(words) - 1 - r.IntN(min(3, len(words)))
		words[i] = ZipfWord(r)
		text = strings.Join(words, " ")
	}
	return text
}

// Outlet is the name of outlet k (Outlets of them).
func Outlet(k int) string {
	return towns[k%len(towns)] + " " + papers[k/len(towns)%len(papers)]
}

// Outlets is the number of synthetic outlets.
var Outlets = len(towns) * len(papers)

// URL is the address of synthetic article i.
func URL(i int) string { return fmt.Sprintf("https://synthetic.example/news/%d", i) }

// Article returns synthetic article i (version 1), with 2 to 5 quotes by one
// to five speakers, each quote named by its speaker.
func Article(i int) *quotewirev1.Article {
	r := rand.New(rand.NewPCG(uint64(i), 0x9e3779b97f4a7c15))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	n := 2 + r.IntN(4)
	said := make([]int, n)
	for q := range said {
		said[q] = PopularStatement(r)
	}
	first, last := Speaker(said[0]), Speaker(said[n-1])
	topic := pick(topics)
	outlet := Outlet(r.IntN(Outlets))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s, %s, spoke on %s on Monday. %s\n\n", first, pick(roles), topic, pick(filler))
	for _, s := range said {
		cue := pick(cues)
		if strings.Count(cue, "%s") == 2 {
			cue = fmt.Sprintf(cue, Speaker(s), Outlet(r.IntN(Outlets)))
		} else {
			cue = fmt.Sprintf(cue, Speaker(s))
		}
		line := quoted(s, r)
		switch r.IntN(3) {
		case 0:
			fmt.Fprintf(&sb, "\"%s,\" %s.", line, cue)
		case 1:
			fmt.Fprintf(&sb, "%s: \"%s.\"", cue, line)
		default:
			fmt.Fprintf(&sb, "\"%s,\" %s. \"And %s.\"", line, cue, clause(r))
		}
		fmt.Fprintf(&sb, " %s\n\n", pick(filler))
	}
	fmt.Fprintf(&sb, "%s is expected to comment again on %s later this week.", last, topic)
	url := URL(i)
	return &quotewirev1.Article{
		Id:          article.IDFromURL(url),
		Version:     1,
		Url:         url,
		Title:       fmt.Sprintf("%s on %s (%d)", first, topic, i),
		Outlet:      outlet,
		PublishedAt: timestamppb.New(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)),
		Language:    "en",
		Text:        sb.String(),
	}
}
