package server

import (
	"fmt"
	"strconv"
	"sync"
	"unicode/utf8"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/encoding"
	"google.golang.org/grpc/mem"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// requestCodec is the server's protobuf codec. grpc-go answers a request that fails to decode
// with INTERNAL before any interceptor or handler runs; this codec instead keeps the decoding
// error, naming the field of a string that is not valid UTF-8, and lets the call go on with an
// empty message. The interceptors take the error back (take) and answer INVALID_ARGUMENT, so
// every service registered on the server must go through them.
type requestCodec struct {
	proto encoding.CodecV2
	bad   sync.Map // request message (a pointer) → *decodeError
}

func newRequestCodec() *requestCodec {
	return &requestCodec{proto: encoding.GetCodecV2("proto")}
}

// decodeError is a request that did not decode.
type decodeError struct {
	field  string // wire path of the offending field, or ""
	reason string
}

func (e *decodeError) status() error {
	st := status.New(codes.InvalidArgument, e.Error())
	if e.field != "" {
		st = withFieldViolation(st, e.field, e.reason)
	}
	return st.Err()
}

func (e *decodeError) Error() string {
	if e.field == "" {
		return e.reason
	}
	return e.field + ": " + e.reason
}

func (c *requestCodec) Name() string { return "proto" }

func (c *requestCodec) Marshal(v any) (mem.BufferSlice, error) { return c.proto.Marshal(v) }

func (c *requestCodec) Unmarshal(data mem.BufferSlice, v any) error {
	m, ok := v.(proto.Message)
	if !ok {
		return c.proto.Unmarshal(data, v)
	}
	buf := data.MaterializeToBuffer(mem.DefaultBufferPool())
	defer buf.Free()
	b := buf.ReadOnlyData()
	err := proto.Unmarshal(b, m)
	if err == nil {
		return nil
	}
	proto.Reset(m)
	c.bad.Store(v, describeDecodeError(m.ProtoReflect().Descriptor(), b, err))
	return nil
}

// take returns and forgets the decoding error of request message v, if it had one.
func (c *requestCodec) take(v any) *decodeError {
	e, ok := c.bad.LoadAndDelete(v)
	if !ok {
		return nil
	}
	return e.(*decodeError)
}

// describeDecodeError explains why b is not a valid md message.
func describeDecodeError(md protoreflect.MessageDescriptor, b []byte, err error) *decodeError {
	if path, off, ok := findInvalidUTF8(md, b, "", 0); ok {
		return &decodeError{field: path, reason: fmt.Sprintf("is not valid UTF-8 (first bad byte at offset %d)", off)}
	}
	// Not a string problem: malformed wire data. The protobuf library's message names no
	// user data, but bound it all the same.
	return &decodeError{reason: fmt.Sprintf("the request is not a valid %s message: %s", md.FullName(), excerpt(err.Error(), 200))}
}

// maxWireDepth bounds the nesting findInvalidUTF8 follows; the chorus messages nest four deep.
const maxWireDepth = 32

// findInvalidUTF8 walks the wire encoding b of an md message and returns the path, as a client
// writes it (input.script.turns[2].text, input.script.speaker_voices["Ann"].name), of the first
// string field that is not valid UTF-8, and the offset of its first bad byte. Unknown fields and
// malformed data end the walk without a result.
func findInvalidUTF8(md protoreflect.MessageDescriptor, b []byte, prefix string, depth int) (path string, offset int, ok bool) {
	if depth > maxWireDepth {
		return "", 0, false
	}
	counts := map[protowire.Number]int{}
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return "", 0, false
		}
		b = b[n:]
		fd := md.Fields().ByNumber(num)
		if fd == nil || typ != protowire.BytesType {
			n = protowire.ConsumeFieldValue(num, typ, b)
			if n < 0 {
				return "", 0, false
			}
			b = b[n:]
			continue
		}
		v, n := protowire.ConsumeBytes(b)
		if n < 0 {
			return "", 0, false
		}
		b = b[n:]
		name := prefix + string(fd.Name())
		if fd.IsList() {
			name += "[" + strconv.Itoa(counts[num]) + "]"
			counts[num]++
		}
		switch {
		case fd.IsMap():
			if p, off, found := findInMapEntry(fd, v, name, depth); found {
				return p, off, true
			}
		case fd.Kind() == protoreflect.StringKind:
			if !utf8.Valid(v) {
				return name, firstInvalidByte(v), true
			}
		case fd.Kind() == protoreflect.MessageKind:
			if p, off, found := findInvalidUTF8(fd.Message(), v, name+".", depth+1); found {
				return p, off, true
			}
		}
	}
	return "", 0, false
}

// findInMapEntry looks into one map entry (key = 1, value = 2) of map field fd, checking each
// string as it comes, as the protobuf library does.
func findInMapEntry(fd protoreflect.FieldDescriptor, b []byte, name string, depth int) (string, int, bool) {
	var key []byte
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return "", 0, false
		}
		b = b[n:]
		if typ != protowire.BytesType || (num != 1 && num != 2) {
			if n = protowire.ConsumeFieldValue(num, typ, b); n < 0 {
				return "", 0, false
			}
			b = b[n:]
			continue
		}
		v, n := protowire.ConsumeBytes(b)
		if n < 0 {
			return "", 0, false
		}
		b = b[n:]
		if num == 1 {
			key = v
			if fd.MapKey().Kind() == protoreflect.StringKind && !utf8.Valid(key) {
				return name + " (a key)", firstInvalidByte(key), true
			}
			continue
		}
		// The value is named by the key read so far (keys come first in every encoder).
		keyName := name + "[" + quote(string(key)) + "]"
		switch vd := fd.MapValue(); {
		case vd.Kind() == protoreflect.StringKind && !utf8.Valid(v):
			return keyName, firstInvalidByte(v), true
		case vd.Kind() == protoreflect.MessageKind:
			if p, off, found := findInvalidUTF8(vd.Message(), v, keyName+".", depth+1); found {
				return p, off, true
			}
		}
	}
	return "", 0, false
}

func firstInvalidByte(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}
