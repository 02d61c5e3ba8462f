package markup

import (
	"errors"
	"strings"
	"testing"
)

// styleStub maps the vendor names the tests use as a voice catalog's StyleFor would.
func styleStub(name string) (string, error) {
	switch strings.ToLower(name) {
	case "cheerful", "lively", "excited":
		return map[string]string{"cheerful": "cheerful", "lively": "excited", "excited": "excited"}[strings.ToLower(name)], nil
	case "sad":
		return "sad", nil
	case "newscaster":
		return "serious", nil
	case "whispering", "softly":
		return "calm", nil
	}
	return "", errors.New("no such speaking style")
}

// TestSSMLVendorElements checks what each vendor extension Chorus reads asks of the engine: a
// catalog style and degree, or a pause.
func TestSSMLVendorElements(t *testing.T) {
	opts := Options{Style: styleStub}
	for _, tc := range []struct {
		name, doc   string
		style       string
		degree      float64
		breakMillis int
	}{
		{"azure express-as", `<mstts:express-as style="cheerful">Hi there.</mstts:express-as>`, "cheerful", 0, 0},
		{"azure styledegree", `<mstts:express-as style="cheerful" styledegree="1.5">Hi there.</mstts:express-as>`, "cheerful", 1.5, 0},
		{"google style", `<google:style name="lively">Hi there.</google:style>`, "excited", 0, 0},
		{"polly emotion", `<amazon:emotion name="excited" intensity="high">Hi there.</amazon:emotion>`, "excited", 1, 0},
		{"polly emotion medium", `<amazon:emotion name="disappointed" intensity="medium">Hi there.</amazon:emotion>`, "sad", 0.75, 0},
		{"polly emotion low", `<amazon:emotion name="disappointed" intensity="low">Hi there.</amazon:emotion>`, "sad", 0.5, 0},
		{"polly news", `<amazon:domain name="news">Hi there.</amazon:domain>`, "serious", 0, 0},
		{"polly conversational", `<amazon:domain name="conversational">Hi there.</amazon:domain>`, "", 0, 0},
		{"polly whispered", `<amazon:effect name="whispered">Hi there.</amazon:effect>`, "calm", 0, 0},
		{"polly soft phonation", `<amazon:effect phonation="soft">Hi there.</amazon:effect>`, "calm", 0, 0},
		{"polly auto-breaths", `<amazon:auto-breaths frequency="low">Hi there.</amazon:auto-breaths>`, "", 0, 0},
		{"polly breath", `<amazon:breath duration="long" volume="loud"/>Hi there.`, "", 0, 500},
		{"polly breath default", `<amazon:breath/>Hi there.`, "", 0, 300},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spans, err := ParseSSML(`<speak xmlns:amazon="x" xmlns:mstts="y" xmlns:google="z">`+tc.doc+`</speak>`, opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(spans) != 1 {
				t.Fatalf("%d spans, want 1: %+v", len(spans), spans)
			}
			sp := spans[0]
			if sp.Text != "Hi there." || sp.Style != tc.style || sp.StyleDegree != tc.degree || sp.BreakMillis != tc.breakMillis {
				t.Errorf("got text %q style %q degree %g break %d; want style %q degree %g break %d",
					sp.Text, sp.Style, sp.StyleDegree, sp.BreakMillis, tc.style, tc.degree, tc.breakMillis)
			}
		})
	}
	// A style ends with its element, and the text after it merges with nothing styled.
	spans, err := ParseSSML(`<speak>A <mstts:express-as style="cheerful">b</mstts:express-as> c</speak>`, opts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sp := range spans {
		got = append(got, sp.Text+"/"+sp.Style)
	}
	if want := "A /|b/cheerful| c/"; strings.Join(got, "|") != want {
		t.Errorf("spans %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestSSMLVendorErrors: vendor values Chorus cannot honour are errors at the attribute.
func TestSSMLVendorErrors(t *testing.T) {
	opts := Options{Style: styleStub}
	for _, tc := range []struct{ doc, want string }{
		{`<mstts:express-as style="customerservice">x</mstts:express-as>`, `style "customerservice": no such speaking style`},
		{`<mstts:express-as role="Girl" style="cheerful">x</mstts:express-as>`, `role "Girl" is not supported`},
		{`<mstts:express-as style="cheerful" styledegree="3">x</mstts:express-as>`, `styledegree "3"`},
		{`<mstts:express-as>x</mstts:express-as>`, `needs style=`},
		{`<amazon:emotion name="angry">x</amazon:emotion>`, `use excited or disappointed`},
		{`<amazon:emotion name="excited" intensity="max">x</amazon:emotion>`, `intensity "max"`},
		{`<amazon:domain name="sports">x</amazon:domain>`, `use news, conversational or long-form`},
		{`<amazon:effect name="drc">x</amazon:effect>`, `"drc" (dynamic range compression) is not supported`},
		{`<amazon:effect vocal-tract-length="+10%">x</amazon:effect>`, `vocal-tract-length is not supported`},
		{`<amazon:effect phonation="loud">x</amazon:effect>`, `phonation "loud"`},
		{`<amazon:breath duration="forever"/>x`, `amazon:breath duration "forever"`},
		{`<google:style name="grumpy">x</google:style>`, `name "grumpy": no such speaking style`},
		{`<mstts:backgroundaudio src="a.wav"/>x`, `Chorus does not play audio`},
		{`<par><media><speak>x</speak></media></par>`, `does not mix or schedule audio`},
		{`<lexicon uri="http://example.com/lex.pls"/>x`, `does not fetch pronunciation lexicons`},
		{`<prosody contour="(0%,+20Hz)">x</prosody>`, `prosody contour is not supported`},
		{`<prosody duration="2s">x</prosody>`, `prosody duration is not supported`},
	} {
		_, err := ParseSSML("<speak>"+tc.doc+"</speak>", opts)
		var me *Error
		if !errors.As(err, &me) || me.Line != 1 || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want a located error containing %q", tc.doc, err, tc.want)
		}
	}
}

// TestSSMLVoiceSelection covers SSML 1.1's <voice> attributes beyond name and gender.
func TestSSMLVoiceSelection(t *testing.T) {
	known := map[string]bool{"ava": true, "joe": true}
	opts := Options{
		CheckVoice: func(n string) error {
			if !known[n] {
				return errors.New("no voice named " + n)
			}
			return nil
		},
		PickVoice: func(gender string, variant int) (string, error) {
			if gender == "male" {
				return "joe", nil
			}
			return "ava", nil
		},
	}
	for _, tc := range []struct{ doc, voice, err string }{
		{`<voice name="Mike Christine ava">x</voice>`, "ava", ""}, // the first that exists
		{`<voice name="Ava">x</voice>`, "ava", ""},                // names are read without case
		{`<voice name="nobody" gender="male">x</voice>`, "joe", ""},
		{`<voice name="nobody" onvoicefailure="keepexisting">x</voice>`, "", ""},
		{`<voice gender="female" age="10">x</voice>`, "ava", ""},
		{`<voice age="30">x</voice>`, "", ""},
		{`<voice xml:lang="en-GB">x</voice>`, "", ""},
		{`<voice gender="female" languages="en-US en-GB:en-US" required="gender languages" ordering="languages gender">x</voice>`, "ava", ""},
		{`<voice name="nobody">x</voice>`, "", `voice "nobody": no voice named nobody`},
		{`<voice name="nobody else">x</voice>`, "", `none of these voices exists`},
		{`<voice gender="female" age="-1">x</voice>`, "", `age "-1"`},
		{`<voice gender="female" required="height">x</voice>`, "", `required "height"`},
		{`<voice gender="female" onvoicefailure="shrug">x</voice>`, "", `onvoicefailure "shrug"`},
		{`<voice gender="female" languages="english!">x</voice>`, "", `not a language tag`},
	} {
		spans, err := ParseSSML("<speak>"+tc.doc+"</speak>", opts)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want %q", tc.doc, err, tc.err)
			}
			continue
		}
		if err != nil || len(spans) != 1 || spans[0].Voice != tc.voice {
			t.Errorf("%s: spans %+v, error %v; want voice %q", tc.doc, spans, err, tc.voice)
		}
	}
}

