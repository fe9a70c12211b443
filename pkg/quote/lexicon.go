package quote

import (
	"slices"
	"strings"
)

// cueVerbs are reporting verbs in every form news writing uses them.
var cueVerbs = setOf(
	"said", "says", "say", "saying", "reacted", "told", "tells", "telling", "tell", "wrote", "writes", "writing", "write",
	"added", "adds", "adding", "explained", "explains", "explaining", "continued", "continues", "continuing",
	"tweeted", "tweets", "tweeting", "posted", "posts", "posting", "shared", "shares", "sharing",
	"reposted", "reposts", "reposting", "reshared", "uploaded", "uploads", "uploading",
	"asked", "asks", "asking", "answered", "answers", "replied", "replies", "responded", "responds", "responding",
	"stated", "states", "declared", "declares", "announced", "announces", "noted", "notes", "noting",
	"insisted", "insists", "argued", "argues", "arguing", "claimed", "claims", "claiming", "warned", "warns", "warning",
	"admitted", "admits", "admitting", "acknowledged", "acknowledges", "conceded", "concedes", "recalled", "recalls", "recalling",
	"remarked", "remarks", "observed", "observes", "quipped", "quips", "joked", "jokes", "joking", "exclaimed", "exclaim", "quip", "yell", "scream", "shout",
	"shouted", "shouts", "yelled", "screamed", "cried", "sighed", "grumbled", "complained", "complains", "complaining",
	"boasted", "boasts", "bragged", "brags", "vowed", "vows", "promised", "promises", "pledged", "urged", "urges",
	"suggested", "suggests", "predicted", "predicts", "countered", "counters", "retorted", "fired", "snapped",
	"revealed", "reveals", "revealing", "confirmed", "confirms", "denied", "denies", "insisting", "emphasized",
	"stressed", "stresses", "reiterated", "repeated", "mused", "wondered", "pointed", "went", "goes", "began", "begins",
	"testified", "testifies", "commented", "comments", "commenting", "wrote", "reported", "reports", "reporting", "read", "reads",
	"captioned", "penned", "divulged", "gushed", "raved", "chimed", "interjected", "interrupted", "thundered",
	"declaring", "announcing", "explaining", "adding", "demanded", "demands", "charged", "charges", "accused", "accuses",
	"described", "describes", "describing", "called", "calls", "told", "informed", "assured", "assures", "reassured", "agreed", "agrees",
	"disagreed", "maintained", "maintains", "contended", "contends", "concluded", "concludes", "lamented", "laments",
	"mocked", "mocks", "slammed", "slams", "blasted", "blasts", "shamed", "trolled", "finished", "rants", "fumes", "stating", "asserting", "acknowledging", "alleging", "tweeted", "texted", "emailed", "messaged",
	"captions", "joined", "jumped", "offered", "offers", "put", "puts", "wrote", "ranted", "raged", "fumed",
	"beamed", "laughed", "smiled", "whispered", "murmured", "marveled", "marvelled", "scoffed", "sneered",
	"quoted", "cautioned", "cautions", "advised", "advises", "explained", "elaborated", "clarified", "surmised",
	"speculated", "speculates", "theorized", "reasoned", "reckoned", "reflected", "reflects", "recounted", "recounts",
	"asserted", "asserts", "alleged", "alleges", "opined", "griped", "bemoaned", "lamented", "hollered", "bellowed",
	"replied", "responded", "acknowledges", "wrote", "observing", "warning", "recalling", "arguing", "insisting",
	"pressed", "started", "interrupted", "add", "explain", "continue", "insist", "argue", "warn", "admit",
	"implored", "pleaded", "begged", "boomed", "roared", "barked", "hissed", "cheered", "gushed", "quipped",
	"questioned", "questions", "affirmed", "affirms", "exhorted", "shot", "calling", "labeled", "labelled",
	"labeling", "labelling", "labels", "dubbed", "dubbing", "branded", "branding", "thanked",
	"written", "spoken",
	"remembers", "remembered", "reminisced", "reminisces", "confessed", "confesses", "confided", "confides", "muses", "gushes", "raves", "enthused", "enthuses",
	// the entertainment pages' manner of saying
	"teased", "teases", "hinted", "hints", "dished", "dishes", "vented", "vents", "deadpanned", "deadpans",
	"laughs", "cries", "sighs", "smiles", "beams", "chuckled", "chuckles", "giggled", "giggles", "sobbed", "wept",
	"cooed", "coos", "retweeted", "proclaimed", "proclaims", "blurted", "blurts", "stammered", "muttered", "mutters",
	"mumbled", "gasped", "gasps", "groaned", "swore", "swears", "typed", "scolded",
	"shrieked", "interjecting", "quipping", "exclaiming", "retorting", "gushing", "confessing",
	"teasing", "conceding", "recounting", "boasting", "praises", "praised", "praising",
	// and the gossip pages': "a source spilled to In Touch"
	"spilled", "spills", "spilling", "blabbed", "blabs", "squealed", "squeals", "snitched", "tattled", "chirped",
	"chirps", "sniped", "snipes", "clapped",
	// and its critics': "the alum dragged Taylor for being "over the top""
	"dragged", "drags", "roasted", "roasts", "shaded", "shades", "spewed", "spews", "relayed", "relays",
	// and the fan pages': "A third person expressed, ..."
	"expressed",
	// a hint: "Guthrie alluded, referring to ..."
	"alluded", "alludes", "intimated", "intimates",
	// a prying question: "someone else pried"
	"pried", "prodded", "quizzed", "inquired", "inquires", "enquired", "enquires",
	// an apology: "Andy freaked out, apologizing: ..."
	"apologized", "apologised", "apologizing", "apologising", "apologizes", "apologises",
	// a song's lines: "..., she sings"
	"sings", "sang", "raps", "rapped", "croons", "crooned",
)

