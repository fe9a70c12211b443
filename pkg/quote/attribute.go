package quote

import (
	"iter"
	"strings"
)

// attribution is what the engine found for one quotation.
type attribution struct {
	speaker, mention, cue string
	channel, outlet       string
	confidence            float32
	ent                   int   // entity id, -1 when none
	cueTok                int32 // token of the cue, -1 when none
	mentionTok            int32
	org                   bool   // the speaker is an organisation ("The NHS writes:")
	recalled              bool   // words said on no occasion to fill (once to someone else, in a writer's interview; a song's lines)
	relayedBy             string // the outlet that reports the words ("..., reports The Sun"), or ""
	from                  chanFrom
	// own: the tokens of the speaker's own title and relative clause
	// (ownWords), set when channels are read
	own [2]int32
	// kind and judged: the verdict of judge once the attribution is final
	// (verdict): 0 not yet, 1 kept, 2 dropped
	kind   Kind
	judged uint8
}

// sentence bounds: the tokens of the sentence holding token k, outside the
// paragraph breaks.
func (e *extraction) sentenceBounds(k int) (int, int) {
	s := e.toks[k].sent
	if e.sentSpans != nil {
		b := &e.sentSpans[s]
		if b[1] == 0 {
			// the first time: the tokens numbered s, a paragraph break
			// opening them too
			from, to := k, k+1
			for from > 0 && e.toks[from-1].sent == s {
				from--
			}
			for to < len(e.toks) && e.toks[to].sent == s {
				to++
			}
			*b = [2]int32{int32(from), int32(to)}
		}
		from := int(b[0])
		if from != k && e.kindAt(from) == tPara {
			from++ // the break is no word of the sentence
		}
		return from, int(b[1])
	}
	from, to := k, k
	for from > 0 && e.toks[from-1].sent == s && e.kindAt(from-1) != tPara {
		from--
	}
	for to+1 < len(e.toks) && e.toks[to+1].sent == s && e.kindAt(to+1) != tPara {
		to++
	}
	return from, to + 1
}

func (e *extraction) isCue(k int) bool {
	return e.isWord(k) && e.outside(k) && !isCap(e.word(k)) && (isCueWord(e.word(k)) && !e.pluralNounAt(k) && !nounDeterminers.has(e.lower(k-1)) && !e.docParticiple(k) && !e.aspectVerb(k) || e.quotativeLike(k) ||
		infinitiveCues.has(e.word(k)) && e.lower(k-1) == "to" && (e.lower(k+1) == "that" || e.kindAt(k+1) == tMark || e.isPunct(k+1, ",:")))
}

// aspectVerb reports "started", "began" at token k before "to": the start
// of another act ("has started to become "erratic""), no speech.
func (e *extraction) aspectVerb(k int) bool {
	switch e.lower(k) {
	case "started", "starts", "began", "begins":
		return e.lower(k+1) == "to" && e.isWord(k+1)
	}
	return false
}

// docParticiple reports a participle at token k that says what was done
// with the document named before it ("in a video posted to his website",
// "a statement released Tuesday"): no one's reporting verb.
func (e *extraction) docParticiple(k int) bool {
	if k < 2 || !docHeads.has(e.lower(k-1)) || !determiners.has(e.lower(k-2)) || !strings.HasSuffix(e.word(k), "ed") {
		return false
	}
	switch e.lower(k + 1) {
	case "to", "on", "by", "in", "at", "via", "online", "earlier", "last", "this":
		return true
	}
	return weekdays.has(e.word(k + 1))
}

// addresseeCues are reporting verbs whose passive subject is the one
// spoken to: "was asked by a fan", "was told".
var addresseeCues = setOf("asked", "told", "questioned", "pressed", "greeted", "warned", "reminded", "informed")

// impersonalCues report words no one is named for after "it was": "it was
// claimed", "it has been reported" ("it was labeled "Mostly True"" by
// whoever labels is someone's verdict).
var impersonalCues = setOf("claimed", "reported", "said", "alleged", "rumored", "rumoured", "understood", "believed", "suggested")

// passiveAux come before a passive participle: "was asked", "being told".
var passiveAux = setOf("was", "were", "is", "are", "been", "being", "be", "get", "got", "gets", "getting")

// nounDeterminers make the word after them a noun: "brushing off the
// claims as ...", "his remarks" (not "her": "made her say").
var nounDeterminers = setOf("the", "a", "an", "this", "these", "those", "his", "their", "its", "my", "our")

// infinitiveCues report speech after "to" and before what was said ("took
// to TikTok to claim that ...", "went on to emphasize that"); elsewhere
// they are nouns as often ("denied the claim"), or other acts ("to deny
// services").
var infinitiveCues = setOf("claim", "emphasize", "emphasise", "stress", "reveal", "confirm", "deny", "announce",
	"declare", "clarify", "suggest", "hypothesize", "hypothesise", "speculate", "muse", "quip", "joke", "boast", "brag",
	"apologize", "apologise")

// commenterBefore gives the unnamed member of an audience ("Another fan")
// that opens the sentence before the one token k opens, in its paragraph.
func (e *extraction) commenterBefore(k int) (string, bool) {
	if !e.sentenceStart(k) || k == 0 {
		return "", false
	}
	from, _ := e.sentenceBounds(k - 1)
	if from >= k || e.toks[from].para != e.toks[k].para {
		return "", false
	}
	for from < k && !e.isWord(from) {
		from++
	}
	if e.isPunct(from+1, ",") && openingAdverbs.hasLower(e.word(from)) {
		from += 2 // "Meanwhile, another fan shared how ..."
	}
	if m, ok := e.mentionAt(from); ok && m.kind == mDesc && commenterDesc(m.surface) {
		return m.surface, true
	}
	return "", false
}

// indefinitePeople are anyone at all: "everyone was like, ...".
var indefinitePeople = setOf("everyone", "everybody", "someone", "somebody", "nobody", "people")

// quotativeLike reports the "like" of speech reported as it was said: "I
// was like, "Oh my God!"", "she's like: ...".
func (e *extraction) quotativeLike(k int) bool {
	if t := &e.toks[k]; t.end-t.start != 4 || e.word(k) != "like" || !(e.isPunct(k+1, ",:") || e.kindAt(k+1) == tMark) {
		return false
	}
	w := e.lower(k - 1)
	switch w {
	case "was", "were", "is", "am", "are":
		return true
	}
	// "I'm", "she's", as one word or two
	return strings.HasSuffix(w, "'m") || strings.HasSuffix(w, "’m") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// pluralNounAt reports a cue's word that is also a plural noun, followed
// by a verb: the subject ("The first tweets include", "His comments
// were").
func (e *extraction) pluralNounAt(k int) bool {
	if !e.isWord(k+1) || !cueNouns.has(e.lower(k)) {
		return false
	}
	if k > 0 && e.isWord(k-1) && e.outside(k-1) && isCueWord(e.word(k-1)) && !isCap(e.word(k-1)) {
		return true // "Spears says reports she had ... are fake", "denied reports": the object of a reporting verb
	}
	if k > 0 && e.isWord(k-1) && onlineNouns.hasLower(e.word(k-1)) {
		return true // "all the Internet jokes about her wigs", "fan posts": a noun's compound
	}
	if e.lower(k) == "states" && k > 0 && e.isWord(k-1) && (stateModifiers.has(e.lower(k-1)) || e.word(k - 1)[0]-'0' < 10) {
		return true // "he won states by massive landslides", "swing states": the noun
	}
	if k > 0 && e.isWord(k-1) && (leavingNouns.has(e.lower(k-1)) || e.lower(k+1) == "such" && e.lower(k+2) == "as") {
		return true // "many users left comments such as ...": what was left, a noun
	}
	return nounVerbs.has(e.lower(k + 1))
}

// stateModifiers make "states" after them the noun: "won states", "swing
// states", "those states".
var stateModifiers = setOf("won", "win", "wins", "winning", "lost", "lose", "carried", "carry", "flipped", "swing",
	"battleground", "key", "red", "blue", "purple", "several", "many", "other", "those", "these", "all", "some", "both",
	"southern", "northern", "western", "eastern", "early", "primary", "member", "neighboring", "neighbouring", "nation")

// leavingNouns make the plural cue word after them their object: "left
// comments", "received tweets".
var leavingNouns = setOf("left", "leave", "leaving", "received", "receives", "flooded", "many", "some", "several", "angry",
	"mean", "nasty", "negative", "positive", "supportive", "sweet", "hateful", "rude")

// onlineNouns make the plural cue word after them a noun: "the Internet
// jokes", "Twitter posts", "fan comments".
var onlineNouns = setOf("internet", "online", "twitter", "instagram", "tiktok", "facebook", "reddit", "fan", "fans", "viewer", "viewers")

// cueNouns are cue words that are also plural nouns.
var cueNouns = setOf("tweets", "posts", "comments", "remarks", "notes", "reports", "claims", "shares", "captions", "states",
	"promises", "answers", "replies", "questions", "charges", "vows", "jokes", "quips", "rants")

// nounVerbs follow a plural noun as its verb.
var nounVerbs = setOf("include", "included", "were", "are", "read", "show", "showed", "suggest", "suggested")

func (e *extraction) isStrongCue(k int) bool {
	if !e.isCue(k) {
		return false
	}
	return !isWeakCue(e.word(k))
}

// sentenceAdverb reports a single capitalised word opening its sentence
// before a comma that is no name the article knows ("Likewise, a paper
// ...", "Perhaps, ..."): no speaker.
func (e *extraction) sentenceAdverb(m mention) bool {
	k := int(m.from)
	if m.to != m.from+1 || m.title != "" || !e.isPunct(k+1, ",") {
		return false
	}
	if firstNames.has(m.name) {
		return false
	}
	return k == 0 || e.toks[k-1].sent != e.toks[k].sent || e.kindAt(k-1) == tPara
}

// takesObject reports a reporting verb whose next name is who was
// addressed, not who spoke: "told O'Reilly".
func takesObject(w string) bool {
	switch strings.ToLower(w) {
	case "told", "tells", "telling", "asked", "asks", "informed", "assured", "reassured", "urged", "thanked",
		// "calling Vance "a Washington lifer"": who is called, not who calls
		"called", "calls", "calling", "labeled", "labelled", "labeling", "labelling", "labels", "dubbed", "dubbing",
		"branded", "branding", "accused", "accuses", "described", "describes", "mocked", "mocks", "slammed", "slams",
		"blasted", "blasts", "praised", "praises", "dragged", "drags", "roasted", "roasts", "shaded", "shades":
		return true
	}
	return false
}

// holderAfter finds the person holding a role that a name owns, right
// after it: "Rubio spokesman Alex Conant", "Huckabee campaign spokesman Hogan
// Gidley" (lower-case words, one of them a role noun, then a name).
func (e *extraction) holderAfter(m mention) (mention, bool) {
	if m.kind != mName && m.kind != mOrg {
		return mention{}, false
	}
	k, role := int(m.to), false
	for ; k < int(m.to)+4 && e.isWord(k) && e.outside(k) && !isCap(e.word(k)); k++ {
		if roleNouns.has(e.lower(k)) {
			role = true
		}
	}
	if !role {
		return mention{}, false
	}
	if n, ok := e.mentionAt(k); ok && n.kind == mName {
		return n, true
	}
	return mention{}, false
}

// creditBelow reads the line under a quotation that fills its own
// paragraph, when the line credits it: a person's name followed by a comma
// or by what the words were about ("Anna Kendrick on whose fans are
// louder", "Robert Pattinson, when asked about his fans"), with no
// quotation of its own.
func (e *extraction) creditBelow(sp span) (mention, bool) {
	if sp.close < 0 || sp.nested || sp.open > 0 && e.kindAt(int(sp.open)-1) != tPara {
		return mention{}, false // (most quotations open inside their paragraph: read no further)
	}
	pf, pt := e.paraBounds(int(sp.open))
	end := int(sp.close) + 1
	for end < pt && e.kindAt(end) == tPunct {
		end++ // '"...!"' with its full stop after the mark
	}
	if int(sp.open) != pf || end != pt || pt+1 >= len(e.toks) {
		return mention{}, false
	}
	nf, nt := e.paraBounds(pt + 1)
	m, ok := e.nameAt(nf)
	if !ok || m.kind != mName || wordCount(m.name) < 2 || nt-nf > 30 {
		return mention{}, false
	}
	for k := nf; k < nt; k++ {
		if e.isWord(k) && !e.outside(k) {
			return mention{}, false // a quotation of its own: a new passage
		}
	}
	if k := int(m.to); k >= nt || !e.isPunct(k, ",") && !creditLinks.has(e.lower(k)) {
		// "Anna Kendrick arrived at ...": a sentence, no credit; a name
		// alone may be a photo's credit ("Rex Features")
		return mention{}, false
	}
	if j := e.skipAppositive(int(m.to), nt); j < nt && j > int(m.to) && e.isWord(j) && !e.toks[j].cap {
		if w := e.lower(j); pastTense(w) || auxiliaries.has(w) || isCueWord(w) {
			// "Kristen Moss, who stole the show at the premiere, showed
			// a similar passion": a sentence of its own past the
			// apposition, no credit of the quotation above
			return mention{}, false
		}
	}
	return m, true
}

// creditLinks follow a name in a credit line and tell what the words were
// about: "on", "about", "when asked ...", "discussing ...".
var creditLinks = setOf("on", "about", "when", "while", "after", "discussing", "talking", "explaining", "describing",
	"recalling", "reflecting", "revealing", "speaking", "addressing", "sharing", "responding", "reacting", "asked")

// opensNextQuote reports a cue at token c followed by a comma or a colon
// and the opening mark of a quotation: "Another fan wrote, "...".
func (e *extraction) opensNextQuote(c int) bool {
	k := c + 1
	if !e.isPunct(k, ",:") {
		return false
	}
	k++
	return k < len(e.toks) && e.kindAt(k) == tMark && e.isWord(k+1) && !e.outside(k+1)
}

// attribute runs the sieves for reported quotation n, most precise first.
func (e *extraction) attribute(n int) attribution {
	sp := e.spans[e.top[n]]
	a := attribution{ent: -1, cueTok: -1, mentionTok: -1}
	if m, start, ok := e.label(sp); ok && !e.reportedAfter(sp) {
		// a transcript turn: "WALLACE: Let's start..." is Wallace's (not
		// `"POV: your toddler steals the mic," she wrote`: the clause
		// after the quotation reports it, and "POV" is part of the words)
		s := &e.spans[e.top[n]]
		s.start, s.end = trimSpace(e.text, start, s.end) // (past a stray byte of invalid UTF-8 too)
		e.resolve(&a, m, -1, 0.9)
		a.cue = "transcript"
		return a
	}
	if m, cue, ok := e.commentsSuchAs(n); ok {
		// 'many users left comments such as "so disappointing" and "no
		// thanks"': the words of those who left them
		e.resolve(&a, m, cue, 0.7)
		return a
	}
	if cue, ok := e.participleOpens(n); ok {
		// '"...," a source told the paper. / Adding, "...": the source
		// goes on
		a = e.attr[n-1]
		a.cueTok, a.cue = int32(cue), e.lower(cue)
		return a
	}
	if cue, ok := e.participleAfter(n); ok {
		// 'to which he responded: "...," adding, "..."': the -ing
		// clause goes on the report of the quotation before
		a = e.attr[n-1]
		a.cueTok, a.cue = int32(cue), e.lower(cue)
		return a
	}
	if e.closesSentence(sp) && sp.open > 0 && e.isPunct(int(sp.open)-1, ":,") {
		// `X said: "...." Critics questioned the timing.`: the reporting
		// clause introducing a whole sentence with a colon wins over a new
		// sentence after it
		if m, cue, conf, ok := e.before(sp); ok {
			e.resolve(&a, e.quotedAs(m, cue), cue, conf)
			return a
		}
	}
	if m, ok := e.creditBelow(sp); ok {
		// '"The film better be good!"' over a line "Robert Pattinson
		// when asked about his fans": the credit line names the speaker
		e.resolve(&a, m, -1, 0.85)
		return a
	}
	m, cue, conf, ok := e.after(sp)
	if it, c, isIt := e.itReporter(sp); !ok && isIt && sp.close >= 0 && it > int(sp.close) {
		// `"So proud of my girl," it read.`: the words of a note, a post
		// or a letter, no person's; the mention keeps "it"
		a.mention, a.mentionTok, a.cueTok, a.cue = e.word(it), int32(it), int32(c), e.lower(c)
		a.confidence = 0.5
		return a
	}
	if ok && (e.relays(sp, m, cue) || e.relaysWordsAbove(n, m, cue)) {
		// `A source said: '...,' reports The Sun`: the source's words,
		// told to the outlet
		a.relayedBy = m.name
		ok = false
	}
	if ok && cue >= 0 && sp.open > 0 && e.isPunct(int(sp.open)-1, ",:") && e.opensNextQuote(cue) {
		// 'When Allen told the audience, "...," John quipped, "..."': the
		// clause after introduces the next quotation; the one before, its
		// reporting verb leading in with a comma, introduces this one
		if bm, bcue, bconf, bok := e.before(sp); bok && bcue >= 0 && bcue < int(sp.open) {
			e.resolve(&a, e.quotedAs(bm, bcue), bcue, bconf)
			return a
		}
	}
	if ok && cue >= 0 && !e.closesSentence(sp) && sp.open > 0 && (e.isPunct(int(sp.open)-1, ",:") || e.partial(sp)) && e.reportsOwnContent(cue) {
		// 'When Shea's mother asked Richards, "Is he coming?," Richards
		// replied that he was out of town': the clause after reports its
		// own words; the one before introduces these
		if bm, bcue, bconf, bok := e.before(sp); bok && bcue >= 0 {
			e.resolve(&a, e.quotedAs(bm, bcue), bcue, bconf)
			return a
		}
	}
	if ok {
		if e.readsOnInside(sp, m) {
			// `Lowe claimed she endured "constant insults." Reyes
			// denied it.`: words quoted inside a sentence are its
			// reporter's, not the next sentence's subject's
			if bm, bcue, bconf, ok := e.before(sp); ok && bcue >= 0 {
				e.resolve(&a, bm, bcue, bconf)
				return a
			}
		}
		m = e.quotedAs(m, cue)
		e.resolve(&a, m, cue, conf)
		e.goesOn(n, &a, m)
	} else if m, cue, conf, ok := e.before(sp); ok {
		e.resolve(&a, e.quotedAs(m, cue), cue, conf)
	} else if m, cue, ok := e.reportAtEnd(sp); ok {
		e.resolve(&a, m, cue, 0.7)
	} else if m, cue, ok := e.speechLeadSubject(sp); ok {
		e.resolve(&a, m, cue, 0.7)
	}
	return a
}

// participleClauseSubject reads "Chloe laughed while Andy Cohen freaked
// out, apologizing:": a participle cue at token cue set off by a comma
// after a clause that "while", "as", "and" or "but" opens goes with that
// clause's subject, not the sentence's.
func (e *extraction) participleClauseSubject(from, cue int) (mention, bool) {
	if !strings.HasSuffix(e.word(cue), "ing") || !e.isPunct(cue-1, ",") {
		return mention{}, false
	}
	for k := cue - 2; k > from && k >= cue-14; k-- {
		if !e.isWord(k) || !e.outside(k) {
			return mention{}, false
		}
		switch e.lower(k) {
		case "while", "as", "whereas", "and", "but":
		default:
			continue
		}
		m, ok := e.mentionAt(k + 1)
		if !ok || m.kind != mName && m.kind != mPronoun || int(m.to) >= cue-1 {
			return mention{}, false
		}
		v := int(m.to)
		if !e.isWord(v) || isCap(e.word(v)) || prepositions.has(e.lower(v)) || determiners.has(e.lower(v)) {
			return mention{}, false // (a name's verb after it: "Andy Cohen freaked out")
		}
		return m, true
	}
	return mention{}, false
}

// commentsSuchAs reads 'many users left comments such as "so
// disappointing," "absolutely not," and "no thanks"': quotation n in a list
// after a noun of things said and "such as" or "like", whose subject left
// or posted them. It returns that subject and the verb.
func (e *extraction) commentsSuchAs(n int) (mention, int, bool) {
	o := int(e.spans[e.top[n]].open)
	for j := n - 1; j >= 0 && o > 0; j-- {
		// a later item of the list: back to the first one's mark
		p := e.spans[e.top[j]]
		if p.close < 0 || e.toks[p.close].sent != e.toks[o].sent || int(p.close)+1 >= o || !e.listBetween(int(p.close)+1, o) {
			break // (two quotations side by side are no list: '"I trusted you." "She gave up ...," X said')
		}
		o = int(p.open)
	}
	k := o - 1
	switch {
	case e.lower(k) == "as" && e.lower(k-1) == "such":
		k -= 2
	case e.lower(k) == "like":
		k--
	default:
		return mention{}, 0, false
	}
	if !e.isWord(k) || !e.outside(k) || !saidNouns.has(e.lower(k)) {
		return mention{}, 0, false
	}
	v := k - 1
	for v > k-3 && e.isWord(v) && !e.toks[v].cap && !postingVerbs.has(e.lower(v)) && !drawingVerbs.has(e.lower(v)) {
		v-- // "left mean comments"
	}
	if drawingVerbs.has(e.lower(v)) && strings.HasPrefix(e.lower(k), "comment") {
		// "The video pulled in 17 million views, earning comments like
		// "..." and "...": those who commented, whom no one names
		w := e.word(k)
		return mention{from: int32(k), to: int32(k + 1), kind: mDesc, name: "someone", surface: w}, -1, true
	}
	if !postingVerbs.has(e.lower(v)) {
		return mention{}, 0, false
	}
	m, ok := e.mentionEndingAt(v - 1)
	if h := v - 1; !ok && e.isWord(h) && commenterPlurals.has(e.lower(h)) {
		// ", many users left": the group, as written
		from := h
		if e.isWord(h-1) && (determiners.has(e.lower(h-1)) || e.lower(h-1) == "many") && !e.toks[h-1].cap {
			from--
		}
		surface := e.text[e.toks[from].start:e.toks[h].end]
		m, ok = mention{from: int32(from), to: int32(v), kind: mDesc, name: surface, surface: surface, gender: 'p'}, true
	}
	if !ok || m.kind == mOrg {
		return mention{}, 0, false
	}
	return m, v, true
}

// drawingVerbs tell a post drew comments from an audience: "earning
// comments like", "drawing replies such as".
var drawingVerbs = setOf("earning", "earned", "drawing", "drew", "getting", "got", "receiving", "received", "attracting",
	"attracted", "sparking", "sparked", "prompting", "prompted")

// listBetween reports tokens [from, to) that join the items of a list:
// commas, "and", "or".
func (e *extraction) listBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if !e.isPunct(j, ",") && e.lower(j) != "and" && e.lower(j) != "or" {
			return false
		}
	}
	return true
}

// commenterPlurals are the many who leave comments.
var commenterPlurals = setOf("users", "fans", "followers", "viewers", "commenters", "people", "listeners", "readers", "critics")

// saidNouns are things people leave or post that hold words.
var saidNouns = setOf("comments", "messages", "tweets", "posts", "replies", "responses", "remarks", "notes", "captions")

// postingVerbs leave such things.
var postingVerbs = setOf("left", "leave", "leaving", "posted", "posting", "wrote", "writing", "shared", "sharing", "made",
	"making", "tweeted", "sent", "sending", "flooded")

// participleOverObject reads "Klopp had an exchange with Sky Sports
// reporter Patrick Davison, saying ...": a participle cue at token cue set
// off by a comma after the object of a preposition goes with the
// sentence's subject, not with the object (after a "while" or "as"
// clause, with that clause's subject: participleClauseSubject).
func (e *extraction) participleOverObject(from, cue int) (mention, bool) {
	if !strings.HasSuffix(e.word(cue), "ing") || !e.isPunct(cue-1, ",") {
		return mention{}, false
	}
	if m, ok := e.participleClauseSubject(from, cue); ok {
		return m, true
	}
	n, ok := e.mentionEndingAt(cue - 2)
	if !ok || n.kind != mName {
		return mention{}, false
	}
	b := int(n.from) - 1
	for b > from && e.isWord(b) && e.outside(b) && (e.toks[b].cap || roleNouns.has(e.lower(b)) || determiners.has(e.lower(b))) {
		b-- // "with Sky Sports reporter Patrick Davison", "with her co-star Tom Reyes"
	}
	if b <= from || !e.isPreposition(b) || e.lower(b) == "by" {
		return mention{}, false
	}
	mc := e.mainClause(from, b)
	m, ok := e.firstMention(mc, b)
	if !ok || m.kind != mName && m.kind != mPronoun || int(m.from) != mc {
		return mention{}, false
	}
	return m, true
}

// participleAfter reads 'X responded: "...," adding, "..."': quotation n
// right after an -ing reporting verb that follows quotation n-1, which a
// reporting clause before it in the sentence introduced. It returns the
// verb's token.
func (e *extraction) participleAfter(n int) (int, bool) {
	if n == 0 {
		return 0, false
	}
	p, sp := e.spans[e.top[n-1]], e.spans[e.top[n]]
	pa := &e.attr[n-1]
	if p.close < 0 || pa.cueTok < 0 || pa.cueTok >= p.open || pa.speaker == "" || e.toks[pa.cueTok].sent != e.toks[p.open].sent {
		return 0, false
	}
	k := int(p.close) + 1
	if e.isPunct(k, ",") {
		k++
	}
	if !e.isWord(k) || !strings.HasSuffix(e.word(k), "ing") || !e.isCue(k) || !e.outside(k) {
		return 0, false
	}
	c := k + 1
	if e.isPunct(c, ",:") {
		c++
	}
	return k, c == int(sp.open)
}

// groupBefore is the member noun of an audience the sentence before token
// k names as its subject ("Her fans took the chance": "fan"), or "".
func (e *extraction) groupBefore(k int) string {
	s, _ := e.sentenceBounds(k)
	for i := 0; i < 2 && s > 0; i++ {
		ps, pt := e.sentenceBounds(s - 1)
		for j := ps; j < pt && j < ps+4; j++ {
			if !e.isWord(j) || !e.outside(j) {
				continue
			}
			if w := e.lower(j); commenterPlurals.has(w) && w != "people" && w != "critics" {
				return strings.TrimSuffix(w, "s")
			}
		}
		s = ps
	}
	return ""
}

// topicHeading reports tokens [from, k) that head an answer with its topic
// and no verb of their own: "On her duet with Beyonce", "On being honored
// as a Disney Legend".
func (e *extraction) topicHeading(from, k int) bool {
	if w := e.word(from); w != "On" && w != "About" && w != "Regarding" || k-from > 14 || !e.isWord(from+1) || e.toks[from+1].cap {
		return false // (not "On Friday, the senator took to Twitter:")
	}
	for j := from + 1; j < k; j++ {
		if !e.isWord(j) && !e.isPunct(j, ",'’-") {
			return false
		}
		if lw := e.lower(j); e.isWord(j) && (e.isCue(j) || e.subjectVerbAt(j) || pastTense(lw) && e.lower(j-1) != "being" && e.lower(j-1) != "been") {
			return false // ("On the night the senator turned to Facebook:")
		}
	}
	return true
}

// participleOpens reads a sentence that is a reporting participle alone
// before quotation n ("Adding, "...""), the quotation before it in the
// paragraph above with a speaker: the token of the participle.
func (e *extraction) participleOpens(n int) (int, bool) {
	if n == 0 || e.attr[n-1].speaker == "" {
		return 0, false
	}
	sp := e.spans[e.top[n]]
	k := int(sp.open) - 1
	if e.isPunct(k, ",:") {
		k--
	}
	if k < 0 || !e.isWord(k) || !e.toks[k].cap || !strings.HasSuffix(e.word(k), "ing") || !isCueWord(e.word(k)) || !e.outside(k) || !e.sentenceStart(k) {
		return 0, false
	}
	if sp.para-e.spans[e.top[n-1]].para > 1 {
		return 0, false
	}
	return k, true
}

// speechLeadSubject reads the main clause after a leading phrase of speech
// that holds the quotation: 'Acknowledging that her daughter "doesn't
// know" about the divorce from Marc Daly, Moore tells PEOPLE ...': the
// subject who acknowledges, when a reporting verb follows it.
func (e *extraction) speechLeadSubject(sp span) (mention, int, bool) {
	if sp.close < 0 {
		return mention{}, 0, false
	}
	from, sentEnd := e.sentenceBounds(int(sp.open))
	if lw := e.lower(from); !strings.HasSuffix(lw, "ing") || !isCueWord(lw) || !e.participleLead(from) {
		return mention{}, 0, false
	}
	for k := int(sp.close) + 1; k < sentEnd && k < int(sp.close)+32; k++ {
		if !e.outside(k) || e.kindAt(k) == tMark {
			return mention{}, 0, false // (another quotation first)
		}
		if !e.isPunct(k, ",") {
			continue
		}
		m, ok := e.mentionAt(k + 1)
		if !ok || m.kind != mName && m.kind != mPronoun && !(m.kind == mDesc && m.definite) {
			continue
		}
		if c := e.skipAppositive(int(m.to), sentEnd); e.isCue(c) {
			return m, c, true
		}
		return mention{}, 0, false
	}
	return mention{}, 0, false
}

// reportAtEnd reads the reporting clause that ends the sentence of a
// quotation set inside it, no reporting verb before it: 'Vale has "moved
// out" of the home they share, a source exclusively tells In Touch.'
func (e *extraction) reportAtEnd(sp span) (mention, int, bool) {
	if sp.close < 0 || !e.partial(sp) {
		return mention{}, 0, false
	}
	_, sentEnd := e.sentenceBounds(int(sp.open))
	for k := int(sp.close) + 1; k < int(sp.close)+24 && k < sentEnd; k++ {
		if !e.outside(k) || e.kindAt(k) == tMark || e.isCue(k) {
			break
		}
		if !e.isPunct(k, ",") {
			continue
		}
		m, ok := e.mentionAt(k + 1)
		if !ok || m.kind == mPlace || m.kind == mPronoun {
			continue
		}
		c := int(m.to)
		if e.isWord(c) && e.adverbAt(c) && e.isStrongCue(c+1) {
			c++ // "a source exclusively tells"
		}
		if !e.isStrongCue(c) {
			continue
		}
		// the clause ends the sentence: at most an outlet or a time
		end := c + 1
		for end < sentEnd && end < c+6 && e.isWord(end) && e.outside(end) && (e.toks[end].cap || e.isPreposition(end) || weekdays.has(e.word(end))) {
			end++
		}
		if end >= sentEnd || e.isPunct(end, ".") {
			return m, c, true
		}
	}
	return mention{}, 0, false
}

// personNamedBetween reports a person named in tokens (from, to).
// (More than 64 names between count as a person's: the look stays bounded
// in a paragraph of thousands.)
func (e *extraction) personNamedBetween(from, to int32) bool {
	i, j := e.ents.occBefore(from+1), e.ents.occBefore(to)
	if j-i > 64 {
		return true
	}
	for _, o := range e.ents.occ[i:j] {
		if e.ents.list[o.ent].personLike() {
			return true
		}
	}
	return false
}

// quotedAs is the one an outlet quoted at the cue at token cue ("People
// quoted a friend as saying", "The Times quoted Ann Lee as saying,"), else
// m, the cue's subject.
func (e *extraction) quotedAs(m mention, cue int) mention {
	switch {
	case quotingVerbs.has(e.lower(cue)):
		if o, ok := e.mentionAt(cue + 1); ok && o.kind != mPlace && o.kind != mPronoun {
			if e.lower(int(o.to)) == "as" && asSaying.has(e.lower(int(o.to)+1)) {
				return o
			}
			// '"...," CNN quoted one source.': the one quoted, the
			// clause ending with it
			if _, end := e.sentenceBounds(cue); e.lower(cue) == "quoted" && (int(o.to) >= end || e.isPunct(int(o.to), ".")) {
				return o
			}
		}
	case asSaying.has(e.lower(cue)) && e.lower(cue-1) == "as":
		if o, ok := e.mentionEndingAt(cue - 2); ok && o.kind != mPlace && quotingVerbs.has(e.lower(int(o.from)-1)) && int(o.from) > int(m.from) {
			return o // ("cited unnamed sources within the campaign as saying")
		}
	}
	return m
}

// quotingVerbs give the words of the one after them: "quoted a friend as
// saying", "cited sources as saying".
var quotingVerbs = setOf("quoted", "cited", "cites", "citing")

// asSaying report words after "quoted ... as".
var asSaying = setOf("saying", "telling", "writing", "adding", "stating")

// appositiveNameAfter is the name set off after description m, past the
// words of its title ("The judge, U.S. District Judge Helen Park,") or a
// "named" ("The young girl, named Lily-Rose Logan,").
func (e *extraction) appositiveNameAfter(m mention) (mention, bool) {
	c := int(m.to)
	if !e.isPunct(c, ",") {
		return mention{}, false
	}
	from := c + 1
	if w := e.lower(from); (w == "named" || w == "called") && e.isWord(from) {
		from++ // "The young girl, named Lily-Rose Logan, aged three,"
	} else if (w == "identifying" || w == "who" && strings.HasPrefix(e.lower(from+1), "identifi")) && e.isWord(from) {
		// "The fan, identifying himself on the platform as Derek
		// Schwartz,": the name after "as"
		for j := from + 1; j < from+12 && e.isWord(j) && e.outside(j); j++ {
			if e.lower(j) == "as" {
				from = j + 1
				break
			}
		}
	}
	for s := from; s < from+4 && e.isWord(s) && e.outside(s) && isCap(e.word(s)); s++ {
		if n, ok := e.nameAt(s); ok && n.kind == mName && e.isPunct(int(n.to), ",") {
			return n, true
		}
	}
	return mention{}, false
}

// thatBetween reports a "that" among tokens [from, to): a clause whose
// subject is who the words are about ("adding that Cole "makes the best
// pancakes"").
func (e *extraction) thatBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if e.lower(k) == "that" {
			return true
		}
	}
	return false
}

// readsOnInside reports a quotation inside its sentence that closes it
// ("... endured "constant insults.""), whose attribution after it, m, is
// then in the next sentence.
func (e *extraction) readsOnInside(sp span, m mention) bool {
	if !e.closesSentence(sp) || m.from < sp.close {
		return false
	}
	from, _ := e.sentenceBounds(int(sp.open))
	return from != int(sp.open)
}

// coordinateClause is the first token of the last clause joined by ", and"
// or ", but" in tokens (from, to) that opens with a subject and its verb,
// or from.
func (e *extraction) coordinateClause(from, to int) int {
	for k := to - 1; k > from+1 && k > to-40; k-- {
		if !e.outside(k) || e.kindAt(k) == tMark {
			break
		}
		if w := e.lower(k); (w != "and" && w != "but" && w != "where" && w != "when" && w != "while") || !e.isPunct(k-1, ",") {
			continue
		}
		// (and "..., where our cameraman shouted to him, ...": a clause
		// of its own too)
		if m, ok := e.mentionAt(k + 1); ok && (m.kind == mName || m.kind == mDesc || m.kind == mPronoun) && int(m.to) < to && e.isWord(int(m.to)) && !e.toks[m.to].cap {
			return k + 1
		}
		return from
	}
	return from
}

// statementModifiers tell one statement from another: "the second
// statement", "the joint statement".
var statementModifiers = setOf("first", "second", "third", "new", "joint", "official", "latest", "earlier", "full", "initial", "original")

