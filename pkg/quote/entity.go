package quote

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// entity is one person (or organisation) the article names, with every
// variant of its name merged.
type entity struct {
	name   string   // canonical: the fullest form first seen ("Chrissy Teigen")
	parts  []string // its words
	gender byte
	titles []string
	count  int
	toks   []int32 // where it is mentioned, in order
	spoke  bool    // the subject of a reporting verb somewhere ("Costa told")
	org    int8    // reads as no person and opens a sentence as its subject: 0 not yet known, 1 yes, -1 no
	// introduced as someone's relative ("Serena's sister, Venus
	// Williams"): the bare surname they share means the other one
	kin bool
	// and that someone has the surname too (found.kinOwn)
	kinOwn bool
	age    int // the age the article gives after the name ("Omar Vale, 31,"), 0 if none
	// a part someone plays ("the role of Alex", "playing Nora"), who
	// never reports speech in the article: a he or she is the actor first
	character bool
	// named by the first name alone so far ("Deb, 58, said")
	firstAlone bool
	// the he/him/his and she/her/hers read for a full name whose first
	// name is given to either gender (genderVotes)
	votes [2]int16
	intro int32 // the token where the article first names them
}

// pronounInName reports a capitalised pronoun after a name's first word
// ("Ask Me Anything", "Call Her Daddy", "Love You Forever"): a title's
// words, as no person is named so ("Elizabeth I" is: "I" is not read).
func pronounInName(name string) bool {
	_, rest, ok := strings.Cut(name, " ")
	for ok {
		var w string
		w, rest, ok = strings.Cut(rest, " ")
		switch w {
		case "Me", "You", "Him", "Her", "It", "Us", "Them", "My", "Your", "Our", "Their", "We", "They":
			return true
		}
	}
	return false
}

// unknownWord reports an entity named by one word that is no known first
// name, with no title, never the subject of a reporting verb: "Twilight",
// "BRITs" may be a work or an event, so a pronoun after it says nothing of
// its gender ("Zedd admits" is someone).
func unknownWord(en *entity) bool {
	return len(en.parts) == 1 && len(en.titles) == 0 && firstNames.at(en.parts[0]) == 0 && !en.spoke
}

// personOrSpeaker reports an entity that reads as a person or reports
// speech somewhere in the article (not an outlet after "told").
func (en *entity) personOrSpeaker() bool { return en.spoke || en.personLike() }

// personLike reports whether an entity reads as a person: a known first
// name, a gender or a title (not "Solidarity Strategies").
func (en *entity) personLike() bool {
	if en.gender != 0 || len(en.titles) > 0 {
		return true
	}
	if last := lastWord(en.name); suffixes.has(last) && en.parts[len(en.parts)-1] != last {
		return true // "Shum Jr.": only a person's name takes a generation
	}
	return firstNames.has(en.parts[0])
}

// teamOfPlace reports a name no person bears that holds a place's name
// after its first word: "Ajax Cape Town", "Real Madrid Castilla", a team or
// a club, never "the striker" nor "he".
func (en *entity) teamOfPlace() bool {
	if en.personLike() || en.spoke || len(en.parts) < 2 {
		return false
	}
	for i := 1; i < len(en.parts); i++ {
		if isPlace(en.parts[i:i+1]) || i+2 <= len(en.parts) && isPlace(en.parts[i:i+2]) {
			return true
		}
	}
	return false
}

// fullNameShaped reports a name of two words, each a capitalised word of
// letters, the last no organisation's head nor a place's word: "Lena
// Hart", whose first name no list knows.
func fullNameShaped(parts []string) bool {
	if len(parts) != 2 || orgHeads.has(parts[1]) || isPlace(parts) || isPlace(parts[1:]) {
		return false
	}
	for _, p := range parts {
		if len(p) < 2 || !isCap(p) || isAllCaps(p) {
			return false
		}
		for i := 1; i < len(p); i++ {
			if c := p[i]; (c < 'a' || c > 'z') && c != '-' && c != '\'' {
				return false
			}
		}
	}
	return true
}

// occurrence places a mention of an entity in the text.
type occurrence struct {
	tok, sent, para int32
	ent             int
	oblique         bool // the object of a preposition ("to West Point")
	owner           bool // a possessive ("Madonna's lawyer Eleanor Alter")
	ownsNamed       bool // a possessive before the person it has, named: "Kim's husband Kanye West"
	reporter        bool // the subject of a reporting verb ("Cuban said", "said Cuban")
	// paired: the gender of a he or she joined to it by "and" ("he and
	// Kardashian West launched"): a later pronoun of that gender goes on
	// with the pronoun's person, not with this one
	paired byte
	// lead: in a clause leading its sentence's main clause ("When The
	// Society asked her to consider Ms. Jenner, Ms. Grand was reluctant")
	lead bool
	// afterSubject: the gender of a he or she that opens the main clause
	// before it ("He later said the magazine put Moss on the cover"): a
	// later pronoun of that gender goes on with the subject's person
	afterSubject byte
	// joined: one of two persons joined by "and" ("Prince Harry and
	// Meghan Markle issued a statement"): a later he or she is the
	// pair's one only when no one named alone agrees
	joined bool
}

type entities struct {
	list []*entity
	// byWord: the entities whose first or last word is the key, by id
	// (ascending): add and lookup read these instead of the whole list,
	// which an article of thousands of names made quadratic
	byWord map[string][]int
	occ    []occurrence // in text order
	// ownersLast: salient takes a possessive ("Michelle Obama's
	// appearance") only when no one else in its sentence agrees, for a
	// description of unknown gender too (as for a he or a she)
	ownersLast bool
	// characters: some entity is a part someone plays (salient reads
	// past them first only then)
	characters bool
	// narrative[k]: the words outside quotations before token k, to
	// measure distances in the article's own prose
	narrative []int32
	// prose[p]: the paragraphs up to p that hold a sentence (a full stop,
	// question or exclamation mark, colon or quotation): distances back to
	// an antecedent pass over headings, captions and advertisers' lines
	// ("A Message from ...", "Get Started with ...")
	prose []int32
	// firstByCount: the persons named by a lone first name, he then she,
	// most named first (mostNamedFirst)
	firstByCount [2][]int
	// aliases: the person each name the article gives as another of
	// theirs means ("Stefani Germanotta, better known as Lady Gaga")
	aliases map[string]int
}

// proseParas counts the paragraphs holding a sentence after paragraph a up
// to b.
func (es *entities) proseParas(a, b int32) int32 {
	if a < 0 || b < a || int(b) >= len(es.prose) {
		return b - a
	}
	return es.prose[b] - es.prose[a]
}

// programmeAt returns the end of a programme or network name of two words
// or more in the channel lexicon that starts at token k, else -1: its words
// start no person's name ("Entertainment Tonight", "The Tonight Show
// Starring ..."). Names are read left to right, so a programme is met at its
// first word.
func (e *extraction) programmeAt(k int) int {
	w := e.word(k)
	if !programmeFirsts.has(w) {
		return -1
	}
	// most "The ..." phrases fail on their second word: read it first
	for _, p := range programmeStarts[[2]string{w, e.lower(k + 1)}] {
		if firstNames.has(p.words[0]) && len(p.words) == 2 {
			continue // "Glenn Beck", "Hugh Hewitt": the host is a person too (not "Jimmy Kimmel Live")
		}
		if n, ok := e.matchPhrase(k, len(e.toks), p.words); ok {
			return k + n
		}
	}
	return -1
}

// programmeStarts are the phrases of networks and programmes of two words or
// more, by their first word as phraseIndex keys it and their second lower
// case, in phraseIndex's order; programmeFirsts are those first words.
var programmeStarts, programmeFirsts = func() (map[[2]string][]phrase, wordSet) {
	idx := map[[2]string][]phrase{}
	var firsts []string
	for _, key := range slices.Sorted(maps.Keys(phraseIndex.m)) {
		for _, p := range phraseIndex.m[key] {
			if p.strength >= sNetwork && len(p.words) >= 2 {
				pk := [2]string{key, strings.ToLower(p.words[1])}
				idx[pk] = append(idx[pk], p)
				firsts = append(firsts, key)
			}
		}
	}
	return idx, setOf(firsts...)
}()

// found is a name collectEntities found.
type found struct {
	m       mention
	words   int // in m.name
	initial bool
	kin     bool // after a relation: "Serena's sister, Venus Williams"
	// the relation is of someone who has the name's surname: "Her mother,
	// Tina Vale", "Vale's brother, Omar Vale" (not "wife Chrissy Teigen")
	kinOwn bool
}

