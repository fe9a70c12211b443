// Package quote is Quotewire's extraction engine: it finds every direct
// quotation in an article, attributes it to its speaker by full name, and
// tells on which channel (Instagram, TV, an interview...) it was said.
//
// The engine is pure: no I/O, no global state beyond read-only lexicons and
// a pool of scratch token buffers, and the same text always gives the same
// quotes in the same order.
package quote

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Version names the engine's rules; it changes whenever output may change.
const Version = "quote/42"

// Kind tells a full quotation from a fragment inside reported speech.
type Kind string

// Kinds of quotation.
const (
	KindQuote    Kind = "quote"
	KindFragment Kind = "fragment"
)

// Quote is one direct quotation found in an article.
type Quote struct {
	Start, End int     // UTF-8 byte offsets of the content, without quotation marks
	Text       string  // the content
	Speaker    string  // canonical full name, or the mention when it cannot be resolved
	Mention    string  // the words attributed in the quote's passage ("she", "the singer")
	Cue        string  // the reporting verb or phrase
	Channel    string  // instagram, twitter, ..., unknown
	Outlet     string  // programme, publication, platform or event, when the text names it
	Context    string  // the sentence holding the quote
	Confidence float32 // of the attribution
	// ChannelConfidence is the classifier's probability of Channel (for a
	// label the rules found in the quote's own sentence, the share of such
	// labels its training data confirms); 0 when no model decided
	// (ExtractRules).
	ChannelConfidence float32
	Kind              Kind
}

// MaxTextBytes is the largest article Extract analyses; longer texts are
// analysed up to that length (at a paragraph break when there is one).
const MaxTextBytes = 16 << 20

// Extract finds the quotations in text. Invalid UTF-8 is tolerated: offsets
// always fall on rune boundaries of the input. Channels are the learned
// classifier's (classify.go), reading the rule cascade's among its
// features.
func Extract(text string) []Quote {
	e := newExtraction(capText(text))
	out := e.run()
	e.classify(channelModel.Load(), out)
	e.release()
	return out
}

// ErrEngine marks a text the engine failed on: a fault of the engine's, not
// of the text's, which the caller keeps and reports (a pipeline parks the
// article in its dead-letter stream) instead of crashing.
var ErrEngine = errors.New("quote engine failed")

// extract is Extract, for Check (a seam tests replace).
var extract = Extract

// Check is Extract that returns an error wrapping ErrEngine, with the panic
// it stands for, where Extract would panic.
func Check(text string) (qs []Quote, err error) {
	defer func() {
		if r := recover(); r != nil {
			qs, err = nil, fmt.Errorf("%w: %v", ErrEngine, r)
		}
	}()
	return extract(text), nil
}

// ExtractRules is Extract with the channels of the rule cascade alone.
func ExtractRules(text string) []Quote {
	e := newExtraction(capText(text))
	out := e.run()
	e.release()
	return out
}

// ChannelFeatures is ExtractRules with each quote's classifier features as
// text (for training and tests) and what the classifier reads of the rules'
// decision beyond the label: whether a KeepSentence model leaves it alone
// (and does not learn from it), and whether its speaker is a person.
func ChannelFeatures(text string) ([]Quote, [][]string, []RuleView) {
	e := newExtraction(capText(text))
	out := e.run()
	art := e.articleFeatures()
	feats := make([][]string, len(out))
	views := make([]RuleView, len(out))
	for i := range out {
		f := featureSink{names: &feats[i]}
		e.quoteFeatures(out, i, art, &f)
		before := Decided
		if i > 0 {
			before = views[i-1].Kept
		}
		views[i] = RuleView{Kept: e.kept(out, i, before), Person: e.outPerson[i]}
	}
	e.release()
	return out, feats, views
}

// RuleView is what the classifier reads of the rule cascade's decision on
// a quote besides its label.
type RuleView struct {
	Kept   Kept // whether a KeepSentence model leaves the rules' label
	Person bool // the speaker is a person the article names (choose)
}