// statementIssuer finds the statement named last before token k, within
// the paragraph before, and the persons the sentence naming it has issue
// it: its main clause's subject ("In a joint statement to TODAY,
// Rodriguez and Lopez announced", "Vale said in a statement"), a name or
// two joined by "and".
func (e *extraction) statementIssuer(k int) (string, bool) {
	para := e.toks[k].para
	j := k - 1
	for ; j >= 0 && j >= k-150 && e.toks[j].para+1 >= para; j-- {
		if w := e.lower(j); (w == "statement" || w == "release") && e.isWord(j) && e.outside(j) {
			break
		}
	}
	if j < 0 || j < k-150 || e.toks[j].para+1 < para {
		return "", false
	}
	o := j - 1
	if docModifiers.has(e.lower(o)) {
		o-- // "the couple's joint statement"
	}
	if base, poss := stripPossessive(e.lower(o)); poss && pairNouns.has(base) && e.isWord(o) {
		// "the couple's statement Thursday ... '...,' the statement read":
		// the two named together last
		if x, y, ok := e.pairBefore(int32(o), e.toks[o].para); ok {
			return e.ents.list[x].name + " and " + e.ents.list[y].name, true
		}
	}
	if v := o - 1; determiners.has(e.lower(o)) && e.isWord(v) && (issuingVerbs.has(e.lower(v)) || shareVerbs.has(e.lower(v))) {
		// "with Kensington Palace now releasing a statement": the
		// participle's own subject, whatever the main clause's
		u := v - 1
		for u > 0 && v-u < 3 && (e.adverbAt(u) || e.lower(u) == "now") {
			u--
		}
		if m, ok := e.mentionEndingAt(u); ok && m.kind == mOrg {
			return strings.TrimPrefix(m.name, "The "), true
		} else if ok && m.kind == mName {
			if id := e.ents.lookup(m, m.from); id >= 0 {
				return e.ents.list[id].name, true
			}
		}
	}
	from, to := e.sentenceBounds(j)
	mc := e.mainClause(from, to)
	m, ok := e.mentionAt(mc)
	if ok && m.kind == mDesc && m.definite && pairNouns.hasLower(headWord(m.name)) || e.theTwo(mc) {
		if !ok {
			m.from = int32(mc)
		}
		// "The couple released a formal statement to AP": the two named
		// together last
		if x, y, ok := e.pairBefore(m.from, e.toks[m.from].para); ok {
			return e.ents.list[x].name + " and " + e.ents.list[y].name, true
		}
		return "", false
	}
	if ok && m.kind == mOrg && e.lower(int(m.to)) != "and" {
		return strings.TrimPrefix(m.name, "The "), true // "Kensington Palace has issued a second statement"
	}
	if ok && m.kind == mDesc && orgDesc(m.name) && int(m.to) <= j {
		return m.surface, true // "Trump's campaign announced in a statement": the campaign, as written
	}
	if !ok || m.kind != mName {
		return "", false
	}
	if h, ok := e.holderAfter(m); ok {
		m = h // "Clinton press secretary Brian Fallon issues a lengthy statement"
	}
	id := e.ents.lookup(m, m.from)
	if id < 0 {
		return "", false
	}
	who := e.ents.list[id].name
	if e.lower(int(m.to)) == "and" {
		n, ok := e.mentionAt(int(m.to) + 1)
		if !ok || n.kind != mName {
			return "", false
		}
		other := e.ents.lookup(n, n.from)
		if other < 0 {
			return "", false
		}
		who += " and " + e.ents.list[other].name
	}
	return who, true
}

// groupDescribedBefore finds the plural noun of an unnamed group m
// ("sources") described in the paragraph or two before, with the words
// that set it apart up to their verb ("Sources close to the couple told
// People"): that description.
func (e *extraction) groupDescribedBefore(m mention) (string, bool) {
	head := strings.ToLower(m.surface)
	para := e.toks[m.from].para
	for j := int(m.from) - 1; j >= 0 && j >= int(m.from)-200 && e.toks[j].para+2 >= para; j-- {
		if !e.isWord(j) || e.lower(j) != head || !e.outside(j) {
			continue
		}
		end := j + 1
		for end < len(e.toks) && end < j+8 && e.isWord(end) && e.outside(end) && !e.toks[end].cap && !isCueWord(e.word(end)) && !adverbs.has(e.lower(end)) {
			end++
		}
		verb := end
		for verb < end+2 && e.isWord(verb) && adverbs.has(e.lower(verb)) && !isCueWord(e.word(verb)) {
			verb++ // "Sources close to the couple also told"
		}
		if end == j+1 || !isCueWord(e.word(verb)) || e.lower(end-1) == "the" || e.lower(end-1) == "to" {
			return "", false // (no words that set it apart: "sources told")
		}
		return e.text[e.toks[j].start:e.toks[end-1].end], true
	}
	return "", false
}

// itNarrates finds the sentence right before quotation sp, in its
// paragraph, that opens with "It" and a verb of a document going on ("It
// goes on to reference the studio's decision. '...'"): that "it" and its
// verb.
func (e *extraction) itNarrates(sp span) (it, verb int, ok bool) {
	k := int(sp.open) - 1
	if k <= 0 || !e.isPunct(k, ".") || e.toks[k].para != e.toks[sp.open].para {
		return -1, -1, false
	}
	from, _ := e.sentenceBounds(k)
	if e.word(from) != "It" {
		return -1, -1, false
	}
	switch e.lower(from + 1) {
	case "goes", "went", "continues", "continued", "adds", "added", "concludes", "concluded", "ends", "ended":
		return from, from + 1, true
	}
	return -1, -1, false
}

// unnamedOne reports the words of an unnamed person's mention:
// "someone", "somebody else".
func unnamedOne(mention string) bool {
	lw := strings.ToLower(mention)
	return strings.HasPrefix(lw, "someone") || strings.HasPrefix(lw, "somebody") || lw == "comments" || lw == "replies"
}

// unattributed yields the quotations still without a speaker or a mention,
// for the passes that give them one from the narration around them.
func (e *extraction) unattributed() iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := range e.top {
			if a := &e.attr[n]; a.speaker == "" && a.mention == "" && !yield(n) {
				return
			}
		}
	}
}

// itsIssuer gives a quotation still without a speaker that "it" reports
// ("It read: ...") the issuer of the document named just before it: "The
// official statement from Buckingham Palace was released at midday. It
// read:" is the palace's, "Ana Lowe's lawsuit ... It says" hers.
func (e *extraction) itsIssuer() {
	for n := range e.top {
		a, sp := &e.attr[n], e.spans[e.top[n]]
		if a.speaker != "" || a.mention != "" && !(strings.EqualFold(a.mention, "it") && a.ent < 0) {
			continue // (`"...," it reads`: the mention kept, no one's yet)
		}
		it, cue, ok := e.itReporter(sp)
		if !ok {
			it, cue, ok = e.itNarrates(sp)
		}
		if !ok {
			continue
		}
		if p := n - 1; p >= 0 && e.attr[p].speaker != "" && e.attr[p].mentionTok >= 0 && strings.EqualFold(e.attr[p].mention, "it") && sp.para-e.spans[e.top[p]].para <= 2 {
			// "It continues, '...'" after the document's last words: the
			// same document, the same issuer
			prev := &e.attr[p]
			a.speaker, a.ent, a.org, a.confidence = prev.speaker, prev.ent, prev.org, prev.confidence
			a.cueTok, a.mentionTok, a.cue, a.mention = int32(cue), int32(it), e.lower(cue), "it"
			continue
		}
		if plainSayVerbs.has(e.lower(cue)) {
			// '"...," the agency said. ... The rumor is "...," it said':
			// the organisation that spoke last, two paragraphs up at most,
			// no person quoted since
			if p := e.lastSpeakerBefore(n); p >= 0 && e.attr[p].org && sp.para-e.spans[e.top[p]].para <= 2 {
				prev := &e.attr[p]
				a.speaker, a.ent, a.org, a.confidence = prev.speaker, prev.ent, true, prev.confidence*0.8
				a.cueTok, a.mentionTok, a.cue, a.mention = int32(cue), int32(it), e.lower(cue), e.word(it)
				continue
			}
		}
		pf, _ := e.paraBounds(it)
		from, _ := e.passage(pf, 1)
		for k := it - 1; k >= from; k-- {
			if !e.isWord(k) || !e.outside(k) || !docHeads.has(e.lower(k)) {
				continue
			}
			var m mention
			if n, named, ok := e.issuerFrom(k); ok {
				if !named || n.kind != mName && n.kind != mOrg {
					break
				}
				m = n
			} else if o, ok := e.documentOwner(k, max(from, k-6)); ok {
				m = o
			} else if o, ok := e.docSharer(k); ok {
				m = o
			} else {
				break
			}
			b := attribution{ent: -1, cueTok: int32(cue), mentionTok: -1}
			e.resolve(&b, m, cue, 0.5)
			if b.speaker != "" {
				b.cue, b.mention, b.mentionTok = e.lower(cue), "it", int32(it)
				*a = b
				for j := n + 1; j < len(e.top); j++ {
					if !e.inheritOne(j) {
						break // ('"...," it reads. "..."': the document's next words go on)
					}
				}
			}
			break
		}
	}
}

// orgOpensSentenceBefore reads "They" opening its sentence at token k as
// the organisation that opens the sentence before it, in the same
// paragraph, as its subject (a verb in the past tense after it), when that
// sentence names no person.
func (e *extraction) orgOpensSentenceBefore(k int) (mention, bool) {
	from, _ := e.sentenceBounds(k)
	if from != k || from < 2 || !strings.EqualFold(e.word(k), "they") {
		return mention{}, false
	}
	pf, pt := e.sentenceBounds(from - 1)
	if pt > from || e.toks[pf].para != e.toks[k].para {
		return mention{}, false
	}
	o, ok := e.mentionAt(pf)
	if !ok || o.kind != mOrg || !e.isWord(int(o.to)) || e.toks[o.to].cap || !pastTense(e.lower(int(o.to))) {
		return mention{}, false
	}
	for j := int(o.to); j < pt; j++ {
		if e.isWord(j) && e.toks[j].cap && e.outside(j) {
			if n, ok := e.nameAt(j); ok && n.kind == mName {
				return mention{}, false // (a person named after it may be "they")
			}
		}
	}
	return o, true
}

// lastSpeakerBefore is the last quotation before quotation n with a
// speaker, or -1.
func (e *extraction) lastSpeakerBefore(n int) int {
	for p := n - 1; p >= 0; p-- {
		if e.attr[p].speaker != "" {
			return p
		}
	}
	return -1
}

// sameDescriptionBefore is the person an earlier quotation's speaker,
// described the same way within the eight paragraphs before para, was
// resolved to ("The former president said" twice), or -1.
func (e *extraction) sameDescriptionBefore(m mention, para int32) int {
	want := withoutThe(m.surface)
	for p := e.cur - 1; p >= 0; p-- {
		a := &e.attr[p]
		if a.mentionTok < 0 {
			continue
		}
		if para-e.toks[a.mentionTok].para > 8 {
			break
		}
		if a.ent >= 0 && e.toks[a.mentionTok].sent < e.toks[m.from].sent && strings.EqualFold(withoutThe(a.mention), want) {
			return a.ent // (another use of the description, not this one read for an earlier piece)
		}
	}
	return -1
}

// withoutThe is a description without its opening "the" or "The".
func withoutThe(desc string) string {
	if len(desc) > 4 && (desc[0] == 't' || desc[0] == 'T') && desc[1:4] == "he " {
		return desc[4:]
	}
	return desc
}

// documentFrom reads the issuer a document's description names with
// "from" before the cue at token cue: "A statement from Adidas", "an
// official statement from the German sports brand".
func (e *extraction) documentFrom(m mention, cue int) (mention, bool) {
	for k := int(m.from) + 1; k < int(m.to) && (cue < 0 || k < cue); k++ {
		if n, named, ok := e.issuerFrom(k); ok {
			return n, named && (n.kind == mName || n.kind == mOrg || n.kind == mDesc) && (cue < 0 || int(n.to) <= cue)
		}
	}
	return mention{}, false
}

// documentNamedBefore reads "the report" (a definite document's two
// words) back to the same document named with its issuer in the paragraph
// or the one before: "The report from the medical examiner's office".
func (e *extraction) documentNamedBefore(m mention) (mention, bool) {
	h := headWord(m.name)
	if !m.definite || strings.Count(m.surface, " ") != 1 || !docHeads.has(h) || h == "statement" || h == "release" {
		return mention{}, false
	}
	para := e.toks[m.from].para
	for k := int(m.from) - 1; k >= 0 && k >= int(m.from)-400 && e.toks[k].para+1 >= para; k-- {
		if e.lower(k) != h || !e.isWord(k) || !e.outside(k) {
			continue
		}
		if n, named, ok := e.issuerFrom(k); ok && named && (n.kind == mName || n.kind == mOrg || n.kind == mDesc && n.definite) {
			return n, true
		} else if ok {
			// "The report from the medical examiner's office": an office
			// no name parses, as written
			j := k + 2
			if e.lower(j) == "the" {
				j++
			}
			end := j
			for end < j+6 && e.isWord(end) && e.outside(end) && !isCueWord(e.lower(end)) {
				end++
			}
			if end > j && orgDescHeads.has(e.lower(end-1)) {
				name := e.text[e.toks[j].start:e.toks[end-1].end]
				return mention{from: int32(j), to: int32(end), kind: mOrg, name: name, surface: name}, true
			}
		}
	}
	if h == "report" {
		// "a source has since told Billboard that ... Instead, the report
		// suggests": the outlet whose report the sentence before gave
		from, _ := e.sentenceBounds(int(m.from))
		if from > 0 && e.toks[from-1].para == e.toks[m.from].para {
			pf, pt := e.sentenceBounds(from - 1)
			for k := pt - 1; k >= pf; k-- {
				if !e.isWord(k) || !e.outside(k) || !e.toks[k].cap || (e.lower(k-1) != "told" && e.lower(k-1) != "to") {
					continue
				}
				if name := e.publicationIn(k, min(k+5, pt)); name != "" && e.publicationStarts(k, name) {
					return mention{from: int32(k), to: int32(k + 1), kind: mOrg, name: name, surface: name}, true
				}
			}
		}
	}
	return mention{}, false
}

// docSharer is the subject of the sentence that tells someone shared or
// wrote the document named at token k: "He also shared a handwritten poem
// he wrote" before '"...," it reads'.
func (e *extraction) docSharer(k int) (mention, bool) {
	from, _ := e.sentenceBounds(k)
	mc := e.mainClause(from, k)
	m, ok := e.mentionAt(mc)
	if !ok || m.kind != mName && m.kind != mPronoun || int(m.to) >= k {
		return mention{}, false
	}
	for c := int(m.to); c < k && c < int(m.to)+4; c++ {
		if e.isWord(c) && e.outside(c) && shareVerbs.has(e.lower(c)) {
			return m, true
		}
	}
	return mention{}, false
}

// shareVerbs tell someone made a document public.
var shareVerbs = setOf("shared", "shares", "posted", "posts", "wrote", "writes", "penned", "pens", "released",
	"releases", "issued", "issues", "published", "publishes", "unveiled", "unveils")

// issuerFrom reads a document's noun at token k followed by "from" ("a
// statement from Adidas"): ok when it is one, with the mention after
// "from", if any (named).
func (e *extraction) issuerFrom(k int) (n mention, named, ok bool) {
	if !docHeads.has(e.lower(k)) || e.lower(k+1) != "from" || !e.outside(k+1) {
		return mention{}, false, false
	}
	n, named = e.mentionAt(k + 2)
	return n, named, true
}

// styleHead is the head of a style with its place ("the Duchess of
// Cambridge": "duchess"), else headWord.
func styleHead(desc string) string {
	if i := strings.Index(desc, " of "); i > 0 {
		return strings.ToLower(lastWord(desc[:i]))
	}
	return headWord(desc)
}

// heardCue is the cue in the -ing form after "is heard", "can be heard",
// "was seen" at token k ("she is heard saying", "he can be seen telling"),
// or k.
func (e *extraction) heardCue(k int) int {
	j := k
	switch e.lower(j) {
	case "can", "could", "may":
		if e.lower(j+1) != "be" {
			return k
		}
		j += 2
	case "is", "was", "be", "being":
		j++
	default:
		return k
	}
	if w := e.lower(j); w != "heard" && w != "seen" && w != "overheard" && w != "caught" || !strings.HasSuffix(e.lower(j+1), "ing") || !e.isCue(j+1) {
		return k // ("a staff member was overheard saying", "was caught telling")
	}
	return j + 1
}

// relays reports an outlet after quotation sp that reports what someone
// the sentence introduced before it said (`A source said: '...,' reports
// The Sun`): the words are the source's.
func (e *extraction) relays(sp span, m mention, cue int) bool {
	if m.kind != mOrg && !(m.kind == mName && !strings.Contains(m.name, " ") && firstNames.at(m.name) == 0 && m.title == "") || sp.open < 1 {
		return false // (an outlet no list knows is a lone name no person's: "reported Soompi")
	}
	switch e.lower(cue) {
	case "reports", "reported", "according", "per":
	default:
		return false
	}
	b, bcue, _, ok := e.before(sp)
	if !ok || b.kind == mOrg && e.pressSpeaker(strings.TrimPrefix(b.name, "The ")) {
		return false // (an agency or a company speaks; a paper reports)
	}
	// the quotation introduced by its clause ("A source said: '...,'
	// reports The Sun"), or set in the clause of a reporting verb before
	// it ('John testified that he recalled the party because "he
	// arrived in white tie," per Variety')
	return e.isPunct(int(sp.open)-1, ":,") || bcue >= 0 && bcue < int(sp.open)
}

// relaysWordsAbove reports a quotation of words in the first person that
// opens its paragraph right after another quotation ends the paragraph
// before, reported by an outlet ('"Whatever else is printed about us
// ...," the Associated Press reported'): the words go on, the outlet
// relays them.
func (e *extraction) relaysWordsAbove(n int, m mention, cue int) bool {
	if n == 0 || m.kind != mOrg || !e.pressSpeaker(strings.TrimPrefix(m.name, "The ")) {
		return false
	}
	if w := e.lower(cue); w != "reported" && w != "reports" {
		return false
	}
	sp, prev := e.spans[e.top[n]], e.spans[e.top[n-1]]
	if sp.para-prev.para != 1 || int(sp.open) > 0 && e.toks[sp.open-1].para == e.toks[sp.open].para && e.kindAt(int(sp.open)-1) != tPara {
		return false
	}
	return e.firstPersonSingular(sp) || e.firstPersonPlural(sp)
}

// firstPersonPlural reports "we", "us" or "our" in quotation sp.
func (e *extraction) firstPersonPlural(sp span) bool {
	for k := int(sp.open) + 1; k < len(e.toks) && e.toks[k].start < sp.end; k++ {
		switch e.lower(k) {
		case "we", "us", "our", "we're", "we’re", "we've", "we’ve":
			return true
		}
	}
	return false
}

// goesOn gives `"...," he continued.` the speaker of the quotation before,
// when that one ended at most a paragraph earlier and its speaker is a
// person the pronoun can name: "continued", "added" and "went on" tell the
// same voice goes on, whoever else the sentences between name.
func (e *extraction) goesOn(n int, a *attribution, m mention) {
	if n == 0 || (a.cue != "continued" && a.cue != "added" && a.cue != "went") {
		return
	}
	prev := e.attr[n-1]
	if prev.ent < 0 || prev.ent == a.ent {
		return
	}
	if m.kind == mName && a.ent >= 0 && !strings.Contains(m.name, " ") && e.spans[e.top[n]].para-e.spans[e.top[n-1]].para <= 1 {
		// "'...,' Kyle said. '...,' Richards added": a surname two of
		// the article's people share is the one who spoke just before
		surname := func(en *entity) string { return en.parts[len(en.parts)-1] }
		if en := e.ents.list[prev.ent]; len(en.parts) >= 2 && surname(en) == m.name && surname(e.ents.list[a.ent]) == m.name {
			a.ent, a.speaker = prev.ent, en.name
		}
		return
	}
	if m.kind != mPronoun {
		return
	}
	if en := e.ents.list[prev.ent]; en.gender != 0 && en.gender != m.gender {
		return
	}
	sp := e.spans[e.top[n]]
	if sp.para-e.spans[e.top[n-1]].para > 1 {
		return
	}
	if a.ent >= 0 && e.ents.list[a.ent].gender == m.gender && sp.para != e.spans[e.top[n-1]].para && e.namedInParaBefore(sp, a.ent) {
		// "Calloway also vented on Threads. '...,' he added": the new
		// paragraph's sentence is about whom the pronoun found, a person
		// known to agree with it
		return
	}
	a.ent, a.speaker = prev.ent, e.ents.list[prev.ent].name
}

// namedInParaBefore reports whether a sentence of the paragraph of
// quotation sp opens with entity ent's name (no possessive) before it.
func (e *extraction) namedInParaBefore(sp span, ent int) bool {
	pf, _ := e.paraBounds(int(sp.open))
	for k := e.ents.occBefore(sp.open) - 1; k >= 0; k-- {
		o := e.ents.occ[k]
		if int(o.tok) < pf {
			break
		}
		if o.ent == ent && !o.owner && e.sentenceStart(int(o.tok)) {
			return true
		}
	}
	return false
}

// closesSentence reports whether a quotation ends its sentence inside its
// closing mark (`... open."`).
func (e *extraction) closesSentence(sp span) bool {
	return sp.close > 0 && e.isPunct(int(sp.close)-1, ".!?")
}

// describes reports whether the words [from, to) are lower-case words
// that can describe a person before the name: no preposition, determiner,
// adverb, pronoun or conjunction ("store owner", "local", "waiter").
func (e *extraction) describes(from, to int) bool {
	for c := from; c < to; c++ {
		if e.sPossessive(c) && c > from {
			continue // "Italy's award-winning": the possessive's mark
		}
		if base, poss := stripPossessive(e.word(c)); isCap(base) && e.isWord(c) && (places.has(base) || publications.has(base)) && (poss || e.sPossessive(c+1)) {
			continue // "Italy's", "Vogue's": whose, no name
		}
		if !e.isWord(c) || isCap(e.word(c)) || e.isPreposition(c) {
			return false
		}
		w := e.lower(c)
		if determiners.has(w) && !(c == from && w == "the") {
			return false // (not "said that Trump", "said the Trump campaign")
		}
		if adverbs.has(w) {
			return false
		}
		if isPronoun(w) || isCueWord(w) || w == "that" || w == "and" || w == "or" || w == "but" || w == "as" || w == "to" {
			return false
		}
	}
	return true
}

// titleWords reports the tokens [from, to) as words that may describe a
// name's holder: no determiner, preposition but "of", pronoun or verb
// ("House of Cards star", "actress"; not "court documents obtained by").
func (e *extraction) titleWords(from, to int) bool {
	for c := from; c < to; c++ {
		if !e.isWord(c) {
			return false
		}
		if e.lower(c) == "of" && c > from && e.toks[c-1].cap && e.toks[c+1].cap || isCap(e.word(c)) {
			continue
		}
		if !e.describes(c, c+1) || strings.HasSuffix(e.lower(c), "ed") {
			return false
		}
	}
	return true
}

// nameWithin finds a person's name starting within n words after k, with
// nothing but words before it: one that begins with a known first name or
// names a known person.
func (e *extraction) nameWithin(k, n int) (mention, bool) {
	for c := k; c < k+n && (e.isWord(c) || e.sPossessive(c)) && e.outside(c); c++ {
		if !isCap(e.word(c)) || !e.isWord(c) {
			continue
		}
		m, ok := e.nameAt(c)
		if !ok || m.kind != mName {
			continue
		}
		parts := strings.Fields(m.name)
		if firstNames.has(parts[0]) && len(parts) > 1 {
			return m, true
		}
		if id := e.ents.lookup(m, int32(c)); id >= 0 && e.ents.list[id].personLike() {
			return m, true
		}
		// a full name right after the words that describe its holder is a
		// person's, known first name or not ("said store owner Wei Chen",
		// "says waiter Giorgio Valli"), when those words are nouns and
		// adjectives (not "said in Washington Post", "said that Trump ...")
		if c > k && len(parts) > 1 && e.describes(k, c) && (!e.isWord(int(m.to)) || e.isPunct(int(m.to), ".,;")) {
			return m, true
		}
	}
	return mention{}, false
}

// setOffName reads a person's full name of two words or more at k, set off
// by a comma after it: after a description ("the spokesman, Federico
// Lombardi, said") such a name is the person described.
func (e *extraction) setOffName(k int) (mention, bool) {
	if !e.isWord(k) || !e.outside(k) || !isCap(e.word(k)) {
		return mention{}, false
	}
	m, ok := e.nameAt(k)
	if !ok || m.kind != mName || !strings.Contains(m.name, " ") || !e.isPunct(int(m.to), ",") {
		return mention{}, false
	}
	return m, true
}

// label reads a transcript speaker label opening a quotation ("WALLACE:",
// "PENCE:"): an upper-case word of three letters or more and a colon. It
// returns the speaker and where the spoken words start.
func (e *extraction) label(sp span) (mention, int32, bool) {
	k := int(sp.open) + 1
	if k+1 >= len(e.toks) || !e.isWord(k) || !e.isPunct(k+1, ":") || e.toks[k].start >= sp.end {
		return mention{}, 0, false
	}
	w := e.word(k)
	if len(w) < 3 || !isAllCaps(w) {
		return mention{}, 0, false
	}
	start := e.toks[k+1].end
	for start < sp.end && (e.text[start] == ' ' || e.text[start] == '\t') {
		start++
	}
	if start >= sp.end {
		return mention{}, 0, false
	}
	name := w[:1] + strings.ToLower(w[1:])
	return mention{from: int32(k), to: int32(k + 1), kind: mName, name: name, surface: w}, start, true
}

// reportedAfter reports whether a reporting clause in its sentence
// follows quotation sp (`"...," she wrote`), not the next sentence's.
func (e *extraction) reportedAfter(sp span) bool {
	if e.closesSentence(sp) {
		return false
	}
	_, cue, _, ok := e.after(sp)
	return ok && cue >= 0
}

// after matches a reporting clause right after the closing mark:
// `"...," she said`, `"...," said Sen. Graham`, `"..." - Commissioner X`.
func (e *extraction) after(sp span) (mention, int, float32, bool) {
	if sp.close < 0 {
		return mention{}, 0, 0, false
	}
	j := int(sp.close) + 1
	dash := false
	for j < len(e.toks) && (e.kindAt(j) == tMark || e.isPunct(j, ",—–―-")) {
		if e.isPunct(j, "—–―-") {
			dash = true
		}
		j++
	}
	if j < len(e.toks) && e.kindAt(j) == tPara {
		// a fact-check's source on the next line: "- Sanders."
		k := j
		for k < len(e.toks) && e.kindAt(k) == tPara {
			k++
		}
		if k+1 < len(e.toks) && e.isPunct(k, "—–―-") {
			if m, ok := e.mentionAt(k + 1); ok && m.kind == mName {
				if end := int(m.to); end >= len(e.toks) || e.kindAt(end) == tPara || e.isPunct(end, ".") {
					return m, -1, 0.8, true
				}
			}
		}
		return mention{}, 0, 0, false
	}
	if j >= len(e.toks) || !e.outside(j) {
		return mention{}, 0, 0, false
	}
	if e.lower(j) == "to" && e.lower(j+1) == "which" {
		return mention{}, 0, 0, false // '"...," to which Vicki added: "..."': the answer's clause, not this one's
	}
	_, sentEnd := e.sentenceBounds(int(sp.close))
	if from, _ := e.sentenceBounds(int(sp.open)); from == int(sp.open) {
		// a quotation that is a sentence of its own reads on into the
		// next (`"...!" Parrish, 33, captioned the shot.`); one inside a
		// sentence does not (`called it "arbitrary." Hendler said ...`)
		_, sentEnd = e.sentenceBounds(j)
	}
	// '"...," reads Abraham's statement', '"...," Lowe's lawsuit says': the
	// document's owner
	for s := j; s < j+7 && s < sentEnd && (e.isWord(s) || e.sPossessive(s)) && e.outside(s); s++ {
		if !docHeads.has(e.lower(s)) {
			continue
		}
		c := j // "reads Abraham's statement", else "Lowe's lawsuit says"
		if !e.isCue(c) {
			c = s + 1
		}
		if e.isWord(c) && e.isCue(c) {
			if m, ok := e.documentOwner(s, max(j, s-6)); ok && m.kind != mPronoun {
				return m, c, 0.85, true
			}
		}
		break
	}
	// "said X"
	if e.isCue(j) {
		k := j + 1
		for k < j+3 && e.isWord(k) && e.outside(k) && !isCap(e.word(k)) {
			if !e.adverbAt(k) {
				break
			}
			if _, ok := e.mentionAt(k); ok {
				break // "said a senator": the article opens the speaker
			}
			k++
		}
		if isParticle(e.word(k)) && !isCap(e.word(k)) && e.isWord(k+1) && e.toks[k+1].cap && e.outside(k+1) {
			// "answered de Rossi": a surname opened by its particle
			if m, ok := e.mentionAt(k + 1); ok && m.kind == mName {
				return m, j, 0.9, true
			}
		}
		if end := e.programmeAt(k); end > k+1 {
			if m, ok := e.nameWithin(end, 3); ok && int(m.from) > end {
				return m, j, 0.9, true // "said Entertainment Tonight host Nancy Ortiz"
			}
			return e.programmeMention(k, end), j, 0.9, true // "said Entertainment Tonight"
		}
		if w := e.lower(k); (w == "another" || w == "one") && e.isPunct(k+1, ".,;") {
			// '"...," tweeted another.': one more of the group
			return mention{from: int32(k), to: int32(k + 1), kind: mDesc, name: e.word(k), surface: e.word(k)}, j, 0.9, true
		}
		if m, ok := e.mentionAt(k); ok {
			if h, ok := e.holderAfter(m); ok {
				m = h // "said Clinton campaign manager Robby Mook"
			}
			// "asked the interviewer, Jim Snyder.": the name set off after
			// the description, where the clause ends
			if n, _, ok := e.nameSetOff(m); ok && (e.isPunct(int(n.to), ".,;") || int(n.to) >= sentEnd) {
				m = n
			}
			return m, j, 0.95, true
		}
		// "said Republican party boss Reince Priebus": a name after a
		// description without a determiner
		if m, ok := e.nameWithin(k, 7); ok {
			return m, j, 0.9, true
		}
		if onlineHeads.has(e.lower(k)) {
			// "wrote user kessel_fan22", "commented fan @vale_stan": the
			// account after the noun
			if m, ok := e.mentionAt(k + 1); ok && m.kind == mDesc && (e.isPunct(k+1, "@_") || e.isPunct(k+2, "_")) {
				return m, j, 0.9, true
			}
		}
		// "exhorted Clinton's introducer, actress Jamie Lee Curtis."
		for c := k; c < k+8 && c < sentEnd && e.outside(c) && (e.isWord(c) || e.isPunct(c, ",")); c++ {
			if !e.isPunct(c, ",") {
				continue
			}
			if m, ok := e.nameWithin(c+1, 3); ok && (int(m.to) >= sentEnd || e.isPunct(int(m.to), ".,")) {
				return m, j, 0.85, true
			}
			if m, ok := e.setOffName(c + 1); ok {
				return m, j, 0.8, true // "said Rubio's deputy campaign manager, Rich Beeson, who"
			}
			if m, ok := e.nameAt(c + 1); ok && m.kind == mName && wordCount(m.name) >= 2 && (int(m.to) >= sentEnd || e.isPunct(int(m.to), ".")) {
				return m, j, 0.8, true // "said Netflix's head of content, Bela Bajaria.": the name ending the clause
			}
			break
		}
	}
	// "according to X"
	if e.lower(j) == "according" && e.word(j+1) == "to" {
		if m, ok := e.mentionAt(j + 2); ok {
			if h, ok := e.holderAfter(m); ok {
				m = h // "according to Northern Lights star Tessa Marlow"
			}
			return m, j, 0.9, true
		}
		// "according to House of Cards star Robin Wright, who ...": a
		// name after the words that describe its holder, no determiner
		if m, ok := e.nameWithin(j+2, 7); ok && e.titleWords(j+2, int(m.from)) && (int(m.to) >= sentEnd || e.isPunct(int(m.to), ".,;")) {
			return m, j, 0.85, true
		}
	}
	if m, ok := e.perOutlet(j); ok {
		return m, j, 0.85, true // "Per TMZ, the singer ..."
	}
	if w := e.lower(j); w == "was" || w == "came" || w == "is" {
		// `"Would I ever tell anyone?" was her cheeky reply`, `"No,"
		// came Vale's answer`: the answer's owner
		if m, noun, ok := e.responseOwner(j+1, sentEnd); ok {
			return m, noun, 0.85, true
		}
	}
	// "the Real Time with Bill Maher host said": the host the programme's
	// name names
	if m, k, ok := e.namedHost(j); ok && e.isCue(k) {
		return m, k, 0.9, true
	}
	// "Entertainment Tonight said in a statement": a programme or network
	// of two words or more speaks as written (its words open no name)
	if end := e.programmeAt(j); end > j+1 {
		if k := e.skipAppositive(end, sentEnd); e.isCue(k) {
			return e.programmeMention(j, end), k, 0.9, true
		}
	}
	// "X said", "X, a doctor, said", "X also told Y"
	if m, ok := e.mentionAt(j); ok {
		k := int(m.to)
		// "the presumptive nominee, Donald Trump, tweeted": the name set
		// off after the description
		if n, end, ok := e.nameSetOff(m); ok {
			m, k = n, end
		}
		if c := e.heardCue(k); c > k {
			k = c // '"What's wrong?" she is heard saying'
		} else {
			k = e.skipAppositive(k, sentEnd)
		}
		if e.isCue(k) {
			if e.closesSentence(sp) && e.opensNextQuote(k) && m.kind != mPronoun {
				// '"Always with you." Another fan wrote, "You are a
				// king."': a new sentence whose clause introduces its own
				// quotation, after words of someone before it
				return mention{}, 0, 0, false
			}
			if e.closesSentence(sp) && e.reportsOwnContent(k) {
				// `"... saved my life." Rodriguez tells me that Lopez is
				// ...`: a new sentence that reports its own words
				return mention{}, 0, 0, false
			}
			return m, k, 0.95, true
		}
		if dash && e.attributionEnds(k, sentEnd) && m.kind != mPronoun {
			return m, -1, 0.8, true
		}
		if t := e.pastTime(k); t > k && e.isCue(t) && m.kind != mPronoun {
			return m, t, 0.9, true // '"...," Conway on Friday told WABC': a time between the name and its verb
		}
		if a := e.pastAge(int(m.to)); m.kind == mName && a > int(m.to) && e.lower(a) == "and" {
			// "Aniston, 49, and Theroux, 46, said": two named with their
			// ages, then the verb (resolve joins the two)
			if n, ok := e.mentionAt(a + 1); ok && n.kind == mName {
				if c := e.pastAge(int(n.to)); e.isCue(c) {
					return m, c, 0.9, true
				}
			}
		}
	}
	if n, ok := e.nameAt(j); ok && n.kind == mName && creditVerbs.has(e.lower(int(n.to))) && e.isWord(int(n.to)) && e.ents.lookup(n, n.from) >= 0 && e.creditLine(sp) {
		// '"I still won six matches." Roger Federer speaks frankly
		// following his defeat.', '"...." Federer is thankful for the
		// support': a quotation opening its paragraph, alone there, and
		// the person the next sentence opens with
		return n, -1, 0.6, true
	}
	if subordinators.has(e.lower(j)) {
		// a clause of its own, not a reporting clause: `"...," when
		// Clinton blasted him` (but `"...," as he put it` reports), unless
		// one follows it
		if m, c, ok := e.trailingClause(j, sentEnd); ok {
			return m, c, 0.7, true
		}
		return mention{}, 0, 0, false
	}
	if w := e.lower(j); (w == "and" || w == "but") && (e.cueRightBefore(sp) || e.reportedBefore(sp)) {
		// `X said "...," and Y told Z "..."`: the next clause's subject
		// speaks next; the quotation is the reporting verb's before it
		return mention{}, 0, 0, false
	}
	// "White House press secretary Josh Earnest said": a name after a
	// description without a determiner, then the cue
	if m, ok := e.nameWithin(j, 6); ok && int(m.from) > j {
		if k := e.skipAppositive(int(m.to), sentEnd); e.isCue(k) && !e.introducesNext(k) && !(e.closesSentence(sp) && e.reportsOwnContent(k)) {
			return m, k, 0.9, true
		}
		// `"Finally!" — Tenant advocate Rosa Diaz, in a post on Facebook.`
		if dash && e.attributionEnds(int(m.to), sentEnd) {
			return m, -1, 0.8, true
		}
	}
	// "Rep. Ann Hunter's chief of staff, Joe Kasper, told": a description,
	// then the speaker's name set off by commas, then the cue
	for c := j; c < j+10 && c < sentEnd && e.outside(c); c++ {
		if !e.isPunct(c, ",") {
			if !e.isWord(c) && !e.isPunct(c, ".'’-") {
				break
			}
			continue
		}
		m, ok := e.nameWithin(c+1, 1)
		if !ok {
			// a full name of a first name no list knows, set off after
			// the description ("Google's chief human resources executive,
			// Laszlo Bock, told")
			m, ok = e.setOffName(c + 1)
		}
		if !ok && participle(e.lower(j)) {
			// `"WELCOME HOME," punctuated with a bear emoji, he wrote`: a
			// participle's phrase set off before the reporting clause
			if pm, pok := e.mentionAt(c + 1); pok && pm.kind == mPronoun {
				m, ok = pm, true
			}
		}
		if !ok {
			continue
		}
		k := int(m.to)
		if e.isPunct(k, ",") {
			k++
		}
		if k = e.skipAppositive(k, sentEnd); e.isCue(k) {
			return m, k, 0.85, true
		}
		break
	}
	// a reporting clause a little further on: `"...," was how Trump put it`
	// (not a clause of its own after a quotation its verb right before
	// reports: 'Vale said "no way" as Brill repeated the question')
	for k := j + 1; k < j+6 && k < sentEnd && !(e.lower(j) == "as" && e.cueRightBefore(sp)); k++ {
		if !e.outside(k) || e.kindAt(k) == tMark {
			break
		}
		if e.isStrongCue(k) {
			if e.introducesNext(k) || e.closesSentence(sp) && e.reportsOwnContent(k) {
				break // (not "The Evening Ledger reported Thursday that ...")
			}
			if m, ok := e.mentionEndingAt(k - 1); ok && int(m.from) >= j {
				return m, k, 0.7, true
			}
		}
	}
	if m, c, ok := e.trailingClause(j, sentEnd); ok {
		return m, c, 0.7, true
	}
	return mention{}, 0, 0, false
}

