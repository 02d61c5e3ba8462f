package server

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/encode"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
)

// Chunk durations of AudioConfig.chunk_duration_ms.
const (
	DefaultChunkMillis = 100
	MinChunkMillis     = 10
	MaxChunkMillis     = 1000
)

// Limits of one custom pronunciation: a word or a name of a few words, and the phones of one.
const (
	MaxPhraseBytes = 256
	MaxPhraseWords = 16
	MaxPhonesBytes = 1024
)

// errUnimplemented marks a request for something the server does not do yet.
var errUnimplemented = errors.New("unimplemented")

// fieldError is a problem with one field of a request, named as on the wire (for example
// "audio.speaking_rate" or "input.script.turns[2].speaker"). The status sent for it carries the
// field in a google.rpc.BadRequest detail as well as in its message.
type fieldError struct {
	field  string
	reason string
	kind   error // synth.ErrInvalidArgument or synth.ErrNotFound
}

func (e *fieldError) Error() string { return e.field + ": " + e.reason }
func (e *fieldError) Unwrap() error { return e.kind }

func invalid(field, format string, a ...any) error {
	return &fieldError{field: field, reason: fmt.Sprintf(format, a...), kind: synth.ErrInvalidArgument}
}

// job is a converted Synthesize request: the engine's request plus what only the wire layer uses.
type job struct {
	req         synth.Request
	encoding    audio.Encoding
	file        encode.Format // a file encoding (FLAC, OGG_OPUS, MP3), or "" (see encoding.go)
	chunkMillis int
	// speakers[i] is the speaker of part i (script input only), for naming fields in errors.
	speakers []string
	script   bool
	ssml     bool // input.ssml: text errors name that field
}

// convertSynthesize validates the wire-only parts of req and translates it to an engine request.
// Everything the engine itself checks (ranges, text limits, voice names) is left to the engine.
func convertSynthesize(in *chorusv1.SynthesizeRequest) (*job, error) {
	j := &job{}
	ac := in.GetAudio()
	if f, ok := fileFormatFromProto(ac.GetEncoding()); ok {
		if !encode.Available(f) {
			return nil, unavailableFormat(ac.GetEncoding())
		}
		j.file = f
	} else {
		enc, err := encodingFromProto(ac.GetEncoding())
		if err != nil {
			return nil, err
		}
		j.encoding = enc
	}
	switch ms := ac.GetChunkDurationMs(); {
	case ms == 0:
		j.chunkMillis = DefaultChunkMillis
	case ms < MinChunkMillis || ms > MaxChunkMillis:
		return nil, invalid("audio.chunk_duration_ms", "%d ms is out of range: use 0 (default %d ms) or %d–%d", ms, DefaultChunkMillis, MinChunkMillis, MaxChunkMillis)
	default:
		j.chunkMillis = int(ms)
	}
	j.req = synth.Request{
		SampleRate:     int(ac.GetSampleRateHertz()),
		Rate:           ac.GetSpeakingRate(),
		PitchSemitones: ac.GetPitch(),
		GainDB:         ac.GetVolumeGainDb(),
		WordTimings:    in.GetEnableWordTimings(),
	}
	setEvents(&j.req, in.GetEnableMarks(), in.GetEnablePhonemes(), in.GetEnableVisemes())
	lex, err := convertPronunciations("pronunciations", in.GetPronunciations())
	if err != nil {
		return nil, err
	}
	j.req.Lexicon = lex

	input := in.GetInput()
	switch src := input.GetSource().(type) {
	case *chorusv1.SynthesisInput_Text:
		j.req.Parts = []synth.Part{{Voice: in.GetVoice().GetName(), Style: in.GetVoice().GetStyle(), Text: src.Text, Markup: input.GetMarkup()}}
	case *chorusv1.SynthesisInput_Ssml:
		// input.markup is about input.text; an SSML document is markup by nature.
		j.ssml = true
		p := synth.Part{Voice: in.GetVoice().GetName(), Style: in.GetVoice().GetStyle(), Text: src.Ssml}
		setSSML(&p)
		j.req.Parts = []synth.Part{p}
	case *chorusv1.SynthesisInput_Script:
		if in.GetVoice() != nil && (in.GetVoice().GetName() != "" || in.GetVoice().GetStyle() != "") {
			return nil, invalid("voice", "must be empty for script input: give each speaker a voice in input.script.speaker_voices")
		}
		if err := j.convertScript(src.Script); err != nil {
			return nil, err
		}
	default:
		return nil, invalid("input", "nothing to say: set input.text, input.ssml or input.script")
	}
	return j, nil
}

