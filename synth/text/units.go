package text

import (
	"strings"
	"unicode/utf8"
)

// unit is a measurement unit's spoken singular and plural.
type unit struct {
	sing, plural string
	spaced       bool // may stand as a separate token after a number
}

func u(sing, plural string, spaced bool) unit { return unit{sing, plural, spaced} }

// units maps unit symbols (case-sensitive) to words. American spellings.
var units = map[string]unit{
	"mm": u("millimeter", "millimeters", true), "cm": u("centimeter", "centimeters", true),
	"m": u("meter", "meters", true), "km": u("kilometer", "kilometers", true),
	"nm": u("nanometer", "nanometers", true), "µm": u("micrometer", "micrometers", true), "μm": u("micrometer", "micrometers", true),
	"in": u("inch", "inches", false), "ft": u("foot", "feet", true), "yd": u("yard", "yards", true),
	"mi": u("mile", "miles", true), "mpg": u("mile per gallon", "miles per gallon", true), "mg": u("milligram", "milligrams", true), "g": u("gram", "grams", true), "gm": u("gram", "grams", true),
	"kg": u("kilogram", "kilograms", true), "lb": u("pound", "pounds", true), "lbs": u("pound", "pounds", true),
	"oz": u("ounce", "ounces", true), "t": u("ton", "tons", false),
	"ml": u("milliliter", "milliliters", true), "mL": u("milliliter", "milliliters", true),
	"cl": u("centiliter", "centiliters", true), "dl": u("deciliter", "deciliters", true),
	"l": u("liter", "liters", true), "L": u("liter", "liters", true), "gal": u("gallon", "gallons", true),
	"qt": u("quart", "quarts", true), "qts": u("quart", "quarts", true), "cc": u("c c", "c c", true),
	"ms": u("millisecond", "milliseconds", true), "µs": u("microsecond", "microseconds", true),
	"μs": u("microsecond", "microseconds", true), "ns": u("nanosecond", "nanoseconds", true),
	"s": u("second", "seconds", false), "sec": u("second", "seconds", true), "secs": u("second", "seconds", true),
	"min": u("minute", "minutes", true), "mins": u("minute", "minutes", true),
	"h": u("hour", "hours", true), "yds": u("yard", "yards", true), "pts": u("point", "points", true), "hr": u("hour", "hours", true), "hrs": u("hour", "hours", true),
	"yr": u("year", "years", true), "yrs": u("year", "years", true), "wk": u("week", "weeks", true),
	"wks": u("week", "weeks", true),
	"Hz":  u("hertz", "hertz", true), "kHz": u("kilohertz", "kilohertz", true), "MHz": u("megahertz", "megahertz", true),
	"GHz": u("gigahertz", "gigahertz", true),
	"bhp": u("brake horsepower", "brake horsepower", true), "hPa": u("hectopascal", "hectopascals", true), "W": u("watt", "watts", false), "kW": u("kilowatt", "kilowatts", true), "MW": u("megawatt", "megawatts", true),
	"GW": u("gigawatt", "gigawatts", true), "kWh": u("kilowatt hour", "kilowatt hours", true),
	"MWh": u("megawatt hour", "megawatt hours", true),
	// round sixty-nine: a solar module's or an array's peak rating ("400 Wp", "a 7.2 kWp array")
	"Wp": u("watt peak", "watts peak", true), "kWp": u("kilowatt peak", "kilowatts peak", true),
	"MWp": u("megawatt peak", "megawatts peak", true), "GWp": u("gigawatt peak", "gigawatts peak", true),
	"V": u("volt", "volts", false), "kV": u("kilovolt", "kilovolts", true), "mV": u("millivolt", "millivolts", true),
	"TFLOPS": u("teraflops", "teraflops", true), "GFLOPS": u("gigaflops", "gigaflops", true), "PFLOPS": u("petaflops", "petaflops", true), // round sixteen
	"mA": u("milliamp", "milliamps", true), "mAh": u("milliamp hour", "milliamp hours", true),
	"Ω": u("ohm", "ohms", true), "kΩ": u("kilohm", "kilohms", true),
	"KB": u("kilobyte", "kilobytes", true), "kB": u("kilobyte", "kilobytes", true), "MB": u("megabyte", "megabytes", true),
	"GB": u("gigabyte", "gigabytes", true), "TB": u("terabyte", "terabytes", true), "PB": u("petabyte", "petabytes", true),
	"Kb": u("kilobit", "kilobits", true), "Mb": u("megabit", "megabits", true), "Gb": u("gigabit", "gigabits", true),
	"kbps": u("kilobit per second", "kilobits per second", true), "Kbps": u("kilobit per second", "kilobits per second", true), "Mbps": u("megabit per second", "megabits per second", true),
	"Gbps": u("gigabit per second", "gigabits per second", true),
	"mph":  u("mile per hour", "miles per hour", true), "kph": u("kilometer per hour", "kilometers per hour", true),
	"km/h": u("kilometer per hour", "kilometers per hour", true), "m/s": u("meter per second", "meters per second", true),
	"rpm": u("revolution per minute", "revolutions per minute", true), "gph": u("gallon per hour", "gallons per hour", true), "gpm": u("gallon per minute", "gallons per minute", true), // gph, gpm: round forty-one ("800 GPH" bilge pump)
	"bpm": u("beat per minute", "beats per minute", true),
	// gpg: round forty-seven, water hardness ("10.5 gpg", held41 unseen).
	"gpg": u("grain per gallon", "grains per gallon", true),
	"dpi": u("d p i", "d p i", true), "DPI": u("d p i", "d p i", true), "ppi": u("p p i", "p p i", true), "PPI": u("p p i", "p p i", true), // the lead's round thirty-seven
	"fps": u("frame per second", "frames per second", true), "FPS": u("frame per second", "frames per second", true), "req/s": u("request per second", "requests per second", true),
	"req/sec": u("request per second", "requests per second", true), "req/min": u("request per minute", "requests per minute", true), "psi": u("pound per square inch", "pounds per square inch", true),
	// the building trades' loads and a fixture's flush (the lead's round seventy-five: "40 psf",
	// "450 PLF", "1.28 GPF"; they were spelled)
	"psf": u("pound per square foot", "pounds per square foot", true), "plf": u("pound per linear foot", "pounds per linear foot", true),
	"gpf": u("gallon per flush", "gallons per flush", true),
	"°C":  u("degree celsius", "degrees celsius", true), "°F": u("degree fahrenheit", "degrees fahrenheit", true),
	"℃": u("degree celsius", "degrees celsius", true), "℉": u("degree fahrenheit", "degrees fahrenheit", true),
	"°K": u("kelvin", "kelvins", true), "°": u("degree", "degrees", true), "º": u("degree", "degrees", true),
	"dB": u("decibel", "decibels", true), "kcal": u("kilocalorie", "kilocalories", true), "cal": u("calorie", "calories", true),
	"px": u("pixel", "pixels", true), "pt": u("point", "points", false), "ha": u("hectare", "hectares", true), "ac": u("acre", "acres", true), "acre": u("acre", "acres", false),
	"ly": u("light year", "light years", true), "bu": u("bushel", "bushels", true),
	"kPa": u("kilopascal", "kilopascals", true), "atm": u("atmosphere", "atmospheres", true),
	"ppg": u("point per game", "points per game", true), "rpg": u("rebound per game", "rebounds per game", true), "apg": u("assist per game", "assists per game", true), "Pa": u("pascal", "pascals", false),
	"m²": u("square meter", "square meters", true), "km²": u("square kilometer", "square kilometers", true),
	"cm²": u("square centimeter", "square centimeters", true), "ft²": u("square foot", "square feet", true),
	"m³": u("cubic meter", "cubic meters", true), "cm³": u("cubic centimeter", "cubic centimeters", true),
	"mm²": u("square millimeter", "square millimeters", true), "in²": u("square inch", "square inches", true), // round fifty-seven ("814 mm²" die)
	"yd²": u("square yard", "square yards", true), "ft³": u("cubic foot", "cubic feet", true), "in³": u("cubic inch", "cubic inches", true),
	"sq": u("square", "square", false), "pct": u("percent", "percent", true),
	"tbsp": u("tablespoon", "tablespoons", true), "Tbsp": u("tablespoon", "tablespoons", true),
	"Tbs": u("tablespoon", "tablespoons", true), "tbs": u("tablespoon", "tablespoons", true), // round fifty-two ("2 Tbs Worcestershire")
	"TBSP": u("tablespoon", "tablespoons", true), "Tbl": u("tablespoon", "tablespoons", true), "tbl": u("tablespoon", "tablespoons", true), // the lead's round eighty-three
	"Tbls": u("tablespoon", "tablespoons", true), "tbls": u("tablespoon", "tablespoons", true), "TSP": u("teaspoon", "teaspoons", true), "Tsp": u("teaspoon", "teaspoons", true),
	"tsp": u("teaspoon", "teaspoons", true), "doz": u("dozen", "dozen", true), "dz": u("dozen", "dozen", true), // round thirty-five ("1 dz eggs")
	"mcg": u("microgram", "micrograms", true), "µg": u("microgram", "micrograms", true),
	"IU":  u("international unit", "international units", true),
	"U/L": u("unit per liter", "units per liter", true), "IU/L": u("international unit per liter", "international units per liter", true),
	"mIU": u("milli international unit", "milli international units", true),
	"bp":  u("basis point", "basis points", true), "bps": u("basis point", "basis points", true),
	"bpts": u("basis point", "basis points", true), "dL": u("deciliter", "deciliters", true),
	"mmol": u("millimole", "millimoles", true), "µmol": u("micromole", "micromoles", true),
	"kbit": u("kilobit", "kilobits", true), "Mbit": u("megabit", "megabits", true), "Gbit": u("gigabit", "gigabits", true),
	"Tbit": u("terabit", "terabits", true),
	"mol":  u("mole", "moles", true), "nmol": u("nanomole", "nanomoles", true), "pmol": u("picomole", "picomoles", true),
	"kmol": u("kilomole", "kilomoles", true), "PTS": u("point", "points", true), "Pts": u("point", "points", true),
	"μmol": u("micromole", "micromoles", true), "mEq": u("milliequivalent", "milliequivalents", true),
	"ng": u("nanogram", "nanograms", true), "MP": u("megapixel", "megapixels", true), "mmHg": u("millimeter of mercury", "millimeters of mercury", true),
	// round twenty-four: a barometer in the US, parsecs, a listing's area ("2,800 sf")
	"inHg": u("inch of mercury", "inches of mercury", true), "kpc": u("kiloparsec", "kiloparsecs", true),
	"Mpc": u("megaparsec", "megaparsecs", true), "Gpc": u("gigaparsec", "gigaparsecs", true), "sf": u("square foot", "square feet", true),
	"pp": u("percentage point", "percentage points", true), "BPS": u("basis point", "basis points", true),
	// round seven: speed at sea and in the air, torque and force, concentrations, energy, storage
	"kn": u("knot", "knots", true), "kts": u("knot", "knots", true), "Nm": u("newton meter", "newton meters", true),
	"N·m": u("newton meter", "newton meters", true), "N⋅m": u("newton meter", "newton meters", true), "r/min": u("revolution per minute", "revolutions per minute", true),
	"kN": u("kilonewton", "kilonewtons", true), "ppm": u("part per million", "parts per million", true),
	"ppb": u("part per billion", "parts per billion", true), "mM": u("millimolar", "millimolar", true),
	"µM": u("micromolar", "micromolar", true), "μM": u("micromolar", "micromolar", true), "nM": u("nanomolar", "nanomolar", true),
	"Wh": u("watt hour", "watt hours", true), "GWh": u("gigawatt hour", "gigawatt hours", true),
	"TWh": u("terawatt hour", "terawatt hours", true), "kJ": u("kilojoule", "kilojoules", true), "MJ": u("megajoule", "megajoules", true),
	"MPa": u("megapascal", "megapascals", true), "GPa": u("gigapascal", "gigapascals", true), "mbar": u("millibar", "millibars", true),
	"KiB": u("kibibyte", "kibibytes", true), "MiB": u("mebibyte", "mebibytes", true), "GiB": u("gibibyte", "gibibytes", true),
	"TiB": u("tebibyte", "tebibytes", true), "mSv": u("millisievert", "millisieverts", true), "µSv": u("microsievert", "microsieverts", true),
	"mi²": u("square mile", "square miles", true), "nmi": u("nautical mile", "nautical miles", true), "lm": u("lumen", "lumens", true),
	"mos": u("month", "months", true), "mths": u("month", "months", true), "mth": u("month", "months", true), "mo": u("month", "months", false), "µL": u("microliter", "microliters", true),
	"μL": u("microliter", "microliters", true), "µl": u("microliter", "microliters", true), "TW": u("terawatt", "terawatts", true), "sqft": u("square foot", "square feet", true),
	"sqm": u("square meter", "square meters", true),
	"µA":  u("microamp", "microamps", true), "μA": u("microamp", "microamps", true),
	"Da": u("dalton", "daltons", true), "Gy": u("gray", "gray", true), "Ah": u("amp hour", "amp hours", true),
	// round nine: square units written with a plain 2 ("10 mg/m2", "a 50 m2 flat"), and a box
	// score's counts ("10 reb, 8 ast", "3 TDs")
	"m2": u("square meter", "square meters", true), "km2": u("square kilometer", "square kilometers", true),
	"cm2": u("square centimeter", "square centimeters", true), "mm2": u("square millimeter", "square millimeters", true),
	// round eighteen: cubic units written with a plain 3, and mm³ ("3 m3", "1.2 g/cm3", "350 cells/mm3")
	"m3": u("cubic meter", "cubic meters", true), "cm3": u("cubic centimeter", "cubic centimeters", true),
	"mm3": u("cubic millimeter", "cubic millimeters", true), "mm³": u("cubic millimeter", "cubic millimeters", true),
	"dm3": u("cubic decimeter", "cubic decimeters", true), "ft3": u("cubic foot", "cubic feet", true),
	// geological time: "201–145 Ma" million years ago, "13.8 Gyr" billion years
	"Ma": u("million years ago", "million years ago", true), "Ga": u("billion years ago", "billion years ago", true),
	"Myr": u("million years", "million years", true), "Gyr": u("billion years", "billion years", true),
	"kyr": u("thousand years", "thousand years", true),
	"reb": u("rebound", "rebounds", true), "ast": u("assist", "assists", true), "blk": u("block", "blocks", true),
	"stl": u("steal", "steals", true), "TD": u("touchdown", "touchdowns", true), "TDs": u("touchdown", "touchdowns", true),
	"INT": u("interception", "interceptions", true), "INTs": u("interception", "interceptions", true),
	"Mt": u("megaton", "megatons", true), "Gt": u("gigaton", "gigatons", true), // of carbon dioxide: "fell 3 Mt"
	"Sv": u("sievert", "sieverts", true), "eV": u("electron volt", "electron volts", true), "Bq": u("becquerel", "becquerels", true),
	// round seventy-seven: shipping's units as packing lists and quotes write them ("8,250 KGS",
	// "33.5 CBM", "320 CTNS", "16 PLTS", "6 pkgs", "48 pcs/ctn")
	"CBM": u("cubic meter", "cubic meters", true), "cbm": u("cubic meter", "cubic meters", true),
	"KGS": u("kilogram", "kilograms", true), "kgs": u("kilogram", "kilograms", true), "Kgs": u("kilogram", "kilograms", true),
	"CTN": u("carton", "cartons", true), "CTNS": u("carton", "cartons", true), "ctn": u("carton", "cartons", true), "ctns": u("carton", "cartons", true),
	"PLT": u("pallet", "pallets", true), "PLTS": u("pallet", "pallets", true), "plt": u("pallet", "pallets", true), "plts": u("pallet", "pallets", true),
	"PKG": u("package", "packages", true), "PKGS": u("package", "packages", true), "pkg": u("package", "packages", true), "pkgs": u("package", "packages", true),
}

