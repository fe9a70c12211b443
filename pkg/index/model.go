package index

import "github.com/quotewire/quotewire/pkg/quotedoc"

// The index speaks the data model of pkg/quotedoc; these names keep the
// adapter's own code short. Code outside the adapter uses quotedoc itself.
type (
	Document        = quotedoc.Document
	ArticleMetadata = quotedoc.ArticleMetadata
	ArticleDocs     = quotedoc.ArticleDocs
	Query           = quotedoc.Query
	Result          = quotedoc.Result
	Facet           = quotedoc.Facet
	Facets          = quotedoc.Facets
	Cluster         = quotedoc.Cluster
	Post            = quotedoc.Post
	Match           = quotedoc.Match
)

// Errors and limits of the data model.
var (
	ErrUnavailable = quotedoc.ErrUnavailable
	ErrPermanent   = quotedoc.ErrPermanent
	ErrBadQuery    = quotedoc.ErrBadQuery
	ErrNotFound    = quotedoc.ErrNotFound
)

// DocID is quotedoc.DocID.
func DocID(articleID string, position int) string { return quotedoc.DocID(articleID, position) }

// Tiebreak is quotedoc.Tiebreak.
func Tiebreak(id string) int64 { return quotedoc.Tiebreak(id) }

// Detail is quotedoc.Detail.
func Detail(err error) string { return quotedoc.Detail(err) }

// Limits of the data model.
const (
	TotalExactUpTo        = quotedoc.TotalExactUpTo
	DefaultSize           = quotedoc.DefaultSize
	MaxSize               = quotedoc.MaxSize
	MaxTextBytes          = quotedoc.MaxTextBytes
	MaxPostBytes          = quotedoc.MaxPostBytes
	MaxProvenanceMatches  = quotedoc.MaxProvenanceMatches
	ProvenanceAppearances = quotedoc.ProvenanceAppearances
)