// TestSSMLOnLangFailure: onlangfailure="ignoretext" leaves out text the voices cannot speak, and
// only that; the other values are accepted and read the text.
func TestSSMLOnLangFailure(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{`Hello <lang xml:lang="ja" onlangfailure="ignoretext">こんにちは</lang> world.`, "Hello world."},
		{`<s xml:lang="fr" onlangfailure="ignoretext">Bonjour <mark name="m"/><say-as interpret-as="characters">ABC</say-as>.</s>Hi.`, "Hi."},
		{`Hello <lang xml:lang="en-GB" onlangfailure="ignoretext">colour</lang> world.`, "Hello colour world."},
		{`Hello <lang xml:lang="fr" onlangfailure="changevoice">chat</lang>.`, "Hello chat."},
	} {
		spans, err := ParseSSML(`<speak onlangfailure="processorchoice">`+tc.doc+`</speak>`, Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.doc, err)
			continue
		}
		var b strings.Builder
		for _, sp := range spans {
			b.WriteString(sp.Text)
		}
		if b.String() != tc.want {
			t.Errorf("%s: says %q, want %q", tc.doc, b.String(), tc.want)
		}
	}
	// The mark inside the left-out text is kept.
	spans, err := ParseSSML(`<speak>Hi <lang xml:lang="fr" onlangfailure="ignoretext">le <mark name="m"/>chat</lang> there.</speak>`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	marks := 0
	for _, sp := range spans {
		marks += len(sp.Marks)
	}
	if marks != 1 {
		t.Errorf("marks: %d, want 1 (%+v)", marks, spans)
	}
	if _, err := ParseSSML(`<speak><lang xml:lang="fr" onlangfailure="skip">x</lang></speak>`, Options{}); err == nil || !strings.Contains(err.Error(), `onlangfailure "skip"`) {
		t.Errorf("bad onlangfailure: %v", err)
	}
}

