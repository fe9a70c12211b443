package quote

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The channel classifier: a multinomial logistic regression learned from
// labelled quotes (quotewire train-channel) decides each quote's channel.
// The rule cascade (channel.go) still reads the article; its verdict is one
// feature among the words around the quote, the cue, the passage and the
// article's media words, so the model learns when to trust it. A label
// whose probability is below the model's threshold becomes "unknown".

// FeatureVersion names the feature set; a model trained on another is
// refused.
const FeatureVersion = "channel-features/8"

// Channels are the labels a quote's channel may take.
var Channels = []string{"unknown", "instagram", "twitter", "facebook", "tiktok", "youtube", "social_media",
	"tv", "radio", "podcast", "interview", "statement", "press_conference", "speech", "publication"}

// featureWindow bounds the words taken from a paragraph around the quote's
// sentence and from the paragraph before it.
const featureWindow = 40

// mediaWordList are the words whose presence anywhere in an article is a
// feature of every quote in it (at most 64: a bit each).
var mediaWordList = []string{"instagram", "twitter", "tweeted", "tweet", "facebook", "tiktok", "youtube", "podcast", "radio",
	"television", "tv", "cnn", "msnbc", "fox", "abc", "nbc", "cbs", "bbc", "show", "episode", "interview", "statement",
	"rally", "speech", "conference", "reporters", "debate", "caption", "post", "posted", "video", "magazine", "told",
	"wrote", "said", "says", "letter", "email", "court", "hearing", "testified", "spokesman", "spokeswoman",
	"spokesperson", "source", "insider", "according", "reported", "op-ed", "column", "book", "blog", "x",
	"insta", "instagrammed", "captioned", "snapchat", "commented", "interviewed", "remarks", "appearance", "host", "comments", "podcasts"}

// mediaIndex finds a lower-case word's index in mediaWordList.
var mediaIndex = func() wordMap[int] {
	m := make(map[string]int, len(mediaWordList))
	for i, w := range mediaWordList {
		m[w] = i
	}
	return mapFrom(m)
}()

// mediaWord returns the index of lw (lower case) in mediaWordList, or -1.
func mediaWord(lw string) int {
	if i, ok := mediaIndex.get(lw); ok {
		return i
	}
	return -1
}

// featureSink collects the hashed features of one quote.
type featureSink struct {
	hashes []uint64
	buf    []byte
	// names, when not nil, collects the features as text (training, tests).
	names *[]string
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// add records the feature prefix+word (word lower-cased).
func (f *featureSink) add(prefix, word string) {
	if f.names == nil {
		// the hash of the text, without writing it
		f.hashes = append(f.hashes, hashLower(hashLower(fnvOffset, prefix), word))
		return
	}
	f.buf = appendLower(append(f.buf[:0], prefix...), word)
	f.record()
}

// addPair records the feature prefix+a_b (lower-cased).
func (f *featureSink) addPair(prefix, a, b string) {
	if f.names == nil {
		h := hashLower(hashLower(fnvOffset, prefix), a)
		h = (h ^ '_') * fnvPrime
		f.hashes = append(f.hashes, hashLower(h, b))
		return
	}
	f.buf = appendLower(append(appendLower(append(f.buf[:0], prefix...), a), '_'), b)
	f.record()
}

// hashLower goes on with FNV-1a hash h over s lower-cased as appendLower
// lowers it: hashBytes(appendLower(b, s)) is hashLower(hashBytes(b), s).
func hashLower(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// record keeps the feature written in buf.
func (f *featureSink) record() {
	f.hashes = append(f.hashes, hashBytes(f.buf))
	if f.names != nil {
		*f.names = append(*f.names, string(f.buf))
	}
}

func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// eachWord calls fn with each word of s (letters, digits, inner
// apostrophes and hyphens), at most limit of them (0: all).
func eachWord(s string, limit int, fn func(string)) {
	n := 0
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		var word bool
		if c < utf8.RuneSelf {
			word = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
				(start >= 0 && (c == '\'' || c == '-') && i+1 < len(s) && isWordByte(s[i+1]))
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r) ||
				(start >= 0 && r == '\u2019' && i+size < len(s) && isWordByte(s[i+size]))
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			fn(s[start:i])
			start = -1
			if n++; limit > 0 && n >= limit {
				return
			}
		}
		i += size
	}
	if start >= 0 {
		fn(s[start:])
	}
}

