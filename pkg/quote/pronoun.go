package quote

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync/atomic"
)

// Who is "he" in `"...," he says`? Recency alone picks whoever was named
// last: the film in "the Twilight Saga held him back, he argues", the
// character the actor plays, the co-star quoted once. A profile's "he" is
// mostly its subject, the one who has been speaking; a news story's is the
// person just named. The ranker weighs these cues (PronounFeatures) for
// every person the pronoun can refer to, with weights learned from the
// labelled dev quotes (`make train-speaker`: data/pronoun.model), and picks
// the best; without a model, the most recent agreeing person is taken.

// PronounFeatureVersion names the feature set; a model trained on another
// is refused.
const PronounFeatureVersion = "pronoun-features/1"

// PronounFeatures are the cues the ranker weighs for a candidate person.
var PronounFeatures = [...]string{
	"most_recent", "second_recent", "log_sentences_since", "log_paras_since", "log_mentions_before",
	"mention_share", "spoke_previous_quote", "spoke_before", "first_person_named", "last_oblique",
	"gender_known_same", "last_as_reporter", "same_sentence", "full_name", "person_like", "in_first_paras",
	"previous_quote_pronoun_same", "subject_of_sentence",
	// a profile's "he says" (the present tense) against a story's "he said"
	"says:most_recent", "says:log_mentions_before", "says:first_person_named", "says:spoke_previous_quote",
	"says:log_paras_since",
}

const nPronounFeatures = len(PronounFeatures)

// pronounWindow bounds how far back (in paragraphs) candidates are taken.
const pronounWindow = 8

// maxPronounCandidates bounds the candidates weighed for one pronoun.
const maxPronounCandidates = 10

// PronounModel is the ranker's weights, one per feature.
type PronounModel struct {
	Weights [nPronounFeatures]float64
	Header  string // what it was trained on
}

//go:embed data/pronoun.model
var embeddedPronounModel []byte

var pronounModel atomic.Pointer[PronounModel]

func init() {
	if len(embeddedPronounModel) == 0 {
		return
	}
	m, err := DecodePronounModel(embeddedPronounModel)
	if err != nil {
		panic("quote: embedded pronoun model: " + err.Error()) // fixed at build time
	}
	pronounModel.Store(m)
}

// SetPronounModel makes Extract resolve he and she with m (nil: the most
// recent agreeing person) and returns the model used before.
func SetPronounModel(m *PronounModel) *PronounModel { return pronounModel.Swap(m) }

// EmbeddedPronounModelBytes is the model file built into the engine.
func EmbeddedPronounModelBytes() []byte { return embeddedPronounModel }

// Encode writes the model as text: a header line per line of Header, the
// feature version, then one "name weight" line per feature.
func (m *PronounModel) Encode() []byte {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(m.Header), "\n") {
		if l != "" {
			b.WriteString("# " + l + "\n")
		}
	}
	b.WriteString(PronounFeatureVersion + "\n")
	for i, name := range PronounFeatures {
		fmt.Fprintf(&b, "%s %s\n", name, strconv.FormatFloat(m.Weights[i], 'f', 4, 64))
	}
	return []byte(b.String())
}

// DecodePronounModel reads a model Encode wrote.
func DecodePronounModel(data []byte) (*PronounModel, error) {
	m := &PronounModel{}
	var header []string
	seen := 0
	version := false
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "#"):
			header = append(header, strings.TrimSpace(line[1:]))
		case !version:
			if line != PronounFeatureVersion {
				return nil, fmt.Errorf("pronoun model for %q, the engine reads %q", line, PronounFeatureVersion)
			}
			version = true
		default:
			name, w, ok := strings.Cut(line, " ")
			if !ok || seen >= nPronounFeatures || name != PronounFeatures[seen] {
				return nil, fmt.Errorf("pronoun model: line %q: want feature %d of %s", line, seen, PronounFeatureVersion)
			}
			v, err := strconv.ParseFloat(w, 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("pronoun model: weight of %s: %q", name, w)
			}
			m.Weights[seen] = v
			seen++
		}
	}
	if !version || seen != nPronounFeatures {
		return nil, fmt.Errorf("pronoun model: %d of %d weights", seen, nPronounFeatures)
	}
	m.Header = strings.Join(header, "\n")
	return m, nil
}

// pronounCandidate is a person a pronoun may refer to, with its cues.
type pronounCandidate struct {
	ent int
	f   [nPronounFeatures]float64
}

