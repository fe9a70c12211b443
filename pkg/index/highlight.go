package index

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Highlights are marked here rather than by Elasticsearch's highlighter,
// which re-analysed every hit's text in the JVM and cost a fifth of a word
// search there. The marks show where the query's words stand in the quote,
// whichever clause of the query matched (a phrase's words, an OR's either
// side); words are compared the way the standard analyzer compares them:
// runs of letters and digits (an apostrophe inside a word keeps it whole),
// case folded.

// queryTerms are the words of a simple_query_string query, lower-cased,
// without its operators.
func queryTerms(q string) map[string]bool {
	terms := map[string]bool{}
	forWords(q, func(w string, _, _ int) { terms[strings.ToLower(w)] = true })
	return terms
}

// highlight returns text HTML-escaped with <mark> around the words in terms.
func highlight(text string, terms map[string]bool) string {
	var b strings.Builder
	b.Grow(len(text) + 32)
	last := 0
	forWords(text, func(w string, from, to int) {
		if !terms[strings.ToLower(w)] {
			return
		}
		b.WriteString(html.EscapeString(text[last:from]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(w))
		b.WriteString("</mark>")
		last = to
	})
	b.WriteString(html.EscapeString(text[last:]))
	return b.String()
}

// forWords calls fn with each word of s and its byte range.
func forWords(s string, fn func(w string, from, to int)) {
	start := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if !inWord && start >= 0 && (r == '\'' || r == '’') {
			// "don't", "Teigen's": an apostrophe between letters
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			inWord = unicode.IsLetter(next)
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			fn(s[start:i], start, i)
			start = -1
		}
		i += n
	}
	if start >= 0 {
		fn(s[start:], start, len(s))
	}
}
