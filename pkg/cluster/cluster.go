// Package cluster decides when two quotes are the same words by the same
// speaker: exactly, after lower-casing and dropping punctuation (Quotebank's
// rule), or nearly (trimmed, re-punctuated, a few words changed, one inside
// the other), by the word 3-grams ("shingles") they share.
package cluster

import (
	"crypto/sha1"
	"encoding/hex"
	"hash/fnv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"
)

// Words is the normal form of a text: lower-case words, letters and digits
// only ("Don't!" and "dont" are the same word).
func Words(text string) []string {
	words := make([]string, 0, len(text)/5)
	buf := make([]byte, 0, len(text))
	start := 0
	flush := func() {
		if len(buf) > start {
			words = append(words, string(buf[start:]))
		}
		buf = buf[:0]
		start = 0
	}
	for _, r := range text {
		switch {
		case r < 0x80 && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			buf = append(buf, byte(r))
		case r < 0x80 && 'A' <= r && r <= 'Z':
			buf = append(buf, byte(r+'a'-'A'))
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case r == '\'' || r == '\u2019' || r == '\u2018' || r == '`':
			// apostrophes join: don't -> dont
		default:
			flush()
		}
	}
	flush()
	return words
}

// Speaker is the normal form of a speaker's name ("" for none).
func Speaker(name string) string { return strings.Join(Words(name), " ") }

// namespace makes cluster ids.
var namespace = uuid.MustParse("2b0c1f5e-7d0b-4a57-9e43-51f2b1d7c6aa")

// exactKey names the exact-match group of a quote: the same speaker and
// the same words.
func exactKey(speaker string, words []string) string {
	sum := sha1.Sum([]byte(Speaker(speaker) + "|" + strings.Join(words, " ")))
	return hex.EncodeToString(sum[:10])
}

// NewID is the id of a cluster founded by a quote: stable, so the same
// first quote founds the same cluster after a re-index.
func NewID(speaker string, words []string) string {
	return uuid.NewSHA1(namespace, []byte(exactKey(speaker, words))).String()
}

// Keys returns the anchors of a text: what candidate clusters are looked
// up by. They are hashed word pairs (pairs survive a
// changed word better than longer n-grams): the quarter whose hash is 0
// mod 4, plus the two smallest (a bottom-2 MinHash), so near-duplicates,
// which share most pairs, share anchors, while a quote carries a fraction
// of its pairs. The decision is Joins's.
func Keys(words []string) []uint64 {
	if len(words) == 0 {
		return nil
	}
	if len(words) == 1 {
		return []uint64{hash(words[0])}
	}
	all := make([]uint64, 0, len(words)-1)
	for i := 0; i+1 < len(words); i++ {
		all = append(all, hashPair(words[i], words[i+1]))
	}
	all = dedup(all)
	if len(all) <= 3 {
		return all
	}
	lo1, lo2 := ^uint64(0), ^uint64(0)
	out := make([]uint64, 0, len(all)/4+2)
	for _, h := range all {
		if h < lo1 {
			lo1, lo2 = h, lo1
		} else if h < lo2 {
			lo2 = h
		}
		if h%4 == 0 {
			out = append(out, h)
		}
	}
	return dedup(append(out, lo1, lo2))
}

// hashPair is hash(a + " " + b) without building the string (FNV-1a).
func hashPair(a, b string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * prime
	}
	h = (h ^ ' ') * prime
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * prime
	}
	return h
}

func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func dedup(xs []uint64) []uint64 {
	seen := make(map[uint64]bool, len(xs))
	out := xs[:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// functionWords carry no content: two quotes sharing only them ("I think
// that we are going to...") are not the same quote.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if then so as of to in on at by for with from into about
	over after before under between through during without within up down out off again than too very just
	i me my we us our you your he him his she her it its they them their this that these those who whom which
	what when where why how all any both each few more most other some such no nor not only own same can
	will would shall should could may might must do does did done doing be been being am is are was were
	have has had having get got go going gone think know let say said says tell told make made want really
	well also there here now yes oh one thing things lot way ve ll re s t d m dont im its thats`) {
		m[w] = true
	}
	return m
}()

// Content keeps the words that are not function words.
func Content(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if !functionWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// containment is the share of the smaller side's content words (as a
// multiset) found in the other side, and how many that is.
func containment(ca, cb []string) (float64, int) {
	if len(ca) == 0 || len(cb) == 0 {
		return 0, 0
	}
	if len(ca) > len(cb) {
		ca, cb = cb, ca
	}
	n := Shared(ca, cb)
	return float64(n) / float64(len(ca)), n
}

// Shared counts the words of a (as a multiset) that are in b: the size of
// the two multisets' intersection.
func Shared(a, b []string) int {
	count := make(map[string]int, len(b))
	for _, w := range b {
		count[w]++
	}
	n := 0
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			n++
		}
	}
	return n
}

// JoinsContent is Joins on content words already extracted (Content) and
// the joined words for the exact test.
func JoinsContent(words, founder string, content, founderContent []string) bool {
	if words == founder {
		return true
	}
	share, n := containment(content, founderContent)
	return n >= 2 && share >= 0.7
}

// Joins reports whether a quote (its words) belongs to the cluster founded
// by another (founder's words): at least 70% of the smaller one's content
// words are in the other, at least two of them (or the same words exactly).
// A trimmed quote, a part, a longer version, a re-punctuated one or one with
// a word or two changed joins; two quotes sharing a stock phrase do not.
func Joins(words, founder []string) bool {
	return JoinsContent(strings.Join(words, " "), strings.Join(founder, " "), Content(words), Content(founder))
}

// Similarity is how much of a is in b (content words): 1 when a is inside b.
func Similarity(a, b []string) float64 {
	ca := Content(a)
	if len(ca) == 0 {
		return 0
	}
	return float64(Shared(ca, Content(b))) / float64(len(ca))
}