func (j *job) convertScript(s *chorusv1.Script) error {
	j.script = true
	turns := s.GetTurns()
	if len(turns) == 0 {
		return invalid("input.script.turns", "no turns: a script needs at least one")
	}
	if len(turns) > synth.MaxParts {
		return invalid("input.script.turns", "%d turns; at most %d per request", len(turns), synth.MaxParts)
	}
	for sp := range s.GetSpeakerVoices() {
		if strings.TrimSpace(sp) == "" || !utf8.ValidString(sp) {
			return invalid("input.script.speaker_voices", "a speaker name is empty or not valid UTF-8")
		}
	}
	j.req.Parts = make([]synth.Part, len(turns))
	j.speakers = make([]string, len(turns))
	for i, t := range turns {
		field := fmt.Sprintf("input.script.turns[%d]", i)
		sp := t.GetSpeaker()
		if strings.TrimSpace(sp) == "" {
			return invalid(field+".speaker", "is empty: every turn needs a speaker")
		}
		v, ok := s.GetSpeakerVoices()[sp]
		if !ok {
			return invalid(field+".speaker", "speaker %s has no voice: add it to input.script.speaker_voices", quote(sp))
		}
		if t.GetSsml() && t.GetMarkup() {
			return invalid(field+".ssml", "ssml and markup are exclusive: an SSML document has its tags already; set one")
		}
		j.speakers[i] = sp
		j.req.Parts[i] = synth.Part{
			Speaker:     sp,
			Voice:       v.GetName(),
			Style:       v.GetStyle(),
			Text:        t.GetText(),
			PauseBefore: int(t.GetPauseBeforeMs()),
			Markup:      t.GetMarkup(),
		}
		if t.GetSsml() {
			setSSML(&j.req.Parts[i])
		}
	}
	return nil
}

// quote quotes a user-supplied name for a message, bounded in length.
func quote(s string) string {
	const max = 64
	if len(s) > max {
		s = s[:max] + "…"
	}
	return strconv.Quote(s)
}

// wireField names field f of part i of the engine request (i < 0: of the request itself) as the
// client wrote it.
func (j *job) wireField(i int, f synth.Field) string {
	switch f {
	case synth.FieldSampleRate:
		return "audio.sample_rate_hertz"
	case synth.FieldRate:
		return "audio.speaking_rate"
	case synth.FieldPitch:
		return "audio.pitch"
	case synth.FieldGain:
		return "audio.volume_gain_db"
	case synth.FieldLexicon:
		return "pronunciations"
	}
	if !j.script {
		switch f {
		case synth.FieldVoice:
			return "voice.name"
		case synth.FieldStyle:
			return "voice.style"
		case synth.FieldText:
			if j.ssml {
				return "input.ssml"
			}
			return "input.text"
		}
		return "input"
	}
	if i < 0 || i >= len(j.speakers) {
		if f == synth.FieldText {
			return "input.script" // the text of all turns together
		}
		return "input.script.turns"
	}
	turn := fmt.Sprintf("input.script.turns[%d]", i)
	switch f {
	case synth.FieldVoice: // the voice came from the speaker map
		return "input.script.speaker_voices[" + strconv.Quote(j.speakers[i]) + "].name"
	case synth.FieldStyle:
		return "input.script.speaker_voices[" + strconv.Quote(j.speakers[i]) + "].style"
	case synth.FieldText:
		return turn + ".text"
	case synth.FieldPauseBefore:
		return turn + ".pause_before_ms"
	}
	return turn
}

// onWire renames the field of an engine FieldError in err with name; other errors pass as they
// are.
func onWire(err error, name func(part int, f synth.Field) string) error {
	var fe *synth.FieldError
	if !errors.As(err, &fe) {
		return err
	}
	return &fieldError{field: name(fe.Part, fe.Field), reason: fe.Reason, kind: fe.Kind}
}