// gerundSubjectAfter come before the subject of an -ing clause that
// reports speech: "with Stacey revealing", "led to the host declaring",
// "recalled her mother telling her".
var gerundSubjectAfter = setOf("with", "to", "recalled", "recalls", "remembered", "remembers", "heard", "hears")

// namedHost reads "the <programme> with <host> host" from token j ("the
// Late Show with Stephen Colbert host"): the host's name, and the token
// after the description.
func (e *extraction) namedHost(j int) (mention, int, bool) {
	if e.lower(j) != "the" {
		return mention{}, 0, false
	}
	end := e.programmeAt(j + 1)
	if end <= j+1 {
		// a title the lexicon does not know: capitalised words, then "with"
		end = j + 1
		for end < j+6 && e.isWord(end) && e.outside(end) && e.toks[end].cap {
			end++
		}
	}
	if end <= j+1 || e.lower(end) != "with" {
		return mention{}, 0, false
	}
	n, ok := e.nameAt(end + 1)
	if !ok || n.kind != mName || wordCount(n.name) < 2 {
		return mention{}, 0, false
	}
	k := int(n.to)
	if w := e.lower(k); w != "host" && w != "co-host" && w != "anchor" && w != "presenter" {
		return mention{}, 0, false
	}
	// the description is the mention: the programme in it is the host's
	// title, no medium of these words
	n.from, n.to, n.surface = int32(j), int32(k+1), e.text[e.toks[j].start:e.toks[k].end]
	return n, k + 1, true
}

// trailingClause reads words that go on outside the marks from token j,
// then the reporting clause that ends the sentence: `"We need to be ready
// to move forward," with sanctions if the deal falls through, he said.`,
// `"Big news ...," because the president is winding down his task
// force, Stephen Colbert said on Tuesday's Late Show.`
func (e *extraction) trailingClause(j, sentEnd int) (mention, int, bool) {
	if !e.isWord(j) || e.toks[j].cap {
		return mention{}, 0, false
	}
	for k := j + 1; k < j+24 && k < sentEnd; k++ {
		if !e.outside(k) || e.kindAt(k) == tMark || e.isCue(k) {
			break
		}
		if !e.isPunct(k, ",") {
			continue
		}
		m, ok := e.mentionAt(k + 1)
		if !ok || m.kind != mName && m.kind != mPronoun {
			m, ok = e.nameWithin(k+1, 3) // "comedian Tessa Moor said"
			if ok && !roleNouns.hasLower(e.word(k+1)) {
				ok = false
			}
		}
		if ok {
			c := int(m.to)
			if !e.isStrongCue(c) {
				continue
			}
			// the clause ends the sentence, or names where it was said
			if end := e.clauseEnd(c+1, sentEnd); end >= sentEnd || e.isPunct(end, ".") {
				return m, c, true
			}
		}
	}
	return mention{}, 0, false
}

// clauseEnd is the token after a reporting clause's short tail from k: a
// time ("on Tuesday"), a place or a programme ("on Tuesday's Late Show"),
// at most eight words.
func (e *extraction) clauseEnd(k, sentEnd int) int {
	if k >= sentEnd || !e.isWord(k) {
		return k
	}
	if w := e.lower(k); !e.isPreposition(k) && !weekdays.has(e.word(k)) && w != "last" && w != "this" && w != "earlier" && w != "later" {
		return k // (not an object: "Carter stressed bipartisan support")
	}
	for n := 0; n < 8 && k < sentEnd && e.isWord(k) && e.outside(k); n++ {
		k++
	}
	return k
}

// introducesNext reports a reporting verb in -ing at token k that a
// comma or colon and a quotation follow: `"...," with co-host Robin Quivers
// interjecting, "..."` gives the next quotation its speaker, not the one
// before it.
func (e *extraction) introducesNext(k int) bool {
	return strings.HasSuffix(e.word(k), "ing") && e.isPunct(k+1, ",:") && k+2 < len(e.toks) && e.kindAt(k+2) == tMark
}

// programmeMention is the programme or network named in tokens [from,
// to) as an organisation that speaks.
func (e *extraction) programmeMention(from, to int) mention {
	name := e.text[e.toks[from].start:e.toks[to-1].end]
	return mention{from: int32(from), to: int32(to), kind: mOrg, name: name, surface: name}
}

// reportsOwnContent reports a reporting verb at k that goes on to report
// content of its own: "tells me that", "said that", "says how".
func (e *extraction) reportsOwnContent(k int) bool {
	c := k + 1
	switch e.lower(c) {
	case "me", "us", "him", "her", "them", "reporters", "back": // (or "fired back that")
		c++
	}
	if weekdays.has(e.word(c)) || e.lower(c) == "earlier" || e.lower(c) == "later" || e.lower(c) == "today" || e.lower(c) == "yesterday" {
		c++ // "The Times Union reported Monday that ..."
	}
	if w := e.lower(c); (w == "but" || w == "and") && e.isCue(c+1) {
		c += 2 // "Venn agreed but added that ..."
	}
	switch e.lower(c) {
	case "that", "how", "why", "whether":
		return e.outside(c)
	}
	return false
}

// reportedBefore reports a quotation that someone named or described
// reports with a cue before it in its sentence ('One fan wrote on the
// photo, "..." and another said'), at most twelve tokens back and no other
// quotation between.
func (e *extraction) reportedBefore(sp span) bool {
	from, _ := e.sentenceBounds(int(sp.open))
	for k := int(sp.open) - 1; k >= from && k >= int(sp.open)-12; k-- {
		if !e.outside(k) || e.kindAt(k) == tMark {
			return false
		}
		if e.isCue(k) {
			_, ok := e.mentionEndingAt(k - 1)
			return ok
		}
	}
	return false
}

// cueRightBefore reports a reporting verb right before quotation sp,
// with at most a comma or colon between (`simply said "..."`).
func (e *extraction) cueRightBefore(sp span) bool {
	k := int(sp.open) - 1
	if e.isPunct(k, ",:") {
		k--
	}
	return e.isWord(k) && e.outside(k) && e.isCue(k)
}

// nameSetOff reads the name set off by a comma after a description m ("the
// presumptive nominee, Donald Trump", "the Vatican spokesman, Federico
// Lombardi, told"): the name and the token after it (and after its comma,
// when it is read as a set-off full name).
func (e *extraction) nameSetOff(m mention) (mention, int, bool) {
	if m.kind != mDesc || !e.isPunct(int(m.to), ",") {
		return mention{}, 0, false
	}
	if n, ok := e.nameWithin(int(m.to)+1, 1); ok {
		return n, int(n.to), true
	}
	if n, ok := e.setOffName(int(m.to) + 1); ok {
		return n, int(n.to) + 1, true
	}
	if r := int(m.to) + 1; e.isWord(r) && !e.toks[r].cap && roleNouns.hasLower(e.word(r)) {
		// "her husband, director Sam Lowe, gushed": the name after its
		// role, set off after the description
		if n, ok := e.nameAt(r + 1); ok && n.kind == mName && wordCount(n.name) >= 2 && (e.isPunct(int(n.to), ",.") || !e.isWord(int(n.to))) {
			end := int(n.to)
			if e.isPunct(end, ",") {
				end++
			}
			return n, end, true
		}
	}
	return mention{}, 0, false
}

// attributionEnds reports whether a dash attribution ("... - X") ends at
// token k: the sentence or paragraph ends, or a full stop or a comma
// follows the name ("— Rosa Diaz, in a post on Facebook").
func (e *extraction) attributionEnds(k, sentEnd int) bool {
	return k >= sentEnd || e.kindAt(k) == tPara || e.isPunct(k, ".,")
}

// skipAppositive steps over an appositive set off by commas after a
// mention ending before token k ("X, director of a think tank, said") and
// over adverbs ("X also said"): the token where a cue would stand. The
// appositive stays in the sentence, outside quotations.
func (e *extraction) skipAppositive(k, sentEnd int) int {
	// "David Albright and Serena Kelleher-Vergantini wrote": a second
	// name joined to the first (the first is given as the speaker)
	if e.isWord(k) && e.word(k) == "and" && e.outside(k) {
		if m, ok := e.mentionAt(k + 1); ok && m.kind == mName && int(m.to) < sentEnd {
			k = int(m.to)
		}
	}
	// "Jeffrey Lewis of the Center for Strategic Studies wrote"
	if w := e.word(k); e.isWord(k) && (w == "of" || w == "from" || w == "at") {
		for c := k + 1; c < k+maxAppositive && c < sentEnd && e.isWord(c) && e.outside(c); c++ {
			if isCap(e.word(c)) {
				continue
			}
			if orgFunctionWords.has(e.word(c)) {
				continue
			}
			if e.isCue(c) && c > k+1 {
				return c
			}
			break
		}
	}
	if from := e.dashAfter(k); from > 0 {
		// "Skepta — who has a daughter, River, from a previous
		// relationship — said": an appositive set off by dashes, before
		// its cue
		for c := from; c < k+maxAppositive && c < sentEnd && e.outside(c); c++ {
			if v := e.dashAfter(c); v > 0 {
				if e.isCue(v) || e.adverbAt(v) && e.isCue(v+1) {
					k = v
				}
				break
			}
		}
	}
	if e.isPunct(k, ",") && (e.lower(k+1) == "whose" || e.lower(k+1) == "who") {
		// "Harry, whose parents, Princess Diana and King Charles, tied
		// the knot there, jokingly asked": a relative clause with commas
		// of its own, up to the comma before the verb
		for c := k + 2; c < k+2*maxAppositive && c < sentEnd && e.outside(c); c++ {
			if !e.isPunct(c, ",") {
				continue
			}
			v := c + 1
			if e.adverbAt(v) && e.isStrongCue(v+1) {
				v++
			}
			if e.isStrongCue(v) {
				return v
			}
		}
	}
	if e.isPunct(k, ",") {
		closed := false
		// (a short title in marks inside: 'wearing a cowboy hat and "Ted
		// Cruz" campaign pins,')
		for c := k + 1; c < k+maxAppositive && c < sentEnd && (e.outside(c) || e.kindAt(c) == tMark || e.inTitleMarks(c)); c++ {
			if e.isPunct(c, ",") {
				k, closed = c+1, true
				break
			}
		}
		if w := e.lower(k + 1); !closed && e.isWord(k+1) && (w == "a" || w == "an" || w == "the" || w == "who" && !e.isCue(k+2) && !(auxiliaries.hasLower(e.word(k+2)) && e.isCue(k+3))) {
			// an appositive or relative clause whose closing comma is
			// missing ("Doug Andres, a spokesman for Speaker Paul Ryan told
			// the Post", "Katie Packer, who is chairman of the PAC said";
			// not "Sanders, who says it's ...", "Trump, who has called"):
			// its verb
			for c := k + 2; c < k+maxAppositive && c < sentEnd && e.outside(c) && e.isWord(c); c++ {
				if e.isStrongCue(c) {
					return c
				}
			}
		}
	}
	// "a White House official who spoke anonymously to discuss strategy
	// said": a relative clause without commas, up to its reporting verb
	if w := e.lower(k); e.isWord(k) && (w == "who" || w == "whose") {
		for c := k + 2; c < k+12 && c < sentEnd && e.isWord(c) && e.outside(c); c++ {
			if e.isStrongCue(c) {
				return c
			}
		}
	}
	for i := 0; i < 3 && e.isWord(k) && !e.isCue(k); i++ {
		if !e.adverbAt(k) {
			break
		}
		k++
	}
	return k
}

// addressedAfter is the gender of a him or her right after the cue at
// token cue, the one addressed ("asked her as she took her seat", "told
// him:"; not "told her fans"), else 0.
func (e *extraction) addressedAfter(cue int) byte {
	if cue < 0 || !e.isWord(cue+1) || !e.outside(cue+1) {
		return 0
	}
	var g byte
	switch e.word(cue + 1) {
	case "her":
		g = 'f'
	case "him":
		return 'm'
	default:
		return 0
	}
	if n := cue + 2; !e.isWord(n) || e.isPreposition(n) || clauseOpeners.has(e.lower(n)) || e.lower(n) == "if" || e.lower(n) == "whether" {
		return g
	}
	return 0
}

// showOnBefore is the capitalised name after the last "on" in the 40
// tokens before k, in its paragraph: the show a guest appeared on.
func (e *extraction) showOnBefore(k int) string {
	for j := k - 1; j > 0 && j >= k-40 && e.toks[j].para == e.toks[k].para; j-- {
		if e.lower(j) != "on" || !e.isWord(j+1) || !e.toks[j+1].cap {
			continue
		}
		end := j + 1
		for end < j+6 && e.isWord(end) && e.toks[end].cap {
			end++
		}
		return e.text[e.toks[j+1].start:e.toks[end-1].end]
	}
	return ""
}

// programmeOnIn reports "on" and a programme the lexicons know in tokens
// [from, to): "Over on Jimmy Kimmel Live!, the host joked".
func (e *extraction) programmeOnIn(from, to int) bool {
	for j := from; j+1 < to; j++ {
		if e.lower(j) == "on" && e.outside(j) && e.programmeAt(j+1) > j+1 {
			return true
		}
	}
	return false
}

// namesakeOf is the person a programme is named after: a first name and
// the capitalised word after it ("Jimmy Kimmel" of "Jimmy Kimmel Live",
// "Ellen DeGeneres" of "The Ellen DeGeneres Show"), else "".
func namesakeOf(programme string) string {
	ws := strings.Fields(programme)
	for i := 0; i+1 < len(ws); i++ {
		if firstNames.has(ws[i]) && isCap(ws[i+1]) && !showWords.has(ws[i+1]) {
			last, _ := stripPossessive(strings.TrimRight(ws[i+1], "!?.,"))
			return ws[i] + " " + last
		}
	}
	return ""
}

// showWords end a programme's title, no one's name: "Live", "Show".
var showWords = setOf("Live", "Show", "Tonight", "Today", "Now", "Lately", "Podcast", "Radio", "Hour", "Daily")

