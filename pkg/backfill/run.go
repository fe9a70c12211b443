package backfill

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
	"golang.org/x/time/rate"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/bus"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"github.com/quotewire/quotewire/pkg/quote"
)

// Publisher takes articles into the pipeline.
type Publisher interface {
	// Publish stores one article version; duplicate reports that JetStream
	// already had it.
	Publish(ctx context.Context, a *quotewirev1.Article, data []byte) (duplicate bool, err error)
	// Backlog is how many articles wait for (or are held by) the extractor.
	Backlog(ctx context.Context) (int, error)
}

// JetStream publishes to the articles stream.
type JetStream struct{ JS jetstream.JetStream }

// Publish publishes with the article's Nats-Msg-Id, retrying for up to a
// minute while NATS is unreachable.
func (p JetStream) Publish(ctx context.Context, a *quotewirev1.Article, data []byte) (bool, error) {
	deadline := time.Now().Add(time.Minute)
	for {
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		dup, err := bus.PublishArticle(pctx, p.JS, data, a.GetId(), a.GetVersion())
		cancel()
		if err == nil || ctx.Err() != nil || time.Now().After(deadline) {
			return dup, err
		}
		time.Sleep(time.Second)
	}
}

// Backlog reads the extractor consumer's pending and unacked messages.
// The consumer's counts lag the stream while articles pour in on a busy
// machine; the stream's last sequence does not, so the backlog is also
// read as the messages stored after the consumer's ack floor (the
// consumer reads the whole stream), and the larger of the two is taken:
// a backfill waits a little early rather than overshoot the limit.
func (p JetStream) Backlog(ctx context.Context) (int, error) {
	c, err := p.JS.Consumer(ctx, bus.ArticlesStream, bus.ExtractorConsumer)
	if err != nil {
		return 0, err
	}
	info, err := c.Info(ctx)
	if err != nil {
		return 0, err
	}
	n := int(info.NumPending) + info.NumAckPending
	s, err := p.JS.Stream(ctx, bus.ArticlesStream)
	if err != nil {
		return n, nil // (the consumer's count alone)
	}
	si, err := s.Info(ctx)
	if err != nil {
		return n, nil
	}
	floor := info.AckFloor.Stream
	if si.State.FirstSeq > 0 && si.State.FirstSeq-1 > floor {
		floor = si.State.FirstSeq - 1 // (messages aged out of the stream are no backlog)
	}
	if last := si.State.LastSeq; last > floor && int(last-floor) > n {
		n = int(last - floor)
	}
	return n, nil
}

// Options tune a backfill.
type Options struct {
	DryRun     bool          // extract and print, publish nothing
	Sample     int           // stop after this many articles (0: all)
	Rate       float64       // at most this many articles per second (0: no cap)
	MaxBacklog int           // wait while the extractor's backlog is above this (0: no limit)
	Checkpoint string        // resume file ("" for none)
	Resume     bool          // continue from Checkpoint
	Out        io.Writer     // dry run: what would be indexed, as JSON Lines
	Progress   io.Writer     // a terminal gets a progress bar; anything else log lines
	LogEvery   time.Duration // period of the progress log lines (default 10 s)
	Log        *slog.Logger
	LogSkips   bool            // log every skipped record (else only counts)
	OnArticle  func(id string) // called once an article is published (or printed)
}

// Summary is what a backfill did.
type Summary struct {
	Read          int            `json:"read"`      // pages or lines read (articles and skipped)
	Articles      int            `json:"articles"`  // articles found
	Published     int            `json:"published"` // newly stored by JetStream
	Duplicates    int            `json:"duplicates"`
	Skipped       map[string]int `json:"skipped"` // by reason
	Quotes        int            `json:"quotes,omitempty"`
	BacklogPauses int            `json:"backlog_pauses"`
	Elapsed       time.Duration  `json:"elapsed_ns"`
}

// Rate is articles per second.
func (s Summary) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Articles) / s.Elapsed.Seconds()
}

// String is the summary printed at the end.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "read %d records in %s: %d articles (%.0f/s), published %d, duplicates %d, skipped %d",
		s.Read, s.Elapsed.Round(time.Millisecond), s.Articles, s.Rate(), s.Published, s.Duplicates, s.skipped())
	if s.Quotes > 0 {
		fmt.Fprintf(&b, ", quotes %d", s.Quotes)
	}
	if s.BacklogPauses > 0 {
		fmt.Fprintf(&b, ", paused %d times for the backlog", s.BacklogPauses)
	}
	reasons := make([]string, 0, len(s.Skipped))
	for r := range s.Skipped {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool { return s.Skipped[reasons[i]] > s.Skipped[reasons[j]] })
	for _, r := range reasons {
		fmt.Fprintf(&b, "\n  skipped %6d  %s", s.Skipped[r], r)
	}
	return b.String()
}

