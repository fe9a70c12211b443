package quote

import (
	"encoding/binary"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mentionKind says how a mention names its referent.
type mentionKind uint8

const (
	mName mentionKind = iota + 1
	mPronoun
	mDesc  // "the singer", "a spokesman for the campaign"
	mOrg   // "The NHS", "The New York Times"
	mPlace // "North Carolina": named like a person, never one
)

// mention is a phrase that can name a speaker.
type mention struct {
	from, to int32 // token range [from, to)
	kind     mentionKind
	name     string // the name without titles ("Lindsey Graham"), or the phrase
	surface  string // the words as written ("Sen. Lindsey Graham")
	gender   byte   // 'm', 'f', 'p' (plural) or 0
	title    string
	definite bool // descriptions: "the ..." rather than "a ..."
	// owns: a description's gender as its clause's "his" or "her" tells
	// it, which rules out persons known to be of the other ("The star
	// shared details of her project")
	owns byte
}

// ownedBy reports whether en may be the person whose "his" or "her" m's
// clause reads: no one known to be of the other gender.
func (m mention) ownedBy(en *entity) bool {
	return m.owns == 0 || en.gender == 0 || en.gender == m.owns
}

// doc is one article being analysed.
type doc struct {
	text string
	// low is text lower-cased rune by rune at the same byte offsets
	// (lowerInPlace); lower slices it
	low  string
	toks []token
	// surnames of people the article names in full that are also words
	// opening no name ("Don Guardian", then "Guardian said")
	surnames map[string]bool
	// placeFirsts are the first names of people the article names in full
	// that are also places ("Kenya Moore", then "Kenya replied")
	placeFirsts map[string]bool
	// afterCaps memoises afterCapital
	afterCaps map[string]bool
	// headlines: per paragraph, 0 not yet known, 1 a headline in title
	// case, -1 not
	headlines []int8
	// nameMemo memoises nameAt by token (0: not read yet, else an index
	// into nameRes plus one) once the names are collected: what nameAt
	// reads (the text, the surnames) is settled then, and attribution asks
	// again about the tokens collectEntities read
	nameMemo []int32
	nameRes  []nameResult
}

// nameResult is what nameAt returned for a token.
type nameResult struct {
	m  mention
	ok bool
}

// nameAt reads the name at token k (readName), memoised once the names
// are collected.
func (d *doc) nameAt(k int) (mention, bool) {
	if k < 0 || k >= len(d.nameMemo) {
		return d.readName(k)
	}
	if i := d.nameMemo[k]; i != 0 {
		r := &d.nameRes[i-1]
		return r.m, r.ok
	}
	m, ok := d.readName(k)
	d.nameRes = append(d.nameRes, nameResult{m, ok})
	d.nameMemo[k] = int32(len(d.nameRes))
	return m, ok
}

// workModifier reports capitalised words around token k, after "the" or
// "a" and before a lower-case role noun, whose first is a role noun
// itself: "The Star Wars actor" (a work's title modifying the role, no
// person named in it; "the Oscar winner" names no one either way).
func (d *doc) workModifier(k int) bool {
	if !d.isWord(k) || !d.toks[k].cap {
		return false
	}
	from := k
	for from > 0 && from > k-4 && d.isWord(from-1) && d.toks[from-1].cap && d.outside(from-1) && d.lower(from-1) != "the" && d.lower(from-1) != "a" {
		from--
	}
	if from == 0 || !d.isWord(from-1) || (d.lower(from-1) != "the" && d.lower(from-1) != "a") || !roleNouns.hasLower(d.word(from)) {
		return false
	}
	to := k + 1
	for to < k+4 && d.isWord(to) && d.toks[to].cap && d.outside(to) {
		to++
	}
	return to > from+1 && d.isWord(to) && !d.toks[to].cap && roleNouns.hasLower(d.word(to))
}

// inHeadline reports whether token k stands in a paragraph written in
// title case ("Obama Sees 'Personal Insult' if Blacks Don't Rally"), where
// capitals do not tell names from verbs.
func (d *doc) inHeadline(k int) bool {
	p := int(d.toks[k].para)
	for len(d.headlines) <= p {
		d.headlines = append(d.headlines, 0)
	}
	if d.headlines[p] == 0 {
		d.headlines[p] = -1
		long, words := 0, 0
		for j := k; j >= 0 && int(d.toks[j].para) == p; j-- {
			k = j
		}
		// every word of four letters or more capitalised, 3 to 30 words:
		// a body paragraph soon shows a long lower-case word
		for j := k; j < len(d.toks) && int(d.toks[j].para) == p; j++ {
			t := &d.toks[j]
			if t.kind != tWord {
				continue
			}
			if words++; words > 30 {
				return false
			}
			if t.end-t.start >= 4 && utf8.RuneCountInString(d.word(j)) >= 4 {
				if !t.cap {
					return false
				}
				long++
			}
		}
		if long >= 3 {
			d.headlines[p] = 1
		}
	}
	return d.headlines[p] == 1
}

// openingHeadline reports whether token k stands in an article's first
// paragraph and that paragraph is a headline written as a sentence ("Bill
// Clinton calls Obamacare 'crazy system' during campaign stop."): one
// sentence of 3 to 25 words, more paragraphs after it, no verb in the past
// tense outside quotations, and no reporting verb after a quotation.
// Headlines speak in the present and leave out "is"; an article's first
// sentence tells what happened ("revealed", "said").
func (e *extraction) openingHeadline(k int) bool {
	first := 0
	for first < len(e.toks) && e.kindAt(first) == tPara {
		first++
	}
	if first == len(e.toks) || e.toks[k].para != e.toks[first].para {
		return false
	}
	if e.headline == 0 {
		e.headline = -1
		if e.quotedSentencesAlone(first) {
			return false // '"Do I really mean that little to them? Well, I'm done!"' opening the story: words spoken, no title
		}
		words := 0
		for j := first; j < len(e.toks) && e.kindAt(j) != tPara; j++ {
			t := &e.toks[j]
			if t.sent != e.toks[first].sent {
				return false
			}
			if t.quote == 0 && e.attributedInLead(j) {
				return false
			}
			if t.kind != tWord {
				continue
			}
			if words++; words > 25 || t.quote == 0 && !t.cap && pastTense(e.word(j)) {
				return false
			}
		}
		if words >= 3 {
			e.headline = 1
		}
	}
	return e.headline == 1
}

// quotedSentencesAlone reports a paragraph from token first that is one
// quotation and nothing else, of two sentences or more: someone's words
// set at the head of the story, which a title never is.
func (e *extraction) quotedSentencesAlone(first int) bool {
	if e.kindAt(first) != tMark {
		return false
	}
	sentences := 0
	for j := first + 1; j < len(e.toks) && e.kindAt(j) != tPara; j++ {
		t := &e.toks[j]
		if t.kind == tWord && t.quote == 0 {
			return false
		}
		if e.isPunct(j, ".?!") && e.isWord(j+1) && e.toks[j+1].cap && e.toks[j+1].quote != 0 {
			sentences++
		}
	}
	return sentences >= 1
}

// attributedInLead reports whether token k, outside quotations, attributes
// a quotation the way a sentence does and a headline does not: a reporting
// verb within two words after a closing mark ("...,' Teigen says") or right
// before a colon or an opening mark ("The Red Cross writes: '...'"), or a
// dash signing a quotation ("'...' - Ann Lee").
func (e *extraction) attributedInLead(k int) bool {
	if e.isPunct(k, "—–―-") {
		return k > 0 && e.kindAt(k-1) == tMark
	}
	if !e.isWord(k) || !isCueWord(e.word(k)) {
		return false
	}
	if k+1 < len(e.toks) && (e.kindAt(k+1) == tMark || e.isPunct(k+1, ":")) {
		return true
	}
	for j, words := k-1, 0; j >= 0 && words <= 2; j-- {
		switch e.kindAt(j) {
		case tMark:
			return true
		case tWord:
			words++
		case tPara:
			return false
		}
	}
	return false
}

// pastForms are the irregular past tenses news leads open with, and the
// auxiliaries headlines leave out ("Hale is labeling the plan ...").
var pastForms = setOf("is", "are", "am", "said", "told", "wrote", "was", "were", "had", "did", "made", "gave", "took", "came", "went",
	"got", "saw", "spoke", "sent", "thought", "knew", "found", "became", "left", "began", "ran", "won",
	"lost", "met", "held", "brought", "felt", "kept", "heard", "paid", "sat", "stood", "put", "let", "hit", "cut")

// pastTense reports a lower-case word in the past tense: an irregular form
// or a regular one ("revealed").
func pastTense(w string) bool {
	if pastForms.has(w) {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// headlineName reports whether w, capitalised in a headline but never in
// the article's body, can still be a word of a name after parts: a known
// first name can open one ("John Legazza On How ..."), and a name the body
// never writes goes on unless w looks like a verb; a name the body writes
// ends here ("Obama Sees", "Obama Speech").
func (d *doc) headlineName(parts []string, w string) bool {
	if len(parts) == 0 {
		return firstNames.has(w)
	}
	if verbLike(w) {
		return false
	}
	for _, p := range parts {
		if !d.capitalisedInBody(p) {
			return true
		}
	}
	return false
}

// verbLike reports a word with a verb's ending ("Sees", "Slams",
// "Accused").
func verbLike(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed"))
}

// capitalisedInBody reports whether w stands capitalised inside a sentence
// of a paragraph that is no headline: a name's word, not a headline's verb.
func (d *doc) capitalisedInBody(w string) bool {
	if w == "" {
		return false
	}
	// the few words a headline asks about are looked for where they stand
	// in the text (a map of every capitalised word cost more to build)
	for i := 0; i < len(d.text); {
		p := strings.Index(d.text[i:], w)
		if p < 0 {
			return false
		}
		p += i
		i = p + 1
		j := d.firstTokenFrom(p)
		if j < 1 || j >= len(d.toks) || int(d.toks[j].start) != p {
			continue
		}
		t := &d.toks[j]
		if !t.cap || t.kind != tWord || d.toks[j-1].sent != t.sent || d.kindAt(j-1) == tPara || d.inHeadline(j) {
			continue
		}
		if base, _ := stripPossessive(d.word(j)); base == w {
			return true
		}
	}
	return false
}

// firstTokenFrom is the index of the first token starting at byte off or
// after it.
func (d *doc) firstTokenFrom(off int) int {
	return sort.Search(len(d.toks), func(k int) bool { return int(d.toks[k].start) >= off })
}

func (d *doc) word(k int) string {
	if k < 0 || k >= len(d.toks) {
		return ""
	}
	t := &d.toks[k]
	return d.text[t.start:t.end]
}

// kindAt is token k's kind; past either end of the text, a paragraph
// break (what bounds every reading).
func (d *doc) kindAt(k int) tokKind {
	if uint(k) >= uint(len(d.toks)) {
		return tPara
	}
	return d.toks[k].kind
}

// lower is word k lower-cased: strings.ToLower(d.word(k)) without the
// allocation (save for the runes lowerInPlace leaves).
func (d *doc) lower(k int) string {
	if uint(k) >= uint(len(d.toks)) {
		return ""
	}
	t := &d.toks[k]
	return d.low[t.start:t.end]
}

// lowerInPlace lower-cases text rune by rune as strings.ToLower does, at
// the same byte offsets: a rune whose lower case has another length
// ("İ", the Kelvin sign) and a byte that is no UTF-8 stay as written.
// ASCII goes eight bytes at a time (lowerASCII8).
func lowerInPlace(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	var chunk [8]byte
	for i := 0; i < len(text); {
		if i+8 <= len(text) {
			if x, ok := lowerASCII8(le64(text[i : i+8])); ok {
				binary.LittleEndian.PutUint64(chunk[:], x)
				b.Write(chunk[:])
				i += 8
				continue
			}
		}
		if c := text[i]; c < utf8.RuneSelf {
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if l := unicode.ToLower(r); (r != utf8.RuneError || n > 1) && utf8.RuneLen(l) == n {
			b.WriteRune(l)
		} else {
			b.WriteString(text[i : i+n])
		}
		i += n
	}
	return b.String()
}

// le64 reads eight bytes of s as a little-endian word.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lowerASCII8 lower-cases eight bytes read as a little-endian word, when
// all are ASCII (ok false otherwise). Each byte c below 0x80 adds without
// a carry: c+0x3f sets the top bit from 'A' up, c+0x25 from past 'Z' up;
// the capitals' top bits, shifted to 0x20, lower-case them.
func lowerASCII8(x uint64) (uint64, bool) {
	const high = 0x8080808080808080
	if x&high != 0 {
		return x, false
	}
	capital := (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) & high
	return x | capital>>2, true
}

func (d *doc) isWord(k int) bool { return k >= 0 && k < len(d.toks) && d.kindAt(k) == tWord }

func (d *doc) isPunct(k int, chars string) bool {
	if uint(k) >= uint(len(d.toks)) || d.toks[k].kind != tPunct {
		return false // (most tokens asked about: inlined, no call)
	}
	return d.punctIn(k, chars)
}

// punctIn reports punctuation token k among chars.
func (d *doc) punctIn(k int, chars string) bool {
	w := d.word(k)
	if len(w) == 1 {
		// one byte, mostly: read chars here (an ASCII byte is never part
		// of a longer character in them)
		for i := 0; i < len(chars); i++ {
			if chars[i] == w[0] {
				return true
			}
		}
		return false
	}
	return strings.Contains(chars, w)
}

// outside reports a token outside every quotation's content.
func (d *doc) outside(k int) bool { return k >= 0 && k < len(d.toks) && d.toks[k].quote == 0 }

var particles = setOf("de", "van", "von", "der", "den", "bin", "al", "da", "del", "la", "le", "di", "du", "el", "ibn", "st.", "ten", "ter", "dos", "das")

// isParticle reports a name particle ("de", "van", "Van"); all are three
// letters or fewer.
func isParticle(w string) bool {
	return particles.hasLower(w)
}

var suffixes = setOf("Jr.", "Sr.", "II", "III", "IV", "Jr", "Sr")

// affiliations stand before names like titles ("Republican Jim Jordan") but
// make no name of a word that opens none ("Republican Party").
var affiliations = setOf("Republican", "Democrat", "Independent", "Former", "former", "Candidate", "Nominee", "Tory", "Labour", "Conservative")

// headlineWords are capitalised in headlines but never continue a person's
// name.
var headlineWords = setOf("On", "How", "In", "Of", "The", "And", "For", "To", "At", "With", "From", "By", "As", "Is",
	"Are", "Was", "Were", "Why", "What", "When", "Who", "Says", "Said", "Tells", "Told")

// pluralRole reports a capitalised plural of a role noun ("Sisters",
// "Co-stars"), which opens a sentence before the names of the people.
func pluralRole(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	return roleNouns.hasLower(w[:len(w)-1])
}

// bareGroups are the plural nouns that name unnamed speakers without a
// determiner before a reporting verb: "sources said", "Officials told".
var bareGroups = setOf("sources", "insiders", "officials", "aides", "witnesses", "investigators", "prosecutors",
	"analysts", "experts", "friends", "relatives", "neighbors", "neighbours", "residents", "critics", "fans",
	"followers", "viewers", "authorities", "police", "doctors", "organizers", "organisers", "observers",
	"diplomats", "lawmakers", "staffers", "employees", "protesters", "demonstrators", "supporters", "eyewitnesses",
	"onlookers", "bystanders", "spectators", "netizens", "commenters", "users", "listeners", "readers", "guests",
	"attendees", "partygoers", "concertgoers", "reps", "representatives", "spokespeople", "spokespersons", "lawyers",
	"attorneys", "publicists", "management", "staff", "producers", "executives", "bosses")

// questionOpeners are the verbs that open a question in title case, before
// the name of its subject.
var questionOpeners = setOf("Has", "Have", "Had", "Does", "Do", "Did", "Is", "Are", "Was", "Were", "Can", "Could",
	"Will", "Would", "Should", "Shall", "May", "Might", "Must")

// outletNames are news outlets and agencies whose one-word name can stand
// alone as a subject ("As Politico reported"); generic heads (Post, House)
// cannot.
var outletNames = setOf("Politico", "POLITICO", "Reuters", "Breitbart", "Pentagon", "Kremlin", "FBI", "CIA", "NHS",
	"CNN", "BBC", "MSNBC", "Bloomberg", "Axios", "BuzzFeed", "Gawker", "Vox", "Slate", "Salon", "Mediaite")

var weekdays = setOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today",
	"Tonight", "Yesterday", "Tomorrow")

var determiners = setOf("the", "a", "an", "one", "another", "his", "her", "their", "its", "my", "our", "this", "that", "two",
	"three", "four", "several", "some", "many", "multiple", "numerous", "other", "both")

// indefinites introduce someone not met before: "a fan", "one user",
// "another follower".
var indefinites = setOf("a", "an", "one", "another")

// possessiveDeterminers open descriptions of someone's people: "his
// children said".
var possessiveDeterminers = setOf("his", "her", "their", "my", "our")

// saidWords are the plainest reporting verbs.
// ownedGroups are the people of someone's that speak for them with any
// reporting verb: "McCain's office responded", "her camp fired back".
var ownedGroups = setOf("office", "campaign", "camp", "team", "staff", "family", "lawyers", "attorneys", "representatives",
	"reps", "aides", "people", "spokespeople", "management", "label", "estate", "publicists")

var saidWords = setOf("said", "say", "says", "told", "tell", "added", "stated", "wrote", "explained", "revealed", "shared")

// adverbs may stand between a mention and its reporting verb.
// verbAdverbs are the adverbs of adverbs (not its auxiliaries, days and
// "in a statement"): what stands between a description's head and its
// verb ("The outlet also noted").
var verbAdverbs = func() wordSet {
	m := map[string]struct{}{}
	for w := range adverbs.m {
		switch w {
		case "also", "later", "then", "once", "again", "only", "further", "earlier", "often", "still", "just", "even",
			"first", "afterward", "afterwards":
			m[w] = struct{}{}
		default:
			if strings.HasSuffix(w, "ly") {
				m[w] = struct{}{}
			}
		}
	}
	return setFrom(m)
}()

var adverbs = setOf("also", "later", "then", "recently", "previously", "once", "again", "simply", "only", "further",
	"earlier", "quickly", "bluntly", "flatly", "repeatedly", "often", "still", "famously", "reportedly", "allegedly",
	"publicly", "privately", "finally", "angrily", "calmly", "tearfully", "told", "has", "had", "have", "would",
	"will", "did", "was", "is", "just", "even", "similarly", "separately", "subsequently", "herself", "himself",
	"themselves", "first", "immediately", "afterward", "afterwards", "ultimately", "yesterday", "today", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "in", "a", "statement",
	"wouldn't", "wouldn’t", "didn't", "didn’t", "couldn't", "couldn’t", "won't", "won’t", "can't", "can’t")

// adverbAt reports an adverb at token k: one of adverbs, or a word in
// "-ly" in lower case or in capitals ("exclusively", "EXCLUSIVELY told";
// not "family", nor "Kelly").
func (d *doc) adverbAt(k int) bool {
	lw := d.lower(k)
	if adverbs.has(lw) {
		return true
	}
	if len(lw) < 5 || !strings.HasSuffix(lw, "ly") || lyNouns.has(lw) {
		return false
	}
	w := d.word(k)
	return w == lw || isAllCaps(w)
}

// lyNouns are words in "-ly" that are no adverbs: nouns, names,
// adjectives.
var lyNouns = setOf("family", "rally", "reply", "supply", "assembly", "anomaly", "monopoly", "belly", "bully", "jelly",
	"folly", "tally", "gully", "homily", "ally", "italy", "july", "holly", "lily", "molly", "sally", "billy", "emily",
	"kelly", "early", "only", "daily", "weekly", "monthly", "yearly", "friendly", "lovely", "lonely", "ugly", "silly",
	"holy", "likely", "unlikely", "elderly", "costly", "deadly", "lively", "curly", "burly", "chilly", "hilly", "oily",
	"smelly", "jolly", "woolly", "wily", "surly", "comely", "cowardly", "scholarly", "orderly", "timely", "worldly")

func isCap(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0]-'A' < 26
	}
	return isCapRune(w)
}

// isCapRune is isCap of a word that opens with no ASCII byte (or "").
func isCapRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func stripPossessive(w string) (string, bool) {
	n := len(w)
	if n < 2 || w[n-1] != 's' {
		return w, false // (most words: one byte read)
	}
	if w[n-2] == '\'' {
		return w[:n-2], true
	}
	if n >= 4 && w[n-4:n-1] == "\u2019" {
		return w[:n-4], true
	}
	return w, false
}

// joinIn is strings.Join(parts, " "), taken from text when it stands
// there as it is (the words of most names are), which allocates nothing.
func joinIn(text string, parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, " ")
	}
	n := len(parts) - 1
	for _, p := range parts {
		n += len(p)
	}
	if i := strings.Index(text, parts[0]); i >= 0 && i+n <= len(text) {
		s := text[i : i+n]
		at := 0
		for j, p := range parts {
			if s[at:at+len(p)] != p || j < len(parts)-1 && s[at+len(p)] != ' ' {
				return strings.Join(parts, " ")
			}
			at += len(p) + 1
		}
		return s
	}
	return strings.Join(parts, " ")
}