func isWordByte(c byte) bool {
	return c >= 0x80 || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// attributedTo classes the words a quote is attributed to.
func attributedTo(q Quote) string {
	m := strings.TrimSpace(q.Mention)
	switch {
	case q.Speaker == "" && m == "":
		return "none"
	case m == "":
		return "resolved"
	case pronounWords.hasLower(m):
		return "pronoun"
	}
	r, _ := utf8.DecodeRuneInString(m)
	if unicode.IsLower(r) || strings.HasPrefix(m, "The ") || strings.HasPrefix(m, "A ") || strings.HasPrefix(m, "An ") {
		return "description"
	}
	return "name"
}

var pronounWords = setOf("he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "us", "me", "one", "who")

// quoteFeatures writes the features of quote i of qs to f, reading the
// extraction's tokens: the words around the quote (its own and other quotes'
// words left out: a platform named inside a quote makes no channel), its
// paragraph and the one before, the rule cascade's verdicts, the cue, who
// it is attributed to and the article-wide features art.
func (e *extraction) quoteFeatures(qs []Quote, i int, art articleView, f *featureSink) {
	e.ownFeatures(qs, i, f)
	e.nearFeatures(qs[i], art.spots, f)
	articleBlock(art.words, f)
	from, to := e.sentenceBounds(e.quoteTok(qs[i]))
	ps, pe := e.paraBounds(from)
	e.sentenceFeatures(from, to, ps, pe, f)
	e.beforeFeatures(ps, f)
}

// quoteTok is the token of q's opening mark: the last token before its
// content.
func (e *extraction) quoteTok(q Quote) int {
	k := e.firstTokenFrom(q.Start)
	return max(k-1, 0)
}

// The features come in blocks: the quote's own, the article's, its
// sentence's (with the rest of its paragraph) and the paragraph before's.
// Quotes of one sentence or paragraph share blocks, so classify scores each
// block once.

// ownFeatures are the quote's own: the rule cascade's verdict, the cue, who
// it is attributed to, the quote before it.
func (e *extraction) ownFeatures(qs []Quote, i int, f *featureSink) {
	q := qs[i]
	f.add("r:", q.Channel)
	f.add("c:", q.Cue)
	who := attributedTo(q)
	f.add("m:", who)
	f.add("k:", string(q.Kind))
	f.addPair("rc:", q.Channel, q.Cue)
	f.addPair("rm:", q.Channel, who)
	if i < len(e.outFrom) {
		from := chanFromNames[e.outFrom[i]]
		f.add("rf:", from)
		f.addPair("rs:", q.Channel, from)
	}
	if q.Outlet != "" {
		// where the outlet the rules found is named: a verdict read from a
		// name far from the quote is weaker
		switch {
		case strings.Contains(q.Context, q.Outlet):
			f.add("o:", "sentence")
		case strings.Contains(e.text[max(0, q.Start-600):min(len(e.text), q.End+200)], q.Outlet):
			f.add("o:", "near")
		default:
			f.add("o:", "far")
		}
	}
	if anonymousSource(q.Mention) {
		f.add("x:", "anonymous-source")
	}
	if presentCue(q.Cue) {
		f.add("x:", "present-tense-cue")
	}
	// the quote before it, when in the same or the previous paragraph
	if i == 0 {
		f.add("pr:", "first")
	} else if p := qs[i-1]; e.toks[e.quoteTok(p)].para >= e.toks[e.quoteTok(q)].para-1 {
		f.add("pr:", p.Channel)
		if p.Speaker != "" && p.Speaker == q.Speaker {
			f.add("ps:", "same")
		}
	}
}

// VerdictFeature tells the features ownFeatures draws from the rule
// cascade's verdict on the quote (its label, paired with the cue, the
// speaker and where the rules found it) from the evidence.
func VerdictFeature(name string) bool {
	for _, p := range []string{"r:", "rc:", "rm:", "rf:", "rs:"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func articleBlock(art []string, f *featureSink) {
	for _, w := range art {
		f.add("a:", w)
	}
}

// sentenceFeatures are the words of the sentence [from, to) outside quotes,
// their pairs and what they say of an outlet, then the rest of its
// paragraph [ps, pe).
func (e *extraction) sentenceFeatures(from, to, ps, pe int, f *featureSink) {
	prev := -1 // the word before, outside quotes, in the sentence
	for j := from; j < to; j++ {
		t := &e.toks[j]
		if t.kind != tWord || t.quote != 0 {
			if t.quote != 0 {
				prev = -1
			}
			continue
		}
		w := e.text[t.start:t.end]
		if e.ownMedia != nil && e.ownMedia[j] {
			f.add("x:", "own-medium-in-sentence") // "said NBC Entertainment chairman Bob Greenblatt"
			prev = -1
			continue
		}
		f.add("s:", w)
		if prev >= 0 {
			pw := e.text[e.toks[prev].start:e.toks[prev].end]
			f.addPair("b:", pw, w)
			switch {
			case isTold(pw) && t.cap && w != "I":
				f.add("x:", "told-name-in-sentence")
			case isTold(pw) && isOutletNoun(w):
				f.add("x:", "told-outlet-noun-in-sentence")
			case isOutletNoun(w) && (strings.EqualFold(pw, "the") || strings.EqualFold(pw, "a")):
				f.add("x:", "outlet-noun-in-sentence")
			}
		}
		if strings.EqualFold(w, "interview") || strings.EqualFold(w, "interviewed") {
			f.add("x:", "interview-in-sentence")
		}
		prev = j
	}
	if e.paraWords(ps, pe, from, to, "p:", f) {
		f.add("x:", "told-name-in-paragraph")
	}
}

// beforeFeatures are the words of the paragraph before the one starting at
// token ps.
func (e *extraction) beforeFeatures(ps int, f *featureSink) {
	if ps > 1 {
		bs, be := e.paraBounds(ps - 2)
		if e.paraWords(bs, be, -1, -1, "q:", f) {
			f.add("x:", "told-name-before")
		}
	}
}

func presentCue(cue string) bool { return presentCues.hasLower(cue) }

// paraWords adds the first featureWindow words outside quotes of tokens
// [from, to), but those of [skipFrom, skipTo), with prefix; it reports
// whether the words it read have "told" before a capitalised word. It reads
// no further than those words (and the skipped range): a paragraph of
// thousands of quotations costs each of its sentences no more than a short
// one.
func (e *extraction) paraWords(from, to, skipFrom, skipTo int, prefix string, f *featureSink) bool {
	n := 0
	var told toldName
	for j := from; j < to && n < featureWindow; j++ {
		if j == skipFrom && skipTo > skipFrom {
			j = skipTo - 1 // the sentence itself: its words are its own features
			continue
		}
		t := &e.toks[j]
		if t.kind != tWord {
			continue
		}
		w := e.text[t.start:t.end]
		told.see(w, t.cap)
		if t.quote != 0 {
			continue
		}
		f.add(prefix, w)
		n++
	}
	return told.found
}

// toldName watches words go by for "told" (tells, telling, tell) followed
// by a capitalised word other than "I": someone told an outlet or a
// reporter.
type toldName struct{ after, found bool }

func (n *toldName) see(w string, capital bool) {
	n.found = n.found || n.after && capital && w != "I"
	n.after = len(w) >= 4 && w[0]|0x20 == 't' && isTold(w) // (most words: two bytes read)
}

// articleFeatures lists the article-wide features, in a fixed order, from
// one pass over the tokens: the media words the article holds anywhere,
// whether its narration speaks in the first person outside the quotes (a
// profile or interview piece: "when I asked her"), whether someone "told"
// or "tells" a capitalised name (an outlet or a reporter), then the
// channels its opening paragraphs name; and where its media words stand
// outside quotes, for nearFeatures.
func (e *extraction) articleFeatures() articleView {
	var seen uint64
	var spots []mediaSpot
	firstPersonWords := 0
	var told toldName
	for j := range e.toks {
		t := &e.toks[j]
		if t.kind != tWord {
			continue
		}
		w := e.text[t.start:t.end]
		told.see(w, t.cap)
		if t.quote == 0 && len(w) <= 3 && firstPersonWord(w) {
			firstPersonWords++
		}
		if k := mediaWord(e.lower(j)); k >= 0 && (e.ownMedia == nil || !e.ownMedia[j]) {
			seen |= 1 << uint(k)
			if t.quote == 0 {
				spots = append(spots, mediaSpot{tok: int32(j), para: t.para, word: uint8(k)})
			}
		}
	}
	var out []string
	for k, w := range mediaWordList {
		if seen&(1<<uint(k)) != 0 {
			out = append(out, w)
		}
	}
	if firstPersonWords >= 2 {
		out = append(out, "narrator:first-person")
	}
	if told.found {
		out = append(out, "told:name")
	}
	// the scene the opening paragraphs name, wherever in their sentences
	// ("grilled the CEO ... at a committee hearing"): the channels the
	// evidence of each names, strongest first
	for k := 0; k < len(e.toks) && e.toks[k].para <= leadParas; {
		ps, pe := e.paraBounds(k)
		if ev, ok := e.evidenceIn(ps, pe); ok {
			out = append(out, "lead:"+e.sceneChannel(ev.channel))
		}
		k = pe + 1
	}
	return articleView{words: out, spots: spots}
}

// markOwnMedia marks in e.ownMedia the media words in the own title or
// relative clause of a's speaker (a.own, as channels read it).
func (e *extraction) markOwnMedia(a *attribution) {
	for j := a.own[0]; j < a.own[1]; j++ {
		if e.isWord(int(j)) && mediaWord(e.lower(int(j))) >= 0 {
			if e.ownMedia == nil {
				e.ownMedia = make([]bool, len(e.toks))
			}
			e.ownMedia[j] = true
		}
	}
}

// articleView is what the classifier reads of the whole article: its
// article-wide features and where its media words stand.
type articleView struct {
	words []string
	spots []mediaSpot
}

// mediaSpot is a media word outside quotes: its token, paragraph and index
// in mediaWordList.
type mediaSpot struct {
	tok, para int32
	word      uint8
}

// maxNearSpots bounds the media words nearFeatures reads back.
const maxNearSpots = 256

// nearParagraphs is how far back nearFeatures looks for media words.
const nearParagraphs = 3

// nearFeatures are the media words nearest before the quote, with how far
// back they stand (its paragraph, the one before, two or three before),
// alone and crossed with the kind of cue: "wrote" two paragraphs after
// "took to Instagram" is a post.
func (e *extraction) nearFeatures(q Quote, spots []mediaSpot, f *featureSink) {
	k := e.quoteTok(q)
	para := e.toks[k].para
	cue := cueKind(q.Cue)
	var seen uint64
	n := sort.Search(len(spots), func(n int) bool { return int(spots[n].tok) >= k })
	stop := max(n-maxNearSpots, 0) // bounded: a paragraph of thousands of "said"
	for n--; n >= stop; n-- {
		s := spots[n]
		d := para - s.para
		if d > nearParagraphs {
			break
		}
		if seen&(1<<s.word) != 0 {
			continue
		}
		seen |= 1 << s.word
		w := mediaWordList[s.word]
		f.addPair("n:", w, nearDistance[d])
		f.addPair("nc:", w, cue)
	}
}

// nearDistance names a distance in paragraphs, 0 to nearParagraphs.
var nearDistance = [nearParagraphs + 1]string{"0", "1", "2", "2"}

// cueKind classes a reporting verb: written, posted, spoken or none.
func cueKind(cue string) string {
	switch strings.ToLower(cue) {
	case "":
		return "none"
	case "wrote", "writes", "penned", "captioned", "captions", "commented", "comments":
		return "written"
	case "posted", "posts", "tweeted", "tweets", "shared", "shares":
		return "posted"
	case "said", "says", "told", "tells", "added", "adds", "explained", "explains":
		return "spoken"
	}
	return "other"
}

func firstPersonWord(w string) bool {
	switch w {
	case "I", "me", "my", "we", "us", "our", "We", "My", "Our":
		return true
	}
	return false
}

func isTold(w string) bool {
	switch w {
	case "told", "tells", "telling", "tell", "Told", "Tells", "Telling", "Tell":
		return true
	}
	return false
}

func isOutletNoun(w string) bool { return outletNouns.hasLower(w) }

// outletNouns name a publication or broadcaster without naming it ("told
// the magazine"); pressNouns are the publications among them.
var (
	pressNouns  = []string{"magazine", "mag", "newspaper", "paper", "outlet", "site", "website", "publication", "tabloid", "daily", "weekly"}
	outletNouns = setOf(append([]string{"station", "network", "show", "programme", "program", "podcast", "channel", "broadcaster"}, pressNouns...)...)
)

// presentCues are reporting verbs in the present tense, the voice of
// profiles and interview pieces ("she says").
var presentCues = setOf("says", "adds", "explains", "tells", "recalls", "admits", "insists", "jokes", "reveals", "notes", "continues")

var sourceWords = setOf("source", "sources", "insider", "insiders", "friend", "pal", "confidant", "relative", "rep",
	"representative", "spokesman", "spokeswoman", "spokesperson", "aide", "official", "officials")

// anonymousSource reports whether a mention is someone unnamed who speaks
// for others: a source, an insider, a friend, a rep.
func anonymousSource(mention string) bool {
	found := false
	eachWord(mention, 8, func(w string) {
		if sourceWords.hasLower(w) {
			found = true
		}
	})
	return found
}

// HashFeature is the hash a feature's text is known by in a model.
func HashFeature(name string) uint64 { return hashBytes([]byte(name)) }

// ChannelModel is a learned channel classifier.
type ChannelModel struct {
	// Classes are the labels, in the order of the weights.
	Classes []string
	// Features maps a feature's hash to its row of weights.
	Features map[uint64]int32
	// rows is Features as an open-addressed table, bias and weights the
	// Bias and Weights as scores, for Predict (built by Ready, before the
	// model is shared).
	rows    rowTable
	bias    []float64
	weights []float64
	// w16 is Weights in steps of 1/weightScale, as the file stores them,
	// when all are (nil otherwise): a quarter of the float64s' memory,
	// which the feature rows are read from at random
	w16 []int16
	// Weights holds len(Classes) weights per feature row; Bias one per class.
	Weights []float32
	Bias    []float32
	// Threshold: a most likely label below this probability is "unknown".
	Threshold float32
	// Header is what the model file says of its training (data hash, features).
	Header string
	// Below says what a quote gets when the model is unsure: "unknown", or
	// "rules" (the rule cascade's label).
	Below string
	// Keep is KeepSentence when the rules' label stands where they found it
	// in the quote's own sentence ("" or "none": the model decides all).
	Keep string
	// Override is the probability a label needs to replace the rules'
	// "unknown" (no evidence): the model must not guess.
	Override float32
	// KeptConfidence is the ChannelConfidence of a label the rules keep
	// (Kept): how often the training data confirms such labels.
	KeptConfidence float32
}

// Ready prepares the model for Predict; DecodeChannelModel and
// TrainChannelModel call it.
func (m *ChannelModel) Ready() *ChannelModel {
	m.rows = newRowTable(m.Features)
	m.bias = make([]float64, len(m.Bias))
	for c, b := range m.Bias {
		m.bias[c] = float64(b)
	}
	m.weights = make([]float64, len(m.Weights))
	m.w16 = make([]int16, len(m.Weights))
	for k, w := range m.Weights {
		m.weights[k] = float64(w)
		q := math.Round(float64(w) * weightScale)
		if q != float64(w)*weightScale || q < math.MinInt16 || q > math.MaxInt16 {
			m.w16 = nil // (a model built by hand)
		} else if m.w16 != nil {
			m.w16[k] = int16(q)
		}
	}
	if m.w16 != nil {
		m.weights = nil
	}
	return m
}

func (m *ChannelModel) below(rule string) string {
	if m.Below == "rules" {
		return rule
	}
	return "unknown"
}

// choose gives a quote its channel from the model's most likely label and
// its probability p and the rule cascade's label: an unsure model gives
// Below; "unknown", the rules' word for "no evidence", is replaced only by
// a label the model thinks more likely than Override, and never by
// "statement" for a person's words (person): a person's statement is one
// document, which the rules read the quote's passage for, and no scene
// that carries to other words (CHANNELS.md); an organisation speaks in
// statements.
func (m *ChannelModel) choose(label string, p float64, rule string, person bool) string {
	switch {
	case float32(p) < m.Threshold:
		return m.below(rule)
	case rule == "unknown" && float32(p) < m.Override:
		return "unknown"
	case rule == "unknown" && label == "statement" && person:
		return "unknown"
	}
	return label
}

// Kept says which quotes a KeepSentence model leaves alone.
type Kept uint8

const (
	Decided      Kept = iota // the model decides
	KeptRule                 // the rules found its channel in its own sentence, or a platform or podcast: theirs stands
	KeptPrevious             // a piece of a kept quotation just before, by its speaker: that one's channel
)

// kept tells whether quote i of qs is left to the model, given what kept
// said of quote i-1.
func (e *extraction) kept(qs []Quote, i int, before Kept) Kept {
	if i >= len(e.outFrom) {
		return Decided
	}
	if (isPlatform(qs[i].Channel) || qs[i].Channel == "podcast") && e.outFrom[i] != fromNone {
		// a post the rules found, here or continued from above: the
		// platform wins over the form (CHANNELS.md), and provenance
		// searches need every quote of a post; a podcast, named rarely
		// (too rarely to learn), goes on like one
		return KeptRule
	}
	switch e.outFrom[i] {
	case fromSentence:
		if qs[i].Channel != "unknown" {
			return KeptRule
		}
	case fromPrevious, fromParagraph:
		// it continues a quotation whose channel its own sentence named
		// (the rules gave it that channel: "..." X wrote in a post. "...")
		if i > 0 && qs[i-1].Speaker == qs[i].Speaker && before != Decided && qs[i-1].Channel == qs[i].Channel {
			return KeptPrevious
		}
	}
	return Decided
}

// KeepSentence is the Keep of a model that leaves the rule cascade's label
// where the rules found it in the quote's own sentence ("told CNN") or
// found a platform ("she wrote on Instagram", and the post's later
// quotes): the model decides the rest, and learns only from them.
const KeepSentence = "sentence"

// Predict returns the most likely label of a quote with these features and
// its probability.
func (m *ChannelModel) Predict(hashes []uint64) (string, float64) {
	scores := make([]float64, len(m.Classes))
	copy(scores, m.bias)
	m.addScores(scores, hashes)
	return m.decide(scores)
}

// maxClasses bounds the classes the integer sums of addScores hold.
const maxClasses = 32

// addScores adds the weights of the features to scores. The fixed-point
// weights are summed as integers: every partial sum of steps of
// 1/weightScale is exact in a float64 too, so the scores are the same.
func (m *ChannelModel) addScores(scores []float64, hashes []uint64) {
	n := len(m.Classes)
	scores = scores[:n]
	if m.w16 != nil && n <= maxClasses {
		var acc [maxClasses]int32
		sum := acc[:n]
		addRows(sum, m.w16, &m.rows, hashes)
		for c := range sum {
			scores[c] += float64(sum[c]) / weightScale
		}
		return
	}
	addRows(scores, m.weights, &m.rows, hashes)
}

// addRows adds to sums the weight rows (len(sums) weights each) of the
// features whose hashes t finds.
func addRows[W int16 | float64, S int32 | float64](sums []S, weights []W, t *rowTable, hashes []uint64) {
	n := len(sums)
	for _, h := range hashes {
		row, ok := t.get(h)
		if !ok {
			continue
		}
		w := weights[int(row)*n:][:len(sums)] // (one length: no bounds checks in the loop)
		for c := range sums {
			sums[c] += S(w[c])
		}
	}
}

// probability is the model's probability of class label given scores.
func (m *ChannelModel) probability(scores []float64, label string) float64 {
	c := slices.Index(m.Classes, label)
	if c < 0 {
		return 0
	}
	return softmaxAt(scores, c)
}

// softmaxAt is the softmax of scores at class c.
func softmaxAt(scores []float64, c int) float64 {
	sum := 0.0
	for _, s := range scores {
		sum += math.Exp(s - scores[c])
	}
	return 1 / sum
}

// decide returns the label of the highest score and its probability.
func (m *ChannelModel) decide(scores []float64) (string, float64) {
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return m.Classes[best], softmaxAt(scores, best)
}

// classify replaces each quote's rule channel by the model's label (Below
// when the model is unsure), but where a KeepSentence model leaves the
// rules' label: those quotes are not scored at all. All quotes are read
// before any changes: the next quote's features read this one's rule label.
// Blocks of features that quotes share (the article's, a sentence's, a
// paragraph's) are scored once.
func (e *extraction) classify(m *ChannelModel, qs []Quote) {
	if m == nil || len(qs) == 0 {
		return
	}
	n := len(m.Classes)
	var f featureSink
	if s := e.scratch; s != nil && s.hashes != nil {
		f.hashes, f.buf = s.hashes[:0], s.featBuf[:0]
	} else {
		f.hashes, f.buf = make([]uint64, 0, 128), make([]byte, 0, 64)
	}
	defer func() {
		if s := e.scratch; s != nil && cap(f.hashes) <= 1<<16 && cap(f.buf) <= 1<<16 {
			s.hashes, s.featBuf = f.hashes[:0], f.buf[:0]
		}
	}()
	block := func(dst []float64, add func(*featureSink)) {
		f.hashes = f.hashes[:0]
		add(&f)
		m.addScores(dst, f.hashes)
	}
	sums := make([]float64, 4*n)
	art, sent, before, scores := sums[:n], sums[n:2*n], sums[2*n:3*n], sums[3*n:]
	var artFeats articleView
	started := false
	lastSent, lastPara := -1, int32(-1)
	ps, pe := 0, 0 // the bounds of paragraph lastPara
	labels := make([]string, len(qs))
	conf := make([]float32, len(qs))
	prevKept := Decided // what kept said of the quote before
	for i := range qs {
		prevKept = e.kept(qs, i, prevKept)
		if m.Keep == KeepSentence && prevKept != Decided {
			// left alone: not scored
			labels[i], conf[i] = qs[i].Channel, m.KeptConfidence
			if prevKept == KeptPrevious {
				labels[i], conf[i] = labels[i-1], conf[i-1]
			}
			continue
		}
		if !started {
			// the first quote the model decides reads the article
			started = true
			artFeats = e.articleFeatures()
			block(art, func(f *featureSink) { articleBlock(artFeats.words, f) })
		}
		from, to := e.sentenceBounds(e.quoteTok(qs[i]))
		if p := e.toks[from].para; p != lastPara {
			ps, pe = e.paraBounds(from)
			clear(before)
			block(before, func(f *featureSink) { e.beforeFeatures(ps, f) })
			lastPara = p
		}
		if from != lastSent {
			clear(sent)
			block(sent, func(f *featureSink) { e.sentenceFeatures(from, to, ps, pe, f) })
			lastSent = from
		}
		copy(scores, m.bias)
		block(scores, func(f *featureSink) {
			e.ownFeatures(qs, i, f)
			e.nearFeatures(qs[i], artFeats.spots, f)
		})
		for c := range n {
			scores[c] += art[c] + sent[c] + before[c]
		}
		label, p := m.decide(scores)
		labels[i] = m.choose(label, p, qs[i].Channel, i < len(e.outPerson) && e.outPerson[i])
		if labels[i] != label {
			p = m.probability(scores, labels[i]) // unsure: the label given, not the likeliest
		}
		conf[i] = float32(p)
	}
	for i := range qs {
		if labels[i] != qs[i].Channel {
			qs[i].Outlet = "" // the outlet named the rules' channel: "Fox" is no outlet of a speech
		}
		qs[i].Channel = labels[i]
		qs[i].ChannelConfidence = float32(math.Round(float64(conf[i])*1000) / 1000)
	}
}

// rowTable is an open-addressed hash table from feature hash to row: the
// hashes are already well mixed, so a mask picks the slot.
type rowTable struct {
	keys []uint64
	rows []int32 // row+1; 0 is empty
	mask uint64
}

func newRowTable(m map[uint64]int32) rowTable {
	size := 1
	for size < 2*len(m) {
		size <<= 1
	}
	t := rowTable{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1)}
	for h, r := range m {
		k := h & t.mask
		for t.rows[k] != 0 {
			k = (k + 1) & t.mask
		}
		t.keys[k], t.rows[k] = h, r+1
	}
	return t
}

func (t *rowTable) get(h uint64) (int32, bool) {
	for k := h & t.mask; t.rows[k] != 0; k = (k + 1) & t.mask {
		if t.keys[k] == h {
			return t.rows[k] - 1, true
		}
	}
	return 0, false
}
