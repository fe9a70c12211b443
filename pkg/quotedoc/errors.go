package quotedoc

import (
	"errors"
)

// ErrUnavailable wraps failures to reach the cluster, which are transient.
var ErrUnavailable = errors.New("elasticsearch unavailable")

// ErrPermanent marks a write that can never succeed as sent (a mapping error,
// an oversized document): the message carrying it belongs in the dead-letter
// stream. Every other write error is transient and worth a retry.
var ErrPermanent = errors.New("permanent indexing failure")

// ErrBadQuery wraps every error caused by the query itself (a 400).
var ErrBadQuery = errors.New("bad query")

// ErrNotFound is returned by Get for an unknown id.
var ErrNotFound = errors.New("not found")

// BadQuery is an error wrapping ErrBadQuery whose message, msg, is for the
// client; cause (Elasticsearch's own text, for one) stays in the chain for
// logs only.
func BadQuery(msg string, cause error) error { return &queryError{msg, cause} }

// queryError is a bad query whose message is for the client: it says what is
// wrong in the API's words, while the cause (Elasticsearch's own text, for
// one) stays in the chain for logs only.
type queryError struct {
	msg   string
	cause error
}

func (e *queryError) Error() string   { return e.msg }
func (e *queryError) Unwrap() []error { return []error{ErrBadQuery, e.cause} }

// Detail is what an error says beyond its message to the client (for logs):
// Elasticsearch's own words on a query it refused.
func Detail(err error) string {
	var q *queryError
	if errors.As(err, &q) && q.cause != nil {
		return q.cause.Error()
	}
	return ""
}