// pronounCandidates lists the persons mentioned in the paragraphs before a
// he or she at token tok that agree with its gender g, most recent first,
// with their cues.
func (e *extraction) pronounCandidates(tok, sent, para int32, g byte, cue int) []pronounCandidate {
	says := b2f(e.presentCue(cue))
	es := e.ents
	type stats struct {
		k, count  int   // its last occurrence before tok, and how many
		firstPara int32 // the paragraph it is first named in
		spoke     bool  // reports speech somewhere before tok
	}
	seen := make([]stats, len(es.list)) // by entity; count 0: not named before tok
	total := 0
	firstPerson := -1
	for k := range es.occ {
		o := &es.occ[k]
		if o.tok >= tok {
			break
		}
		if firstPerson < 0 && es.list[o.ent].personOrSpeaker() {
			firstPerson = o.ent
		}
		total++
		st := &seen[o.ent]
		if st.count == 0 {
			st.firstPara = o.para
		}
		st.k, st.spoke = k, st.spoke || o.reporter
		st.count++
	}
	prev, prevPronoun := -1, false // the previous quotation's speaker
	p := e.cur - 1
	for p >= 0 && p >= e.cur-4 && e.titleLike(p) {
		p-- // (not a title in marks: 'her "Boyz" collaborator')
	}
	if p >= 0 {
		prev = e.attr[p].ent
		pm := strings.ToLower(e.attr[p].mention)
		prevPronoun = pm == "he" || pm == "she"
	}
	listener := e.listenerAfter(cue)
	section := e.nameHeadingBefore(tok, para)
	var order []int // candidates by last occurrence, most recent first
	for k := len(es.occ) - 1; k >= 0 && len(order) < maxPronounCandidates; k-- {
		o := es.occ[k]
		if o.tok >= tok || seen[o.ent].count == 0 || seen[o.ent].k != k || o.ent == listener || o.para < section {
			continue
		}
		if para-o.para > pronounWindow && o.ent != prev || !canBe(es.list[o.ent], g) || es.list[o.ent].character {
			continue // (nor a part someone plays: "the role of Dario")
		}
		order = append(order, o.ent)
	}
	out := make([]pronounCandidate, 0, len(order))
	for rank, id := range order {
		st := &seen[id]
		o := es.occ[st.k]
		en := es.list[id]
		c := pronounCandidate{ent: id}
		f := &c.f
		f[0] = b2f(rank == 0)
		f[1] = b2f(rank == 1)
		f[2] = math.Log1p(float64(sent - o.sent))
		f[3] = math.Log1p(float64(para - o.para))
		f[4] = math.Log1p(float64(st.count))
		f[5] = float64(st.count) / float64(max(total, 1))
		f[6] = b2f(prev == id)
		f[7] = b2f(st.spoke)
		f[8] = b2f(firstPerson == id)
		f[9] = b2f(o.oblique)
		f[10] = b2f(en.gender == g)
		f[11] = b2f(o.reporter)
		f[12] = b2f(o.sent == sent)
		f[13] = b2f(len(en.parts) >= 2)
		f[14] = b2f(en.personLike())
		f[15] = b2f(st.firstPara <= 2)
		f[16] = b2f(prev == id && prevPronoun)
		f[17] = b2f(st.k == 0 || es.occ[st.k-1].sent != o.sent)
		f[18], f[19], f[20], f[21], f[22] = says*f[0], says*f[4], says*f[8], says*f[6], says*f[3]
		out = append(out, c)
	}
	return out
}

// nameHeadingBefore is the paragraph, within pronounWindow before para,
// that is a person's name alone, the heading of a round-up's section
// ("Christina Milian" over her divorce, after "Reese Witherspoon" over
// hers): the he or she of the section is someone it names. -1 when none.
func (e *extraction) nameHeadingBefore(tok, para int32) int32 {
	es := e.ents
	for k := len(es.occ) - 1; k >= 0; k-- {
		o := es.occ[k]
		if o.tok >= tok {
			continue
		}
		if para-o.para > pronounWindow {
			break
		}
		if o.para == para || !es.list[o.ent].personLike() {
			continue
		}
		from, to := e.paraBounds(int(o.tok))
		if from != int(o.tok) || to-from > 4 {
			continue
		}
		words := true
		for j := from; j < to; j++ {
			words = words && e.isWord(j) && e.toks[j].cap
		}
		if words {
			return o.para
		}
	}
	return -1
}

// presentCue reports a cue in the present tense ("says", "tells", "adds",
// "explains"): a profile's narration, where "he" is mostly the person the
// piece is about. The ranker decides there; a story told in the past tense
// ("he said") keeps the most recent agreeing person, since the dev data
// resolves no pronoun of political news to learn that genre from
// (PolNeAR's annotators leave "he" as written).
func (e *extraction) presentCue(cue int) bool {
	if cue < 0 || !e.isWord(cue) {
		return false
	}
	return presentTense(e.word(cue))
}

// presentTense reports a verb in the present's third person: "says",
// "confesses", "coos" (not "discuss").
func presentTense(w string) bool {
	return len(w) > 2 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && !strings.HasSuffix(strings.ToLower(w), "ss")
}