// strongCues introduce a quotation on their own after a mention ("X said").
// Weak cues ("called", "put") need the quotation right next to them.
var weakCues = setOf("started", "called", "calls", "described", "describes", "describing", "went", "goes", "began", "begins", "pointed",
	"put", "puts", "joined", "jumped", "offered", "offers", "fired", "read", "reads", "charged", "charges",
	"accused", "accuses", "chimed", "shot", "calling", "labeled", "labelled", "labeling", "labelling", "labels",
	"dubbed", "dubbing", "branded", "branding", "thanked", "expressed", "sings", "sang", "raps", "rapped", "croons", "crooned", "clapped")

func isWeakCue(w string) bool {
	return weakCues.hasLower(w)
}

func isCueWord(w string) bool {
	return cueVerbs.hasLower(w)
}

var pronounGender = map[string]byte{"he": 'm', "she": 'f', "they": 'p', "i": 'x', "we": 'p'}

func isPronoun(w string) bool {
	_, ok := pronounGender[w]
	return ok
}

// pronounContraction reports a subject pronoun with a verb contracted onto
// it ("I’m", "I'd", "We've", "It's"): capitalised, and never a name.
func pronounContraction(w string) bool {
	// the pronoun is two to four letters: the apostrophe comes early
	// (straight, or the curly one's first byte 0xE2)
	i := 1
	for i < len(w) && i < 5 && w[i] != '\'' && w[i] != 0xe2 {
		i++
	}
	if i >= len(w)-1 || i == 5 || w[i] == 0xe2 && !strings.HasPrefix(w[i:], "\u2019") {
		return false // none, or another character: "It–"
	}
	return subjectPronouns.hasLower(w[:i])
}

var subjectPronouns = setOf("i", "he", "she", "we", "they", "you", "it")