func (s Summary) skipped() int {
	n := 0
	for _, v := range s.Skipped {
		n += v
	}
	return n
}

// checkpoint records how far each source got.
type checkpoint struct {
	Version int                     `json:"version"`
	Sources map[string]*sourceState `json:"sources"`
}

type sourceState struct {
	Size int64 `json:"size"`
	Pos  int64 `json:"pos"`
	Done bool  `json:"done"`
}

// ErrCheckpointExists stops a backfill that would overwrite a checkpoint.
var ErrCheckpointExists = errors.New("checkpoint exists")

func loadCheckpoint(path string, resume bool) (*checkpoint, error) {
	cp := &checkpoint{Version: 1, Sources: map[string]*sourceState{}}
	if path == "" {
		return cp, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return cp, nil
	}
	if err != nil {
		return nil, err
	}
	if !resume {
		return nil, fmt.Errorf("%w: %s (use --resume to continue it, or remove it to start over)", ErrCheckpointExists, path)
	}
	if err := json.Unmarshal(data, cp); err != nil || cp.Sources == nil {
		return nil, fmt.Errorf("checkpoint %s is damaged: %v", path, err)
	}
	return cp, nil
}

// save writes the checkpoint atomically: a crash leaves the old or the new.
func (cp *checkpoint) save(path string) error {
	if path == "" {
		return nil
	}
	data, err := json.MarshalIndent(cp, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".checkpoint-*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	serr := tmp.Sync()
	cerr := tmp.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write checkpoint: %w", err)
	}
	return os.Rename(tmp.Name(), path)
}

// errSampleDone ends reading once the sample is complete.
var errSampleDone = errors.New("sample complete")

// Run reads every source and publishes its articles (or, dry, prints them
// with their quotes). With a checkpoint, progress is saved every second and
// at the end, after the articles it covers are stored by JetStream; a
// resumed run re-publishes at most the last second's articles, which
// JetStream's deduplication drops.
func Run(ctx context.Context, sources []Source, pub Publisher, o Options) (Summary, error) {
	start := time.Now()
	sum := Summary{Skipped: map[string]int{}}
	if o.Log == nil {
		o.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.DryRun {
		o.Checkpoint = ""
	}
	cp, err := loadCheckpoint(o.Checkpoint, o.Resume)
	if err != nil {
		return sum, err
	}
	var total, before int64
	for _, s := range sources {
		total += s.Size()
		st := cp.Sources[s.Path()]
		if st != nil && st.Size != s.Size() {
			return sum, fmt.Errorf("source %s changed size since the checkpoint (%d, now %d): remove the checkpoint to start over", s.Path(), st.Size, s.Size())
		}
		if st != nil && st.Done {
			before += s.Size()
		}
	}
	prog := newProgress(o, total, before)
	defer prog.finish()
	var limiter *rate.Limiter
	if o.Rate > 0 {
		limiter = rate.NewLimiter(rate.Limit(o.Rate), max(1, int(o.Rate/10)))
	}
	lastSave, lastBacklog := time.Now(), time.Time{}
	var runErr error
	for _, s := range sources {
		st := cp.Sources[s.Path()]
		if st == nil {
			st = &sourceState{Size: s.Size()}
			cp.Sources[s.Path()] = st
		}
		if st.Done {
			o.Log.Info("source already done", "source", s.Path())
			continue
		}
		err := s.Read(ctx, st.Pos, func(it Item) error {
			switch {
			case it.Article == nil && it.Skip == "":
				// not a page: nothing to count
			case it.Article == nil:
				sum.Read++
				sum.Skipped[it.Skip]++
				if o.LogSkips {
					o.Log.Warn("skipped", "where", it.Where, "reason", it.Skip)
				}
			default:
				sum.Read++
				if o.Sample > 0 && sum.Articles >= o.Sample {
					return errSampleDone
				}
				sum.Articles++
				if err := handle(ctx, it, pub, o, &sum, limiter, &lastBacklog); err != nil {
					return err
				}
				if o.OnArticle != nil {
					o.OnArticle(it.Article.ID)
				}
			}
			st.Pos = it.Next
			prog.update(before+it.Done, sum)
			if time.Since(lastSave) > time.Second {
				lastSave = time.Now()
				return cp.save(o.Checkpoint)
			}
			return nil
		})
		if errors.Is(err, errSampleDone) {
			break
		}
		if err != nil {
			runErr = err
			break
		}
		st.Done = true
		before += s.Size()
	}
	sum.Elapsed = time.Since(start)
	if err := cp.save(o.Checkpoint); err != nil && runErr == nil {
		runErr = err
	}
	return sum, runErr
}

// handle publishes one article (or prints it, dry), after waiting for the
// rate limit and for the extractor's backlog to shrink.
func handle(ctx context.Context, it Item, pub Publisher, o Options, sum *Summary, limiter *rate.Limiter, lastBacklog *time.Time) error {
	a := it.Article.Proto()
	if o.DryRun {
		qs, err := quote.Check(a.GetText())
		if err != nil {
			// counted and reported, as a record that cannot be read is
			sum.Skipped["quote engine failed"]++
			if o.Log != nil {
				o.Log.Error("skipped", "where", it.Where, "article", a.GetId(), "err", err)
			}
			return nil
		}
		sum.Quotes += len(qs)
		return printDry(o.Out, a, qs)
	}
	if limiter != nil {
		if err := limiter.Wait(ctx); err != nil {
			return err
		}
	}
	// look at the backlog every 32 articles or 200 ms, so it overshoots
	// the limit by a few dozen articles at most (the consumer info lags a little)
	if o.MaxBacklog > 0 && (sum.Articles%32 == 0 || time.Since(*lastBacklog) > 200*time.Millisecond) {
		paused := false
		for {
			n, err := pub.Backlog(ctx)
			if err != nil || n <= o.MaxBacklog {
				break
			}
			if !paused {
				paused = true
				sum.BacklogPauses++
				o.Log.Debug("backlog full; waiting", "backlog", n, "max", o.MaxBacklog)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(250 * time.Millisecond):
			}
		}
		*lastBacklog = time.Now()
	}
	data, err := proto.Marshal(a)
	if err != nil {
		return fmt.Errorf("%s: encode: %w", it.Where, err)
	}
	dup, err := pub.Publish(ctx, a, data)
	if err != nil {
		return fmt.Errorf("%s: %w", it.Where, err)
	}
	if dup {
		sum.Duplicates++
	} else {
		sum.Published++
	}
	return nil
}

// dryQuote is one line of a dry run's output.
type dryArticle struct {
	ID          string     `json:"id"`
	URL         string     `json:"url,omitempty"`
	Title       string     `json:"title,omitempty"`
	Outlet      string     `json:"outlet,omitempty"`
	PublishedAt string     `json:"published_at,omitempty"`
	Quotes      []dryQuote `json:"quotes"`
}

type dryQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
	Channel string `json:"channel,omitempty"`
	Outlet  string `json:"outlet,omitempty"`
}