// capText cuts a text longer than MaxTextBytes (at a paragraph break when
// there is one).
func capText(text string) string {
	if len(text) > MaxTextBytes {
		cut := strings.LastIndexByte(text[:MaxTextBytes], '\n')
		if cut <= 0 {
			cut = MaxTextBytes
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		text = text[:cut]
	}
	return text
}

// scratchPool recycles an extraction's working slices between
// extractions: the workers extract article after article, and fresh slices
// per article cost more than filling them.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// scratch holds the slices an extraction returns to scratchPool: none of
// them is referred to by the quotes it returned.
type scratch struct {
	toks      []token
	spans     []span
	top       []int
	attr      []attribution
	memo      []evidenceResult
	narrative []int32
	occ       []occurrence
	found     []found // the names collectEntities reads
	byWord    map[string][]int
	hashes    []uint64 // the classifier's feature hashes
	featBuf   []byte   // and the feature it writes
	straights []straightWord
	quiet     []bool
	postRefs  []int8
	sentSpans [][2]int32
	paraSpans [][2]int32
	nameMemo  []int32
	nameRes   []nameResult
}

// zeroed is n zero values in s's array when it holds them (the pool hands
// its slices over cleared), else in a new one.
func zeroed[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// release returns the extraction's working slices to the pool.
func (e *extraction) release() {
	s := e.scratch
	if s == nil || cap(e.toks) > 1<<20 || cap(e.evidenceMemo) > 1<<16 || cap(s.found) > 1<<16 {
		return // keep the pool to ordinary articles
	}
	s.toks = e.toks[:0]
	s.spans, s.top = e.spans[:0], e.top[:0]
	clear(e.attr) // hold no article's strings in the pool
	s.attr = e.attr[:0]
	clear(e.evidenceMemo)
	s.memo = e.evidenceMemo[:0]
	if e.straights != nil {
		clear(e.straights)
		s.straights = e.straights[:0]
	}
	if e.quiet != nil {
		clear(e.quiet)
		s.quiet = e.quiet[:0]
	}
	if e.postRefs != nil {
		clear(e.postRefs)
		s.postRefs = e.postRefs[:0]
	}
	if e.sentSpans != nil {
		clear(e.sentSpans)
		clear(e.paraSpans)
		s.sentSpans, s.paraSpans = e.sentSpans[:0], e.paraSpans[:0]
	}
	if e.nameMemo != nil {
		clear(e.nameMemo)
		clear(e.nameRes) // (their strings)
		s.nameMemo, s.nameRes = e.nameMemo[:0], e.nameRes[:0]
		e.nameMemo, e.nameRes = nil, nil
	}
	if e.ents != nil {
		s.narrative, s.occ = e.ents.narrative[:0], e.ents.occ[:0]
		if len(e.ents.byWord) <= 1<<12 {
			clear(e.ents.byWord)
			s.byWord = e.ents.byWord
		}
	}
	e.toks, e.spans, e.top, e.attr, e.evidenceMemo, e.straights, e.quiet, e.postRefs, e.sentSpans, e.paraSpans, e.scratch = nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil
	scratchPool.Put(s)
}

// HashText is the hash of a quote's normalised text (lower case, letters and
// digits only, single spaces), equal for quotes that differ only in
// punctuation and case.
func HashText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:16])
}

type extraction struct {
	doc
	spans   []span
	top     []int // indexes of reported spans
	ents    *entities
	attr    []attribution
	outFrom []chanFrom // per quote returned by run: where the rules found its channel
	// outPerson, per quote returned by run: its speaker is a person the
	// article names (no organisation, no unresolved description)
	outPerson []bool
	// ownMedia marks the tokens of media words in a quoted speaker's own
	// title or relative clause ("NBC Entertainment chairman Bob
	// Greenblatt"): where they work, no evidence, for the classifier as
	// for the rules (nil when there are none)
	ownMedia []bool
	// mcSent is 1 + the sentence whose main clause's first token is mcTok
	// (ownPronoun's memo), 0 for none
	mcSent, mcTok int32
	debateAir     int8                // whether the article shows a debate on air: 0 not yet known, 1 yes, -1 no
	headline      int8                // whether the first paragraph is a headline in sentence case: 0 not yet known, 1 yes, -1 no
	doubleMarks   int8                // whether the article quotes in double marks more than in single ones: 0 not yet known, 1 yes, -1 no
	profile       int8                // whether the article is written from its writer's interview (writersInterview): 0 not yet known, 1 yes, -1 no
	ownOutlet     string              // the magazine a profile is written for (profileOutlet)
	ownRead       bool                // whether ownOutlet has been read
	podcastTok    int                 // the first "podcast" token (episodeMedium), -1 for none
	podcastRead   bool                // whether podcastTok has been read
	roundup       evidence            // the interview of a round-up the lead reports (roundupLead)
	roundupTok    int32               // where its sentence ends; 0 not yet read, -1 none
	reporters     map[int]evidence    // reporters' outlets by entity (reportersOutlet)
	progHosts     map[string]string   // a programme's host by its possessive ("Tyga's Young Money Radio")
	titledHosts   map[string]int      // titledHost's answers by the programme's title
	joins         int8                // whether the text has someone joining the talk (joinsScene): 0 not read, 1 yes, -1 no
	namedShows    map[string]evidence // the show named after a host's name (showNamedFor), by the name
	pairAt        []int32             // the narration's "the couple", "the sisters" (pairDescs)
	pairRead      bool                // whether pairAt has been read
	speaker       string              // the speaker whose quotation's channel is being read
	own           [2]int32            // the tokens of that quotation's mention and a relative clause on it: where the speaker works, no medium
	commenter     bool                // that quotation's speaker is one unnamed member of an audience ("a fan", "someone")
	hosts         map[string]string   // hosts the article introduces ("radio host X") and their medium, built when first asked
	cur           int                 // the quotation being attributed
	quoting       bool                // attributing quotation cur (not a narrated description)
	qa            int                 // the interviewee of a Q&A piece (qaInterviewee): -2 not looked for yet, -1 none
	qaFirst       int                 // the token of its first "Q:"
	qaQuestion    []bool              // by paragraph, the questions of a Q&A piece that labels none (nil in any other article)
	leadApp       *evidenceResult     // the guest appearance the article opens with (leadAppearance), once read
	pronoun       *PronounModel       // the ranker for he and she (nil: the most recent agreeing person)
	pronounLog    *[]PronounExample   // when set, the pronouns resolved are recorded here (PronounExamples)
	recording     int                 // the quotation whose pronouns are recorded, -1 for none
	// channel evidence already read, by token range and speaker
	evidenceMemo  []evidenceResult
	evidenceIndex map[evidenceKey]int // evidenceMemo's positions, once it is long
	straights     []straightWord      // per token, its straightWord once asked (nil: none asked yet)
	quiet         []bool              // per token, true once scanEvidence found it can be no channel evidence (nil: none read yet)
	postRefs      []int8              // per paragraph, whether it refers back to a post (postRefIn): 0 not yet read, 1 yes, -1 no
	sentSpans     [][2]int32          // per sentence number, its tokens [from, to) once asked (nil until numbered)
	paraSpans     [][2]int32          // per paragraph number, its tokens [from, to) after its break, once asked
	scratch       *scratch            // the pooled slices, returned by release
}

