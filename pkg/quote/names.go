package quote

import (
	_ "embed"
	"strings"
)

//go:embed data/names-female.txt
var femaleNamesText string

//go:embed data/names-male.txt
var maleNamesText string

// firstNames maps common first names to their usual gender ('f' or 'm');
// names listed in both lists map to 0.
var firstNames = loadFirstNames()

func loadFirstNames() map[string]byte {
	m := map[string]byte{}
	add := func(text string, g byte) {
		for _, line := range strings.Split(text, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, n := range strings.Fields(line) {
				if old, ok := m[n]; ok && old != g {
					m[n] = 0
					continue
				}
				m[n] = g
			}
		}
	}
	add(femaleNamesText, 'f')
	add(maleNamesText, 'm')
	return m
}
