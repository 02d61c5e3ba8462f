package prosody

import (
	"encoding/binary"
	"errors"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
)

// fuzzWords builds words from raw bytes: each byte is a phone (mod the inventory, Sil skipped),
// 0xFF ends a word, and the following byte picks its break, stress pattern and flags.
func fuzzWords(data []byte) []Word {
	var ws []Word
	var phones []phone.Phone
	var stress []uint8
	for i := 0; i < len(data); i++ {
		b := data[i]
		if b != 0xFF {
			p := phone.Phone(1 + int(b)%(phone.Count-1))
			phones = append(phones, p)
			stress = append(stress, uint8(b/64)%3)
			continue
		}
		var flags byte
		if i+1 < len(data) {
			i++
			flags = data[i]
		}
		if len(phones) > 0 {
			w := Word{
				Text:     string(rune('a' + len(ws)%26)),
				Pron:     phone.Syllabify(phones, stress),
				Break:    text.Break(flags % 5),
				Emphasis: flags&0x08 != 0,
				Function: flags&0x10 != 0,
				Letter:   flags&0x20 != 0,
			}
			ws = append(ws, w)
		}
		phones, stress = nil, nil
	}
	if len(phones) > 0 {
		ws = append(ws, Word{Text: "z", Pron: phone.Syllabify(phones, stress)})
	}
	return ws
}

func FuzzPlan(f *testing.F) {
	f.Add([]byte{25, 2, 34, 0xFF, 0, 20, 6, 0xFF, 1, 28, 2, 34}, uint8(0), uint16(16000), uint8(40), int8(0), uint8(10), uint64(1))
	f.Add([]byte{33, 34, 31, 12, 34, 0xFF, 0x18, 1, 0xFF, 2}, uint8(1), uint16(8000), uint8(160), int8(12), uint8(40), uint64(7))
	f.Add([]byte{17, 7, 0xFF, 0x20, 17, 7, 0xFF, 0x23, 17, 7}, uint8(3), uint16(1000), uint8(10), int8(-12), uint8(0), uint64(0))
	long := make([]byte, 0, 200)
	for i := 0; i < 40; i++ {
		long = append(long, byte(17+i%20), byte(1+i%16), 0xFF, byte(i%3)*0x10)
	}
	f.Add(long, uint8(2), uint16(22050), uint8(100), int8(3), uint8(20), uint64(99))
	f.Add(long, uint8(1), uint16(16000), uint8(40), int8(0), uint8(10), uint64(0x10063))
	f.Add([]byte{25, 2, 34, 0xFF, 1, 20, 6, 0xFF, 3, 28, 2, 34}, uint8(1), uint16(1000), uint8(160), int8(0), uint8(10), uint64(0x10001))
	f.Fuzz(func(t *testing.T, data []byte, kind uint8, sr uint16, rate uint8, shift int8, rangeScale uint8, seed uint64) {
		ws := fuzzWords(data)
		o := Options{
			SampleRate:     int(sr),
			Rate:           float64(rate) / 40,
			PitchSemitones: float64(shift),
			RangeScale:     float64(rangeScale) / 10,
			Seed:           seed,
		}
		v := Voice{BaseHz: 40 + float64(binary.LittleEndian.Uint16([]byte{byte(seed), byte(seed >> 8)})%461), RangeSemitones: float64(seed>>16) / float64(1<<48) * 24}
		if seed&0x10000 != 0 {
			// The trained models: durations by kal's statistics, intonation by the trees and
			// regression tables.
			v.Durations, v.Intonation = "kal", IntonationModel
		}
		ps, err := Plan(ws, text.Kind(kind%5), v, o)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error not wrapping ErrInvalid: %v", err)
			}
			return
		}
		if len(ws) == 0 {
			if len(ps) != 0 {
				t.Fatalf("%d phrases for no words", len(ps))
			}
			return
		}
		checkInvariants(t, ps, len(ws))
		nseg := 0
		for i := range ps {
			for _, s := range ps[i].Segments {
				if s.Phone != phone.Sil {
					nseg++
				}
			}
			_ = ps[i].String()
		}
		want := 0
		for _, w := range ws {
			want += len(w.Pron.Phones())
		}
		if nseg != want {
			t.Fatalf("%d speech segments for %d phones", nseg, want)
		}
	})
}

func BenchmarkPlan(b *testing.B) {
	ws := words(b, "we saw a big dog, and a small bird in the park yesterday morning with my friend from school who lives near the river.")
	o := Options{SampleRate: 24000, Seed: 1}
	var samples int
	b.ReportAllocs()
	for b.Loop() {
		ps, err := Plan(ws, text.Statement, male, o)
		if err != nil {
			b.Fatal(err)
		}
		samples = totalSamples(ps)
	}
	// Seconds of speech planned per second of CPU.
	perOp := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(samples)/float64(o.SampleRate)/perOp, "xRT")
}
