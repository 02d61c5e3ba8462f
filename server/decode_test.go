package server

import (
	"context"
	"strings"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/chorus-tts/chorus/internal/testkit"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
)

// rawCodec sends pre-encoded bytes, so a test can send what the Go protobuf library refuses to
// marshal (strings that are not valid UTF-8).
type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error) { return *v.(*[]byte), nil }
func (rawCodec) Unmarshal(b []byte, v any) error {
	*v.(*[]byte) = append([]byte(nil), b...)
	return nil
}
func (rawCodec) Name() string { return "proto" }

// wire builds protobuf wire data by hand.
type wire []byte

func (w wire) str(num protowire.Number, s string) wire {
	w = protowire.AppendTag(w, num, protowire.BytesType)
	return protowire.AppendString(w, s)
}

func (w wire) msg(num protowire.Number, m wire) wire {
	w = protowire.AppendTag(w, num, protowire.BytesType)
	return protowire.AppendBytes(w, m)
}

func (w wire) varint(num protowire.Number, v uint64) wire {
	w = protowire.AppendTag(w, num, protowire.VarintType)
	return protowire.AppendVarint(w, v)
}

const bad = "hello \xff world"

// Requests whose strings are not valid UTF-8, and the field each error must name. Field
// numbers are chorus.proto's.
var utf8Cases = []struct {
	name  string
	raw   wire
	field string
}{
	{"text", wire{}.msg(1, wire{}.str(1, bad)), "input.text"},
	{"ssml", wire{}.msg(1, wire{}.str(2, bad)), "input.ssml"},
	{"voice name", wire{}.msg(1, wire{}.str(1, "hi")).msg(2, wire{}.str(1, "av\xc3")), "voice.name"},
	{"voice style", wire{}.msg(2, wire{}.str(2, "\x80")), "voice.style"},
	{"third turn's text", wire{}.msg(1, wire{}.msg(3, wire{}.
		msg(1, wire{}.str(1, "Ann").str(2, "fine")).
		msg(1, wire{}.str(1, "Bob").str(2, "also fine")).
		msg(1, wire{}.str(1, "Ann").str(2, bad)))), "input.script.turns[2].text"},
	{"turn's speaker", wire{}.msg(1, wire{}.msg(3, wire{}.msg(1, wire{}.str(1, "A\xffnn")))), "input.script.turns[0].speaker"},
	{"speaker map key", wire{}.msg(1, wire{}.msg(3, wire{}.msg(2, wire{}.str(1, "B\xffob").msg(2, wire{}.str(1, "ava"))))), "input.script.speaker_voices (a key)"},
	{"speaker map value", wire{}.msg(1, wire{}.msg(3, wire{}.msg(2, wire{}.str(1, "Bob").msg(2, wire{}.str(1, "av\xffa"))))), `input.script.speaker_voices["Bob"].name`},
	{"second pronunciation's phones", wire{}.msg(1, wire{}.str(1, "hi")).
		msg(5, wire{}.str(1, "tomato").str(2, "T AH0")).
		msg(5, wire{}.str(1, "potato").str(2, "P\xfe")), "pronunciations[1].phones"},
	{"after unknown and scalar fields", wire{}.varint(4, 1).varint(99, 7).msg(3, wire{}.varint(1, 2)).msg(1, wire{}.str(1, bad)), "input.text"},
}

// A string that is not valid UTF-8 anywhere in a request is INVALID_ARGUMENT naming its field
// (grpc-go's codec alone answers INTERNAL without a field), with a BadRequest detail; the
// server serves on.
func TestInvalidUTF8NamesTheField(t *testing.T) {
	conn := serve(t, testkit.Engine(t), Options{})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, tc := range utf8Cases {
		t.Run(tc.name, func(t *testing.T) {
			// The case is what the test says: Go's protobuf library refuses it.
			if err := proto.Unmarshal(tc.raw, &chorusv1.SynthesizeRequest{}); err == nil || !strings.Contains(err.Error(), "UTF-8") {
				t.Fatalf("the protobuf library accepts the request: %v", err)
			}
			stream, err := conn.NewStream(ctx, &grpc.StreamDesc{ServerStreams: true}, chorusv1.Chorus_Synthesize_FullMethodName, grpc.ForceCodec(rawCodec{}))
			if err != nil {
				t.Fatal(err)
			}
			msg := []byte(tc.raw)
			if err := stream.SendMsg(&msg); err != nil {
				t.Fatal(err)
			}
			if err := stream.CloseSend(); err != nil {
				t.Fatal(err)
			}
			var out []byte
			checkUTF8Status(t, stream.RecvMsg(&out), tc.field)
		})
	}
	// AnalyzeText is unary: its request is decoded before any interceptor runs.
	raw := []byte(wire{}.str(1, "fine").msg(2, wire{}.str(1, "a\xff")))
	var out []byte
	err := conn.Invoke(ctx, chorusv1.Chorus_AnalyzeText_FullMethodName, &raw, &out, grpc.ForceCodec(rawCodec{}))
	checkUTF8Status(t, err, "pronunciations[0].phrase")
	// So is health, which stays open.
	raw = []byte(wire{}.str(1, "chorus\xff"))
	err = conn.Invoke(ctx, healthpb.Health_Check_FullMethodName, &raw, &out, grpc.ForceCodec(rawCodec{}))
	checkUTF8Status(t, err, "service")

	// Malformed wire data: INVALID_ARGUMENT too, naming the message.
	raw = []byte{0x0a, 0x05, 'a'} // field 1, length 5, one byte
	err = conn.Invoke(ctx, chorusv1.Chorus_AnalyzeText_FullMethodName, &raw, &out, grpc.ForceCodec(rawCodec{}))
	if st := status.Convert(err); st.Code() != codes.InvalidArgument || !strings.Contains(st.Message(), "not a valid chorus.v1.AnalyzeTextRequest") {
		t.Errorf("malformed request: %v %q", st.Code(), st.Message())
	}
	// The server still serves.
	if _, err := collect(ctx, chorusv1.NewChorusClient(conn), textRequest("still here")); err != nil {
		t.Fatal(err)
	}
}

