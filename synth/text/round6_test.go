package text

import "testing"

// TestIBANCheckDigits checks the IBAN reader's check (ISO 13616, mod 97) on the standard's
// examples and catches every single-character substitution in them, which mod 97 always does:
// a run that looks like an IBAN but fails the check is not read as one.
func TestIBANCheckDigits(t *testing.T) {
	valid := []string{"GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300", "GB29NWBK60161331926819"}
	for _, s := range valid {
		if !ibanValid(s) {
			t.Errorf("%s: valid IBAN refused", s)
		}
		for i := 0; i < len(s); i++ {
			for _, c := range []byte("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				if c == s[i] || (i < 2) != isUpperLetter(c) {
					continue
				}
				m := s[:i] + string(c) + s[i+1:]
				if ibanValid(m) {
					t.Errorf("%s: accepted with %c at %d", m, c, i)
				}
			}
		}
	}
}
