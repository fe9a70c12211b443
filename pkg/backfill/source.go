// Package backfill reads news archives (JSON Lines files, optionally gzip or
// zstd compressed; directories of saved HTML pages; WARC files) and publishes
// their articles to the pipeline, with resumable checkpoints, backpressure
// and a rate cap.
package backfill

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/klauspost/compress/zstd"
	"github.com/nlnwa/gowarc/v3"

	"github.com/quotewire/quotewire/pkg/article"
)

// Item is one record of a source: an article, or why the page is not one,
// or neither for records that are no page at all (WARC requests, warcinfo).
type Item struct {
	Article *article.JSON
	Skip    string // non-empty: the page was skipped, for this reason
	Where   string // file and line, file name or WARC offset, for messages
	// Next is the position to resume from once this item is handled.
	Next int64
	// Done is how many bytes of the source are behind this item (progress).
	Done int64
}

// Source is one input of a backfill.
type Source interface {
	// Path names the source (its checkpoint key).
	Path() string
	// Size is the number of bytes the source holds, for progress and ETA.
	Size() int64
	// Read yields the items from position from (0: the start) until the
	// end, ctx ends, or yield returns an error, which Read returns.
	Read(ctx context.Context, from int64, yield func(Item) error) error
}

// Open picks the reader of path: a directory of HTML files, a WARC file
// (.warc, .warc.gz) or a JSON Lines file (.jsonl, .ndjson, .json, each
// optionally .gz or .zst).
func Open(path string) (Source, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("backfill source: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	name := strings.ToLower(filepath.Base(path))
	switch {
	case fi.IsDir():
		return openHTMLDir(abs)
	case strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz"):
		return &warcSource{path: abs, size: fi.Size()}, nil
	}
	base := strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".zst")
	for _, ext := range []string{".jsonl", ".ndjson", ".json"} {
		if strings.HasSuffix(base, ext) {
			return &jsonlSource{path: abs, size: fi.Size()}, nil
		}
	}
	return nil, fmt.Errorf("backfill source %s: not a directory, .warc(.gz) or .jsonl/.ndjson/.json(.gz|.zst) file", path)
}

// countingReader counts the bytes read from the underlying file. The count
// is atomic: a zstd decoder reads the file from a goroutine of its own
// while the source reports its progress.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// jsonlSource reads one article per line; its position is the line number.
type jsonlSource struct {
	path string
	size int64
}

func (s *jsonlSource) Path() string { return s.path }
func (s *jsonlSource) Size() int64  { return s.size }

func (s *jsonlSource) Read(ctx context.Context, from int64, yield func(Item) error) error {
	f, err := os.Open(s.path)
	if err != nil {
		return err
	}
	defer f.Close()
	cr := &countingReader{r: f}
	var r io.Reader = cr
	switch {
	case strings.HasSuffix(s.path, ".gz"):
		gz, err := gzip.NewReader(cr)
		if err != nil {
			return fmt.Errorf("%s: %w", s.path, err)
		}
		defer gz.Close()
		r = gz
	case strings.HasSuffix(s.path, ".zst"):
		zr, err := zstd.NewReader(cr)
		if err != nil {
			return fmt.Errorf("%s: %w", s.path, err)
		}
		defer zr.Close()
		r = zr
	}
	in := bufio.NewReaderSize(r, 1<<20)
	for line := int64(1); ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, rerr := ReadLine(in)
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			return fmt.Errorf("%s:%d: %w", s.path, line, rerr)
		}
		if line > from && len(bytes.TrimSpace(b)) > 0 {
			it := Item{Where: fmt.Sprintf("%s:%d", s.path, line), Next: line, Done: cr.n.Load()}
			var a article.JSON
			if err := json.Unmarshal(b, &a); err != nil {
				it.Skip = "invalid JSON"
			} else if err := a.Validate(); err != nil {
				it.Skip = "invalid article: " + reasonOf(err)
			} else {
				it.Article = &a
			}
			if err := yield(it); err != nil {
				return err
			}
		}
		if errors.Is(rerr, io.EOF) {
			return nil
		}
	}
}

// reasonOf shortens a validation error to its kind, for skip counts.
func reasonOf(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	return msg
}

// maxLine bounds one JSON Lines record (an article of 16 MiB, escaped).
const maxLine = 64 << 20

