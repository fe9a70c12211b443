package main

import (
	"context"
	"errors"
	"flag"
	"os"
	"strings"
	"testing"
)

// Every command answers -h with its flags and an unknown flag with an error,
// never a crash (flags may follow sources, so the flag set is read by hand).
func TestHelpAndBadFlags(t *testing.T) {
	stderr := os.Stderr
	devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	os.Stderr = devNull // flag sets print their usage there
	t.Cleanup(func() { os.Stderr = stderr; devNull.Close() })
	ctx := context.Background()
	for _, cmd := range []string{"backfill", "reindex", "loadtest", "synth", "status"} {
		if err := run(ctx, []string{cmd, "-h"}); !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%s -h: %v, want the help", cmd, err)
		}
		if err := run(ctx, []string{cmd, "-no-such-flag", "x"}); err == nil || !strings.Contains(err.Error(), "no-such-flag") {
			t.Errorf("%s -no-such-flag: %v, want an error naming the flag", cmd, err)
		}
	}
	if err := run(ctx, []string{"extract", "stray"}); err == nil {
		t.Error("extract with an argument: no error")
	}
}
