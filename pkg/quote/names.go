package quote

import (
	_ "embed"
	"strings"
)

//go:embed data/names-female.txt
var femaleNamesText string

//go:embed data/names-male.txt
var maleNamesText string

//go:embed data/places.txt
var placesText string

//go:embed data/aliases.txt
var aliasesText string

//go:embed data/publications.txt
var publicationsText string

// publications are newspapers, magazines, news sites and wire services by
// the names articles give them: organisations, never persons. theTitles
// are those whose name opens with "The", without it: an article writes
// "the Guardian" as often as "The Guardian", and "Guardian" alone may be
// a surname.
var publications, theTitles = func() (wordSet, wordSet) {
	names := map[string]struct{}{}
	for name := range loadLines(publicationsText).m {
		names[name] = struct{}{}
		if strings.Contains(name, "'") {
			names[strings.ReplaceAll(name, "'", "\u2019")] = struct{}{} // "Harper’s Bazaar", as typeset
		}
	}
	the := map[string]struct{}{}
	for name := range names {
		if rest, ok := strings.CutPrefix(name, "The "); ok {
			the[rest] = struct{}{}
		}
	}
	return setFrom(names), setFrom(the)
}()

// publicationAt reports whether name, which starts at token k, is a
// publication's: as written, or after a "the" the publication's name
// holds ("the Guardian").
func (d *doc) publicationAt(k int, name string) bool {
	if base, ok := cutEdition(name); ok && publications.has(base) && len(name) > 4 {
		return true // "Marie Claire UK", "Vogue Australia": an edition of the magazine
	}
	return publications.has(name) || d.lower(k-1) == "the" && theTitles.has(name)
}

// cutEdition is a publication's name without the country of its edition
// after it ("Marie Claire" of "Marie Claire UK").
func cutEdition(name string) (string, bool) {
	if name == "" || !editionEnds(name[len(name)-1]) {
		return name, false // (most names end in no edition's last letter)
	}
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !editions.has(name[i+1:]) {
		return name, false
	}
	return name[:i], true
}

// editionEnds reports a byte an edition's name ends with.
func editionEnds(b byte) bool {
	switch b {
	case 'K', 'S', '.', 'a', 'y', 'n', 'e', 'o', 'l':
		return true
	}
	return false
}

// editions name the country of a magazine's edition after its title.
var editions = setOf("UK", "US", "U.K.", "U.S.", "Australia", "Arabia", "India", "Canada", "France", "Germany", "Italia", "Spain", "Japan", "China", "Mexico", "Brasil", "Korea")

// places are the places a capitalised phrase may wholly name ("North
// Carolina", "Orlando"): keyed by their words joined with single spaces.
var places = loadLines(placesText)

// placeHeads are the first words of the places.
var placeHeads = func() wordSet {
	m := map[string]struct{}{}
	for p := range places.m {
		m[strings.Fields(p)[0]] = struct{}{}
	}
	return setFrom(m)
}()

// loadLines is the set of text's lines, blank lines and # comments left out.
func loadLines(text string) wordSet {
	m := map[string]struct{}{}
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[line] = struct{}{}
		}
	}
	return setFrom(m)
}

// isPlace reports whether the words of a name are wholly a place; words in
// capitals (a dateline's "WASHINGTON") are compared in title case.
func isPlace(parts []string) bool {
	if !placeHeads.has(parts[0]) && !isAllCaps(parts[0]) {
		return false // no place starts with this word: skip the join
	}
	key := strings.Join(parts, " ")
	if places.has(key) {
		return true
	}
	if isAllCaps(key) {
		t := make([]string, len(parts))
		for i, p := range parts {
			t[i] = p[:1] + strings.ToLower(p[1:])
		}
		return places.has(strings.Join(t, " ")) || t[0] == "Washington"
	}
	return false
}

// firstNames maps common first names to their usual gender ('f' or 'm');
// names listed in both lists map to 0.
var firstNames = loadFirstNames()

