package server

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/encode"
	"github.com/chorus-tts/chorus/internal/testkit"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
)

// TestFileEncodings streams each file encoding over a real gRPC connection: the format message
// names it, chunks are in sample order, and the chunks, concatenated, are the file package
// encode makes of the in-process render (byte for byte for FLAC and MP3, which are
// deterministic; Ogg gives each stream a random serial number, so Opus is checked as a complete
// Ogg stream: OpusHead first, end-of-stream flag on the last page).
func TestFileEncodings(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	const text = "Testing one two three, and a little more to fill a few frames."
	want, _, sum := render(t, synth.Request{Parts: []synth.Part{{Text: text}}})
	for _, tc := range []struct {
		enc chorusv1.AudioEncoding
		f   encode.Format
	}{
		{chorusv1.AudioEncoding_AUDIO_ENCODING_FLAC, encode.FLAC},
		{chorusv1.AudioEncoding_AUDIO_ENCODING_OGG_OPUS, encode.Opus},
		{chorusv1.AudioEncoding_AUDIO_ENCODING_MP3, encode.MP3},
	} {
		t.Run(string(tc.f), func(t *testing.T) {
			req := textRequest(text)
			req.Audio = &chorusv1.AudioConfig{Encoding: tc.enc, ChunkDurationMs: 50}
			r, err := collect(context.Background(), api, req)
			if err != nil {
				t.Fatal(err)
			}
			if r.format.GetEncoding() != tc.enc || int(r.format.GetSampleRateHertz()) != sum.SampleRate {
				t.Errorf("format %v at %d Hz, want %v at %d", r.format.GetEncoding(), r.format.GetSampleRateHertz(), tc.enc, sum.SampleRate)
			}
			if len(r.chunks) < 3 {
				t.Fatalf("%d chunks: the file did not stream", len(r.chunks))
			}
			var prev int64 = -1
			for i, c := range r.chunks {
				if len(c.GetAudio()) == 0 {
					t.Errorf("chunk %d is empty", i)
				}
				if c.GetStartSample() <= prev || c.GetStartSample() > sum.Samples {
					t.Errorf("chunk %d starts at sample %d after %d (of %d)", i, c.GetStartSample(), prev, sum.Samples)
				}
				prev = c.GetStartSample()
			}
			got := r.bytes()
			if tc.f == encode.Opus {
				checkOgg(t, got)
				return
			}
			var b bytes.Buffer
			e, err := encode.New(&b, tc.f, sum.SampleRate, encode.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := e.Write(want); err != nil {
				t.Fatal(err)
			}
			if err := e.Close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, b.Bytes()) {
				t.Errorf("streamed %d bytes, not the %d bytes of the in-process render encoded", len(got), b.Len())
			}
		})
	}
}

// checkOgg checks that b is a sequence of whole Ogg pages of one Opus stream, the first holding
// OpusHead, the last flagged end of stream.
func checkOgg(t *testing.T, b []byte) {
	t.Helper()
	var pages int
	var last byte
	for len(b) > 0 {
		if len(b) < 27 || string(b[:4]) != "OggS" {
			t.Fatalf("page %d: no Ogg page header", pages)
		}
		nseg := int(b[26])
		if len(b) < 27+nseg {
			t.Fatalf("page %d: truncated segment table", pages)
		}
		size := 27 + nseg
		for _, l := range b[27 : 27+nseg] {
			size += int(l)
		}
		if len(b) < size {
			t.Fatalf("page %d: %d bytes of %d", pages, len(b), size)
		}
		if pages == 0 && !bytes.HasPrefix(b[27+nseg:], []byte("OpusHead")) {
			t.Errorf("first page does not hold OpusHead")
		}
		last = b[5]
		b = b[size:]
		pages++
	}
	if last&4 == 0 {
		t.Errorf("the last of %d pages is not flagged end of stream", pages)
	}
}

func TestFileEncodingNames(t *testing.T) {
	for e := range chorusv1.AudioEncoding_name {
		enc := chorusv1.AudioEncoding(e)
		_, file := fileFormatFromProto(enc)
		_, err := encodingFromProto(enc)
		if file == (err == nil) {
			t.Errorf("%v: file encoding %v, sample encoding error %v: exactly one must take it", enc, file, err)
		}
	}
	j := &job{file: encode.MP3}
	if got := j.protoEncoding(); got != chorusv1.AudioEncoding_AUDIO_ENCODING_MP3 {
		t.Errorf("protoEncoding of an MP3 job = %v", got)
	}
}

// TestStreamFileEncodings: StreamingSynthesize writes the file encodings as Synthesize does, one
// file over the whole stream (a Flush does not end it): FLAC and MP3 byte for byte equal to
// Synthesize's file for the same text cut at sentence boundaries; Opus whole Ogg pages ending
// the stream.
func TestStreamFileEncodings(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	for _, enc := range []chorusv1.AudioEncoding{
		chorusv1.AudioEncoding_AUDIO_ENCODING_FLAC,
		chorusv1.AudioEncoding_AUDIO_ENCODING_OGG_OPUS,
		chorusv1.AudioEncoding_AUDIO_ENCODING_MP3,
	} {
		t.Run(enc.String(), func(t *testing.T) {
			audio := &chorusv1.AudioConfig{Encoding: enc}
			req := textRequest(strings.Join(threeSentences, ""))
			req.Audio = audio
			want, err := collect(ctx, api, req)
			if err != nil {
				t.Fatal(err)
			}
			msgs := texts(threeSentences...)
			msgs = append(msgs[:1], append([]*chorusv1.StreamingSynthesizeRequest{flushMsg}, msgs[1:]...)...)
			got, err := streamAll(ctx, api, &chorusv1.StreamingSynthesisConfig{Audio: audio}, msgs...)
			if err != nil {
				t.Fatal(err)
			}
			if got.format.GetEncoding() != enc {
				t.Errorf("format %v, want %v", got.format.GetEncoding(), enc)
			}
			if enc == chorusv1.AudioEncoding_AUDIO_ENCODING_OGG_OPUS {
				checkOgg(t, got.bytes())
				return
			}
			if g, w := got.bytes(), want.bytes(); !bytes.Equal(g, w) {
				t.Errorf("streamed %d bytes, Synthesize's file %d bytes", len(g), len(w))
			}
		})
	}
}