// capWord is what the lexicons nameAt reads say of one word: one look-up
// where nameAt would make a dozen (a name's words are mostly in none of
// them, and a look-up in each costs a hash of the word).
type capWord struct {
	flags uint16
	title byte // a title's gender
	first byte // a first name's gender
}

const (
	cwTitle = 1 << iota
	cwRoleHead
	cwSuffix
	cwAffiliation
	cwHeadline
	cwQuestion
	cwWeekday
	cwNotName
	cwOrgOpener
	cwFirstName
)

func (c capWord) is(f uint16) bool { return c.flags&f != 0 }

// capWords merges the lexicons nameAt reads.
var capWords = func() wordMap[capWord] {
	m := map[string]capWord{}
	set := func(s wordSet, f uint16) {
		for w := range s.m {
			c := m[w]
			c.flags |= f
			m[w] = c
		}
	}
	for w, g := range titles.m {
		c := m[w]
		c.flags |= cwTitle
		c.title = g
		m[w] = c
	}
	for w, g := range firstNames.m {
		c := m[w]
		c.flags |= cwFirstName
		c.first = g
		m[w] = c
	}
	set(roleNounHeads, cwRoleHead)
	set(suffixes, cwSuffix)
	set(affiliations, cwAffiliation)
	set(headlineWords, cwHeadline)
	set(questionOpeners, cwQuestion)
	set(weekdays, cwWeekday)
	set(notNames, cwNotName)
	set(orgOpeners, cwOrgOpener)
	return mapFrom(m)
}()