// titles precede names and are dropped from canonical names; the byte
// tells the gender they imply.
var titles = mapFrom(map[string]byte{
	"Mr.": 'm', "Mrs.": 'f', "Ms.": 'f', "Miss": 'f', "Sir": 'm', "Dame": 'f', "Lord": 'm', "Lady": 'f',
	"Dr.": 0, "Sen.": 0, "Senator": 0, "Rep.": 0, "Representative": 0, "Gov.": 0, "Governor": 0,
	"President": 0, "Vice": 0, "Mayor": 0, "Judge": 0, "Justice": 0, "Prof.": 0, "Professor": 0, "Rev.": 0,
	"Gen.": 0, "General": 0, "Lt.": 0, "Col.": 0, "Sgt.": 0, "Capt.": 0, "Adm.": 0, "Maj.": 0, "Secretary": 0,
	"Speaker": 0, "Chairman": 'm', "Chairwoman": 'f', "Commissioner": 0, "Attorney": 0, "Ambassador": 0,
	"Congressman": 'm', "Congresswoman": 'f', "Minister": 0, "Prime": 0, "Chancellor": 0, "Pope": 'm', "King": 'm',
	"Queen": 'f', "Prince": 'm', "Princess": 'f', "Former": 0, "former": 0, "Hostess": 'f', "Host": 0, "Coach": 0,
	"Chief": 0, "Officer": 0, "Detective": 0, "Sheriff": 0, "Agent": 0, "Pastor": 0, "Father": 'm', "Sister": 'f',
	"Mister": 'm', "Madam": 'f', "Leader": 0, "Director": 0, "Councilman": 'm', "Councilwoman": 'f', "Councillor": 0, "Councilor": 0, "Councilmember": 0, "Alderman": 'm', "Alderwoman": 'f', "Assemblyman": 'm', "Assemblywoman": 'f', "Assemblymember": 0, "Sens.": 0, "Reps.": 0,
	"Candidate": 0, "Nominee": 0, "Democrat": 0, "Republican": 0, "Independent": 0,
	// British members and parties ("Labour MP Jess Phillips", "Tory peer
	// Baroness Warsi")
	"MP": 0, "MEP": 0, "MSP": 0, "Baroness": 'f', "Baron": 'm', "Tory": 0, "Labour": 0, "Conservative": 0,
	// British and military usage writes abbreviated titles without a full
	// stop ("Mr Brown", "Col Camus") and ranks in full
	"Mr": 'm', "Mrs": 'f', "Ms": 'f', "Dr": 0, "Prof": 0, "Rev": 0, "Col": 0, "Gen": 0, "Lt": 0, "Sgt": 0,
	"Capt": 0, "Cpl": 0, "Cllr": 0, "Insp": 0, "Supt": 0, "Colonel": 0, "Captain": 0, "Sergeant": 0,
	"Lieutenant": 0, "Corporal": 0, "Inspector": 0, "Superintendent": 0, "Constable": 0,
	// a player's position before the name ("Panthers QB Cam Newton")
	"QB": 0, "RB": 0, "WR": 0, "TE": 0, "LB": 0, "CB": 0, "DE": 0, "DT": 0, "OL": 0, "OT": 0, "OG": 0, "FB": 0,
	"DB": 0, "SS": 0, "FS": 0,
})