// collectEntities finds the names outside quotations: multi-word names
// first, then single words joined to the full name they belong to.
func (e *extraction) collectEntities() *entities {
	es := &entities{}
	var names []found
	if s := e.scratch; s != nil {
		es.occ, es.byWord, names = s.occ[:0], s.byWord, s.found[:0] // (byWord cleared on release)
		s.byWord = nil
		if cap(s.narrative) >= len(e.toks)+1 {
			es.narrative = s.narrative[:len(e.toks)+1] // every entry but the first is written below
			es.narrative[0] = 0
		}
	}
	if es.narrative == nil {
		es.narrative = make([]int32, len(e.toks)+1)
	}
	paras := int32(1)
	if n := len(e.toks); n > 0 {
		paras = e.toks[n-1].para + 1
	}
	es.prose = make([]int32, paras)
	for k := range e.toks {
		t := &e.toks[k]
		es.narrative[k+1] = es.narrative[k]
		if t.kind == tWord && t.quote == 0 {
			es.narrative[k+1]++
		}
		if es.prose[t.para] == 0 && (t.kind == tMark || t.quote != 0 || t.kind == tPunct && e.isPunct(k, ".!?:…")) {
			es.prose[t.para] = 1
		}
	}
	for p := 1; p < len(es.prose); p++ {
		es.prose[p] += es.prose[p-1]
	}
	defer func() {
		if s := e.scratch; s != nil {
			clear(names) // hold no article's strings in the pool
			s.found = names[:0]
		}
	}()
	for k := 0; k < len(e.toks); k++ {
		t := &e.toks[k]
		if t.kind != tWord || t.quote != 0 || !t.cap {
			continue
		}
		if end := e.programmeAt(k); end > k {
			// "The Tonight Show": a programme's words start no name, but
			// one named for its host names the host ("Over on Jimmy
			// Kimmel Live!, the host joked": Jimmy Kimmel, whom "he" and
			// "Kimmel" go on with)
			if host := namesakeOf(e.text[e.toks[k].start:e.toks[end-1].end]); host != "" && e.isWord(k+1) && host == e.word(k)+" "+e.word(k+1) {
				m := mention{from: int32(k), to: int32(k + 2), kind: mName, name: host, surface: host, gender: firstNames.at(e.word(k))}
				names = append(names, found{m, 2, k == 0 || e.toks[k-1].sent != t.sent, false, false})
			}
			k = end - 1
			continue
		}
		if e.lower(k-1) == "on" && appearVerbs.has(e.lower(k-2)) && !isPlace([]string{e.word(k)}) && !e.hostsShow(k) {
			// "appeared on Chelsea Lately": one appears on a show, not
			// on a person
			for k+1 < len(e.toks) && e.isWord(k+1) && e.toks[k+1].cap {
				k++
			}
			continue
		}
		if adjectiveCompound(e.word(k)) && e.isWord(k+1) && isCap(e.word(k+1)) {
			continue // "the Oscar-winning Brie Larson": the name starts after the adjective
		}
		if k > 0 && e.singleMark(k-1) {
			if end := e.titleAfter(k - 1); end > k {
				k = end - 1 // "the 'Dark Shadows' star": a work's title in single marks, no one's name
				continue
			}
		}
		if w := e.lower(k - 1); k > 0 && (w == "account" || w == "page") && e.isWord(k-1) && !e.toks[k-1].cap {
			// "TikTok account Spill Sesh said": an account's name, no he or
			// she of the article (its words speak as written)
			if m, ok := e.nameAt(k); ok {
				k = int(m.to) - 1
				continue
			}
		}
		if end := e.kickerEnd(k); end > k {
			k = end - 1 // "KIWI SUPERSTAR Lorde has returned": a heading's words in capitals, then the name
			continue
		}
		m, ok := e.nameAt(k)
		if !ok || m.kind == mOrg || m.kind == mPlace {
			if ok {
				k = int(m.to) - 1
			}
			continue
		}
		if m.kind == mName && m.title == "" && e.ownedTitleAt(k, int(m.to)) {
			// "their He Said, Ella Dijo podcast", "her Lovely Day album": a
			// work's title before its noun, no person's name
			k = int(m.to) - 1
			continue
		}
		if m.kind == mName && m.title == "" && gerundName(m.name) {
			// "Twilight: Breaking Dawn", "Walking Dead": a title's
			// words, no person's name
			k = int(m.to) - 1
			continue
		}
		if a := e.word(k - 1); m.kind == mName && m.title == "" && (a == "A" || a == "An" || a == "The") && !e.sentenceStart(k-1) && e.isWord(k-2) && workNouns.has(e.word(k-2)) {
			// "the upcoming thriller A Quiet Place": a work's title, its
			// article capitalised
			k = int(m.to) - 1
			continue
		}
		if m.kind == mName && m.title == "" && pronounInName(m.name) {
			// "an Ask Me Anything session", "Call Her Daddy": a title's
			// words, no person's name
			k = int(m.to) - 1
			continue
		}
		words := wordCount(m.name)
		if to := int(m.to); m.title == "" && m.kind == mName && e.isWord(to) && !e.toks[to].cap && e.isWord(to+1) && e.toks[to+1].cap &&
			e.outside(to) && roleNouns.hasLower(e.word(to)) && !kinNouns.hasLower(e.word(to)) && words == 1 {
			// "Chelsea striker Marcus Okafor", "Apple CEO Tim Cook": the
			// word before the role is where the person works, and the
			// person is the name after it
			k = to - 1
			continue
		}
		initial := k == 0 || e.toks[k-1].sent != t.sent || e.kindAt(k-1) == tPara
		if m.title == "" && e.afterThe(k) && !(words == 1 && e.workNounBefore(k) && surnameFound(names, m.name)) {
			// (but "Through the video Hudgens noted" after "Vanessa
			// Hudgens": the person, no title)
			k = int(m.to) - 1 // "the Atlantic", "the White House", "the American South": not a person
			continue
		}
		if m.title == "" && e.workAppositive(k, int(m.to)) {
			k = int(m.to) - 1 // "on her podcast, Talk It Out, the mom-of-three": the work's title
			continue
		}
		if m.title == "" && e.modifierName(k, int(m.to)) {
			k = int(m.to) - 1 // "the former Bachelor Nation star", "a Taylor Swift fan": what a description is about, not who
			continue
		}
		if m.title == "" && e.afterNumberInName(k) {
			k = int(m.to) - 1 // "BBC Radio 5 Live": a name's words after its number
			continue
		}
		if m.title == "" && words >= 2 && e.afterPossessive(k) {
			k = int(m.to) - 1 // "his Trump National Doral golf resort", "her Rebel Heart album": a thing of someone's
			continue
		}
		if (m.title == "" || workTails.hasLower(lastWord(m.name))) && words >= 2 && endsInWorkNoun(m.name) && !e.firstNameAndSurname(k, m, words) {
			// (a title before it changes nothing: "the Critics Choice
			// Awards" is no critic's name)
			k = int(m.to) - 1 // "the long-running Twilight Saga", "her Rebel Heart Tour", "The Nightly Show": a work
			continue
		}
		if first, _, _ := strings.Cut(m.name, " "); m.title == "" && words >= 2 && m.kind == mName && e.isWord(int(m.to)) && !e.toks[m.to].cap && workNouns.has(e.lower(int(m.to))) && firstNames.at(first) == 0 {
			k = int(m.to) - 1 // "the Better Begins Here podcast", "the Velvet Nine album": a work's title before its noun
			continue
		}
		if pw := e.word(k - 1); m.title == "" && m.kind == mName && e.isWord(k-1) && e.outside(k-1) && !isCap(pw) && roleNouns.hasLower(pw) && !kinNouns.hasLower(pw) {
			// "Republican pollster Whit Ayres", "said manager Lin Wu": a
			// person in a role ("her daughter Luna" names a relation, and
			// someone seldom quoted)
			m.title = pw
			if m.gender == 0 {
				m.gender = nounGender(strings.ToLower(pw)) // "Italian prince Tao Ruspoli": a he, whatever his first name
			}
		}
		if pw := e.word(k - 2); m.title == "" && m.kind == mName && e.isPunct(k-1, ",") && e.isWord(k-2) && e.outside(k-2) && !isCap(pw) &&
			proxyNouns.has(pw) && e.isPunct(int(m.to), ",") {
			// "Rowan's manager, Theo Grant,": someone's proxy, set off
			// (no singer the article goes on about)
			m.title = pw
		}
		if words == 1 && m.title == "" && m.kind == mName && e.isWord(k-1) && placePreps.has(e.word(k-1)) && !e.toks[k-1].cap {
			k = int(m.to) - 1 // "her home in Austin", "near Florence": a place
			continue
		}
		if words == 1 && m.title == "" && m.kind == mName && (firstNames.has(m.name) || siblingNouns.has(e.lower(int(m.from)-1))) && !mononyms.has(m.name) &&
			(siblingNouns.has(e.lower(int(m.from)-1)) || !firstNameTaken(names, m.name)) {
			if surname := e.sharedSurname(int(m.to)); surname != "" {
				// "Kylie and Dannii Moreau", "Kim, Kourtney and Khloe
				// Kardashian": first names that share the surname after them
				m.name += " " + surname
				m.gender = firstNames.at(m.name[:strings.IndexByte(m.name, ' ')])
				words = 2
			}
		}
		kin := e.kinBefore(k) || m.title != "" && kinNouns.hasLower(m.title) // (or "Son Axl Duhamel weighed in at 7 lbs.")
		if g := e.kinGender(k); kin && m.gender == 0 && g != 0 {
			m.gender = g // "her husband Jay-Z": a he, whatever his name
		}
		names = append(names, found{m, words, initial, kin, kin && e.kinOfSurname(k, m.name)})
		k = int(m.to) - 1
	}
	// names the article gives as another of someone's: the legal name is
	// no person of its own ("Stefani Germanotta, better known as Lady Gaga")
	var legal map[string]mention
	for i := 0; i+1 < len(names); i++ {
		if l, stage, ok := e.declaredAlias(names[i].m, names[i+1].m); ok {
			if legal == nil {
				legal = map[string]mention{}
			}
			legal[l] = stage
		}
	}
	// full names
	for _, f := range names {
		if _, ok := legal[f.m.name]; !ok && f.words >= 2 {
			es.addFound(f.m, f.kin)
			if f.kinOwn {
				if id := es.find(f.m, f.m.from); id >= 0 && es.list[id].intro == f.m.from {
					es.list[id].kinOwn = true
				}
			}
		}
	}
	for l, stage := range legal {
		id := es.lookup(stage, stage.from)
		if id < 0 {
			id = es.add(stage) // "Shawn Carter, aka Jay-Z": a stage name of one word
		}
		if es.aliases == nil {
			es.aliases = map[string]int{}
		}
		es.aliases[l] = id // and its words: "Germanotta said"
		for _, w := range strings.Fields(l) {
			es.aliases[w] = id
		}
	}
	// single words: join a full name, or stand alone when they look like names
	for _, f := range names {
		if f.words >= 2 {
			continue
		}
		if id := es.lookup(f.m, f.m.from); id >= 0 && !(crownTitle(f.m.title) && !es.list[id].royal() && len(es.list[id].parts) >= 2 && es.list[id].parts[0] == f.m.name) {
			continue // ("Prince Charles" is no "Charles Knight" the article names too)
		}
		if demonyms.has(f.m.name) {
			continue
		}
		first := firstNames.has(f.m.name)
		to := int(f.m.to)
		// ("Mya fought back rumors", "Kofi indicated that")
		followedByCue := e.isWord(to) && (isCueWord(e.word(to)) || e.subjectVerbAt(to))
		// ("Clinton, who called"; "DaBaby has been": no common word's shape)
		if !f.initial || first || followedByCue || e.whoAfter(to) || f.m.title != "" || es.kinLater(f.m.name, f.m.from) || innerCapital(f.m.name) {
			es.addFound(f.m, f.kin)
		}
	}
	// occurrences, in text order
	for _, f := range names {
		if id := es.lookup(f.m, f.m.from); id >= 0 {
			t := e.toks[f.m.from]
			reporter := e.reportsAt(f.m)
			// "for Jennifer, who told ...": the object of a preposition
			// who speaks in a relative clause is someone to refer back to
			oblique := e.obliqueAt(int(f.m.from)) && !e.whoReports(int(f.m.to)) && !e.clauseSubject(int(f.m.from), int(f.m.to))
			_, owner := stripPossessive(e.word(int(f.m.to) - 1))
			owner = owner || e.sPossessive(int(f.m.to)-1)
			ownsNamed := false
			if owner {
				n, ok := e.mentionAt(int(f.m.from))
				ownsNamed = ok && n.kind == mName && n.to > f.m.to
				if ok && n.kind == mDesc {
					a, named := e.appositiveName(n) // "Justin Bieber's wife, Hailey Bieber,"
					ownsNamed = named && a.from > n.from
				}
			}
			es.occ = append(es.occ, occurrence{tok: f.m.from, sent: t.sent, para: t.para, ent: id, oblique: oblique, owner: owner, ownsNamed: ownsNamed, reporter: reporter, paired: e.pairedPronoun(int(f.m.from)), joined: e.joinedName(f.m)})
			if to := int(f.m.to); !e.partitiveBefore(int(f.m.from)) && (reporter || e.isWord(to) && (e.isStrongCue(to) || e.subjectVerbAt(to)) || e.isPunct(to, ",") && (e.isWord(to+1) && e.isStrongCue(to+1) || e.cueAfterSetOff(to)) ||
				e.accordingTo(int(f.m.from)-1)) {
				// (not "Several of her devoted Little Monsters noted": some
				// of a group speak)
				es.list[id].spoke = true // (and the source "according to Apple")
			}
			if en := es.list[id]; len(en.parts) > 1 && f.m.name == en.parts[0] {
				en.firstAlone = true
			}
			es.list[id].count++
			es.list[id].toks = append(es.list[id].toks, f.m.from)
			if age := e.statedAge(int(f.m.to)); age > 0 {
				es.list[id].age = age
			}
		}
	}
	for _, en := range es.list {
		// a first name the article never completes ("His wife, Patricia,
		// says", "the hosts Andy and Jacqueline") is no surname: its usual
		// gender holds before pronouns are read (not for a relative named
		// in passing, "her daughter Luna", unless she speaks)
		if en.gender == 0 && len(en.parts) == 1 && (en.spoke || !en.kin) {
			en.gender = firstNames.at(en.parts[0])
		}
	}
	e.learnGender(es)
	e.leadingOwners(es)
	e.markCharacters(es)
	for _, en := range es.list {
		last := en.parts[len(en.parts)-1]
		if notNames.has(last) && len(en.parts) > 1 && en.personLike() {
			if e.surnames == nil {
				e.surnames = map[string]bool{}
			}
			e.surnames[last] = true
		}
		if first := en.parts[0]; len(en.parts) > 1 && (en.personLike() || !orgHeads.has(last) && !isPlace(en.parts)) && isPlace(en.parts[:1]) {
			if e.placeFirsts == nil {
				e.placeFirsts = map[string]bool{}
			}
			e.placeFirsts[first] = true
		}
	}
	return es
}

// statedAge reads an age set off after a name ending before token k:
// "Omar Vale, 31, and", "Nina Vale (29)". It is 0 when there is none.
func (e *extraction) statedAge(k int) int {
	if !e.isPunct(k, ",(") || !e.isWord(k+1) || !e.isPunct(k+2, ",)") {
		return 0
	}
	return smallNumber(e.word(k + 1))
}