// participle reports a word that reads as a participle: "punctuated",
// "followed", "adding".
func participle(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// relativeOpeners open a clause whose subject follows them: "in which the
// host asked", "where the crowd cheered".
var relativeOpeners = setOf("which", "where", "when", "while", "whom")

// orgFunctionWords join the words of an organisation's name.
var orgFunctionWords = setOf("the", "of", "for", "and", "on", "in", "at", "de", "du", "la")

func isOrgFunctionWord(w string) bool {
	return orgFunctionWords.has(w)
}

// maxAppositive bounds the tokens of an appositive between a speaker and
// the reporting verb.
const maxAppositive = 30

// listHead is the opening mark of the first quotation of a list the one
// opening at token open ends ('"reckless" and "dangerous"', '"bold",
// "brave" or "reckless"'), within the sentence from token from; open when
// it stands alone.
func (e *extraction) listHead(open, from int) int {
	for n := 0; n < 8; n++ {
		j := open - 1
		if !(e.isWord(j) && (e.lower(j) == "and" || e.lower(j) == "or") || e.isPunct(j, ",")) {
			return open
		}
		if e.isPunct(j-1, ",") {
			j-- // '"bold", and "brave"'
		}
		c := j - 1
		if e.kindAt(c) == tMark && e.isPunct(c-1, ",") {
			c-- // ("bold," inside the marks)
		}
		if e.kindAt(c) != tMark || c <= from {
			return open
		}
		k := c - 1
		for k > from && e.toks[k].quote != 0 {
			k--
		}
		if e.kindAt(k) != tMark || k >= c-1 || c-k > 12 {
			return open // (a short one: the list of words, not a quotation of sentences)
		}
		open = k
	}
	return open
}

// before matches a reporting clause in the quotation's sentence before its
// opening mark: `Teigen wrote: '...'`, `she told The Cut that '...'`.
func (e *extraction) before(sp span) (mention, int, float32, bool) {
	from, _ := e.sentenceBounds(int(sp.open))
	open := int(sp.open)
	if m, ok := e.responseLead(open); ok {
		return m, -1, 0.8, true
	}
	if lw := e.lower(from); from+1 < open && e.toks[from].cap && isCueWord(lw) && !strings.HasSuffix(lw, "ing") && !addresseeCues.has(lw) {
		// "Says one family friend: ...", "Adds the source:": the verb
		// opens the sentence, its subject after it, then the marks
		if m, ok := e.mentionAt(from + 1); ok && m.kind != mPronoun && m.kind != mPlace && (int(m.to) == open || int(m.to)+1 == open && e.isPunct(int(m.to), ",:")) {
			return m, from, 0.9, true
		}
	}
	// the nearest reporting verb before the quotation, outside other
	// quotations (before the first of a list: "for calling the plan
	// "reckless" and "dangerous"" reads from "reckless")
	open = e.listHead(open, from)
	cue := -1
	for k := open - 1; k >= from; k-- {
		if e.toks[k].quote != 0 {
			continue
		}
		if e.lower(k) == "according" && e.word(k+1) == "to" && !(e.isPunct(k-1, ",") && e.isCue(k-2)) {
			// (not "She added, according to the Vancouver Sun:": hers,
			// the outlet her source)
			if m, ok := e.mentionAt(k + 2); ok && int(m.to) <= open {
				return m, k, 0.9, true
			}
		}
		if m, ok := e.perOutlet(k); ok && int(m.to) <= open {
			return m, k, 0.85, true
		}
		if e.isStrongCue(k) || (e.isCue(k) && open-k <= 3) || e.describesHow(k) {
			cue = k // (or "She talked about how she struggles to figure out "...""
			break
		}
		if e.isCue(k) && (open-k <= 10 || open-k <= 25 && e.isPunct(open-1, ":")) && !strings.HasSuffix(e.word(k), "ing") {
			// a weak cue a little further from the mark, right after a
			// name: "Manafort described winning the nod "as a series""
			if m, ok := e.mentionEndingAt(k - 1); ok && (m.kind == mName || m.kind == mOrg && pressName(m.name) || m.kind == mDesc && m.definite && m.gender != 'p' && roleNouns.hasLower(headWord(m.name)) && !collectiveHeads.hasLower(headWord(m.name)) && !personDesc(m)) {
				// (or an outlet: "as The Daily Beast called them ...", or
				// a description of someone named: "the West Virginia
				// Democrat called shutting down the government "an
				// unacceptable option"")
				return m, k, 0.7, true
			}
			if m, ok := e.mentionEndingAt(k - 1); ok && m.kind == mDesc && (personDesc(m) || !m.definite && m.gender != 'p' && roleNouns.hasLower(headWord(m.name))) && e.isPunct(open-1, ":") {
				// "Another commenter called him the GOAT and thanked him
				// for his tribute: ...": an unnamed speaker's words set off
				return m, k, 0.7, true
			}
			if m, ok := e.documentOwner(k-1, from); ok {
				return m, k, 0.7, true // "Lowe's suit claimed she was made to suffer "...""
			}
			if e.lower(k-1) == "and" && !strings.HasSuffix(e.word(k), "ing") {
				// "Sarna earned 84 caps and described his career as the
				// "...": the verb shares the main clause's subject
				if m, ok := e.mentionAt(e.mainClause(from, k)); ok && (m.kind == mName || m.kind == mPronoun && m.gender != 'x') && int(m.to) < k-1 && !e.quotedBetween(int(m.to)-1, k) {
					return m, k, 0.7, true
				}
			}
		}
		if e.isCue(k) && open-k <= 10 && strings.HasSuffix(e.word(k), "ing") {
			if m, ok := e.issuerBefore(k, from); ok {
				return m, k, 0.7, true // "Trump issued a statement describing the meeting as a "...""
			}
			if e.isPunct(k-1, ",") && e.partial(sp) {
				// "Koy was back on the defensive, calling his audience a
				// "lot of marshmallows"": the main clause's subject
				if m, ok := e.firstMention(e.mainClause(from, k), k); ok && (m.kind == mName || m.kind == mPronoun && m.gender != 'x') && int(m.to) < k-1 {
					return m, k, 0.7, true
				}
			}
		}
	}
	if mc := e.mainClause(from, open); cue >= 0 && cue < mc {
		// "When Trump suggested a deal, Rubio fired back: ...": the verb
		// reports inside a leading clause; the main clause's subject
		// introduces the quotation
		if m, ok := e.firstPerson(mc, open); ok {
			return m, -1, 0.6, true
		}
	}
	if cue >= 0 && addresseeCues.has(e.lower(cue)) && (passiveAux.has(e.lower(cue-1)) || passiveAux.has(e.lower(cue-2)) && e.adverbAt(cue-1)) {
		// "was once asked by a makeup artist, ...": the passive's agent
		// asks, its subject is asked (a passive that introduces the
		// quotation: its agent, or the verb, right before the marks)
		lead := func(k int) bool { return k == open || k+1 == open && e.isPunct(k, ",:") }
		if e.lower(cue+1) == "by" {
			if m, ok := e.mentionAt(cue + 2); ok {
				k := int(m.to)
				for k < int(m.to)+5 && e.isWord(k) && e.outside(k) && !isCap(e.word(k)) {
					k++ // "by a fan outside the venue,"
				}
				if lead(k) {
					return m, cue, 0.8, true
				}
			}
		}
		if lead(cue + 1) {
			return mention{}, 0, 0, false
		}
	}
	if cue >= 0 && cue-2 >= from && impersonalCues.has(e.lower(cue)) && (e.lower(cue-2) == "it" && passiveAux.has(e.lower(cue-1)) || cue-3 >= from && e.lower(cue-3) == "it" && e.lower(cue-1) == "been") {
		// "it was claimed the couple were "working on" it", "it has been
		// reported": words no one the sentence names said
		return mention{}, 0, 0, false
	}
	if cue >= 0 {
		if w := e.lower(cue - 2); e.quotativeLike(cue) && cue-2 >= from && indefinitePeople.has(w) {
			// "everyone was like, "What? Huh?"": as written
			return mention{from: int32(cue - 2), to: int32(cue - 1), kind: mDesc, name: w, surface: e.word(cue - 2)}, cue, 0.6, true
		}
		if m, ok := e.documentOwner(cue-1, from); ok {
			return m, cue, 0.85, true // "Ana Lowe's lawsuit said": hers
		}
		if strings.HasSuffix(e.word(cue), "ing") {
			if m, ok := e.issuerBefore(cue, from); ok {
				return m, cue, 0.8, true // "Beale made a video alleging that ...": his
			}
			for k := cue - 2; k > from && k >= cue-8 && e.isWord(k) && e.outside(k); k-- {
				if docHeads.has(e.lower(k)) && e.lower(k+1) == "from" {
					// "in a statement from Twitter's spokesperson saying,
					// ...": the statement's issuer
					if n, named, ok := e.issuerFrom(k); ok && named && int(n.to) == cue {
						return n, cue, 0.8, true
					}
					if j := k + 2; j < cue && e.isWord(j) && e.toks[j].cap && spokesperson([]string{e.lower(cue - 1)}) {
						// ("Twitter's spokesperson": the words a
						// description of two or three gives)
						name := e.text[e.toks[j].start:e.toks[cue-1].end]
						return mention{from: int32(j), to: int32(cue), kind: mDesc, name: name, surface: name}, cue, 0.75, true
					}
					break
				}
			}
		}
		s := cue - 1
		for i := 0; i < 3 && e.isWord(s) && !e.isCue(s); i++ {
			// "Louella Parsons had written", "Ann Lee once said"
			if !e.adverbAt(s) {
				break
			}
			s--
		}
		if e.word(s) == "to" && s-1 > from {
			// "causing her to exclaim, ...", "prompting him to say:": the
			// infinitive's subject, a pronoun in the object case
			var g byte
			switch e.word(s - 1) {
			case "her":
				g = 'f'
			case "him":
				g = 'm'
			}
			if g != 0 && e.outside(s-1) {
				return e.pronounMention(s-1, g), cue, 0.8, true
			}
			if m, ok := e.mentionEndingAt(s - 1); ok && (m.kind == mName || m.kind == mDesc && personDesc(m)) && int(m.from) > from && causeVerbs.has(e.lower(int(m.from)-1)) {
				return m, cue, 0.8, true // "leading Fallow to quip, ...", "prompting an Instagram user to write": the object
			}
		}
		if strings.HasSuffix(e.word(cue), "ing") && e.isWord(s) {
			if m, ok := e.mentionEndingAt(s); ok && int(m.from) > from && gerundSubjectAfter.has(e.lower(int(m.from)-1)) && (m.kind == mName || m.kind == mDesc && m.definite) {
				// "Joe made a surprise appearance, with Stacey revealing
				// she had "roped him in"", "led to the veteran radio host
				// declaring ...": the -ing clause's own subject
				return m, cue, 0.9, true
			}
		}
		if w := e.lower(s); (w == "that" || w == "which") && s-1 > from {
			// "Vale posted a cryptic message on her Instagram Story that
			// read: ...": the words are the message's, and the message
			// the poster's
			for v := s - 1; v > from && v >= s-10 && e.isWord(v) && e.outside(v); v-- {
				if postedVerbs.has(e.lower(v)) {
					if m, ok := e.mentionEndingAt(v - 1); ok {
						return m, cue, 0.8, true
					}
					break
				}
			}
		}
		if w := e.lower(s); (w == "which" || w == "that") && e.isPunct(s-1, ",") {
			// "offset by her simple caption, which read: ...": the
			// caption's (the poster's) words
			if m, ok := e.ownedDocEndingAt(s-2, from); ok {
				return m, cue, 0.8, true
			}
		}
		if e.lower(s) == "who" && e.isPunct(s-1, ",") {
			// "Jennifer Aniston, who told the Post: ...": the relative
			// clause's antecedent
			if m, ok := e.mentionEndingAt(s - 2); ok {
				return m, cue, 0.85, true
			}
		}
		if e.lower(s) == "who" && e.isWord(s-1) && e.outside(s-1) {
			// "Sen answered a hater who commented "nobody asked" under the
			// photo: ...": the clause's verb has its own quotation, and
			// this one answers it, the main clause's
			answered := e.quotedBetween(cue, open)
			for v := s - 2; answered && v > from && v >= s-maxAppositive; v-- {
				if e.isCue(v) && e.outside(v) {
					if m, ok := e.mentionEndingAt(v - 1); ok && int(m.from) >= from {
						return m, v, 0.8, true
					}
					break
				}
			}
			// "was one user who wrote in the comment section, ...": the
			// one the clause restricts
			if m, ok := e.mentionEndingAt(s - 1); ok && (m.kind != mDesc || personDesc(m)) {
				return m, cue, 0.8, true
			}
		}
		if w := e.relativeBefore(s, from); w > 0 {
			// "Clinton, who called Sanders after the winner was declared,
			// told her supporters": the subject stands before the clause
			if m, ok := e.mentionEndingAt(w - 2); ok {
				return m, cue, 0.85, true
			}
		}
		if e.lower(s) == "and" && e.isWord(s) && e.outside(s) {
			// "in which the show's host came right out and asked her":
			// the subject of the clause, before its first verb
			for j := s - 2; j > from && j >= s-8 && e.isWord(j) && e.outside(j); j-- {
				if m, ok := e.mentionEndingAt(j); ok && (m.kind != mDesc || m.definite || personDesc(m)) {
					if b := int(m.from) - 1; b == from-1 || e.isWord(b) && relativeOpeners.has(e.lower(b)) {
						return m, cue, 0.8, true
					}
					if b := int(m.from) - 1; e.isCue(int(m.to)) && m.kind != mOrg && (e.kindAt(b) == tMark || e.isPunct(b, ",")) {
						// '"...," a royal source told In Touch, and claims
						// that ...': the subject of the first verb, after the
						// quotation
						return m, cue, 0.8, true
					}
				}
			}
		}
		if m, ok := e.relativeSubject(s, from); ok {
			// "the New Jersey Democrat who chairs the Senate Foreign
			// Relations Committee said", "Sen. Joe Manchin, D-W.Va., who
			// pushed for ... after the shooting at Sandy Hook Elementary
			// said": the clause's antecedent, not the last words of the
			// clause
			return m, cue, 0.85, true
		}
		if n, ok := e.subjectBeforePhrase(s, from); ok && !strings.HasSuffix(e.word(cue), "ing") {
			// "Rubio spokesman Alex Conant on MSNBC said", "Dan Holt on
			// Channel 9 said": the subject before the phrase, not its
			// object
			return n, cue, 0.85, true
		}
		if m, ok := e.forGerundSubject(cue, from); ok {
			return m, cue, 0.75, true // "slammed Clinton for calling his supporters "...""
		}
		if m, ok := e.participleOverObject(from, cue); ok {
			return m, cue, 0.75, true
		}
		if m, ok := e.mentionEndingAt(s); ok {
			b := int(m.from) - 1
			if smallNumber(e.word(b)) > 0 {
				b-- // "of 21 Savage": a stage name that opens with a number
			}
			if strings.HasSuffix(e.word(cue), "ing") && m.kind == mName && e.isPreposition(b) && e.lower(b) != "by" {
				// "Wale tweeted in defense of 21 Savage writing, ...": the
				// participle's subject is the clause's, not the object of
				// a preposition
				if n, ok := e.firstPerson(e.mainClause(from, open), int(m.from)); ok && n.from < m.from {
					return n, cue, 0.8, true
				}
			}
			if strings.HasSuffix(e.word(cue), "ing") && e.onProgramme(int(m.from)) {
				// "Mel C was quoted on The Nightly Show saying:": the
				// participle's subject is the one quoted, before the place
				for j := int(m.from) - 2; j >= from && j >= int(m.from)-8; j-- {
					if n, ok := e.mentionEndingAt(j); ok && n.kind != mDesc {
						return n, cue, 0.75, true
					}
				}
			}
			conf := float32(0.9)
			if open-cue > 12 {
				conf = 0.75
			}
			return m, cue, conf, true
		}
		// "explained Rosenberg, ...", "explained CBS moderator Nancy
		// Cordes: ...": the speaker after the verb, right before the mark
		// ("told Ryan Seacrest, ..." names who heard it)
		if m, ok := e.nameWithin(cue+1, 5); ok && !takesObject(e.word(cue)) && !e.thatBetween(cue+1, int(m.from)) {
			end := int(m.to)
			for end < open && (e.isPunct(end, ",:") || e.kindAt(end) == tMark) {
				end++
			}
			if end == open {
				return m, cue, 0.85, true
			}
		}
		// "and Abraham responded by saying "..."": the subject of the verb
		// the participle completes
		if strings.HasSuffix(e.word(cue), "ing") && e.lower(cue-1) == "by" && e.isWord(cue-2) && !e.toks[cue-2].cap && pastTense(e.lower(cue-2)) {
			if m, ok := e.mentionEndingAt(cue - 3); ok && m.kind != mDesc {
				return m, cue, 0.8, true
			}
		}
		// "..., Nefzi said, adding, '...'", "..., said Nefzi, adding": a
		// participle's subject is the reporter of the clause before it
		if c := cue - 1; e.isPunct(c, ",") && c-1 > from {
			if e.isWord(c-1) && e.isStrongCue(c-1) {
				if m, ok := e.mentionEndingAt(c - 2); ok {
					return m, cue, 0.8, true
				}
			}
			if m, ok := e.mentionEndingAt(c - 1); ok && e.isWord(int(m.from)-1) && e.isStrongCue(int(m.from)-1) && !takesObject(e.word(int(m.from)-1)) {
				return m, cue, 0.8, true
			}
		}
		// "X said Monday that...", "X, speaking to reporters, said", or a
		// participle ("telling the audience:"): the sentence's subject, or
		// the subject of a clause opening after a quotation the sentence
		// quotes first ("Questlove writes, '...' while his ex-wife,
		// author Maria Shriver, adds, '...'")
		clause := from
		for k := cue - 1; k > from; k-- {
			if e.kindAt(k) == tMark || e.toks[k].quote != 0 {
				if w := e.lower(k + 1); w == "and" || w == "but" || subordinators.hasLower(w) {
					clause = k + 1 // a clause of its own ("with one called 'Recovery'" is none)
				}
				break
			}
		}
		if clause > from {
			if m, ok := e.firstMention(e.mainClause(clause, cue), cue); ok {
				return m, cue, 0.7, true
			}
			// "and suggested ... a 'constitutional crisis'": one subject
		}
		if c := e.coordinateClause(from, cue); c > from {
			// "It has been four years since Pell's last album, and a fan
			// of hers made a story which said, ...": the clause the verb
			// stands in has its own subject
			if m, ok := e.firstMention(c, cue); ok {
				return m, cue, 0.7, true
			}
		}
		if m, ok := e.firstMention(e.mainClause(from, cue), cue); ok {
			return m, cue, 0.7, true
		}
		return mention{}, 0, 0, false
	}
	// "WALLACE: ..." transcript labels, "The NHS writes:" handled above
	if k := open - 1; e.isPunct(k, ":") && e.topicHeading(from, k) {
		return mention{}, 0, 0, false // "On being honored as a Disney Legend:": what the words are about
	}
	if k := open - 1; e.isPunct(k, ":") {
		if m, ok := e.mentionEndingAt(k - 1); ok && m.kind != mPronoun && int(m.from) == from {
			return m, -1, 0.7, true
		}
		// "Clinton has since apologized for what happened: ...", "the
		// senator took to Twitter: ...": the sentence's subject introduces
		// the quotation
		mc := e.mainClause(from, k)
		if e.receivedBefore(mc, k) {
			return mention{}, 0, 0, false // "Mike gets a text: ...": the one who reads it, not who wrote it
		}
		if m, ok := e.firstMention(mc, k); ok && m.kind == mDesc && (m.definite || ownedDesc(m)) && int(m.from) == mc {
			if n, ok := e.appositiveNameAfter(m); ok {
				return n, -1, 0.6, true // "The judge, U.S. District Judge Helen Park, admonished both sides:"
			}
			if p, ok := e.firstPerson(mc, k); ok && !m.definite {
				return p, -1, 0.6, true // "Her sister, actress Maja Lind, was quick to comment:"
			}
			return m, -1, 0.6, true
		}
		if m, ok := e.firstPerson(mc, k); ok {
			return m, -1, 0.6, true
		}
	}
	// "Caddell continued:" closing the paragraph before a quotation that
	// opens its own
	if open == e.paraFirst(open) {
		k := open - 1
		for k > 0 && e.kindAt(k) == tPara {
			k--
		}
		if k > 0 && e.isPunct(k, ":") && e.outside(k) {
			pfrom, _ := e.sentenceBounds(k)
			for c := k - 1; c >= pfrom && c >= k-4; c-- {
				if !e.isCue(c) || !e.outside(c) {
					continue
				}
				if m, ok := e.participleClauseSubject(pfrom, c); ok {
					return m, c, 0.75, true // "... while Dana Price froze, apologizing:"
				}
				if m, ok := e.mentionEndingAt(c - 1); ok {
					return m, c, 0.85, true
				}
				if m, ok := e.mentionAt(c + 1); ok && int(m.to) == k {
					return m, c, 0.85, true
				}
				break
			}
		}
	}
	return mention{}, 0, 0, false
}

// documentOwner reads a person's or an organisation's document ending at
// token s, no earlier than token from: "Ana Lowe's lawsuit", "DP Magdalena
// Gorka's suit", "the network's brief statement". Its words are its
// owner's, while "the lawsuit" alone stays as written (docHeads).
func (e *extraction) documentOwner(s, from int) (mention, bool) {
	if !e.isWord(s) || !docHeads.hasLower(e.word(s)) {
		return mention{}, false
	}
	for j := s - 1; j >= from && j >= s-3 && e.isWord(j) && e.outside(j); j-- {
		// "His statement read", "her joint statement said": the
		// pronoun's person
		if g := ownerGender(e.word(j)); g != 0 {
			if j > from && e.possessiveEnd(j-1) {
				break // "Lowe's her ..." reads no owner here
			}
			m := e.pronounMention(j, g)
			m.to = int32(s + 1)
			m.surface = e.text[e.toks[j].start:e.toks[s].end]
			return m, true
		}
		if e.toks[j].cap || j < s-1 && !docModifiers.has(e.lower(j)) {
			break
		}
	}
	end := s - 1 // the owner's last token: "Lowe's" (or "Reyes" before a lone mark)
	for end > from && end >= s-3 && !e.possessiveEnd(end) {
		if !e.isWord(end) || isCap(e.word(end)) && !platformNames.has(e.word(end)) || !e.outside(end) {
			return mention{}, false // a modifier or two: "Lowe's 2010 lawsuit", "Vale's Instagram post"
		}
		end--
	}
	if !e.possessiveEnd(end) {
		return mention{}, false
	}
	for i := max(end-4, from); i <= end; i++ {
		m, ok := e.nameAt(i)
		if !ok || int(m.to) <= end || int(m.to) > end+2 || m.kind != 0 && m.kind != mOrg {
			continue
		}
		if m.kind == 0 {
			m.kind = mName
		}
		m.to = int32(s + 1)
		m.surface = e.text[e.toks[m.from].start:e.toks[s].end]
		return m, true
	}
	return mention{}, false
}

// ownerGender is the gender of a possessive his or her, else 0.
func ownerGender(w string) byte {
	switch w {
	case "his", "His":
		return 'm'
	case "her", "Her":
		return 'f'
	}
	return 0
}

// docModifiers stand between a possessive pronoun and a document: "her
// joint statement", "his written statement".
var docModifiers = setOf("joint", "written", "brief", "short", "lengthy", "long", "official", "own", "emotional",
	"heartfelt", "new", "latest", "full", "personal", "formal")

// responseLead reads a fragment that names whose answer the quotation
// opening at token open is: `Her response? "We're friends."`, `His answer:
// "No comment."`, `Trump's reply: "..."` (a sentence of its own, the
// quotation right after it or opening the next paragraph).
func (e *extraction) responseLead(open int) (mention, bool) {
	k := open - 1
	for k > 0 && e.kindAt(k) == tPara {
		k--
	}
	if !e.isPunct(k, "?:") || !e.outside(k) || !e.isWord(k-1) || !responseNouns.hasLower(e.word(k-1)) {
		return mention{}, false
	}
	o := k - 2
	if e.isWord(o) && !isCap(e.word(o)) && !e.sentenceStart(o) && !strings.HasSuffix(e.word(o), "s") {
		o-- // "His swift reply:"
	}
	if !e.isWord(o) || !e.outside(o) {
		return mention{}, false
	}
	w := e.word(o)
	if g := ownerGender(w); g != 0 && e.sentenceStart(o) {
		return e.pronounMention(o, g), true
	}
	if _, poss := stripPossessive(w); poss {
		j := o
		for j > 0 && !e.sentenceStart(j) && e.isWord(j-1) && isCap(e.word(j-1)) {
			j--
		}
		if m, ok := e.nameAt(j); ok && m.kind == 0 && int(m.to) == o+1 && e.sentenceStart(j) {
			m.kind = mName // the possessive's owner (nameAt leaves its kind unset)
			return m, true
		}
	}
	return mention{}, false
}

// subjectBeforePhrase finds, before a verb whose last word before it is
// token s, a name (or a definite description) right before a short
// prepositional phrase that ends at s: "Alex Conant on MSNBC [said]".
func (e *extraction) subjectBeforePhrase(s, from int) (mention, bool) {
	for p := s - 1; p > from && p >= s-4 && e.isWord(p) && e.outside(p); p-- {
		if !e.isPreposition(p) {
			continue
		}
		for j := p + 1; j <= s; j++ {
			if !e.toks[j].cap && e.word(j)[0]-'0' >= 10 {
				return mention{}, false // a name's words only ("on Channel 9"; not "in a series of tweets")
			}
		}
		if m, ok := e.mentionEndingAt(s); ok && (int(m.from) != p+1 || m.kind == mPronoun) {
			return mention{}, false
		}
		n, ok := e.mentionEndingAt(p - 1)
		if ok && (n.kind == mName || n.kind == mDesc && n.definite) && int(n.from) >= from {
			return n, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// collectiveHeads head descriptions of a body, no one person: "the group".
var collectiveHeads = setOf("group", "campaign", "team", "band", "committee", "company", "firm", "agency", "department",
	"network", "administration", "government", "party", "office", "organization", "organisation", "union", "board")

// quotedBetween reports a quotation's word in tokens (from, to).
func (e *extraction) quotedBetween(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if e.toks[k].quote != 0 {
			return true
		}
	}
	return false
}

// responseOwner reads the owner of an answer named from token k: "her
// cheeky reply", "Vale's answer" (at most two words between). It returns
// the owner and the answer's noun.
func (e *extraction) responseOwner(k, sentEnd int) (mention, int, bool) {
	if !e.isWord(k) || !e.outside(k) {
		return mention{}, 0, false
	}
	var m mention
	end := k + 1
	if g := ownerGender(e.word(k)); g != 0 {
		m = e.pronounMention(k, g)
	} else if n, ok := e.nameAt(k); ok && n.kind != mOrg && n.kind != mPlace && int(n.to) > k {
		if _, poss := stripPossessive(e.word(int(n.to) - 1)); !poss {
			return mention{}, 0, false
		}
		n.kind = mName // (nameAt leaves a name's kind unset)
		m, end = n, int(n.to)
	} else {
		return mention{}, 0, false
	}
	for c := end; c < min(end+3, sentEnd) && e.isWord(c) && e.outside(c) && !e.toks[c].cap; c++ {
		if responseNouns.has(e.word(c)) {
			return m, c, true
		}
	}
	return mention{}, 0, false
}

// responseNouns name an answer: "Her response?", "His reply:".
var responseNouns = setOf("response", "reply", "answer", "retort", "reaction", "comeback", "verdict")

// subordinators open a clause of their own ("as" is left out: `"...," as
// he put it` reports the quotation).
var subordinators = setOf("when", "after", "while", "whilst", "because", "although", "though", "since", "before",
	"once", "until", "if", "whereas", "unless")

// leadWords open a clause or phrase that comes before a sentence's subject:
// "When Wallace died, ...", "In an interview with X last year, ...": the
// subordinators, "as", and prepositions of time and place.
var leadWords = func() wordSet {
	words := []string{"as", "in", "during", "at", "on", "following", "despite", "with", "amid"}
	for w := range subordinators.m {
		words = append(words, w)
	}
	return setOf(words...)
}()

// mainClause is where the main clause of the sentence starting at from
// begins, before token to: after a leading clause or phrase ("When Wallace
// died in 1998, President Clinton released") the first comma that a person
// mention follows; from itself when the sentence opens with its subject.
func (e *extraction) mainClause(from, to int) int {
	if !e.isWord(from) {
		return from
	}
	subject := func(c int) bool {
		m, ok := e.mentionAt(c)
		if !ok && e.isWord(c) && !e.toks[c].cap && roleNouns.has(e.lower(c)) {
			m, ok = e.nameAt(c + 1) // "model Tessa Brandt discussed": a name after its role
		}
		// (an indefinite description when a reporting verb follows it: "In
		// addition, a source close to the couple told E! News")
		return ok && int(m.to) <= to && (m.kind == mName || m.kind == mPronoun || m.kind == mDesc && (m.definite || e.isWord(int(m.to)) && e.isStrongCue(int(m.to)))) || e.theTwo(c)
	}
	switch e.lower(from) {
	case "but", "and", "so", "yet":
		if e.isWord(from+1) && (leadWords.has(e.lower(from+1)) || e.participleLead(from+1)) {
			from++ // "But when I rushed the onions, she would ...": the clause the conjunction opens
		}
	}
	if openingAdverbs.has(e.lower(from)) && isCap(e.word(from)) {
		// "Later, the senator took to Twitter:", "Then she wrote"
		c := from + 1
		if e.isPunct(c, ",") {
			c++
		}
		if subject(c) {
			return c
		}
		for j := from + 1; j < from+5 && j+1 < to && e.isWord(j) && e.outside(j); j++ {
			if e.isPunct(j+1, ",") && subject(j+2) {
				return j + 2 // "Earlier this month, the singer took a moment"
			}
		}
	}
	if !leadWords.has(e.lower(from)) && !e.participleLead(from) && !e.adjectiveLead(from) {
		return from
	}
	for c := from + 1; c < to; c++ {
		if !e.outside(c) && !e.inTitleMarks(c) {
			return from // (a title or a few words in marks lead on: 'In the "Two Ts" episode,')
		}
		if !e.isPunct(c, ",") {
			continue
		}
		if subject(c + 1) {
			return c + 1
		}
		if e.kindAt(c+1) == tMark && !e.outside(c) && subject(c+2) {
			return c + 2 // 'When Stern called her a "polarizing individual," Pink agreed': the comma inside the marks
		}
	}
	// a short lead phrase of time or place without its comma: "On
	// Tuesday the senator took to Twitter", "In March 2016 she wrote"
	if !subordinators.has(e.lower(from)) {
		for c := from + 1; c < to && c <= from+4 && e.isWord(c) && e.outside(c); c++ {
			if m, ok := e.mentionAt(c); ok && c > from+1 && (m.kind == mPronoun || m.kind == mDesc && m.definite) && int(m.to) <= to {
				return c
			}
			if w := e.word(c); !isCap(w) && (w[0] < '0' || w[0] > '9') {
				break
			}
		}
	}
	return from
}

// openingAdverbs may open a sentence before its subject.
var openingAdverbs = setOf("later", "then", "earlier", "afterwards", "afterward", "subsequently", "meanwhile",
	"yesterday", "today", "recently", "previously", "again", "finally", "separately", "still", "once", "now")

// participleLead reports a sentence opening with a participle phrase:
// "Taking to Instagram on Sunday, the star wrote", "Speaking to
// Entertainment Tonight, she explained", "Asked about it, he said" (not a
// name such as "Manning said" or a person the article knows).
func (e *extraction) participleLead(k int) bool {
	w := e.word(k)
	if !e.isWord(k) || !isCap(w) || !e.isWord(k+1) || isCap(e.word(k+1)) || e.isCue(k+1) {
		return false
	}
	lw := e.lower(k)
	if !(len(lw) > 5 && strings.HasSuffix(lw, "ing")) && lw != "asked" && lw != "pressed" && lw != "quizzed" {
		return false
	}
	if m, ok := e.nameAt(k); ok && m.kind == mName {
		if id := e.ents.lookup(m, int32(k)); id >= 0 && e.ents.list[id].personLike() {
			return false
		}
	}
	return true
}

// adjectiveLead reports a sentence opening with how its subject felt:
// "Not happy with the penalty, Klopp ...", "Clearly annoyed by the red
// card, Guardiola ...".
func (e *extraction) adjectiveLead(k int) bool {
	if !e.isWord(k) || !isCap(e.word(k)) || !e.isWord(k+1) || e.toks[k+1].cap {
		return false
	}
	lw, next := e.lower(k), e.lower(k+1)
	return lw == "not" && feelingWords.has(next) || strings.HasSuffix(lw, "ly") && len(next) > 4 && strings.HasSuffix(next, "ed") && !e.isCue(k+1)
}

// feelingWords say how someone felt: "Not happy with ...", "Not one to
// back down, ...".
var feelingWords = setOf("happy", "content", "pleased", "satisfied", "impressed", "amused", "thrilled", "one")

// firstMention is the first person mention in tokens [from, to) that can
// be a subject: not the object of a preposition ("in North Carolina", "with
// Ann Lee"), not in parentheses.
func (e *extraction) firstMention(from, to int) (mention, bool) {
	depth := 0 // inside parentheses: an aside, not the subject
	for k := from; k < to; k++ {
		if e.isPunct(k, "(") {
			depth++
		} else if e.isPunct(k, ")") && depth > 0 {
			depth--
		}
		if !e.outside(k) || depth > 0 {
			continue
		}
		if m, ok := e.mentionAt(k); ok && int(m.to) <= to {
			if (m.kind == mDesc && !m.definite && k > from) || (k > from && e.isPreposition(k-1) && !e.authorBy(k)) {
				k = int(m.to) - 1
				continue
			}
			if m.kind == mDesc {
				// "Another delegate on the Cruz slate, Jim Poolman, said",
				// "A former candidate -- John McCain -- said": the name set
				// off after the description
				c := int(m.to)
				for c < to && c < int(m.to)+6 && e.isWord(c) {
					c++ // the description's tail: "on the Cruz slate"
				}
				p := c
				for c < to && e.isPunct(c, ",—–-") {
					c++
				}
				if c > p && c < to {
					if n, ok := e.nameAt(c); ok && n.kind == mName && strings.Contains(n.name, " ") && int(n.to) <= to {
						return n, true
					}
				}
			}
			if h, ok := e.holderAfter(m); ok && int(h.to) <= to {
				return h, true // "On Monday, McCain spokeswoman Julie Tarallo criticized": the spokeswoman
			}
			return m, true
		}
	}
	return mention{}, false
}

// authorBy reports the name at token k after "by" and a written thing:
// "the tweet by Meek Mill", "a statement by her lawyer".
func (e *extraction) authorBy(k int) bool {
	if e.lower(k-1) != "by" || !e.isWord(k-2) {
		return false
	}
	w := e.lower(k - 2)
	return docHeads.has(w) || postNouns.has(w) || w == "tweet" || w == "tweets"
}

// perOutlet reads "per" and an outlet's name at token k as "according
// to" it: "Per TMZ, the singer ...", "per Page Six" (not "per person").
func (e *extraction) perOutlet(k int) (mention, bool) {
	if e.lower(k) != "per" || !e.isWord(k+1) || !e.toks[k+1].cap {
		return mention{}, false
	}
	m, ok := e.mentionAt(k + 1)
	if !ok || m.kind != mOrg && !(m.kind == mName && e.pressSpeaker(m.name)) {
		return mention{}, false
	}
	return m, true
}

// firstPerson is the first name or pronoun in tokens [from, to) that can be
// a subject (descriptions and organisations are passed over: "When the
// governor died, Senator Ruth Ames released...").
func (e *extraction) firstPerson(from, to int) (mention, bool) {
	for from < to {
		m, ok := e.firstMention(from, to)
		if !ok {
			return mention{}, false
		}
		if m.kind == mName || m.kind == mPronoun {
			return m, true
		}
		from = int(m.to)
	}
	return mention{}, false
}

// onProgramme reports a name ending at or after k that follows "on", "in" or
// "at", with or without an article: "on The Nightly Show", "in Vogue" (not "with Ohanian
// telling", "footage of Trump saying": their subjects).
func (d *doc) onProgramme(k int) bool {
	for d.isWord(k-1) && isCap(d.word(k-1)) && d.outside(k-1) {
		k-- // "The Late Hour": the name's capitalised words, its article too
	}
	if w := d.word(k - 1); w == "the" || w == "a" {
		k--
	}
	switch d.lower(k - 1) {
	case "on", "in", "at":
		return d.isWord(k - 1)
	}
	return false
}

func (d *doc) isPreposition(k int) bool {
	return prepositions.has(d.lower(k)) && d.isWord(k)
}

var prepositions = setOf("in", "at", "of", "on", "from", "to", "for", "with", "by", "about", "after", "before",
	"during", "near", "into", "onto", "over", "under", "against", "between", "among", "through", "across",
	"since", "inside", "outside", "within", "without", "toward", "towards", "via", "including", "like", "than",
	"alongside", "opposite", "beside", "behind", "amid", "unlike", "upon")

// resolve turns a mention into a speaker name.
func (e *extraction) resolve(a *attribution, m mention, cue int, conf float32) {
	if m.kind == mDesc && (headWord(m.name) == "caption" || headWord(m.name) == "captions") {
		// ""...," the caption read": the words of whoever posted it
		if w, ok := e.captionWriter(m); ok {
			e.resolve(a, w, cue, conf)
			a.mention, a.mentionTok = m.surface, m.from
			return
		}
	}
	if m.kind == mDesc && docDesc(m.name) && int(m.to)-int(m.from) <= 4 {
		// ""...," his joint statement said": the pronoun's person
		if g := ownerGender(e.word(int(m.from))); g != 0 {
			m.kind, m.gender = mPronoun, g
		}
	}
	a.mention = m.surface
	a.mentionTok = m.from
	a.confidence = conf
	if cue >= 0 {
		a.cueTok = int32(cue)
		a.cue = e.lower(cue)
		if a.cue == "according" {
			a.cue = "according to"
		}
	} else {
		a.cue = "—"
	}
	t := e.toks[m.from]
	id := -1
	switch m.kind {
	case mName:
		id = e.ents.lookup(m, m.from)
		if id < 0 && !e.sentenceAdverb(m) {
			a.speaker = m.name
		}
		if id >= 0 && cue >= 0 {
			if x, y, from, to, ok := e.coordinated(m, id, cue); ok {
				// "Aniston and Theroux say they are ...": the two
				a.speaker = e.ents.list[x].name + " and " + e.ents.list[y].name
				a.mention = e.text[e.toks[from].start:e.toks[to-1].end]
				a.mentionTok = int32(from)
				a.confidence *= 0.9
				return
			}
		}
		if id >= 0 && cue >= 0 && replyCues.has(e.lower(cue)) && !strings.Contains(m.name, " ") {
			// "'You lied,' Kim said. 'I did not,' Richards replied": a
			// surname two persons share, replying to one of them, is the
			// other
			if p := e.lastAttributed(); p.ent == id {
				if o := e.ents.otherNamed(m.name, id, m.from); o >= 0 {
					id = o
				}
			}
		}
	case mOrg:
		if id = e.personNamedAs(m); id >= 0 {
			break // "Slate said" after "Jenny Slate arrived": hers
		}
		if x, y, ok := e.familyPlural(m); ok {
			// "the Obamas said" after "Barack and Michelle Obama": the two
			a.speaker = e.ents.list[x].name + " and " + e.ents.list[y].name
			a.confidence *= 0.8
			return
		}
		if _, alias := aliasLines.get(m.name); alias {
			if id = e.ents.aliasOf(m.name, m.from); id >= 0 {
				break // "The Rock captioned it" after "Dwayne Johnson": a stage name aliases.txt knows
			}
		}
		a.speaker = strings.TrimPrefix(m.name, "The ")
		a.org = true
	case mPronoun:
		if m.gender == 'm' || m.gender == 'f' {
			switch {
			case e.pronoun != nil && e.presentCue(cue):
				id = e.rankPronoun(e.pronoun, m.from, t.sent, t.para, m.gender, cue)
			default:
				if e.pronounLog != nil {
					e.logPronoun(e.pronounCandidates(m.from, t.sent, t.para, m.gender, cue))
				}
				var want func(*entity) bool
				if l := e.listenerAfter(cue); l >= 0 {
					listener := e.ents.list[l]
					want = func(en *entity) bool { return en != listener } // "he told Fallon": not Fallon
				}
				id = e.ents.salient(m.from, t.sent, t.para, m.gender, want, true)
			}
			if id >= 0 && e.askedObjectBefore(m) == id {
				// "Holt then asked him about his family. '...,' he said":
				// the one asked answers, not the asker
				ex := e.ents.list[id]
				if alt := e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool { return en != ex }, true); alt >= 0 {
					id = alt
				}
			}
			if id >= 0 && e.isReporter(id) {
				// '"Extra's" Mona Kosar Abdi spoke with Halle ... she
				// shared, "..."': the one interviewed, when she agrees
				ex := e.ents.list[id]
				if alt := e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool { return en != ex && en.personLike() }, true); alt >= 0 {
					id = alt
				}
			}
			if id >= 0 && cue >= 0 && replyCues.has(e.lower(cue)) {
				// "Megyn commented, '...' She replied, '...'": not the one
				// named replying to, when someone else agrees
				// (not when the sentence names that person first: "Adele
				// spoke about her album and, when asked, she replied")
				if p := e.lastAttributed(); p.ent == id && p.cueTok >= 0 && t.para-e.toks[p.cueTok].para <= 1 && p.mentionTok >= 0 && e.toks[p.mentionTok].cap && !isPronoun(e.lower(int(p.mentionTok))) && !e.ents.namedEarlierIn(id, t.sent, m.from) && !e.askedBefore(int(m.from)) {
					ex := e.ents.list[id]
					if alt := e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool { return en != ex }, true); alt >= 0 {
						id = alt
					}
				}
				if r := e.addressedReplier(m, id); r >= 0 {
					id = r
				}
			}
			if id >= 0 && cue >= 0 && e.repliesBack(cue) {
				// "When Vicki called out Tamra's marriage, she shot back":
				// the one the leading clause's subject provoked replies, not
				// that subject, when someone else agrees
				if subj := e.leadClauseSubject(int(m.from)); subj == id {
					ex := e.ents.list[id]
					if alt := e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool { return en != ex }, true); alt >= 0 {
						id = alt
					}
				}
			}
			if id >= 0 && cue >= 0 && e.ents.list[id].kin && posterCues.has(e.lower(cue)) {
				// '"Baby," her daughter responds. She captioned the video
				// ...': the one whose post it is, not the relative named in
				// passing, when someone else agrees
				if alt := e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool { return !en.kin && en.personLike() }, true); alt >= 0 {
					id = alt
				}
			}
		}
		if m.gender == 'x' && e.answerLabel(int(m.from)) {
			// "I told my band, ..." in a Q&A piece's answer: the person
			// interviewed
			id = e.qaInterviewee()
		}
		if (m.gender == 'm' || m.gender == 'f') && id >= 0 && e.inAnswer(int(m.from)) && (e.askedAboutUnnamed(int(m.from), m.gender) || e.ownKinBefore(int(m.from), m.gender)) {
			// "Q: How did your mother react? A: She laughed and told me,
			// ..." : the relative the question asks about, whom the
			// piece never names, not someone named before
			id = -1
		}
		if m.gender == 'p' && strings.EqualFold(m.surface, "they") {
			// "Josh and Stephanie refused ... They said, '...'": the two
			// persons who open the sentence before as its subject
			if x, y, z, ok := e.tripleBefore(m.from, t.para); ok && e.pairOpens(x, m.from, t.sent) {
				// "Kevin, Joe and Nick Jonas posted a letter ... '...,'
				// they wrote": the three who open the sentence before
				a.speaker = e.ents.list[x].name + ", " + e.ents.list[y].name + " and " + e.ents.list[z].name
				a.confidence *= 0.7
				return
			}
			if x, y, ok := e.pairBefore(m.from, t.para); ok && (e.pairOpens(x, m.from, t.sent) || e.pairDescOpens(m.from)) {
				a.speaker = e.ents.list[x].name + " and " + e.ents.list[y].name
				a.confidence *= 0.7
				return
			}
			if l := e.lastAttributed(); l.ent < 0 && l.cueTok >= 0 && cue >= 0 && goesOnCue(e.lower(cue)) && t.para-e.toks[l.cueTok].para <= 1 && !e.personNamedBetween(l.cueTok, m.from) {
				if h := headWord(l.speaker); !strings.Contains(l.speaker, " and ") && (proxyNouns.has(h) || anonymous.has(h) || unnamedHeads.has(h) || pairNouns.has(h)) && (!strings.HasSuffix(h, "s") || pairNouns.has(h)) {
					// '"...," a rep said. "...," they added': the one
					// unnamed person who spoke last, no one named since
					a.speaker = l.speaker
					a.confidence *= 0.7
					return
				}
			}
			if l := e.lastAttributed(); l.org && l.speaker != "" && l.cueTok >= 0 && t.para-e.toks[l.cueTok].para <= 1 && !e.personNamedBetween(l.cueTok, m.from) &&
				(cue >= 0 && goesOnCue(e.lower(cue)) || goesOnCue(e.lower(int(m.to)))) {
				// 'Pledis released a statement on Twitter, saying, "..."
				// They continued to dismiss the rumors, saying, "..."': the
				// organisation that spoke last goes on
				a.ent, a.speaker, a.org = l.ent, l.speaker, true
				a.confidence *= 0.7
				return
			}
			if o, ok := e.orgOpensSentenceBefore(int(m.from)); ok {
				// "CUBE Entertainment wasted no time denying the report.
				// They stated that rumors about the couple "are not
				// true"": the firm that opens the sentence before
				a.speaker, a.org = strings.TrimPrefix(o.name, "The "), true
				a.confidence *= 0.6
				return
			}
			if d, ok := e.commenterBefore(int(m.from)); ok {
				// "Another fan recalled how the song trended. They asked,
				// '...'": the one member of the audience the sentence
				// before is about
				a.speaker = d
				a.confidence *= 0.7
				return
			}
			if l := e.lastAttributed(); l.ent < 0 && l.cueTok >= 0 && strings.Contains(l.speaker, " and ") && e.ents.occBefore(m.from) == e.ents.occBefore(l.cueTok) && t.para-e.toks[l.cueTok].para <= 1 {
				// "..., the couple said in a joint statement. ... '...,'
				// they continued": the pair that spoke last, no one named since
				a.speaker = l.speaker
				a.confidence *= 0.7
				return
			}
		}
		if id < 0 && (m.gender == 'm' || m.gender == 'f') {
			if d, ok := e.descSubjectBefore(int(m.from), m.gender, true); ok && fameRoles.has(headWord(d.name)) {
				// "And the 'Dark Shadows' star recently blasted ... He
				// said": the star the article opens on, named paragraphs
				// up
				if id = e.ents.leadPerson(d.from, m.gender, e.toks[0].para+1); id >= 0 {
					break
				}
			}
			if d, ok := e.descSubjectBefore(int(m.from), m.gender, false); ok {
				// "Shortly after, the photographer's husband came to her
				// defense. He took to social media": no one named is a he;
				// the man the sentence before is about, as written
				a.speaker = d.surface
				a.confidence *= 0.5
				return
			}
		}
		if id < 0 {
			a.speaker = m.surface
			a.confidence *= 0.5
		} else {
			a.confidence *= 0.9
		}
	case mDesc:
		if unnamedOne(m.name) {
			// "'...,' someone wrote": no one the article names, and no
			// speaker (the words stay the mention)
			a.speaker = ""
			return
		}
		if recordingHeads.has(headWord(m.name)) && !strings.Contains(m.surface, "'") {
			// ""...," an audio tape revealed" after "Cruise was caught on
			// tape screaming": a recording speaks the words of whom it
			// caught, the person the passage is about
			if id = e.ents.salient(m.from, t.sent, t.para, 0, func(en *entity) bool { return en.personOrSpeaker() || fullNameShaped(en.parts) }, false); id >= 0 {
				break
			}
		}
		if id = e.relativeNamed(m); id >= 0 {
			break // "'...,' her sister added" after "Kylie Jenner and her sister Kendall Jenner": Kendall
		}
		if describedOwnersGroup(m) {
			// "The Blue Moon hitmaker's family shared": the family, as
			// written, never the singer it belongs to
			a.speaker = m.surface
			a.confidence *= 0.6
			return
		}
		if n, ok := e.appositiveNameAfter(m); ok && m.definite {
			if id = e.ents.lookup(n, n.from); id >= 0 {
				break // "the judge, U.S. District Judge Alma Ruiz, said": the name set off after it
			}
		}
		if lw := strings.ToLower(m.surface); m.gender == 'p' && !strings.Contains(lw, " ") && anonymous.has(lw) {
			// "'...,' sources told the publication" after "Sources close to
			// the couple told People": the sources described before
			if name, ok := e.groupDescribedBefore(m); ok {
				a.speaker = name
				a.confidence *= 0.6
				return
			}
		}
		if lw := strings.ToLower(m.name); lw == "one" || lw == "another" {
			// "commented one follower ... while another added": one more
			// of the group the last quotation's description names
			if p := e.lastAttributed(); p.ent < 0 && p.speaker != "" {
				if det, rest, ok := strings.Cut(p.speaker, " "); ok && determiners.hasLower(det) && !strings.Contains(rest, ",") && !ordinals.hasLower(rest) {
					// (not "A second wrote", an ordinal standing for a noun)
					a.speaker = lw + " " + rest
					a.confidence *= 0.6
					return
				}
			}
			if g := e.groupBefore(int(m.from)); g != "" {
				// "Her fans took the chance to troll the singer. '...,'
				// one tweeted": one of the group the sentence before names
				a.speaker = lw + " " + g
				a.confidence *= 0.5
				return
			}
			a.speaker = m.surface // (no one: nameOrNone keeps the mention alone)
			a.confidence *= 0.5
			return
		}
		if m.definite && pairNouns.hasLower(headWord(m.name)) {
			// "the girls responded" after "sisters Kendall and Kylie":
			// the two persons named together last
			if x, y, ok := e.pairBefore(m.from, t.para); ok {
				a.speaker = e.ents.list[x].name + " and " + e.ents.list[y].name
				a.confidence *= 0.7
				return
			}
			if x, y, ok := e.spousesBefore(m.from, t.para); ok && headWord(m.name) == "couple" {
				// "Nina Ross ... her split from husband Owen Pike. ... the
				// couple said": the two
				a.speaker = e.ents.list[x].name + " and " + e.ents.list[y].name
				a.confidence *= 0.6
				return
			}
		}
		if m.definite && serviceRoles.has(headWord(m.name)) && !e.ents.titled(headWord(m.name)) {
			// "The waiter who served the singer said": someone the article
			// names by the job alone, as written (never the star served)
			a.speaker = m.surface
			a.confidence *= 0.6
			return
		}
		if cue >= 0 && replyCues.has(e.lower(cue)) && m.gender != 'p' {
			// '"I'm so glad you came," Anthony told Nicole Kidman. "Of
			// course," cinema's first lady responded': the one told
			if p := e.lastAttributed(); p.cueTok >= 0 && t.para-e.toks[p.cueTok].para <= 1 {
				if l := e.listenerAfter(int(p.cueTok)); l >= 0 && l != p.ent && (m.gender == 0 || e.ents.list[l].gender == 0 || e.ents.list[l].gender == m.gender) {
					a.ent, a.speaker = l, e.ents.list[l].name
					a.confidence *= 0.7
					return
				}
			}
		}
		if n, ok := e.documentFrom(m, cue); ok {
			// "A statement from Adidas read:", "An official statement from
			// the German sports brand read:": who issued it
			e.resolve(a, n, cue, conf*0.9)
			return
		}
		if h := headWord(m.name); !m.definite && (h == "statement" || h == "message") && strings.Count(m.surface, " ") <= 2 {
			// "Beyonce and her husband, Jay Z, announced Wednesday ... '...,'
			// said a statement signed 'The Carters'": the two who announced
			if x, y, ok := e.pairBefore(m.from, t.para); ok && e.pairOpens(x, m.from, t.sent) {
				a.speaker = e.ents.list[x].name + " and " + e.ents.list[y].name
				a.confidence *= 0.6
				return
			}
		}
		if n, ok := e.documentNamedBefore(m); ok {
			// "The report from the medical examiner's office ... '...,' the
			// report said": who issued the document named before (the
			// mention keeps "the report")
			e.resolve(a, n, cue, conf*0.8)
			a.mention, a.mentionTok = m.surface, m.from
			return
		}
		if h := headWord(m.name); m.definite && (h == "statement" || h == "release") && (strings.Count(m.surface, " ") == 1 || strings.Count(m.surface, " ") == 2 && statementModifiers.hasLower(strings.Fields(m.surface)[1])) {
			// "In a joint statement to TODAY, Rodriguez and Lopez announced
			// ... '...,' the statement read": the statement's issuers
			if who, ok := e.statementIssuer(int(m.from)); ok {
				a.speaker = who
				a.confidence *= 0.7
				return
			}
			if p := e.lastAttributed(); cue >= 0 && goesOnCue(e.lower(cue)) && p.speaker != "" && p.cueTok >= 0 && t.para-e.toks[p.cueTok].para <= 1 && (p.org || spokesMention(p.mention)) {
				// 'A Palace spokesperson has claimed: "..." The statement
				// continued: "..."': the spokesperson's words go on
				a.ent, a.speaker, a.org = p.ent, p.speaker, p.org
				a.confidence *= 0.7
				return
			}
			if p := e.lastAttributed(); p.speaker != "" && p.cueTok >= 0 && t.para-e.toks[p.cueTok].para <= 2 && (strings.Contains(p.speaker, " and ") || docHeads.has(headWord(p.mention))) {
				// "the couple said in a statement ... '...,' says the
				// statement released by her publicist": the pair (or the
				// document's issuer) quoted just before
				a.ent, a.speaker, a.org = p.ent, p.speaker, p.org
				a.confidence *= 0.6
				return
			}
		}
		if h := headWord(m.name); m.definite && postHeads.has(h) && strings.Count(m.surface, " ") == 1 && !e.isPreposition(int(m.from)-1) {
			// '"...," she wrote. "...," the post continued': the one who
			// posted it, quoted just before
			if p := e.lastAttributed(); p.ent >= 0 && p.cueTok >= 0 && t.para-e.toks[p.cueTok].para <= 1 {
				a.ent, a.speaker = p.ent, e.ents.list[p.ent].name
				a.confidence *= 0.8
				return
			}
		}
		if m.definite && m.gender != 'p' && !docDesc(m.name) && e.unnamedIntroduced(m) {
			// "An employee at the restaurant later confirmed ... The
			// employee said, ...": the one introduced unnamed, as the
			// article described them
			a.speaker = m.surface
			if name, pid, ok := e.describedBefore(m); ok && pid < 0 {
				a.speaker = name
			}
			a.confidence *= 0.6
			return
		}
		if m.definite && m.gender != 'p' && !docDesc(m.name) {
			if mediaDescHeads.has(headWord(m.name)) {
				// "the program said", "the magazine said": the programme,
				// network or paper named last, if any, else as written:
				// never a person, nor a company named in between
				if name, ok := e.mediaBefore(int(m.from), headWord(m.name), 2); ok {
					a.speaker, a.org = name, true
					a.confidence *= 0.8
					return
				}
				a.speaker = m.surface
				a.confidence *= 0.6
				return
			}
			if orgDesc(m.name) {
				// "the agency said": the organisation named last, if any
				// (the one it names as its owner: "the Journal's editorial
				// board", as written unless a paper's name)
				if owner, ok := e.capitalOwnerIn(m); ok {
					a.speaker, a.org = m.surface, true
					if publications.has(owner) || theTitles.has(owner) {
						a.speaker = owner
					}
					a.confidence *= 0.7
					return
				}
				if name, ok := e.orgBefore(int(m.from), headWord(m.name)); ok {
					a.speaker, a.org = name, true
					a.confidence *= 0.8
					return
				}
				a.speaker = m.surface // else as written: never a person
				a.confidence *= 0.6
				return
			}
			if royalTitles.hasLower(styleHead(m.name)) && (m.gender == 'm' || m.gender == 'f') {
				// "the Duchess", "the Duke": royals go by their first
				// names; the one of that gender the article names most
				id = e.ents.mostNamedFirst(m.from, m.gender)
				if id < 0 {
					// "the Duchess of Sussex" after "Meghan Markle" (as
					// aliases.txt knows the title), else "the Duchess of
					// Cambridge" after "pointed to Kate": the one named by a
					// first name of that gender alone, before anyone else
					// the paragraph names
					if id = e.ents.aliasOf(strings.TrimPrefix(strings.TrimPrefix(m.name, "the "), "The "), m.from); id < 0 {
						id = e.ents.firstNamed(m.from, m.gender)
					}
				}
			}
			if id < 0 && onAirRoles.has(headWord(m.name)) {
				id = e.namesakeHost(m) // "the former Chelsea Lately host": Chelsea Handler
				if id < 0 {
					id = e.titledHost(m) // "the Last Week Tonight host" after "host of Last Week Tonight, John Oliver"
				}
				if id < 0 {
					id = e.possessiveHost(m) // "Alex Cooper's "Call Her Daddy" interview ..., the podcast host said"
				}
				sf, _ := e.sentenceBounds(int(m.from))
				if id < 0 && (strings.Contains(m.name, "show's") || strings.Contains(m.name, "show\u2019s") ||
					m.definite && headWord(m.name) == "host" && e.programmeOnIn(sf, int(m.from))) {
					// "an appearance on Jimmy Kimmel Live!, in which the
					// show's host asked", "Over on Jimmy Kimmel Live!, the
					// host joked": the host the show is named after
					if name := e.showOnBefore(int(m.from)); name != "" {
						if host := namesakeOf(name); host != "" {
							if hid := e.ents.named(host); hid >= 0 && len(e.ents.list[hid].parts) >= 2 {
								id = hid
							} else {
								a.speaker = host
								a.confidence *= 0.7
								return
							}
						}
					}
				}
			}
			unnamed, described := id < 0 && unnamedHeads.has(headWord(m.name)), false
			if unnamed {
				// "A friend of Vale also said ... 'Nina is fine,' the
				// friend told People": the one described, unnamed, not
				// a person named near it
				name, pid, ok := e.describedBefore(m)
				if ok && pid < 0 {
					a.speaker = name
					a.confidence *= 0.7
					return
				}
				described = ok
			}
			if id < 0 && unnamed && m.definite && childHeads.has(headWord(m.name)) {
				// "Lind's daughter, Luna, 7, ... the little girl said": the
				// child the passage names with an age
				// (a first name of no known gender agrees)
				g := m.gender
				id = e.ents.salient(m.from, t.sent, t.para, 0, func(en *entity) bool {
					return en.age > 0 && en.age < 18 && (g == 0 || en.gender == 0 || en.gender == g)
				}, false)
			}
			if id < 0 {
				id = e.ents.salient(m.from, t.sent, t.para, m.gender, wantTitle(m.name), false)
			}
			if id < 0 && (pressRoles.has(headWord(m.name)) || onAirRoles.has(headWord(m.name))) {
				id = e.outletsPerson(m) // "the CNN reporter" after "CNN's Brianna Keilar"
			}
			if strangerHeads.has(strings.ToLower(m.name)) && e.strangerIntroduced(m) {
				// "a fan proposed to Adele ... Adele replied to the woman,
				// who asked": the stranger just met, unnamed, no one the
				// article names
				a.speaker = m.surface
				a.confidence *= 0.6
				return
			}
			if id < 0 && countedStranger(m.name) {
				// "two men discussed it. '...,' the first man said": one of
				// them, unnamed
				a.speaker = m.surface
				a.confidence *= 0.6
				return
			}
			if id < 0 && unnamed && !described {
				// "Eyewitnesses said ... '...,' the observer recalled": an
				// unnamed witness described no other way before, no one
				// the article names nearby
				a.speaker = m.surface
				a.confidence *= 0.6
				return
			}
			if id < 0 && proxyNouns.has(headWord(m.name)) {
				// "the rep said", "the lawyer added": someone speaking for
				// another, who is no person the article names but as
				// that role: the rep described before, else as written
				switch name, pid, ok := e.describedBefore(m); {
				case pid >= 0:
					id = pid
				case ok:
					a.speaker = name
					a.confidence *= 0.7
					return
				default:
					a.speaker = m.surface
					a.confidence *= 0.6
					return
				}
			}
			if id < 0 && m.definite {
				// "The former president said ..." twice, Hillary Clinton
				// named between: the one the description meant before
				id = e.sameDescriptionBefore(m, t.para)
			}
			if id < 0 && m.definite && !strings.Contains(m.surface, "'") {
				// "Her husband returned the favor. '...,' the country star
				// wrote": the relative the sentence before opens with
				if k := e.kinSubjectBefore(int(m.from)); k >= 0 && m.ownedBy(e.ents.list[k]) && agrees(e.ents.list[k], m.gender) {
					id = k
				}
			}
			if id < 0 {
				// "the make-up mogul" is a person, not the outlet or
				// programme named more recently ("told People")
				// (not someone who speaks for another: "Madonna's lawyer
				// Eleanor Alter" is no "singer")
				head := headWord(m.name)
				age := descAge(m.name)
				if age > 0 {
					// "the 31-year-old" after "Nina Vale, 29, and her
					// husband Omar Vale, 31,": the one of that age
					id = e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool { return en.age == age }, false)
				}
				if id < 0 && tradeRoles.has(head) && m.definite {
					// "San Antonio coach Gregg Popovich ... the Spurs coach
					// ranted": the one the article gives that trade, first
					id = e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool { return en.hasTitle(head) && m.ownedBy(en) }, false)
				}
				if id < 0 {
					// not the one who asks in its sentence: "When Oprah
					// asked about her childhood, the singer grew quiet"
					// (nor, when anyone else will do, a possessive: "After a
					// host compared Michelle Obama's appearance ..., the
					// anchor Ilia Calderón reacted. The journalist ...")
					asker := e.askerBefore(int(m.from))
					// nor the one its cue addresses: "the show's host
					// asked her" is no she
					heard := e.addressedAfter(cue)
					e.ents.ownersLast = true
					id = e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool {
						return en.personOrSpeaker() && !en.proxyBut(head) && !en.roleClash(head) && (age == 0 || en.age == 0) && (asker < 0 || en != e.ents.list[asker]) && m.ownedBy(en) &&
							(heard == 0 || en.gender != heard)
					}, false)
					e.ents.ownersLast = false
				}
				if e.otherDescription(id, m) {
					// a new description right after another is someone else
					prev := e.ents.list[id]
					id = e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool {
						return en.personOrSpeaker() && !en.proxyBut(head) && en != prev
					}, false)
				}
				id = e.epithetReturn(id, m)
				if r := e.descReplier(id, m, cue, t); r >= 0 {
					id = r
				}
			}
			if id < 0 && m.definite && starRole(headWord(m.name)) {
				// "Recently, the Academy Award-winning singer took a moment
				// ...", no one in reach: the star the article opens on
				id = e.ents.leadStar(m.from, m.gender, e.toks[0].para+1)
				if id < 0 && t.sent == e.toks[0].sent {
					// "The singer-songwriter posted a photo ... / Pop
					// superstar Katy Perry took to Instagram": the article
					// names its subject after the description its first
					// sentence opens on
					id = e.ents.leadStar(int32(len(e.toks)), m.gender, t.para+1)
				}
			}
			if id < 0 {
				// any name, but a lone word no person ("BBC Radio 5 Live"'s
				// "Live", "Twilight") is no "24-year-old"
				heard := e.addressedAfter(cue)
				id = e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool {
					return !unknownWord(en) && !en.roleClash(headWord(m.name)) && m.ownedBy(en) && (heard == 0 || en.gender != heard) && !en.teamOfPlace()
				}, false)
			}
			if id < 0 && (m.gender == 'm' || m.gender == 'f') {
				// "the Duchess" after "Kate and William": a first name
				// of that gender, named alone
				id = e.ents.firstNamed(m.from, m.gender)
			}
			if h := styleHead(m.name); (royalTitles.hasLower(h) || h == "heir" || h == "heiress" || h == "monarch") && (id < 0 || !e.ents.list[id].royal()) {
				// "said the heir to the throne" after "Prince William met
				// Joan", "the Prince" after "Prince Frederik" and "Dr
				// Frederik Holm": a royal the article names by a title,
				// over anyone nearer
				if rid := e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool { return en.royal() && m.ownedBy(en) }, false); rid >= 0 {
					id = rid
				}
			}
			if id >= 0 && otherRoyal(e.ents.list[id], styleHead(m.name)) {
				// "the King" is not "Prince Edmund", "the Duke of Sussex" not
				// King Charles: as written, when no one else agrees
				ex := e.ents.list[id]
				id = e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool {
					return en != ex && en.personOrSpeaker() && !otherRoyal(en, styleHead(m.name))
				}, false)
			}
		}
		if id < 0 {
			a.speaker = m.surface
			a.confidence *= 0.6
		} else {
			a.confidence *= 0.8
		}
	}
	if id >= 0 && (m.kind == mPronoun || m.kind == mDesc) && e.quoting && e.namedInQuote(id) {
		// "'Tom Vale is a really decent man,' he said", "'Becca is the
		// strongest woman I know,' the star wrote": the words name whom
		// they speak of; the speaker is someone else who agrees, if any
		ex := e.ents.list[id]
		if alt := e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool {
			return en != ex && (m.kind == mPronoun || !unknownWord(en))
		}, m.kind == mPronoun); alt >= 0 && !e.namedInQuote(alt) {
			// (not when the words name that one too: "'people assume
			// Kyle and Mauricio are going through a hard time,' the
			// star began")
			id = alt
		}
	}
	if id >= 0 {
		a.ent = id
		a.speaker = e.ents.list[id].name
		if m.kind != mName && len(e.ents.occ) < 4096 {
			// keep the speaker salient past pronoun-only passages (bounded:
			// each note is an insertion)
			e.ents.note(id, m.from, t.sent, t.para)
		}
	}
}

