package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// family groups quotation marks that close each other.
type family uint8

const (
	famDouble family = iota + 1
	famSingle
	famGuillemet
)

// role is what a quotation mark does in its context.
type role uint8

const (
	roleNone   role = iota // an apostrophe
	roleOpen               // can only open a quote
	roleClose              // can only close a quote
	roleEither             // straight mark with the same context on both sides
	// after a plural's s: a possessive ("babies' names"), or the close of
	// a single quotation open in its sentence ("to 'bed sheets' and")
	roleCloseOrNone
)

func markFamily(r rune) family {
	switch r {
	case '"', '\u201c', '\u201d', '\u201e':
		return famDouble
	case '\'', '\u2018', '\u2019':
		return famSingle
	case '\u00ab', '\u00bb':
		return famGuillemet
	}
	return 0
}

// openingContext: what may stand right before an opening mark.
func openingContext(r rune) bool {
	return r == 0 || isSpaceRune(r) || strings.ContainsRune("([{—–-/:;,\u2014\u2013", r) || isQuoteRune(r)
}

// closingContext: what may stand right after a closing mark.
func closingContext(r rune) bool {
	return r == 0 || isSpaceRune(r) || strings.ContainsRune(".,;:!?)]}—–-/\u2014\u2013\u2026", r) || isQuoteRune(r)
}

// joinWords follow a quotation in a sentence more often than a possessive
// noun does: "compared it to 'bed sheets' and ...".
var joinWords = setOf("and", "or", "but", "to", "in", "on", "as", "at", "by", "for", "from", "with", "that", "which",
	"is", "was", "were", "are", "of")

// elisions are words that start with an apostrophe in informal English.
var elisions = setOf("n", "em", "til", "cause", "bout", "tis", "twas", "round", "nuff", "cos", "s")

// tokenFamily is the family of the mark token t: two straight
// apostrophes, one after the other, make a double mark.
func tokenFamily(text string, t token) family {
	r, _ := runeAt(text, int(t.start))
	if t.end-t.start == 2 && r == '\'' {
		return famDouble
	}
	return markFamily(r)
}

// classify decides the role of the mark token at toks[k].
func classify(text string, toks []token, k int) (family, role) {
	t := toks[k]
	r, _ := runeAt(text, int(t.start))
	fam := tokenFamily(text, t)
	if fam == famDouble && r == '\'' {
		r = '"'
	}
	prev, _ := runeBefore(text, int(t.start))
	next, _ := runeAt(text, int(t.end))
	openCtx, closeCtx := openingContext(prev), closingContext(next)
	switch r {
	case '\u201c':
		if closeCtx && !openCtx || next == 0 || next == '\n' {
			return fam, roleClose // misused as closing: "rapists“ while", "percent.“" at a paragraph's end
		}
		if isSpaceRune(next) {
			return fam, roleEither // a space after it: closes an open quotation
		}
		return fam, roleOpen
	case '\u201d':
		if openCtx && !closeCtx || prev == 0 || prev == '\n' {
			return fam, roleOpen // misused as opening: " ”Hello", or opening a paragraph
		}
		if !openCtx && !closeCtx && unicode.IsUpper(next) {
			return fam, roleEither // "awaited her.”I came home": a space lost before an opening mark
		}
		return fam, roleClose
	case '\u201e', '\u00ab':
		return fam, roleOpen
	case '\u00bb':
		return fam, roleClose
	}
	if fam == famSingle {
		if isWordRune(prev) && isWordRune(next) {
			return fam, roleNone
		}
		if (next == 's' || next == 'S') && r != '\u2018' {
			if after, _ := runeAt(text, int(t.end)+1); !isWordRune(after) {
				return fam, roleNone // "Kourtney 's former partner": a possessive set off by a stray space
			}
		}
		if openCtx && unicode.IsDigit(next) {
			return fam, roleNone // '90s
		}
		if openCtx && k+1 < len(toks) && toks[k+1].kind == tWord {
			w := strings.ToLower(text[toks[k+1].start:toks[k+1].end])
			if h := strings.IndexByte(w, '-'); h > 0 {
				w = w[:h] // shoot-'em-up
			}
			// 'n' in rock 'n' roll, 'em, 'til ('s only when no word follows)
			if elisions.has(w) && !(k+2 < len(toks) && toks[k+2].kind == tWord && w == "s") {
				return fam, roleNone
			}
		}
		if (prev == 'n' || prev == 'N') && k > 0 && toks[k-1].kind == tWord && toks[k-1].end-toks[k-1].start == 1 {
			return fam, roleNone // the closing half of 'n'
		}
		if (prev == 's' || prev == 'S') && isSpaceRune(next) && r != '\u2018' {
			// babies' names: a possessive unless a reporting clause follows
			if k+1 < len(toks) && toks[k+1].kind == tWord {
				w := text[toks[k+1].start:toks[k+1].end]
				if c, _ := runeAt(w, 0); unicode.IsLower(c) && !isCueWord(w) && !isPronoun(strings.ToLower(w)) {
					if joinWords.has(w) {
						return fam, roleCloseOrNone
					}
					return fam, roleNone
				}
			}
		}
	}
	if r == '\u2018' {
		if closeCtx && !openCtx {
			return fam, roleClose // misused as closing
		}
		if isSpaceRune(next) {
			return fam, roleEither // a 'D-‘ rating: closes an open quotation
		}
		return fam, roleOpen
	}
	if r == '\u2019' {
		if openCtx && !closeCtx {
			return fam, roleOpen // misused as opening
		}
		return fam, roleClose
	}
	if r == '"' && prev == ',' && isWordRune(next) {
		// a space lost on either side: `audiences,"Katie Packer said`
		// closes the open quotation, `said,"Hello` opens one
		return fam, roleEither
	}
	switch {
	case openCtx && !closeCtx:
		return fam, roleOpen
	case closeCtx && !openCtx:
		return fam, roleClose
	case openCtx && closeCtx:
		return fam, roleEither
	}
	// letters on both sides of a straight double mark: guess by the stack
	return fam, roleEither
}