// smallNumber is the value of w, one to three digits, or 0.
func smallNumber(w string) int {
	if w == "" || len(w) > 3 {
		return 0
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0
		}
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// descAge is the age a description gives ("the 31-year-old", "the
// 31-year-old actor"), 0 if none.
func descAge(desc string) int {
	i := strings.Index(desc, "-year-old")
	if i < 0 {
		return 0
	}
	j := i
	for j > 0 && desc[j-1] >= '0' && desc[j-1] <= '9' {
		j--
	}
	return smallNumber(desc[j:i])
}

// declaredAlias reports a name the article gives as another name of the
// same person, a's or b's, b following a: "Stefani Germanotta, better known
// as Lady Gaga", "Shawn Carter, aka Jay-Z", "Lady Gaga (real name Stefani
// Germanotta)", "Jay-Z, whose real name is Shawn Carter", "Lady Gaga, born
// Stefani Germanotta". It returns the legal name and the stage name.
func (e *extraction) declaredAlias(a, b mention) (legal string, stage mention, ok bool) {
	from, to := int(a.to), int(b.from)
	if to-from < 1 || to-from > 6 || e.toks[from].sent != e.toks[to].sent {
		return "", mention{}, false
	}
	switch e.lower(to - 1) { // the common case: no alias's last word
	case "as", "aka", "a.k.a.", "name", "is", "born", "née", "nee", "by":
	default:
		return "", mention{}, false
	}
	var buf [6]string
	words := buf[:0]
	for k := from; k < to; k++ {
		switch {
		case e.isWord(k):
			words = append(words, e.lower(k))
		case e.isPunct(k, ",(") && k == from:
		default:
			return "", mention{}, false
		}
	}
	switch strings.Join(words, " ") {
	case "known as", "better known as", "also known as", "professionally known as", "popularly known as", "aka", "a.k.a.",
		"known professionally as", "who performs as", "performing as", "who goes by", "who records as", "stage name", "whose stage name is":
		return a.name, b, true
	case "real name", "real name is", "whose real name is", "born", "née", "nee", "legal name", "whose legal name is", "birth name":
		return b.name, a, true
	}
	return "", mention{}, false
}

// adjectiveCompound reports a capitalised word joined by a hyphen to a
// lower-case one ("Oscar-winning", "Paris-based"): an adjective, not a name
// ("Knowles-Carter" is one).
func adjectiveCompound(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// firstNameAndSurname reports a two-word name m at token k whose first
// word is a first name and whose second, a work noun, is then a surname:
// "Russell Brand has denied", "Nadia Band said" (after "the" or a
// possessive it stays a work: "the Jordan Brand", "her Ellen Show").
func (e *extraction) firstNameAndSurname(k int, m mention, words int) bool {
	if words != 2 || m.kind != mName {
		return false
	}
	first, last, _ := strings.Cut(m.name, " ")
	if firstNames.at(first) == 0 || workTails.hasLower(last) || !e.isWord(k) || !e.toks[k].cap {
		return false
	}
	switch p := e.lower(k - 1); {
	case p == "the" || p == "a" || p == "an" || possessiveDeterminers.has(p):
		return false
	}
	_, poss := stripPossessive(e.word(k - 1))
	return !poss
}

// endsInWorkNoun reports a name whose last word is a work noun or another
// word no surname is ("Twilight Saga", "Rebel Heart Tour", "Nightly Show").
func endsInWorkNoun(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return workNouns.hasLower(last) || workTails.hasLower(last)
}

// workTails end the names of works and events, never a person's.
var workTails = setOf("saga", "awards", "trilogy", "chronicles", "diaries", "files", "edition", "special", "premiere")

// ownedTitleAt reports capitalised words in tokens [k, to) that stand
// between a possessive determiner and a work's noun ("their He Said, Ella
// Dijo podcast"): the work's title.
func (e *extraction) ownedTitleAt(k, to int) bool {
	if !e.isWord(to) || !workNouns.has(e.lower(to)) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch {
		case e.isWord(j) && possessiveDeterminers.has(e.word(j)):
			return true
		case e.isWord(j) && e.toks[j].cap && e.outside(j), e.isPunct(j, ","):
			continue
		}
		return false
	}
	return false
}

// workNouns name what a title that follows them is ("the series
// Harbour Lights", "the album Rebel Heart").
var workNouns = setOf("series", "show", "film", "movie", "album", "song", "single", "book", "novel", "memoir",
	"play", "musical", "magazine", "newspaper", "band", "brand", "label", "franchise", "sitcom", "drama",
	"documentary", "podcast", "programme", "program", "channel", "network", "app", "website", "tour", "team",
	"club", "festival", "game", "video", "collection", "line", "restaurant", "hotel", "ship", "company",
	"thriller", "comedy", "romcom", "horror", "biopic", "sequel", "prequel", "remake", "miniseries", "docuseries", "anthology")

// hostsShow reports a name of at most three capitalised words from token
// k that owns what follows it: "appeared on Sam Ortiz's podcast", a
// person's programme (the person is named).
func (e *extraction) hostsShow(k int) bool {
	for j := k; j < k+3 && e.isWord(j) && e.toks[j].cap; j++ {
		if _, poss := stripPossessive(e.word(j)); poss {
			return j > k && firstNames.at(e.word(k)) > 0
		}
	}
	return false
}

// afterNumberInName reports a capitalised word right after a number that
// follows a capitalised word: the rest of a name like "Radio 5 Live" or
// "Apollo 13 Mission", no person.
func (e *extraction) afterNumberInName(k int) bool {
	n := e.word(k - 1)
	if !e.isWord(k-1) || n == "" || n[0] < '0' || n[0] > '9' {
		return false
	}
	return e.isWord(k-2) && isCap(e.word(k-2))
}

// afterPossessive reports a name right after "his", "her", "their" or "its":
// what a person has ("his Trump National Doral golf resort"), not a person
// ("his wife Jane Doe" has the role between).
func (e *extraction) afterPossessive(k int) bool {
	switch e.word(k - 1) {
	case "his", "her", "their", "its":
		return e.isWord(k - 1)
	}
	return false
}

// ownerWords are the possessive determiners.
var ownerWords = setOf("his", "her", "their", "its", "my", "our", "your")

// afterThe reports a name at k that a "the" opens, directly or over
// capitalised words that are no title ("the American South"; not "the
// singer Taylor Swift", "the former President Obama"), or that a work
// noun after an owner opens ("her album Rebel Heart").
func (e *extraction) afterThe(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && e.isWord(j); j-- {
		w := e.word(j)
		if strings.EqualFold(w, "the") {
			return true
		}
		if w[0] >= '0' && w[0] <= '9' {
			continue // "the 2014 Billboard Music Awards"
		}
		if workNouns.has(w) {
			i := j - 1
			for i > j-3 && e.isWord(i) && isCap(e.word(i)) && !titles.has(e.word(i)) {
				if _, poss := stripPossessive(e.word(i)); poss {
					break
				}
				i-- // "his Netflix documentary Harry & Meghan": the network's or platform's name between
			}
			if _, poss := stripPossessive(e.word(i)); e.isWord(i) && (poss || ownerWords.hasLower(e.word(i)) || i < j-1 && (e.lower(i) == "a" || e.lower(i) == "an")) {
				return true // "Handler's show Chelsea Lately", "her album Rebel Heart", "a Netflix film Harry": a work
			}
			continue // "the series Harbour Lights": a title, not a person
		}
		if titles.has(w) || !isCap(w) || strings.Contains(w, "-") {
			return false // "the Oscar-winning Brie Larson" is a person
		}
	}
	return false
}

// workNounBefore reports a work noun right before token k: "the video
// Hudgens".
func (e *extraction) workNounBefore(k int) bool {
	return e.isWord(k-1) && workNouns.has(e.word(k-1))
}

// namedEarlierIn reports an occurrence of entity id, no preposition's
// object, in sentence sent before token tok.
func (es *entities) namedEarlierIn(id int, sent, tok int32) bool {
	for _, o := range es.occ {
		if o.tok >= tok {
			break
		}
		if o.sent == sent && int(o.ent) == id && !o.oblique {
			return true
		}
	}
	return false
}

// surnameFound reports a name found before whose last word is w: "Vanessa
// Hudgens" for "Hudgens".
func surnameFound(names []found, w string) bool {
	for _, f := range names {
		if f.words > 1 && f.m.kind == mName && strings.HasSuffix(f.m.name, " "+w) {
			return true
		}
	}
	return false
}

// workAppositive reports a name [k, to) set off by commas after someone's
// work noun: "on her podcast, Talk It Out,", "his new album, Glass Heart,"
// (not "of the show, Allen has").
func (e *extraction) workAppositive(k, to int) bool {
	if k < 3 || !e.isPunct(k-1, ",") || !e.isPunct(to, ",") || !workNouns.has(e.word(k-2)) {
		return false
	}
	w := e.word(k - 3)
	_, poss := stripPossessive(w)
	return poss || ownerWords.hasLower(w) || strings.EqualFold(w, "new") || strings.EqualFold(w, "latest")
}

// modifierName reports a name [k, to) that modifies the role noun after it
// in a description opened by a determiner: "the former Bachelor Nation
// star", "a Taylor Swift fan" ("the Oscar-winning Brie Larson said" is a
// person).
func (e *extraction) modifierName(k, to int) bool {
	if !e.isWord(to) || !e.outside(to) || isCap(e.word(to)) || !roleNouns.has(e.lower(to)) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4 && e.isWord(j) && e.outside(j); j-- {
		w := e.lower(j)
		if w == "the" || w == "a" || w == "an" {
			return true
		}
		if isCap(e.word(j)) && j != k-1 || possessiveDeterminers.has(w) {
			return false
		}
	}
	return false
}

// reportsAt reports whether a name is the subject of a reporting clause:
// "..., Cuban said.", "..., said Cuban." (not "Trump's remarks", "questioned
// Trump's logic", "He said Mateen ...", "..., saying Clinton was").
func (e *extraction) reportsAt(m mention) bool {
	from, to := int(m.from), int(m.to)
	if _, poss := stripPossessive(e.word(to - 1)); poss {
		return false
	}
	if e.isWord(to) && e.isStrongCue(to) && (to+1 >= len(e.toks) || e.kindAt(to+1) != tWord) {
		return true
	}
	// ('"...," said Ann Lee.': the cue before the name; not ", told
	// Yahoo Entertainment.", who was told)
	return from >= 2 && e.isWord(from-1) && e.isStrongCue(from-1) && !e.isWord(from-2) && !e.isWord(to) && !takesObject(e.word(from-1))
}

// whoReports reports a relative clause at token k whose subject "who"
// reports speech: ", who told", ", who later said".
func (e *extraction) whoReports(k int) bool {
	if !e.isPunct(k, ",") || e.lower(k+1) != "who" {
		return false
	}
	for c := k + 2; c < k+5 && e.isWord(c) && e.outside(c); c++ {
		if e.isStrongCue(c) {
			// (not "who boasts a following of millions on TikTok": what
			// she has, no words)
			return !(strings.HasPrefix(e.lower(c), "boast") && (determiners.has(e.lower(c+1)) || e.isWord(c+1) && e.word(c + 1)[0]-'0' < 10))
		}
		if !e.adverbAt(c) {
			return false
		}
	}
	return false
}

// obliqueAt reports whether a name starting at token k is the object of a
// preposition: "with Ann Lee", also through an owner, "with HuffPost Live's
// Alyona Minkovski".
func (e *extraction) obliqueAt(k int) bool {
	if k > 0 && e.isPreposition(k-1) {
		if w := e.lower(k - 1); (w == "from" || w == "by") && speechNouns.has(e.lower(k-2)) {
			return false // "statements from Howard Wolfson", "remarks by the senator": who spoke
		}
		return !e.accordingTo(k - 1) // "according to Whit Ayres": a source, who speaks
	}
	// "into the scarred Claire Simmons", "with her friend Ana": a
	// determiner and lower-case words between the preposition and the name
	for j := k - 1; j >= 1 && j >= k-4 && e.isWord(j) && e.outside(j) && !isCap(e.word(j)); j-- {
		w := e.word(j)
		if isCueWord(w) || auxiliaries.hasLower(w) || w == "named" || w == "called" || w == "that" || subordinators.hasLower(w) {
			break // "in the back was Garcia", "for an academic named Eric Kingson, who ...", "From the second that Perez logs on": the name is a subject
		}
		if objectDeterminers.hasLower(w) {
			if e.isPreposition(j - 1) {
				return true
			}
			break
		}
	}
	if e.roleAfterPreposition(k) || k > 3 && e.isPunct(k-1, ",") && (e.roleAfterPreposition(k-1) || e.ofRelation(k-2)) {
		return true // "with her friend Ana", "the campaign of his wife, Hillary Clinton,"
	}
	if k > 1 && e.lower(k-1) == "as" && e.isWord(k-1) && e.isWord(k-2) && !isCap(e.word(k-2)) {
		return true // a part played: "shot to fame as Joey" (not "As Joey left,", ", as Joey said")
	}
	p, start := k-1, k-2 // the possessive before the name, the word before it
	if p >= 2 && e.kindAt(p) == tMark && e.isWord(p-1) {
		// 'with "Late Talk's" Megan Ryte': a programme's name in
		// quotation marks, read from before its opening mark
		p--
		o := p - 1
		for o > 0 && o >= p-4 && e.isWord(o) {
			o--
		}
		if e.kindAt(o) != tMark {
			return false
		}
		start = o - 1
	}
	if p < 0 || !e.isWord(p) {
		return false
	}
	if _, poss := stripPossessive(e.word(p)); !poss {
		return false
	}
	for j := start; j >= 0 && j >= start-3 && e.isWord(j); j-- {
		if e.isPreposition(j) {
			return true
		}
		if !isCap(e.word(j)) {
			return false
		}
	}
	return false
}

// cueAfterSetOff reports a reporting verb right after the words set off
// by the comma at token k: "Kimberley Walsh, who sang with her in the
// band, told OK!".
func (e *extraction) cueAfterSetOff(k int) bool {
	_, to := e.sentenceBounds(k)
	c := e.skipAppositive(k, to)
	// (no clause set off: "with Jesy Nelson, Nicki expressed ..., saying"
	// is Nicki's participle)
	return c > k+1 && e.isWord(c) && e.isStrongCue(c) && !e.clauseBetween(k+1, c)
}

// clauseSubject reports a name in tokens [from, to) after "after",
// "before", "since", "until" or "once", or right after a work noun, that
// a verb follows: the subject of a clause those words open ("after her pal
// Tess Moreno shared a selfie", "through the video Hudgens noted"), no
// object of a preposition.
func (e *extraction) clauseSubject(from, to int) bool {
	if e.isPunct(to, ",") {
		// "after Catherine, Princess of Wales, shared": past the apposition
		_, se := e.sentenceBounds(from)
		to = e.skipAppositive(to, se)
	}
	if !e.isWord(to) || !e.outside(to) || e.toks[to].cap {
		return false
	}
	v := e.lower(to)
	if !isCueWord(v) && !auxiliaries.has(v) && !(len(v) > 4 && strings.HasSuffix(v, "ed")) && !pastForms.has(v) {
		return false // ("before Mira gave birth": an irregular past too)
	}
	if e.workNounBefore(from) {
		return true // "Partway through the video Hudgens noted": the phrase's noun ends it, the name opens the clause
	}
	for j := from - 1; j >= 0 && j >= from-4 && e.isWord(j) && e.outside(j); j-- {
		switch e.lower(j) {
		case "after", "before", "since", "until", "once":
			return true
		}
		if isCap(e.word(j)) {
			return false
		}
	}
	return false
}

// roleAfterPreposition reports a name at k that a role opened by one of
// roleObjects comes before: "on a call with Wisconsin radio host Charlie
// Sykes", "to Republican pollster Whit Ayres" (the role noun right before
// the name, its modifiers before it).
func (e *extraction) roleAfterPreposition(k int) bool {
	if k < 2 || !e.isWord(k-1) || e.toks[k-1].cap || !roleNouns.has(e.lower(k-1)) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6 && e.isWord(j) && e.outside(j); j-- {
		w := e.lower(j)
		if roleObjects.has(w) {
			return !e.accordingTo(j)
		}
		if w == "by" && askedVerbs.has(e.lower(j-1)) {
			return true // "was asked by BBC commentator Guy Mowbray if he": who asked, not who answers
		}
		if objectDeterminers.has(w) {
			return roleObjects.has(e.lower(j - 1))
		}
		if isCueWord(w) || auxiliaries.has(w) {
			return false
		}
	}
	return false
}

// ofRelation reports a relation at token k after "of" and a possessive
// determiner: "the campaign of his wife".
func (e *extraction) ofRelation(k int) bool {
	return e.isWord(k) && kinNouns.has(e.lower(k)) && possessiveDeterminers.has(e.lower(k-1)) && e.lower(k-2) == "of"
}

// accordingTo reports the "to" of "according to" at token k.
func (e *extraction) accordingTo(k int) bool {
	return e.lower(k) == "to" && e.lower(k-1) == "according"
}

// roleObjects are the prepositions whose object is no one acting ("with",
// "to"); "by", "from" and "between" name who wrote or spoke too.
var roleObjects = setOf("with", "to", "for", "about", "against", "alongside", "beside", "at", "on", "into", "toward", "towards")

// askedVerbs put a question to someone, in the passive: "was asked by".
var askedVerbs = setOf("asked", "questioned", "pressed", "quizzed", "interviewed", "grilled", "challenged")

// pairedPronoun returns the gender of a he or she joined by "and" to the
// name at k ("he and Kardashian West", "She and Tom"), else 0.
func (e *extraction) pairedPronoun(k int) byte {
	if k < 2 || e.word(k-1) != "and" || !e.outside(k-2) {
		return 0
	}
	switch e.lower(k - 2) {
	case "he", "him":
		return 'm'
	case "she", "her":
		return 'f'
	}
	return 0
}

// objectDeterminers open a noun phrase that a name may end: "the scarred
// Claire Simmons", "her friend Ana".
var objectDeterminers = setOf("the", "a", "an", "his", "her", "their", "its", "our", "my", "your")

// auxiliaries are verbs a name can be the subject of, after them.
var auxiliaries = setOf("is", "was", "are", "were", "be", "been", "being", "has", "had", "have", "will", "would",
	"can", "could", "may", "might", "shall", "should", "must", "did", "does", "do", "came", "comes", "stood", "sat")

// addFound adds a name found in the text; kin marks a new entity first
// named as someone's relative ("Serena's sister, Venus Williams", "her
// daughter Luna").
func (es *entities) addFound(m mention, kin bool) {
	n := len(es.list)
	if id := es.add(m); id >= n && kin {
		es.list[id].kin = true
	}
}

// add registers a full name or a single word, merging it with an entity it
// is a variant of.
func (es *entities) add(m mention) int {
	parts := dropSuffix(strings.Fields(m.name))
	if len(parts) == 0 {
		return -1
	}
	for _, id := range es.byWord[parts[0]] {
		if en := es.list[id]; sameName(en.parts, parts) {
			if en.gender == 0 {
				en.gender = m.gender
			}
			if m.title != "" {
				en.titles = append(en.titles, m.title)
				en.name = royalName(en.name, en.parts, m.title)
			}
			return id
		}
	}
	if id := es.longerSurname(parts); id >= 0 {
		return id // "Zakhar Perez" after "Taylor Zakhar Perez"
	}
	if id := es.leadingNames(parts); id >= 0 {
		return id // "Billy Ray" after "Billy Ray Cyrus"
	}
	en := &entity{name: m.name, parts: parts, gender: m.gender, intro: m.from}
	if m.title != "" {
		en.titles = append(en.titles, m.title)
		en.name = royalName(en.name, parts, m.title)
	}
	es.list = append(es.list, en)
	id := len(es.list) - 1
	if es.byWord == nil {
		es.byWord = make(map[string][]int, 16)
	}
	first, last := parts[0], parts[len(parts)-1]
	es.byWord[first] = append(es.byWord[first], id)
	if last != first {
		es.byWord[last] = append(es.byWord[last], id)
	}
	return id
}

// leadingNames is the one person of three names whose first two are
// parts ("Billy Ray" of "Billy Ray Cyrus", "Jada Pinkett" of "Jada Pinkett
// Smith"), or -1 (none, or two: "Mary Kate Olsen" and "Mary Kate Ross").
func (es *entities) leadingNames(parts []string) int {
	if len(parts) != 2 {
		return -1
	}
	found := -1
	for _, id := range es.byWord[parts[0]] {
		if en := es.list[id]; len(en.parts) == 3 && en.parts[0] == parts[0] && en.parts[1] == parts[1] {
			if found >= 0 && found != id {
				return -1
			}
			found = id
		}
	}
	return found
}

// longerSurname is the person of three names whose last two are parts, a
// surname of two words ("Zakhar Perez" of "Taylor Zakhar Perez"; not a
// first name's: "Mary Ann"), or -1.
func (es *entities) longerSurname(parts []string) int {
	if len(parts) == 2 && firstNames.at(parts[0]) == 0 {
		for _, id := range es.byWord[parts[1]] {
			if en := es.list[id]; len(en.parts) == 3 && en.parts[1] == parts[0] && en.parts[2] == parts[1] {
				return id
			}
		}
	}
	if len(parts) >= 2 && isParticle(parts[0]) {
		// "De La Garza" against "Dianna De La Garza": a surname opening
		// with its particle
		for _, id := range es.byWord[parts[len(parts)-1]] {
			if en := es.list[id]; len(en.parts) > len(parts) && strings.EqualFold(en.parts[len(en.parts)-len(parts)], parts[0]) &&
				slices.Equal(en.parts[len(en.parts)-len(parts)+1:], parts[1:]) {
				return id // (its particle capitalised opening a sentence: "Ten Hag added" of "Erik ten Hag")
			}
		}
	}
	return -1
}

// wordCount is len(strings.Fields(s)) without the slice.
func wordCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return len(strings.Fields(s)) // Unicode spaces too
		}
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// dropSuffix drops a generational suffix ending a name: "Harry Shum Jr."
// is matched as "Harry Shum", "Shum Jr." as "Shum" (his surname); the
// name keeps its suffix.
func dropSuffix(parts []string) []string {
	if n := len(parts); n >= 2 && suffixes.has(parts[n-1]) {
		return parts[:n-1]
	}
	return parts
}