// namedInQuote reports whether the quotation being attributed names person
// id in the third person, as a subject or an owner (a word or a
// possessive after it): the full name, or the surname after a title
// ("Senator Ruiz's", "Dr. Carver has taken the wheel"), or the first name ("Becca
// is the strongest woman I know"). A first name may sign a post ("Love,
// Lena"), a surname alone may be a child's, and a name after a verb may be
// the speaker's own ("the man to beat is not Tom Vale").
func (e *extraction) namedInQuote(id int) bool {
	en := e.ents.list[id]
	if len(en.parts) < 2 {
		return false
	}
	sp := e.spans[e.top[e.cur]]
	text := e.text[sp.start:sp.end]
	if e.namedAt(text, en.parts[len(en.parts)-1], en.parts[0], true) {
		return true
	}
	return firstNames.has(en.parts[0]) && e.namedAt(text, en.parts[0], "", false)
}

// namedAt reports whether text names word name as a subject or an owner
// (a word or a possessive after it): after first (when not ""), or, when
// titled, after a title.
func (e *extraction) namedAt(text, name, first string, titled bool) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return false
		}
		j += i
		i = j + len(name)
		if i < len(text) && isLetterByte(text[i]) || j > 0 && isLetterByte(text[j-1]) {
			continue // inside a longer word
		}
		after := text[i:]
		rest := strings.TrimLeft(after, " ")
		owner := strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
		if !owner && (len(rest) == len(after) || rest == "" || rest[0] < 'a' || rest[0] > 'z') {
			continue // not the subject or an owner: "the man to beat is not Tom Vale."
		}
		if first == "" && !titled {
			return true
		}
		before := strings.TrimRight(text[:j], " ")
		if first != "" && strings.HasSuffix(before, first) {
			return true // the full name
		}
		if k := strings.LastIndexByte(before, ' '); titled && before != "" && titles.has(before[k+1:]) {
			return true
		}
	}
}

func isLetterByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

// otherRoyal reports an entity titled with another royal title than a
// description's head "king" or "queen": "Prince Edmund" is no "the King"
// (where a prince may well be "the Duke").
func otherRoyal(en *entity, head string) bool {
	if !royalTitles.has(head) {
		return false // (the common case: no royal's style)
	}
	monarchHead := head == "king" || head == "queen"
	monarch, other := false, false
	for _, t := range en.titles {
		switch {
		case strings.EqualFold(t, "king") || strings.EqualFold(t, "queen"):
			monarch = true
		case !royalTitles.hasLower(t):
			continue
		}
		if strings.EqualFold(t, head) {
			return false
		}
		other = true
	}
	if monarchHead {
		return other // "the King" is not "Prince Edmund"
	}
	// "the Duke of Sussex", "the Princess" is no King Charles: a monarch
	// named only as one holds no lesser style
	if first, _, _ := strings.Cut(en.name, " "); first == "King" || first == "Queen" {
		monarch = true
	}
	return monarch && !lesserStyle(en)
}

// lesserStyle reports a royal title of an entity other than king or queen.
func lesserStyle(en *entity) bool {
	for _, t := range en.titles {
		if royalTitles.hasLower(t) && !strings.EqualFold(t, "king") && !strings.EqualFold(t, "queen") {
			return true
		}
	}
	return false
}

// personNamedAs is the person, named in full in the article, whose
// surname an outlet's one-word name m is ("Slate" of "Jenny Slate",
// "Fox" of "Dana Fox"), or -1.
func (e *extraction) personNamedAs(m mention) int {
	if strings.Contains(m.name, " ") {
		return -1
	}
	id := e.ents.lookup(m, m.from)
	if id < 0 || len(e.ents.list[id].parts) < 2 || !e.ents.list[id].personLike() {
		return -1
	}
	return id
}

// pairBefore finds the last two persons named together ("Kendall and
// Kylie", "Jennifer Lopez and Alex Rodriguez") before tok, at most three
// paragraphs before para and 200 names back: two occurrences of different
// persons in one sentence with only "and" between them.
func (e *extraction) pairBefore(tok, para int32) (int, int, bool) {
	es := e.ents
	end := es.occBefore(tok)
	for i := end - 1; i > 0 && i > end-200 && para-es.occ[i].para <= 3; i-- {
		o := es.occ[i]
		// the name before, or the one before that past an editor's
		// bracketed insertion ("Josh [Schwartz] and Stephanie")
		for _, j := range [2]int{i - 1, i - 2} {
			if j < 0 {
				continue
			}
			p := es.occ[j]
			if o.sent != p.sent || o.ent == p.ent || o.tok-p.tok > 12 || !e.namedTogether(int(p.tok), int(o.tok)) {
				continue
			}
			if pairable(es.list[p.ent]) && pairable(es.list[o.ent]) {
				return p.ent, o.ent, true
			}
		}
	}
	return -1, -1, false
}

// familyPlural reads a family's plural name ("the Obamas", "The El
// Moussas") as the two persons of that surname named together last, in
// the paragraphs before it.
func (e *extraction) familyPlural(m mention) (int, int, bool) {
	name := strings.TrimPrefix(strings.TrimPrefix(m.name, "The "), "the ")
	if m.kind != mOrg && m.kind != mName || len(name) < 4 || name[len(name)-1] != 's' || name[len(name)-2] == 's' {
		return -1, -1, false
	}
	x, y, ok := e.pairBefore(m.from, e.toks[m.from].para)
	if !ok {
		return -1, -1, false
	}
	es := e.ents
	for _, stem := range [2]string{name[:len(name)-1], strings.TrimSuffix(name, "es")} { // "Obamas", "Hollises"
		if strings.HasSuffix(es.list[x].name, " "+stem) && strings.HasSuffix(es.list[y].name, " "+stem) {
			return x, y, true
		}
	}
	return -1, -1, false
}

// tripleBefore finds three persons named as one list ("Kevin, Joe and Nick
// Jonas") in the paragraphs before token tok: the last such list.
func (e *extraction) tripleBefore(tok, para int32) (int, int, int, bool) {
	es := e.ents
	end := es.occBefore(tok)
	for i := end - 1; i > 1 && i > end-200 && para-es.occ[i].para <= 1; i-- {
		c, b, a := es.occ[i], es.occ[i-1], es.occ[i-2]
		if a.sent != c.sent || a.ent == b.ent || b.ent == c.ent || a.ent == c.ent || c.tok-a.tok > 14 {
			continue
		}
		if !e.namedTogether(int(b.tok), int(c.tok)) || !pairable(es.list[a.ent]) || !pairable(es.list[b.ent]) || !pairable(es.list[c.ent]) {
			continue
		}
		k := int(a.tok) + 1
		for k < int(b.tok) && e.isWord(k) && isCap(e.word(k)) {
			k++
		}
		if e.isPunct(k, ",") && k+1 == int(b.tok) {
			return a.ent, b.ent, c.ent, true
		}
	}
	return -1, -1, -1, false
}

// spousesBefore finds, in the eight paragraphs before token tok, the
// last person introduced as someone's spouse ("her split from husband Owen
// Pike") and a person named before them in that sentence: a couple.
func (e *extraction) spousesBefore(tok, para int32) (int, int, bool) {
	es := e.ents
	end := es.occBefore(tok)
	for i := end - 1; i > 0 && i > end-200 && para-es.occ[i].para <= pronounWindow; i-- {
		o := es.occ[i]
		if k := int(o.tok); !e.isWord(k-1) || !spouseNouns.has(e.lower(k-1)) || !pairable(es.list[o.ent]) {
			continue
		}
		partner := func(j int) bool {
			p := es.occ[j]
			return p.ent != o.ent && !p.oblique && pairable(es.list[p.ent])
		}
		// someone named before the spouse in the sentence, else after
		// ("her split from husband Owen Pike, Nina Ross said")
		for j := i - 1; j >= 0 && es.occ[j].sent == o.sent; j-- {
			if partner(j) {
				return es.occ[j].ent, o.ent, true
			}
		}
		for j := i + 1; j < end && es.occ[j].sent == o.sent; j++ {
			if partner(j) {
				return es.occ[j].ent, o.ent, true
			}
		}
		return -1, -1, false // (the spouse of someone unnamed in the sentence)
	}
	return -1, -1, false
}

// spouseNouns introduce someone's partner: "her husband Owen Pike".
var spouseNouns = setOf("husband", "wife", "boyfriend", "girlfriend", "fiancé", "fiance", "fiancée", "fiancee", "partner",
	"spouse", "ex-husband", "ex-wife", "ex-boyfriend", "ex-girlfriend")

// pairable reports an entity that can be one of a pair of persons: a
// person, or a full name of two or three words that reads as no
// organisation ("Lena Ortiz", whose first name the lists lack).
func pairable(en *entity) bool {
	return en.personOrSpeaker() || len(en.parts) >= 2 && len(en.parts) <= 3 && en.org != 1
}

// pairDescOpens reports a sentence opening with a description of two
// ("The couple announced the news ... "...," they said"), the one of tok
// or the one before it.
func (e *extraction) pairDescOpens(tok int32) bool {
	from, _ := e.sentenceBounds(int(tok))
	for range 2 {
		s := from
		for s < int(tok) && e.kindAt(s) == tPara {
			s++ // a paragraph's break opens its first sentence
		}
		mc := e.mainClause(s, int(tok))
		m, ok := e.mentionAt(mc)
		if ok && m.kind == mDesc && m.definite && int(m.to) < int(tok) && pairNouns.hasLower(headWord(m.name)) || mc+2 < int(tok) && e.theTwo(mc) {
			return true
		}
		if ok && int(m.to) < int(tok) {
			if _, _, ok := e.familyPlural(m); ok {
				return true // "The El Moussas shared that ... '...,' they said"
			}
		}
		if from = e.sentenceBefore(from); from < 0 {
			return false
		}
	}
	return false
}

// sentenceBefore is where the sentence before the one opening at token
// from opens, past a paragraph's break (whose token belongs to the
// sentence after it), or -1.
func (e *extraction) sentenceBefore(from int) int {
	p := from - 1
	for p > 0 && e.kindAt(p) == tPara {
		p--
	}
	if p < 0 {
		return -1
	}
	from, _ = e.sentenceBounds(p)
	return from
}

// theTwo reports "the two" at token k as a subject, a verb after it: "the
// two issued a joint statement" (not "the two companies").
func (e *extraction) theTwo(k int) bool {
	if e.lower(k) != "the" || e.lower(k+1) != "two" || !e.isWord(k+2) || !e.outside(k+2) {
		return false
	}
	w := e.lower(k + 2)
	return isCueWord(w) || pastTense(w) || auxiliaries.has(w) || verbAdverbs.has(w)
}

// pairOpens reports whether entity x, the first of a pair pairBefore
// found for the mention at tok in sentence sent, opens its sentence, and
// that sentence is sent or the one before it.
func (e *extraction) pairOpens(x int, tok, sent int32) bool {
	es := e.ents
	end := es.occBefore(tok)
	before := sent - 1 // the sentence before, past a paragraph's break
	from, _ := e.sentenceBounds(int(tok))
	for from > 0 && e.kindAt(from-1) == tPara {
		from--
	}
	if from > 0 {
		before = min(before, e.toks[from-1].sent)
	}
	for i := end - 1; i >= 0; i-- {
		o := es.occ[i]
		if o.sent < before {
			return false
		}
		if o.ent == x {
			from, to := e.sentenceBounds(int(o.tok))
			return e.mainClause(from, min(to, int(tok))) == int(o.tok)
		}
	}
	return false
}

// coordinated finds the pair of persons named together ("X and Y") whose
// one name is mention m (of entity id), when the pair is the subject right
// before the cue at token cue or right after it ("Aniston and Theroux
// say", "said Kim and Ray"): the two entities in order and the pair's
// tokens [from, to).
func (e *extraction) coordinated(m mention, id, cue int) (x, y, from, to int, ok bool) {
	es := e.ents
	if !pairable(es.list[id]) {
		return
	}
	adjacent := func(from, to int) bool {
		// (or the pair issued the statement the participle reads: "Trump
		// and Ryan issued a statement calling")
		to = e.pastAge(to) // "Aniston, 49, and Theroux, 46, said"
		return cue == to || cue == to+1 && e.adverbAt(to) || cue == from-1 || cue > to && cue <= to+6 && postedVerbs.has(e.lower(to))
	}
	and := int(m.from) - 1
	for and > int(m.from)-3 && e.isWord(and) && !e.toks[and].cap && e.lower(and) != "and" {
		and-- // "Vale and her manager Dana Holt"
	}
	if e.lower(and) == "and" && e.isWord(and) {
		// m is the second: the name before "and"
		if i := es.occBefore(int32(and)); i > 0 {
			o := es.occ[i-1]
			if o.ent != int(id) && o.sent == e.toks[m.from].sent && pairable(es.list[o.ent]) && e.namedTogether(int(o.tok), int(m.from)) && adjacent(int(o.tok), int(m.to)) {
				return o.ent, id, int(o.tok), int(m.to), true
			}
		}
		return
	}
	if e.lower(e.pastAge(int(m.to))) != "and" {
		return
	}
	// m is the first: the name after "and"
	i := es.occBefore(m.to)
	if i >= len(es.occ) {
		return
	}
	o := es.occ[i]
	if o.ent == id || o.sent != e.toks[m.from].sent || !pairable(es.list[o.ent]) || !e.namedTogether(int(m.from), int(o.tok)) {
		return
	}
	n, found := e.nameAt(int(o.tok))
	if !found || !adjacent(int(m.from), int(n.to)) {
		return
	}
	return id, o.ent, int(m.from), int(n.to), true
}

// creditVerbs open what a caption line after a quotation tells of its
// speaker: "Federer speaks frankly following ...", "Federer is thankful".
var creditVerbs = setOf("speaks", "spoke", "talks", "talked", "is", "was", "sums", "summed", "gives", "gave", "offers",
	"offered", "opens", "opened", "weighs", "weighed", "reflects", "reflected")

// creditLine reports quotation sp closing its own sentence at the opening
// of its paragraph, the only quotation there: what follows it in the
// paragraph is its credit line.
func (e *extraction) creditLine(sp span) bool {
	if !e.closesSentence(sp) || e.paraFirst(int(sp.open)) != int(sp.open) {
		return false
	}
	pf, pt := e.paraBounds(int(sp.open))
	lo, hi := e.quotedIn(pf, pt)
	return hi-lo == 1
}

// pastTime is the token after a time phrase at k ("on Friday", "on
// Friday morning", "Friday", "last week", "earlier this week"), or k.
func (e *extraction) pastTime(k int) int {
	j := k
	if e.lower(j) == "earlier" || e.lower(j) == "later" {
		j++
	}
	switch e.lower(j) {
	case "on":
		if !weekdays.has(e.word(j + 1)) {
			return k
		}
		j += 2
	case "last", "this", "next":
		switch e.lower(j + 1) {
		case "week", "month", "year", "night", "weekend", "morning", "evening":
			j += 2
		default:
			return k
		}
	default:
		if !weekdays.has(e.word(j)) {
			return k
		}
		j++
	}
	switch e.lower(j) {
	case "morning", "afternoon", "evening", "night":
		j++
	}
	return j
}

// pastAge is the token after an age set off by commas at k (", 49,"), or
// k: "Aniston, 49, and Theroux, 46, said".
func (e *extraction) pastAge(k int) int {
	if e.isPunct(k, ",") && e.isPunct(k+2, ",") && e.isWord(k+1) {
		if n := e.word(k + 1); len(n) <= 3 && n[0] >= '1' && n[0] <= '9' && strings.Trim(n, "0123456789") == "" {
			return k + 3
		}
	}
	return k
}

// namedTogether reports two names at tokens a < b joined by "and": the
// words of the first name, "and", then at most two lower-case words of the
// second ("Singer Mia Kerr and boxer Leo Grant", "Kim and her sister
// Khloé").
func (e *extraction) namedTogether(a, b int) bool {
	k := a + 1
	for k < b && e.isWord(k) && isCap(e.word(k)) {
		k++ // the first name's other words
	}
	k = e.pastAge(k) // "Aniston, 49, and Theroux"
	if e.isPunct(k, "[") && e.isPunct(k+2, "]") {
		k += 3 // "Josh [Schwartz] and Stephanie [Savage]": an editor's insertion
	}
	if k < b && e.word(k) == "and" && (e.lower(k+1) == "her" || e.lower(k+1) == "his") && kinNouns.has(e.lower(k+2)) && b-k <= 9 {
		// "Kayla Deane and her husband, former NFL player Marcus Deane":
		// a couple, the second introduced by the relation
		j := k + 3
		if e.isPunct(j, ",") {
			j++
		}
		for ; j < b; j++ {
			if !e.isWord(j) {
				return false
			}
		}
		return true
	}
	if k >= b || e.word(k) != "and" || b-k > 3 {
		return false
	}
	for k++; k < b; k++ {
		if !e.isWord(k) || isCap(e.word(k)) {
			return false
		}
	}
	return true
}

// pairNouns stand for two persons named together: "the couple", "the
// girls".
var pairNouns = setOf("couple", "pair", "duo", "exes", "twins", "sisters", "brothers", "girls", "boys", "newlyweds")

// otherDescription reports whether the quotation before, in the same
// paragraph, went to id through a description with another head word than
// m's: "the Duke exclaimed: '...' The veteran joked:" is someone else.
func (e *extraction) otherDescription(id int, m mention) bool {
	p := e.lastAttributed()
	if id < 0 || p.ent != id {
		return false
	}
	if p.mentionTok < 0 || e.toks[p.mentionTok].para != e.toks[m.from].para {
		return false
	}
	pm, ok := e.descAt(int(p.mentionTok))
	return ok && pm.kind == mDesc && !strings.EqualFold(headWord(pm.name), headWord(m.name))
}

// askedBefore reports "asked" or "question" earlier in token k's sentence:
// "when asked about her album, she replied" answers the question, not the
// quotation before.
func (e *extraction) askedBefore(k int) bool {
	from, _ := e.sentenceBounds(k)
	for j := from; j < k; j++ {
		switch e.lower(j) {
		case "asked", "question", "questioned", "quizzed", "pressed":
			return e.outside(j)
		}
	}
	return false
}

// replyCues answer the quotation before.
var replyCues = setOf("replied", "replies", "responded", "responds", "retorted", "retorts", "countered", "counters",
	"answered", "answers", "shot")

// repliesBack reports a reply's cue at token c: "shot back", "fired back",
// "hit back", "clapped back", "retorted", "countered".
func (e *extraction) repliesBack(c int) bool {
	switch e.lower(c) {
	case "retorted", "retorts", "countered", "counters":
		return true
	case "snapped", "struck":
		return e.lower(c+1) == "back"
	}
	return e.firedBack(c)
}

// leadClauseSubject is the person subject of a leading "When" or "After"
// clause in the sentence of token k, before its main clause ("When Vicki
// called out ..., she"), or -1.
func (e *extraction) leadClauseSubject(k int) int {
	from, _ := e.sentenceBounds(k)
	if w := e.lower(from); !e.isWord(from) || w != "when" && w != "after" {
		return -1
	}
	if mc := e.mainClause(from, k+1); mc <= from+1 || mc > k {
		return -1
	}
	m, ok := e.mentionAt(from + 1)
	if !ok || m.kind != mName || int(m.to) >= k {
		return -1
	}
	return e.ents.lookup(m, m.from)
}

// clauseSubjectAt reports a name at token t right before its reporting
// verb: "In a conversation with her friend, Allen wrote" opens a clause,
// no apposition to "her friend".
func (e *extraction) clauseSubjectAt(t int) bool {
	n, ok := e.nameAt(t)
	return ok && e.isCue(int(n.to))
}

// lastAttributed is the attribution of the last quotation before the one
// being attributed that has one of its own: the quotations that run on
// without a reporting clause ("'...,' Parrish captioned. 'Would I do it
// again?'") take theirs only once all are attributed (inherit). Its ent is
// -1 when there is none.
func (e *extraction) lastAttributed() attribution {
	if n := e.lastAttributedAt(); n >= 0 {
		return e.attr[n]
	}
	return attribution{ent: -1, mentionTok: -1}
}

// lastAttributedAt is the index of the quotation lastAttributed gives, or
// -1.
func (e *extraction) lastAttributedAt() int {
	for n := e.cur - 1; n >= 0; n-- {
		if a := e.attr[n]; (a.ent >= 0 || a.mentionTok >= 0) && !(n >= e.cur-4 && e.titleLike(n)) {
			return n
		}
	}
	return -1
}

// relativeNamed is the entity a description of someone's relative ("her
// sister", "his big brother") stands for: the last one the article
// introduced by that relation ("her sister Kendall Jenner", "his brother,
// Sam Ruiz,"), at most 200 mentions back; -1 for none.
func (e *extraction) relativeNamed(m mention) int {
	det, _, _ := strings.Cut(m.surface, " ")
	if det = strings.ToLower(det); det != "her" && det != "his" && det != "their" {
		return -1
	}
	head := headWord(m.name)
	if !kinNouns.hasLower(head) {
		return -1
	}
	canon := func(w string) string { // "her big sis", "her hubby", "her mom"
		if full, ok := kinShort[w]; ok {
			return full
		}
		return w
	}
	head = canon(strings.ToLower(head))
	is := func(k int) bool { return e.isWord(k) && canon(e.lower(k)) == head }
	es := e.ents
	end := es.occBefore(m.from)
	for i := end - 1; i >= 0 && i >= end-200; i-- {
		t := int(es.occ[i].tok)
		if is(t-1) || e.isPunct(t-1, ",") && is(t-2) && !e.clauseSubjectAt(t) {
			return es.occ[i].ent
		}
	}
	if g := spouseGender[head]; g != 0 && det != "their" {
		// "Gwen Stefani and Blake Shelton celebrated ... Her husband":
		// the one of the two named together of the partner's gender
		if x, y, ok := e.pairBefore(m.from, e.toks[m.from].para); ok {
			gx, gy := es.list[x].gender, es.list[y].gender
			switch {
			case gx == g && gy != g:
				return x
			case gy == g && gx != g:
				return y
			}
		}
	}
	return -1
}

// spouseGender is the gender a partner's noun tells.
var spouseGender = map[string]byte{"husband": 'm', "wife": 'f', "boyfriend": 'm', "girlfriend": 'f', "fiancé": 'm',
	"fiance": 'm', "fiancée": 'f', "fiancee": 'f'}

// kinSubjectBefore is the person a possessive relation noun stands for
// that opens the sentence before the one at token k, in its paragraph
// ("Her husband returned the favor."), or -1.
func (e *extraction) kinSubjectBefore(k int) int {
	from, _ := e.sentenceBounds(k)
	if from < 2 {
		return -1
	}
	pf, _ := e.sentenceBounds(from - 1)
	if e.toks[pf].para != e.toks[k].para || !e.isWord(pf) || !e.isWord(pf+1) {
		return -1
	}
	if w := e.lower(pf); w != "her" && w != "his" {
		return -1
	}
	if !kinNouns.hasLower(e.word(pf + 1)) {
		return -1
	}
	surface := e.text[e.toks[pf].start:e.toks[pf+1].end]
	return e.relativeNamed(mention{from: int32(pf), to: int32(pf + 2), kind: mDesc, name: surface, surface: surface})
}

