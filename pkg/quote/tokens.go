package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token is.
type tokKind uint8

const (
	tWord  tokKind = iota
	tPunct         // one punctuation character
	tMark          // a quotation mark or apostrophe not inside a word
	tPara          // a paragraph break (one or more newlines)
)

// token is a word, punctuation mark or paragraph break with byte offsets.
type token struct {
	start, end int32
	kind       tokKind
	cap        bool  // a word starting with an upper-case letter
	abbrev     bool  // a word ending in a period that does not end a sentence
	curly      bool  // a word holding a curly apostrophe ("Trump’s")
	quote      int32 // index+1 of the quote whose content holds the token, 0 outside
	sent       int32 // sentence number (quote contents belong to their sentence)
	para       int32 // paragraph number
}

// asciiWord marks the ASCII letters and digits (indexed by any byte, it
// needs no bounds check).
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// asciiClass sorts the ASCII bytes tokenize passes over or emits alone:
// spaces other than the newline, and punctuation other than quotation
// marks (newlines, letters, digits and quotation marks take the general
// path).
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		switch {
		case r == '\n' || isWordRune(r) || isQuoteRune(r):
			t[c] = aOther
		case isSpaceRune(r):
			t[c] = aSpace
		default:
			t[c] = aPunct
		}
	}
	return t
}()

const (
	aOther = iota
	aSpace
	aPunct
)

// isWordRune reports letters and digits.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '\u2018', '\u2019', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
		return true
	}
	return false
}

// isFormatRune reports the invisible characters that web text carries
// inside or between words: soft hyphens, zero-width spaces and joiners, the
// byte-order mark.
func isFormatRune(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == '\u00a0' || r == '\u2009' || r == '\u202f' || (r >= utf8.RuneSelf && unicode.IsSpace(r))
}

// runeAt decodes the rune at byte offset i (RuneError, 0 past the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) || i < 0 {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at byte offset i.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 || i > len(s) {
		return 0, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// tokenize splits text into tokens. Apostrophes and hyphens between letters
// stay inside words; periods stay on known abbreviations and initials.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	para := int32(0)
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			// the common case: an ASCII space or punctuation mark, passed over or emitted here
			switch asciiClass[c] {
			case aSpace:
				i++
				continue
			case aPunct:
				toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tPunct, para: para})
				i++
				continue
			}
			if asciiWord[c] {
				toks, i = appendWord(toks, text, i, rune(c), 1, para)
				continue
			}
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isWordRune(r):
			toks, i = appendWord(toks, text, i, r, size, para)
		case r == '\n':
			j := i
			for j < len(text) {
				c, n := runeAt(text, j)
				if c != '\n' && c != '\r' && c != ' ' && c != '\t' {
					break
				}
				j += n
			}
			para++
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tPara, para: para})
			i = j
		case isSpaceRune(r) || isFormatRune(r):
			i += size // an invisible soft hyphen or zero-width space outside a word is passed over
		case isQuoteRune(r):
			if r == '\'' && i+1 < len(text) && text[i+1] == '\'' {
				size = 2 // '' stands for a double quotation mark in some archives
				if i+2 < len(text) && text[i+2] == '\'' {
					// ''' closes a single quotation, then the double one
					// ('independence,'''), or opens them in that order
					if nc, _ := runeAt(text, i+3); !isWordRune(nc) {
						size = 1
					}
				}
			}
			toks = append(toks, token{start: int32(i), end: int32(i + size), kind: tMark, para: para})
			i += size
		default:
			toks = append(toks, token{start: int32(i), end: int32(i + size), kind: tPunct, para: para})
			i += size
		}
	}
	return toks
}

// appendWord appends the word starting at byte i with rune r of size bytes
// and returns the tokens and the byte after it.
func appendWord(toks []token, text string, i int, r rune, size int, para int32) ([]token, int) {
	j := i + size
	curly := false
	for j < len(text) {
		for j < len(text) && asciiWord[text[j]] {
			j++ // the common case: ASCII letters and digits
		}
		if j == len(text) {
			break
		}
		if b := text[j]; b < utf8.RuneSelf && b != '\'' && b != '-' && b != '.' && b != '&' {
			break // a space or other mark ends the word
		}
		c, n := runeAt(text, j)
		if isWordRune(c) {
			j += n
			continue
		}
		if isFormatRune(c) {
			if nc, _ := runeAt(text, j+n); isWordRune(nc) {
				j += n // "Wash\u00adington": a soft hyphen inside a word
				continue
			}
		}
		if c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '&' {
			// keep inner apostrophes, hyphens and dotted abbreviations
			// (U.S.) when a letter follows
			if nc, _ := runeAt(text, j+n); isWordRune(nc) {
				// an initialism runs on letter by letter: "C.O.O."
				// (and a party's state: "D-W.Va.", "R-N.Y.")
				if c == '.' && !(isUpperRune(text, j-1) && (j-i <= 2 || text[j-2] == '.' || j-i == 3 && text[j-2] == '-')) {
					break
				}
				curly = curly || c == '\u2019'
				j += n
				continue
			}
		}
		break
	}
	t := token{start: int32(i), end: int32(j), kind: tWord, para: para, curly: curly}
	if r < utf8.RuneSelf {
		t.cap = 'A' <= r && r <= 'Z'
	} else {
		t.cap = unicode.IsUpper(r)
	}
	if j < len(text) && text[j] == '.' && isAbbrev(text[i:j]) && !platformX(text, i, j) && !answerNo(text, i, j) {
		t.end++
		t.abbrev = true
		j++
	}
	return append(toks, t), j
}