// appendWords appends the words of s to dst: strings.Fields without an
// allocation while dst has room (lookups run for every name mention).
func appendWords(dst []string, s string) []string {
	n := len(dst)
	start := -1
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return append(dst[:n], strings.Fields(s)...) // Unicode spaces too
		} else if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// sameName: equal, or the same first and last word ("Hillary Rodham
// Clinton" and "Hillary Clinton").
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) == 1 || len(b) == 1 {
		return len(a) == len(b) && a[0] == b[0]
	}
	return a[0] == b[0] && a[len(a)-1] == b[len(b)-1]
}

// otherNamed is the person other than id whose full name ends in the
// surname w, named last before tok (-1 for none).
func (es *entities) otherNamed(w string, id int, tok int32) int {
	other, otherTok := -1, int32(-1)
	for _, o := range es.byWord[w] {
		en := es.list[o]
		if o == id || len(en.parts) < 2 || en.parts[len(en.parts)-1] != w || !en.personLike() {
			continue
		}
		for _, t := range en.toks {
			if t < tok && t > otherTok {
				other, otherTok = o, t
			}
		}
	}
	return other
}

// lookup finds the entity a name mention refers to: a full name by its
// variants, a single word by the full names holding it (the one last
// mentioned before tok, else the first after it), agreeing in gender; else
// the person the article names by another of their names (an alias).
func (es *entities) lookup(m mention, tok int32) int {
	if id := es.find(m, tok); id >= 0 {
		return id
	}
	return es.aliasOf(m.name, tok)
}

