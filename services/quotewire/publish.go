package main

import (
	"context"
	"log/slog"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/quotewire/quotewire/pkg/backfill"
)

// publishFiles publishes every article of the JSON Lines files (or any other
// backfill source), logging each invalid line with its file and line, and
// returns the summary and the ids published.
func publishFiles(ctx context.Context, js jetstream.JetStream, files []string, log *slog.Logger) (backfill.Summary, []string, error) {
	srcs := make([]backfill.Source, 0, len(files))
	for _, f := range files {
		s, err := backfill.Open(f)
		if err != nil {
			return backfill.Summary{}, nil, err
		}
		srcs = append(srcs, s)
	}
	var ids []string
	sum, err := backfill.Run(ctx, srcs, backfill.JetStream{JS: js}, backfill.Options{
		Log: log, LogSkips: true, OnArticle: func(id string) { ids = append(ids, id) },
	})
	return sum, ids, err
}
