package hts

import (
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// Festival 2.5's labels for "Hello world." with this voice (hts_feats_output_string), the
// engine's exact input.
const festivalHelloWorld = `x^x-pau+hh=ax@x_x/A:0_0_0/B:x-x-x@x-x&x-x#x-x$x-x!x-x;x-x|x/C:0+0+2/D:0_0/E:x+x@x+x&x+x#x+x/F:content_2/G:0_0/H:x=x@1=1|0/I:3=2/J:3+2-1
x^pau-hh+ax=l@1_2/A:0_0_0/B:0-0-2@1-2&1-3#1-3$1-3!0-1;0-1|ax/C:1+1+2/D:0_0/E:content+2@1+2&0+1#0+1/F:content_1/G:0_0/H:3=2@1=1|L-L%/I:0=0/J:3+2-1
pau^hh-ax+l=ow@2_1/A:0_0_0/B:0-0-2@1-2&1-3#1-3$1-3!0-1;0-1|ax/C:1+1+2/D:0_0/E:content+2@1+2&0+1#0+1/F:content_1/G:0_0/H:3=2@1=1|L-L%/I:0=0/J:3+2-1
hh^ax-l+ow=w@1_2/A:0_0_2/B:1-1-2@2-1&2-2#1-2$1-2!0-1;0-1|ow/C:1+1+4/D:0_0/E:content+2@1+2&0+1#0+1/F:content_1/G:0_0/H:3=2@1=1|L-L%/I:0=0/J:3+2-1
ax^l-ow+w=er@2_1/A:0_0_2/B:1-1-2@2-1&2-2#1-2$1-2!0-1;0-1|ow/C:1+1+4/D:0_0/E:content+2@1+2&0+1#0+1/F:content_1/G:0_0/H:3=2@1=1|L-L%/I:0=0/J:3+2-1
l^ow-w+er=l@1_4/A:1_1_2/B:1-1-4@1-1&3-1#2-1$2-1!1-0;1-0|er/C:0+0+0/D:content_2/E:content+1@2+1&1+0#1+0/F:0_0/G:0_0/H:3=2@1=1|L-L%/I:0=0/J:3+2-1
ow^w-er+l=d@2_3/A:1_1_2/B:1-1-4@1-1&3-1#2-1$2-1!1-0;1-0|er/C:0+0+0/D:content_2/E:content+1@2+1&1+0#1+0/F:0_0/G:0_0/H:3=2@1=1|L-L%/I:0=0/J:3+2-1
w^er-l+d=pau@3_2/A:1_1_2/B:1-1-4@1-1&3-1#2-1$2-1!1-0;1-0|er/C:0+0+0/D:content_2/E:content+1@2+1&1+0#1+0/F:0_0/G:0_0/H:3=2@1=1|L-L%/I:0=0/J:3+2-1
er^l-d+pau=x@4_1/A:1_1_2/B:1-1-4@1-1&3-1#2-1$2-1!1-0;1-0|er/C:0+0+0/D:content_2/E:content+1@2+1&1+0#1+0/F:0_0/G:0_0/H:3=2@1=1|L-L%/I:0=0/J:3+2-1
l^d-pau+x=x@x_x/A:1_1_4/B:x-x-x@x-x&x-x#x-x$x-x!x-x;x-x|x/C:0+0+0/D:content_1/E:x+x@x+x&x+x#x+x/F:0_0/G:3_2/H:x=x@1=1|0/I:0=0/J:3+2-1`

// seg is a 100 ms segment whose spoken and lexical stress are both stress; flags: w word start,
// s syllable start, * accent.
func seg(p phone.Phone, stress uint8, flags string) prosody.Segment {
	return spokenSeg(p, stress, stress, flags)
}

// spokenSeg is seg with a spoken stress that differs from the lexicon's.
func spokenSeg(p phone.Phone, stress, lexical uint8, flags string) prosody.Segment {
	return prosody.Segment{Phone: p, Stress: stress, Lexical: lexical, Samples: 1600, WordStart: strings.Contains(flags, "w"),
		SyllableStart: strings.Contains(flags, "s"), Accent: strings.Contains(flags, "*")}
}

// helloWorld is the phrase our front end gives for "Hello world." with Festival's accents
// (both stressed syllables accented), falling at the end.
func helloWorld() *prosody.Phrase {
	return &prosody.Phrase{
		Segments: []prosody.Segment{
			seg(phone.Sil, 0, ""),
			seg(phone.HH, 0, "ws"), seg(phone.AH, 0, ""),
			seg(phone.L, 1, "s"), seg(phone.OW, 1, "*"),
			seg(phone.W, 1, "ws"), seg(phone.ER, 1, "*"), seg(phone.L, 1, ""), seg(phone.D, 1, ""),
			seg(phone.Sil, 0, ""),
		},
		F0:    []prosody.Point{{Pos: 0, Hz: 180}, {Pos: 16000, Hz: 150}},
		Words: []prosody.WordSpan{{Text: "Hello"}, {Text: "world."}},
	}
}

func TestLabelsMatchFestival(t *testing.T) {
	sameLabels(t, buildUtterance(helloWorld()).labels(), festivalHelloWorld)
}

// sameLabels compares labels with Festival's, one a line.
func sameLabels(t *testing.T, got []string, festival string) {
	t.Helper()
	want := strings.Split(festival, "\n")
	if len(got) != len(want) {
		t.Fatalf("%d labels, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("label %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
}

// Festival 2.5's labels for "Read this book." with this voice: "this" is a function word (det)
// without an accent, and its syllable is stressed (B:1-0-3), as the lexicon has it.
const festivalReadThisBook = `x^x-pau+r=iy@x_x/A:0_0_0/B:x-x-x@x-x&x-x#x-x$x-x!x-x;x-x|x/C:1+1+3/D:0_0/E:x+x@x+x&x+x#x+x/F:content_1/G:0_0/H:x=x@1=1|0/I:3=3/J:3+3-1
x^pau-r+iy=d@1_3/A:0_0_0/B:1-1-3@1-1&1-3#1-3$1-2!0-1;0-2|iy/C:1+0+3/D:0_0/E:content+1@1+3&0+1#0+2/F:det_1/G:0_0/H:3=3@1=1|L-L%/I:0=0/J:3+3-1
pau^r-iy+d=dh@2_2/A:0_0_0/B:1-1-3@1-1&1-3#1-3$1-2!0-1;0-2|iy/C:1+0+3/D:0_0/E:content+1@1+3&0+1#0+2/F:det_1/G:0_0/H:3=3@1=1|L-L%/I:0=0/J:3+3-1
r^iy-d+dh=ih@3_1/A:0_0_0/B:1-1-3@1-1&1-3#1-3$1-2!0-1;0-2|iy/C:1+0+3/D:0_0/E:content+1@1+3&0+1#0+2/F:det_1/G:0_0/H:3=3@1=1|L-L%/I:0=0/J:3+3-1
iy^d-dh+ih=s@1_3/A:1_1_3/B:1-0-3@1-1&2-2#1-2$1-2!1-1;1-1|ih/C:1+1+3/D:content_1/E:det+1@2+2&1+1#1+1/F:content_1/G:0_0/H:3=3@1=1|L-L%/I:0=0/J:3+3-1
d^dh-ih+s=b@2_2/A:1_1_3/B:1-0-3@1-1&2-2#1-2$1-2!1-1;1-1|ih/C:1+1+3/D:content_1/E:det+1@2+2&1+1#1+1/F:content_1/G:0_0/H:3=3@1=1|L-L%/I:0=0/J:3+3-1
dh^ih-s+b=uh@3_1/A:1_1_3/B:1-0-3@1-1&2-2#1-2$1-2!1-1;1-1|ih/C:1+1+3/D:content_1/E:det+1@2+2&1+1#1+1/F:content_1/G:0_0/H:3=3@1=1|L-L%/I:0=0/J:3+3-1
ih^s-b+uh=k@1_3/A:1_0_3/B:1-1-3@1-1&3-1#2-1$1-1!1-0;2-0|uh/C:0+0+0/D:det_1/E:content+1@3+1&1+0#2+0/F:0_0/G:0_0/H:3=3@1=1|L-L%/I:0=0/J:3+3-1
s^b-uh+k=pau@2_2/A:1_0_3/B:1-1-3@1-1&3-1#2-1$1-1!1-0;2-0|uh/C:0+0+0/D:det_1/E:content+1@3+1&1+0#2+0/F:0_0/G:0_0/H:3=3@1=1|L-L%/I:0=0/J:3+3-1
b^uh-k+pau=x@3_1/A:1_0_3/B:1-1-3@1-1&3-1#2-1$1-1!1-0;2-0|uh/C:0+0+0/D:det_1/E:content+1@3+1&1+0#2+0/F:0_0/G:0_0/H:3=3@1=1|L-L%/I:0=0/J:3+3-1
uh^k-pau+x=x@x_x/A:1_1_3/B:x-x-x@x-x&x-x#x-x$x-x!x-x;x-x|x/C:0+0+0/D:content_1/E:x+x@x+x&x+x#x+x/F:0_0/G:3_3/H:x=x@1=1|0/I:0=0/J:3+3-1`

// TestLabelsTakeLexicalStress: the labels' stress is the lexicon's, as Festival's, also for a
// function word the planner speaks unstressed ("this" below: Stress 0, Lexical 1).
func TestLabelsTakeLexicalStress(t *testing.T) {
	ph := &prosody.Phrase{
		Segments: []prosody.Segment{
			spokenSeg(phone.Sil, 0, 0, ""),
			spokenSeg(phone.R, 1, 1, "ws"), spokenSeg(phone.IY, 1, 1, "*"), spokenSeg(phone.D, 1, 1, ""),
			spokenSeg(phone.DH, 0, 1, "ws"), spokenSeg(phone.IH, 0, 1, ""), spokenSeg(phone.S, 0, 1, ""),
			spokenSeg(phone.B, 1, 1, "ws"), spokenSeg(phone.UH, 1, 1, "*"), spokenSeg(phone.K, 1, 1, ""),
			spokenSeg(phone.Sil, 0, 0, ""),
		},
		F0:    []prosody.Point{{Pos: 0, Hz: 180}, {Pos: 16000, Hz: 150}},
		Words: []prosody.WordSpan{{Text: "Read"}, {Text: "this"}, {Text: "book."}},
	}
	sameLabels(t, buildUtterance(ph).labels(), festivalReadThisBook)
}

// Festival 2.5's labels for "The sun rose, and the birds sang." with this voice: two phrases,
// with a pause between them.
const festivalSunRose = `x^x-pau+dh=ax@x_x/A:0_0_0/B:x-x-x@x-x&x-x#x-x$x-x!x-x;x-x|x/C:0+0+2/D:0_0/E:x+x@x+x&x+x#x+x/F:det_1/G:0_0/H:x=x@1=2|0/I:3=3/J:7+7-2
x^pau-dh+ax=s@1_2/A:0_0_0/B:0-0-2@1-1&1-3#1-3$1-3!0-1;0-1|ax/C:1+1+3/D:0_0/E:det+1@1+3&0+2#0+1/F:content_1/G:0_0/H:3=3@1=2|L-H%/I:4=4/J:7+7-2
pau^dh-ax+s=ah@2_1/A:0_0_0/B:0-0-2@1-1&1-3#1-3$1-3!0-1;0-1|ax/C:1+1+3/D:0_0/E:det+1@1+3&0+2#0+1/F:content_1/G:0_0/H:3=3@1=2|L-H%/I:4=4/J:7+7-2
dh^ax-s+ah=n@1_3/A:0_0_2/B:1-1-3@1-1&2-2#1-2$1-2!0-1;0-1|ah/C:1+1+3/D:det_1/E:content+1@2+2&0+1#0+1/F:content_1/G:0_0/H:3=3@1=2|L-H%/I:4=4/J:7+7-2
ax^s-ah+n=r@2_2/A:0_0_2/B:1-1-3@1-1&2-2#1-2$1-2!0-1;0-1|ah/C:1+1+3/D:det_1/E:content+1@2+2&0+1#0+1/F:content_1/G:0_0/H:3=3@1=2|L-H%/I:4=4/J:7+7-2
s^ah-n+r=ow@3_1/A:0_0_2/B:1-1-3@1-1&2-2#1-2$1-2!0-1;0-1|ah/C:1+1+3/D:det_1/E:content+1@2+2&0+1#0+1/F:content_1/G:0_0/H:3=3@1=2|L-H%/I:4=4/J:7+7-2
ah^n-r+ow=z@1_3/A:1_1_3/B:1-1-3@1-1&3-1#2-1$2-1!1-0;1-0|ow/C:1+0+3/D:content_1/E:content+1@3+1&1+0#1+0/F:cc_1/G:0_0/H:3=3@1=2|L-H%/I:4=4/J:7+7-2
n^r-ow+z=pau@2_2/A:1_1_3/B:1-1-3@1-1&3-1#2-1$2-1!1-0;1-0|ow/C:1+0+3/D:content_1/E:content+1@3+1&1+0#1+0/F:cc_1/G:0_0/H:3=3@1=2|L-H%/I:4=4/J:7+7-2
r^ow-z+pau=ae@3_1/A:1_1_3/B:1-1-3@1-1&3-1#2-1$2-1!1-0;1-0|ow/C:1+0+3/D:content_1/E:content+1@3+1&1+0#1+0/F:cc_1/G:0_0/H:3=3@1=2|L-H%/I:4=4/J:7+7-2
ow^z-pau+ae=n@x_x/A:1_1_3/B:x-x-x@x-x&x-x#x-x$x-x!x-x;x-x|x/C:1+0+3/D:content_1/E:x+x@x+x&x+x#x+x/F:cc_1/G:3_3/H:x=x@1=2|0/I:4=4/J:7+7-2
z^pau-ae+n=d@1_3/A:1_1_3/B:1-0-3@1-1&1-4#1-3$1-3!0-2;0-2|ae/C:0+0+2/D:content_1/E:cc+1@1+4&0+2#0+2/F:det_1/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
pau^ae-n+d=dh@2_2/A:1_1_3/B:1-0-3@1-1&1-4#1-3$1-3!0-2;0-2|ae/C:0+0+2/D:content_1/E:cc+1@1+4&0+2#0+2/F:det_1/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
ae^n-d+dh=ax@3_1/A:1_1_3/B:1-0-3@1-1&1-4#1-3$1-3!0-2;0-2|ae/C:0+0+2/D:content_1/E:cc+1@1+4&0+2#0+2/F:det_1/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
n^d-dh+ax=b@1_2/A:1_0_3/B:0-0-2@1-1&2-3#1-3$1-3!1-1;0-1|ax/C:1+1+4/D:cc_1/E:det+1@2+3&0+2#0+1/F:content_1/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
d^dh-ax+b=er@2_1/A:1_0_3/B:0-0-2@1-1&2-3#1-3$1-3!1-1;0-1|ax/C:1+1+4/D:cc_1/E:det+1@2+3&0+2#0+1/F:content_1/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
dh^ax-b+er=d@1_4/A:0_0_2/B:1-1-4@1-1&3-2#1-2$1-2!2-1;0-1|er/C:1+1+3/D:det_1/E:content+1@3+2&0+1#0+1/F:content_1/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
ax^b-er+d=z@2_3/A:0_0_2/B:1-1-4@1-1&3-2#1-2$1-2!2-1;0-1|er/C:1+1+3/D:det_1/E:content+1@3+2&0+1#0+1/F:content_1/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
b^er-d+z=s@3_2/A:0_0_2/B:1-1-4@1-1&3-2#1-2$1-2!2-1;0-1|er/C:1+1+3/D:det_1/E:content+1@3+2&0+1#0+1/F:content_1/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
er^d-z+s=ae@4_1/A:0_0_2/B:1-1-4@1-1&3-2#1-2$1-2!2-1;0-1|er/C:1+1+3/D:det_1/E:content+1@3+2&0+1#0+1/F:content_1/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
d^z-s+ae=ng@1_3/A:1_1_4/B:1-1-3@1-1&4-1#2-1$2-1!1-0;1-0|ae/C:0+0+0/D:content_1/E:content+1@4+1&1+0#1+0/F:0_0/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
z^s-ae+ng=pau@2_2/A:1_1_4/B:1-1-3@1-1&4-1#2-1$2-1!1-0;1-0|ae/C:0+0+0/D:content_1/E:content+1@4+1&1+0#1+0/F:0_0/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
s^ae-ng+pau=x@3_1/A:1_1_4/B:1-1-3@1-1&4-1#2-1$2-1!1-0;1-0|ae/C:0+0+0/D:content_1/E:content+1@4+1&1+0#1+0/F:0_0/G:3_3/H:4=4@2=1|L-L%/I:0=0/J:7+7-2
ae^ng-pau+x=x@x_x/A:1_1_3/B:x-x-x@x-x&x-x#x-x$x-x!x-x;x-x|x/C:0+0+0/D:content_1/E:x+x@x+x&x+x#x+x/F:0_0/G:4_4/H:x=x@1=2|0/I:0=0/J:7+7-2`

// TestLabelsPlacePhraseInSentence: with the sentence context the planner gives, each phrase's
// labels carry the previous and next phrase's sizes (G, I), the phrase's place in the sentence
// (H) and the sentence's totals (J) as Festival's do, pauses included. (Across the phrase
// boundary, the neighbouring syllable and word fields A, C, D and F are not compared: the
// vocoder sees one phrase.)
// sunRose is "The sun rose, and the birds sang." as our planner gives it with Festival's accents
// and tones: two phrases, linked, the first after the request's leading silence when lead is set.
func sunRose(lead bool) (first, second *prosody.Phrase) {
	first = &prosody.Phrase{
		Segments: []prosody.Segment{
			seg(phone.DH, 0, "ws"), seg(phone.AX, 0, ""),
			seg(phone.S, 1, "ws"), seg(phone.AH, 1, "*"), seg(phone.N, 1, ""),
			seg(phone.R, 1, "ws"), seg(phone.OW, 1, "*"), seg(phone.Z, 1, ""),
			seg(phone.Sil, 0, ""),
		},
		// A continuation rise on the last syllable: L-H%, as Festival's tone tree puts there.
		F0:       []prosody.Point{{Pos: 0, Hz: 180}, {Pos: 9600, Hz: 170}, {Pos: 14400, Hz: 220}},
		EndTone:  "L-H%",
		Words:    []prosody.WordSpan{{Text: "The"}, {Text: "sun"}, {Text: "rose,"}},
		Sentence: prosody.SentenceContext{Index: 0, Count: 2, Syllables: 7, Words: 7, NextSyllables: 4, NextWords: 4},
	}
	if lead {
		first.PrependSilence(1600)
	}
	second = &prosody.Phrase{
		Segments: []prosody.Segment{
			seg(phone.AE, 1, "ws"), seg(phone.N, 1, ""), seg(phone.D, 1, ""),
			seg(phone.DH, 0, "ws"), seg(phone.AX, 0, ""),
			seg(phone.B, 1, "ws"), seg(phone.ER, 1, "*"), seg(phone.D, 1, ""), seg(phone.Z, 1, ""),
			seg(phone.S, 1, "ws"), seg(phone.AE, 1, "*"), seg(phone.NG, 1, ""),
			seg(phone.Sil, 0, ""),
		},
		F0:       []prosody.Point{{Pos: 0, Hz: 190}, {Pos: 19200, Hz: 150}},
		EndTone:  "L-L%",
		Words:    []prosody.WordSpan{{Text: "and"}, {Text: "the"}, {Text: "birds"}, {Text: "sang."}},
		Sentence: prosody.SentenceContext{Index: 1, Count: 2, Syllables: 7, Words: 7, PrevSyllables: 3, PrevWords: 3},
	}
	first.Sentence.Next, second.Sentence.Prev = second, first
	return first, second
}

func TestLabelsPlacePhraseInSentence(t *testing.T) {
	first, second := sunRose(true)
	// Whole labels: the phones two either side, and the neighbouring syllable (A, C) and word
	// (D, F), reach across the boundary into the other phrase, as Festival's do.
	sameLabels(t, append(buildUtterance(first).labels(), buildUtterance(second).labels()...), festivalSunRose)
}

// A sentence's first phrase without the leading silence (every sentence after a request's
// first: the pause before it ends the previous sentence's last phrase) still reads a pause
// before its first phone, as Festival's labels of a sentence do.
func TestSentenceStartReadsPause(t *testing.T) {
	first, second := sunRose(false)
	want := festivalSunRose[strings.Index(festivalSunRose, "\n")+1:] // without the leading pau
	sameLabels(t, append(buildUtterance(first).labels(), buildUtterance(second).labels()...), want)
}

// festivalToHim is Festival 2.5's labels for "I gave it to him." with the slt voice: its accent
// tree puts H* on "I", "gave" and "it", and its tone tree L-L% on "him", which has no accent
// but counts as accented (B:1-1-3): Festival's "accented" is any intonation event.
const festivalToHim = `x^x-pau+ay=g@x_x/A:0_0_0/B:x-x-x@x-x&x-x#x-x$x-x!x-x;x-x|x/C:1+1+1/D:0_0/E:x+x@x+x&x+x#x+x/F:content_1/G:0_0/H:x=x@1=1|0/I:5=5/J:5+5-1
x^pau-ay+g=ey@1_1/A:0_0_0/B:1-1-1@1-1&1-5#1-4$1-4!0-1;0-1|ay/C:1+1+3/D:0_0/E:content+1@1+5&0+3#0+1/F:content_1/G:0_0/H:5=5@1=1|L-L%/I:0=0/J:5+5-1
pau^ay-g+ey=v@1_3/A:1_1_1/B:1-1-3@1-1&2-4#1-3$1-3!1-1;1-1|ey/C:1+1+2/D:content_1/E:content+1@2+4&1+2#1+1/F:content_1/G:0_0/H:5=5@1=1|L-L%/I:0=0/J:5+5-1
ay^g-ey+v=ih@2_2/A:1_1_1/B:1-1-3@1-1&2-4#1-3$1-3!1-1;1-1|ey/C:1+1+2/D:content_1/E:content+1@2+4&1+2#1+1/F:content_1/G:0_0/H:5=5@1=1|L-L%/I:0=0/J:5+5-1
g^ey-v+ih=t@3_1/A:1_1_1/B:1-1-3@1-1&2-4#1-3$1-3!1-1;1-1|ey/C:1+1+2/D:content_1/E:content+1@2+4&1+2#1+1/F:content_1/G:0_0/H:5=5@1=1|L-L%/I:0=0/J:5+5-1
ey^v-ih+t=t@1_2/A:1_1_3/B:1-1-2@1-1&3-3#2-2$2-2!1-2;1-2|ih/C:0+0+2/D:content_1/E:content+1@3+3&2+1#1+2/F:to_1/G:0_0/H:5=5@1=1|L-L%/I:0=0/J:5+5-1
v^ih-t+t=ax@2_1/A:1_1_3/B:1-1-2@1-1&3-3#2-2$2-2!1-2;1-2|ih/C:0+0+2/D:content_1/E:content+1@3+3&2+1#1+2/F:to_1/G:0_0/H:5=5@1=1|L-L%/I:0=0/J:5+5-1
ih^t-t+ax=hh@1_2/A:1_1_2/B:0-0-2@1-1&4-2#3-2$3-2!1-1;1-1|ax/C:1+1+3/D:content_1/E:to+1@4+2&3+1#1+1/F:content_1/G:0_0/H:5=5@1=1|L-L%/I:0=0/J:5+5-1
t^t-ax+hh=ih@2_1/A:1_1_2/B:0-0-2@1-1&4-2#3-2$3-2!1-1;1-1|ax/C:1+1+3/D:content_1/E:to+1@4+2&3+1#1+1/F:content_1/G:0_0/H:5=5@1=1|L-L%/I:0=0/J:5+5-1
t^ax-hh+ih=m@1_3/A:0_0_2/B:1-1-3@1-1&5-1#3-1$3-1!2-0;2-0|ih/C:0+0+0/D:to_1/E:content+1@5+1&3+0#2+0/F:0_0/G:0_0/H:5=5@1=1|L-L%/I:0=0/J:5+5-1
ax^hh-ih+m=pau@2_2/A:0_0_2/B:1-1-3@1-1&5-1#3-1$3-1!2-0;2-0|ih/C:0+0+0/D:to_1/E:content+1@5+1&3+0#2+0/F:0_0/G:0_0/H:5=5@1=1|L-L%/I:0=0/J:5+5-1
hh^ih-m+pau=x@3_1/A:0_0_2/B:1-1-3@1-1&5-1#3-1$3-1!2-0;2-0|ih/C:0+0+0/D:to_1/E:content+1@5+1&3+0#2+0/F:0_0/G:0_0/H:5=5@1=1|L-L%/I:0=0/J:5+5-1
ih^m-pau+x=x@x_x/A:1_1_3/B:x-x-x@x-x&x-x#x-x$x-x!x-x;x-x|x/C:0+0+0/D:content_1/E:x+x@x+x&x+x#x+x/F:0_0/G:5_5/H:x=x@1=1|0/I:0=0/J:5+5-1`

// TestLabelsTakePlannedEndTone: a phrase whose planner named its end tone (the tone tree) is
// labelled with it, whatever its contour does, and the tone makes its syllable accented.
func TestLabelsTakePlannedEndTone(t *testing.T) {
	ph := &prosody.Phrase{
		Segments: []prosody.Segment{
			seg(phone.Sil, 0, ""),
			seg(phone.AY, 1, "ws*"),
			seg(phone.G, 1, "ws"), seg(phone.EY, 1, "*"), seg(phone.V, 1, ""),
			seg(phone.IH, 1, "ws*"), seg(phone.T, 1, ""),
			seg(phone.T, 0, "ws"), seg(phone.AX, 0, ""),
			seg(phone.HH, 1, "ws"), seg(phone.IH, 1, ""), seg(phone.M, 1, ""),
			seg(phone.Sil, 0, ""),
		},
		// A contour that rises at the end, which without a planned tone reads as L-H%.
		F0:      []prosody.Point{{Pos: 0, Hz: 180}, {Pos: 14400, Hz: 160}, {Pos: 19200, Hz: 230}},
		Words:   []prosody.WordSpan{{Text: "I"}, {Text: "gave"}, {Text: "it"}, {Text: "to"}, {Text: "him."}},
		EndTone: "L-L%",
	}
	sameLabels(t, buildUtterance(ph).labels(), festivalToHim)
}

func TestLabelEndToneAndPauses(t *testing.T) {
	ph := helloWorld()
	ph.F0 = []prosody.Point{{Pos: 0, Hz: 150}, {Pos: 8000, Hz: 150}, {Pos: 14400, Hz: 220}}
	// Two silent segments in a row make one pause; a zero-length phone is not spoken.
	ph.Segments = append(ph.Segments, prosody.Segment{Phone: phone.Sil, Samples: 10}, prosody.Segment{Phone: phone.T, Samples: 0})
	u := buildUtterance(ph)
	if u.endTone != "L-H%" {
		t.Errorf("rising end: tone %s, want L-H%%", u.endTone)
	}
	if len(u.labs) != 10 || u.labs[9].samples != 1610 {
		t.Errorf("units %d, last pause %d samples; want 10 units, pauses merged (1610)", len(u.labs), u.labs[len(u.labs)-1].samples)
	}
	if l := u.labels()[4]; !strings.Contains(l, "|L-H%/") {
		t.Errorf("label %s lacks the end tone", l)
	}
}

func TestGuessPOS(t *testing.T) {
	for w, want := range map[string]string{
		"the": "det", "The": "det", "of": "in", "that": "in", "to": "to", "will": "md", "and": "cc",
		"who": "wp", "its": "pps", "was": "aux", "it": "content", "canoe": "content", "and,": "cc",
	} {
		if got := gpos(w); got != want {
			t.Errorf("gpos(%q) = %s, want %s", w, got, want)
		}
	}
}