func newExtraction(text string) *extraction {
	e := &extraction{doc: doc{text: text}, recording: -1, qa: -2, pronoun: pronounModel.Load()}
	s := scratchPool.Get().(*scratch)
	if need := len(text)/5 + 8; cap(s.toks) < need {
		s.toks = make([]token, 0, need)
	}
	e.scratch = s
	e.toks = tokenize(text, s.toks)
	e.spans, e.top, e.evidenceMemo = s.spans[:0], s.top[:0], s.memo[:0]
	e.low = lowerInPlace(text)
	return e
}

func (e *extraction) run() []Quote {
	e.spans = findSpans(e.text, e.toks, e.spans)
	sort.SliceStable(e.spans, func(i, j int) bool { return e.spans[i].open < e.spans[j].open })
	// mark quotation contents on tokens (top-level spans only)
	for i, sp := range e.spans {
		if sp.nested {
			continue
		}
		end := sp.close
		if end < 0 {
			end = int32(len(e.toks))
		}
		for k := sp.open + 1; k < end; k++ {
			if e.kindAt(int(k)) == tPara {
				break
			}
			if e.toks[k].quote == 0 {
				e.toks[k].quote = int32(i + 1)
			}
		}
	}
	e.sentences()
	e.spanSentences()
	e.ents = e.collectEntities()
	var memo []int32 // (nameAt is memoised from here on)
	if s := e.scratch; s != nil {
		memo, e.nameRes = s.nameMemo, s.nameRes
	}
	e.nameMemo = zeroed(memo, len(e.toks))
	e.narrativeDescriptions()
	e.markLeads()
	for i, sp := range e.spans {
		if sp.nested || sp.end <= sp.start {
			continue
		}
		e.top = append(e.top, i)
	}
	if s := e.scratch; s != nil && cap(s.attr) >= len(e.top) {
		e.attr = s.attr[:len(e.top)] // cleared on release
	} else {
		e.attr = make([]attribution, len(e.top))
	}
	e.quoting = true
	for n := range e.top {
		e.cur = n
		if e.pronounLog != nil {
			e.recording = n
		}
		e.attr[n] = e.attribute(n)
	}
	e.quoting = false
	e.recording = -1
	e.inherit()
	e.itsIssuer()
	e.leadIn()
	e.statementBelow()
	e.accordingClosing()
	e.narratedSubject()
	e.profileSubject()
	e.inheritChains()
	e.channels()
	out := make([]Quote, 0, len(e.top))
	for n, i := range e.top {
		sp := e.spans[i]
		kind, keep := e.verdict(n)
		if !keep || sp.start >= sp.end {
			continue // (a transcript's label over nothing but a stray byte: no words)
		}
		a := e.attr[n]
		q := Quote{
			Start: int(sp.start), End: int(sp.end), Text: e.text[sp.start:sp.end],
			Speaker: nameOrNone(a.speaker), Mention: a.mention, Cue: a.cue, Channel: a.channel, Outlet: a.outlet,
			Context: e.context(i), Confidence: a.confidence, Kind: kind,
		}
		if q.Channel == "" {
			q.Channel = "unknown"
		}
		out = append(out, q)
		e.outFrom = append(e.outFrom, a.from)
		e.markOwnMedia(&a)
		e.outPerson = append(e.outPerson, a.ent >= 0 && !a.org && e.ents.list[a.ent].personLike())
	}
	return out
}

// nameOrNone keeps a speaker that names someone (a name, an organisation, a
// description as written) and gives none for what names no one: a pronoun
// the attribution could not resolve ("they", "She", "I") or a single
// lower-case word. The words stay in the quote's mention.
func nameOrNone(speaker string) string {
	s := strings.TrimSpace(speaker)
	if s == "" || pronounWords.hasLower(s) || determiners.hasLower(s) {
		return "" // (and "Another" opening a sentence)
	}
	if first, _, _ := strings.Cut(s, " "); pronounContraction(first) || possessiveDeterminers.hasLower(first) && postHeads.has(headWord(strings.ToLower(s))) {
		return "" // "I’m", "We're told"; "Her tweet" whose owner no one named ("her" unresolved)
	}
	if !strings.ContainsRune(s, ' ') && !strings.ContainsAny(s, "_@") {
		// (an account's handle is a name: "kessel_fan22", "@vale")
		if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) || bareGroups.hasLower(s) || isCueWord(strings.ToLower(s)) {
			return "" // (and "Officials", "Sources" opening a sentence, "Adds" opening its clause: no one named)
		}
	}
	return speaker
}

// spanSentences readies the memos of sentence and paragraph bounds
// (sentenceBounds, paraBounds), once the sentences are numbered: each
// walks a sentence or paragraph the first time it is asked about.
func (e *extraction) spanSentences() {
	if len(e.toks) == 0 {
		return
	}
	var sents, paras [][2]int32
	if s := e.scratch; s != nil {
		sents, paras = s.sentSpans, s.paraSpans
	}
	e.sentSpans = zeroed(sents, int(e.toks[len(e.toks)-1].sent)+1)
	e.paraSpans = zeroed(paras, int(e.toks[len(e.toks)-1].para)+1)
}

