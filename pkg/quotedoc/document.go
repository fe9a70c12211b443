// Package quotedoc is Quotewire's data model of stored quotes, free of any
// store: the quote document and its id, the documents of an article
// version, the questions asked of the store (queries, posts) and its
// answers (pages, clusters, matches), and the errors that tell a client's
// fault from an outage. The Elasticsearch adapter (pkg/index), the workers
// (pkg/pipeline) and the HTTP handlers (pkg/api) share it.
package quotedoc

import (
	"hash/fnv"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
)

// quoteNamespace scopes quote document ids.
var quoteNamespace = uuid.NewSHA1(uuid.NameSpaceOID, []byte("quotewire/quote"))

// DocID is the document id of the quote at position in an article: the same
// inputs always give the same id, so a redelivery overwrites.
func DocID(articleID string, position int) string {
	return uuid.NewSHA1(quoteNamespace, []byte(articleID+"\x00"+strconv.Itoa(position))).String()
}

// Tiebreak is a number unique to a document id in practice (the first 53
// bits of the UUID: exact in a JSON number, so cursors carry it unchanged):
// the last key of every sort, so that pages and cursors are stable. A
// numeric key sorts several times faster than the keyword id.
func Tiebreak(id string) int64 {
	h := strings.ReplaceAll(id, "-", "")
	if len(h) >= 16 {
		if v, err := strconv.ParseUint(h[:16], 16, 64); err == nil {
			return int64(v >> 11)
		}
	}
	f := fnv.New64a()
	f.Write([]byte(id))
	return int64(f.Sum64() >> 11)
}

// Document is a quote as stored in Elasticsearch.
type Document struct {
	ID             string   `json:"id"`
	Tiebreak       int64    `json:"tiebreak"`
	ArticleID      string   `json:"article_id"`
	Position       int      `json:"position"`
	Text           string   `json:"text"`
	TextHash       string   `json:"text_hash,omitempty"`
	ClusterID      string   `json:"cluster_id,omitempty"`
	Anchors        []string `json:"anchors,omitempty"` // near-duplicate lookup keys (see clusters.go)
	Start          int      `json:"start"`
	End            int      `json:"end"`
	Speaker        string   `json:"speaker,omitempty"`
	SpeakerMention string   `json:"speaker_mention,omitempty"`
	Cue            string   `json:"cue,omitempty"`
	Channel        string   `json:"channel,omitempty"`
	Outlet         string   `json:"outlet,omitempty"`
	Context        string   `json:"context,omitempty"`
	Confidence     float32  `json:"confidence"`
	// ChannelConfidence is how sure Channel is (0: no model decided)
	ChannelConfidence float32         `json:"channel_confidence,omitempty"`
	Kind              string          `json:"kind,omitempty"`
	EngineVersion     string          `json:"engine_version,omitempty"`
	IndexedAt         time.Time       `json:"indexed_at"`
	Article           ArticleMetadata `json:"article"`
}

// ArticleMetadata is the part of an article stored with each of its quotes.
type ArticleMetadata struct {
	ID          string     `json:"id"`
	URL         string     `json:"url,omitempty"`
	Title       string     `json:"title,omitempty"`
	Outlet      string     `json:"outlet,omitempty"`
	Authors     []string   `json:"authors,omitempty"`
	PublishedAt *time.Time `json:"published_at,omitempty"`
	Language    string     `json:"language,omitempty"`
	Version     int64      `json:"version"`
}

// ChannelName is the lower-case label of a channel ("instagram", "tv").
func ChannelName(c quotewirev1.Channel) string {
	if c == quotewirev1.Channel_CHANNEL_UNSPECIFIED {
		return "unknown"
	}
	n := quotewirev1.Channel_name[int32(c)]
	return strings.ToLower(n[len("CHANNEL_"):])
}

// KindName is the lower-case label of a quote kind ("quote", "fragment").
func KindName(k quotewirev1.QuoteKind) string {
	if k == quotewirev1.QuoteKind_QUOTE_KIND_UNSPECIFIED {
		return "quote"
	}
	n := quotewirev1.QuoteKind_name[int32(k)]
	return strings.ToLower(n[len("QUOTE_KIND_"):])
}

// Documents turns a quotes event (or one part of an article's) into
// documents, one per quote, each at the position its quote gives.
func Documents(ev *quotewirev1.QuotesExtracted, now time.Time) []Document {
	a := ev.GetArticle()
	meta := ArticleMetadata{
		ID: a.GetId(), URL: a.GetUrl(), Title: a.GetTitle(), Outlet: a.GetOutlet(),
		Authors: a.GetAuthors(), Language: a.GetLanguage(), Version: a.GetVersion(),
	}
	if a.GetPublishedAt() != nil {
		t := a.GetPublishedAt().AsTime()
		meta.PublishedAt = &t
	}
	docs := make([]Document, 0, len(ev.GetQuotes()))
	for _, q := range ev.GetQuotes() {
		pos := int(q.GetPosition())
		id := q.GetId() // the extractor computed it: DocID of the article and position
		if id == "" {
			id = DocID(a.GetId(), pos)
		}
		docs = append(docs, Document{
			ID:                id,
			ArticleID:         a.GetId(),
			Position:          pos,
			Text:              q.GetText(),
			TextHash:          q.GetTextHash(),
			Start:             int(q.GetStart()),
			End:               int(q.GetEnd()),
			Speaker:           q.GetSpeaker().GetName(),
			SpeakerMention:    q.GetSpeaker().GetMention(),
			Cue:               q.GetCue(),
			Channel:           ChannelName(q.GetChannel()),
			Outlet:            q.GetOutlet(),
			Context:           q.GetContext(),
			Confidence:        q.GetConfidence(),
			ChannelConfidence: q.GetChannelConfidence(),
			Kind:              KindName(q.GetKind()),
			EngineVersion:     ev.GetEngineVersion(),
			IndexedAt:         now,
			Article:           meta,
		})
	}
	return docs
}

// ArticleDocs are the quote documents of one article version, or of a part
// of them when the version's quotes came in several events.
type ArticleDocs struct {
	ArticleID string
	Version   int64
	Docs      []Document
	// Quotes is how many quotes the whole version has (0: len(Docs)): the
	// positions from there on are swept of an older version's quotes.
	Quotes int
}

// QuoteCount is how many quotes the whole article version has.
func (a ArticleDocs) QuoteCount() int {
	if a.Quotes > 0 {
		return a.Quotes
	}
	return len(a.Docs)
}
