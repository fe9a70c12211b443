package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/article"
)

// Publisher stores an encoded article version durably.
type Publisher interface {
	PublishArticle(ctx context.Context, data []byte, articleID string, version int64) (duplicate bool, err error)
}

// PublisherFunc adapts a function to Publisher.
type PublisherFunc func(ctx context.Context, data []byte, articleID string, version int64) (bool, error)

// PublishArticle calls f.
func (f PublisherFunc) PublishArticle(ctx context.Context, data []byte, id string, v int64) (bool, error) {
	return f(ctx, data, id, v)
}

// TooLargeError is a publish the message bus refused because the encoded
// article is over its largest message (nats-server's max_payload).
type TooLargeError struct{ Size, Limit int64 }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("message of %d bytes is over the bus's limit of %d", e.Size, e.Limit)
}

// Ingest serves POST /v1/articles.
type Ingest struct {
	Pub          Publisher
	Log          *slog.Logger
	MaxBodyBytes int64
}

type ingestResponse struct {
	IDs        []string `json:"ids"`
	Duplicates int      `json:"duplicates"`
}

// ServeHTTP validates one article or an array of them and publishes each;
// it answers 202 only once every article is stored on the stream.
func (h *Ingest) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body := http.MaxBytesReader(w, r.Body, h.MaxBodyBytes)
	arts, err := article.DecodeBody(body)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, "the body is larger than the limit of "+strconv.FormatInt(h.MaxBodyBytes, 10)+" bytes")
		return
	case errors.Is(err, article.ErrInvalid):
		writeError(w, http.StatusBadRequest, err.Error())
		return
	case err != nil:
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	res := ingestResponse{IDs: make([]string, 0, len(arts))}
	for _, a := range arts {
		data, err := proto.Marshal(a.Proto())
		if err != nil {
			writeError(w, http.StatusBadRequest, "encode article "+a.ID+": "+err.Error())
			return
		}
		dup, err := h.Pub.PublishArticle(ctx, data, a.ID, a.Version)
		var tooLarge *TooLargeError
		if errors.As(err, &tooLarge) {
			msg := fmt.Sprintf("article %s is %d bytes encoded; the message bus takes at most %d (nats-server max_payload)", a.ID, tooLarge.Size, tooLarge.Limit)
			if len(res.IDs) > 0 {
				msg += "; the " + strconv.Itoa(len(res.IDs)) + " articles before it were stored"
			}
			writeError(w, http.StatusRequestEntityTooLarge, msg)
			return
		}
		if err != nil {
			h.Log.Error("publish article", "article_id", a.ID, "err", err)
			writeError(w, http.StatusServiceUnavailable, "could not store article "+a.ID+"; nothing after it was stored, retry the request")
			return
		}
		if dup {
			res.Duplicates++
		}
		res.IDs = append(res.IDs, a.ID)
	}
	writeJSON(w, http.StatusAccepted, res)
}