// canBe reports whether a he or she (g) can refer to an entity: it agrees
// (agrees; "after a preposition" is a cue here, not a filter), and no first
// name of the other gender opens it ("Senators Charles E. Grassley" is no
// she).
func canBe(en *entity, g byte) bool {
	if !agrees(en, g) || en.teamOfPlace() {
		return false // (nor a team: "drew 2-2 with Ajax Cape Town ... he told")
	}
	if en.gender == 0 {
		for _, p := range en.parts[:min(len(en.parts)-1, 2)] {
			if fg := firstNames.at(p); (fg == 'm' || fg == 'f') && fg != g {
				return false
			}
		}
	}
	return true
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// rankPronoun picks the person a he or she at token tok refers to with the
// model, or -1 when no person agrees.
func (e *extraction) rankPronoun(m *PronounModel, tok, sent, para int32, g byte, cue int) int {
	cands := e.pronounCandidates(tok, sent, para, g, cue)
	best, bestScore := -1, math.Inf(-1)
	for _, c := range cands {
		s := 0.0
		for i, w := range m.Weights {
			s += w * c.f[i]
		}
		if s > bestScore {
			best, bestScore = c.ent, s
		}
	}
	return best
}

// PronounExample is a he or she the engine resolved while attributing a
// quotation: the quotation's byte span, and each candidate's name and cues.
type PronounExample struct {
	Start, End int
	Names      []string
	Features   [][]float64
}

func (e *extraction) logPronoun(cands []pronounCandidate) {
	if e.recording < 0 {
		return
	}
	sp := e.spans[e.top[e.recording]]
	ex := PronounExample{Start: int(sp.start), End: int(sp.end)}
	for _, c := range cands {
		ex.Names = append(ex.Names, e.ents.list[c.ent].name)
		ex.Features = append(ex.Features, append([]float64(nil), c.f[:]...))
	}
	*e.pronounLog = append(*e.pronounLog, ex)
}

// PronounExamples runs the engine on text and returns the he and she it
// resolved while attributing quotations, with their candidates: what the
// ranker's trainer learns from.
func PronounExamples(text string) []PronounExample {
	var log []PronounExample
	e := newExtraction(capText(text))
	e.pronoun = nil // the examples are the rules' decisions, whatever model is set
	e.pronounLog = &log
	e.run()
	e.release()
	return log
}

// TrainPronounModel fits the ranker: a conditional logit (the softmax of the
// candidates' scores), by full-batch gradient descent with L2, from
// examples whose right candidates are marked (right[i][j]); deterministic.
func TrainPronounModel(examples []PronounExample, right [][]bool, l2 float64, epochs int) *PronounModel {
	m := &PronounModel{}
	w := m.Weights[:]
	grad := make([]float64, nPronounFeatures)
	sumSq := make([]float64, nPronounFeatures)
	for range epochs {
		clear(grad)
		for i, ex := range examples {
			scores := make([]float64, len(ex.Features))
			z, mx := 0.0, math.Inf(-1)
			for j, f := range ex.Features {
				for k := range w {
					scores[j] += w[k] * f[k]
				}
				mx = max(mx, scores[j])
			}
			for j := range scores {
				scores[j] = math.Exp(scores[j] - mx)
				z += scores[j]
			}
			// the probability mass on the right candidates, which may be several
			// (one person named twice): the gradient of -log of it
			zr := 0.0
			for j := range scores {
				if right[i][j] {
					zr += scores[j]
				}
			}
			for j, f := range ex.Features {
				p, q := scores[j]/z, 0.0
				if right[i][j] {
					q = scores[j] / zr
				}
				for k := range grad {
					grad[k] += (p - q) * f[k]
				}
			}
		}
		for k := range w {
			g := grad[k]/float64(max(len(examples), 1)) + l2*w[k]
			sumSq[k] += g * g
			w[k] -= 0.5 * g / (math.Sqrt(sumSq[k]) + 1e-8)
		}
	}
	return m
}

// listenerAfter is the person named right after the reporting verb at
// token cue as the one who heard the words ("he told Fallon", "she said to
// Ripa"): whoever "he" or "she" is, not them. -1 for none.
func (e *extraction) listenerAfter(cue int) int {
	if cue < 0 || !e.isWord(cue) {
		return -1
	}
	k := cue + 1
	switch e.lower(cue) {
	case "told", "tells", "telling", "tell", "asked", "asks", "asking":
	case "said", "says", "saying", "explained", "explains", "admitted", "admits", "confessed", "confided", "joked", "revealed", "replied":
		if e.lower(k) != "to" {
			return -1
		}
		k++
	default:
		if !takesObject(e.word(cue)) {
			return -1 // ("she slammed Alex for wearing": not Alex)
		}
	}
	if !e.isWord(k) || !e.outside(k) {
		return -1
	}
	if e.isWord(k) && !e.toks[k].cap && roleNouns.has(e.lower(k)) {
		k++ // "told host Kim Vale": the name after the role
	}
	m, ok := e.mentionAt(k)
	if !ok || m.kind != mName {
		return -1
	}
	return e.ents.lookup(m, m.from)
}

// titleLike reports quotation n as a few capitalised words with no mark of
// a sentence's end inside: a title in quotation marks ("Boyz", "Rebel
// Heart"), no one's words.
func (e *extraction) titleLike(n int) bool {
	sp := e.spans[e.top[n]]
	words := 0
	for k := sp.open + 1; int(k) < len(e.toks) && e.toks[k].start < sp.end; k++ {
		switch e.kindAt(int(k)) {
		case tWord:
			if words++; words > 4 || !e.toks[k].cap {
				return false
			}
		case tPunct:
			if e.isPunct(int(k), ".!?,") {
				return false
			}
		}
	}
	return words > 0
}