// readName parses a proper name starting at token k: optional titles, then
// capitalised words (with particles and suffixes), then an optional short
// parenthetical such as "(R-S.C.)".
func (d *doc) readName(k int) (mention, bool) {
	if w := d.word(k); strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return mention{}, false // "Don't blink on the red carpet:": a verb, no name
	}
	if d.workModifier(k) {
		return mention{}, false // "The Star Wars actor": a work's title before a role, no one's name
	}
	if w := d.word(k); (w == "In" || w == "New") && d.isWord(k+1) && d.toks[k+1].cap {
		// "In Touch says", "New Idea claimed": a magazine whose name
		// opens with a word that opens no name
		for n := 3; n >= 2; n-- {
			if k+n <= len(d.toks) && d.isWord(k+n-1) {
				name := d.text[d.toks[k].start:d.toks[k+n-1].end]
				if base, poss := stripPossessive(name); poss && publications.has(base) {
					// "In Touch's source": the magazine, its possessive
					return mention{from: int32(k), to: int32(k + n), kind: mOrg, name: base, surface: name}, true
				}
				if publications.has(name) {
					return mention{from: int32(k), to: int32(k + n), kind: mOrg, name: name, surface: name}, true
				}
			}
		}
	}
	m := mention{from: int32(k), kind: mName}
	var titleBuf [4]string
	title := titleBuf[:0]
	honorific := false        // a title other than a party ("Sen.", not "Republican")
	cw, cwAt := capWord{}, -1 // the lexicons' word at token cwAt
	for d.isWord(k) && d.outside(k) {
		w := d.word(k)
		cw, cwAt = capWords.at(w), k
		g, ok := cw.title, cw.is(cwTitle)
		if !ok {
			// a capitalised role noun before a name: "Singer Marta Velez"
			// (role nouns are lower case: a capitalised word needs lowering
			// only when it can be one)
			if u := undot(w); !(u == w && cw.is(cwRoleHead) || u != w && roleNounHeads.has(u)) {
				break
			}
			lw := strings.ToLower(undot(w))
			if !roleNouns.has(lw) || lw == "white" {
				break
			}
			if femaleNouns.has(lw) {
				g = 'f'
			} else if maleNouns.has(lw) {
				g = 'm'
			}
		}
		if nw := d.word(k + 1); (nw == "and" || nw == "&") && d.outside(k+1) && titleWord(undot(d.word(k+2))) && isCap(d.word(k+3)) {
			// "President and C.O.O. Jo Kim", "Founder & CEO Jo Kim": one
			// title of two
			title = append(title, w, nw)
			k += 2
			continue
		}
		// "President" alone before a lower-case word is not a title, nor
		// "King" before a suffix ("King Jr.": a surname)
		if !d.isWord(k+1) || !isCap(d.word(k+1)) || suffixes.has(d.word(k+1)) {
			break
		}
		title = append(title, w)
		if !cw.is(cwAffiliation) {
			honorific = true
		}
		if g != 0 {
			m.gender = g
		}
		k++
	}
	var partsBuf [6]string // most names have at most six words (and titles
	parts := partsBuf[:0]  // four): their slices need no allocation
	possessive := false
	programme := false // a programme's name with a day's word in it
	ampersand := false // a name of two parts joined by "&"
	for d.isWord(k) && d.outside(k) {
		w := d.word(k)
		if cwAt != k {
			cw, cwAt = capWords.at(w), k
		}
		if w == "I" && len(parts) == 1 && len(title) == 0 && (strings.HasSuffix(parts[0], "ly") || adverbs.hasLower(parts[0])) {
			break // "Gradually I realised": an adverb and the pronoun ("Elizabeth I" is a name)
		}
		if (w == "the" || w == "The" && !d.sentenceStart(k)) && d.epithet(parts, k) {
			// "Chance the Rapper", "Catherine the Great": a stage name or
			// a ruler's epithet
			parts = append(parts, w, d.word(k+1))
			k += 2
			break
		}
		if len(w) <= 3 && len(parts) > 0 && isParticle(w) && d.isWord(k+1) && isCap(d.word(k+1)) {
			parts = append(parts, w)
			k++
			continue
		}
		if cw.is(cwSuffix) && len(parts) > 0 {
			parts = append(parts, w)
			k++
			continue
		}
		if !isCap(w) || pronounContraction(w) {
			break // "I’m warned that ..." names no one
		}
		if len(parts) == 0 && len(title) == 0 && d.sentenceStart(k) && isCueWord(d.lower(k)) && !firstNames.has(w) {
			break // "Adds her costar Clive Owen:", "Says Clive Owen:": the verb opens its clause
		}
		if len(parts) == 0 && len(title) == 0 {
			// "Has Harry Styles written songs about ...?", "Sisters Dana
			// and Ruth Price": no name's word
			if opener := cw.is(cwQuestion) && !d.willFirstName(k); (opener || w[len(w)-1] == 's') && d.sentenceStart(k) && (opener || pluralRole(w)) {
				break
			}
		}
		if len(parts) > 0 && strings.HasSuffix(w, "ed") && (isCueWord(w) || strings.IndexByte(w, '-') > 0 && isCueWord(strings.ReplaceAll(w, "-", ""))) {
			break // "Dunham Tweeted a thank-you", "Vance Tweet-ed": a verb, capitalised
		}
		if len(parts) == 0 && len(title) == 0 && acronymPlural(w) && d.isWord(k+1) && isCap(d.word(k+1)) {
			// "BFFs Ramona Singer and Sonja Morgan", "CEOs Tim Cook and
			// ...": a plural of capitals before the names, no name's word
			title = append(title, w)
			k++
			continue
		}
		base, poss := stripPossessive(w)
		cb := cw // the base's
		if poss {
			cb = capWords.at(base)
		}
		if cb.is(cwWeekday) {
			if len(parts) == 0 || !programmeNames.has(strings.Join(parts, " ")+" "+base) {
				break // "asked Clinton Friday": a day ends a name
			}
			programme = true // "Entertainment Tonight", "Fox News Sunday": a programme's
		}
		if len(parts) > 0 && cb.is(cwHeadline) {
			break // a headline in title case: "John Leguizamo On How ..."
		}
		if d.inHeadline(k) && !d.capitalisedInBody(base) && !d.headlineName(parts, base) {
			break // "Obama Sees ...": the body never writes "Sees" as a name
		}
		if len(parts) == 0 && len(title) == 0 && cb.is(cwOrgOpener) && !poss && d.orgRunEnd(k) == k {
			if full := d.orgNameElsewhere(k); full != "" {
				// "Big Hit also said" after "Big Hit Entertainment": the firm
				// by the first words of its name
				return mention{from: int32(k), to: int32(k + 2), kind: mOrg, name: full, surface: d.text[d.toks[k].start:d.toks[k+1].end]}, true
			}
		}
		if len(parts) == 0 && !honorific && cb.is(cwNotName) && !d.surnames[base] && !(cb.is(cwOrgOpener) && d.orgRunEnd(k) > k) && !d.monthFirstName(k) && !(base == "Will" && d.willFirstName(k)) &&
			!d.stageNameAt(k) {
			break // "Guardian" opens no name, but ends "Don Guardian"; "Republican Party" is none
		}
		if cw.is(cwRoleHead) && len(parts) > 0 && w != "White" && d.isWord(k+1) && isCap(d.word(k+1)) {
			if !titles.has(w) {
				// "Former Clinton Senior Adviser Sidney Blumenthal": the words
				// so far and the role describe the person named next
				title, k = d.descriptionTitle(title, parts, k)
				parts = parts[:0]
				honorific = true
				continue
			}
		}
		if cw.is(cwTitle) && len(parts) > 0 {
			// a title word after a first name is a surname ("Charlie
			// King", "Ann Major") unless a name follows it
			first := firstNames.has(parts[len(parts)-1])
			nameNext := d.isWord(k+1) && isCap(d.word(k+1))
			if nameNext && !(first && len(parts) == 1) {
				// "Atlantic City Mayor Don Guardian": the words so far and
				// the title describe the person named next
				title, k = d.descriptionTitle(title, parts, k)
				parts = parts[:0]
				honorific = true
				continue
			}
			if !first || len(parts) > 1 || nameNext {
				break
			}
		}
		if isAllCaps(base) && len(base) > 3 && len(parts) == 0 && len(title) == 0 && d.isPunct(k+1, ":") {
			// transcript labels ("WALLACE") count; acronyms of 2-3 letters are orgs
			parts = append(parts, base)
			k++
			if poss {
				possessive = true
				break
			}
			continue
		}
		parts = append(parts, base)
		k++
		if poss {
			possessive = true
			break
		}
		if len(parts) == 1 && len(title) == 0 && d.lower(k) == "and" && d.outside(k) && d.pairedTitle(base, k+1) {
			// "Design and Trend reported": two words no person's, joined
			// before a reporting verb, a publication's name
			parts = append(parts, "and", d.word(k+1))
			ampersand = true
			k += 2
			break
		}
		if d.isPunct(k, "&") && d.isWord(k+1) && d.outside(k+1) && isCap(d.word(k+1)) && !cb.is(cwFirstName) && !firstNames.has(d.word(k+1)) {
			// "Life & Style", "Simon & Schuster": a firm's or a title's
			// words ("Kim & Kanye" are two people)
			parts = append(parts, "&")
			ampersand = true
			k++
			continue
		}
		if len(parts) >= 4 {
			break
		}
	}
	if len(parts) == 0 || len(title) == 0 && (d.loneTitle(parts, int(m.from)) || d.openingWord(parts, int(m.from))) {
		return m, false
	}
	if len(parts) == 1 && len(title) > 0 && !possessive && capWords.at(parts[0]).is(cwTitle) && d.isPunct(k, ",") && !strings.HasSuffix(title[len(title)-1], ".") && d.isWord(k+1) && isCap(d.word(k+1)) {
		return m, false // "Chief Executive Officer, Elon Musk": a title alone names no one
	}
	if !possessive && k < len(d.toks) && d.kindAt(k) == tMark && d.sPossessive(k) {
		possessive = true // "Tom Hanks' son": the mark is the name's
		k++
	}
	if len(parts) == 1 && !possessive && d.letterBang(k) {
		// "E!", "E! News": a network whose name holds its mark
		parts[0] += "!"
		for k++; d.isWord(k) && d.outside(k) && bangHeads.hasLower(d.word(k)); k++ {
			parts = append(parts, d.word(k))
		}
	}
	if len(title) == 0 && len(parts) >= 3 && d.sentenceStart(int(m.from)) && tradeShaped(parts[0]) && firstNames.at(parts[0]) == 0 && (firstNames.has(parts[1]) || pluralShaped(parts[0])) {
		// "Luthier Anja Brill builds": a trade the lexicon does not know,
		// capitalised as the sentence's first word, before a first name
		title = append(title, parts[0])
		parts = parts[1:]
		honorific = true
	}
	if len(title) == 0 && len(parts) >= 2 && d.sentenceStart(int(m.from)) && len(parts[0]) >= 6 && strings.HasSuffix(parts[0], "ed") &&
		firstNames.at(parts[0]) == 0 && !d.surnames[parts[0]] && !orgParticiples.has(parts[0]) && !orgHeads.has(parts[len(parts)-1]) &&
		d.isWord(k) && !d.toks[k].cap && !d.isPreposition(k) && !d.capitalisedInBody(parts[0]) {
		// "Concerned Gaga also asked about the fans", "Undeterred Vale
		// went on": a participle opening the sentence before the name, the
		// subject of its clause (not "Sponsored Content from ...")
		title = append(title, parts[0])
		parts = parts[1:]
	}
	if len(parts) >= 3 && len(title) <= 1 && (len(title) == 0 && roleModifiers.has(d.lower(int(m.from)-1)) || len(title) == 1 && roleModifiers.hasLower(title[0])) &&
		firstNames.at(parts[0]) == 0 && !d.surnames[parts[0]] && firstNames.at(parts[1]) != 0 {
		// "former Bachelorette Katie Thurston": a role capitalised after
		// "former", before a first name
		title = append(title, parts[0])
		parts = parts[1:]
		honorific = true
	}
	if len(parts) >= 3 && len(title) == 0 && d.lower(int(m.from)-1) == "of" && places.has(parts[0]) &&
		(firstNames.has(parts[1]) || capWords.at(d.word(int(m.from)-2)).is(cwTitle)) {
		// "Princess of Wales Kate Middleton", "Mayor of London Sadiq
		// Khan": the place ends a style before the name
		m.from++
		parts = parts[1:]
	}
	m.to = int32(k)
	m.surface = d.text[d.toks[m.from].start:d.toks[m.to-1].end]
	m.name = joinIn(m.surface, parts)
	m.title = strings.Join(title, " ")
	if m.gender == 0 {
		m.gender = firstNames.at(parts[0])
		if len(parts) == 1 {
			m.gender = 0 // a lone word may be a surname: it says nothing of gender
		}
	}
	if possessive {
		m.kind = 0 // "Trump's campaign": a name, but not this mention's referent
	}
	if len(title) == 0 && (d.publicationAt(int(m.from), m.name) || programme || ampersand) {
		m.kind = mOrg // "Sports Illustrated published ...", "Entertainment Tonight said": a publication, a programme
	}
	if orgHeads.has(parts[len(parts)-1]) && len(title) == 0 && !(len(parts) == 1 && d.surnames[parts[0]]) && !surnameHead(parts) &&
		!(len(parts) == 2 && d.isWord(int(m.from)-1) && kinNouns.has(d.word(int(m.from)-1))) {
		m.kind = mOrg // (not "his girlfriend Lia Fox": a relative is a person)
	}
	if len(title) == 0 && !possessive && !firstNames.has(parts[0]) && d.titleOfRole(k) {
		m.kind = mOrg // "the former Real Wives of Lakeview star": a show's title, no one
	}
	if len(title) == 0 && !possessive && isPlace(parts) && !(len(parts) == 1 && d.placeFirsts[parts[0]]) {
		m.kind = mPlace
	}
	if len(title) == 0 && len(parts) >= 2 && (parts[0] == "Best" || parts[0] == "Worst") && m.kind == mName {
		m.kind = mOrg // "Best Pop Solo Performance", "Best Buy": an award or a firm, no person
	}
	if len(parts) == 1 && len(title) == 0 && stateAbbrevs.hasLower(parts[0]) && d.isPunct(int(m.from)-1, ",") && d.isWord(int(m.from)-2) && isCap(d.word(int(m.from)-2)) {
		m.kind = mPlace // "in Concord, N.C., on Monday", "San Bernardino, Calif.,"
	}
	// skip a parenthetical like (R-S.C.) or (D), not another name of the
	// person's ("Jay-Z (real name Shawn Carter)")
	if d.isPunct(k, "(") && !aliasOpeners.has(d.lower(k+1)) {
		for j := k + 1; j < k+8 && j < len(d.toks); j++ {
			if d.isPunct(j, ")") {
				m.to = int32(j + 1)
				break
			}
		}
	}
	return m, true
}

// pairedTitle reports word a and the word at token k, joined by "and"
// before a reporting verb, as a publication's name: no first names,
// surnames or one-word names of the article's, one word each ("Design
// and Trend reported", not "Kim and Kanye said").
func (d *doc) pairedTitle(a string, k int) bool {
	if !d.isWord(k) || !d.outside(k) || !d.toks[k].cap || !d.isWord(k+1) || d.toks[k+1].cap || !isCueWord(d.lower(k+1)) {
		return false
	}
	b := d.word(k)
	for _, w := range [2]string{a, b} {
		if firstNames.has(w) || mononyms.has(w) || d.surnames[w] || isAllCaps(w) || d.afterCapital(w) {
			return false
		}
	}
	return true
}

// afterCapital reports word w standing in the text after another
// capitalised word somewhere: a surname after its first name ("Marla
// Quint ... Quint and Park said").
func (d *doc) afterCapital(w string) bool {
	if v, ok := d.afterCaps[w]; ok {
		return v
	}
	if len(d.afterCaps) >= 256 {
		return true // (each look reads the text: past a few hundred words, a name as before)
	}
	v := d.scanAfterCapital(w)
	if d.afterCaps == nil {
		d.afterCaps = map[string]bool{}
	}
	d.afterCaps[w] = v
	return v
}

// scanAfterCapital is afterCapital read from the text.
func (d *doc) scanAfterCapital(w string) bool {
	for i := 0; ; {
		j := strings.Index(d.text[i:], " "+w)
		if j < 0 {
			return false
		}
		j += i
		i = j + 1 + len(w)
		if i < len(d.text) && isLetterByte(d.text[i]) {
			continue
		}
		b := strings.LastIndexByte(d.text[:j], ' ') + 1
		if prev := d.text[b:j]; prev != "" && prev[0] >= 'A' && prev[0] <= 'Z' && !strings.ContainsAny(prev, ".,;:!?\"") {
			return true
		}
	}
}

// titleAmpersand reports "&" at token k joining two capitalised words of
// a title after token start: "The Fast & Furious actor".
func (d *doc) titleAmpersand(k, start int) bool {
	return k > start && d.isPunct(k, "&") && d.toks[k-1].cap && d.isWord(k+1) && d.toks[k+1].cap
}

