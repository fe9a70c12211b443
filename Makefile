# Quotewire: `make help` lists the targets. Logic lives in scripts/.
.DEFAULT_GOAL := help
SHELL := /bin/bash
SERVICES := ingest extractor indexer search

.PHONY: help build run test unit golden train cv-channel cv-speaker test-servers test-faults test-cluster bench-pipeline bench-search bench-engine check generate tidy bench es-start es-stop clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-15s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

build: ## build bin/quotewire and the four service binaries
	@mkdir -p bin
	go build -o bin/quotewire ./services/quotewire
	@for s in $(SERVICES); do go build -o bin/$$s ./services/$$s || exit 1; done

run: ## start Elasticsearch, run the pipeline on the sample articles, serve search and the web UI on 127.0.0.1:8080
	scripts/run.sh

test: ## gofmt, vet, tidy and protobuf checks, then all tests with -race (real NATS, Elasticsearch, headless Chromium)
	scripts/test.sh

unit: ## the fast inner loop: every test that needs neither Elasticsearch nor a browser (real in-process NATS), with -race
	scripts/unit.sh

golden: ## rewrite the engine's golden files (pkg/quote/testdata/extract) from its output; review the diff
	go test ./pkg/quote -run 'TestGolden$$' -update

train: ## learn the he/she ranker and the channel classifier from ../shared/eval (PolNeAR and celebrity dev; the classifier the golden files too) into pkg/quote/data
	go run ./services/quotewire train-speaker -o pkg/quote/data/pronoun.model ../shared/eval/polnear/dev.jsonl ../shared/eval/celebrity/dev.jsonl
	go run ./services/quotewire train-channel -goldens pkg/quote/testdata/extract -o pkg/quote/data/channel.model ../shared/eval/polnear/dev.jsonl ../shared/eval/celebrity/dev.jsonl

cv-channel: ## the channel classifier's 5-fold cross-validation by article, beside the rules, with outlet agreement, channel confidence and the transfer between corpora
	scripts/cv-channel.sh 5

cv-speaker: ## the he/she ranker's 5-fold cross-validation by article (speaker, coverage, attribution), beside recency alone, and its transfer from PolNeAR to celebrity news
	scripts/cv-speaker.sh 5

test-servers: ## the Elasticsearch tests again against Elasticsearch 8.19 and OpenSearch 2.19 (fetched from Maven Central)
	scripts/test-servers.sh

test-faults: ## fault-injection tests: ES stopped 60 s, NATS restarted, workers killed, poison, 429s, SIGTERM
	scripts/test-faults.sh

test-cluster: ## 3 NATS servers (R3), 3 Elasticsearch nodes (1 replica), 2 extractors and 2 indexers; one of each SIGKILLed under 20,000 articles: lost 0, duplicated 0, clusters as near one node's as order allows
	scripts/test-cluster.sh

check: ## static checks only (gofmt, vet, go mod tidy -diff, buf lint, generated code current)
	scripts/check.sh

generate: ## regenerate pkg/gen from proto/ with buf
	scripts/tools.sh && PATH="$(CURDIR)/.bin:$$PATH" buf generate

tidy: ## go work sync, then go mod tidy in every module
	go work sync
	@for m in $$(scripts/modules.sh); do (cd $$m && GOWORK=off go mod tidy) || exit 1; done

bench: bench-engine bench-search ## engine benchmarks, then search/provenance latency on 1M quotes

bench-engine: ## extraction engine benchmarks (MB/s, B/op, allocs/op)
	go test -run '^$$' -bench . -benchmem ./pkg/quote/

bench-search: ## search and provenance p50/p95/p99 at 20 clients on 1M quotes, API vs Elasticsearch direct, and the floor (an empty search)
	scripts/bench-search.sh

bench-pipeline: ## pipeline articles/s vs raw bulk indexing, and a 100k-article backfill killed and resumed, same run
	scripts/bench-pipeline.sh

es-start: ## start the local Elasticsearch node (downloads it once via Maven)
	scripts/es.sh start

es-stop: ## stop the local Elasticsearch node
	scripts/es.sh stop

clean: ## remove binaries and the dev data directory (.data)
	rm -rf bin .data
