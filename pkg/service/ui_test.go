package service_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The web UI in headless Chromium, driven by playwright-core
// (scripts/uitest.sh): search, filter, cluster, provenance, hostile text, a
// phone screen. `make test` requires it (QUOTEWIRE_REQUIRE_BROWSER).
func TestWebUIInBrowser(t *testing.T) {
	needChromium(t)
	base := searchServer(t)
	browserTest(t, "ui.test.mjs", base)
}

// With API_KEYS set, the page loads without a key, asks for one, refuses a
// wrong one, keeps the right one for the tab, and exports with it.
func TestWebUIWithKeysInBrowser(t *testing.T) {
	needChromium(t)
	const key = "browser-key-0123456789"
	base, _ := searchServerKeyed(t, key)
	browserTest(t, "key.test.mjs", base, key)
}

func needChromium(t *testing.T) {
	t.Helper()
	if _, err := os.Stat("/usr/bin/chromium"); err != nil && os.Getenv("CHROMIUM") == "" {
		if os.Getenv("QUOTEWIRE_REQUIRE_BROWSER") != "" {
			t.Fatal("Chromium is missing: run scripts/deps.sh")
		}
		t.Skip("no Chromium: `make test` installs it")
	}
}

// browserTest runs one script of pkg/ui/uitest against base with
// scripts/uitest.sh; screenshots go to .uitest/.
func browserTest(t *testing.T, script, base string, args ...string) {
	t.Helper()
	shots, _ := filepath.Abs("../../.uitest")
	cmd := exec.Command("bash", append([]string{"../../scripts/uitest.sh", base, shots}, args...)...)
	cmd.Env = append(os.Environ(), "UITEST="+script)
	out, err := cmd.CombinedOutput()
	t.Logf("%s", out)
	if err != nil {
		t.Fatalf("browser test %s: %v", script, err)
	}
}