// aliasOf is the person named otherwise in the article whom name means:
// the stage name of a legal name or the reverse ("Ms. Knowles-Carter" and
// "Beyoncé"), as aliases.txt knows them or the article says ("Stefani
// Germanotta, better known as Lady Gaga"); -1 for none.
func (es *entities) aliasOf(name string, tok int32) int {
	if id, ok := es.aliases[name]; ok {
		return id
	}
	line, ok := aliasLines.get(name)
	if !ok {
		return -1
	}
	for _, other := range aliasNames[line] {
		if other != name {
			if id := es.find(mention{name: other}, tok); id >= 0 {
				return id
			}
		}
	}
	return -1
}

// aliasNames are the lines of aliases.txt, each one person's names;
// aliasLines is the line of each name.
var aliasNames, aliasLines = func() ([][]string, wordMap[int]) {
	var lines [][]string
	idx := map[string]int{}
	for _, line := range strings.Split(aliasesText, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var names []string
		for _, n := range strings.Split(line, "|") {
			n = strings.Join(strings.Fields(n), " ")
			names = append(names, n)
			idx[n] = len(lines)
		}
		lines = append(lines, names)
	}
	return lines, mapFrom(idx)
}()

// hyphenFirst is the person introduced before token tok whose name opens
// with a hyphenated word whose first part is w ("Raven-Symoné",
// "Jo-Ellen Marsh" for "Jo"), or -1.
func (es *entities) hyphenFirst(w string, tok int32) int {
	for id, en := range es.list {
		if en.intro > tok || len(en.parts[0]) <= len(w) || en.parts[0][len(w)] != '-' || !strings.HasPrefix(en.parts[0], w) {
			continue
		}
		return id
	}
	return -1
}

// find is lookup without aliases.
func (es *entities) find(m mention, tok int32) int {
	var buf [8]string
	parts := dropSuffix(appendWords(buf[:0], m.name))
	if len(parts) == 0 {
		return -1
	}
	for _, id := range es.byWord[parts[0]] {
		if sameName(es.list[id].parts, parts) {
			return id
		}
	}
	if len(parts) > 1 {
		// "Donald J. Trump" against "Donald Trump": last word and first
		// initial; "Zakhar Perez" against "Taylor Zakhar Perez": a
		// surname of two words (not a first name's: "Mary Ann"), before
		// an initial ("Kardashian West" is not Kanye West)
		if id := es.longerSurname(parts); id >= 0 {
			return id
		}
		if id := es.leadingNames(parts); id >= 0 {
			return id
		}
		for _, id := range es.byWord[parts[len(parts)-1]] {
			if en := es.list[id]; len(en.parts) > 1 && en.parts[len(en.parts)-1] == parts[len(parts)-1] && en.parts[0][0] == parts[0][0] {
				return id
			}
		}
		return -1
	}
	w := parts[0]
	if es.kinLater(w, tok) {
		// "Okafor-Lane opened her show ... Her mother, Tina
		// Okafor-Lane,": a relative introduced later is not whom the
		// surname meant before
		return -1
	}
	// a surname before the article names a second person who has it is the
	// first one's ("Vale reworked his pledge" before "Ivy Vale, 34,")
	cands := es.byWord[w]
	if len(cands) == 0 {
		// "Rob" for "Robert Pattinson": the full first name's person,
		// when the article names one by it
		for _, full := range nicknames.at(w) {
			for _, id := range es.byWord[full] {
				if en := es.list[id]; len(en.parts) >= 2 && en.parts[0] == full && (m.gender == 0 || en.gender == 0 || en.gender == m.gender) {
					return id
				}
			}
		}
	}
	if len(cands) == 0 {
		// "Smith" for "Jada Pinkett-Smith": one half of a double surname,
		// when one person the article names has it
		if id := es.doubleSurname(w); id >= 0 {
			return id
		}
	}
	introduced := false
	for _, id := range cands {
		if en := es.list[id]; len(en.parts) >= 2 && en.intro <= tok {
			introduced = true
			break
		}
	}
	if !introduced {
		if id := es.hyphenFirst(w, tok); id >= 0 {
			return id // "Raven" after "Raven-Symoné", before "her character Raven Baxter"
		}
	}
	anyID := -1
	subject := -1   // the person with this surname the article mentions most
	unrelated := -1 // the one mentioned most who was not introduced as a relative
	best, bestTok := -1, int32(-1)
	after, afterTok := -1, int32(1<<30)
	for _, id := range cands {
		en := es.list[id]
		if len(en.parts) < 2 || (en.parts[0] != w && en.parts[len(en.parts)-1] != w) {
			continue
		}
		if m.gender != 0 && en.gender != 0 && m.gender != en.gender {
			continue
		}
		if introduced && en.intro > tok {
			continue
		}
		if anyID < 0 || en.count > es.list[anyID].count {
			anyID = id
		}
		if en.parts[len(en.parts)-1] == w && en.personLike() && (subject < 0 || en.count > es.list[subject].count) {
			subject = id
		}
		if en.parts[len(en.parts)-1] == w && !en.kin && (unrelated < 0 || en.count > es.list[unrelated].count) {
			unrelated = id
		}
		last, next := int32(-1), int32(1<<30)
		if i := sort.Search(len(en.toks), func(i int) bool { return en.toks[i] > tok }); i > 0 {
			last = en.toks[i-1]
			if i < len(en.toks) {
				next = en.toks[i]
			}
		} else if len(en.toks) > 0 {
			next = en.toks[0]
		}
		if last > bestTok || (last == bestTok && best >= 0 && en.count > es.list[best].count) {
			best, bestTok = id, last
		}
		if next < afterTok {
			after, afterTok = id, next
		}
	}
	if other := es.otherThanKin(w); other >= 0 {
		// "Nora Quill and her mother, Deb Quill ... Deb, 58, said ...
		// Quill laughed": not the relative the article calls by her
		// first name
		return other
	}
	if best >= 0 && bestTok >= 0 {
		// two people share the surname: the one just mentioned, else the
		// one the article mentions most (its subject)
		if subject >= 0 && best != subject && es.narrativeBetween(bestTok, tok) > sameSurnameReach {
			return subject
		}
		if en := es.list[best]; en.kin && unrelated >= 0 && len(en.toks) > 0 && bestTok == en.toks[0] {
			// "Serena and her sister Venus Williams ... Williams said":
			// a relative named once, as a relative (named again on her
			// own, "Kim, 52, posted ...", she is someone the surname may
			// mean)
			return unrelated
		}
		return best
	}
	if after >= 0 {
		return after
	}
	return anyID
}

// doubleSurname is the one person whose hyphenated surname has w for one
// of its halves ("Pinkett-Smith" for "Smith"), or -1.
func (es *entities) doubleSurname(w string) int {
	found := -1
	for id, en := range es.list {
		if len(en.parts) < 2 {
			continue
		}
		last := en.parts[len(en.parts)-1]
		i := strings.IndexByte(last, '-')
		if i <= 0 || !(last[i+1:] == w || last[:i] == w) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = id
	}
	return found
}

// kinLater reports a person introduced as someone's relative after token
// tok whose surname is w, and no one with it before: the bare surname at
// tok is that relative's kin, someone of its own.
func (es *entities) kinLater(w string, tok int32) bool {
	kin := false
	for _, id := range es.byWord[w] {
		en := es.list[id]
		if len(en.parts) < 2 || en.parts[len(en.parts)-1] != w {
			continue
		}
		if en.intro <= tok || !en.kinOwn {
			return false
		}
		kin = true
	}
	return kin
}

// otherThanKin is, of the persons whose surname is w, the only one who is
// neither introduced as a relative nor named by the first name alone so
// far, when each of the others is both; else -1.
func (es *entities) otherThanKin(w string) int {
	id, others := -1, 0
	for _, c := range es.byWord[w] {
		en := es.list[c]
		if len(en.parts) < 2 || en.parts[len(en.parts)-1] != w {
			continue
		}
		switch {
		case en.kin && en.firstAlone:
			others++
		case en.kin || en.firstAlone || id >= 0:
			return -1
		default:
			id = c
		}
	}
	if others == 0 {
		return -1
	}
	return id
}

// kinBefore reports a name at k introduced as someone's relative: a
// relation noun right before it, set off by a comma or not ("Serena's
// sister, Venus Williams", "her husband Joe Jonas").
func (e *extraction) kinBefore(k int) bool {
	j := k - 1
	if e.isPunct(j, ",") {
		j--
	}
	if e.isWord(j) && e.outside(j) && !isCap(e.word(j)) && kinNouns.hasLower(e.word(j)) {
		return true
	}
	if j < k-1 {
		// "his wife of almost 15 years, Beth Stern": the marriage's length
		// between the noun and the comma
		for i := j; i > j-6 && e.isWord(i) && e.outside(i) && !isCap(e.word(i)); i-- {
			if e.lower(i) == "of" {
				return i < j && e.isWord(i-1) && !isCap(e.word(i-1)) && kinNouns.hasLower(e.word(i-1))
			}
		}
	}
	return false
}

// kinGender is the gender of a relation's noun right before a name at
// token k ("her husband Jay-Z", "his wife, Beth"), else 0.
func (e *extraction) kinGender(k int) byte {
	j := k - 1
	if e.isPunct(j, ",") {
		j--
	}
	if !e.isWord(j) || isCap(e.word(j)) {
		return 0
	}
	return nounGender(e.lower(j))
}

// placePreps put a lone capitalised word after them in a place.
var placePreps = setOf("in", "near", "outside", "across", "throughout", "around")

// mononyms are persons known by one name, the same as a first name's
// ("Madonna and Guy Ritchie" share no surname): the one-word names of
// aliases.txt and others.
var mononyms = func() wordSet {
	m := map[string]struct{}{}
	for _, names := range aliasNames {
		for _, n := range names {
			if !strings.Contains(n, " ") {
				m[n] = struct{}{}
			}
		}
	}
	for _, n := range []string{"Cher", "Zendaya", "Lizzo", "Shakira", "Halsey", "Lorde", "Sia", "Usher", "Sting",
		"Bono", "Prince", "Seal", "Pink", "Moby", "Pharrell", "Rihanna", "Adele", "Drake", "Eminem", "Madonna",
		"Beyonce", "Beyoncé", "Dido", "Enya", "Björk", "Bjork", "Brandy", "Monica", "Aaliyah", "Ciara", "Ashanti",
		"Kesha", "Tiffany", "Fergie", "Yanni", "Pelé", "Pele", "Neymar", "Ronaldinho", "Kaká"} {
		m[n] = struct{}{}
	}
	return setFrom(m)
}()

// firstNameTaken reports a full name among those found so far whose first
// name is first: "Madison LeCroy ... Madison and Craig Conover battle it
// out" names Madison LeCroy again, no Madison Conover.
func firstNameTaken(names []found, first string) bool {
	for _, f := range names {
		if f.words >= 2 {
			if a, _, ok := strings.Cut(f.m.name, " "); ok && a == first {
				return true
			}
		}
	}
	return false
}

// siblingNouns go before the first names of relatives who share the
// surname after them: "sisters Kora and Bea Lind".
var siblingNouns = setOf("sisters", "brothers", "twins", "siblings", "cousins", "spouses", "couple", "pair", "duo", "parents",
	"newlyweds", "exes")

// sharedSurname is the surname of a full name that a run of first names
// from token k leads to ("and Dannii Moreau", ", Kourtney and Khloe
// Kardashian"), or "".
func (e *extraction) sharedSurname(k int) string {
	for n := 0; n < 3; n++ {
		switch {
		case e.isPunct(k, ",") && e.isWord(k+1) && e.outside(k+1) && firstNames.has(e.word(k+1)) && !(e.isWord(k+2) && isCap(e.word(k+2))):
			k += 2 // ", Kourtney"
		case e.lower(k) == "and" && e.outside(k) && e.isWord(k+1) && e.outside(k+1):
			m, ok := e.nameAt(k + 1)
			if n := wordCount(m.name); !ok || m.kind != mName || m.title != "" || n < 2 || n > 4 || m.to > int32(k+1+n) {
				return ""
			}
			// (the words after the first name: "and Christina El Moussa")
			_, surname, _ := strings.Cut(m.name, " ")
			return surname
		default:
			return ""
		}
	}
	return ""
}