// perTime are what a dose or rate is given per after a unit per unit that are not unit symbols
// ("mg/kg/day"; "mL/kg/h" needs none: h is a unit).
var perTime = map[string]string{"day": "day", "d": "day", "wk": "week", "week": "week", "dose": "dose", "qtr": "quarter", "quarter": "quarter",
	"month": "month", "mo": "month", "yr": "year", "year": "year", "serving": "serving",
	"hour": "hour", "minute": "minute", "second": "second", "night": "night", "nt": "night"} // nt: "$189/nt" (round thirty-six)

// perOnly are what prices are quoted per that are read as units only after a slash:
// "$80/bbl" per barrel, "$6.20/bu" per bushel, "$50/pp" per person.
var perOnly = map[string]string{"bbl": "barrel", "bu": "bushel", "MMBtu": "million british thermal units",
	"mmbtu": "million british thermal units", "pp": "person", "pax": "person", "sqft": "square foot",
	"sf": "square foot", "sem": "semester", "tonne": "tonne", "t": "ton", "cwt": "hundredweight", "MWh": "megawatt hour", "kWh": "kilowatt hour",
	"sh": "share",                          // sh: round forty-three ("$0.25/sh" per share)
	"mt": "metric ton", "MT": "metric ton"} // mt: round seventy-seven ("$590/mt", bunker and steel prices)