// relativeThenCue reports a relative clause set off by commas at token
// v, a reporting verb right after it: ", which is owned by ByteDance,
// told".
func (d *doc) relativeThenCue(v int) bool {
	if !d.isPunct(v, ",") || d.lower(v+1) != "which" && d.lower(v+1) != "who" {
		return false
	}
	for j := v + 2; j < v+20 && j+1 < len(d.toks) && d.outside(j); j++ {
		if d.isPunct(j, ",") {
			w := d.word(j + 1)
			return d.isWord(j+1) && !isCap(w) && isCueWord(w) && !isWeakCue(w)
		}
		if !d.isWord(j) && !d.isPunct(j, "-") {
			return false
		}
	}
	return false
}

// titleColon reports ":" at token k between two capitalised words of a
// title, a role noun after them: "the X-Men: Apocalypse star".
func (d *doc) titleColon(k, start int) bool {
	if k <= start || !d.isPunct(k, ":") || !d.toks[k-1].cap || !d.isWord(k+1) || !d.toks[k+1].cap || d.toks[k].end != d.toks[k+1].start-1 {
		return false
	}
	for j := k + 1; j < k+5 && d.isWord(j) && d.outside(j); j++ {
		if !d.toks[j].cap {
			return roleNouns.has(d.lower(j))
		}
	}
	return false
}

// titleOfRole reports "of" at token k and capitalised words after it
// that end before a role noun: the rest of a show's or a work's title
// that describes someone ("Real Wives of Lakeview star", "Lord of the
// Rings actor").
func (d *doc) titleOfRole(k int) bool {
	if d.lower(k) != "of" || !d.outside(k) {
		return false
	}
	j := k + 1
	for ; j < k+6 && d.isWord(j) && d.outside(j) && (d.toks[j].cap || d.lower(j) == "the"); j++ {
	}
	return j > k+1 && d.toks[j-1].cap && d.isWord(j) && d.outside(j) && roleNouns.has(d.lower(j))
}

// adjectivedName reads an article and one or two adjectives before a full
// name as the name: "a giddy Julia Roberts", "an emotional Nora Vance".
func (d *doc) adjectivedName(k int) (mention, bool) {
	j := k + 1
	for ; j <= k+2 && d.isWord(j) && d.outside(j) && !d.toks[j].cap; j++ {
		if w := d.lower(j); roleNouns.has(w) || d.isPreposition(j) || isCueWord(w) || determiners.has(w) {
			return mention{}, false
		}
	}
	if j == k+1 || !d.isWord(j) || !d.toks[j].cap {
		return mention{}, false
	}
	m, ok := d.nameAt(j)
	if !ok || m.kind != mName || m.title != "" || !strings.Contains(m.name, " ") || !firstNames.has(d.word(j)) {
		return mention{}, false
	}
	m.from = int32(k)
	m.surface = d.text[d.toks[k].start:d.toks[m.to-1].end]
	return m, true
}

// whoAfter reports a relative clause on a person opening at token k:
// ", who" or ", whose" ("Clinton, who called Sanders, told").
func (d *doc) whoAfter(k int) bool {
	return d.isPunct(k, ",") && (d.lower(k+1) == "who" || d.lower(k+1) == "whose")
}

// nearWords put a group near someone: "sources close to the star".
var nearWords = setOf("close", "near", "familiar", "connected", "linked", "loyal", "related")

// aliasOpeners open a parenthetical that gives another name of a person's.
var aliasOpeners = setOf("real", "born", "née", "nee", "aka", "a.k.a.", "legal", "birth", "also", "known")

