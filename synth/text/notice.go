package text

import _ "embed"

//go:embed NOTICE-unicode-cldr.txt
var cldrNotice string

// Notice returns the licence notice of the data embedded in this package (the CLDR emoji
// names), a copy of LICENSES/unicode-cldr.txt, for `chorus licenses`.
func Notice() string { return cldrNotice }
