package index

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"

	"github.com/olivere/elastic/v7"
)

// Generation is the index version the template and alias start from.
const Generation = 1

// IndexName is the concrete index of a generation ("quotes-v1").
func IndexName(alias string, gen int) string { return fmt.Sprintf("%s-v%d", alias, gen) }

// Template returns the composable index template for the alias's indices.
// It uses only core analysis (the standard analyzer) and adds an English
// stemmed sub-field where the cluster has the "english" analyzer.
func Template(alias string, caps Capabilities, replicas int) map[string]any {
	// index_phrases indexes word pairs too: exact-phrase searches ("the city
	// will recover") read them instead of positions, several times faster
	text := map[string]any{"type": "text", "analyzer": "standard", "index_phrases": true}
	if caps.EnglishAnalyzer {
		text["fields"] = map[string]any{"english": map[string]any{"type": "text", "analyzer": "english"}}
	}
	keyword := map[string]any{"type": "keyword", "ignore_above": 512}
	keywordText := map[string]any{
		"type": "keyword", "ignore_above": 512,
		"fields": map[string]any{"text": map[string]any{"type": "text", "analyzer": "standard"}},
	}
	notIndexed := func(t string) map[string]any { return map[string]any{"type": t, "index": false} }
	return map[string]any{
		"index_patterns": []string{alias + "-v*"},
		"priority":       100,
		"_meta":          map[string]any{"managed_by": "quotewire"},
		"template": map[string]any{
			"settings": map[string]any{
				"number_of_shards":   1,
				"number_of_replicas": replicas,
				"refresh_interval":   "1s",
				// kept newest article first on disk: a listing by date (a
				// speaker's quotes, facets, the default without q) stops
				// once it has its page and its count, instead of sorting
				// every match (28% more searches per second at 20 clients
				// on 1M quotes); an index made before takes it at its next
				// `quotewire reindex`
				"sort.field": []string{"article.published_at", "tiebreak"},
				"sort.order": []string{"desc", "asc"},
			},
			"mappings": map[string]any{
				"dynamic": "strict",
				"properties": map[string]any{
					"id":                 keyword,
					"tiebreak":           map[string]any{"type": "long"},
					"article_id":         keyword,
					"position":           map[string]any{"type": "integer"},
					"text":               text,
					"text_hash":          keyword,
					"cluster_id":         keyword,
					"anchors":            map[string]any{"type": "keyword", "doc_values": false},
					"start":              notIndexed("integer"),
					"end":                notIndexed("integer"),
					"speaker":            keywordText,
					"speaker_mention":    keyword,
					"cue":                keyword,
					"channel":            keyword,
					"outlet":             keywordText,
					"context":            map[string]any{"type": "text", "analyzer": "standard"},
					"confidence":         map[string]any{"type": "float"},
					"channel_confidence": map[string]any{"type": "float"},
					"kind":               keyword,
					"engine_version":     keyword,
					"indexed_at":         map[string]any{"type": "date"},
					"article": map[string]any{
						"properties": map[string]any{
							"id":           keyword,
							"url":          keyword,
							"title":        map[string]any{"type": "text", "analyzer": "standard"},
							"outlet":       keywordText,
							"authors":      keyword,
							"published_at": map[string]any{"type": "date"},
							"language":     keyword,
							"version":      map[string]any{"type": "long"},
						},
					},
				},
			},
		},
	}
}

// properties are the mapped fields of the template's documents.
func properties(caps Capabilities) map[string]any {
	return Template("", caps, 0)["template"].(map[string]any)["mappings"].(map[string]any)["properties"].(map[string]any)
}

// addNewFields adds to the index behind the alias the fields the template
// has and it lacks (additive changes need no reindex). Fields it has keep
// their mapping even where the template now maps them differently (such as
// index_phrases on text): a new generation (`quotewire reindex`) takes those.
func (ix *Index) addNewFields(ctx context.Context) error {
	// a plain GET: olivere's mapping service sends a type path that
	// OpenSearch 2 refuses
	raw, err := ix.client.PerformRequest(ctx, elastic.PerformRequestOptions{Method: "GET", Path: "/" + url.PathEscape(ix.alias) + "/_mapping"})
	if err != nil {
		return fmt.Errorf("read mapping of %s: %w", ix.alias, err)
	}
	var res map[string]any
	if err := json.Unmarshal(raw.Body, &res); err != nil {
		return fmt.Errorf("read mapping of %s: %w", ix.alias, err)
	}
	have := map[string]bool{}
	for _, m := range res {
		index, _ := m.(map[string]any)
		mapping, _ := index["mappings"].(map[string]any)
		props, _ := mapping["properties"].(map[string]any)
		for f := range props {
			have[f] = true
		}
	}
	want := properties(ix.caps)
	add := map[string]any{}
	for f, m := range want {
		if !have[f] {
			add[f] = m
		}
	}
	if len(add) == 0 {
		return nil
	}
	if _, err := ix.client.PutMapping().Index(ix.alias).BodyJson(map[string]any{"properties": add}).Do(ctx); err != nil {
		return fmt.Errorf("update mapping of %s: %w", ix.alias, err)
	}
	return nil
}

// Ensure puts the index template and, when the alias does not exist yet,
// creates the first generation's index behind it. It is idempotent and safe
// to run from several processes at once.
func (ix *Index) Ensure(ctx context.Context, replicas int) error {
	ctx, cancel := ix.reqCtx(ctx)
	defer cancel()
	if _, err := ix.client.IndexPutIndexTemplate(ix.alias).BodyJson(Template(ix.alias, ix.caps, replicas)).Do(ctx); err != nil {
		return fmt.Errorf("put index template %s: %w", ix.alias, err)
	}
	if err := ix.ensureVersions(ctx, replicas); err != nil {
		return err
	}
	exists, err := ix.client.IndexExists(ix.alias).Do(ctx)
	if err != nil {
		return fmt.Errorf("check alias %s: %w", ix.alias, err)
	}
	if exists {
		return ix.addNewFields(ctx)
	}
	name := IndexName(ix.alias, Generation)
	body := map[string]any{"aliases": map[string]any{ix.alias: map[string]any{"is_write_index": true}}}
	if _, err := ix.client.CreateIndex(name).BodyJson(body).Do(ctx); err != nil {
		if alreadyExists(err) {
			return nil
		}
		return fmt.Errorf("create index %s: %w", name, err)
	}
	return nil
}