func isUpperRune(s string, i int) bool {
	return i >= 0 && i < len(s) && s[i] >= 'A' && s[i] <= 'Z'
}

// platformX reports the word X in text[i:j] after "on" or "to": the
// platform ("wrote on X."), no initial ending a sentence.
func platformX(text string, i, j int) bool {
	return j == i+1 && text[i] == 'X' && i >= 3 && (text[i-3:i] == "on " || text[i-3:i] == "to ")
}

// answerNo reports "No." in text[i:j+1] before anything but a number: an
// answer ending its sentence ("No. But I got to meet him"), not "No. 4".
func answerNo(text string, i, j int) bool {
	if w := text[i:j]; w != "No" && w != "Nos" {
		return false
	}
	k := j + 1
	for k < len(text) && text[k] == ' ' {
		k++
	}
	return k < len(text) && (text[k] < '0' || text[k] > '9')
}

// isAbbrev reports words whose following period is part of the word.
func isAbbrev(w string) bool {
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true // an initial
	}
	if len(w) >= 3 && w[1] == '.' { // U.S, D.C
		return true
	}
	if len(w) >= 5 && w[1] == '-' && w[3] == '.' { // D-W.Va, R-N.Y
		return true
	}
	return abbreviations.has(w)
}

var abbreviations = setOf("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Lt", "Gen", "Col", "Sgt", "Capt", "Cmdr",
	"Adm", "Maj", "Prof", "Rev", "Sr", "Jr", "St", "Mt", "Ft", "No", "Nos", "vs", "etc", "Inc", "Corp", "Co", "Ltd",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Pres", "Supt", "Atty",
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
	"Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis",
	"Wyo", "a.m", "p.m", "e.g", "i.e", "approx", "Dept", "Univ", "Assn", "Bros")

func setOf(words ...string) wordSet {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return setFrom(m)
}

// wordMap maps words to values. Most words a text asks about are in no
// lexicon: tables of the lengths of the keys each byte opens and ends turn
// most of them away before the map hashes them.
type wordMap[V any] struct {
	m map[string]V
	// bit n of opens[c] is set when a key of n bytes (63: 63 or more)
	// starts with byte c, of ends[c] when one ends with it
	opens, ends *[256]uint64
}

// wordSet is a set of words.
type wordSet = wordMap[struct{}]

// setFrom makes a wordSet of m's keys; m is the set's from then on.
func setFrom(m map[string]struct{}) wordSet { return mapFrom(m) }

// mapFrom makes a wordMap of m; m is the map's from then on.
func mapFrom[V any](m map[string]V) wordMap[V] {
	s := wordMap[V]{m: m, opens: new([256]uint64), ends: new([256]uint64)}
	for w := range m {
		if w != "" {
			s.opens[w[0]] |= 1 << min(len(w), 63)
			s.ends[w[len(w)-1]] |= 1 << min(len(w), 63)
		}
	}
	return s
}

// get is m[w].
func (s wordMap[V]) get(w string) (V, bool) {
	// (the length tables' test is written out here and in hasLower: as a
	// call it would leave get too large for has and at to inline)
	if n := min(len(w), 63); w != "" && (s.opens[w[0]]&(1<<n) == 0 || s.ends[w[len(w)-1]]&(1<<n) == 0) {
		var zero V
		return zero, false
	}
	v, ok := s.m[w]
	return v, ok
}

// at is w's value, the zero value for no key.
func (s wordMap[V]) at(w string) V {
	v, _ := s.get(w)
	return v
}

func (s wordMap[V]) has(w string) bool {
	_, ok := s.get(w)
	return ok
}

// hasLower is has(strings.ToLower(w)), without the allocation for the
// short ASCII words it is mostly asked about.
func (s wordMap[V]) hasLower(w string) bool {
	if w == "" || len(w) > 32 {
		return s.has(strings.ToLower(w))
	}
	if a, z := w[0], w[len(w)-1]; a < utf8.RuneSelf && z < utf8.RuneSelf {
		// most words are turned away by their first and last bytes, lowered
		// alone (the common case, before the copy)
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if 'A' <= z && z <= 'Z' {
			z += 'a' - 'A'
		}
		if s.opens[a]&(1<<len(w)) == 0 || s.ends[z]&(1<<len(w)) == 0 {
			return false
		}
	}
	var buf [32]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s.has(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if s.opens[buf[0]]&(1<<len(w)) == 0 || s.ends[buf[len(w)-1]]&(1<<len(w)) == 0 {
		return false
	}
	_, ok := s.m[string(buf[:len(w)])]
	return ok
}
