package pipeline

import "github.com/quotewire/quotewire/pkg/quote"

// SetEngine replaces the extractor's quote engine (a test seam).
func SetEngine(x *Extractor, f func(string) ([]quote.Quote, error)) { x.engine = f }