// stateAbbrevs are the US states' abbreviations (AP style and postal),
// which after "City," name a place.
var stateAbbrevs = setOf("ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.",
	"kan.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.",
	"n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "tex.", "vt.", "va.",
	"wash.", "w.va.", "wis.", "wyo.", "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il",
	"in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny",
	"nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "d.c.")

// letterBang reports an exclamation mark at k written right after a word of
// one capital letter: "E!" is a network's name.
func (d *doc) letterBang(k int) bool {
	if k < 1 || !d.isPunct(k, "!") || d.kindAt(k-1) != tWord || d.toks[k-1].end != d.toks[k].start {
		return false
	}
	w := d.word(k - 1)
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// bangHeads may follow a one-letter network's "!" in its name.
var bangHeads = setOf("news", "online", "entertainment")

// epithet reports "the" at k joining a single capitalised word before it
// and one after it into one name ("Chance the Rapper"): the word after is
// no title ("Kim the Duchess"), no organisation and ends the name, and the
// word before opens no sentence only as one ("Meanwhile the Academy").
func (d *doc) epithet(parts []string, k int) bool {
	if len(parts) != 1 || !d.outside(k+1) || !d.isWord(k+1) {
		return false
	}
	y := d.word(k + 1)
	if !isCap(y) || isAllCaps(y) || d.isWord(k+2) && isCap(d.word(k+2)) {
		return false
	}
	if titles.has(y) {
		return false
	}
	if orgHeads.has(y) {
		return false
	}
	return !d.openingWord(parts, k-1) && !isPlace(parts) && !isPlace([]string{y})
}

// loneTitle reports a title standing for a person the article names
// elsewhere: "the Duchess", "the Duke and Duchess", "The President said".
// It is a description (descAt resolves it), not a name; "Prince said",
// with no determiner, stays a name.
func (d *doc) loneTitle(parts []string, from int) bool {
	if len(parts) != 1 || !titleWord(parts[0]) {
		return false
	}
	prev := d.word(from - 1)
	if d.isWord(from-2) && (prev == "and" || prev == "&") {
		if titleWord(d.word(from - 2)) {
			return true // "the Duke and Duchess": a title coordinated with one
		}
		prev = d.word(from - 2)
	}
	return d.isWord(from-1) && determiners.hasLower(prev)
}

// undot writes an initialism without its full stops: "C.O.O." is "COO".
func undot(w string) string {
	if len(w) < 4 || w[1] != '.' || !strings.HasSuffix(w, ".") {
		return w
	}
	return strings.ReplaceAll(w, ".", "")
}

// openingWord reports a lone capitalised word that opens a sentence and
// that the article never capitalises inside one, nor is a known first
// name: "Back in 2013, West deleted ...", not someone called Back.
func (d *doc) openingWord(parts []string, from int) bool {
	if len(parts) != 1 || firstNames.at(parts[0]) != 0 || !d.sentenceStart(from) || publications.has(parts[0]) {
		return false // ("TMZ reports:": a publication's name opens sentences)
	}
	if _, alias := aliasLines.get(parts[0]); alias {
		return false // "A-Rod was more talkative": a name aliases.txt knows
	}
	if innerCapital(parts[0]) {
		return false // "DaBaby has been the recipient", "LeBron has": no common word has a capital inside
	}
	if w := d.word(from + 1); d.isWord(from+1) && takesObject(w) && !strings.HasSuffix(parts[0], "s") && d.isWord(from+2) && isCap(d.word(from+2)) {
		return false // "Zendaya tells Ellen DeGeneres": someone telling someone
	}
	if d.whoAfter(from + 1) {
		return false // "Clinton, who called Sanders, told": someone a relative clause is about
	}
	v := from + 1
	if d.isWord(v) && (adverbs.hasLower(d.word(v)) || d.word(v) == "also") {
		v++ // "Coleen also denied the reports"
	}
	if w := parts[0]; d.subjectVerbAt(v) && w[len(w)-1] != 's' && !collectiveNouns.hasLower(w) {
		// "Netflix said in a statement": the subject of a report (not
		// "Others said", "Staff said": people the word describes)
		return false
	}
	return !d.capitalisedInBody(parts[0])
}

// innerCapital reports a word with a capital after a lower-case letter:
// "DaBaby", "LeBron", "McKenna" (not "NATO", nor "Ann").
func innerCapital(w string) bool {
	for i := 1; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' && 'a' <= w[i-1] && w[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// orgParticiples open organisations' names: "United Gun Group", "Associated
// Press".
var orgParticiples = setOf("United", "Allied", "Associated", "Consolidated", "Amalgamated", "Federated", "Incorporated",
	"Limited", "Licensed", "Certified", "Registered", "Advanced", "Integrated", "Applied", "Combined", "Distinguished")

// subjectVerbAt reports a verb at token v that makes the capitalised word
// opening the sentence before it its subject: a reporting verb ("Fameye
// said", "Zola indicated that he"), or any past tense before "that"
// ("Kofi insisted that", "Ama hinted that").
func (d *doc) subjectVerbAt(v int) bool {
	w := d.word(v)
	if subjectVerbs.has(w) {
		return true
	}
	if !d.isWord(v) || !strings.HasSuffix(w, "ed") || isCap(w) {
		return false
	}
	return d.lower(v+1) == "that" && d.isWord(v+2) || isCueWord(w) && !weakCues.has(w) && d.isPunct(v+1, ",:")
}

// subjectVerbs after a capitalised word opening a sentence make it the
// subject of a report, a name.
var subjectVerbs = setOf("said", "says", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "posted",
	"announced", "confirmed", "stated", "explained", "insisted", "noted", "replied", "responded", "declined",
	// the entertainment pages' leads: "Mya fought back rumors", "Kerr
	// slammed the report"
	"fought", "slammed", "blasted", "denied", "defended", "shut", "clapped", "addressed", "opened", "praised",
	"gushed", "revealed", "admitted", "shared", "apologized", "apologised", "thanked", "hit",
	// and where they spoke: "Davis spoke at the Critics' Choice Awards"
	"spoke", "speaks", "weighed", "reacted")

// collectiveNouns name groups of people: "Staff said" is no name.
var collectiveNouns = setOf("staff", "family", "crew", "management", "security", "personnel", "audience", "public",
	"everyone", "everybody", "someone", "somebody", "nobody", "none", "one", "another")

// platformCompanies are platforms' names that are also their companies'.
var platformCompanies = setOf("Twitter", "Facebook", "Instagram", "YouTube", "Youtube", "TikTok", "Tiktok", "Snapchat", "Reddit")

// companyReports reports a platform's name at token k as the subject of a
// reporting verb: "Twitter said in a statement" is its company speaking,
// no post.
func (d *doc) companyReports(k int) bool {
	if w := d.lower(k - 1); d.isWord(k-1) && (objectDeterminers.has(w) || w == "viral" || w == "new" || w == "recent") {
		return false // "a viral TikTok posted on Wednesday": a post, no company
	}
	return platformCompanies.has(d.word(k)) && subjectVerbs.has(d.word(k+1))
}

// sentenceStart reports a token that opens a sentence or a paragraph,
// quotation marks aside.
func (d *doc) sentenceStart(k int) bool {
	j := k - 1
	for j >= 0 && d.kindAt(j) == tMark {
		j--
	}
	return j < 0 || d.kindAt(j) == tPara || d.isPunct(j, ".!?")
}

// titleWord reports a title ("Senator", "Queen") or a capitalised role
// noun ("Duchess", "Singer").
func titleWord(w string) bool {
	if titles.has(w) {
		return true
	}
	return roleNounHeads.has(w) && roleNouns.hasLower(w)
}

// descriptionTitle turns the capitalised words of a description and the
// title or role at token k ("Atlantic City Mayor", "Former Clinton Senior
// Adviser") into the title of the name that follows, with any further titles
// ("Australian Prime Minister", "Committee Chairman"); it returns the title
// and the token after it.
func (d *doc) descriptionTitle(title, parts []string, k int) ([]string, int) {
	title = append(append(title, parts...), d.word(k))
	k++
	for d.isWord(k) && d.isWord(k+1) && isCap(d.word(k+1)) {
		if !titles.has(d.word(k)) && !roleNounHeads.has(d.word(k)) {
			break
		}
		title = append(title, d.word(k))
		k++
	}
	return title, k
}

func isAllCaps(w string) bool {
	has := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
	}
	return has
}

// postmodifier is the length of the words at k that open what a role noun
// is about or close to ("for", "of", "close to", "familiar with"), 0 if none.
func (d *doc) postmodifier(k int) int {
	if !d.isWord(k) {
		return 0
	}
	switch d.word(k) {
	case "for", "from", "of", "at", "with", "near", "inside", "in":
		return 1
	case "close":
		if d.isWord(k+1) && d.word(k+1) == "to" {
			return 2
		}
	case "familiar":
		if d.isWord(k+1) && d.word(k+1) == "with" {
			return 2
		}
	}
	return 0
}

// mentionAt parses a pronoun, description, organisation or name starting at k.
func (d *doc) mentionAt(k int) (mention, bool) {
	if !d.isWord(k) || !d.outside(k) {
		if d.isPunct(k, "@") && d.outside(k) {
			return d.handleAt(k) // "'...,' wrote @andi.renee"
		}
		if d.isPunct(k, "_") && d.outside(k) {
			return d.bareHandleAt(k) // "_sueldelioness tweeted:"
		}
		return mention{}, false
	}
	if d.isPunct(k+1, "_") && d.toks[k+1].start == d.toks[k].end {
		return d.bareHandleAt(k) // "Oforiwaa_oyo said:": an account's name without its "@"
	}
	w := d.word(k)
	lw := d.lower(k)
	if g, ok := pronounGender[lw]; ok && (lw != "i" || w == "I") && !(w == "Us" && d.word(k+1) == "Weekly") {
		return d.pronounMention(k, g), true
	}
	if (lw == "one" || lw == "another") && d.isWord(k+1) && d.outside(k+1) && isCueWord(d.word(k+1)) && (!isWeakCue(d.word(k+1)) || d.cueParticle(k+2)) &&
		(!strings.HasSuffix(d.word(k+1), "ing") || d.lower(k-1) == "and") {
		// "'...,' one wrote, while another added": someone of a group
		// the text has named ("Fans flooded the comments"), as written
		return mention{from: int32(k), to: int32(k + 1), kind: mDesc, name: w, surface: w}, true
	}
	if lw == "someone" || lw == "somebody" {
		// "'...,' someone wrote", "someone else commented": an unnamed
		// person, as written (whom no one resolves)
		to := k + 1
		if d.lower(to) == "else" {
			to++
		}
		if d.isWord(to) && d.outside(to) && isCueWord(d.word(to)) && !isWeakCue(d.word(to)) {
			name := d.text[d.toks[k].start:d.toks[to-1].end]
			return mention{from: int32(k), to: int32(to), kind: mDesc, name: name, surface: name}, true
		}
	}
	if m, ok := d.countedGroupAt(k); ok {
		return m, true // "Five former fans told Rolling Stone", "dozens of fans said"
	}
	if lw == "that" && d.isWord(k+1) && (determiners.has(d.lower(k+1)) || quantityWords.has(d.lower(k+1)) || d.word(k + 1)[0]-'0' < 10) {
		return mention{}, false // "reporting that the user asked", "reported that dozens of fans said": a clause opens
	}
	if h := k + 1; platformCompanies.has(w) && d.isWord(h) && onlineHeads.has(d.lower(h)) && d.isPunct(h+1, "@") && d.isWord(h+2) && d.toks[h+2].start == d.toks[h+1].end ||
		onlineHeads.has(w) && d.isPunct(k+1, "@") && d.isWord(k+2) && d.toks[k+2].start == d.toks[k+1].end && (k == 0 || !platformCompanies.has(d.word(k-1))) {
		// "Twitter user @lara344 wrote", "user @kestrel_77 said": the
		// account, as written (its pieces stand together)
		at := k + 1
		if platformCompanies.has(w) {
			at++
		}
		end := d.handleEnd(at)
		name := d.text[d.toks[k].start:d.toks[end-1].end]
		return mention{from: int32(k), to: int32(end), kind: mDesc, name: name, surface: name}, true
	}
	if base, poss := stripPossessive(w); poss && !isCap(w) && len(base) > 3 && !determiners.has(base) && !pronounWords.has(base) && (k == 0 || !d.isWord(k-1)) {
		// '"Of course," cinema's first lady responded': a description
		// opened by a common noun's possessive, as the subject after the
		// quotation
		if m, ok := d.descFrom(k, k+1, "'s"); ok && d.isWord(int(m.to)) && isCueWord(d.word(int(m.to))) {
			return m, true
		}
	}
	if determiners.has(lw) {
		if m, ok := d.namedAccount(k); ok {
			return m, true
		}
		if lw == "the" && d.word(k+1) == "White" && d.word(k+2) == "House" && d.outside(k+2) && !d.roleWithin(k+3, 2) {
			// "the White House said" (not "the White House press
			// secretary"): "White" opens no name, and is no role
			return mention{from: int32(k), to: int32(k + 3), kind: mOrg, name: "White House", surface: d.text[d.toks[k].start:d.toks[k+2].end]}, true
		}
		if m, ok := d.descAt(k); ok {
			return d.describedName(m), true
		}
		if m, ok := d.adjectivedName(k); ok {
			return m, true // "a giddy Julia Roberts joked"
		}
		if lw == "the" && d.isWord(k+1) && isCap(d.word(k+1)) {
			if m, ok := d.nameAt(k + 1); ok && m.kind != 0 && m.kind != mPlace {
				m.from = int32(k)
				m.kind = mOrg
				m.surface = d.text[d.toks[k].start:d.toks[m.to-1].end]
				m.name = "The " + m.name
				return m, true
			}
			if end := d.orgRunEnd(k + 1); end > k+1 {
				// "The All England Club said": an organisation's name,
				// whatever word opens it
				return mention{from: int32(k), to: int32(end), kind: mOrg, name: d.text[d.toks[k+1].start:d.toks[end-1].end], surface: d.text[d.toks[k].start:d.toks[end-1].end]}, true
			}
			return d.outletAt(k)
		}
		return mention{}, false
	}
	if bareGroups.has(lw) && d.isWord(k+1) && d.outside(k+1) && isCueWord(d.word(k+1)) &&
		(!strings.HasSuffix(d.word(k+1), "ing") && (!d.isWord(k-1) || d.sentenceStart(k) || subordinators.hasLower(d.word(k-1)) || d.lower(k-1) == "and" || d.lower(k-1) == "but") ||
			d.lower(k-1) == "with" && d.isPunct(k-2, ",")) {
		// (the subject: not "his memo to employees explaining")
		// "sources told the Daily News", "Officials said": people
		// described by a plural noun alone, as written (and ", with
		// sources telling the mag that": the subject of the absolute)
		return mention{from: int32(k), to: int32(k + 1), kind: mDesc, name: w, surface: w, gender: 'p'}, true
	}
	if !isCap(w) && !d.isWord(k-1) && d.isWord(k+1) && bareGroups.has(d.lower(k+1)) && d.isWord(k+2) && d.outside(k+2) && isCueWord(d.word(k+2)) &&
		!strings.HasSuffix(d.word(k+2), "ing") && !determiners.has(lw) && !possessivePronoun(lw) && lw != "and" && lw != "but" && lw != "or" && lw != "so" && lw != "yet" && !subordinators.has(lw) && !d.isPreposition(k) && !adverbs.has(lw) {
		// '"...," restaurant management revealed', 'hotel staff said':
		// people of a place or a trade, as written
		return mention{from: int32(k), to: int32(k + 2), kind: mDesc, name: d.text[d.toks[k].start:d.toks[k+1].end],
			surface: d.text[d.toks[k].start:d.toks[k+1].end], gender: 'p'}, true
	}
	if platformCompanies.has(w) && d.isWord(k+1) && bareGroups.has(d.lower(k+1)) && d.isWord(k+2) && d.outside(k+2) && isCueWord(d.word(k+2)) &&
		!strings.HasSuffix(d.word(k+2), "ing") && (!d.isWord(k-1) || d.sentenceStart(k)) {
		// "TikTok commenters said Lizzo ...": the platform's people, as
		// written
		return mention{from: int32(k), to: int32(k + 2), kind: mDesc, name: d.text[d.toks[k].start:d.toks[k+1].end],
			surface: d.text[d.toks[k].start:d.toks[k+1].end], gender: 'p'}, true
	}
	if !isCap(w) {
		return mention{}, false
	}
	if m, ok := d.partyGroupAt(k); ok {
		return m, true // "Republicans on Capitol Hill seized on ...", "Senate Democrats said"
	}
	if adjectiveCompound(w) && d.isWord(k+1) && isCap(d.word(k+1)) {
		// "Texas-based Matt Mackowiak": a modifier opening the name it
		// describes, never a name itself ("Florida-based Republican
		// strategist Al Cardenas" is read further on)
		if m, ok := d.mentionAt(k + 1); ok && m.kind == mName {
			m.from = int32(k)
			m.surface = d.text[d.toks[k].start:d.toks[m.to-1].end]
			return m, true
		}
		return mention{}, false
	}
	// a possessive name ("Trump's campaign") or a place is not the speaker,
	// nor is a nationality alone ("Jolie's Cambodian track record")
	m, ok := d.nameAt(k)
	if ok && (m.kind == 0 || m.kind == mOrg && d.possessiveEnd(int(m.to)-1)) {
		if end := d.accountAfter(int(m.to)); end > 0 {
			// "Love Island's official X account shared": the account's
			// owner writes
			if m.kind == 0 {
				m.kind = mName
			}
			m.to = int32(end)
			m.surface = d.text[d.toks[k].start:d.toks[end-1].end]
			return m, true
		}
	}
	if ok && (m.kind == 0 || m.kind == mOrg && d.possessiveEnd(int(m.to)-1)) && d.isWord(int(m.to)) && !d.toks[m.to].cap {
		if to := int(m.to); m.kind == 0 && personaNouns.hasLower(d.word(to)) && d.outside(to) {
			// "Arianne Zucker's character asks him": the actor speaks
			// the part
			m.kind, m.to = mName, int32(to+1)
			m.surface = d.text[d.toks[k].start:d.toks[to].end]
			return m, true
		}
		// "Brad Pitt's rep", "Kim Kardashian's husband Kanye West", "Us
		// Weekly's source": the person of someone's, named or described
		if o, ok := d.descFrom(k, int(m.to), "'s"); ok && !docHeads.has(headWord(o.name)) {
			return d.describedName(o), true
		}
	}
	if ok && m.kind != 0 && m.kind != mPlace && !(m.to == m.from+1 && demonyms.has(w)) {
		if to := int(m.to); m.title == "" && d.lower(to) == "for" && d.outside(to) && d.isWord(to+1) && isCap(d.word(to+1)) && firstNames.at(d.word(int(m.from))) == 0 {
			return d.forOrgAt(int(m.from), to), true // "Citizens for Tax Justice advocates", "Americans for Prosperity said"
		}
		return m, true
	}
	if d.companyReports(k) {
		// "Twitter said in a statement": the company
		return mention{from: int32(k), to: int32(k + 1), kind: mOrg, name: w, surface: w}, true
	}
	// an outlet or agency named alone ("As Politico reported", "Reuters
	// said"): an organisation
	if outletNames.has(w) {
		return mention{from: int32(k), to: int32(k + 1), kind: mOrg, name: w, surface: w}, true
	}
	return d.outletAt(k)
}

// accountAfter reads a social media account after a possessive name at
// token k ("official X account", "Instagram page", "official account"):
// the token after it, or 0.
func (d *doc) accountAfter(k int) int {
	j := k
	if d.lower(j) == "official" {
		j++
	}
	if d.isWord(j) && platformNames.has(d.word(j)) {
		j++
	}
	if j > k && d.isWord(j) && d.outside(j) && accountNouns.has(d.lower(j)) {
		return j + 1
	}
	return 0
}

var platformNames = setOf("X", "Twitter", "Instagram", "Facebook", "TikTok", "Tiktok", "YouTube", "Youtube", "Threads", "Snapchat", "Bluesky")

var accountNouns = setOf("account", "page", "feed", "handle", "channel")

// forOrgAt is the organisation named with "for" whose words open at
// token from and whose "for" is token f, through the capitalised words
// after it ("Citizens for Tax Justice", "The Center for American
// Progress").
func (d *doc) forOrgAt(from, f int) mention {
	end := f + 1
	for end < f+5 && d.isWord(end) && d.outside(end) && isCap(d.word(end)) {
		end++
	}
	surface := d.text[d.toks[from].start:d.toks[end-1].end]
	return mention{from: int32(from), to: int32(end), kind: mOrg, name: strings.TrimPrefix(surface, "The "), surface: surface}
}

// tradeShaped reports a word ending as the names of trades do: -er,
// -ier, -ist, -ian, -or ("Luthier", "Fiddler", "Florist", "Historian"),
// or as a plural of people ("Celebrities", "Fans", "Critics").
func tradeShaped(w string) bool {
	return longSuffix(w, "er", "ist", "ian", "or", "ors", "ans") || pluralShaped(w)
}

// pluralShaped reports a word ending as plurals of people do
// ("Celebrities", "Critics", "Lawmakers"): no first word of a name.
func pluralShaped(w string) bool {
	return longSuffix(w, "ies", "ics", "ers", "ists", "ians")
}

// longSuffix reports a word ending in one of sufs after at least four
// other bytes.
func longSuffix(w string, sufs ...string) bool {
	for _, suf := range sufs {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// monthFirstName reports a month that is a first name too ("June",
// "April") opening a name at token k after a role or a relation: "singer
// June Harlan", "his wife, April Dunn" (not "in June Harlan said").
func (d *doc) monthFirstName(k int) bool {
	if !monthNames.has(d.word(k)) || !d.isWord(k+1) || !isCap(d.word(k+1)) || monthNames.has(d.word(k+1)) {
		return false
	}
	j := k - 1
	if d.isPunct(j, ",") {
		j--
	}
	return d.isWord(j) && !isCap(d.word(j)) && (roleNouns.has(d.lower(j)) || kinNouns.hasLower(d.word(j)))
}

// willFirstName reports "Will" opening a person's name: before another
// capitalised word, in a sentence that asks nothing ("podcast host Will
// Arnett", "Will Forte got candid"; not "Will Trump run?"); a modal
// inside a sentence is written in lower case.
func (d *doc) willFirstName(k int) bool {
	if d.word(k) != "Will" || !d.isWord(k+1) || !isCap(d.word(k+1)) || notNames.has(d.word(k+1)) || d.inHeadline(k) {
		return false
	}
	for j := k + 2; j < k+60 && j < len(d.toks); j++ {
		if d.kindAt(j) == tPara || d.isPunct(j, ".!") {
			return true
		}
		if d.isPunct(j, "?") {
			return false
		}
	}
	return true
}

// roleModifiers go before a role, not before a name: "former", "fellow".
var roleModifiers = setOf("former", "ex", "fellow", "then", "current", "onetime", "one-time", "two-time", "three-time")

// monthNames are the months that are first names too.
var monthNames = setOf("April", "May", "June", "August")

// orgOpeners are words of notNames that may open an organisation's name
// ("Black Tide Records", "American Airlines").
var orgOpeners = setOf("Black", "White", "Big", "Great", "Good", "Old", "First", "Super", "United", "American",
	"British", "European", "Chinese", "Russian", "Mexican", "Latino", "Hispanic", "Jewish", "Christian", "Muslim")

// orgNameElsewhere is the organisation's name that the two capitalised
// words from token k open elsewhere in the text, an organisation's head
// word after them ("Big Hit" of "Big Hit Entertainment"), or "".
func (d *doc) orgNameElsewhere(k int) string {
	if !d.isWord(k+1) || !d.toks[k+1].cap || !d.outside(k+1) || d.toks[k+1].start != d.toks[k].end+1 || d.isWord(k+2) && d.toks[k+2].cap {
		return "" // (not "White House Press Secretary Josh Earnest": a longer run here)
	}
	pre := d.text[d.toks[k].start:d.toks[k+1].end] + " "
	for i := 0; ; {
		j := strings.Index(d.text[i:], pre)
		if j < 0 {
			return ""
		}
		j += i
		i = j + 1
		rest := d.text[j+len(pre):]
		end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
		if end < 0 {
			end = len(rest)
		}
		if w := rest[:end]; orgHeads.has(w) {
			return pre + w
		}
	}
}

// orgRunEnd is the token after a run of capitalised words from token k
// whose last is an organisation's head word ("Black Tide Records"), or k
// for none.
func (d *doc) orgRunEnd(k int) int {
	for j := k + 1; j < k+5 && d.isWord(j) && d.outside(j) && isCap(d.word(j)); j++ {
		if orgHeads.has(d.word(j)) && !(d.isWord(j+1) && d.outside(j+1) && isCap(d.word(j+1))) {
			if d.roleWithin(j+1, 2) {
				return k // (not "White House officials": people of it)
			}
			return j + 1
		}
	}
	return k
}

// partyPlurals are the members of a party, named as a group.
var partyPlurals = setOf("Democrats", "Republicans", "Conservatives", "Liberals", "Progressives", "Tories")

// partyModifiers put a party's members in a chamber: "Senate Democrats".
var partyModifiers = setOf("Senate", "House", "Congressional", "Assembly")

// partyGroupAt reads a party's members as the subject of their clause at
// token k, as written: "Republicans", "Senate Democrats", "Republicans on
// Capitol Hill", "Democrats on the House Oversight Committee".
func (d *doc) partyGroupAt(k int) (mention, bool) {
	j := k
	if partyModifiers.has(d.word(j)) {
		j++
	}
	if !partyPlurals.has(d.word(j)) || !d.outside(j) {
		return mention{}, false
	}
	if d.isWord(k-1) && !d.sentenceStart(k) && !subordinators.hasLower(d.word(k-1)) && d.lower(k-1) != "and" && d.lower(k-1) != "but" {
		return mention{}, false // (the subject: not "labeled a witch hunt by Democrats")
	}
	end := j + 1
	if w := d.lower(end); (w == "on" || w == "in") && d.isWord(end+1) {
		e := end + 1
		if d.lower(e) == "the" {
			e++
		}
		c := e
		for c < e+6 && d.isWord(c) && d.outside(c) && (isCap(d.word(c)) || d.lower(c) == "on" && isCap(d.word(c+1))) {
			c++
		}
		if c > e {
			end = c // "on Capitol Hill", "on the House Select Committee on Benghazi"
		}
	}
	surface := d.text[d.toks[k].start:d.toks[end-1].end]
	return mention{from: int32(k), to: int32(end), kind: mDesc, name: surface, surface: surface, gender: 'p'}, true
}

// roleWithin reports a role noun among the n lower-case words from token
// k: "the White House press secretary".
func (d *doc) roleWithin(k, n int) bool {
	for j := k; j < k+n && d.isWord(j) && !isCap(d.word(j)); j++ {
		if roleNouns.has(d.lower(j)) {
			return true
		}
	}
	return false
}

// surnameHeads end organisations' names and persons' ("Fox", "Michael
// J. Fox"; "Post", "Emily Post"; "Court", "Margaret Court").
var surnameHeads = setOf("Fox", "Post", "Court", "House", "Press", "Bank", "Trust", "Mail", "Union", "Globe")

// surnameHead reports a person's name whose surname is one of
// surnameHeads: a first name opens it, and no other word is an
// organisation's ("Dana Fox", not "Fox News" or "Dana Point Bank").
func surnameHead(parts []string) bool {
	if len(parts) < 2 || len(parts) > 3 || !surnameHeads.has(parts[len(parts)-1]) || firstNames.at(parts[0]) == 0 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if orgHeads.has(p) || isPlace([]string{p}) {
			return false
		}
	}
	return true
}

// personaNouns are the parts an actor plays.
var personaNouns = setOf("character", "alter-ego", "persona")

// countedGroupAt reads a group counted at token k, its members unnamed:
// "Five former fans", "dozens of fans", "several longtime friends" (as
// written, plural).
func (d *doc) countedGroupAt(k int) (mention, bool) {
	if !quantityWords.hasLower(d.word(k)) || isCap(d.word(k)) && !d.sentenceStart(k) {
		return mention{}, false
	}
	j := k + 1
	if d.lower(j) == "of" {
		j++
	}
	for end := j; end < j+3 && d.isWord(end) && d.outside(end); end++ {
		if w := d.word(end); isCap(w) {
			return mention{}, false
		} else if bareGroups.has(w) {
			surface := d.text[d.toks[k].start:d.toks[end].end]
			return mention{from: int32(k), to: int32(end + 1), kind: mDesc, name: surface, surface: surface, gender: 'p'}, true
		}
	}
	return mention{}, false
}

// quantityWords count a plural: "dozens of fans", "several friends".
var quantityWords = setOf("dozens", "hundreds", "thousands", "millions", "many", "several", "some", "most", "few",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "numerous", "multiple", "countless")

// handleAt reads an account's handle at the "@" at token k, as written:
// "@andi.renee", "@kestrel_77".
func (d *doc) handleAt(k int) (mention, bool) {
	if !d.isWord(k+1) || d.toks[k+1].start != d.toks[k].end {
		return mention{}, false
	}
	end := d.handleEnd(k)
	name := d.text[d.toks[k].start:d.toks[end-1].end]
	return mention{from: int32(k), to: int32(end), kind: mDesc, name: name, surface: name}, true
}

// bareHandleAt reads a handle written without its "@" from token k: words
// and underscores standing together, one underscore at least
// ("Oforiwaa_oyo", "_sueldelioness"), as written.
func (d *doc) bareHandleAt(k int) (mention, bool) {
	end, under := k, false
	for end < k+10 && end < len(d.toks) && (end == k || d.toks[end].start == d.toks[end-1].end) && (d.isWord(end) || d.isPunct(end, "_")) && d.outside(end) {
		under = under || d.isPunct(end, "_")
		end++
	}
	if !under || end == k+1 || !d.isWord(end-1) && !d.isWord(end-2) {
		return mention{}, false
	}
	name := d.text[d.toks[k].start:d.toks[end-1].end]
	return mention{from: int32(k), to: int32(end), kind: mDesc, name: name, surface: name}, true
}

// bareHandleStart is the first token of a handle without its "@" ending at
// word token e ("Oforiwaa_oyo", "_sueldelioness"), or e.
func (d *doc) bareHandleStart(e int) int {
	s := e
	for s > 0 && s > e-10 && d.toks[s].start == d.toks[s-1].end && (d.isPunct(s-1, "_") || d.isWord(s-1) && d.isPunct(s, "_")) {
		s--
	}
	return s
}

// namedAccount reads from the determiner at token k an account named by
// its handle: "The X handle @pinesfan22", "the fan account @kel_v" speak
// as the handle.
func (d *doc) namedAccount(k int) (mention, bool) {
	for j := k + 1; j <= k+4 && d.isWord(j) && d.outside(j); j++ {
		lw := d.lower(j)
		if !accountNouns.has(lw) && !onlineHeads.has(lw) {
			continue
		}
		if !d.isPunct(j+1, "@") || !d.outside(j+1) {
			return mention{}, false
		}
		h, ok := d.handleAt(j + 1)
		if !ok {
			return mention{}, false
		}
		h.from, h.surface = int32(k), d.text[d.toks[k].start:d.toks[h.to-1].end]
		return h, true
	}
	return mention{}, false
}

// handleStart is the "@" token of the handle whose last word is token e
// ("@kel_v", "@lena.marsh"), -1 if the words before e are no handle's.
func (d *doc) handleStart(e int) int {
	for s := e; s > 0 && s > e-10 && d.toks[s].start == d.toks[s-1].end; s-- {
		switch {
		case d.isPunct(s-1, "@"):
			return s - 1
		case !d.isWord(s-1) && !d.isPunct(s-1, "_") && !d.isPunct(s-1, "."):
			return -1
		}
	}
	return -1
}

// handleEnd is the token after the handle whose "@" is at token at: its
// words, underscores and inner dots stand together ("@migdallia_." ends
// before the sentence's full stop); at most ten tokens.
func (d *doc) handleEnd(at int) int {
	end := at + 2
	for end < at+10 && end < len(d.toks) && d.toks[end].start == d.toks[end-1].end &&
		(d.isWord(end) || d.isPunct(end, "_") || d.isPunct(end, ".") && d.isWord(end+1) && d.toks[end+1].start == d.toks[end].end) {
		end++
	}
	return end
}

// acronymPlural reports a plural of an acronym: "BFFs", "CEOs".
func acronymPlural(w string) bool {
	n := len(w)
	if n < 3 || n > 6 || w[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false // (not "CNN's")
		}
	}
	return true
}

// stageNameAt reports a stage name of two words at token k that aliases.txt
// knows, whose first word opens no other name: "Post Malone", "Big Sean".
func (d *doc) stageNameAt(k int) bool {
	if !stageOpeners.has(d.word(k)) || !d.isWord(k+1) || !d.outside(k+1) || !isCap(d.word(k+1)) {
		return false
	}
	next, _ := stripPossessive(d.word(k + 1))
	return aliasLines.has(d.word(k) + " " + next)
}

// stageOpeners are the first words of the names of two words or more in
// aliases.txt ("Post" of "Post Malone"): the words stageNameAt reads on
// from.
var stageOpeners = func() wordSet {
	m := map[string]struct{}{}
	for _, names := range aliasNames {
		for _, n := range names {
			if first, _, ok := strings.Cut(n, " "); ok {
				m[first] = struct{}{}
			}
		}
	}
	return setFrom(m)
}()

// outletAt reads a publication's name at k, which no person's name parse
// takes ("New", "Washington", "Daily" open no name): capitalised words,
// after "the" or not, whose last is a newspaper's or magazine's head word
// ("The New York Times", "the Washington Post", "The Daily Beast"), or
// followed by "magazine" or "newspaper" ("People magazine").
func (d *doc) outletAt(k int) (mention, bool) {
	j := k
	if d.lower(j) == "the" {
		j++
	}
	start, end := j, j
	for end < j+5 && d.isWord(end) && d.outside(end) && isCap(d.word(end)) {
		end++
	}
	if end == start || prepositions.hasLower(d.word(start)) || leadWords.hasLower(d.word(start)) {
		return mention{}, false // "On ABC News, Rubio said"
	}
	last, _ := stripPossessive(d.word(end - 1))
	to := end
	switch {
	case pressHeads.hasLower(last):
	case d.isWord(end) && (d.word(end) == "magazine" || d.word(end) == "newspaper"):
		to = end + 1
	default:
		return mention{}, false
	}
	m := mention{from: int32(k), to: int32(to), kind: mOrg}
	m.surface = d.text[d.toks[k].start:d.toks[to-1].end]
	m.name, _ = stripPossessive(d.text[d.toks[start].start:d.toks[end-1].end])
	if start > k {
		m.name = "The " + m.name
	}
	return m, true
}

// pressName reports a newspaper's or magazine's name ("The Daily Beast").
func pressName(name string) bool {
	return pressHeads.hasLower(name[strings.LastIndexByte(name, ' ')+1:])
}

// pressHeads end a newspaper's or magazine's name.
var pressHeads = setOf("times", "post", "journal", "news", "guardian", "telegraph", "mail", "tribune", "herald",
	"globe", "magazine", "review", "weekly", "gazette", "chronicle", "observer", "examiner", "inquirer", "mirror",
	"express", "beast", "yorker", "atlantic", "monthly", "bulletin", "register", "star-ledger", "sun", "ledger", "courier",
	"dispatch", "enquirer", "sentinel")

// pronounMention is the he, she, him, her ... at word k, of gender g.
func (d *doc) pronounMention(k int, g byte) mention {
	w := d.word(k)
	return mention{from: int32(k), to: int32(k + 1), kind: mPronoun, name: w, surface: w, gender: g}
}

// secondRole returns the token after "and ... role noun" starting at k
// ("and Love Magazine editor"), or k when there is none.
func (d *doc) secondRole(k int) int {
	if !d.isWord(k) || d.word(k) != "and" {
		return k
	}
	for j := k + 1; j < k+6 && d.isWord(j) && d.outside(j); j++ {
		if w := d.word(j); !isCap(w) {
			if roleNouns.has(w) {
				return j + 1
			}
		}
	}
	return k
}

// sPossessive reports the apostrophe of a possessive after a word ending
// in s at token k ("Tom Hanks' son", "Charles’ wife"): right after the
// word, then a space and a lower-case word.
func (d *doc) sPossessive(k int) bool {
	if k < 1 || k+1 >= len(d.toks) || d.kindAt(k) != tMark || d.toks[k].start != d.toks[k-1].end || !d.isWord(k-1) {
		return false
	}
	if m := d.text[d.toks[k].start:d.toks[k].end]; m != "'" && m != "\u2019" {
		return false
	}
	w := d.word(k - 1)
	if c := w[len(w)-1]; c != 's' && c != 'S' || d.toks[k+1].start == d.toks[k].end || !d.isWord(k+1) || d.toks[k+1].cap {
		return false
	}
	return !isCueWord(d.word(k+1)) && !isPronoun(d.lower(k+1))
}

// possessiveEnd reports token k ending a possessive: "Weekly's", or the
// mark of "Times'".
func (d *doc) possessiveEnd(k int) bool {
	if _, poss := stripPossessive(d.word(k)); poss && d.isWord(k) {
		return true
	}
	return d.sPossessive(k)
}

// commentNouns are what an audience leaves under a post: "One comment
// read".
var commentNouns = setOf("comment", "reply", "response", "review", "message", "tweet", "post")

// occasionNouns name occasions, not anyone who speaks: "the conference call
// continued with statements from ...", "the hearing continued".
var occasionNouns = setOf("call", "conference", "meeting", "interview", "session", "hearing", "debate", "rally", "event",
	"show", "episode", "segment", "broadcast", "ceremony", "trial", "briefing", "panel", "discussion", "conversation",
	"livestream", "stream", "game", "match", "concert", "party", "dinner")

// describedName is the name a description goes with when one follows it
// ("his campaign manager Jeff Weaver", "the stylist and Love Magazine
// editor Katie Grand"), from the description's first word; else m.
func (d *doc) describedName(m mention) mention {
	if end := d.secondRole(int(m.to)); end > int(m.to) {
		// two roles, one name
		if n, ok := d.nameAt(end); ok && n.kind == mName && isCap(d.word(end)) {
			m.to = int32(end)
		}
	}
	if n, ok := d.nameAt(int(m.to)); ok && n.kind == mName && d.isWord(int(m.to)) && isCap(d.word(int(m.to))) && !d.adverbAt(int(m.to)) {
		// ("a source EXCLUSIVELY tells": an adverb in capitals, no name)
		n.from = m.from
		n.surface = d.text[d.toks[m.from].start:d.toks[n.to-1].end]
		return n
	}
	return m
}

// timeSpan reports a span of time at token k told from another time: "week
// before", "day after", "year ago", "months later".
func (d *doc) timeSpan(k int) bool {
	if !d.isWord(k) || !spanNouns.has(d.lower(k)) || !d.isWord(k+1) {
		return false
	}
	switch d.lower(k + 1) {
	case "before", "after", "ago", "later", "earlier", "prior", "since", "into":
		return true
	}
	return false
}

// spanNouns measure time.
var spanNouns = setOf("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week",
	"weeks", "month", "months", "year", "years", "decade", "decades", "weekend", "moment", "while", "morning", "evening")

// descAt parses a description starting with a determiner at k: up to six
// words ending in a role noun ("the South Carolina senator"), or an age
// ("the 34-year-old").
func (d *doc) descAt(k int) (mention, bool) {
	return d.descFrom(k, k+1, d.lower(k))
}

// descFrom is descAt of a description whose determiner det opens at k and
// whose words start at token start: det is a determiner's word, or "'s"
// for a possessive name ("Brad Pitt's rep"), which takes the
// possessive determiners' reading.
func (d *doc) descFrom(k, start int, det string) (mention, bool) {
	if d.timeSpan(start) {
		return mention{}, false // "A week before announcing their split": a time, no one
	}
	if n := d.lower(start); (n == "two" || n == "three" || n == "four" || n == "both") && d.isWord(start+1) && !d.toks[start+1].cap {
		if next := d.lower(start + 1); !roleNouns.has(next) && !(len(next) > 3 && next[len(next)-1] == 's' && roleNouns.has(next[:len(next)-1])) {
			return mention{}, false // "The two play mother and daughter": a pair, the verb after it
		}
	}
	start = d.titleAfter(start) // 'the "Hello" singer': a work's title in quotation marks
	if d.isWord(start) && titleRoleModifiers.has(d.lower(start)) {
		if after := d.titleAfter(start + 1); after > start+1 {
			start = after // 'the former "Real Wives" star'
		}
	}
	for j := start; j < start+7 && (d.isWord(j) || d.titleAmpersand(j, start) || d.titleColon(j, start) || d.numberMark(j)) && d.outside(j); j++ {
		w := d.word(j)
		lw := strings.ToLower(w)
		if isCueWord(lw) && !isCap(w) && !(j == start && strings.HasSuffix(lw, "ed") && d.isWord(j+1) && roleNouns.hasLower(d.word(j+1))) {
			break // (not "an alleged insider", "the reported source": a participle before the role)
		}
		if determiners.has(d.lower(j+1)) && !isCap(w) && pastTense(lw) && d.isWord(j+1) {
			break // "The town released a statement": a verb and its object, no role
		}
		if descBreakers.has(lw) && !isCap(w) {
			break // "the law with his committee": a phrase, not a description
		}
		if j > start && verbAdverbs.has(lw) && isCueWord(d.word(j+1)) {
			break // "The outlet also noted": the verb's adverb (not "the recently retired driver")
		}
		base := lw
		if strings.Contains(base, "/") {
			base = base[:strings.Index(base, "/")]
		}
		role := roleNouns.has(base)
		if !role && len(base) > 4 && base[len(base)-1] == 's' && base[len(base)-2] != 's' && roleNouns.has(base[:len(base)-1]) &&
			((det == "one" || det == "another") && j > start || d.isWord(j+1) && isCueWord(d.word(j+1)) && !isWeakCue(d.word(j+1)) && !isCap(d.word(j+1))) {
			role = true // "one of the radio hosts", "the hosts replied": those in a role
		}
		if !role && strings.HasSuffix(lw, "-year-old") {
			role = true
		}
		if i := ofCompound(lw); !role && i > 0 && roleNouns.has(lw[:i]) {
			role, base = true, lw[:i] // "the mother-of-two", "a father-of-three"
		}
		if !role {
			if i := strings.IndexByte(lw, '/'); i > 0 {
				role = roleNouns.has(lw[i+1:])
			}
		}
		if !role && (possessiveDeterminers.has(det) || det == "'s") && j == start && !isCap(w) && len(lw) > 3 && !relativeOpeners.has(lw) && d.isWord(j+1) && d.outside(j+1) &&
			(saidWords.has(d.word(j+1)) || ownedGroups.has(lw) && isCueWord(d.word(j+1)) && !isWeakCue(d.word(j+1)) && !isCap(d.word(j+1))) {
			role = true // "his children said", "her parents told", "McCain's office responded": people of someone's, unnamed
		}
		if v := j + 1; !role && j == start && strangerNouns.has(lw) && (det == "a" || det == "an" || det == "the" || det == "one" || det == "another") && d.postmodifier(v) == 1 {
			// "a guest at the party told RadarOnline", "the woman behind
			// the counter said": someone unnamed, placed, then the verb
			for c := v + 1; c < v+5 && d.isWord(c) && d.outside(c); c++ {
				if isCueWord(d.word(c)) && !isWeakCue(d.word(c)) && !isCap(d.word(c)) {
					role = true
					break
				}
			}
		}
		if v := j + 1; !role && (det == "one" || det == "another") && j == start && commentNouns.has(lw) && d.isWord(v) && (d.lower(v) == "read" || d.lower(v) == "reads" || d.lower(v) == "said") {
			role = true // "One comment read, ...": a comment under the post, as written
		}
		if v := j + 1; !role && (det == "the" || det == "a" || det == "an") && !isCap(w) && len(lw) > 3 && d.isWord(v) && d.outside(v) {
			if verbAdverbs.has(d.word(v)) && d.isWord(v+1) {
				v++ // "the outlet also noted"
			}
			if isCueWord(d.word(v)) && (!isWeakCue(d.word(v)) || strings.HasPrefix(d.word(v), "read") || d.word(v+1) == "on") && !isCap(d.word(v)) && !occasionNouns.has(lw) {
				role = true // "the novelist said", "the email read", "the email went on": any noun heading a reporting clause (not "the proposal goes", "the conference call continued")
			}
		}
		if !role && det == "the" && !isCap(w) && len(lw) > 3 && !occasionNouns.has(lw) && d.relativeThenCue(j+1) {
			role = true // "the social media platform, which is owned by ByteDance, told Business Insider"
		}
		if !role && det == "the" && j > start && smallNumber(lw) > 0 && (d.word(j-1) == "No" || d.word(j-1) == "No.") && d.isWord(j+1) && d.outside(j+1) && isCueWord(d.word(j+1)) {
			role = true // "the world No. 4 wrote": a ranking, a player
		}
		if role && isCap(w) {
			// "the presumptive Republican presidential nominee": a party
			// or role used as an adjective; the description ends at the
			// role noun after it, when one comes before any punctuation
			for j2 := j + 1; j2 < start+7 && d.isWord(j2) && d.outside(j2) && !isCueWord(d.word(j2)); j2++ {
				if roleNouns.has(d.lower(j2)) {
					j, base = j2, d.lower(j2)
					break
				}
			}
		}
		if role {
			// "a department official", "the campaign manager": a role noun
			// naming the one after it
			for j+1 < start+7 && (d.isWord(j+1) && d.outside(j+1) || d.sPossessive(j+1)) {
				if d.sPossessive(j + 1) {
					if !d.isWord(j+2) || !roleNouns.has(d.lower(j+2)) {
						break
					}
					j += 2 // "the actress' rep"
					base = d.lower(j)
					continue
				}
				if isCap(d.word(j + 1)) {
					// "the 32-year-old Aussie actor", "the 40-year-old
					// Oscar winner": a capitalised word before a role noun
					// describes it
					if n := d.word(j + 2); j+2 < start+7 && d.isWord(j+2) && d.outside(j+2) && !isCap(n) && roleNouns.hasLower(n) {
						j += 2
						base = strings.ToLower(n)
						continue
					}
					break
				}
				if mediumModifiers.has(d.lower(j+1)) && j+2 < start+7 && d.isWord(j+2) && d.outside(j+2) && !isCap(d.word(j+2)) && roleNouns.has(d.lower(j+2)) {
					j += 2 // "the veteran radio host": a role on a medium
					base = d.lower(j)
					continue
				}
				if d.lower(j+1) == "and" && j+2 < start+7 && d.isWord(j+2) && d.outside(j+2) && !isCap(d.word(j+2)) && roleNouns.has(d.lower(j+2)) && !kinNouns.has(d.lower(j+2)) {
					j += 2 // "The actor and screenwriter proclaimed": one person's two trades
					base = d.lower(j)
					continue
				}
				if !roleNouns.has(d.lower(j + 1)) {
					break
				}
				j++
				base = d.lower(j)
			}
			// "the senator from Texas", "a spokesman for the campaign"
			end := j + 1
			if post := d.postmodifier(end); post > 0 {
				e := end + post
				for e < end+6 && d.isWord(e) && d.outside(e) && !isCueWord(d.word(e)) && !(d.adverbAt(e) && d.isWord(e+1) && isCueWord(d.word(e+1))) {
					w := d.word(e)
					if !isCap(w) && (pastTense(w) || e > end+1 && isCap(d.word(e-1)) && !isOrgFunctionWord(w) && !roleNouns.has(w)) {
						break // "a spokesman for Platte River declined": the verb after the name
					}
					e++
				}
				end = e
			}
			m := mention{from: int32(k), to: int32(end), kind: mDesc, definite: det == "the" || det == "this" || det == "that"}
			m.surface = d.text[d.toks[k].start:d.toks[end-1].end]
			m.name = m.surface
			if femaleNouns.has(base) {
				m.gender = 'f'
			} else if maleNouns.has(base) {
				m.gender = 'm'
			}
			if m.gender == 0 {
				for j := start; j < end-1; j++ {
					if d.lower(j) == "pregnant" {
						m.gender = 'f' // "the pregnant star"
						break
					}
				}
			}
			if strings.HasSuffix(base, "s") && base != "boss" && !strings.HasSuffix(base, "ss") {
				m.gender = 'p'
			}
			return m, true
		}
	}
	return mention{}, false
}

// ofCompound is where "-of-" stands in a hyphenated word ("mother-of-two"),
// or -1.
func ofCompound(lw string) int {
	if len(lw) < 8 || strings.IndexByte(lw, '-') < 0 {
		return -1
	}
	return strings.Index(lw, "-of-")
}

// titleAfter is the token after a work's short title in quotation marks
// that opens at token j and a lower-case word follows ('the "Hello"
// singer', 'the "Shake It Off" hitmaker'), or j when none does: one to
// five words inside the marks, the first capitalised.
func (d *doc) titleAfter(j int) int {
	if j+3 < len(d.toks) && d.singleMark(j) && d.isWord(j+1) && d.toks[j+1].cap && d.toks[j+1].start == d.toks[j].end {
		// "the 'Dark Shadows' star": a title in single marks the
		// article's quotation marks are not
		for c := j + 2; c <= j+6 && c+1 < len(d.toks); c++ {
			if d.singleMark(c) && d.toks[c].start == d.toks[c-1].end {
				if d.isWord(c+1) && !d.toks[c+1].cap && roleNouns.has(d.lower(c+1)) {
					return c + 1
				}
				break
			}
			if !d.isWord(c) || !d.toks[c].cap && !titleJoinWords.has(d.lower(c)) {
				break
			}
		}
		return j
	}
	if j+2 >= len(d.toks) || d.kindAt(j) != tMark || d.kindAt(j+1) != tWord || d.toks[j+1].quote == 0 || !d.toks[j+1].cap {
		return j
	}
	c := j + 1
	for c < len(d.toks) && c <= j+5 && d.toks[c].quote == d.toks[j+1].quote {
		c++
	}
	if c >= len(d.toks)-1 || d.kindAt(c) != tMark || !d.isWord(c+1) || d.toks[c+1].cap || d.toks[c+1].quote != 0 {
		return j
	}
	return c + 1
}

// singleMark reports a single quotation mark or apostrophe standing alone
// at token k.
func (d *doc) singleMark(k int) bool {
	if k >= len(d.toks) || d.toks[k].kind != tMark && d.toks[k].kind != tPunct {
		return false
	}
	w := d.word(k)
	return w == "'" || w == "‘" || w == "’"
}

// numberMark reports a point or comma at token k inside a number, digits
// right on both sides: "10.9 million", "10,000" (the tokens split them).
func (d *doc) numberMark(k int) bool {
	if !d.isPunct(k, ".,") || k == 0 || k+1 >= len(d.toks) || !d.isWord(k-1) || !d.isWord(k+1) {
		return false
	}
	p, n := d.toks[k-1], d.toks[k+1]
	if p.end != d.toks[k].start || n.start != d.toks[k].end {
		return false
	}
	last, first := d.text[p.end-1], d.text[n.start]
	return last >= '0' && last <= '9' && first >= '0' && first <= '9'
}

// descBreakers are prepositions that no description holds before its role
// noun ("one of", "a voice over", "the man from", "a document filed by"
// stay possible).
var descBreakers = setOf("with", "in", "on", "to", "into", "about", "against", "under", "through", "during",
	// and a modal: a verb, no description's word ("The one word that can
	// instantly stop an amorous young man")
	"can", "could", "will", "would", "should", "may", "might", "must", "cannot", "can't")

// clauseBetween reports tokens [from, to) that open with a name, after at
// most two lower-case words ("model Tessa Brandt"), and its verb: "Karlie
// Kloss discussed the essay", a clause and no apposition.
func (d *doc) clauseBetween(from, to int) bool {
	for t := from; t < to && t < from+3 && d.isWord(t); t++ {
		if n, ok := d.nameAt(t); ok && n.kind == mName {
			v := int(n.to)
			return v < to && d.isWord(v) && !d.toks[v].cap && (isCueWord(d.word(v)) || strings.HasSuffix(d.word(v), "ed"))
		}
		if d.toks[t].cap {
			return false
		}
	}
	return false
}

// mentionEndingAt parses a mention whose last token is e, scanning backward
// (used for "X said" after a quotation and "X said:" before one).
func (d *doc) mentionEndingAt(e int) (mention, bool) {
	// skip adverbs and auxiliaries between the mention and the cue
	for i := 0; i < 3 && d.isWord(e) && d.outside(e); i++ {
		if !d.adverbAt(e) || isCap(d.word(e)) && e > 0 && d.isWord(e-1) && isCap(d.word(e-1)) || d.lower(e) == "else" {
			break // ("someone else wrote": the mention's own word)
		}
		e--
	}
	// a parenthetical: (R-S.C.); paren is its close, which a name's parse
	// takes in
	paren := -1
	if d.isPunct(e, ")") {
		for j := e - 1; j > e-8 && j >= 0; j-- {
			if d.isPunct(j, "(") {
				paren, e = e, j-1
				break
			}
		}
	}
	if d.isPunct(e, ",") {
		// an apposition: "Hugh Hill, a doctor, said", "Clarkson, 38, said"
		for j := e - 1; j > e-10 && j >= 0 && d.outside(j); j-- {
			if d.kindAt(j) == tPara || d.kindAt(j) == tMark {
				break
			}
			if d.isPunct(j, ",") {
				if n, ok := d.mentionAt(j + 1); ok && n.kind == mPronoun && d.isWord(j+2) && !d.isPunct(int(n.to), ",") {
					// "When she presented at the Billboard Music Awards,
					// she muffed her lines, admitting": a clause, whose
					// subject the participle goes with, no apposition
					return n, true
				}
				if d.clauseBetween(j+1, e) {
					break // "On Watch What Happens Live, Karlie Kloss discussed the essay, saying": a clause, no apposition
				}
				if m, ok := d.mentionEndingAt(j - 1); ok && m.kind != mPronoun && !d.isPreposition(int(m.from)-1) {
					n, ok := d.nameAt(j + 1)
					if !ok || n.kind != mName {
						n, ok = d.mentionAt(j + 1) // "Her husband, the drummer Tom Ruiz, said"
					}
					if (!ok || n.kind != mName) && d.isWord(j+1) && !isCap(d.word(j+1)) && roleNouns.hasLower(d.word(j+1)) {
						// "Arnold Schwarzenegger's ex-wife, author Maria Shriver, adds"
						if r, rok := d.nameAt(j + 2); rok && r.kind == mName {
							n, ok = r, true
						}
					}
					if ok && m.kind == mDesc && n.kind == mName && (int(n.to) == e || d.affiliation(int(n.to), e)) {
						return n, true // "Her campaign manager, Robby Mook, said": the name
					}
					if ok && m.kind == mDesc && int(n.to) == e && strings.HasPrefix(n.name, "@") {
						return n, true // "Another user, @kessel.ade, commented": the account's handle
					}
					return m, true // not "In an interview with CNN, X continued ..., saying"
				}
				break
			}
		}
		if d.isPunct(e-1, ")") {
			// "..., Gov. John Kasich (R-OH), said": a person's name and
			// tag (not "chairman of America Rising (a Republican PAC)")
			if m, ok := d.mentionEndingAt(e - 1); ok && m.kind == mName && (m.title != "" || firstNames.at(strings.Fields(m.name)[0]) != 0) {
				return m, true
			}
		}
		return mention{}, false
	}
	if !d.isWord(e) || !d.outside(e) {
		return mention{}, false
	}
	if at := d.handleStart(e); at >= 0 {
		if m, ok := d.handleAt(at); ok && int(m.to) == e+1 {
			return m, true // "@RealTomB, a fan, said", "@AnnaP wrote:": the handle with its "@"
		}
	}
	if s := d.bareHandleStart(e); s < e {
		if m, ok := d.bareHandleAt(s); ok && int(m.to) == e+1 {
			return m, true // "Oforiwaa_oyo said": the handle
		}
	}
	// try starts from the nearest to the farthest, keeping the longest
	// mention that ends exactly at e
	var best mention
	found := false
	for s := e; s >= 0 && s > e-8; s-- {
		if d.isPunct(s, "&") && s < e && d.isWord(s-1) && isCap(d.word(s-1)) {
			continue // "Life & Style reported"
		}
		if s == e-1 && d.lower(s) == "and" && d.isWord(s-1) && d.toks[s-1].cap && d.outside(s) {
			continue // "Design and Trend reported": a publication's name, read from its first word
		}
		if d.numberMark(s) || s < e && found && d.isWord(s) && d.numberMark(s+1) {
			continue // "One of her 10.9 million followers", "her 10,000 followers": the number's mark and digits
		}
		if !d.isWord(s) || !d.outside(s) {
			break
		}
		if m, ok := d.mentionAt(s); ok && (int(m.to) == e+1 || int(m.to) == paren+1) {
			best, found = m, true
			if m.kind == mPronoun {
				break
			}
		}
		if s < e && d.numberMark(s-1) {
			continue // ("000" of "10,000": the words before the number may open the mention)
		}
		if s < e && !isCap(d.word(s)) {
			if w := d.word(s); found && w == "for" && best.kind != mPronoun && best.kind != mDesc && s > 0 && d.isWord(s-1) && isCap(d.word(s-1)) && d.outside(s-1) {
				// "The Center for American Progress said", "Citizens for
				// Tax Justice said": an organisation named with "for"
				b := s - 1
				for b > 0 && b > s-4 && d.isWord(b-1) && isCap(d.word(b-1)) && d.outside(b-1) && !d.sentenceStart(b) {
					b--
				}
				if m := d.forOrgAt(b, s); firstNames.at(d.word(b)) == 0 && !d.surnames[d.word(b)] && int(m.to) == e+1 {
					return m, true
				}
			}
			if w := d.word(s); found && (w == "of" || w == "for" || w == "from" || w == "at" || w == "to" || w == "on" || w == "in" || w == "with" && s > 0 && d.lower(s-1) == "familiar") {
				if m, ok := d.affiliatedPerson(s, best); ok {
					return m, true
				}
				// "A friend of the couple told", "A source close to the
				// couple said": the description the phrase belongs to
				for s2 := s - 1; s2 >= 0 && s2 >= s-4 && d.isWord(s2) && d.outside(s2); s2-- {
					if m, ok := d.mentionAt(s2); ok && m.kind == mDesc && int(m.to) == e+1 {
						return m, true
					}
					if (bareGroups.hasLower(d.word(s2)) || s2 == s-2 && strings.EqualFold(d.word(s2), "people")) && (s2 == s-1 || s2 == s-2 && nearWords.has(d.lower(s-1))) && (s2 == 0 || !d.isWord(s2-1) || d.sentenceStart(s2)) {
						// "Sources close to the star told": the group, as written
						surface := d.text[d.toks[s2].start:d.toks[e].end]
						return mention{from: int32(s2), to: int32(e + 1), kind: mDesc, name: surface, surface: surface, gender: 'p'}, true
					}
				}
				break
			}
			if !determiners.has(d.lower(s)) {
				if !titles.has(d.word(s)) {
					// descriptions may hold lower-case words before the role noun
					if found || !d.isRoleWord(e) {
						break
					}
				}
			}
		}
	}
	if found && best.kind == mDesc && d.isPunct(int(best.to), ",") {
		// "Tracy Martin, Trayvon's father, issued": the name the
		// description is set beside
		if n, ok := d.appositiveName(best); ok && n.to < best.from {
			return n, true
		}
	}
	return best, found
}

// affiliatedPerson reads "Jon Pike of the Velvet Ravens said": an
// organisation or place (org) after "of", "from" or "at" at token s that a
// person's full name right before it belongs to, which is who speaks.
func (d *doc) affiliatedPerson(s int, org mention) (mention, bool) {
	if org.kind == mPronoun || !d.affiliation(s, int(org.to)) {
		return mention{}, false
	}
	p, ok := d.mentionEndingAt(s - 1)
	if !ok || p.kind != mName || strings.IndexByte(p.name, ' ') < 0 || firstNames.at(strings.Fields(p.name)[0]) == 0 && p.title == "" {
		return mention{}, false
	}
	return p, true
}

// cueParticle reports "in" or "back" at token k completing a weak cue
// before a comma or a colon: "Another chimed in, ...", "one fired back:".
func (d *doc) cueParticle(k int) bool {
	w := d.lower(k)
	return (w == "in" || w == "back") && d.outside(k) && d.isPunct(k+1, ",:")
}

// appositiveName is the name a description is set beside with commas:
// "Jason Miller, a spokesman for the campaign," or "a spokesman for the
// campaign, Jason Miller".
func (d *doc) appositiveName(m mention) (mention, bool) {
	if d.isPunct(int(m.to), ",") {
		if n, ok := d.nameAt(int(m.to) + 1); ok && n.kind == mName {
			return n, true
		}
	}
	if k := int(m.from) - 1; d.isPunct(k, ",") {
		var name mention // the longest name ending at the comma
		for s := k - 1; s >= 0 && s >= k-6 && d.isWord(s); s-- {
			if n, ok := d.nameAt(s); ok && int(n.to) == k {
				name = n
			}
		}
		return name, name.kind == mName
	}
	return mention{}, false
}

// affiliation reports tokens [from, to) that tell where a person named
// before them belongs: "of the Family Research Council", "from Ohio"
// (words only, at most six).
func (d *doc) affiliation(from, to int) bool {
	switch d.lower(from) {
	case "of", "from", "at":
	default:
		return false
	}
	if to-from < 2 || to-from > 6 {
		return false
	}
	for k := from + 1; k < to; k++ {
		if !d.isWord(k) || !d.outside(k) {
			return false
		}
	}
	return true
}

// isRoleWord reports a role noun ("senator") or an age ("34-year-old").
func (d *doc) isRoleWord(k int) bool {
	w := d.lower(k)
	return roleNouns.has(w) || strings.HasSuffix(w, "-year-old")
}

// dashAfter is the token after a dash at token k (an em or en dash, or
// two hyphens), or -1 for none.
func (d *doc) dashAfter(k int) int {
	if k < 0 || k >= len(d.toks) || d.kindAt(k) != tPunct {
		return -1
	}
	switch d.word(k) {
	case "\u2014", "\u2013":
		return k + 1
	case "-":
		if d.isPunct(k+1, "-") && d.toks[k+1].start == d.toks[k].end {
			return k + 2
		}
	}
	return -1
}
