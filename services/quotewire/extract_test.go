package main

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
)

// extract writes one line per good article, in order, skips a bad line
// with its number and a plain reason on the log, and counts the bad lines
// in its error.
func TestExtractSkipsBadLinesWithPlainReasons(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"\"We will win,\" Alvarez said."}`,
		`{"id":1,"text":"x"}`,
		`not json`,
		`{"id":"b","text":5}`,
		`{"id":"c","text":"No quotes here."}`,
	}, "\n")
	var out, logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	err := runExtract(strings.NewReader(in), &out, log)
	if err == nil || !strings.Contains(err.Error(), "3 bad input line(s)") {
		t.Errorf("error %v, want 3 bad lines counted", err)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var a extractedArticle
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("output line %q: %v", line, err)
		}
		ids = append(ids, a.ID)
		if a.ID == "a" && (len(a.Quotes) != 1 || a.Quotes[0].Text != "We will win," || *a.Quotes[0].Speaker != "Alvarez") {
			t.Errorf("article a: %+v", a.Quotes)
		}
	}
	if strings.Join(ids, ",") != "a,c" {
		t.Errorf("articles out %v, want a,c", ids)
	}
	for _, want := range []string{"line=2", "field id must be a string, not a JSON number", "line=3", "malformed JSON at byte 2",
		"line=4", "field text must be a string"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
	if strings.Contains(logs.String(), "Go struct") {
		t.Errorf("log names Go types:\n%s", logs.String())
	}
}
