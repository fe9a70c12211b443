package quote

import (
	"fmt"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("DBG"))
	e := newExtraction(string(b))
	e.run()
	for i, en := range e.ents.list {
		fmt.Printf("%d %q parts=%v gender=%c titles=%v count=%d spoke=%v personLike=%v\n", i, en.name, en.parts, en.gender, en.titles, en.count, en.spoke, en.personLike())
	}
	for k := range e.toks {
		if e.isWord(k) && e.toks[k].cap {
			if m, ok := e.nameAt(k); ok {
				fmt.Printf("nameAt %d %q kind=%d\n", k, m.name, m.kind)
			}
		}
	}
}
