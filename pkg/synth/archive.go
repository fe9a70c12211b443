package synth

import (
	"compress/gzip"
	"fmt"
	"html"
	"io"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// HTMLPage is synthetic article i as a saved news page: navigation, the
// article with its headline, byline and date, and a footer.
func HTMLPage(i int) []byte {
	a := Article(i)
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>%s | %s</title>
<link rel="canonical" href="%s">
<meta property="og:site_name" content="%s">
<meta property="article:published_time" content="%s">
<meta name="author" content="Staff Reporter">
</head><body>
<nav><a href="/">Home</a> | <a href="/politics">Politics</a> | <a href="/culture">Culture</a> | <a href="/sport">Sport</a></nav>
<main><article>
<h1>%s</h1>
<p class="byline">By Staff Reporter</p>
`, html.EscapeString(a.GetTitle()), a.GetOutlet(), a.GetUrl(), a.GetOutlet(),
		a.GetPublishedAt().AsTime().Format(time.RFC3339), html.EscapeString(a.GetTitle()))
	for _, p := range strings.Split(a.GetText(), "\n\n") {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString(`</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm closes coast road</a></li><li><a href="/b">Council approves budget</a></li></ul></aside>
<footer><p>&copy; Synthetic Gazette. <a href="/about">About us</a> | <a href="/privacy">Privacy</a></p></footer>
</body></html>
`)
	return []byte(b.String())
}

// SectionPage is a page that is not an article: a section front of links.
func SectionPage(i int) []byte {
	return []byte(fmt.Sprintf(`<!doctype html><html><head><title>Section %d | Synthetic Gazette</title></head>
<body><nav><a href="/">Home</a></nav><h1>Latest news</h1>
<ul><li><a href="/news/%d">Story one</a></li><li><a href="/news/%d">Story two</a></li></ul>
<footer>Synthetic Gazette</footer></body></html>
`, i, i, i+1))
}

// WARCOptions shape a synthetic WARC file.
type WARCOptions struct {
	Gzip bool // one gzip member per record (.warc.gz)
	// SectionEvery adds a non-article page after every n articles (0: none).
	SectionEvery int
}

// WriteWARC writes a WARC file with a warcinfo record, then response (and
// request) records for articles [from, to), with section pages mixed in.
func WriteWARC(w io.Writer, from, to int, o WARCOptions) error {
	m := gowarc.NewMarshaler()
	put := func(rec gowarc.WarcRecord) error {
		defer rec.Close()
		if !o.Gzip {
			_, _, err := m.Marshal(w, rec, 0)
			return err
		}
		gz := gzip.NewWriter(w)
		if _, _, err := m.Marshal(gz, rec, 0); err != nil {
			return err
		}
		return gz.Close()
	}
	info := gowarc.NewRecordBuilder(gowarc.Warcinfo, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingRecordId(true))
	info.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationWarcFields)
	info.AddWarcHeaderTime(gowarc.WarcDate, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	if _, err := info.WriteString("software: quotewire synth\r\nformat: WARC File Format 1.1\r\n"); err != nil {
		return err
	}
	rec, _, err := info.Build()
	if err != nil {
		return err
	}
	if err := put(rec); err != nil {
		return err
	}
	for i := from; i < to; i++ {
		if err := writePage(put, URL(i), HTMLPage(i), i); err != nil {
			return err
		}
		if o.SectionEvery > 0 && (i-from+1)%o.SectionEvery == 0 {
			if err := writePage(put, fmt.Sprintf("https://synthetic.example/section/%d", i), SectionPage(i), i); err != nil {
				return err
			}
		}
	}
	return nil
}

// writePage writes the request and response records of one fetched page.
func writePage(put func(gowarc.WarcRecord) error, url string, body []byte, i int) error {
	when := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Second)
	req := gowarc.NewRecordBuilder(gowarc.Request, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingRecordId(true))
	req.AddWarcHeader(gowarc.WarcTargetURI, url)
	req.AddWarcHeaderTime(gowarc.WarcDate, when)
	req.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationHttp+";msgtype=request")
	if _, err := fmt.Fprintf(req, "GET %s HTTP/1.1\r\nHost: synthetic.example\r\nUser-Agent: quotewire-synth\r\n\r\n", strings.TrimPrefix(url, "https://synthetic.example")); err != nil {
		return err
	}
	rec, _, err := req.Build()
	if err != nil {
		return err
	}
	if err := put(rec); err != nil {
		return err
	}
	res := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingRecordId(true))
	res.AddWarcHeader(gowarc.WarcTargetURI, url)
	res.AddWarcHeaderTime(gowarc.WarcDate, when)
	res.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationHttp+";msgtype=response")
	if _, err := fmt.Fprintf(res, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", len(body)); err != nil {
		return err
	}
	if _, err := res.Write(body); err != nil {
		return err
	}
	rec, _, err = res.Build()
	if err != nil {
		return err
	}
	return put(rec)
}
