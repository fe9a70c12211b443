package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

type want struct {
	Text, Speaker, Channel string
}

func extractWant(text string) []want {
	var got []want
	for _, q := range Extract(text) {
		got = append(got, want{q.Text, q.Speaker, q.Channel})
	}
	return got
}

func TestExtract(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "straight double, said after",
			text: `"We will win this," said Sen. Maria Lopez.`,
			want: []want{{"We will win this,", "Maria Lopez", "unknown"}},
		},
		{
			name: "curly double, name before verb",
			text: "\u201cThe numbers do not add up,\u201d Victor Crane said.",
			want: []want{{"The numbers do not add up,", "Victor Crane", "unknown"}},
		},
		{
			name: "single quotes with apostrophes inside",
			text: "Chrissy Teigen spoke out.\n\n'We've never decided on our babies' names until the '90s, rock 'n' roll,' Teigen wrote on Instagram.",
			want: []want{{"We've never decided on our babies' names until the '90s, rock 'n' roll,", "Chrissy Teigen", "instagram"}},
		},
		{
			name: "a headline's quotation is no quote: the body quotes the speaker",
			text: "Nora Vance calls budget plan 'a fraud'.\n\nSen. Nora Vance said on Monday that the plan was \"a fraud on every taxpayer.\"\n\nVance Tells Voters The Plan Is 'A Fraud On Everyone.'\n\n\"We will fight it,\" she said.",
			want: []want{{"a fraud on every taxpayer.", "Nora Vance", "unknown"}, {"We will fight it,", "Nora Vance", "unknown"}},
		},
		{
			name: "an opening sentence in the past tense or with its cue after the quotation is no headline",
			text: "Nora Vance called the plan 'a fraud on taxpayers.'\n\nShe spoke in Ohio.\n\n",
			want: []want{{"a fraud on taxpayers.", "Nora Vance", "unknown"}},
		},
		{
			name: "an opening quotation with its cue after it is no headline",
			text: "'We are shocked and heartbroken,' Nora Vance says.\n\nShe spoke in Ohio.",
			want: []want{{"We are shocked and heartbroken,", "Nora Vance", "unknown"}},
		},
		{
			name: "he after a sentence ending in its reporter is the reporter, not a person owning the subject",
			text: "Tomas Berg's plan worries many in the party, Peter Lund said.\n\n\"It will not pass the House,\" he said.",
			want: []want{{"It will not pass the House,", "Peter Lund", "unknown"}},
		},
		{
			name: "a guest's answer after a line of narrative stays in the interview",
			text: "In an interview with CNN on Monday, Ola Dahl answered questions from host Erik Moen.\n\n\"Will you run again?\" Moen asked.\n\n\"Maybe. Things are open,\" Dahl said.\n\nDahl was quick to add that the party had not asked him.\n\n\"Running? Not this year.\"",
			want: []want{
				{"Will you run again?", "Erik Moen", "tv"},
				{"Maybe. Things are open,", "Ola Dahl", "tv"},
				{"Running? Not this year.", "Ola Dahl", "tv"},
			},
		},
		{
			name: "a paragraph telling what someone else said sets no scene for the next speaker",
			text: "The fund was promoted on Twitter all year and it doubled, its founder Ann Berg said.\n\n\"We were surprised,\" Tom Lee, a company director, said.",
			want: []want{{"We were surprised,", "Tom Lee", "unknown"}},
		},
		{
			name: "a scene still to come is not where the words were said",
			text: "The campaign hopes to hold another rally in Ohio next month. \"It will be a great night,\" Dana Ruiz said.",
			want: []want{{"It will be a great night,", "Dana Ruiz", "unknown"}},
		},
		{
			name: "told a forum or a committee is a speech, not an interview",
			text: "\"We will stay,\" Ivo Marsh told the Pacific Rim Dialogue, a regional security forum.\n\n\"Nothing has changed,\" Rita Chen told the Senate Armed Services Committee.",
			want: []want{{"We will stay,", "Ivo Marsh", "speech"}, {"Nothing has changed,", "Rita Chen", "speech"}},
		},
		{
			name: "a network named in the possessive is still the network",
			text: "Rita Chen spoke during an interview with Univision's Miami affiliate.\n\n\"Nothing has changed,\" she said.",
			want: []want{{"Nothing has changed,", "Rita Chen", "tv"}},
		},
		{
			name: "an email server or an inspector general (IG) is no message and no Instagram",
			text: "Rita Chen was asked about her email server and the IG's report.\n\n\"Nothing has changed,\" she said.",
			want: []want{{"Nothing has changed,", "Rita Chen", "unknown"}},
		},
		{
			name: "telling an outlet is an interview; told a host whose show the article names is that show",
			text: "Sen. Ola Dahl weighed in, telling Vox in an interview, \"We are both ready.\"\n\nMark Rowe said on The Laura Ingraham Show on Tuesday that he was tired.\n\n\"I like to win first,\" Rowe told Ingraham.",
			want: []want{{"We are both ready.", "Ola Dahl", "interview"}, {"I like to win first,", "Mark Rowe", "radio"}},
		},
		{
			name: "someone else's statements are no evidence; a press secretary's words are a statement",
			text: "Lars Moe criticized Ola Dahl's statements on Monday.\n\n\"He is unfit,\" Moe said.\n\nIn the lead-up to the debate, Dahl's press secretary, Tina Holm, said, \"We have argued this for months.\"",
			want: []want{{"He is unfit,", "Lars Moe", "unknown"}, {"We have argued this for months.", "Tina Holm", "statement"}},
		},
		{
			name: "the scene an article opens with (\"At a press conference ...\") holds for its quotations without evidence of their own",
			text: "Parents confront the mayor.\n\nAt a heated press conference outside City Hall on Friday, parents of the victims urged the mayor to act.\n\n\"We have waited long enough,\" said Ana Pike, whose son died in May.\n\nThe city has promised a review since March.\n\n\"He promised to meet us,\" said Rosa Lind, whose daughter was hurt.\n\n\"We hear them,\" Mayor Tom Reyes told CNN.",
			want: []want{
				{"We have waited long enough,", "Ana Pike", "press_conference"},
				{"He promised to meet us,", "Rosa Lind", "press_conference"},
				{"We hear them,", "Tom Reyes", "tv"},
			},
		},
		{
			name: "a scene named inside a sentence of the opening is no scene for the article",
			text: "The ruling reignited the debate over abortion on Monday.\n\n\"This is just the beginning,\" said Ana Pike, president of a rights group.",
			want: []want{{"This is just the beginning,", "Ana Pike", "unknown"}},
		},
		{
			name: "what a relative clause tells of the speaker is no channel; a blog and a listing are publications; a segment is on air",
			text: "\"Attacks follow success,\" said Ian Clark, who recently co-authored a paper on the group.\n\nEd Moss put it best when he blogged: \"This race is over.\"\n\nGil Hart wrote in the listing, \"This is a piece of history.\"\n\n\"It is the same attack,\" Ana Pike said in the segment that followed.",
			want: []want{
				{"Attacks follow success,", "Ian Clark", "unknown"},
				{"This race is over.", "Ed Moss", "publication"},
				{"This is a piece of history.", "Gil Hart", "publication"},
				{"It is the same attack,", "Ana Pike", "tv"},
			},
		},
		{
			name: "a post written a few paragraphs after its platform is named keeps the platform",
			text: "Nora Hale, a longtime critic, lashed out at the senator on Facebook on Monday.\n\nIn her post, she reminded him of the shooting.\n\n\"I am the daughter of a victim,\" she wrote.\n\nHale said she did not see the remark in isolation.\n\n\"Your words were heard around the world,\" she posted.",
			want: []want{{"I am the daughter of a victim,", "Nora Hale", "facebook"}, {"Your words were heard around the world,", "Nora Hale", "facebook"}},
		},
		{
			name: "said a name's spokesman or manager, then the holder's name: the holder speaks",
			text: "Sen. Ola Dahl spoke on Sunday.\n\n\"Debate recap,\" tweeted Dahl spokesman Ivo Marsh.\n\n\"It is a conflict,\" said Dahl campaign manager Rita Chen.",
			want: []want{{"Debate recap,", "Ivo Marsh", "twitter"}, {"It is a conflict,", "Rita Chen", "unknown"}},
		},
		{
			name: "a participle after a trailing reporter (\", Nefzi said, adding\") belongs to the reporter, not the sentence's subject",
			text: "Omar Lind did not stay after prayers, Adel Nefzi said, adding, \"He was not very religious.\"\n\nThe two men will meet, said Sean Pike, adding, \"They need a good talk.\"\n\n\"I regard him as a friend,\" Ola Dahl told Mark Ross, noting that they \"talk often.\"",
			want: []want{
				{"He was not very religious.", "Adel Nefzi", "unknown"},
				{"They need a good talk.", "Sean Pike", "unknown"},
				{"I regard him as a friend,", "Ola Dahl", "unknown"},
				{"talk often.", "Ola Dahl", "unknown"},
			},
		},
		{
			name: "a quotation's own full stop ends its sentence when a capital follows (not when a reporting clause does)",
			text: "When Ana Pike noted the unpaid taxes, Tom Reyes boasted, \"That makes me smart.\" Reyes was similarly defensive about an architect, saying, \"Maybe he did a bad job.\"\n\n\"It is over.\" Pike said.",
			want: []want{
				{"That makes me smart.", "Tom Reyes", "unknown"},
				{"Maybe he did a bad job.", "Tom Reyes", "unknown"},
				{"It is over.", "Ana Pike", "unknown"},
			},
		},
		{
			name: "an adverb opening a sentence is no speaker",
			text: "The report praised the plan. Likewise, a study from a think tank had this to say: \"Families at the top would gain more.\"",
			want: []want{{"Families at the top would gain more.", "", "publication"}},
		},
		{
			name: "a party used as an adjective inside a description (\"the presumptive Republican presidential nominee\")",
			text: "Mark Rowe won the primary on Tuesday.\n\n\"We will win in November,\" the presumptive Republican presidential nominee told reporters.",
			want: []want{{"We will win in November,", "Mark Rowe", "press_conference"}},
		},
		{
			name: "a relative clause without commas between a description and its reporting verb",
			text: "\"Certainly there are talks,\" a White House official who spoke anonymously to discuss strategy said Wednesday.",
			want: []want{{"Certainly there are talks,", "a White House official", "unknown"}},
		},
		{
			name: "curly marks turned the wrong way: an opening mark that closes, a closing mark that opens",
			text: "Lena Ortiz called the rules \u201cunfair\u201c on Monday. \u201cWe will appeal,\u201d she said.\n\n\u201dWe lost a year,\u201d Ortiz added. \u201cNobody listened.\u201c\n\n\u201cApparently not,\u201c she said. \u201cWe move on.\u201d\n\nThe board gave the plan a \u2018D-\u2018 rating for its cost.",
			want: []want{{"unfair", "Lena Ortiz", "unknown"}, {"We will appeal,", "Lena Ortiz", "unknown"}, {"We lost a year,", "Lena Ortiz", "unknown"}, {"Nobody listened.", "Lena Ortiz", "unknown"}, {"Apparently not,", "Lena Ortiz", "unknown"}, {"We move on.", "Lena Ortiz", "unknown"}},
		},
		{
			name: "a single closing mark after a sentence ends the double quotation it closes",
			text: "Maya Roth tweeted: \u201cWe did it. Thank you all.\u2019 Roth was in Denver on Tuesday, where she told reporters she would run again.",
			want: []want{{"We did it. Thank you all.", "Maya Roth", "twitter"}},
		},
		{
			name: "markup attributes are no quotations",
			text: "Ken Abbot reacted online.\n\n<blockquote data-author=\"@kenabbot\" data-date=\"May 4, 2016\n\">We will keep going. See you in Ohio.</blockquote>\n\n\"It was a long night,\" Abbot said.",
			want: []want{{"It was a long night,", "Ken Abbot", "unknown"}},
		},
		{
			name: "a title after its media noun is no quote even with the period inside the marks",
			text: "\"Being a dad is my job,\" Mark Hale said in May on the podcast \"Here's the Thing.\"",
			want: []want{{"Being a dad is my job,", "Mark Hale", "podcast"}},
		},
		{
			name: "a description, then a full name set off by commas, then the verb: the name speaks",
			text: "Donald Hart spoke on Thursday.\n\n\"We all know it,\" the Vatican spokesman, Federico Lombardi, told reporters.",
			want: []want{{"We all know it,", "Federico Lombardi", "press_conference"}},
		},
		{
			name: "a subheading in single marks in an article quoting in double marks is no quote",
			text: "\"We will not stop,\" Ana Ruiz said on Monday.\n\n'Nobody listened.'\n\nRuiz, 52, ran the clinic for ten years. \"Nobody listened,\" she said.",
			want: []want{{"We will not stop,", "Ana Ruiz", "unknown"}, {"Nobody listened,", "Ana Ruiz", "unknown"}},
		},
		{
			name: "a paragraph of one quotation in single marks stays a quote where single marks are the house style",
			text: "Ana Ruiz starred in the film \"Night Shift\" in 2010. 'We will not stop,' she said.\n\n'Nobody listened.'",
			want: []want{{"We will not stop,", "Ana Ruiz", "unknown"}, {"Nobody listened.", "Ana Ruiz", "unknown"}},
		},
		{
			name: "a term opening its sentence as its subject is no quote",
			text: "\"Send it as a non-paper,\" Ann Vale said.\n\n\"Non-paper\" is a diplomatic term for a draft. \"Top secret\" was the label, she said.",
			want: []want{{"Send it as a non-paper,", "Ann Vale", "unknown"}},
		},
		{
			name: "a leading clause or phrase is not where the subject stands",
			text: "Rita Moss and Carl Dunn debated on Monday. When Dunn suggested that voters would pay for a tax cut, Moss fired back forcefully: \"We cannot pay for it.\"\n\nWhen Tom Hale died in 2001, Senator Ruth Ames released a statement:\n\n\"He was a friend.\"",
			want: []want{{"We cannot pay for it.", "Rita Moss", "unknown"}, {"He was a friend.", "Ruth Ames", "statement"}},
		},
		{
			name: "a leading phrase naming someone else is not the subject",
			text: "Rita Moss is a senator.\n\nIn a wide-ranging, in-prison interview with journalist Ida Wren last year, Moss said she welcomed the trial and added, \"I will run.\"",
			want: []want{{"I will run.", "Rita Moss", "interview"}},
		},
		{
			name: "a clause opened by when after the quotation is no reporting clause; a constituent is a role",
			text: "Dan Ruiz and Nora Blake debated on Monday. The ad ends with footage of Ruiz saying during the debate last week, \"That makes me smart,\" when Blake blasted him for not paying income tax.\n\n\"It is a disgrace,\" said Blake constituent Ana Wells when asked.",
			want: []want{{"That makes me smart,", "Dan Ruiz", "speech"}, {"It is a disgrace,", "Ana Wells", "unknown"}},
		},
		{
			name: "said a name's role, then the holder's full name set off by commas",
			text: "Nora Blake spoke.\n\n\u201cWe treat it as one long Election Day,\u201d said Blake\u2019s deputy campaign manager, Rich Beeson, who ran the ground game. Rich Heffley ran another. Beeson declined to say more.",
			want: []want{{"We treat it as one long Election Day,", "Rich Beeson", "unknown"}},
		},
		{
			name: "a closing mark opening a paragraph opens its quotation",
			text: "Cruz won the state.\n\n\u201d \u2026 the Cruz train has left the station,\u201d wrote Time magazine. \u201cIt was a rout.\u201d",
			want: []want{{"\u2026 the Cruz train has left the station,", "Time", "publication"}, {"It was a rout.", "Time", "publication"}},
		},
		{
			name: "a quotation alone, then \"That was how X described it\" in the next paragraph",
			text: "The merger failed.\n\n\"You should have combined a donkey with a rabbit.\"\n\nThat was how Jeff Bowles, the chief executive, once described the deal.",
			want: []want{{"You should have combined a donkey with a rabbit.", "Jeff Bowles", "unknown"}},
		},
		{
			name: "three apostrophes close a single quotation, then the doubled one",
			text: "Ann Lee sold the firm.\n\n''In every deal there is a moment - 'Oh, they will never sell,''' Ann Lee wrote in her memo. ''We start Monday.''",
			want: []want{{"In every deal there is a moment - 'Oh, they will never sell,'", "Ann Lee", "publication"}, {"We start Monday.", "Ann Lee", "publication"}},
		},
		{
			name: "an auxiliary between the speaker and the verb (\"had written\")",
			text: "Ed Marks died in 1963.\n\nAs the columnist Lou Parsons had written a few years earlier, \"We could not have a film industry without him.\"",
			want: []want{{"We could not have a film industry without him.", "Lou Parsons", "publication"}},
		},
		{
			name: "two names joined by and before the verb: the first is given",
			text: "The test worried experts.\n\n\"Tritium would give a greater yield,\" nuclear experts David Alden and Sara Kell of the Institute for Science wrote in September. \"Whether they can use it is unknown.\"",
			want: []want{{"Tritium would give a greater yield,", "David Alden", "publication"}, {"Whether they can use it is unknown.", "David Alden", "publication"}},
		},
		{
			name: "told the show is on air, whatever the paragraph before tweeted",
			text: "Ben Cole spoke on a morning programme on Monday.\n\nHis rival's campaign shared a tweet from a reporter.\n\n\"Is this what we accept now?\" Cole told the show.",
			want: []want{{"Is this what we accept now?", "Ben Cole", "tv"}},
		},
		{
			name: "a soft hyphen before a name and an appositive missing its closing comma",
			text: "The governor was not told.\n\n\"We have not been briefed,\" Doug \u00adAndres, a spokesman for Speaker Paula Rand told the Post.",
			want: []want{{"We have not been briefed,", "Doug Andres", "interview"}},
		},
		{
			name: "a participle phrase opens the sentence; a programme is no person; a description means a person, not an outlet",
			text: "Kylie Jenner has shared a glimpse of her baby bump.\n\nTaking to Instagram on Sunday, the 26-year-old reality star wrote: 'So grateful for this little one.'\n\nA source told People: 'She is thrilled.'\n\nSpeaking to Entertainment Tonight last year, the make-up mogul explained: 'Being a mom is the best thing.'",
			want: []want{{"So grateful for this little one.", "Kylie Jenner", "instagram"}, {"She is thrilled.", "A source", "interview"}, {"Being a mom is the best thing.", "Kylie Jenner", "tv"}},
		},
		{
			name: "a document speaks for no one; a sentence may open with an indefinite description, or a name set off after it",
			text: "Ann Vale ran the agency.\n\n\"Anything less is a failure,\" the letter said.\n\nA spokesman for the company declined to comment but said that \"we did nothing wrong.\"\n\nAnother delegate on the state slate, Jim Poolman, said he was \"leaning Vale.\"\n\nThe town released a statement calling the claims \"not based on facts.\"",
			want: []want{{"Anything less is a failure,", "the letter", "statement"}, {"we did nothing wrong.", "A spokesman for the company", "statement"}, {"leaning Vale.", "Jim Poolman", "unknown"}, {"not based on facts.", "", "statement"}},
		},
		{
			name: "a weak reporting verb right after a name, nearer the mark than a participle's verb",
			text: "Paul Mann joined the campaign.\n\nOn Thursday, in the release announcing his role, Mann described winning the nomination \"as an intricate series of steps.\"",
			want: []want{{"as an intricate series of steps.", "Paul Mann", "statement"}},
		},
		{
			name: "a noun before a weak verb is no speaker (\"The proposal goes to a vote\"); a description prefers someone who spoke",
			text: "Carmen Lopez told the Herald: \"Nobody expected that.\" Critics questioned the timing.\n\n\"We will not wait,\" Tomas Costa told a press conference. \"And we stand together.\" The proposal goes to a vote next month.\n\n\"It is settled,\" the official said.",
			want: []want{{"Nobody expected that.", "Carmen Lopez", "interview"}, {"We will not wait,", "Tomas Costa", "press_conference"}, {"And we stand together.", "Tomas Costa", "press_conference"}, {"It is settled,", "Tomas Costa", "press_conference"}},
		},
		{
			name: "a host's reply continues the broadcast; \"a friend of the couple\" is one description",
			text: "Ada Lane has opened up about her divorce.\n\nLane sat down with Oprah Winfrey for a CBS special.\n\n'I felt like I was drowning,' she told the talk show host.\n\nWinfrey replied: 'You seem lighter now.'\n\nHer ex-husband Sam has not commented, but a friend of the couple told the Daily Mail: 'They are still close.'",
			want: []want{{"I felt like I was drowning,", "Ada Lane", "tv"}, {"You seem lighter now.", "Oprah Winfrey", "tv"}, {"They are still close.", "a friend of the couple", "interview"}},
		},
		{
			name: "revealed to an outlet is an interview; X is Twitter; an anonymous source stays anonymous",
			text: "Harry Stone is said to be smitten.\n\nAn insider revealed to Us Weekly: 'He has never been happier.'\n\nHis bandmate Louis Tate took to X to congratulate him, posting: 'Proud of you mate.'\n\nPer a source, the couple met in London. 'They hit it off,' the source added.\n\nStone was admitted to the Mercy Hospital in May. \"I am fine,\" Stone said.",
			want: []want{{"He has never been happier.", "An insider", "interview"}, {"Proud of you mate.", "Louis Tate", "twitter"}, {"They hit it off,", "the source", "unknown"}, {"I am fine,", "Harry Stone", "unknown"}},
		},
		{
			name: "an organisation's description resolves to the organisation named before it, never a person",
			text: "Resident Mark Dupree, 54, watched a tree fall. \"I just bought it,\" he said.\n\nThe National Weather Service warned of more storms. \"Conditions remain dangerous,\" the agency said in a statement.\n\nKite Works is recalling 4,000 kites. \"We are sorry,\" the company said.\n\nNora Blake spoke next.\n\nShe lives in town.\n\nShe has two sons.\n\n\"We will rebuild,\" the group said.",
			want: []want{{"I just bought it,", "Mark Dupree", "unknown"}, {"Conditions remain dangerous,", "National Weather Service", "statement"}, {"We are sorry,", "Kite Works", "unknown"}, {"We will rebuild,", "the group", "unknown"}},
		},
		{
			name: "the Today programme on Radio 4 is radio; told MPs at Prime Minister's Questions is a speech",
			text: "Keir Stone defended his plans.\n\nSpeaking to BBC Radio 4's Today programme, the prime minister said: \"We will keep our promise.\"\n\n\"They have broken that promise,\" Kemi Bade told MPs at Prime Minister's Questions.",
			want: []want{{"We will keep our promise.", "Keir Stone", "radio"}, {"They have broken that promise,", "Kemi Bade", "speech"}},
		},
		{
			name: "a sports programme is the outlet; a striker is a role",
			text: "Ned Kopp praised his team.\n\n\"We needed that,\" Kopp told BBC Match of the Day.\n\n\"It was a great feeling,\" said the Liverpool striker Omar Sadi.",
			want: []want{{"We needed that,", "Ned Kopp", "tv"}, {"It was a great feeling,", "Omar Sadi", "unknown"}},
		},
		{
			name: "an interview given later is no scene for earlier words; speaking at an event sets the paragraph's scene; a dash attribution with a phrase after it",
			text: "The council approved the plan.\n\n\"It's a giveaway,\" countered Councilman Jim Ruiz.\n\nRuiz later told the Chronicle he would push for changes. \"We're not done,\" he said.\n\nMayor Ellen Park, speaking at a ribbon-cutting on Wednesday, said she would sign it. \"I'm proud of this council,\" Park said.\n\n\"Finally!\" \u2014 Tenant advocate Rosa Diaz, in a post on Facebook.",
			want: []want{{"It's a giveaway,", "Jim Ruiz", "unknown"}, {"We're not done,", "Jim Ruiz", "interview"}, {"I'm proud of this council,", "Ellen Park", "speech"}, {"Finally!", "Rosa Diaz", "facebook"}},
		},
		{
			name: "a network's moderator anywhere in the article puts its debate on air",
			text: "Ann Cole sharpened her attacks.\n\n\"We must lead,\" Cole said at the outset of a Democratic debate.\n\nShe skirted the opening question from CBS moderator John Dick.",
			want: []want{{"We must lead,", "Ann Cole", "tv"}},
		},
		{
			name: "a host the article introduces as a radio host puts the answers to their questions on radio",
			text: "Ted Cole spoke to conservative radio host Laura Ingram on Thursday.\n\nCole took the gloves off in response to Ingram's questions about the bill.\n\n\"The gang voted against every amendment,\" Cole said.",
			want: []want{{"The gang voted against every amendment,", "Ted Cole", "radio"}},
		},
		{
			name: "an equals sign and a mark in prose open no markup attribute",
			text: "The formula x=\" was mistyped.\n\nLater, \"We will win,\" Ann Lee said.",
			want: []want{{"We will win,", "Ann Lee", "unknown"}},
		},
		{
			name: "neighbours, relatives and bystanders are roles",
			text: "A man was shot on Fifth Street.\n\n\"I heard three shots,\" said a neighbor who asked not to be named.\n\n\"He is a fighter,\" his cousin said.",
			want: []want{{"I heard three shots,", "a neighbor", "unknown"}, {"He is a fighter,", "his cousin", "unknown"}},
		},
		{
			name: "a first name alone that speaks keeps its gender; tells me is an interview",
			text: "Jose Andres runs a charity.\n\n\"We go where the need is,\" he tells me.\n\nAndres founded it in 2010. His wife, Patricia, says he sleeps four hours a night. \"He never rests,\" she says.",
			want: []want{{"We go where the need is,", "Jose Andres", "interview"}, {"He never rests,", "Patricia", "unknown"}},
		},
		{
			name: "a paragraph telling that someone else decried or attacked something sets no scene",
			text: "Leaders abroad weighed in.\n\nKhizr Khan, the father of a slain soldier, decried the ban during a speech at the convention.\n\n\"That will have consequences,\" Hollande said.",
			want: []want{{"That will have consequences,", "Hollande", "unknown"}},
		},
		{
			name: "a programme's title starts no name; its host named in it is a person",
			text: "Selena Gomez opened up about her health.\n\nDuring an appearance on The Tonight Show Starring Jimmy Fallon, she joked: 'I can't cook.'\n\nFallon replied: 'I'd still eat it.'",
			want: []want{{"I can't cook.", "Selena Gomez", "tv"}, {"I'd still eat it.", "Jimmy Fallon", "tv"}},
		},
		{
			name: "an epithet right after another person's quotation returns to the article's subject",
			text: "Kylie Jenner shows off her baby bump.\n\nHer sister Kim Kardashian tweeted: 'So happy for you sis!'\n\nThe reality star told fans on YouTube: 'I definitely want more kids.'\n\nThe senator said nothing.",
			want: []want{{"So happy for you sis!", "Kim Kardashian", "twitter"}, {"I definitely want more kids.", "Kylie Jenner", "youtube"}},
		},
		{
			name: "split by its attribution",
			text: "Ann Lee took the stage.\n\n'A thing happened,' she said, 'and then another.'",
			want: []want{{"A thing happened,", "Ann Lee", "unknown"}, {"and then another.", "Ann Lee", "unknown"}},
		},
		{
			name: "indefinite descriptions, compound role nouns and a description before its name",
			text: "\"We will not comment,\" said a state senator.\n\nA department official said, \"The file is closed.\"\n\nHer campaign manager, Ola Berg, said the numbers \"look fine.\"\n\n\"We are ahead,\" added her press secretary Lena Holm.",
			want: []want{
				{"We will not comment,", "a state senator", "unknown"},
				{"The file is closed.", "A department official", "unknown"},
				{"look fine.", "Ola Berg", "unknown"},
				{"We are ahead,", "Lena Holm", "statement"},
			},
		},
		{
			name: "the lawmaker: a representative named before",
			text: "The inquiry will go on, Texas Rep. Tom Field said Wednesday, after Mary Cole spoke.\n\n\"This will continue,\" the Republican lawmaker told reporters.",
			want: []want{{"This will continue,", "Tom Field", "press_conference"}},
		},
		{
			name: "a network that sponsors a poll is no channel",
			text: "Sam Ortiz leads the race, according to a CNN/WMUR poll released on Friday.\n\n\"I have never voted in a primary before,\" said Nora Pike, a teacher.",
			want: []want{{"I have never voted in a primary before,", "Nora Pike", "unknown"}},
		},
		{
			name: "a fragment sets no scene for the speaker's later quotes",
			text: "Ann Ruiz tweeted on Monday that the plan was \"a disgrace.\"\n\nThe council meets again next week. Its members have not commented.\n\nOn Tuesday the council met at noon.\n\n\"We need more volunteers,\" Ruiz said.",
			want: []want{{"a disgrace.", "Ann Ruiz", "twitter"}, {"We need more volunteers,", "Ann Ruiz", "unknown"}},
		},
		{
			name: "a channel named for an event the words come after is not theirs",
			text: "\"And nobody pays me!\" Carla Dunn said, a point she makes often after a recent appearance on a local radio station.",
			want: []want{{"And nobody pays me!", "Carla Dunn", "unknown"}},
		},
		{
			name: "he continued: the voice of the quotation before goes on",
			text: "Senator Paul Ames spoke in Riverton on Sunday.\n\nAmes campaign manager Tom Reyes said Monday in an interview with the Courier's Ann Platt: \"We are ahead.\"\n\n\"But polls are not votes,\" he continued.",
			want: []want{{"We are ahead.", "Tom Reyes", "interview"}, {"But polls are not votes,", "Tom Reyes", "interview"}},
		},
		{
			name: "a headline in title case: capitals there do not extend a name",
			text: "Okafor Sees Hope In Harbour Plan\n\nMayor Okafor spoke to the council on Monday.\n\n\"We will rebuild the harbour,\" Mr. Okafor said.",
			want: []want{{"We will rebuild the harbour,", "Okafor", "unknown"}},
		},
		{
			name: "a quotation alone after a paragraph that ends on its speaker",
			text: "In a statement on Friday, Mayor Lena Ortiz was more careful than the council. Though the delay was \"regrettable\", Ortiz limited her remarks to next year's budget.\n\n\"If the money is there, the bridge will be built.\"",
			want: []want{{"If the money is there, the bridge will be built.", "Lena Ortiz", "statement"}},
		},
		{
			name: "colon introduction, a new sentence after the quote reports no speech",
			text: "Nora Field wrote in an email: \"The bridge opens in May.\" Critics questioned the timing of the announcement.",
			want: []want{{"The bridge opens in May.", "Nora Field", "statement"}},
		},
		{
			name: "colon introduction",
			text: "Tom Hardy told reporters: \"I am done with this.\"",
			want: []want{{"I am done with this.", "Tom Hardy", "press_conference"}},
		},
		{
			name: "runs over paragraphs",
			text: "Kelly Clarkson told the audience: 'He and Chrissy are warm.\n\n'Our hearts go out to you both,' she went on.",
			want: []want{{"He and Chrissy are warm.", "Kelly Clarkson", "speech"}, {"Our hearts go out to you both,", "Kelly Clarkson", "speech"}},
		},
		{
			name: "nested quote stays inside",
			text: `"He told me 'never again' and left," said John Smith.`,
			want: []want{{"He told me 'never again' and left,", "John Smith", "unknown"}},
		},
		{
			name: "pronoun resolved by gender",
			text: "Donald Trump attacked Hillary Clinton on Monday.\n\n\"She is not qualified,\" he said on CNN.",
			want: []want{{"She is not qualified,", "Donald Trump", "tv"}},
		},
		{
			name: "description resolved",
			text: "Lindsey Graham spoke on Tuesday.\n\n\"This is a disgrace,\" the South Carolina senator said in a statement.",
			want: []want{{"This is a disgrace,", "Lindsey Graham", "statement"}},
		},
		{
			name: "title of a work is no quote",
			text: `He performed his song "Never Break" at the show.`,
			want: nil,
		},
		{
			name: "scare quote is no quote",
			text: `The so-called "experts" were wrong.`,
			want: nil,
		},
		{
			name: "organisation speaks",
			text: "The NHS writes: 'A blood transfusion is a safe procedure.'",
			want: []want{{"A blood transfusion is a safe procedure.", "NHS", "publication"}},
		},
		{
			name: "tweeted",
			text: "\u201cThis budget fixes roads,\u201d Gov. Dana Hale tweeted.",
			want: []want{{"This budget fixes roads,", "Dana Hale", "twitter"}},
		},
		{
			name: "interview with a named outlet",
			text: "Ben Adler told The Atlantic: 'I kept writing and throwing it away.'",
			want: []want{{"I kept writing and throwing it away.", "Ben Adler", "interview"}},
		},
		{
			name: "no speaker is not guessed",
			text: "\"Nobody knows what happens next.\"",
			want: []want{{"Nobody knows what happens next.", "", "unknown"}},
		},
		{
			name: "unclosed quote ends at its paragraph",
			text: "Mark Yu said: \"We are done here\n\nThe meeting ended.",
			want: []want{{"We are done here", "Mark Yu", "unknown"}},
		},
		{
			name: "doubled apostrophes as double marks",
			text: "''It's nonsense,'' Mr. Trump said.",
			want: []want{{"It's nonsense,", "Trump", "unknown"}},
		},
		{
			name: "a speaker's later quote continues their interview",
			text: "Nora Quist told CNN on Sunday: \"We are not done.\"\n\nThe council met on Monday and voted against the plan.\n\nPeter Vance, a council member, disagreed. \"This is a mistake,\" Vance said.\n\n\"We will keep going,\" Quist said.",
			want: []want{{"We are not done.", "Nora Quist", "tv"}, {"This is a mistake,", "Peter Vance", "unknown"}, {"We will keep going,", "Nora Quist", "tv"}},
		},
		{
			name: "the paragraph before sets the scene",
			text: "At a rally in Ohio on Friday, Dana Hill attacked her rival.\n\n\"He has no plan,\" Hill said.",
			want: []want{{"He has no plan,", "Dana Hill", "speech"}},
		},
		{
			name: "a caption on a named platform",
			text: "Mia Stone shared a photo of her dog on Instagram on Tuesday.\n\n\"Best friend forever,\" Stone wrote in the caption.",
			want: []want{{"Best friend forever,", "Mia Stone", "instagram"}},
		},
		{
			name: "told a podcast; its title is no quote",
			text: "\"I was wrong about that,\" Raj Patel admitted in an interview for the \"Long Game\" podcast.",
			want: []want{{"I was wrong about that,", "Raj Patel", "podcast"}},
		},
		{
			name: "told a named outlet's podcast",
			text: "\"It was a hard year,\" Lena Ortiz told the Morning Brief podcast.",
			want: []want{{"It was a hard year,", "Lena Ortiz", "podcast"}},
		},
		{
			name: "transcript labels change the speaker at each turn; a stage direction is no quote",
			text: "Mike Pence spoke to Chris Wallace on Sunday. Partial transcript:\n\n\"WALLACE: Will she be there?\n\n\"PENCE: Well, look, she will not.\n\n\"(CROSSTALK.)\n\n\"I can tell you that much.\"",
			want: []want{{"Will she be there?", "Chris Wallace", "unknown"}, {"Well, look, she will not.", "Mike Pence", "unknown"}, {"I can tell you that much.", "Mike Pence", "unknown"}},
		},
		{
			name: "a second quote after the attribution, across an appositive",
			text: "\"People say it does not matter,\" said Charlie King, a prominent New York Democrat. \"Turnout makes a difference.\"",
			want: []want{{"People say it does not matter,", "Charlie King", "unknown"}, {"Turnout makes a difference.", "Charlie King", "unknown"}},
		},
		{
			name: "a colon closing the paragraph before",
			text: "Pollster Nina Hart spoke on Thursday.\n\nHart continued:\n\n\"The numbers are very close in every state.\"",
			want: []want{{"The numbers are very close in every state.", "Nina Hart", "unknown"}},
		},
		{
			name: "a horizontal bar before the speaker",
			text: "\u201cHe represents our greatest shame.\u201d\u2015 Sonya Herridge",
			want: []want{{"He represents our greatest shame.", "Sonya Herridge", "unknown"}},
		},
		{
			name: "said, then a description without a determiner, then the name",
			text: "\"The distraction gets you off message,\" said Republican party boss Reince Priebus.",
			want: []want{{"The distraction gets you off message,", "Reince Priebus", "unknown"}},
		},
		{
			name: "less common reporting verbs",
			text: "\"This is fantastic!\" beamed Donald Hartley of Madison.",
			want: []want{{"This is fantastic!", "Donald Hartley", "unknown"}},
		},
		{
			name: "an acronym is no she",
			text: "Mia Stone spoke about IVF. It took several rounds of IVF before she got pregnant.\n\n\"You just look for anything to blame,\" she explained.",
			want: []want{{"You just look for anything to blame,", "Mia Stone", "unknown"}},
		},
		{
			name: "an audience at an awards show on air",
			text: "Ray Cole performed at the Country Music Awards on Sunday.\n\nHost Ada Moss introduced him, telling the audience: \"He is the real thing.\"",
			want: []want{{"He is the real thing.", "Ada Moss", "tv"}},
		},
		{
			name: "on social media after a named platform post by the same speaker",
			text: "\"We are heartbroken,\" Lena Park shared in an Instagram post.\n\nLater that week the model wrote again.\n\nPark returned to social media, telling fans: \"Thank you for the love.\"",
			want: []want{{"We are heartbroken,", "Lena Park", "instagram"}, {"Thank you for the love.", "Lena Park", "instagram"}},
		},
		{
			name: "a programme named in quotation marks",
			text: "\"I expect to be vetted,\" Ben Cole said on \"Meet the Press.\"",
			want: []want{{"I expect to be vetted,", "Ben Cole", "tv"}},
		},
		{
			name: "an interview with a TV network named earlier takes the medium",
			text: "Rita Vance sat down with CNN on Monday night.\n\nThe senator spoke for an hour.\n\n\"I will run again,\" Vance said in the interview.",
			want: []want{{"I will run again,", "Rita Vance", "tv"}},
		},
		{
			name: "a second quotation after a long attribution",
			text: "\"He is calling out for that moment,\" said Tom Reed, a veteran party leader who had endorsed the governor and is slated to be a delegate in July. \"There are pages in his book that are blank.\"",
			want: []want{{"He is calling out for that moment,", "Tom Reed", "unknown"}, {"There are pages in his book that are blank.", "Tom Reed", "unknown"}},
		},
		{
			name: "another person named in the attribution's appositive",
			text: "Mary Ortiz leads the race.\n\n\"It was a rout,\" said Omar Vale, a senior adviser to Ortiz. \"It could not get any worse for them.\"",
			want: []want{{"It was a rout,", "Omar Vale", "unknown"}, {"It could not get any worse for them.", "Omar Vale", "unknown"}},
		},
		{
			name: "another person named in an appositive before the verb",
			text: "Mary Ortiz leads the race.\n\n\"It was a rout,\" Omar Vale, who advises Ortiz, said. \"It could not get any worse for them.\"",
			want: []want{{"It was a rout,", "Omar Vale", "unknown"}, {"It could not get any worse for them.", "Omar Vale", "unknown"}},
		},
		{
			name: "a person named in a sentence of its own still interrupts",
			text: "Mary Ortiz leads the race.\n\n\"It was a rout,\" said Omar Vale. Ortiz disagreed with the count and asked for a recount of every ballot in the county. \"It could not get any worse for them.\"",
			want: []want{{"It was a rout,", "Omar Vale", "unknown"}, {"It could not get any worse for them.", "", "unknown"}},
		},
		{
			name: "a long appositive between the speaker and the verb",
			text: "\"Nothing we do now would matter,\" Fred Hale, director of the Threats Project at the hawkish Institute for Strategy and Peace in Washington, said in an interview.",
			want: []want{{"Nothing we do now would matter,", "Fred Hale", "interview"}},
		},
		{
			name: "a title before the name and the party after it",
			text: "\"We will not back down,\" Senate Majority Leader Ann Colby, R-Ky., said. \"Not now.\"",
			want: []want{{"We will not back down,", "Ann Colby", "unknown"}, {"Not now.", "Ann Colby", "unknown"}},
		},
		{
			name: "a place and a preposition's object are not the subject",
			text: "After a fire at an office in North Carolina, Dana Ruiz reacted by saying, \"This is a disgrace.\"",
			want: []want{{"This is a disgrace.", "Dana Ruiz", "unknown"}},
		},
		{
			name: "a dateline is not a speaker",
			text: "WASHINGTON, Dec. 7 - Speaking to donors on Monday, Ruth Kane said that \"we have to be ready.\"",
			want: []want{{"we have to be ready.", "Ruth Kane", "unknown"}},
		},
		{
			name: "a debate the article shows on air is tv",
			text: "The candidates met for a televised debate on Sunday.\n\nDuring the debate, Ray Oduya pressed his rival.\n\n\"Those are just words,\" Oduya said.",
			want: []want{{"Those are just words,", "Ray Oduya", "tv"}},
		},
		{
			name: "a debate with no broadcast cue is a speech",
			text: "The candidates met at the county fair on Sunday.\n\nDuring the debate, Ray Oduya pressed his rival.\n\n\"Those are just words,\" Oduya said.",
			want: []want{{"Those are just words,", "Ray Oduya", "speech"}},
		},
		{
			name: "a party after its affiliation word is no person",
			text: "Sen. Mark Ruiz lost the primary.\n\nHe said he will back whoever the Republican Party nominates.\n\n\"I wanted to win,\" he said.",
			want: []want{{"I wanted to win,", "Mark Ruiz", "unknown"}},
		},
		{
			name: "he refers back to a subject, not a preposition's object",
			text: "Ben Ortega spoke on Sunday.\n\nThe candidate also rejected a story about his offer from West Point.\n\n\"Those are the words they would use,\" he said.",
			want: []want{{"Those are the words they would use,", "Ben Ortega", "unknown"}},
		},
		{
			name: "a guest answering a host continues the broadcast",
			text: "\"Is the wall negotiable?\" Fox News host Dan Reyes asked Ana Price on Monday.\n\n\"We had a meeting,\" Price said.\n\n\"They say it is negotiable,\" Reyes said on Fox News.\n\n\"It is negotiable,\" Price said.",
			want: []want{{"Is the wall negotiable?", "Dan Reyes", "tv"}, {"We had a meeting,", "Ana Price", "tv"}, {"They say it is negotiable,", "Dan Reyes", "tv"}, {"It is negotiable,", "Ana Price", "tv"}},
		},
		{
			name: "an announcement made in person is a speech",
			text: "\"Today is a day for celebration,\" Gov. Rita Moss said in making her announcement in Richmond.",
			want: []want{{"Today is a day for celebration,", "Rita Moss", "speech"}},
		},
		{
			name: "another person's speech is not the speaker's scene",
			text: "Ruth Alder leads the campaign. Senator Paul Quint gave a speech on Sunday.\n\nMr. Quint's speech coincided with a voter drive.\n\n\"Are we there yet? Probably not,\" Alder said.",
			want: []want{{"Are we there yet? Probably not,", "Ruth Alder", "unknown"}},
		},
		{
			name: "attending a rally is no speech",
			text: "\"It is a good story for the city,\" said Omar Bello, who attended the rally.",
			want: []want{{"It is a good story for the city,", "Omar Bello", "unknown"}},
		},
		{
			name: "a guest speaker at another's rally gives a speech",
			text: "Senator Paul Quint held a rally on Sunday.\n\nRuth Alder made a surprise appearance at Quint's rally in Miami.\n\n\"He has fought for us,\" she said.",
			want: []want{{"He has fought for us,", "Ruth Alder", "speech"}},
		},
		{
			name: "another person named in the description before the speaker",
			text: "Mary Ortiz leads the race.\n\n\"It is the same attack,\" Ortiz press secretary Omar Vale said on Monday. \"It will not ring true.\"",
			want: []want{{"It is the same attack,", "Omar Vale", "statement"}, {"It will not ring true.", "Omar Vale", "statement"}},
		},
		{
			name: "the speaker's name set off by commas after a possessive description",
			text: "\"Positions will soften,\" Rep. Dana Hunter's chief of staff, Joe Kasper, told reporters.",
			want: []want{{"Positions will soften,", "Joe Kasper", "press_conference"}},
		},
		{
			name: "an organisation between the speaker and the verb",
			text: "\"It would be a stretch for them,\" Jeffrey Lowe of the Center for Nonproliferation Studies wrote in December.",
			want: []want{{"It would be a stretch for them,", "Jeffrey Lowe", "publication"}},
		},
		{
			name: "a person in parentheses is not the subject",
			text: "After the fire at the office (Ann Lee called it \"horrific\"), Tom Baker inflamed tensions by saying, \"They firebombed our office.\"",
			want: []want{{"horrific", "Ann Lee", "unknown"}, {"They firebombed our office.", "Tom Baker", "unknown"}},
		},
		{
			name: "written with no medium named is a publication",
			text: "\"It would be a stretch for them,\" Jeffrey Lowe, a nuclear expert, wrote in December.",
			want: []want{{"It would be a stretch for them,", "Jeffrey Lowe", "publication"}},
		},
		{
			name: "written on a platform named in the passage is a post",
			text: "Rae Quill took to Instagram on Sunday.\n\n\"Best day ever,\" Quill wrote.",
			want: []want{{"Best day ever,", "Rae Quill", "instagram"}},
		},
		{
			name: "a surname that is also a newspaper's name",
			text: "\"There is no bad publicity,\" said Mayor Don Guardian in a telephone interview.\n\nThe city has lost jobs.\n\n\"The Taj is having difficult times,\" Guardian said.",
			want: []want{{"There is no bad publicity,", "Don Guardian", "interview"}, {"The Taj is having difficult times,", "Don Guardian", "interview"}},
		},
		{
			name: "a network with a curly apostrophe, and its programme's title",
			text: "\u201cI had a bad earpiece,\u201d Dale Rook told NBC\u2019s \u201cToday\u201d on Monday.",
			want: []want{{"I had a bad earpiece,", "Dale Rook", "tv"}},
		},
		{
			name: "a statement by someone else is not the speaker's channel",
			text: "On Monday, Erin Tate knocked a statement by actor George Cloon about the money.\n\n\"I was shaking my head,\" Erin Tate said.",
			want: []want{{"I was shaking my head,", "Erin Tate", "unknown"}},
		},
		{
			name: "a host's own name is no programme for his words",
			text: "\"He is a dictator in the making,\" said Glenn Beck, who spoke on Friday.",
			want: []want{{"He is a dictator in the making,", "Glenn Beck", "unknown"}},
		},
		{
			name: "a long description between the verb and the name",
			text: "\"He made the case in private,\" wrote Tribune White House bureau chief Ana Ortiz, citing participants.",
			want: []want{{"He made the case in private,", "Ana Ortiz", "publication"}},
		},
		{
			name: "questioned is a reporting verb",
			text: "\"What was the pivot point?\" Dale Rook questioned.",
			want: []want{{"What was the pivot point?", "Dale Rook", "unknown"}},
		},
		{
			name: "a colon after the subject's sentence introduces the quotation",
			text: "Mara Lin has since apologized for what happened: \"I should have used two addresses.\"",
			want: []want{{"I should have used two addresses.", "Mara Lin", "unknown"}},
		},
		{
			name: "a quotation after the sentence that reports it",
			text: "Sam Lau, the party's spokesman, said in a statement. \"There are no paper ballots to recount.\"",
			want: []want{{"There are no paper ballots to recount.", "Sam Lau", "statement"}},
		},
		{
			name: "the name set off by a comma after the verb and a description",
			text: "\"It is about time,\" exhorted Hale's introducer, actress Maria Lane.",
			want: []want{{"It is about time,", "Maria Lane", "unknown"}},
		},
		{
			name: "a colon after a sentence whose subject comes after an opening clause",
			text: "With party leaders worried about turnout, President Ada Mbeki is rolling out a new message: \"It's about me.\"",
			want: []want{{"It's about me.", "Ada Mbeki", "unknown"}},
		},
		{
			name: "labeling and calling introduce a quoted characterisation",
			text: "Former Gov. Mike Hale is labeling the plan \"a blatant abuse of power.\"\n\nHale defended the vote, calling the protester \"a very obnoxious guy.\"",
			want: []want{{"a blatant abuse of power.", "Mike Hale", "unknown"}, {"a very obnoxious guy.", "Mike Hale", "unknown"}},
		},
		{
			name: "the speaker right after the verb, before the quotation",
			text: "Because of the calendar, explained Rosa Berg, \"with this thing being over by March, it is hard.\"",
			want: []want{{"with this thing being over by March, it is hard.", "Rosa Berg", "unknown"}},
		},
		{
			name: "a paragraph ending in a colon introduces the next",
			text: "When the governor died, Senator Ruth Ames released the following statement:\n\n\"We offer our condolences to his family.\"",
			want: []want{{"We offer our condolences to his family.", "Ruth Ames", "statement"}},
		},
		{
			name: "an organisation says no I: the person quoted before it speaks again",
			text: "Nora Vance posted an update from the clinic.\n\n'The scan went well,' she said.\n\nThe Red Cross writes: 'A transfusion is a safe procedure.\n\n'It can replace blood you have lost.'\n\n'I am so proud of him, he is the strongest little guy.'",
			want: []want{{"The scan went well,", "Nora Vance", "unknown"}, {"A transfusion is a safe procedure.", "Red Cross", "publication"}, {"It can replace blood you have lost.", "Red Cross", "publication"}, {"I am so proud of him, he is the strongest little guy.", "Nora Vance", "unknown"}},
		},
		{
			name: "an organisation's quotation in the first person plural continues",
			text: "The Red Cross writes: 'A transfusion is a safe procedure.'\n\n'We have run drives for years.'",
			want: []want{{"A transfusion is a safe procedure.", "Red Cross", "publication"}, {"We have run drives for years.", "Red Cross", "publication"}},
		},
		{
			name: "a programme named with a possessive",
			text: "\"Trump wins,\" Ted Brand said on Boston Herald Radio's Morning Meeting program.",
			want: []want{{"Trump wins,", "Ted Brand", "radio"}},
		},
		{
			name: "a filibuster is a speech",
			text: "\"We are tying their hands,\" state Sen. Jason Holt said halfway through the filibuster.",
			want: []want{{"We are tying their hands,", "Jason Holt", "speech"}},
		},
		{
			name: "an answer to a broadcaster's question continues the broadcast, and a day ends a name",
			text: "Senator Ann Ruiz spoke in Concord.\n\nConcord Public Radio asked Ruiz Friday \"how voters should view the fees?\"\n\n\"I spoke to a wide array of groups,\" said Ruiz.",
			want: []want{{"how voters should view the fees?", "Concord Public Radio", "radio"}, {"I spoke to a wide array of groups,", "Ann Ruiz", "radio"}},
		},
		{
			name: "a role inside a capitalised description ends it before the name",
			text: "\"He voted twice to protect gun dealers,\" New York City Public Advocate Trish Jameson said. \"He stands with the industry.\"",
			want: []want{{"He voted twice to protect gun dealers,", "Trish Jameson", "unknown"}, {"He stands with the industry.", "Trish Jameson", "unknown"}},
		},
		{
			name: "an answer about an email is no statement",
			text: "\"We are nowhere near the end,\" Tad Dent told The Huffington Post.\n\nThe campaign sent a fundraising email on Tuesday. Asked if that email went too far, Dent responded: \"I guess so.\"",
			want: []want{{"We are nowhere near the end,", "Tad Dent", "interview"}, {"I guess so.", "Tad Dent", "interview"}},
		},
		{
			name: "a description then the name set off by commas",
			text: "President Ada Obi spoke on Monday.\n\n\"Will she resign?\" the presumptive GOP presidential nominee, Dan Trask, tweeted Sunday.",
			want: []want{{"Will she resign?", "Dan Trask", "twitter"}},
		},
		{
			name: "a capitalised description with a role before the name",
			text: "Former Clinton Senior Adviser Sidney Blume spoke on Monday.\n\n\"We are old friends,\" he said.",
			want: []want{{"We are old friends,", "Sidney Blume", "unknown"}},
		},
		{
			name: "a transcript's turns take the programme named above them",
			text: "On this weekend's broadcast of \"Face the Nation,\" Gov. Mike Penn spoke about the debate.\n\nPartial transcript as follows:\n\n\"DICKSON: Let's start with the news.\n\n\"PENN: Well, look, it is serious.\"",
			want: []want{{"Let's start with the news.", "Dickson", "tv"}, {"Well, look, it is serious.", "Mike Penn", "tv"}},
		},
		{
			name: "said after a campaign stop is not said at it",
			text: "\"He is a supporter of amnesty,\" Mark Rubin said after a campaign stop in South Carolina.",
			want: []want{{"He is a supporter of amnesty,", "Mark Rubin", "unknown"}},
		},
		{
			name: "at a summit sets the scene for the next paragraph",
			text: "At a Chamber of Commerce summit in Hilton Head, Mark Rubin offered a defense of the bill.\n\n\"I was involved in an effort to fix it,\" Rubin said.",
			want: []want{{"I was involved in an effort to fix it,", "Mark Rubin", "speech"}},
		},
		{
			name: "a place and a title before the name make its title",
			text: "\"There is no bad publicity,\" said Atlantic City Mayor Don Guard in a telephone interview.\n\n\"We will grow,\" said Australian Prime Minister Mal Turner.",
			want: []want{{"There is no bad publicity,", "Don Guard", "interview"}, {"We will grow,", "Mal Turner", "unknown"}},
		},
		{
			name: "a host named through an outlet's possessive is no antecedent, and a headline word ends a name",
			text: "John Legazza On How History Leaves People Out.\n\nIn a conversation with HuffPost Live's Alyona Minsk about his comedy project, the actor discussed history. \"Just imagine you are a kid,\" he said.",
			want: []want{{"Just imagine you are a kid,", "John Legazza", "interview"}},
		},
		{
			name: "a bare surname shared by two people means the article's subject unless the other was just named",
			text: "Sen. Chris Murphy spoke on a podcast. Murphy said the cause defines him. Murphy has pushed for years.\n\nAt the school, teacher Anne Marie Murphy died shielding a child. The families remember every name and every classroom and every hallway of that building, and they visit the memorial on the anniversary each year with flowers and letters and photographs of the children. The town has rebuilt the school since then, with new doors and new windows and a new playground, and the teachers who stayed say the children there today know the story only from the plaques in the hall.\n\n\"This has become a litmus test,\" Murphy told me.",
			want: []want{{"This has become a litmus test,", "Chris Murphy", "podcast"}},
		},
		{
			name: "an outlet named alone reports",
			text: "As Politico reported, \"if the primary were held this evening, Hale would win.\"",
			want: []want{{"if the primary were held this evening, Hale would win.", "Politico", "publication"}},
		},
		{
			name: "an outlet after a preposition is no appositive subject",
			text: "Dan Trask and Ted Cole kept fighting.\n\nIn an interview with CNN, Trask continued to question Cole's temperament, saying the senator could not \"make deals\" as president.",
			want: []want{{"make deals", "Dan Trask", "tv"}},
		},
		{
			name: "the institution in an appositive is not the speaker",
			text: "\"It is a hard thing to do,\" said Michael Petri, president of the Fordham Institute, and a former teacher.",
			want: []want{{"It is a hard thing to do,", "Michael Petri", "unknown"}},
		},
		{
			name: "a quotation alone in its paragraph after its speaker's lead-in",
			text: "\"We had a meeting,\" Ada Quinn said.\n\nQuinn was quick to add that the plan would not be dropped.\n\n\"Dropping it? Never.\"",
			want: []want{{"We had a meeting,", "Ada Quinn", "unknown"}, {"Dropping it? Never.", "Ada Quinn", "unknown"}},
		},
		{
			name: "an organisation in the appositive does not stop the second quotation",
			text: "\"I am worried,\" said Chuck Rowe, president of Solidarity Strategies, a consulting firm. \"Hate alone won't motivate somebody to vote.\"",
			want: []want{{"I am worried,", "Chuck Rowe", "unknown"}, {"Hate alone won't motivate somebody to vote.", "Chuck Rowe", "unknown"}},
		},
		{
			name: "a fact-check's source on the next line",
			text: "Bernie Sanders spoke in Iowa.\n\n\"Big companies pay zero taxes.\"\n\n- Sanders.\n\nThis is a complex issue.",
			want: []want{{"Big companies pay zero taxes.", "Bernie Sanders", "unknown"}},
		},
		{
			name: "a list of quotations each signed with a dash",
			text: "\u201cOne thing is clear.\u201d \u2015 Ann Lee\n\u201cTrump must stop portraying us as gangsters.\u201d\u2015 Carla Sanz.\n\nMore reactions below.",
			want: []want{{"One thing is clear.", "Ann Lee", "unknown"}, {"Trump must stop portraying us as gangsters.", "Carla Sanz", "unknown"}},
		},
		{
			name: "a job title without a determiner before the name and the cue",
			text: "\"We are open to working with Congress,\" White House press secretary Josh Ernst said on Tuesday.",
			want: []want{{"We are open to working with Congress,", "Josh Ernst", "statement"}},
		},
		{
			name: "told a one-word outlet that is no person",
			text: "Raj Shah spoke on Friday.\n\n\"That is not fact-checking,\" Shah told InsideSources.",
			want: []want{{"That is not fact-checking,", "Raj Shah", "interview"}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(c.want, extractWant(c.text)); diff != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", c.text, diff)
			}
		})
	}
}

