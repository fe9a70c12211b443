package pipeline

import "github.com/quotewire/quotewire/pkg/index"

func quoteID(articleID string, position int) string { return index.DocID(articleID, position) }
