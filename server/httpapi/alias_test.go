package httpapi

import (
	"bytes"
	"encoding/json"
	"maps"
	"net/http"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
)

func TestParseVoiceAliases(t *testing.T) {
	cat := testkit.Engine(t).Catalog()
	for _, tc := range []struct {
		spec string
		want VoiceAliases
		err  string // part of the error; "" for none
	}{
		{"", VoiceAliases{}, ""},
		{"  ", VoiceAliases{}, ""},
		{"alloy=ava", VoiceAliases{"alloy": "ava"}, ""},
		{" alloy = ava , echo=joe,gpt.voice_2-b=kit", VoiceAliases{"alloy": "ava", "echo": "joe", "gpt.voice_2-b": "kit"}, ""},
		{"alloy", nil, "NAME=VOICE"},
		{"alloy=", nil, "NAME=VOICE"},
		{"=ava", nil, "NAME=VOICE"},
		{"alloy=ava,", nil, "NAME=VOICE"},
		{"al loy=ava", nil, "letters, digits"},
		{"alloy/x=ava", nil, "letters, digits"},
		{strings.Repeat("a", 65) + "=ava", nil, "1 to 64"},
		{"alloy=ava,alloy=joe", nil, "given twice"},
		{"alloy=ava,Alloy=joe", nil, "given twice"}, // names match ignoring case
		{"Ava=joe", nil, "already a voice"},
		{"alloy=AVA", VoiceAliases{"alloy": "AVA"}, ""}, // a voice's name in any case
		{"joe=ava", nil, "already a voice"},
		{"alloy=nobody", nil, `no voice named "nobody"`},
	} {
		got, err := ParseVoiceAliases(tc.spec, cat)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%q: %v", tc.spec, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: error %v, want one saying %q", tc.spec, err, tc.err)
		case tc.err == "" && !maps.Equal(got, tc.want):
			t.Errorf("%q: %v, want %v", tc.spec, got, tc.want)
		}
	}
	var many []string
	for i := range MaxVoiceAliases + 1 {
		many = append(many, "v"+strings.Repeat("x", i%60)+string(rune('a'+i/60))+"=ava")
	}
	if _, err := ParseVoiceAliases(strings.Join(many[:MaxVoiceAliases], ","), cat); err != nil {
		t.Errorf("%d aliases: %v", MaxVoiceAliases, err)
	}
	if _, err := ParseVoiceAliases(strings.Join(many, ","), cat); err == nil {
		t.Errorf("%d aliases: no error", len(many))
	}
}

// An alias is spoken by its voice, byte for byte; a name with no alias is still 404; the voice
// list names each voice's aliases.
func TestVoiceAliasOverHTTP(t *testing.T) {
	st := start(t, stackOpts{http: Options{VoiceAliases: VoiceAliases{"alloy": "kit", "nova": "kit"}}})
	speak := func(voice string) (int, []byte) {
		resp := post(t, st.url+"/v1/audio/speech", `{"model":"tts-1","input":"Good morning.","voice":"`+voice+`","response_format":"pcm"}`)
		return resp.StatusCode, readAll(t, resp)
	}
	code, viaAlias := speak("alloy")
	if code != http.StatusOK {
		t.Fatalf("voice alloy: status %d: %s", code, viaAlias)
	}
	if code, direct := speak("kit"); code != http.StatusOK || !bytes.Equal(viaAlias, direct) {
		t.Errorf("alloy gave %d bytes; kit (status %d) %d bytes: they differ", len(viaAlias), code, len(direct))
	}
	// Names and aliases ignore case, and OpenAI's custom-voice object names either.
	for _, voice := range []string{`"Alloy"`, `"KIT"`, `{"id": "alloy"}`, `{"id": "kit"}`} {
		resp := post(t, st.url+"/v1/audio/speech", `{"model":"tts-1","input":"Good morning.","voice":`+voice+`,"response_format":"pcm"}`)
		if got := readAll(t, resp); resp.StatusCode != http.StatusOK || !bytes.Equal(got, viaAlias) {
			t.Errorf("voice %s: status %d, %d bytes; want alloy's %d", voice, resp.StatusCode, len(got), len(viaAlias))
		}
	}
	if code, other := speak("ava"); code != http.StatusOK || bytes.Equal(viaAlias, other) {
		t.Errorf("ava (status %d) sounds exactly like alloy: the test cannot tell voices apart", code)
	}
	if code, body := speak("echo"); code != http.StatusNotFound || apiErr(t, body).Param == nil {
		t.Errorf("voice echo (no alias): status %d %s, want 404 on voice", code, body)
	}
	resp, err := http.Get(st.url + "/v1/voices")
	if err != nil {
		t.Fatal(err)
	}
	var list voiceList
	if err := json.Unmarshal(readAll(t, resp), &list); err != nil {
		t.Fatal(err)
	}
	for _, v := range list.Voices {
		want := ""
		if v.Name == "kit" {
			want = "alloy,nova"
		}
		if got := strings.Join(v.Aliases, ","); got != want {
			t.Errorf("voice %s lists aliases %q, want %q", v.Name, got, want)
		}
	}
	// The styles list the words that ask for them in instructions, as the catalog has them.
	cat := testkit.Engine(t).Catalog()
	for _, s := range list.Styles {
		c, _ := cat.Style(s.Name)
		if strings.Join(s.Cues, ",") != strings.Join(c.Cues, ",") {
			t.Errorf("style %s lists cues %q, want %q", s.Name, s.Cues, c.Cues)
		}
	}
	if len(list.Styles) < 2 || len(list.Styles[1].Cues) == 0 {
		t.Errorf("styles %+v: want cues", list.Styles)
	}
}

// FuzzParseVoiceAliases: any spec either fails with an error or gives aliases that keep the
// rules: each name valid and not a voice, each target a voice, at most MaxVoiceAliases.
func FuzzParseVoiceAliases(f *testing.F) {
	cat := testkit.Engine(f).Catalog()
	for _, s := range []string{"", "alloy=ava", " alloy = ava , echo=joe", "alloy", "=", ",,", "joe=ava", "a=b=c", "alloy=ava,alloy=kit", "é=ava", strings.Repeat("x=ava,", 70)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		got, err := ParseVoiceAliases(spec, cat)
		if err != nil {
			if got != nil {
				t.Errorf("%q: error %v and aliases %v", spec, err, got)
			}
			return
		}
		if len(got) > MaxVoiceAliases {
			t.Errorf("%q: %d aliases", spec, len(got))
		}
		for name, voice := range got {
			if !aliasName(name) {
				t.Errorf("%q: alias name %q", spec, name)
			}
			if _, ok := cat.Voice(name); ok {
				t.Errorf("%q: alias %q hides a voice", spec, name)
			}
			if _, ok := cat.Voice(voice); !ok {
				t.Errorf("%q: alias %q names no voice (%q)", spec, name, voice)
			}
		}
	})
}
