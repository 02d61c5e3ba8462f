package text

// firstSet is a set of first bytes of a token's core, one bit a class: each ASCII letter its own
// bit, the digit 0, the digits 1-9, a byte of a character outside ASCII, seven signs (- . $ # + /
// ~ %) and every other ASCII byte. token computes the token's bit once (firstOf); a round whose
// readers all begin by testing the first byte is asked, in the dispatch, only about a token
// whose bit is in the round's set (or whose shape has a bit of the shapes it reads whatever the
// first byte), so most tokens (lower-case words) cost no call of it (speed). Unguarded, the
// token's bit is every bit, as its shape is every shape: TestGuardsChangeNothing and
// FuzzGuardsChangeNothing check each set as they check the shapes' guards.
//
// To declare a round's set: read its first tests on t.core and list every first byte one of its
// readers can read (firstBytes), and the shapes under which a reader reads a token whatever its
// first byte; when in doubt, leave the round's line without a set.
type firstSet uint64

// firstOf is each byte's class bit.
var firstOf = func() (f [256]firstSet) {
	for b := 0; b < 256; b++ {
		c := byte(b)
		switch {
		case c >= 'a' && c <= 'z':
			f[b] = 1 << (c - 'a')
		case c >= 'A' && c <= 'Z':
			f[b] = 1 << (26 + c - 'A')
		case c == '0':
			f[b] = 1 << 52
		case c >= '1' && c <= '9':
			f[b] = 1 << 53
		case c >= 0x80:
			f[b] = 1 << 54
		case c == '-':
			f[b] = 1 << 55
		case c == '.':
			f[b] = 1 << 56
		case c == '$':
			f[b] = 1 << 57
		case c == '#':
			f[b] = 1 << 58
		case c == '+':
			f[b] = 1 << 59
		case c == '/':
			f[b] = 1 << 60
		case c == '~':
			f[b] = 1 << 61
		case c == '%':
			f[b] = 1 << 62
		default:
			f[b] = 1 << 63
		}
	}
	return f
}()

// firstBytes returns the set of the first bytes of each string in s (a character outside ASCII
// stands for every such character).
func firstBytes(s ...string) firstSet {
	var f firstSet
	for _, x := range s {
		for i := 0; i < len(x); i++ {
			f |= firstOf[x[i]]
		}
	}
	return f
}

const (
	firstDigits   = "0123456789"
	firstCapitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	firstWide     = "\x80" // any byte of a character outside ASCII: –, —, −, ×, £, €
)

// The rounds' sets, each from the round's first tests (see firstSet).
var (
	r35First = firstBytes(firstDigits, "GS")
	r76First = firstBytes("+123456789-$j", firstWide, firstCapitals)
	r81First = firstBytes(firstDigits, "#NSEWRrFMP")
	r79First = firstBytes(firstDigits, "hH/WMCP")
	r77First = firstBytes(firstDigits, firstCapitals, "vp")
	l75First = firstBytes("-ABC", firstWide)
	r67First = firstBytes("123456789tni", firstCapitals)
	r72First = firstBytes(firstDigits, "%wmy", firstCapitals) // and a slash
	r71First = firstBytes("123456789t", firstCapitals)
	r70First = firstBytes(firstDigits, ".lg", firstWide, firstCapitals) // and a point
	r68First = firstBytes("123456789cwvngio", firstCapitals)
	r69First = firstBytes(firstDigits, "~xw", firstWide, firstCapitals)
	r74First = firstBytes("123456789-/", firstWide, firstCapitals) // and a slash
	r65First = firstBytes(firstDigits, ".S")                       // and a hyphen
	r60First = firstBytes("123456789IFeEmb")
	r63First = firstBytes("#.123456789abcdefghijklmnopqrstuvwxyz")
	r59First = firstBytes("123456789+-wym", firstWide, firstCapitals) // and a character outside ASCII
	r62First = firstBytes(firstDigits, ".t", firstCapitals)           // and a hyphen, a slash or a point
	r61First = firstBytes("fFcCp-123456789", firstWide)               // and a slash or a point
	r58First = firstBytes(firstDigits, "-+$fhbm", firstWide, firstCapitals)
	l66First = firstBytes(firstDigits, ".abmp", firstCapitals) // and a digit
	r57First = firstBytes("-123456789", firstWide)
	r55First = firstBytes(firstDigits, "T")
	r54First = firstBytes("123456789", firstCapitals)
	r52First = firstBytes(firstDigits, firstCapitals) // and a digit or a sign
	r49First = firstBytes("123456789qtcrR")           // and a slash or a point
	r50First = firstBytes(firstDigits, firstCapitals) // and a slash
	r47First = firstBytes(firstDigits)
	l53First = firstBytes(firstDigits, "-msBMlLkUE$", firstWide) // and a digit, a sign, one byte, a quote after
	r48First = firstBytes(firstDigits, "APapMROr")               // and a hyphen
	r51First = firstBytes(firstDigits, "-+~t", firstCapitals)
	r44First = firstBytes(firstDigits, "$'-+FaAJS")
	r43First = firstBytes(firstDigits, "/er$", firstWide, firstCapitals)
	r45First = firstBytes(firstDigits, firstWide, firstCapitals) // and a slash
	r41First = firstBytes(firstDigits, "klmych", firstCapitals)  // and a hyphen
	r40First = firstBytes(firstDigits, "DSsCcRrMmoO")
	r39First = firstBytes("123456789bl", firstCapitals)                  // and a sign or a character outside ASCII
	l46First = firstBytes(firstDigits, "~.-+%$fimwtFUCANHTI", firstWide) // and a slash
	l37First = firstBytes(firstDigits, "UG")                             // and a sign or a character outside ASCII
	r38First = firstBytes(firstDigits, "'-=", firstWide)                 // and a sign, or a bracket after
	r36First = firstBytes(firstDigits, "GFdD#")
	r34First = firstBytes(firstDigits, "dxmIV", firstWide) // and a hyphen, a colon, a point or a slash
	r33First = firstBytes(firstDigits, ".dys", firstCapitals)
	r32First = firstBytes(firstDigits, "#x/", firstWide, firstCapitals)   // and a slash or a capital
	r31First = firstBytes(firstDigits, "-&|", firstCapitals)              // and a digit
	r30First = firstBytes(firstDigits, "x-$#e", firstWide, firstCapitals) // and a capital
	r28First = firstBytes(firstDigits, "+-D", firstWide)                  // and a digit
	r27First = firstBytes(firstDigits, "m", firstCapitals)
	r26First = firstBytes(firstDigits, "-@hHlfMaDd", firstWide)
	r25First = firstBytes(firstDigits, "sx", firstWide, firstCapitals)
	r22First = firstBytes(firstDigits, "q", firstCapitals) // and a sign or a character outside ASCII
	r21First = firstBytes(firstDigits, firstWide)
	r20First = firstBytes(firstDigits, "=", firstCapitals) // and a colon
)
