package quotedoc

import "time"

// Cluster is one quote cluster: the same words by the same speaker, with
// every appearance in time order.
type Cluster struct {
	ID          string     `json:"id"`
	Speaker     string     `json:"speaker"`
	Text        string     `json:"text"` // the earliest appearance's words
	Count       int64      `json:"count"`
	FirstSeen   *time.Time `json:"first_seen"`
	Outlets     []Facet    `json:"outlets"`
	Channels    []Facet    `json:"channels"`
	Appearances []Document `json:"-"`
	NextCursor  string     `json:"-"`
}

// Post is a social post whose quoting articles a researcher looks for.
type Post struct {
	Text     string
	Platform string
	Author   string
	URL      string
	PostedAt *time.Time
}

// Match is one cluster that quotes a post.
type Match struct {
	Cluster  *Cluster
	Quote    Document // the appearance that matched best
	Coverage float64  // share of the post's content words the quote holds
	Within   float64  // share of the quote's content words found in the post
	// Extent says how the quote covers the post: "full", "part" (a part of
	// the post), "longer" (the post inside a longer quote) or "edited".
	Extent        string
	SpeakerAgrees *bool
	ChannelAgrees *bool
}

// Provenance limits.
const (
	MaxPostBytes         = 10000 // a post's text
	MaxProvenanceMatches = 10    // clusters returned
	// ProvenanceAppearances is how many appearances of each cluster come
	// with a provenance answer (the cluster page pages through all).
	ProvenanceAppearances = 20
)

// SpeakerProfile is what the quotes say about one speaker: how often, when,
// on which channels and in which outlets they were quoted.
type SpeakerProfile struct {
	Name      string     `json:"name"` // the spelling most quotes give
	Total     int64      `json:"total"`
	FirstSeen *time.Time `json:"first_seen"`
	LastSeen  *time.Time `json:"last_seen"`
	Channels  []Facet    `json:"channels"`
	Outlets   []Facet    `json:"outlets"`
	// Interval is the width of each period (day, week, month, quarter or
	// year), the shortest that fits the speaker's whole span in at most
	// SpeakerPeriods periods.
	Interval string   `json:"interval"`
	Periods  []Period `json:"periods"`
}

// Period is one stretch of time in a speaker's profile: its quotes, by
// channel.
type Period struct {
	Start    time.Time `json:"start"`
	Count    int64     `json:"count"`
	Channels []Facet   `json:"channels"`
}

// SpeakerPeriods bounds the periods of a speaker's profile.
const SpeakerPeriods = 24
