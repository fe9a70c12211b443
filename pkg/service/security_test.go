package service_test

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nkeys"
	"golang.org/x/sync/errgroup"
	"google.golang.org/protobuf/proto"

	"github.com/quotewire/quotewire/pkg/admin"
	"github.com/quotewire/quotewire/pkg/bus"
	"github.com/quotewire/quotewire/pkg/estest"
	quotewirev1 "github.com/quotewire/quotewire/pkg/gen/quotewire/v1"
	"github.com/quotewire/quotewire/pkg/index"
	"github.com/quotewire/quotewire/pkg/pipeline"
	"github.com/quotewire/quotewire/pkg/service"
	"github.com/quotewire/quotewire/pkg/tlstest"
	"github.com/quotewire/quotewire/pkg/waittest"
)

// startSecureNATS runs nats-server with docs/security/nats-server.conf, its
// certificate paths pointed at a fresh test CA.
func startSecureNATS(t *testing.T) (url string, certs *tlstest.Files) {
	t.Helper()
	certs = tlstest.New(t)
	conf, err := os.ReadFile("../../docs/security/nats-server.conf")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(conf), "/etc/nats/certs/", certs.Dir+"/")
	text = strings.ReplaceAll(text, "/var/lib/nats/jetstream", t.TempDir())
	path := filepath.Join(t.TempDir(), "nats-server.conf")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{"INGEST", "EXTRACTOR", "INDEXER", "OPERATOR"} {
		t.Setenv("QUOTEWIRE_"+u+"_PASSWORD", strings.ToLower(u)+"-secret")
	}
	opts, err := server.ProcessConfigFile(path)
	if err != nil {
		t.Fatalf("the example config does not load: %v", err)
	}
	opts.Host, opts.Port, opts.NoLog, opts.NoSigs = "127.0.0.1", server.RANDOM_PORT, true, true
	s, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server with the example config did not start")
	}
	t.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
	return s.ClientURL(), certs
}

func user(url string, certs *tlstest.Files, name string) service.NATS {
	return service.NATS{NATSURL: url, NATSUser: name, NATSPassword: name + "-secret", NATSCA: certs.CA}
}