// roleNouns head descriptions that can speak ("the senator", "a spokesman"), the
// relations of kinWords among them.
var roleNouns = setOf(slices.Concat([]string{
	"duo", "popstar", "senator", "congressman", "congresswoman", "representative", "lawmaker", "governor", "mayor", "president",
	"candidate", "nominee", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "aide", "aides",
	"adviser", "advisor", "strategist", "source", "sources", "singer", "actress", "actor", "star", "author",
	"writer", "host", "hostess", "model", "businessman", "businesswoman", "billionaire", "mogul", "rapper",
	"musician", "activist", "leader", "chairman", "chairwoman", "chair", "director", "secretary", "minister",
	"ambassador", "judge", "lawyer", "attorney", "prosecutor", "officer", "chief", "executive", "ceo", "coo",
	"cfo", "cto", "founder", "reporter", "journalist", "analyst", "expert", "economist", "professor", "doctor",
	"scientist", "researcher", "veteran", "campaign", "pollster", "operative", "manager", "democrat", "republican",
	"commentator", "announcer", "politician", "nominees", "contender", "challenger", "incumbent", "speaker", "commissioner", "agency",
	"department", "committee", "company", "organization", "group", "administration", "white", "statement", "woman",
	"man", "comedian", "comic", "star", "entrepreneur", "sheriff", "student", "teacher", "pastor", "priest", "bishop",
	"pope", "coach", "player", "owner", "supporter", "supporters", "critic", "critics", "voter", "voters",
	"resident", "residents", "witness", "victim", "survivor", "user", "fan", "fans", "person", "people", "insider",
	"staffer", "employee", "governor-elect", "president-elect", "moderator", "anchor", "interviewer",
	"correspondent", "columnist", "editor", "publisher", "network", "newspaper", "site", "website", "report",
	"mogul", "tycoon", "heiress", "lawmakers", "officials", "diplomat", "general", "admiral", "commander",
	"soldier", "marine", "advocate", "delegate", "administrator", "comptroller", "treasurer", "auditor",
	"superintendent", "whip", "constituent", "donor", "backer", "ally", "surrogate", "volunteer", "forward",
	"striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "captain", "skipper", "quarterback",
	"pitcher", "batter", "boss", "footballer", "international", "cricketer", "athlete", "sprinter", "swimmer", "champion", "champ",
	"winner", "medalist", "medallist", "laureate", "finalist", "contestant", "runner-up", "boxer", "fighter",
	"wrestler", "golfer", "cyclist", "gymnast", "skater", "jockey", "driver", "rider", "neighbor", "neighbour",
	"neighbors", "neighbours", "bystander", "passerby", "passer-by", "colleague", "colleagues", "coworker",
	"co-worker", "classmate", "roommate", "teenager", "shopper", "customer", "patient", "nurse", "firefighter",
	"detective", "trooper", "deputy", "sergeant", "lieutenant", "investigator", "investigators", "prosecutors",
	"attorneys", "lawyers", "duke", "duchess", "earl", "countess", "prince", "princess", "king", "queen", "heir", "heiress", "monarch", "drummer", "guitarist", "bassist", "pianist",
	"vocalist", "frontman", "frontwoman", "songwriter", "singer-songwriter", "dancer", "choreographer", "stylist",
	"designer", "chef", "producer", "publicist", "agent", "rep", "trainer", "presenter", "influencer",
	"photographer", "artist", "bandmate", "castmate", "castmates", "costar", "co-star", "filmmaker", "screenwriter", "playwright",
	"novelist", "poet", "follower", "followers", "subscriber", "subscribers", "commenter", "commenters", "viewer", "viewers", "reader",
	"readers", "listener", "listeners", "troll", "trolls", "hater", "haters",
	"child", "children", "kid", "kids", "girl", "boy", "schoolchild", "schoolchildren", "mourner", "mourners",
	"well-wisher", "well-wishers",
	"bodyguard", "lady",
	// the entertainment pages' epithets: "the 'Paradise Lost' alum"
	"alum", "alumna", "alumnus", "alums", "hitmaker", "songstress", "starlet", "socialite", "personality", "icon",
	"newcomer", "heartthrob", "crooner", "diva",
	// the gossip pages' unnamed sources: "a pal tells OK!"
	"pal", "pals", "confidant", "confidante", "onlooker", "onlookers", "eyewitness", "spy", "tipster", "partygoer",
	"attendee", "insiders", "friends", "watcher", "watchers", "tweeter", "tweeters", "netizen", "netizens", "observer",
	"observers", "concertgoer", "concertgoers", "spectator", "spectators", "eyewitnesses", "bystanders", "partygoers",
	// trades and professions
	"showrunner", "youtuber", "podcaster", "composer", "magician", "astronaut", "pilot", "surgeon", "paramedic",
	"colonel", "farmer", "rancher", "fisherman", "carpenter", "plumber", "electrician", "mechanic", "architect",
	"engineer", "programmer", "developer", "investor", "banker", "trader", "historian", "biographer", "curator",
	"librarian", "archivist", "luthier", "sculptor", "painter", "illustrator", "cartoonist", "animator", "blogger",
	"vlogger", "tiktoker", "streamer", "surfer", "climber", "runner", "referee", "umpire", "pundit", "broadcaster", "baker",
	"brewer", "winemaker", "sommelier", "florist", "jeweler", "tailor", "barber", "hairstylist", "nanny",
	"chauffeur", "bodyguard", "paralegal", "therapist", "psychologist", "psychiatrist", "physician", "dentist",
	"pharmacist", "veterinarian", "midwife", "chaplain", "rabbi", "imam", "monk", "nun", "missionary", "explorer",
	"mountaineer", "sailor", "astronomer", "physicist", "chemist", "biologist", "geologist", "meteorologist",
	"forecaster", "co-founder", "cofounder", "philanthropist", "envoy", "consul", "councilman", "councilwoman",
	"alderman", "assemblyman", "assemblywoman", "legislator", "warden", "inmate", "prisoner", "defendant",
	"plaintiff", "juror", "clerk", "coroner", "fiddler", "violinist", "cellist", "saxophonist", "trumpeter",
	"keyboardist", "bandleader", "conductor", "organist", "harpist", "banjoist", "percussionist", "dj", "mc", "seed",
	"headteacher", "headmaster", "headmistress", "principal", "vicar", "councillor", "councilor", "chancellor",
	"provost", "rector",
}, serviceJobs, kinWords)...)