// span is one piece of a quotation inside one paragraph.
type span struct {
	open, close int32 // token indexes of the marks; close = -1 when unclosed
	start, end  int32 // byte offsets of the content, trimmed
	para        int32
	nested      bool // inside another quotation
	continues   bool // the previous span's quotation runs on into this one
	closedAtEnd bool
}

// maxDepth bounds the quotations open at once in a paragraph (prose nests
// two or three); marks past it are passed over, which keeps every search
// of the open marks short whatever the input.
const maxDepth = 16

type openMark struct {
	tok int32
	fam family
}

// findSpans pairs quotation marks paragraph by paragraph.
func findSpans(text string, toks []token, spans []span) []span {
	spans = pairMarks(text, toks, spans, nil)
	if skip := strayApostrophes(text, toks, spans); skip != nil {
		spans = pairMarks(text, toks, spans, skip)
	}
	return spans
}

// strayApostrophes finds the single marks that opened a quotation never
// closed in its paragraph, in an article whose quotations are all set in
// double marks (two or more, and none in single ones): elided words ("the
// beef between 'Ye, Pusha T and ..."), no quotation. Nil when there are
// none.
func strayApostrophes(text string, toks []token, spans []span) map[int32]bool {
	double, single := 0, 0
	for _, sp := range spans {
		if sp.nested || sp.close < 0 {
			continue
		}
		if tokenFamily(text, toks[sp.open]) == famSingle {
			single++
		} else {
			double++
		}
	}
	if double < 2 || single > 0 {
		return nil
	}
	var skip map[int32]bool
	for _, sp := range spans {
		if sp.close >= 0 || sp.continues || !sp.closedAtEnd || sp.nested {
			continue
		}
		if tokenFamily(text, toks[sp.open]) == famSingle {
			if skip == nil {
				skip = map[int32]bool{}
			}
			skip[sp.open] = true
		}
	}
	return skip
}

