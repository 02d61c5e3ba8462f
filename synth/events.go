package synth

import (
	"cmp"
	"slices"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// EventKind is one kind of event; EventKinds is a set of them (a bit set).
type EventKind uint8

// EventKinds is a set of event kinds, e.g. EventMarks|EventVisemes.
type EventKinds = EventKind

// Event kinds.
const (
	// EventMarks: an SSML <mark name> (and Azure's <bookmark mark>), at the point of the
	// document it stands at: the start of the next word, or the end of the audio so far.
	EventMarks EventKind = 1 << iota
	// EventPhonemes: every phone spoken, in ARPAbet with stress digits on vowels (CMUdict's
	// 39 phones: "HH AH0 L OW1"), with its start and end.
	EventPhonemes
	// EventVisemes: the mouth shape of every phone and of every pause (phone.Viseme, Microsoft's
	// 22 visemes: 0 is silence), with its start and end.
	EventVisemes
)

// The single kinds, as an Event's Kind.
const (
	EventMark    = EventMarks
	EventPhoneme = EventPhonemes
	EventViseme  = EventVisemes
)

func (k EventKind) String() string {
	switch k {
	case EventMark:
		return "mark"
	case EventPhoneme:
		return "phoneme"
	case EventViseme:
		return "viseme"
	}
	return "events"
}

// Event is a mark, a phone or a viseme located in the output, in samples at the output rate.
type Event struct {
	Kind EventKind // EventMark, EventPhoneme or EventViseme
	// Name is the mark's name, the phone in ARPAbet with stress ("AH0"), or the viseme's name
	// (phone.Viseme.String: "p b m", "silence").
	Name    string
	Viseme  phone.Viseme // for EventViseme
	Speaker string       // as in WordTiming
	// Start and End delimit the event: End == Start for a mark.
	Start, End int64
	// Part is the index in Request.Parts of the part the event is in.
	Part int
}

// EventSink is implemented by a Sink that also takes events. Events arrive in output order, interleaved with
// Audio and Word calls, each before the audio it points into: an event's Start is never beyond
// the samples already given to Audio plus those of the phrase about to be. An error from Event
// stops synthesis like one from Audio.
type EventSink interface {
	Event(Event) error
}

// markPos is a mark placed in a phrase, at native sample pos from its start.
type markPos struct {
	name string
	pos  int
}

// outItem is one word timing or event of a phrase, ordered by start.
type outItem struct {
	start int64
	word  *WordTiming
	ev    Event
}

// phraseEvents sends the word timings and events of a phrase about to be written, sorted by
// start (stable: word timings keep their order).
func (r *render) phraseEvents(g *group, pp *plannedPhrase, words []WordTiming) error {
	es, _ := r.out.sink.(EventSink)
	kinds := r.req.Events
	if es == nil {
		kinds = 0
	}
	if kinds == 0 {
		for i := range words {
			if err := r.out.sink.Word(words[i]); err != nil {
				return err
			}
		}
		return nil
	}
	items := make([]outItem, 0, len(words)+2*len(pp.ph.Segments)+len(pp.marks))
	ev := func(k EventKind, name string, a, b int) Event {
		return Event{Kind: k, Name: name, Speaker: g.part.Speaker, Part: g.part.index,
			Start: r.toOut(r.segNative + int64(a)), End: r.toOut(r.segNative + int64(b))}
	}
	// Marks first: a mark placed where a word begins comes before that word, as in the document
	// (<mark name="a"/>big), so that the sort, which keeps equal starts in this order, sends it
	// first.
	if kinds&EventMarks != 0 {
		for _, m := range pp.marks {
			e := ev(EventMark, m.name, m.pos, m.pos)
			items = append(items, outItem{start: e.Start, ev: e})
		}
	}
	for i := range words {
		items = append(items, outItem{start: words[i].Start, word: &words[i]})
	}
	if kinds&(EventPhonemes|EventVisemes) != 0 {
		pos := 0
		for _, seg := range pp.ph.Segments {
			a, b := pos, pos+seg.Samples
			pos = b
			if kinds&EventPhonemes != 0 && seg.Phone != phone.Sil {
				e := ev(EventPhoneme, arpabet(seg.Phone, seg.Stress), a, b)
				items = append(items, outItem{start: e.Start, ev: e})
			}
			if kinds&EventVisemes != 0 {
				v := seg.Phone.Viseme()
				e := ev(EventViseme, v.String(), a, b)
				e.Viseme = v
				items = append(items, outItem{start: e.Start, ev: e})
			}
		}
	}
	slices.SortStableFunc(items, func(x, y outItem) int { return cmp.Compare(x.start, y.start) })
	for i := range items {
		var err error
		if it := &items[i]; it.word != nil {
			err = r.out.sink.Word(*it.word)
		} else {
			err = es.Event(it.ev)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// arpabet names a phone in CMUdict's ARPAbet (AX is AH), with its stress on a vowel.
func arpabet(p phone.Phone, stress uint8) string {
	name := p.String()
	if p == phone.AX {
		name = "AH"
	}
	if p.IsVowel() {
		return name + string(rune('0'+min(stress, 2)))
	}
	return name
}

// placeMarks places the sentence's marks that fall in ph, whose first word is the sentence's
// word first: a mark before a word at the word's start, a mark after the last word (last phrase
// only) at that word's end.
func placeMarks(s sentence, ph *prosody.Phrase, first int, last bool) []markPos {
	var out []markPos
	for _, m := range s.marks {
		switch j := m.Word - first; {
		case j >= 0 && j < len(ph.Words):
			out = append(out, markPos{name: m.Name, pos: ph.Words[j].Start})
		case last && m.Word >= len(s.Words):
			pos := ph.Samples()
			if n := len(ph.Words); n > 0 {
				pos = ph.Words[n-1].End
			}
			out = append(out, markPos{name: m.Name, pos: pos})
		}
	}
	return out
}
