package text

import "testing"

// TestReadings69 checks testdata/readings69.tsv: round sixty-nine's probe sentences for the
// classes of misreading held-out set 54's dev half found in energy and heavy industry text (a
// plant's numbered equipment, a shift's 24-hour time, a grid operator's prevailing-time zone, a
// programme's version, × in an equation), each written before its reader, with cases where the
// reading must not apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings69(t *testing.T) {
	checkReadings(t, "testdata/readings69.tsv", 73)
}

// round69Seeds are round sixty-nine's fuzz seeds (readerSeeds appends them), kept here so other
// rounds' seed lists and this one do not meet in one file: numbered equipment, a shift's time,
// prevailing-time zones, a programme's version and × in an equation, with near misses of each.
var round69Seeds = []string{
	"Rig 417", "rig 312 near", "Feeder 1207 is out", "Tank 12345", "each rig 120 miles", "the tank 300 times", "rig 0417", "Rig 41.7",
	"the 0700 shift change", "the 0600 safety briefing starts", "the 1400 shift workers", "the 2460 shift", "the 0799 call", "the 1800 tour.", "the 0600 safety",
	"2 p.m. EPT", "10 a.m. CPT Friday", "0800 MPT", "CPT code 99213", "the PPT", "4 p.m. EPT/CPT",
	"Net metering 2.0", "the utility 2.0 model", "Mining 2.0 million", "grid 0.0", "grid 2.05", "utility 2.0%",
	"20 × 410 W = 8.2 kW", "10 kW x 4 h = 40 kWh", "6 x 7 = 42", "Load = 3 × 1.5 kW", "10 × 12 ft = 120 sq ft", "Area = 10 × 12 m", "= × 3", "3 × = 4", "x x x = x",
	"6.3 MMb/d", "45 Mboe/d", "16.2 Bcf/d", "2 Bcfd", "1,250 MMboe", "MMb/d", "550 Mb/d", "400 Wp", "$0.28/Wp", "a 7.2 kWp array", "Wp",
	"0.45% Cu", "1.2 g/t Au", "12.5 g/t AuEq", "3.1% Zn,", "% Cu", "g/t Au", "Mining Co.", "0.45%, Cu", "AuEqX",
	"~0345 local time", "0345 local time", "2215 local", "1500 local residents", "~9999 local time", "~03a5 local", "~", "this wk", "wk", "next wk.", "u think",
}