// appositiveAfter reports token k in an appositive set off after the name
// at token from, its noun closing it: "Mona Ruiz, widely seen as his
// successor,", "Ana Vale, her rival,".
func (e *extraction) appositiveAfter(from, k int) bool {
	j := from
	for j < k && e.isWord(j) && isCap(e.word(j)) {
		j++
	}
	if !e.isPunct(j, ",") || k-j > 6 {
		return false
	}
	for j++; j < k; j++ {
		if !e.isWord(j) || isCap(e.word(j)) {
			return false
		}
	}
	return e.isWord(k+1) && !isCap(e.word(k+1)) && e.isPunct(k+2, ",.")
}

// kinOfSurname reports a relation before the name at k (kinBefore) that
// is of someone with the name's surname: "her", "his", "their", or the
// surname's possessive ("Her mother, Tina Vale", "Vale's son Omar Vale").
func (e *extraction) kinOfSurname(k int, name string) bool {
	j := k - 1
	if e.isPunct(j, ",") {
		j--
	}
	switch e.lower(j - 1) {
	case "her", "his", "their":
		return e.isWord(j - 1)
	}
	base, poss := stripPossessive(e.word(j - 1))
	return poss && e.isWord(j-1) && base == name[strings.LastIndexByte(name, ' ')+1:]
}

// sameSurnameReach is how many words of prose (outside quotations) back a
// mention of one of two people sharing a surname still decides whom the
// bare surname means.
const sameSurnameReach = 60

// narrativeBetween counts the words outside quotations from token a to b.
func (es *entities) narrativeBetween(a, b int32) int32 {
	if a < 0 || int(b) >= len(es.narrative) || b < a {
		return 0
	}
	return es.narrative[b] - es.narrative[a]
}

// occBefore is the number of occurrences before token tok (they are in
// text order): the index of the first at or after it.
func (es *entities) occBefore(tok int32) int {
	return sort.Search(len(es.occ), func(i int) bool { return es.occ[i].tok >= tok })
}

// within is the occurrences standing in tokens [from, to).
func (es *entities) within(from, to int) []occurrence {
	i := es.occBefore(int32(from))
	j := i
	for j < len(es.occ) && int(es.occ[j].tok) < to {
		j++
	}
	return es.occ[i:j]
}

// note records that entity id is mentioned at tok (a resolved pronoun or a
// quote's speaker), which keeps it salient.
func (es *entities) note(id int, tok, sent, para int32) {
	i := sort.Search(len(es.occ), func(i int) bool { return es.occ[i].tok > tok })
	es.occ = append(es.occ, occurrence{})
	copy(es.occ[i+1:], es.occ[i:])
	es.occ[i] = occurrence{tok: tok, sent: sent, para: para, ent: id}
	en := es.list[id]
	j := sort.Search(len(en.toks), func(j int) bool { return en.toks[j] > tok })
	en.toks = append(en.toks, 0)
	copy(en.toks[j+1:], en.toks[j:])
	en.toks[j] = tok
}

// salient finds the entity a pronoun or description at tok refers to: going
// back sentence by sentence (at most maxParas paragraphs), agreeing with
// gender g: in each sentence, for a pronoun, the person reporting speech
// first ("Trump's grasp of policy is worrying, Cuban said. ... he said"),
// then the first mention (subjects come first).
func (es *entities) salient(tok, sent, para int32, g byte, want func(*entity) bool, pronoun bool) int {
	if pronoun && (g == 'm' || g == 'f') {
		// a person the article tells to be a he or a she, or who reports
		// speech, before a name of unknown gender ("he and Kardashian West
		// launched ...", "Art Deco")
		// (a full name whose first word the article writes alone, "Lupe
		// Fiasco ... where Lupe made peace", is a person's)
		// (and whom want accepts: "he told Radio One" is not Radio One's;
		// the actor before the part they play, "the role of Alex, he
		// admits", when one agrees)
		person := func(en *entity) bool {
			return (en.gender == g || en.gender == 0 && (en.spoke || en.personLike() || en.firstAlone && len(en.parts) == 2)) && (want == nil || want(en))
		}
		if es.characters {
			if id := es.salientIn(tok, para, g, func(en *entity) bool { return !en.character && person(en) }, pronoun, false); id >= 0 {
				return id
			}
		}
		if id := es.salientIn(tok, para, g, person, pronoun, false); id >= 0 {
			return id
		}
	}
	if id := es.salientIn(tok, para, g, want, pronoun, false); id >= 0 || g != 'm' && g != 'f' {
		return id
	}
	// no one else agrees: the object of a preposition known to be of
	// that gender ("Tom Reyes was spotted with Nina Vale. ... she said")
	return es.salientIn(tok, para, g, want, pronoun, true)
}

// salientIn is one pass of salient over the occurrences of the three
// paragraphs before tok's.
func (es *entities) salientIn(tok, para int32, g byte, want func(*entity) bool, pronoun, oblique bool) int {
	const maxParas = 3
	s := search{g: g, want: want, pronoun: pronoun, oblique: oblique}
	// find the occurrences before tok
	end := es.occBefore(tok)
	i := end
	for i > 0 {
		sent := es.occ[i-1].sent
		if es.proseParas(es.occ[i-1].para, para) > maxParas {
			break
		}
		j := i
		for j > 0 && es.occ[j-1].sent == sent {
			j--
		}
		if pronoun {
			if id := es.agreeing(j, i, s, true); id >= 0 {
				return id
			}
		}
		if id := es.agreeing(j, i, s, false); id >= 0 {
			return id
		}
		i = j
	}
	return -1
}

// firstNamed is the entity last mentioned before tok that is a lone first
// name of gender g ("Kate"), no relative named in passing: what a gendered
// description ("the Duchess") stands for when no person of that gender is
// named in the paragraphs before it.
func (es *entities) firstNamed(tok int32, g byte) int {
	end := es.occBefore(tok)
	for k := end - 1; k >= 0; k-- {
		en := es.list[es.occ[k].ent]
		if len(en.parts) == 1 && (en.gender == 0 || en.gender == g) && !en.kin && firstNames.at(en.parts[0]) == g {
			return es.occ[k].ent
		}
	}
	return -1
}

// leadPerson is the person of gender g the article's opening paragraphs
// (through paragraph lastPara) name first, before token tok, no one's
// relative or child; -1 for none.
func (es *entities) leadPerson(tok int32, g byte, lastPara int32) int {
	end := es.occBefore(tok)
	for k := 0; k < end && es.occ[k].para <= lastPara; k++ {
		en := es.list[es.occ[k].ent]
		if (en.gender == g || en.gender == 0 && (en.personLike() || fullNameShaped(en.parts))) && !en.kin && (en.age == 0 || en.age >= 18) && (len(en.parts) >= 2 || strings.Contains(en.name, " ")) {
			return es.occ[k].ent
		}
	}
	return -1
}

// leadStar is leadPerson of gender g, or of either when g is unknown (the
// one named first).
func (es *entities) leadStar(tok int32, g byte, lastPara int32) int {
	if g == 'm' || g == 'f' {
		return es.leadPerson(tok, g, lastPara)
	}
	f, m := es.leadPerson(tok, 'f', lastPara), es.leadPerson(tok, 'm', lastPara)
	if f < 0 || m >= 0 && es.list[m].toks[0] < es.list[f].toks[0] {
		return m
	}
	return f
}

// royalName is the name of a royal (or a lady) called by one name alone
// with the title that goes before it: "Prince William", "Queen Elizabeth",
// "Lady Gaga" (the title is part of the name users search for); other
// names stay name.
func royalName(name string, parts []string, title string) string {
	if len(parts) != 1 || name != parts[0] {
		return name
	}
	switch title {
	case "Prince", "Princess", "King", "Queen", "Lady", "Dame":
		return title + " " + name
	}
	return name
}

// crownTitle reports a title a royal's first name alone takes for a full
// name: "Prince Charles", "Queen Sofia".
func crownTitle(t string) bool {
	return t == "Prince" || t == "Princess" || t == "King" || t == "Queen"
}

// royal reports a person the article names with a royal title ("Prince
// William", "Queen Sofia").
func (en *entity) royal() bool {
	for _, t := range en.titles {
		if royalTitles.hasLower(t) {
			return true
		}
	}
	switch first, _, _ := strings.Cut(en.name, " "); first {
	case "Prince", "Princess", "King", "Queen":
		return true
	}
	return false
}

// royalTitles are titles whose holders an article calls by their first
// name alone ("Kate", "William", "Harry").
var royalTitles = setOf("duke", "duchess", "prince", "princess", "king", "queen", "earl", "countess")

// mostNamedFirst is the person named by a lone first name of gender g,
// named before tok, that the article names most (at least twice), or -1.
func (es *entities) mostNamedFirst(tok int32, g byte) int {
	gi := genderSlot(g)
	if es.firstByCount[gi] == nil {
		// once per article: the candidates, most named first (counts
		// and genders are settled when the names are collected)
		list := []int{}
		for id, en := range es.list {
			if len(en.parts) == 1 && firstNames.at(en.parts[0]) == g && (en.gender == 0 || en.gender == g) && en.count >= 2 {
				list = append(list, id)
			}
		}
		sort.SliceStable(list, func(i, j int) bool { return es.list[list[i]].count > es.list[list[j]].count })
		es.firstByCount[gi] = list
	}
	// bounded: an article of thousands of first names and as many titles
	// reads the most named few
	for _, id := range es.firstByCount[gi][:min(len(es.firstByCount[gi]), 64)] {
		if en := es.list[id]; len(en.toks) > 0 && en.toks[0] < tok {
			return id
		}
	}
	return -1
}

// genderSlot indexes a he ('m', 0) or a she ('f', 1) in per-gender arrays.
func genderSlot(g byte) int {
	if g == 'f' {
		return 1
	}
	return 0
}

// agrees reports whether a mention of gender g (0: any) can refer to an
// entity: not one of the other gender, not a lone capitalised word of
// unknown gender, not an acronym (IVF, NHS is no he or she).
func agrees(en *entity, g byte) bool {
	if g == 0 {
		return true
	}
	if g != 'p' && en.gender != 0 && en.gender != g {
		return false
	}
	if en.gender == 0 && len(en.parts) < 2 && len(en.titles) == 0 && !((en.spoke || en.count >= 3 || en.count >= 2 && innerCapital(en.parts[0])) && (dotted(en.parts[0]) || mononymShaped(en.parts[0]))) {
		return false // (a lone word the article keeps naming may be a star's one name: "Ronaldinho has now responded")
	}
	if g != 'p' && en.gender == 0 && len(en.titles) == 0 && groupNamed(en.parts) {
		return false // "Twenty One Pilots", "the Jonas Brothers": a band is no he or she
	}
	// (an acronym is no one, but a stage name of initials that reports
	// speech is someone: "T.I. said ... he recalled", and so is one in
	// capitals the article gives a role: "rapper DMX")
	return len(en.parts) != 1 || !isAllCaps(en.parts[0]) || len(en.parts[0]) > 4 || dotted(en.parts[0]) && en.spoke || len(en.titles) > 0
}

// groupNamed reports a name that opens with a number's word or ends in a
// plural of a group's members: a band's or a team's ("Twenty One
// Pilots", "Backstreet Boys").
func groupNamed(parts []string) bool {
	return len(parts) > 1 && (numberWords.has(parts[0]) || memberPlurals.has(parts[len(parts)-1]))
}

var numberWords = setOf("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
	"Twelve", "Thirteen", "Fifteen", "Twenty", "Thirty", "Forty", "Fifty", "Hundred", "Thousand")

var memberPlurals = setOf("Boys", "Girls", "Brothers", "Sisters", "Kids", "Men", "Women", "Ladies", "Gentlemen", "Sons",
	"Daughters", "Twins", "Cousins")

