package g2p

import (
	"strings"
	"testing"
)

func TestHomographTableParses(t *testing.T) {
	for w, es := range homographTable {
		if len(es) == 0 {
			t.Errorf("%q: no entries", w)
		}
	}
	// Every row of the table literal must have parsed.
	want := map[string]int{"read": 2, "wound": 3, "bass": 3, "sow": 2, "row": 3, "bow": 3, "polish": 3,
		"minute": 2, "does": 2, "use": 2, "lead": 3, "content": 3, "live": 2, "reading": 3, "readings": 1,
		"putting": 2}
	for w, n := range want {
		if got := len(homographTable[w]); got != n {
			t.Errorf("%q: %d entries, want %d", w, got, n)
		}
	}
}

func TestTagHomographs(t *testing.T) {
	l := newLex(t)
	tests := []struct {
		sentence string
		word     string // the homograph in the sentence
		tag      string
		pron     string
	}{
		{"I will read it", "read", PosVerb, "R IY1 D"},
		{"I read it yesterday", "read", PosPast, "R EH1 D"},
		{"She has read the book", "read", PosPast, "R EH1 D"},
		{"He read the letter", "read", PosPast, "R EH1 D"},
		{"They like to read", "read", PosVerb, "R IY1 D"},
		{"They will lead the team", "lead", PosVerb, "L IY1 D"},
		{"The pipe is made of lead", "lead", PosNoun, "L EH1 D"},
		{"She sang the lead role", "lead", PosAlt, "L IY1 D"},
		{"We live here", "live", PosVerb, "L IH1 V"},
		{"It was a live concert", "live", PosAdj, "L AY1 V"},
		{"Play the record", "record", PosNoun, "R EH1 K ER0 D"},
		{"I want to record it", "record", PosVerb, "R AX0 K AO1 R D"},
		{"He bought a present for you", "present", PosNoun, "P R EH1 Z AX0 N T"},
		{"I will present it", "present", PosVerb, "P R IY0 Z EH1 N T"},
		{"The wind blew hard", "wind", PosNoun, "W IH1 N D"},
		{"Wind the clock", "wind", PosVerb, "W AY1 N D"},
		{"Close the door", "close", PosVerb, "K L OW1 Z"},
		{"We are close to home", "close", PosAdj, "K L OW1 S"},
		{"A tear rolled down", "tear", PosNoun, "T IY1 R"},
		{"Don't tear it", "tear", PosVerb, "T EH1 R"},
		{"The wound healed", "wound", PosNoun, "W UW1 N D"},
		{"He wound the clock", "wound", PosPast, "W AW1 N D"},
		{"He caught a bass in the lake", "bass", PosAlt, "B AE1 S"},
		{"She plays the bass", "bass", PosNoun, "B EY1 S"},
		{"It is an object", "object", PosNoun, "AA1 B JH EH0 K T"},
		{"I object", "object", PosVerb, "AX0 B JH EH1 K T"},
		{"Wait a minute", "minute", PosNoun, "M IH1 N AX0 T"},
		{"Minute details matter", "minute", PosAdj, "M AY0 N UW1 T"},
		{"The project is late", "project", PosNoun, "P R AA1 JH EH0 K T"},
		{"We need to project it", "project", PosVerb, "P R AX0 JH EH1 K T"},
		{"You need a permit", "permit", PosNoun, "P ER1 M IH0 T"},
		{"They permit smoking", "permit", PosVerb, "P ER0 M IH1 T"},
		{"The content is good", "content", PosNoun, "K AA1 N T EH0 N T"},
		{"I am content", "content", PosAdj, "K AX0 N T EH1 N T"},
		{"The desert is hot", "desert", PosNoun, "D EH1 Z ER0 T"},
		{"Soldiers desert the army", "desert", PosVerb, "D IH0 Z ER1 T"},
		{"The use of force", "use", PosNoun, "Y UW1 S"},
		{"We use it", "use", PosVerb, "Y UW1 Z"},
		{"He does it", "does", PosVerb, "D AH1 Z"},
		{"The does ran away", "does", PosNoun, "D OW1 Z"},
		{"The refuse was collected", "refuse", PosNoun, "R EH1 F Y UW1 S"},
		{"I refuse", "refuse", PosVerb, "R AX0 F Y UW1 Z"},
		{"We buy fresh produce", "produce", PosNoun, "P R OW1 D UW0 S"},
		{"They produce cars", "produce", PosVerb, "P R AX0 D UW1 S"},
		{"His conduct was poor", "conduct", PosNoun, "K AH1 N D AX0 K T"},
		{"She will conduct the choir", "conduct", PosVerb, "K AX0 N D AH1 K T"},
		{"Sign the contract", "contract", PosNoun, "K AA1 N T R AE1 K T"},
		{"Muscles can contract", "contract", PosVerb, "K AX0 N T R AE1 K T"},
		{"Change the subject", "subject", PosNoun, "S AH1 B JH IH0 K T"},
		{"Do not subject them to it", "subject", PosVerb, "S AX0 B JH EH1 K T"},
		{"A separate room", "separate", PosAdj, "S EH1 P R AX0 T"},
		{"We separate them", "separate", PosVerb, "S EH1 P ER0 EY1 T"},
		{"Give me an estimate", "estimate", PosNoun, "EH1 S T AX0 M AX0 T"},
		{"We estimate it", "estimate", PosVerb, "EH1 S T AX0 M EY1 T"},
		{"A moderate increase", "moderate", PosAdj, "M AA1 D ER0 AX0 T"},
		{"Please moderate the debate", "moderate", PosVerb, "M AA1 D ER0 EY0 T"},
		{"That is no excuse", "excuse", PosNoun, "IH0 K S K Y UW1 S"},
		{"Excuse me", "excuse", PosVerb, "IH0 K S K Y UW1 Z"},
		{"The house is big", "house", PosNoun, "HH AW1 S"},
		{"They house the refugees", "house", PosVerb, "HH AW1 Z"},
		{"She is a graduate", "graduate", PosNoun, "G R AE1 JH AX0 W AX0 T"},
		{"They graduate in June", "graduate", PosVerb, "G R AE1 JH AX0 W EY0 T"},
		{"The Polish army", "polish", PosAdj, "P OW1 L IH0 SH"},
		{"Polish the silver", "polish", PosVerb, "P AA1 L IH0 SH"},
		{"Polish sausage is tasty", "polish", PosAdj, "P OW1 L IH0 SH"},
		{"I need shoe polish", "polish", PosNone, "P AA1 L IH0 SH"},
		{"The sow fed her piglets", "sow", PosNoun, "S AW1"},
		{"It is time to sow seeds", "sow", PosVerb, "S OW1"},
		{"A row of seats", "row", PosNoun, "R OW1"},
		{"They had a row about money", "row", PosAlt, "R AW1"},
		{"Take a bow", "bow", PosAlt, "B AW1"},
		{"A bow and arrow", "bow", PosNoun, "B OW1"},
		{"Bow to the queen", "bow", PosVerb, "B AW1"},
		{"She records songs", "records", PosVerb, "R AX0 K AO1 R D Z"},
		{"The records are old", "records", PosNoun, "R EH1 K ER0 D Z"},
		{"This leads to problems", "leads", PosVerb, "L IY1 D Z"},
		{"We listen to records", "records", PosNoun, "R EH1 K ER0 D Z"},
		{"The leads are loose", "leads", PosNoun, "L EH1 D Z"},
		{"That presents a problem", "presents", PosVerb, "P R IY0 Z EH1 N T S"},
		{"I read books every day", "read", PosVerb, "R IY1 D"},
		{"The letter was read aloud", "read", PosPast, "R EH1 D"},
		{"Does he know", "does", PosVerb, "D AH1 Z"},
		{"Where do you live", "live", PosVerb, "L IH1 V"},
		{"Live from the stadium", "live", PosAdj, "L AY1 V"},
		{"We caught sea bass", "bass", PosAlt, "B AE1 S"},
		{"Wind it up", "wind", PosVerb, "W AY1 N D"},
		{"It will wind down", "wind", PosVerb, "W AY1 N D"},
		{"I have no use for it", "use", PosNoun, "Y UW1 S"},
	}
	seen := map[string]int{}
	for _, tt := range tests {
		words := strings.Fields(tt.sentence)
		tags := TagHomographs(words)
		if len(tags) != len(words) {
			t.Fatalf("%q: %d tags for %d words", tt.sentence, len(tags), len(words))
		}
		idx := -1
		for i, w := range words {
			if strings.EqualFold(w, tt.word) {
				idx = i
			} else if tags[i] != PosNone && !homographs[strings.ToLower(w)] {
				t.Errorf("%q: non-homograph %q tagged %q", tt.sentence, w, tags[i])
			}
		}
		if idx < 0 {
			t.Fatalf("%q does not contain %q", tt.sentence, tt.word)
		}
		if tags[idx] != tt.tag {
			t.Errorf("%q: %q tagged %q, want %q", tt.sentence, tt.word, tags[idx], tt.tag)
		}
		if got := l.Pronounce(words[idx], tags[idx]).String(); got != tt.pron {
			t.Errorf("%q: %q pronounced %s, want %s", tt.sentence, tt.word, got, tt.pron)
		}
		seen[strings.TrimSuffix(tt.word, "s")]++
	}
	for w := range homographs {
		if seen[w] < 2 && seen[strings.TrimSuffix(w, "s")] < 2 {
			t.Errorf("homograph %q lacks a test of both readings", w)
		}
	}
}

func TestTagHomographsEdges(t *testing.T) {
	if got := TagHomographs(nil); len(got) != 0 {
		t.Errorf("nil input: %v", got)
	}
	got := TagHomographs([]string{"", "...", "read", "'"})
	if len(got) != 4 || got[0] != "" || got[1] != "" || got[3] != "" {
		t.Errorf("punctuation: %q", got)
	}
}