// kinShort are the relations' short forms and the words they stand for.
var kinShort = map[string]string{"sis": "sister", "bro": "brother", "hubby": "husband", "mom": "mother", "dad": "father"}

// epithetReturn: a description such as "the star" or "the 33-year-old"
// right after another person's quotation would be "he" or "she" if it meant
// that person; written out, it returns to the article's subject, the first
// person it names (Kylie Jenner, after a tweet of Kim Kardashian's, is "the
// Kardashians star"). id is the most salient candidate.
func (e *extraction) epithetReturn(id int, m mention) int {
	if id < 0 || e.lastAttributed().ent != id {
		return id
	}
	if h := headWord(m.name); !isEpithet(h) {
		return id // "the senator", "the candidate": a role, which may be anyone's
	}
	if n := e.lastAttributedAt(); n >= 0 && e.partial(e.spans[e.top[n]]) && e.toks[e.spans[e.top[n]].open].para != e.toks[m.from].para &&
		e.attr[n].ent == id && e.spans[e.top[n]].close >= 0 && !e.personNamedBetween(e.spans[e.top[n]].close, m.from) {
		// "Mayer says he was "humiliated" by the song. / "...," the
		// 34-year-old singer said": a fragment in the narration before,
		// whose speaker the new paragraph goes on with, no one named since
		// (not "When Brill suggested "...," Vale fired back")
		return id
	}
	if n := e.lastAttributedAt(); n >= 0 && e.spans[e.top[n]].close >= 0 && e.subjectAgainSince(id, e.spans[e.top[n]].close, m.from) {
		// "When Stern called her "polarizing," Pink agreed but added ...
		// / "...," the "So What" singer said": the prose after the
		// quotation went on with its speaker as the subject
		return id
	}
	if p := e.lastAttributed(); p.mentionTok >= 0 && p.mentionTok != m.from {
		if pm, ok := e.descAt(int(p.mentionTok)); ok && pm.kind == mDesc && strings.EqualFold(headWord(pm.name), headWord(m.name)) {
			return id // "the Oscar-nominated actor called ... '...,' the actor said": the same description, the same person
		}
	}
	for k := range e.ents.occ {
		o := &e.ents.occ[k]
		en := e.ents.list[o.ent]
		if !en.personOrSpeaker() {
			continue
		}
		if o.ent == id || m.gender != 0 && en.gender != 0 && m.gender != en.gender || !e.namedSince(o.ent, m.from) {
			return id
		}
		if pf, _ := e.paraBounds(int(m.from)); e.askerIn(pf, int(m.from)) == o.ent {
			return id // "When Fallow asked him ..., Brenner quipped ... The star explained": not the one who asked
		}
		return o.ent
	}
	return id
}

// subjectAgainSince reports that entity id opens a main clause in the
// prose of tokens (from, to) and no other person is named there but in a
// clause leading a main clause or after a preposition.
func (e *extraction) subjectAgainSince(id int, from, to int32) bool {
	i, j := e.ents.occBefore(from+1), e.ents.occBefore(to)
	if i >= j || j-i > 16 {
		return false // (a quotation that closes after the mention: none)
	}
	again := false
	for _, o := range e.ents.occ[i:j] {
		switch {
		case o.lead || o.oblique:
		case o.ent == id:
			sf, st := e.sentenceBounds(int(o.tok))
			again = again || int(o.tok) == e.mainClause(sf, st)
		case e.ents.list[o.ent].personLike():
			return false
		}
	}
	return again
}

// namedSince reports whether entity id is named (or spoken for) in the
// three paragraphs of prose before token tok: a subject the passage has
// left is not who an epithet returns to.
func (e *extraction) namedSince(id int, tok int32) bool {
	es := e.ents
	para := e.toks[tok].para
	end := es.occBefore(tok)
	for i := end - 1; i >= 0 && es.proseParas(es.occ[i].para, para) <= 3; i-- {
		if es.occ[i].ent == id {
			return true
		}
	}
	return false
}

// epithets stand for a person a profile is about rather than for a role
// in a story: "the star", "the singer", "the 33-year-old".
var epithets = setOf("star", "singer", "actress", "actor", "rapper", "musician", "model", "mogul", "comedian",
	"icon", "hitmaker", "socialite", "influencer", "personality", "songstress", "beauty", "starlet", "forward",
	"striker", "midfielder", "winger", "goalkeeper", "quarterback", "athlete", "footballer", "author", "chef",
	"designer")

// starRole reports a description's head word that makes a star: "the
// singer", "the actress", "the singer-songwriter".
func starRole(h string) bool {
	if i := strings.IndexByte(h, '-'); i > 0 && epithets.has(h[:i]) {
		return true
	}
	return fameRoles.has(h) || epithets.has(h)
}

// isEpithet reports a description's head word that is an epithet or an age.
func isEpithet(w string) bool {
	return epithets.has(w) || strings.HasSuffix(w, "-year-old")
}

// ordinals stand for a noun after "a" ("A second wrote").
var ordinals = setOf("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final")

// countedStranger reports a description that counts off someone unnamed:
// "the first man", "the other woman", "a second guest".
func countedStranger(desc string) bool {
	det, rest, ok := strings.Cut(desc, " ")
	count, noun, ok2 := strings.Cut(rest, " ")
	if !ok || !ok2 || strings.Contains(noun, " ") || !determiners.hasLower(det) {
		return false
	}
	return (count == "first" || count == "other" || ordinals.has(count) && count != "last" && count != "final") && strangerNouns.has(noun)
}

// strangerNouns name someone by sex or presence alone.
var strangerNouns = setOf("man", "woman", "guy", "gentleman", "lady", "person", "guest", "passenger", "diner", "customer",
	"shopper", "attendee", "onlooker", "witness", "fan")

// causeVerbs bring someone to say something: "leading Fallow to quip",
// "prompting Lee to write".
var causeVerbs = setOf("leading", "led", "prompting", "prompted", "causing", "caused", "forcing", "forced", "inspiring",
	"inspired", "moving", "moved", "driving", "drove", "pushing", "pushed", "spurring", "spurred", "compelling",
	"compelled")

// receivedBefore reports a verb of receiving a message in tokens [from,
// to): "gets a text", "received a letter", "was sent an email".
func (e *extraction) receivedBefore(from, to int) bool {
	for j := from; j < to && j < from+8; j++ {
		if !e.isWord(j) || !e.outside(j) {
			continue
		}
		switch e.lower(j) {
		case "gets", "got", "get", "receives", "received", "receive", "sent", "handed":
			if (e.lower(j) == "sent" || e.lower(j) == "handed") && e.lower(j-1) != "was" && e.lower(j-1) != "were" {
				continue // "Vale sent a text": hers ("was sent a text" is not)
			}
			d := j + 1
			if determiners.has(e.lower(d)) {
				d++
			}
			if e.isWord(d) && messageNouns.has(e.lower(d)) {
				return true
			}
		}
	}
	return false
}

var messageNouns = setOf("text", "message", "letter", "note", "email", "call", "voicemail", "card")

// issuerBefore reads "<subject> issued a statement" (released, posted a
// message, shared a video) right before the participle at k, from from on:
// the subject, who describes or calls in it.
func (e *extraction) issuerBefore(k, from int) (mention, bool) {
	j := k - 1
	if !e.isWord(j) || !docHeads.hasLower(e.word(j)) && !postNouns.hasLower(e.word(j)) {
		return mention{}, false
	}
	j--
	if e.lower(j) == "joint" {
		j--
	}
	if !determiners.has(e.lower(j)) {
		return mention{}, false
	}
	j--
	if !e.isWord(j) || !postedVerbs.has(e.lower(j)) || j <= from {
		return mention{}, false
	}
	m, ok := e.mentionEndingAt(j - 1)
	if !ok || m.kind == mDesc && !m.definite {
		return mention{}, false
	}
	return m, true
}

// postedVerbs put a message out: what the message "read" or "said" is the
// words of whoever posted it.
var postedVerbs = setOf("posted", "shared", "wrote", "sent", "tweeted", "released", "issued", "penned", "left", "uploaded", "made", "recorded", "filmed", "published")

// subjectNotPerson reports an entity that reads as no person and opens a
// sentence as its subject somewhere ("Skyline Toys is recalling ..."):
// what "the company" can stand for (not a place named in passing).
func (e *extraction) subjectNotPerson(en *entity) bool {
	if en.org == 0 {
		en.org = -1
		for _, k := range en.toks {
			k := int(k)
			if en.personLike() || k > 0 && e.kindAt(k-1) != tPara && e.toks[k-1].sent == e.toks[k].sent {
				continue // a person, or not the first word of its sentence
			}
			if m, ok := e.nameAt(k); ok && e.isWord(int(m.to)) && !isCap(e.word(int(m.to))) {
				en.org = 1
				break
			}
		}
	}
	return en.org > 0
}

// capitalOwnerIn finds a capitalised possessive inside description m, its
// owner: "Journal" of "the Journal's editorial board".
func (e *extraction) capitalOwnerIn(m mention) (string, bool) {
	for k := int(m.from); k < int(m.to); k++ {
		if !e.isWord(k) || !e.toks[k].cap {
			continue
		}
		w := e.word(k)
		if base, poss := stripPossessive(w); poss {
			return base, true
		}
		if e.sPossessive(k + 1) {
			return w, true
		}
	}
	return "", false
}

// orgBefore finds the organisation named last before token k, within the
// paragraph and the two before it ("The National Weather Service warned
// ... the agency said"): a name of an organisation, one that reads as no
// person and opens a sentence somewhere ("Skyline Toys is recalling"), or
// capitalised words ending in the description's head ("The All Nations
// Aquatics Club ... the club said").
func (e *extraction) orgBefore(k int, head string) (string, bool) {
	para := e.toks[k].para
	for j := k - 1; j >= 0 && e.toks[j].para >= para-2; j-- {
		if !e.isWord(j) || !e.outside(j) || !isCap(e.word(j)) {
			continue
		}
		if j > 0 && e.isWord(j-1) && isCap(e.word(j-1)) && e.outside(j-1) && e.word(j-1) != "The" {
			continue // inside a longer name: read it from its start
		}
		if head == "platform" || head == "app" {
			w, _ := stripPossessive(e.word(j))
			if platformNames.has(w) && w != "X" {
				return w, true // "TikTok ... the social media platform told Business Insider": the platform named last
			}
			if m, ok := e.nameAt(j); ok && (e.pressSpeaker(strings.TrimPrefix(m.name, "The ")) || pressName(m.name)) {
				continue // (no paper named since)
			}
		}
		m, ok := e.nameAt(j)
		if !ok {
			if end := e.orgRunEnd(j); end > j+1 && end <= k && strings.EqualFold(e.word(end-1), head) {
				return e.text[e.toks[j].start:e.toks[end-1].end], true // "The All Nations Aquatics Club ... the club said"
			}
			if w := e.word(j); e.sentenceStart(j) && !notNames.has(w) && !firstNames.has(w) && e.isWord(j+1) && !e.toks[j+1].cap &&
				pastTense(e.lower(j+1)) && !isCueWord(e.word(j+1)) && e.ents.lookup(mention{name: w, kind: mName}, int32(j)) < 0 {
				return w, true // "Netflix cancelled the show. ... the company said": a name that is no one's, opening its sentence
			}
		}
		if !ok || int(m.to) > k {
			continue
		}
		if m.kind == mOrg {
			return strings.TrimPrefix(m.name, "The "), true
		}
		if id := e.ents.lookup(m, int32(j)); m.kind == mName && id >= 0 && e.subjectNotPerson(e.ents.list[id]) {
			return e.ents.list[id].name, true // "Kite Works is recalling ..."
		}
	}
	return "", false
}

// orgDescHeads end descriptions of organisations rather than people.
var orgDescHeads = setOf("company", "agency", "department", "committee", "organization", "organisation", "group",
	"administration", "campaign", "firm", "team", "office", "union", "party", "board", "council", "court",
	"government", "ministry", "club", "foundation", "charity", "label", "studio", "network", "league", "federation",
	"association", "institute", "university", "school", "hospital", "museum", "bank", "service", "platform",
	"retailer", "brand", "publisher", "distributor", "academy", "festival", "promoter", "palace", "app")

// mediaDescHeads end descriptions of programmes, networks and papers:
// what they stand for is a medium (mediaBefore), not any organisation;
// printHeads are those of papers, airHeads those of programmes.
var (
	printWords     = []string{"magazine", "mag", "newspaper", "paper", "tabloid", "site", "website", "publication"}
	airWords       = []string{"program", "programme", "show", "network", "station", "channel", "broadcaster"}
	printHeads     = setOf(printWords...)
	airHeads       = setOf(airWords...)
	mediaDescHeads = setOf(append(append([]string{"outlet"}, printWords...), airWords...)...)
)

// mediaBefore finds the medium a description with head noun head stands
// for: the one named last before token k, within the paragraph and the
// reach before it ("Entertainment Tonight said ... the program said"). A
// programme or a network (a name the channel lexicon knows) stands for
// "the program", a paper's name ("The Daily Beast") for "the magazine",
// either for "the outlet".
func (e *extraction) mediaBefore(k int, head string, reach int32) (string, bool) {
	air, print := !printHeads.has(head), !airHeads.has(head)
	para := e.toks[k].para
	for j := k - 1; j >= 0 && e.toks[j].para >= para-reach; j-- {
		if !e.isWord(j) || !(e.outside(j) || air && e.inTitle(j)) || !e.toks[j].cap {
			continue // (a programme's title in quotation marks: "on "The Talk" last spring")
		}
		if j > 0 && e.isWord(j-1) && e.toks[j-1].cap && e.outside(j-1) == e.outside(j) && e.word(j-1) != "The" {
			continue // inside a longer name: read it from its start
		}
		if j > 1 && e.isPunct(j-1, "!") && e.isWord(j-2) && len(e.word(j-2)) == 1 {
			continue // "News" of "E! News"
		}
		if air && head == "station" && callSign(e.word(j)) {
			return e.word(j), true // "KLMV, a Reno television station ... told the station"
		}
		if air {
			if end := e.programmeAt(j); end > j {
				name, _ := stripPossessive(e.text[e.toks[j].start:e.toks[end-1].end])
				return name, true
			}
			base, _ := stripPossessive(e.lexWord(j))
			if toldOnlyTV.has(base) && (e.lower(j-1) == "with" || e.lower(j-1) == "to" || e.lower(j-1) == "told") {
				return base, true // "sat down with Extra ... she told the outlet"
			}
			for _, p := range phraseIndex.at(base) {
				if len(p.words) == 1 && p.strength >= sNetwork && p.strength != sPlatform && (p.strength == sProgramme || !showHeads.has(head)) {
					return base, true // "CNN" (not for "the show": "a CNN reporter ... told the show")
				}
			}
		}
		if m, ok := e.outletAt(j); ok && print {
			return m.name, true
		}
		if name, ok := e.publicationFrom(j); ok && print {
			return name, true // "Harper's Bazaar": a possessive inside the name
		}
		if m, ok := e.nameAt(j); ok && print && m.kind == mOrg && e.publicationAt(j, m.name) {
			return m.name, true // "Us Weekly", "Vanity Fair"
		}
		if name, ok := e.wordTitleAt(j); print && ok {
			return name, true
		}
		if print && e.reportedBy(j) {
			if base, _ := stripPossessive(e.word(j)); publications.has(base) && !e.personAt(j) {
				return base, true // "Variety confirmed the split. A source told the mag"
			}
		}
		if print && e.lower(j-1) == "of" && (e.lower(j-2) == "issue" || e.lower(j-2) == "edition") {
			if name, ok := e.magazineNameAt(j); ok {
				return name, true // "the December issue of Elle"
			}
		}
	}
	return "", false
}

// airChannel is the medium of a programme or a network the channel
// lexicon knows by name ("SiriusXM" radio, "Good Morning America" and
// "Extra" tv), or "" for a paper or a name it does not know.
func airChannel(name string) string {
	if toldOnlyTV.has(name) {
		return "tv"
	}
	words := strings.Fields(name)
	if len(words) == 0 {
		return ""
	}
	for _, p := range phraseIndex.at(words[0]) {
		if (p.channel == "tv" || p.channel == "radio" || p.channel == "podcast") && p.strength >= sNetwork && len(p.words) == len(words) && strings.Join(p.words, " ") == name {
			return p.channel
		}
	}
	return ""
}

// showHeads stand for a programme, not a network.
var showHeads = setOf("show", "program", "programme")

// callSign reports a North American broadcast station's call sign: four
// capitals opening with K or W ("KLMV", "WBDX").
func callSign(w string) bool {
	if len(w) != 4 || w[0] != 'K' && w[0] != 'W' {
		return false
	}
	return isAllCaps(w)
}

// mediumAnaphor is the programme, network or station that "the show",
// "the TV show", "the station" in tokens [from, to) stands for: the one
// named last within two paragraphs before it (mediaBefore), or "".
func (e *extraction) mediumAnaphor(from, to int) string {
	for k := from; k+1 < to; k++ {
		if !e.isWord(k) || e.lower(k) != "the" || !e.outside(k) {
			continue
		}
		j := k + 1
		for j < to && j < k+3 && e.isWord(j) && mediumModifiers.hasLower(e.word(j)) {
			j++
		}
		if j < to && e.isWord(j) && airHeads.has(e.lower(j)) {
			if name, ok := e.mediaBefore(k, e.lower(j), 2); ok {
				return name
			}
		}
	}
	return ""
}

// mediumModifiers come between "the" and a programme's noun: "the TV show",
// "the talk show", "the morning program".
var mediumModifiers = setOf("tv", "television", "radio", "talk", "morning", "late-night", "news", "daytime", "cable")

// publicationFrom is the publication the lexicon knows whose name, of
// up to four words, starts at token k ("Harper's Bazaar", "Vanity Fair").
func (e *extraction) publicationFrom(k int) (string, bool) {
	for j := k; j < k+4 && e.isWord(j) && e.outside(j); j++ {
		if name := e.text[e.toks[k].start:e.toks[j].end]; publications.has(name) {
			return name, true
		}
	}
	return "", false
}

// wordTitles are magazines named by a common word, with the name given
// them: read as the magazine only where something is told to it or it
// reports (wordTitleAt).
var wordTitles = map[string]string{"People": "People", "PEOPLE": "People", "Star": "Star", "STAR": "Star",
	"Closer": "Closer", "Time": "Time", "TIME": "Time", "Deadline": "Deadline"}

// wordTitleAt reads a magazine named by a common word at token k ("told
// People", "according to Star", "Closer reports"): its name.
func (e *extraction) wordTitleAt(k int) (string, bool) {
	base, _ := stripPossessive(e.lexWord(k))
	name, ok := wordTitles[base]
	if !ok || !e.isWord(k) {
		return "", false
	}
	if name != "People" && e.isWord(k+1) && e.toks[k+1].cap {
		return "", false // ("Star Wars", "Time Warner", "Closer Look")
	}
	if e.wordTitleContext(k) {
		return name, true
	}
	return "", false
}

// wordTitleContext reports the words around token k that make it a
// magazine's name: told to it, reported by it, according to it.
func (e *extraction) wordTitleContext(k int) bool {
	switch e.lower(k + 1) {
	case "reports", "reported", "magazine", "says", "said", "writes", "wrote", "confirmed", "confirms":
		return true
	}
	switch e.lower(k - 1) {
	case "told", "tells", "telling", "tell":
		return true
	case "by":
		return e.reportedByAt(k) // "confirmed by People"
	case "to":
		// "according to People", "speaking to People", "opened up to People"
		return e.lower(k-2) == "according" || toOutletCue(e.word(k-2)) || confirmedTo(e.word(k-2)) ||
			e.lower(k-2) == "up" && toOutletCue(e.word(k-3))
	}
	return false
}

// ownedDesc reports a description opened by an owner: "Mara Lind's rep",
// "her team".
func ownedDesc(m mention) bool {
	first, _, _ := strings.Cut(m.surface, " ")
	if possessiveDeterminers.hasLower(first) {
		return true
	}
	return strings.Contains(m.surface, "'s ") || strings.Contains(m.surface, "’s ")
}

// reportedBy reports a one-word name at token j that reports or confirms
// ("Variety confirmed", "Billboard reports"), or by which the news was
// ("confirmed by People", "first reported by Variety").
func (e *extraction) reportedBy(j int) bool {
	switch e.lower(j + 1) {
	case "confirmed", "confirms", "reported", "reports", "said", "says", "learned", "revealed", "wrote", "writes":
		return true
	}
	return e.reportedByAt(j)
}

// reportedByAt reports a name at token j after "confirmed by", "reported
// by", "revealed by", "broken by": the outlet that had the news.
func (e *extraction) reportedByAt(j int) bool {
	if j < 2 || e.lower(j-1) != "by" || !e.isWord(j-2) {
		return false
	}
	switch e.lower(j - 2) {
	case "confirmed", "reported", "revealed", "broken":
		return true
	}
	return false
}

// recordingHeads end descriptions of a recording, whose words are those of
// whom it caught: "an audio tape revealed", "the footage shows".
var recordingHeads = setOf("tape", "tapes", "audio", "recording", "recordings", "footage")

// docHeads end descriptions of documents, which speak for no one the
// article names: "the letter said" stays "the letter".
var docHeads = setOf("letter", "memo", "statement", "release", "ad", "video", "document", "filing", "lawsuit",
	"complaint", "editorial", "article", "study", "poll", "survey", "email", "e-mail", "message", "tweet", "post",
	"note", "order", "ruling", "indictment", "report", "petition", "motion", "brief", "suit", "book", "memoir", "autobiography",
	"reply", "response", "poem", "caption")