func printDry(w io.Writer, a *quotewirev1.Article, qs []quote.Quote) error {
	if w == nil {
		return nil
	}
	d := dryArticle{ID: a.GetId(), URL: a.GetUrl(), Title: a.GetTitle(), Outlet: a.GetOutlet(), Quotes: make([]dryQuote, 0, len(qs))}
	if a.GetPublishedAt() != nil {
		d.PublishedAt = a.GetPublishedAt().AsTime().Format(time.RFC3339)
	}
	for _, q := range qs {
		d.Quotes = append(d.Quotes, dryQuote{Text: q.Text, Speaker: q.Speaker, Channel: q.Channel, Outlet: q.Outlet})
	}
	return json.NewEncoder(w).Encode(d)
}

// progress shows a bar on a terminal and log lines elsewhere.
type progress struct {
	bar   *progressbar.ProgressBar
	log   *slog.Logger
	every time.Duration
	last  time.Time
	start time.Time
	total int64
	done  int64
}

func newProgress(o Options, total, before int64) *progress {
	p := &progress{log: o.Log, every: o.LogEvery, start: time.Now(), last: time.Now(), total: total, done: before}
	if p.every <= 0 {
		p.every = 10 * time.Second
	}
	if f, ok := o.Progress.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(f),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionShowElapsedTimeOnFinish(),
			progressbar.OptionSetDescription("backfill"))
		_ = p.bar.Set64(before)
	}
	return p
}

func (p *progress) update(done int64, s Summary) {
	p.done = done
	rate := float64(s.Articles) / max(time.Since(p.start).Seconds(), 1e-3)
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("%d articles (%.0f/s), %d skipped", s.Articles, rate, s.skipped()))
		_ = p.bar.Set64(done)
		return
	}
	if time.Since(p.last) < p.every {
		return
	}
	p.last = time.Now()
	eta := "unknown"
	if frac := float64(done) / float64(max(p.total, 1)); frac > 0 {
		el := time.Since(p.start)
		eta = (time.Duration(float64(el)/frac) - el).Round(time.Second).String()
	}
	attrs := []any{"articles", s.Articles, "published", s.Published, "duplicates", s.Duplicates, "skipped", s.skipped()}
	if s.Quotes > 0 {
		attrs = append(attrs, "quotes", s.Quotes)
	}
	attrs = append(attrs, "articles_per_s", int(rate), "percent", fmt.Sprintf("%.1f", 100*float64(done)/float64(max(p.total, 1))), "eta", eta)
	p.log.Info("backfill progress", attrs...)
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
		fmt.Fprintln(os.Stderr)
	}
}