// sentences numbers sentences; quotation contents belong to the sentence
// around them, so periods inside a quotation never split it.
func (e *extraction) sentences() {
	sent := int32(0)
	cur, start := int32(0), 0 // the sentence numbered last and its first token
	for k := range e.toks {
		t := &e.toks[k]
		if sent != cur {
			cur, start = sent, k
		}
		if k-start >= maxSentenceTokens && t.kind == tMark && t.quote == 0 && k+1 < len(e.toks) && e.toks[k+1].quote != 0 {
			// a "sentence" of thousands of tokens ('"a," "b," "c," ...'):
			// cut before a quotation opens, so what reads a quotation's
			// sentence reads a bounded stretch, not the whole text
			sent++
			cur, start = sent, k
		}
		if t.kind == tPara {
			sent++
			t.sent = sent
			continue
		}
		t.sent = sent
		if t.kind == tMark && t.quote == 0 && k > 0 && e.toks[k-1].quote != 0 && e.isPunct(k-1, ".!?") {
			// a closing mark after the quotation's own full stop: `Trump
			// boasted, "That makes me smart." Trump was ...`; the next
			// sentence starts at a capital
			if n := k + 1; n < len(e.toks) && e.kindAt(n) == tWord && e.toks[n].cap && e.toks[n].quote == 0 && (!e.isCueNear(n) || e.cueLeads(start, k-1) || e.verbFirstLead(n)) {
				sent++
			}
			continue
		}
		if t.quote != 0 || t.kind != tPunct {
			continue
		}
		c := e.text[t.start:t.end]
		if c != "." && c != "!" && c != "?" {
			continue
		}
		if c == "!" && e.bangName(k) {
			continue // "E! News", "E! Online": a name's mark
		}
		// the next token outside this quotation starts a sentence when it is
		// capitalised or opens a quotation
		n := k + 1
		for n < len(e.toks) && e.kindAt(n) == tMark && e.toks[n].quote == 0 {
			n++
		}
		if n >= len(e.toks) || e.kindAt(n) == tPara || e.toks[n].cap || e.toks[n].quote != 0 {
			sent++
		}
	}
}

// verbFirstLead reports a capitalised reporting verb at token n whose
// subject follows it and introduces the next quotation after a colon or a
// comma: 'Adds her costar Clive Owen: "..."' opens a sentence of its own.
func (e *extraction) verbFirstLead(n int) bool {
	if !isCueWord(e.lower(n)) {
		return false
	}
	for j := n + 1; j < len(e.toks) && j < n+12; j++ {
		switch {
		case e.kindAt(j) == tWord:
			if e.toks[j].quote != 0 {
				return false
			}
		case e.isPunct(j, ":,"):
			return j+1 < len(e.toks) && e.kindAt(j+1) == tMark && j > n+1
		default:
			return false
		}
	}
	return false
}

// cueLeads reports a cue in the narration of the sentence from token
// start that introduced the quotation holding token q: `told E! that she
// "has made no decision." Entertainment Tonight said ...` is two sentences,
// the second naming its own speaker.
func (e *extraction) cueLeads(start, q int) bool {
	open := int(e.spans[e.toks[q].quote-1].open)
	for j := start; j < open; j++ {
		if e.toks[j].quote == 0 && e.isWord(j) && isCueWord(e.word(j)) {
			return true
		}
	}
	return false
}

// bangName reports an exclamation mark at k that belongs to a name: right
// after a single capital letter, a capitalised word after it ("E! News").
func (e *extraction) bangName(k int) bool {
	return e.letterBang(k) && k+1 < len(e.toks) && e.kindAt(k+1) == tWord && e.toks[k+1].cap
}

// maxSentenceTokens is the longest stretch of tokens sentences numbers as
// one sentence before cutting it where a quotation opens; no sentence of
// prose comes near it.
const maxSentenceTokens = 1000

// isCueNear reports whether a reporting verb stands among the four words
// from token n: the clause attributes the quotation before it ("Trump
// said."), so no new sentence starts there.
func (e *extraction) isCueNear(n int) bool {
	for j, words := n, 0; j < len(e.toks) && words < 4; j++ {
		switch {
		case e.kindAt(j) == tWord:
			if isCueWord(e.word(j)) && !(strings.HasSuffix(e.word(j), "ing") && j > n && determiners.hasLower(e.word(n))) {
				return true // (not "The new reporting coincides": a noun)
			}
			words++
		case !e.isPunct(j, "."):
			return false
		}
	}
	return false
}

// context returns the sentence holding span i, capped in length.
func (e *extraction) context(i int) string {
	sp := e.spans[i]
	from, to := e.sentenceBounds(int(sp.open))
	c := e.text[e.toks[from].start:e.toks[to-1].end]
	if len(c) > 600 {
		cut := 600
		for cut > 0 && !utf8.RuneStart(c[cut]) {
			cut--
		}
		c = c[:cut]
	}
	return c
}