// mononymShaped reports a lone word that reports speech and may be a
// star's one name ("Jimin posted ... he wrote"): capitalised, lower case
// after its first letter, and no word the lexicons know as anything else.
func mononymShaped(w string) bool {
	if len(w) < 4 || !isCap(w) || isAllCaps(w) || strings.HasSuffix(w, "s") {
		return false
	}
	return capWords.at(w) == capWord{}
}

// dotted reports a name of initials: "T.I.", "J.Lo".
func dotted(w string) bool {
	return strings.Count(w, ".") >= 1 && len(w) <= 8 && isCap(w)
}

// firstNameOf reports an entity named by one first name of gender g.
func firstNameOf(en *entity, g byte) bool {
	return (g == 'm' || g == 'f') && en.gender == 0 && len(en.parts) == 1 && firstNames.at(en.parts[0]) == g
}

// search is what salient looks for: someone of gender g whom want accepts
// (nil: anyone), for a he or she (pronoun), the object of a preposition
// too when oblique.
type search struct {
	g       byte
	want    func(*entity) bool
	pronoun bool
	oblique bool
}

// agreeing is the first of the occurrences [from, to) that can be referred to
// as s asks, among reporters only when asked. A he or she, or a
// description of one person ("the star"), takes the main clause's persons
// before those of a clause leading it ("When Fallow asked him ...,
// Brenner quipped").
func (es *entities) agreeing(from, to int, s search, reporters bool) int {
	if s.g == 'm' || s.g == 'f' || s.g == 0 {
		for k := from; k < to; k++ {
			if es.occ[k].lead {
				if id := es.agreeingIn(from, to, s, reporters, false); id >= 0 {
					return id
				}
				return es.agreeingIn(from, to, s, reporters, true)
			}
		}
	}
	return es.agreeingIn(from, to, s, reporters, true)
}

// agreeingIn is agreeing over the occurrences of the main clause, or all
// with lead.
func (es *entities) agreeingIn(from, to int, s search, reporters, lead bool) int {
	g, want := s.g, s.want
	owner := -1 // a possessive that agrees, taken when no one else in the sentence does
	for k := from; k < to; k++ {
		if !lead && es.occ[k].lead {
			continue
		}
		if reporters && !es.occ[k].reporter {
			continue
		}
		en := es.list[es.occ[k].ent]
		if !agrees(en, g) && !(s.pronoun && firstNameOf(en, g)) {
			// (a he or she may be someone named by a first name of that
			// gender alone: "On Friday, Vale's wife, Elena, will introduce
			// him. She said"; a description may not: "her daughter Luna
			// ... The Duchess said")
			continue
		}
		if (g == 'm' || g == 'f') && (es.occ[k].oblique && (!s.oblique || en.gender != g) || es.occ[k].paired == g) {
			continue // "he" seldom refers back to the object of a preposition, nor to "X" in "he and X"
		}
		if as := es.occ[k].afterSubject; !s.oblique && as != 0 && (s.pronoun && g == as || !s.pronoun && (g == 0 || g == as)) {
			// "He put Moss on the cover. '...,' he wrote", "He then
			// married Sandra Lee. The Hollywood star had stated": the
			// subject's person, further back
			continue
		}
		if want != nil && !want(en) {
			continue
		}
		if es.occ[k].joined && s.pronoun && (g == 'm' || g == 'f') {
			// "Prince Harry and Meghan Markle issued a statement after
			// Catherine shared news ... she said": the one named alone
			if owner < 0 {
				owner = es.occ[k].ent
			}
			continue
		}
		if es.occ[k].owner && (g == 'm' || g == 'f' || g == 0 && (es.occ[k].ownsNamed || es.ownersLast)) {
			// "Madonna's lawyer Eleanor Alter said ... She said", "Kim
			// Kardashian's husband Kanye West ... the rapper": the
			// possessive modifies someone who may be the subject (for a
			// description, someone named right after it)
			if owner < 0 {
				owner = es.occ[k].ent
			}
			continue
		}
		return es.occ[k].ent
	}
	return owner
}

// joinedName reports name m joined by "and" to a capitalised name before
// or after it: "Prince Harry and Meghan Markle".
func (e *extraction) joinedName(m mention) bool {
	if k := int(m.to); e.lower(k) == "and" && e.isWord(k+1) && e.toks[k+1].cap && e.outside(k) {
		if n, ok := e.nameAt(k + 1); ok && n.kind == mName {
			return true
		}
	}
	if k := int(m.from) - 1; e.lower(k) == "and" && e.isWord(k-1) && e.toks[k-1].cap && e.outside(k) {
		_, poss := stripPossessive(e.word(k - 1))
		return !poss
	}
	return false
}

// subjectPronoun is the gender of a he or she (lower case), else 0.
func subjectPronoun(lw string) byte {
	switch lw {
	case "he":
		return 'm'
	case "she":
		return 'f'
	}
	return 0
}

// markLeads marks the occurrences in clauses that lead their sentence's
// main clause when a name or a definite description opens the main clause
// ("When The Society asked her to consider Ms. Jenner, Ms. Grand was
// reluctant"; not "When the interview steered Allen toward it, he offered
// his thoughts on Donald Trump", where the main clause goes on about the
// leading clause's person).
func (e *extraction) markLeads() {
	es := e.ents
	for i := 0; i < len(es.occ); {
		from, to := e.sentenceBounds(int(es.occ[i].tok))
		mc := e.mainClause(from, to)
		j := i
		named := false // the main clause opens with a name
		for ; j < len(es.occ) && es.occ[j].sent == es.occ[i].sent; j++ {
			named = named || int(es.occ[j].tok) == mc
		}
		if w := e.lower(mc); !named && mc > from && (w == "the" || w == "this" || w == "that") {
			// or with a description of someone ("During an appearance on
			// The Late Show with Stephen Colbert, the actress said"): the
			// speaker it resolves to is noted there, the subject
			m, ok := e.mentionAt(mc)
			named = ok && m.kind == mDesc && m.definite
		}
		for k := i; k < j && named; k++ {
			es.occ[k].lead = int(es.occ[k].tok) < mc
		}
		for k := j - 1; k > i; k-- {
			if e.coordinateSubject(es.occ[k], mc, to) {
				// "Cagle turned the tables on the host, and as expected,
				// Cohen did not hold back": the later clause's subject
				// goes on
				for l := i; l < k; l++ {
					es.occ[l].lead = true
				}
				break
			}
		}
		if g := subjectPronoun(e.lower(mc)); g != 0 && e.isWord(mc) && e.outside(mc) {
			for k := i; k < j; k++ {
				if int(es.occ[k].tok) > mc {
					es.occ[k].afterSubject = g
				}
			}
		}
		i = j
	}
}

// coordinateSubject reports an occurrence that is the subject of a
// clause joined to the main clause by ", and" or ", but", after a short
// comma-set adverbial at most ("and as expected, Cohen, 48, did not"), its
// verb after it; to ends the sentence.
func (e *extraction) coordinateSubject(o occurrence, mc, to int) bool {
	t := int(o.tok)
	if t <= mc || o.oblique || o.owner || !e.outside(t) {
		return false
	}
	c := t - 1
	if e.isPunct(c, ",") {
		// a short adverbial set off before the subject
		for c--; c > t-6 && e.isWord(c) && !isCap(e.word(c)) && e.outside(c); c-- {
			if w := e.word(c); w == "and" || w == "but" {
				break
			}
		}
	}
	if w := e.lower(c); !e.isWord(c) || w != "and" && w != "but" || !e.isPunct(c-1, ",") {
		return false
	}
	m, ok := e.mentionAt(t)
	if !ok || m.kind != mName || int(m.to) >= to {
		return false
	}
	v := int(m.to)
	if e.isPunct(v, ",") {
		// "Cohen, 48, did not"
		c := v + 1
		for c < v+8 && c < to && !e.isPunct(c, ",") {
			c++
		}
		v = c + 1
	}
	for range 2 {
		if !e.isWord(v) || !e.outside(v) || v >= to {
			return false
		}
		w := e.word(v)
		if auxiliaries.has(w) || isNegatedAux(w) || strings.HasSuffix(w, "ed") && !isCap(w) || e.isCue(v) {
			return true
		}
		if !e.adverbAt(v) {
			return false
		}
		v++ // "Cohen quickly agreed"
	}
	return false
}

// learnGender gives an entity of unknown gender the gender of a he/she/his/
// her that follows its mention as the first person mentioned in the same or
// the next sentence, with no other person mentioned in between.
func (e *extraction) learnGender(es *entities) {
	oi := 0
	last, lastTok := -1, -1
	var lastSent int32 = -10
	// the pronouns of each gender read so far in the current sentence, and
	// those read in the last entity's sentence before it: "he and
	// Kardashian West launched ... He recently released": the he is not
	// Kardashian West
	var sentSeen, before [2]bool
	var seenSent int32 = -1
	var votes genderVotes
	for k := range e.toks {
		t := &e.toks[k]
		if t.sent != seenSent {
			sentSeen, seenSent = [2]bool{}, t.sent
		}
		for oi < len(es.occ) && int(es.occ[oi].tok) <= k {
			if es.occ[oi].oblique {
				oi++
				continue
			}
			if last >= 0 && es.occ[oi].ent != last && es.occ[oi].sent == lastSent {
				last = -2 // two people in one sentence: ambiguous
			} else if last != -2 || es.occ[oi].sent != lastSent {
				last = es.occ[oi].ent
				lastTok = int(es.occ[oi].tok)
				before = sentSeen
			}
			lastSent = es.occ[oi].sent
			oi++
		}
		if t.kind != tWord || t.quote != 0 {
			continue
		}
		w := e.word(k)
		if len(w) < 2 || len(w) > 9 || w[0]|0x20 != 'h' && w[0]|0x20 != 's' {
			continue // no pronoun (a quick test: the switch below is slow on most words)
		}
		if len(w) > 3 && (w[2] == '\'' || w[3] == '\'' || w[2] == 0xe2 || w[3] == 0xe2) {
			w = uncontracted(w) // "he'd kept in touch", "she’s"
		}
		var g byte
		switch w {
		case "he", "him", "his", "himself", "He", "Him", "His", "Himself", "HE", "HIM", "HIS":
			g = 'm'
		case "she", "her", "hers", "herself", "She", "Her", "Hers", "Herself", "SHE", "HER":
			g = 'f'
		default:
			continue
		}
		gi := genderSlot(g)
		sentSeen[gi] = true
		if last == -2 && (w == "he" || w == "she") {
			// "Commenting on a claim by an influencer, Ama, Kofi indicated
			// that he ...": the subject of the verb right before "that"
			if id := e.thatClauseSubject(es, oi, k); id >= 0 && es.list[id].gender == 0 && es.list[id].spoke {
				if fg := firstNames.at(es.list[id].parts[0]); fg == 0 || fg == g {
					es.list[id].gender = g
				}
			}
		}
		if last < 0 || before[gi] || e.namedInQuoteBetween(lastTok, k) {
			continue // (nor past a quotation naming someone: 'she "reached out to Donald Trump," adding if he')
		}
		en := es.list[last]
		either := eitherGender.has(en.parts[0])
		if t.sent-lastSent > 1 && !(either && e.nextSentence(lastTok, k)) {
			continue // (the next sentence; the next paragraph's first for a vote below)
		}
		if (g == 'm' && (w == "his" || w == "His") || g == 'f' && (w == "her" || w == "Her")) && e.appositiveAfter(lastTok, k) {
			continue // "Mona Ruiz, widely seen as his successor,": someone else's
		}
		if en.gender == 0 && !unknownWord(en) {
			if fg := firstNames.at(en.parts[0]); len(en.parts) == 1 && (fg == 'm' || fg == 'f') && fg != g {
				continue // "Kate ... his": the pronoun is someone else's
			}
			en.gender = g
		} else if g == en.gender || e.ownPronoun(lastTok, k, w, either) {
			votes.add(en, gi)
		}
	}
	votes.settle()
}