// captionWriter is who posted the clip or picture the caption m belongs
// to: the subject of the last "posted", "uploaded", "shared" or
// "captioned" before it in its paragraph or the one before ("Mina Roe
// posted the clip"), or the one it was done by ("uploaded by a TikToker
// who goes by @jade.lark": the handle that says who).
func (e *extraction) captionWriter(m mention) (mention, bool) {
	para := e.toks[m.from].para
	for k := int(m.from) - 1; k > 0 && k >= int(m.from)-120 && e.toks[k].para+1 >= para; k-- {
		if !e.isWord(k) || !e.outside(k) || !uploadVerbs.has(e.lower(k)) {
			continue
		}
		if e.lower(k+1) == "by" {
			n, ok := e.mentionAt(k + 2)
			if ok && n.kind == mDesc {
				for j := int(n.to); j < int(n.to)+5 && j < int(m.from) && e.outside(j); j++ {
					if h, ok := e.handleAt(j); ok && e.isPunct(j, "@") {
						return h, true // "a TikToker who goes by @jade.lark"
					}
				}
			}
			return n, ok
		}
		end := k
		if e.isWord(k-1) && !e.toks[k-1].cap && (adverbs.has(e.lower(k-1)) || strings.HasSuffix(e.lower(k-1), "ly")) {
			end-- // "Lio Mara later posted"
		}
		for j := end - 1; j >= 0 && j >= end-5; j-- {
			if n, ok := e.mentionAt(j); ok && int(n.to) == end {
				return n, n.kind != mDesc || personDesc(n)
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// uploadVerbs put a clip or a picture online, with its caption.
var uploadVerbs = setOf("posted", "uploaded", "shared", "captioned")

// ownedDocEndingAt reads a document or a post its owner's word opens,
// ending at token j, back to token from at most: "her simple caption",
// "his latest tweet".
func (e *extraction) ownedDocEndingAt(j, from int) (mention, bool) {
	if !e.isWord(j) || e.toks[j].cap || !docHeads.has(e.lower(j)) {
		return mention{}, false
	}
	for b := j - 1; b >= from && b >= j-3 && e.isWord(b) && e.outside(b) && !e.toks[b].cap || b == j-1 && ownerWords.hasLower(e.word(b)); b-- {
		if ownerWords.hasLower(e.word(b)) {
			surface := e.text[e.toks[b].start:e.toks[j].end]
			return mention{from: int32(b), to: int32(j + 1), kind: mDesc, name: surface, surface: surface, definite: true}, true
		}
	}
	return mention{}, false
}

// docDesc reports a description whose head noun names a document or an
// anonymous source: it resolves to no one named.
func docDesc(desc string) bool {
	head := headWord(desc)
	return docHeads.has(head) || anonymous.has(head) ||
		(strings.Contains(desc, "source") || strings.Contains(desc, "insider")) && anonymous.has(nounBefore(desc))
}

// nounBefore is a description's word before its first modifier after the
// noun ("source" of "the source close to Adele", "insider" of "an insider
// familiar with the talks"), in lower case, or "" for none.
func nounBefore(desc string) string {
	prev := ""
	for w := range strings.FieldsSeq(desc) {
		if postModifiers.hasLower(w) {
			return strings.ToLower(prev)
		}
		prev = w
	}
	return ""
}

// postModifiers open what follows a description's noun: "close to",
// "familiar with" ("of" is left out: "the source of error" is no one).
var postModifiers = setOf("close", "closest", "familiar", "near", "with", "to", "from", "at", "in", "inside", "who")

// headWord is a description's last word in lower case.
func headWord(desc string) string {
	return strings.ToLower(lastWord(strings.TrimSpace(desc)))
}

// lastWord is the last space-separated word of s ("Ingraham" of "Laura
// Ingraham").
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// anonymous sources are no one the article names: "the source added".
var anonymous = setOf("source", "sources", "insider", "insiders")

// orgDesc reports a description whose head noun names an organisation.
func orgDesc(desc string) bool {
	return orgDescHeads.has(headWord(desc))
}

// roleTitles ties a description's head to the titles that carry it.
var roleTitles = map[string][]string{
	"senator": {"Sen.", "Senator"}, "governor": {"Gov.", "Governor"}, "president": {"President"},
	"congressman": {"Rep.", "Congressman"}, "congresswoman": {"Rep.", "Congresswoman"},
	"representative": {"Rep.", "Representative"}, "mayor": {"Mayor"}, "judge": {"Judge"},
	"secretary": {"Secretary"}, "speaker": {"Speaker"}, "host": {"Host", "Hostess"}, "hostess": {"Hostess"},
	"lawmaker":   {"Rep.", "Sen.", "Representative", "Senator", "Congressman", "Congresswoman"},
	"legislator": {"Rep.", "Sen.", "Representative", "Senator", "Congressman", "Congresswoman"},
}

// wantTitle is the test of the entities a description names by title:
// those carrying a title its role noun goes by ("the senator": "Sen."),
// and, for someone's proxy, those named after its role noun ("the
// lawyer": "lawyer Laura Wasser"; "the actor" describes too many).
func wantTitle(desc string) func(*entity) bool {
	head := headWord(desc)
	var ts []string
	for _, w := range strings.Fields(strings.ToLower(desc)) {
		if t, ok := roleTitles[w]; ok {
			ts = t
			break
		}
	}
	return func(en *entity) bool {
		for _, t := range en.titles {
			for _, want := range ts {
				if strings.Contains(t, want) {
					return true
				}
			}
			if !isCap(t) && (proxyNouns.has(head) || pressRoles.has(head)) && strings.EqualFold(lastWord(t), head) {
				return true // ("the reporter" after "CNN reporter Brianna Keilar")
			}
		}
		return false
	}
}

// proxyNouns head descriptions of people who speak for someone else: a
// "rep" is never the star the article is about.
var proxyNouns = setOf("rep", "representative", "spokesperson", "spokesman", "spokeswoman", "publicist", "lawyer",
	"attorney", "agent", "manager", "aide")

// unnamedHeads are the heads of descriptions the gossip pages give their
// unnamed sources ("a friend of the actress", "an insider").
var unnamedHeads = setOf("friend", "pal", "confidant", "confidante", "insider", "relative", "acquaintance", "user",
	"commenter", "uploader", "tweeter", "poster", "fan", "follower", "viewer", "caller", "netizen", "observer", "eyewitness",
	"onlooker", "bystander", "partygoer", "concertgoer", "spectator", "person", "interviewer", "questioner", "troll", "hater",
	"narrator", "child", "kid", "girl", "boy", "schoolchild", "mourner", "well-wisher", "tipster", "informant")

// outletsPerson is the person the article introduced as an outlet's
// ("CNN's Brianna Keilar") whom description m names by that outlet ("the
// CNN reporter"); -1 for none.
func (e *extraction) outletsPerson(m mention) int {
	for k := int(m.from) + 1; k+1 < int(m.to); k++ {
		if !e.toks[k].cap || !e.isWord(k) {
			continue
		}
		w := e.word(k)
		for id := range e.ents.list {
			en := e.ents.list[id]
			if !en.personLike() || en.intro < 1 || en.intro >= m.from {
				continue
			}
			if base, poss := stripPossessive(e.word(int(en.intro) - 1)); poss && base == w {
				return id
			}
		}
	}
	return -1
}

// strangerHeads are the bare descriptions of a stranger: "the woman".
var strangerHeads = setOf("the woman", "the man", "the lady", "the guy", "the gentleman", "the young woman", "the young man",
	"the older woman", "the older man", "the elderly woman", "the elderly man")

// strangerIntroduced reports an unnamed person the text introduces or
// describes in description m's sentence or the two before it, before m: "a
// fan", "the concertgoer", "a woman", "one man".
func (e *extraction) strangerIntroduced(m mention) bool {
	from, _ := e.sentenceBounds(int(m.from))
	for i := 0; i < 2 && from > 0; i++ {
		from = max(e.sentenceBefore(from), 0)
	}
	for k := from; k < int(m.from); k++ {
		switch e.lower(k) {
		case "a", "an", "one", "the":
		default:
			continue
		}
		for j := k + 1; j <= k+3 && j < int(m.from) && e.isWord(j) && !e.toks[j].cap; j++ {
			if w := e.lower(j); unnamedHeads.has(w) && w != "person" || w == "woman" || w == "man" || w == "stranger" {
				return e.outside(k)
			}
		}
	}
	return false
}

// spokesHeads name one who speaks for another, each as the others do.
var spokesHeads = setOf("rep", "representative", "spokesperson", "spokesman", "spokeswoman")

// childHeads describe a child: "the little girl", "the boy".
var childHeads = setOf("child", "kid", "girl", "boy", "schoolchild", "toddler", "youngster")

// proxyBut reports an entity named as someone's proxy ("lawyer Laura
// Wasser") in another role than head.
func (en *entity) proxyBut(head string) bool {
	for _, t := range en.titles {
		if w := lastWord(t); !isCap(t) && proxyNouns.has(w) && w != head {
			return true
		}
	}
	return false
}

// hasTitle reports an entity the article gives the role head ("coach
// Gregg Popovich").
func (en *entity) hasTitle(head string) bool {
	for _, t := range en.titles {
		if strings.EqualFold(lastWord(t), head) {
			return true
		}
	}
	return false
}

// roleClash reports an entity introduced in a role other than a trade the
// description's head names: "The director took me aside" is not "the
// actress Mira Dace" the interview is with.
func (en *entity) roleClash(head string) bool {
	head = strings.ToLower(head)
	if !tradeRoles.has(head) {
		return false
	}
	clash := false
	for _, t := range en.titles {
		w := strings.ToLower(lastWord(t))
		if w == head {
			return false
		}
		if !isCap(t) && roleNouns.has(w) {
			clash = true
		}
	}
	return clash
}

// serviceRoles are the jobs of people who serve a star in passing: "the
// waiter", "the doorman".
var serviceRoles = setOf(serviceJobs...)

// titled reports a person the article gives the role noun head as a title
// ("waiter Jo Lee").
func (es *entities) titled(head string) bool {
	for _, en := range es.list {
		for _, t := range en.titles {
			if strings.EqualFold(lastWord(t), head) {
				return true
			}
		}
	}
	return false
}

// tradeRoles are roles that name someone's trade, held apart from the
// star of a story: the director, the lawyer, the coach.
var tradeRoles = setOf(append([]string{"director", "producer", "lawyer", "attorney", "judge", "doctor", "coach", "manager", "agent",
	"publicist", "officer", "detective", "teacher", "nurse", "surgeon", "trainer", "chef", "pilot", "priest",
	"pastor", "photographer", "stylist", "designer", "bodyguard", "nanny", "therapist", "prosecutor", "referee"}, serviceJobs...)...)

// describedBefore finds the description with m's head noun said last
// before m, up to three paragraphs back ("a rep for Brad Pitt" before "the
// rep said"): the name it is set beside when there is one ("Jason Miller,
// a spokesman for the campaign,": that entity), else its words.
func (e *extraction) describedBefore(m mention) (string, int, bool) {
	head := headWord(m.name)
	para := e.toks[m.from].para
	spokes := spokesHeads.has(head)
	for j := int(m.from) - 1; j >= 0 && e.toks[j].para >= para-3; j-- {
		if !e.isWord(j) || !e.outside(j) || e.lower(j) != head && !(spokes && spokesHeads.has(e.lower(j))) {
			continue // ("Lind's rep confirmed ... the spokesperson said": one)
		}
		for s := max(j-4, 0); s <= j; s++ {
			d, ok := e.mentionAt(s) // the longest that holds the head
			if !ok || int(d.to) <= j {
				continue
			}
			if d.kind == mName {
				return d.name, e.ents.lookup(d, d.from), true // "Angelina Jolie's lawyer Laura Wasser"
			}
			if d.kind != mDesc || d.definite {
				break // "the rep" again: read on back
			}
			if n, ok := e.appositiveName(d); ok {
				if id := e.ents.lookup(n, n.from); id >= 0 {
					return e.ents.list[id].name, id, true
				}
			}
			return d.surface, -1, true
		}
	}
	return "", -1, false
}

// inherit fills quotations without a reporting clause from their passage: a
// quotation running on over paragraphs shares one speaker, and a quotation
// that opens a paragraph right after another quotation continues its speaker.
func (e *extraction) inherit() {
	e.inheritChains()
	for n := 1; n < len(e.top); n++ {
		e.inheritOne(n)
	}
}

// inheritChains gives the spans of a chain that continue each other (a
// quotation running on into the next paragraph) one attribution; run again
// after the passes that attribute a chain's first span late ('Anas was
// full of love for his wife. "I love her so much. ... / "I'm famous now."').
func (e *extraction) inheritChains() {
	for n := 1; n < len(e.top); n++ {
		if !e.spans[e.top[n]].continues {
			continue
		}
		start := n - 1
		end := n
		for end+1 < len(e.top) && e.spans[e.top[end+1]].continues {
			end++
		}
		// each span takes the nearest attributed span before it in the
		// chain (a transcript changes speaker at each label), else the
		// first one after it
		first := -1
		for k := start; k <= end; k++ {
			if e.attr[k].speaker != "" {
				first = k
				break
			}
		}
		if first >= 0 {
			src := first
			for k := start; k <= end; k++ {
				if e.attr[k].speaker != "" {
					src = k
					continue
				}
				e.attr[k] = e.attr[src]
				e.attr[k].confidence *= 0.9
			}
		}
		n = end
	}
}

// inheritOne gives quotation n, without a speaker, the attribution of the
// quotation before it when nothing but neutral narration stands between
// them, and reports whether it did.
func (e *extraction) inheritOne(n int) bool {
	if e.attr[n].speaker != "" || e.attr[n].mention == "it" || unnamedOne(e.attr[n].mention) {
		return false // (a note's words: "..., it read"; "someone else wrote": no one named)
	}
	prev, cur := e.spans[e.top[n-1]], e.spans[e.top[n]]
	if e.attr[n-1].speaker == "" && !unnamedOne(e.attr[n-1].mention) || cur.para-prev.para > 1 && !(cur.para-prev.para == 2 && e.leadLineBefore(cur)) {
		return false
	}
	if c, ok := e.participleOpens(n); ok {
		// '"...," a source told the paper. / "..." / Adding, "..."'
		relayed := e.attr[n].relayedBy
		e.attr[n] = e.attr[n-1]
		e.attr[n].cueTok, e.attr[n].cue, e.attr[n].relayedBy = int32(c), e.lower(c), relayed
		return true
	}
	if !e.onlyNeutralBetween(prev, cur, e.attr[n-1]) {
		return false
	}
	if e.attr[n-1].org && e.firstPersonSingular(cur) {
		// an organisation says no "I": the person quoted before it
		// speaks again
		if p := e.lastPersonQuote(n - 1); p >= 0 {
			e.attr[n] = e.attr[p]
			e.attr[n].cueTok = -1
			e.attr[n].confidence *= 0.6
			return true
		}
		return false
	}
	relayed := e.attr[n].relayedBy // ('"...," the Associated Press reported': its words go on, relayed)
	e.attr[n] = e.attr[n-1]
	e.attr[n].cueTok = -1
	e.attr[n].relayedBy = relayed
	e.attr[n].confidence *= 0.8
	return true
}

// anyQuotation reports a quotation among spans [lo, hi) of e.top that is
// no title ('the upcoming film, "Mirror, Mirror," which stars ...').
func (e *extraction) anyQuotation(lo, hi int) bool {
	for n := lo; n < hi; n++ {
		if _, keep := e.judge(n); keep {
			return true
		}
	}
	return false
}

// leadLineBefore reports the paragraph before quotation sp's, which sp
// opens, as a line that leads on to more of the same words: a few words
// ending in a colon or a question mark, or without a full stop (a
// subheading), and no quotation: "It gets worse:", "Is the tour in
// trouble?" between an insider's words and more of them.
func (e *extraction) leadLineBefore(sp span) bool {
	if int(sp.open) != e.paraFirst(int(sp.open)) || sp.open < 2 {
		return false
	}
	to := int(sp.open) - 1
	for to > 0 && e.kindAt(to) == tPara {
		to--
	}
	from, _ := e.paraBounds(to)
	words := 0
	for k := from; k <= to; k++ {
		if e.kindAt(k) == tMark {
			return false
		}
		if e.isWord(k) {
			words++
		}
	}
	return words > 0 && words <= 8 && (e.isPunct(to, ":?") || e.isWord(to))
}

// firstPersonSingular reports whether a quotation speaks as "I".
func (e *extraction) firstPersonSingular(sp span) bool {
	for k := int(sp.open) + 1; k < len(e.toks) && e.toks[k].start < sp.end; k++ {
		switch e.word(k) {
		case "I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "me", "my", "My":
			return true
		}
	}
	return false
}

// lastPersonQuote is the quotation attributed to a known person that comes
// last before the organisation's quotations ending at n, at most three
// paragraphs before them, or -1.
func (e *extraction) lastPersonQuote(n int) int {
	for n > 0 && e.attr[n-1].org && e.attr[n-1].speaker == e.attr[n].speaker {
		n--
	}
	minPara := e.spans[e.top[n]].para - 3
	for p := n - 1; p >= 0 && e.spans[e.top[p]].para >= minPara; p-- {
		if a := e.attr[p]; a.ent >= 0 && !a.org && e.ents.list[a.ent].personLike() {
			return p
		}
	}
	return -1
}

// onlyNeutralBetween reports that no other person is named between two
// quotations (outside quotations), and that the second opens its paragraph
// or follows the first in the same paragraph. Names in the sentence that
// attributes the first quotation after it ("Ortiz press secretary Omar Vale
// said", "said Omar Vale, a senior adviser to Ortiz.") describe its speaker
// and do not interrupt.
func (e *extraction) onlyNeutralBetween(prev, cur span, pa attribution) bool {
	speaker, prevCue := pa.ent, pa.cueTok
	from := int(prev.close) + 1
	if prev.close < 0 {
		from = int(prev.open) + 1
	}
	attributedAfter := prev.close >= 0 && prevCue > prev.close
	appositive := int32(-1) // the attribution's sentence
	if attributedAfter && pa.mentionTok > prev.close {
		appositive = e.toks[pa.mentionTok].sent
	}
	words := 0
	for k := from; k < int(cur.open); k++ {
		t := &e.toks[k]
		if t.quote != 0 || t.kind != tWord {
			continue
		}
		words++
		if t.cap && t.sent != appositive {
			if m, ok := e.nameAt(k); ok && m.kind == mName {
				// another known person named between them; places and
				// organisations in an appositive ("a New York Democrat") are not
				if id := e.ents.lookup(m, int32(k)); speaker < 0 || (id >= 0 && id != speaker && e.ents.list[id].personLike()) {
					return false
				}
				k = int(m.to) - 1
			}
		}
	}
	if cur.para != prev.para {
		// the new paragraph must open with the quotation
		return words == 0 || int(cur.open) == e.paraFirst(int(cur.open))
	}
	// a long attribution after the first ("said X, a veteran ... in July.")
	// directly followed by the second quotation
	return words <= 12 || (attributedAfter && e.toks[cur.open].sent-e.toks[prev.close].sent <= 1)
}

// paraFirst is the first token of token k's paragraph.
func (e *extraction) paraFirst(k int) int {
	from, _ := e.paraBounds(k)
	return from
}

// onlySpeaker is the one speaker of the attributed quotations among lo to
// hi ("" when none is attributed: scare quotes, fragments); ok is false
// when they have several.
func (e *extraction) onlySpeaker(lo, hi int) (spk string, ok bool) {
	for x := lo; x < hi; x++ {
		switch s := e.attr[x].speaker; {
		case s == "" || s == spk:
		case spk == "":
			spk = s
		default:
			return "", false
		}
	}
	return spk, true
}

// sentenceLeadIn attributes a quotation that opens a sentence to the person
// who reports speech in the sentence before it, in its paragraph, when that
// sentence quotes nothing itself: "Sam Lau, the party's spokesman, said in
// a statement. "There are no ballots to recount."".
func (e *extraction) sentenceLeadIn(n int) {
	sp := e.spans[e.top[n]]
	from, _ := e.sentenceBounds(int(sp.open))
	if from != int(sp.open) || from < 2 {
		return // the quotation does not open its sentence
	}
	k := from - 1
	if e.kindAt(k) == tPara || !e.isPunct(k, ".") {
		return
	}
	pfrom, _ := e.sentenceBounds(k)
	for c := pfrom; c <= k; c++ {
		if !e.outside(c) || e.kindAt(c) == tMark {
			return // the sentence before quotes someone itself
		}
	}
	for w := pfrom + 1; w < k; w++ {
		// "The Enquirer spoke to another insider who confirmed the breakup
		// and revealed Star's intention to make it permanent." then the
		// quotation: the unnamed source the sentence says told it
		if e.lower(w) != "who" || !e.isWord(w) {
			continue
		}
		m, ok := e.mentionEndingAt(w - 1)
		if !ok || m.kind != mDesc || !personDesc(m) {
			break
		}
		for c := w + 1; c < k && c <= w+3 && e.isWord(c); c++ {
			if e.isStrongCue(c) {
				e.leadInFrom(n, m, c)
				return
			}
		}
		break
	}
	for c := pfrom; c < k; c++ {
		if !e.isWord(c) || !e.isStrongCue(c) {
			continue
		}
		// the verb reports nothing of its own: "said in a statement.",
		// not "asked for a recount."
		if !plainSayVerbs.has(e.lower(c)) || k-c > 6 {
			return
		}
		for r := c + 1; r < k; r++ {
			if reportsContent.has(e.lower(r)) {
				return
			}
		}
		if m, ok := e.cueSubject(pfrom, c, k); ok {
			e.leadInFrom(n, m, c)
		} else if m, ok := e.firstMention(pfrom, c); ok && m.kind != mDesc {
			e.leadInFrom(n, m, c)
		}
		return
	}
}

// cueSubject reads the speaker standing beside the cue at c that closes
// a sentence of reported speech ending at k, after a comma: "..., says
// Ung." or "..., Ung says." (what comes before the comma is what was said,
// and may name others: "Jolie's track record made the difference, says
// Ung.").
func (e *extraction) cueSubject(from, c, k int) (mention, bool) {
	if c+1 < k && e.isPunct(c-1, ",") {
		if m, ok := e.mentionAt(c + 1); ok && int(m.to) == k && (m.kind != mDesc || personDesc(m)) {
			return m, true
		}
	}
	for j := c - 1; j > from && j >= c-5; j-- {
		if e.isPunct(j, ",") {
			if m, ok := e.mentionAt(j + 1); ok && int(m.to) == c && (m.kind != mDesc || personDesc(m)) {
				return m, true
			}
			break
		}
	}
	return mention{}, false
}

// personDesc reports a description of someone who speaks for others
// unnamed: "the source", "a friend of the couple" (not "the report").
func personDesc(m mention) bool {
	return anonymousSource(m.name) || unnamedHeads.has(headWord(m.name))
}

// leadInFrom attributes quotation n to mention m introduced by the cue at
// token cue (-1 for none), when m resolves to a speaker.
func (e *extraction) leadInFrom(n int, m mention, cue int) {
	if a := e.leadInAttribution(m, cue); a.speaker != "" {
		e.attr[n] = a
	}
}

// leadInAttribution is mention m, introduced by the cue at token cue,
// resolved with a lead-in's confidence.
func (e *extraction) leadInAttribution(m mention, cue int) attribution {
	a := attribution{ent: -1, cueTok: -1, mentionTok: -1}
	e.resolve(&a, m, cue, 0.6)
	return a
}

// leadOut reads a sentence opening the paragraph after token k that tells
// who said the quotation before it: "That was how Jeffrey Bewkes once
// described ...", "That's how Ann Lee put it."
func (e *extraction) leadOut(k int) (mention, int, bool) {
	for k < len(e.toks) && e.kindAt(k) == tPara {
		k++
	}
	if !e.isWord(k) || !e.outside(k) {
		return mention{}, 0, false
	}
	if m, cue, ok := e.thoseWords(k); ok {
		return m, cue, true
	}
	w := e.lower(k)
	h := k + 1
	switch {
	case w == "that's" || w == "that’s":
	case w == "that" && (e.word(h) == "was" || e.word(h) == "is"):
		h++
	default:
		return mention{}, 0, false
	}
	if e.word(h) != "how" {
		return mention{}, 0, false
	}
	_, end := e.sentenceBounds(h)
	m, ok := e.firstPerson(h+1, end)
	if !ok || m.kind != mName {
		return mention{}, 0, false
	}
	for c := int(m.to); c < end && c < int(m.to)+maxAppositive; c++ {
		if e.isWord(c) && e.outside(c) && (e.isCue(c) || e.word(c) == "put") {
			return m, c, true
		}
	}
	return mention{}, 0, false
}

// thoseWords reads the sentence opening at token k as one that names who
// spoke the words just quoted: "A furious Dana Hale fired those words
// during ...", "Those were the words of Dana Hale", "These words came from
// ...". It returns the speaker's mention and the token of "words".
func (e *extraction) thoseWords(k int) (mention, int, bool) {
	_, end := e.sentenceBounds(k)
	if w := e.lower(k); (w == "those" || w == "these") && (e.lower(k+1) == "were" || e.lower(k+1) == "are") && e.lower(k+2) == "the" && wordsNouns.has(e.lower(k+3)) && e.lower(k+4) == "of" {
		// "Those were the words of Dana Hale"
		if m, ok := e.firstPerson(k+5, min(end, k+10)); ok && m.kind == mName && int(m.from) <= k+7 {
			return m, k + 3, true
		}
		return mention{}, 0, false
	}
	for j := k; j+1 < end && j < k+16; j++ {
		if w := e.lower(j); (w != "those" && w != "these") || !e.outside(j) || !wordsNouns.has(e.lower(j+1)) {
			continue
		}
		if j == k {
			// "Those were the words of ...", "Those words came from ..."
			for c := j + 2; c+1 < end && c < j+6; c++ {
				if l := e.lower(c); (l == "of" || l == "from" || l == "by") && e.outside(c) {
					if m, ok := e.firstPerson(c+1, min(end, c+6)); ok && m.kind == mName && int(m.from) == c+1 {
						return m, j + 1, true
					}
					break
				}
			}
			return mention{}, 0, false
		}
		// "<someone> <verb> those words": the subject opens the sentence
		if m, ok := e.firstPerson(k, j); ok && int(m.to) < j && int(m.from) <= k+2 {
			return m, j + 1, true
		}
		return mention{}, 0, false
	}
	return mention{}, 0, false
}

// wordsNouns are what "those" points back to when it means the words just
// quoted.
var wordsNouns = setOf("words", "remarks", "lines", "comments")

var plainSayVerbs = setOf("said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "explained",
	"continued", "declared", "noted", "responded", "replied")

// reportsContent are words after a reporting verb that begin what it
// reports ("said that ...", "asked for ...").
var reportsContent = setOf("that", "for", "about", "if", "whether", "how", "why", "what", "he", "she", "they", "it",
	"we", "i")

// leadIn attributes a quotation standing alone in its paragraph, still
// without a speaker, to the person who reports speech in the last sentence
// of the paragraph before ("Trump was quick to add that ...", then the
// quotation), when that paragraph quotes no one.
func (e *extraction) leadIn() {
	for n, i := range e.top {
		sp := e.spans[i]
		if e.attr[n].speaker != "" || sp.close < 0 {
			continue
		}
		if int(sp.open) != e.paraFirst(int(sp.open)) {
			e.sentenceLeadIn(n)
			continue
		}
		// alone in its paragraph: nothing but marks and punctuation after it
		_, pt := e.paraBounds(int(sp.open))
		alone := true
		for k := int(sp.close) + 1; k < pt; k++ {
			if e.isWord(k) && e.outside(k) {
				alone = false
				break
			}
		}
		if !alone {
			continue
		}
		if m, cue, ok := e.leadOut(pt); ok {
			e.leadInFrom(n, m, cue)
			continue
		}
		if sp.open < 2 {
			continue
		}
		k := int(sp.open) - 1
		for k > 0 && e.kindAt(k) == tPara {
			k--
		}
		qf, qt := e.paraBounds(k)
		from, _ := e.sentenceBounds(k)
		if lo, hi := e.quotedIn(qf, qt); hi > lo && e.anyQuotation(lo, hi) {
			// the paragraph before quotes: the quotation goes on with the
			// words of the person named after its last quotation, in its
			// last sentence, when the paragraph quotes no one else ("Though
			// she called it "outrageous", Clinton restricted comments
			// to ...", then the quotation)
			if spk, ok := e.onlySpeaker(lo, hi); ok && e.spans[e.top[hi-1]].close > 0 {
				if m, ok := e.firstPerson(max(from, int(e.spans[e.top[hi-1]].close)+1), k); ok {
					if a := e.leadInAttribution(m, -1); a.speaker != "" && (spk == "" || a.speaker == spk) {
						e.attr[n] = a
					}
				}
			}
			if e.attr[n].speaker != "" || !e.isPunct(k, ":") || e.quotedBetween(from-1, k) {
				continue
			}
			// (a scare quote before the sentence that introduces it:
			// 'having a "rough" time! A person close to her dished to E!
			// News on Monday:')
		}
		if m, c, ok := e.hadToSay(from, k); ok {
			// "..., and she had this to say." then the quotation: the
			// subject of "had"
			e.leadInFrom(n, m, c)
			continue
		}
		if e.isPunct(k, ":") {
			// "..., with Kendall telling the E! show host:" then the
			// quotation: the name before the colon's reporting verb
			if m, c, ok := e.cueBeforeColon(from, k); ok {
				e.leadInFrom(n, m, c)
				continue
			}
			// "Clinton released the following statement:" then the
			// quotation in a paragraph of its own
			mc := e.mainClause(from, k)
			if m, ok := e.firstPerson(mc, k); ok && e.leadInAttribution(m, -1).speaker != "" {
				e.leadInFrom(n, m, -1)
			} else if m, c, ok := e.describedReporter(mc, k); ok {
				// "The actress gave some details, explaining:"
				e.leadInFrom(n, m, c)
			} else if m, c, ok := e.describedSubject(mc, k); ok {
				// "A person close to the businesswoman dished to E! News
				// on Monday:"
				e.leadInFrom(n, m, c)
			}
			continue
		}
		if m, c, ok := e.paraReporter(qf, k); ok {
			e.leadInFrom(n, m, c)
		}
	}
}

// describedReporter reads a definite description opening the main clause
// at mc and a reporting verb in -ing ending it before the colon at k ("The
// actress gave some details, explaining:"): the description and the verb.
func (e *extraction) describedReporter(mc, k int) (mention, int, bool) {
	c := k - 1
	if !e.isWord(c) || !strings.HasSuffix(e.lower(c), "ing") || !e.isCue(c) || !e.isPunct(c-1, ",") {
		return mention{}, 0, false
	}
	if !e.isWord(mc) || !determiners.has(e.lower(mc)) {
		return mention{}, 0, false
	}
	m, ok := e.descAt(mc)
	if !ok || !m.definite || int(m.to) >= c || !onePersonDesc(m) {
		return mention{}, 0, false
	}
	return m, c, true
}

// onePersonDesc reports a description of one person: no group, no
// document, organisation or medium ("the actress", not "the couple", "the
// statement", "the campaign", "the outlet").
func onePersonDesc(m mention) bool {
	return m.gender != 'p' && !docDesc(m.name) && !orgDesc(m.name) && !mediaDescHeads.has(headWord(m.name))
}

// describedSubject reads a description of a person opening the main
// clause at mc, its reporting verb right after it, before the colon at k
// ("A person close to the businesswoman dished to E! News on Monday:",
// "The source explained:"): the description and the verb.
func (e *extraction) describedSubject(mc, k int) (mention, int, bool) {
	if !e.isWord(mc) || !determiners.has(e.lower(mc)) {
		return mention{}, 0, false
	}
	m, ok := e.descAt(mc)
	if !ok || int(m.to) >= k || !(m.definite || personDesc(m) || unnamedHeads.hasLower(firstWordAfterDeterminer(m.name))) || !onePersonDesc(m) && !anonymousSource(m.name) {
		return mention{}, 0, false // (an anonymous source speaks as written: "An insider told Page Six on Monday:")
	}
	c := int(m.to)
	for c < k && e.adverbAt(c) && !e.isStrongCue(c) {
		c++ // ("told" is among the adverbs a name and its verb may hold between them)
	}
	if c >= k || !e.isStrongCue(c) {
		return mention{}, 0, false
	}
	return m, c, true
}

// hadToSay reads "had this to say" (to add, the following to say,
// something to say) ending the sentence of tokens [from, k], and the
// mention of whoever had it: what the next paragraph quotes.
func (e *extraction) hadToSay(from, k int) (mention, int, bool) {
	v := k - 1
	if w := e.lower(v); !e.isWord(v) || w != "say" && w != "add" || e.lower(v-1) != "to" {
		return mention{}, 0, false
	}
	h := v - 2
	switch e.lower(h) {
	case "this", "something", "following":
		if e.lower(h) == "following" && e.lower(h-1) == "the" {
			h--
		}
		h--
	default:
		return mention{}, 0, false
	}
	if w := e.lower(h); h <= from || !e.isWord(h) || w != "had" && w != "has" && w != "have" {
		return mention{}, 0, false
	}
	m, ok := e.mentionEndingAt(h - 1)
	if !ok || m.kind == mOrg || m.kind == mPlace || int(m.from) < from {
		return mention{}, 0, false
	}
	return m, h, true
}

// describesHow reports "described how" or "describes how" at c, or
// "talked about how", "spoke (up) about how", "opened up about how": speech
// told in the reporter's words (a weak cue otherwise: "described as").
func (e *extraction) describesHow(c int) bool {
	switch w := e.lower(c); w {
	case "described", "describes":
		return e.lower(c+1) == "how"
	case "talked", "talks", "spoke", "speaks", "opened", "opens":
		j := c + 1
		if e.lower(j) == "up" {
			j++
		}
		return e.lower(j) == "about" && e.lower(j+1) == "how" && e.isWord(c) && e.outside(c)
	}
	return false
}

// paraReporter finds who reports speech in the paragraph [pf, k]: the
// subject of a strong cue in its last sentence, or in an earlier one when
// the sentences after it name no one, and no one but a group ("Kevin
// described how he attended a concert. They started shouting and opened
// fire." then his quotation).
func (e *extraction) paraReporter(pf, k int) (mention, int, bool) {
	for to := k; to >= pf; {
		from, _ := e.sentenceBounds(to)
		if e.lower(from) == "according" && e.lower(from+1) == "to" && e.isWord(from) {
			// "According to De La Garza, Lovato is doing much better." and
			// her words below: the source the sentence names
			if m, ok := e.mentionAt(from + 2); ok && m.kind == mName && e.isPunct(int(m.to), ",") {
				return m, from, true
			}
		}
		if m, c, ok := e.accordingAtEnd(from, to); ok {
			return m, c, true // "..., according to an insider." and the insider's words below
		}
		for c := from; c <= to; c++ {
			if !e.isWord(c) || !e.outside(c) || !e.isStrongCue(c) && !e.describesHow(c) && !e.postingAct(c) && !e.firedBack(c) && !e.speaksToTopic(c) {
				continue
			}
			if m, ok := e.firstMention(from, c); ok && (m.kind != mDesc || personDesc(m)) {
				return m, c, true // (or someone unnamed: "One user even shamed the host")
			} else if ok && m.definite && onePersonDesc(m) {
				// "The Memphis native revealed on Twitter that ...": the
				// person the description stands for, when it stands for one
				if a := e.leadInAttribution(m, c); a.ent >= 0 {
					return m, c, true
				}
			}
			return mention{}, 0, false
		}
		if m, ok := e.firstPerson(from, to+1); ok && m.gender != 'p' {
			return mention{}, 0, false // someone else acts after the report
		}
		to = from - 1
	}
	return mention{}, 0, false
}

// accordingClosing gives a quotation still without a speaker the person
// or source "according to" names at the end of its sentence, after it:
// 'the pair decided to "go separate ways" and the talk was friendly,
// according to the source.'
func (e *extraction) accordingClosing() {
	for n := range e.unattributed() {
		sp := e.spans[e.top[n]]
		if sp.close < 0 {
			continue
		}
		from, to := e.sentenceBounds(int(sp.open))
		m, c, ok := e.accordingAtEnd(from, to-1)
		if !ok || c < int(sp.close) || e.quotedBetween(int(sp.close), c) {
			continue
		}
		if _, keep := e.judge(n); !keep {
			continue
		}
		b := attribution{ent: -1, cueTok: -1, mentionTok: -1}
		e.resolve(&b, m, c, 0.6)
		if nameOrNone(b.speaker) != "" {
			e.attr[n] = b
		}
	}
}

// accordingAtEnd reads "according to <someone>" closing the sentence of
// tokens [from, to]: a person named or described ("..., according to an
// insider."), and the "according".
func (e *extraction) accordingAtEnd(from, to int) (mention, int, bool) {
	end := to
	for end > from && !e.isWord(end) {
		end--
	}
	for c := end - 1; c > from && c >= end-8; c-- {
		if e.lower(c) != "according" || e.lower(c+1) != "to" || !e.isPunct(c-1, ",") {
			continue
		}
		m, ok := e.mentionAt(c + 2)
		if !ok || int(m.to) != end+1 || !(m.kind == mName || m.kind == mDesc && (personDesc(m) || anonymous.has(headWord(m.name)))) {
			return mention{}, 0, false
		}
		return m, c, true
	}
	return mention{}, 0, false
}

// speaksToTopic reports speech told as taking up a topic at token c:
// "addresses the issue of consent", "discussed the split", "weighed in on
// the feud", "opened up about", "spoke candidly about" (the paragraph
// after gives the words).
func (e *extraction) speaksToTopic(c int) bool {
	switch e.lower(c) {
	case "addresses", "addressed", "discusses", "discussed", "tackles", "tackled":
		return e.isWord(c+1) && !e.toks[c+1].cap // (not "addressed Congress": an audience)
	case "weighs", "weighed":
		return e.lower(c+1) == "in"
	case "opens", "opened":
		return e.lower(c+1) == "up"
	case "speaks", "spoke", "talks", "talked":
		switch e.lower(c + 1) {
		case "about", "candidly", "openly", "frankly":
			return true
		}
	case "touches", "touched":
		return e.lower(c+1) == "on" || e.lower(c+1) == "upon"
	}
	return false
}

// firedBack reports a reply told as an act at token c: "fired back",
// "hit back", "shot back", "clapped back" (the paragraph after gives its
// words).
func (e *extraction) firedBack(c int) bool {
	switch e.lower(c) {
	case "fired", "fires", "hit", "hits", "shot", "shoots", "clapped", "claps":
		return e.lower(c+1) == "back"
	}
	return false
}

// postingAct reports an act of posting or paying tribute at token c,
// which the quotation in the paragraph after gives the words of: "took to
// Instagram", "paid tribute to".
func (e *extraction) postingAct(c int) bool {
	switch e.lower(c) {
	case "took", "takes", "taking":
		if e.lower(c+1) == "aim" || e.lower(c+1) == "a" && jabNouns.has(e.lower(c+2)) {
			return true // "took a dig at Cassie via Instagram", "took aim at": words aimed at someone
		}
		if e.lower(c+1) != "to" || !e.isWord(c+2) {
			return false
		}
		for _, p := range phraseIndex.at(e.lexWord(c + 2)) {
			if isPlatform(p.channel) || p.channel == "social_media" {
				return true
			}
		}
		if e.lower(c+2) == "social" || e.lower(c+3) == "social" {
			return true // "took to her social media"
		}
		if j := c + 2; possessiveDeterminers.has(e.lower(j)) {
			// "took to her Instagram", "took to her Star Magazine column":
			// her own page or column
			for j++; j < c+7 && e.isWord(j) && e.toks[j].cap; j++ {
				for _, p := range phraseIndex.at(e.lexWord(j)) {
					if isPlatform(p.channel) {
						return true
					}
				}
			}
			return e.isWord(j) && ownPages.has(e.lower(j))
		}
		return false
	case "paid", "pays", "paying", "pay":
		return e.lower(c+1) == "tribute" || e.lower(c+1) == "homage"
	}
	return false
}

// ownPages are where one takes to write: "took to her blog".
var ownPages = setOf("column", "blog", "page", "account", "newsletter", "website", "story", "stories", "feed", "substack")

// jabNouns are what one takes at someone in words: "took a dig at".
var jabNouns = setOf("dig", "swipe", "jab", "shot", "potshot", "swing")

// cueBeforeColon finds, in the clause ending at the colon at k, a
// reporting verb in -ing with a name right before it ("with Kendall
// telling the E! show host:", "Trump saying:"): that name and the verb.
func (e *extraction) cueBeforeColon(from, k int) (mention, int, bool) {
	for c := k - 1; c > from && c >= k-8; c-- {
		if !e.outside(c) || e.isPunct(c, ".;:?") {
			return mention{}, 0, false
		}
		if !e.isWord(c) {
			continue // "the E! show host"
		}
		w := e.word(c)
		if !strings.HasSuffix(w, "ing") || !e.isCue(c) {
			continue
		}
		if m, ok := e.mentionEndingAt(c - 1); ok && m.kind == mName {
			return m, c, true
		}
		return mention{}, 0, false
	}
	return mention{}, 0, false
}

// askerBefore is the person named right before "asked" (asks, asking,
// pressed, questioned) earlier in k's sentence, or -1.
func (e *extraction) askerBefore(k int) int {
	from, _ := e.sentenceBounds(k)
	return e.askerIn(from, k)
}

// askerIn is the person named right before "asked" (asks, asking,
// pressed, questioned) in tokens [from, to), or -1.
func (e *extraction) askerIn(from, to int) int {
	for j := from + 1; j < to; j++ {
		if e.lower(j) == "by" && e.outside(j) && e.questionedBefore(j, from) {
			// "Pressed ... by Fox News reporter Ed Hale": the
			// agent of a question put to someone else
			// (the first person named within six words after it)
			if i := e.ents.occBefore(int32(j + 1)); i < len(e.ents.occ) {
				if o := e.ents.occ[i]; int(o.tok) <= j+6 && int(o.tok) < to {
					return o.ent
				}
			}
		}
		if !askingCue(e.lower(j)) || !e.outside(j) {
			continue
		}
		if i := e.ents.occBefore(int32(j)); i > 0 && int(e.ents.occ[i-1].tok) >= from {
			o := e.ents.occ[i-1]
			if m, ok := e.nameAt(int(o.tok)); ok && int(m.to) == j {
				return o.ent
			}
		}
	}
	return -1
}

// questionedBefore reports a participle of questioning at most eight
// tokens before token by, from from on: "confronted ... by", "asked by".
func (e *extraction) questionedBefore(by, from int) bool {
	for j := by - 1; j >= from && j >= by-8; j-- {
		switch e.lower(j) {
		case "confronted", "asked", "questioned", "pressed", "interviewed", "challenged", "grilled":
			return true
		}
	}
	return false
}

// narrativeDescriptions notes, as a mention of the person it describes,
// a definite description of a person that is the subject of a sentence of
// narration ("Mia Stone sat down with Oprah Winfrey. When Oprah asked
// about her childhood, the singer grew quiet. "It was lonely," she said":
// the she is the singer's, not the asker's).
func (e *extraction) narrativeDescriptions() {
	for from := 0; from < len(e.toks); {
		to := from + 1
		quoted := e.quoteToken(from)
		for to < len(e.toks) && e.toks[to].sent == e.toks[from].sent {
			quoted = quoted || e.quoteToken(to)
			to++
		}
		s := from
		from = to
		for s < to && e.kindAt(s) == tPara {
			s++ // a paragraph's break opens its first sentence
		}
		if s == to {
			continue
		}
		c := e.definiteSubject(s, to)
		if c < 0 {
			continue
		}
		m, ok := e.descAt(c) // (a definite description: c is "the", "this" or "that")
		if ok && quoted {
			// a sentence quoting is attributed with its quotation; a
			// work's title in the description is none ('The former "Real
			// Wives" star shared')
			quoted = false
			for k := s; k < to && !quoted; k++ {
				quoted = (k < c || k >= int(m.to)) && e.quoteToken(k)
			}
		}
		if quoted || !ok || !onePersonDesc(m) || proxyNouns.has(headWord(m.name)) || pairNouns.hasLower(headWord(m.name)) {
			continue
		}
		v := int(m.to)
		if e.isPunct(v, ",") && e.isWord(v+1) && smallNumber(e.word(v+1)) > 0 && e.isPunct(v+2, ",") {
			v += 3 // "The former reality star, 33, welcomed": an age set off
		}
		if w := e.lower(v + 1); e.isPunct(v, ",") && (w == "whose" || w == "who") {
			// "The Oscar winner, whose breakup with Ryan Vale became
			// tabloid fodder, is proud": the verb after the clause
			for j := v + 2; j < to && j < v+30 && e.outside(j); j++ {
				if e.isPunct(j, ",") {
					v = j + 1
					break
				}
			}
		}
		if v >= to || !e.isWord(v) || e.toks[v].cap {
			continue // a verb follows the subject
		}
		if m.gender == 0 {
			m.owns = e.ownPossessive(v, to)
		}
		b := attribution{ent: -1, cueTok: -1, mentionTok: -1}
		e.resolve(&b, m, -1, 1) // (resolve notes the mention)
	}
}

// ownPossessive is the gender of the possessive that the verb at v and the
// few words after it give their subject ("The star shared details of her
// project": 'f'), or 0: the first "his" or "her" before a noun, with no
// other person named or a he or she before it.
func (e *extraction) ownPossessive(v, to int) byte {
	for k := v; k < min(to, v+6); k++ {
		if !e.isWord(k) || !e.outside(k) {
			return 0
		}
		switch lw := e.lower(k); lw {
		case "he", "she", "him", "they", "them", "their", "about":
			return 0 // ("talking about his struggle": someone else's)
		case "his", "her":
			if !e.isWord(k+1) || e.toks[k+1].cap || objectFollowers.has(e.lower(k+1)) {
				return 0 // "thanked her for", "told her that": an object
			}
			if lw == "his" {
				return 'm'
			}
			return 'f'
		}
		if k > v && (e.toks[k].cap || strings.HasSuffix(e.lower(k), "ing")) {
			return 0 // another person, or another verb's, may own what follows
		}
	}
	return 0
}

// objectFollowers follow "her" as an object, no possessive.
var objectFollowers = setOf("for", "that", "to", "in", "on", "at", "with", "about", "and", "or", "as", "a", "an", "the",
	"up", "out", "off", "down", "back", "again", "so", "how", "what", "when", "if")

// quoteToken reports a token of a quotation: its words, or a mark that
// opens or closes one (not an apostrophe standing alone: "Lil' Kim").
func (e *extraction) quoteToken(k int) bool {
	t := &e.toks[k]
	if t.quote != 0 {
		return true
	}
	return t.kind == tMark && (k+1 < len(e.toks) && e.toks[k+1].quote != 0 || k > 0 && e.toks[k-1].quote != 0)
}

// definiteSubject is the token that opens the main clause of the sentence
// [s, to) with a definite determiner ("The singer grew quiet", "When Pryce
// asked, the singer grew quiet"), or -1. Most sentences hold no determiner
// where a main clause may open, and are turned away without mainClause.
func (e *extraction) definiteSubject(s, to int) int {
	definite := func(k int) bool {
		w := e.lower(k)
		return w == "the" || w == "this" || w == "that"
	}
	if definite(s) {
		return s
	}
	if w := e.lower(s); !leadWords.has(w) && !openingAdverbs.has(w) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return -1 // mainClause would give s: no lead phrase before the subject
	}
	for c := s + 1; c < to; c++ {
		if definite(c) && (c <= s+5 || e.isPunct(c-1, ",")) {
			if mc := e.mainClause(s, to); definite(mc) {
				return mc
			}
			return -1
		}
	}
	return -1
}

// descSubjectBefore is the definite description of one person of gender g
// (or of someone unnamed whose gender it does not tell: "The fan") that
// opens one of the two sentences before token k's, in its paragraph or the
// one before: "the photographer's husband" for the "He" after it.
func (e *extraction) descSubjectBefore(k int, g byte, fame bool) (mention, bool) {
	s, _ := e.sentenceBounds(k)
	for i := 0; i < 2 && s > 0; i++ {
		for s > 0 && e.kindAt(s-1) == tPara {
			s-- // (a paragraph's break goes with the sentence after it)
		}
		if s == 0 {
			break
		}
		ps, pt := e.sentenceBounds(s - 1)
		raw := ps
		for ps < pt && e.kindAt(ps) == tPara {
			ps++
		}
		if ps >= pt || e.toks[k].para-e.toks[ps].para > 1 {
			break
		}
		for c := ps; c < pt && c < ps+8; c++ {
			// "The ...", "Shortly after, the ...", "And the ...": a
			// description opening the sentence or its main clause after a
			// lead ("The fan, for his part, appeared": set off before its
			// verb)
			if e.lower(c) != "the" || c > ps && !e.isPunct(c-1, ",") && !(c == ps+1 && (e.word(ps) == "And" || e.word(ps) == "But")) {
				continue
			}
			if m, ok := e.descAt(c); ok && (m.gender == g || m.gender == 0 && (unnamedHeads.has(headWord(m.name)) || fame && fameRoles.has(headWord(m.name)))) && onePersonDesc(m) && (e.isWord(int(m.to)) && !e.toks[m.to].cap || e.isPunct(int(m.to), ",")) {
				return m, true
			}
			break
		}
		s = raw
	}
	return mention{}, false
}

// statementBelow gives a quotation still without a speaker that opens its
// paragraph the owner of the document the paragraph before ends by
// pointing to ("You can read the agency's official apology statement
// below."): the agency, as the article names it.
func (e *extraction) statementBelow() {
	for n := range e.unattributed() {
		sp := e.spans[e.top[n]]
		pf, _ := e.paraBounds(int(sp.open))
		if int(sp.open) > pf || pf < 2 {
			continue
		}
		qf, qt := e.paraBounds(pf - 2)
		sf, st := e.sentenceBounds(qt - 1)
		sf = max(sf, qf)
		below := false
		for k := sf; k < st; k++ {
			below = below || e.lower(k) == "below" && e.outside(k)
		}
		if !below || e.quotedBetween(sf, st) {
			continue
		}
		for k := sf + 1; k < st; k++ {
			if !docHeads.has(e.lower(k)) || !e.outside(k) {
				continue
			}
			o := k - 1
			for o > sf && (docModifiers.has(e.lower(o)) || e.lower(o) == "apology" || e.lower(o) == "full") {
				o--
			}
			var m mention
			if g := ownerGender(e.word(o)); g != 0 {
				m = e.pronounMention(o, g) // "her statement below"
			} else if base, poss := stripPossessive(e.word(o)); poss {
				from := o
				for from > sf && e.isWord(from-1) && !determiners.has(e.lower(from)) && from > o-3 {
					from--
				}
				m = mention{from: int32(from), to: int32(o + 1), kind: mDesc, name: e.text[e.toks[from].start:e.toks[o].start] + base, definite: e.lower(from) == "the"}
				m.surface = m.name
				if nm, ok := e.nameAt(from); ok && int(nm.to) == o+1 {
					m = nm // "Smith's statement below"
				}
			} else {
				break
			}
			b := attribution{ent: -1, cueTok: -1, mentionTok: -1}
			e.resolve(&b, m, -1, 0.5)
			if nameOrNone(b.speaker) != "" {
				e.attr[n] = b
			}
			break
		}
	}
}

// narratedSubject gives a quotation still without a speaker, which opens a
// sentence right after a sentence of the same paragraph about a person
// ("She looks at them curiously. “I didn't even know ...”"), to that
// person: the subject the sentence opens with, a he or she or a person's
// name. A profile quotes its subject so between pieces of narration.
func (e *extraction) narratedSubject() {
	for n := range e.unattributed() {
		a, sp := &e.attr[n], e.spans[e.top[n]]
		k := int(sp.open) - 1
		if k <= 0 || !e.isPunct(k, ".!?") || e.toks[k].para != e.toks[sp.open].para || e.toks[k].quote != 0 {
			continue
		}
		from, _ := e.sentenceBounds(k)
		if e.isPunct(k, "?") {
			// "Is she going to work with Peppa Pig? "No!"": a question the
			// narration asks of one person, who answers it
			if b, ok := e.askedOf(from, k); ok {
				if _, keep := e.judge(n); keep {
					*a = b
				}
			}
			continue
		}
		mc := e.mainClause(from, k)
		m, ok := e.mentionAt(mc)
		if !ok && e.isWord(mc) && !e.toks[mc].cap && roleNouns.has(e.lower(mc)) {
			m, ok = e.nameAt(mc + 1) // "director Joe Carnahan thanked his star.": the name after the role
			ok = ok && m.kind == mName
		}
		if end := int(m.to); ok && (m.kind == mOrg || m.kind == mName) && e.isWord(end) && !e.toks[end].cap || !ok && e.isWord(mc) && e.toks[mc].cap && e.isWord(mc+1) && !e.toks[mc+1].cap {
			// "GQ executive editor Andy Ward issued a statement": the
			// person in the organisation's role after it
			j := int(m.to)
			if !ok {
				j = mc + 1
			}
			for j < k && j < int(m.to)+3 && e.isWord(j) && !e.toks[j].cap && e.outside(j) && !roleNouns.has(e.lower(j)) {
				j++
			}
			for j+1 < k && e.isWord(j+1) && !e.toks[j+1].cap && roleNouns.has(e.lower(j+1)) {
				j++ // "executive editor"
			}
			if j < k && e.isWord(j) && !e.toks[j].cap && roleNouns.has(e.lower(j)) {
				if n, nok := e.nameAt(j + 1); nok && n.kind == mName {
					m, ok = n, true
				}
			}
		}
		if !ok || int(m.to) >= k {
			continue
		}
		switch m.kind {
		case mPronoun:
			if m.gender != 'm' && m.gender != 'f' {
				continue
			}
		case mName:
			// (or a full name whose first name no list knows:
			// "Lena Hart issued a statement.")
			if id := e.ents.lookup(m, m.from); id < 0 || !e.ents.list[id].personLike() && !fullNameShaped(e.ents.list[id].parts) {
				continue
			}
		case mOrg, mDesc:
			// "The Writers Guild has issued a statement.", "The union put
			// out a statement.": the issuer of the words below
			if !e.issuedDocument(int(m.to), k) {
				continue
			}
		default:
			continue
		}
		if _, keep := e.judge(n); !keep {
			continue // a title or a scare quote stays no quotation
		}
		b := attribution{ent: -1, cueTok: -1, mentionTok: -1}
		e.resolve(&b, m, -1, 0.4)
		if b.ent >= 0 || m.kind != mPronoun && m.kind != mName && nameOrNone(b.speaker) != "" {
			*a = b
		}
	}
}

// askedOf resolves the person a narrated question in tokens [from, k) is
// about ("What was Adele's favorite thing to do?", "Is she excited for
// Beyoncé's album?"): the first it names, or a he or she.
func (e *extraction) askedOf(from, k int) (attribution, bool) {
	for j := from; j < k; j++ {
		if !e.isWord(j) || !e.outside(j) {
			return attribution{}, false // (a question quoting someone)
		}
		var m mention
		if g := ownerGender(e.word(j)); g != 0 {
			m = mention{from: int32(j), to: int32(j + 1), kind: mPronoun, name: e.word(j), surface: e.word(j), gender: g} // "her favorite thing"
		} else if n, ok := e.mentionAt(j); ok && (n.kind == mName || n.kind == mPronoun && (n.gender == 'm' || n.gender == 'f')) {
			m = n
		} else if n, ok := e.nameAt(j); ok && n.kind == 0 && n.name != "" {
			m = n // "Adele's favorite thing": the owner
			m.kind = mName
		} else {
			continue
		}
		b := attribution{ent: -1, cueTok: -1, mentionTok: -1}
		e.resolve(&b, m, -1, 0.4)
		if b.ent >= 0 && e.ents.list[b.ent].personLike() {
			return b, true // (the first person it names: its subject, or the subject's owner)
		}
		j = int(m.to) - 1
	}
	return attribution{}, false
}

// forGerundSubject reads the subject of a reporting verb in -ing at token
// c after "for": a possessive before it ("took Clinton to task for her
// claiming "..."") or the person the main verb acts on ("slammed Clinton
// for calling his supporters "...""); none when no one stands between the
// sentence's subject and "for" ("apologized for saying": the subject's).
func (e *extraction) forGerundSubject(c, from int) (mention, bool) {
	if !e.forGerundCue(c) {
		return mention{}, false
	}
	j := c - 1
	if g := ownerGender(e.word(j)); g != 0 {
		return e.pronounMention(j, g), true
	}
	for k := j - 1; k > from && k >= j-4 && e.isWord(k) && e.outside(k); k-- {
		if m, ok := e.mentionEndingAt(k); ok && m.kind == mName && int(m.from) > from && !e.isPreposition(int(m.from)-1) {
			return m, true
		}
	}
	return mention{}, false
}

// issuedDocument reports tokens [from, to) after a sentence's subject
// that say it put a document out: "has issued a statement", "put out a
// statement on Monday", "released a joint statement to Deadline".
func (e *extraction) issuedDocument(from, to int) bool {
	for j := from; j < to && j < from+10 && e.outside(j); j++ {
		w := e.lower(j)
		if !postedVerbs.has(w) && !issuingVerbs.has(w) && !(w == "put" && e.lower(j+1) == "out") || !e.isWord(j) {
			continue
		}
		for d := j + 1; d < to && d <= j+4 && e.isWord(d); d++ {
			if docHeads.has(e.lower(d)) {
				return true
			}
		}
		return false
	}
	return false
}

// issuingVerbs put a document out, as a participle: "responded, issuing
// a statement".
var issuingVerbs = setOf("issuing", "releasing", "sharing", "posting", "publishing")

// profileSubject gives a quotation in the first person singular still
// without a speaker to the person the article is about (articleSubject),
// when it has one ("I never thought ..." in a profile of her); in an
// article written from its writer's own interview (writersInterview), any
// full quotation still without one.
func (e *extraction) profileSubject() {
	subject, only := -2, -2 // not looked for yet: most articles need no look
	for n := range e.unattributed() {
		a, i := &e.attr[n], e.top[n]
		if !e.firstPersonSingular(e.spans[i]) {
			// in the writer's own interview any quotation left without a
			// speaker is the subject's ("It's just been the hardest time")
			if !e.writersInterview() || e.partial(e.spans[i]) && !e.clausal(e.spans[i]) {
				continue
			}
		}
		if _, keep := e.judge(n); !keep {
			continue // a title or a scare quote stays no quotation
		}
		if e.answerLabel(int(e.spans[i].open)) {
			id := e.qaInterviewee() // (answerLabel found one)
			// an answer of a Q&A piece: the person interviewed
			*a = attribution{ent: id, speaker: e.ents.list[id].name, cue: "—", cueTok: -1, mentionTok: -1, confidence: 0.3}
			continue
		}
		if subject == -2 {
			subject = e.articleSubject()
		}
		id := subject
		if id < 0 && e.topicLeadIn(e.spans[i]) {
			// "On winning the Oscar... 'I was the kid who never won the
			// races'": an interview's extracts, of the one person the
			// article names
			if only == -2 {
				only = e.onlyPerson()
				if only < 0 {
					only = e.leadSubject()
				}
			}
			id = only
		}
		if id < 0 {
			continue
		}
		*a = attribution{ent: id, speaker: e.ents.list[id].name, cue: "—", cueTok: -1, mentionTok: -1, confidence: 0.3}
	}
}

// topicLeadIn reports a quotation whose paragraph opens with "On" and the
// topic it answers, no one named between: "On weight struggles when she
// was younger... '...'".
func (e *extraction) topicLeadIn(sp span) bool {
	pf, _ := e.paraBounds(int(sp.open))
	if !e.isWord(pf) || e.word(pf) != "On" {
		return false
	}
	// (or a topic line ending in a colon, whoever it names: "On having
	// chemistry with her co-star Channing Tatum: '...'")
	return len(e.ents.within(pf, int(sp.open))) == 0 || e.isPunct(int(sp.open)-1, ":")
}

// leadSubject is the person who opens the article as the subject of its
// first sentence ("Rachel McAdams looks cute as can be on the cover"), or
// -1.
func (e *extraction) leadSubject() int {
	if len(e.ents.occ) == 0 {
		return -1
	}
	o := e.ents.occ[0]
	if o.para > 1 || o.oblique || o.owner || !e.sentenceStart(int(o.tok)) || !e.ents.list[o.ent].personLike() {
		return -1
	}
	return o.ent
}

// onlyPerson is the one person the article names outside quotations, or
// -1 when it names none or more than one.
func (e *extraction) onlyPerson() int {
	id := -1
	for _, o := range e.ents.occ {
		if en := e.ents.list[o.ent]; !en.personLike() || o.ent == id {
			continue
		}
		if id >= 0 {
			return -1
		}
		id = o.ent
	}
	return id
}

// clausal reports a quotation that ends a sentence inside its marks and
// holds at least three words.
func (e *extraction) clausal(sp span) bool {
	c := e.text[sp.start:sp.end]
	return strings.ContainsAny(c[max(len(c)-1, 0):], ".!?") && strings.Count(c, " ") >= 2
}

// qaLabel reports whether token k opens a paragraph with the label of a
// Q&A piece, "Q:" or "A:" (a period for the colon, or "Question:" and
// "Answer:"): l is 'Q' or 'A'.
func (e *extraction) qaLabel(k int, l byte) bool {
	if k > 0 && e.kindAt(k-1) != tPara || !e.isWord(k) || !e.isPunct(k+1, ":.") {
		return false
	}
	switch w := e.word(k); {
	case len(w) == 1:
		return w[0] == l
	case l == 'Q':
		return w == "Question"
	default:
		return w == "Answer"
	}
}

// answerLabel reports whether token k stands in an answer of a Q&A piece
// (inAnswer) whose interviewee the text names: a paragraph that opens
// with "A:" after the piece's first "Q:".
func (e *extraction) answerLabel(k int) bool {
	return e.inAnswer(k) && e.qaInterviewee() >= 0
}

// inAnswer reports whether token k stands in an answer of a Q&A piece,
// whether or not the piece names whom it interviews in its text (a
// headline may).
func (e *extraction) inAnswer(k int) bool {
	ps, _ := e.paraBounds(k)
	if e.qaLabel(ps, 'A') {
		e.qaInterviewee() // (notes qaFirst)
		return e.qaFirst >= 0 && ps > e.qaFirst
	}
	e.qaInterviewee()
	if e.qaQuestion == nil || k < 0 || k >= len(e.toks) {
		return false
	}
	// an unlabelled piece: a paragraph after a question, before the next
	p := int(e.toks[k].para)
	if e.qaQuestion[p] {
		return false
	}
	for q := p - 1; q >= 0 && q >= p-12; q-- {
		if e.qaQuestion[q] {
			return true
		}
	}
	return false
}

// askedAboutUnnamed reports a he or she (gender g) at token k in a Q&A
// answer that stands for a relative the question before the answer asks
// about ("your mother", "your father's death"), with no one of that gender
// named in the question (the answer may name others: "I watched Marla
// Fenn's show ... she would say").
func (e *extraction) askedAboutUnnamed(k int, g byte) bool {
	af, _ := e.paraBounds(k)
	if af < 2 {
		return false
	}
	qf, qt := e.paraBounds(af - 2)
	unlabelled := false
	if !e.qaLabel(qf, 'Q') {
		// an unlabelled piece: the question the answer follows
		if e.qaQuestion == nil {
			return false
		}
		// (inAnswer found it at most twelve paragraphs up: walked
		// paragraph by paragraph, each bounded once)
		qf = af
		for steps := 0; ; steps++ {
			j := qf - 1
			for j >= 0 && e.kindAt(j) == tPara {
				j--
			}
			if j < 0 || steps > 12 {
				return false
			}
			qf, qt = e.paraBounds(j)
			if e.qaQuestion[e.toks[qf].para] {
				break
			}
		}
		unlabelled = true
	}
	asked := false
	for j := qf; j < qt; j++ {
		if !e.isWord(j) || !e.outside(j) {
			continue
		}
		switch e.lower(j - 1) {
		case "your", "his", "her", "my", "their":
			base, _ := stripPossessive(e.lower(j))
			asked = asked || kinNouns.has(base) && (g == 'f' && femaleNouns.has(base) || g == 'm' && maleNouns.has(base))
		}
		if unlabelled && !e.toks[j].cap && roleNouns.has(e.lower(j)) && !femaleNouns.has(e.lower(j)) && !maleNouns.has(e.lower(j)) {
			// "What did your Game of Thrones co-star tell you? ... He
			// texted me": whom it asks about
			b := j - 1
			for b > qf && b > j-5 && e.isWord(b) && (e.toks[b].cap || titleFunctionWords.has(e.lower(b))) {
				b--
			}
			asked = asked || e.lower(b) == "your"
		}
	}
	if !asked {
		return false
	}
	es := e.ents
	for i := es.occBefore(int32(qf)); i < len(es.occ) && int(es.occ[i].tok) < qt; i++ {
		if en := es.list[es.occ[i].ent]; en.gender == g || en.gender == 0 && len(en.parts) > 1 {
			return false // "your mother, Ruth": named
		}
	}
	return true
}

// ownKinBefore reports a he or she (gender g) at token k in a Q&A answer
// right after the answer names a relative of the interviewee's of that
// gender, unnamed ("A: My mom. She always said, ..."), with no one of that
// gender named between.
func (e *extraction) ownKinBefore(k int, g byte) bool {
	from, _ := e.paraBounds(k)
	for j := k - 1; j > from && j >= k-40; j-- {
		if !e.isWord(j) || !e.outside(j) {
			continue
		}
		if e.lower(j-1) != "my" {
			continue
		}
		w := e.lower(j)
		if !kinNouns.has(w) || !(g == 'f' && femaleNouns.has(w) || g == 'm' && maleNouns.has(w)) {
			continue
		}
		for _, o := range e.ents.within(j+1, k) {
			if en := e.ents.list[o.ent]; en.gender == g || en.gender == 0 && en.personLike() {
				return false // "my father, Paul, ... He said": named
			}
		}
		return true
	}
	return false
}

// qaInterviewee is the person a Q&A piece interviews: the person named
// most (mostNamedPerson) in the paragraphs before its first
// question (whose token it notes in qaFirst); -1 if none, or if the
// article asks no question.
func (e *extraction) qaInterviewee() int {
	if e.qa != -2 {
		return e.qa
	}
	e.qa = -1
	e.qaFirst = -1
	labels := strings.Contains(e.text, "Q:") || strings.Contains(e.text, "Q.") || strings.Contains(e.text, "Question")
	for k := 0; labels && k < len(e.toks); k++ {
		if (k == 0 || e.toks[k-1].kind == tPara) && e.qaLabel(k, 'Q') {
			e.qaFirst = k
			break
		}
	}
	if e.qaFirst < 0 {
		e.qaFirst = e.unlabelledQuestions()
	}
	if e.qaFirst < 0 {
		return -1
	}
	e.qa, _, _ = e.ents.mostNamedPerson(e.ents.occ[:e.ents.occBefore(int32(e.qaFirst))])
	return e.qa
}

// unlabelledQuestions finds the questions of a Q&A piece that labels
// neither ("What was it like working with her? ..." as a paragraph of its
// own, the answer in the paragraphs after it): paragraphs that end with a
// question mark, ask "you", hold no quotation, and are answered by the
// paragraph after. With two or more, it notes them in qaQuestion and
// returns the first one's first token; else -1.
func (e *extraction) unlabelledQuestions() int {
	if len(e.toks) == 0 || strings.Count(e.text, "?") < 2 {
		return -1 // (two questions at least: the marks counted on the text first)
	}
	n := int(e.toks[len(e.toks)-1].para) + 1
	var questions []bool
	count, short, first := 0, 0, -1
	start, you, marks, words := 0, false, false, 0
	for k := 0; k <= len(e.toks); k++ {
		if k < len(e.toks) && e.toks[k].kind != tPara {
			switch t := &e.toks[k]; t.kind {
			case tMark:
				marks = true
			case tWord:
				words++
				// (most words are turned away by their length and first
				// byte before they are compared)
				if l := t.end - t.start; !you && (l == 3 || l == 4) && e.text[t.start]|0x20 == 'y' {
					w := e.text[t.start:t.end]
					you = strings.EqualFold(w, "you") || strings.EqualFold(w, "your")
				}
			}
			continue
		}
		// a paragraph ends before k: a question asking "you", or a short
		// one of its own ("What's next?") among them
		end := k - 1
		if end >= start && e.isPunct(end, "?") && (you || words <= 10) && !marks {
			if questions == nil {
				questions = make([]bool, n)
			}
			questions[e.toks[start].para] = true
			count++
			if !you {
				short++
			}
			if first < 0 {
				first = start
			}
		}
		start, you, marks, words = k+1, false, false, 0
	}
	if count-short < 2 && count < 3 {
		return -1 // (two asking "you", or three at least with short ones)
	}
	// a question answered by another question is no interview's
	for p := 0; p+1 < n; p++ {
		if questions[p] && questions[p+1] {
			return -1
		}
	}
	e.qaQuestion = questions
	return first
}

// articleSubject is the person an article is about: the person named most,
// at least three times and in at least two of every five mentions of
// persons (the first named of equals); -1 if none.
func (e *extraction) articleSubject() int {
	subject, n, total := e.ents.mostNamedPerson(e.ents.occ)
	if subject < 0 || n < 3 || n*5 < total*2 {
		return -1
	}
	return subject
}

// mostNamedPerson is the person occurrences occ name most (the first
// entity of equals; -1 for none), how often, and how many of occ name
// persons.
func (es *entities) mostNamedPerson(occ []occurrence) (id, n, total int) {
	counts := make([]int, len(es.list))
	for _, o := range occ {
		if es.list[o.ent].personLike() {
			counts[o.ent]++
			total++
		}
	}
	id = -1
	for i, c := range counts {
		if c > 0 && (id < 0 || c > counts[id]) {
			id = i
		}
	}
	if id >= 0 {
		n = counts[id]
	}
	return id, n, total
}

// relativeBefore finds a relative clause set off by commas that ends at the
// comma at token s: the token of its "who" or "whose", right after the
// opening comma, else -1.
func (e *extraction) relativeBefore(s, from int) int {
	if !e.isPunct(s, ",") {
		return -1
	}
	start := s - 1
	if m, ok := e.mentionEndingAt(s - 1); ok && m.kind == mName && e.isPunct(int(m.from)-1, ",") && e.isWord(int(m.from)-2) && !e.toks[m.from-2].cap {
		// "Hill, who had brought along her daughter, Beth, said": a name
		// set off after the clause's noun is the clause's
		start = int(m.from) - 2
	}
	for j := start; j > from+1 && j >= s-maxAppositive && e.outside(j); j-- {
		if e.isPunct(j, ",;:") || e.kindAt(j) == tMark {
			return -1
		}
		if e.isWord(j) && e.isPunct(j-1, ",") {
			switch e.lower(j) {
			case "who", "whose":
				return j
			}
			return -1
		}
	}
	return -1
}

// relativeSubject finds the subject of a verb after a relative clause
// that token s ends, set off by no comma before the verb: "the New Jersey
// Democrat who chairs the committee [said]", "Joe Manchin, D-W.Va., who
// pushed for the bill after the shooting at Sandy Hook Elementary [said]".
// The clause has no verb of speech of its own ("the aide who told
// reporters": that one reports) and at most maxAppositive words.
func (e *extraction) relativeSubject(s, from int) (mention, bool) {
	if !e.isWord(s) || e.isPunct(s, ",") {
		return mention{}, false
	}
	if m, ok := e.mentionEndingAt(s); ok && m.kind != mDesc {
		if b := int(m.from) - 1; b < from || e.isPunct(b, ",") || e.lower(b) == "and" || e.lower(b) == "but" {
			return mention{}, false // "who works for RT and, Mr. King said, has ...": the verb's own subject
		}
	}
	for j := s; j > from+1 && j >= s-maxAppositive; j-- {
		if !e.outside(j) || e.kindAt(j) == tMark || e.isPunct(j, ";:") {
			return mention{}, false
		}
		if !e.isWord(j) {
			continue
		}
		if j < s && e.isCue(j) {
			return mention{}, false
		}
		if e.lower(j) != "who" {
			continue
		}
		if j == s || e.toks[j+1].cap || subjectPronouns.hasLower(e.word(j+1)) {
			return mention{}, false // (not "Bannon, who Beck on Wednesday called ...": the clause's own subject)
		}
		a := j - 1
		if e.isPunct(a, ",") {
			a--
			for b := a; b > from && b >= a-4 && !e.isPunct(b, ","); b-- {
				if e.isPunct(b-1, ",") && e.isWord(b) && (partyState(e.word(b)) || e.toks[b].cap && b == a) {
					a = b - 2 // "Joe Manchin, D-W.Va., who": past the party's state set off
					break
				}
			}
		}
		m, ok := e.mentionEndingAt(a) // ("who": a person's, whatever its head)
		if !ok {
			m, ok = e.nounPhraseEndingAt(a, from) // "The waiter who served her said"
		}
		if !ok || m.kind == mPronoun {
			return mention{}, false
		}
		return m, true
	}
	return mention{}, false
}

// unnamedIntroduced reports a definite description ("the employee") whose
// head an indefinite one introduced shortly before in its paragraph or the
// one before ("An employee at the restaurant"), no name set off after it:
// someone the article never names. Spokespeople, sources, hosts and royals
// are read elsewhere.
func (e *extraction) unnamedIntroduced(m mention) bool {
	h := headWord(m.name)
	if !strings.HasPrefix(strings.ToLower(m.surface), "the ") || strings.Count(m.surface, " ") != 1 || !roleNouns.has(h) ||
		anonymous.has(h) || proxyNouns.has(h) || onAirRoles.has(h) || royalTitles.has(h) || kinNouns.has(h) {
		return false
	}
	para := e.toks[m.from].para
	for j := int(m.from) - 1; j > 0 && j >= int(m.from)-160 && e.toks[j].para+1 >= para; j-- {
		if e.toks[j].quote != 0 || !e.isWord(j) || e.lower(j) != h {
			continue
		}
		for d := j - 1; d >= j-3 && d >= 0 && e.isWord(d); d-- {
			if !indefinites.has(e.lower(d)) {
				if e.toks[d].cap {
					break
				}
				continue
			}
			n, named := e.nameAt(j + 1)
			if !named || n.kind != mName {
				n, named = e.nameAt(j + 2) // "An employee, Jo Lee,"
			}
			if named && n.kind == mName {
				return false
			}
			for _, o := range e.ents.within(j, int(m.from)) {
				if n, ok := e.nameAt(int(o.tok)); ok && e.sentenceStart(int(o.tok)) && (e.isCue(int(n.to)) || e.subjectVerbAt(int(n.to))) {
					return false // "an unofficial biographer says ... Chloe Govan says ... the biographer": named since
				}
			}
			return true
		}
		return false // (the head named otherwise first: "the employee" Tom Reyes)
	}
	return false
}

// nounPhraseEndingAt reads a noun phrase the lexicons know no role of,
// ending at token a and opened by a determiner at most three words before
// it ("The waiter", "a local baker"): a description as written, for a
// relative "who" that tells it is a person.
func (e *extraction) nounPhraseEndingAt(a, from int) (mention, bool) {
	if !e.isWord(a) || e.toks[a].cap || !e.outside(a) {
		return mention{}, false
	}
	for d := a - 1; d >= from && d >= a-3 && e.isWord(d) && e.outside(d); d-- {
		if w := e.lower(d); w == "the" || w == "a" || w == "an" {
			surface := e.text[e.toks[d].start:e.toks[a].end]
			return mention{from: int32(d), to: int32(a + 1), kind: mDesc, name: surface, surface: surface, definite: w == "the"}, true
		}
		if e.toks[d].cap && d > from || e.isPreposition(d) {
			break
		}
	}
	return mention{}, false
}

// partyState reports a party's initial and a state's after a name: "D-W.Va.",
// "R-Tenn.", "D-Ill".
func partyState(w string) bool {
	return len(w) >= 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-'
}

// namesakeHost is the person a programme in a host's description is named
// after: "the former Chelsea Lately host" is Chelsea Handler, "the Kelly
// Ortiz Show host" Kelly Ortiz, when one person the article names has that
// first name or surname; -1 for none.
func (e *extraction) namesakeHost(m mention) int {
	found := -1
	for k := int(m.from); k < int(m.to)-1; k++ {
		if !e.isWord(k) || !e.toks[k].cap {
			continue
		}
		w, _ := stripPossessive(e.word(k))
		for _, id := range e.ents.byWord[w] {
			en := e.ents.list[id]
			if len(en.parts) < 2 || !en.personLike() || en.parts[0] != w && en.parts[len(en.parts)-1] != w {
				continue
			}
			if strings.Contains(m.name, en.name) {
				continue // "Chelsea Lately", the programme's own words read as a name
			}
			if found >= 0 && found != id {
				return -1 // two people it may be named after
			}
			found = id
		}
	}
	return found
}

// titledHost is the person the article names as the host of the
// programme whose title a host's description m holds ("the Last Week
// Tonight host"): "host of Last Week Tonight, John Oliver", "Last Week
// Tonight host John Oliver"; -1 for none.
func (e *extraction) titledHost(m mention) int {
	from, to := int(m.from)+1, int(m.to)-1 // the title's words, between "the" and the role
	for from < to && !e.toks[from].cap {
		from++ // "the former"
	}
	if from >= to || to-from > 6 {
		return -1
	}
	for k := from; k < to; k++ {
		if !e.isWord(k) || !e.toks[k].cap && !titleJoinWords.has(e.lower(k)) {
			return -1
		}
	}
	n := to - from
	title := e.text[e.toks[from].start:e.toks[to-1].end]
	if id, ok := e.titledHosts[title]; ok {
		return id // (an article saying "the Sunday Roast host" many times reads its text once)
	}
	if e.titledHosts == nil {
		e.titledHosts = map[string]int{}
	}
	e.titledHosts[title] = -1
	for k := 2; k+n < len(e.toks); k++ {
		if k == from || e.word(k) != e.word(from) || !e.outside(k) {
			continue
		}
		same := true
		for j := 1; j < n && same; j++ {
			same = e.word(k+j) == e.word(from+j)
		}
		if !same {
			continue
		}
		at := -1
		switch end := k + n; {
		case onAirRoles.has(e.lower(end)) && e.isWord(end+1):
			at = end + 1 // "Last Week Tonight host John Oliver"
		case e.lower(k-1) == "of" && onAirRoles.has(e.lower(k-2)) && e.isPunct(end, ","):
			at = end + 1 // "host of Last Week Tonight, John Oliver"
		}
		if at < 0 {
			continue
		}
		if nm, ok := e.nameAt(at); ok && nm.kind == mName {
			if id := e.ents.lookup(nm, nm.from); id >= 0 && e.ents.list[id].personLike() {
				e.titledHosts[title] = id
				return id
			}
		}
	}
	return -1
}

// possessiveHost is the person whose programme the passage before a
// host's description m names in a possessive ("Alex Cooper's "Call Her
// Daddy" interview", "Gina Holt's show"), at most three paragraphs back;
// -1 for none.
func (e *extraction) possessiveHost(m mention) int {
	es := e.ents
	para := e.toks[m.from].para
	for i := es.occBefore(m.from) - 1; i >= 0 && es.proseParas(es.occ[i].para, para) <= 3; i-- {
		o := es.occ[i]
		if !o.owner || !es.list[o.ent].personLike() {
			continue
		}
		n, ok := e.nameAt(int(o.tok))
		if !ok {
			continue
		}
		end := int(n.to) // the token after the possessive name
		if e.kindAt(end) == tMark && e.quotedTitleTo(e.closingMarkAfter(end), false) != "" || programmeHeads.has(e.lower(end)) {
			return o.ent
		}
	}
	return -1
}

// programmeHeads are the nouns of someone's programme: "Gina Holt's show".
var programmeHeads = setOf("show", "podcast", "programme", "program")

// closingMarkAfter is the quotation mark closing the one opening at token
// open, at most eight tokens on, or -1.
func (e *extraction) closingMarkAfter(open int) int {
	for k := open + 1; k < open+9 && k < len(e.toks); k++ {
		if e.kindAt(k) == tMark {
			return k
		}
	}
	return -1
}

// describedOwnersGroup reports a group of someone's described in turn
// ("the singer's family", "the late star's estate"): the group, no person
// the article names, speaks.
func describedOwnersGroup(m mention) bool {
	if !ownerGroupHeads.has(headWord(m.name)) || !ownedDesc(m) {
		return false
	}
	det, _, _ := strings.Cut(m.surface, " ")
	return strings.EqualFold(det, "the")
}

// ownerGroupHeads are the groups a person leaves behind or keeps that
// speak as themselves.
var ownerGroupHeads = setOf("family", "estate", "relatives", "loved")

// priorSentence is the sentence before the one of token k, past a
// paragraph's break (sentenceBefore), in k's paragraph or the one before.
func (e *extraction) priorSentence(k int) (from, to int, ok bool) {
	s, _ := e.sentenceBounds(k)
	for s > 0 && e.kindAt(s-1) == tPara {
		s--
	}
	if s == 0 {
		return 0, 0, false
	}
	from, to = e.sentenceBounds(s - 1)
	return from, to, e.toks[k].para-e.toks[min(from+1, to-1)].para <= 1
}

// askedObjectBefore is the person the sentence before pronoun mention m
// names as asking someone of m's gender ("Holt then asked him about his
// family."), or -1.
func (e *extraction) askedObjectBefore(m mention) int {
	obj := "him"
	if m.gender == 'f' {
		obj = "her"
	} else if m.gender != 'm' {
		return -1
	}
	ps, pt, ok := e.priorSentence(int(m.from))
	if !ok {
		return -1
	}
	for j := ps + 1; j+1 < pt; j++ {
		switch e.lower(j) {
		case "asked", "questioned", "pressed", "quizzed":
		default:
			continue
		}
		if e.lower(j+1) != obj || !e.outside(j) {
			continue
		}
		v := j - 1
		for v > ps && e.adverbAt(v) || e.lower(v) == "then" || e.lower(v) == "later" || e.lower(v) == "also" {
			v--
		}
		if n, ok := e.mentionEndingAt(v); ok && n.kind == mName {
			return e.ents.lookup(n, n.from)
		}
		return -1
	}
	return -1
}

// addressedReplier reads '"...," she told him. "...," he responded': a he
// or she (m) replying to the quotation before, whose speaker, of the other
// gender, addressed a pronoun of m's: the person of m's gender the
// passage names most, over one named once nearer (id, salient's choice).
// -1 when the shape does not hold.
func (e *extraction) addressedReplier(m mention, id int) int {
	p := e.lastAttributed()
	if p.ent < 0 || p.cueTok < 0 || e.ents.list[p.ent].gender == m.gender || e.toks[m.from].para-e.toks[p.cueTok].para > 1 {
		return -1
	}
	obj := "him"
	if m.gender == 'f' {
		obj = "her"
	}
	if c := int(p.cueTok); e.lower(c+1) != obj && !(e.lower(c+1) == "to" && e.lower(c+2) == obj) {
		return -1
	}
	es := e.ents
	counts := map[int]int{}
	best, most := -1, 0
	for i := es.occBefore(m.from) - 1; i >= 0 && es.proseParas(es.occ[i].para, e.toks[m.from].para) <= 3; i-- {
		x := es.occ[i].ent
		if x == p.ent || es.list[x].gender != m.gender {
			continue
		}
		counts[x]++
		if counts[x] > most {
			best, most = x, counts[x]
		}
	}
	if best < 0 || best == id || most < 2 {
		return -1
	}
	return best
}

// postHeads are what one posts, whose words go on as the poster's: "the
// post continued".
var postHeads = setOf("post", "tweet", "caption")

// posterCues report words posted: the poster's own.
var posterCues = setOf("captioned", "captions", "posted", "posts", "tweeted", "tweets")

// descReplier reads '"...," Goldberg shot back. "...," the red-headed
// comedian retorted': a description that replies (replyCues) to the
// quotation just before is someone other than its speaker (id, which
// salience chose): the one of its gender the passage names otherwise; -1
// when the shape does not hold.
func (e *extraction) descReplier(id int, m mention, cue int, t token) int {
	if id < 0 || cue < 0 || !replyCues.has(e.lower(cue)) {
		return -1
	}
	p := e.lastAttributed()
	if p.ent != id || p.cueTok < 0 || t.para-e.toks[p.cueTok].para > 1 {
		return -1
	}
	ex := e.ents.list[id]
	return e.ents.salient(m.from, t.sent, t.para, m.gender, func(en *entity) bool {
		return en != ex && en.personLike() && m.ownedBy(en)
	}, false)
}