// kinNouns are the role nouns that name a relation to someone: "her
// daughter Luna" is a person, but not one in a role of her own.
var kinNouns = setOf(kinWords...)

// serviceJobs are the jobs of people who serve a star in passing ("the
// waiter", "the doorman"): roles (roleNouns), trades (tradeRoles) and the
// jobs a description stays as written for (serviceRoles).
var serviceJobs = []string{"waiter", "waitress", "bartender", "cashier", "chauffeur", "doorman", "receptionist", "barista",
	"clerk", "housekeeper", "cameraman", "camerawoman", "videographer", "paparazzo"}

// kinWords are the relations kinNouns and roleNouns hold.
var kinWords = []string{
	"mother", "father", "wife", "husband", "daughter", "son", "sister", "brother", "friend", "couple", "mom",
	"dad", "cousin", "uncle", "aunt", "niece", "nephew", "grandmother", "grandfather", "grandson", "granddaughter",
	"fiance", "fiancé", "fiancee", "fiancée", "girlfriend", "boyfriend", "partner", "parent", "parents",
	"relative", "relatives", "ex-husband", "ex-wife", "ex-boyfriend", "ex-girlfriend", "ex-fiance", "ex-fiancé",
	"ex-fiancee", "ex-fiancée", "ex-partner", "stepmother", "stepfather", "stepdaughter", "stepson", "stepsister",
	"stepbrother", "half-sister", "half-brother", "twin", "mother-in-law", "father-in-law", "sister-in-law",
	"brother-in-law", "son-in-law", "daughter-in-law", "sis", "bro", "hubby", "bestie", "bff",
}

// roleNounHeads are the role nouns as they open a sentence or a title
// ("Singer", "Spokesman", "CEO"), so a capitalised word is lowered only when it
// may be one.
var roleNounHeads = func() wordSet {
	m := make(map[string]struct{}, 2*len(roleNouns.m))
	for w := range roleNouns.m {
		switch w {
		case "kid", "kids", "boy", "girl":
			continue // names of their own as often: "Kid Cudi", "Boy George"
		}
		m[strings.ToUpper(w[:1])+w[1:]] = struct{}{}
		m[strings.ToUpper(w)] = struct{}{} // "CEO"
	}
	for _, w := range []string{"YouTuber", "TikToker", "TikTokker"} {
		m[w] = struct{}{} // (a platform's capitals inside the word)
	}
	return setFrom(m)
}()

// femaleNouns and maleNouns give a description's gender.
var femaleNouns = setOf("actress", "spokeswoman", "businesswoman", "congresswoman", "chairwoman", "mother",
	"wife", "daughter", "sister", "woman", "mom", "hostess", "heiress", "girl", "lady", "queen", "princess",
	"aunt", "niece", "grandmother", "granddaughter", "fiancee", "fiancée", "girlfriend", "duchess", "countess")