// titleInDescription reports a title in quotation marks between a
// determiner and the person role it describes: 'the "Hello" singer', 'the
// "Horrible Bosses" actor' (descAt reads them as one description).
func (e *extraction) titleInDescription(sp span) bool {
	k := int(sp.open)
	opening := e.sentenceStart(k) // '"Southern Charm" star Shep Rose told': the title before a role and a name
	if w := e.lower(k - 1); !opening && e.isWord(k-1) && e.sentenceStart(k-1) && (w == "but" || w == "and" || w == "so" || w == "yet" || w == "then") {
		opening = true // 'But "Argo" producer Grant Heslov couldn't resist'
	}
	d := k - 1
	for d > 0 && e.isWord(d) && titleRoleModifiers.has(e.lower(d)) {
		d-- // 'the former "Real Wives" star'
	}
	if !opening && (d < 0 || !e.isWord(d) || !determiners.has(e.lower(d))) {
		return false
	}
	after := e.titleAfter(k)
	if after == k {
		return false
	}
	lw := e.lower(after)
	if opening && !(e.isWord(after+1) && e.toks[after+1].cap) {
		return false
	}
	return roleNouns.has(lw) && !orgDescHeads.has(lw) && !mediaDescHeads.has(lw) && !docHeads.has(lw)
}

// titleRoleModifiers stand between a determiner and a work's title naming
// one of its makers or cast: 'the former "Real Wives" star'.
var titleRoleModifiers = setOf("former", "ex", "late", "longtime", "onetime", "original", "fellow", "veteran", "erstwhile")

// titleInPhrase reports a title in quotation marks that is part of the
// narration's phrase: a name's possessive before a name ('told "Extra's"
// Ben Lyons'), a modifier between a determiner and a noun ('her "Twilight"
// duties'), the object of a verb of making or selling a work ('promoting
// "On the Road"').
func (e *extraction) titleInPhrase(sp span, content string) bool {
	if sp.close < 0 {
		return false
	}
	after := int(sp.close) + 1
	if strings.HasSuffix(content, "'s") || strings.HasSuffix(content, "’s") {
		return e.isWord(after) && e.toks[after].cap
	}
	if a := after; e.isWord(a) && e.isWord(a+1) && !e.toks[a].cap && !e.toks[a+1].cap && !isCueWord(e.word(a)) && !isCueWord(e.word(a+1)) &&
		!e.isPreposition(a) && !auxiliaries.has(e.lower(a)) && strings.Count(content, " ") <= 2 {
		// 'wearing "Ted Cruz" campaign pins': a name modifying the noun
		// phrase after it
		return true
	}
	before := int(sp.open) - 1
	if !e.isWord(before) {
		return false
	}
	lb := e.lower(before)
	if (lb == "her" || lb == "his" || lb == "their") && e.isWord(after) && !e.toks[after].cap && !isCueWord(e.word(after)) {
		return true
	}
	return workVerbs.has(lb)
}

// workVerbs take a work's title as their object.
var workVerbs = setOf("promoting", "promote", "promotes", "promoted", "filming", "filmed", "shooting", "recording",
	"recorded", "releasing", "released", "releases", "directing", "directed", "producing", "produced", "watching", "watched",
	"streaming", "touring", "premiering", "premiered", "drops", "dropped", "dropping", "watch", "watches")

// titleAround reports a verb of making or releasing a work right before
// a quotation's opening mark ('Gomez releases "The Heart Wants What It
// Wants," which ...'), one of airing right after it ('when "Keeping Up"
// premiered'), or "the" before a title of two capitalised words or more
// ('the "Down N Dirty Bootcamp" will be hard'): a title, whatever mark
// ends it.
func (e *extraction) titleAround(sp span) bool {
	k := int(sp.open) - 1
	o := int(sp.open)
	if e.isWord(k) && e.outside(k) && (workVerbs.has(e.lower(k)) || e.lower(k) == "including" ||
		e.lower(k) == "the" && e.isWord(o+1) && e.toks[o+1].cap && e.isWord(o+2) && e.toks[o+2].cap ||
		e.lower(k) == "on" && (appearVerbs.has(e.lower(k-1)) || e.isCue(e.pastDay(k-1)) && e.closesBeforeClause(sp))) {
		// (and a list's: 'Latin hits including "La Gozadera"', a guest's
		// programme: 'an appearance on "Late Supper,"')
		return true
	}
	a := int(sp.close) + 1
	if sp.close > 0 && e.isWord(k) && e.outside(k) && toldVerbs.has(e.lower(k)) && e.isWord(a) && e.outside(a) && !e.toks[a].cap {
		return true // 'Pressly told "Extra" they will name him': the programme she told
	}
	return sp.close > 0 && e.isWord(a) && airedVerbs.has(e.lower(a))
}

// pastDay is the token before the day's words that end at token k ("said
// Sunday on", "said Tuesday night on"), or k when none do.
func (e *extraction) pastDay(k int) int {
	for j := k; j > k-2 && e.isWord(j) && e.outside(j); j-- {
		if !weekdays.has(e.word(j)) && !dayParts.has(e.word(j)) {
			return j
		}
	}
	return k - 2
}

// dayParts follow a weekday: "Sunday night".
var dayParts = setOf("morning", "afternoon", "evening", "night")

// toldVerbs tell someone, or an outlet named after them: "told "Extra"".
var toldVerbs = setOf("told", "tells", "telling", "tell")

// closesBeforeClause reports a quotation whose closing mark is followed by
// a lower-case word that goes on with the sentence: 'said on "The Ellen
// DeGeneres Show" that he ...'.
func (e *extraction) closesBeforeClause(sp span) bool {
	a := int(sp.close) + 1
	return sp.close > 0 && e.isWord(a) && e.outside(a) && !e.toks[a].cap
}

// airedVerbs tell a programme or a film came out: '"Keeping Up"
// premiered in 2007'.
var airedVerbs = setOf("premiered", "premieres", "aired", "airs", "debuted", "debuts", "opened", "opens", "launched")