// The example server config lets each service do its work and nothing more;
// wrong credentials and an untrusted server are refused with clear errors.
func TestNATSLeastPrivilege(t *testing.T) {
	url, certs := startSecureNATS(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx := context.Background()
	connect := func(cfg service.NATS, name string) (*nats.Conn, jetstream.JetStream, error) {
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		defer cancel()
		return service.ConnectNATS(cctx, cfg, name, log, nats.MaxReconnects(0))
	}

	bad := user(url, certs, "extractor")
	bad.NATSPassword = "wrong"
	if _, _, err := connect(bad, "bad-password"); err == nil || !strings.Contains(strings.ToLower(err.Error()), "authorization violation") {
		t.Errorf("wrong password: err %v, want an authorization violation", err)
	}
	untrusted := user(url, certs, "extractor")
	untrusted.NATSCA = ""
	if _, _, err := connect(untrusted, "no-ca"); err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Errorf("server certificate from an unknown CA: err %v, want a certificate error", err)
	}

	// The operator creates the topology; the services only find it.
	opc, opjs, err := connect(user(url, certs, "operator"), "operator")
	if err != nil {
		t.Fatalf("operator: %v", err)
	}
	defer opc.Close()
	conns := map[string]jetstream.JetStream{}
	for _, name := range []string{"ingest", "extractor", "indexer"} {
		nc, js, err := connect(user(url, certs, name), name)
		if err != nil {
			t.Fatalf("%s with its own user: %v", name, err)
		}
		defer nc.Close()
		conns[name] = js
	}

	// A worker may not publish where it should not.
	for _, c := range []struct{ user, subject string }{
		{"extractor", bus.ArticlesSubject},
		{"indexer", bus.QuotesSubject},
		{"ingest", bus.QuotesSubject},
		{"extractor", bus.DeadLetterSubjectPrefix + "indexer"},
	} {
		pctx, cancel := context.WithTimeout(ctx, time.Second)
		_, err := conns[c.user].Publish(pctx, c.subject, []byte("not allowed"))
		cancel()
		if err == nil {
			t.Errorf("%s published to %s", c.user, c.subject)
		}
	}
	for _, st := range []string{bus.ArticlesStream, bus.QuotesStream, bus.DeadLetterStream} {
		s, err := opjs.Stream(ctx, st)
		if err != nil {
			t.Fatal(err)
		}
		if n := s.CachedInfo().State.Msgs; n != 0 {
			t.Errorf("stream %s holds %d messages after forbidden publishes", st, n)
		}
	}

	// Each service's permissions are enough for its real work: an article
	// published by ingest is extracted and indexed by workers on their own users.
	ix := estest.Open(t)
	m := pipeline.NewMetrics(admin.NewRegistry())
	wctx, cancel := context.WithCancel(ctx)
	g, gctx := errgroup.WithContext(wctx)
	g.Go(func() error { return pipeline.NewExtractor(conns["extractor"], log, m).Run(gctx) })
	g.Go(func() error { return pipeline.NewIndexer(conns["indexer"], ix, log, m, 8).Run(gctx) })
	service.UseClusterLog(gctx, g.Go, conns["indexer"], ix) // as the indexer service does
	defer func() { cancel(); g.Wait() }()
	a := &quotewirev1.Article{Id: "secure-1", Version: 1, Text: "\"Locks work,\" said Ada Byrne."}
	data, _ := proto.Marshal(a)
	if _, err := bus.PublishArticle(ctx, conns["ingest"], data, a.Id, a.Version); err != nil {
		t.Fatalf("ingest publishes an article: %v", err)
	}
	// and a poison message ends in the extractor's dead letters
	if _, err := bus.Publish(ctx, conns["ingest"], bus.ArticlesSubject, "poison", []byte("\xffnot protobuf")); err != nil {
		t.Fatal(err)
	}
	waittest.Eventually(t, 20*time.Second, func() bool {
		ix.Refresh(ctx)
		res, err := ix.Search(ctx, index.Query{ArticleID: "secure-1", Size: 10})
		dlq, _ := opjs.Stream(ctx, bus.DeadLetterStream)
		info, _ := dlq.Info(ctx)
		return err == nil && len(res.Docs) == 1 && res.Docs[0].Speaker == "Ada Byrne" && info != nil && info.State.Msgs == 1
	}, waittest.Says("the pipeline on least-privilege users did not index the quote and park the poison message"))

	// A second indexer process on the indexer user places a near-duplicate
	// in the first one's cluster: it reads the first's decision through
	// the cluster log's tail, before Elasticsearch shows the quote.
	cfg := estest.Config(t)
	cfg.Prefix = ix.Alias()
	ix2, err := index.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	service.UseClusterLog(gctx, g.Go, conns["indexer"], ix2)
	write := func(w *index.Index, id, text string) string {
		docs := []index.Document{{ID: index.DocID(id, 0), ArticleID: id, Text: text, Speaker: "Ada Byrne", Article: index.ArticleMetadata{ID: id, Version: 1}}}
		if errs := w.Write(ctx, []index.ArticleDocs{{ArticleID: id, Version: 1, Docs: docs}}); errs[0] != nil {
			t.Fatalf("indexer on its least-privilege user: %v", errs[0])
		}
		return docs[0].ClusterID
	}
	first := write(ix, "secure-2", "Every lock on the harbour gate was changed last winter.")
	if second := write(ix2, "secure-3", "Every lock on the harbour gate was changed last winter, as promised."); second != first {
		t.Errorf("near-duplicate placed by the second indexer in cluster %s, the first's is %s", second, first)
	}
}

// NATS_NKEY_SEED authenticates with an nkey; a different key is refused.
func TestNATSNKey(t *testing.T) {
	user, err := nkeys.CreateUser()
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := user.PublicKey()
	seed, _ := user.Seed()
	other, _ := nkeys.CreateUser()
	otherSeed, _ := other.Seed()
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.nk"), filepath.Join(dir, "bad.nk")
	os.WriteFile(good, seed, 0o600)
	os.WriteFile(bad, otherSeed, 0o600)
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: server.RANDOM_PORT, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true, Nkeys: []*server.NkeyUser{{Nkey: pub}}})
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server did not start")
	}
	defer s.Shutdown()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	nc, _, err := service.ConnectNATS(ctx, service.NATS{NATSURL: s.ClientURL(), NATSNKeySeed: good}, "nkey", log, nats.MaxReconnects(0))
	if err != nil {
		t.Fatalf("the right nkey: %v", err)
	}
	nc.Close()
	if _, _, err := service.ConnectNATS(ctx, service.NATS{NATSURL: s.ClientURL(), NATSNKeySeed: bad}, "nkey", log, nats.MaxReconnects(0)); err == nil || !strings.Contains(strings.ToLower(err.Error()), "authorization violation") {
		t.Errorf("another nkey: err %v, want an authorization violation", err)
	}
	if err := (service.NATS{NATSURL: "nats://x", NATSUser: "a", NATSNKeySeed: good}).Validate(); err == nil {
		t.Error("user and nkey together: want a configuration error")
	}
}