// pairMarks is findSpans passing over the marks in skip.
func pairMarks(text string, toks []token, spans []span, skip map[int32]bool) []span {
	spans = spans[:0]
	var stack []openMark
	carry := false // a quotation is open at the end of the previous paragraph
	var carryFam family
	inAttr := false // inside a markup attribute's value, which may span lines
	paraStart := 0
	held := -1 // the index of the paragraph's placeholder span
	flush := func(paraEnd int) {
		// the paragraph ended with quotations still open
		if len(stack) == 0 {
			carry = false
			return
		}
		bottom := stack[0]
		end := int32(len(text))
		if paraEnd < len(toks) {
			end = toks[paraEnd].start
		}
		sp := span{open: bottom.tok, close: -1, start: toks[bottom.tok].end, end: end, para: toks[bottom.tok].para}
		// does the next paragraph reopen it?
		carry = false
		if paraEnd+1 < len(toks) && toks[paraEnd].kind == tPara && toks[paraEnd+1].kind == tMark {
			f, ro := classify(text, toks, paraEnd+1)
			if f == bottom.fam && (ro == roleOpen || ro == roleEither) {
				carry = true
				carryFam = f
			}
		}
		sp.closedAtEnd = !carry
		spans = placeSpan(spans, sp, &held)
		stack = stack[:0]
		held = -1
	}
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.kind == tPara {
			flush(k)
			paraStart = k + 1
			continue
		}
		if t.kind != tMark {
			continue
		}
		r, _ := runeAt(text, int(t.start))
		if inAttr {
			inAttr = r != '"' // inside a markup attribute's value: no quotation
			continue
		}
		if prev, _ := runeBefore(text, int(t.start)); r == '"' && prev == '=' && inTag(text, int(t.start)-1) {
			inAttr = true // <tweet author="..."> is markup, not a quotation
			continue
		}
		fam, ro := classify(text, toks, k)
		if ro == roleNone || fam == 0 || skip[int32(k)] {
			continue
		}
		if (fam == famSingle || fam == famDouble) && ro == roleClose && strayCloser(text, toks, k, fam, stack) {
			// “Let's go.’ Schumer was: a single mark ends the double
			// quotation; ‘It was one of those things,” says Lopez: a double
			// mark ends the single one
			fam = otherFamily(fam)
		}
		if k == paraStart && carry && fam == carryFam {
			stack = append(stack, openMark{int32(k), fam})
			spans = append(spans, span{open: int32(k), close: -2, para: t.para}) // placeholder, fixed when closed
			spans[len(spans)-1].continues = true
			held = len(spans) - 1
			carry = false
			continue
		}
		switch ro {
		case roleEither:
			ro = roleOpen
			for _, o := range stack {
				if o.fam == fam {
					ro = roleClose
				}
			}
		case roleCloseOrNone:
			// closes a quotation opened a few words back, else an apostrophe
			ro = roleNone
			for _, o := range stack {
				if o.fam == fam && k-int(o.tok) <= 12 {
					ro = roleClose
				}
			}
			if ro == roleNone {
				continue
			}
		}
		if ro == roleOpen {
			if fam == famDouble && r != '"' {
				// a curly double mark opening inside an open curly double
				// quotation: English nests single marks in double ones, so
				// the open one lost its closing mark ("“Mine comes through
				// reading ... explain that to me?’ That’s echoed by Marc
				// Lasry. “What’s interesting ..."); it ends at the last
				// sentence before the narration that follows it
				if j := len(stack) - 1; j >= 0 && stack[j].fam == famDouble {
					if c := unclosedEnd(text, toks, int(stack[j].tok), k); c > 0 {
						o := stack[j]
						stack = stack[:j]
						sp := span{open: o.tok, close: int32(c), start: toks[o.tok].end, end: toks[c].start, para: t.para, nested: j > 0}
						spans = placeSpan(spans, sp, &held)
					}
				}
			}
			if len(stack) < maxDepth {
				stack = append(stack, openMark{int32(k), fam})
			}
			continue
		}
		// closing: find the innermost open mark of its family
		j := len(stack) - 1
		for j >= 0 && stack[j].fam != fam {
			j--
		}
		if j < 0 {
			continue // a stray closing mark
		}
		o := stack[j]
		stack = stack[:j]
		sp := span{open: o.tok, close: int32(k), start: toks[o.tok].end, end: t.start, para: t.para, nested: j > 0}
		spans = placeSpan(spans, sp, &held)
	}
	flush(len(toks))
	// drop placeholders that never closed inside their paragraph (flush
	// already added them as unclosed spans)
	out := spans[:0]
	for _, sp := range spans {
		if sp.close == -2 {
			continue
		}
		out = append(out, sp)
	}
	for i := range out {
		out[i].start, out[i].end = trimSpace(text, out[i].start, out[i].end)
	}
	return out
}