// judge decides whether span i is reported, and as what.
func (e *extraction) judge(n int) (Kind, bool) {
	sp := e.spans[e.top[n]]
	content := e.text[sp.start:sp.end]
	words := 0
	capWords := 0
	lowerFunc := 0
	for k := sp.open + 1; int(k) < len(e.toks) && e.toks[k].start < sp.end; k++ {
		if e.kindAt(int(k)) != tWord {
			continue
		}
		words++
		w := e.word(int(k))
		if isCap(w) || w[0] >= '0' && w[0] <= '9' {
			capWords++ // a number counts as a title's capital: "Sharknado 3"
		} else if titleFunctionWords.has(w) {
			lowerFunc++
		}
	}
	if words == 0 {
		return "", false
	}
	if e.toks[len(e.toks)-1].para > e.toks[sp.open].para && (e.inHeadline(int(sp.open)) || e.openingHeadline(int(sp.open))) {
		return "", false // a headline: the article quotes its speaker below
	}
	if words <= 10 && e.singleSubhead(sp) {
		return "", false // a subheading in single marks over a section: 'All Bets Are Off.'
	}
	last, _ := utf8.DecodeLastRuneInString(content)
	endsSentence := strings.ContainsRune(".!?,", last)
	attributed := e.attr[n].cue != ""
	if attributed && strings.HasPrefix(content, "#") && words <= 3 && e.attr[n].cueTok > sp.close {
		return KindQuote, true // '"#PregnantinMiami" she simply wrote': a post's hashtag, its words
	}
	if words == 1 && !endsSentence && (!attributed || capWords == 1 && e.isWord(int(sp.open)-1) && determiners.has(e.lower(int(sp.open)-1))) {
		return "", false // a scare-quoted word or a nickname ("to trademark a 'Swifties'")
	}
	if words <= 4 && !endsSentence && capWords == words && e.pressNamed(sp, content) {
		return "", false // "reports 'People' magazine", "According to 'People',": a paper's name in marks
	}
	titleCase := words <= 8 && capWords+lowerFunc == words && capWords >= 1 && words-lowerFunc >= 1
	if titleCase && (e.titleNounBefore(sp) || e.mediaNounAfter(sp) || e.ownerBefore(sp) || !endsSentence && !attributed || e.titleAround(sp)) {
		// a title of a work or a name: the "Off Message" podcast, NBC's
		// "Today", the podcast "Here's the Thing.", the nickname "Lyin' Ted.",
		// Swift's "Teardrops on My Guitar.", an album called "Recovery,"
		return "", false
	}
	if o := int(sp.open); titleCase && o >= 2 && e.lower(o-1) == "on" && e.outside(o-1) && (appearVerbs.has(e.lower(o-2)) || e.isCue(o-2) || e.adverbAt(o-2) && e.isCue(o-3)) {
		return "", false // 'Joe previously said on "Joe Budden Podcast", "..."': the programme's title
	}
	if o := int(sp.open); titleCase && !endsSentence && capWords >= 2 && o >= 1 && e.lower(o-1) == "on" && e.outside(o-1) {
		return "", false // 'an awkward encounter on "Live with Regis and Kelly" years ago': a programme, no words said
	}
	if w := e.lower(int(sp.open) - 1); words <= 8 && (w == "titled" || w == "entitled") && e.outside(int(sp.open)-1) {
		return "", false // 'her first video in four months titled 'fall vlog,'': a title in any case
	}
	if titleCase && e.titleInDescription(sp) {
		return "", false // 'the "Hello" singer': a work's title naming its maker
	}
	if titleCase && !endsSentence && e.titleInPhrase(sp, content) {
		return "", false // `told "Extra's" Ben Lyons`, `her "Twilight" duties`, `promoting "On the Road"`
	}
	if words <= 3 && !endsSentence && e.termDefined(sp) {
		return "", false // "Top secret" is the highest level: a term, not words said
	}
	if stageDirection(content) {
		return "", false // "(CROSSTALK)" in a transcript
	}
	if (!endsSentence || words <= 5) && words <= 8 && e.isProgramme(sp) {
		return "", false // a programme's name: "Good Morning America", "This Week"
	}
	if !attributed && (words <= 3 && (!endsSentence || (last == ',' || last == '.') && (words == 1 || capWords == words)) ||
		titleCase && (last == ',' || last == '.')) && !e.cueInSentence(sp) {
		// a fragment of reported speech keeps its place; a scare quote, a
		// label or a title ("Mercy Street," with the comma inside the
		// marks) in a sentence reporting no speech is no quotation
		return "", false
	}
	first, _ := utf8.DecodeRuneInString(content)
	prev := e.prevChar(sp)
	if unicode.IsLower(first) && prev != ':' && (words <= 12 || !attributed) {
		return KindFragment, true
	}
	if words <= 3 && !endsSentence && !attributed {
		return KindFragment, true
	}
	return KindQuote, true
}

// singleSubhead reports a quotation in single marks that makes up its
// paragraph alone (dashes aside), in an article that quotes in double marks
// more than in single ones: the house style of a subheading, which repeats
// words quoted below it.
func (e *extraction) singleSubhead(sp span) bool {
	if tokenFamily(e.text, e.toks[sp.open]) != famSingle || sp.close < 0 {
		return false // ('' doubled is a double mark)
	}
	for k := int(sp.open) - 1; k >= 0 && e.kindAt(k) != tPara; k-- {
		if e.kindAt(k) == tWord {
			return false
		}
	}
	for k := int(sp.close) + 1; k < len(e.toks) && e.kindAt(k) != tPara; k++ {
		if e.kindAt(k) == tWord {
			return false
		}
	}
	if e.doubleMarks == 0 {
		double := 0
		for _, o := range e.spans {
			t := e.toks[o.open]
			if tokenFamily(e.text, t) != famSingle {
				double++
			} else if !o.nested {
				double--
			}
		}
		e.doubleMarks = -1
		if double > 0 {
			e.doubleMarks = 1
		}
	}
	return e.doubleMarks == 1
}

