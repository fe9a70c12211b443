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
	if _, err := os.Stat("/usr/bin/chromium"); err != nil && os.Getenv("CHROMIUM") == "" {
		if os.Getenv("QUOTEWIRE_REQUIRE_BROWSER") != "" {
			t.Fatal("Chromium is missing: run scripts/deps.sh")
		}
		t.Skip("no Chromium: `make test` installs it")
	}
	base := searchServer(t)
	shots, _ := filepath.Abs("../../.uitest")
	cmd := exec.Command("bash", "../../scripts/uitest.sh", base, shots)
	out, err := cmd.CombinedOutput()
	t.Logf("%s", out)
	if err != nil {
		t.Fatalf("browser test: %v", err)
	}
}
