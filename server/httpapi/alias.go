package httpapi

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/chorus-tts/chorus/voices"
)

// MaxVoiceAliases bounds how many aliases one server takes.
const MaxVoiceAliases = 64

// OpenAIVoices is the preset chorusd --openai-voices installs: OpenAI's speech voice names, each
// as an alias of the Chorus voice nearest it in sex and character (alloy, the default, and the
// other bright female voices on the recorded slt and val; echo, ash, cedar on the recorded kal;
// fable on ked; onyx, the deep one, on sam; ballad on leo; coral and nova on ava; sage on mia).
const OpenAIVoices = "alloy=slt,ash=kal,ballad=leo,cedar=kal,coral=ava,echo=kal,fable=ked,marin=slt,nova=ava,onyx=sam,sage=mia,shimmer=val,verse=joe"

// Merge returns a with b's aliases added, b's winning where both name an alias.
func (a VoiceAliases) Merge(b VoiceAliases) (VoiceAliases, error) {
	out := maps.Clone(a)
	if out == nil {
		out = VoiceAliases{}
	}
	maps.Copy(out, b)
	if len(out) > MaxVoiceAliases {
		return nil, fmt.Errorf("more than %d voice aliases", MaxVoiceAliases)
	}
	return out, nil
}

// VoiceAliases maps names that POST /v1/audio/speech accepts in "voice" to Chorus voices, for
// clients written for another service's voice names (OpenAI's alloy, echo, …). The operator
// names every alias: a name that is neither a voice nor an alias still gets 404, so no request
// is quietly spoken by a voice nobody chose.
type VoiceAliases map[string]string

// ParseVoiceAliases reads a comma-separated list of NAME=VOICE pairs ("alloy=slt,echo=kal") and
// checks it against cat: every VOICE is one of its voices, no NAME is a voice (an alias never
// hides one), no NAME repeats, and a NAME is 1 to 64 letters, digits, '-', '_' or '.'. An empty
// spec gives no aliases.
func ParseVoiceAliases(spec string, cat *voices.Catalog) (VoiceAliases, error) {
	out := VoiceAliases{}
	if strings.TrimSpace(spec) == "" {
		return out, nil
	}
	for _, pair := range strings.Split(spec, ",") {
		pair = strings.TrimSpace(pair)
		name, voice, ok := strings.Cut(pair, "=")
		name, voice = strings.TrimSpace(name), strings.TrimSpace(voice)
		switch {
		case !ok || name == "" || voice == "":
			return nil, fmt.Errorf("voice alias %q: write NAME=VOICE, for example alloy=slt", pair)
		case !aliasName(name):
			return nil, fmt.Errorf("voice alias %q: a name is 1 to 64 letters, digits, '-', '_' or '.'", name)
		case out.has(name):
			return nil, fmt.Errorf("voice alias %q is given twice (names are matched ignoring case)", name)
		}
		if _, isVoice := cat.Voice(name); isVoice {
			return nil, fmt.Errorf("voice alias %q: %q is already a voice; an alias may not hide it", pair, name)
		}
		if _, ok := cat.Voice(voice); !ok {
			return nil, fmt.Errorf("voice alias %q: no voice named %q; available voices: %s", pair, voice, strings.Join(cat.Names(), ", "))
		}
		out[name] = voice
		if len(out) > MaxVoiceAliases {
			return nil, errors.New("more than 64 voice aliases")
		}
	}
	return out, nil
}

func aliasName(s string) bool {
	if len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return s != ""
}

// resolve gives the voice a request's "voice" names: the alias's voice (an alias written in
// other case too: "Alloy" is alloy), or the name itself.
func (a VoiceAliases) resolve(name string) string {
	if v, ok := a.lookup(name); ok {
		return v
	}
	return name
}

// has reports whether name is an alias, ignoring case.
func (a VoiceAliases) has(name string) bool { _, ok := a.lookup(name); return ok }

// lookup returns the voice of the alias name, matched ignoring case.
func (a VoiceAliases) lookup(name string) (string, bool) {
	if v, ok := a[name]; ok {
		return v, true
	}
	for n, v := range a {
		if strings.EqualFold(n, name) {
			return v, true
		}
	}
	return "", false
}

// of lists the aliases of voice, sorted.
func (a VoiceAliases) of(voice string) []string {
	var out []string
	for _, n := range slices.Sorted(maps.Keys(a)) {
		if a[n] == voice {
			out = append(out, n)
		}
	}
	return out
}
