package backfill

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/quotewire/quotewire/pkg/article"
)

// minArticleText is the least text (bytes) a page needs to count as an
// article; index pages, error pages and galleries fall below it.
const minArticleText = 400

// FromHTML turns a saved page into an article with readability: its main
// text (paragraphs kept), title, byline, date, site and language. pageURL is
// where the page came from ("" to read it from the page's canonical link,
// then fallback). A page that is not an article gives the reason instead.
func FromHTML(body []byte, pageURL, fallback string) (*article.JSON, string) {
	if pageURL == "" {
		pageURL = canonical(body)
	}
	if pageURL == "" {
		pageURL = fallback
	}
	u, err := url.Parse(pageURL)
	if err != nil || pageURL == "" {
		return nil, "no usable URL"
	}
	art, err := readability.FromReader(bytes.NewReader(body), u)
	if err != nil || art.Node == nil {
		return nil, "no readable content"
	}
	text := paragraphs(art.Node)
	if len(text) < minArticleText || strings.Count(text, "\n\n") < 1 {
		return nil, "not an article (too little text)"
	}
	a := &article.JSON{
		URL:      pageURL,
		Title:    strings.TrimSpace(art.Title()),
		Text:     text,
		Outlet:   strings.TrimSpace(art.SiteName()),
		Language: art.Language(),
	}
	if a.Outlet == "" && u.Host != "" {
		a.Outlet = strings.TrimPrefix(u.Host, "www.")
	}
	if by := strings.TrimSpace(art.Byline()); by != "" {
		a.Authors = []string{by}
		// a byline paragraph left in the text is not article text
		if first, rest, ok := strings.Cut(a.Text, "\n\n"); ok && len(first) < 120 && strings.Contains(first, by) {
			a.Text = rest
		}
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		a.PublishedAt = t.UTC().Format(time.RFC3339)
	}
	if err := a.Validate(); err != nil {
		return nil, "invalid article: " + reasonOf(err)
	}
	return a, ""
}

// canonical finds <link rel="canonical"> or <meta property="og:url"> in the
// head of a page.
func canonical(body []byte) string {
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			switch t.DataAtom {
			case atom.Link:
				if attr(t, "rel") == "canonical" && attr(t, "href") != "" {
					return attr(t, "href")
				}
			case atom.Meta:
				if attr(t, "property") == "og:url" && attr(t, "content") != "" {
					return attr(t, "content")
				}
			case atom.Body:
				return ""
			}
		}
	}
}

func attr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// blocks end a paragraph of article text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.Section: true, atom.Article: true, atom.Tr: true, atom.Figcaption: true, atom.Br: true,
}

// paragraphs renders a node's text with one blank line between blocks and
// single spaces inside them, the shape the extraction engine reads.
func paragraphs(n *html.Node) string {
	var out, cur strings.Builder
	flush := func() {
		p := strings.Join(strings.Fields(cur.String()), " ")
		cur.Reset()
		if p == "" {
			return
		}
		if out.Len() > 0 {
			out.WriteString("\n\n")
		}
		out.WriteString(p)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return out.String()
}