var maleNouns = setOf("actor", "spokesman", "businessman", "congressman", "chairman", "father", "husband",
	"son", "brother", "man", "dad", "boy", "king", "prince", "uncle", "nephew", "grandfather", "grandson",
	"fiance", "fiancé", "boyfriend", "duke", "earl")

// nounGender is the gender a lower-case noun gives the person it names
// ("prince", "actress"), else 0.
func nounGender(w string) byte {
	switch {
	case maleNouns.has(w):
		return 'm'
	case femaleNouns.has(w):
		return 'f'
	}
	return 0
}

// demonyms are nationalities and languages: alone, no person ("learn
// Italian", "a Cambodian orphan"); before a title they stay part of it
// ("Australian Prime Minister Mal Turner").
var demonyms = setOf(
	"American", "British", "English", "French", "German", "Italian", "Spanish", "Portuguese", "Dutch",
	"Belgian", "Swiss", "Austrian", "Swedish", "Norwegian", "Danish", "Finnish", "Irish", "Scottish", "Welsh",
	"Polish", "Russian", "Ukrainian", "Greek", "Turkish", "Chinese", "Japanese", "Korean", "Vietnamese",
	"Cambodian", "Thai", "Indian", "Pakistani", "Afghan", "Iranian", "Iraqi", "Syrian", "Israeli",
	"Palestinian", "Lebanese", "Egyptian", "Saudi", "Mexican", "Canadian", "Brazilian", "Argentine",
	"Argentinian", "Colombian", "Venezuelan", "Chilean", "Peruvian", "Australian", "African", "Nigerian",
	"Kenyan", "Ethiopian", "Somali", "Asian", "European", "Latino", "Latina", "Hispanic", "Arab", "Arabic",
	"Hebrew", "Jewish", "Catholic", "Muslim",
)