// namedInQuoteBetween reports a person's full name inside a quotation
// between tokens from and to (at most 80 tokens read): someone a later
// pronoun may stand for, whom the entities (read outside quotations) do
// not hold.
func (e *extraction) namedInQuoteBetween(from, to int) bool {
	for k := max(from, to-80); k+1 < to; k++ {
		if t := &e.toks[k]; t.quote != 0 && t.kind == tWord && t.cap && firstNames.at(e.word(k)) != 0 && e.isWord(k+1) && e.toks[k+1].cap {
			return true
		}
	}
	return false
}

// thatClauseSubject is the entity named right before "<verb> that" ending
// at token k-1 ("Kofi indicated that he"), among the first oi
// occurrences, or -1.
func (e *extraction) thatClauseSubject(es *entities, oi, k int) int {
	if e.lower(k-1) != "that" || !e.isWord(k-2) || e.toks[k-2].cap || !strings.HasSuffix(e.lower(k-2), "ed") {
		return -1
	}
	for i := oi - 1; i >= 0 && i >= oi-3; i-- {
		o := es.occ[i]
		if o.sent != e.toks[k].sent {
			break
		}
		if m, ok := e.nameAt(int(o.tok)); ok && int(m.to) == k-2 {
			return int(o.ent)
		}
	}
	return -1
}

// speechNouns are words said, before "from" or "by" and who said them.
var speechNouns = setOf("statement", "statements", "remarks", "comments", "comment", "words", "message", "testimony",
	"response", "reply", "tribute", "speech", "address", "plea", "apology")

// markCharacters marks the entities named as a part someone plays, once
// at least ("the role of Alex", "plays Nora Vane", "her character,
// Nora"), that report no speech: characters.
func (e *extraction) markCharacters(es *entities) {
	for _, o := range es.occ {
		en := es.list[o.ent]
		if en.character || en.spoke {
			continue
		}
		k := int(o.tok)
		switch e.lower(k - 1) {
		case "of":
			en.character = e.lower(k-2) == "role" || e.lower(k-2) == "part"
		case "playing", "plays", "played", "portraying", "portrays", "portrayed":
			en.character = true
		case ",":
			en.character = personaNouns.hasLower(e.word(k - 2))
		default:
			en.character = personaNouns.hasLower(e.word(k - 1))
		}
		es.characters = es.characters || en.character
		if !en.character && e.parenAfter(k) {
			// "Prince Henry (Nicholas Galitzine)": the part, then its actor
			if m, ok := e.nameAt(k); ok && e.isPunct(int(m.to), "(") {
				if n, ok := e.nameAt(int(m.to) + 1); ok && n.kind == mName && e.isPunct(int(n.to), ")") && wordCount(n.name) >= 2 {
					en.character, es.characters = true, true
				}
			}
		}
	}
}

// parenAfter reports an opening parenthesis within the four tokens after
// token k, no sentence's end before it.
func (e *extraction) parenAfter(k int) bool {
	for j := k + 1; j < k+5 && j < len(e.toks); j++ {
		if e.toks[j].kind == tPunct {
			return e.text[e.toks[j].start] == '('
		}
	}
	return false
}

// gerundName reports a name of two words or more whose first is a
// gerund no first name list knows ("Breaking Dawn"): a title's words.
func gerundName(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && rest != "" && len(first) >= 6 && strings.HasSuffix(first, "ing") && firstNames.at(first) == 0
}

// ownPronoun reports a pronoun w at token k that can only be the person
// named at token at, in the same sentence, against the gender the lists
// give the first name: a his or her within the sentence the name opens
// ("Drew Barrymore is opening up about her divorce") or whose main clause
// it opens ("In the episode, Richards theorized why her castmates ..."),
// a he or she right after the name and its reporting verb ("Richards
// explained she saw"), a He or She opening the next sentence after a
// sentence whose subject the name is, and, for a first name given to men
// and women alike (either), a he or she reporting a quotation there.
func (e *extraction) ownPronoun(at, k int, w string, either bool) bool {
	same := e.toks[at].sent == e.toks[k].sent
	subject := func() bool {
		if e.sentenceStart(at) {
			return true
		}
		if m, ok := e.nameAt(at); ok && e.isCue(int(m.to)) {
			return true // '"...," Taylor Vance tells me. He pauses:'
		}
		if s := e.toks[at].sent; e.mcSent != s+1 {
			// (the pronouns of one sentence ask about one name)
			from, to := e.sentenceBounds(at)
			e.mcSent, e.mcTok = s+1, int32(e.mainClause(from, to))
		}
		return int(e.mcTok) == at
	}
	switch w {
	case "her", "his":
		if w == "her" && e.objectHer(k) {
			return false // "Stern then asked her if she called": whom he asked, not his
		}
		return same && e.isWord(k-1) && subject()
	case "she", "he":
		if m, ok := e.nameAt(at); same && ok {
			if int(m.to) == k-1 && e.isCue(k-1) {
				return true
			}
			if e.isCue(int(m.to)) && k-int(m.to) <= 3 && e.listenersBetween(int(m.to)+1, k) {
				return true // "Morrow told listeners she ...", "Vale told fans that she"
			}
		}
		// '"...," she said' right after a sentence the name opens, for a
		// first name given to men and women alike ("Drew Barrymore
		// appeared on the show. "...," she said")
		return either && e.nextSentence(at, k) && (e.isCue(k+1) || e.isCue(k-1)) && subject()
	case "She", "He":
		return e.toks[k].sent == e.toks[at].sent+1 && e.sentenceStart(k) && subject()
	}
	return false
}

// objectHer reports a "her" at token k that is an object, no possessive:
// followed by punctuation, a mark or a word no noun follows it as ("asked
// her if", "told her that", "asked her:").
func (e *extraction) objectHer(k int) bool {
	if !e.isWord(k + 1) {
		return true
	}
	switch e.lower(k + 1) {
	case "if", "whether", "that", "to", "about", "what", "how", "why", "when", "where", "who", "for", "out", "in", "on", "at",
		"with", "and", "or", "again", "back", "up", "off", "down", "over", "as", "so", "not", "the", "a", "an":
		return true
	}
	return false
}

// listenersBetween reports tokens [from, to) that are a reporting verb's
// audience and its "that" at most: "listeners", "fans that", "the crowd".
func (e *extraction) listenersBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if w := e.lower(j); !e.isWord(j) || !e.outside(j) || !(audienceNouns.has(w) || w == "listeners" || w == "viewers" || w == "that" || w == "the") {
			return false
		}
	}
	return true
}

// nextSentence reports token k in the sentence after token at's, or in
// the first sentence of the next paragraph when at's ends its own.
func (e *extraction) nextSentence(at, k int) bool {
	gap := e.toks[k].sent - e.toks[at].sent
	return gap == 1 || gap == 2 && e.toks[k].para == e.toks[at].para+1
}

// leadingOwners gives a name of unknown gender the gender of a his or her
// in the phrase that leads its sentence before it: "In her 30 years in
// the music industry, Chaka Khan has enjoyed ..." (the phrase speaks of
// the subject after its comma). Only the first name of a paragraph's
// first sentence is read, and only a phrase of at most twelve words.
func (e *extraction) leadingOwners(es *entities) {
	for _, o := range es.occ {
		k := int(o.tok)
		en := es.list[o.ent]
		if en.gender != 0 || len(en.parts) < 2 || !e.isPunct(k-1, ",") {
			continue
		}
		from, _ := e.sentenceBounds(k)
		if from > 0 && e.kindAt(from-1) != tPara || k-from > 14 || !e.isWord(from) || !leadWords.hasLower(e.word(from)) {
			continue
		}
		if m, ok := e.nameAt(k); !ok || !e.isWord(int(m.to)) || e.toks[m.to].cap {
			continue // the subject, before its verb (not "In her 2003 book, Living History, ...")
		}
		var g byte
		for j := from + 1; j < k-1; j++ {
			if !e.isWord(j) || !e.outside(j) {
				if e.isPunct(j, ",") {
					g = 0 // (one phrase: "In 2019, after her split, ...")
					break
				}
				continue
			}
			if og := ownerGender(e.word(j)); og != 0 {
				if g != 0 && g != og {
					g = 0
					break
				}
				g = og
			}
		}
		if g != 0 {
			en.gender = g
		}
	}
}

// uncontracted is a he or a she without the verb contracted onto it
// ("he'd", "she’s"), else w.
func uncontracted(w string) string {
	i := strings.IndexByte(w, '\'')
	if i < 0 {
		i = strings.Index(w, "\u2019")
	}
	if i == 2 || i == 3 {
		if p := w[:i]; p == "he" || p == "He" || p == "she" || p == "She" {
			return p
		}
	}
	return w
}

// genderVotes counts, in each entity's votes, the pronouns read for a full
// name whose gender the lists guess from its first name (Kelly, Drew, Kyle):
// voted lists the entities counted.
type genderVotes struct{ voted []*entity }

func (v *genderVotes) add(en *entity, gi int) {
	if en.gender == 0 || len(en.parts) < 2 || genderedTitle(en.titles) || firstNames.at(en.parts[0]) != en.gender {
		return
	}
	if en.votes == [2]int16{} {
		v.voted = append(v.voted, en)
	}
	en.votes[gi]++
}

// genderedTitle reports a title or role that tells a gender ("Mrs.",
// "actress"), which the pronouns read do not overturn ("star" tells none).
func genderedTitle(ts []string) bool {
	for _, t := range ts {
		if titles.at(t) != 0 || femaleNouns.hasLower(t) || maleNouns.hasLower(t) {
			return true
		}
	}
	return false
}

// settle gives each name the other gender when the article's pronouns all
// said so: once for a first name given to men and women alike, twice for
// another ("Kyle Richards took to her Instagram page ... she wrote").
func (v *genderVotes) settle() {
	for _, en := range v.voted {
		need := int16(2)
		if eitherGender.has(en.parts[0]) {
			need = 1
		}
		if own := genderSlot(en.gender); en.votes[own] == 0 && en.votes[1-own] >= need {
			en.gender = "mf"[1-own]
		}
	}
}

// isNegatedAux is an auxiliary with its "not" contracted onto it ("didn't",
// "wasn’t", "won't").
func isNegatedAux(w string) bool {
	base, ok := strings.CutSuffix(w, "n't")
	if !ok {
		if base, ok = strings.CutSuffix(w, "n\u2019t"); !ok {
			return false
		}
	}
	return auxiliaries.has(base) || base == "wo" || base == "ca"
}

// named is the person whose full name is name or whose surname is its last
// word, or -1.
func (es *entities) named(name string) int {
	last := lastWord(name)
	for _, id := range es.byWord[last] {
		if en := es.list[id]; en.name == name || en.parts[len(en.parts)-1] == last && en.personLike() {
			return id
		}
	}
	return -1
}

// kickerEnd is where a kicker ends that opens a paragraph at token k: two
// words or more in capitals before a name written as names are ("KIWI
// SUPERSTAR Lorde has returned", "EXCLUSIVE: Mia Holt"); k for none.
func (e *extraction) kickerEnd(k int) int {
	if k > 0 && e.toks[k-1].para == e.toks[k].para {
		return k
	}
	j := k
	for j < len(e.toks) && e.isWord(j) && len(e.word(j)) >= 3 && isAllCaps(e.word(j)) {
		j++
	}
	if j-k < 2 || !e.isWord(j) || !isCap(e.word(j)) || isAllCaps(e.word(j)) || e.toks[j].para != e.toks[k].para {
		return k
	}
	return j
}

// partitiveBefore reports a quantity of a group before the name at token
// k: "Several of her devoted Little Monsters", "many of the Swifties".
func (e *extraction) partitiveBefore(k int) bool {
	for j := k - 1; j > 0 && j >= k-4 && e.isWord(j) && e.outside(j); j-- {
		if e.lower(j) == "of" {
			return partitives.has(e.lower(j - 1))
		}
		if e.toks[j].cap {
			return false
		}
	}
	return false
}

// partitives take a part of a group: "several of".
var partitives = setOf("several", "many", "some", "most", "all", "few", "none", "each", "one", "two", "three", "dozens", "hundreds", "thousands")