// ReadLine returns the next line of a JSON Lines stream without its end,
// whatever its length up to 64 MiB.
func ReadLine(in *bufio.Reader) ([]byte, error) {
	var long []byte
	for {
		chunk, err := in.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			long = append(long, chunk...)
			if len(long) > maxLine {
				return nil, fmt.Errorf("a line is longer than %d bytes", maxLine)
			}
			continue
		}
		if long != nil {
			chunk = append(long, chunk...)
		}
		return bytes.TrimRight(chunk, "\r\n"), err
	}
}

// htmlDir reads the .html and .htm files under a directory, in name order;
// its position is the number of files done.
type htmlDir struct {
	path  string
	files []string
	sizes []int64
	size  int64
}

func openHTMLDir(path string) (*htmlDir, error) {
	d := &htmlDir{path: path}
	err := filepath.WalkDir(path, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		ext := strings.ToLower(filepath.Ext(p))
		if !e.IsDir() && (ext == ".html" || ext == ".htm") {
			d.files = append(d.files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("backfill source %s: %w", path, err)
	}
	slices.Sort(d.files)
	for _, f := range d.files {
		fi, err := os.Stat(f)
		if err != nil {
			return nil, err
		}
		d.sizes = append(d.sizes, fi.Size())
		d.size += fi.Size()
	}
	return d, nil
}

func (d *htmlDir) Path() string { return d.path }
func (d *htmlDir) Size() int64  { return d.size }

func (d *htmlDir) Read(ctx context.Context, from int64, yield func(Item) error) error {
	type page struct {
		i    int
		done int64
		body []byte
	}
	return inOrder(ctx, func(emit func(page) error) error {
		var done int64
		for i, f := range d.files {
			done += d.sizes[i]
			if int64(i) < from {
				continue
			}
			body, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			if err := emit(page{i, done, body}); err != nil {
				return err
			}
		}
		return nil
	}, func(p page) Item {
		f := d.files[p.i]
		it := Item{Where: f, Next: int64(p.i) + 1, Done: p.done}
		it.Article, it.Skip = FromHTML(p.body, "", "file://"+filepath.ToSlash(f))
		return it
	}, yield)
}

// warcSource reads the response records of a WARC file; its position is
// the byte offset of the next record, so a resume seeks straight to it.
type warcSource struct {
	path string
	size int64
}

func (s *warcSource) Path() string { return s.path }
func (s *warcSource) Size() int64  { return s.size }

func (s *warcSource) Read(ctx context.Context, from int64, yield func(Item) error) error {
	r, err := gowarc.NewWarcFileReader(s.path, from,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore))
	if err != nil {
		return fmt.Errorf("%s: %w", s.path, err)
	}
	defer r.Close()
	type page struct {
		it   Item
		url  string
		body []byte
	}
	return inOrder(ctx, func(emit func(page) error) error {
		for {
			rec, err := r.Next()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return fmt.Errorf("%s at offset %d: %w", s.path, rec.Offset, err)
			}
			next := rec.Offset + rec.Size
			p := page{it: Item{Where: fmt.Sprintf("%s@%d", s.path, rec.Offset), Next: next, Done: next}}
			p.url, p.body, p.it.Skip = warcPage(rec.WarcRecord)
			rec.Close()
			if err := emit(p); err != nil {
				return err
			}
		}
	}, func(p page) Item {
		if p.body != nil {
			p.it.Article, p.it.Skip = FromHTML(p.body, p.url, "")
		}
		return p.it
	}, yield)
}

// warcPage reads the page of an HTTP response record holding HTML; other
// records give no body and a skip reason ("" for records that are no page).
func warcPage(wr gowarc.WarcRecord) (url string, body []byte, skip string) {
	if wr.Type() != gowarc.Response {
		return "", nil, "" // requests, warcinfo, metadata: not pages
	}
	block, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return "", nil, "WARC response without HTTP"
	}
	if code := block.HttpStatusCode(); code != 200 {
		return "", nil, fmt.Sprintf("HTTP status %d", code)
	}
	ct := ""
	if h := block.HttpHeader(); h != nil {
		ct = strings.ToLower(h.Get("Content-Type"))
	}
	if ct != "" && !strings.Contains(ct, "html") {
		return "", nil, "not HTML (" + strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]) + ")"
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return "", nil, "unreadable WARC payload"
	}
	body, err = io.ReadAll(io.LimitReader(payload, 32<<20))
	if err != nil {
		return "", nil, "unreadable WARC payload"
	}
	return wr.WarcHeader().Get(gowarc.WarcTargetURI), body, ""
}
