package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/article"
	"github.com/quotewire/quotewire/pkg/bus"
)

// publishStats counts what publishFiles did.
type publishStats struct {
	Published, Duplicates, Invalid int
	IDs                            []string
}

// publishFiles publishes every JSON Lines article in files. Invalid lines
// are reported with file and line and skipped; a publish failure stops.
func publishFiles(ctx context.Context, js jetstream.JetStream, files []string, log *slog.Logger) (publishStats, error) {
	var st publishStats
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return st, fmt.Errorf("open articles: %w", err)
		}
		err = publishReader(ctx, js, f, name, &st, log)
		f.Close()
		if err != nil {
			return st, err
		}
	}
	return st, nil
}

func publishReader(ctx context.Context, js jetstream.JetStream, r io.Reader, name string, st *publishStats, log *slog.Logger) error {
	in := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		b, err := readLine(in)
		if len(b) > 0 {
			var a article.JSON
			if derr := json.Unmarshal(b, &a); derr != nil {
				st.Invalid++
				log.Error("skip line", "file", name, "line", line, "err", derr)
			} else if verr := a.Validate(); verr != nil {
				st.Invalid++
				log.Error("skip line", "file", name, "line", line, "err", verr)
			} else {
				data, merr := proto.Marshal(a.Proto())
				if merr != nil {
					return fmt.Errorf("%s:%d: encode: %w", name, line, merr)
				}
				dup, perr := bus.PublishArticle(ctx, js, data, a.ID, a.Version)
				if perr != nil {
					return fmt.Errorf("%s:%d: %w", name, line, perr)
				}
				if dup {
					st.Duplicates++
				} else {
					st.Published++
				}
				st.IDs = append(st.IDs, a.ID)
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
}
