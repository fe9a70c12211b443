// Package composetest checks docker-compose.yml against the services'
// configuration structs without a Docker engine: it loads the file with
// compose-go, the library Docker Compose itself uses.
package composetest

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
)

// Load parses the compose file at path.
func Load(t testing.TB, path string) *types.Project {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := loader.LoadWithContext(context.Background(), types.ConfigDetails{
		WorkingDir:  filepath.Dir(abs),
		ConfigFiles: []types.ConfigFile{{Filename: abs}},
		Environment: map[string]string{},
	}, func(o *loader.Options) { o.SetProjectName("quotewire", true) })
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
	p := Load(t, path)
	svc, ok := p.Services[service]
	if !ok {
		t.Fatalf("%s: no service %q", path, service)
	}
	if svc.Build == nil || !strings.HasSuffix(svc.Build.Dockerfile, "services/"+service+"/Dockerfile") {
		t.Errorf("service %s: not built from services/%s/Dockerfile (build: %+v)", service, service, svc.Build)
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
