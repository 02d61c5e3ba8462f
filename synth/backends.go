package synth

import (
	"encoding/json"

	"github.com/chorus-tts/chorus/synth/diphone"
	"github.com/chorus-tts/chorus/synth/formant"
	"github.com/chorus-tts/chorus/synth/hts"
)

// defaultBackends are the vocoders every engine has: the embedded formant synthesizer and the
// embedded kal diphone synthesizer.
func defaultBackends() map[string]Backend {
	return map[string]Backend{
		"formant": func(rate int, raw json.RawMessage) (VocoderFactory, error) {
			p, err := formant.ParseParams(raw)
			if err != nil {
				return nil, err
			}
			if _, err := formant.New(rate, p, 0); err != nil {
				return nil, err
			}
			return func(seed uint64) (Vocoder, error) { return formant.New(rate, p, seed) }, nil
		},
		"diphone": func(rate int, raw json.RawMessage) (VocoderFactory, error) {
			p, err := diphone.ParseParams(raw)
			if err != nil {
				return nil, err
			}
			return func(seed uint64) (Vocoder, error) { return diphone.New(rate, p, seed) }, nil
		},
		"hts": func(rate int, raw json.RawMessage) (VocoderFactory, error) {
			mk, err := hts.Factory(rate, raw)
			if err != nil {
				return nil, err
			}
			return func(seed uint64) (Vocoder, error) { return mk(seed) }, nil
		},
	}
}