// unitWord looks up a unit symbol. spacedOnly restricts to units that may
// stand as a separate token ("5 in" is usually the preposition).
func unitWord(s string, spaced bool) (unit, bool) {
	un, ok := units[s]
	var low string // s in lower case, once (speed)
	if !ok {
		// "Km", "KM", "KG": accept case variants of multi-letter units
		// that cannot be confused.
		low = strings.ToLower(s)
		l := low
		if s == "HRs" {
			l = "" // "25 HRs": home runs, not hours
		}
		switch l {
		case "km", "kg", "mph", "kph", "cm", "mm", "mg", "ml", "lbs", "hrs", "mins", "secs", "kmh", "bpm", "rpm", "psi", "km/h", "m/s", "gph", "gpm", "gpg", "psf", "plf", "gpf": // gpg: round forty-seven ("12 GPG"); rpm: round eighteen ("7200 RPM"); psi: round twenty-seven ("90 PSI"); km/h, m/s: round thirty-eight ("165 KM/H" in a bulletin); psf, plf, gpf: the lead's round seventy-five ("60 PSF")
			if l == "kmh" {
				l = "km/h"
			}
			un, ok = units[l]
		}
	}
	if !ok {
		// A frequency's unit all in lower case, as chats write it ("5ghz", "60hz"; the lead's
		// round forty-six): no other unit is written so.
		switch low {
		case "hz":
			un, ok = units["Hz"]
		case "khz":
			un, ok = units["kHz"]
		case "mhz":
			un, ok = units["MHz"]
		case "ghz":
			un, ok = units["GHz"]
		case "msec", "msecs":
			un, ok = units["ms"]
		}
		// Bytes in lower case, as chats write them ("32gb of RAM", "a 2tb drive"): a bit is
		// written with a capital (Gb), never all in lower case.
		switch s {
		case "gb":
			un, ok = units["GB"]
		case "tb":
			un, ok = units["TB"]
		case "v":
			// "a 48v motor": volts glued to the number, as forum posts write them; set
			// apart, "5 v 3" is versus (V's own entry is glued only).
			un, ok = units["V"]
		case "KW", "kw", "Kw":
			un, ok = units["kW"]
		// Bytes and bits written out, and kilowatt hours in any case, as forums and tools
		// print them ("13.4 MBytes", "113 Mbits/sec", "15.3 Kwh"; the lead's round fifty-three).
		case "KBytes", "Kbytes", "kbytes", "kBytes", "KByte", "Kbyte", "kbyte", "kByte":
			un, ok = units["KB"]
		case "MBytes", "Mbytes", "MByte", "Mbyte":
			un, ok = units["MB"]
		case "GBytes", "Gbytes", "GByte", "Gbyte":
			un, ok = units["GB"]
		case "TBytes", "Tbytes", "TByte", "Tbyte":
			un, ok = units["TB"]
		case "kbits", "Kbits":
			un, ok = units["kbit"]
		case "Mbits":
			un, ok = units["Mbit"]
		case "Gbits":
			un, ok = units["Gbit"]
		case "Kwh", "KWH", "kwh", "KWh":
			un, ok = units["kWh"]
		case "sq-ft", "Sq-Ft", "sq-Ft":
			un, ok = units["sqft"], true // "a 2,500-sq-ft home" (the lead's round fifty-three)
		case "kft":
			un, ok = u("thousand feet", "thousand feet", true), true // a ceiling's "5 kft"
		case "kWh's", "MWh's", "GWh's", "GB's", "TB's", "MB's":
			un, ok = units[s[:len(s)-2]] // "3.1kWh's": the plural written with an apostrophe
		}
	}
	if !ok {
		// A metric prefix before a base unit that is not listed: "40 kDa" forty kilodaltons,
		// "5 µW" five microwatts, "2 MeV", "10 nF".
		if un, ok = prefixedUnit(s); ok {
			return un, true
		}
		// A unit per unit: "km/h" written otherwise, "m/s²", and per a unit of time after that:
		// "mg/kg/day" milligrams per kilogram per day.
		if i := strings.IndexByte(s, '/'); i > 0 && i < len(s)-1 {
			a, okA := unitWord(strings.TrimSuffix(s[:i], "."), false) // "min./mile" (the lead's round fifty-three)
			if !okA && strings.EqualFold(s[:i], "mi") {
				a, okA = units["mi"], true // "Mi/Hr" (the lead's round forty-six)
			}
			rest := s[i+1:]
			if strings.EqualFold(rest, "hr") {
				rest = "hr" // "l/Hr", "KM/HR": a rate per hour in capitals (the lead's round forty-six)
			}
			per := ""
			if j := strings.IndexByte(rest, '/'); j > 0 && perTime[rest[j+1:]] != "" {
				per, rest = " per "+perTime[rest[j+1:]], rest[:j]
			}
			if r58Acre(rest) {
				switch s[:i] {
				case "T":
					a, okA = unit{"ton", "tons", true}, true // "4.2 T/A" tons per acre (round fifty-eight)
				case "pt", "pts":
					a, okA = unit{"pint", "pints", true}, true // "1.5 pt/A" pints, not points
				}
			}
			if w := r58PerFarm(s[:i], rest); okA && w != "" {
				// "lb/hd/day", "1.5 pt/A", "oz/cwt": a farm's rates (round fifty-eight)
				return unit{a.sing + " per " + w + per, a.plural + " per " + w + per, true}, true
			}
			b, okB := unitWord(rest, false)
			if okA && okB {
				return unit{a.sing + " per " + b.sing + per, a.plural + " per " + b.sing + per, true}, true
			}
			if p := perTime[rest]; okA && per == "" && p != "" && (len(s[:i]) > 1 || s[:i] == "g" || s[:i] == "L") {
				// A dose per a unit of time: "mg/day" milligrams per day.
				return unit{a.sing + " per " + p, a.plural + " per " + p, true}, true
			}
			if okA && s[:i] != "in" && perNoun(rest) {
				// A unit per a thing counted: "8,200 L/cow" liters per cow, "400 km/charge", and
				// per a unit of time after it, "200 mg/head/day" (round fifty-eight).
				return unit{a.sing + " per " + rest + per, a.plural + " per " + rest + per, true}, true
			}
		}
		return unit{}, false
	}
	if spaced && !un.spaced {
		return unit{}, false
	}
	return un, true
}