func encodingFromProto(e chorusv1.AudioEncoding) (audio.Encoding, error) {
	switch e {
	case chorusv1.AudioEncoding_AUDIO_ENCODING_UNSPECIFIED, chorusv1.AudioEncoding_AUDIO_ENCODING_PCM16:
		return audio.PCM16, nil
	case chorusv1.AudioEncoding_AUDIO_ENCODING_MULAW:
		return audio.MuLaw, nil
	case chorusv1.AudioEncoding_AUDIO_ENCODING_ALAW:
		return audio.ALaw, nil
	}
	if _, ok := fileFormatFromProto(e); ok {
		return 0, invalid("audio.encoding", "%s is not available here: use PCM16, MULAW or ALAW", e)
	}
	return 0, invalid("audio.encoding", "unknown encoding %d: use PCM16, MULAW, ALAW, FLAC, OGG_OPUS or MP3", int32(e))
}

func encodingToProto(e audio.Encoding) chorusv1.AudioEncoding {
	switch e {
	case audio.MuLaw:
		return chorusv1.AudioEncoding_AUDIO_ENCODING_MULAW
	case audio.ALaw:
		return chorusv1.AudioEncoding_AUDIO_ENCODING_ALAW
	}
	return chorusv1.AudioEncoding_AUDIO_ENCODING_PCM16
}

// convertPronunciations parses custom pronunciations into an engine lexicon keyed by lower-case
// words or phrases with single spaces.
func convertPronunciations(field string, ps []*chorusv1.Pronunciation) (map[string]phone.Pron, error) {
	if len(ps) == 0 {
		return nil, nil
	}
	if len(ps) > synth.MaxLexiconEntries {
		return nil, invalid(field, "%d entries; at most %d", len(ps), synth.MaxLexiconEntries)
	}
	lex := make(map[string]phone.Pron, len(ps))
	for i, p := range ps {
		f := fmt.Sprintf("%s[%d]", field, i)
		if !utf8.ValidString(p.GetPhrase()) {
			return nil, invalid(f+".phrase", "is not valid UTF-8")
		}
		if n := len(p.GetPhrase()); n > MaxPhraseBytes {
			return nil, invalid(f+".phrase", "%d bytes; at most %d", n, MaxPhraseBytes)
		}
		words := strings.Fields(strings.ToLower(p.GetPhrase()))
		if len(words) == 0 {
			return nil, invalid(f+".phrase", "is empty")
		}
		if len(words) > MaxPhraseWords {
			return nil, invalid(f+".phrase", "%d words; at most %d", len(words), MaxPhraseWords)
		}
		if n := len(p.GetPhones()); n > MaxPhonesBytes {
			return nil, invalid(f+".phones", "%d bytes; at most %d", n, MaxPhonesBytes)
		}
		key := strings.Join(words, " ")
		if _, dup := lex[key]; dup {
			return nil, invalid(f+".phrase", "%s is given twice", quote(key))
		}
		pr, err := ParsePhones(p.GetPhones(), p.GetAlphabet())
		if err != nil {
			return nil, invalid(f+".phones", "%v", err)
		}
		lex[key] = pr
	}
	return lex, nil
}

// ParsePhones parses one pronunciation written in alphabet.
func ParsePhones(s string, alphabet chorusv1.PhoneticAlphabet) (phone.Pron, error) {
	switch alphabet {
	case chorusv1.PhoneticAlphabet_PHONETIC_ALPHABET_UNSPECIFIED, chorusv1.PhoneticAlphabet_PHONETIC_ALPHABET_ARPABET:
		// Exactly as written, so that any pronunciation survives the trip over the wire
		// (phone.Pron.String and back): AH0 is an unstressed AH; schwa is AX0.
		return phone.ParsePron(s)
	case chorusv1.PhoneticAlphabet_PHONETIC_ALPHABET_IPA:
		return g2p.ParseIPA(s)
	}
	return nil, fmt.Errorf("unknown phonetic alphabet %d", int32(alphabet))
}

// DroppedToProto describes what the engine could not speak for the wire; nil when nothing was
// dropped.
func DroppedToProto(d text.Dropped) *chorusv1.Dropped {
	if d.Empty() {
		return nil
	}
	out := &chorusv1.Dropped{
		Chars: int64(d.Chars), OtherChars: int64(d.Others),
		CutBytes: int64(d.CutBytes), CutWords: int64(d.CutTokens), Description: d.String(),
	}
	for _, c := range d.Distinct() {
		out.Distinct = append(out.Distinct, &chorusv1.DroppedChar{Char: string(c.Char), Count: int64(c.Count)})
	}
	return out
}
