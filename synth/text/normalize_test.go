package text

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// spoken normalizes s and joins all sentences' spoken forms with spaces.
func spoken(t testing.TB, s string) string {
	t.Helper()
	sents, err := Normalize(s)
	if err != nil {
		t.Fatalf("Normalize(%q): %v", s, err)
	}
	parts := make([]string, 0, len(sents))
	for _, x := range sents {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, " ")
}

type tcase struct{ in, want string }

func runTable(t *testing.T, cases []tcase) {
	t.Helper()
	for _, c := range cases {
		if got := spoken(t, c.in); got != c.want {
			t.Errorf("%q\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}

func TestCardinals(t *testing.T) {
	runTable(t, []tcase{
		{"0", "zero"},
		{"7", "seven"},
		{"13", "thirteen"},
		{"21", "twenty one"},
		{"100", "one hundred"},
		{"101", "one hundred one"},
		{"999", "nine hundred ninety nine"},
		{"1,000", "one thousand"},
		{"1,234,567", "one million two hundred thirty four thousand five hundred sixty seven"},
		{"12,000,000,000", "twelve billion"},
		{"3,000,000,000,000", "three trillion"},
		{"123456", "one hundred twenty three thousand four hundred fifty six"},
		{"1000000", "one million"},
		{"1234567890123456789", "one two three four five six seven eight nine zero one two three four five six seven eight nine"},
		{"007", "zero zero seven"},
		{"-5", "minus five"},
		{"−5", "minus five"},
		{"+5", "plus five"},
	})
}

func TestDecimals(t *testing.T) {
	runTable(t, []tcase{
		{"3.14", "three point one four"},
		{"0.5", "zero point five"},
		{".5", "point five"},
		{"-2.75", "minus two point seven five"},
		{"1,234.5", "one thousand two hundred thirty four point five"},
		{"pi is 3.14159.", "pi is three point one four one five nine"},
	})
}

func TestOrdinals(t *testing.T) {
	runTable(t, []tcase{
		{"1st", "first"}, {"2nd", "second"}, {"3rd", "third"}, {"4th", "fourth"},
		{"11th", "eleventh"}, {"12th", "twelfth"}, {"20th", "twentieth"}, {"21st", "twenty first"},
		{"101st", "one hundred first"}, {"1,000th", "one thousandth"}, {"99th", "ninety ninth"},
		{"the 3rd time", "the third time"},
	})
}

func TestYears(t *testing.T) {
	runTable(t, []tcase{
		{"in 1984", "in nineteen eighty four"},
		{"in 2010", "in twenty ten"},
		{"in 2005", "in two thousand five"},
		{"in 2000", "in two thousand"},
		{"in 1900", "in nineteen hundred"},
		{"in 1905", "in nineteen oh five"},
		{"since 1066", "since ten sixty six"},
		{"1,984 people", "one thousand nine hundred eighty four people"},
		{"1984 people", "one thousand nine hundred eighty four people"},
		{"about 1500 soldiers", "about one thousand five hundred soldiers"},
		{"1984 was a good year", "nineteen eighty four was a good year"},
		{"the 1990s", "the nineteen nineties"},
		{"the 1900s", "the nineteen hundreds"},
		{"the 2000s", "the two thousands"},
		{"the '90s", "the nineties"},
		{"the 90s", "the nineties"},
		{"the 1960's", "the nineteen sixties"},
		{"1990-1995", "nineteen ninety to nineteen ninety five"},
		{"from 2019-20", "from twenty nineteen to twenty"},
		{"2048 MB", "two thousand forty eight megabytes"},
		{"See page 1024 for details.", "see page one thousand twenty four for details"},
		{"It cost 1200 dollars.", "it cost one thousand two hundred dollars"},
		{"The 2030 goals are ambitious.", "the twenty thirty goals are ambitious"},
		{"Napoleon was exiled in 1815.", "napoleon was exiled in eighteen fifteen"},
		{"There were 1500 soldiers.", "there were one thousand five hundred soldiers"},
		{"Wages in 2020 dollars.", "wages in twenty twenty dollars"},
		{"Room 1203 is free.", "room twelve oh three is free"},
		{"In 1000 AD.", "in one thousand a d"},
	})
}

func TestMoney(t *testing.T) {
	runTable(t, []tcase{
		{"$500", "five hundred dollars"},
		{"$1", "one dollar"},
		{"$3.50", "three dollars and fifty cents"},
		{"$1.01", "one dollar and one cent"},
		{"$3.00", "three dollars"},
		{"$0.99", "ninety nine cents"},
		{"$2.3 billion", "two point three billion dollars"},
		{"$5 million", "five million dollars"},
		{"$5M", "five million dollars"},
		{"$10k", "ten thousand dollars"},
		{"$2.5bn", "two point five billion dollars"},
		{"$1,000,000", "one million dollars"},
		{"£1", "one pound"},
		{"£3.50", "three pounds and fifty pence"},
		{"£0.01", "one penny"},
		{"€20", "twenty euros"},
		{"€1.50", "one euro and fifty cents"},
		{"¥1000", "one thousand yen"},
		{"5¢", "five cents"},
		{"USD 10", "ten u s dollars"},
		{"10 USD", "ten u s dollars"},
		{"EUR 5", "five euros"},
		{"20€", "twenty euros"},
		{"-$5", "minus five dollars"},
		{"$5-10", "five to ten dollars"},
		{"$15/hr", "fifteen dollars per hour"},
		{"₹100", "one hundred rupees"},
		{"It costs $12.", "it costs twelve dollars"},
	})
}

func TestPercentFractions(t *testing.T) {
	runTable(t, []tcase{
		{"12%", "twelve percent"},
		{"3.5%", "three point five percent"},
		{"-2%", "minus two percent"},
		{"10-12%", "ten to twelve percent"},
		{"1/2", "one half"},
		{"3/4", "three quarters"},
		{"1/4", "one quarter"},
		{"2/3", "two thirds"},
		{"1/3", "one third"},
		{"5/8", "five eighths"},
		{"1/10", "one tenth"},
		{"1 1/2 cups", "one and a half cups"},
		{"2 3/4", "two and three quarters"},
		{"½", "one half"},
		{"1½", "one and a half"},
	})
}

func TestRangesScores(t *testing.T) {
	runTable(t, []tcase{
		{"pages 10–12", "pages ten to twelve"},
		{"pages 10-12", "pages ten to twelve"},
		{"won 4-1", "won four to one"},
		{"a 3-2 vote", "a three to two vote"},
		{"a 3:1 ratio", "a three to one ratio"},
		{"ages 5 - 10", "ages five to ten"}, // a spaced dash between numbers is read (was a silent break)
	})
}

func TestTimes(t *testing.T) {
	runTable(t, []tcase{
		{"9:05 am", "nine oh five a m"},
		{"9:05 a.m.", "nine oh five a m"},
		{"9:30", "nine thirty"},
		{"21:40", "twenty one forty"},
		{"12:00", "twelve o'clock"},
		{"9:00 pm", "nine p m"},
		{"21:00", "twenty one hundred"},
		{"3pm", "three p m"},
		{"3 PM", "three p m"},
		{"11 a.m. sharp", "eleven a m sharp"},
		{"10:30am", "ten thirty a m"},
		{"9:05:30", "nine oh five and thirty seconds"},
	})
}

func TestDates(t *testing.T) {
	runTable(t, []tcase{
		{"Feb. 14, 1990", "february fourteenth nineteen ninety"},
		{"February 14, 1990", "february fourteenth nineteen ninety"},
		{"1990-02-14", "february fourteenth nineteen ninety"},
		{"14 February 1990", "the fourteenth of february nineteen ninety"},
		{"on the 14th of February", "on the fourteenth of february"},
		{"2/14/1990", "february fourteenth nineteen ninety"},
		{"14/02/1990", "the fourteenth of february nineteen ninety"},
		{"Monday, March 3rd", "monday march third"},
		{"March 3", "march third"},
		{"in May 2020", "in may twenty twenty"},
		{"Dec 25", "december twenty fifth"},
		{"Sept. 11, 2001", "september eleventh two thousand one"},
		{"I may 5 times", "i may five times"},
	})
}

func TestPhones(t *testing.T) {
	runTable(t, []tcase{
		{"555-1234", "five five five one two three four"},
		{"(555) 123-4567", "five five five one two three four five six seven"},
		{"555-123-4567", "five five five one two three four five six seven"},
		{"1-800-555-1234", "one eight hundred five five five one two three four"},
		{"+1 555 123 4567", "plus one five five five one two three four five six seven"},
	})
}

func TestUnits(t *testing.T) {
	runTable(t, []tcase{
		{"1 km", "one kilometer"},
		{"5 km", "five kilometers"},
		{"5km", "five kilometers"},
		{"2.5 kg", "two point five kilograms"},
		{"−5°C", "minus five degrees celsius"},
		{"-1°C", "minus one degree celsius"},
		{"98.6°F", "ninety eight point six degrees fahrenheit"},
		{"90°", "ninety degrees"},
		{"60 mph", "sixty miles per hour"},
		{"100 km/h", "one hundred kilometers per hour"},
		{"16GB", "sixteen gigabytes"},
		{"500 MB", "five hundred megabytes"},
		{"200 ms", "two hundred milliseconds"},
		{"30 min", "thirty minutes"},
		{"2 h", "two hours"},
		{"5 cm", "five centimeters"},
		{"3 mm", "three millimeters"},
		{"100 m", "one hundred meters"},
		{"2 l", "two liters"},
		{"250 ml", "two hundred fifty milliliters"},
		{"1 lb", "one pound"},
		{"8 oz", "eight ounces"},
		{"6 ft", "six feet"},
		{"12in", "twelve inches"},
		{"5 in the morning", "five in the morning"},
		{"26.2 mi", "twenty six point two miles"},
		{"50 Hz", "fifty hertz"},
		{"2.4 GHz", "two point four gigahertz"},
		{"3 kW", "three kilowatts"},
		{"5 m/s", "five meters per second"},
	})
}

func TestAbbreviations(t *testing.T) {
	runTable(t, []tcase{
		{"St. Paul", "saint paul"},
		{"Main St.", "main street"},
		{"Dr. Lee", "doctor lee"},
		{"Elm Dr.", "elm drive"},
		{"Mr. Smith and Mrs. Smith and Ms. Smith", "mister smith and missus smith and miz smith"},
		{"Prof. Jones", "professor jones"},
		{"John Smith Jr.", "john smith junior"},
		{"cats vs. dogs", "cats versus dogs"},
		{"apples, pears, etc.", "apples pears et cetera"},
		{"fruit, e.g. apples", "fruit for example apples"},
		{"one, i.e. this", "one that is this"},
		{"Acme Inc.", "acme incorporated"},
		{"Acme Ltd.", "acme limited"},
		{"Acme Corp.", "acme corporation"},
		{"Fifth Ave.", "fifth avenue"},
		{"Sunset Blvd.", "sunset boulevard"},
		{"Mt. Everest", "mount everest"},
		{"No. 5", "number five"},
		{"No, thanks", "no thanks"},
		{"approx. 5", "approximately five"},
		{"U.S. troops", "u s troops"},
		{"the U.K. and the E.U.", "the u k and the e u"},
		{"J. R. R. Tolkien", "j r r tolkien"},
		{"see p. 5", "see page five"},
	})
}

func TestAcronyms(t *testing.T) {
	runTable(t, []tcase{
		{"NATO", "nato"}, {"NASA", "nasa"}, {"UNESCO", "unesco"}, {"UNICEF", "unicef"},
		{"CIA", "c i a"}, {"FBI", "f b i"}, {"BBC", "b b c"}, {"HTML", "h t m l"}, {"USA", "u s a"},
		{"IBM", "i b m"}, {"NFL", "n f l"}, {"ESPN", "e s p n"},
		{"CDs", "c d's"}, {"NASA's budget", "nasa's budget"}, {"the FBI's files", "the f b i's files"},
		{"OK", "okay"}, {"I", "i"}, {"A dog", "a dog"},
		{"STOP THE WAR NOW", "stop the war now"},
		{"IKEA", "ikea"},
	})
}

func TestRoman(t *testing.T) {
	runTable(t, []tcase{
		{"Louis XIV", "louis the fourteenth"},
		{"Henry VIII", "henry the eighth"},
		{"Elizabeth II", "elizabeth the second"},
		{"Chapter IX", "chapter nine"},
		{"World War II", "world war two"},
		{"World War I", "world war one"},
		{"Super Bowl LVII", "super bowl fifty seven"},
		{"Martin Luther King III", "martin luther king the third"},
		{"I went home", "i went home"},
		{"Washington DC", "washington d c"},
		{"the MIX tape", "the m i x tape"},
	})
}

func TestWeb(t *testing.T) {
	runTable(t, []tcase{
		{"https://example.com/path", "example dot com slash path"},
		{"www.example.com", "w w w dot example dot com"},
		{"example.org", "example dot org"},
		{"jane.doe@example.org", "jane dot doe at example dot org"},
		{"@jane", "at jane"},
		{"#ThrowbackThursday", "hashtag throwback thursday"},
		{"#1", "number one"},
		{"#blessed", "hashtag blessed"},
	})
}

func TestSymbols(t *testing.T) {
	runTable(t, []tcase{
		{"Tom & Jerry", "tom and jerry"},
		{"2 + 2 = 4", "two plus two equals four"},
		{"2+2=4", "two plus two equals four"},
		{"5 × 3", "five times three"},
		{"10 x 12", "ten by twelve"},
		{"~5", "approximately five"},
		{"<5", "less than five"},
		{">5", "greater than five"},
		{"AT&T", "a t and t"},
		{"and/or", "and or"},
		{"he/she", "he or she"},
		{"km/h", "kilometers per hour"},
	})
}

func TestMixed(t *testing.T) {
	runTable(t, []tcase{
		{"B2B", "b two b"},
		{"COVID-19", "covid nineteen"},
		{"3D", "three d"},
		{"MP3", "m p three"},
		{"iPhone 15", "i phone fifteen"},
		{"well-known", "well known"},
		{"don't", "don't"},
		{"It's", "it's"},
		{"rock 'n' roll", "rock n roll"},
		{"F-16", "f sixteen"},
		{"YouTube", "you tube"},
		{"McDonald", "mcdonald"},
	})
}

func TestDroppedAndTransliterated(t *testing.T) {
	runTable(t, []tcase{
		{"café", "cafe"},
		{"naïve façade", "naive facade"},
		{"Straße", "strasse"},
		{"e\u0301te\u0301", "ete"},
		{"I love it 🪬", "i love it"},
		{"北京 is Beijing", "is beijing"},
		{"\"quoted\" (bracketed)", "quoted bracketed"},
		{"wait...", "wait"},
		{"★ rated", "rated"},
	})
}

func TestBreaks(t *testing.T) {
	sents, err := Normalize("Hello, world; it is (really) fine — yes. Next one!\n\nNew paragraph.")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 {
		t.Fatalf("got %d sentences: %v", len(sents), sents)
	}
	want := map[string]Break{"hello": Minor, "world": Major, "it": NoBreak, "is": Minor, "really": Minor, "fine": Major, "yes": SentenceEnd}
	for _, w := range sents[0].Words {
		if b, ok := want[w.Text]; ok && w.Break != b {
			t.Errorf("break after %q = %d, want %d", w.Text, w.Break, b)
		}
	}
	if last := sents[1].Words[len(sents[1].Words)-1]; last.Break != Paragraph {
		t.Errorf("paragraph break: got %d", last.Break)
	}
	if last := sents[2].Words[len(sents[2].Words)-1]; last.Break != SentenceEnd {
		t.Errorf("final break: got %d", last.Break)
	}
	if sents[1].Kind != Exclamation {
		t.Errorf("kind = %d, want Exclamation", sents[1].Kind)
	}
}

func TestKinds(t *testing.T) {
	cases := []struct {
		in   string
		want Kind
	}{
		{"Who are you?", WhQuestion},
		{"How does it work?", WhQuestion},
		{"\"What?\"", WhQuestion},
		{"Are you ok?", YesNo},
		{"So, what is it?", YesNo},
		{"Stop!", Exclamation},
		{"It works.", Statement},
		{"It works", Statement},
		{"Really?!", YesNo},
		{"Really? 😀", YesNo},
		{"(Why not?)", WhQuestion},
	}
	for _, c := range cases {
		if got := NormalizeSentence(c.in).Kind; got != c.want {
			t.Errorf("%q: kind %d, want %d", c.in, got, c.want)
		}
	}
}

func TestWordFields(t *testing.T) {
	s := NormalizeSentence("The CIA paid $5 for *this*.")
	var letters []string
	for _, w := range s.Words {
		if w.Letter {
			letters = append(letters, w.Text)
			if w.Source != "CIA" {
				t.Errorf("letter %q source %q", w.Text, w.Source)
			}
		}
		if w.Text != strings.ToLower(w.Text) {
			t.Errorf("not lower case: %q", w.Text)
		}
		if w.Text == "five" && w.Source != "$5" {
			t.Errorf("source of five = %q", w.Source)
		}
		if w.Text == "this" && !w.Emphasis {
			t.Errorf("*this* not emphasized")
		}
	}
	if strings.Join(letters, "") != "cia" {
		t.Errorf("letters %v", letters)
	}
}

func TestMultiTokenSource(t *testing.T) {
	s := NormalizeSentence("Born Feb. 14, 1990 here.")
	for _, w := range s.Words {
		if w.Text == "fourteenth" && w.Source != "Feb. 14, 1990" {
			t.Errorf("source %q", w.Source)
		}
		if w.Text == "born" && w.Source != "Born" {
			t.Errorf("source %q", w.Source)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Dr. Lee arrived. He sat down.", []string{"Dr. Lee arrived.", "He sat down."}},
		{"It was Feb. 14 today. Then it rained.", []string{"It was Feb. 14 today.", "Then it rained."}},
		{"Use tools, e.g. hammers. They work.", []string{"Use tools, e.g. hammers.", "They work."}},
		{"We met St. Paul there.", []string{"We met St. Paul there."}},
		{"U.S. troops left. The war ended.", []string{"U.S. troops left.", "The war ended."}},
		{"He lives in the U.S. He likes it.", []string{"He lives in the U.S.", "He likes it."}},
		{"Pi is 3.14 exactly. Yes.", []string{"Pi is 3.14 exactly.", "Yes."}},
		{"J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it."}},
		{"See www.example.com. Or mail jane.doe@example.org now.", []string{"See www.example.com.", "Or mail jane.doe@example.org now."}},
		{"Really? Yes! \"Fine.\" He left.", []string{"Really?", "Yes!", "\"Fine.\"", "He left."}},
		{"\"Why?\" he asked.", []string{"\"Why?\" he asked."}},
		{"One.\n\nTwo.", []string{"One.\n\n", "Two."}},
		{"No. 5 is here. Acme Inc. is big.", []string{"No. 5 is here.", "Acme Inc. is big."}},
		{"Mr. and Mrs. Smith left.", []string{"Mr. and Mrs. Smith left."}},
		{"Shopping:\n- milk\n- eggs", []string{"Shopping:", "- milk", "- eggs"}},
		{"Steps:\n1. Buy milk.\n2. Drink it.", []string{"Steps:", "1. Buy milk.", "2. Drink it."}},
		{"a line\nwrapped here.", []string{"a line\nwrapped here."}},
		{"", nil},
		{"   \n\n  ", nil},
	}
	for _, c := range cases {
		got := SplitSentences(c.in)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("SplitSentences(%q)\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}

func TestNormalizeIsSplitPlusSentence(t *testing.T) {
	in := "Dr. Smith paid $3.50 on Feb. 14, 1990. Was it NASA? Yes!\n\nThe end."
	all, err := Normalize(in)
	if err != nil {
		t.Fatal(err)
	}
	var lazy []Sentence
	for _, raw := range SplitSentences(in) {
		if s := NormalizeSentence(raw); len(s.Words) > 0 {
			lazy = append(lazy, s)
		}
	}
	if len(all) != len(lazy) {
		t.Fatalf("%d vs %d sentences", len(all), len(lazy))
	}
	for i := range all {
		if all[i].String() != lazy[i].String() || all[i].Kind != lazy[i].Kind {
			t.Errorf("sentence %d differs: %q vs %q", i, all[i].String(), lazy[i].String())
		}
		a, b := all[i].Words, lazy[i].Words
		if a[len(a)-1].Break != b[len(b)-1].Break {
			t.Errorf("sentence %d final break differs", i)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	_, err := Normalize("ok \xff bad")
	var ue *InvalidUTF8Error
	if !errors.As(err, &ue) {
		t.Fatalf("want InvalidUTF8Error, got %v", err)
	}
	if ue.Offset != 3 {
		t.Errorf("offset %d, want 3", ue.Offset)
	}
	if !strings.Contains(err.Error(), "offset 3") {
		t.Errorf("message %q does not name the offset", err)
	}
	// The sentence-level API never fails: the bad byte is dropped.
	if got := NormalizeSentence("ok \xff bad").String(); got != "ok bad" {
		t.Errorf("got %q", got)
	}
}

func TestLetterA(t *testing.T) {
	cases := []struct {
		in     string
		letter bool
	}{
		{"Plan A is best.", true},
		{"He got an A.", true},
		{"vitamin A deficiency", true},
		{"A dog barked.", false},
		{"Gone With A Bang", false},
		{"He said: A new day.", false},
	}
	for _, c := range cases {
		for _, w := range NormalizeSentence(c.in).Words {
			if w.Text == "a" && w.Letter != c.letter {
				t.Errorf("%q: letter=%v", c.in, w.Letter)
			}
		}
	}
}

func TestCapitalsEmphasis(t *testing.T) {
	o := Options{IsWord: func(w string) bool { return w == "really" || w == "nato" }}
	s := NormalizeWith("I REALLY like NATO.", o)
	for _, w := range s.Words {
		if want := w.Text == "really"; w.Emphasis != want {
			t.Errorf("%q emphasis %v", w.Text, w.Emphasis)
		}
	}
}

func TestOracle(t *testing.T) {
	lex := map[string]bool{"nato": true, "gavi": false, "ram": true}
	o := Options{IsWord: func(w string) bool { return lex[w] }}
	cases := []tcase{
		{"NATO", "nato"},
		{"GAVI", "g a v i"},
		{"RAM", "ram"},
		{"SUV", "s u v"},
	}
	for _, c := range cases {
		if got := NormalizeWith(c.in, o).String(); got != c.want {
			t.Errorf("%q: got %q want %q", c.in, got, c.want)
		}
	}
}

// TestOutputAlphabet is a property test: every word is lower-case letters
// with inner apostrophes only, for a varied input.
func TestOutputAlphabet(t *testing.T) {
	in := "Hello!! $1,234.56, 12%, 3/4, 9:05pm; COVID-19 @user #Tag https://x.io/a?b=c 😀 ¿Qué? " +
		"Ünïcödé ½ 10,000-digit? 1e10 0x1F 4×4 ±3 ∞ a—b -- c... “quotes” (x) [y] {z} 'single' U.S.A. Ph.D. " +
		"R&D 24/7 1990s '80s 2nd-floor non-stop mid-1990s $5.5bn 1.2.3.4 3:1 555-1234 Mar. 5th"
	sents, err := Normalize(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		for _, w := range s.Words {
			if !validWordText(w.Text) {
				t.Errorf("bad word %q (source %q)", w.Text, w.Source)
			}
		}
	}
}

func validWordText(s string) bool {
	if s == "" || s[0] == '\'' || s[len(s)-1] == '\'' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c == '\'') {
			return false
		}
	}
	return true
}

func FuzzNormalize(f *testing.F) {
	seeds := []string{
		"", "Hello, world.", "$3.50", "Feb. 14, 1990", "COVID-19", "😀😀😀", "e\u0301\u0301\u0301",
		"مرحبا بالعالم", "\x00\x01\x1b[31m", strings.Repeat("9", 10000), strings.Repeat("a", 5000),
		"1,2,3,4,5", "$-.", "--5", "#", "@", "..........", "(555) 123-", "+1 +2 +3", "XIV XIV",
		"1/0", "0/0", "99999999999999999999%", "$99999999999999999999.99", "1:2:3:4", "St. St. St.",
		"\xff\xfe", "a\u200db", "\u202eabc", "1990-13-45", "¥", "5¢¢", "'", "'s", "s'", "1st2nd", "[a](b)", "![x](y) [[z](w)](v)", "[" + strings.Repeat("[a](", 50), "USD12.50", "12.50 USD", "EUR9.99 million",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sents, err := Normalize(s)
		if err != nil {
			if utf8.ValidString(s) {
				t.Fatalf("error on valid UTF-8: %v", err)
			}
			return
		}
		prev := 0
		for _, x := range sents {
			if len(x.Words) == 0 {
				t.Fatal("empty sentence returned")
			}
			for _, w := range x.Words {
				if !validWordText(w.Text) {
					t.Fatalf("bad word %q from %q", w.Text, w.Source)
				}
				// Every word names its tokens as written, in order.
				if w.Start < prev || w.End <= w.Start || w.End > len(s) || s[w.Start:w.End] != w.Source {
					t.Fatalf("word %q: source %q at [%d,%d) (previous start %d)", w.Text, w.Source, w.Start, w.End, prev)
				}
				prev = w.Start
			}
		}
	})
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"", "a. b", "Dr. X. Y? z! \"q.\" (r.)", "...", "\n\n\n", "x.\n\ny.", "U.S. A.", "…!?", "(ref. A) b.", "(x. Y. z) W", "See Eq. (5) for", "((a. B)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		parts := SplitSentences(s)
		// Splitting loses only whitespace: the non-space characters are kept in order.
		var b strings.Builder
		for _, p := range parts {
			if strings.TrimSpace(p) == "" {
				t.Fatalf("empty sentence in %q", parts)
			}
			b.WriteString(p)
		}
		if squeeze(b.String()) != squeeze(s) {
			t.Fatalf("content changed:\n%q\n%q", squeeze(s), squeeze(b.String()))
		}
	})
}

func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// TestSentences covers whole sentences mixing categories.
func TestSentences(t *testing.T) {
	runTable(t, []tcase{
		{"The meeting is at 10:30 a.m. on Tuesday.", "the meeting is at ten thirty a m on tuesday"},
		{"She was born on July 4, 1976, in Boston.", "she was born on july fourth nineteen seventy six in boston"},
		{"The population grew by 2.5% to 8,336,817 in 2020.", "the population grew by two point five percent to eight million three hundred thirty six thousand eight hundred seventeen in twenty twenty"},
		{"He paid $1,250.75 for the TV.", "he paid one thousand two hundred fifty dollars and seventy five cents for the t v"},
		{"The U.S. economy added 250,000 jobs in March.", "the u s economy added two hundred fifty thousand jobs in march"},
		{"The temperature dropped to -12°F overnight.", "the temperature dropped to minus twelve degrees fahrenheit overnight"},
		{"Read chapters 3-5 before the exam on Dec. 1st.", "read chapters three to five before the exam on december first"},
		{"The Lakers beat the Celtics 102-98.", "the lakers beat the celtics one hundred two to ninety eight"},
		{"Queen Elizabeth II died in 2022.", "queen elizabeth the second died in twenty twenty two"},
		{"Dr. Martin Luther King Jr. gave his speech in 1963.", "doctor martin luther king junior gave his speech in nineteen sixty three"},
		{"The company's revenue was $4.5M in Q3 2021.", "the company's revenue was four point five million dollars in q three twenty twenty one"},
		{"I'll see you at 7pm on Fri.", "i'll see you at seven p m on friday"},
		{"His flight leaves at 14:45.", "his flight leaves at fourteen forty five"},
		{"She ran the 100m in 10.49 seconds.", "she ran the one hundred meters in ten point four nine seconds"},
		{"The price rose from £5.99 to £7.49.", "the price rose from five pounds and ninety nine pence to seven pounds and forty nine pence"},
		{"In the 1920s, jazz became popular.", "in the nineteen twenties jazz became popular"},
		{"It's 6:00 and the store opens at 8:00.", "it's six o'clock and the store opens at eight o'clock"},
		{"See p. 42 of Vol. 3.", "see page forty two of volume three"},
		{"I was born in '85.", "i was born in eighty five"},
		{"Pope John Paul II visited Poland in 1979.", "pope john paul the second visited poland in nineteen seventy nine"},
		{"World War I ended on Nov. 11, 1918.", "world war one ended on november eleventh nineteen eighteen"},
		{"Her email is Jane_Doe99@gmail.com.", "her email is jane underscore doe ninety nine at gmail dot com"},
		{"They raised €1.2 million.", "they raised one point two million euros"},
		{"Over 1,000,000 people attended.", "over one million people attended"},
		{"He's 6 ft 2 in tall.", "he's six feet two inches tall"},
		{"The 49ers won Super Bowl XXIX.", "the forty niners won super bowl twenty nine"},
		{"Gov. Newsom signed it on Jan. 5.", "governor newsom signed it on january fifth"},
		{"Mr. & Mrs. Smith arrived at 8:15.", "mister and missus smith arrived at eight fifteen"},
		{"It costs $5 per month, or $50/year.", "it costs five dollars per month or fifty dollars per year"},
		{"The Dow fell 500 points, or 1.5%, to 33,000.", "the dow fell five hundred points or one point five percent to thirty three thousand"},
		{"He lives at 221B Baker St., London.", "he lives at two twenty one b baker street london"},
		{"It is open 24/7 with 50/50 odds and a 3/16 inch gap.", "it is open twenty four seven with fifty fifty odds and a three sixteenths inch gap"},
		{"It happened on 9/11.", "it happened on nine eleven"},
		{"I scored 95/100 on the test.", "i scored ninety five out of one hundred on the test"},
		{"Call 1-800-FLOWERS now.", "call one eight hundred flowers now"},
		{"The C++ and C# languages.", "the c plus plus and c sharp languages"},
		{"In 2019-2020, revenue rose 5-10%.", "in twenty nineteen to twenty twenty revenue rose five to ten percent"},
		{"The 1st-place team won $1M.", "the first place team won one million dollars"},
		{"My SSN is 123-45-6789.", "my s s n is one two three four five six seven eight nine"},
		{"The zip code is 90210.", "the zip code is nine zero two one zero"},
		{"Her number is 020 7946 0958.", "her number is zero two zero seven nine four six zero nine five eight"},
		{"A $5-million grant.", "a five million dollar grant"},
		{"A 3-year-old boy.", "a three year old boy"},
		{"The show starts at 8 p.m. Tickets are $25.", "the show starts at eight p m tickets are twenty five dollars"},
		{"The dept. was est. in 1990 by Smith & Co.", "the department was established in nineteen ninety by smith and company"},
		{"Mt. Hood, Ft. Knox, and Pt. Reyes.", "mount hood fort knox and point reyes"},
		{"Ft. Worth is in Texas. He is 6 ft tall.", "fort worth is in texas he is six feet tall"},
		{"We met on Wed. Jan. 3.", "we met on wednesday january third"},
		{"Sun. and Mon. are off; the sun rises.", "sunday and monday are off the sun rises"},
		{"My address is 123 Main St., Apt. 4B, Springfield, IL 62704.", "my address is one twenty three main street apartment four b springfield illinois six two seven zero four"},
		{"His score: 7.5/10.", "his score seven point five out of ten"},
		{"Call 911 now!", "call nine one one now"},
		{"They're open Mon-Fri 9-5.", "they're open monday to friday nine to five"},
		{"Temperatures of 20-25°C are expected.", "temperatures of twenty to twenty five degrees celsius are expected"},
		{"Joe Biden, the 46th U.S. president.", "joe biden the forty sixth u s president"},
		{"It was 500 BC.", "it was five hundred b c"},
		{"The 2020 Olympics were held in 2021.", "the twenty twenty olympics were held in twenty twenty one"},
		{"He is No. 1 in the world.", "he is number one in the world"},
		{"The answer is No.", "the answer is no"},
		{"Rocky IV is a film.", "rocky four is a film"},
		{"I'm going to the store... Want anything?", "i'm going to the store want anything"},
		{"The PhD student presented.", "the p h d student presented"},
		{"That costs 50p.", "that costs fifty pence"},
		{"The iPad Pro costs $799–$1,099.", "the i pad pro costs seven hundred ninety nine to one thousand ninety nine dollars"},
		{"On 3/15/2023 we launched.", "on march fifteenth twenty twenty three we launched"},
		{"It took 2h 30min.", "it took two hours thirty minutes"},
		{"I owe you $20.00.", "i owe you twenty dollars"},
		{"It costs €3,50 here.", "it costs three euros and fifty cents here"},
		{"I need a 10 min break.", "i need a ten minute break"},
		{"A 10-km run and a 5-min break.", "a ten kilometer run and a five minute break"},
		{"Version 3.11.2 is out.", "version three point eleven point two is out"},
		{"The IP address is 192.168.1.1.", "the i p address is one hundred ninety two dot one hundred sixty eight dot one dot one"},
		{"The results [1] were clear [2, 3].", "the results were clear"},
		{"The email was sent to info@company.co.uk.", "the email was sent to info at company dot co dot u k"},
		{"He bought 2 x 4s at the store.", "he bought two by fours at the store"},
		{"She said—quietly—no.", "she said quietly no"},
		{"Don't, won't, can't, shouldn't've.", "don't won't can't shouldn't've"},
		{"Her name is O'Brien.", "her name is o'brien"},
		{"The Smiths' house.", "the smiths house"},
		{"I.e., it's done.", "that is it's done"},
		{"Our office is at 1600 Pennsylvania Ave. NW.", "our office is at sixteen hundred pennsylvania avenue northwest"},
		{"Go to 221 Baker Street now.", "go to two twenty one baker street now"},
		{"Send it to 4059 Mt Lee Dr.", "send it to forty fifty nine mount lee drive"},
		{"The 500 Fifth Avenue building.", "the five hundred fifth avenue building"},
		{"The concert starts at 7:30 PM EST.", "the concert starts at seven thirty p m eastern standard time"},
		{"Amazon's Prime Day is July 11-12.", "amazon's prime day is july eleventh to twelfth"},
		{"Shares of XYZ Corp. rose 4.2% to $56.78 on Tuesday.", "shares of x y z corporation rose four point two percent to fifty six dollars and seventy eight cents on tuesday"},
		{"The S&P 500 gained 1.1%.", "the s and p five hundred gained one point one percent"},
		{"The 7-Eleven store on 5th Ave. is open 24 hrs.", "the seven eleven store on fifth avenue is open twenty four hours"},
		{"The UN's climate report was released Aug. 9.", "the u n's climate report was released august ninth"},
		{"President Lincoln was born Feb. 12, 1809.", "president lincoln was born february twelfth eighteen oh nine"},
		{"A magnitude 6.4 earthquake struck at 4:15 a.m. local time.", "a magnitude six point four earthquake struck at four fifteen a m local time"},
		{"Interest rates hit 7.08%, the highest since 2002.", "interest rates hit seven point zero eight percent the highest since two thousand two"},
		{"The game is on Sunday at 4:25 p.m. ET.", "the game is on sunday at four twenty five p m eastern time"},
		{"Call (555)123-4567 today.", "call five five five one two three four five six seven today"},
		{"See you at 9.30pm tonight.", "see you at nine thirty p m tonight"},
		{"Binary is 1s and 0s.", "binary is ones and zeros"},
		{"Coffee w/ milk and tea w/o sugar.", "coffee with milk and tea without sugar"},
		{"the 3rd of March, 2021", "the third of march twenty twenty one"},
		{"The U.S.-based firm.", "the u s based firm"},
		{"A 21st-century idea from the mid-1990s.", "a twenty first century idea from the mid nineteen nineties"},
		{"Q&A and R&D.", "q and a and r and d"},
		{"It's ~50% off!", "it's approximately fifty percent off"},
	})
}

// recorder is a slog.Handler that keeps messages.
type recorder struct{ msgs *[]string }

func (r recorder) Enabled(context.Context, slog.Level) bool { return true }
func (r recorder) Handle(_ context.Context, rec slog.Record) error {
	*r.msgs = append(*r.msgs, rec.Level.String()+" "+rec.Message)
	return nil
}
func (r recorder) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r recorder) WithGroup(string) slog.Handler      { return r }

func TestDroppedSymbolsAreLogged(t *testing.T) {
	var msgs []string
	o := Options{Logger: slog.New(recorder{&msgs})}
	got := NormalizeWith("I love it 🪬 and 北京 ★", o).String()
	if got != "i love it and" {
		t.Errorf("got %q", got)
	}
	debug := 0
	for _, m := range msgs {
		if strings.HasPrefix(m, "DEBUG text: dropped") {
			debug++
		}
	}
	if debug < 3 {
		t.Errorf("want a debug line per dropped character, got %q", msgs)
	}
}

func TestPathological(t *testing.T) {
	digits := strings.Repeat("1234567890", 1000)
	s := NormalizeSentence(digits)
	if len(s.Words) != 10000 {
		t.Fatalf("10,000-digit number: %d words", len(s.Words))
	}
	for _, w := range s.Words[:10] {
		if _, ok := map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "zero": true}[w.Text]; !ok {
			t.Fatalf("digit word %q", w.Text)
		}
	}
	var msgs []string
	var d Dropped
	big := strings.Repeat("abcdefghij", 100000) // a 1 MB "word"
	s = NormalizeWith(big, Options{Logger: slog.New(recorder{&msgs}), Dropped: &d})
	if len(s.Words) == 0 || len(s.Words) > maxTokenBytes {
		t.Fatalf("1 MB word: %d words", len(s.Words))
	}
	// The cut is reported once, in the Dropped summary, and logged at Debug only.
	if d.CutBytes != len(big)-maxTokenBytes || d.CutTokens != 1 {
		t.Errorf("truncation reported as %d bytes in %d tokens, want %d in 1", d.CutBytes, d.CutTokens, len(big)-maxTokenBytes)
	}
	if len(msgs) != 1 || msgs[0] != "DEBUG text: token truncated" {
		t.Errorf("truncation logged as %q, want one Debug line", msgs)
	}
	// A long run of letters is spelled, not passed on as a "word".
	s = NormalizeSentence(strings.Repeat("z", maxWordLetters+1))
	if len(s.Words) != maxWordLetters+1 || !s.Words[0].Letter {
		t.Errorf("long word: %d words, letter=%v", len(s.Words), s.Words[0].Letter)
	}
	// Combining marks, control characters, bidi controls and zero-width joiners vanish.
	if got := NormalizeSentence("a\u0301\u0301\u0301b \x00\x07\u202e\u200dword").String(); got != "ab word" {
		t.Errorf("got %q", got)
	}
	// Text without punctuation is cut into bounded sentences.
	long := strings.Repeat("word and more words, ", 2000)
	for _, s := range SplitSentences(long) {
		if len(s) > maxSentenceBytes {
			t.Fatalf("sentence of %d bytes", len(s))
		}
	}
	// Each piece but the last is cut in the second half of a maxSentenceBytes window, so the
	// count lies between len/max and len/(max/2)+1.
	sents, err := Normalize(long)
	if lo, hi := (len(long)+maxSentenceBytes-1)/maxSentenceBytes, len(long)/(maxSentenceBytes/2)+1; err != nil || len(sents) < lo || len(sents) > hi {
		t.Fatalf("unpunctuated text (%d bytes): %d sentences, want %d..%d; %v", len(long), len(sents), lo, hi, err)
	}
	// Many sentences of punctuation only give nothing, not empty sentences.
	sents, err = Normalize(strings.Repeat("?! ... -- ", 1000))
	if err != nil || len(sents) != 0 {
		t.Errorf("punctuation only: %d sentences, %v", len(sents), err)
	}
}

// The number-word oracle below reads English number words back into numbers. It is written
// for the tests from its own spelled-out vocabulary and shares nothing with numbers.go, so a
// misspelled or misplaced word in the implementation's tables fails to parse instead of
// round-tripping.
var (
	oracleUnits = map[string]uint64{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	}
	oracleTeens = map[string]uint64{
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	oracleTens = map[string]uint64{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
	oracleScales = map[string]uint64{
		"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
	}
	// oracleOrdinals maps each ordinal word to the cardinal word it replaces at the end of a
	// reading ("one hundred twenty first").
	oracleOrdinals = map[string]string{
		"first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five",
		"sixth": "six", "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten",
		"eleventh": "eleven", "twelfth": "twelve", "thirteenth": "thirteen", "fourteenth": "fourteen",
		"fifteenth": "fifteen", "sixteenth": "sixteen", "seventeenth": "seventeen",
		"eighteenth": "eighteen", "nineteenth": "nineteen", "twentieth": "twenty", "thirtieth": "thirty",
		"fortieth": "forty", "fiftieth": "fifty", "sixtieth": "sixty", "seventieth": "seventy",
		"eightieth": "eighty", "ninetieth": "ninety", "hundredth": "hundred", "thousandth": "thousand",
		"millionth": "million", "billionth": "billion", "trillionth": "trillion",
	}
	oracleDigits = map[string]byte{
		"zero": '0', "one": '1', "two": '2', "three": '3', "four": '4', "five": '5', "six": '6',
		"seven": '7', "eight": '8', "nine": '9',
	}
)

// oracleBelow1000 parses the words of 1..999 at the start of ws in the American form ("five
// hundred twenty three", no "and") and returns the value and the words used; 0 if none.
func oracleBelow1000(ws []string) (uint64, int, error) {
	var v uint64
	i := 0
	if i+1 < len(ws) && ws[i+1] == "hundred" {
		u, ok := oracleUnits[ws[i]]
		if !ok {
			return 0, 0, fmt.Errorf("%q before hundred is not a digit word", ws[i])
		}
		v, i = 100*u, i+2
	}
	if i < len(ws) {
		if n, ok := oracleTeens[ws[i]]; ok {
			return v + n, i + 1, nil
		}
		if n, ok := oracleTens[ws[i]]; ok {
			v, i = v+n, i+1
			if i < len(ws) {
				if u, ok := oracleUnits[ws[i]]; ok {
					return v + u, i + 1, nil
				}
			}
			return v, i, nil
		}
		if u, ok := oracleUnits[ws[i]]; ok {
			return v + u, i + 1, nil
		}
	}
	return v, i, nil
}

// oracleCardinal parses a whole cardinal reading: "zero", or groups of 1..999 each followed by
// a scale word, the scales strictly decreasing, the last group optionally without one. Anything
// else is an error: an unknown word, a word out of place, a scale repeated or out of order.
func oracleCardinal(ws []string) (uint64, error) {
	if len(ws) == 1 && ws[0] == "zero" {
		return 0, nil
	}
	if len(ws) == 0 {
		return 0, errors.New("no words")
	}
	var total uint64
	prevScale := uint64(math.MaxUint64)
	for i := 0; i < len(ws); {
		g, n, err := oracleBelow1000(ws[i:])
		if err != nil {
			return 0, err
		}
		if n == 0 {
			return 0, fmt.Errorf("word %d %q is not a number word in its place", i, ws[i])
		}
		i += n
		scale := uint64(1)
		if i < len(ws) {
			sc, ok := oracleScales[ws[i]]
			if !ok {
				return 0, fmt.Errorf("word %d %q is not a number word in its place", i, ws[i])
			}
			scale = sc
			i++
		}
		if scale >= prevScale {
			return 0, fmt.Errorf("scale %d after %d", scale, prevScale)
		}
		prevScale = scale
		total += g * scale
	}
	return total, nil
}

// oracleOrdinal parses an ordinal reading: a cardinal whose last word is an ordinal word.
func oracleOrdinal(ws []string) (uint64, error) {
	if len(ws) == 0 {
		return 0, errors.New("no words")
	}
	c, ok := oracleOrdinals[ws[len(ws)-1]]
	if !ok {
		return 0, fmt.Errorf("last word %q is not an ordinal", ws[len(ws)-1])
	}
	card := append(append([]string(nil), ws[:len(ws)-1]...), c)
	if c == "hundred" || oracleScales[c] != 0 {
		// "hundredth", "thousandth" take a count ("one thousandth").
		if len(card) < 2 {
			return 0, fmt.Errorf("%q without a count", ws[len(ws)-1])
		}
	}
	return oracleCardinal(card)
}

// oracleDigitString reads a digit-by-digit reading back into its digits.
func oracleDigitString(ws []string) (string, error) {
	b := make([]byte, 0, len(ws))
	for i, w := range ws {
		d, ok := oracleDigits[w]
		if !ok {
			return "", fmt.Errorf("word %d %q is not a digit name", i, w)
		}
		b = append(b, d)
	}
	return string(b), nil
}

// withCommas writes v with thousands separators, the form Normalize always reads as a cardinal
// (without them, four digits may be a year).
func withCommas(v uint64) string {
	s := strconv.FormatUint(v, 10)
	var b strings.Builder
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// ordinalSuffix returns the written suffix of v's ordinal (1st, 2nd, 3rd, 11th, 4th).
func ordinalSuffix(v uint64) string {
	if v%100 >= 11 && v%100 <= 13 {
		return "th"
	}
	switch v % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// TestNumberOracle checks the oracle itself against readings written out by hand, so that it
// can be trusted to judge the implementation; it also rejects malformed readings.
func TestNumberOracle(t *testing.T) {
	for _, c := range []struct {
		words string
		want  uint64
	}{
		{"zero", 0}, {"forty", 40}, {"fourteen", 14}, {"ninety nine", 99},
		{"one hundred", 100}, {"seven hundred twelve", 712},
		{"one thousand nine hundred eighty four", 1984},
		{"twelve billion", 12_000_000_000},
		{"one million two hundred thirty four thousand five hundred sixty seven", 1_234_567},
		{"nine hundred ninety nine trillion one", 999_000_000_000_001},
	} {
		if got, err := oracleCardinal(strings.Fields(c.words)); err != nil || got != c.want {
			t.Errorf("oracle(%q) = %d, %v; want %d", c.words, got, err, c.want)
		}
	}
	for _, bad := range []string{"fourty", "forty fourty", "twenty twelve", "one one", "hundred",
		"thousand", "one thousand one thousand", "one million two billion", "zero one", "one and one",
		"ten hundred", "twenty hundred", "one hundred hundred", ""} {
		if got, err := oracleCardinal(strings.Fields(bad)); err == nil {
			t.Errorf("oracle accepted %q as %d", bad, got)
		}
	}
	for _, c := range []struct {
		words string
		want  uint64
	}{{"first", 1}, {"twelfth", 12}, {"fortieth", 40}, {"twenty first", 21}, {"one thousandth", 1000}, {"one hundred second", 102}} {
		if got, err := oracleOrdinal(strings.Fields(c.words)); err != nil || got != c.want {
			t.Errorf("oracleOrdinal(%q) = %d, %v; want %d", c.words, got, err, c.want)
		}
	}
	for _, bad := range []string{"fortyth", "twentyeth", "thousandth", "one", "first one"} {
		if got, err := oracleOrdinal(strings.Fields(bad)); err == nil {
			t.Errorf("oracleOrdinal accepted %q as %d", bad, got)
		}
	}
}

// TestNumberWordsByHand pins the spelling of every number word the normalizer can produce, with
// readings written out by hand.
func TestNumberWordsByHand(t *testing.T) {
	runTable(t, []tcase{
		{"0", "zero"}, {"1", "one"}, {"2", "two"}, {"3", "three"}, {"4", "four"}, {"5", "five"},
		{"6", "six"}, {"7", "seven"}, {"8", "eight"}, {"9", "nine"}, {"10", "ten"}, {"11", "eleven"},
		{"12", "twelve"}, {"13", "thirteen"}, {"14", "fourteen"}, {"15", "fifteen"}, {"16", "sixteen"},
		{"17", "seventeen"}, {"18", "eighteen"}, {"19", "nineteen"}, {"20", "twenty"}, {"30", "thirty"},
		{"40", "forty"}, {"50", "fifty"}, {"60", "sixty"}, {"70", "seventy"}, {"80", "eighty"},
		{"90", "ninety"}, {"100", "one hundred"}, {"1,000", "one thousand"}, {"1,000,000", "one million"},
		{"1,000,000,000", "one billion"}, {"1,000,000,000,000", "one trillion"},
		{"44", "forty four"}, {"1,040", "one thousand forty"},
		{"1st", "first"}, {"2nd", "second"}, {"3rd", "third"}, {"4th", "fourth"}, {"5th", "fifth"},
		{"6th", "sixth"}, {"7th", "seventh"}, {"8th", "eighth"}, {"9th", "ninth"}, {"10th", "tenth"},
		{"11th", "eleventh"}, {"12th", "twelfth"}, {"13th", "thirteenth"}, {"14th", "fourteenth"},
		{"15th", "fifteenth"}, {"16th", "sixteenth"}, {"17th", "seventeenth"}, {"18th", "eighteenth"},
		{"19th", "nineteenth"}, {"20th", "twentieth"}, {"30th", "thirtieth"}, {"40th", "fortieth"},
		{"50th", "fiftieth"}, {"60th", "sixtieth"}, {"70th", "seventieth"}, {"80th", "eightieth"},
		{"90th", "ninetieth"}, {"100th", "one hundredth"}, {"1,000th", "one thousandth"},
		{"1,000,000th", "one millionth"},
	})
}

// TestNumberReadingsProperty reads many numbers through Normalize and parses the words back with
// the independent oracle: cardinals with scale words, ordinals, and digit strings too long for
// scale words, which are read digit by digit.
func TestNumberReadingsProperty(t *testing.T) {
	x := uint64(1)
	next := func() uint64 {
		x = x*6364136223846793005 + 1442695040888963407
		return x >> 4
	}
	var vals []uint64
	for v := range uint64(1001) {
		vals = append(vals, v) // every group of three digits once
	}
	for i := range 3000 {
		v := next() % 1_000_000_000_000_000
		switch i % 3 {
		case 0:
			v %= 1_000_000
		case 1:
			v %= 1_000_000_000
		}
		vals = append(vals, v)
	}
	for _, v := range vals {
		in := withCommas(v)
		ws := strings.Fields(spoken(t, in))
		if got, err := oracleCardinal(ws); err != nil || got != v {
			t.Fatalf("%s read as %q: oracle gives %d, %v", in, strings.Join(ws, " "), got, err)
		}
		if v == 0 {
			continue
		}
		in += ordinalSuffix(v)
		ws = strings.Fields(spoken(t, in))
		if got, err := oracleOrdinal(ws); err != nil || got != v {
			t.Fatalf("%s read as %q: oracle gives %d, %v", in, strings.Join(ws, " "), got, err)
		}
	}
	for range 200 {
		n := 16 + int(next()%20)
		b := make([]byte, n)
		b[0] = byte('1' + next()%9)
		for i := 1; i < n; i++ {
			b[i] = byte('0' + next()%10)
		}
		in := string(b)
		ws := strings.Fields(spoken(t, in))
		if got, err := oracleDigitString(ws); err != nil || got != in {
			t.Fatalf("%s read as %q: oracle gives %q, %v", in, strings.Join(ws, " "), got, err)
		}
	}
}
