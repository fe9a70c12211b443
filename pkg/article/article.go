// Package article decodes, validates and converts news articles as they arrive
// at Quotewire's edges (the ingest API, JSON Lines files) into the
// quotewire.v1.Article message carried on the articles stream.
package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"google.golang.org/protobuf/types/known/timestamppb"

	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
)

// Limits on what one article may hold.
const (
	MaxIDBytes   = 512
	MaxTextBytes = 16 << 20 // 16 MiB of article text
)

// ErrInvalid is wrapped by every validation error, so callers can tell bad
// input (a 400, a dead letter) from infrastructure failures.
var ErrInvalid = errors.New("invalid article")

// urlNamespace derives article ids from URLs when the sender gives none.
var urlNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("quotewire/article"))

// IDFromURL is the id of an article sent without one: UUIDv5 of its URL.
func IDFromURL(url string) string { return uuid.NewSHA1(urlNamespace, []byte(url)).String() }

// JSON is an article as Quotewire's JSON interfaces accept it.
type JSON struct {
	ID          string   `json:"id"`
	URL         string   `json:"url,omitempty"`
	Title       string   `json:"title,omitempty"`
	Text        string   `json:"text"`
	Outlet      string   `json:"outlet,omitempty"`
	Authors     []string `json:"authors,omitempty"`
	PublishedAt string   `json:"published_at,omitempty"`
	Language    string   `json:"language,omitempty"`
	Version     int64    `json:"version,omitempty"`
}

// Validate checks the article and fills in what can be derived: an id from the
// URL when none is given. It returns an error wrapping ErrInvalid.
func (a *JSON) Validate() error {
	a.ID = strings.TrimSpace(a.ID)
	if a.ID == "" && a.URL != "" {
		a.ID = IDFromURL(a.URL)
	}
	switch {
	case a.ID == "":
		return fmt.Errorf("%w: id is required (or a url to derive it from)", ErrInvalid)
	case len(a.ID) > MaxIDBytes:
		return fmt.Errorf("%w: id is longer than %d bytes", ErrInvalid, MaxIDBytes)
	case !utf8.ValidString(a.ID):
		return fmt.Errorf("%w: id is not valid UTF-8", ErrInvalid)
	case strings.TrimSpace(a.Text) == "":
		return fmt.Errorf("%w: article %q: text is empty", ErrInvalid, a.ID)
	case len(a.Text) > MaxTextBytes:
		return fmt.Errorf("%w: article %q: text is %d bytes, more than the limit of %d", ErrInvalid, a.ID, len(a.Text), MaxTextBytes)
	case !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.URL) || !utf8.ValidString(a.Outlet):
		return fmt.Errorf("%w: article %q: text, title, url or outlet is not valid UTF-8", ErrInvalid, a.ID)
	case a.Version < 0:
		return fmt.Errorf("%w: article %q: version must not be negative", ErrInvalid, a.ID)
	}
	if err := checkURL(a.URL); err != nil {
		return fmt.Errorf("%w: article %q: url %w", ErrInvalid, a.ID, err)
	}
	if a.PublishedAt != "" {
		if _, err := ParseTime(a.PublishedAt); err != nil {
			return fmt.Errorf("%w: article %q: published_at: %w", ErrInvalid, a.ID, err)
		}
	}
	return nil
}

// MaxURLBytes bounds an article's URL.
const MaxURLBytes = 8 << 10

// checkURL accepts an empty URL or an absolute http or https one: the URL
// becomes a link in the web UI and a cell in exports, where javascript:,
// data: or a formula would be an attack.
func checkURL(raw string) error {
	if raw == "" {
		return nil
	}
	if len(raw) > MaxURLBytes {
		return fmt.Errorf("is longer than %d bytes", MaxURLBytes)
	}
	if u, err := url.Parse(raw); err == nil && u.Host != "" && (strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) {
		return nil
	}
	return errors.New("must be an absolute http or https URL")
}

// ParseTime accepts RFC 3339 timestamps and plain dates (2006-01-02).
func ParseTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is neither an RFC 3339 time nor a date (YYYY-MM-DD)", s)
}

// Proto converts a validated article to its message.
func (a *JSON) Proto() *quotewirev1.Article {
	m := &quotewirev1.Article{
		Id:       a.ID,
		Url:      a.URL,
		Title:    a.Title,
		Text:     a.Text,
		Outlet:   a.Outlet,
		Authors:  a.Authors,
		Language: a.Language,
		Version:  a.Version,
	}
	if t, err := ParseTime(a.PublishedAt); err == nil && a.PublishedAt != "" {
		m.PublishedAt = timestamppb.New(t)
	}
	return m
}

// Validate checks an article message as a consumer receives it.
func Validate(m *quotewirev1.Article) error {
	j := JSON{ID: m.GetId(), URL: m.GetUrl(), Title: m.GetTitle(), Text: m.GetText(), Outlet: m.GetOutlet(), Version: m.GetVersion()}
	return j.Validate()
}

// DecodeBody reads one JSON article or a JSON array of articles, validating
// each. Unknown fields are rejected so that typos do not pass silently.
func DecodeBody(r io.Reader) ([]JSON, error) {
	body, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return nil, fmt.Errorf("%w: the body is empty; send a JSON article or an array of them", ErrInvalid)
	}
	var arts []JSON
	if body[0] == '[' {
		if err := strictUnmarshal(body, &arts); err != nil {
			return nil, err
		}
		if len(arts) == 0 {
			return nil, fmt.Errorf("%w: the array holds no article", ErrInvalid)
		}
	} else {
		var a JSON
		if err := strictUnmarshal(body, &a); err != nil {
			return nil, err
		}
		arts = []JSON{a}
	}
	for i := range arts {
		if err := arts[i].Validate(); err != nil {
			if len(arts) > 1 {
				return nil, fmt.Errorf("article %d: %w", i, err)
			}
			return nil, err
		}
	}
	return arts, nil
}

func strictUnmarshal(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %s", ErrInvalid, DescribeJSONError(err))
	}
	if dec.More() {
		return fmt.Errorf("%w: unexpected data after the JSON value", ErrInvalid)
	}
	return nil
}
