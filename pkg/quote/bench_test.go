package quote

import (
	"strings"
	"testing"
)

// benchArticle is a 4 KB news-style article written for the benchmark.
func benchArticle() string {
	para := []string{
		"Gov. Dana Hale answered her critics on Twitter late Tuesday, a day after the state budget passed.",
		"\u201cThis budget fixes roads, funds schools and cuts no one\u2019s pension,\u201d Hale tweeted. \u201cThat\u2019s what I promised.\u201d",
		"State Sen. Victor Crane, a Republican, was not convinced. \"The numbers simply do not add up,\" Crane said on CNN.",
		"'We've kept this secret for months and it's been the hardest thing we've ever done,' the 36-year-old singer wrote.",
		"The company said in a statement that it would refund customers, and a spokeswoman confirmed the figures.",
	}
	var b strings.Builder
	for b.Len() < 4096 {
		for _, p := range para {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkExtract(b *testing.B) {
	text := benchArticle()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}

// BenchmarkExtractRules is BenchmarkExtract with the rule cascade alone
// deciding channels: the ratio of the two is the classifier's cost.
func BenchmarkExtractRules(b *testing.B) {
	text := benchArticle()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ExtractRules(text)
	}
}