// unclosedEnd is where a double quotation opened at token open and never
// closed before the double mark at token k ends: the token after the last
// full stop, question or exclamation mark (or the single mark closing
// there) that the narration before k follows with three words or more; 0
// when there is none.
func unclosedEnd(text string, toks []token, open, k int) int {
	stop := func(c int) bool {
		t := toks[c]
		return t.kind == tPunct && t.end-t.start == 1 && strings.IndexByte(".?!", text[t.start]) >= 0
	}
	words := 0
	for c := k - 1; c > open; c-- {
		t := toks[c]
		switch {
		case t.kind == tWord:
			words++
		case words < 3:
		case t.kind == tMark && c > open+1 && stop(c-1):
			return c // "... to me?’ That’s echoed by ...": the single mark closes there too
		case stop(c) && c+1 < k && toks[c+1].kind == tWord:
			return c + 1
		}
	}
	return 0
}

// inTag reports whether the '=' at byte i stands inside a markup tag: a '<'
// opens before it, with no '>' between, within a few hundred bytes
// (attribute values may hold line breaks). `x="` in prose is no tag.
func inTag(text string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-400; j-- {
		switch text[j] {
		case '<':
			return j+1 < len(text) && (text[j+1] >= 'a' && text[j+1] <= 'z' || text[j+1] >= 'A' && text[j+1] <= 'Z')
		case '>':
			return false
		}
	}
	return false
}

// strayCloser reports whether the closing mark at toks[k], of family fam
// (single or double) with no mark of its family to close, ends the open
// quotation of the other family instead: it follows the end of a sentence
// or clause and stands before a space or the end of the paragraph.
func strayCloser(text string, toks []token, k int, fam family, stack []openMark) bool {
	if len(stack) == 0 || stack[len(stack)-1].fam != otherFamily(fam) {
		return false
	}
	for _, o := range stack {
		if o.fam == fam {
			return false
		}
	}
	prev, _ := runeBefore(text, int(toks[k].start))
	next, _ := runeAt(text, int(toks[k].end))
	return strings.ContainsRune(".?!,", prev) && (next == 0 || isSpaceRune(next))
}

// otherFamily is the double family of a single mark and the single family
// of a double one.
func otherFamily(fam family) family { return famDouble + famSingle - fam }

// placeSpan adds sp, or replaces the placeholder of a quotation reopened at
// its paragraph's start, which keeps its place before any nested spans.
// *held is the index of the paragraph's placeholder (a paragraph has one at
// most), -1 when none: looking it up by index keeps a paragraph of
// thousands of quotations linear.
func placeSpan(spans []span, sp span, held *int) []span {
	if i := *held; i >= 0 && spans[i].close == -2 && spans[i].open == sp.open {
		sp.continues = true
		spans[i] = sp
		*held = -1
		return spans
	}
	return append(spans, sp)
}

// trimSpace narrows [start, end) to exclude surrounding white space, and
// stray continuation bytes of invalid UTF-8, so both ends fall on rune
// boundaries.
func trimSpace(text string, start, end int32) (int32, int32) {
	for start < end {
		if !utf8.RuneStart(text[start]) {
			start++
			continue
		}
		r, n := runeAt(text, int(start))
		if !isSpaceRune(r) {
			break
		}
		start += int32(n)
	}
	for end > start {
		if int(end) < len(text) && !utf8.RuneStart(text[end]) {
			end--
			continue
		}
		r, n := runeBefore(text, int(end))
		if !isSpaceRune(r) {
			break
		}
		end -= int32(n)
	}
	return start, end
}