func TestSSMLRoleAndSayAs(t *testing.T) {
	for _, tc := range []struct{ doc, pos, sayAs, format string }{
		{`<w role="amazon:VBD">read</w>`, "vbd", "", ""},
		{`<w role="amazon:VB">read</w>`, "v", "", ""},
		{`<token role="ssml:NN">record</token>`, "n", "", ""},
		{`<w role="amazon:SENSE_1">bass</w>`, "n2", "", ""},
		{`<w role="amazon:DT">the</w>`, "", "", ""},
		{`<say-as interpret-as="date" format="yyyymmdd">19600910</say-as>`, "", Date, "yyyymmdd"},
		{`<say-as interpret-as="date" format="ydm">2010/19/10</say-as>`, "", Date, "ydm"},
		{`<say-as interpret-as="bleep">darn</say-as>`, "", Expletive, ""},
	} {
		spans, err := ParseSSML("<speak>"+tc.doc+"</speak>", Options{})
		if err != nil || len(spans) != 1 {
			t.Errorf("%s: %+v %v", tc.doc, spans, err)
			continue
		}
		sp := spans[0]
		if sp.POS != tc.pos || sp.SayAs != tc.sayAs || sp.Format != tc.format {
			t.Errorf("%s: POS %q say-as %q format %q", tc.doc, sp.POS, sp.SayAs, sp.Format)
		}
		if (sp.SayAs == Expletive) != sp.Prosody.Silent {
			t.Errorf("%s: silent %v", tc.doc, sp.Prosody.Silent)
		}
	}
	for _, tc := range []struct{ format, order string }{
		{"yyyymmdd", "ymd"}, {"mm-dd-yyyy", "mdy"}, {"dmy", "dmy"}, {"ydm", "ydm"}, {"mmdd", "md"},
		{"yyyy", "y"}, {"mdm", ""}, {"hms", ""}, {"", ""},
	} {
		order, ok := DateOrder(tc.format)
		if ok != (tc.order != "") || ok && order != tc.order {
			t.Errorf("DateOrder(%q) = %q, %v; want %q", tc.format, order, ok, tc.order)
		}
	}
}

func TestXSAMPA(t *testing.T) {
	for _, tc := range []struct{ in, ipa string }{
		{`p@"kA:n`, "pəˈkɑːn"},
		{`"m{n@%toUb@`, "ˈmænəˌtoʊbə"},
		{`tS3` + "`" + `tS`, "tʃɝtʃ"},
		{`r\Ed`, "ɹɛd"},
		{`"bVtn=`, "ˈbʌtn\u0329"},
		{`DIs TIN`, "ðɪs θɪŋ"},
	} {
		got, err := XSAMPAToIPA(tc.in)
		if err != nil || got != tc.ipa {
			t.Errorf("XSAMPAToIPA(%q) = %q, %v; want %q", tc.in, got, err, tc.ipa)
		}
	}
	if _, err := XSAMPAToIPA("a!b"); err == nil {
		t.Error("XSAMPAToIPA(\"a!b\") did not fail")
	}
}

func TestProsodyRange(t *testing.T) {
	for _, tc := range []struct {
		doc  string
		want float64
	}{
		{`<prosody range="x-low">x</prosody>`, 0.25},
		{`<prosody range="high">x</prosody>`, 1.5},
		{`<prosody range="50%">x</prosody>`, 0.5},
		{`<prosody range="x-high"><prosody range="-50%">x</prosody></prosody>`, 1},
		{`<prosody range="high"><prosody range="+20%">x</prosody></prosody>`, 1.8},
		{`<prosody range="medium">x</prosody>`, 1},
	} {
		spans, err := ParseSSML("<speak>"+tc.doc+"</speak>", Options{})
		if err != nil || len(spans) != 1 {
			t.Fatalf("%s: %+v %v", tc.doc, spans, err)
		}
		if got := spans[0].Prosody.RangeScale(); got < tc.want-1e-9 || got > tc.want+1e-9 {
			t.Errorf("%s: range %g, want %g", tc.doc, got, tc.want)
		}
	}
}