// notNames are capitalised words that start no person's name.
var notNames = setOf("Starring", "Featuring", "Late", "Early",
	"The", "A", "An", "And", "But", "Or", "If", "In", "On", "At", "Of", "For", "To", "From", "With", "By", "As",
	"It", "Its", "This", "That", "These", "Those", "There", "Then", "When", "Where", "While", "What", "Who", "Why",
	"How", "After", "Before", "During", "Since", "So", "Yet", "Still", "Even", "Just", "Also", "However", "Now",
	"Today", "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
	"December", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Mine", "Not",
	"No", "Yes", "All", "Some", "Many", "Most", "Both", "Each", "Every", "One", "Two", "Three", "Several", "Such",
	"Instagram", "Twitter", "Facebook", "TikTok", "Tiktok", "YouTube", "Youtube", "Reddit", "Snapchat", "CNN", "NBC", "ABC", "CBS",
	"MSNBC", "Fox", "News", "PBS", "NPR", "BBC", "CNBC", "Univision", "American", "Americans", "Republicans",
	"Democrats", "Republican", "Democratic", "Democrat", "GOP", "Congress", "Senate", "House", "White", "U.S.",
	"America", "United", "States", "Washington", "State", "Department", "Ministry", "Court", "Supreme", "Party",
	"Here", "According", "Although", "Though", "Because", "Until", "Unless", "Whether", "Meanwhile", "Instead",
	"Asked", "Speaking", "Writing", "Read", "Source", "Getty", "Images", "AP", "Reuters", "Photo", "Twitter/X",
	"Did", "Do", "Does", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should", "Let", "Please",
	"Thank", "Thanks", "Hello", "Oh", "Well", "Like", "Last", "Next", "First", "Second", "Another", "Other", "New",
	"Old", "Big", "Great", "Good", "Very", "More", "Much", "Only", "Over", "Under", "About", "Among", "Between",
	"Despite", "Without", "Within", "Through", "Across", "Against", "Around", "Into", "Upon", "Via", "Per", "Lyrics",
	"Days", "Shortly", "Prior", "Powerful", "Tragedy", "Raw", "Behind", "Hostess", "Trump's", "Obama's",
	"Later", "Earlier", "Afterward", "Afterwards", "Again", "Finally", "First,", "Once", "Recently", "Soon", "Often",
	"ISIS", "NATO", "FBI", "CIA", "EU", "UN", "Obamacare", "Christmas", "Easter", "God", "Jesus", "Christian",
	"Muslim", "Muslims", "Jewish", "Black", "Latino", "Latinos", "Latina", "Latinas", "Hispanic", "Hispanics", "Mexican", "Mexicans", "Chinese", "Russian",
	"Russians", "British", "European", "Iran", "Iraq", "Syria", "Russia", "China", "Mexico", "Israel", "Cuba",
	"Britain", "England", "France", "Germany", "Japan", "Korea", "India", "Canada", "York", "Los", "Angeles",
	"Chicago", "Florida", "Texas", "Ohio", "California", "Virginia", "Carolina", "Iowa", "Hampshire", "Nevada",
	"Pennsylvania", "Michigan", "Wisconsin", "Colorado", "Arizona", "Georgia", "Utah", "Street", "Avenue",
	"Times", "Post", "Journal", "Daily", "Press", "Associated", "Politico", "POLITICO", "Breitbart", "Huffington",
	"Times/Siena", "Mail", "Online", "Sun", "Guardian", "Telegraph", "Herald", "Tribune", "Globe", "Magazine",
	"Monmouth", "Quinnipiac", "Gallup", "Pew", "Census", "Bureau", "Council", "Committee", "Commission",
	"Agency", "Administration", "Office", "Center", "Institute", "University", "College", "School", "Hospital",
	"Medical", "Center", "Club", "Foundation", "Association", "Union", "Company", "Corporation", "Group",
	"Inc.", "Corp.", "Co.", "Ltd.", "LLC", "PAC", "Super", "Campaign", "Convention", "Debate", "Election",
	"Primary", "Caucus", "Caucuses", "Day", "Night", "Week", "Year", "Month", "Morning", "Evening", "Afternoon",
	"Update", "Editor's", "Note", "Watch", "Video", "Listen", "Follow", "Share", "Click", "Subscribe", "Related",
	"Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Presumptive",
	"ABSTRACT", "FULL", "TEXT", "Advertisement", "Story", "Continued", "Below", "Above", "Sign", "Up", "Mrs", "Mr",
)

// organisations that speak ("The NHS writes:"): heads that make a capitalised
// phrase an organisation rather than a person.
var orgHeads = setOf("NHS", "UK", "Times", "Post", "Journal", "News", "Press", "Department", "Ministry", "Agency",
	"Administration", "Office", "Committee", "Commission", "Council", "Campaign", "Institute", "University",
	"Foundation", "Association", "Union", "Company", "Corporation", "Group", "Party", "House", "Bureau", "Service",
	"Network", "Center", "Centre", "Organization", "Organisation", "Court", "Police", "Army", "Navy", "Pentagon",
	"Kremlin", "Reuters", "AP", "CNN", "BBC", "Fox", "NBC", "ABC", "CBS", "MSNBC", "Guardian", "Telegraph",
	"Mail", "Politico", "POLITICO", "Breitbart", "Tribune", "Herald", "Globe", "Magazine", "Review", "Report",
	"FBI", "CIA", "WHO", "CDC", "UN", "EU", "NATO", "Senate", "Congress", "Government", "Ministry", "Board",
	"Authority", "Trust", "Society", "Club", "Team", "Inc.", "Corp.", "Co.", "Ltd.", "LLC", "PAC", "Fund", "Radio",
	"Television", "Channel", "Station", "Insurance", "Bank", "Airlines", "Hospital", "Studios", "Records",
	"Pictures", "Holdings", "Industries", "Museum", "Lines", "Airways", "Motors", "Partners", "Labs", "Systems",
	"Technologies", "Enterprises", "Brands", "Entertainment", "Productions", "Films", "Media", "Publishing",
	"Communications", "Management",
	// sports clubs: "Manchester United", "Leeds Rovers", "Real Madrid CF"
	"United", "FC", "CF", "AFC", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "Rangers")
