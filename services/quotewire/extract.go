package main

import (
	"bufio"
	stdjson "encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"

	json "github.com/goccy/go-json"

	"github.com/quotewire/quotewire/pkg/article"
	"github.com/quotewire/quotewire/pkg/backfill"
	"github.com/quotewire/quotewire/pkg/quote"
)

// extractedQuote is one line item of `quotewire extract`, the contract the
// quality scorer reads.
type extractedQuote struct {
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	Mention string  `json:"mention,omitempty"`
	Cue     string  `json:"cue,omitempty"`
	Channel string  `json:"channel"`
	// ChannelConfidence is omitted with -rules (no model decided)
	ChannelConfidence float32 `json:"channel_confidence,omitempty"`
	Outlet            *string `json:"outlet"`
	Confidence        float32 `json:"confidence"`
	Kind              string  `json:"kind"`
}

type extractedArticle struct {
	ID     string           `json:"id"`
	Quotes []extractedQuote `json:"quotes"`
}

// runExtract reads articles as JSON Lines from r and writes one line of
// quotes per article to w (goccy/go-json reads and writes them: a tenth of
// the command's time with encoding/json). A bad line is reported on the log with its line
// number and skipped; the error returned counts them.
func runExtract(r io.Reader, w io.Writer, log *slog.Logger) error {
	in := bufio.NewReaderSize(r, 1<<20)
	out := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	bad := 0
	for line := 1; ; line++ {
		b, err := backfill.ReadLine(in)
		if len(b) > 0 {
			if perr := extractLine(b, enc); perr != nil {
				bad++
				log.Error("skip article", "line", line, "err", perr)
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("read line %d: %w", line, err)
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write quotes: %w", err)
	}
	if bad > 0 {
		return fmt.Errorf("%d bad input line(s) skipped", bad)
	}
	return nil
}

func extractLine(b []byte, enc *json.Encoder) error {
	var a struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(b, &a); err != nil {
		// the standard decoder's error names the field and the byte in
		// words DescribeJSONError knows (a bad line is rare: decode twice)
		if serr := stdjson.Unmarshal(b, &a); serr != nil {
			err = serr
		}
		return fmt.Errorf("not a JSON article: %s", article.DescribeJSONError(err))
	}
	qs, err := quote.Check(a.Text)
	if err != nil {
		return fmt.Errorf("article %q: %w", a.ID, err)
	}
	res := extractedArticle{ID: a.ID, Quotes: make([]extractedQuote, 0, len(qs))}
	for _, q := range qs {
		res.Quotes = append(res.Quotes, extractedQuote{
			Start: q.Start, End: q.End, Text: q.Text, Speaker: nonEmpty(q.Speaker), Mention: q.Mention,
			Cue: q.Cue, Channel: q.Channel, ChannelConfidence: q.ChannelConfidence, Outlet: nonEmpty(q.Outlet), Confidence: q.Confidence, Kind: string(q.Kind),
		})
	}
	return enc.Encode(res)
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
