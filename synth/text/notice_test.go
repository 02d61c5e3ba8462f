package text

import (
	"os"
	"strings"
	"testing"
)

// TestNoticeMatchesLicenceFile: the embedded notice is the repository's LICENSES file.
func TestNoticeMatchesLicenceFile(t *testing.T) {
	want, err := os.ReadFile("../../LICENSES/unicode-cldr.txt")
	if err != nil {
		t.Fatal(err)
	}
	if Notice() != string(want) {
		t.Errorf("NOTICE-unicode-cldr.txt differs from LICENSES/unicode-cldr.txt: copy the LICENSES file here")
	}
	if !strings.Contains(Notice(), "UNICODE LICENSE V3") {
		t.Errorf("notice does not name its licence")
	}
}