// perWord reads "/hr", "/kg", "/month" after a quantity: "per hour".
func perWord(s string) ([]string, bool) {
	if !strings.HasPrefix(s, "/") || len(s) < 2 {
		return nil, false
	}
	w := s[1:]
	if p, ok := perOnly[w]; ok {
		return append([]string{"per"}, strings.Fields(p)...), true // "$80/bbl" per barrel
	}
	if un, ok := unitWord(w, false); ok {
		return append([]string{"per"}, strings.Fields(un.sing)...), true
	}
	if w == "ea" || w == "each" {
		return []string{"each"}, true // "$9.99/ea" nine dollars and ninety nine cents each
	}

	if p := perTime[w]; p != "" {
		return []string{"per", p}, true // "$4.99/mo" per month
	}
	if isLetterWord(w) && !strings.Contains(w, "'") {
		return []string{"per", strings.ToLower(w)}, true
	}
	return nil, false
}

// scaleSuffix maps glued scale abbreviations: 5k, $5M, 2.3bn, 1tn.
var scaleSuffix = map[string]string{
	"k": "thousand", "K": "thousand", "M": "million", "mn": "million", "mm": "million", "MM": "million",
	"m": "million", "bn": "billion", "B": "billion", "b": "billion", "tn": "trillion", "T": "trillion",
	"mln": "million", "bln": "billion", // wire services' (round forty-four: "$76 mln", "$5.2bln")
}

