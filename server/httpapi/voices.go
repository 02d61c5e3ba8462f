package httpapi

import (
	"encoding/json"
	"net/http"
	"strings"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
)

// voiceList is the body of GET /v1/voices.
type voiceList struct {
	DefaultVoice string      `json:"default_voice"`
	Voices       []voiceJSON `json:"voices"`
	Styles       []styleJSON `json:"styles"`
	Formats      []string    `json:"formats"` // response formats this server produces
}

type voiceJSON struct {
	Name        string `json:"name"`
	Language    string `json:"language"`
	Gender      string `json:"gender,omitempty"`
	Description string `json:"description,omitempty"`
	SampleRate  int    `json:"native_sample_rate"`
	Vocoder     string `json:"vocoder,omitempty"`
	// Aliases are the other names the operator gave the voice (chorusd --voice-alias).
	Aliases []string `json:"aliases,omitempty"`
}

type styleJSON struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	// Cues are the words besides the name that ask for the style in instructions.
	Cues []string `json:"cues,omitempty"`
}

// voices serves GET /v1/voices[?language=en]: the catalog, through the service's ListVoices
// (so it needs a token where the service does).
func (h *Handler) voices(w http.ResponseWriter, r *http.Request) {
	api, _, ctx, done, err := h.open(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	defer done()
	resp, err := api.ListVoices(ctx, &chorusv1.ListVoicesRequest{LanguageCode: r.URL.Query().Get("language")})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	out := voiceList{DefaultVoice: resp.GetDefaultVoice(), Voices: []voiceJSON{}, Styles: []styleJSON{}}
	for _, v := range resp.GetVoices() {
		g := strings.ToLower(strings.TrimPrefix(v.GetGender().String(), "GENDER_"))
		if g == "unspecified" {
			g = ""
		}
		out.Voices = append(out.Voices, voiceJSON{Name: v.GetName(), Language: v.GetLanguageCode(), Gender: g,
			Description: v.GetDescription(), SampleRate: int(v.GetNativeSampleRateHertz()), Vocoder: v.GetVocoder(),
			Aliases: h.opts.VoiceAliases.of(v.GetName())})
	}
	for _, s := range resp.GetStyles() {
		sj := styleJSON{Name: s.GetName(), Description: s.GetDescription()}
		if h.opts.Catalog != nil {
			if st, ok := h.opts.Catalog.Style(s.GetName()); ok {
				sj.Cues = st.Cues
			}
		}
		out.Styles = append(out.Styles, sj)
	}
	for _, n := range formatNames {
		if f := h.formats[n]; f != nil && f.open != nil {
			out.Formats = append(out.Formats, n)
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(out) // the client may be gone
}
