package text

import "testing"

// TestReadings76 checks testdata/readings76.tsv: round seventy-six's probe sentences for what
// held-out set 58's dev half missed (a lens named by its focal length, a shutter speed before a
// spaced unit, a plus sign before a fraction, Ver. and a version's zeros, a range of scaled
// amounts joined by an en dash, a house number before Broadway, a host run together with usa,
// and, found by probes in its registers after the dev half, a range of colour temperatures, a
// date after a verb of announcing, sooc, jpeg in lower case, a product's generation in Roman
// numerals, glued or after a tier word, and a colour temperature's tolerance), each written before its reader, with cases
// where the reading must not apply, read exactly as written there, with the lexicon as the
// engine reads.
func TestReadings76(t *testing.T) {
	checkReadings(t, "testdata/readings76.tsv", 71)
}

// round76Seeds are round seventy-six's fuzz seeds (readerSeeds appends them), kept here so
// other rounds' seed lists and this one do not meet in one file: signed fractions, shutter
// speeds, lens names, Ver. versions, scaled money ranges, house numbers before Broadway and
// hosts with usa, colour temperature ranges and dates after a verb of announcing, with near
// misses of each.
var round76Seeds = []string{
	"+1/3 EV", "+2/3", "+44/20", "+0/3", "+1/0", "+1/", "+/3", "+1/64", "+3/64", "+12/13 stop",
	"1/250 sec", "1/60 s", "1/2 sec", "1/0250 sec", "1/250", "1/250 secs.", "1/123456 s", "1/ sec",
	"Sigma 35mm was", "the 24-70mm f/2.8 is", "24-70mm, f/2.8", "Canon 100mm", "the 24-0mm f/2", "-70mm f/2", "12345mm f/2", "Tamron 28-75mm",
	"Ver. 3.00", "Ver. 2.10 from", "ver 1.2", "Ver. 3", "Ver.", "Ver. 1.2.3.4.5", "the river Ver flows",
	"$280M–$300M", "€12M–€15M", "$5–10M", "$4.1B-$4.3B", "$1M–£2M", "$M–$N", "$1.2B–$", "£45k–£55k",
	"550 Broadway, New York", "813 Broadway in", "550 Broadway shows", "55 Broadway", "0550 Broadway", "550 Broadway",
	"nikonusa.com", "canonusa.com/x", "usa.gov", "jerusalem.com", "abusa.com", "x.nikonusa.com",
	"lights 2700-6500K", "lights 0700-6500K", "lights 2700-6550K", "2700-6500K", "lights 1400-6500K", "lights 2700-65000K",
	"light 3200K–5600K", "light 3200K - 5600K", "light 3200K — 5600K", "light 3200K–5650K", "– 5600K light", "light 3200K –",
	"announced 5/12 on", "notified 6/1", "announced 3/4 of", "announced 13/13", "announced 0/5", "announced 5/123", "announced /5",
	"hours", "shutter 1/250 sec", "announced 1/250 sec", "jpeg", "Jpegs", "jpegx", "JPEG", "j", "jp", "sooc", "SOOC", "Sooc",
	"Pro II has", "Max X", "Pro XI", "Pro I", "Pro IIII", "Pro\tII", "Charles III", "Air VI", "Mini IX",
	"light 5500K ± 100K", "light 5600K ±300K", "light 5600K ±0300K", "5600K ±300K", "light 5600K ±K", "light ±300K", "light 5600K ± 300", "light 5000 ± 100K",
	"Z6III", "A7SIII", "A7RV", "RX100VII", "X100VI", "B2V", "A0II", "ABCD7II", "A1234II", "A7IIII", "A7RIX", "Z6IIII", "A7XII",
}