var scaleNames = setOf("thousand million billion trillion hundred dozen lakh lakhs crore crores")

// metricPrefixes are the SI prefixes a base unit may carry, by symbol.
var metricPrefixes = map[string]string{"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "m": "milli",
	"µ": "micro", "μ": "micro", "n": "nano", "p": "pico"}

// baseUnits are the units a metric prefix composes with ("kDa", "µF", "GeV"); plain symbols
// that are also letters or words on their own ("m", "s", "A", "T") compose only here, after a
// prefix, never alone.
var baseUnits = map[string]unit{
	"W": u("watt", "watts", true), "V": u("volt", "volts", true), "A": u("amp", "amps", true),
	"Hz": u("hertz", "hertz", true), "Pa": u("pascal", "pascals", true), "J": u("joule", "joules", true),
	"N": u("newton", "newtons", true), "Gy": u("gray", "gray", true), "Sv": u("sievert", "sieverts", true),
	"Da": u("dalton", "daltons", true), "L": u("liter", "liters", true), "g": u("gram", "grams", true),
	"Wh": u("watt hour", "watt hours", true), "Ah": u("amp hour", "amp hours", true), "F": u("farad", "farads", true),
	"Ω": u("ohm", "ohms", true), "bar": u("bar", "bars", true), "eV": u("electron volt", "electron volts", true),
	"kbit": u("kilobit", "kilobits", true), "Mbit": u("megabit", "megabits", true), "Gbit": u("gigabit", "gigabits", true),
	"Tbit": u("terabit", "terabits", true),
	"mol":  u("mole", "moles", true), "Bq": u("becquerel", "becquerels", true), "Ci": u("curie", "curies", true),
	"lm": u("lumen", "lumens", true), "lx": u("lux", "lux", true), "Wb": u("weber", "webers", true),
	"H": u("henry", "henries", true), "S": u("siemens", "siemens", true), "VA": u("volt amp", "volt amps", true),
	"M": u("molar", "molar", true), "Nm": u("newton meter", "newton meters", true),
}

// prefixedUnit reads a metric prefix and a base unit of baseUnits: "kDa" kilodalton. Molar
// takes only the small prefixes ("mM", "nM"; "MM", "kM" are not units).
func prefixedUnit(s string) (unit, bool) {
	// Every prefix is one character (TestMetricPrefixesOneCharacter), so s's is the one its
	// first character names, looked up directly instead of ranging over the map (speed; asked
	// of most tokens).
	_, size := utf8.DecodeRuneInString(s)
	if size == 0 || size >= len(s) {
		return unit{}, false
	}
	p := s[:size]
	if word, ok := metricPrefixes[p]; ok {
		rest := s[size:]
		base, ok := baseUnits[rest]
		if !ok || rest == "M" && (p == "k" || p == "M" || p == "G" || p == "T") {
			return unit{}, false
		}
		first, tail, _ := strings.Cut(base.sing, " ")
		pfirst, ptail, _ := strings.Cut(base.plural, " ")
		sing, plural := word+first, word+pfirst
		if tail != "" {
			sing += " " + tail
			plural += " " + ptail
		}
		return unit{sing, plural, true}, true
	}
	return unit{}, false
}