// eitherGender holds first names given to men and women alike in the news,
// listed under the more usual gender: the article's pronouns may say
// otherwise (Drew Barrymore, Taylor Lautner, Kelly Slater, Jean Chretien).
var eitherGender = setOf("Drew", "Alex", "Sam", "Charlie", "Taylor", "Kelly", "Robin", "Kris", "Jean", "Dana", "Billie",
	"Leslie", "Jesse", "Jessie", "Terry", "Chris", "Ryan", "Lee", "Kim", "Tracy", "Shannon", "Kerry", "Stevie", "Frankie", "Toni",
	"Kyle", "Glenn")

func loadFirstNames() wordMap[byte] {
	m := map[string]byte{}
	add := func(text string, g byte) {
		for _, line := range strings.Split(text, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, n := range strings.Fields(line) {
				if old, ok := m[n]; ok && old != g {
					m[n] = 0
					continue
				}
				m[n] = g
			}
		}
	}
	add(femaleNamesText, 'f')
	add(maleNamesText, 'm')
	return mapFrom(m)
}

// nicknames are the full first names a short one stands for ("Rob" is
// Robert, "Kate" Katherine or Catherine): a person named in full, then by
// the short name alone ("Robert Pattinson ... Rob made it just in time").
var nicknames = mapFrom(map[string][]string{
	"Rob": {"Robert"}, "Bob": {"Robert"}, "Bobby": {"Robert"}, "Robbie": {"Robert"},
	"Bill": {"William"}, "Billy": {"William"}, "Will": {"William"}, "Willie": {"William"},
	"Jim": {"James"}, "Jimmy": {"James"}, "Jamie": {"James"}, "Mike": {"Michael"}, "Mikey": {"Michael"},
	"Tom": {"Thomas"}, "Tommy": {"Thomas"}, "Dick": {"Richard"}, "Rick": {"Richard"}, "Rich": {"Richard"},
	"Ricky": {"Richard"}, "Joe": {"Joseph"}, "Joey": {"Joseph"}, "Dan": {"Daniel"}, "Danny": {"Daniel"},
	"Dave": {"David"}, "Davey": {"David"}, "Matt": {"Matthew"}, "Nick": {"Nicholas", "Nicolas"},
	"Tony": {"Anthony", "Antonio"}, "Ben": {"Benjamin"}, "Benji": {"Benjamin"}, "Steve": {"Steven", "Stephen"},
	"Andy": {"Andrew"}, "Drew": {"Andrew"}, "Ed": {"Edward"}, "Eddie": {"Edward"}, "Ted": {"Edward", "Theodore"},
	"Teddy": {"Edward", "Theodore"}, "Greg": {"Gregory"}, "Jeff": {"Jeffrey"}, "Jon": {"Jonathan"},
	"Josh": {"Joshua"}, "Zach": {"Zachary"}, "Zac": {"Zachary"}, "Sam": {"Samuel", "Samantha"},
	"Alex": {"Alexander", "Alexandra"}, "Chris": {"Christopher", "Christine", "Christina"},
	"Pat": {"Patrick", "Patricia"}, "Kate": {"Katherine", "Catherine", "Kathryn"},
	"Katie": {"Katherine", "Catherine", "Kathryn"}, "Kathy": {"Katherine", "Kathleen"},
	"Liz": {"Elizabeth"}, "Lizzie": {"Elizabeth"}, "Beth": {"Elizabeth"}, "Betsy": {"Elizabeth"},
	"Jen": {"Jennifer"}, "Jenny": {"Jennifer"}, "Jess": {"Jessica"}, "Jessie": {"Jessica"},
	"Becca": {"Rebecca"}, "Becky": {"Rebecca"}, "Meg": {"Margaret", "Megan"}, "Maggie": {"Margaret"},
	"Peggy": {"Margaret"}, "Sue": {"Susan"}, "Suzy": {"Susan"}, "Vicky": {"Victoria"}, "Tori": {"Victoria"},
	"Abby": {"Abigail"}, "Gabby": {"Gabrielle", "Gabriella"}, "Mandy": {"Amanda"}, "Mandi": {"Amanda"},
	"Steph": {"Stephanie"}, "Nikki": {"Nicole"}, "Debbie": {"Deborah"}, "Deb": {"Deborah"},
	"Cathy": {"Catherine"}, "Annie": {"Anne", "Ann"}, "Ally": {"Allison", "Alison"}, "Cindy": {"Cynthia"},
	"Sandy": {"Sandra"}, "Trish": {"Patricia"}, "Tricia": {"Patricia"},
})
