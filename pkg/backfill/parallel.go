package backfill

import (
	"context"
	"runtime"

	"golang.org/x/sync/errgroup"
)

// inOrder converts the jobs produce emits on several goroutines (HTML pages
// through readability cost about a millisecond each) and yields the
// results in the order the jobs were emitted, so that checkpoint positions
// only ever move past items that were handled. At most 4 jobs per worker
// are in flight.
func inOrder[J, R any](ctx context.Context, produce func(emit func(J) error) error, convert func(J) R, yield func(R) error) error {
	workers := max(1, runtime.GOMAXPROCS(0))
	type job struct {
		seq int
		j   J
	}
	type result struct {
		seq int
		r   R
	}
	g, ctx := errgroup.WithContext(ctx)
	jobs := make(chan job)
	results := make(chan result, workers)
	slots := make(chan struct{}, 4*workers)
	g.Go(func() error {
		defer close(jobs)
		seq := 0
		return produce(func(j J) error {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{seq, j}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	})
	var conv errgroup.Group
	for range workers {
		conv.Go(func() error {
			for j := range jobs {
				select {
				case results <- result{j.seq, convert(j.j)}:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		err := conv.Wait()
		close(results)
		return err
	})
	g.Go(func() error {
		pending := map[int]R{}
		next := 0
		for res := range results {
			pending[res.seq] = res.r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-slots
				if err := yield(r); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return g.Wait()
}