func TestFragmentKind(t *testing.T) {
	qs := Extract(`Jane Roe said she was on "serious bed rest" for weeks.`)
	if len(qs) != 1 || qs[0].Kind != KindFragment {
		t.Fatalf("got %+v, want one fragment", qs)
	}
}

// Short quoted phrases in a sentence that reports no speech are scare
// quotes or labels, not quotations; programme names are titles.
func TestScareQuotesAndTitles(t *testing.T) {
	for _, text := range []string{
		`The debate over "radical islam" went on all week.`,
		`Markets did "better than expected" in October.`,
		`He appeared on "Good Morning America" on Tuesday.`,
		`He starred in "Mercy Street," a drama about nurses, and in "The Apprentice."`,
		`The crowd's mood was summed up in one word: "Eclipsed."`,
		`She starred in television's "Night Shift," then in the movie "Sharks 2: The Return!"`,
		`Voters gave him the nickname "Honest Abe," Dana Hill said.`,
		`Supporters wore caps reading "Keep Ohio Strong Again." Others waved flags.`,
		`Ben Cole posted the "Perception" syllabus on his Facebook page.`,
		`A voice booms at the end of "Hail, Caesar!" -- a movie set for release in May, Ed Marks said.`,
	} {
		if qs := Extract(text); len(qs) != 0 {
			t.Errorf("Extract(%q) = %+v, want no quotation", text, qs)
		}
	}
	if qs := Extract(`Dana Hill called the plan "a disaster" on Monday.`); len(qs) != 1 || qs[0].Kind != KindFragment {
		t.Errorf("a fragment of reported speech: %+v, want one fragment", qs)
	}
	if qs := Extract(`Dana Hill referred to the donors as "legal terrorists."`); len(qs) != 1 || qs[0].Kind != KindFragment {
		t.Errorf("a lower-case fragment with no cue verb: %+v, want one fragment", qs)
	}
}

