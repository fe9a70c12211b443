package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// evidence is one channel cue found in the text.
type evidence struct {
	channel  string
	outlet   string
	strength int
	settled  bool // an interview whose outlet is no medium named nearby ("told us", "told the magazine")
	own      bool // read in the speaker's own words ("the rep said"), where a scene nearby tells more
	byRef    bool // an outlet named by reference ("told the magazine"): the last one named before
	print    bool // and by a paper's noun ("the magazine", not "the outlet")
	book     bool // a book's title is the outlet ("In her 2003 book, Living History,")
	air      bool // on air, no medium named ("an on-air rant"): a radio host's is on the radio
}

// phrase is a lexicon entry: words to match (case-sensitive when the entry
// is capitalised) and the channel they show.
type phrase struct {
	words    []string
	channel  string
	strength int
	outlet   bool // the matched words name the outlet
	bare     bool // a programme's name without its "The" (programmes lists it once, with it)
	air      bool // on air, no medium named (evidence.air)
}

const (
	sPlatform  = 90
	sProgramme = 95
	sNetwork   = 85
	sSocial    = 70
	sComment   = sSocial - 1 // a comment under a post (platformNear reads further up for its platform)
	sPress     = 60
	sInterview = 55
	sStatement = 50
	sSpeech    = 45
	sPublished = 40
)

var phraseIndex = buildPhrases()

// phraseWords splits a lexicon phrase as the tokenizer splits text: an
// exclamation mark ending a word is a token of its own ("E! News" is "E",
// "!", "News").
func phraseWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if len(w) > 1 && strings.HasSuffix(w, "!") {
			out = append(out, w[:len(w)-1], "!")
			continue
		}
		out = append(out, w)
	}
	return out
}

func buildPhrases() wordMap[[]phrase] {
	idx := map[string][]phrase{}
	add := func(channel string, strength int, outlet bool, entries ...string) {
		for _, s := range entries {
			p := phrase{words: phraseWords(s), channel: channel, strength: strength, outlet: outlet}
			key := p.words[0]
			if !isCap(key) {
				key = strings.ToLower(key)
			}
			idx[key] = append(idx[key], p)
			if strength == sProgramme && key == "The" && len(p.words) >= 3 && p.words[len(p.words)-1] == "Show" {
				// "Britain's Graham Norton Show": a show's name drops its
				// "The" after a possessive (not "the Breakfast Club quote")
				q := phrase{words: p.words[1:], channel: channel, strength: strength, outlet: outlet, bare: true}
				idx[q.words[0]] = append(idx[q.words[0]], q)
			}
		}
	}
	add("instagram", sPlatform, false, "Instagram", "instagram", "Insta", "IG", "Instagrams",
		"A post shared by") // an embedded post's credit line
	add("twitter", sPlatform, false, "Twitter", "tweet", "tweets", "tweeted", "tweeting", "retweeted", "retweet",
		"quote-tweeted", "quote-tweet", "quote-tweeting", "subtweeted", "subtweet",
		"to X", "on X", "X post", "X account", "X user", "X users", "X Spaces", "X Space", "X livestream", "X Live", "X handle", "X username")
	add("facebook", sPlatform, false, "Facebook")
	add("tiktok", sPlatform, false, "TikTok", "Tiktok", "Tik Tok", "TikToks")
	add("youtube", sPlatform, false, "YouTube", "Youtube")
	// a following counted says less than a statement the sentence names
	// ("cleared up in a statement ... that he had lost nine million followers")
	add("social_media", sStatement-1, false, "million followers")
	add("social_media", sSocial, false, "caption", "captioned", "social media", "told her followers", "told his followers",
		"since-deleted", "now-deleted", "that she has since deleted", "that he has since deleted", "which she has since deleted",
		"which he has since deleted", "that has since been deleted", "which has since been deleted", // ("in a video that she has since deleted": a post)
		"told their followers",
		// a platform called by what it is ("wrote on the micro-blogging
		// website"): the platform the passage names, else social media
		"micro-blogging website", "micro-blogging site", "micro-blogging platform", "microblogging website",
		"microblogging site", "microblogging platform", "photo-sharing app", "photo-sharing platform", "photo-sharing site",
		"video-sharing platform", "video-sharing app", "video-sharing site")
	// a comment under a post ("was quick to comment", "fans flooded the
	// comments"): on the platform of the post, named further up (sComment)
	add("social_media", sComment, false, "comments section", "comment section", "in the comments", "in the comment",
		"in her comments section", "in his comments section", "quick to comment", "commented on the post", "commented on her post",
		"commented on his post", "commented on the photo", "commented on the snap", "commented under", "commented beneath",
		"left a comment", "flooded the comments", "filled the comments", "in the replies", "commented one",
		"took to the comments", "took to his comments", "took to her comments", "took to their comments", "flocked to the comments",
		"headed to the comments", "went to the comments",
		"commented another", "one follower", "another follower", "one commenter", "another commenter", "one user",
		"another user", "fan commented", "fans commented", "follower commented", "followers commented", "user commented",
		"users commented", "commenter wrote", "follower wrote", "followers wrote",
		// answering a fan under a post: "she replied to a fan's comment"
		"replied to a fan's comment", "responded to a fan's comment", "replied to a comment", "responded to a comment",
		"replying to a fan's comment")

	// platforms without a label of their own: social media, the platform
	// its outlet (CHANNELS.md)
	add("social_media", sSocial, true, "Reddit", "Snapchat", "Threads", "Tumblr", "Truth Social", "Bluesky", "Twitch",
		"LinkedIn", "Mastodon", "WhatsApp", "Weibo", "WeChat", "Pinterest", "Patreon", "Discord", "Telegram channel",
		"Google Hangout", "Google Hangouts", "Amazon Live", "Weverse", "WeVerse")
	// a fan platform's live stream is no broadcast ("during a Weverse Live
	// broadcast")
	add("social_media", sNetwork, true, "Weverse Live", "V Live", "VLive")
	// a newsletter's post is published (CHANNELS.md: a website)
	add("publication", sPublished, true, "Substack")
	add("tv", sProgramme, true, "Meet the Press", "Face the Nation", "This Week", "State of the Union",
		"Fox News Sunday", "Good Morning America", "GMA", "WWHL", "The View", "60 Minutes", "Morning Joe", "Hardball", "Hannity",
		"The O'Reilly Factor", "The Kelly File", "Fox and Friends", "Fox & Friends", "The Situation Room", "New Day",
		"The Tonight Show", "Tonight Show", "The Late Show", "Late Show", "Late Night", "The Daily Show",
		"Last Week Tonight", "Jimmy Kimmel Live", "Anderson Cooper 360", "Real Time", "Squawk Box", "Nightline",
		"Dateline", "Today show", "CBS This Morning", "Outnumbered", "Special Report", "On the Record",
		"Erin Burnett OutFront", "Tucker Carlson Tonight", "The Five", "Sunday Morning Futures", "Inside Politics",
		"Reliable Sources", "Fareed Zakaria GPS", "The Lead", "Morning Edition", "Mornings with Maria",
		"FABLife", "Saturday Night Live", "The Ellen Show", "Ellen", "Larry King", "Hannity's", "Lou Dobbs",
		"Varney", "Cavuto", "Fox Business", "Your World", "America's Newsroom", "Happening Now", "The Ed Show",
		"All In", "The Rachel Maddow Show", "The Last Word", "MTP Daily", "Hardball's", "Frontline",
		"Entertainment Tonight", "Access Hollywood", "E! News", "Inside Edition", "Watch What Happens Live",
		"The Late Late Show", "The Talk", "The Kelly Clarkson Show", "The Drew Barrymore Show", "The Wendy Williams Show",
		"Red Table Talk", "CBS Sunday Morning", "20/20", "Loose Women", "Good Morning Britain", "This Morning",
		"The Graham Norton Show", "The Jonathan Ross Show", "Lorraine", "The One Show", "Newsnight", "Question Time",
		"The Andrew Marr Show", "Piers Morgan Uncensored", "Sunrise", "The Project", "Match of the Day",
		"Sky Sports News", "Sky Sports", "TNT Sports", "BT Sport", "SportsCenter", "Monday Night Football",
		"Sunday Night Football", "Inside the NBA", "First Take", "Dancing with the Stars", "Dancing With the Stars",
		"The Tamron Hall Show", "The Jennifer Hudson Show", "The Sherri Shepherd Show", "Sunday Today", "Today with Hoda & Jenna",
		"Late Night with Seth Meyers", "The Tonight Show Starring Jimmy Fallon", "Live with Kelly and Mark", "Live with Kelly and Ryan",
		"Live with Kelly", "Hot Ones", "The Bachelor", "The Bachelorette", "American Idol", "The Voice", "Strictly Come Dancing")
	add("tv", sNetwork, true, "CNN", "MSNBC", "CNBC", "Fox News", "FOX News", "Fox", "NBC", "ABC", "CBS", "PBS",
		"Univision", "Telemundo", "HBO", "C-SPAN", "ITV", "Sky News", "BBC", "Al Jazeera", "CNN's", "NBC's", "ABC's",
		"CBS's", "MSNBC's", "Fox's", "PBS's", "HBO's", "Bloomberg TV", "Bloomberg Television", "Newsmax TV", "ESPN",
		"ESPN's", "MTV", "MTV News", "MTV's", "VH1", "BET", "Bravo", "Bravo's", "TLC", "E!", "Comedy Central",
		"Nickelodeon", "Showtime", "Starz",
		// cable, sports and foreign networks
		"CMT", "TNT", "TBS", "FX", "AMC", "HGTV", "A&E", "Food Network", "USA Network", "Hallmark Channel", "Freeform",
		"Syfy", "Paramount Network", "NFL Network", "NBA TV", "MLB Network", "Golf Channel", "ESPN2", "Fox Sports",
		"NBC Sports", "CBS Sports", "NBC News", "CBS News", "ABC News", "BBC News", "ITV News", "BBC One", "BBC Two",
		"Channel 4", "Channel 5", "Sky One", "CBC", "CTV", "RTÉ", "TV Azteca", "GB News", "TalkTV", "Channel 4 News", "BBC Breakfast")
	add("tv", sNetwork-5, false, "televised", "television", "TV", "on-air", "on air", "broadcast", "aired",
		"telecast", "talk show", "late-night", "in the segment", "in a segment", "the segment", "told the show", "telling the show",
		"on-screen", "onscreen", "airwaves",
		// a series on air: "the season finale of their reality show"
		"season finale", "season premiere", "series finale", "series premiere", "reality show", "reality series",
		"reunion special", "reunion episode", "reunion show", "reunion taping", "show's reunion", "season's reunion", "confessional", "confessionals", "in a teaser", "the teaser", "sneak peek", "sneak peak", "in a promo", "the promo", "promo clip",
		// an awards show's broadcast before the ceremony ("During the
		// KLMV On the Red Carpet pre-show")
		"pre-show", "preshow", "red carpet special",
		// a programme the article named: "Later in the program, ..."
		"later in the show", "earlier in the show", "later in the program", "earlier in the program",
		"later in the programme", "earlier in the programme", "later in the episode", "earlier in the episode",
		// a documentary is a programme ("In her Netflix documentary, ...
		// she says"; CHANNELS.md: "her HBO documentary" is tv)
		"in the documentary", "in her documentary", "in his documentary", "in their documentary",
		"in the docuseries", "in her docuseries", "in his docuseries", "in their docuseries", "documentary series")
	add("radio", sProgramme, true, "SiriusXM", "Sirius XM", "The Hugh Hewitt Show", "Hugh Hewitt", "Rush Limbaugh",
		"The Laura Ingraham Show", "Breitbart News Daily", "The Howard Stern Show", "Howard Stern", "Glenn Beck",
		"Mark Levin", "Michael Savage", "Morning in America", "NPR", "All Things Considered", "Fresh Air",
		"The Takeaway", "WMAL", "WABC", "WOR", "WGN", "KFI", "WHO", "WRKO", "The Brian Kilmeade Show", "Boston Herald Radio",
		"The Breakfast Club", "Hot 97", "The Mike Gallagher Show", "The John Fredericks Show", "Bill Bennett",
		"Today programme", "Radio 4", "BBC Radio 4", "Radio 5 Live", "BBC Radio 5 Live", "BBC Radio", "LBC", "Times Radio", "talkRADIO",
		"World at One", "PM programme", "talkSPORT", "5 Live", "Beats 1", "Apple Music 1", "Apple Music Radio", "Power 106", "Z100", "Elvis Duran and the Morning Show",
		"The Elvis Duran Show", "On Air with Ryan Seacrest", "The Bobby Bones Show", "Sway in the Morning", "Heart FM")
	add("radio", sNetwork, false, "radio", "Radio", "radio show", "talk radio", "radio interview", "call-in",
		"Apple Music show") // (her show on Apple Music's station)
	add("podcast", sProgramme, false, "podcast", "Podcast", "podcasts", "Off Message", "The Axe Files", "Pod Save America")
	add("podcast", sProgramme, true, "Call Her Daddy", "SmartLess", "Armchair Expert", "The Joe Rogan Experience", "Anything Goes", "Diary of a CEO",
		"The Diary of a CEO", "Las Culturistas", "New Heights", "Club Shay Shay", "Unwell", "Not Skinny But Not Fat",
		"Podcrushed", "Dinner's On Me", "Good Hang")
	add("press_conference", sPress, false, "reporters", "news conference", "press conference", "press briefing",
		"briefing", "gaggle", "gaggled", "spin room", "press availability", "presser", "journalists", "press room", "pressroom")
	add("interview", sInterview, false, "interview", "interviews", "interviewed", "told me", "told us", "tells me",
		"tells us", "telling me", "telling us",
		"condition of anonymity", "spoke on condition", "phone interview", "telephone interview", "Interview",
		// the writer's own: "We reached Moreno by phone", "When we spoke"
		"We reached", "we reached", "reached by phone", "reached by telephone", "We spoke", "we spoke",
		"We caught up with", "we caught up with",
		"anonymity", "anonymously", "not authorized to speak", "not authorized to discuss", "not authorized to comment",
		// a source kept unnamed at their request
		"not want to be named", "declined to be named", "asked not to be named", "not to be named",
		"not want to be identified", "declined to be identified", "asked not to be identified", "not to be identified",
		"be quoted by name", "speak on the record", "remain anonymous",
		"want to be named", "want to be identified") // ("didn't want to be named": "didn't" is one word)
	add("statement", sStatement, false, "statement", "statements", "press release", "news release", "letter",
		"email", "e-mail", "emailed", "e-mailed", "text message", "texted", "affidavit", "court filing", "spokesman",
		"spokeswoman", "spokesperson", "spokespeople", "press secretary", "release", "a note", "voicemail",
		"rep", "reps", // (not "Representative Schiff": a title)
		"lawsuit", "complaint", "court documents", "court papers", "legal documents", "the filing", "a filing", "his filing", "her filing", "its filing", "their filing", "the suit")
	add("speech", sSpeech, false, "rally", "rallies", "speech", "speeches", "address", "addressed",
		"hearing", "testified", "testimony", "town hall", "commencement", "sermon", "chanted", "chant", "chants", "pep talk",
		"Speaking at", "Speaking before", // a participle opening the sentence: its subject spoke there, a scene
		"campaign stop", "campaign event", "campaign events", "stump", "keynote", "told the crowd", "told the jury", "told jurors", "told the court", "told the judge",
		"told the committee", "told the panel", "told the hearing", "told the inquiry", "told the tribunal", "lecture",
		"told members", "told the members", "told attendees", "told the attendees", "Senate floor", "House floor", "courtroom", "in court", "filibuster",
		"Prime Minister's Questions", "PMQs", "House of Commons", "House of Lords")
	// a debate is a speech, or tv when the article shows it on air
	add(sceneDebate, sSpeech, false, "debate", "debates")
	// weaker: a scene only in the quotation's own sentence
	// a book's event is a scene, not the book ("said at a book signing")
	add("speech", sSpeech, false, "book signing", "book signings", "book tour", "book launch", "book event", "book reading", "book party")
	// a campaign's night: "said at his victory party in Manchester"
	add("speech", sSpeech, false, "victory party", "victory celebration", "election night party", "election-night party",
		"primary night party", "watch party", "concession speech")
	add("speech", sSpeech-1, false, "supporters", "crowd", "audience", "panel", "remarks", "convention", "floor",
		"fundraiser", "luncheon", "forum", "summit", "conference", "event", "gathering", "ceremony", "protesters", "sentencing", "trial",
		"gala", "dinner", "banquet", "vigil", "memorial service", "graduation", "announcement", "speaking at", "concert", "concerts",
		"spoke at", "speaking in", "East Room", "Rose Garden", "podium", "lectern", "cheers", "applause", "ovation",
		"boos", "jeers", "applauded",
		// a stage one speaks from ("said as she reached the stage",
		// "told the crowd from the stage")
		"took the stage", "reached the stage", "from the stage", "accepting the award",
		"accepting her award", "accepting his award", "accepted the award",
		"said on stage", "said onstage", "says on stage", "says onstage", "joked on stage", "joked onstage", "added on stage",
		"added onstage", "declared on stage", "declared onstage", "shouted on stage", "shouted onstage", "told the crowd on stage",
		// wedding vows are said at a ceremony ("wrote their own vows, with Ohanian telling his wife")
		"wedding vows", "their own vows", "his vows", "her vows", "exchanged vows", "their vows")
	// one's own site is where one posts, as on a platform: it sets the
	// scene of the quotations below it ("mourned him on her website. /
	// '...,' she began")
	add("publication", sSpeech+1, false, "on her website", "on his website", "on their website", "on her blog",
		"on his blog", "on their blog", "on her official website", "on his official website", "on their official website")
	add("publication", sPublished, false, "op-ed", "column", "memo", "report", "book", "memoir", "autobiography", "website",
		"blog", "essay", "article", "editorial", "published", "newsletter", "writes", "reported",
		"reports", "magazine", "journal", "paper", "study", "Op-Ed", "piece", "blogged", "blogging", "listing", "listings",
		"programme notes", "program notes", "matchday programme", "match programme")
	for _, ps := range idx {
		for i := range ps {
			ps[i].air = ps[i].channel == "tv" && mediumlessAir.has(strings.Join(ps[i].words, " "))
		}
	}
	return mapFrom(idx)
}

// mediumlessAir are the tv lexicon's words for being on air that name no
// medium.
var mediumlessAir = setOf("on-air", "on air", "broadcast", "aired", "airwaves")

// evidenceIn finds the strongest channel cue in tokens [from, to) outside
// quotations. Mentions that make no channel (a byline, "Twitter's
// spokesman") are skipped.
func (e *extraction) evidenceIn(from, to int) (evidence, bool) {
	// quotations of one passage ask about the same paragraphs again
	// (the first read of a range stands: later reads of it return that)
	key := evidenceKey{from, to, e.speaker, e.own[0]}
	if e.evidenceIndex != nil {
		if i, ok := e.evidenceIndex[key]; ok {
			return e.evidenceMemo[i].ev, e.evidenceMemo[i].ok
		}
	} else {
		for i := range e.evidenceMemo {
			if m := &e.evidenceMemo[i]; m.key == key {
				return m.ev, m.ok
			}
		}
	}
	ev, ok := e.scanEvidence(from, to)
	e.evidenceMemo = append(e.evidenceMemo, evidenceResult{key, ev, ok})
	switch n := len(e.evidenceMemo); {
	case e.evidenceIndex != nil:
		e.evidenceIndex[key] = n - 1
	case n > evidenceScan:
		// a long article: an index instead of the walk
		e.evidenceIndex = make(map[evidenceKey]int, 2*n)
		for i, m := range e.evidenceMemo {
			e.evidenceIndex[m.key] = i
		}
	}
	return ev, ok
}

// evidenceScan is how many evidence reads evidenceIn walks to find one
// again before it indexes them (most articles read fewer).
const evidenceScan = 48

type evidenceKey struct {
	from, to int
	speaker  string
	own      int32
}

// quietCredits marks the words of a parenthesis right after a person's
// name as no evidence: "costar Bryan Greenberg (HBO's How to Make It In
// America, October Road)" lists the shows someone is known for, no channel.
func (e *extraction) quietCredits() {
	for k := 2; k < len(e.toks); k++ {
		if !e.isPunct(k, "(") || !e.isWord(k-1) || !e.toks[k-1].cap || !e.outside(k) {
			continue
		}
		from := k - 1
		for from > 0 && from > k-4 && e.isWord(from-1) && e.toks[from-1].cap {
			from--
		}
		if _, id := e.personNamedAt(from); id < 0 {
			continue
		}
		for j := k + 1; j < len(e.toks) && j < k+24 && e.kindAt(j) != tPara; j++ {
			if e.isPunct(j, ")") {
				for q := k + 1; q < j; q++ {
					e.quiet[q] = true
				}
				break
			}
		}
	}
}

// onAirRoles speak on the air as themselves.
var onAirRoles = setOf("host", "co-host", "anchor", "co-anchor", "presenter", "correspondent", "moderator",
	"interviewer", "commentator", "analyst", "contributor", "panelist", "judge")

// onOrTold reports a name at token k right after "on", "to" or a "told":
// where someone spoke ("said on Ellen", "told Ellen").
func (e *extraction) onOrTold(k int) bool {
	switch e.lower(k - 1) {
	case "on", "to", "told", "tells", "telling":
		return true
	}
	return false
}

// fullPersonAt reports a person the article names in full (at least two
// words) at token k: "Ellen" after "Ellen DeGeneres".
func (e *extraction) fullPersonAt(k int) bool {
	_, id := e.personNamedAt(k)
	return id >= 0 && len(e.ents.list[id].parts) > 1
}

// ownWords is the token range of the mention of the person a is
// attributed to, with the title before it and a relative clause set off
// after it ("said NBC Entertainment chairman Bob Greenblatt", "says
// Bush, who's now a co-host of NBC's Today show"): a network or programme
// named there is where the speaker works, not where they spoke.
func (e *extraction) ownWords(a *attribution) [2]int32 {
	if a.mentionTok >= 0 && a.mention != "" && a.ent < 0 && (proxyNouns.hasLower(firstWordAfterDeterminer(a.mention)) || proxyNouns.has(headWord(a.mention))) {
		// "A spokesperson for HBO added", "a Twitter spokesperson said":
		// the network or platform the speaker works for
		from := int(a.mentionTok)
		return [2]int32{int32(from), int32(e.firstTokenFrom(int(e.toks[from].start) + len(a.mention)))}
	}
	if a.mentionTok < 0 || a.mention == "" || a.ent < 0 {
		return [2]int32{} // (a person's: a network that speaks may be on its own air)
	}
	from := int(a.mentionTok)
	to := e.firstTokenFrom(int(e.toks[from].start) + len(a.mention))
	for k := from; k < to && k < from+5; k++ {
		if e.possessiveEnd(k) && (postNouns.has(e.lower(to-1)) || docHeads.has(e.lower(to-1))) {
			// "Nora Vale's deleted tweet read": the tweet is where the
			// words are, the name before it the person's
			to = k + 1
			break
		}
		if e.lower(k) == "from" && k > from && (postNouns.has(e.lower(k-1)) || docHeads.has(e.lower(k-1))) {
			// "a since-deleted tweet from actress Donna Vale that stated":
			// the tweet is where the words are, the rest the person's
			from = k + 1
			break
		}
	}
	// and the title before it: "NBC Entertainment chairman" (a host or
	// an anchor speaks on the air: "CNN anchor Jake Tapper said" stays tv)
	t := from
	for t > 0 && t > from-6 && e.isWord(t-1) && e.outside(t-1) && (e.toks[t-1].cap || roleNouns.has(e.lower(t-1))) && !e.sentenceStart(t) {
		if onAirRoles.has(e.lower(t - 1)) {
			t = from
			break
		}
		t--
	}
	from = t
	if e.isPunct(to, ",") && e.isWord(to+1) && (e.lower(to+1) == "who" || e.lower(to+1) == "who's" || e.lower(to+1) == "whose") && !e.whoReports(to) {
		// (not a clause that reports the words: "Whitfield, who told a
		// late-night host that ...")
		for to < len(e.toks) && e.toks[to].sent == e.toks[from].sent && !e.isPunct(to+1, ",") && e.kindAt(to) != tMark {
			to++
		}
	}
	return [2]int32{int32(from), int32(to)}
}

// firstWordAfterDeterminer is a description's first word after "a", "an"
// or "the" ("spokesperson" of "A spokesperson for HBO").
func firstWordAfterDeterminer(desc string) string {
	f := strings.Fields(desc)
	if len(f) > 1 && determiners.hasLower(f[0]) {
		return f[1]
	}
	if len(f) > 0 {
		return f[0]
	}
	return ""
}

// ownAt reports token k in the speaker's own words: the mention of the
// quotation being read and a relative clause on it, or those of another
// quotation of the same speaker ("says Quint, who has spent years on her
// radio show" is where she works for all her quotations).
func (e *extraction) ownAt(k int32) bool {
	if k >= e.own[0] && k < e.own[1] {
		return true
	}
	if e.speaker == "" {
		return false
	}
	// (those of the quotations from the paragraph before k's, at most
	// ownReach of them: a relative clause stands beside its quotation)
	para := e.toks[k].para
	i := sort.Search(len(e.top), func(i int) bool { return e.spans[e.top[i]].para >= para-1 })
	for end := min(i+ownReach, len(e.top)); i < end && e.spans[e.top[i]].para <= para+1; i++ {
		if a := &e.attr[i]; k >= a.own[0] && k < a.own[1] && a.speaker == e.speaker {
			return true
		}
	}
	return false
}

// ownReach is how many quotations ownAt reads for the own words of one.
const ownReach = 32

type evidenceResult struct {
	key evidenceKey
	ev  evidence
	ok  bool
}

// scanEvidence is evidenceIn without the memo. Its loop reads every word
// of every range asked about: readings of their own go into methods
// (plainWordEvidence), or the function grows past the compiler's
// big-function size and its small helpers stop being inlined
// (scripts/check.sh fails then).
func (e *extraction) scanEvidence(from, to int) (evidence, bool) {
	var best evidence
	found := false
	if e.quiet == nil {
		// the ranges read overlap (a sentence, its paragraph, a window
		// around it), and most words are no evidence: each is read once
		var pooled []bool
		if e.scratch != nil {
			pooled = e.scratch.quiet
		}
		e.quiet = zeroed(pooled, len(e.toks))
		e.quietCredits()
	}
	for k := from; k < to; k++ {
		if !e.isWord(k) || e.quiet[k] {
			continue
		}
		w, lw := e.word(k), e.lower(k)
		if e.toks[k].curly {
			sw := e.straight(k) // a curly apostrophe made straight
			w, lw = sw.w, sw.lw
		}
		key := w
		if !isCap(w) {
			key = lw
		}
		phrases := phraseIndex.at(key)
		if len(phrases) == 0 && strings.HasSuffix(w, "ed") && isCap(w) && !e.sentenceStart(k) {
			phrases = phraseIndex.at(strings.ToLower(w)) // "Dunham Tweeted a thank-you"
		}
		if len(phrases) == 0 && len(w) > 4 && (strings.HasPrefix(lw, "re-") || strings.HasSuffix(lw, "-ed")) {
			phrases = phraseIndex.at(strings.ReplaceAll(lw, "-", "")) // "a post re-tweeted by Barr", "she Tweet-ed"
		}
		if len(phrases) == 0 && len(w) >= 4 && w[1]-'A' < 26 && isAllCaps(w) {
			phrases = phraseIndex.at(w[:1] + lw[1:]) // "told TODAY": a name in capitals
		}
		if isCap(w) && e.sentenceStart(k) {
			// a sentence's first word is capitalised where it stands: "In
			// the documentary, ...", "Court documents show" ("One user
			// wrote" is no "One Show")
			if len(phrases) == 0 {
				phrases = phraseIndex.at(lw)
			} else if lp := phraseIndex.at(lw); len(lp) > 0 && (w == "The" && e.phraseMatches(k, lp) || w != "The" && !e.phraseMatches(k, phrases)) {
				phrases = lp // ("The segment then turned to": the few "the" phrases first)
			}
		}
		if len(phrases) == 0 && len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] == '\'' && isCap(w) {
			// "Univision's Los Angeles affiliate": a one-word network's possessive
			if base, poss := stripPossessive(w); poss {
				phrases = phraseIndex.at(base) // a longer phrase fails on the possessive in matchPhrase
			}
		}
		told := lw == "told" || lw == "with" || w == "tells" || lw == "telling" ||
			len(w) == 2 && w == "to" && k > 0 && (toOutletCue(e.word(k-1)) && (!admitCue(e.word(k-1)) || e.speakerBefore(k-2)) || e.word(k-1) == "up" && openedUp(e.word(k-2)) ||
				e.brokeTheNews(k-1) || e.spokeAboutTo(k) ||
				e.confirmedBefore(k) && e.pressAt(k+1) || e.sameSaidTo(k)) ||
			(lw == "for" || lw == "of") && k > 0 && e.interviewFor(k)
		if (lw == "quoted" || lw == "quotes") && k > 0 && e.outside(k) {
			// "The Daily Ledger quoted Tamm's sister as saying": the paper
			// that published the words
			if m, ok := e.mentionEndingAt(k - 1); ok && m.kind == mOrg && e.pressSpeaker(strings.TrimPrefix(m.name, "The ")) {
				if ev := (evidence{channel: "publication", outlet: strings.TrimPrefix(m.name, "The "), strength: sPublished}); !found || ev.strength > best.strength {
					best, found = ev, true
				}
			}
		}
		if lw == "for" && k > 0 && writtenPieces.has(e.lower(k-1)) && e.outside(k) {
			// "In an op-ed for The Washington Post", "an essay for Vogue":
			// the paper that published the piece
			if name := e.publicationIn(k+1, min(k+6, to)); name != "" && e.publicationStarts(k+1, name) {
				if ev := (evidence{channel: "publication", outlet: name, strength: sPublished + 1}); !found || ev.strength > best.strength {
					best, found = ev, true
				}
				continue
			}
		}
		if at := e.relayAt(k); at > 0 {
			// "she added, according to the Vancouver Sun:", "According to
			// Page Six, a source said": the paper reports the words
			// (CHANNELS.md: publication)
			if name := e.publicationIn(at, min(at+5, to)); name != "" && e.publicationStarts(at, name) {
				if ev := (evidence{channel: "publication", outlet: name, strength: sPublished}); !found || ev.strength > best.strength {
					best, found = ev, true
				}
			}
		}
		if lw == "in" && k > 0 && writtenCue(e.lower(k-1)) && e.outside(k) {
			// "Writing in the Guardian, the foreign secretary said:", "she
			// wrote in The Atlantic": the paper that published the words
			if name := e.publicationIn(k+1, min(k+6, to)); name != "" && e.publicationStarts(k+1, name) {
				if ev := (evidence{channel: "publication", outlet: name, strength: sPublished}); !found || ev.strength > best.strength {
					best, found = ev, true
				}
				continue
			}
		}
		if lw == "in" && e.isWord(k+1) && e.toks[k+1].cap && e.outside(k) {
			// "opens up about her divorce in Vogue", "In April's Elle,
			// Reese Witherspoon opens up": the magazine's interview
			if ev, ok := e.inPublication(k, to); ok {
				if !found || ev.strength > best.strength {
					best, found = ev, true
				}
				continue // (no phrase of "in" names a publication)
			}
		}
		if e.toks[k].cap && k >= 3 && e.kindAt(k-1) == tMark && e.lower(k-2) == "on" && e.outside(k-2) {
			// (a title's words are inside its quotation marks)
			if ev, ok := e.appearanceOnTitle(k); ok {
				if !found || ev.strength > best.strength {
					best, found = ev, true
				}
				continue
			}
		}
		switch lw {
		case "talked", "spoke", "chatted", "caught", "sat", "asked", "asks":
			// "The Hollywood Reporter talked to some of the actors", "Us
			// Weekly spoke to another insider": the outlet's interview
			// with those it talked to (also where "spoke" opens phrases)
			if ev, ok := e.outletInterviewed(k); ok && e.outside(k) {
				if !found || ev.strength > best.strength || ev.channel == best.channel && best.outlet == "" && ev.strength == best.strength {
					// ("In an interview published Thursday, Billboard
					// asked her": the interview is Billboard's)
					best, found = ev, true
				}
				continue
			}
		}
		if len(phrases) == 0 && !told {
			e.quiet[k] = e.plainWordEvidence(k, w, lw, &best, &found)
			continue // most words are no evidence
		}
		titled := false
		if !e.outside(k) {
			// a programme's name in quotation marks: on "Meet the Press"
			if len(phrases) == 0 || !e.inTitle(k) {
				e.quiet[k] = true
				continue
			}
			titled = true
		}
		if strings.HasSuffix(w, "'s") && (key == "Twitter's" || key == "Facebook's" || key == "Instagram's") {
			continue // an affiliation
		}
		if k > 0 && e.lower(k-1) == "follow" || e.lower(k-1) == "on" && e.followsBefore(k-2) {
			continue // a byline: "Follow her on Twitter", "If you follow Kim on Snapchat"
		}
		if base, _ := stripPossessive(w); base == "IG" && !e.instagramIG(k) {
			continue // "the State IG report", "the IG's investigation": an inspector general
		}
		if !told && w != "The" && !e.phraseMatches(k, phrases) {
			// "the", "on", "a" open phrases, and most of the time none of
			// them: read as a plain word ("an appearance on Today", "in her
			// Netflix documentary": a programme whose name opens longer ones)
			e.quiet[k] = e.plainWordEvidence(k, w, lw, &best, &found)
			continue
		}
		// the speaker's own words: the quotation's mention here, those of
		// her other quotations read once a phrase matches
		own := int32(k) >= e.own[0] && int32(k) < e.own[1]
		ownRead := own || e.speaker == ""
		for _, p := range phrases {
			if titled && p.strength != sProgramme && !(p.strength == sPlatform && len(p.words) == 1) {
				continue // (a platform's name in marks stays the platform: "on her 'Facebook' page")
			}
			if isPlatform(p.channel) && len(p.words) == 1 && e.companyReports(k) {
				continue // "Twitter said in a statement": the company speaks, no one posts
			}
			n, ok := e.matchPhrase(k, to, p.words)
			if !ok {
				continue
			}
			if !ownRead {
				own, ownRead = e.ownAt(int32(k)), true
			}
			if own && (isMedium(p.channel) || isPlatform(p.channel)) && !(isPlatform(p.channel) && (accountNouns.has(e.lower(k+n)) || accountNouns.has(e.lower(k+n-1)))) {
				// the speaker's own title: "NBC Entertainment chairman Bob
				// Greenblatt", "a Twitter spokesperson" (the account that
				// writes is where: "Love Island's official X account")
				continue
			}
			if isMedium(p.channel) && (e.formerPost(k) || e.promotedWork(k) || (p.strength < sNetwork && e.roleAt(k+n) || e.isWord(k+n) && fameRoles.hasLower(e.word(k+n)) || titled && e.kindAt(k+n) == tMark && e.isWord(k+n+1) && fameRoles.hasLower(e.word(k+n+1))) && !e.toldBefore(k)) {
				continue // "the former Chelsea Lately host", "the talk show host": someone's job, not where they speak
			}
			if isMedium(p.channel) && e.isWord(k+n) && (careerNouns.has(e.lower(k+n)) || fictionNouns.has(e.lower(k+n)) || followerNouns.has(e.lower(k+n)) && !e.addressedBefore(k)) {
				// "his pre-SiriusXM radio days", "her TV career": a time of
				// someone's life; "her time on the NBC sitcom": a work the
				// network airs; "shocked his Sirius XM listeners": the
				// audience, spoken of ("told the RT America audience" stays)
				continue
			}
			if isMedium(p.channel) && e.roleAt(k+n) && e.inToldClause(k) {
				continue // "An insider told People that the singer and The Daily Show host are": someone the clause is about
			}
			if (isPlatform(p.channel) || p.channel == "social_media") && e.inToldClause(k) {
				continue // "The source told People that Kim has been posting more to social media": the topic
			}
			if (isMedium(p.channel) || isPlatform(p.channel)) && e.inFiledClause(k) {
				continue // "say in a court filing that the claims in the documentary are false": the topic
			}
			if p.channel == "speech" && e.addressedTopic(k) {
				continue // "She also addressed rumors of a feud": a topic spoken of, not an audience
			}
			if p.channel == "interview" && (p.words[len(p.words)-1] == "me" || p.words[len(p.words)-1] == "us") && e.inAnswer(k) {
				continue // "My mom keeps telling me" in a Q&A's answer: "me" is the one interviewed, not the writer
			}
			if p.strength == sSpeech-1 && e.aboutTopic(k) {
				continue // "Speaking about the dinner": what was spoken of, not where
			}
			if p.channel == "speech" && n == 1 && (lw == "rally" || lw == "rallies") && (e.lower(k-1) == "to" || e.lower(k+1) == "behind" || e.lower(k+1) == "around") {
				continue // "were quick to rally behind her": the verb, no event
			}
			if p.channel == "speech" && n == 1 && crowdNoises.hasLower(w) && !e.reactionTo(k) {
				continue // "scattered applause from Yankee Stadium": no one's words
			}
			if (isMedium(p.channel) || p.channel == "speech" || p.channel == "press_conference") && (e.thingsRelative(k) || e.remarksMadeOn(k)) {
				continue // "Girls, which airs on HBO", "the scenes, which a critic panned at a press panel"
			}
			if p.strength == sNetwork && (e.personAt(k) || e.surnameEndsAt(k, n)) {
				continue // "Fox said", "his girlfriend Lia Fox": a person named like a network
			}
			if (p.strength == sNetwork || p.strength == sNetwork-5 && n > 1) && isMedium(p.channel) && e.networkAsTopic(k, n) {
				continue // "The unrelenting style of Fox News", "Fox News grew more vociferous": what the text is about
			}
			if p.strength >= sProgramme-1 && isMedium(p.channel) && e.isWord(k+n) && showFateVerbs.has(e.lower(k+n)) {
				continue // "As Watch What Happens Live celebrates its 15th anniversary": the show, what the text is about
			}
			if p.strength == sProgramme && len(p.words) == 1 && !e.onOrTold(k) && e.fullPersonAt(k) {
				continue // "Ellen's skin" after "Ellen DeGeneres": the person a show is named after
			}
			if p.strength == sProgramme && len(p.words) == 2 && firstNames.has(p.words[0]) && !e.onOrTold(k) && e.isWord(k+n) && !e.toks[k+n].cap && !hostVerbs.has(e.lower(k+n)) {
				continue // "Howard Stern gave a speech": the host at a wedding, no programme on air
			}
			if p.strength == sProgramme && e.speaker != "" && e.isSpeaker(strings.Join(p.words, " ")) {
				continue // "said Glenn Beck": the host's name is no programme of his own words
			}
			if p.strength == sProgramme && !titled {
				if m, ok := e.nameAt(k); ok && m.kind == mName && int(m.to) > k+n {
					continue // "Mayor Ellen Park": a programme's word opening a longer name ("on Ellen" stays)
				}
			}
			if (p.channel == "tv" || p.channel == "radio") && e.notMedium(k+n) {
				continue // "a CNN/WMUR poll": no words on air
			}
			if (p.channel == "tv" || p.channel == "radio") && p.strength < sProgramme && e.toks[k].cap {
				if name, ok := e.publicationFrom(k); ok && len(name) > len(w) {
					continue // "told Radio Times", "TV Guide": a magazine's name opens with the medium's word
				}
			}
			if p.strength == sProgramme && (e.lower(k+n) == "address" || e.lower(k+n) == "speech") {
				continue // "his State of the Union address": a speech named so, no programme
			}
			if p.channel == "statement" && e.noResponse(k+n) {
				continue // "A spokesperson for Trent did not respond, but a friend said": no statement was made
			}
			if p.channel == "statement" && n == 1 && lw == "release" && e.workRelease(k) {
				continue // "following the release of a videotape", "To prepare for the book's release": no press release
			}
			if isMedium(p.channel) && k >= 2 && e.lower(k-1) == "by" && (obtainedVerbs.has(e.lower(k-2)) || sharedVerbs.has(e.lower(k-2)) && writtenExcerpts.has(e.lower(k-3))) {
				// "The memo, obtained by CNN, says", "an excerpt shared by
				// Entertainment Tonight": who found or passed on the
				// words, not where they were said
				continue
			}
			if (p.strength == sNetwork || isMedium(p.channel) && p.strength >= sNetwork) && k >= 2 && e.lower(k-1) == "to" && e.lower(k-2) == "according" {
				// "according to E!": the network reports, as a news
				// outlet does (CHANNELS.md: publication), and sets no
				// scene on air for the paragraph's other quotes
				ev := evidence{channel: "publication", strength: sPublished}
				ev.outlet, _ = stripPossessive(e.text[e.toks[k].start:e.toks[k+n-1].end])
				if !found || ev.strength > best.strength {
					best, found = ev, true
				}
				continue
			}
			if e.afterEvent(k) {
				continue // "a point he likes to make after a recent appearance on an urban radio station"
			}
			if isMedium(p.channel) && e.jobOnShow(k) {
				continue // 'she would never be a judge on "The Voice"': a job on the show, no scene of her words
			}
			if p.strength == sSpeech-1 && e.attendedBefore(k) {
				continue // "she enjoyed her time at the event", "attended the gala": where she was, not where she spoke
			}
			if p.channel == sceneDebate && e.topicAfter(k+n) {
				continue // "the debate over abortion": a controversy, not an event
			}
			if p.channel == "speech" && n == 1 && e.lower(k) == "speech" && speechTopic.has(e.lower(k-1)) {
				continue // "what constitutes free speech", "freedom of speech": a right, no scene
			}
			if p.channel == "speech" && n == 1 && lw == "announcement" && e.madeBefore(k) {
				continue // "wanted to make the announcement publicly": the act of telling, no event
			}
			if (p.channel == "speech" || p.channel == sceneDebate) && !e.ownScene(k) {
				continue // "Obama's speech", "attended the rally": someone else's scene
			}
			if p.channel == "statement" && n == 1 && e.lower(k) == "statements" && !statementsMedium.has(e.lower(k-1)) {
				continue // "his provocative statements about women", "Clinton's own statements": what was said, no medium
			}
			if p.channel == "interview" && n == 1 && lw == "interviews" && interviewsTopic.has(e.lower(k-1)) {
				continue // "he will no longer do interviews", "she gives no interviews": the topic, no scene
			}
			if p.channel == "publication" && n == 1 && (lw == "reports" || lw == "rumors" || lw == "rumours") && e.reportsAnswered(k) {
				continue // "Clarifying the swirling reports, she continued": what she answered, not where she wrote
			}
			if p.channel == "statement" && e.topicModifier(k+n) {
				continue // "her email server", "a private email account": the subject, not the medium
			}
			if p.channel == "statement" && n == 1 && e.statementOfOthers(k) {
				continue // "the Prince said, according to a statement by the palace": the report's source, not his medium
			}
			if p.channel == "statement" && !spokesperson(p.words) && !e.ownScene(k) {
				continue // "called Trump's statements childish": someone else's
			}
			if p.strength == sSpeech-1 && (e.lower(k+n) == "scene" || e.lower(k+n) == "scenes") {
				continue // "a tense dinner scene": a scene of a show or a film, no event
			}
			if (p.channel == "publication" || (p.channel == "tv" && p.strength == sNetwork-5 || isPlatform(p.channel) || p.channel == "social_media") && !e.relativeReports(k)) && e.inRelative(k) ||
				isMedium(p.channel) && e.relativeBeing(k) {
				continue // "Clarke, who recently co-authored a paper", "The sisters, who star in the reality series", "Schumer, who was a co-host at the Oscars": the person, not the medium
			}
			if (p.channel == "publication" || isPlatform(p.channel) || p.channel == "social_media" && p.outlet) && e.isWord(k+n) && affiliationRoles.hasLower(e.word(k+n)) {
				continue // "the stylist and magazine editor Jo Kim", "the LinkedIn chief executive": where she works, not where she said it
			}
			if n == 1 && lw == "confessional" && e.isWord(k+1) && !e.toks[k+1].cap && !e.isPreposition(k+1) {
				continue // "a confessional letter", "her confessional tone": no reality show's
			}
			if n == 2 && lw == "speaking" && e.lower(k+1) == "in" && e.isWord(k+2) && demonyms.has(e.word(k+2)) {
				continue // "speaking in English": the language, no place or event
			}
			if (p.channel == "tv" || p.channel == "radio") && n == 1 && (lw == "tv" || lw == "television" || lw == "radio") && e.careerIn(k) {
				continue // "Spielberg emerged from TV", "a career in television": a trade, no scene
			}
			if p.channel == "statement" && n == 1 && (lw == "rep" || lw == "reps") && e.toks[k].cap && (e.isPunct(k+1, ".") || e.isWord(k+1) && e.toks[k+1].cap) {
				continue // "Rep. Adam Schiff", "Reps. Smith and Jones": a lawmaker's title, no spokesperson
			}
			if isMedium(p.channel) && e.isWord(k+n) && (onAirRoles.has(e.lower(k+n)) || workPeople.has(e.lower(k+n))) && e.othersDescription(k) {
				continue // "Frankel noted the Watch What Happens Live host is ...": someone else the programme describes, not her scene
			}
			if isMedium(p.channel) && (p.strength == sNetwork && e.networkPerson(k+n) || n == 1 && (lw == "tv" || lw == "reality") && e.networkPerson(k)) {
				continue // "a source close to the Bravo TV star": the network the star is known from, no scene
			}
			if e.inAsDidClause(k) {
				continue // "As he did during Tuesday's debate, Trump reiterated": the other occasion compared, not this one's scene
			}
			if (isMedium(p.channel) || p.channel == "publication") && e.employerAt(k) {
				continue // "still under contract and employed by Bravo", "fired by CNN": an employer, not where she spoke
			}
			if (p.channel == "speech" || p.channel == "press_conference" || isMedium(p.channel)) && e.eventAhead(k) {
				continue // "previewed the upcoming House hearing": an event still to come, no scene
			}
			if isMedium(p.channel) && e.roleOfBefore(k) && !e.ownAt(int32(k)) {
				continue // "Alex Cooper, the host of the popular podcast Call Her Daddy": someone's job, not where this was said
			}
			if isMedium(p.channel) && e.appearanceAhead(k) {
				continue // "how he feels about appearing on SNL this weekend", "he will be making an appearance on NBC's SNL": not yet, or the topic
			}
			if isMedium(p.channel) && e.madeWork(k) {
				continue // "Gilbert created The Talk", "she co-created the podcast": a work she made, not where she spoke
			}
			if isMedium(p.channel) && e.watchedOn(k) {
				continue // "after seeing the crew perform on "Late Night"": the speaker watched
			}
			if p.channel == "speech" && n == 1 && remarkNouns.has(lw) && e.othersRemarks(k) {
				continue // "Addressing remarks Stone made during the production": another's words, the topic
			}
			if n == 1 && (lw == "on-screen" || lw == "onscreen") && (e.filmNear(k) || screenTexts.has(e.lower(k+1)) && e.isWord(k+1)) {
				continue // "re-unites on-screen with Reyes in the upcoming movie": on film, not on air; "an on-screen caption read": words written over a clip, wherever it was posted
			}
			if (isPlatform(p.channel) || p.channel == "social_media") && e.inAskedClause(k) {
				continue // "Asked if the president should be more careful about tweeting, Cramer said": the question's topic
			}
			if isPlatform(p.channel) && (n == 1 && tweetNouns.has(lw) || e.isWord(k+n) && (postNouns.has(e.lower(k+n)) || videoNouns.has(e.lower(k+n)))) && e.othersPossession(k) {
				continue // "asked about the president's tweet, Roberts told reporters": someone else's post, the topic
			}
			if (isPlatform(p.channel) || p.channel == "social_media") && e.platformLeft(k) {
				continue // "taking a break from Twitter", "stepped away from social media", "letting go of social media": the platform left
			}
			if (isPlatform(p.channel) || p.channel == "social_media") && e.sharedByOther(k) {
				continue // "In a video shared by The Neighborhood Talk on Instagram": where someone else put the clip, not where she spoke
			}
			if (isPlatform(p.channel) || p.channel == "social_media") && e.perSource(k) {
				continue // "she quipped, per social media footage at the time": where the report saw it, not where she said it
			}
			if isPlatform(p.channel) && e.speaker != "" && e.othersPostAt(k) || (isPlatform(p.channel) || p.channel == "social_media") && e.speaker != "" && e.othersClauseOn(k) {
				continue // "the meltdown Braxton had on Instagram" read for Behar's words: someone else's post
			}
			if (isPlatform(p.channel) || p.channel == "social_media") && e.isWord(k+n) && platformPeople.has(e.lower(k+n)) && e.objectOfPreposition(k) {
				// "threw shade at social media trolls": whom she answered,
				// not where ("one Twitter user wrote" is the user's)
				continue
			}
			if p.channel == "social_media" && n == 2 && lw == "social" && e.socialMediaNoun(k) {
				continue // "fascinated by the social media site", "social media star Ana Lee": the platform or a person, no medium
			}
			if (isPlatform(p.channel) || p.channel == "social_media") && e.isWord(k+n) && platformCareers.has(e.lower(k+n)) {
				continue // "Another TikTok star on the show, Wes Kane added": a career, no medium
			}
			if isPlatform(p.channel) && e.platformTopic(k, k+n) {
				continue // "a potential TikTok ban", "concerns about TikTok being banned": the platform is what is talked about
			}
			if p.channel == "statement" && e.byOther(k+n) {
				continue // "a statement by actor George Clooney"
			}
			if p.channel == "publication" && n == 1 && bookNouns.has(lw) && e.saidThatAbout(k) {
				continue // "Birney says he found it absurd that in the memoir Baxter ...": the book spoken of
			}
			if p.channel == "speech" && n == 1 && e.recalledEvent(k) {
				continue // "Field mentioned her 2012 Women & Power Conference keynote address": an old speech talked of, no scene
			}
			if (p.channel == "publication" && n == 1 || p.channel == "tv" && !p.outlet && n <= 2) && e.topicObject(k) {
				continue // "Kloss discussed Taylor Swift's essay in Elle", "Sarah discussed the season finale": what she talked about, not where
			}
			if (p.channel == "statement" || p.channel == "publication" || p.channel == "interview") && (e.inQuestion(k) && p.channel != "interview" || e.referredTo(k)) {
				continue // "Asked about the email, she said", "referring to the statement": the topic, not the medium
			}
			ev := evidence{channel: p.channel, strength: p.strength, own: own, air: p.air}
			if (p.channel == "podcast" || p.channel == "radio" || p.channel == "tv") && e.hostRoleBefore(k+n) {
				// ""Smartless" podcast host Will Arnett got candid in an
				// interview with The Guardian": the speaker's role, which
				// any scene the text tells outweighs
				ev.strength = min(ev.strength, sInterview-1)
			}
			if isMedium(p.channel) && (e.lower(k-1) == "told" || e.lower(k-1) == "tells") && e.statementAfter(k+n, to) {
				ev.channel = "statement" // "told Entertainment Tonight in a statement" (the outlet is read below)
			}
			if p.channel == "interview" && n == 1 && (lw == "interview" || lw == "interviews") {
				if name := e.outletBeforeNoun(k); name != "" {
					ev.outlet = name // "in a 2015 NME interview", "her Rolling Stone interview"
					if c := airChannel(name); c != "" {
						ev.channel = c
					}
				}
			}
			if p.channel == "interview" && p.words[len(p.words)-1] == "us" {
				ev.settled = true // "told us": the publication's own interview ("told me" may be its podcast host's)
			}
			if p.strength >= sNetwork && isMedium(p.channel) && e.reporterAfter(k+n) {
				// "at a press conference by Fox News reporter Ed Hale": the
				// reporter's employer yields to the scene ("told CNN
				// reporter Jim Acosta" alone stays on air)
				ev.strength = sPress - 1
			}
			if p.strength == sSpeech-1 && (e.atVenue(k) || lw == "panel" && e.onPanel(k) || e.cuesAudience(k)) {
				ev.strength = sSpeech // "At a Chamber of Commerce summit in Hilton Head, ...", "spoke on a panel": a scene
			}
			if p.strength == sSpeech-1 && p.words[len(p.words)-1] == "at" && e.atVenue(k+n) {
				ev.strength = sSpeech // "speaking at a ribbon-cutting on Wednesday, said": a scene
			}
			if p.outlet {
				end := k + n
				if p.words[n-1] == "Radio" {
					// "BBC Radio Kessel", "BBC Radio 5 Live": a station of the
					// network's radio, by its place or number
					for end < to && end < k+n+3 && e.isWord(end) && e.outside(end) && (e.toks[end].cap && !weekdays.has(e.word(end)) || smallNumber(e.word(end)) > 0) {
						end++
					}
				}
				var poss bool
				ev.outlet, poss = stripPossessive(e.text[e.toks[k].start:e.toks[end-1].end])
				if poss && end < len(e.toks) && e.kindAt(end) == tMark {
					if title := e.titleAt(end); title != "" {
						ev.outlet = strings.TrimRight(title, ",.") // `SiriusXM's "The Morning Mash Up,"`: the network's programme
					}
				} else if poss && p.strength == sNetwork && e.word(end) == "The" && e.isWord(end+1) && e.toks[end+1].cap && !e.personAt(end+1) {
					if title := e.titleAt(end); title != "" && strings.Contains(title, " ") {
						ev.outlet = title // "NBC's The Night Owl Lounge": the network's programme
					}
				}
				if poss && (ev.channel == "tv" || ev.channel == "radio") {
					// "on Hannity's radio show", "Colbert's podcast": the
					// medium the host's other show is on
					switch j := end; {
					case e.lower(j) == "radio" || e.lower(j) == "satellite" && e.lower(j+1) == "radio":
						ev.channel = "radio"
					case e.lower(j) == "podcast" || e.lower(j+1) == "podcast":
						ev.channel = "podcast"
					}
				}
			} else if p.channel == "podcast" && n == 1 && lw == "podcast" {
				ev.outlet = e.podcastName(k) // "on the Call Her Daddy podcast"
			} else if (p.channel == "radio" || p.channel == "tv") && n >= 2 && p.words[n-1] == "show" {
				ev.outlet = e.nameBeforeNoun(k) // "phoned the Night Owls radio show"
			}
			at := k + n // the preposition after the phrase
			if p.channel == "statement" && n == 1 && statementGiven(e.lower(at)) {
				at++ // "a statement given to Variety", "made exclusively to People"
				if strings.HasSuffix(e.lower(at), "ly") && e.adverbAt(at) {
					at++
				}
			}
			if p.channel == "publication" && (e.lower(k+n) == "for" || e.lower(k+n) == "in") ||
				p.channel == "statement" && (e.lower(at) == "to" || e.lower(at) == "with") {
				// "an op-ed for The Washington Post", "a column in
				// Vogue", "a statement to Page Six": the publication is
				// the outlet
				if name := e.publicationIn(at+1, min(at+6, to)); name != "" && e.publicationStarts(at+1, name) {
					ev.outlet = name
				} else if p.channel == "statement" && e.lower(at) == "to" {
					ev.outlet = e.theTitleAt(at + 1) // "a statement to The Messenger": whoever it was given to, named as a title
				}
			} else if p.channel == "publication" && e.lower(k+n) == "published" && (e.lower(k+n+1) == "in" || e.lower(k+n+1) == "by") {
				// "an op-ed published in the Kessel Herald"
				if name := e.publicationIn(k+n+2, min(k+n+7, to)); name != "" && e.publicationStarts(k+n+2, name) {
					ev.outlet = name
				}
			} else if p.channel == "publication" && n == 1 && bookNouns.has(lw) {
				ev.outlet = e.bookTitle(k) // "In her 2003 book, Living History,", "a memoir entitled ..."
				ev.book = ev.outlet != ""
			}
			if p.channel == "social_media" && n == 2 && lw == "social" && severalPlatforms.has(e.lower(k+n)) {
				ev.settled = true // "shared on their social media accounts": no one platform of them
			}
			if (ev.channel == "tv" || ev.channel == "radio" || ev.channel == "podcast") && e.statementTo(k) {
				ev.channel = "statement" // "in a statement to E! News": written words the outlet received
			}
			if (ev.channel == "tv" || ev.channel == "radio") && p.strength >= sNetwork && e.writtenForNetwork(k, n) {
				ev.channel = "publication" // "in her Bravo blog", "an op-ed for CNN": the network's written pages, no air
			}
			if !found || ev.strength > best.strength || (ev.strength == best.strength && (len(ev.outlet) > len(best.outlet) || best.own && !ev.own)) {
				// (of two alike, the one the narration names beats the
				// speaker's own title: "a rep ... said in a statement")
				best, found = ev, true
			}
		}
		if titled {
			continue
		}
		if told && (lw == "told" || lw == "tells" || lw == "telling") && e.crowdAfter(k+1) {
			// "told the largely working-class crowd", "told a Cincinnati
			// crowd": an audience gathered to hear a speech
			if ev := (evidence{channel: "speech", strength: sSpeech}); !found || ev.strength > best.strength {
				best, found = ev, true
			}
		}
		if w == "The" && e.outside(k) {
			// "stopped by The Real": a programme no phrase of "The" names
			if ev, ok := e.appearanceOn(k); ok && (!found || ev.strength > best.strength) {
				best, found = ev, true
			}
		}
		// "told The Cut", "told Politico": an interview with a named outlet
		if told && lw == "with" && e.ownInterview(k-1) {
			// "our exclusive interview with Lupe Fiasco": the publication's
			// own, with the one it interviewed
			if ev := (evidence{channel: "interview", strength: sInterview, settled: true}); !found || ev.strength >= best.strength {
				best, found = ev, true
			}
		} else if told && lw != "with" && lw != "to" && e.listenersAt(k+1) && e.episodeMedium(k) == "podcast" {
			// "She then tells listeners that ..." in an article about her
			// podcast: said on it
			if ev := (evidence{channel: "podcast", strength: sInterview + 1}); !found || ev.strength > best.strength {
				best, found = ev, true
			}
		} else if told && lw == "to" && e.followersAt(k+1) {
			// "revealed to her followers": her own accounts' audience
			if ev := (evidence{channel: "social_media", strength: sSocial}); !found || ev.strength > best.strength {
				best, found = ev, true
			}
		} else if told && (lw != "with" || k > 0 && e.interviewWithAt(k) && !e.referredTo(k+1)) {
			if ev, ok := e.outletAfter(k+1, to); ok && (!found || ev.strength >= best.strength) {
				if lw != "with" && e.statementAfter(k+2, to) {
					// "told Entertainment Tonight in a statement": a
					// statement, given to the outlet
					ev.channel = "statement"
				}
				best, found = ev, true
			} else if ok && found && isMedium(best.channel) && best.outlet == "" && lw == "with" && k >= 2 && e.lower(k-1) == "interview" && e.lower(k-2) == best.channel {
				// "a radio interview with KQED", "a podcast interview with
				// Vox": the medium's outlet
				best.outlet = ev.outlet
			} else if !ok && e.pressNounAfter(k+1, to) && (!found || sInterview+1 >= best.strength) {
				// "one insider told the magazine": an interview with the
				// publication the article named last, its outlet
				best, found = evidence{channel: "interview", strength: sInterview + 1, settled: true, byRef: true, print: printHeads.has(e.lower(k + 2))}, true
				if !e.pressNounAt(k + 2) {
					// "told the club's official website": the club's own
				} else if name, ok := e.mediaBefore(k, e.lower(k+2), pressReach); ok {
					best.outlet = name
					if c := airChannel(name); c != "" {
						best.channel = c // "sat down with Extra ... she told the outlet": on air
					}
				}
			} else if !ok && (lw != "with" || interviewerWith(e.lower(k-1))) && lw != "to" && !found && e.askerAt(k+1) && !e.othersTelling(k) {
				// "tells Ryan Seacrest": an interview with a person who
				// asks (a TV or radio outlet named nearby takes its
				// medium); "said to Reyes" is a conversation
				best, found = evidence{channel: "interview", strength: sInterview - 1}, true
			}
		}
	}
	return best, found
}

// plainWordEvidence reads word k (w, lowered lw), which opens no lexicon
// phrase that matches there, for the evidence it may give alone or with
// the words around it (a source's outlet, an episode, a documentary, a
// host's question, a show's name), keeping the strongest in best; it
// reports whether the word is no evidence at all (quiet: later reads skip
// it). (Out of scanEvidence, whose size would keep the compiler from
// inlining the small helpers of its loop.)
func (e *extraction) plainWordEvidence(k int, w, lw string, best *evidence, found *bool) bool {
	quiet := true // host questions and shows are read from the token alone
	keep := func(ev evidence) {
		quiet = false
		if !*found || ev.strength > best.strength {
			*best, *found = ev, true
		}
	}
	if ev, ok := e.ownStream(k, lw); ok {
		keep(ev)
		return false
	}
	if (len(lw) == 6 || len(lw) == 7) && e.outside(k) && (lw == "source" || lw == "insider" || lw == "sources") {
		// "Us Weekly's source", "a People insider": the outlet the
		// source talked to
		if name, ok := e.outletOfSource(k); ok {
			keep(evidence{channel: "interview", outlet: name, strength: sInterview + 1})
		} else if noun, poss := stripPossessive(e.word(k - 1)); poss && slices.Contains(pressNouns, noun) {
			// "the outlet's source", "the magazine's insider": an
			// interview with the publication the article named last
			ev := evidence{channel: "interview", strength: sInterview + 1, settled: true}
			ev.outlet, _ = e.mediaBefore(k, noun, pressReach)
			keep(ev)
		}
	}
	if (lw == "video" || lw == "vlog") && e.outside(k) && (e.postedVideo(k) || e.lower(k-1) == "the" && e.postedVideoBefore(k)) {
		// "Ballinger posted a 13-minute apology video", "shared a video
		// addressing the rumors": a video of her own, posted online (and
		// "she says in the video" after it)
		keep(evidence{channel: "social_media", strength: sSocial - 2})
	}
	if (lw == "episode" || lw == "episodes") && e.outside(k) && e.lower(k+1) == "of" {
		// "Sunday's episode of The Silver Match", "an episode of
		// "Vost Life"": a programme on air
		// ("the episode" alone is as often an incident)
		if name := e.programmeOf(k + 1); name != "" {
			ev := evidence{channel: "tv", outlet: name, strength: sProgramme - 1}
			if owner, rest, ok := strings.Cut(name, "'s "); ok && !strings.Contains(owner, " ") && rest != "" {
				ev.outlet = rest // "Tyga's Young Money Radio": the host's programme
				if e.progHosts == nil {
					e.progHosts = map[string]string{}
				}
				e.progHosts[rest] = owner
			}
			if c := stationMedium(ev.outlet); c != "" {
				ev.channel = c // "an episode of Young Money Radio"
			} else if c := e.mediumAfterTitle(k+1, name); c != "" {
				ev.channel = c // "an episode of Off the Record podcast"
			} else if c := e.episodeMedium(k); !programmeNames.has(name) && c != "tv" {
				ev.channel = c // "her new podcast ... the debut episode of Misspelling", "an episode of his radio program, ..."
			}
			keep(ev)
		} else if lw == "episode" && e.airedEpisode(k) {
			// "On Thursday's episode of the family's Hulu series":
			// a dated episode of a programme it does not name
			keep(evidence{channel: e.episodeMedium(k), strength: sProgramme - 2})
		}
	} else if lw == "episode" && e.outside(k) && e.airedEpisode(k) {
		// "During last night's episode, Jama told contestants:":
		// the programme the article is about, on air (or the
		// podcast it names)
		keep(evidence{channel: e.episodeMedium(k), strength: sProgramme - 2})
	}
	if w[0]-'0' < 10 && e.outside(k) {
		// "called into 107.5 WGCI's "The Morning Riot"", "on 98.7
		// FM": a station on its frequency
		if ev, ok := e.frequencyStation(k); ok {
			keep(ev)
		}
	}
	if issueNouns.has(lw) && e.outside(k) {
		// "in the magazine's February issue", "the March issue of
		// Vogue", "Bieber's GQ cover story": the magazine's interview
		if ev, ok := e.magazineIssue(k); ok {
			keep(ev)
		}
	}
	if ev, ok := e.inDocumentary(k); ok {
		keep(ev)
	}
	if lw == "show" && e.outside(k) {
		// "appeared on talk show host Gina Holt's show Holt Lately",
		// "spoke about it on Gina Holt's Lately show"
		ev, ok := evidence{}, false
		if e.appearedBefore(k) {
			ev, ok = e.showAfter(k)
		}
		if !ok {
			ev, ok = e.hostsShowOn(k)
		}
		if !ok {
			ev, ok = e.quotedShow(k)
		}
		if ok {
			keep(ev)
		}
	}
	if e.outside(k) && e.toks[k].cap {
		if ev, ok := e.hostAsks(k); ok {
			keep(ev)
		}
		if ev, ok := e.showOn(k); ok {
			keep(ev)
		}
		if k >= 2 && e.toks[k-1].end-e.toks[k-1].start == 2 { // after "by" or "on"
			if ev, ok := e.appearanceOn(k); ok {
				keep(ev)
			} else if ev, ok := e.interviewOnShow(k); ok {
				keep(ev)
			}
		}
		if w[len(w)-1] == 's' {
			if ev, ok := e.awardsShowAt(k); ok {
				keep(ev)
			}
		}
	}
	return quiet
}

// statementAfter reports "in a statement" (an emailed, a written, a
// joint one) within the eight tokens from k, before to.
func (e *extraction) statementAfter(k, to int) bool {
	for j := k; j < to && j < k+8; j++ {
		if e.lower(j) != "in" {
			continue
		}
		for c := j + 2; c <= j+3 && c < to; c++ {
			if w := e.lower(c); w == "statement" {
				return e.lower(j+1) == "a" || e.lower(j+1) == "an"
			}
		}
	}
	return false
}

// magazineIssue reads an interview printed in a magazine's issue or cover
// story at the token "issue" or "story" k: "the March issue of Vogue",
// "Vogue's February issue", "the magazine's new issue" (the magazine named
// before), "her cover story with Elle", "Bieber's GQ cover story".
func (e *extraction) magazineIssue(k int) (evidence, bool) {
	ev := evidence{channel: "interview", strength: sInterview}
	if e.lower(k) == "story" {
		if e.lower(k-1) != "cover" {
			return evidence{}, false
		}
		switch e.lower(k + 1) {
		case "with", "for", "in", "of":
			if name, ok := e.magazineNameAt(k + 2); ok {
				ev.outlet = name // "her cover story with Elle"
				return ev, true
			}
		}
		if j := k - 2; e.isWord(j) && e.outside(j) && e.toks[j].cap && !issueWords.hasLower(e.word(j)) {
			if base, poss := stripPossessive(e.word(j)); !poss || publications.has(base) {
				ev.outlet = e.nameEndingAt(j) // "Bieber's GQ cover story", "Vogue's cover story" (not "the June cover story")
				return ev, true
			}
		}
		ev.outlet, _ = e.mediaBefore(k, "magazine", 2) // "her cover story", "Bieber's cover story"
		return ev, true
	}
	if e.lower(k+1) == "of" {
		if name, ok := e.magazineNameAt(k + 2); ok {
			ev.outlet = name // "the March issue of Vogue"
			return ev, true
		}
		return evidence{}, false // "the issue of Syria"
	}
	for j := k - 1; j >= k-4 && e.isWord(j) && e.outside(j); j-- {
		base, poss := stripPossessive(e.word(j))
		if !poss {
			if issueWords.hasLower(base) || isYear(base) {
				continue // "February", "new", "2017"
			}
			return evidence{}, false // "Clinton's health issue": a topic
		}
		if j == k-1 && !publications.has(base) && base != "magazine" && base != "mag" {
			return evidence{}, false
		}
		if base == "magazine" || base == "mag" {
			ev.outlet, _ = e.mediaBefore(j, "magazine", 2) // "the magazine's February issue", "Glamour mag's April edition"
			return ev, true
		}
		if e.toks[j].cap && !e.personAt(j) {
			ev.outlet = e.nameEndingAt(j) // "Vogue's February issue"
			return ev, true
		}
		return evidence{}, false
	}
	return evidence{}, false
}

// issueNouns name a magazine's issue or its story (magazineIssue reads
// them).
var issueNouns = setOf("issue", "story", "edition")

// issueWords tell a magazine's issue: "the magazine's February issue",
// "Vogue's new issue".
var issueWords = setOf("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "spring", "summer", "fall", "autumn", "winter", "holiday", "new", "latest",
	"upcoming", "current", "next", "special", "anniversary", "cover", "digital", "print", "double", "annual")

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// magazineNameAt is the magazine named at token k after "issue of" or
// "cover story with": a publication the lexicon knows ("Harper's
// Bazaar"), else a capitalised name of up to three words that is no person
// the article knows, no place and no one's possessive ("Vogue", "The
// Hollywood Reporter").
func (e *extraction) magazineNameAt(k int) (string, bool) {
	if e.lower(k) == "the" && e.isWord(k+1) && e.toks[k+1].cap {
		k++
	}
	if name, ok := e.publicationFrom(k); ok {
		return name, true // "Harper's Bazaar"
	}
	if e.kindAt(k) == tMark {
		if name := e.titleAt(k); name != "" {
			return name, true // `the May issue of "Vogue" magazine`: its title in quotation marks
		}
		return "", false
	}
	j := k
	for j < k+3 && e.isWord(j) && e.outside(j) && e.toks[j].cap {
		if _, poss := stripPossessive(e.word(j)); poss {
			return "", false // "the issue of Puerto Rico's finances": an owner
		}
		j++
	}
	if j == k || isPlace(strings.Fields(e.text[e.toks[k].start:e.toks[j-1].end])) {
		return "", false
	}
	if _, id := e.personNamedAt(k); id >= 0 && (len(e.ents.list[id].parts) > 1 || e.ents.list[id].count > 1) {
		return "", false // "a cover story with Kylie Jenner": a person (not "the December issue of Elle", a word named once)
	}
	return e.text[e.toks[k].start:e.toks[j-1].end], true
}

// nameEndingAt is the capitalised name of up to three words ending at
// token j, its possessive dropped.
func (e *extraction) nameEndingAt(j int) string {
	i := j
	for i > j-2 && e.isWord(i-1) && e.outside(i-1) && e.toks[i-1].cap {
		if _, poss := stripPossessive(e.word(i - 1)); poss {
			break
		}
		i--
	}
	name, _ := stripPossessive(e.text[e.toks[i].start:e.toks[j].end])
	return name
}

// oneMoreOf reports a description of one more of the unnamed group the
// mention before describes: "Another netizen added" after "one fan wrote".
func oneMoreOf(mention, before string) bool {
	det, head, ok := strings.Cut(mention, " ")
	if !ok || strings.Contains(head, " ") || !strings.EqualFold(det, "another") && !strings.EqualFold(det, "one") {
		return false
	}
	return unnamedHeads.hasLower(head) && unnamedHeads.hasLower(headWord(before))
}

// onlineAccount reports a mention of an account by its handle: "user
// @kestrel_77", "Twitter user @lara344", "@andi.renee" (one more of the accounts
// commenting, where the one before commented).
func onlineAccount(mention string) bool {
	if strings.HasPrefix(mention, "@") {
		return true // "@andi.renee"
	}
	i := strings.Index(mention, " @")
	return i > 0 && onlineHeads.hasLower(mention[strings.LastIndexByte(mention[:i], ' ')+1:i])
}

// statementPostedBefore finds, in the paragraph before token k's and its
// own before k, a sentence naming a statement and a platform or social
// media it was shared on ("shared a statement on her social media pages"):
// that platform.
func (e *extraction) statementPostedBefore(k, speaker int) (evidence, bool) {
	pf, _ := e.paraBounds(k)
	from := pf
	if pf > 1 {
		from, _ = e.paraBounds(pf - 2)
	}
	if ev, ok := e.sharedAfterTakingTo(k, speaker); ok {
		return ev, true
	}
	for j := from; j < k && j < from+2000; j++ {
		if !e.isWord(j) || e.lower(j) != "statement" || !e.outside(j) {
			continue
		}
		sf, st := e.sentenceBounds(j)
		if e.othersOnly(sf, st, speaker) {
			// "Kate made the announcement in a video statement released
			// via the couple's X account" above Buckingham Palace's
			// statement: someone else's
			j = st
			continue
		}
		if ev, ok := e.evidenceIn(sf, min(st, k)); ok && (isPlatform(ev.channel) || ev.channel == "social_media") {
			return evidence{channel: ev.channel, outlet: ev.outlet, strength: sPlatform}, true
		}
		j = st
	}
	return evidence{}, false
}

// sharedAfterTakingTo reads '"...," Gaga wrote in a lengthy statement she
// shared with fans' below "The songstress took to Instagram on Tuesday to
// share the news": a statement the quotation's sentence says was shared,
// and a sentence in the two paragraphs before k's, or its own, whose
// subject, the speaker, took to a platform; that platform.
func (e *extraction) sharedAfterTakingTo(k, speaker int) (evidence, bool) {
	if speaker < 0 {
		return evidence{}, false
	}
	qf, qt := e.sentenceBounds(k)
	shared := false
	for j := qf; j < qt && j < qf+60; j++ {
		if w := e.lower(j); (w == "shared" || w == "posted") && e.isWord(j) && e.outside(j) {
			shared = true
			break
		}
	}
	if !shared {
		return evidence{}, false
	}
	from, _ := e.paraBounds(k)
	for range 2 { // (two paragraphs up: "Furthermore, Gaga revealed ..." between)
		if from > 1 {
			from, _ = e.paraBounds(from - 2)
		}
	}
	en := e.ents.list[speaker]
	for _, t := range en.toks {
		if int(t) < from || int(t) >= qf {
			continue
		}
		sf, st := e.sentenceBounds(int(t))
		if c := e.mainClause(sf, st); !e.tookTo(c, st) && !e.tookTo(int(t)+1, st) {
			continue
		}
		if ev, ok := e.evidenceIn(sf, st); ok && isPlatform(ev.channel) {
			return evidence{channel: ev.channel, outlet: ev.outlet, strength: sPlatform}, true
		}
	}
	return evidence{}, false
}

// othersOnly reports tokens [from, to) naming persons, none of them
// entity id (a quotation's speaker, -1 for none named).
func (e *extraction) othersOnly(from, to, id int) bool {
	others := false
	for _, o := range e.ents.within(from, to) {
		if int(o.ent) == id {
			return false
		}
		others = others || e.ents.list[o.ent].personLike()
	}
	return others
}

// othersStatement reports a statement named before token k whose issuer,
// the main clause's subject, is someone other than the current speaker.
func (e *extraction) othersStatement(k int) bool {
	who, ok := e.statementIssuer(k)
	if !ok {
		return false
	}
	for _, name := range strings.Split(who, " and ") {
		if name == e.speaker || e.isSpeaker(name) {
			return false
		}
	}
	return true
}

// statementReferred reports "his statement", "the statement" in tokens
// [from, to) outside quotations: a statement named before, referred back
// to.
func (e *extraction) statementReferred(from, to int) bool {
	for k := from + 1; k < to && k < from+400; k++ {
		if e.isWord(k) && e.lower(k) == "statement" && e.outside(k) && postRefDeterminers.has(e.lower(k-1)) {
			return true
		}
	}
	return false
}

// severalPlatforms are the plural nouns after "social media" that name no
// one platform: "on their social media accounts".
var severalPlatforms = setOf("accounts", "pages", "platforms", "channels", "profiles", "handles", "feeds")

// hostVerbs are what a host named for a programme does on its air ("Hugh
// Hewitt asked", "Howard Stern pressed"): the programme.
var hostVerbs = setOf("asked", "asks", "asking", "pressed", "presses", "pressing", "questioned", "quizzed", "grilled", "grills",
	"interviewed", "interviews", "interviewing", "told", "tells", "said", "says", "joked", "jokes", "wondered", "probed",
	"chatted", "spoke", "talked", "noted", "pointed", "replied", "responded", "put", "opened", "kicked", "welcomed", "hosted")

// interviewsTopic are the words before "interviews" that make them what is
// talked about: "doing interviews", "gives no interviews".
var interviewsTopic = setOf("do", "does", "doing", "did", "done", "give", "gives", "giving", "gave", "given", "grant", "grants",
	"granting", "granted", "no", "any")

// statementsMedium come before "statements" that are a medium: "said in
// separate statements", "in joint statements".
var statementsMedium = setOf("in", "separate", "joint", "written", "issued", "similar", "identical", "two", "both")

// addressedTopic reports "address" at token k as a verb whose object is a
// matter, not an audience: "addressed rumors of a feud", "did not directly
// address the issues", "addressing the backlash" (where "addressed the
// crowd", "addressed the Democratic National Convention" and the noun, "in
// his address", are speeches).
func (e *extraction) addressedTopic(k int) bool {
	switch e.lower(k) {
	case "addressed", "addressing":
		if e.lower(k+1) == "to" || k > 0 && auxiliaries.has(e.lower(k-1)) && e.lower(k-1) != "has" && e.lower(k-1) != "had" && e.lower(k-1) != "have" {
			return true // "a letter addressed to", "the issue was addressed": no speech
		}
	case "address":
		if k == 0 || !addressVerbBefore.has(e.lower(k-1)) {
			return false // the noun: "his address", "a 2007 address"
		}
	default:
		return false
	}
	j := k + 1
	for c := 0; c < 3 && e.isWord(j) && !isCap(e.word(j)) && (objectDeterminers.has(e.lower(j)) || determiners.has(e.lower(j))); c++ {
		j++
	}
	if !e.isWord(j) {
		return e.kindAt(j) == tMark // 'would address "unsubstantiated allegations"': a matter in its marks
	}
	if isCap(e.word(j)) {
		return false // "addressed Congress", "addressed a Wednesday rally": a body, an event by name
	}
	return !audienceNouns.has(e.lower(j))
}

// addressVerbBefore precede "address" the verb: "to address", "did not
// address", "will address".
var addressVerbBefore = setOf("to", "not", "n't", "will", "would", "can", "could", "should", "must", "did", "didn't",
	"won't", "directly", "also", "never", "finally", "briefly", "they", "we", "i", "you")

// audienceNouns are who a speech is addressed to: "addressed the crowd".
var audienceNouns = setOf("crowd", "crowds", "audience", "audiences", "nation", "country", "supporters", "convention",
	"conference", "rally", "delegates", "students", "graduates", "congregation", "assembly", "lawmakers", "members",
	"fans", "gathering", "attendees", "guests", "room", "troops", "workers", "employees", "staff", "court", "jury",
	"committee", "reporters", "press", "media", "group", "meeting", "summit", "event", "ceremony", "graduating",
	"protesters", "demonstrators", "voters", "residents", "union", "chamber", "senate", "house", "legislature",
	"parliament", "council", "board", "class", "faithful", "public", "people", "world", "americans", "party",
	"gala", "dinner", "luncheon", "banquet", "fundraiser", "forum", "panel", "session", "hearing", "joint")

// showFateVerbs tell of a programme as a thing, its run and its
// fortunes: "Watch What Happens Live celebrates", "the show premiered".
var showFateVerbs = setOf("celebrates", "celebrated", "marks", "marked", "turns", "turned", "wraps", "wrapped", "ends",
	"ended", "enters", "entered", "premieres", "premiered", "debuts", "debuted", "returns", "returned", "launched",
	"launches", "won", "wins", "earned", "earns", "draws", "drew", "averaged", "averages")

// reportsAnswered reports the noun "reports" at token k as what someone
// answers or what a thing happens amid: "Clarifying the swirling reports",
// "denied recent tabloid reports", "amid reports": the matter, no medium.
func (e *extraction) reportsAnswered(k int) bool {
	j := k - 1
	for c := 0; c < 3 && e.isWord(j) && !e.toks[j].cap && e.lower(j) != "to" && !answerLeads.has(e.lower(j)) && !reportsMedium.has(e.lower(j)); c++ {
		j-- // "the swirling", "recent tabloid"
	}
	if e.lower(j) == "to" {
		j-- // "responding to reports" ("according to reports" names where)
	}
	return e.isWord(j) && answerLeads.hasLower(e.word(j))
}

// answerLeads answer or dismiss what they precede: "denied reports",
// "responding to reports", "amid reports".
var answerLeads = setOf("clarifying", "clarified", "clarify", "clarifies", "denied", "denying", "deny", "denies",
	"addressed", "addressing", "address", "addresses", "dismissed", "dismissing", "dismisses", "refuted", "refuting",
	"debunked", "debunking", "slammed", "slamming", "blasted", "rebuffed", "amid", "following", "despite", "after",
	"over", "about", "responding", "reacting", "quashed", "quashing", "shut", "fueled", "fuelled", "sparked", "rejected", "rejecting",
	// "Spears says reports she had ... are fake": the reports she answers
	"says", "said", "say", "saying", "insists", "insisted", "claims", "claimed")

// reportsMedium precede "reports" naming where words were written: "in
// reports", "according to reports".
var reportsMedium = setOf("in", "according")

// aboutTopic reports a word that is the object of "about" ("about the
// dinner", "about her gala"): a topic.
func (e *extraction) aboutTopic(k int) bool {
	j := k - 1
	if objectDeterminers.hasLower(e.word(j)) || determiners.has(e.lower(j)) {
		j--
	}
	return e.lower(j) == "about"
}

// referredTo reports a document at token k that the words speak of:
// "referring to the joint statement she and Mauricio released", "in
// response to the statement".
func (e *extraction) referredTo(k int) bool {
	j := k - 1
	if w := e.lower(j); (w == "with" || w == "to") && (e.lower(j-1) == "interview" || e.lower(j-1) == "statement") {
		j -= 2 // "a 2022 interview with Time magazine": the interview's words before its outlet
	}
	for c := 0; c < 3 && e.isWord(j) && !e.toks[j].cap && (determiners.has(e.lower(j)) || statementModifiers.has(e.lower(j)) || e.word(j)[0]-'0' < 10); c++ {
		j--
	}
	if revisitVerbs.has(e.lower(j)) && e.isWord(j) && e.outside(j) {
		return true // "Behar revisited a 2022 interview with Time magazine": an earlier one spoken of
	}
	if e.lower(j) != "to" || !e.isWord(j) {
		return false
	}
	switch e.lower(j - 1) {
	case "referring", "refers", "referred", "alluding", "alludes", "alluded", "response", "responding", "reacting":
		return e.outside(j - 1)
	}
	return false
}

// revisitVerbs take an earlier interview or statement as their topic.
var revisitVerbs = setOf("revisited", "revisits", "revisiting", "recalled", "recalls", "recalling", "referenced",
	"references", "referencing", "cited", "cites", "citing")

// sourceGoesOn gives quotation n of "the source" or "our source" (the
// sources) the channel and outlet of the last quotation of an unnamed
// source in its passage ("A source told People: ... The source added:"),
// and reports whether there was one.
func (e *extraction) sourceGoesOn(n int, a *attribution) bool {
	if a.speaker == "" || !anonymousSource(a.speaker) {
		return false
	}
	if det, _, _ := strings.Cut(a.speaker, " "); !strings.EqualFold(det, "the") && !strings.EqualFold(det, "our") {
		return false
	}
	if e.sourceIntroducedBefore(e.spans[e.top[n]]) {
		return false // "Per a source, ... the source added": a source of its own
	}
	for m := n - 1; m >= 0 && m >= n-8; m-- {
		p := &e.attr[m]
		if p.speaker == "" || !anonymousSource(p.speaker) && !(p.ent < 0 && (unnamedHeads.hasLower(headWord(p.speaker)) || unnamedHeads.has(nounBefore(p.speaker)))) {
			continue // (or someone unnamed the source was: "an eyewitness told Radar Online ...", "A person close to her dished to E! News ... the source continued")
		}
		if p.channel == "" || p.channel == "unknown" || !e.samePassage(n, m) {
			return false
		}
		a.channel, a.outlet, a.from = p.channel, p.outlet, fromContinued
		return true
	}
	return false
}

// sourceIntroducedBefore reports an indefinite source ("a source",
// "another insider") introduced in quotation sp's paragraph before it:
// someone new, whom no earlier interview's channel or outlet carries to.
func (e *extraction) sourceIntroducedBefore(sp span) bool {
	pf, _ := e.paraBounds(int(sp.open))
	for k := pf; k+1 < int(sp.open); k++ {
		if w := e.lower(k); (w == "a" || w == "an" || w == "another") && e.outside(k) && sourceWords.hasLower(e.word(k+1)) {
			return true
		}
	}
	return false
}

// itReports reports a quotation that "it" reports: `"...," it reads`,
// `It added, "..."`.
func (e *extraction) itReports(sp span) bool {
	_, _, ok := e.itReporter(sp)
	return ok
}

// itReporter finds the "it" that reports quotation sp and its cue, after
// the quotation or before it.
func (e *extraction) itReporter(sp span) (it, cue int, ok bool) {
	if sp.close >= 0 {
		k := int(sp.close) + 1
		for e.isPunct(k, ",") {
			k++
		}
		if e.lower(k) == "it" && e.isCue(k+1) && e.outside(k) {
			return k, k + 1, true
		}
	}
	k := int(sp.open) - 1
	if e.isPunct(k, ",:") {
		k--
	}
	if k >= 1 && e.isCue(k) && e.lower(k-1) == "it" && e.outside(k-1) {
		return k - 1, k, true
	}
	return -1, -1, false
}

// documentBefore gives a the channel of the document named last before
// the quotation sp, in its paragraph or the two before it, outside
// quotation marks: an email, a letter, a memo or a statement (statement), a
// report, a study or an article (publication); it reports whether one is.
func (e *extraction) documentBefore(sp span, a *attribution) bool {
	pf, _ := e.paraBounds(int(sp.open))
	from, _ := e.passage(pf, 2)
	for k := int(sp.open) - 1; k >= from; k-- {
		if !e.isWord(k) || !e.outside(k) {
			continue
		}
		if c, ok := documentChannels[e.lower(k)]; ok {
			a.channel, a.from = c, fromContinued
			return true
		}
	}
	return false
}

// documentChannels are the channels of the documents an "it" that reads or
// says stands for.
var documentChannels = map[string]string{
	"email": "statement", "e-mail": "statement", "emails": "statement", "letter": "statement", "memo": "statement",
	"statement": "statement", "release": "statement", "note": "statement", "message": "statement",
	"report": "publication", "study": "publication", "article": "publication", "editorial": "publication",
	"column": "publication", "op-ed": "publication", "essay": "publication", "newspaper": "publication",
	"paper": "publication", "magazine": "publication", "book": "publication", "memoir": "publication",
	"tweet": "twitter", "caption": "social_media",
}

// pressSpeaker reports a speaker that is a newspaper, magazine or news
// site by its name: one the lexicon knows, or a name ending in a press
// word ("Times", "Post", "Journal"), not a network on air ("Fox News").
func (e *extraction) pressSpeaker(name string) bool {
	if publications.has(name) || publications.has("The "+name) {
		return true
	}
	if !pressName(name) {
		return false
	}
	words := strings.Fields(name)
	for _, p := range phraseIndex.at(words[0]) {
		if isMedium(p.channel) && opensWith(words, p.words) {
			return false
		}
	}
	return true
}

// opensWith reports whether words open with the phrase's words.
func opensWith(words, phrase []string) bool {
	if len(phrase) > len(words) {
		return false
	}
	for i, w := range phrase {
		if !strings.EqualFold(words[i], w) {
			return false
		}
	}
	return true
}

// networkAsTopic reports a network named at token k (n words) as what the
// sentence is about, not where anyone spoke: the subject of a verb of its
// own ("Fox News grew more vociferous") or after "of" ("the style of Fox
// News").
func (e *extraction) networkAsTopic(k, n int) bool {
	j := k - 1
	if e.lower(j) == "the" {
		j--
	}
	if e.lower(j) == "of" {
		return e.isWord(j-1) && !e.toks[j-1].cap // (not "Chris Cuomo of CNN": the interviewer's network)
	}
	if next := k + n; copulas.has(e.lower(next)) && e.isWord(next) && !e.isPreposition(j) {
		return true // "assumed the reality show was the cause of their divorce": what it is, no scene
	}
	if j >= 0 && e.isWord(j) && !e.sentenceStart(k) {
		return false
	}
	// opening its sentence: a subject, when a verb of its own follows
	next := k + n
	if e.isWord(next) && !e.toks[next].cap {
		w := e.lower(next)
		return pastTense(w) && !isCueWord(w) && w != "reported"
	}
	return false
}

// phraseMatches reports whether any of phrases matches the words at token k
// (with the whole text to read).
func (e *extraction) phraseMatches(k int, phrases []phrase) bool {
	for _, p := range phrases {
		if _, ok := e.matchPhrase(k, len(e.toks), p.words); ok {
			return true
		}
	}
	return false
}

// statementTo reports an outlet at token k that a statement went to: "a
// statement to E! News", "a statement given to CNN".
func (e *extraction) statementTo(k int) bool {
	if k >= 3 && e.lower(k-1) == "the" {
		k-- // "in a statement to the BBC"
	}
	if k < 2 || e.lower(k-1) != "to" {
		return false
	}
	j := k - 2
	if strings.HasSuffix(e.lower(j), "ly") && e.adverbAt(j) {
		j-- // "a statement made exclusively to People"
	}
	if statementGiven(e.lower(j)) {
		j--
	}
	return j >= 0 && e.isWord(j) && (e.lower(j) == "statement" || e.lower(j) == "statements")
}

// statementGiven reports a participle that hands a statement to someone:
// "a statement given to Variety".
func statementGiven(w string) bool {
	switch w {
	case "given", "sent", "provided", "issued", "released", "made":
		return true
	}
	return false
}

// crowdHeads are the audiences of a speech or a rally.
var crowdHeads = setOf("crowd", "crowds", "audience", "supporters", "rallygoers", "rally-goers", "attendees", "delegates",
	"congregation")

// crowdAfter reports an audience named from token k after a telling verb:
// a determiner, at most four modifiers, and a crowd's head noun ("the
// largely working-class crowd", "a Cincinnati crowd", "cheering
// supporters").
func (e *extraction) crowdAfter(k int) bool {
	if w := e.lower(k); w == "the" || w == "a" || w == "an" || possessiveDeterminers.has(w) {
		k++
	}
	for j := k; j < k+5 && e.isWord(j) && e.outside(j); j++ {
		if crowdHeads.has(e.lower(j)) {
			return true
		}
		if e.isCue(j) || e.isPreposition(j) {
			return false
		}
	}
	return false
}

// writtenPieces are the pieces one writes for a paper: "an op-ed for The
// Washington Post", "an essay for Vogue".
var writtenPieces = setOf("op-ed", "essay", "column", "piece", "article", "editorial", "essays", "columns", "op-eds")

// writtenNouns are the pieces a network publishes in writing, on its site.
var writtenNouns = setOf("blog", "blogs", "website", "site", "op-ed", "op-eds", "column", "columns", "article", "articles",
	"essay", "newsletter", "editorial")

// writtenForNetwork reports a written piece of the network named at tokens
// [k, k+n): after it ("her Bravo blog", "the CNN website", "the NBC News
// web site") or before it ("an op-ed for CNN", "a column on the Fox News
// website" is the first). A network's writing is a publication
// (CHANNELS.md), not its air.
func (e *extraction) writtenForNetwork(k, n int) bool {
	j := k + n
	if e.lower(j) == "web" && e.lower(j+1) == "site" || e.lower(j) == "online" {
		j++
	}
	if e.isWord(j) && writtenNouns.has(e.lower(j)) {
		return true
	}
	i := k - 1
	if e.lower(i) == "the" {
		i--
	}
	return i >= 1 && (e.lower(i) == "for" || e.lower(i) == "in") && e.isWord(i-1) && writtenNouns.has(e.lower(i-1))
}

// affiliationRoles after a publication's noun make an affiliation ("magazine
// editor", "newspaper owner"), no channel.
var affiliationRoles = setOf("editor", "editors", "publisher", "founder", "co-founder", "cofounder", "owner", "executive", "executives", "staffer", "employee", "employees",
	"spokesman", "spokeswoman", "spokesperson", "ceo", "engineer", "engineers", "board", "shareholders", "investors",
	"chief", "director", "photographer", "designer")

// followersAt reports "her followers", "his 3 million fans" at token k:
// the audience of someone's own accounts.
func (e *extraction) followersAt(k int) bool {
	if w := e.lower(k); w != "her" && w != "his" && w != "their" {
		return false
	}
	for j := k + 1; j < k+4 && e.isWord(j); j++ {
		switch e.lower(j) {
		case "followers", "subscribers":
			return true
		}
	}
	return false
}

// listenersAt reports "listeners", "her listeners", "the podcast's
// listeners" at token k: the audience of a programme on air.
func (e *extraction) listenersAt(k int) bool {
	for j := k; j < k+3 && e.isWord(j); j++ {
		switch w := e.lower(j); w {
		case "listeners":
			return true
		case "her", "his", "their", "the", "its", "podcast's", "show's":
		default:
			return false
		}
	}
	return false
}

// sameSaidTo reports "to" at token k after "said the same", "said much the
// same", "said as much": what was said to an outlet too ("She said much the
// same to Vanity Fair:").
func (e *extraction) sameSaidTo(k int) bool {
	if e.lower(k-1) != "same" && e.lower(k-1) != "much" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4 && e.isWord(j); j-- {
		if toOutletCue(e.word(j)) {
			return e.pressAt(k + 1)
		}
		if w := e.lower(j); w != "the" && w != "much" && w != "as" && w != "pretty" {
			return false
		}
	}
	return false
}

// toOutletCue reports a verb that takes "to <outlet>" for an interview:
// "revealed to Us Weekly", "said to CNN" (not "admitted to the United
// States", "confirmed to the Supreme Court").
func toOutletCue(w string) bool {
	switch strings.ToLower(w) {
	case "revealed", "reveals", "said", "says", "say", "saying", "explained", "explains", "confided", "confides", "spoke", "speaks",
		"speaking", "talked", "talking", "gushed", "opened", "confessed", "confesses", "dished", "dishes", "dishing",
		"spilled", "spills", "blabbed", "squealed", "tattled", "claimed", "claims":
		return true
	}
	return admitCue(w)
}

// spokeAboutTo reports "to" at token k after a verb of talking and what
// it was about: "He spoke some more about the pregnancy to the New York
// Post's Page Six".
func (e *extraction) spokeAboutTo(k int) bool {
	about := false
	for j := k - 1; j > 0 && j >= k-9 && e.isWord(j) && e.outside(j); j-- {
		switch w := e.lower(j); {
		case w == "about":
			about = true
		case about && (w == "spoke" || w == "talked" || w == "opened" && e.lower(j+1) == "up"):
			return true
		}
	}
	return false
}

// brokeTheNews reports "broke the news" ending at token j ("news"), which
// tells whom "to" names as "told" does: "broke the news to the audience".
func (e *extraction) brokeTheNews(j int) bool {
	if e.word(j) != "news" || e.lower(j-1) != "the" {
		return false
	}
	switch e.lower(j - 2) {
	case "broke", "breaks", "break", "breaking", "announced", "shared", "delivered":
		return true
	}
	return false
}

// admitCue reports a verb that takes "to <outlet>" for an interview only
// after its speaker ("Cohen admitted to Vulture", not "refugees admitted to
// the United States").
func admitCue(w string) bool {
	switch strings.ToLower(w) {
	case "admitted", "admits", "admitting", "joked", "jokes", "joking", "teased", "teases", "hinted", "hints", "insisted",
		"insists", "recalled", "recalls", "raved", "raves", "vented", "boasted", "bragged", "divulged", "quipped", "quips":
		return true
	}
	return false
}

// speakerBefore reports a token that ends a speaker's mention or closes
// the quotation a cue follows: a name, a pronoun, a closing mark or comma.
func (e *extraction) speakerBefore(k int) bool {
	if k < 0 {
		return false
	}
	if e.kindAt(k) == tMark || e.isPunct(k, ",") {
		return true
	}
	if !e.isWord(k) {
		return false
	}
	switch e.lower(k) {
	case "he", "she", "they", "i", "we":
		return true
	}
	if anonymous.has(e.lower(k)) {
		return true // "the source insisted to Us Weekly", "an insider admitted to"
	}
	return e.toks[k].cap && !e.sentenceStart(k) && !isPlace([]string{e.word(k)}) // (not "refugees from Iraq admitted to")
}

// reporterAfter reports a reporter's noun at token k, past the rest of a
// capitalised name ("Fox News reporter": "Fox" matched, then "News").
func (e *extraction) reporterAfter(k int) bool {
	for j := k; j < k+3 && e.isWord(j) && e.toks[j].cap; j++ {
		k = j + 1
	}
	return e.isWord(k) && reporterNouns.has(e.lower(k))
}

// reporterNouns after a network make it someone's employer.
var reporterNouns = setOf("reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists")

// confirmedTo reports a verb that takes "to <publication>" for a
// spokesperson's interview: "a rep confirmed to People" (not "confirmed to
// the Senate": pressAt decides).
func confirmedTo(w string) bool {
	switch strings.ToLower(w) {
	case "confirmed", "confirms", "confirming", "announced", "announces":
		return true
	}
	return false
}

// confirmedBefore reports a confirming verb before "to" at token k, its
// object between: "confirmed to", "confirmed the news to", "confirmed
// the split to".
func (e *extraction) confirmedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && e.isWord(j) && e.outside(j) && !e.toks[j].cap; j-- {
		if confirmedTo(e.word(j)) {
			return true
		}
	}
	return false
}

// pressAt reports a paper, magazine or news site named at token k ("People",
// "Us Weekly", "the Daily Mail").
func (e *extraction) pressAt(k int) bool {
	if strings.EqualFold(e.word(k), "the") {
		k++
	}
	if !e.isWord(k) || !e.toks[k].cap {
		return false
	}
	if _, ok := e.wordTitleAt(k); ok {
		return true
	}
	if _, ok := e.publicationFrom(k); ok {
		return true
	}
	m, ok := e.nameAt(k)
	return ok && m.kind == mOrg && (e.publicationAt(k, m.name) || pressName(m.name))
}

// interviewWith reports the word before "with" that makes what follows the
// interviewer: "an interview with", "a conversation with", "her cover story
// with Elle", "a sit-down with", "spoke with", "sat down with".
func interviewWith(w string) bool {
	w = strings.ToLower(w)
	switch w {
	case "conversation", "story", "sit-down", "chat", "q&a",
		// "spoke with Breitbart News", "sat down with Vogue"
		"spoke", "speaks", "speaking", "talked", "talking", "chatted", "chatting", "down",
		// "joked with EW", "shared with E! News"
		"joked", "joking", "dished", "dishing", "shared", "sharing", "gushed", "confided":
		return true
	}
	return strings.HasPrefix(w, "interview")
}

// interviewWithAt reports interviewWith of the word before the "with" at
// token k, or of the word before an adverb there ("chatting exclusively
// with Us Weekly").
func (e *extraction) interviewWithAt(k int) bool {
	if interviewWith(e.word(k - 1)) {
		return true
	}
	return k > 1 && strings.HasSuffix(e.lower(k-1), "ly") && e.adverbAt(k-1) && interviewWith(e.word(k-2))
}

// interviewFor reports "for" or "of" at token k naming the outlet an
// interview was given to: "an interview for Rolling Stone", "an interview
// for the latest issue of Rolling Stone magazine".
func (e *extraction) interviewFor(k int) bool {
	if e.lower(k) == "for" {
		return e.lower(k-1) == "interview" || e.lower(k-1) == "interviews"
	}
	if e.lower(k-1) != "issue" && e.lower(k-1) != "edition" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-7 && e.isWord(j) && e.outside(j); j-- {
		if e.lower(j) == "interview" {
			return true
		}
	}
	return false
}

// interviewerWith reports the word before "with" that makes the person
// after it an interviewer ("sat down with Barbara Walters", "an interview
// with Oprah Winfrey"), where "spoke with" or "talked with" a person may be
// any conversation.
func interviewerWith(w string) bool {
	switch w {
	case "down", "sit-down", "q&a", "interview", "interviews":
		return true
	}
	return false
}

// openedUp reports the verb of "opened up to Us Weekly": an interview with
// the outlet after "to".
func openedUp(w string) bool {
	switch strings.ToLower(w) {
	case "opened", "opens", "opening", "open":
		return true
	}
	return false
}

// pressNounAfter reports "the magazine", "the paper" at token k (before
// to): a publication the article named, told something.
func (e *extraction) pressNounAfter(k, to int) bool {
	if k+1 >= to || e.lower(k) != "the" || !e.isWord(k+1) {
		return false
	}
	if e.pressNounAt(k + 1) {
		return true
	}
	// "told the club's official website": an owner's, one or two words
	// between
	if _, poss := stripPossessive(e.word(k + 1)); !poss && !e.sPossessive(k+1) {
		return false
	}
	for j := k + 2; j < to && j <= k+5; j++ {
		if e.pressNounAt(j) {
			return true
		}
		if !e.isWord(j) || e.toks[j].cap {
			return false
		}
	}
	return false
}

// pressNounAt reports a publication's noun at token k: "magazine", "paper".
func (e *extraction) pressNounAt(k int) bool {
	return e.isWord(k) && slices.Contains(pressNouns, e.word(k))
}

// indefiniteDesc reports a speaker written as an indefinite description
// ("a source", "an insider", "another fan"): a new one each time.
func indefiniteDesc(speaker string) bool {
	first, _, _ := strings.Cut(speaker, " ")
	switch strings.ToLower(first) {
	case "a", "an", "another":
		return true
	}
	return false
}

// pressReach is how many paragraphs back "told the magazine" looks for the
// magazine's name: an article names the publication it relays once, in its
// lead.
const pressReach = 12

// lexWord is token k as the lexicon spells it: a curly apostrophe
// ("CNN’s") straightened.
func (e *extraction) lexWord(k int) string {
	if e.isWord(k) && e.toks[k].curly {
		return e.straight(k).w
	}
	return e.word(k)
}

// straightWord is a word holding a curly apostrophe, made straight, as
// written and lower-cased.
type straightWord struct{ w, lw string }

// straight is token k's straightWord (a word with a curly apostrophe),
// made once per article.
func (e *extraction) straight(k int) straightWord {
	if e.straights == nil {
		var pooled []straightWord
		if e.scratch != nil {
			pooled = e.scratch.straights
		}
		e.straights = zeroed(pooled, len(e.toks))
	}
	if e.straights[k].w == "" {
		w := strings.ReplaceAll(e.word(k), "\u2019", "'")
		e.straights[k] = straightWord{w, strings.ReplaceAll(e.lower(k), "\u2019", "'")} // (lowered in place: no second lowering)
	}
	return e.straights[k]
}

func (e *extraction) matchPhrase(k, to int, words []string) (int, bool) {
	if len(words) > 1 && k+1 < to {
		// most phrases fail on their second word's first letter (the
		// many that open with "The"): compared before the words are
		if a, t := words[1][0], &e.toks[k+1]; a|0x20 >= 'a' && a|0x20 <= 'z' && t.kind == tWord && !t.curly {
			if b := e.text[t.start]; b < utf8.RuneSelf && b|0x20 != a|0x20 {
				return 0, false
			}
		}
	}
	for i, want := range words {
		j := k + i
		if j < to && want == "!" && e.isPunct(j, "!") {
			continue
		}
		if j >= to || !e.isWord(j) && !e.isPunct(j, "&") {
			return 0, false
		}
		t := &e.toks[j]
		capital := isCap(want)
		var got string
		lowered := false
		switch {
		case t.curly:
			got = e.straight(j).w
		case capital || t.kind != tWord:
			got = e.text[t.start:t.end]
		default:
			got, lowered = e.low[t.start:t.end], true // the lexicon's lower-case words are ASCII: compared lowered
		}
		if i == len(words)-1 && strings.HasSuffix(got, "'s") && !strings.HasSuffix(want, "'s") {
			got = got[:len(got)-2] // "Boston Herald Radio's Morning Meeting"
		}
		if len(got) > len(want) && !capital && strings.IndexByte(got, '-') > 0 && strings.IndexByte(want, '-') < 0 {
			got = strings.ReplaceAll(got, "-", "") // "re-tweeted", "Tweet-ed": the cue spelt with a hyphen
		}
		if capital {
			if got != want && !(len(got) >= 4 && isAllCaps(got) && strings.EqualFold(got, want)) {
				return 0, false // ("TODAY", "GOOD MORNING AMERICA" in capitals match)
			}
		} else if got != want && (lowered || !strings.EqualFold(got, want)) {
			return 0, false // (a lowered word that differs differs in any case)
		}
	}
	return len(words), true
}

// outletAfter reads a capitalised outlet name after "told" or "interview
// with" ("The Cut", "Politico", "the New York Times"); a person's name is no
// outlet (that is a plain "told X").
func (e *extraction) outletAfter(k, to int) (evidence, bool) {
	if k+1 < to && e.kindAt(k) == tMark && e.isWord(k+1) && e.toks[k+1].cap {
		// `told "Extra's" Ben Lyons`: a programme's name in quotation marks
		if base, poss := stripPossessive(e.word(k + 1)); poss || k+2 < len(e.toks) && e.kindAt(k+2) == tMark {
			if toldOnlyTV.has(base) {
				return evidence{channel: "tv", outlet: base, strength: sProgramme - 1}, true
			}
			for _, p := range phraseIndex.at(base) {
				if len(p.words) == 1 && isMedium(p.channel) && p.strength >= sNetwork && p.strength != sPlatform {
					return evidence{channel: p.channel, outlet: base, strength: p.strength}, true
				}
			}
		}
		return evidence{}, false
	}
	if k < to && e.lower(k) == "the" && e.isWord(k+1) && isCap(e.word(k+1)) {
		k++
	}
	if k >= to || !e.isWord(k) || !isCap(e.word(k)) {
		return evidence{}, false
	}
	if w := e.word(k); len(w) <= 3 && isAllCaps(w) && roleNouns.has(strings.ToLower(w)) {
		return evidence{}, false // "told the MC": a rapper, no outlet
	}
	if royalTitles.hasLower(e.word(k)) || e.lower(k) == "royal" || e.lower(k) == "royals" {
		return evidence{}, false // "telling the Duchess", "told the Royal couple": whom she met
	}
	if demonyms.has(e.word(k)) && !(e.isWord(k+1) && isCap(e.word(k+1))) {
		return evidence{}, false // "talking with Chinese officials" ("told French Elle" names an edition)
	}
	if base, poss := stripPossessive(e.word(k)); poss && (base == "TV" || base == "Radio") && k+1 < to && e.isWord(k+1) && isCap(e.word(k+1)) {
		k++ // "tells TV's Extra": the medium's possessive before the programme
	}
	if base, poss := stripPossessive(e.word(k)); isPlace([]string{base}) {
		// "Britain's Grazia magazine", "the U.K.'s You": the outlet is the
		// name after its country ("U.K." "'" "s" are three tokens)
		next := k + 1
		if a := e.word(k + 1); !poss && (a == "'" || a == "’") && e.word(k+2) == "s" {
			next, poss = k+3, true
		}
		if poss && next < to && e.isWord(next) && isCap(e.word(next)) {
			k = next
		} else if poss && next+1 < to && e.kindAt(next) == tMark && e.isWord(next+1) && isCap(e.word(next+1)) {
			// "Britain's 'Daily Star' newspaper": the paper's name in marks
			if title := strings.TrimRight(e.titleAt(next), ",."); title != "" {
				ev := evidence{channel: "interview", outlet: title, strength: sInterview + 1}
				if c := airChannel(title); c != "" {
					ev.channel = c // "Britain's 'This Morning'": a programme
				}
				return ev, true
			}
		}
	}
	j := k
	for j < to && (e.isWord(j) && (isCap(e.word(j)) || e.word(j) == "of") || j > k && e.isPunct(j, "&") && e.isWord(j+1) && isCap(e.word(j+1))) && j < k+5 {
		if j > k && isAllCaps(e.word(j)) && strings.HasSuffix(e.word(j), "LY") && e.adverbAt(j) {
			break // "told HollywoodLife EXCLUSIVELY": the adverb in capitals is no word of the name
		}
		j++ // ("Life & Style")
		if _, poss := stripPossessive(e.word(j - 1)); poss {
			if j < to && e.isWord(j) && publications.has(e.text[e.toks[k].start:e.toks[j].end]) {
				continue // "Harper's Bazaar": a publication's name holds a possessive
			}
			break // "HuffPost Live's Alyona Minkovski": the outlet, not its host
		}
	}
	for j > k+1 && e.word(j-1) == "of" {
		j-- // "telling Vulture of her video": the outlet, then what was told of
	}
	if e.letterBang(j) || j > k && e.isPunct(j, "!") && e.toks[j-1].end == e.toks[j].start && (e.lower(j+1) == "magazine" || publications.has(e.text[e.toks[k].start:e.toks[j].end])) {
		j++ // "told E!", "told Hello! magazine": the mark is the name's
	}
	if j == k+1 && j < to && callSign(e.word(k)) && e.isWord(j) && channelNumber(e.word(j)) {
		j++ // "told KLMV 5": the channel's number is the station's
	}
	if j < to && e.isWord(j) && pressRoles.has(e.lower(j)) {
		// "tells Vanity Fair West Coast editor Krista Smith": the
		// publication, before the desk its editor heads
		for c := j - 1; c > k; c-- {
			if publications.has(e.text[e.toks[k].start:e.toks[c-1].end]) {
				j = c
				break
			}
		}
	}
	name := e.text[e.toks[k].start:e.toks[j-1].end]
	name, _ = stripPossessive(name)
	if e.isPunct(j, ",") && (e.lower(j+1) == "who" || e.lower(j+1) == "whom") && !e.publicationAt(k, name) {
		return evidence{}, false // "told Bey, who made history": a person, whom the words were told
	}
	if e.speaker != "" && e.isSpeaker(name) {
		return evidence{}, false // "Why do guests open up to Quint?" before Quint's own words: she is the one told
	}
	if ev, ok := e.hostMedium(name); ok {
		return ev, true // "told Ingraham" after "conservative radio host Laura Ingraham"
	}
	if base, _ := stripPossessive(e.lexWord(j - 1)); base == "Show" && j-1 > k && e.lower(k-1) == "the" {
		// "an interview with The Zach Sang Show": a programme named for its
		// host, no person
		return evidence{channel: "tv", outlet: e.text[e.toks[k-1].start:e.toks[j-1].end], strength: sProgramme - 1}, true
	}
	// a publication is no person even with a first name's word ("tells
	// Marie Claire")
	pub := e.publicationAt(k, name)
	if firstNames.has(e.word(k)) && !pub {
		return evidence{}, false
	}
	if j == k+1 && !pub && e.lower(j) == "and" && firstNames.has(e.word(j+1)) {
		return evidence{}, false // "told Phillip and Holly": two people by their first names
	}
	if ev, ok := e.programmeOfHost(name); ok {
		return ev, true // "told Ingraham" in an article naming "The Laura Ingraham Show"
	}
	if toldOnlyTV.has(name) {
		return evidence{channel: "tv", outlet: name, strength: sProgramme - 1}, true // "opened up to Extra", "sat down with Extra" (a word no person's)
	}
	if (e.personAt(k) || e.surnameAt(k)) && !pub {
		if ev, ok := e.reportersOutlet(k); ok {
			return ev, true // "She tells Smith" after "Vanity Fair West Coast editor Krista Smith": the magazine's interview
		}
		return evidence{}, false // (a person, or the surname of one the article named in full: "tells Okafor")
	}
	// a TV or radio outlet keeps its medium (the phrase that names it,
	// not another opening with its word: "Boston Herald Radio" leaves "the
	// Boston Globe" an interview)
	base, _ := stripPossessive(e.lexWord(k))
	if len(base) >= 4 && isAllCaps(base) {
		base = base[:1] + strings.ToLower(base[1:]) // "told TODAY"
	}
	if ps, ok := phraseIndex.get(base); ok && !pub {
		for _, p := range ps {
			if p.channel == "tv" || p.channel == "radio" || p.channel == "podcast" {
				if _, ok := e.matchPhrase(k, to, p.words); ok {
					return evidence{}, false
				}
			}
		}
	}
	if prev := e.word(k - 1); strings.EqualFold(prev, "the") {
		name, _ = stripPossessive(e.text[e.toks[k-1].start:e.toks[j-1].end]) // ("the New York Post's Page Six")
	}
	// "told the Shangri-La Dialogue, a regional security forum", "told the
	// Senate Armed Services Committee": an audience, not an interviewer
	if e.eventName(k, j, to) {
		return evidence{channel: "speech", outlet: name, strength: sInterview + 1}, true
	}
	if e.peopleAfter(j, to) {
		return evidence{}, false // "told the Royal couple", "told the Bataclan attack survivors": people, not an outlet
	}
	if c := stationMedium(name); c != "" {
		return evidence{channel: c, outlet: name, strength: sProgramme - 1}, true // "told WXAN-TV", "told KQRS-FM"
	}
	if base, _ := stripPossessive(e.lexWord(j - 1)); base == "Show" && j-1 > k {
		return evidence{channel: "tv", outlet: name, strength: sProgramme - 1}, true // "told The Today Show"
	}
	// "told the Axe Files podcast", "told WXYZ radio": the medium follows
	if j < to && e.isWord(j) {
		switch e.lower(j) {
		case "podcast":
			return evidence{channel: "podcast", outlet: name, strength: sProgramme}, true
		case "radio":
			return evidence{channel: "radio", outlet: name, strength: sProgramme}, true
		}
	}
	return evidence{channel: "interview", outlet: name, strength: sInterview + 1}, true
}

// fmFrequency reports an FM band frequency written as a station's: "98.7",
// "107.5" (87.5 to 108).
func fmFrequency(w string) bool {
	n := len(w)
	if n < 4 || n > 5 || w[n-2] != '.' || w[n-1]-'0' > 9 {
		return false
	}
	v := 0
	for i := 0; i < n-2; i++ {
		if w[i]-'0' > 9 {
			return false
		}
		v = 10*v + int(w[i]-'0')
	}
	v = 10*v + int(w[n-1]-'0')
	return v >= 875 && v <= 1080
}

// frequencyStation reads a radio station on its frequency at token k:
// "107.5 WGCI", "98.7 FM", "Power 105.1" (radio, the station its
// outlet), and the programme a possessive station names after it ("107.5
// WGCI's "The Morning Riot"": the programme's).
func (e *extraction) frequencyStation(k int) (evidence, bool) {
	// (the tokens split it: "107", ".", "5")
	if !e.isPunct(k+1, ".") || !e.isWord(k+2) || e.toks[k+1].start != e.toks[k].end || e.toks[k+2].start != e.toks[k+1].end ||
		!fmFrequency(e.text[e.toks[k].start:e.toks[k+2].end]) {
		return evidence{}, false
	}
	from, to := k, k+3
	switch w, _ := stripPossessive(e.word(k + 3)); {
	case e.isWord(k+3) && (callSign(w) || w == "FM"):
		to = k + 4
	case e.isWord(k-1) && e.toks[k-1].cap && !e.sentenceStart(k-1) && e.outside(k-1):
		from = k - 1 // "Power 105.1"
	default:
		return evidence{}, false
	}
	ev := evidence{channel: "radio", outlet: e.text[e.toks[from].start:e.toks[to-1].end], strength: sNetwork}
	ev.outlet, _ = stripPossessive(ev.outlet)
	if _, poss := stripPossessive(e.word(to - 1)); poss {
		if name := e.titleAt(to); name != "" && !e.personAt(to) {
			ev.outlet, ev.strength = name, sProgramme-1
		}
	}
	return ev, true
}

// stationMedium is the medium a station's call sign names with its
// suffix ("WXAN-TV" tv, "KQRS-FM" and "WJR-AM" radio) or its last word
// ("Capital FM", "Heart Radio" radio, "Sky TV" tv); "" for none.
func stationMedium(name string) string {
	if sp := strings.LastIndexByte(name, ' '); sp > 0 {
		// "Capital FM", "Kiss FM", "Sky TV": a station's name and its band
		switch name[sp+1:] {
		case "FM", "Radio":
			return "radio"
		case "TV":
			return "tv"
		}
		if callSign(name[:sp]) && channelNumber(name[sp+1:]) {
			return "tv" // "KLMV 5": a call sign and its channel's number
		}
		return ""
	}
	if n := len(name); n >= 5 && n <= 6 && callSign(name[:4]) && channelNumber(name[4:]) {
		return "tv" // "WBDX2"
	}
	i := strings.LastIndexByte(name, '-')
	if i < 3 || i > 4 || strings.ContainsRune(name, ' ') || !isAllCaps(name[:i]) || name[0] != 'K' && name[0] != 'W' {
		return ""
	}
	switch name[i+1:] {
	case "TV", "DT":
		return "tv"
	case "FM", "AM":
		return "radio"
	}
	return ""
}

// channelNumber reports a TV channel's number: one or two digits.
func channelNumber(s string) bool {
	if s == "" || len(s) > 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// toldOnlyTV are TV programmes whose names are common words, read as such
// only as what someone told or opened up to: "told Extra", "told ET",
// "told TODAY" (NBC writes its show in capitals).
var toldOnlyTV = setOf("Extra", "ET", "Access", "Daily Pop", "Nightly Pop", "TODAY", "Sunday TODAY")

// peopleNouns are groups of people someone tells things to in person.
var peopleNouns = setOf("couple", "pair", "survivors", "victims", "fans", "students", "pupils", "veterans", "troops",
	"soldiers", "families", "family", "players", "team", "staff", "workers", "children", "kids", "guests", "visitors",
	"volunteers", "supporters", "members", "delegates", "residents", "patients", "nurses", "doctors", "officers")

// pressRoles are the people an interview is given to: "told the BBC
// reporter" is an interview.
var pressRoles = setOf("reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists",
	"anchor", "host", "presenter", "interviewer", "editor", "editors", "writer", "columnist", "producer", "producers", "crew")

// peopleAfter reports whether the capitalised words ending before token j
// modify people rather than name an outlet: a lower-case noun of people
// or of a role follows within three words ("the Royal couple", "the
// Bataclan attack survivors", "the Yale student body" is none).
func (e *extraction) peopleAfter(j, to int) bool {
	for i := j; i < to && i < j+3 && e.isWord(i); i++ {
		w := e.word(i)
		if isCap(w) {
			return false
		}
		lw := strings.ToLower(w)
		if peopleNouns.hasLower(lw) || roleNouns.hasLower(lw) && !isOutletNoun(lw) && !pressRoles.hasLower(lw) {
			return true
		}
		if reportsContent.has(lw) || e.isPreposition(i) {
			return false
		}
	}
	return false
}

// instagramIG reports whether "IG" at token k is Instagram: "on IG", "her
// IG story", "an IG post".
func (e *extraction) instagramIG(k int) bool {
	if k > 0 && e.isWord(k-1) {
		switch e.lower(k - 1) {
		case "on", "via", "his", "her", "their", "my":
			return true
		}
	}
	if e.isWord(k + 1) {
		switch e.lower(k + 1) {
		case "post", "posts", "story", "stories", "live", "caption", "video", "account", "page":
			return true
		}
	}
	return false
}

// programmeOfHost finds a TV, radio or podcast programme of the lexicon
// that holds name as a word and that the article names: the host's show.
func (e *extraction) programmeOfHost(name string) (evidence, bool) {
	if strings.ContainsRune(name, ' ') || len(name) < 2 {
		return evidence{}, false
	}
	for _, p := range programmes {
		if len(name) < 3 {
			break // ("Oz": no lexicon word so short)
		}
		if !slices.Contains(p.words, name) {
			continue
		}
		if full := strings.Join(p.words, " "); strings.Contains(e.text, full) {
			return evidence{channel: p.channel, outlet: full, strength: sProgramme}, true
		}
	}
	return e.showNamedFor(name)
}

// outletInterviewed reads a news outlet that talked to someone, the verb
// at token k: "The Hollywood Reporter talked to", "People caught up
// with", "Variety sat down with": an interview, on air for a programme or
// network.
func (e *extraction) outletInterviewed(k int) (evidence, bool) {
	switch e.lower(k) {
	case "talked", "spoke", "chatted":
		if w := e.lower(k + 1); w != "to" && w != "with" {
			return evidence{}, false
		}
	case "caught":
		if e.lower(k+1) != "up" || e.lower(k+2) != "with" {
			return evidence{}, false
		}
	case "sat":
		if e.lower(k+1) != "down" || e.lower(k+2) != "with" {
			return evidence{}, false
		}
	case "asked", "asks":
		// "On the red carpet, ET asked how he felt": the outlet's
		// question, answered in its interview
		switch e.lower(k + 1) {
		case "him", "her", "them", "how", "if", "whether", "about", "why", "what":
		default:
			if !e.personAt(k + 1) {
				return evidence{}, false // ("Vibe asked RiRi when": whom it asked)
			}
		}
	}
	end := k // the name ends before it ("Variety later caught up with")
	if e.isWord(k-1) && !e.toks[k-1].cap && e.adverbAt(k-1) {
		end--
	}
	start := end - 1
	for start > 0 && start > end-5 && e.isWord(start-1) && e.outside(start-1) && (e.toks[start-1].cap || e.lower(start-1) == "the") {
		start--
	}
	if !e.isWord(start) || !e.toks[start].cap && e.lower(start) != "the" {
		return evidence{}, false
	}
	if m, ok := e.nameAt(start); ok && int(m.to) == end && m.kind != mOrg {
		// `"Extra's" Mona Kosar Abdi spoke with Halle`: the interview of
		// the outlet whose reporter talks
		if id := e.ents.lookup(m, int32(start)); id >= 0 && e.isReporter(id) {
			return e.reporters[id], true
		}
	}
	if _, poss := stripPossessive(e.lexWord(start)); poss && start+1 < end {
		// "ET's Rachel Smith spoke with Alwyn": the correspondent after
		// the outlet's possessive
		if m, ok := e.nameAt(start + 1); ok && int(m.to) == end {
			if id := e.ents.lookup(m, int32(start+1)); id >= 0 && e.isReporter(id) {
				return e.reporters[id], true
			}
		}
	}
	name := ""
	if e.lower(start) == "the" && start+1 < end {
		start++ // (the name's own "The" is read below)
	}
	if m, ok := e.outletAt(start); ok && int(m.to) == end {
		name = m.name
	} else if n := e.text[e.toks[start].start:e.toks[end-1].end]; e.publicationAt(start, n) {
		name = n // "The Hollywood Reporter", "Us Weekly"
		if e.lower(start-1) == "the" && publications.has("The "+n) {
			name = "The " + n
		}
	} else if base, _ := stripPossessive(e.lexWord(start)); start == end-1 && (base == "People" || base == "PEOPLE") {
		name = "People"
	} else if n := e.text[e.toks[start].start:e.toks[end-1].end]; toldOnlyTV.has(n) && e.lower(k) != "sat" {
		name = n // "ET asked", "Extra caught up with"
	}
	if name == "" {
		return evidence{}, false
	}
	ev := evidence{channel: "interview", outlet: name, strength: sInterview}
	if c := airChannel(name); c != "" {
		ev.channel = c
	}
	return ev, true
}

// inTitleMarks reports token k inside quotation marks around a few words
// at most: a title's ("appearing on "The Ellen DeGeneres Show."").
func (e *extraction) inTitleMarks(k int) bool {
	q := e.toks[k].quote
	if q <= 0 || int(q) > len(e.spans) {
		return false
	}
	sp := e.spans[q-1]
	return sp.close > 0 && sp.close-sp.open <= 10
}

// showNamedFor finds a show the article names after a host's name, "The
// Dr. Oz Show" for "Oz": the programme on air. The shows are read once per
// article.
func (e *extraction) showNamedFor(name string) (evidence, bool) {
	if e.namedShows == nil {
		e.namedShows = map[string]evidence{}
		for k := 1; k+1 < len(e.toks); k++ {
			if t := &e.toks[k]; !t.cap || t.kind != tWord {
				continue // (both look at capitalised words: most are turned away here)
			}
			if e.word(k) == "With" && e.toks[k-1].cap && e.isWord(k+2) && e.toks[k+2].cap && firstNames.has(e.word(k+1)) && (e.outside(k) || e.inTitleMarks(k)) {
				// "The Late Hour With Tom Danes": a programme with its host's name
				from := k - 1
				for from > 0 && from > k-6 && e.isWord(from-1) && (e.toks[from-1].cap || titleFunctionWords.has(e.word(from-1))) && e.outside(from-1) == e.outside(k) {
					from--
				}
				if _, seen := e.namedShows[e.word(k+2)]; !seen {
					e.namedShows[e.word(k+2)] = evidence{channel: "tv", outlet: e.text[e.toks[from].start:e.toks[k+2].end], strength: sProgramme}
				}
				continue
			}
			if !e.isWord(k) || e.word(k+1) != "Show" || !e.toks[k].cap || !e.outside(k) && !e.inTitleMarks(k) {
				continue
			}
			from := k
			for from > 0 && from > k-4 && e.isWord(from-1) && e.toks[from-1].cap {
				from--
			}
			host, end := k, k+2
			if e.lower(end) == "with" && e.isWord(end+1) && e.toks[end+1].cap {
				// "The Tonight Show With Jay Leno": the host named after it
				for end++; end < k+6 && e.isWord(end+1) && e.toks[end+1].cap; end++ {
				}
				host, end = end, end+1
			}
			ev := evidence{channel: "tv", outlet: e.text[e.toks[from].start:e.toks[end-1].end], strength: sProgramme}
			if e.lower(end) == "on" && e.isWord(end+1) {
				// "The Zane Lowe Show on Apple Music 1": the station's medium
				for _, p := range phraseIndex.at(e.lexWord(end + 1)) {
					if (p.channel == "radio" || p.channel == "podcast") && p.strength >= sNetwork {
						if n, ok := e.matchPhrase(end+1, len(e.toks), p.words); ok && n > 0 {
							ev.channel = p.channel
							break
						}
					}
				}
			}
			if _, seen := e.namedShows[e.word(host)]; !seen {
				e.namedShows[e.word(host)] = ev
			}
			if f := host - 1; f > from && e.toks[f].cap && e.word(f) != "The" && host == k {
				// "told Zane" after "The Zane Lowe Show": the host by the
				// first name the programme gives
				if _, seen := e.namedShows[e.word(f)]; !seen {
					e.namedShows[e.word(f)] = ev
				}
			}
		}
	}
	ev, ok := e.namedShows[name]
	return ev, ok
}

// hostMedium finds the medium of a host the article introduces as one
// ("conservative radio host Laura Ingraham", "talk show host X"): name is
// the host's name or its last word. Questions the host asks and answers
// told to the host are on that medium.
func (e *extraction) hostMedium(name string) (evidence, bool) {
	if e.hosts == nil {
		e.hosts = noHosts
		for k := 1; k+1 < len(e.toks); k++ {
			if !e.isWord(k) || e.lower(k) != "host" && e.word(k) != "DJ" || !e.outside(k) {
				continue
			}
			var medium string
			switch e.lower(k - 1) {
			case "radio":
				medium = "radio"
			case "tv", "television", "show", "talk-show":
				medium = "tv"
			case "podcast":
				medium = "podcast"
			}
			if e.word(k) == "DJ" {
				medium = "radio" // "DJ Tom Brill": who is on air is on the radio
			}
			if medium == "" {
				continue
			}
			if m, ok := e.nameAt(k + 1); ok && (m.kind == mName || m.kind == 0) { // (or "host Chelsea Handler's show")
				if len(e.hosts) == 0 {
					e.hosts = map[string]string{}
				}
				e.hosts[m.name] = medium
				e.hosts[lastWord(m.name)] = medium
			}
		}
	}
	if medium, ok := e.hosts[name]; ok {
		return evidence{channel: medium, strength: sProgramme}, true
	}
	if medium, ok := e.hosts[lastWord(name)]; ok {
		return evidence{channel: medium, strength: sProgramme}, true
	}
	return evidence{}, false
}

// noHosts stands for an article that introduces no host (read only).
var noHosts = map[string]string{}

// hostAsks reads "asked by Ingraham" and "Ingraham's questions" at token k:
// the host's medium, when the article introduces the host.
func (e *extraction) hostAsks(k int) (evidence, bool) {
	next := e.word(k + 1)
	byAsk := k >= 2 && e.word(k-1) == "by" && e.lower(k-2) == "asked"
	if !byAsk && !strings.HasPrefix(next, "question") && next != "interview" {
		return evidence{}, false // the common case, read without allocating
	}
	base, poss := stripPossessive(e.lexWord(k))
	if !byAsk && !poss {
		return evidence{}, false
	}
	return e.hostMedium(base)
}

// showOn reads a programme the lexicon does not know by the word that
// ends its name: "on The Nightly Show", "appeared on the Late Late Show's
// couch" at the token "Show"; a name ending in "Show" after "on", "told"
// or "breakfast show" is a TV programme ("at the Auto Show" is a venue).
func (e *extraction) showOn(k int) (evidence, bool) {
	if w := e.word(k); len(w) < 4 || w[:4] != "Show" {
		return evidence{}, false // the common case: no "Show", "Show's" or "Show’s"
	}
	if base, _ := stripPossessive(e.lexWord(k)); base != "Show" {
		return evidence{}, false
	}
	from := e.nameStart(k)
	if from == k || !e.isWord(from-1) {
		return evidence{}, false
	}
	switch e.lower(from - 1) {
	case "on", "show", "programme", "program", "told", "tells", "telling":
		// "on The Nightly Show", "breakfast show The Today Show", "told
		// The Morning Show"
	default:
		return evidence{}, false
	}
	name, _ := stripPossessive(e.text[e.toks[from].start:e.toks[k].end])
	return evidence{channel: "tv", outlet: name, strength: sProgramme - 1}, true
}

// appearanceOn finds a programme a guest appeared on, named from token k:
// "stopped by The Real", "appeared on Sway's Universe", "a guest on The
// Jess Cagle Show". A name the lexicon does not know, after a guest's verb,
// is a TV programme (a radio show the lexicon knows is found as such),
// unless it names a person, a place, a publication or an organisation.
func (e *extraction) appearanceOn(k int) (evidence, bool) {
	if k < 2 || !e.isWord(k-2) {
		return evidence{}, false
	}
	switch e.lower(k - 1) {
	case "by":
		switch e.lower(k - 2) {
		case "stopped", "stops", "stopping", "dropped", "drops", "dropping", "swung":
		default:
			return evidence{}, false
		}
	case "on":
		if !appearVerbs.has(e.lower(k-2)) || e.appearanceAhead(k) {
			return evidence{}, false
		}
	default:
		return evidence{}, false
	}
	end := k
	for end < k+6 && e.isWord(end) && e.outside(end) {
		if w := e.word(end); isCap(w) {
			end++
		} else if (w == "with" || w == "of" || w == "the" || w == "and") && end > k && e.isWord(end+1) && isCap(e.word(end+1)) {
			end++ // "Late Night with Seth Meyers"
		} else {
			break
		}
	}
	first := k
	if e.word(k) == "The" {
		first++
	}
	if first >= end || e.sentenceStart(k) {
		return evidence{}, false
	}
	if w := e.word(first); end == first+1 && (weekdays.has(w) && w != "Today" && w != "Tonight" || issueWords.hasLower(w)) {
		return evidence{}, false // "a tearful appearance on Thursday", "appeared on Christmas": a day, no programme
	}
	by := e.lower(k-1) == "by"
	if m, ok := e.nameAt(first); ok {
		switch {
		case m.kind == mOrg || e.publicationAt(first, m.name):
			return evidence{}, false // "stopped by the White House"
		case m.kind == mPlace:
			return e.showAfter(end) // "appeared on US talk show host Chelsea Handler's show Chelsea Lately"
		case by && first == k && (firstNames.has(e.word(first)) || e.personAt(first)):
			// "stopped by Kelly Ripa's studio" ("The Kelly Clarkson Show"
			// is a show; one appears on a show, not on a person:
			// "appeared on Chelsea Lately")
			return evidence{}, false
		}
	}
	if last, _ := stripPossessive(e.word(end - 1)); orgHeads.has(last) || isPlace(strings.Fields(e.text[e.toks[first].start:e.toks[end-1].end])) {
		return e.showAfter(end) // "The White House", "Fox News" (the networks are phrases)
	}
	if _, poss := stripPossessive(e.word(end - 1)); poss && !by {
		return e.showAfter(end) // "appeared on Chelsea Handler's show Chelsea Lately"
	}
	name, _ := stripPossessive(e.text[e.toks[k].start:e.toks[end-1].end])
	return evidence{channel: "tv", outlet: name, strength: sProgramme - 1}, true
}

// interviewOnShow reads a programme whose name is a common word (those
// read only as what someone told, and "Today") at token k after "on" and
// an interview or a reporting verb: "said in an interview on TODAY", "told
// the story on Extra" is on air.
func (e *extraction) interviewOnShow(k int) (evidence, bool) {
	if e.lower(k-1) != "on" || !e.isWord(k-2) {
		return evidence{}, false
	}
	if v := e.lower(k - 2); v != "interview" && v != "interviews" && v != "segment" && v != "sit-down" && !e.isCue(k-2) {
		return evidence{}, false
	}
	name := e.word(k)
	if (name == "Sunday" || name == "Nightly" || name == "Daily") && e.isWord(k+1) {
		name = e.text[e.toks[k].start:e.toks[k+1].end] // "Sunday TODAY", "Daily Pop"
	}
	if base, _ := stripPossessive(name); base == "Today" || toldOnlyTV.has(base) {
		return evidence{channel: "tv", outlet: base, strength: sProgramme - 1}, true
	}
	return evidence{}, false
}

// appearanceOnTitle reads a programme's title in quotation marks at token
// k after a guest's "appearance on": "During a 2016 appearance on
// "Conan", Fox detailed ...": on air, or the podcast or radio show the
// words after it name.
func (e *extraction) appearanceOnTitle(k int) (evidence, bool) {
	if !appearVerbs.has(e.lower(k-3)) && !e.isCue(k-3) {
		return evidence{}, false // (or 'said on "The Ellen DeGeneres Show" that')
	}
	end := k
	for end < k+8 && e.isWord(end) && (e.toks[end].cap || end > k && titleFunctionWords.has(e.lower(end))) {
		end++
	}
	close := end
	if e.isPunct(close, ",.") {
		close++ // "on "Conan,""
	}
	if end == k || e.kindAt(close) != tMark {
		return evidence{}, false
	}
	name := e.text[e.toks[k].start:e.toks[end-1].end]
	ev := evidence{channel: "tv", outlet: name, strength: sProgramme - 1}
	if c := e.mediumAfterTitle(k-1, name); c != "" {
		ev.channel = c // "an appearance on "Off the Record" podcast"
	} else if c := titleMedium(name); c != "" {
		ev.channel = c // 'said on "Joe Budden Podcast",'
	}
	return ev, true
}

// titleMedium is the medium a programme's title ends with ("The Joe
// Budden Podcast", "Hot 97 Radio"), or "".
func titleMedium(name string) string {
	switch lastWord(name) {
	case "Podcast", "Pod":
		return "podcast"
	case "Radio", "FM":
		return "radio"
	}
	return ""
}

// appearVerbs say a guest was on a programme: "appeared on".
var appearVerbs = setOf("appeared", "appears", "appearing", "appearance", "guested", "guesting", "guest", "guest-starred")

// appearedBefore reports a guest's "appeared on" at most eight words before
// token k, in its sentence.
func (e *extraction) appearedBefore(k int) bool {
	for j := k - 1; j > 0 && j >= k-8 && e.isWord(j) && e.outside(j); j-- {
		if e.lower(j) == "on" && appearVerbs.has(e.lower(j-1)) {
			return true
		}
	}
	return false
}

// showAfter finds "show" and the programme's title it names at most eight
// words after token k, in the sentence: "talk show host Chelsea Handler's
// show Chelsea Lately".
func (e *extraction) showAfter(k int) (evidence, bool) {
	for j := k; j < k+8 && e.isWord(j) && e.outside(j); j++ {
		if e.lower(j) != "show" {
			continue
		}
		if name := e.titleAt(j + 1); name != "" {
			return evidence{channel: "tv", outlet: name, strength: sProgramme - 1}, true
		}
	}
	return evidence{}, false
}

// trailerNouns promote a programme: "the trailer for her docuseries".
var trailerNouns = setOf("trailer", "teaser", "preview", "promo", "sneak")

// ownStream reads a live video or the stories of someone's account, no
// platform named, ending at token k: "during a livestream with fans",
// "wrote on her Stories" (social media; the platform a paragraph names
// wins).
func (e *extraction) ownStream(k int, lw string) (evidence, bool) {
	switch lw {
	case "livestream", "live-stream", "stories", "story":
	default:
		return evidence{}, false
	}
	d, p := e.lower(k-1), e.lower(k-2)
	if lw == "stories" || lw == "story" {
		if !e.toks[k].cap || d != "her" && d != "his" && d != "their" || p != "on" && p != "in" {
			return evidence{}, false // (only her Stories, capitalised: "told her story" is a tale)
		}
	} else if d != "a" && d != "her" && d != "his" && d != "their" || p != "during" && p != "in" {
		return evidence{}, false
	}
	if !e.outside(k) {
		return evidence{}, false
	}
	return evidence{channel: "social_media", strength: sSocial}, true
}

// specialKinds are the kinds of a special on air: "her comedy special".
var specialKinds = setOf("comedy", "stand-up", "standup", "concert", "holiday", "christmas", "music", "television", "tv")

// inDocumentary reads "in her Netflix documentary", "in the new HBO
// docuseries" ending at token k: a programme (CHANNELS.md: a documentary
// on a network is tv), whatever streamer or network is named before it.
func (e *extraction) inDocumentary(k int) (evidence, bool) {
	switch e.lower(k) {
	case "documentary", "docuseries", "docu-series", "special":
	default:
		return evidence{}, false
	}
	if !e.outside(k) {
		return evidence{}, false
	}
	outlet, streamer := "", false
	plus := func(j int) bool { return e.isPunct(j, "+") && e.isWord(j-1) && e.toks[j-1].cap } // "Apple TV+", "Disney+"
	if e.lower(k) == "special" {
		switch e.lower(k - 1) {
		case "comedy", "stand-up", "standup":
			streamer = true // "in her stand-up special": a programme, whatever streams it
		}
	}
	for j := k - 1; j >= 0 && j >= k-7 && (e.isWord(j) || plus(j)) && e.outside(j); j-- {
		if plus(j) {
			// "her Apple TV+ documentary": the streamer is the outlet
			b := j - 1
			for b > j-3 && b > 0 && e.isWord(b-1) && e.toks[b-1].cap && e.outside(b-1) {
				b--
			}
			streamer, outlet = true, e.text[e.toks[b].start:e.toks[j].end]
			j = b
			continue
		}
		if e.lower(j) == "in" {
			// (a streamer's or network's name between: "in the
			// documentary" alone is the lexicon's, read with its checks)
			return evidence{channel: "tv", outlet: outlet, strength: sProgramme - 2}, streamer && !e.inFiledClause(k)
		}
		if e.lower(j) == "for" && trailerNouns.has(e.lower(j-1)) {
			streamer = true // "in the trailer for her new docuseries": its promotion, on air
			j--
			continue
		}
		streamer = streamer || e.toks[j].cap && !e.sentenceStart(j)
		if e.toks[j].cap && outlet == "" {
			for _, p := range phraseIndex.at(e.word(j)) {
				if len(p.words) == 1 && p.channel == "tv" && p.strength >= sNetwork-5 {
					outlet = e.word(j) // "the new HBO docuseries"
				}
			}
		}
		if w := e.lower(j); !e.toks[j].cap && !determiners.has(w) && !possessiveDeterminers.has(w) && w != "new" && w != "upcoming" && w != "latest" && !specialKinds.has(w) {
			return evidence{}, false
		}
	}
	return evidence{}, false
}

// hostsShowOn reads "on <host>'s <Title> show" or "on the <Title> show"
// ending at "show", token k: the programme someone spoke on ("talked about
// her divorce on Chelsea Handler's Chelsea show"), on air or the podcast
// the article names before it; not a part played on it ("her role on").
func (e *extraction) hostsShowOn(k int) (evidence, bool) {
	t := k
	for t > k-4 && e.isWord(t-1) && e.outside(t-1) && e.toks[t-1].cap {
		if _, poss := stripPossessive(e.word(t - 1)); poss {
			break
		}
		t--
	}
	title, on := "", t-1
	if t < k {
		title = e.text[e.toks[t].start:e.toks[k-1].end]
	}
	if _, poss := stripPossessive(e.word(t - 1)); poss && e.isWord(t-1) && e.toks[t-1].cap && e.outside(t-1) {
		from := t - 1
		for from > t-4 && e.isWord(from-1) && e.toks[from-1].cap && e.outside(from-1) {
			from--
		}
		m, ok := e.nameAt(from)
		if !ok || m.kind == mOrg || m.kind == mPlace || int(m.to) != t || !e.personAt(int(m.from)) && wordCount(m.name) < 2 {
			return evidence{}, false // (a person's show, not "Netflix's")
		}
		on = int(m.from) - 1
	} else if e.lower(t-1) != "the" || title == "" || isPlace(strings.Fields(title)) || mediumModifiers.hasLower(e.lower(t)) || len(phraseIndex.at(e.word(t))) > 0 {
		// (not "the TV show", "the Netflix show": a medium's word, read as such)
		return evidence{}, false
	} else {
		on = t - 2
	}
	if e.lower(on) != "on" || !e.isWord(on) || careerNouns.has(e.lower(on-1)) || roleWords.has(e.lower(on-1)) {
		return evidence{}, false
	}
	return evidence{channel: e.episodeMedium(k), outlet: title, strength: sProgramme - 2}, true
}

// jobOnShow reports a programme's name at token k after "on" and a job
// done on it: 'a judge on "The Voice"', "a contestant on Love Island".
func (e *extraction) jobOnShow(k int) bool {
	j := k - 1
	if e.kindAt(j) == tMark {
		j--
	}
	if e.lower(j) == "the" {
		j--
	}
	return e.lower(j) == "on" && e.isWord(j) && showJobs.has(e.lower(j-1))
}

// showJobs are jobs done on a programme, which no one speaks in.
var showJobs = setOf("judge", "judges", "coach", "coaches", "mentor", "contestant", "contestants", "finalist", "winner",
	"regular", "alum", "alumna", "alumnus")

// roleWords are a part played or work done on a show: "her role on", "his
// cameo on", "worked on".
var roleWords = setOf("role", "roles", "cameo", "cameos", "part", "character", "worked", "working", "work", "starred",
	"starring", "run", "time", "job", "spot", "seat", "gig", "judge", "host", "co-host")

// titleAt is the run of at most five capitalised words outside quotations
// from token j, without a possessive's mark ("Holt Lately", "Unwell"), or
// "" when word j is none.
func (e *extraction) titleAt(j int) string {
	if j < 0 || j >= len(e.toks) {
		return ""
	}
	if e.kindAt(j) == tMark && e.isWord(j+1) && !e.outside(j+1) {
		j++ // `her podcast, "Ivy Tell Overthinks It,"`: a title in quotation marks
		end := j
		for end < j+8 && (e.isWord(end) && (e.toks[end].cap || titleSmallWords.has(e.lower(end)) || len(e.word(end)) <= 3)) {
			end++
		}
		for end > j && !e.toks[end-1].cap {
			end--
		}
		if end == j || end < len(e.toks) && e.isWord(end) {
			return "" // words running on past the title's: a quotation
		}
		return e.text[e.toks[j].start:e.toks[end-1].end]
	}
	end := j
	for end < j+6 && e.isWord(end) && e.outside(end) && (e.toks[end].cap ||
		end > j && titleJoinWords.has(e.lower(end)) && e.isWord(end+1) && e.toks[end+1].cap && !notNames.has(e.word(end+1))) {
		end++ // (a small word between two capitalised ones: "Blade and Bone", "Lord of the Flies")
		if end > j && end < j+5 && e.lower(end) != "and" && titleJoinWords.has(e.lower(end)) && e.lower(end+1) == "the" && e.isWord(end+2) && e.toks[end+2].cap && e.outside(end+2) && !notNames.has(e.word(end+2)) {
			end += 2 // "Keeping Up with the Vales", "Lord of the Flies": two small words
		}
	}
	if end == j {
		return ""
	}
	name, _ := stripPossessive(e.text[e.toks[j].start:e.toks[end-1].end])
	return name
}

// programmeOf is the title after "of" at token k that names a programme
// ("episode of The Silver Match", "finale of Harbour Lane"), or "" for
// none or for a person ("an episode of Kim's").
func (e *extraction) programmeOf(k int) string {
	if name := e.titleAt(k + 1); name != "" && !e.personAt(k+1) {
		return name
	}
	if j := k + 1; ownerGender(e.word(j)) != 0 || e.lower(j) == "their" {
		// "episode of his radio program, The Len Marsh Show": the title
		// set off after the owner's programme
		for j++; j < k+5 && e.isWord(j) && e.outside(j) && !e.toks[j].cap; j++ {
			if programmeNouns.has(e.lower(j)) && e.isPunct(j+1, ",") {
				if name := e.titleAt(j + 2); name != "" && !e.personAt(j+2) {
					return name
				}
				break
			}
		}
	}
	return ""
}

// programmeNouns name a programme: "his radio program, The Len Marsh Show".
var programmeNouns = setOf("show", "program", "programme", "podcast", "series")

// titleJoinWords stay lower case inside a title: "Blade and Bone".
var titleJoinWords = setOf("and", "of", "the", "in", "on", "a", "an", "to", "for", "with", "at", "by", "or")

// outletOfSource is the publication named right before a source at token
// k: "Us Weekly's source", "a People insider", "an E! News source".
func (e *extraction) outletOfSource(k int) (string, bool) {
	end := k - 1
	if e.sPossessive(end) {
		end-- // "Us Weekly' source" is rare, "the Times' source" is not
	}
	if !e.isWord(end) || !e.toks[end].cap {
		return "", false
	}
	last, _ := stripPossessive(e.lexWord(end))
	from := end
	for from > 0 && from > end-4 && e.isWord(from-1) && e.toks[from-1].cap && e.outside(from-1) {
		from--
	}
	if w := e.word(from); from < end && (w == "A" || w == "An") {
		from++ // "A New York Times source"
	}
	for ; from <= end; from++ {
		name := strings.TrimSpace(e.text[e.toks[from].start:e.toks[end].start] + last)
		if e.publicationAt(from, name) || pressName(name) || name == "People" || programmeNames.has(name) {
			return name, true
		}
	}
	return "", false
}

// publicationIn is the name of the first newspaper, magazine or site
// tokens [from, to) name outside quotations, or "".
func (e *extraction) publicationIn(from, to int) string {
	for k := from; k < to; k++ {
		if !e.isWord(k) || !e.outside(k) || !e.toks[k].cap {
			continue
		}
		if name, ok := wordTitles[e.word(k)]; ok && !e.sentenceStart(k) && (!e.isWord(k+1) || e.lower(k+1) == "magazine" || e.lower(k+1) == "magazine's" || !e.toks[k+1].cap && e.isPreposition(k+1) || weekdays.has(e.word(k+1))) {
			return name // "a statement to People.", "to People on Wednesday", "According to Star,": the magazine, a common word's name
		}
		for n := min(4, to-k); n >= 2; n-- {
			if name := e.text[e.toks[k].start:e.toks[k+n-1].end]; publications.has(name) {
				return name // "an op-ed for USA Today": a paper's name the names' parser reads otherwise
			}
		}
		if m, ok := e.mentionAt(k); ok && (m.kind == mOrg || m.kind == mName && e.lower(k-1) == "the") && (e.publicationAt(k, m.name) || pressName(m.name)) {
			return m.name // (and "a statement to the Chronicle": a paper by its head word)
		}
	}
	return ""
}

// theTitleAt is the name "The" opens at token k with capitalised words
// that no person's name reads ("The Messenger", "The Daily Ledger"),
// else "".
func (e *extraction) theTitleAt(k int) string {
	if e.word(k) != "The" || !e.isWord(k+1) || !e.toks[k+1].cap || e.personAt(k+1) {
		return ""
	}
	j := k + 1
	for j < k+5 && e.isWord(j) && e.outside(j) && e.toks[j].cap && !weekdays.has(e.word(j)) {
		j++ // (not "Thursday" in "to The Messenger Thursday")
	}
	name, _ := stripPossessive(e.text[e.toks[k].start:e.toks[j-1].end])
	return name
}

// inPublication reads "in" at token k before a magazine or paper as an
// interview it gave (CHANNELS.md: words told a print outlet): after a
// verb of speaking in its clause ("opens up about her divorce in Vogue",
// "reveals in Us Weekly"), as the sentence's opening ("In Vogue, the
// actress says"), or as a month's issue ("In April's Elle, Reese
// Witherspoon opens up", a magazine the lexicons need not know). Words
// written there ("writes in The Atlantic") are the publication's, read
// elsewhere.
func (e *extraction) inPublication(k, to int) (evidence, bool) {
	name := ""
	if base, poss := stripPossessive(e.word(k + 1)); poss && months.has(base) {
		n, ok := e.magazineNameAt(k + 2)
		if !ok || e.lower(k+2) == "the" || eventNouns.hasLower(n[strings.LastIndexByte(n, ' ')+1:]) || !e.isPunct(e.firstTokenFrom(int(e.toks[k+2].start)+len(n)), ",") {
			return evidence{}, false // "in April's Boston Marathon"
		}
		if pn, ok := e.publicationFrom(k + 2); !ok || pn != n {
			if strings.HasSuffix(n, "s") || e.orgRunEnd(k+2) > k+2 {
				return evidence{}, false // "In March's Oscars,", "in May's Met Gala": an event
			}
		}
		name = n
	} else if n := e.publicationIn(k+1, min(k+6, to)); n != "" && e.publicationStarts(k+1, n) {
		name = n
		if !(e.sentenceStart(k) && e.isPunct(e.firstTokenFrom(int(e.toks[k+1].start)+len(n)), ",")) && !e.speakingBefore(k) {
			return evidence{}, false // "she read about it in Vogue"
		}
	} else {
		return evidence{}, false
	}
	// (not words written there: "In The Atlantic, she writes")
	_, end := e.sentenceBounds(k)
	for j := k + 2; j < min(end, k+40); j++ {
		if e.isWord(j) && e.outside(j) && writtenCue(e.lower(j)) {
			return evidence{}, false
		}
	}
	return evidence{channel: "interview", outlet: name, strength: sInterview}, true
}

// months are the months' names.
var months = setOf("January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December")

// speakingBefore reports a verb of speaking in the clause before "in" at
// token k, at most eight words back: "opens up about her divorce in".
func (e *extraction) speakingBefore(k int) bool {
	for j := k - 1; j >= max(k-8, 0) && e.isWord(j) && e.outside(j) && e.toks[j].sent == e.toks[k].sent; j-- {
		if speakingVerbs.hasLower(e.word(j)) || e.lower(j) == "up" && openedUp(e.word(j-1)) {
			return true
		}
	}
	return false
}

// speakingVerbs tell someone spoke of something in an interview: "talks
// about her divorce in Vogue".
var speakingVerbs = setOf("talks", "talked", "speaks", "spoke", "reveals", "revealed", "admits", "admitted", "dishes",
	"dished", "discusses", "discussed", "confesses", "confessed", "reflects", "reflected", "gushes", "gushed", "explains",
	"explained", "recalls", "recalled", "candid", "chats", "chatted")

// publicationStarts reports a publication's name at token k or after a
// "the" there: the words right after "for" or "in".
func (e *extraction) publicationStarts(k int, name string) bool {
	if e.lower(k) == "the" {
		k++
	}
	return e.isWord(k) && strings.HasPrefix(strings.TrimPrefix(name, "The "), e.word(k))
}

// awardsShowAt finds an awards show on air, the scene of what was said at
// it (CHANNELS.md), ending at token k: "at the 2014 Billboard Music
// Awards", "during the Oscars", "at the Golden Globes". The name must
// follow "at", "during" or "from" (with "the" and a year): "won two Grammy
// Awards" names trophies, no scene.
func (e *extraction) awardsShowAt(k int) (evidence, bool) {
	// (a possessive's mark after the s is a token of its own)
	w := e.word(k)
	if len(w) < 4 || w[len(w)-1] != 's' || w != "Awards" && !awardsShows.has(w) {
		return evidence{}, false // the common case
	}
	from := k
	switch {
	case w == "Awards":
		from = e.nameStart(k)
		if from == k {
			return evidence{}, false
		}
		if p := from - 1; p >= 2 && e.toks[p].start == e.toks[p-1].end && (e.text[e.toks[p].start] == '\'' || strings.HasPrefix(e.text[e.toks[p].start:], "\u2019")) && e.isWord(p-1) && e.toks[p-1].cap && strings.HasSuffix(e.word(p-1), "s") {
			from = p - 1 // "the Critics' Choice Awards": a plural's possessive mark
		}
	case w == "Globes":
		if e.word(k-1) != "Golden" {
			if e.lower(k-1) != "the" || !strings.Contains(e.text, "Golden Globe") {
				return evidence{}, false
			}
			// "his monologue at the Globes" in an article naming the
			// Golden Globes: the same awards show
			if e.lower(k-2) != "at" && e.lower(k-2) != "during" && e.lower(k-2) != "from" {
				return evidence{}, false
			}
			return evidence{channel: "tv", outlet: "Golden Globes", strength: sSpeech}, true
		}
		from = k - 1
	}
	if e.lower(from) == "the" {
		from++
	}
	at := from - 1
	if w := e.word(at); len(w) == 4 && w[0] >= '1' && w[0] <= '2' && e.isWord(at) {
		at-- // "the 2014 Billboard Music Awards"
	}
	if e.lower(at) == "the" {
		at--
	}
	switch e.lower(at) {
	case "at", "during", "from":
	default:
		return evidence{}, false
	}
	if e.lower(at-1) == "backstage" {
		return evidence{}, false // "backstage at the Academy Awards": off the stage and off the air (the press room, a reporter)
	}
	if e.relativeBeing(at) {
		return evidence{}, false // "Schumer, who was a co-host at the Oscars in March, added": what she was, not where
	}
	name, _ := stripPossessive(e.text[e.toks[min(from, at+1)].start:e.toks[k].end])
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if w == "Awards" && !e.televisedAwards(from, k) {
		// "spoke at the WellChild Awards": a ceremony no broadcast is
		// known of, where one speaks to the room
		return evidence{channel: "speech", outlet: name, strength: sSpeech}, true
	}
	return evidence{channel: "tv", outlet: name, strength: sSpeech}, true
}

// televisedAwards reports awards whose name, tokens [from, k], has a word
// of the awards shows that go out on television: "Billboard Music Awards",
// "Daytime Emmy Awards", "National Television Awards".
func (e *extraction) televisedAwards(from, k int) bool {
	for j := from; j < k; j++ {
		w, _ := stripPossessive(e.word(j))
		if televisedAwardWords.has(w) {
			return true
		}
	}
	return false
}

// televisedAwardWords name the awards shows on air (their own words, or
// the medium's).
var televisedAwardWords = setOf("Music", "Video", "Movie", "Television", "TV", "Emmy", "Grammy", "Academy", "Oscar",
	"Golden", "Tony", "SAG", "Screen", "Critics", "Critics'", "Choice", "BET", "MTV", "CMT", "CMA", "ACM", "BRIT",
	"Brit", "BAFTA", "Bafta", "NAACP", "Image", "Soul", "ESPY", "Juno", "ARIA", "Olivier", "Billboard", "iHeartRadio",
	"Kids'", "Teen", "People's", "Country", "Latin", "Daytime", "Primetime", "Comedy", "Film", "Pride")

// awardsOutlet reports an outlet that is an awards show: no medium an
// interview later in the article was given on.
func awardsOutlet(outlet string) bool {
	last, _ := stripPossessive(lastWord(outlet))
	return last == "Awards" || awardsShows.has(last)
}

// atAwards reports words said at an awards show on air: a night that sets
// no scene for the speaker's later words, nor a conversation.
func (a *attribution) atAwards() bool { return a.channel == "tv" && awardsOutlet(a.outlet) }

// awardsShows are awards shows known by their trophies' plural (and the
// Golden Globes).
var awardsShows = setOf("Oscars", "Grammys", "Emmys", "BAFTAs", "Baftas", "Tonys", "VMAs", "AMAs", "BRITs",
	"ESPYs", "ESPYS", "Globes")

// acceptanceAtAwards reads an acceptance speech the article tells of up to
// the paragraph at pf, at awards it names before there however
// it names them ("her first time winning one of the four big Grammys, and
// delivered one of the best acceptance speeches of the night"): the
// awards show, on air.
func (e *extraction) acceptanceAtAwards(pf int) (evidence, bool) {
	_, to := e.passage(pf, 0)
	accepted := false
	for k := 0; k+1 < to && !accepted; k++ {
		accepted = e.lower(k) == "acceptance" && strings.HasPrefix(e.lower(k+1), "speech") && e.outside(k)
	}
	if !accepted {
		return evidence{}, false
	}
	for k := 0; k < to; k++ {
		if !e.isWord(k) || !e.outside(k) || !e.toks[k].cap {
			continue
		}
		if w := e.word(k); awardsShows.has(w) && w != "Globes" {
			return evidence{channel: "tv", outlet: w, strength: sProgramme}, true
		}
		if e.word(k) == "Awards" {
			if j := e.nameStart(k); j < k && e.televisedAwards(j, k) {
				name := strings.TrimPrefix(strings.TrimPrefix(e.text[e.toks[j].start:e.toks[k].end], "the "), "The ")
				return evidence{channel: "tv", outlet: name, strength: sProgramme}, true
			}
		}
	}
	return evidence{}, false
}

// nameStart is the first of the capitalised words (and a leading "the")
// that run up to token k, at most five back: "The Nightly Show" from
// "Show".
func (e *extraction) nameStart(k int) int {
	from := k
	for from > 0 && from > k-8 && e.isWord(from-1) && e.outside(from-1) && !e.sentenceStart(from) {
		switch {
		case isCap(e.word(from - 1)):
			from--
			continue
		case e.lower(from-1) == "of" && from >= 2 && e.isWord(from-2) && isCap(e.word(from-2)):
			from -= 2 // "the Glamour Women of the Year Awards"
			continue
		case e.lower(from-1) == "the" && e.lower(from-2) == "of" && from >= 3 && e.isWord(from-3) && isCap(e.word(from-3)):
			from -= 3
			continue
		}
		break
	}
	if from < k && e.lower(from-1) == "the" && e.isWord(from-1) {
		from--
	}
	return from
}

// podcastName is the name of the podcast whose word "podcast" is token k,
// the capitalised words right before it ("the Call Her Daddy podcast",
// "his Armchair Expert podcast", with the word when it is capitalised:
// "The Dan Rudd Podcast"), else "".
func (e *extraction) podcastName(k int) string {
	if name := e.quotedTitleBefore(k); name != "" {
		return name // `the "Call Her Daddy" podcast`
	}
	from, ok := e.nameBefore(k)
	if !ok {
		// "her podcast, Unwell", "the podcast Unwell": the name after it
		j := k + 1
		if e.isPunct(j, ",") {
			j++
		}
		if e.sentenceStart(j) || e.lower(k-1) == "a" || e.lower(k-1) == "an" || e.clauseSubjectAt(j) {
			return "" // (not "while appearing on a podcast, Ariana said", "of her podcast, Nadia Vale said": the subject after it)
		}
		if name := e.titleAt(j); name != "" {
			return name
		}
		return e.appositiveTitle(k)
	}
	end := k - 1
	if e.toks[k].cap {
		end = k // "The Dan Rudd Podcast": the word is the name's
	}
	name, _ := stripPossessive(e.text[e.toks[from].start:e.toks[end].end])
	return name
}

// airOutletAbove is the programme or station of medium channel named in
// the airReach paragraphs before the one opening at token pf, the nearest
// first: where the broadcast an article goes on about was; "" for none.
func (e *extraction) airOutletAbove(pf int, channel string) string {
	// (a programme: a network or an awards night says less)
	return e.outletAbove(pf, airReach, "", func(ev evidence) bool {
		return ev.channel == channel && ev.outlet != "" && ev.strength >= sProgramme-1
	})
}

// outletAbove is the outlet of the nearest evidence want accepts in the n
// paragraphs before the one opening at token pf, read up to a paragraph
// quoting someone other than speaker (when speaker is set); "" for none.
func (e *extraction) outletAbove(pf, n int, speaker string, want func(evidence) bool) string {
	qf := pf
	for back := 0; back < n && qf > 1; back++ {
		var qt int
		qf, qt = e.paraBounds(qf - 2)
		if speaker != "" && e.othersQuotedIn(qf, qt, speaker) {
			return ""
		}
		if ev, ok := e.evidenceIn(qf, qt); ok && want(ev) {
			return ev.outlet
		}
	}
	return ""
}

// laterInProgramme reports "later in the episode", "earlier in the show"
// in tokens [from, to): the programme the article named before, whatever
// its medium.
func (e *extraction) laterInProgramme(from, to int) bool {
	for k := from; k+3 < to; k++ {
		if w := e.lower(k); (w == "later" || w == "earlier") && e.lower(k+1) == "in" && e.lower(k+2) == "the" {
			switch e.lower(k + 3) {
			case "show", "episode", "program", "programme":
				return true
			}
		}
	}
	return false
}

// airReach is how many paragraphs up airOutletAbove reads.
const airReach = 4

// bookAbove is the title of a book named in the two paragraphs before
// the one opening at token pf, with no one but speaker quoted there: what a
// "wrote" with nothing named is written in; "" for none.
func (e *extraction) bookAbove(pf int, speaker string) string {
	return e.outletAbove(pf, 2, speaker, func(ev evidence) bool { return ev.book })
}

// bookNouns name a book, whose title is its outlet.
var bookNouns = setOf("book", "memoir", "autobiography", "novel")

// bookTitle is the title set off after a book's noun at token k, or named
// after "entitled", "titled" or "called" ("her 2003 book, Living History,",
// `his autobiography, "A Time for Truth,"`, "a memoir entitled The White
// House Doctor"); "" for none, or a person ("In her book, Clinton noted").
func (e *extraction) bookTitle(k int) string {
	j := k + 1
	setOff := e.isPunct(j, ",")
	if setOff {
		j++
	}
	switch e.lower(j) {
	case "entitled", "titled", "called":
		j++
	default:
		if !setOff {
			return ""
		}
	}
	if j >= len(e.toks) || !e.isWord(j) && e.kindAt(j) != tMark || e.personAt(j) || e.isWord(j) && pronounContraction(e.word(j)) {
		return ""
	}
	title := strings.TrimRight(e.titleAt(j), ",.")
	if n := wordCount(title); title == "" || setOff && e.kindAt(j) != tMark && !e.isPunct(j+n, ",") && !(n >= 2 && e.isPunct(j+n, ".") && e.isWord(j+n-1) && e.toks[j+n-1].cap) {
		return "" // "her book, Trump wrote ...": set off, a title closes with a comma (or its sentence: "her memoir, Open Water.")
	}
	return title
}

// quotedShow reads a programme's title in quotation marks before "show" at
// token k: 'during a live "Today" show segment', 'on the "Morning Buzz"
// show' (on air; the one a network before it names: tv).
func (e *extraction) quotedShow(k int) (evidence, bool) {
	name := e.quotedTitleBefore(k)
	if name == "" || strings.Count(name, " ") > 4 || e.ownAt(int32(k)) {
		return evidence{}, false // (not "Bush, who's now a co-host of NBC's "Today" show": his job)
	}
	open := k - 2 // the opening mark
	for open > 0 && e.kindAt(open) != tMark {
		open--
	}
	on := false
	for j := open - 1; j >= open-3 && e.isWord(j) && e.outside(j); j-- {
		if w := e.lower(j); w == "on" || w == "during" {
			on = true // "on the", "during a live": a scene, no topic ("loves the "Friends" show")
			break
		}
	}
	if !on {
		return evidence{}, false
	}
	if c := stationMedium(name); c != "" {
		return evidence{channel: c, outlet: name, strength: sProgramme - 1}, true
	}
	return evidence{channel: "tv", outlet: name, strength: sProgramme - 1}, true
}

// quotedTitleBefore is a title in quotation marks right before a work's
// noun at token k (`the "Call Her Daddy" podcast`, `his "Off Message"
// podcast`): capitalised words, with the small words of titles, and
// nothing that runs on like a quotation; else "".
func (e *extraction) quotedTitleBefore(k int) string {
	return e.quotedTitleTo(k-1, false)
}

// quotedTitleTo is the title in quotation marks whose closing mark is
// token end, with a comma inside the marks when comma is set; else "".
func (e *extraction) quotedTitleTo(end int, comma bool) string {
	if end < 2 || e.kindAt(end) != tMark {
		return ""
	}
	if comma {
		if !e.isPunct(end-1, ",") {
			return ""
		}
		end--
	}
	if e.isWord(end-1) && e.outside(end-1) {
		return ""
	}
	from := end
	for from > end-7 && e.isWord(from-1) && (e.toks[from-1].cap || titleSmallWords.has(e.lower(from-1)) || len(e.word(from-1)) <= 3) {
		from--
	}
	if from == end || from < 1 || e.kindAt(from-1) != tMark || !e.toks[from].cap {
		return ""
	}
	return e.text[e.toks[from].start:e.toks[end-1].end]
}

// appositiveTitle is the title a work's noun at token k stands in
// apposition to: `"The Corner," a boxing podcast`, `Night Shift, the
// weekly podcast`; else "".
func (e *extraction) appositiveTitle(k int) string {
	j := k - 1
	for j > k-3 && e.isWord(j) && !determiners.has(e.lower(j)) && !e.toks[j].cap {
		j-- // its modifiers: "a boxing podcast"
	}
	if !e.isWord(j) || !determiners.has(e.lower(j)) {
		return ""
	}
	j--
	if j < 1 {
		return ""
	}
	if e.kindAt(j) == tMark {
		return e.quotedTitleTo(j, true) // the comma inside the marks
	}
	if !e.isPunct(j, ",") {
		return ""
	}
	if e.kindAt(j-1) == tMark {
		return e.quotedTitleTo(j-1, false)
	}
	from, ok := e.nameBefore(j)
	if !ok || e.personAt(from) {
		return ""
	}
	return e.text[e.toks[from].start:e.toks[j-1].end]
}

// nameBefore is where the name of capitalised words (and "of") right
// before a work's noun at token k opens, past an owner ("Dax Shepard's
// Armchair Expert podcast": the podcast, not its host); false when there
// is none, or only a sentence's first word.
func (e *extraction) nameBefore(k int) (int, bool) {
	from := k
	for from > 0 && from > k-6 && e.isWord(from-1) && e.outside(from-1) && (isCap(e.word(from-1)) || from < k && e.lower(from-1) == "of" ||
		from < k && from >= 2 && innerTitleWords.has(e.word(from-1)) && e.isWord(from-2) && isCap(e.word(from-2)) && e.outside(from-2)) {
		from-- // ("the Behind the Medal podcast": a small word between two of the title's)
	}
	if from < k && e.lower(from) == "of" {
		from++
	}
	if from == k || e.sentenceStart(from) && from == k-1 {
		return k, false
	}
	for j := from; j < k-1; j++ {
		if _, poss := stripPossessive(e.word(j)); poss {
			from = j + 1
		}
	}
	return from, true
}

// innerTitleWords stand inside a title between two capitalised words.
var innerTitleWords = setOf("the", "and", "a", "in", "on", "to", "for", "with")

// nameBeforeNoun is the name of capitalised words right before a
// programme's noun at token k ("the Night Owls radio show"), not a
// sentence's first word nor an owner's, or "".
func (e *extraction) nameBeforeNoun(k int) string {
	if name := e.quotedTitleBefore(k); name != "" {
		return name // `the "Night Owls" radio show`
	}
	from, ok := e.nameBefore(k)
	if !ok {
		return ""
	}
	if _, poss := stripPossessive(e.word(k - 1)); poss {
		return "" // "Stern's radio show": the host's
	}
	for from < k && (issueWords.hasLower(e.word(from)) || weekdays.has(e.word(from))) {
		from++ // "a Sunday talk show", "the new Night Owls radio show"
	}
	if from == k {
		return ""
	}
	parts := make([]string, 0, 4)
	for j := from; j < k && len(parts) < 4; j++ {
		parts = append(parts, e.word(j))
	}
	if isPlace(parts) || len(parts) == 1 && demonyms.has(parts[0]) {
		return "" // "US talk show host", "a British radio show": where, no programme's name
	}
	return e.text[e.toks[from].start:e.toks[k-1].end]
}

// programmes are the lexicon's named TV, radio and podcast programmes.
var programmes = func() []phrase {
	var out []phrase
	for _, ps := range phraseIndex.m {
		for _, p := range ps {
			if p.strength == sProgramme && len(p.words) > 1 && !p.bare {
				out = append(out, p)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i].words, " ") < strings.Join(out[j].words, " ") })
	return out
}()

// programmeNames are the names of the lexicon's networks and programmes of
// two words or more, as written ("Entertainment Tonight", "Fox News
// Sunday"): a name that is one of them is an organisation's.
var programmeNames = func() wordSet {
	m := map[string]struct{}{}
	for _, ps := range phraseIndex.m {
		for _, p := range ps {
			if p.strength >= sNetwork && p.strength != sPlatform && len(p.words) > 1 {
				m[strings.Join(p.words, " ")] = struct{}{}
			}
		}
	}
	return setFrom(m)
}()

// spokesperson reports a phrase naming the speaker's role, not a document:
// "Trump spokesman Jason Miller", "the campaign's press secretary".
func spokesperson(words []string) bool {
	return strings.HasPrefix(words[0], "spokes") || len(words) == 2 && words[0] == "press" && words[1] == "secretary"
}

// topicAfter reports whether token k opens what a debate is about: "the
// debate over abortion", "a debate about encryption" (not "the debate over
// the weekend").
func (e *extraction) topicAfter(k int) bool {
	if !e.isWord(k) {
		return false
	}
	switch e.lower(k) {
	case "over", "about", "surrounding", "around", "within", "among":
	default:
		return false
	}
	j := k + 1
	if e.isWord(j) && e.lower(j) == "the" {
		j++
	}
	if e.isWord(j) {
		if timeWords.has(e.lower(j)) {
			return false
		}
	}
	return true
}

var timeWords = setOf("weekend", "weekends", "week", "weeks", "summer", "winter", "spring", "fall", "autumn", "holiday",
	"holidays", "years", "months", "days", "past", "course", "night", "evening", "morning", "year", "month")

// inRelative reports whether token k stands in a relative clause set off
// by a comma ("Clarke, who recently co-authored a paper, said"): what it
// tells describes a person.
func (e *extraction) inRelative(k int) bool {
	for j := k - 1; j > 0 && j >= k-12 && e.toks[j].sent == e.toks[k].sent; j-- {
		if e.isPunct(j, ",;:") {
			return false
		}
		if e.isWord(j) {
			switch e.lower(j) {
			case "who", "whose", "who's", "who\u2019s":
				return e.isPunct(j-1, ",")
			}
		}
	}
	return false
}

// relativeBeing reports token k in a relative clause set off after a name
// that tells what the person was or is: "Schumer, who was a co-host at the
// Oscars in March,".
func (e *extraction) relativeBeing(k int) bool {
	for j := k - 1; j > 0 && j >= k-10 && e.toks[j].sent == e.toks[k].sent; j-- {
		if e.isPunct(j, ",;:") {
			return false
		}
		if e.isWord(j) && e.lower(j) == "who" {
			switch e.lower(j + 1) {
			case "was", "is", "has", "had", "once":
				return e.isPunct(j-1, ",") && e.outside(j)
			}
			return false
		}
	}
	return false
}

// followsBefore reports a "follow" among the five words ending at token
// k: whom a reader follows ("If you follow Kim Kardashian on Snapchat").
func (e *extraction) followsBefore(k int) bool {
	for j := k; j > k-5 && j >= 0 && e.isWord(j) && e.outside(j); j-- {
		switch e.lower(j) {
		case "follow", "follows": // (not "Following his appearance on CNN")
			return true
		}
	}
	return false
}

// relativeReports reports a relative clause around token k that reports
// speech ("Whitfield, who told a late-night host that ..."): its medium
// is where the words were said.
func (e *extraction) relativeReports(k int) bool {
	for j := k - 1; j > 0 && j >= k-12 && e.toks[j].sent == e.toks[k].sent; j-- {
		if e.isWord(j) && (e.lower(j) == "who" || e.lower(j) == "whose") {
			return e.whoReports(j-1) || e.tookTo(j+1, k)
		}
	}
	return false
}

// tookTo reports "took to" (went on, hopped on) in tokens [from, k), a
// few words at most: ", who took to Instagram to deny the claims" posted
// there.
func (e *extraction) tookTo(from, k int) bool {
	for c := from; c+1 < k && c < from+3 && e.isWord(c); c++ {
		switch e.lower(c) {
		case "took", "takes", "taking", "turned", "turns", "went", "goes", "hopped", "jumped":
			if w := e.lower(c + 1); w == "to" || w == "on" {
				return true
			}
		}
	}
	return false
}

// eventNouns name an audience or a gathering one speaks to.
var eventNouns = setOf("forum", "summit", "conference", "convention", "dialogue", "symposium", "rally", "meeting",
	"gathering", "assembly", "congress", "senate", "house", "parliament", "committee", "subcommittee", "panel",
	"hearing", "crowd", "audience", "caucus", "council", "legislature", "mps", "msps", "senators", "commons", "lords")

// eventName reports whether the name in tokens [k, j) is a gathering: its
// last word is an event noun, or an apposition after it ends in one (", a
// regional security forum").
func (e *extraction) eventName(k, j, to int) bool {
	if eventNouns.has(e.lower(j - 1)) {
		return true
	}
	if j+1 >= to || !e.isPunct(j, ",") || !e.isWord(j+1) {
		return false
	}
	switch e.lower(j + 1) {
	case "a", "an", "the":
	default:
		return false
	}
	for i := j + 2; i < to && i <= j+6 && e.isWord(i); i++ {
		if eventNouns.has(e.lower(i)) {
			return true
		}
	}
	return false
}

// topicNouns follow a word like "email" that then names a subject rather
// than the message itself: "her email server".
var topicNouns = setOf("server", "servers", "account", "accounts", "address", "addresses", "scandal", "controversy",
	"practices", "practice", "system", "setup", "arrangement", "use", "investigation", "probe", "issue", "saga",
	"story", "list", "lists", "inbox", "records")

// ownInterview reports an interview word at token k that the writer's
// publication holds: "our exclusive interview", "my conversation".
func (e *extraction) ownInterview(k int) bool {
	if w := e.lower(k); !e.isWord(k) || !strings.HasPrefix(w, "interview") && w != "conversation" && w != "chat" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && e.isWord(j); j-- {
		if w := e.lower(j); w == "our" || w == "my" {
			return true
		}
	}
	return false
}

// mediumAfterTitle is the medium the word after a programme's name
// opening at token k gives it ("podcast", "radio"), or "".
func (e *extraction) mediumAfterTitle(k int, name string) string {
	n := wordCount(name)
	j := k + n
	if e.kindAt(k) == tMark || e.isPunct(k, "\"") {
		j += 2 // (in quotation marks)
	}
	for _, c := range [2]int{j, j + 1} {
		switch e.lower(c) {
		case "podcast":
			return "podcast"
		case "radio":
			return "radio"
		}
	}
	return ""
}

// watchedOn reports a programme at token k after "on" that someone
// watched another perform on: "after seeing the crew perform on",
// "watching her sing on".
func (e *extraction) watchedOn(k int) bool {
	j := k - 1
	if j > 0 && e.kindAt(j) == tMark {
		j-- // on "Late Night"
	}
	if e.lower(j) != "on" || !e.isWord(j) {
		return false
	}
	switch e.lower(j - 1) {
	case "perform", "performing", "performed", "sing", "singing", "sang", "appear", "appearing", "appeared",
		"play", "playing", "dance", "dancing":
	default:
		return false // ("with millions watching on television, she delivered": her audience)
	}
	for i := j - 2; i >= 0 && i >= j-8 && e.isWord(i) && e.outside(i); i-- {
		switch e.lower(i) {
		case "seeing", "saw", "seen", "watching", "watched", "watch", "see":
			return true
		}
	}
	return false
}

// madeWork reports a programme at token k that is the object of a verb
// of making it: "created The Talk", "co-created the podcast", "sold her
// show to the network".
func (e *extraction) madeWork(k int) bool {
	j := k - 1
	if e.kindAt(j) == tMark {
		j-- // created "The Talk"
	}
	if objectDeterminers.hasLower(e.word(j)) || determiners.has(e.lower(j)) {
		j--
	}
	return e.isWord(j) && makingVerbs.has(e.lower(j))
}

// spokesMention reports a description of one who speaks for another:
// "A representative for the couple", "her spokeswoman", "reps for the
// star" (the head before its "for" or "of").
func spokesMention(m string) bool {
	for _, w := range strings.Fields(m) {
		switch w = strings.ToLower(w); w {
		case "for", "of", "to", "at", "with":
			return false
		}
		if spokesHeads.has(w) || w == "representatives" || w == "reps" || w == "spokespeople" {
			return true
		}
	}
	return false
}

// othersDescription reports a programme at token k opening a description
// ("the Watch What Happens Live host") after the speaker's own words and a
// reporting verb of theirs: someone else, of whom they speak.
func (e *extraction) othersDescription(k int) bool {
	if e.speaker == "" || e.ownAt(int32(k)) {
		return false
	}
	j := k - 1
	if e.kindAt(j) == tMark {
		j--
	}
	if e.lower(j) != "the" || !e.isWord(j) {
		return false
	}
	switch e.lower(j - 1) {
	case "told", "tells", "tell", "telling", "asked", "asks", "asking", "to", "with":
		return false // "telling the talk show host:": the host she told, her scene
	}
	from, to := e.sentenceBounds(k)
	p := -1 // the speaker named in the sentence, before the description
	if int(e.own[0]) >= from && int(e.own[0]) < to && j >= int(e.own[1]) {
		p = int(e.own[1])
	} else {
		last := lastWord(e.speaker)
		for c := from; c < j; c++ {
			if e.isWord(c) && e.toks[c].cap && e.word(c) == last {
				p = c + 1 // (read from a quotation in a later paragraph: the scene's sentence names her)
				break
			}
		}
	}
	if p < 0 {
		return false
	}
	for c := p; c < j; c++ {
		if e.isWord(c) && e.isCue(c) {
			return true // "Frankel ... noted the Watch What Happens Live host is": what she said is of him
		}
	}
	return false
}

// inAsDidClause reports token k in a clause opening its sentence that
// compares another occasion: "As he did during Tuesday's debate,", "As she
// had at the rally,", "Just as he has on Twitter,".
func (e *extraction) inAsDidClause(k int) bool {
	from, _ := e.sentenceBounds(k)
	s := from
	if e.lower(s) == "just" {
		s++
	}
	if e.word(s) != "As" || k <= s+2 {
		return false // (most sentences open otherwise: read no further)
	}
	did := false
	for j := s + 1; j < k; j++ {
		if e.isPunct(j, ",;:") || !e.isWord(j) {
			return false // the clause ended before k
		}
		if j <= s+3 {
			switch e.lower(j) {
			case "did", "does", "do", "had", "has", "have":
				did = true
			}
		}
	}
	return did
}

// employerAt reports an outlet at token k that someone works for or
// leaves: "employed by Bravo", "works for CNN", "fired by Fox News",
// "signed with NBC", "her contract with ABC".
func (e *extraction) employerAt(k int) bool {
	j := k - 1
	if e.lower(j) == "the" {
		j--
	}
	switch e.lower(j) {
	case "by", "for", "with":
	default:
		return false
	}
	if e.lower(j-1) == "dropped" && e.lower(j) == "by" {
		return passiveAux.has(e.lower(j - 2)) // "was dropped by Bravo" (not "dropped by the SiriusXM studios": a visit)
	}
	return e.isWord(j-1) && employingWords.has(e.lower(j-1))
}

// employingWords take an employer after "by", "for" or "with".
var employingWords = setOf("employed", "hired", "fired", "sacked", "axed", "dropped", "suspended", "paid", "works", "worked",
	"working", "signed", "contract", "contracts", "deal", "partnered", "partnership", "sued", "dismissed", "let")

// makingVerbs make a work: "created", "produced", "pitched".
var makingVerbs = setOf("created", "creates", "creating", "co-created", "cocreated", "founded", "co-founded", "developed",
	"produced", "produces", "producing", "pitched", "pitching", "sold", "cancelled", "canceled", "conceived", "devised")

// filmNear reports a film named within sixteen words of token k in its
// sentence.
func (e *extraction) filmNear(k int) bool {
	from, to := e.sentenceBounds(k)
	for j := max(from, k-16); j < min(to, k+17); j++ {
		switch e.lower(j) {
		case "movie", "movies", "film", "films", "biopic", "sequel":
			return e.isWord(j)
		}
	}
	return false
}

// noResponse reports a spokesperson's silence told within the eight words
// from token k: "did not respond to a request for comment", "declined to
// comment", "could not be reached", "did not immediately return".
func (e *extraction) noResponse(k int) bool {
	for j := k; j < k+8 && e.isWord(j) && e.outside(j); j++ {
		switch e.lower(j) {
		case "declined", "refused":
			return e.lower(j+1) == "to" && (e.lower(j+2) == "comment" || e.lower(j+2) == "respond")
		case "not", "n't":
			for c := j + 1; c < j+3 && e.isWord(c); c++ {
				switch e.lower(c) {
				case "respond", "return", "reached", "comment":
					return true
				}
			}
			return false
		}
	}
	return false
}

// relayAt is where the outlet's name opens after "according to" at token
// k that follows a reporting clause ("she added, according to") or opens
// its sentence ("According to Page Six,", "Per TMZ,"), or 0.
func (e *extraction) relayAt(k int) int {
	switch e.lower(k) {
	case "according":
		if e.lower(k+1) == "to" && (e.isPunct(k-1, ",") && e.isCue(k-2) || e.sentenceStart(k)) {
			return k + 2
		}
	case "per":
		if e.sentenceStart(k) {
			return k + 1
		}
	}
	return 0
}

// perSource reports "per" before the word at token k, past a determiner:
// "per social media footage", "per a TikTok video".
func (e *extraction) perSource(k int) bool {
	j := k - 1
	if determiners.has(e.lower(j)) {
		j--
	}
	return e.lower(j) == "per" && e.isWord(j)
}

// topicObject reports the noun at token k as the object of a verb that
// talks about it, past its determiner, possessor and adjectives ("discussed
// Taylor Swift's essay", "praised the new book"): the subject of the talk.
func (e *extraction) topicObject(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && e.isWord(j) && e.outside(j); j-- {
		w := e.lower(j)
		if topicVerbs.has(w) {
			return true
		}
		if _, poss := stripPossessive(e.word(j)); poss || determiners.has(w) || possessivePronoun(w) || !e.toks[j].cap && !e.isPreposition(j) && !isCueWord(w) {
			continue
		}
		if e.toks[j].cap {
			continue // "Taylor Swift's"
		}
		return false
	}
	return false
}

// recalledEvent reports the noun at token k as the object of a verb that
// talks of it, past its owner, a year and the event's name ("mentioned
// her 2012 Women & Power Conference keynote address", "recalled his
// rally in Ohio"): the subject of the talk, not where it was said.
func (e *extraction) recalledEvent(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8 && e.outside(j); j-- {
		if e.isPunct(j, "&") {
			continue
		}
		if !e.isWord(j) {
			return false
		}
		w := e.lower(j)
		if recallVerbs.has(w) || w == "at" && strings.HasPrefix(e.lower(j-1), "look") {
			return true // ("offered to look at her speech": a text read)
		}
		if determiners.has(w) || possessivePronoun(w) || e.toks[j].cap || w[0]-'0' < 10 || w == "keynote" || w == "commencement" {
			continue
		}
		return false
	}
	return false
}

// recallVerbs talk of an event: "mentioned her keynote address".
var recallVerbs = setOf("mentioned", "mentions", "mentioning", "recalled", "recalls", "recalling", "remembered", "remembers",
	"cited", "cites", "citing", "referenced", "references", "discussed", "discusses", "praised", "criticized", "criticised", "mocked")

var topicVerbs = setOf("discussed", "discusses", "discussing", "addressed", "addresses", "addressing", "praised",
	"praises", "praising", "criticized", "criticised", "criticizes", "criticising", "criticizing", "mocked", "mocks",
	"cited", "cites", "citing", "referenced", "references", "referencing", "reviewed", "reviews", "debated")

// networkPerson reports a person's noun at token k after a network's name,
// past "TV" or "reality" ("the Bravo TV star", "the ABC reality star",
// "a Fox alum"): the network the person is known from.
func (e *extraction) networkPerson(k int) bool {
	if w := e.lower(k); w == "tv" || w == "reality" || w == "television" {
		k++
	}
	return e.isWord(k) && !e.toks[k].cap && networkPeople.has(e.lower(k))
}

var networkPeople = setOf("star", "stars", "personality", "personalities", "alum", "alums", "alumna", "alumnus",
	"veteran", "favorite", "favourite", "darling", "newcomer", "couple")

// eventAhead reports an event named at token k as still to come: "the
// upcoming House hearing", "next week's debate", "a planned rally".
func (e *extraction) eventAhead(k int) bool {
	if w := e.lower(k + 1); (w == "would" || w == "will") && e.isWord(k+1) && !e.toks[k].cap {
		return true // "the testimony would address": still to come
	}
	for j := k - 1; j >= k-3 && j > 0 && e.isWord(j) && e.outside(j); j-- {
		switch e.lower(j) {
		case "upcoming", "planned", "scheduled", "forthcoming", "next", "week's", "week’s", "tomorrow's", "tomorrow’s":
			return true
		}
		if j < k-1 && !e.toks[j].cap && !determiners.has(e.lower(j)) {
			break
		}
	}
	// "while getting ready for 2022's ceremony", "ahead of the rally":
	// before the event, not at it
	for j := k - 1; j >= k-6 && j > 1 && e.isWord(j) && e.outside(j); j-- {
		switch e.lower(j) {
		case "for":
			switch e.lower(j - 1) {
			case "ready", "preparing", "prepare", "prepared", "prepares", "prep", "prepping":
				return true
			}
		case "of":
			if e.lower(j-1) == "ahead" || e.lower(j-1) == "advance" {
				return true
			}
		}
	}
	return false
}

// roleOfBefore reports a medium word at token k after a role and "of",
// past a determiner and adjectives: "the host of the popular podcast",
// "creator of the show", "star of the series".
func (e *extraction) roleOfBefore(k int) bool {
	j := k - 1
	if e.kindAt(j) == tMark {
		j--
	}
	for c := 0; c < 3 && e.isWord(j) && !e.toks[j].cap && e.lower(j) != "of"; c++ {
		j-- // "the popular", "her hit"
	}
	if e.lower(j) != "of" || !e.isWord(j) {
		return false
	}
	return e.roleAt(j-1) || e.lower(j-1) == "creator" || e.lower(j-1) == "co-creator"
}

// appearanceAhead reports a programme or network at token k after "on"
// and a verb of appearing that is still to come or is talked about: "will
// be making an appearance on NBC's", "is set to appear on", "how he feels
// about appearing on".
func (e *extraction) appearanceAhead(k int) bool {
	j := k - 1
	if e.kindAt(j) == tMark {
		j--
	}
	if _, poss := stripPossessive(e.word(j)); poss && e.isWord(j) && e.toks[j].cap {
		j-- // "on NBC's Saturday Night Live"
	}
	if e.lower(j) != "on" || !e.isWord(j) {
		return false
	}
	v := j - 1
	if e.lower(v) == "an" || e.lower(v) == "his" || e.lower(v) == "her" || e.lower(v) == "their" {
		v-- // "making an appearance on", "about his appearance on"
	}
	if !appearVerbs.has(e.lower(v)) && e.lower(v) != "appear" && e.lower(v) != "be" {
		return false
	}
	for b := v - 1; b >= v-4 && b > 0 && e.isWord(b) && e.outside(b); b-- {
		switch e.lower(b) {
		case "about", "will", "upcoming", "'ll", "scheduled", "set", "slated", "expected", "tomorrow", "tonight", "before":
			return true
		}
	}
	return false
}

// outletBeforeNoun is a publication or network named right before the
// noun at token k, past a year ("a 2015 NME interview", "her Rolling Stone
// interview"), or "".
func (e *extraction) outletBeforeNoun(k int) string {
	end := k - 1
	if !e.isWord(end) || !e.toks[end].cap {
		return ""
	}
	for start := end; start >= end-2 && start > 0 && e.isWord(start) && e.toks[start].cap; start-- {
		name := e.text[e.toks[start].start:e.toks[end].end]
		if publications.has(name) || airChannel(name) != "" {
			return name
		}
	}
	return ""
}

// workRelease reports "release" at token k as a work's coming out, no press
// release: "the release of a videotape", "the book's release", "its
// release date".
func (e *extraction) workRelease(k int) bool {
	switch e.lower(k + 1) {
	case "of", "date", "dates", "party", "schedule":
		return true
	}
	prev := e.lower(k - 1)
	if prev == "its" || prev == "their" || prev == "upcoming" || prev == "theatrical" || prev == "digital" || workReleases.has(prev) || strings.HasSuffix(prev, "-track") {
		return true // (and "the 16-track release", "her new album release")
	}
	_, poss := stripPossessive(e.word(k - 1))
	return poss && e.isWord(k-1) && !e.toks[k-1].cap // ("Netflix's release" may be the company's statement)
}

// workReleases name a work before "release": "the album release", "a
// single release".
var workReleases = setOf("album", "single", "record", "film", "movie", "book", "game", "song", "ep", "mixtape", "vinyl", "dvd")

// postedVideo reports a video at token k that its subject posted:
// "posted a 13-minute apology video", "shared a video", "uploaded her
// latest vlog" (not a music video, nor one "posted by" another).
func (e *extraction) postedVideo(k int) bool {
	if e.lower(k-1) == "music" || e.lower(k+1) == "by" {
		return false
	}
	for j := k - 1; j > 0 && j >= k-5 && e.isWord(j) && e.outside(j); j-- {
		switch w := e.lower(j); w {
		case "posted", "shared", "uploaded", "posts", "shares", "uploads":
			return true
		default:
			if e.toks[j].cap || isCueWord(w) && !strings.HasSuffix(w, "ing") {
				return false
			}
		}
	}
	return false
}

// postedVideoBefore reports a posted video (postedVideo) earlier in the
// paragraph of token k, at most 60 tokens back: what "the video" is.
func (e *extraction) postedVideoBefore(k int) bool {
	for j := k - 1; j > 0 && j >= k-60 && e.toks[j].para == e.toks[k].para; j-- {
		if w := e.lower(j); (w == "video" || w == "vlog") && e.outside(j) && e.postedVideo(j) {
			return true
		}
	}
	return false
}

// sharedByOther reports a platform at token k after "on", where a clip
// was "shared by" (posted, uploaded) an account other than the speaker's:
// "In a video shared by The Neighborhood Talk on Instagram".
func (e *extraction) sharedByOther(k int) bool {
	if e.lower(k-1) != "on" {
		return false
	}
	switch e.lower(k - 2) {
	case "rounds", "viral", "circulating", "circulated", "circulates", "trending", "trended", "spread", "resurfaced":
		// "a screen recording has made its rounds on Twitter", "went
		// viral on TikTok": where others passed the clip on
		return e.isWord(k - 2)
	}
	for j := k - 2; j > k-10 && j > 0 && e.isWord(j) && e.outside(j); j-- {
		if e.lower(j) != "by" {
			continue
		}
		switch e.lower(j - 1) {
		case "shared", "posted", "uploaded", "obtained", "published", "reposted":
		default:
			return false
		}
		if !e.toks[j+1].cap && !determiners.has(e.lower(j+1)) {
			return false // "shared by her on Instagram"
		}
		if e.speaker == "" {
			_, id := e.personNamedAt(j + 1)
			return id < 0 // (a person the article names may be the speaker)
		}
		return !strings.Contains(e.text[e.toks[j+1].start:e.toks[k-2].end], lastWord(e.speaker))
	}
	return false
}

// inAskedClause reports token k in a clause opening its sentence with
// "Asked" or "When asked", before the comma that ends it: the question
// put, not where the answer was given.
func (e *extraction) inAskedClause(k int) bool {
	from, _ := e.sentenceBounds(k)
	s := from
	for s < k && e.kindAt(s) != tWord {
		s++
	}
	if e.lower(s) == "when" {
		s++
	}
	if e.lower(s) != "asked" || s >= k || k-s > 64 {
		return false // (a question's clause is short: a long sentence is read no further)
	}
	question := false // the question's words opened before k
	for j := s + 1; j < k; j++ {
		if e.isPunct(j, ",;:") || e.kindAt(j) == tMark && !e.pluralApostrophe(j) {
			return false // (not "her co-stars' posts": a possessive)
		}
		switch e.lower(j) {
		case "about", "if", "whether", "why", "what", "how", "who", "regarding", "over", "to":
			question = true
		}
	}
	if w := e.lower(k - 1); !question && (w == "on" || w == "via") {
		return false // "Asked on Instagram whether she would return": where the question was put, and answered
	}
	return true
}

// pluralApostrophe reports a mark at token j closing a plural's
// possessive before a lower-case word: "her co-stars' posts".
func (e *extraction) pluralApostrophe(j int) bool {
	if j < 1 || j+1 >= len(e.toks) || e.toks[j].start != e.toks[j-1].end || !e.isWord(j-1) || !e.isWord(j+1) || e.toks[j+1].start == e.toks[j].end || e.toks[j+1].cap {
		return false
	}
	w := e.word(j - 1)
	return w[len(w)-1] == 's'
}

// screenTexts are words written over a video ("an on-screen caption").
var screenTexts = setOf("caption", "captions", "text", "message", "graphic", "title", "titles", "note", "lyrics")

// tweetNouns are a platform's posts named for it: "tweet", "tweets".
var tweetNouns = setOf("tweet", "tweets", "retweet")

// othersPossession reports a possessive right before token k naming
// someone other than the speaker: "the president's tweet", "Trump's
// tweet" said of by someone else.
func (e *extraction) othersPossession(k int) bool {
	j := k - 1
	for j > k-4 && e.isWord(j) && e.outside(j) && (!e.toks[j].cap || weekdays.has(e.word(j))) {
		if _, poss := stripPossessive(e.word(j)); poss {
			break
		}
		j-- // "Trump's Tuesday afternoon tweet", "his latest tweet"
	}
	owner, poss := stripPossessive(e.word(j))
	if !poss || !e.isWord(j) || e.speaker == "" {
		return false
	}
	if isCap(owner) {
		return !e.isSpeaker(owner)
	}
	return roleNouns.has(owner)
}

// othersRemarks reports remarks at token k that someone other than the
// speaker made: "remarks Stone made", "comments Stone gave".
func (e *extraction) othersRemarks(k int) bool {
	m, ok := e.nameAt(k + 1)
	if !ok || m.kind != mName || e.speaker == "" || e.isSpeaker(m.name) {
		return false
	}
	switch e.lower(int(m.to)) {
	case "made", "makes", "gave", "delivered":
		return true
	}
	return false
}

// platformLeft reports a platform at token k that someone leaves or gives
// up: "a break from Twitter", "letting go of social media", "quit
// Instagram", "deleted her TikTok", "gave up Facebook".
func (e *extraction) platformLeft(k int) bool {
	j := k - 1
	if objectDeterminers.hasLower(e.word(j)) || determiners.has(e.lower(j)) {
		j-- // "deleted her TikTok"
	}
	switch e.lower(j) {
	case "from":
		return leavingWords.has(e.lower(j - 1))
	case "of":
		return e.lower(j-1) == "go" // "letting go of social media"
	case "up":
		switch e.lower(j - 1) {
		case "gave", "give", "gives", "giving", "given":
			return true
		}
	}
	// (a post deleted was still posted there: "Vale's deleted tweet
	// read", "she deleted the tweet")
	return quittingVerbs.has(e.lower(j)) && e.toks[k].cap
}

// quittingVerbs leave what follows them: "quit Twitter", "deleted her
// Instagram".
var quittingVerbs = setOf("quit", "quits", "quitting", "deleted", "deletes", "deleting", "delete", "deactivated", "deactivates",
	"deactivating", "deactivate", "ditched", "ditching", "ditch", "abandoned", "abandoning", "shunned", "shuns", "shunning")

// leavingWords go before "from" and a platform someone leaves: "a break
// from Twitter".
var leavingWords = setOf("break", "hiatus", "away", "off", "exit", "exited", "banned", "ban", "suspended", "removed",
	"retired", "retreat", "departure", "disappearance", "absence")

// statementOfOthers reports a statement at token k cited as the source of
// the report and issued by someone other than the speaker: "according to
// a statement by Kensington Palace".
func (e *extraction) statementOfOthers(k int) bool {
	j := k - 1
	if determiners.has(e.lower(j)) {
		j--
	}
	if !e.accordingTo(j) || e.speaker == "" {
		return false
	}
	if w := e.lower(k + 1); w != "by" && w != "from" {
		return false
	}
	m, ok := e.mentionAt(k + 2)
	return ok && !e.isSpeaker(m.name)
}

// othersPostAt reports a platform at token k after "on" that someone
// other than the speaker posted or did something on, named right before
// the verb: "the meltdown Braxton had on Instagram".
func (e *extraction) othersPostAt(k int) bool {
	if e.lower(k-1) != "on" || !e.isWord(k-2) {
		return false
	}
	switch e.lower(k - 2) {
	case "had", "posted", "shared", "wrote", "launched", "staged", "went", "made":
	default:
		return false
	}
	m, ok := e.mentionEndingAt(k - 3)
	return ok && m.kind == mName && !e.isSpeaker(m.name) && !e.ownAt(m.from)
	// (the quotation's own mention is the speaker, by whatever name:
	// "Knowles-Carter wrote on Instagram" of Beyoncé's words)
}

// othersClauseOn reports a platform at token k after "on" in a clause
// whose subject is someone other than the speaker: "Tamra adds that she
// is a great mom, despite the fact that her daughter, Sidney, has called
// her out on Twitter".
func (e *extraction) othersClauseOn(k int) bool {
	if e.lower(k-1) != "on" {
		return false
	}
	for j := k - 2; j > 0 && j >= k-14 && e.outside(j); j-- {
		if !e.isWord(j) || !clauseOpeners.has(e.lower(j)) {
			continue
		}
		if g := j + 1; e.isWord(g) && (genericPeople.has(e.lower(g)) || bareGroups.has(e.lower(g)) || platformPeople.has(e.lower(g))) {
			return true // "that people would go on social media to rebuke others"
		}
		for _, o := range e.ents.within(j+1, k-1) {
			if !o.oblique && !o.owner {
				// (the clause's subject, a description's name set off
				// after it too: "her daughter, Sidney, has called")
				return !e.isSpeaker(e.ents.list[o.ent].name)
			}
		}
		return false
	}
	return false
}

// objectOfPreposition reports a noun phrase at token k after a
// preposition, a determiner or a possessive between: "at social media
// trolls", "to her Twitter critics".
func (e *extraction) objectOfPreposition(k int) bool {
	j := k - 1
	if e.isWord(j) && (objectDeterminers.has(e.lower(j)) || determiners.has(e.lower(j))) {
		j--
	}
	return e.isPreposition(j) && e.lower(j) != "by"
}

// hostRoleBefore reports "host" or "co-host" at token k, or after the
// capitalised words there, as the role of the speaker named after it:
// "podcast host Will Arnett".
func (e *extraction) hostRoleBefore(k int) bool {
	for end := k + 4; k < end && e.isWord(k) && e.toks[k].cap && e.outside(k); {
		k++ // "Fox" in "Fox News host Dan Reyes"
	}
	if w := e.lower(k); !e.isWord(k) || w != "host" && w != "co-host" && w != "cohost" {
		return false
	}
	if !e.isWord(k+1) || !e.toks[k+1].cap || !e.outside(k+1) || e.speaker == "" {
		return false
	}
	m, ok := e.mentionAt(k + 1)
	return ok && m.kind == mName && e.isSpeaker(m.name)
}

// careerIn reports a medium at token k named as a trade: "emerged from
// TV", "moved into television", "a career in radio", "worked in TV", "a
// decade in radio".
func (e *extraction) careerIn(k int) bool {
	switch e.lower(k - 1) {
	case "from", "into":
		return true
	case "in":
		w := e.lower(k - 2)
		return w == "career" || w == "careers" || w == "worked" || w == "working" || w == "works" || w == "started" || w == "began" || w == "start" ||
			w == "decade" || w == "decades" || w == "years" || w == "stint" // "spent a decade in radio"
	}
	return false
}

// onlineHeads head the descriptions of people who write online: "one fan
// wrote", "a user commented".
var onlineHeads = setOf("fan", "fans", "user", "users", "commenter", "commenters", "follower", "followers",
	"netizen", "netizens", "subscriber", "subscribers", "tweeter", "poster", "troll", "trolls", "viewer", "viewers")

// platformPeople are who is on a platform, named after it: "social media
// trolls", "Twitter users" (not the followers a post is told to).
var platformPeople = setOf("trolls", "troll", "users", "user", "haters", "critics", "commenters", "star", "stars",
	"influencer", "influencers", "personality", "personalities", "sensation")

// platformCareers are people a platform made known: "TikTok star",
// "Instagram influencer".
var platformCareers = setOf("star", "stars", "influencer", "influencers", "personality", "personalities", "sensation",
	"creator", "creators", "celebrity", "celebrities", "famous")

// genericPeople open a clause whose subject is people in general.
var genericPeople = setOf("people", "everyone", "everybody", "someone", "somebody", "others", "strangers")

// clauseOpeners open a clause with a subject of its own.
var clauseOpeners = setOf("that", "after", "when", "because", "since", "while", "although", "though", "as")

// airedEpisode reports an episode named by when it aired, the word before
// "episode" at k: "last night's episode", "Monday's episode", "the
// latest episode".
func (e *extraction) airedEpisode(k int) bool {
	if !e.isWord(k - 1) {
		return false
	}
	if k >= 2 && e.lower(k-2) == "season" && smallNumber(e.word(k-1)) > 0 {
		return true // "In last week's Season 4 Episode 9": a numbered episode of a series
	}
	w, poss := stripPossessive(e.lower(k - 1))
	if !poss {
		return w == "latest" || w == "new" || w == "recent" || w == "premiere" || w == "upcoming"
	}
	return w == "night" || w == "week" || w == "evening" || w == "morning" || w == "tonight" || w == "today" || weekdays.has(e.word(k - 1)[:len(w)])
}

// episodeMedium is the medium of an episode at token k: a podcast when
// the article names one before it, else on TV.
func (e *extraction) episodeMedium(k int) string {
	if e.lower(k+1) == "of" {
		// "a new episode of his YouTube series": the platform it is on
		for j := k + 2; j < k+6 && e.isWord(j) && e.outside(j); j++ {
			if c := e.platformChannel(j); c != "" && e.toks[j].cap {
				return c
			}
			switch e.lower(j) {
			case "radio":
				return "radio" // "Tuesday's episode of his radio program"
			case "podcast":
				return "podcast"
			case "tv", "television":
				return "tv"
			}
		}
	}
	if !e.podcastRead {
		e.podcastRead, e.podcastTok = true, -1
		for j := range e.toks {
			if e.isWord(j) && (e.lower(j) == "podcast" || e.lower(j) == "podcasts") {
				e.podcastTok = j
				break
			}
		}
	}
	if e.podcastTok >= 0 && e.podcastTok < k {
		return "podcast"
	}
	return "tv"
}

// platformTopic reports a platform named at tokens [k, end) as the
// subject of the talk, no medium of it: its ban, its owner, its rules
// ("a potential TikTok ban", "the ban on TikTok", "about TikTok being
// banned").
func (e *extraction) platformTopic(k, end int) bool {
	if e.isWord(end) && platformTopics.has(e.lower(end)) {
		return true
	}
	if w := e.lower(end); e.isWord(end) && (w == "being" || w == "was" || w == "is" || w == "be") && strings.HasPrefix(e.lower(end+1), "ban") {
		return true
	}
	if e.lower(k-1) == "on" && strings.HasPrefix(e.lower(k-2), "ban") || strings.HasPrefix(e.lower(k-1), "bann") {
		return true // "a ban on TikTok", "banning TikTok"
	}
	switch e.lower(k - 1) {
	case "against", "sued", "suing", "sues", "fined", "fining":
		return e.outside(k - 1) // "the court had ruled against TikTok", "sued Twitter": a party to a case
	}
	if e.lower(k-1) == "on" && e.outside(k-1) && (countWords.has(e.lower(k-2)) || audienceCounts.has(e.lower(k-2)) && (countWords.has(e.lower(k-3)) || e.isWord(k-3) && e.word(k - 3)[0]-'0' < 10)) {
		return true // "16 million followers on Instagram, 9.1 million on Twitter": a following counted
	}
	if e.lower(k-1) == "on" && e.outside(k-1) && othersReactions.has(e.lower(k-2)) {
		return true // "sparked hilarious fan reactions on Twitter": where others answered, not where she spoke
	}
	if end == k+1 && e.toks[k].cap && e.platformAsSubject(k) {
		return true // "Twitter has ramped up its response", "TikTok is a great way to connect", "the power of TikTok"
	}
	if end == k+1 && (e.lower(k) == "tweets" || e.lower(k) == "tweet") && possessivePronoun(e.lower(k-1)) && e.isWord(end) && (auxiliaries.has(e.lower(end)) || strings.HasSuffix(e.lexWord(end), "n't")) {
		return true // "his tweets didn't have anything to do with": what he is answering for
	}
	return false
}

// othersReactions are what an audience posts about someone: "fan
// reactions on Twitter", "a backlash on TikTok".
var othersReactions = setOf("reactions", "reaction", "responses", "backlash", "outrage", "memes", "buzz", "uproar", "frenzy",
	"firestorm", "speculation", "tributes", "criticism", "jokes")

// followingOn is the platform of the one following the article counts
// before token k for person id, in a sentence that names them ("Lexi
// Hidalgo, followed by 2.7 million subscribers on Tiktok"), if it counts
// one and only one platform's; "" else.
func (e *extraction) followingOn(k, id int) string {
	if id < 0 {
		return ""
	}
	found := ""
	for j := 2; j < k; j++ {
		if e.lower(j-1) != "on" || !audienceCounts.has(e.lower(j-2)) && !countWords.has(e.lower(j-2)) || !e.outside(j) {
			continue
		}
		c := e.platformChannel(j)
		if c == "" || !isPlatform(c) {
			continue
		}
		if from, to := e.sentenceBounds(j); !e.namedIn(from, to, e.ents.list[id].name) {
			return "" // (another's following: "Nadia Vale's 16 million followers on Instagram")
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// audienceCounts are what a following is counted in: "million followers
// on Instagram", "9.1 million on Twitter".
var audienceCounts = setOf("followers", "fans", "subscribers", "likes", "views")

// countWords count a following: "16 million".
var countWords = setOf("million", "thousand", "billion")

// platformAsSubject reports a platform's bare name at token k spoken of
// as the company or the place itself: it ends the subject of a verb with
// no determiner before it ("Twitter remains a platform", "connecting with
// fans via TikTok is a beautiful thing", "fans on Twitter are taking
// sides"; "The TikTok has since garnered" is the post), or it is the
// object of "of" or "about" that ends its phrase ("the power of TikTok",
// "talked about Instagram"; "a series of Instagram posts" are posts).
func (e *extraction) platformAsSubject(k int) bool {
	next := e.lower(k + 1)
	if !e.isWord(k + 1) {
		next = ""
	}
	if next != "" && (platformVerbs.has(next) || strings.HasSuffix(next, "n't") && auxiliaries.has(strings.TrimSuffix(next, "n't"))) {
		switch e.lower(k - 1) {
		case "the", "a", "her", "his", "their", "its", "my", "your", "our", "this", "that", "new", "latest", "viral", "recent":
			return false // "the TikTok has since garnered": a post
		}
		_, poss := stripPossessive(e.word(k - 1))
		return !poss // ("Lizzo's TikTok has": her post)
	}
	if prev := e.lower(k - 1); (prev == "of" || prev == "about") && !e.isWord(k+1) {
		return true
	}
	return false
}

// socialMediaNoun reports "social media" at token k as the modifier of a
// noun that names the platform or a person ("the social media site",
// "social media star"), where no post or account is put: "posted on the
// social media platform" stays where she posted.
func (e *extraction) socialMediaNoun(k int) bool {
	if !e.isWord(k+2) || !socialMediaHeads.has(e.lower(k+2)) {
		return false
	}
	j := k - 1
	if determiners.has(e.lower(j)) || objectDeterminers.hasLower(e.word(j)) {
		j--
	}
	switch e.lower(j) {
	case "on", "to", "via", "across", "onto", "through":
		return false
	}
	return true
}

var socialMediaHeads = setOf("site", "sites", "platform", "platforms", "app", "apps", "giant", "giants", "company",
	"companies", "network", "networks", "star", "stars", "influencer", "influencers", "personality", "personalities",
	"sensation", "manager", "managers", "company's", "ban", "bans", "law", "laws", "addiction")

// platformVerbs follow a platform spoken of as the company or the place:
// "Twitter has", "TikTok is", "Instagram remains".
var platformVerbs = setOf("is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "does",
	"did", "remains", "remained", "allows", "lets", "became", "becomes", "'s")

func possessivePronoun(w string) bool {
	return w == "his" || w == "her" || w == "their" || w == "my"
}

var platformTopics = setOf("ban", "bans", "banned", "takeover", "algorithm", "algorithms", "outage", "outages", "shutdown",
	"sale", "lawsuit", "hearing", "hearings", "stock", "shares", "headquarters", "owner", "owners", "executives",
	"employees", "moderators", "moderation", "guidelines", "bill", "law",
	// a quarrel the platform saw, told as background ("following a Twitter
	// feud with the president"): a post says where ("tweeted")
	"feud", "feuds", "spat", "spats", "beef", "tiff", "row")

// topicModifier reports whether the word at token k is a topic noun.
func (e *extraction) topicModifier(k int) bool {
	if !e.isWord(k) {
		return false
	}
	return topicNouns.has(e.lower(k))
}

// channels labels every reported quotation: evidence in its sentence, then
// in its paragraph, then the channel of the passage it continues.
func (e *extraction) channels() {
	// speaker -> their last quote with channel evidence: a later quote of
	// theirs with none of its own continues that scene (an interview the
	// article keeps quoting from)
	memory := map[string]int{}
	profile := e.writersInterview()
	var interviewee map[string]bool
	if profile {
		interviewee = e.interviewees()
	}
	last := func(speaker string) (attribution, bool) {
		if m := memory[speaker]; speaker != "" && m > 0 {
			return e.attr[m-1], true
		}
		return attribution{}, false
	}
	for n := range e.top {
		e.attr[n].own = e.ownWords(&e.attr[n])
	}
	for n, i := range e.top {
		sp := e.spans[i]
		a := &e.attr[n]
		e.speaker = a.speaker
		e.own = a.own
		e.commenter = commenter(a)
		var ev evidence
		var ok bool
		if profile {
			// the writer's interview: only the quotation's own sentence
			// tells of another channel (the narration's "Fox's In Living
			// Color" is a biography, not where the words were said)
			from, to := e.quotedSentence(sp, a.cueTok)
			ev, ok = e.evidenceIn(from, to)
			a.from = fromSentence
		} else if a.cueTok < 0 && n > 0 && a.speaker != "" && e.attr[n-1].speaker == a.speaker && e.spans[e.top[n-1]].para == sp.para && e.speaksOf(int(e.attr[n-1].cueTok)) {
			// the next piece of '"...," Anastasia says of the video. "..."'
			ok, a.from = false, fromNone
		} else {
			ev, a.from, ok = e.evidenceFor(sp, a.cueTok)
			if ok && a.from == fromParagraph && a.speaker != "" && e.ownPostIn(sp) {
				// "On Twitter, the comments took a turn. Lizzo addressed
				// this in her video, saying": her video, where the
				// article put it above, not the others' platform
				if pa := (attribution{}); e.platformBack(sp, a.speaker, &pa) {
					ev, a.from = evidence{channel: pa.channel, outlet: pa.outlet, strength: sPlatform}, fromContinued
				}
			}
		}
		if e.forGerundCue(int(a.cueTok)) && (a.from != fromSentence || ev.channel == "speech" || ev.channel == "press_conference") {
			// "took Clinton to task for her claiming ... "...", "apologized
			// for saying "..."": a remark made before, on no occasion the
			// passage sets
			a.channel, a.outlet, a.from, a.recalled = "unknown", "", fromNone, true
			continue
		}
		if ok && ev.air && ev.channel == "tv" && ev.outlet == "" && a.speaker != "" {
			if h, isHost := e.hostMedium(a.speaker); isHost && h.channel == "radio" {
				// "During a lengthy on-air rant, the famed DJ said" of
				// "DJ Tom Brill": on air, on his medium
				ev.channel = "radio"
			}
		}
		if ok && (a.from == fromScene || a.from == fromParagraph) && writtenCue(a.cue) && spokenOnly(ev.channel) {
			// "Lukaku wrote: ..." below "comments made in a post-match
			// interview": what is written was not said on air or to a
			// reporter; the scene above is another occasion's
			ok, a.from = false, fromNone
		}
		if ok && a.from == fromParagraph && n > 0 && goesOnCue(a.cue) && a.speaker != "" {
			// "In February, Madison told Page Six that ... She added,
			// '...'": her words go on where she said the last ones, not
			// on the E! News a source told earlier in the paragraph
			if p := &e.attr[n-1]; p.speaker == a.speaker && (p.from == fromSentence || p.from == fromPrevious) && p.channel != "unknown" && e.spans[e.top[n-1]].para == sp.para {
				ev, a.from = evidence{channel: p.channel, outlet: p.outlet, strength: ev.strength}, fromPrevious
			}
		}
		if ok && ev.channel == "statement" && a.ent < 0 && docHeads.has(headWord(a.mention)) && n > 0 && isPlatform(e.attr[n-1].channel) && sp.para-e.spans[e.top[n-1]].para <= 1 {
			// '"...," they shared on Instagram. "...," the statement
			// concluded': the statement they posted goes on (the platform
			// wins over the form)
			ev = evidence{channel: e.attr[n-1].channel, outlet: e.attr[n-1].outlet, strength: sPlatform}
			a.from = fromPrevious
		}
		e.speaker, e.own, e.commenter = "", [2]int32{}, false
		if a.org && (writtenCue(a.cue) || a.cue == "reports" || a.cue == "reported") && !(ok && ev.channel == "publication") &&
			(e.pressSpeaker(a.speaker) || strings.Contains(strings.ToLower(a.mention), "editorial")) {
			// "..., the editorial board writes", "The Times reported": a
			// paper speaks in what it published, whatever else its
			// sentence names ("the State of the Union address")
			ev, ok, a.from = evidence{channel: "publication", strength: sPublished}, true, fromCue
			if e.pressSpeaker(a.speaker) {
				ev.outlet = a.speaker
			}
		}
		if e.sung(sp, a) && (!ok || a.from != fromSentence) {
			// a song's lines ("It was so nice throwing big parties / Jump
			// into the pool", she sings): said on no medium the passage
			// names, unless its own sentence says where she sang them
			a.channel, a.outlet, a.from, a.recalled = "unknown", "", fromNone, true
			continue
		}
		if !ok {
			if !e.quotation(n) {
				// `to write her album, "25,"`: a title, no quotation; its
				// verb tells no channel and sets no scene for the words
				// after it
				a.channel, a.from = "unknown", fromNone
				continue
			}
			l, seen := last(a.speaker)
			a.from = fromContinued
			switch {
			case a.org && e.pressSpeaker(a.speaker):
				// "The New York Times reports:", "Zero Hedge said": a
				// paper or a news site speaks in what it published
				a.channel, a.outlet, a.from = "publication", a.speaker, fromCue
			case e.speaksOf(int(a.cueTok)):
				// '"At first I freaked out," Anastasia says of the video':
				// the post is what she speaks of, her scene no longer
				a.channel, a.from = "unknown", fromNone
				memory[a.speaker] = n + 1
			case e.sourceGoesOn(n, a):
				// "A source told People: ... The source added:": the same
				// source, in the same interview ("Our source added:" in the
				// outlet's own story)
			case a.speaker == "" && e.itReports(sp) && e.documentBefore(sp, a):
				// "The email was sent at 7:19 p.m. ... "...," it reads":
				// the words of the document named before it
			case n > 0 && a.speaker != "" && a.cueTok >= 0 && e.attr[n-1].cueTok == a.cueTok && e.attr[n-1].speaker == a.speaker && e.attr[n-1].channel != "":
				// a quotation that runs on into the next paragraph ('Vicki
				// responded: "Liar!!! / "I never once ..."'): one cue, one
				// scene
				a.channel, a.outlet, a.from = e.attr[n-1].channel, e.attr[n-1].outlet, fromPrevious
			case n > 0 && a.speaker != "" && e.attr[n-1].speaker == a.speaker && goesOnCue(a.cue) && e.bareLeadIn(n):
				// "She said: / '...' / She continued: / '...'": the words
				// go on where the last ones were said
				a.channel, a.outlet, a.from = e.attr[n-1].channel, e.attr[n-1].outlet, fromPrevious
			case profile && e.recalledExchange(n):
				// "she told him. 'Then let's not be strangers,' he replied":
				// words the two said to each other once, not to the writer
				a.channel, a.from, a.recalled = "unknown", fromNone, true
			case profile && interviewee[a.speaker] && !e.partial(sp):
				a.channel, a.from = "interview", fromProfile
				a.outlet = e.profileOutlet()
			case n > 0 && sp.para-e.spans[e.top[n-1]].para <= 1 && !e.videoLeadOf(sp) && !e.timeShiftOf(sp, n) && !(writtenCue(a.cue) && spokenOnly(e.attr[n-1].channel)) && (a.speaker != "" && e.attr[n-1].speaker == a.speaker ||
				a.ent < 0 && (strings.EqualFold(a.mention, "another") || strings.EqualFold(a.mention, "one") || ordinalOfGroup(a.mention) ||
					oneMoreOf(a.mention, e.attr[n-1].mention) || onlineAccount(a.mention) && onlineAccount(e.attr[n-1].mention) && e.attr[n-1].channel != "unknown" ||
					commenter(a) && commenter(&e.attr[n-1]))):
				// the speaker's quotation just before, or one more of the
				// group ("... commented one follower. While another added:
				// ..."), where the last one wrote
				a.channel, a.outlet, a.from = e.attr[n-1].channel, e.attr[n-1].outlet, fromPrevious
			case a.ent < 0 && a.cue != "" && onlineAccount(a.mention):
				// "@RealTomB, a disappointed fan, said": an account speaks
				// in its posts, on the platform the passage names (three
				// paragraphs up), else on social media
				a.channel, a.outlet = e.platformAbove(sp)
				a.from = fromCue
			case seen && l.channel == "statement" && goesOnCue(a.cue) && e.samePassage(n, memory[a.speaker]-1) && e.aloneQuotedBetween(memory[a.speaker]-1, n):
				// "Liz Rosenberg, the spokeswoman, said, '...' ... She
				// continued, '...'": the statement goes on
				a.channel, a.outlet = l.channel, l.outlet
			case seen && l.channel != "statement" && e.samePassage(n, memory[a.speaker]-1) && !(writtenCue(a.cue) && spokenOnly(l.channel)) && !e.occasionLeadIn(sp):
				// the speaker's scene goes on in the passage (a statement
				// is one document: the speaker's later words are not in it)
				a.channel, a.outlet = l.channel, l.outlet
			case a.cue == "transcript" && e.transcriptMedium(sp, a):
				// a transcript's turn: the programme named above it
			case (writtenCue(a.cue) || postingCue(a.cue)) && e.platformBack(sp, a.speaker, a):
				// "Davis lashed out on Facebook ... In her post ... she
				// wrote": the platform a few paragraphs up sets the scene
				memory[a.speaker] = n + 1
			case (writtenCue(a.cue) || postingCue(a.cue)) && postShaped(e.text[sp.start:sp.end]):
				// "Questlove writes, 'All Respect Due @Caitlyn_Jenner
				// #ESPYS'": a handle or hashtag is written in a post, on
				// the platform the passage names, whoever it names it for
				a.channel, a.outlet = e.platformAbove(sp)
				memory[a.speaker] = n + 1
			case (writtenCue(a.cue) || postingCue(a.cue)) && e.postNear(sp, a.cueTok):
				// "She shared a photo on Monday. 'Forever,' she wrote":
				// a post, a photo or a caption, no platform named: social
				// media (CHANNELS.md)
				a.channel, a.from = "social_media", fromCue
			case writtenCue(a.cue) && (seen && l.channel == "statement" && e.samePassage(n, memory[a.speaker]-1) || e.lower(int(a.cueTok)+1) == "to"):
				// "Schroeder wrote in an email to POLITICO ... Schroeder
				// wrote": the same email; "Sanders wrote to his
				// colleagues": a letter
				a.channel, a.from = "statement", fromContinued
				if seen && l.channel == "statement" {
					a.outlet = l.outlet
				}
			case writtenCue(a.cue) && a.ent < 0 && (onlineHeads.has(headWord(a.mention)) || strings.ContainsAny(a.mention, "_@")):
				// "'Congratulations!!!' wrote one fan": a comment online,
				// under the post the article quoted last (a few paragraphs
				// up), else on social media
				a.channel, a.from = "social_media", fromCue
				if l, ok := e.postQuotedAbove(n); ok {
					a.channel, a.outlet = l.channel, l.outlet
				}
			case writtenCue(a.cue):
				// "X wrote in December", with no post, letter or statement
				// named: written for publication (in the paper the
				// paragraph names: "In an op-ed for the Kessel Herald, ...
				// Reyes wrote")
				a.channel, a.from = "publication", fromCue
				pf, pt := e.paraBounds(int(sp.open))
				if pev, ok := e.evidenceIn(pf, pt); ok && pev.channel == "publication" {
					a.outlet = pev.outlet
				}
				if a.outlet == "" {
					a.outlet = e.bookAbove(pf, a.speaker) // "In his autobiography, "A Time for Truth," ... Cruz wrote"
				}
				if a.outlet == "" {
					// "In an essay for Vogue, actress Nina Brandt wrote about
					// ... / '...,' Brandt wrote": the paper of the piece above
					a.outlet = e.outletAbove(pf, 1, a.speaker, func(ev evidence) bool { return ev.channel == "publication" && ev.outlet != "" })
				}
			case a.ent < 0 && spokesMention(a.mention) && a.cue != "":
				// "A representative for the couple said: ...": a
				// spokesperson's words with no other cue are a statement
				// (CHANNELS.md)
				a.channel, a.from = "statement", fromCue
			case a.ent < 0 && publicationHeads.hasLower(headWord(a.mention)):
				// "the health service's website explains:", "the report
				// says": a text that speaks is published
				a.channel, a.from = "publication", fromCue
			case e.hostOfOutlet(n, a):
				// "In an interview airing Friday on The Kelly Marsh Show,
				// ... Marsh said": the host, on her own programme
			case e.jointEvent(n, a):
				// "..., Hemsworth said during a press conference for the
				// sequel. / '...,' the Oscar-winning actress joked": the
				// other of the two the lead named together, at the same
				// event
			case e.groupScene(n, a):
				// "The sisters sat down with Glamour ... Lena admitted ...
				// Kaia agreed. '...,' the younger Marsh joked": the pair's
				// interview, whichever of the two speaks
				memory[a.speaker] = n + 1
			case e.joinsScene(n, a):
				// "Navarro said during Friday's episode ... Her cohost,
				// Sunny Hostin, chimed in during the conversation ...
				// '...,' Hostin said": the scene someone joins
			case !seen && e.reportedScene(a.ent, sp, a):
				// "Mukasey told delegates at the Republican National
				// Convention that ... 'Hillary Clinton is asking ...,'
				// Mukasey said": the scene the article reported the
				// speaker in, a paragraph or two up
				memory[a.speaker] = n + 1
			case !seen && e.roundupScene(n, a):
				// "ET caught up with the cast of The Long Road at the
				// premiere ... '...,' he says": the round-up's interview
				memory[a.speaker] = n + 1
			default:
				a.channel, a.from = "unknown", fromNone
			}
			continue
		}
		if n > 0 && a.from != fromSentence && a.cueTok < 0 && a.speaker != "" && e.piecesOfOne(n) {
			// '"...," the rep said in a statement. "..."': the pieces of
			// one quotation its reporting clause told the channel of, not
			// an outlet the paragraph names ("told E! News")
			a.channel, a.outlet, a.from = e.attr[n-1].channel, e.attr[n-1].outlet, fromPrevious
			memory[a.speaker] = n + 1
			continue
		}
		pf, pt := e.paraBounds(int(sp.open))
		if ok && ev.channel == "interview" && ev.outlet == "" && a.cueTok >= 0 && (e.lower(int(a.cueTok)+1) == "us" || e.lower(int(a.cueTok)+1) == "me") {
			// 'A source close to Demi told HollywoodLife EXCLUSIVELY ...
			// "...," our source told us': "us" is the outlet the passage
			// says was told
			ev.outlet = e.toldOutletBefore(int(sp.open))
		}
		if ev.byRef && ev.channel == "interview" {
			// "In a new interview with Harper's Bazaar ... a statement to
			// Variety ... '...,' she told the magazine": the magazine the
			// speaker gave the interview to, not the last one named
			// (not for "a source": each indefinite one is someone else,
			// "confirmed by Variety: '...,' a source told the
			// publication" after "a source told Page Six")
			if l, ok := last(a.speaker); ok && l.channel == "interview" && l.outlet != "" && !(airChannel(l.outlet) != "" && ev.print) && !indefiniteDesc(a.speaker) {
				ev.outlet = l.outlet // (no network for "the magazine")
			}
		}
		if ok && ev.channel == "publication" && ev.outlet == "" && a.from == fromSentence && a.cue == "writes" && a.ent >= 0 && e.cueAloneTells(sp, int(a.cueTok)) {
			// a person's present-tense "writes" with nothing else named is
			// no column: where the passage before put the words ("took to
			// her Instagram Story to issue a lengthy statement ... '...,'
			// she writes"), else a post's caption ('by posting the first
			// image of the family. "...!" she writes')
			if pev, pfrom, pok := e.speakersEvidenceAbove(sp, a); pok && (isPlatform(pev.channel) || pev.channel == "social_media" || pev.channel == "statement") {
				ev, a.from = pev, pfrom
			} else if e.postNear(sp, a.cueTok) {
				ev = evidence{channel: "social_media", strength: sSocial}
			}
		}
		if a.relayedBy != "" && ev.channel == "publication" && a.from == fromSentence {
			if p := &e.attr[max(n-1, 0)]; n > 0 && a.cueTok < 0 && a.speaker != "" && p.speaker == a.speaker && p.channel != "" && p.channel != "unknown" && p.channel != "publication" {
				// 'the statement released by her publicist. / "...," the
				// Associated Press reported': the statement goes on, the
				// agency relays it
				ev = evidence{channel: p.channel, outlet: p.outlet, strength: sStatement}
			} else if writtenCue(a.cue) || postingCue(a.cue) {
				// 'He wrote in the message, "...," Billboard reported':
				// the paper relays words written elsewhere, where the
				// passage before tells ("took to Twitter")
				if pev, pfrom, ok := e.speakersEvidenceAbove(sp, a); ok && (isPlatform(pev.channel) || pev.channel == "social_media" || pev.channel == "statement") {
					ev, a.from = pev, pfrom
				}
			} else if sp.open > 0 && e.isPunct(int(sp.open)-1, ":,") {
				// `A source close to the couple said: '...,' reports The
				// Sun`: what the source told the paper (words quoted in the
				// clause of a verb, 'Vale acknowledged that it was
				// "influence peddling," the Post reported', stay the paper's)
				ev = evidence{channel: "interview", outlet: strings.TrimPrefix(a.relayedBy, "The "), strength: sInterview}
				if publications.has(a.relayedBy) {
					ev.outlet = a.relayedBy
				}
			} else if ev.outlet == "" {
				ev.outlet = strings.TrimPrefix(a.relayedBy, "The ") // the paper that reported them
				if publications.has(a.relayedBy) {
					ev.outlet = a.relayedBy
				}
			}
		}
		if ev.channel == "publication" && ev.outlet == "" && postShaped(e.text[sp.start:sp.end]) {
			// "Questlove writes, 'All Respect Due @Caitlyn_Jenner #ESPYS'":
			// a handle or hashtag is written in a post, not published
			ev.channel, ev.outlet = e.platformAbove(sp)
			ev.strength = sPlatform
		}
		if ev.channel == "statement" && ev.outlet == "" && (a.from == fromSentence || a.from == fromParagraph || a.from == fromScene) {
			// "In a post on Instagram, Evans wrote ... Evans then concluded
			// his statement with: '...'": the post he is writing goes on
			// (and so does a statement the passage above named, which his
			// last quotation's post was: "... the pop superstar wrote")
			if l, ok := last(a.speaker); ok && isPlatform(l.channel) && e.samePassage(n, memory[a.speaker]-1) {
				if from, to := e.sentenceBounds(int(sp.open)); a.from == fromScene || e.statementReferred(from, to) {
					ev = evidence{channel: l.channel, outlet: l.outlet, strength: sPlatform}
				}
			} else if pev, ok := e.statementPostedBefore(int(sp.open), a.ent); ok {
				// "The star shared a statement on her social media pages.
				// '...,' Alaina said in a statement": where it was shared
				// (the platform wins over the form)
				ev = pev
			} else if pev, ok := e.announcedOnBefore(int(sp.open)); ok && a.from == fromSentence && !strings.Contains(e.text[sp.start:sp.end], "\n") {
				// "Beyonce and her husband, Jay Z, announced Wednesday on
				// Instagram that ... / '...,' said a statement signed 'The
				// Carters'": the announcement, on its platform
				ev = pev
			}
		}
		// "on social media", a "caption" name no platform: the passage may,
		// or the speaker's last post ("a Reddit AMA" names its own)
		if ev.channel == "social_media" && ev.outlet == "" && !ev.settled {
			back := 1
			if ev.strength == sComment {
				back = 3 // the post commented on: "Taking to Instagram, she posted ... Her fiancé was quick to comment"
			}
			if pev, pok := e.platformNear(pf, pt, back); pok {
				ev = pev
			} else if e.embedCreditAfter(pt, a.speaker) {
				ev = evidence{channel: "instagram", strength: sPlatform}
			} else if c := e.ownPostBelow(pt); c != "" {
				ev = evidence{channel: c, strength: sPlatform}
			} else if l, ok := last(a.speaker); ok && isPlatform(l.channel) {
				ev = evidence{channel: l.channel, outlet: l.outlet, strength: sPlatform}
			} else if c := e.followingOn(int(sp.open), a.ent); c != "" {
				// "followed by 2.7 million subscribers on Tiktok ... she
				// explains in a video that she has since deleted": where
				// her following is
				ev = evidence{channel: c, strength: sPlatform}
			} else if pa := (attribution{}); ev.strength != sComment && e.platformBack(sp, a.speaker, &pa) {
				// "Lively shared a photo on her Instagram page ... (a
				// paragraph about the photo) ... '...,' she captioned
				// the photo": the platform of the speaker's post above
				ev = evidence{channel: pa.channel, outlet: pa.outlet, strength: sPlatform}
			} else if ev.strength == sComment {
				// "'...,' one fan commented" under the post the article
				// quoted last, a few paragraphs up
				if l, ok := e.postQuotedAbove(n); ok {
					ev = evidence{channel: l.channel, outlet: l.outlet, strength: sPlatform}
				}
			}
		}
		// "in an interview" with a TV, radio or podcast outlet takes that
		// medium: named nearby, or the speaker's last scene
		if ev.channel == "interview" && ev.outlet == "" && !profile && !ev.settled {
			// (not the speaker's own words: "says Stern, who has made a
			// career of it on his radio show")
			e.own = a.own
			mev, ok := e.speakersMedium(pf, a.speaker)
			e.own = [2]int32{}
			if ok {
				ev = mev
			} else if l, ok := e.lastKnown(n, a.speaker); ok && isMedium(l.channel) && !awardsOutlet(l.outlet) {
				// (the last quotation of theirs with a channel: "He
				// appeared on a podcast ... '...,' he said. ... '...,' the
				// star stated in part of the interview")
				ev = evidence{channel: l.channel, outlet: l.outlet, strength: sNetwork}
			} else if from, to := e.sentenceBounds(int(sp.open)); e.definiteInterview(from, to) {
				// "He recently appeared on a podcast ... '...,' the
				// 45-year-old star stated in part of the interview": the
				// appearance the article opens with
				if mev, ok := e.leadAppearance(); ok {
					ev = mev
				}
			}
		}
		if (ev.channel == "tv" || ev.channel == "radio" || ev.channel == "podcast") && ev.outlet == "" {
			// "she said during her appearance on the TV show", "he told
			// the station": the programme or station named before
			from, to := e.sentenceBounds(int(sp.open))
			if c := int(a.cueTok); c >= to && c < to+12 {
				_, to = e.sentenceBounds(c)
			}
			ev.outlet = e.mediumAnaphor(from, to)
			if pev, ok := e.evidenceIn(pf, pt); ev.outlet == "" && ok && pev.channel == ev.channel {
				ev.outlet = pev.outlet // "phoned the Night Owls radio show ... Quill told radio DJs"
			}
			if ev.outlet == "" {
				ev.outlet = e.airOutletAbove(pf, ev.channel) // "on Wednesday's episode of "Live at Nine" ... On the broadcast, ..."
			}
			if ev.outlet == "" && ev.channel == "tv" && e.laterInProgramme(from, to) && e.episodeMedium(from) == "podcast" {
				// "her new podcast ... Castell said later in the episode":
				// the podcast's episode
				ev.channel, ev.outlet = "podcast", e.airOutletAbove(pf, "podcast")
			}
			if c := airChannel(ev.outlet); c != "" {
				ev.channel = c // "Later in the show" after the podcast Armchair Expert: the programme's own medium
			}
		}
		ev.channel = e.sceneChannel(ev.channel)
		// a crowd or an audience at an awards show on air
		if ev.channel == "speech" {
			if bev, ok := e.broadcastNear(pf); ok {
				ev = bev
			} else if aev, ok := e.acceptanceAtAwards(pf); ok {
				ev = aev
			} else if a.from == fromSentence && ev.strength < sSpeech {
				// "Ritter defended the plan during a CNN town hall. '...,'
				// Ritter told the audience": the audience of a broadcast
				if pev, ok := e.evidenceIn(pf, pt); ok && (pev.channel == "tv" || pev.channel == "radio") && pev.outlet != "" {
					ev = pev
				}
			}
		}
		a.channel, a.outlet = ev.channel, ev.outlet
		if a.channel == "publication" && a.outlet == "" && a.org && e.pressSpeaker(a.speaker) {
			a.outlet = a.speaker // "Us Weekly reported:": the paper that speaks is where
		}
		if !e.partial(sp) && !a.atAwards() {
			// a fragment ("called his remarks "a wake-up call"") sets no
			// scene for the speaker's later quotes, nor a night at an
			// awards show their later interview
			memory[a.speaker] = n + 1
		}
	}
	e.sceneFill(interviewee)
	e.leadScene()
	for n := range e.attr {
		if a := &e.attr[n]; (a.from == fromNone || a.from == fromPrevious) && a.channel == "unknown" && a.speaker != "" && !a.recalled && e.quotation(n) && e.hostOnAir(a) {
			// "talk show host Chelsea Handler's show Chelsea Lately ...
			// Chelsea went straight in for the kill, asking:": a host the
			// article introduces as one, asking on air, where nothing
			// else tells
			a.from = fromContinued
		}
	}
	var tipped []string // the networks someone unnamed told
	for n := range e.attr {
		if a := &e.attr[n]; (a.channel == "tv" || a.channel == "radio") && a.outlet != "" && a.ent < 0 && tipster(a.speaker) &&
			(e.toldIn(n, a.outlet) || strings.HasPrefix(strings.ToLower(a.speaker), "our ") || slices.Contains(tipped, a.outlet)) {
			// "an anonymous source told E!", "A person close to the singer
			// dished to E! News": someone unnamed is never on the air; the
			// network's newsroom was told (an interview, the network its
			// outlet), and the source goes on there ("Australia's Today
			// Show had a report ... An inside source told a reporter"
			// stays on the air: the network's report; "our source" is the
			// network's own)
			a.channel = "interview"
			tipped = append(tipped, a.outlet)
		}
		if a := &e.attr[n]; a.atAwards() && a.ent < 0 && tipster(a.speaker) {
			// "frosty relations ... manifested themselves at the Oscars.
			// '...,' claimed the source": no one unnamed speaks on the
			// air; the night is what the words are about
			a.channel, a.outlet, a.from = "unknown", "", fromNone
		}
		if a := &e.attr[n]; a.channel == "unknown" && a.ent < 0 && !a.recalled && tipster(a.speaker) && e.quotation(n) {
			// "According to Us Weekly, ... The source added that ...",
			// "Sources told RadarOnline.com ... '...,' the insider
			// claimed": the words of someone unnamed that an outlet the
			// passage names was given
			if outlet := e.tipOutlet(e.spans[e.top[n]], a); outlet != "" {
				a.channel, a.outlet, a.from = "interview", outlet, fromScene
			}
		}
	}
}

// toldIn reports quotation n's paragraph, or its cue's sentence, naming
// outlet after "told", "tells", "telling", or "to" after a verb that takes
// the outlet told ("dished to", "revealed to").
func (e *extraction) toldIn(n int, outlet string) bool {
	sp := e.spans[e.top[n]]
	from, to := e.paraBounds(int(sp.open))
	if c := int(e.attr[n].cueTok); c >= 0 {
		cf, ct := e.sentenceBounds(c)
		from, to = min(from, cf), max(to, ct)
	}
	for k := from; k+1 < to; k++ {
		if !e.isWord(k) || !e.outside(k) {
			continue
		}
		switch w := e.lower(k); {
		case w == "told" || w == "tells" || w == "telling",
			w == "to" && k > 0 && toOutletCue(e.word(k-1)),
			w == "with" && k > 0 && (e.lower(k-1) == "shared" || e.lower(k-1) == "spoke"):
			j := k + 1
			if e.lower(j) == "the" {
				j++
			}
			if j < to && strings.HasPrefix(e.text[e.toks[j].start:], outlet) {
				return true
			}
		}
	}
	return false
}

// tipOutlet is the outlet the nearest paragraph before quotation sp that
// names one (its own, and up to tipReach before it) names as told or
// reporting, for the unnamed speaker of a: a publication's or a network's
// name, else "".
func (e *extraction) tipOutlet(sp span, a *attribution) string {
	if e.sourceIntroducedBefore(sp) {
		return "" // "Per a source, ... the source added": a source of its own
	}
	e.speaker, e.own = a.speaker, a.own
	defer func() { e.speaker, e.own = "", [2]int32{} }()
	to := int(sp.open)
	for i := 0; i <= tipReach && to > 0; i++ {
		pf, _ := e.paraBounds(to - 1)
		if ev, ok := e.scanEvidence(pf, to); ok && ev.outlet != "" {
			switch ev.channel {
			case "interview", "publication":
				return ev.outlet
			case "tv", "radio":
				if !awardsOutlet(ev.outlet) {
					return ev.outlet // (no night at the Oscars: an event the words were about)
				}
			}
		}
		if name := e.pressReporterIn(pf, to); name != "" {
			return name // "RadarOnline.com can reveal", "Radar Online reported"
		}
		to = pf - 1
	}
	return ""
}

// pressReporterIn is the publication that reports, reveals or has learned
// something in tokens [from, to), outside quotations ("Radar Online
// reported", "OK! has learned", "RadarOnline.com can reveal"), else "".
func (e *extraction) pressReporterIn(from, to int) string {
	for k := from + 1; k < to; k++ {
		if !e.isWord(k) || !e.outside(k) || !pressReportVerbs.has(e.lower(k)) {
			continue
		}
		j := k - 1
		if aux := e.lower(j); aux == "can" || aux == "has" || aux == "have" || aux == "exclusively" {
			j--
		}
		if j < from {
			continue
		}
		if e.isPunct(j, "!") && e.isWord(j-1) && e.toks[j-1].end == e.toks[j].start {
			if name := e.word(j-1) + "!"; publications.has(name) {
				return name // "OK! has learned"
			}
		}
		if e.lower(j) == "com" && e.isPunct(j-1, ".") && e.isWord(j-2) && e.toks[j-2].cap && e.toks[j-2].end == e.toks[j-1].start && e.toks[j-1].end == e.toks[j].start {
			return e.text[e.toks[j-2].start:e.toks[j].end] // "RadarOnline.com can reveal": a news site
		}
		if w := e.lower(j); (w == "magazine" || w == "newspaper" || w == "tabloid") && e.isWord(j-1) && e.toks[j-1].cap && j-1 >= from {
			// "Starwatch magazine claims": the capitalised words before the noun
			i := j - 1
			for i > from && e.isWord(i-1) && e.toks[i-1].cap && e.outside(i-1) && !e.sentenceStart(i) {
				i--
			}
			if base, poss := stripPossessive(e.word(i)); poss && i < j-1 && isPlace([]string{base}) || determiners.has(e.lower(i)) {
				i++ // "Britain's Star magazine": the country before the name ("A tabloid claims": none)
			}
			if i < j {
				return e.text[e.toks[i].start:e.toks[j-1].end]
			}
		}
		if m, ok := e.mentionEndingAt(j); ok && int(m.from) >= from && m.kind != mPronoun && m.kind != mDesc {
			if name := strings.TrimPrefix(m.name, "The "); e.pressSpeaker(name) {
				return name
			}
		}
	}
	return ""
}

// pressReportVerbs are what a publication does with news it was given.
var pressReportVerbs = setOf("reported", "reports", "reveal", "revealed", "reveals", "learned", "learnt", "confirmed", "confirms",
	"claims", "claimed", "suggests", "suggested", "says", "said", "writes", "wrote")

// tipReach is how many paragraphs before its own tipOutlet reads.
const tipReach = 5

// tipster reports an unnamed speaker who passes word on: a source, an
// insider, a friend, "a person close to the star".
func tipster(speaker string) bool {
	h := headWord(speaker)
	if n := nounBefore(speaker); n != "" && !determiners.has(n) {
		h = n // "a source close to the couple" (not "a close pal")
	}
	switch h {
	case "source", "sources", "insider", "insiders", "pal", "friend", "confidant", "confidante", "tipster":
		return true
	case "person", "people":
		return strings.Contains(strings.ToLower(speaker), " close to ")
	}
	return false
}

// definiteInterview reports "the interview" (the conversation, the chat)
// in tokens [from, to), outside quotations: one told of before.
func (e *extraction) definiteInterview(from, to int) bool {
	for k := from + 1; k < to && k < from+400; k++ {
		if w := e.lower(k); (w == "interview" || w == "conversation" || w == "chat") && e.lower(k-1) == "the" && e.outside(k) {
			return true
		}
	}
	return false
}

// leadAppearance is the programme or medium a guest appeared on that the
// article's first paragraphs tell of: "He recently appeared on a podcast".
func (e *extraction) leadAppearance() (evidence, bool) {
	if e.leadApp == nil {
		e.leadApp = &evidenceResult{} // read once per article
		for k := 0; k+1 < len(e.toks) && k < 2000 && e.toks[k].para <= leadParas; k++ {
			if !e.isWord(k) || !e.outside(k) || !appearVerbs.has(e.lower(k)) || e.lower(k+1) != "on" {
				continue
			}
			if ev, ok := e.scanEvidence(k+2, min(k+8, len(e.toks))); ok && isMedium(ev.channel) && ev.strength >= sNetwork {
				e.leadApp.ev, e.leadApp.ok = ev, true
				break
			}
		}
	}
	return e.leadApp.ev, e.leadApp.ok
}

// postQuotedAbove is the last quotation before quotation n, at most four
// paragraphs up, that the article quoted from a platform's post: what a
// comment after it is under.
func (e *extraction) postQuotedAbove(n int) (*attribution, bool) {
	para := e.spans[e.top[n]].para
	for m := n - 1; m >= 0 && para-e.spans[e.top[m]].para <= 4; m-- {
		if l := &e.attr[m]; isPlatform(l.channel) {
			return l, true
		}
	}
	return nil, false
}

// bareLeadIn reports quotation n introduced by a paragraph of its own of a
// few words ending in a colon ("She continued:"), right after quotation
// n-1 closes its paragraph.
func (e *extraction) bareLeadIn(n int) bool {
	p, sp := e.spans[e.top[n-1]], e.spans[e.top[n]]
	if p.close < 0 || sp.para != p.para+2 {
		return false
	}
	k := int(sp.open) - 1
	for k > 0 && e.kindAt(k) == tPara {
		k--
	}
	if !e.isPunct(k, ":") {
		return false
	}
	lf, _ := e.paraBounds(k)
	words := 0
	for j := lf; j < k; j++ {
		if e.isWord(j) {
			words++
		}
	}
	return words <= 4 && e.toks[lf].para == p.para+1
}

// toldOutletBefore is the publication someone "told" last before token k,
// in its paragraph or the one before ("told HollywoodLife EXCLUSIVELY
// that"), else "".
func (e *extraction) toldOutletBefore(k int) string {
	from, _ := e.paraBounds(k)
	if from > 1 {
		from, _ = e.paraBounds(from - 2)
	}
	for j := k - 1; j >= from && j >= k-400; j-- {
		if w := e.lower(j); w != "told" && w != "tells" || !e.isWord(j) || !e.outside(j) {
			continue
		}
		if ev, ok := e.outletAfter(j+1, min(j+7, k)); ok && ev.outlet != "" && (ev.channel == "interview" || ev.channel == "publication") {
			return ev.outlet
		}
	}
	return ""
}

// forGerundCue reports a reporting verb in -ing at token c after "for" or
// "for" and a possessive: what someone is thanked, blamed or sorry for
// having said.
func (e *extraction) forGerundCue(c int) bool {
	if c < 2 || !e.isWord(c) || !strings.HasSuffix(e.lower(c), "ing") {
		return false
	}
	j := c - 1
	if ownerGender(e.word(j)) != 0 {
		j--
	}
	return e.lower(j) == "for" && e.isWord(j)
}

// piecesOfOne reports quotation n as the piece after quotation n-1 of
// one quotation: the same speaker's, in the same paragraph, the reporting
// clause between them, which told the first piece's channel in its own
// sentence.
func (e *extraction) piecesOfOne(n int) bool {
	p, a := &e.attr[n-1], &e.attr[n]
	ps, sp := e.spans[e.top[n-1]], e.spans[e.top[n]]
	return p.speaker == a.speaker && p.from == fromSentence && ps.para == sp.para && p.cueTok > ps.close && p.cueTok < sp.open
}

// lastKnown is the last quotation before quotation n by speaker whose
// channel is known, among the 64 before it.
func (e *extraction) lastKnown(n int, speaker string) (attribution, bool) {
	if speaker == "" {
		return attribution{}, false
	}
	for m := n - 1; m >= 0 && m >= n-64; m-- {
		if l := e.attr[m]; l.speaker == speaker && l.channel != "unknown" && l.channel != "" {
			return l, true
		}
	}
	return attribution{}, false
}

// hostOfOutlet gives quotation n the programme of an earlier quotation
// on air whose name holds its speaker's surname (The Kelly Marsh Show and
// Marsh), and reports whether there was one.
func (e *extraction) hostOfOutlet(n int, a *attribution) bool {
	if a.speaker == "" || a.org {
		return false
	}
	surname := lastWord(a.speaker)
	if len(surname) < 3 || !isCap(surname) {
		return false
	}
	for m := n - 1; m >= 0; m-- {
		l := &e.attr[m]
		if (l.channel == "tv" || l.channel == "radio" || l.channel == "podcast") && l.outlet != "" && l.speaker != "" && l.speaker != a.speaker &&
			(slices.Contains(strings.Fields(l.outlet), surname) || e.progHosts[l.outlet] == surname) {
			a.channel, a.outlet = l.channel, l.outlet
			return true
		}
	}
	return false
}

// hostOnAir gives quotation a, which no cue places, the medium of its
// speaker when the article introduces them as that medium's host ("talk
// show host Chelsea Handler", "radio host Laura Ingraham"): a host speaks
// on their programme (CHANNELS.md).
func (e *extraction) hostOnAir(a *attribution) bool {
	ev, ok := e.hostMedium(a.speaker)
	if !ok {
		return false
	}
	a.channel, a.outlet = ev.channel, ""
	return true
}

// ordinalOfGroup reports "a second", "a third": one more of the group
// quoted before.
func ordinalOfGroup(mention string) bool {
	det, rest, ok := strings.Cut(mention, " ")
	return ok && (det == "a" || det == "A") && ordinals.has(rest) && rest != "last" && rest != "final"
}

// goesOnCue reports a cue that tells the same words go on: "continued",
// "added", "went on".
func goesOnCue(cue string) bool {
	return cue == "continued" || cue == "added" || cue == "went" || cue == "concluded"
}

// aloneQuotedBetween reports that no one but quotation n's speaker is
// quoted between quotations m and n.
func (e *extraction) aloneQuotedBetween(m, n int) bool {
	for k := m + 1; k < n; k++ {
		if e.attr[k].speaker != e.attr[n].speaker {
			return false
		}
	}
	return true
}

// groupScene gives quotation n the scene of a sentence up to three
// paragraphs before it whose subject describes two persons ("The sisters
// ... sat down with Glamour"), when its speaker is one of the two named
// together before that sentence and only they are quoted since, and
// reports whether there was one.
func (e *extraction) groupScene(n int, a *attribution) bool {
	if a.ent < 0 {
		return false
	}
	sp := e.spans[e.top[n]]
	para := e.toks[sp.open].para
	descs := e.pairDescs()
	// the last "the couple" before the quotation, in reach: its sentence
	i := sort.Search(len(descs), func(i int) bool { return descs[i] >= sp.open }) - 1
	for ; i >= 0 && e.toks[descs[i]].para >= para-3; i-- {
		from, to := e.sentenceBounds(int(descs[i]))
		s := from
		for s < to && e.kindAt(s) == tPara {
			s++
		}
		if s >= to || e.toks[s].quote != 0 {
			continue
		}
		c := e.mainClause(s, to)
		if c != int(descs[i]) {
			continue // "The sisters", "the couple" as the subject
		}
		x, y, ok := e.pairBefore(int32(c), e.toks[c].para)
		if !ok || a.ent != x && a.ent != y {
			return false
		}
		ev, ok := e.evidenceIn(s, to)
		if !ok || ev.strength < sSpeech {
			return false
		}
		lo, _ := e.quotedIn(s, len(e.toks))
		for j := lo; j < n; j++ {
			if b := e.attr[j].ent; b != x && b != y && e.attr[j].mention != "" {
				return false // (a title in the scene's sentence is no one's)
			}
		}
		a.channel, a.outlet = ev.channel, ev.outlet
		return true
	}
	return false
}

// roundupScene gives quotation n, which nothing places, the interview of
// a round-up the article's lead reports (roundupLead), when a person the
// article names speaks after it; it reports whether it did.
func (e *extraction) roundupScene(n int, a *attribution) bool {
	if a.ent < 0 || !e.ents.list[a.ent].personLike() && !fullNameShaped(e.ents.list[a.ent].parts) || e.partial(e.spans[e.top[n]]) {
		return false
	}
	ev, at, ok := e.roundupLead()
	if !ok || e.spans[e.top[n]].open < at {
		return false
	}
	a.channel, a.outlet = ev.channel, ev.outlet
	return true
}

// roundupLead reads a round-up in the article's first paragraphs: an
// outlet that talked to a group at once ("ET caught up with the cast of
// The Long Road at Thursday night's premiere", "PEOPLE spoke with the
// nominees on the red carpet"), the interview its sentence tells, and the
// token its sentence ends at.
func (e *extraction) roundupLead() (evidence, int32, bool) {
	if e.roundupTok != 0 {
		return e.roundup, e.roundupTok, e.roundupTok > 0
	}
	e.roundupTok = -1
	for k := 1; k+3 < len(e.toks) && e.toks[k].para <= 3; k++ {
		if !e.isWord(k) || !e.outside(k) {
			continue
		}
		if e.lower(k) == "staked" && e.lower(k+1) == "out" && e.lower(k+2) == "the" && e.lower(k+3) == "red" {
			// "E! staked out the red carpet tonight": the outlet's
			// interviews with whoever walked it
			from, to := e.sentenceBounds(k)
			if ev, ok := e.evidenceIn(from, to); ok && ev.outlet != "" && (ev.channel == "interview" || isMedium(ev.channel)) && !isPlatform(ev.channel) {
				e.roundup, e.roundupTok = ev, int32(to)
				return ev, int32(to), true
			}
			continue
		}
		if !roundupVerbs.has(e.lower(k)) {
			continue
		}
		j := k + 1
		if e.lower(j) == "up" || e.lower(j) == "down" {
			j++ // "caught up with", "sat down with"
		}
		if w := e.lower(j); w != "with" && w != "to" {
			continue
		}
		group := false
		for g := j + 1; g <= j+6 && g < len(e.toks) && e.isWord(g); g++ {
			group = group || roundupGroups.has(e.lower(g))
		}
		if !group {
			continue
		}
		from, to := e.sentenceBounds(k)
		if ev, ok := e.evidenceIn(from, to); ok && ev.outlet != "" && (ev.channel == "interview" || isMedium(ev.channel)) && !isPlatform(ev.channel) {
			e.roundup, e.roundupTok = ev, int32(to)
			return ev, int32(to), true
		}
	}
	return evidence{}, -1, false
}

// roundupVerbs and roundupGroups make a round-up's lead: an outlet that
// "caught up with the cast".
var (
	roundupVerbs  = setOf("caught", "catches", "spoke", "speaks", "chatted", "chats", "talked", "talks", "sat", "sits")
	roundupGroups = setOf("cast", "stars", "couple", "pair", "duo", "co-stars", "costars", "guests", "nominees", "winners",
		"celebrities", "attendees", "band", "actors", "contestants", "finalists", "castmates")
)

// jointEvent gives quotation n, which nothing places, the press
// conference, panel or programme of the quotation just before it, by the
// other of the two persons an earlier sentence names together ("Chris
// Hemsworth and Charlize Theron revealed ..."), in the paragraph before or
// its own; it reports whether it did.
func (e *extraction) jointEvent(n int, a *attribution) bool {
	if n == 0 || a.ent < 0 {
		return false
	}
	p := &e.attr[n-1]
	sp, ps := e.spans[e.top[n]], e.spans[e.top[n-1]]
	if p.ent < 0 || p.ent == a.ent || p.from != fromSentence && p.from != fromPrevious || sp.para-ps.para > 1 || p.channel != "press_conference" && !(p.channel == "tv" && p.outlet != "") {
		return false
	}
	x, y, ok := e.pairBefore(int32(ps.open), ps.para)
	if !ok || !(x == a.ent && y == p.ent || y == a.ent && x == p.ent) {
		return false
	}
	a.channel, a.outlet = p.channel, p.outlet
	return true
}

// pairDescs are the tokens of the narration's "the" before a noun of two
// persons ("the sisters", "the couple"), in text order: most articles have
// none. Read once per article.
func (e *extraction) pairDescs() []int32 {
	if !e.pairRead {
		e.pairRead = true
		for k := 0; k+1 < len(e.toks); k++ {
			if t := &e.toks[k]; t.end-t.start == 3 && t.quote == 0 && e.low[t.start:t.end] == "the" && t.kind == tWord && pairNouns.has(e.lower(k+1)) {
				e.pairAt = append(e.pairAt, int32(k))
			}
		}
	}
	return e.pairAt
}

// reportedScene gives a the scene the article reported its speaker in
// before quoting them, in an earlier paragraph at most sceneReach
// paragraphs of narration up, with no other speaker quoted between: the
// speaker named as the subject of a reporting verb in a sentence naming
// an event, a broadcast, reporters or an outlet ("Mukasey told delegates
// at the Republican National Convention that ...", "a source tells People
// that ..." before "the source said"). It reports whether it did.
func (e *extraction) reportedScene(id int, sp span, a *attribution) bool {
	if len(e.top) == 0 {
		return false
	}
	para := e.toks[sp.open].para
	if id < 0 {
		// an unnamed source: where "a source" or "an insider" was last
		// the subject of a reporting verb
		head := headWord(a.mention)
		if !anonymous.has(head) {
			return false
		}
		for k := int(sp.open) - 1; k > 0 && k >= int(sp.open)-evidenceReach; k-- {
			t := &e.toks[k]
			if t.para != para && e.ents.proseParas(t.para, para) > sceneReach {
				return false
			}
			if t.para == para || t.kind != tWord || t.quote != 0 || e.lower(k) != head {
				continue
			}
			c := k + 1
			for c < k+8 && e.isWord(c) && e.outside(c) && !sceneVerbs.has(e.lower(c)) {
				c++ // "a source close to the couple tells"
			}
			if ok, stop := e.sceneAt(k, c, sp, a.speaker, a); ok || stop {
				return ok
			}
		}
		return false
	}
	en := e.ents.list[id]
	// from the speaker's last mention before sp, at most evidenceReach
	// tokens back (a paragraph of thousands of their quotations reads a
	// bounded stretch for each)
	i := sort.Search(len(en.toks), func(i int) bool { return int(en.toks[i]) >= int(sp.open) }) - 1
	for ; i >= 0; i-- {
		k := int(en.toks[i])
		if k < int(sp.open)-evidenceReach {
			return false
		}
		t := &e.toks[k]
		if t.para == para {
			continue
		}
		if e.ents.proseParas(t.para, para) > sceneReach {
			return false
		}
		if !e.outside(k) {
			continue
		}
		c := k
		if m, ok := e.nameAt(k); ok {
			c = int(m.to) // the name's words, and a tag: "Chuck Grassley (R-Iowa)"
		}
		if e.isPunct(c, ",") {
			// an apposition: "Klein, author of Unlikeable, spoke with"
			for j := c + 1; j < c+16 && j < len(e.toks) && e.outside(j) && e.kindAt(j) != tPara; j++ {
				if e.isPunct(j, ",") {
					c = j + 1
					break
				}
			}
		}
		if ok, stop := e.sceneAt(k, c, sp, en.name, a); ok || stop {
			return ok
		}
	}
	return false
}

// sceneAt reads the scene of a report whose subject is at token k and
// whose verb should be token c, for quotation sp by speaker: it gives a
// the scene and reports ok, or reports stop when another speaker is
// quoted between the report and sp (a new scene).
func (e *extraction) sceneAt(k, c int, sp span, speaker string, a *attribution) (ok, stop bool) {
	if !e.isWord(c) || !sceneVerbs.has(e.lower(c)) {
		return false, false
	}
	from, to := e.sentenceBounds(k)
	if e.othersQuotedIn(from, int(sp.open), speaker) {
		return false, true
	}
	e.speaker = speaker
	ev, found := e.evidenceIn(from, to)
	if !found || ev.strength < sSpeech {
		// a weak scene word only as the verb's audience ("told
		// supporters in Florida"): elsewhere it is often the report's
		// topic ("to boycott the Republican gathering")
		ev, found = e.evidenceIn(c+1, min(c+4, to))
	}
	e.speaker = ""
	if !found || ev.strength < sSpeech-1 {
		return false, false
	}
	switch {
	case ev.channel == "speech" || ev.channel == "tv" || ev.channel == "radio" || ev.channel == "press_conference",
		ev.channel == "interview" && ev.outlet != "": // "Grassley told POLITICO."
		a.channel, a.outlet, a.from = ev.channel, ev.outlet, fromScene
		return true, false
	}
	return false, false
}

// sceneVerbs report someone speaking to an audience ("Harry smiled" is no
// report of words).
var sceneVerbs = setOf("told", "tells", "said", "says", "addressed", "addresses", "urged", "urges", "promised",
	"promises", "vowed", "vows", "declared", "declares", "warned", "warns", "argued", "argues", "announced",
	"announces", "insisted", "insists", "spoke", "speaks", "implored", "pledged", "pledges", "assured", "reminded",
	// telling a story there: "recounted the incident on Aaron Klein Investigative Radio"
	"recounted", "recounts", "revealed", "reveals", "explained", "explains", "recalled", "recalls", "described",
	"describes", "discussed", "discusses", "detailed", "details", "disclosed", "discloses")

// sceneReach is how many paragraphs of narration up a reported scene
// carries to the speaker's first quotation.
const sceneReach = 3

// samePassage reports whether quotation m, before n, is in n's passage:
// at most passageParas paragraphs of narration (words outside quotations)
// lie between them. CHANNELS.md: "A quote by the same speaker in a separate
// passage does not" inherit its channel (Trump's radio interview, then a
// dozen paragraphs on, his words on a tape); paragraphs of quotation only
// (an excerpt of the NHS's page inside Chrissy Teigen's Instagram video)
// are no narration.
func (e *extraction) samePassage(n, m int) bool {
	from, to := e.spans[e.top[m]].close, e.spans[e.top[n]].open
	if from < 0 || to-from > maxPassageTokens {
		return false
	}
	paras, last := 0, int32(-1)
	for k := from + 1; k < to; k++ {
		t := &e.toks[k]
		if t.kind == tWord && t.quote == 0 && t.para != last {
			last = t.para
			paras++
			if paras > passageParas {
				return false
			}
		}
	}
	return true
}

// maxPassageTokens bounds the walk between two quotations of a passage.
const maxPassageTokens = 4000

// passageParas bounds a passage, in paragraphs of narration: 5-fold
// cross-validation of the classifier (make cv-channel) with 3, 5, 8 and no
// bound gave PolNeAR 0.794, 0.804, 0.805, 0.804 and celebrity news 0.673,
// 0.678, 0.640, 0.655 (counting every paragraph; counting narration only
// moved no dev figure but the seed's quote after an excerpt).
const passageParas = 5

// interviewees are the persons a writer's interview is with: those the
// article quotes most (at least a third as often as its most quoted, and
// three times). The friends and colleagues a profile quotes now and then
// speak without a channel of their own ("'She's a seeker,' says Leah
// Remini": CHANNELS.md's plain "X said").
func (e *extraction) interviewees() map[string]bool {
	count := map[string]int{}
	most := 0
	for n := range e.top {
		if s := e.attr[n].speaker; s != "" && e.attr[n].ent >= 0 {
			count[s]++
			most = max(most, count[s])
		}
	}
	out := map[string]bool{}
	for s, c := range count {
		if c >= 3 && 3*c >= most {
			out[s] = true
		}
	}
	return out
}

// publicationHeads are the head nouns of a published text that speaks.
var publicationHeads = setOf("website", "site", "article", "report", "study", "editorial", "column", "book", "blog",
	"magazine", "newspaper", "paper", "page", "guide", "op-ed")

// chanFrom tells where the rules found a quotation's channel: its
// classifier reads it, trusting its own sentence's evidence more than a
// scene carried over.
type chanFrom uint8

const (
	fromNone      chanFrom = iota // no evidence: unknown
	fromSentence                  // the quotation's sentence
	fromParagraph                 // its paragraph
	fromScene                     // a paragraph before that sets the scene
	fromContinued                 // the speaker's or the conversation's scene, a platform above
	fromCue                       // a written cue with nothing named: publication
	fromFill                      // filled after the pass: a conversation, the article's scene
	fromProfile                   // the writer's own interview
	fromPrevious                  // the speaker's quotation just before (a quotation in pieces)
)

var chanFromNames = [...]string{"none", "sentence", "paragraph", "scene", "continued", "cue", "fill", "profile", "previous"}

// writersInterview reports whether the article is written from its
// writer's interview: a profile whose writer speaks with its subjects ("she
// tells me", "when I ask", "our interview", "we sit down") and quotes them
// mostly in the present tense ("says"). Its quotations without evidence of
// their own are that interview (CHANNELS.md: "told me" is an interview),
// not the scene of the speaker's last quote.
func (e *extraction) writersInterview() bool {
	if e.profile != 0 {
		return e.profile > 0
	}
	e.profile = -1
	cued, present := 0, 0
	for n := range e.top {
		if c := e.attr[n].cue; c != "" {
			cued++
			// (and any cue in the present: "she confesses", "she coos")
			if presentCue(c) || len(c) > 3 && presentTense(c) {
				present++
			}
		}
	}
	if cued >= 3 && 2*present >= cued && e.writerAsks() {
		e.profile = 1
	}
	return e.profile > 0
}

// writerAsks reports whether the narration, outside quotations, has its
// writer speak with someone: "told me", "asks me", "I ask", "our
// interview", "we sit down", "We asked costar Bryan Greenberg".
func (e *extraction) writerAsks() bool {
	prev := ""
	for k := range e.toks {
		t := &e.toks[k]
		if t.kind != tWord || t.quote != 0 {
			prev = ""
			continue
		}
		w := e.text[t.start:t.end]
		switch {
		case w == "me" && (prev == "told" || prev == "tells" || prev == "tell" || prev == "telling" || prev == "asked" || prev == "asks"),
			prev == "I" && (w == "ask" || w == "asked"),
			(prev == "our" || prev == "my") && w == "interview",
			(prev == "we" || prev == "We") && (w == "sit" || w == "sat" || w == "meet" || w == "chat" || w == "chatted" || w == "talk" ||
				w == "talked" || w == "speak" || w == "spoke" || w == "begin" || w == "began" || w == "asked" || w == "ask"):
			return true
		}
		prev = w
	}
	return false
}

// leadScene gives quotations still "unknown" the scene the article opens
// with: a sentence of its first paragraphs that begins "At a heated press
// conference ...", "During the rally ...", "In animated off-the-cuff remarks
// ...". A report of one event quotes its participants, also in the
// paragraphs before the sentence that sets the scene (it stands within the
// first leadParas paragraphs); any quotation with evidence of its own (an
// interview, a tweet) keeps it.
func (e *extraction) leadScene() {
	var scene evidence
	at := -1
	for k := 0; k < len(e.toks) && at < 0 && e.toks[k].para <= leadParas; k++ {
		if !e.isWord(k) || (k > 0 && e.toks[k-1].sent == e.toks[k].sent && e.kindAt(k-1) != tPara) {
			continue // not the first word of a sentence
		}
		switch e.lower(k) {
		case "at", "during", "in", "speaking", "addressing":
		default:
			continue
		}
		to := k + 1
		for to < len(e.toks) && to <= k+8 && e.isWord(to) {
			to++
		}
		if e.pastOccasionIn(k, to) {
			continue // "Speaking to Apple Music's Zane Lowe last month, Gaga revealed": another occasion than the article's
		}
		ev, ok := e.scanEvidence(k+1, to)
		if ok && ev.strength >= sSpeech-1 && (ev.channel == "speech" || ev.channel == "press_conference" || ev.channel == sceneDebate || ev.channel == "interview") {
			scene, at = ev, k
		}
	}
	guest, episode, held := false, false, false
	if at < 0 {
		if scene, at, guest = e.guestLead(); !guest {
			if !e.unplaced() {
				return // (no quotation waits for a scene)
			}
			if scene, at = e.episodeLead(); at >= 0 {
				episode = true
			} else if scene, at = e.heldLead(); at >= 0 {
				held = true
			} else if scene, at = e.coverLead(); at < 0 {
				return
			}
		}
	}
	if e.remarksClause(at) {
		return // "hitting back at Bill Maher over comments the Real Time host made during a recent episode of his podcast": the maker's, no scene of the article
	}
	scene.channel = e.sceneChannel(scene.channel)
	interview := scene.channel == "interview"
	if interview && scene.outlet == "" && !scene.settled {
		// "He appeared on a podcast this week ... During the
		// conversation, he reflected": an interview on the medium the
		// paragraphs before name
		if pf, _ := e.paraBounds(at); pf >= 0 {
			if mev, ok := e.mediumNear(pf); ok {
				scene = mev
			}
		}
	}
	if scene.channel == "speech" {
		// "Tempers flared on Monday's episode of Harbour Lane. During a
		// dinner at the beach house, ...": a scene of the programme
		if pf, _ := e.paraBounds(at); pf >= 0 {
			if bev, ok := e.broadcastNear(pf); ok {
				scene = bev
			}
		}
	}
	// an interview or a guest spot is the scene of those it names ("In an
	// interview focused largely on foreign policy, Trump said"), not of
	// the article's other speakers
	var named map[int]bool
	if interview || guest || held {
		named = map[int]bool{}
		from, to := e.sentenceBounds(at)
		for _, o := range e.ents.within(from, to) {
			if e.ents.list[o.ent].personLike() || held && int(o.tok) == at {
				named[o.ent] = true // (and the one who held it, whatever the lexicons know of the name)
			}
		}
		if guest {
			e.guestsNamed(named)
		}
		if w := e.lower(from); guest && (w == "she" || w == "he") {
			// "She was a guest on Rob Lowe's podcast": the person the
			// article is about, beside the host the sentence names
			if id := e.articleSubject(); id >= 0 {
				named[id] = true
			}
		}
		if len(named) == 0 && guest {
			// "The 48-year-old actor stopped by The Ellen Show": the
			// person the article is about
			if id := e.articleSubject(); id >= 0 {
				named[id] = true
			}
		}
	}
	for n, i := range e.top {
		sp := e.spans[i]
		a := &e.attr[n]
		if named != nil && (a.ent < 0 || !named[a.ent]) {
			continue
		}
		if episode && e.watcher(a) {
			continue // "The episode left fans divided. '...,' said viewer Ann Tull": no one on the show
		}
		if scene.outlet != "" && e.relayedByOther(n, scene.outlet) {
			continue // "..., Richards said during the performance, as captured by Page Six": not the interview with ET the article reaches later
		}
		// (and, for a guest spot, an interview no outlet names: "in an
		// interview with Tracy Smith for CBS Sunday Morning ... Stern
		// tells Smith")
		if a.speaker != "" && (a.channel == "unknown" && !e.partial(sp) && !a.recalled || guest && a.channel == "interview" && a.outlet == "") {
			a.channel, a.outlet, a.from = scene.channel, scene.outlet, fromFill
		}
	}
}

// joinsScene gives quotation n the live scene (on air, or a speech or a
// press conference) of the quotation before it by someone else, at most
// three paragraphs up, when its speaker "chimed in" (weighed in, jumped
// in) in its paragraph or the one before: someone joining the talk.
func (e *extraction) joinsScene(n int, a *attribution) bool {
	if a.ent < 0 || n == 0 {
		return false
	}
	if e.joins == 0 {
		// (most articles have no one joining: read once)
		e.joins = -1
		for _, v := range [...]string{"chimed in", "weighed in", "jumped in", "chimes in", "weighs in", "jumps in", "agreed with", "agrees with"} {
			if strings.Contains(e.low, v) {
				e.joins = 1
				break
			}
		}
	}
	if e.joins < 0 {
		return false
	}
	sp := e.spans[e.top[n]]
	pf, _ := e.paraBounds(int(sp.open))
	from := pf
	if pf > 1 {
		from, _ = e.paraBounds(pf - 2)
	}
	joined := false
	for k := max(from, int(sp.open)-200); k+1 < int(sp.open) && !joined; k++ { // (bounded: a paragraph may be long)
		if !e.isWord(k) || !e.outside(k) {
			continue
		}
		switch e.lower(k) {
		case "chimed", "weighed", "jumped", "chimes", "weighs", "jumps":
			if e.lower(k+1) != "in" {
				continue
			}
		case "agreed", "agrees":
			if e.lower(k+1) != "with" {
				continue // ("agreed to appear"; "Walters agreed with Sidwell": one more voice in the talk)
			}
		default:
			continue
		}
		s, t := e.sentenceBounds(k)
		joined = slices.ContainsFunc(e.ents.within(s, t), func(o occurrence) bool { return o.ent == a.ent })
	}
	if !joined {
		return false
	}
	for m := n - 1; m >= 0 && sp.para-e.spans[e.top[m]].para <= 3; m-- {
		l := &e.attr[m]
		if l.ent == a.ent {
			continue
		}
		switch l.channel {
		case "tv", "radio", "podcast", "speech", "press_conference":
			a.channel, a.outlet, a.from = l.channel, l.outlet, fromScene
			return true
		}
		return false
	}
	return false
}

// reportersOutlet is the outlet of the reporter named at token k, as the
// article introduced them: "Vanity Fair West Coast editor Krista Smith",
// "Extra's Megan Ryte" (then "she tells Smith"). Read once per article.
func (e *extraction) reportersOutlet(k int) (evidence, bool) {
	i := e.ents.occBefore(int32(k))
	if i >= len(e.ents.occ) || int(e.ents.occ[i].tok) != k {
		return evidence{}, false
	}
	if !e.isReporter(e.ents.occ[i].ent) {
		return evidence{}, false
	}
	return e.reporters[e.ents.occ[i].ent], true
}

// isReporter reports whether person id is introduced as an outlet's
// reporter or editor (introducedBy): who asks, in an interview.
func (e *extraction) isReporter(id int) bool {
	if e.reporters == nil {
		e.reporters = map[int]evidence{}
		for _, o := range e.ents.occ {
			if ev, ok := e.introducedBy(int(o.tok)); ok {
				if _, seen := e.reporters[o.ent]; !seen {
					e.reporters[o.ent] = ev
				}
			}
		}
	}
	_, ok := e.reporters[id]
	return ok
}

// introducedBy reads the outlet that introduces the person named at token
// k: a press role after the outlet's name ("Vanity Fair West Coast editor
// Krista Smith") or the outlet's possessive ("Extra's Megan Ryte").
func (e *extraction) introducedBy(k int) (evidence, bool) {
	r := k - 1
	if e.kindAt(r) == tMark && e.isWord(r-1) && !e.outside(r-1) && e.toks[r-1].cap {
		// `"Extra's" Mona Kosar Abdi`: the programme's name in marks
		if name, poss := stripPossessive(e.lexWord(r - 1)); poss && (e.kindAt(r-2) == tMark || name != e.word(r-1)) {
			if toldOnlyTV.has(name) {
				return evidence{channel: "tv", outlet: name, strength: sInterview}, true
			}
			if c := airChannel(name); c != "" {
				return evidence{channel: c, outlet: name, strength: sInterview}, true
			}
			if publications.has(name) {
				return evidence{channel: "interview", outlet: name, strength: sInterview}, true
			}
		}
		return evidence{}, false
	}
	if !e.isWord(r) || !e.outside(r) {
		return evidence{}, false
	}
	end := r // the outlet's words end before end: its press role's, or after its possessive
	if !pressRoles.has(e.lower(r)) {
		if base, poss := stripPossessive(e.lexWord(r)); !poss || !isCap(base) {
			return evidence{}, false
		}
		end = r + 1
	}
	start := end - 1
	if start < 0 || !e.isWord(start) {
		return evidence{}, false
	}
	for start > 0 && start > end-7 && e.isWord(start-1) && e.outside(start-1) && isCap(e.word(start-1)) {
		start--
	}
	// the longest publication's name among the capitalised words
	for c := end; c > start; c-- {
		for s := start; s < c; s++ {
			if name, _ := stripPossessive(e.text[e.toks[s].start:e.toks[c-1].end]); publications.has(name) {
				return evidence{channel: "interview", outlet: name, strength: sInterview}, true
			}
		}
	}
	if base, poss := stripPossessive(e.lexWord(end - 1)); poss && start == end-1 {
		// "ET's Rachel Smith", "People's Ana Reyes": a name that is an
		// outlet only in such places, its correspondent's
		if toldOnlyTV.has(base) {
			return evidence{channel: "tv", outlet: base, strength: sInterview}, true
		}
		if name, ok := wordTitles[base]; ok {
			return evidence{channel: "interview", outlet: name, strength: sInterview}, true
		}
	}
	if ev, ok := e.scanEvidence(start, end); ok && ev.outlet != "" && (isMedium(ev.channel) || ev.channel == "interview") {
		ev.strength = sInterview
		return ev, true
	}
	return evidence{}, false
}

// guestsNamed adds to named the people the lead paragraphs call guests or
// co-hosts: "While chatting with guests Kyle Vance and Chloe Dunn, the
// host".
func (e *extraction) guestsNamed(named map[int]bool) {
	for k := 0; k+1 < len(e.toks) && e.toks[k].para <= leadParas; k++ {
		if !e.isWord(k) || !e.outside(k) || !guestNouns.has(e.lower(k)) || !e.toks[k+1].cap {
			continue
		}
		_, to := e.sentenceBounds(k)
		for _, o := range e.ents.within(k+1, min(k+12, to)) {
			if e.ents.list[o.ent].personOrSpeaker() {
				named[o.ent] = true
			}
		}
	}
}

var guestNouns = setOf("guest", "guests", "co-host", "co-hosts", "cohost", "cohosts", "panelists")

// madeBefore reports a form of "make" before the word at k, past its
// determiner: "make the announcement", "made an announcement".
func (e *extraction) madeBefore(k int) bool {
	if determiners.has(e.lower(k - 1)) {
		k--
	}
	switch e.lower(k - 1) {
	case "make", "makes", "made":
		return e.isWord(k - 1)
	case "making":
		return e.isWord(k-1) && !prepositions.has(e.lower(k-2)) // ("in making her announcement in Richmond": the event)
	}
	return false
}

// speechTopic words before "speech" make it a right or a kind of words,
// no speech given: "free speech", "hate speech", "freedom of speech".
var speechTopic = setOf("free", "hate", "of", "protected", "offensive")

// guestLead finds a guest spot on a programme in the article's first
// paragraphs: "stopped by The Ellen Show", "appeared on Jimmy Kimmel
// Live", "dropped by The Howard Stern Show". It returns the programme's
// evidence and the token of the verb.
func (e *extraction) guestLead() (evidence, int, bool) {
	for k := 0; k+1 < len(e.toks) && e.toks[k].para <= leadParas; k++ {
		if !e.isWord(k) || !e.outside(k) {
			continue
		}
		var want string // the particle the verb takes
		switch e.lower(k) {
		case "interview", "conversation", "chat", "sit-down", "chatted", "spoke", "talked":
			// "The Spout Podcast host Tamara Dhia ... a second interview
			// with Lizzo": the programme its sentence names
			if e.lower(k+1) != "with" {
				continue
			}
			from, to := e.sentenceBounds(k)
			if ev, ok := e.scanEvidence(from, to); ok && ev.strength >= sNetwork && ev.outlet != "" && (ev.channel == "tv" || ev.channel == "radio" || ev.channel == "podcast") {
				return ev, k, true
			}
			continue
		case "opened", "opens":
			// "The actor opened up recently to The Hollywood Reporter's
			// Awards Chatter podcast": the programme after "up ... to"
			j := k + 1
			if e.lower(j) != "up" {
				continue
			}
			for j++; j < k+4 && e.isWord(j) && e.adverbAt(j) && e.lower(j) != "to"; j++ {
			}
			if e.lower(j) != "to" {
				continue
			}
			if ev, ok := e.scanEvidence(j+1, min(j+9, len(e.toks))); ok && ev.strength >= sNetwork && ev.outlet != "" && (ev.channel == "tv" || ev.channel == "radio" || ev.channel == "podcast") {
				return ev, k, true
			}
			continue
		case "stopped", "stops", "dropped", "drops", "popped", "pops":
			want = "by"
		case "appeared", "appears", "appearing", "guested", "guests", "guest":
			want = "on" // (and "She was a guest on Rob Lowe's podcast")
		case "during":
			// "was so relaxed during Wednesday night's Watch What Happens
			// Live that": an episode the article reports
			want = ""
		default:
			continue
		}
		at := k + 1
		if want != "" {
			if !strings.EqualFold(e.word(k+1), want) {
				continue
			}
			at++
		}
		ev, ok := e.scanEvidence(at, min(at+8, len(e.toks)))
		if ok && ev.strength >= sNetwork && ev.outlet != "" && (ev.channel == "tv" || ev.channel == "radio" || ev.channel == "podcast") {
			return ev, k, true
		}
	}
	return evidence{}, -1, false
}

// unplaced reports a quotation with a speaker and no channel yet: one a
// scene could place.
func (e *extraction) unplaced() bool {
	for n := range e.top {
		if a := &e.attr[n]; a.channel == "unknown" && a.speaker != "" {
			return true
		}
	}
	return false
}

// quotation reports whether quotation n is words someone said, not a
// title in marks ("The Real Housewives of Beverly Hills") that the
// extraction drops: a title takes no scene from the quotations after it.
func (e *extraction) quotation(n int) bool {
	_, keep := e.verdict(n)
	return keep
}

// verdict is judge for quotation n, read once: from the channels on, the
// attribution is final.
func (e *extraction) verdict(n int) (Kind, bool) {
	a := &e.attr[n]
	if a.judged == 0 {
		var keep bool
		a.kind, keep = e.judge(n)
		a.judged = 2
		if keep {
			a.judged = 1
		}
	}
	return a.kind, a.judged == 1
}

// relayedByOther reports quotation n relayed by an outlet other than
// outlet: not in that outlet's interview or programme.
func (e *extraction) relayedByOther(n int, outlet string) bool {
	r := e.relayedBy(e.spans[e.top[n]])
	return r != "" && r != outlet
}

// relayedBy is the outlet that the sentence of quotation sp (its
// reporting clause after it too) says relayed the words: "according to
// Page Six", "as captured by Page Six", "per TMZ"; else "".
func (e *extraction) relayedBy(sp span) string {
	from, to := e.sentenceBounds(int(sp.open))
	if sp.close >= 0 && int(sp.close)+1 < len(e.toks) {
		if _, t := e.sentenceBounds(int(sp.close) + 1); t > to {
			to = t
		}
	}
	for k := from; k < to; k++ {
		if !e.isWord(k) || !e.outside(k) {
			continue
		}
		j := e.accordingAt(k)
		switch e.lower(k) {
		case "captured", "reported", "obtained", "published":
			if e.lower(k+1) == "by" {
				j = k + 2
			}
		}
		if j < 0 || !e.isWord(j) || !e.toks[j].cap {
			continue
		}
		if m, ok := e.mentionAt(j); ok && (m.kind == mOrg || e.pressSpeaker(m.name)) {
			return m.name
		}
	}
	return ""
}

// coverLead finds an opening sentence that puts someone on a magazine's
// cover ("Adele lands on the cover of the latest issue of Time", "Perry
// stuns on the cover of "Velvet" magazine's May issue"): the cover story is
// the magazine's interview, the scene of the quotations of those the
// sentence names that no other evidence places; -1 for none.
func (e *extraction) coverLead() (evidence, int) {
	for k := 0; k < len(e.toks) && e.toks[k].para <= leadParas; k++ {
		w := e.lower(k)
		if !coverWords.has(w) || !e.isWord(k) || !e.outside(k) {
			continue
		}
		_, to := e.sentenceBounds(k)
		if w != "cover" || e.lower(k-1) == "to" {
			// "Miley Cyrus covers W Magazine", "the latest star to cover
			// InStyle magazine", "she graces Vogue's cover": the verb's
			// object, a magazine the lexicon knows or one called so
			j := k + 1
			if e.lower(j) == "the" {
				j++
			}
			if name, ok := e.publicationFrom(j); ok {
				return evidence{channel: "interview", strength: sInterview, outlet: name}, k
			}
			if name, ok := e.magazineNameAt(j); ok && e.kindAt(j) != tMark {
				if end := j + len(strings.Fields(name)); strings.HasSuffix(name, " Magazine") || e.lower(end) == "magazine" || e.lower(end) == "mag" || e.lower(end) == "magazine's" {
					return evidence{channel: "interview", strength: sInterview, outlet: name}, k
				}
			}
			if w != "covers" && w != "cover" {
				continue
			}
		}
		if e.lower(k+1) == "of" {
			if name, ok := e.magazineNameAt(k + 2); ok && !issueWords.hasLower(name) {
				if n := k + 2 + len(strings.Fields(name)); issueNouns.hasLower(lastWord(name)) || e.lower(k+2) == "the" && issueNouns.hasLower(lastWord(name)) {
					// "the cover of the Performance Issue of Harper's
					// BAZAAR": the magazine whose issue it is
					for n < to && n <= k+10 && e.lower(n) != "of" {
						n++
					}
					if mag, ok := e.magazineNameAt(n + 1); ok && e.lower(n) == "of" {
						return evidence{channel: "interview", strength: sInterview, outlet: mag}, k
					}
				}
				return evidence{channel: "interview", strength: sInterview, outlet: name}, k // "the cover of Velvet"
			}
		}
		for j := k + 1; j < to && j <= k+10; j++ {
			if issueNouns.has(e.lower(j)) && e.outside(j) {
				if ev, ok := e.magazineIssue(j); ok {
					return ev, k // "the cover of the latest issue of Time"
				}
			}
		}
	}
	return evidence{}, -1
}

// coverWords put someone on a magazine's cover: "on the cover of",
// "covers Vogue", "graces Elle".
var coverWords = setOf("cover", "covers", "covering", "covered", "graces", "graced", "gracing", "fronts", "fronted", "fronting")

// heldLead finds a press conference or a speech a person named as the
// subject of an opening sentence held ("White House press secretary Josh
// Earnest gaggled for roughly 24 minutes aboard Air Force One"): the
// scene of that person's quotations no other evidence places, and the
// subject's token; -1 for none.
func (e *extraction) heldLead() (evidence, int) {
	for k := 0; k < len(e.toks) && e.toks[k].para <= leadParas; k++ {
		if !e.isWord(k) || !e.sceneWord(k) && e.word(k) != "Awards" && !awardsShows.has(e.word(k)) && !(e.lower(k) == "panel" && e.onPanel(k)) {
			continue // (most sentences name no press conference, speech, panel or awards show)
		}
		from, to := e.sentenceBounds(k)
		k = to
		mc := e.mainClause(from, to)
		m, ok := e.nameAt(mc)
		if ok && m.kind == mOrg && e.lower(int(m.to)) == "hosted" {
			// "Screen Weekly hosted its annual panel, with guests ...": the
			// host's event, the scene of the guests the sentence names
		} else if !ok || m.kind != mName {
			// "White House press secretary Josh Earnest": the name after
			// the title
			if m, ok = e.nameWithin(mc, 6); !ok || m.kind != mName {
				continue
			}
		}
		// the verb's phrase: a second subject joined by "and", then the
		// words up to the first preposition after the verb ("gaggled for
		// roughly 24 minutes", "held their first joint campaign event on
		// Monday"; not "to congratulate Jenner for her speech")
		v := int(m.to)
		if e.lower(v) == "and" {
			if n, ok := e.nameWithin(v+1, 3); ok {
				v = int(n.to)
				for v < to && v < int(n.to)+4 && e.isWord(v) && (e.isPreposition(v) || e.toks[v].cap) {
					v++ // "of Massachusetts"
				}
			}
		}
		if !e.isWord(v) || e.toks[v].cap {
			continue
		}
		end := v + 1
		for end < to && end < v+10 && (e.isWord(end) && (e.outside(end) || e.inTitleMarks(end)) || e.kindAt(end) == tMark) && !e.isPreposition(end) {
			end++ // (over a title in marks: 'hosted its annual "Leading Ladies" panel')
		}
		if end+2 < to && e.lower(end+2) == "panel" && e.onPanel(end+2) {
			end += 3 // "sat on a panel about adapting books"
		}
		if ev, ok := e.scanEvidence(v, end); ok && ev.strength >= sSpeech && (ev.channel == "press_conference" || ev.channel == "speech") {
			return ev, mc
		}
		if e.spokeWords(v, end) {
			// "Viola Davis delivered some very powerful words at the
			// Critics Choice Awards Sunday night": the ceremony she spoke at
			for j := end; j < to; j++ {
				if ev, ok := e.awardsShowAt(j); ok {
					return ev, mc
				}
			}
		}
	}
	return evidence{}, -1
}

// spokeWords reports a verb phrase in tokens [v, end) that tells of
// speaking to a room: "spoke", "delivered some very powerful words", "gave
// an emotional speech".
func (e *extraction) spokeWords(v, end int) bool {
	switch e.lower(v) {
	case "spoke", "speaks":
		return true
	case "delivered", "delivers", "gave", "gives", "made", "makes":
		for j := v + 1; j < end; j++ {
			if spokenNouns.has(e.lower(j)) {
				return true
			}
		}
	}
	return false
}

var spokenNouns = setOf("words", "speech", "speeches", "remarks", "address", "tribute", "message")

// sceneWord reports a word at token k that opens a phrase of a press
// conference or a speech in the channel lexicon ("gaggled", "rally"; not
// the weaker scene words, "crowd", "event").
func (e *extraction) sceneWord(k int) bool {
	return sceneOpeners.has(e.lower(k))
}

// sceneOpeners are the first words of the lexicon's phrases of press
// conferences and speeches at full strength.
var sceneOpeners = func() wordSet {
	m := map[string]struct{}{}
	for w, ps := range phraseIndex.m {
		for _, p := range ps {
			if (p.channel == "press_conference" || p.channel == "speech") && p.strength >= sSpeech {
				m[strings.ToLower(w)] = struct{}{}
			}
		}
	}
	return setFrom(m)
}()

// episodeLead finds an episode of a programme the opening paragraphs
// recap ("The Real Housewives of New York City celebrated the Fourth of
// July on Tuesday night's episode"): the programme, the scene of the
// quotations no other evidence places, and the token of "episode"; -1 for
// none.
func (e *extraction) episodeLead() (evidence, int) {
	for k := 1; k < len(e.toks) && e.toks[k].para <= leadParas; k++ {
		if t := &e.toks[k]; t.end-t.start != 7 || e.lower(k) != "episode" || !e.outside(k) {
			continue
		}
		if w := e.lower(k - 1); !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && w != "latest" && w != "new" && w != "tonight's" {
			continue // "Tuesday night's episode", "the latest episode" (not "an episode of depression")
		}
		from, to := e.sentenceBounds(k)
		if ev, ok := e.scanEvidence(from, to); ok && ev.channel == "tv" && ev.strength >= sNetwork && ev.outlet != "" {
			return ev, k
		}
		// a title the lexicon does not know: after "episode of", or the
		// sentence's subject ("The Real Housewives of New York City
		// celebrated ... on Tuesday night's episode")
		at := from
		if e.lower(k+1) == "of" {
			at = k + 2
		}
		if name := e.titleRun(at, to); name != "" {
			return evidence{channel: "tv", outlet: name, strength: sProgramme}, k
		}
	}
	return evidence{}, -1
}

// watcher reports a speaker the article describes as one who watches or
// follows ("viewer Ann Tull", "one fan"): no one on the programme.
func (e *extraction) watcher(a *attribution) bool {
	if a.ent >= 0 {
		for _, t := range e.ents.list[a.ent].titles {
			if onlineHeads.hasLower(lastWord(t)) {
				return true
			}
		}
	}
	return a.mention != "" && onlineHeads.hasLower(headWord(a.mention))
}

// titleRun is the capitalised run of three words or more at token at
// (before to; "of", "the" and "and" may join it) that names no person the
// article knows: a work's title, else "".
func (e *extraction) titleRun(at, to int) string {
	if e.lower(at) == "the" && e.isWord(at+1) && e.toks[at+1].cap {
		at++
	}
	end, words := at, 0
	for end < to && end < at+10 && e.isWord(end) && e.outside(end) {
		if w := e.lower(end); e.toks[end].cap {
			words++
		} else if w != "of" && w != "the" && w != "and" {
			break
		}
		end++
	}
	for end > at && !e.toks[end-1].cap {
		end--
	}
	if words < 3 || e.personAt(at) {
		return ""
	}
	name, _ := stripPossessive(e.text[e.toks[at].start:e.toks[end-1].end])
	return name
}

// sceneChannel resolves a debate to tv when the article shows it on air,
// else to a speech; other channels stay.
func (e *extraction) sceneChannel(c string) string {
	if c != sceneDebate {
		return c
	}
	if e.debateOnAir() {
		return "tv"
	}
	return "speech"
}

// leadParas is how many paragraphs (a headline counts) may open the article
// before its scene is set.
const leadParas = 4

// notMedium reports whether the words after a network or show name at
// token k make it a poll's sponsor, not where anything was said: "a
// CNN/WMUR poll", "according to a CNN survey".
func (e *extraction) notMedium(k int) bool {
	for j := k; j < k+3 && (e.isWord(j) || e.isPunct(j, "/")); j++ {
		if !e.isWord(j) {
			continue
		}
		switch e.lower(j) {
		case "poll", "polls", "polling", "survey", "surveys":
			return true
		}
		if j > k && !isCap(e.word(j)) {
			break
		}
	}
	return false
}

// partial reports a quotation that starts in lower case inside a
// sentence: a fragment of reported speech.
func (e *extraction) partial(sp span) bool {
	r, _ := utf8.DecodeRuneInString(e.text[sp.start:sp.end])
	return unicode.IsLower(r) && e.prevChar(sp) != ':'
}

// atVenue reports whether the scene word at token k is the head of an
// "at a ..." phrase (at most five words back): "at a fundraiser", "At a
// Chamber of Commerce summit".
func (e *extraction) atVenue(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && e.isWord(j) && e.outside(j); j-- {
		if e.lower(j) == "at" {
			switch e.lower(j + 1) {
			case "a", "an", "the", "his", "her", "their":
				return true
			}
			return false
		}
	}
	return false
}

// onPanel reports "on a panel" or "during the panel" ending at token k:
// a scene someone spoke at (not "a Senate panel", "the panel ruled").
func (e *extraction) onPanel(k int) bool {
	if d := e.lower(k - 1); d == "a" || d == "the" {
		p := e.lower(k - 2)
		return (p == "on" || p == "during") && e.isWord(k-2)
	}
	// "hosted its annual "Women Who Kick Ass" panel", "at Starz' Torchwood
	// panel": a panel named, held for an audience
	for j := k - 1; j > 0 && j >= k-12; j-- {
		if e.kindAt(j) == tMark || e.isWord(j) && (e.toks[j].cap || ownerWords.has(e.lower(j)) || e.lower(j) == "annual" || e.lower(j) == "the") {
			continue
		}
		switch e.lower(j) {
		case "hosted", "held", "moderated", "headlined", "during", "at":
			return e.isWord(j) && j < k-1
		}
		return false
	}
	return false
}

// ownScene reports whether a speech, rally or debate named at token k can
// be the current speaker's own: not another person's ("Mr. Obama's speech",
// "a Trump rally") and not one they only attended or skipped.
func (e *extraction) ownScene(k int) bool {
	j := k - 1
	for j >= 0 && e.isWord(j) && !isCap(e.word(j)) && isModifier(e.word(j)) {
		j-- // "Obama's big speech"
	}
	for i := max(j, 0); i < k; i++ {
		if notYet.has(e.lower(i)) && e.isWord(i) {
			return false // "another rally", "the next debate": not the one they spoke at
		}
	}
	if j < 0 || !e.isWord(j) {
		return true
	}
	w := e.word(j)
	switch strings.ToLower(w) {
	case "the", "a", "an", "his", "her", "their", "its":
		if j > 0 && e.isWord(j-1) {
			switch e.lower(j - 1) {
			case "attended", "attend", "attending", "attends", "skip", "skipped", "skipping", "watched", "watching", "missed",
				"before", "ahead":
				return false // "said before a campaign stop": not at it ("after": afterEvent)
			case "to":
				if j > 1 && strings.HasSuffix(e.lower(j-2), "up") {
					return false // "in the lead-up to the debate", "the run-up to the convention"
				}
			}
		}
		return true
	}
	if !isCap(w) {
		return true
	}
	if j > 1 && e.lower(j-1) == "at" {
		switch e.lower(j - 2) {
		case "appearance", "appeared", "appearing", "spoke", "speaking", "speaks", "speak":
			return true // "spoke at Cruz's rally": a guest speaker
		}
	}
	owner, possessive := stripPossessive(w)
	if notNames.has(owner) || e.speaker == "" {
		return true // "Monday's speech", "Tuesday's debate"; no speaker to tell
	}
	if !possessive && !e.personAt(j) {
		// "a San Diego rally": a place; a person's is "a Trump rally"
		for j > 0 && e.isWord(j-1) && isCap(e.word(j-1)) {
			j--
		}
		if !e.personAt(j) {
			return true
		}
	}
	return e.isSpeaker(owner)
}

// notYet are words before a scene that make it one still to come.
var notYet = setOf("next", "another", "upcoming", "future", "planned", "coming")

// afterEvent reports whether the channel word at token k names an event
// the words stand after or since, not where they were said: "after a
// recent appearance on an urban radio station", "since her speech".
func (e *extraction) afterEvent(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8 && e.isWord(j) && e.outside(j); j-- {
		switch e.lower(j) {
		case "after", "since":
			return true
		}
		if isCueWord(e.lower(j)) && !e.toks[j].cap {
			return false // "after Vale wrote on Instagram": a clause, its verb where the words were said
		}
	}
	return false
}

// attendedBefore reports a verb of being somewhere, or "time", within the
// four words before token k: "enjoyed her time at the event", "attended
// the gala", "skipped the dinner".
func (e *extraction) attendedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && e.isWord(j) && e.outside(j); j-- {
		if attendWords.has(e.lower(j)) {
			return true
		}
	}
	return false
}

// cuesAudience reports a crowd or an audience at token k spoken to by a
// reporting verb right before it: "apologised to the crowd", "thanked the
// audience", "joked with the crowd" (a scene, as "told the crowd" is).
func (e *extraction) cuesAudience(k int) bool {
	if w := e.lower(k); w != "crowd" && w != "audience" {
		return false
	}
	j := k - 1
	if e.lower(j) == "the" {
		j--
	}
	if w := e.lower(j); w == "to" || w == "with" {
		j--
	}
	w := e.lower(j)
	if e.brokeTheNews(j) {
		return e.outside(j) // "broke the news to the audience"
	}
	return e.isWord(j) && e.outside(j) && (isCueWord(w) && !isWeakCue(w) || audienceVerbs.has(w))
}

// audienceSpokenIn reports a crowd or an audience spoken to in tokens
// [from, to) (cuesAudience).
func (e *extraction) audienceSpokenIn(from, to int) bool {
	for k := from; k < to && k < from+80; k++ {
		if e.cuesAudience(k) {
			return true
		}
	}
	return false
}

// audienceVerbs speak to an audience without reporting words: "thanked the
// crowd", "spoke to the audience".
var audienceVerbs = setOf("thanked", "greeted", "apologised", "apologized", "spoke", "speaks", "talked", "talks")

// attendWords tell someone was at a scene, not that they spoke there.
var attendWords = setOf("enjoyed", "enjoying", "attended", "attending", "attend", "attends", "skipped", "skipping",
	"missed", "missing", "time")

// inToldClause reports a token k in the clause someone told an outlet or a
// person ("told People that ... posting to social media"): what was told,
// not where.
func (e *extraction) inToldClause(k int) bool {
	return e.inThatClause(k, 8, toldWords)
}

// inFiledClause reports a token k in the clause a document says: after
// "that" right after a filing, a statement or a letter ("say in a court
// filing that ...").
func (e *extraction) inFiledClause(k int) bool {
	return e.inThatClause(k, 3, filedNouns)
}

var (
	sayWords   = setOf("says", "said", "say", "found", "claims", "claimed", "argues", "argued", "insists", "insisted", "believes", "thinks", "notes", "noted")
	toldWords  = setOf("told", "tells", "telling", "interview") // ("told People in a recent interview that")
	filedNouns = setOf("filing", "filings", "lawsuit", "complaint", "affidavit", "statement", "letter", "documents", "papers", "release")
)

// saidThatAbout reports a token k in a clause that "that" opens after a
// saying verb a few words before it, quoted words between skipped ("says
// he found it "absurd" that in the memoir ...": the book is what is spoken
// of).
func (e *extraction) saidThatAbout(k int) bool {
	for j := k - 1; j > 0 && j >= k-8 && e.toks[j].sent == e.toks[k].sent; j-- {
		if !e.isWord(j) || e.lower(j) != "that" || !e.outside(j) {
			continue
		}
		words := 0
		for i := j - 1; i > 0 && i >= j-16 && e.toks[i].sent == e.toks[k].sent && words < 8; i-- {
			if !e.outside(i) || !e.isWord(i) {
				continue
			}
			if sayWords.has(e.lower(i)) {
				return true
			}
			words++
		}
		return false
	}
	return false
}

// inThatClause reports a token k after the nearest "that" before it in its
// sentence, when one of words stands in the reach words before the "that".
func (e *extraction) inThatClause(k, reach int, words wordSet) bool {
	for j := k - 1; j > 0 && j >= k-30 && e.toks[j].sent == e.toks[k].sent; j-- {
		if !e.isWord(j) || e.lower(j) != "that" {
			continue
		}
		for i := j - 1; i > 0 && i >= j-reach && e.isWord(i) && e.outside(i); i-- {
			if words.has(e.lower(i)) {
				return true
			}
		}
		return false
	}
	return false
}

// crowdNoises are an audience's answers to a speaker.
var crowdNoises = setOf("cheers", "applause", "ovation", "boos", "jeers")

// reactionTo reports a crowd's noise at token k that answers the words:
// "said to cheers", "drawing cheers", "drew a standing ovation", "amid
// boos".
func (e *extraction) reactionTo(k int) bool {
	j := k - 1
	for j > k-4 && e.isWord(j) && (e.lower(j) == "a" || e.lower(j) == "standing" || e.lower(j) == "loud" || e.lower(j) == "thunderous") {
		j--
	}
	switch e.lower(j) {
	case "to", "drawing", "drew", "draws", "amid", "prompting", "earning", "earned", "won", "winning", "received", "got":
		return true
	}
	return false
}

// promotedWork reports a network or programme at token k in what someone
// promotes ("while promoting the new season of HBO's The Leftovers") or
// stars in ("who stars in the Bravo series"): the work, not where they speak ("promoting her film on The Tonight Show"
// names where).
func (e *extraction) promotedWork(k int) bool {
	for j := k - 1; j >= 0 && j >= k-7 && e.isWord(j) && e.outside(j); j-- {
		switch e.lower(j) {
		case "in", "on":
			// "who stars in the Bravo series", "as they starred on the
			// MTV series": the work she is known for ("appeared on" is
			// where she spoke)
			switch e.lower(j - 1) {
			case "stars", "starred", "starring", "star", "co-starred", "costarred":
				return e.isWord(j - 1)
			}
			return false
		case "at", "during", "to", "with", "via":
			return false
		case "promoting", "promote", "promotes", "promoted", "plugging", "plug", "plugged", "touting":
			return true
		}
	}
	return false
}

// formerPost reports a network or programme at token k that someone
// worked for once ("the former Chelsea Lately host", "ex-Fox News anchor",
// "a former host of The Talk"): where they were, not where they speak.
func (e *extraction) formerPost(k int) bool {
	former := func(j int) bool {
		switch e.lower(j) {
		case "former", "ex", "ex-":
			return true
		}
		return false
	}
	if former(k-1) || e.isPunct(k-1, "-") && former(k-2) {
		return true
	}
	for _, j := range []int{k - 2, k - 3} { // "former host of (the) The Talk"
		if e.lower(j+1) == "of" || e.lower(j+1) == "the" && e.lower(j) == "of" {
			o := j
			if e.lower(j+1) == "the" {
				o--
			}
			return onAirRoles.has(e.lower(o)) && former(o-1)
		}
	}
	return false
}

// toldBefore reports a told verb, "to", "with" or "by" at most three words
// before token k: "told the talk show host", "quizzed by TV interviewer
// Piers Morgan".
func (e *extraction) toldBefore(k int) bool {
	for j := k - 1; j >= k-3 && e.isWord(j); j-- {
		switch e.lower(j) {
		case "to", "with", "by", "told", "tells", "telling":
			return true
		}
	}
	return false
}

// roleAt reports an on-air role or a role of fame at token k, alone or
// opening a compound ("host", "host-comedian", "star").
func (e *extraction) roleAt(k int) bool {
	if !e.isWord(k) {
		return false
	}
	w := e.word(k)
	if i := strings.IndexByte(w, '-'); i > 0 && !onAirRoles.hasLower(w) {
		w = w[:i]
	}
	return onAirRoles.hasLower(w) || fameRoles.hasLower(w)
}

// careerNouns after a medium word make it the time or the trade of
// someone's life: "radio days", "TV career", "television history".
var careerNouns = setOf("career", "careers", "days", "years", "history", "ratings", "roots", "past", "tenure", "stint",
	"empire", "fame", "stardom", "debut", "heyday", "business", "industry", "deal", "deals", "contract", "contracts")

// fictionNouns after a network name a work of fiction it airs ("the NBC
// sitcom", "the HBO drama"), no one speaking on it in their own name (a
// documentary or a series may be where they do).
var fictionNouns = setOf("sitcom", "sitcoms", "drama", "dramas", "dramedy", "miniseries", "soap", "soaps", "thriller",
	"thrillers", "procedural", "comedy", "comedies", "film", "films", "movie", "movies", "telenovela", "cartoon")

// followerNouns after a network name those who follow it.
var followerNouns = setOf("listeners", "listener", "viewers", "viewer", "audience", "audiences", "subscribers", "fans", "fanbase")

// addressedBefore reports a verb of telling within the three words before
// token k: "told the RT America audience", "assured his Fox viewers".
func (e *extraction) addressedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && e.isWord(j); j-- {
		switch e.lower(j) {
		case "told", "tells", "telling", "tell", "addressed", "addressing", "assured", "reminded", "warned", "thanked", "urged", "informed", "asked", "begged":
			return true
		}
	}
	return false
}

// fameRoles after a medium name someone known from it, who need not be on
// it now: "the reality TV star", "a radio personality".
var fameRoles = setOf("star", "stars", "personality", "personalities", "chef", "legend", "icon", "veteran", "mogul",
	"actor", "actress", "alum", "villain", "sweetheart", "heartthrob", "royalty", "watcher", "watchers", "junkie", "addict",
	"critic", "critics", "producer", "producers", "writer", "writers", "creator", "showrunner", "executive", "executives")

// thingsRelative reports whether token k stands in a relative clause on a
// thing, set off by a comma ("the series Girls, which airs on HBO",
// "the scenes, which one reporter criticized at an HBO panel"): it tells
// what the thing is, not where anyone said these words. A clause on words
// said ("the interview, which aired on CNN") tells where they went out.
func (e *extraction) thingsRelative(k int) bool {
	for j := k - 1; j > 0 && j >= k-12 && e.toks[j].sent == e.toks[k].sent; j-- {
		if e.kindAt(j) != tWord {
			if e.kindAt(j) == tMark || !e.isPunct(j, "'’-") {
				return false
			}
			continue
		}
		if e.lower(j) == "which" && e.isPunct(j-1, ",") {
			return !saidThings.hasLower(e.word(j - 2))
		}
	}
	return false
}

// remarksMadeOn reports token k in a clause on remarks the current speaker,
// the sentence's subject, responds to: "Howard Stern is hitting back at
// Bill Maher over comments the Real Time host made during a recent episode
// of his Club Random podcast" (where those words were made, the maker's
// scene, not the responder's).
func (e *extraction) remarksMadeOn(k int) bool {
	if e.speaker == "" {
		return false
	}
	from, _ := e.sentenceBounds(k)
	if m, ok := e.mentionAt(e.mainClause(from, k)); !ok || m.kind != mName || !e.isSpeaker(m.name) {
		return false
	}
	return e.remarksClause(k)
}

// remarksClause reports token k in a clause on remarks someone responds to:
// "over comments the Real Time host made during a recent episode".
func (e *extraction) remarksClause(k int) bool {
	for j := k - 1; j > 0 && j >= k-10 && (e.isWord(j) && e.outside(j) || e.kindAt(j) == tMark); j-- {
		if w := e.lower(j); w != "made" && w != "dropped" && w != "leveled" && w != "levelled" && w != "lodged" || !e.isWord(j) {
			continue // (a programme's name in marks between: 'dropped on MSNBC's "Morning Joe"')
		}
		for n := j - 1; n > 0 && n >= j-8 && (e.isWord(n) || e.isPunct(n, ",")) && e.outside(n); n-- {
			if !remarkNouns.has(e.lower(n)) {
				continue
			}
			b := n - 1
			for b > n-5 && e.isWord(b) && !determiners.has(e.lower(b)) && !possessiveDeterminers.has(e.lower(b)) && !respondedTo.has(e.lower(b)) && !strings.HasSuffix(e.lower(b), "ed") {
				b-- // "for derogatory comments": the comments' adjectives
			}
			if determiners.has(e.lower(b)) || possessiveDeterminers.has(e.lower(b)) {
				b--
			}
			return respondedTo.has(e.lower(b))
		}
		return false
	}
	return false
}

// remarkNouns are words someone said, as a thing others respond to.
var remarkNouns = setOf("comments", "comment", "remarks", "remark", "claims", "statements", "jokes", "joke", "quip", "words", "accusations",
	"bombshell", "claim", "allegation", "allegations", "charge", "charges", "accusation")

// respondedTo come before remarks someone responds to: "over comments",
// "addressed the remarks".
var respondedTo = setOf("over", "about", "to", "for", "regarding", "addressed", "addresses", "slammed", "blasted", "criticized",
	"defended", "clarified", "explained", "following", "after", "amid", "denied", "denies", "rejected", "dismissed", "disputed", "refuted")

// saidThings are nouns for words said or shown: a relative clause on one
// tells where they went out.
var saidThings = setOf("interview", "interviews", "appearance", "remarks", "comments", "speech", "statement", "conversation",
	"chat", "segment", "broadcast", "clip", "video", "episode", "show", "programme", "program", "podcast", "sit-down", "address",
	"discussion", "debate", "exchange", "conference", "special", "documentary", "town", "hall", "forum", "session", "q&a")

// inQuestion reports whether token k lies in a sentence that opens with
// "Asked", a question put to the speaker.
func (e *extraction) inQuestion(k int) bool {
	from, _ := e.sentenceBounds(k)
	return e.isWord(from) && e.word(from) == "Asked"
}

// byOther reports whether token k opens "by" and the name of someone other
// than the current speaker.
func (e *extraction) byOther(k int) bool {
	if e.speaker == "" || e.lower(k) != "by" {
		return false
	}
	m, ok := e.nameWithin(k+1, 4)
	return ok && !e.isSpeaker(m.name)
}

// isSpeaker reports whether name is, or is part of, the current speaker's
// name.
func (e *extraction) isSpeaker(name string) bool {
	sp := strings.Fields(e.speaker)
	for _, w := range strings.Fields(name) {
		if !slices.Contains(sp, w) {
			return false
		}
	}
	return len(sp) > 0
}

func isModifier(w string) bool {
	switch strings.ToLower(w) {
	case "big", "major", "first", "last", "final", "next", "latest", "long", "short", "fiery", "rousing", "key",
		"campaign", "victory", "acceptance", "convention", "primary", "presidential", "televised", "stump", "nationally":
		return true
	}
	return false
}

// sceneDebate marks debate evidence until the article tells whether the
// debate was on air.
const sceneDebate = "debate"

// debateOnAir reports whether a sentence of the article shows a debate on
// air: "debate" beside a TV network, programme or word, or a moderator.
func (e *extraction) debateOnAir() bool {
	if e.debateAir != 0 {
		return e.debateAir > 0
	}
	e.debateAir = -1
	for k := 0; k < len(e.toks); k++ {
		if w := e.word(k); !e.isWord(k) || !e.outside(k) || len(w) < 6 || !strings.EqualFold(w[:6], "debate") {
			continue
		}
		from, to := e.sentenceBounds(k)
		for c := from; c < to; c++ {
			if w := e.lower(c); e.outside(c) && (strings.HasPrefix(w, "moderat") || w == "televised" || w == "television" || w == "prime-time" || w == "primetime") {
				e.debateAir = 1
				return true
			}
		}
		if ev, ok := e.evidenceIn(from, to); ok && ev.channel == "tv" {
			e.debateAir = 1
			return true
		}
		k = to
	}
	// "the opening question from CBS moderator John Dickerson": a network's
	// moderator anywhere in an article about a debate
	for k := 1; k < len(e.toks); k++ {
		if w := e.lower(k); e.isWord(k) && e.outside(k) && strings.HasPrefix(w, "moderator") {
			for _, p := range phraseIndex.at(e.lexWord(k - 1)) {
				if p.channel == "tv" && p.strength == sNetwork && len(p.words) == 1 {
					e.debateAir = 1
					return true
				}
			}
		}
	}
	return false
}

// transcriptMedium gives a transcript's turn ("WALLACE: ...") the TV, radio
// or podcast programme named in the paragraphs above it.
func (e *extraction) transcriptMedium(sp span, a *attribution) bool {
	pf, _ := e.paraBounds(int(sp.open))
	ev, ok := e.mediumNear(pf)
	if ok {
		a.channel, a.outlet = ev.channel, ev.outlet
	}
	return ok
}

// recalledExchange reports the n-th quotation told to someone the text
// names or calls him, her or them ("she told him", "he said to Rolfe"), or
// a reply to such a quotation in its paragraph or the one before.
func (e *extraction) recalledExchange(n int) bool {
	if e.toldOther(int(e.attr[n].cueTok)) {
		return true
	}
	if n == 0 || !replyCues.has(e.attr[n].cue) {
		return false
	}
	p := e.attr[n-1]
	return e.spans[e.top[n]].para-e.spans[e.top[n-1]].para <= 1 && p.speaker != e.attr[n].speaker && e.toldOther(int(p.cueTok))
}

// toldOther reports a reporting verb in the past tense at token cue
// whose listener is someone other than the writer: "told him", "asked
// her", "said to them", "told Bey" (not "told me", nor "she says to him").
func (e *extraction) toldOther(cue int) bool {
	if cue < 0 || !e.isWord(cue) {
		return false
	}
	k := cue + 1
	switch e.lower(cue) {
	case "told", "asked":
	case "said", "replied":
		if e.lower(k) != "to" {
			return false
		}
		k++
	default:
		return false // (the present tense tells of a scene the writer saw: "she says to him")
	}
	switch e.lower(k) {
	case "him", "her", "them":
		return e.outside(k)
	}
	return e.listenerAfter(cue) >= 0
}

func askingCue(cue string) bool {
	switch cue {
	case "asked", "asks", "asking", "pressed", "questioned", "inquired", "enquired":
		return true
	}
	return false
}

// sharedVerbs pass on a written piece ("an excerpt shared by ...").
var sharedVerbs = setOf("shared", "published", "posted", "printed", "excerpted")

// writtenExcerpts are written pieces an outlet passes on: the outlet that
// shares them is no scene of their words.
var writtenExcerpts = setOf("excerpt", "excerpts", "letter", "letters", "email", "emails", "memo", "document", "documents",
	"diary", "entry", "entries", "transcript", "passage", "passages", "texts")

// obtainedVerbs come before the outlet that found, first told of or
// released words said elsewhere: "obtained by CNN", "first reported by NBC
// News", "a statement released by NBC Universal".
var obtainedVerbs = setOf("obtained", "reported", "seen", "reviewed", "leaked", "acquired", "released")

// postNear reports a post, a photo or a caption named outside quotations
// in the quotation's sentence, its cue's or the sentence before it in its
// paragraph.
func (e *extraction) postNear(sp span, cue int32) bool {
	from, to := e.sentenceBounds(int(sp.open))
	if c := int(cue); c >= to && c < len(e.toks) {
		_, to = e.sentenceBounds(c)
	}
	if from > 0 && e.kindAt(from-1) != tPara {
		from, _ = e.sentenceBounds(from - 1)
	} else if p := from - 1; p > 0 {
		// a quotation opening its paragraph: the sentence that ends the
		// paragraph before, when it quotes no one ("Keane shared a photo
		// from the hospital. / '...,' she wrote")
		for p > 0 && e.kindAt(p) == tPara {
			p--
		}
		if pf, pt := e.sentenceBounds(p); pt <= from && !e.quotesIn(pf, pt) {
			from = pf // (a title in marks quotes no one: 'the "Gimme More" hitmaker')
		}
	}
	for k := from; k < to; k++ {
		if e.isWord(k) && e.outside(k) && !e.toks[k].cap && postNouns.has(e.lower(k)) {
			return true
		}
		if w := e.lower(k); (w == "fans" || w == "followers") && k > from+1 && ownerWords.hasLower(e.word(k-1)) && e.lower(k-2) == "with" && e.outside(k) {
			return true // "took a moment to share an update with her fans": a post to them
		}
	}
	return false
}

// ownPostIn reports the speaker's own post or video named in the
// sentence of quotation sp before it: "in her video", "his latest post".
func (e *extraction) ownPostIn(sp span) bool {
	from, _ := e.sentenceBounds(int(sp.open))
	for k := from; k+1 < int(sp.open); k++ {
		if !ownerWords.hasLower(e.word(k)) || !e.isWord(k) || !e.outside(k) {
			continue
		}
		for j := k + 1; j <= k+2 && j < int(sp.open) && e.isWord(j); j++ {
			if w := e.lower(j); postNouns.has(w) || videoNouns.has(w) {
				return true
			}
		}
	}
	return false
}

// videoNouns are a video someone posts or streams.
var videoNouns = setOf("video", "videos", "clip", "clips", "livestream", "stream", "live")

// postNouns are what a post on social media is or holds.
var postNouns = setOf("post", "posts", "photo", "photos", "snap", "snaps", "pic", "pics", "selfie", "selfies",
	"caption", "captions", "throwback", "picture", "pictures", "image", "images")

// cueAloneTells reports that the quotation's sentence holds no channel
// evidence but its cue at token cue.
func (e *extraction) cueAloneTells(sp span, cue int) bool {
	from, to := e.sentenceBounds(int(sp.open))
	if cue >= to {
		_, to = e.sentenceBounds(cue)
	}
	_, before := e.evidenceIn(from, cue)
	_, after := e.evidenceIn(cue+1, to)
	return !before && !after
}

func writtenCue(cue string) bool {
	switch cue {
	case "wrote", "writes", "write", "writing", "written", "blogged", "penned":
		return true
	}
	return false
}

// spokenOnly reports a channel words are said on, never written on.
func spokenOnly(channel string) bool {
	switch channel {
	case "interview", "tv", "radio", "podcast", "speech", "press_conference":
		return true
	}
	return false
}

// postingCue reports a cue that puts words on a page or a feed: "posted",
// "shared".
func postingCue(cue string) bool {
	switch cue {
	case "posted", "posts", "shared", "shares", "captioned":
		return true
	}
	return false
}

// platformBack finds a platform named up to three paragraphs above a
// written or posted quotation, in a paragraph naming the speaker, with no
// one else quoted on the way, and gives it to a.
func (e *extraction) platformBack(sp span, speaker string, a *attribution) bool {
	if speaker == "" {
		return false
	}
	pf, _ := e.paraBounds(int(sp.open))
	qf := pf
	via := "" // the platform of others' posts on the way: "Kendall and Kylie tweeted ... Kylie wrote ... Kendall wrote"
	for back := 0; back < 3 && qf > 1; back++ {
		var qt int
		qf, qt = e.paraBounds(qf - 2)
		if e.othersQuotedIn(qf, qt, speaker) {
			c, ok := e.postsIn(qf, qt)
			if !ok || via != "" && c != via {
				return false
			}
			via = c
			continue
		}
		if ev, ok := e.evidenceIn(qf, qt); ok && ev.strength == sPlatform && (e.namedIn(qf, qt, speaker) || !e.othersNamedIn(qf, qt, speaker)) && (via == "" || ev.channel == via) {
			// (named, or described with no one else named: "The artist
			// took to Instagram")
			a.channel, a.outlet = ev.channel, ev.outlet
			return true
		}
	}
	return false
}

// postsIn reports the platform all the quotations opening in tokens
// [from, to) were posted on, when they were all posted on one.
func (e *extraction) postsIn(from, to int) (string, bool) {
	lo, hi := e.quotedIn(from, to)
	c := ""
	for n := lo; n < hi; n++ {
		ch := e.attr[n].channel
		if !isPlatform(ch) || c != "" && ch != c {
			return "", false
		}
		c = ch
	}
	return c, c != ""
}

// postShaped reports a quotation holding a hashtag ("#ESPYS") or a handle
// ("@Caitlyn_Jenner"): a post's words.
func postShaped(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if c := text[i]; (c == '#' || c == '@') && isWordByte(text[i+1]) && (i == 0 || !isWordByte(text[i-1])) {
			return true
		}
	}
	return false
}

// platformAbove is the platform named nearest above a quotation, in its
// paragraph or up to three before it ("Several celebrities later took to
// Twitter"), else social media.
func (e *extraction) platformAbove(sp span) (channel, outlet string) {
	pf, pt := e.paraBounds(int(sp.open))
	if ev, ok := e.platformNear(pf, pt, 3); ok {
		return ev.channel, ev.outlet
	}
	return "social_media", ""
}

// othersNamedIn reports whether tokens [from, to) name a person other than
// the one named name.
func (e *extraction) othersNamedIn(from, to int, name string) bool {
	for _, o := range e.ents.within(from, to) {
		if en := e.ents.list[o.ent]; en.name != name && en.personLike() {
			return true
		}
	}
	return false
}

// namedIn reports whether tokens [from, to) mention the person named name.
func (e *extraction) namedIn(from, to int, name string) bool {
	for _, o := range e.ents.within(from, to) {
		if e.ents.list[o.ent].name == name {
			return true
		}
	}
	return false
}

// conversational channels: a scene where speakers talk with each other
func conversational(c string) bool {
	return c == "tv" || c == "radio" || c == "podcast" || c == "interview"
}

// sceneFill gives quotations still "unknown" the channel of their scene:
// a speaker's earlier quotations take the channel of their first evidenced
// one when that is an interview or programme (an article summing up a TV
// interview before quoting it), and a quotation between two of the same
// conversational channel, a paragraph apart at most, joins them (the
// interviewer's questions). interviewee holds the persons a writer's own
// interview is with (nil in any other article).
func (e *extraction) sceneFill(interviewee map[string]bool) {
	first := map[string]int{}
	for n := range e.top {
		if sp := e.attr[n].speaker; sp != "" && e.attr[n].channel != "unknown" && !e.attr[n].atAwards() {
			if _, ok := first[sp]; !ok {
				first[sp] = n
			}
		}
	}
	for n := range e.top {
		a := &e.attr[n]
		if a.channel != "unknown" || a.recalled {
			continue
		}
		if f, ok := first[a.speaker]; ok && a.speaker != "" && f > n && conversational(e.attr[f].channel) && !e.laterOccasion(f) && !e.relayedByOther(n, e.attr[f].outlet) && e.quotation(n) && !e.otherDays(n, f) {
			a.channel, a.outlet, a.from = e.attr[f].channel, e.attr[f].outlet, fromFill
		}
	}
	// in a conversation (a host and a guest, a reporter and a candidate), a
	// speaker with no evidence of their own continues it: between two of
	// its quotations, answering its question, or right after one when they
	// took part in it before; in a writer's own interview, only the persons
	// interviewed do (a friend quoted in her profile said it somewhere the
	// article does not tell; interviewee is nil in any other article)
	spoke := map[string]string{}  // speaker -> the conversational channel they last spoke on
	posted := map[string]string{} // speaker -> the platform they last posted on, and in which paragraph
	postedPara := map[string]int32{}
	for n := 0; n < len(e.top); n++ {
		a := &e.attr[n]
		if n > 0 && a.from == fromPrevious && a.channel == "unknown" {
			// (the pieces of a quotation that runs on: what the fill gave its first)
			if p := &e.attr[n-1]; a.speaker == p.speaker && (a.cueTok >= 0 && a.cueTok == p.cueTok || a.cueTok < 0 && p.from == fromFill && e.spans[e.top[n]].para == e.spans[e.top[n-1]].para) {
				a.channel, a.outlet = p.channel, p.outlet
			}
		}
		if a.channel == "unknown" && !a.recalled && n > 0 && (interviewee == nil || interviewee[a.speaker]) {
			prev := e.attr[n-1]
			p, c := e.spans[e.top[n-1]].para, e.spans[e.top[n]].para
			if conversational(prev.channel) && !prev.atAwards() && (c-p <= 1 || c-p == 2 && prev.speaker == a.speaker && a.speaker != "") {
				between := n+1 < len(e.top) && e.attr[n+1].channel == prev.channel && e.spans[e.top[n+1]].para-c <= 1
				ps, cs := e.spans[e.top[n-1]], e.spans[e.top[n]]
				// (a question and its answer, a paragraph apart at most:
				// '"Was it a fight scene?" Oliver joked. / "I woke up ...,"
				// said the star'; and a question put to the one who spoke
				// last)
				answer := prev.speaker != a.speaker && (askingCue(prev.cue) || c-p <= 1 && !e.partial(ps) && prev.ent >= 0 && a.ent >= 0 && e.addressed(ps)) && e.question(ps)
				asks := prev.speaker != a.speaker && a.speaker != "" && prev.speaker != "" && c-p <= 1 && !e.partial(cs) && !e.partial(ps) && e.question(cs) && e.addressed(cs)
				// "Oprah replied:", "she shot back", "a fellow guest chimed in": a reply within a paragraph of the last turn
				reply := c-p <= 1 && (replyCues.has(a.cue) || a.cue == "interjected" || a.cue == "fired" || a.cue == "snapped" || a.cue == "chimed")
				// "Brandt told host Kim Vale. ... Vale agreed, saying, ...":
				// the one told, in the same conversation
				told := false
				for q := n - 1; q >= 0 && c-p <= 1 && a.ent >= 0 && e.attr[q].speaker == prev.speaker; q-- {
					if e.attr[q].cueTok >= 0 {
						told = e.listenerAfter(int(e.attr[q].cueTok)) == a.ent
						break
					}
				}
				if between || answer || asks || reply || told || (a.speaker != "" && (spoke[a.speaker] == prev.channel || prev.speaker == a.speaker)) {
					a.channel, a.outlet, a.from = prev.channel, prev.outlet, fromFill
				}
			}
		}
		if a.channel == "unknown" && !a.recalled && a.speaker != "" && n+1 < len(e.top) && askingCue(a.cue) && (interviewee == nil || interviewee[a.speaker]) {
			// '"Is there any chance ...?" Tapper asked Warner. / "I think
			// there still remains some chance," Warner replied': the
			// question the next turn answers was asked where it was
			// answered
			next, sp := e.attr[n+1], e.spans[e.top[n]]
			if next.speaker != "" && next.speaker != a.speaker && conversational(next.channel) && !next.atAwards() &&
				e.spans[e.top[n+1]].para-sp.para <= 1 && strings.HasSuffix(strings.TrimRight(e.text[sp.start:sp.end], "\"'”’ "), "?") {
				a.channel, a.outlet, a.from = next.channel, next.outlet, fromFill
			}
		}
		if a.channel == "unknown" && !a.recalled && n > 0 && a.speaker != "" && a.cueTok >= 0 && e.attr[n-1].speaker != a.speaker && isPlatform(e.attr[n-1].channel) &&
			posted[a.speaker] == e.attr[n-1].channel && postedPara[a.speaker] == e.spans[e.top[n]].para && e.spans[e.top[n-1]].para == e.spans[e.top[n]].para {
			// '"...," replied Malone ... "...," replied Schwartz. ... "...,"
			// the rapper explained': a back-and-forth on the platform goes
			// on in its paragraph
			a.channel, a.outlet, a.from = e.attr[n-1].channel, e.attr[n-1].outlet, fromFill
		}
		if a.channel == "unknown" && !a.recalled && n > 0 && a.speaker != "" && (replyCues.has(a.cue) || a.cue == "commented" ||
			a.cue == "added" && e.attr[n-1].speaker != a.speaker && e.spans[e.top[n]].para == e.spans[e.top[n-1]].para) {
			// "One spectator wrote in the comments, ... Another critic
			// commented, ...": a thread of comments under a post goes on,
			// two paragraphs apart at most (and a reply's second piece
			// with it; "..., to which Vicki added:" answers in the thread)
			prev := e.attr[n-1]
			pieces := prev.speaker == a.speaker && a.cueTok < 0 && e.spans[e.top[n]].para == e.spans[e.top[n-1]].para
			if (isPlatform(prev.channel) || prev.channel == "social_media") && (prev.speaker != a.speaker || pieces) && e.spans[e.top[n]].para-e.spans[e.top[n-1]].para <= 2 {
				a.channel, a.outlet, a.from = prev.channel, prev.outlet, fromFill
			}
		}
		if a.channel == "unknown" && !a.recalled && a.speaker != "" {
			if l, ok := e.threadUnderPost(n); ok {
				// "After this post, her followers left these kinds of
				// comments: / "...," said Bryan Hearns.": a comment under the
				// post quoted above, on its platform
				a.channel, a.outlet, a.from = l.channel, l.outlet, fromFill
			}
		}
		if a.speaker != "" && conversational(a.channel) && !a.atAwards() {
			spoke[a.speaker] = a.channel
		}
		if a.speaker != "" && isPlatform(a.channel) {
			posted[a.speaker], postedPara[a.speaker] = a.channel, e.spans[e.top[n]].para
		}
	}
}

// threadUnderPost finds the post quotation n comments on: a lead-in
// sentence naming comments ends in a colon at most four paragraphs up,
// above it a quotation on a platform, and between them and n only other
// speakers' quotations than the poster's.
func (e *extraction) threadUnderPost(n int) (*attribution, bool) {
	sp := e.spans[e.top[n]]
	colon := -1
	for k := int(sp.open) - 1; k > 0 && k >= int(sp.open)-threadReach && sp.para-e.toks[k].para <= 4; k-- {
		if e.isPunct(k, ":") && e.outside(k) {
			colon = k
			break
		}
	}
	if colon < 0 {
		return nil, false
	}
	sf, _ := e.sentenceBounds(colon)
	named := false
	for k := sf; k < colon && !named; k++ {
		if w := e.lower(k); e.isWord(k) && e.outside(k) && (w == "comments" || w == "replies" || w == "commented" || commentNouns.has(w) && e.lower(k+1) == "section") {
			named = true
		}
	}
	if !named {
		return nil, false
	}
	lo, _ := e.quotedIn(colon, int(sp.open))
	if lo == 0 || lo > n {
		return nil, false
	}
	l, ok := e.postQuotedAbove(lo)
	if !ok {
		return nil, false
	}
	for m := lo; m <= n; m++ {
		if e.attr[m].speaker == l.speaker {
			return nil, false // (the poster's own words go on)
		}
	}
	return l, true
}

// threadReach is how many tokens back threadUnderPost looks for the
// lead-in's colon (a paragraph of thousands of quotations is read a
// bounded stretch back for each).
const threadReach = 240

// question reports a quotation that ends in a question mark.
func (e *extraction) question(sp span) bool {
	return strings.HasSuffix(strings.TrimRight(e.text[sp.start:sp.end], "\"'”’ "), "?")
}

// addressed reports a quotation that speaks to someone as "you": a turn
// of a conversation ("Were you holding the sword?"), no question about a
// third person ("Why does she always get a pass?").
func (e *extraction) addressed(sp span) bool {
	for k := int(sp.open) + 1; k < len(e.toks) && e.toks[k].start < sp.end; k++ {
		if w := e.lower(k); w == "you" || w == "your" || w == "you're" || w == "you’re" {
			return true
		}
	}
	return false
}

// otherDays reports quotations n and f whose sentences name two different
// days ("Johnson said Thursday his comments were 'misconstrued'" and "in
// a radio interview Tuesday"): two occasions.
func (e *extraction) otherDays(n, f int) bool {
	dn, df := e.dayOf(n), e.dayOf(f)
	return dn != "" && df != "" && dn != df
}

// dayOf is the day of the week quotation n's sentence names outside
// quotation marks, or "".
func (e *extraction) dayOf(n int) string {
	from, to := e.sentenceBounds(int(e.spans[e.top[n]].open))
	for k := from; k < to; k++ {
		if w := e.word(k); len(w) >= 6 && strings.HasSuffix(w, "day") && w != "Today" && weekdays.has(w) && e.isWord(k) && e.outside(k) {
			return w
		}
	}
	return ""
}

// laterOccasion reports whether quotation n's sentence, or the one before
// it in its paragraph, tells of a later occasion ("Ruiz later told the
// Chronicle"): an interview then is no scene for the words quoted before.
func (e *extraction) laterOccasion(n int) bool {
	sp := e.spans[e.top[n]]
	from, to := e.sentenceBounds(int(sp.open))
	if pf, _ := e.paraBounds(int(sp.open)); from > pf {
		from, _ = e.sentenceBounds(from - 1)
	}
	for k := from; k < to; k++ {
		if !e.isWord(k) || !e.outside(k) {
			continue
		}
		switch e.lower(k) {
		case "later", "afterward", "afterwards", "subsequently":
			return true
		}
	}
	return false
}

// quotedSentence is the sentence of quotation sp, whose cue is at token
// cue (-1 for none), up to a new sentence after the quotation that reports
// its own words ('"... That girl saved my life." Rodriguez tells me that
// ...': another act).
func (e *extraction) quotedSentence(sp span, cue int32) (int, int) {
	from, to := e.sentenceBounds(int(sp.open))
	if j := int(sp.close) + 1; sp.close >= 0 && j < to && int(cue) < j && e.closesSentence(sp) {
		if m, ok := e.mentionAt(j); ok && e.isCue(int(m.to)) && e.reportsOwnContent(int(m.to)) {
			to = j
		}
	}
	return from, to
}

// evidenceFor finds a quotation's channel evidence: in its sentence (with
// its reporting clause at cue, when the quotation closed the sentence), else
// in its paragraph, else in the paragraph before when that sets the scene
// ("During the debate, ...") without another speaker's quotations.
func (e *extraction) evidenceFor(sp span, cue int32) (evidence, chanFrom, bool) {
	from, to := e.quotedSentence(sp, cue)
	if c := int(cue); c >= to && c < to+12 && c < len(e.toks) && e.toks[c].para == e.toks[sp.open].para {
		// '"Best day of our lives!" Santos captioned a photo': a quotation
		// that closes its sentence, and the reporting clause right after
		// it, are one sentence
		if cf, ct := e.sentenceBounds(c); cf <= to+1 {
			to = ct
		}
	}
	c := int(cue)
	if c < 0 {
		if pf, _ := e.paraBounds(int(sp.open)); pf > 1 && e.isPunct(pf-2, ":") {
			c = pf - 2 // (a lead-in no cue of which was read: "Whitman called upon her colleagues:")
		}
	}
	if c >= 0 && c < from && e.toks[c].para < e.toks[sp.open].para {
		// 'A person close to her dished to E! News on Tuesday:' and the
		// quotation in a paragraph of its own: the sentence that leads in
		// is the quotation's own
		if cf, ct := e.sentenceBounds(c); e.leadsInto(ct, int(sp.open)) {
			if ev, ok := e.evidenceIn(cf, ct); ok {
				return ev, fromSentence, true
			}
			// (nothing there: the passage above the lead-in sets the scene,
			// "... in a scorching op-ed for the Los Angeles Times. /
			// Whitman called upon her colleagues: / '...'")
			lead := sp
			lead.open, lead.para = int32(cf), e.toks[cf].para
			if ev, f, ok := e.evidenceAbove(lead, cf, cf); ok && ev.strength >= sInterview && ev.outlet != "" {
				return ev, f, true // (no "statements made by" spoken of, no premiere's red carpet)
			}
			if lf, _ := e.paraBounds(cf); lf > 1 && e.toks[lf-2].para+1 == e.toks[cf].para {
				// a piece the paragraph before names with its paper
				if qf, qt := e.paraBounds(lf - 2); !e.othersQuotedIn(qf, qt, "") {
					if ev, ok := e.evidenceIn(qf, qt); ok && ev.channel == "publication" && ev.outlet != "" {
						return ev, fromScene, true
					}
				}
			}
		}
	}
	sev, sok := e.evidenceIn(from, to)
	pf, pt := e.paraBounds(int(sp.open))
	if sok && sev.own && sev.channel == "statement" {
		// "Bellweather's rep confirmed the news to Us Weekly. '...,' the
		// rep said": what the paragraph tells of the spokesperson's words
		if pev, ok := e.evidenceIn(max(pf, from-evidenceReach), min(pt, to+evidenceReach)); ok && pev.strength > sev.strength && pev.outlet != "" {
			return pev, fromParagraph, true
		}
	}
	if sok && sev.air && sev.outlet == "" {
		// "At the beginning of the broadcast, RM said" below "during a
		// Weverse Live broadcast": the broadcast the passage above names
		if aev, f, ok := e.broadcastAbove(sp, from); ok {
			return aev, f, true
		}
	}
	if sok && (sev.strength == sSpeech-1 || sev.channel == "speech" && e.audienceSpokenIn(from, to)) && !sev.own {
		// '"...," he told Kelly Ripa, as the first "yay" from the crowd
		// made itself known' below "cohosting Live With Kelly!": the
		// audience of the programme the passage above is on
		if aev, f, ok := e.evidenceAbove(sp, from, from); ok && isMedium(aev.channel) && aev.strength >= sNetwork-5 {
			return aev, f, true
		}
	}
	if sok {
		return sev, fromSentence, true
	}
	if c >= 0 && c < from && e.toks[c].para+1 == e.toks[sp.open].para && !e.quotedBetween(c, int(sp.open)) {
		// "LeCroy denied the allegations but later told Page Six that
		// ..." and the quotation in the paragraph below: the sentence
		// of its cue sets its scene before the rest of that paragraph
		// (not the reunion special of the sentence before it)
		if cf, ct := e.sentenceBounds(c); ct <= from {
			if ev, ok := e.evidenceIn(cf, ct); ok && ev.strength >= sSpeech {
				return ev, fromScene, true
			}
		}
	}
	if e.speaksOf(c) {
		// '"At first I freaked out," Anastasia says of the video': the
		// post above is what she speaks of, no scene of these words
		return evidence{}, fromNone, false
	}
	ev, f, ok := e.evidenceAbove(sp, from, to)
	if ok && f == fromParagraph && ev.air && ev.outlet == "" {
		// (as above: "the broadcast" the paragraph names is the one a
		// paragraph above it names)
		if pf, _ := e.paraBounds(int(sp.open)); pf > 1 {
			if aev, af, aok := e.broadcastAbove(sp, pf); aok {
				return aev, af, true
			}
		}
	}
	return ev, f, ok
}

// broadcastAbove is the named programme, station or platform the passage
// above token at sets the scene of quotation sp with: what a "broadcast"
// or "on air" that names no medium refers back to.
func (e *extraction) broadcastAbove(sp span, at int) (evidence, chanFrom, bool) {
	ev, f, ok := e.evidenceAbove(sp, at, at)
	if ok && ev.outlet != "" && (isMedium(ev.channel) || isPlatform(ev.channel) || ev.channel == "social_media") {
		return ev, f, true
	}
	return evidence{}, fromNone, false
}

// speaksOf reports a reporting verb at token c followed by "of" and a
// thing said or shown: "says of the video", "said of her post".
func (e *extraction) speaksOf(c int) bool {
	if c < 0 || e.lower(c+1) != "of" || !e.isWord(c+1) {
		return false
	}
	j := c + 2
	if w := e.lower(j); w != "the" && w != "that" && w != "this" && !possessiveDeterminers.has(w) {
		return false
	}
	for k := j + 1; k < j+4 && e.isWord(k) && e.outside(k); k++ {
		if w := e.lower(k); docHeads.has(w) || spokenOfHeads.has(w) {
			return true
		}
	}
	return false
}

// spokenOfHeads are things shown or aired that someone speaks of.
var spokenOfHeads = setOf("photo", "photos", "picture", "pictures", "clip", "footage", "videos", "posts", "tweets",
	"tiktok", "selfie", "snap")

// speakersEvidenceAbove is evidenceAbove for quotation sp of attribution a
// before its own sentence, read as its speaker's (another speaker's
// quotations end the scene).
func (e *extraction) speakersEvidenceAbove(sp span, a *attribution) (evidence, chanFrom, bool) {
	from, _ := e.sentenceBounds(int(sp.open))
	e.speaker, e.own, e.commenter = a.speaker, a.own, commenter(a)
	ev, f, ok := e.evidenceAbove(sp, from, from)
	e.speaker, e.own, e.commenter = "", [2]int32{}, false
	return ev, f, ok
}

// evidenceAbove finds the channel evidence of the quotation sp in the
// passage before tokens [from, to) of its paragraph: that paragraph up to
// to, then the scene paragraphs before it.
func (e *extraction) evidenceAbove(sp span, from, to int) (evidence, chanFrom, bool) {
	pf, pt := e.paraBounds(int(sp.open))
	// the paragraph up to the quotation's sentence, at most evidenceReach
	// tokens back (in a paragraph of thousands of quotations by as many
	// speakers, each speaker's look, memoised by speaker, reads a bounded
	// stretch). What the paragraph tells after the sentence is another
	// act ('"He'll always be my loved one," she said. ..., with Judd
	// rushing to his side and tweeting her support for him': the tweet is
	// no channel of the words) or another speaker's scene ("The post
	// answers what she said on the Call Her Daddy podcast")
	ev, ok := e.evidenceIn(max(pf, from-evidenceReach), to)
	if !ok || !isPlatform(ev.channel) && ev.channel != "social_media" {
		if pev, ok := e.postReferredAbove(pf, pt); ok {
			// "deleted an Instagram video she posted ... / In the video,
			// the host defended her decision to bring her talk show
			// back": the post the paragraph opens on is where the words
			// are, the show it names what they are about
			return pev, fromScene, true
		}
	}
	if ok && ev.strength >= sSpeech {
		// an answer to a question ("Asked if ..., X responded:") is no
		// statement or letter the paragraph mentions
		if !(ev.channel == "statement" && e.inQuestion(int(sp.open))) {
			return ev, fromParagraph, true
		}
	}
	// up to SCENE paragraphs back, none holding another speaker's quotes;
	// a paragraph that speaks of "the video" or "the post" reaches one
	// further, to the platform it was posted on ("posted an Instagram
	// video. / In the since-deleted video, she talked about ... / '...,'
	// she said")
	qf, reach, ownRead, skipped := pf, sceneParas, false, 0
	narrated := false // the walk went past a paragraph of the speaker's narration
	if e.timeLead(pf, pt) {
		return evidence{}, fromNone, false // "Last month the couple said:": another occasion than the paragraphs above
	}
	for back := 0; qf > 1; back++ {
		if back == reach && !ownRead {
			// (the quotation's own paragraph is read only when the walk
			// would stop: most quotations find their evidence nearer)
			ownRead = true
			if e.postRefIn(pf, pt) {
				reach++
			}
		}
		if back == reach {
			break
		}
		var qt int
		qf, qt = e.paraBounds(qf - 2)
		st := qt
		lo, hi := e.quotedIn(qf, qt)
		for n := hi - 1; n >= lo; n-- {
			if q := e.spans[e.top[n]]; e.attr[n].cue != "" && q.start < q.end && e.text[q.start]-'A' < 26 {
				// a paragraph of the speaker's reported sentences sets the
				// scene up to the last one's sentence, as it would for
				// that one (a scare quote or a fragment is no such: 'for
				// "acting out". In a Twitter video, ...', 'called it "an
				// historic step forward" ... in a statement')
				_, st = e.sentenceBounds(int(q.open))
				if st < qt && e.movesOn(st) {
					st = qt // '"...," he told the outlet. He then dove deeper into it on the radio.': the next scene
				}
				break
			}
		}
		ev, ok := e.evidenceIn(qf, st)
		if ok && ev.channel == "statement" && e.speaker != "" && e.othersStatement(st) {
			// "Tomas Brill and Ines Varga issued a joint statement after
			// Lena Ostrova shared news of her illness": theirs, not hers
			break
		}
		if ok && (isPlatform(ev.channel) || ev.channel == "statement" || ev.channel == "speech" && !e.dayNamedIn(qf, qt)) && lo == hi && e.datedBackground(qf, qt) {
			// "Witherspoon announced their separation through an
			// Instagram post on March 24", "He met her at a dinner party
			// in 2000": an earlier act told as background, no scene of
			// the quotations below ("Thursday at the conference" is the
			// occasion)
			continue
		}
		if ok && ev.channel == "statement" && lo == hi && e.perDocument(qf, qt) {
			// "their date of separation was last June, according to the
			// filing": a fact the article takes from a document, no
			// scene of the words below (nor a paragraph of the walk)
			if reach < sceneParas+2 {
				reach++
				skipped++
			}
			continue
		}
		if ok && ev.strength >= sSpeech && !isPlatform(ev.channel) && ev.channel != "social_media" && ev.channel != "tv" && e.videoLead(from, int(sp.open)) {
			// 'In a video posted Tuesday by TMZ, Grande says "..."' after
			// "In a statement to The Associated Press": the clip is its
			// own scene, no statement or interview of before
			break
		}
		if e.commenter && ok && (isPlatform(ev.channel) || ev.channel == "social_media") && !e.commentersOnlyIn(qf, qt) {
			// "Marsh shared a video on Instagram ... One comment read,
			// ...": the post the audience answers, above its comments
			return ev, fromScene, true
		}
		if e.commenter && e.commentersOnlyIn(qf, qt) {
			// "One fan commented, ... / A second fan added, ...": one
			// thread of comments under the post, its scene theirs
			if ok && ev.strength >= sSpeech && (ev.channel == "social_media" || isPlatform(ev.channel)) {
				return ev, fromScene, true
			}
			continue
		}
		if e.othersQuotedIn(qf, qt, e.speaker) || e.othersReportIn(qf, qt, e.speaker) {
			break
		}
		if ok && ev.strength >= sSpeech {
			if back-skipped < sceneParas || isPlatform(ev.channel) && (!narrated || e.namedIn(qf, qt, e.speaker)) {
				return ev, fromScene, true
			}
			break // (a scene of another kind, past the paragraph before)
		}
		if reach < sceneParas+2 && e.postRefIn(qf, qt) {
			reach++
		}
		if !ok && lo == hi && reach < sceneParas+2 && e.speaker != "" && e.namedIn(qf, qt, e.speaker) && !e.othersNamedIn(qf, qt, e.speaker) {
			// "Cardi B took to Instagram to shut down critics. / Cardi B
			// claimed that it takes $300,000 a month. / '...,' she
			// begins": a paragraph of the speaker's own narration reaches
			// one further, to a platform the speaker took to there
			reach++
			narrated = true
		}
	}
	return evidence{}, fromNone, false
}

// postReferredAbove finds the platform of the post a paragraph [pf, pt)
// opens on by referring back to it ("In the video,", "In the post,")
// when the paragraph before names it with its platform ("deleted an
// Instagram video she posted", "a clip she shared on TikTok").
func (e *extraction) postReferredAbove(pf, pt int) (evidence, bool) {
	k := pf
	for k < pt && !e.isWord(k) {
		k++
	}
	if e.lower(k) != "in" || !e.isWord(k+1) || !postRefDeterminers.has(e.lower(k+1)) || !e.isWord(k+2) || !postRefNouns.has(e.lower(k+2)) || pf <= 1 {
		return evidence{}, false
	}
	qf, qt := e.paraBounds(pf - 2)
	for j := qf; j < qt; j++ {
		if !e.isWord(j) || !postRefNouns.has(e.lower(j)) || !e.outside(j) {
			continue
		}
		// the platform before the noun ("an Instagram video") or a few
		// words after it ("a clip she shared on TikTok")
		for p := j - 1; p <= j+6 && p < qt; p++ {
			if p == j || !e.isWord(p) || !e.outside(p) || p > j+1 && e.lower(p-1) != "on" && e.lower(p-1) != "to" {
				continue
			}
			if c := e.platformChannel(p); c != "" && (p == j-1 || p > j) {
				return evidence{channel: c, strength: sPlatform}, true
			}
		}
	}
	return evidence{}, false
}

// videoLead reports a sentence from token from that opens, before token
// open, with "In a video", "In the clip", "In footage": the recording the
// words are heard in.
func (e *extraction) videoLead(from, open int) bool {
	for from < open && !e.isWord(from) {
		from++
	}
	if !e.isWord(from) {
		return false
	}
	if e.lower(from) != "in" {
		// "Footage from the encounter obtained by TMZ showed John
		// scolding the fan": a recording the sentence opens on
		for j := from; j < open && j <= from+2 && e.isWord(j); j++ {
			switch e.lower(j) {
			case "video", "clip", "footage", "recording", "livestream", "tape", "audio":
				return true
			}
		}
		return false
	}
	for j := from + 1; j < open && j <= from+4 && e.isWord(j); j++ {
		switch e.lower(j) {
		case "video", "clip", "footage", "recording", "livestream", "tape":
			return true
		}
	}
	return false
}

// timeShiftOf reports quotation n's sentence opening on another time than
// the quotation before it, in a paragraph of its own: "Last month the
// couple said:" ("Earlier in 2012, ... wrote to Mrs. Clinton" may go on
// with the same correspondence: no shift).
func (e *extraction) timeShiftOf(sp span, n int) bool {
	if sp.para == e.spans[e.top[n-1]].para {
		return false
	}
	from, _ := e.sentenceBounds(int(sp.open))
	return e.timeLead(from, int(sp.open))
}

// timeLead reports a sentence from token from that opens, before token
// open, on a time of its own: "Last month", "Back in 2019".
func (e *extraction) timeLead(from, open int) bool {
	for from < open && !e.isWord(from) {
		from++
	}
	switch e.lower(from) {
	case "back":
		return e.lower(from+1) == "in" // "Back in 2019"
	case "last":
		w := e.lower(from + 1)
		return pastPeriods.has(w) || w == "night"
	case "earlier":
		// "Earlier this month", "Earlier in the week"
		switch e.lower(from + 1) {
		case "this", "that":
			return pastPeriods.has(e.lower(from + 2))
		case "in":
			return e.lower(from+2) == "the" && pastPeriods.has(e.lower(from+3))
		}
	}
	return false
}

// occasionLeadIn reports a quotation sp whose sentence, or the paragraph
// that leads in to it when it opens its own, opens on a time of its own
// ("Earlier this month, the singer shared an update with her fans. /
// '...,' she wrote"): another occasion than the speaker's last.
func (e *extraction) occasionLeadIn(sp span) bool {
	from, _ := e.sentenceBounds(int(sp.open))
	if e.timeLead(from, int(sp.open)) {
		return true
	}
	if from > 0 && e.kindAt(from-1) == tPara || e.kindAt(from) == tPara {
		k := from - 1
		for k > 0 && e.kindAt(k) == tPara {
			k--
		}
		pf, pt := e.paraBounds(k)
		if lo, hi := e.quotedIn(pf, pt); lo == hi {
			return e.timeLead(pf, pt)
		}
	}
	return false
}

// pastPeriods are what "last" dates to an earlier occasion: "last month".
var pastPeriods = setOf("week", "month", "year", "summer", "spring", "fall", "autumn", "winter", "weekend")

// pastOccasionIn reports "last month" (week, year, ...) in tokens [from,
// to): an earlier occasion.
func (e *extraction) pastOccasionIn(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if e.lower(k) == "last" && e.isWord(k+1) && pastPeriods.has(e.lower(k+1)) {
			return true
		}
	}
	return false
}

// dayNamedIn reports a weekday ("Thursday", "Tuesday's") in tokens
// [from, to): the news's own occasion.
func (e *extraction) dayNamedIn(from, to int) bool {
	for k := from; k < to; k++ {
		if e.isWord(k) && e.toks[k].cap {
			if w, _ := stripPossessive(e.word(k)); weekdays.has(w) {
				return true
			}
		}
	}
	return false
}

// datedBackground reports a paragraph in tokens [from, to) that dates what
// it tells to a day or a month ("on March 24", "in March", "in 2006"):
// background to the quotations after it.
func (e *extraction) datedBackground(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if !e.isWord(k) || !e.toks[k+1].cap && e.word(k + 1)[0]-'0' >= 10 {
			continue
		}
		switch e.lower(k) {
		case "on", "in":
			if months.has(e.word(k + 1)) {
				return true
			}
			if w := e.word(k + 1); len(w) == 4 && (w[0] == '1' || w[0] == '2') && e.lower(k) == "in" {
				return true
			}
		}
	}
	return false
}

// accordingAt is where the source opens after "according to" or "per" at
// token k, or -1.
func (e *extraction) accordingAt(k int) int {
	switch e.lower(k) {
	case "according":
		if e.lower(k+1) == "to" {
			return k + 2
		}
	case "per":
		return k + 1
	}
	return -1
}

// perDocument reports a paragraph [from, to) that sources a fact to a
// document: "according to the filing", "per court documents".
func (e *extraction) perDocument(from, to int) bool {
	for k := from; k+1 < to; k++ {
		j := e.accordingAt(k)
		if j < 0 || !e.isWord(k) {
			continue
		}
		for end := min(j+3, to); j < end && e.isWord(j); j++ {
			if courtPapers.has(e.lower(j)) {
				return true
			}
		}
	}
	return false
}

// courtPapers are documents an article takes facts from, no one's words
// to the press (a statement or a letter may be).
var courtPapers = setOf("filing", "filings", "lawsuit", "complaint", "affidavit", "documents", "papers", "records")

// videoLeadOf is videoLead for the sentence of quotation sp.
func (e *extraction) videoLeadOf(sp span) bool {
	from, _ := e.sentenceBounds(int(sp.open))
	return e.videoLead(from, int(sp.open))
}

// movesOn reports a sentence from token k that moves the narration on to
// another occasion: "He then dove deeper into it on the radio.", "Later,
// she told ...".
func (e *extraction) movesOn(k int) bool {
	for k < len(e.toks) && !e.isWord(k) {
		k++
	}
	for j := k; j < k+3 && e.isWord(j) && e.outside(j); j++ {
		switch e.lower(j) {
		case "then", "later", "afterward", "afterwards", "subsequently":
			return true
		}
	}
	return false
}

// leadsInto reports a sentence ending at token ct with a colon, nothing
// but paragraph breaks and an opening mark between it and token open.
func (e *extraction) leadsInto(ct, open int) bool {
	if !e.isPunct(ct-1, ":") {
		return false
	}
	for k := ct; k < open; k++ {
		if e.kindAt(k) != tPara && e.kindAt(k) != tMark {
			return false
		}
	}
	return true
}

// postRefIn reports a post or a video referred back to in tokens [from,
// to), outside quotations: "In the since-deleted video", "in the clip",
// "her post".
func (e *extraction) postRefIn(from, to int) bool {
	if from >= to {
		return false
	}
	// memo by paragraph (the ranges read are paragraphs, each read for
	// every quotation whose walk reaches it)
	para := e.toks[from].para
	if e.postRefs == nil {
		var pooled []int8
		if e.scratch != nil {
			pooled = e.scratch.postRefs
		}
		e.postRefs = zeroed(pooled, int(e.toks[len(e.toks)-1].para)+1)
	}
	if r := e.postRefs[para]; r != 0 {
		return r > 0
	}
	e.postRefs[para] = -1
	for k := from; k < to; k++ {
		if !e.isWord(k) || e.toks[k].cap || !postRefNouns.has(e.lower(k)) || !e.outside(k) {
			continue
		}
		j := k - 1
		for c := 0; c < 2 && e.isWord(j) && !e.toks[j].cap && !postRefDeterminers.has(e.lower(j)); c++ {
			j-- // "the since-deleted", "her brief"
		}
		if e.isWord(j) && postRefDeterminers.hasLower(e.word(j)) {
			e.postRefs[para] = 1
			return true
		}
	}
	return false
}

// postRefNouns are what a speaker posted, referred back to.
var postRefNouns = setOf("video", "clip", "post", "caption", "livestream", "message", "footage", "upload", "session")

// postRefDeterminers refer back to a thing named before.
var postRefDeterminers = setOf("the", "her", "his", "their", "that", "this")

// sung reports a quotation of a song's lines: its cue sings or raps, or
// its text breaks lines with slashes and no one wrote or posted it.
func (e *extraction) sung(sp span, a *attribution) bool {
	if singVerbs.has(strings.ToLower(a.cue)) {
		return true
	}
	// (not a poem posted: "he posted a poem: "You are a little miracle /
	// Our ...")
	return strings.Contains(e.text[sp.start:sp.end], " / ") && !writtenCue(a.cue) && !postingCue(a.cue)
}

// singVerbs report a song's words.
var singVerbs = setOf("sings", "sang", "sing", "singing", "sung", "raps", "rapped", "rapping", "croons", "crooned",
	"crooning", "belts", "belted", "belting")

// evidenceReach bounds how far from a quotation's sentence its paragraph is
// read for channel evidence, in tokens: more than the longest paragraph of
// the dev articles on either side (1,120 tokens in all).
const evidenceReach = 1500

// sceneParas is how many paragraphs back a scene may be set.
const sceneParas = 1

func (e *extraction) paraBounds(k int) (int, int) {
	memo := k >= 0 && k < len(e.toks) && e.kindAt(k) != tPara && e.paraSpans != nil
	if memo {
		if b := e.paraSpans[e.toks[k].para]; b[1] != 0 {
			return int(b[0]), int(b[1])
		}
	}
	from, to := k, k
	for from > 0 && e.kindAt(from-1) != tPara {
		from--
	}
	for to < len(e.toks) && e.kindAt(to) != tPara {
		to++
	}
	if memo {
		e.paraSpans[e.toks[k].para] = [2]int32{int32(from), int32(to)}
	}
	return from, to
}

// quotedIn is the range [lo, hi) of the quotations (indexes into e.top)
// that open in tokens [from, to).
func (e *extraction) quotedIn(from, to int) (lo, hi int) {
	// e.top is in text order
	lo = sort.Search(len(e.top), func(n int) bool { return int(e.spans[e.top[n]].open) >= from })
	hi = lo
	for hi < len(e.top) && int(e.spans[e.top[hi]].open) < to {
		hi++
	}
	return lo, hi
}

// quotesIn reports a quotation in tokens [from, to), a title in marks
// not counted.
func (e *extraction) quotesIn(from, to int) bool {
	lo, hi := e.quotedIn(from, to)
	for n := lo; n < hi; n++ {
		if e.quotation(n) {
			return true
		}
	}
	return false
}

// othersQuotedIn reports whether tokens [from, to) hold a quotation
// attributed to someone other than speaker (the paragraph is another
// speaker's scene). Unattributed quotation marks (a scare quote, a phrase)
// set no scene.
func (e *extraction) othersQuotedIn(from, to int, speaker string) bool {
	lo, hi := e.quotedIn(from, to)
	for n := lo; n < hi; n++ {
		if a := &e.attr[n]; a.speaker != "" && a.speaker != speaker && !a.recalled {
			return true // (a remark recalled, "slammed Clinton for calling them "deplorable"", ends no scene)
		}
	}
	return false
}

// commenterDesc reports a speaker who is an unnamed member of a post's
// audience as the text describes them: "One fan", "A second fan",
// "another user", "a third follower".
func commenterDesc(speaker string) bool {
	if len(speaker) < 5 || len(speaker) > 24 || speaker[0]|0x20 != 'o' && speaker[0]|0x20 != 'a' {
		return false // (the common case: a name, or no one)
	}
	first, rest, ok := strings.Cut(speaker, " ")
	if !ok || !indefinites.hasLower(first) {
		return false
	}
	if second, more, ok := strings.Cut(rest, " "); ok && ordinals.hasLower(second) {
		rest = more // "a second fan"
	}
	return !strings.Contains(rest, " ") && commenterNouns.has(rest)
}

// commenter reports a quotation of one unnamed member of an audience: a
// commenterDesc speaker, or none named ("someone wrote").
func commenter(a *attribution) bool {
	return commenterDesc(a.speaker) || a.speaker == "" && unnamedOne(a.mention)
}

var commenterNouns = setOf("fan", "user", "follower", "subscriber", "commenter", "viewer", "person", "comment")

// commentersOnlyIn reports tokens [from, to) that quote someone and only
// unnamed members of an audience (commenterDesc).
func (e *extraction) commentersOnlyIn(from, to int) bool {
	lo, hi := e.quotedIn(from, to)
	if lo >= hi {
		return false
	}
	for n := lo; n < hi; n++ {
		if !commenter(&e.attr[n]) {
			return false
		}
	}
	return true
}

// othersReportIn reports whether tokens [from, to) tell, without quotation
// marks, what someone other than speaker said ("Manafort said — on Twitter,
// as it happens — that ..."): that scene is theirs.
func (e *extraction) othersReportIn(from, to int, speaker string) bool {
	for _, o := range e.ents.within(from, to) {
		if speaker == "" || e.ents.list[o.ent].name == speaker {
			continue
		}
		if o.reporter || e.judges(int(o.tok)) {
			return true
		}
	}
	return false
}

// judgingVerbs tell that someone spoke out without quoting them: "Khizr
// Khan, the father of a slain soldier, decried ... during a speech".
var judgingVerbs = setOf("decried", "denounced", "condemned", "criticized", "criticised", "praised", "hailed",
	"attacked", "lambasted", "ripped", "defended", "rejected", "dismissed")

// judges reports whether the name at token k is the subject of a judging
// verb, past an appositive.
func (e *extraction) judges(k int) bool {
	m, ok := e.nameAt(k)
	if !ok {
		return false
	}
	_, end := e.sentenceBounds(k)
	j := e.skipAppositive(int(m.to), end)
	ok = judgingVerbs.has(e.lower(j))
	return ok && e.isWord(j)
}

// platformNear finds a named platform in the paragraph [pf, pt) or the
// back paragraphs before it, the nearest first.
func (e *extraction) platformNear(pf, pt, back int) (evidence, bool) {
	for ; ; back-- {
		if ev, ok := e.evidenceIn(pf, pt); ok && ev.strength == sPlatform {
			return ev, true
		} else if ok {
			// a stronger cue of another sentence hides the platform: "asked
			// about her new podcast. The star shared details on her
			// Instagram account": the last sentence naming one
			for to, n := pt, 0; to > pf && n < 8; n++ { // (its last eight)
				from, _ := e.sentenceBounds(to - 1)
				from = max(from, pf)
				if ev, ok := e.evidenceIn(from, to); ok && ev.strength == sPlatform {
					return ev, true
				}
				to = from
			}
		}
		if back == 0 || pf <= 1 {
			return evidence{}, false
		}
		pf, pt = e.paraBounds(pf - 2)
	}
}

// profileOutlet is the magazine a writer's-interview profile is written
// for, when the article names its own issue or cover story ("To read
// Vogue's readers' letters on ... the June cover story", "for GQ's
// March issue"), else "". Read once per article.
func (e *extraction) profileOutlet() string {
	if e.ownRead {
		return e.ownOutlet
	}
	e.ownRead = true
	for k := range e.toks {
		if !e.isWord(k) || !e.outside(k) || !issueNouns.has(e.lower(k)) {
			continue
		}
		if ev, ok := e.magazineIssue(k); ok && ev.outlet != "" && (publications.has(ev.outlet) || pressName(ev.outlet)) {
			e.ownOutlet = ev.outlet
			break
		}
	}
	return e.ownOutlet
}

// announcedOnBefore reads the sentence before token k (in its paragraph or
// the one before) when it tells of an announcement on a platform
// ("announced Wednesday on Instagram that the singer is pregnant"): the
// platform.
func (e *extraction) announcedOnBefore(k int) (evidence, bool) {
	ps, pt, ok := e.priorSentence(k)
	if !ok {
		return evidence{}, false
	}
	for j := ps; j+2 < pt; j++ {
		switch e.lower(j) {
		case "announced", "revealed", "confirmed", "shared":
		default:
			continue
		}
		for c := j + 1; c < j+5 && c < pt && e.isWord(c); c++ {
			if e.lower(c) == "on" && e.isWord(c+1) {
				if ch := e.platformChannel(c + 1); ch != "" && isPlatform(ch) {
					return evidence{channel: ch, strength: sPlatform}, true
				}
			}
		}
	}
	return evidence{}, false
}

// ownPostBelow is the platform of the post the paragraph after token to
// opens on with a possessive: "In the comment section underneath her
// Instagram post": the post whose caption the paragraph before quoted;
// "" for none.
func (e *extraction) ownPostBelow(to int) string {
	if to >= len(e.toks) {
		return ""
	}
	_, end := e.sentenceBounds(to)
	for k := to; k+2 < end; k++ {
		if w := e.lower(k); (w == "her" || w == "his" || w == "their") && e.outside(k) {
			if c := e.platformChannel(k + 1); c != "" && (postNouns.has(e.lower(k+2)) || videoNouns.has(e.lower(k+2))) {
				return c
			}
		}
	}
	return ""
}

// embedCreditAfter reports an embedded Instagram post's credit line in the
// two paragraphs after token to, crediting speaker: "A post shared by Kira
// Jansen (@kirajansen) on Sep 5, 2023".
func (e *extraction) embedCreditAfter(to int, speaker string) bool {
	if speaker == "" {
		return false
	}
	para := e.toks[min(to, len(e.toks)-1)].para
	for k := to; k+4 < len(e.toks) && e.toks[k].para <= para+2; k++ {
		if e.word(k) == "A" && e.word(k+1) == "post" && e.word(k+2) == "shared" && e.word(k+3) == "by" && e.sentenceStart(k) {
			_, end := e.sentenceBounds(k)
			return strings.Contains(e.text[e.toks[k+4].start:e.toks[end-1].end], lastWord(speaker))
		}
	}
	return false
}

// personAt reports whether token k is the mention of a known person.
func (e *extraction) personAt(k int) bool {
	_, id := e.personNamedAt(k)
	return id >= 0
}

// surnameEndsAt reports a network's words at token k (n of them) that end
// the name of someone the article names ("his girlfriend Lia Fox").
func (e *extraction) surnameEndsAt(k, n int) bool {
	if k < 1 || !e.isWord(k-1) || !e.toks[k-1].cap || !e.outside(k-1) {
		return false
	}
	m, ok := e.nameAt(k - 1)
	return ok && m.kind == mName && int(m.to) == k+n && e.ents.lookup(m, int32(k-1)) >= 0
}

// personNamedAt is the name at token k and its entity, when that reads as
// a person (-1 otherwise).
func (e *extraction) personNamedAt(k int) (mention, int) {
	m, ok := e.nameAt(k)
	if !ok || m.kind != mName {
		return m, -1
	}
	if id := e.ents.lookup(m, int32(k)); id >= 0 && e.ents.list[id].personLike() {
		return m, id
	}
	return m, -1
}

// surnameAt reports a lone word at token k that is the last word of a
// full name the article gave before it ("Dev Okafor ... tells Okafor"),
// whatever its first name.
func (e *extraction) surnameAt(k int) bool {
	m, ok := e.nameAt(k)
	if !ok || m.kind != mName || int(m.to) != k+1 {
		return false
	}
	id := e.ents.lookup(m, int32(k))
	if id < 0 {
		return false
	}
	en := e.ents.list[id]
	return len(en.parts) >= 2 && en.parts[len(en.parts)-1] == m.name && en.intro < int32(k)
}

// othersTelling reports a telling verb at token k whose subject is a
// person named right before it other than the current speaker: "Barney
// told Lizzie Rovsek" is no interview of Vicki's.
func (e *extraction) othersTelling(k int) bool {
	if e.speaker == "" || k < 1 {
		return false
	}
	m, ok := e.mentionEndingAt(k - 1)
	return ok && m.kind == mName && !e.isSpeaker(m.name)
}

// askerAt reports a person named at token k with no title who says nothing
// quoted in the article: someone a speaker "tells" ("tells Ryan Seacrest")
// is then an interviewer, not a colleague at a meeting ("Crowley told Rep.
// Xavier Becerra") or the other side of an exchange.
func (e *extraction) askerAt(k int) bool {
	m, id := e.personNamedAt(k)
	if id < 0 || m.title != "" || len(e.ents.list[id].titles) > 0 {
		return false
	}
	for _, a := range e.attr {
		if a.ent == id {
			return false
		}
	}
	return true
}

// passage spans the paragraph starting at pf and the n before it.
func (e *extraction) passage(pf, n int) (from, to int) {
	from = pf
	for ; n > 0 && from > 1; n-- {
		from, _ = e.paraBounds(from - 2)
	}
	_, to = e.paraBounds(pf)
	return from, to
}

func isPlatform(channel string) bool {
	switch channel {
	case "instagram", "twitter", "facebook", "tiktok", "youtube":
		return true
	}
	return false
}

// seriesPremiere reports a "premiere" at token k of a programme on air:
// a season's or a series' ("the season premiere of Harbour Lane"), or of a
// programme the lexicon knows; a film's ("the New York premiere of Kinds
// of Kindness") is a red-carpet event, no broadcast.
func (e *extraction) seriesPremiere(k int, name string) bool {
	switch w, _ := stripPossessive(e.lower(k - 1)); w {
	case "season", "series", "show", "midseason":
		return true
	}
	return airChannel(name) != ""
}

// broadcastNear finds, in the paragraph starting at pf or the three before
// it, an event on air: an awards show ("Billboard Music Awards") or a TV
// programme or network.
func (e *extraction) broadcastNear(pf int) (evidence, bool) {
	from, to := e.passage(pf, 3)
	for k := from; k < to; k++ {
		if !e.isWord(k) || !e.outside(k) {
			continue
		}
		if lw := e.lower(k); (lw == "episode" || lw == "finale" || lw == "premiere") && e.lower(k+1) == "of" {
			// "Tempers flared on Monday's episode of Harbour Lane. During a
			// dinner at the beach house, ...": a scene of the programme
			if name := e.programmeOf(k + 1); name != "" && (lw != "premiere" || e.seriesPremiere(k, name)) {
				return evidence{channel: "tv", outlet: name, strength: sProgramme - 1}, true
			}
		}
		if w := e.word(k); w[len(w)-1] != 's' {
			continue
		}
		if ev, ok := e.awardsShowAt(k); ok {
			ev.strength = sProgramme
			return ev, true // "at the Golden Globes"
		}
		if e.word(k) != "Awards" {
			continue
		}
		j := k
		for j > from && e.isWord(j-1) && isCap(e.word(j-1)) && k-j < 4 {
			j--
		}
		if j < k {
			name, _ := stripPossessive(e.text[e.toks[j].start:e.toks[k].end])
			return evidence{channel: "tv", outlet: name, strength: sProgramme}, true
		}
	}
	return evidence{}, false
}

// inTitle reports whether token k lies in a quotation of six words or fewer
// that names a programme (a title in quotation marks, not reported speech).
func (e *extraction) inTitle(k int) bool {
	// spans are in order of their opening marks: the innermost one holding k
	// is among the last few opened before it
	i := sort.Search(len(e.spans), func(i int) bool { return int(e.spans[i].open) >= k })
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		sp := e.spans[j]
		if sp.close >= 0 && int(sp.close) <= k {
			continue
		}
		if sp.close < 0 || int(sp.close)-int(sp.open) > 7 {
			return false
		}
		return e.isProgramme(sp) || int(sp.close)-int(sp.open) == 2 && e.platformWord(int(sp.open)+1)
	}
	return false
}

// platformWord reports a platform's one-word name at token k: "on her
// 'Facebook' page" keeps it in marks.
func (e *extraction) platformWord(k int) bool { return e.platformChannel(k) != "" }

// platformChannel is the channel of a platform's one-word name at token
// k ("YouTube": youtube), else "".
func (e *extraction) platformChannel(k int) string {
	for _, p := range phraseIndex.at(e.word(k)) {
		if p.strength == sPlatform && len(p.words) == 1 {
			return p.channel
		}
	}
	return ""
}

// speakersMedium is mediumNear for an interview of speaker: the TV,
// radio or podcast outlet named in the paragraph starting at pf or in the
// three before it, back to one where someone else is quoted ("Alvarez said
// on Face the Nation ... Birch said in an interview" is no interview on
// Face the Nation).
func (e *extraction) speakersMedium(pf int, speaker string) (evidence, bool) {
	from := pf
	_, to := e.paraBounds(pf)
	for back := 0; back <= 3; back++ {
		if back > 0 {
			if from <= 1 {
				break
			}
			to = from - 1
			from, _ = e.paraBounds(from - 2)
			if e.othersQuotedIn(from, to, speaker) {
				break
			}
		}
		if ev, ok := e.evidenceIn(from, to); ok && isMedium(ev.channel) && ev.strength >= sNetwork {
			return ev, true
		}
	}
	return evidence{}, false
}

func isMedium(channel string) bool {
	return channel == "tv" || channel == "radio" || channel == "podcast"
}

// mediumNear finds a TV, radio or podcast outlet or programme named in the
// paragraph starting at pf or the three before it.
func (e *extraction) mediumNear(pf int) (evidence, bool) {
	from, to := e.passage(pf, 3)
	ev, ok := e.evidenceIn(from, to)
	if ok && isMedium(ev.channel) && ev.strength >= sNetwork {
		return ev, true
	}
	return evidence{}, false
}
