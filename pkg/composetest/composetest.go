// Package composetest checks docker-compose.yml against the services'
// configuration structs without a Docker engine: it loads the file with
// compose-go, the library Docker Compose itself uses.
package composetest

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
)

// Load parses the compose file at path, with the services of the given
// profiles too.
func Load(t testing.TB, path string, profiles ...string) *types.Project {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := loader.LoadWithContext(context.Background(), types.ConfigDetails{
		WorkingDir:  filepath.Dir(abs),
		ConfigFiles: []types.ConfigFile{{Filename: abs}},
		Environment: map[string]string{},
	}, func(o *loader.Options) {
		o.SetProjectName("quotewire", true)
		o.Profiles = profiles
	})
	if err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
	return p
}

// EnvNames lists the env tags of a config struct, embedded structs included.
func EnvNames(cfg any) map[string]bool {
	names := map[string]bool{}
	var walk func(reflect.Type)
	walk = func(rt reflect.Type) {
		for rt.Kind() == reflect.Pointer {
			rt = rt.Elem()
		}
		for i := 0; i < rt.NumField(); i++ {
			f := rt.Field(i)
			if tag := f.Tag.Get("env"); tag != "" {
				names[strings.Split(tag, ",")[0]] = true
			} else if f.Type.Kind() == reflect.Struct {
				walk(f.Type)
			}
		}
	}
	walk(reflect.TypeOf(cfg))
	return names
}

// CheckService verifies that service exists in the compose file at path, is
// built from its Dockerfile, has a healthcheck, and sets only variables that
// cfg reads.
func CheckService(t *testing.T, path, service string, cfg any) {
	t.Helper()
	p := Load(t, path, "cluster")
	svc, ok := p.Services[service]
	if !ok {
		t.Fatalf("%s: no service %q", path, service)
	}
	binary := strings.TrimPrefix(service, "cluster-") // the cluster profile's workers are the same binaries
	if svc.Build == nil || !strings.HasSuffix(svc.Build.Dockerfile, "services/"+binary+"/Dockerfile") {
		t.Errorf("service %s: not built from services/%s/Dockerfile (build: %+v)", service, binary, svc.Build)
	}
	if svc.HealthCheck == nil || len(svc.HealthCheck.Test) == 0 {
		t.Errorf("service %s: no healthcheck", service)
	}
	known := EnvNames(cfg)
	if len(svc.Environment) == 0 {
		t.Errorf("service %s: no environment", service)
	}
	for name := range svc.Environment {
		if !known[name] {
			t.Errorf("service %s: environment variable %s is not in its config struct", service, name)
		}
	}
}

// CheckREADME verifies that the README's configuration table gives every
// default of cfg: the row of each variable with an envDefault shows that
// value in backticks (a row may list several services' defaults).
func CheckREADME(t *testing.T, path string, cfg any) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(string(raw), "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		cells := strings.Split(line, "|")
		if len(cells) < 3 {
			continue
		}
		for _, name := range strings.Split(cells[1], "`") {
			if name = strings.TrimSpace(name); name != "" && name != "," && name != "/" {
				rows[name] += line
			}
		}
	}
	for name, def := range envDefaults(reflect.TypeOf(cfg)) {
		row, ok := rows[name]
		switch {
		case !ok:
			t.Errorf("%s: no row for %s in the configuration table", path, name)
		case !strings.Contains(row, "`"+def+"`"):
			t.Errorf("%s: the row of %s does not give its default `%s`: %s", path, name, def, row)
		}
	}
}

// envDefaults maps the env tags of a config struct to their envDefault.
func envDefaults(rt reflect.Type) map[string]string {
	out := map[string]string{}
	for rt.Kind() == reflect.Pointer {
		rt = rt.Elem()
	}
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		tag := f.Tag.Get("env")
		def, hasDef := f.Tag.Lookup("envDefault")
		switch {
		case tag != "" && hasDef:
			out[strings.Split(tag, ",")[0]] = def
		case tag == "" && f.Type.Kind() == reflect.Struct:
			for k, v := range envDefaults(f.Type) {
				out[k] = v
			}
		}
	}
	return out
}