func TestDeterministic(t *testing.T) {
	text := "\"One,\" he said. \"Two,\" she said.\n\n'Three,' Ann Lee wrote."
	a, b := Extract(text), Extract(text)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("two runs differ:\n%s", diff)
	}
}

func TestHostileInput(t *testing.T) {
	inputs := map[string]string{
		"empty":    "",
		"garbage":  "\x00\x01\xff\xfe\"'\u201c",
		"invalid":  "\"abc\xff\xfedef,\" she said.",
		"marks":    strings.Repeat("\"'", 1000),
		"big":      strings.Repeat("\"We will win,\" Maria Lopez said. The end.\n\n", 250000), // ~11 MB
		"unclosed": strings.Repeat("\"", 10001),
		// shapes whose handling once searched all quotations for each one
		"subheads": strings.Repeat("'All bets are off.'\n\n", 200000) + "\"We won,\" Al Ray said.",
		"nesting":  strings.Repeat("\u2018a ", 200000) + strings.Repeat("a\u201c ", 200000),
	}
	for name, in := range inputs {
		qs := Extract(in)
		checkOffsets(t, name, in, qs)
		if name == "big" && len(qs) != 250000 {
			t.Errorf("big: %d quotes, want 250000", len(qs))
		}
	}
}

func checkOffsets(t *testing.T, name, text string, qs []Quote) {
	t.Helper()
	for _, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End {
			t.Fatalf("%s: offsets %d..%d outside the text (%d bytes)", name, q.Start, q.End, len(text))
		}
		if !boundary(text, q.Start) || !boundary(text, q.End) {
			t.Fatalf("%s: offsets %d..%d not on rune boundaries", name, q.Start, q.End)
		}
		if text[q.Start:q.End] != q.Text {
			t.Fatalf("%s: text %q does not match offsets", name, q.Text)
		}
	}
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

func FuzzExtract(f *testing.F) {
	for _, s := range []string{`"A," she said.`, "'We've,' Teigen wrote.\n\n'Next", "\u201cx\u201d \u2018y\u2019", "''a'' b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkOffsets(t, "fuzz", s, Extract(s))
	})
}