func checkUTF8Status(t *testing.T, err error, field string) {
	t.Helper()
	st := status.Convert(err)
	if st.Code() != codes.InvalidArgument || !strings.HasPrefix(st.Message(), field+": is not valid UTF-8") {
		t.Fatalf("got %v %q, want INVALID_ARGUMENT %q: is not valid UTF-8...", st.Code(), st.Message(), field)
	}
	var got string
	for _, d := range st.Details() {
		if br, ok := d.(*errdetails.BadRequest); ok && len(br.GetFieldViolations()) == 1 {
			got = br.GetFieldViolations()[0].GetField()
		}
	}
	if got != field {
		t.Errorf("BadRequest field %q, want %q", got, field)
	}
}

// The walker names, for each case, the path the test expects; the offset is the bad byte's.
func TestFindInvalidUTF8(t *testing.T) {
	md := (&chorusv1.SynthesizeRequest{}).ProtoReflect().Descriptor()
	for _, tc := range utf8Cases {
		path, off, ok := findInvalidUTF8(md, tc.raw, "", 0)
		if !ok || path != tc.field {
			t.Errorf("%s: %q, %v; want %q", tc.name, path, ok, tc.field)
		}
		if off < 0 {
			t.Errorf("%s: offset %d", tc.name, off)
		}
	}
	if _, off, _ := findInvalidUTF8(md, utf8Cases[0].raw, "", 0); off != strings.IndexByte(bad, 0xff) {
		t.Errorf("offset %d, want %d", off, strings.IndexByte(bad, 0xff))
	}
	valid, err := proto.Marshal(&chorusv1.SynthesizeRequest{Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Text{Text: "ok"}}})
	if err != nil {
		t.Fatal(err)
	}
	if path, _, ok := findInvalidUTF8(md, valid, "", 0); ok {
		t.Errorf("valid request: found %q", path)
	}
}

// FuzzFindInvalidUTF8: for any bytes, the walker agrees with the protobuf library. When the
// library rejects a request for UTF-8, the walker finds a field path that the descriptor defines
// and that ends at a string (or a map key); when the library accepts the request, the walker
// finds nothing. It never panics.
func FuzzFindInvalidUTF8(f *testing.F) {
	for _, tc := range utf8Cases {
		f.Add([]byte(tc.raw))
	}
	f.Add([]byte{0x0a, 0x05, 'a'})
	md := (&chorusv1.SynthesizeRequest{}).ProtoReflect().Descriptor()
	f.Fuzz(func(t *testing.T, b []byte) {
		path, off, found := findInvalidUTF8(md, b, "", 0)
		err := proto.Unmarshal(b, &chorusv1.SynthesizeRequest{})
		if err == nil {
			if found {
				t.Fatalf("a valid request, but the walker found %q", path)
			}
			return
		}
		if !found {
			if strings.Contains(err.Error(), "UTF-8") {
				t.Fatalf("the library says %v, the walker finds nothing", err)
			}
			return // malformed: the generic message
		}
		if off < 0 {
			t.Fatalf("path %q with offset %d", path, off)
		}
		if strings.HasSuffix(path, " (a key)") {
			path = strings.TrimSuffix(path, " (a key)")
			if err := checkWirePath(md, path); err != nil {
				t.Fatalf("key path %q: %v", path, err)
			}
			return
		}
		if err := checkWirePath(md, path); err != nil {
			t.Fatalf("path %q: %v", path, err)
		}
		fd := lastField(md, path)
		if fd == nil || (fd.Kind() != protoreflect.StringKind && !fd.IsMap()) {
			t.Fatalf("path %q does not end at a string", path)
		}
	})
}

// lastField is the descriptor of the last field of a checked wire path.
func lastField(md protoreflect.MessageDescriptor, path string) protoreflect.FieldDescriptor {
	var fd protoreflect.FieldDescriptor
	for _, step := range splitPath(path) {
		if md == nil {
			return nil
		}
		fd = md.Fields().ByName(protoreflect.Name(step))
		if fd == nil {
			return nil
		}
		if fd.IsMap() {
			md = fd.MapValue().Message()
		} else {
			md = fd.Message()
		}
	}
	return fd
}

// splitPath returns the field names of a path, without indexes and keys.
func splitPath(path string) []string {
	var names []string
	for path != "" {
		n := strings.IndexAny(path, ".[")
		if n < 0 {
			names = append(names, path)
			break
		}
		names = append(names, path[:n])
		path = path[n:]
		if path[0] == '[' {
			if strings.HasPrefix(path, `["`) {
				// a quoted key: skip to the closing "]
				k := strings.Index(path, `"]`)
				for k > 0 && path[k-1] == '\\' {
					k = strings.Index(path[k+1:], `"]`) + k + 1
				}
				path = path[k+2:]
			} else {
				path = path[strings.IndexByte(path, ']')+1:]
			}
		}
		path = strings.TrimPrefix(path, ".")
	}
	return names
}