// ownerBefore reports whether a capitalised possessive stands right before
// the opening mark: NBC's "Today", Colbert's "Late Show".
func (e *extraction) ownerBefore(sp span) bool {
	k := int(sp.open) - 1
	if !e.isWord(k) || !isCap(e.word(k)) {
		return false
	}
	_, poss := stripPossessive(e.word(k))
	return poss
}

// cueInSentence reports whether the sentence around a quotation holds a
// strong reporting verb outside quotations ("went on" does not count).
func (e *extraction) cueInSentence(sp span) bool {
	from, to := e.sentenceBounds(int(sp.open))
	for k := from; k < to; k++ {
		if e.outside(k) && e.isWord(k) && e.isStrongCue(k) {
			return true
		}
	}
	return false
}

// isProgramme reports whether a quotation's words begin with the name of a
// TV, radio or podcast programme from the channel lexicon.
func (e *extraction) isProgramme(sp span) bool {
	k := int(sp.open) + 1
	if !e.isWord(k) {
		return false
	}
	for _, key := range []string{e.word(k), strings.ToUpper(e.word(k)[:1]) + e.word(k)[1:]} {
		for _, p := range phraseIndex.at(key) {
			if p.strength != sProgramme || len(p.words) < 2 {
				continue
			}
			ok := true
			for i, w := range p.words {
				if j := k + i; !e.isWord(j) && !e.isPunct(j, "&") || e.toks[j].start >= sp.end || !strings.EqualFold(e.word(j), w) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// mediaNouns follow the title of a work: the "Off Message" podcast.
var mediaNouns = setOf("podcast", "show", "program", "programme", "series", "book", "memoir", "autobiography", "film", "movie",
	"documentary", "song", "album", "column", "blog", "newsletter", "segment", "special", "episode", "play", "musical",
	"syllabus", "course", "ad", "advert", "video", "slogan", "hashtag", "drama", "comedy", "thriller", "novel",
	"sitcom", "opera", "track", "single", "ballad", "tune", "anthem", "smash", "hit", "mixtape", "ep", "duet", "banger",
	"pics", "films", "movies", "franchise", "flick", "flicks", "sequel", "saga", "trilogy", "books", "albums", "songs", "shows",
	"tour", "collection", "line", "brand", "app", "game", "diss", "remix", "freestyle", "trailer", "sketch", "poem")

// workPeople are the people and parts of a work whose title stands before
// them with no comma: `the "Hello" singer`, `the "Glee" cast`.
var workPeople = setOf("cast", "castmate", "castmates", "costar", "costars", "co-star", "co-stars", "star", "stars", "alum",
	"alums", "alumna", "alumnus", "creator", "creators", "host", "hosts", "singer", "rapper", "actor", "actress", "fans",
	"fandom", "reunion", "finale", "premiere", "season", "franchise", "set", "producer", "producers", "writer", "director")

// mediaNounAfter reports whether the word right after a closed quotation is a
// media noun.
func (e *extraction) mediaNounAfter(sp span) bool {
	if sp.close < 0 {
		return false
	}
	k := int(sp.close) + 1
	// set off after the title: "Hail, Caesar!" -- a movie set for
	// release; "Stranger Things", the Netflix series; with the comma
	// inside the marks, "The Corner," a boxing podcast
	setOff := e.isPunct(k, ",—–-") || strings.HasSuffix(e.text[sp.start:sp.end], ",")
	if setOff {
		for e.isPunct(k, ",—–-") {
			k++
		}
		if w := e.lower(k); e.isWord(k) && (w == "a" || w == "an" || w == "the") {
			k++
		}
		if !mediaNouns.has(e.lower(k)) && e.isWord(k) {
			k++ // one modifier: "the Netflix series"
		}
	} else if e.isWord(k) && !e.toks[k].cap && !mediaNouns.has(e.lower(k)) && e.isWord(k+1) && mediaNouns.has(e.lower(k+1)) {
		k++ // one modifier: his "Green Room Notes" radio show
	}
	if !e.isWord(k) || setOff && e.isCue(k+1) {
		return false // `"...," the ad said` quotes the ad
	}
	if !setOff && workPeople.has(e.lower(k)) {
		return true // `her fellow "Real Housewives" cast members`, `the "Hello" singer`: the work's
	}
	return mediaNouns.has(e.lower(k))
}

// pressNamed reports a quotation sp whose content names a paper: a
// publication's name, or words a press noun follows or "according to"
// precedes ("reports 'People' magazine", "According to 'People',").
func (e *extraction) pressNamed(sp span, content string) bool {
	if publications.has(content) || outletNames.has(content) || theTitles.has(content) {
		return true
	}
	if sp.close >= 0 && e.isWord(int(sp.close)+1) && printNouns.has(e.lower(int(sp.close)+1)) {
		return true
	}
	o := int(sp.open)
	return e.lower(o-1) == "to" && e.lower(o-2) == "according" && e.outside(o-1)
}

// printNouns name a paper after its name: "'People' magazine".
var printNouns = setOf("magazine", "newspaper", "tabloid", "paper", "weekly", "daily", "journal")

// partNouns are parts of a work, before "of" and its title.
var partNouns = setOf("episode", "episodes", "season", "edition", "finale", "premiere", "installment", "instalment", "issue",
	"release", "launch", "debut") // (`the release of "Rap Devil,"`: a work)

// titleNouns stand before a title or a name: the podcast "Here's the Thing,"
// television's "Scandal," the nickname "Lyin' Ted.", an album called "Recovery,"
var titleNouns = setOf("nickname", "slogan", "motto", "hashtag", "headline", "title", "titled", "entitled", "called", "named",
	"dubbed", "nicknamed", "television", "tv", "network")

// titleNounBefore reports whether the word right before the opening mark is
// a media or title noun, or one in the possessive.
func (e *extraction) titleNounBefore(sp span) bool {
	k := int(sp.open) - 1
	if e.isPunct(k, ",") && e.isWord(k-1) && mediaNouns.has(e.lower(k-1)) && (e.closesSentence(sp) || titleCased(e.text[sp.start:sp.end])) {
		k-- // set off: `his new book, "Ground Truth."`, `her podcast, "Ivy Tell Overthinks It,"`
	}
	if !e.isWord(k) {
		return false
	}
	w, _ := stripPossessive(e.lower(k))
	if w == "of" && e.isWord(k-1) && partNouns.has(e.lower(k-1)) && titleCased(e.text[sp.start:sp.end]) {
		return true // `Thursday's episode of "The Morning Table,"`
	}
	if (w == "in" || w == "on") && (e.sentenceStart(k) || e.isPunct(k-1, ",")) && strings.HasSuffix(e.text[sp.start:sp.end], ",") && titleCased(e.text[sp.start:sp.end]) {
		return true // `In "Losing My Mind," he raps`: a work, where the words are
	}
	if (w == "in" || w == "on") && e.castBefore(k) && titleCased(e.text[sp.start:sp.end]) {
		return true // `his role as Ryan Bingham in "Up in the Air,"`, `who stars in "Glee"`: the work someone plays in
	}
	if (w == "is" || w == "was") && e.isWord(k-1) {
		w = e.lower(k - 1) // 'the most personal track is "Salt,"': the noun before the copula
	}
	if mediaNouns.has(w) {
		return true
	}
	return titleNouns.has(w)
}

// castBefore reports a cast word in the five words before token k, in
// its sentence.
func (e *extraction) castBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && e.isWord(j) && e.outside(j); j-- {
		if castWords.hasLower(e.word(j)) {
			return true
		}
	}
	return false
}

// castWords come before the work someone plays or works in: "stars in",
// "cast in", "his role as Ryan Bingham in", "their time on".
var castWords = setOf("stars", "starred", "starring", "star", "cast", "appeared", "appears", "appearing", "role",
	"roles", "part", "turn", "debut", "cameo", "played", "plays", "playing",
	// "costarred with Reynolds in", "from their time on", "while filming"
	"costarred", "co-starred", "costarring", "co-starring", "costars", "co-stars", "costar", "co-star",
	"time", "worked", "working", "filming", "filmed", "shooting")

// titleCased reports words whose every word of four letters or more opens
// in upper case, as a title's do ("Ivy Tell Overthinks It", not "We
// talk about this a lot").
func titleCased(s string) bool {
	words := 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",.!?;:")
		if w == "" {
			continue
		}
		words++
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (len(w) >= 4 && !titleSmallWords.has(w) || w == "is" || w == "was") && !unicode.IsDigit(r) {
			return false
		}
	}
	return words > 0 && words <= 8
}

// titleSmallWords stay lower case in a title: "Live with Kelly and Ryan".
var titleSmallWords = setOf("with", "from", "into", "over", "upon", "than", "that")

// copulas after a term opening a sentence: "Containment" has been policy.
var copulas = setOf("is", "was", "has", "means", "meant", "refers", "remains", "became")

// termDefined reports a quotation that opens its sentence and is its
// subject: a term named as a word ("Non-paper" is a diplomatic term).
func (e *extraction) termDefined(sp span) bool {
	if sp.close < 0 || !e.isWord(int(sp.close)+1) {
		return false
	}
	if !copulas.has(e.word(int(sp.close) + 1)) {
		return false
	}
	from, _ := e.sentenceBounds(int(sp.open))
	return from == int(sp.open)
}

// stageDirection reports a quotation whose whole content is one
// parenthesis or bracket: "(CROSSTALK.)", "[Applause]".
func stageDirection(content string) bool {
	c := strings.TrimRight(content, ".,;:!? ")
	if len(c) < 3 {
		return false
	}
	switch {
	case c[0] == '(' && c[len(c)-1] == ')':
		return strings.Count(c, "(") == 1 && strings.Count(c, ")") == 1
	case c[0] == '[' && c[len(c)-1] == ']':
		return strings.Count(c, "[") == 1 && strings.Count(c, "]") == 1
	}
	return false
}

var titleFunctionWords = setOf("of", "the", "a", "an", "and", "in", "on", "to", "for", "with", "at", "by", "or", "from", "is",
	"da", "de", "di", "du", "van", "von", "del", "la", "le") // (a name's particles: "The Last da Vinci")

// prevChar is the first non-space character before the opening mark.
func (e *extraction) prevChar(sp span) rune {
	i := int(e.toks[sp.open].start)
	for i > 0 {
		r, n := runeBefore(e.text, i)
		if !isSpaceRune(r) {
			return r
		}
		i -= n
	}
	return 0
}
