package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// readerSeeds are the readers' fuzz seeds, also the inputs of TestGuardsChangeNothing.
func readerSeeds() []string {
	seeds := []string{
		// Round forty-five: prices per unit before a noun, versions named by a year, × sizing a
		// thing, short hosts, camel-case names, valuation multiples, pairs before a noun, watts
		// before a rating, service numbers.
		"the new $2-a-ride bus fare", "$2-a-ride.", "$3.50-a-gallon gas", "$2-a-", "$0.5-a-day x",
		"the 2024.14 software", "2024.14.3 update", "1989.1 update", "2099.123 build", "2024. update",
		"Storage shed, 10 × 12, new", "lot is 60 × 120.", "8 × 10 and 11 × 14.", "× 12", "10 ×", "what is 2 × 3",
		"gofan.co", "myfax.com", "go.co", "gofa.com", "FaZe", "NaVi", "OpTic", "WiFi", "AbCdE", "Ab", "AbC",
		"EV/EBITDA", "debt/EBITDA", "EV/", "/EBITDA", "TEV/Sales", "the 12GB/256GB model",
		"8GB/128GB and 12GB/256GB versions", "1GB/ and 2GB/x phones", "a 140 W TGP", "140 W TDPs",
		"The 311 app", "a 988 call", "the city's 511 website", "311",
		// Round forty: multi-buy prices, daily values, nutrition labels, barcodes in groups, a
		// code for a name, agencies' hosts.
		"2/$5", "3/$1.50", "10/$10.", "1/$5", "2/$", "2/$5M", "2/$5 million", "99/$0.99", "123/$4", "2/$-5", "2/€5,50",
		"8% DV", "10%DV", "%DV", "x%DV", "1.5%DV.", "DV", "5 DV",
		"Sat. fat 3g", "sat fat 2g", "1.5g sat fat", "sat fat", "Sat. Fat", "chol. 25mg", "Chol 0mg", "chol", "chol. x",
		"UPC 0 41220 98765 2", "EAN 5 012345 678900", "SKU 1 2 3", "code 0 0 0 0 0 0 0 0", "UPC 0 12345 67890 1 2 3 4",
		"code for FreshCart is 482913", "PIN for Whole Foods is 5521", "for X is 12", "code for is 1",
		"fsis.usda.gov", "ams.usda.gov", "ask.usda.gov", "www.ers.usda.gov/data", "x.usda.gov", "ams.gov", "fsis.org",
		"+$0.75", "+$1.50.", "+$0.00", "+€1,50", "+$1.5", "(reg. $5.49)", "reg. $", "reg.", "Reg 12", "mkt. price", "MKT", "mkt",
		"42¢ per oz.", "$1 per oz", "per oz", "x per OZ", "5 per Oz", "12 oz. cans", "16 oz. jars of", "8 oz. cream", "1 lb. x", "2 in. pipes",
		"1-888-SAFEFOOD", "1-800-ABCDEFGHIJ", "1-800-ABCDEFGHIJK", "1-800-GOOD-FOOD1", "@bluebottlecoffee", "@abcdefghij", "@Bluebottlecoffee", "@dinnerdiaries.",
		// Round forty-one: aircraft registrations, over as a preposition near a fraction,
		// releases named by a year, run-together hosts of four words, primes before vessels,
		// HP, listing abbreviations, fuel economy pairs, niners, inches hyphened, tire sizes,
		// tracking digits.
		"tail number N172SP", "Cessna N4521K", "N95 plane", "N123456 plane", "N0AB plane", "Nabc plane", "N1ABC plane", "registration N12", "N1a plane", "tail no N5",
		"1/2 mile over the bay", "2/18 in his last over", "over", "3/4 over 5", "over.",
		"2024.38.6", "2024.03.15", "1989.1.2", "2099.99.99", "2024.123.1", "2024..1", "2024.1.", "20245.1.2",
		"usedcarsforsale.com", "classiccars.com", "aaaaaaaaaaaa.com", "forforforfor.com", "zillow.com",
		"a 21' bowrider", "24' pontoons", "'Take 5' boat", "1234' boat", "0' boat", "21′ skiff", "21 ft bowrider", "3 m yacht",
		"150HP outboards", "150-HP", "HP", "3 HP", "1.5 HP boat", "-5HP", "+5HP", "HP boat 5", "9.9 HP Yamaha",
		"5-spd", "4dr", "6-CYL", "6-Cyl", "0dr", "123dr", "-spd", "4-", "112k mi", "k mi", "1.5K mi", "-2k mi",
		"city/hwy", "hwy/city", "city/36 hwy", "city/ hwy", "city/1234 hwy", "/hwy",
		"29er", "29ers", "19er", "99ers", "9er", "29erz",
		"20-in. alloys", "9-in screen", "-in. x", "1.5-in. pipe", "20-in.", "20-in x", "-20-in. x",
		"225/45R17", "120/70ZR17", "P265/70R17", "LT275/65R18", "LT/45R17", "225/45Q17", "025/45R17", "225/45R1", "225/45R", "P/R",
		"18 kWh/100 mi", "6.5 L/100 km", "22 kWh/100km", "1 kWh/100 mi", "kWh/100 mi", "5 L/100", "5 L/1000 km", "5 l/100 ft", "5 Wh/100x",
		"NEMA 14-50", "NEMA 6-50.", "NEMA", "NEMA 0-50", "NEMA 123-45", "NEMA 5-", "NEMA -5",
		"12/8 3:45 PM", "03/14 at 7:02 am", "1/5 @ 9 pm", "13/8 3:45 PM", "12/32 3:45", "0/5 3:45", "12/8 at", "12/8", "12/8 25:00",
		"6061 aluminum", "7075-T6", "2024-T3 sheet", "5052-H32", "6061-T6511", "6061-X6", "9061 alloy", "in 2024 aluminum", "6061-T", "0061 alloy",
		"4 PM PDT Sat", "5 PM EST Fri,", "at noon PT Sun", "PDT Sat", "4 PM XYZ Sat", "4 PM PDT Sat.",
		"120/70-17", "90/90-21", "12/24-26", "50/90-21", "90/91-21", "90/90-30", "90/90-", "/90-21",
		"18 kt crosswinds", "a 25 kt headwind", "1 kt tailwind", "kt headwind", "OBD-II", "SAT-III.", "X-II", "OBD-IIII", "OBD-MM", "ABCDEF-II", "OBD-I", "OBD-XII", "OBD-XIII",
		"depart 1430L", "at 0930L", "ETD 0800L", "at 2460L", "at 1299L", "holds 1500L", "at 14301L", "at L",
		"SV650's", "F-150's", "Z900’s", "1990's", "A's", "-1's", "A-'s", "ABCDEFGHIJKLM1's", "F-150's x", "this yr", "a yr", "Yr", "yr",
		"3.73:1", "4.10:1", "2.5:1", ".5:1", "1.:1", "3.7:", "3.7:1234", "-3.7:1", "1,2.5:1",
		"SEA → ANC", "LAX -> SEA", "ANC →", "→ FAI", "SEA → FAI.", "NASA → ESA", "SEA→ANC", "sea → anc",
		"USPS 9400 1118 9922 3344 5566 77", "Waybill 4412 8890 21", "shipment 1234567890", "FedEx 1 2 3 4 5 6 7 8 9 0", "UPS 12345", "parcel # 123456789012345678901234567890123",
		// Round thirty-nine: a three-digit diastolic, transit vehicles' numbers, a slash beside a
		// run-together compound.
		"BP 190/110", "172/108mmHg", "150/100 mm Hg", "BP 99/1000", "pressure 120/0099",
		"Bus 4417 was", "bus 2005", "Car 1207 of the train", "Car 1207", "Trolley 1410 returns", "Bus 1500 drivers", "bus 0417", "coach 12345",
		"Northbound/southbound", "crosswalk/x", "carpool/vanpool/bikeshare", "a/northbound", "northbound/", "/northbound",
		"SB 1047 passed", "Assembly Bill 1482 caps rent", "HB 1500 students", "Bill 1234", "SB 2005", "Schedule 8812", "schedule 1500 jobs",
		"a 10-50 at", "the 10-4 police", "a 10-", "a 10-0 unit", "a 10-99 police", "a 10-100 police", "10-5",
		"fled E/B on", "N/B", "x/B on", "S/B", "a W/M suspect", "H/F wanted", "W/m2", "Z/M suspect", "W/",
		".40 cal", ".22 caliber", ".380 calibre", ".4 cal", ".4000 cal", ". cal", ".45 cal.", ".40cal",
		"Form 540NR", "Form 1040SR", "Form 12ABC", "form 99X", "Form 1040sr", "Schedule 8812EZ",
		"the 300 blk of Oak", "4500 blk of", "blk of", "300 blk", "3 BLK of", "Pub. 17", "pub. 15", "Pub.",
		"Ord. 1432", "Res. 5621", "Rt. 66", "CA lic. 7ABC123", "lic. #44", "lic.", "Ordinance 1432 was", "Resolution 2005",
		"the 11/19 meeting", "the 13/19 meeting", "the 9/11 hearing", "the 1/ vote", "the /5 vote", "the 011/19 meeting",
		"due 4/15, 6/15, 9/15 and 1/15", "on 3/4, 3/11 or 3/18", ", 6/15", "and 1/15", "due 4/15, x, 6/15", "due 4/15 and and 1/15",
		"I-405 N/B for", "Route 9 S/B near", "I- N/B", "SR-99 E/B", "US-101 W/B", "9 S/B",
		"Yes 52%, No 48%", "Yes: 4,210 No: 3,998", "No 5", "yes No 5", "Yes No", "NO 7 yes", "Gov't Code", "Nat’l", "int'l", "gov'", "'", "’", "Att'ys",
		"CUP 23-014", "CUP 2026", "CUP -1", "CUP 1-", "CUP",
		"plate JKT 4472", "tag KX 2290", "plate number is LMN 4407", "plate no ABCD 1234", "The ABC 2024", "plate J 123",
		"TIP411", "GO511", "HELP411", "A411", "ABCDEFG911", "TIP111", "TIP4111", "tip411",
		// Round forty-two: catalogue numbers, file extensions, units after a number, UT, district
		// hosts.
		"NGC 2237 nebula", "Kepler-1625b", "WASP-", "TOI-0", "Kepler-12345678b", "HR 8799 star", "GJ 1214b",
		"a.ipynb", "a.b.mjs", ".ics", "x.h5", "_.ino", "-.pds", "a..ipynb", "é.ipynb",
		"12 N force", "1 N", "40 N/m", "4.18 J/g°C", "3 J/(kg·K)", "5 J/", "N/", "1 M HCl", "2 million M☉", "1.6 R⊕",
		"80 m^2", "9.8 m/s^2", "1 kg/m^3", "5 x^2", "1 ^2", "03:00 UT", "0:00 UT", "3 sig figs.", "sig figs",
		"dallasisd.org", "lausd.org/a", "isd.org", "usd.org", "a@nisd.net",
		"NaOH", "CuSO4 water", "Fe2O3", "LiCl flame", "HeLa", "GaN", "Na99", "Na0", "Xx2", "NaCl", "Thurs. 9/18", "Tues., 11/4,",
		"deadline: 13/40", "deadline is 1/15", "deadline: 3/4 of", "Mon. 0/0", "ISO 9001:2015", "ISO 9001:15", "ISO :2015",
		"ISO 1:2015", "fx-991EX", "fx-9", "fx-", "fx-0991", "fx-83gt", "1450+ SAT", "1455+ SAT", "SAT 1600+", "1 J/(mol·K",
		// Round forty-three: proposal numbers, names cut before an inflection, web words in names,
		// initials the lexicon lists, sums after another, any and no; dates after date, lists of
		// sums, subreddits, after hours; tax forms, per share, estimated, zero cents.
		"EIP-4844", "ERC-721", "BIP-39", "SLIP-0044", "ISO-27001", "RFC-9110", "EIP-", "-1559", "EIP-1559-2", "XYZ-1234", "EIP 7702", "ERC 20", "PEP 8 x",
		"phishing@chase.com", "#phishing", "bikeshed.com", "moneyblog.net", "#budgetblog", "taxwiki.org", "phished", "#phishingblogs",
		"fdic.gov", "fdic.com", "sipc.org", "fdic.gov.uk", "xfdic.org",
		"another $35 overdraft fee", "no $5 fee", "any $10 charge", "another $2 million went", "another $300 today", "another 5 km loop", "another $", "no 5 fees",
		"date is 11/24", "date: 12/19", "posted 3/14", "date 13/40", "is 6/1", "date 0/5", "$50K/$100K/$25K", "$1/$2/$3/$4/$5/$6/$7", "$5/$/$5", "£9.50/€1/$2", "$5 / $10", "$1 a / $2", "/ $5", "$5 /",
		"r/wallstreetbets", "r/investing", "r/", "r/Stocks", "r/a", "r/wall-street", "3% AH", "AH trading", "AH", "% AH",
		"Rm. 204", "Rm 0204", "Rm. 12345", "Spanish I & II", "French I.", "Algebra I and IV", "and II", "& II", "T-10 minutes launch",
		"T-", "T-1234", "Honors/AP", "AP/Honors", "A/B", "Honors/", "/AP", "Scratch 3.0", "Scratch 3.0.1.2", "Scratch .5",
		"1099-B", "1099-INT", "1040-X", "1099-", "1099-b", "1099-ABCDE", "2024-B", "$0.25/sh", "5/sh", "$5 est.", "5% est.", "est.", "est", "a $5.00 fee", "a $0.00 fee", "a $.00 fee", "a $5.000 fee",
		"AD 618–907", "AD 618-907", "A.D 1-2", "AD 0618–907", "AD 618–", "AD –907", "AD 12345–1",
		// Round thirty-eight: plural marks, UTC offsets, quoted clocks, glued citations, double
		// primes, a plus after a unit, advisory hours, mm Hg, shooting lines, decimal degrees,
		// emphasis around numbers, typed arrows.
		"item(s)", "box(es)", "ID(s).", "f(s)", "5(s)", "(s)", "a(s)", "é(s)", "x(es", "((s))",
		"UTC-5", "GMT-12:45", "UTC-15", "UTC-5:60", "UTC-", "UTC-5:3", "UTC-based", "GMT--5",
		"'21:00'", "'6:30", "'24:61'", "'9:", "':30", "'08",
		"farmed.[4]", "(1998).[12]", "x,[7] y", "1932.[3][5]", "a.[12345]", ".[1]", "x.[1", "x.[a]", "x.[1]]", "x.[1][", "arr[1]",
		"2-4″", "1″", "6″ to 10″", "6′ 1″", "15″+", "″", "1-″", "-2″", "1,000″", "1.5–2.5″",
		"16GB+", "65W+", "30ft+", "30-40+ mph", "1-2+ x", "18+", "+", "5++", "1e9+", "100°F+",
		"28˚C", "˚C", "x˚", "90˚",
		"at 800 PM EDT", "1100 AM AST", "by 1130 PM", "770 AM radio", "at 1260 PM", "at 060 AM", "999 PM UTC",
		"150 mm Hg", "150 …", "5 \"", "5 —", "130/80 mm Hg", "120/80 mm/Hg", "135/85mmHg", "5/5mmHg", "1/2/3mmHg", "mm Hg", "x mm/Hg",
		"shot 9-14 from the field", "went 12-20 from the floor", "4-9 on 3-pointers", "20-9 from the line", "0-0 from deep", "9-14 from",
		"25.4°N", "3.52°S, 1.2°E", "25.4N 71.2W", "72.9W", "LOCATION...29.7N 72.9W", "1.5°Q", "-2.5°N", "1,2.5°N",
		"**100 %**", "*40*", "**75", "*67*", "****4417**", "**1** and", "*12 x*",
		"-> a", "a -> b", "=> x", "p => q", "→ x", "->", "=>",
		// Round forty-four: a post's age, the ordinal sign for degrees, the curly inch, a range of
		// round hundreds, a spaced dollar sign, a signed half, a fiscal year's oh, HR's bill.
		"16d ago", "0d ago", "10m ago", "1w ago", "99999d ago", "5x ago", "d ago", "98ºF", "º", "5º", "Nº 5", "1-2ºC",
		"9” pan", "13X9” dish", "“10”", "X9”", "9”x", "500-1500 words", "100-1000", "900-9000", "0-1000", "call 500-1500",
		"$ 60,000", "$ 1.5 bn", "$ x", "$ ", "$ -5", "(-1½)", "+3½", "-½", "+1¼x", "-1234½", "FY09", "FY00", "FYx9", "FY0",
		"WINDS...105 MPH...165 KM/H", "...HEAT", "...4410", "1..10", "a...b...1", "…5", "5…", "x……y", "....", "...", "A...", "...1a", "3...2...1...go",
		"947 MB pressure", "500 MB", "2 T. salt", "1 t. vanilla", "5 t. of steel", "2 T.", "T. salt",
		"Hand (1-0) pitched", "Jefferson (3-6, 1-4) will", "(3-6, 9-9)", "X (00-1) pitched", "A (1-0", "(1-0)",
		"am/pm", "Jr.'s", "Sr.’s", "§ 34-23", "Sec. 26-1", "§ 1-2", "§ 23-034", "passed 11-20-17", "on 13-40-17", "on 1-1-1",
		"2018/2019", "2024/2025 x", "2099/2100", "1899/1900", "2018/2020", "at 550 W. Lakeview", "on 99 W. X", "at 0550 W. Main", "at 550 W.", "near 12345 W. Oak",
		"1950s-1980s", "80s-90s", "'60s-'70s", "1950-1980s", "0s-0s", "1955s-1960s", "’80s-’90s", "s-s", "80s-",
		"Form 1040-SR", "1099-NEC", "4412-A", "0400-X", "1426 W. 300 N.", "850 E. 1100 S.", "99 W. 10 N.", "1426 W. 300 N", "1426 W. 0300 N.",
		"$76 mln", "$5.2bln", "€4 bln", "5mln", "year/year", "Year/Year", "HR 3055 passed the House", "HR 12 bill", "HR 99999 vote",
		"1m26.884s", "2m05s", "0m0s", "99m59.9s", "1m60s", "1m5.s", "m5s", "1ms", "400m", "3m users", "120 KM/H", "15 M/S", "per sq. km", "per sq.", "With the win, the Hawks (9-4)",
		// Round thirty-two: travel routes, prices times counts, rail numbers, spaced electrical
		// figures and per-slashes, half stars, inch sizes before an adjective.
		"Hanoi–Hue sleeper", "–Hue sleeper", "Hanoi– departs", "A–B departs", "É–Ü coach", "Hanoi–Hue–Vinh sleeper", "x–y express",
		"€2 × 3 zones", "2 × $12 taxes", "$ × 3", "4 × 2 rides = 8", "4 × 2 m = 8", "5€ x 2", "¢ x 1", "1¢ × 2¢", "US$ x 2",
		"Eurostar 9014", "ICE 300 agents", "TGV 320 km/h", "Acela 2024", "ICE 0123", "Thalys 99999", "ICE 123.",
		"120 V / 60 Hz", "5 V / 2 A work", "230 V / 50 Hz outlets", "1 V / 1 A", "V / 60 Hz", "120 V /", "/ 60 Hz", "-5 V / +2 A", "1,000 W / 50 Hz",
		"$129 / night", "€35 / Person", "$ / night", "129 / night",
		"★★★½", "★★★½☆", "★½", "½☆", "★★½½", "★★★★★★★★★★½", "a ★★½ hotel", "(★★★½)",
		"Day 2: x (B/L)", "(B/L/D)", "(D/B)", "(B/B)", "(L/", "(/L)", "(B/L/D/B)", "meals (B", "Day x (B)", "(b/l)",
		"016-2345678901", "0-12345678", "12345678-0", "2024-0182299", "0-", "-0123456789", "01-2-3", "1234567890123-0123456",
		"14:20+1", "06:10+1", "24:00+1", "23:59+3", "9:5+1", "12:00+0", "12:00+9", ":00+1", "12:00+", "12:0a+1",
		"€2.50 pp/night", "$ pp/day", "5 pp/night", "€1 pp/", "€1 pp/pp", "1PC bag", "0PC bag", "99PC baggage", "PC bag", "1 PC bag", "x PC bags", "123PC bag",
		"rates Fri–Sun", "Fri–Sunday route", "Sun–Moon route", "Fri–Sun",
		"$16/pp/day", "€8/pp/night,", "$/pp/day", "$-1/pp/day", "16/pp/day", "$16/pp/pp", "$16/pp/", "#KT-04", "#K-", "#-04", "#KTXYZ-04", "#kt-04", "#KT-123456789", "#É-1",
		"iPhone's", "YouTube's", "MacBook's", "NASA's", "aB's", "iPhone’s", "iPhone's's", "éB's", "iPhone'S",
		"65\" smart TVs", "8\" fresh snow", "\"5\" smart TVs", "15.6″ thin laptops", "-5\" smart TVs", "65\" smart",
		// The lead's round thirty-seven: undated dotted versions, identifiers after #, rule lines,
		// wiki heading marks, = emoticons, tight ellipses.
		"to 5.2.15", "on 5.2.15", "is 12.1.24", "5.2.15.", "05.2.15", "5.02.15", "5.2.1", "5.2.150", "31.12.99", "1.13.20", "#12345", "#1234", "#123456789012345678901", "#12a45",
		"==========", "=", "==", "===", "+++", "+-+", "+|+", "|||", "=-=", "+-----+", "| a |", "== H ==", "x == y", "=)", "=(", "=D", "x =3", "lol =)",
		"4/8/16 GB", "30/60 fps", "8/16 GB models", "1/2 cup", "5//10 mg", "1/2/3/4/5/6/7 GB", "256GB/512GB/1TB", "1GB/2GB/", "-1GB/2GB/3GB", "1GB/2xx/3GB",
		"x = 7/4", "by 9/5", "multiply by 9/5", "= 1/2 cup", "= 7/21", "= 1000/3", "7/2 +", "= 7/0", "= 7/4.", "= 7/4)",
		"ISO 100-6400", "ISO 8601-1", "ISO 6400-100", "ISO 0100-6400", "8GB+128GB", "16GB+512GB model", "8GB+", "+8GB", "8GB+x", "300 dpi", "460 PPI", "GaN",
		"5km–10km", "2L-3L", "2h–3h", "10km-5km", "5km–10mi", "5°–10°", "-5km-10km", "5km–", "–10km", "2h–3h.", "2h–3",
		"Studio 1412", "Studio 2022", "studio 0412", "ex.com/best-games-2024", "ex.com/2024-05", "ex.com/a-", "ex.com/-1",
		"7 a.m.-5 p.m.", "a.m.-", "p.m.–5:30", "8 a.m. - 4 p.m.", "pm - x", "MLS# 4417829", "Order# 1189234", "X# 123", "MLS# 44", "43017 and 43016 ZIP", "90210 zip", "311.nyc.gov", "511ny.org", "1.2.gov",
		"news@wkyc.com", "jo@kayak.com", "a@wkyc11.com", "the regular season 9-1", "the whole season 12-4",
		"vision 20/40", "20/200 vision", "vision 20/04", "vision 20/4000", "eye 21/40",
		"lost 24−17", "won 0−0", "won 1234−5", "won 3−", "won −3", "vote 5−4=1", "final: 98−95",
		"UTC+05:30", "GMT-5", "UTC−03:00", "UTC+0530", "UTC+99", "UTC+5:", "UTC+5:07", "UTC +5:30", "GMT+00:00", "UTC−", "UTC+−1", "GMT-05:3",
		"wait...what", "a..b", "so…yeah", "so……yeah", "x...", "...x", "1...10", "wait...2", "é...à", "a.…b",
		// Round twenty-six: a test's name as a path segment, and initials said as words.
		"ab.com/sat", "ab.com/sat/", "ab.com/SAT?x=1", "ab.com/sat#p", "ab.com/x-sat", "sat.com", "ab.com/lsat/mcat", "ab.com/psat:1", "HODL's", "REKT.", "🎙️🛞",
		"495 hp", "250-hp", "382hp", "0hp", "-5hp", "1,200 HP sedan", "50 hp potion", "470 lb-ft", "1 lb.-ft.", "120 MPGe", "hp", "x lb-ft",
		"@jenny-m", "@sam-lee-22", "@-", "@a--b", "@a-", "@-a", "@a-b@c", "@a-b_c", "@é-ü",
		"$45 adv", "$ adv", "£5 DOS", "€-5 dos", "$1.5k adv", "VIP M&G", "M&G", "M&G tickets",
		"8'45\"/mi", "10'05\"/km", "4′58″/km", "8'00\"/mi", "8'65\"/mi", "123'45\"/mi", "8'4\"/mi", "8'45\"/", "8'45\"/x", "'45\"/mi", "8'45/mi",
		"5x²", "2t² + 8t", "3y + 2y = 5", "4x^2 - 9 = 0", "x - 3 = 1", "(a - b)", "b)(a - b)", "x − y", "0x²", "1.5n^99 - x", "12m² - x =", "a - (b", "x^ - 1 =",
		"22 Main St N, Springfield", "Terry Ave N.", "500 Broad St South", "That seemed apt. Then", "Apt 4B,",
		"Suite 1507", "0600 hours", "at 0900", "Invoice 20931", "error 404", "Text STOP to 86753",
		"Austin, TX 78701", "753 BC", "AD 79", "3 p.m. ET", "noon GMT", "went 11-5", "is 8-0.",
		"rated 9/10", "a 3/1 favourite", "a 3/8-inch bolt", "$5-a-day", "1080p", "1920 × 1080",
		"Python 3.11 and 3.12", "v1.4.2", "v1.", "report.pdf", "a.tar.gz.zip", ".NET", "HTTP/2",
		"P/E", "IPv6", "4% y/y", "MoM", "cdc.gov", "washingtonpost.com/about-us", "#blacklivesmatter",
		"imo", "tl;dr", "TIL", "ty for it", "🎉🎉", "🤷‍♀️", "👍🏽", "🇺🇸🇫🇷", "🇿", "1️⃣", "#️⃣",
		"x = −3", "−5 °C", "2 × 4 lumber", "3 × 4 = 12", "±0.5", "≈ 3", "120/80 mmHg", "25 bps",
		"Boeing 787", "RTX 4090", "-", "−", "×", "/", "v", "#", "AD", "BC 1", "0000 hours",
		"2359 hours", "2400 hours", "a 1/0-inch", "99/1", "0/5", "10/10", "Go 1.2.3.4.5",
		"won 6-4, 3-6, 7-6", "6-0 and 6-0", "ARM64", "450 W under", "the slope is −2x",
		"whitehouse.gov", "github.com", "nbcnews.com", "loc.gov", "gov.uk/x", "Flight UA 857",
		"Dial *67", "Order ABC-12345", "F-150", "0100 GMT", "8/7c", "batted .300", "Q4 2024 sales",
		"15 mg/kg/day", "n/a", "c/o", "0.25 pp", "from the NW", "Her room, 1712, is", "the 911 call",
		"The Dodgers (98-64)", "The order, No. 55102,", "Chrome 126 ships", "The IV drip",
		"40 W 57th St.", "on E St NW", "are 4-0-1", "finished 18-9-5", "4.25%-4.50%", "4K/60fps",
		"1080p/60", "calling 311", "the 737 MAX", "RISC-V", "PostgreSQL 16", "airbnb.com",
		"eeoc.gov", "reddit.com", "photo_2024.jpg", "_.txt", "a__b.pdf", "10:00 CEST", "9:30 IST",
		"Unit 1203", "PO Box 7710", "555-0199 x31", "x2207", "the 50/30/20 rule", "$4.99/mo", "NVMe",
		"2.1 mIU/L", "3-4 cups/day", "app.example.com", "$4.1B-$4.3B", "$2.5M-$1B", "the 777X",
		"pinterest.com", "$1B-", "1K/", "4K/1", "9-9-9-9", "x1",
		"Train 2150", "2.0.1", "zillow.com", "grafana.net", "squarespace.com", "7950X", "5′ 11″",
		"6' 2\" wide", "18\" of snow", "are 2-8 and 0-5", "1/2 tsp", "4:2:2", "2 p.m. ET / 11 a.m. PT",
		"q6h", "q4-6h", "Invoice #INV-2024-0042", "code: 384-221", "PO 45-7781", "St, London",
		"$9.99/ea", "54 y/o", "n=1,200", "macOS to 13.0", "1.x", "7800X3D", "+$1.2M", "2 × 6 × 8",
		"$4.50-$4.70", "5% p.a.", "INR 2.5", "in 25:30", "5:06/km", "+1-202-555-0143",
		"+44 (0)20 7123 4567", "(02) 9374 4000", "ID is 812 3456 7890", "5th Ave", "2h 15m",
		"3 nights x $189", "Route 9W", "the 747-8", "1080p60", "Slide 3/12", "2024/25", "24-7",
		"#2024Goals", "#foodie", "🧑‍🎓", "(0)", "+1-", "q-h", "9:9/", "y/o", "5′",
		"localhost:8080", "localhost:0", "localhost:123456", "127.0.0.1:80/a", "1.2.3.4:9", "256.1.1.1:80", "a.com:443/x:1",
		"x.io:1/", "LOCALHOST:5173.", "1.2.3.:80", "db.example.com:5432", "@a.com:80", ":80", "localhost:",
		"Flight 5J 812", "flight W6 2203", "a G4 410 chip", "5J 0", "CMake 3.28", "JUnit 5.10.", "XGBoost 2.0", "THis", "ABc",
		"AAAAbc 1.2", "CMake's", "GLib 2.5 MB", "the 2.0 beta", "a 0.0.0 rc", "the 1. update",
		"from 02:00 to 04:00 UTC", "09:00 – 99:99 Z", "00:00 to 01:00 GMT", "05:00 and 06:00 UTC.",
		// round six
		"Ctrl+Shift+R", "Cmd-", "Alt+F99", "ctrl++", "****4417", "xxxx-xxxx-1234", "••••", "$4.99 ea.",
		"(v2)", "v0", "the 1:1 to", "1:1s", "7-6(5), 6-4", "6-7(", "7-6()", "Alcaraz def. Sinner",
		"there, def.", "Highs near 31C", "-4F heat", "at 12.30 on Saturday", "the 10.15 to Leeds",
		"from 12.00 until 2.30", "142.9p", "§ 1030", "H.R. 4521", "Ring 999", "called 112 times",
		"code is 47 19 03", "IBAN DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "DE89",
		"ur the best", "I'm wfh today", "Windows 10/11", "odds of 11/4", "Scale 1:50", "1:50,000",
		"1:5,0", "Smith v. Jones", "£1,450 pcm", "10^9/L", "10^/L", "Arsenal are 2/1 to win",
		"M–F 9-5", "TID x 5 days", "Settings > Privacy", "timeout 30s", "45s", "f(x) = −x²",
		"f(", "24/7/365", "+49 30 901820", "India 287/6 after 50 overs", "$5–10M", "the 737-800",
		"2025-06-14T18:00Z", "2024-01-02T09:00:00+02:00", "2024-13-40T99:99Z", "T", "13 Dec 2024",
		"Wind: SW 15 km/h", "NNW 5 mph", "2x/day", "0x/d", "$AAPL", "$", "401(k)", "501(c)(3)", "401()",
		"dep. 11:50", "arr.", "MUC–SFO", "–", "850 sq ft", "1 sq", "on 11/03", "as of 12/00", "Go ≥ 1.21",
		"+81 3-1234-5678", "+1 2--3", "9am ET/6am PT", "ET/", "S&P/TSX", "&/&", "10am - 10:30am", "...4410",
		"…", "8XYZ123", "Celtics 112, Heat 101", "Fwd: x", "Mon 9-5 / Tue 9-5 / Wed closed", "Est. arrival",
		"345-7 at stumps", "10.00–17.30 daily", "£35pp", "Ref. no. 4471/2023", "KB5034441", "0x80070057", "0x",
		"soooo", "lmaooo", "LMAOOO", "aaaaaaaaaaaaaaaaaaaaaaab", "yesss", "dont", "S. 2226", "Section 230", "(D-Calif.)", "R-Texas", "D-N.Y.", "I-", "12k people", "Tue, Mar 4", "Sec 104, Row 12", "S02E05", "S1E", "1015 mb pressure", "1 mbar", "Pt is", "LDL 140 fasting", "Mon | 14", "2πr", "2π", "tracking no. JD0146", "eta 10",
		// round seven
		"Cleared to FL350.", "FL 240", "FL", "FL9", "FL 0", "Runway 27L", "runway 09R", "RWY", "runway 37", "runway L",
		"1430Z", "2599Z", "Z", "Case No. 2024-CR-001187", "case 2023-CV-", "1999-A-1", "15.6\" FHD display",
		"12 kn", "400 Nm", "40 kDa", "5 µW", "3 μ", "2 MeV", "1 kM", "10 pm", "µ", "Appt", "Det. Sgt. Rhodes",
		"Ep. 14:", "pg. 45", "sry", "b there in 5", "b", "gonna b late", "Acme®", "®", "™™", "Copyright ©",
		"Shares fell 8p to 212p", "9999p", "Valid thru 08/27", "exp 13/27", "card exp 00/27", "Miami (12-5) hosts Buffalo (11-6)",
		"(1-)", "Mk 2", "PLS CALL ME",
		"v2.1.0-rc1", "v3.0-beta", "v0.9.3b", "1.2.0-alpha.2", "5.0.0-rc.", "v1.2-", "v1.2-rc1.2.3", "WWII", "21st c.", "24K gold",
		"18 kt gold", "3 st 4 lb", "1.2k likes", "^ this", "^^", "2 ^ 10", "Dx: T2DM", "Temp 38.2 C", "28 U.S.C. 1331", "2–4\" of", "-4\"", "#24-00871", "MLS# 22-1187", "#1-3", "#-", "#0-", "Plate ABC-1234", "90 sqm", "thx 4 the help", "talk 2 u", "C u", "c", "4", "game 4 the", "χ²(2)", "η²", "²η", "Mtg", "★★★★☆", "☆★", "★", "a ★★★ hotel", "★★★★★★★★★★★", "A ⇒ B", "∆T", "Wind 10-15 kt", "IMO 9811000", "at 2310 hrs", "220V/50Hz", "5V/2A", "1/2", "3BR/2BA", "BR/", "Winds 270 at", "squawk 7700", "2x AA", "7B parameters",
		"5★", "41°43′N 49°56′W", "27°59'N", "°N", "1°1′1″S", "12k gold ring", "Act 1861", "6 a.m.–2 p.m.", "£45k–£55k pa", "–5", "5–", "$–$", "4.2 s", "under s. 18", "ss. 4", "s.", "£5 p.a.",
		// round eight
		"won in 2:00:05", "1:00:00", "26:14:03", "0:58.2", "0:", "0:5.", "1:00.5", "99:59:59", "at 2:00:05", "2:00:05 pm",
		"7a–7p", "7a-7p", "9a and 5p", "7p-7a", "13a-5p", "0a-0p", "a-p", "7a - ", "– 7p", "8:30a–4:30p", "50p-75p",
		"2.0L turbo", "5.7L V8", "1.5L", "9.9l engine", "2.0L V99", "3.4m views", "2 m people", "1.2m tall", "m", "-1m views",
		"80p/kg", "85p/ea", "p/kg", "1p/", "£25/sq ft", "90p/sq ft", "$/sq ft", "/sq m", "£/sq",
		"GTA V", "Final Fantasy X", "USA V Canada", "V", "X", "hit his 40th HR", "2-for-4 with a HR", "40 HR per week", "HRs", "1 HR",
		// round nine
		"1/2 price", "½ off", "1/2-price tickets", "1/2 a", "1/2 of", "2 1/2 days", "Page 1/2 of", "1/2-", "1/2 ",
		"ons.gov.uk", "va.gov", "x.int", "my.gov.au", "ice.gov", "a.gov", "QUIC", "YAML", "1 kt 2 kt wind", "EXP 01/27 card",
		"x. " + "   B. B. 1. 2. ", "212p 1p shares", "(1-2) hosts (3-4)", "2x = 4",
		"0800–1600 UTC", "2300-0700 hrs", "0000-2400", "2359–0000", "0960-1000", "1-1", "x = −40 °F", "= −5°C", "= −",
		"c. AD 80", "ca. CE", "c. AD", "Psalm 23:1", "Genesis 1:1–3", "John 3:16-", "1 Corinthians 13:4", "3 John 1:1",
		"Gen. 1:1", "Matt. 5:9", "Rev. 0:1", "Job 999:999", "12.4 mb/d", "1.2m bbl/d", "bpd", "1 bbl", "3 Mt",
		"250 cells/µL", "cells/", "2 words/min/day",
		"in OT", "3-2 (OT)", "in 2OT", "(OT)", "CVE-2024-3094", "CVE-2021-44228", "CVE-", "CVE-2024-", "CVE-0000-00000000",
		"Port 443", "port 8080", "10 mg/m2", "32 pts, 10 reb, 8 ast", "3 TDs", "2 INTs",
		"Kotlin 1.9.23", "Unity 2022.3", "Unity 2099.99.99", "Unity 1989.1", "221B Baker Street", "0221B Baker St.", "1600 block of",
		"0600 block of", "lmfao", "otw",
		"07700-900-123", "00-1234-5678", "0-1", "1-800-273-TALK", "1-888-FLY-AWAY", "1-800-", "1-800--A", "1-899-A",
		"code SPRING-2024", "code SUMMER25", "code ABCD-", "code A-1",
		"60+ mph", "a 10+ km hike", "1+ m", "+ mph", "0.9% NaCl", "KCl",
		"0-for-12", "0-for-", "0-for-1234", "Room 101-A", "Suite 1507-B", "Room 0101-A", "a 1/2 cup", "a 1/4 tsp", "an 1/4",
		"23:59 AoE", "9:30 am NY time", "NY time", "Noon–2 p.m.", "midnight–", "14:00Z", "99:99Z", "201–145 Ma", "13.8 Gyr",
		"#ICYMI", "#IMO", "RIP", "RIP IT",
		"Stage IIIB", "Type Ia", "stage XIIB", "stage IIX", "quake M6.1", "M6.", "M.1 quake", "6.1M quake", "M-1.5 quake",
		"Ubuntu 22.04", "Ubuntu 23.10", "Ubuntu 22.00", "the 1040 form", "Form 1099", "Form 0999", "a 3-year/$45M deal",
		"3-yr/$", "1-game/£5 bet", "99-year/$1.5bn lease", "3-year/$", "3-/$1",
		"NHS 111", "call police on 101", "call 112 or 999", "or 999", "text 988 now", "the 111 service", "911 calls", "called 111 times",
		"they are now 5-0", "improved to 8-1", "the Giants fell to 3-10", "to 1-", "now 5-",
		"CO₂", "H₂O", "C₆H₁₂O₆", "x₁ + x₂", "₂₂₂", "₂", "48 mmol/mol", "0.2 mol", "18 g/mol", "400 PTS", "9:15 IST", "iykyk", "tfw",
		"TensorFlow 2.18", "FastAPI 0.115", "McLaren 2.18", "AbC 1.2", "HarmonyOS 5.0 miles",
		"Watch ▶️", "⏸", "ℹ️ info", "ppl r weird", "u r the best", "u r", "r", "r u", "u r x", "gg ez", "ong",
		"-5C overnight", "bake at 180C", "under s.18 of", "under ss.18-20", "under ss.18-", "under s.6(1)", "under s.", "under ss.-1", "2 yrs 6 mths",
		"Part no. 0451-2234", "Ref 0451-2234", "Model number 1-", "part no", "Catalogue no. 1190-22",
		"i7-13700K", "i5-1235U", "i9-14900KS", "i7-", "i7-1234567", "i3-0000", "Dimensity 9300", "ISO 3200", "X 0100", "Windows 2000",
		"he/him", "she/her/hers", "they/them/", "/they", "he/they/",
		"a +150 underdog", "-110 odds", "+099 bet", "−1000 odds", "cooled to 4 K", "4.2 K helium", "-3 K cold", "2 Gbit/s",
		"Rs 12 lakh", "₹1.5 lakh crore", "a ₹5 lakh fine", "₹2 lakh lakh", "Op. 125", "K. 525", "BWV 1007", "D. 9999", "Op.", "K. 0525",
		"Blink-182", "Top-100", "Ab-", "-182", "618–907 CE", "1-2 BC", "99999-1 BC", "2.5 million ly", "3 billion t", "million km",
		"£m", "$bn", "€k", "$5/FEU", "$5/GB", "$5/", "1,203 v 1,198", "3 v", "v 2", "Mon/Wed/Fri", "Jan/Feb", "Mon/Jan", "/Mon/", "Mon//Tue",
		"1300 655 506", "1800 123", "13 11 14", "on 13 1 14", "Train 12951", "Train no. 00000", "a 1:4 rights issue", "1: split", "scored 1450 on the SAT",
		"SAT 9990", "Android 8.0+", "Android .+", "iOS 1..0+", "*#06#", "*#", "#*#", "(*123#)", "an A* in", "A**", "*A*", "irctc.co.in", "xkcd.com", "bcdfg.io",
		"50MP photos", "10kg looks", "1kg bags", "5mm", "UK 8 / EU 42", "UK / EU 4", "1 / EU 2", "1/4000s", "1/0s", "1/1sec", "1/99999s", "1099 forms", "Forms 1040",
		"Chrome v124", "X v000", "v999", "Office 365", "Minecraft 1.21 adds", "Update Minecraft 1.21", "Minecraft 1.21 is out", "Zed 1. is",
		"IMO number 1", "IMO no.", "IMO no. 5", "11 t of", "t of", "got 38/45", "got 0/45", "got 45/38", "in 6/8 time", "1/2 time", "6/0 time", "72.5ppl", "ppl", "-1ppl",
		"8,200 L/cow", "5 in/out", "400 km/charge", "220°C/200°C", "12C/14C", "999F/1C", "0°C/0°C", "fn. 12", "fn.", "fan/gas 7",
		"00:00", "00:00:00", "0:00 am", "F♯", "♭", "Item #A-4471-BX", "Item #-", "£395,000 o.n.o.", "ONO", "5 ono", "3.8/4.0", "9.9/4.0", "/4.0", "3.8/400.0",
		"on 14/3", "by 31/12", "on 32/1", "780c/kg", "c/kg", "1c/", "ref: MTR/2291/A", "ref A/B/C", "ref 1//2",
		"(LAUGHS)", "LAUGHS", ">> I", "> 90%", ">>>", ">>>> x", "PT 11/30", "7pm, 12/5", "UTC 13/45", "98xxxx1234", "9xxx", "1***2", "5 cu ft", "cu ft", "1 cu", "1 cu. in.",
		"ETD 0745", "ETA: 2460", "eta 0000", "the Sun.", "3.8m TEU", "$5,000 p.p.", "p.p.",
		"4.5★", "1⭐", "★", "-1★", "a 5★ hotel",
		"1,40,00,00,000", "₹2,50,000", "Rs 1,00,000", "Rs 75,000/-", "₹85 L", "₹1.2 Cr", "1,2,3", "01,00,000", "₹/-", "Rs /-", "9,99,99,99,99,99,999",
		"at 24p video", "24p", "4.0 GPA", "0.0 GPA", "Toronto, ON M5V 2T6", "X, ON 1", "MSCU 482193", "ABCU 1-2", "l8", "120 BPM", "Policy no. HX-4", "no. X",
		"230 V ±10%", "V ±", "iPhone XS", "iPhone", "W32/L34", "W3/L", "faa.gov/uas", "$5/qtr", "NHS number is 943 476 5919", "PNR 45218",
		"Fri 14th", "Monday 3rd", "Sat 0th", "Fri 99th", "Sun. 1st March", "2x daily", "1x a week", "0x daily", "99x per day", "2x a", "x daily",
		"50/60 Hz", "110/220V", "12/24 V DC", "15/16 in", "32/64 GB", "1/60Hz", "99/9999 V", "/60 Hz", "50/ Hz",
		"between J10 and J11", "J4a M6", "J0 M6", "J999 motorway", "A1(M) J6", "J", "≈ 15 min walk", "10 km drive", "5 min", `1.25" and 0.8"`, `"5" and 6"`, `"`, "NHS No: 485 777 3456",
		"00:30", "00:05", "00:60", "0:30", "1.2k to 3.4k req/s", "3.4k req/s", "k to k req/s", "1.2k –", "2/5,", "8/10!", "0/5.", "11/10,", "99/5",
		"15T tokens", "7B parameters", ".B tokens", "-1T params", "3 A*s", "straight As", "As", "2 Es", "Q1/Q2", "H1/H2/H3", "Q/Q", "Q1/", "Q1//Q2",
		"C/2023 A3", "P/2019 LD2", "C/0000 A", "X/2020 ZZ99999", "a 4 × 8 ft sheet", "a × 8 ft sheet", "a x x 8 ft y", "a 1 by 2 by 3 by 4 by 5 m box",
		"10⁹/L", "10⁻¹⁹", "10⁻", "10²", "110⁵", "1.10⁵", "10⁻⁻3", "x10⁹", "10^12 Hz", "Tue & Thu", "Mon, Wed", "Sat and", "& Sun", "1,046 kJ / 250 kcal", "6 km / 4 miles",
		"400g / 14oz", "/ 4 miles", "5 km /", "the 89th min.", "1st mins", "Net wt. 400g", "Wt:", "wt 5",
		"€1.234,56", "1.234,56 €", "12.500 €", "12.500 EUR", "€1.2", "€.234,5", "€0.000,00", "1.2.3,45 €", "€1.234.567,89", "2200–2400W", "2200-2400 rpm", "1990–95s",
		"9–5:30", "8-12:00", "99-5:30", "9-25:61", "9–:30", "M–F", "M/F", "20 hrs p/w", "£12 p/h", "p/x", "Rm 14", "Rm", "1,000 requests/hour", "/hour",
		"ends 28/02/26", "ends 99/99/99", "ending 1/2/3", "no. 4471902", "no. 12345678901234567", "no. 1", "Tracking no. 1Z 999 AA1 01 2345 6784", "code A1 B2 C3 D4 E5 F6 G7 H8 I9 J0 K1 L2 M3 N4",
		"ref 1Z 9", "(50 ov)", "47.2 ov", "ov", "Man Utd",
		"3e-4", "1.5E+9", "6.02e23", "1e", "e5", "1e−", "1e+", "1,000e5", "1e1234", "25 N·m", "1,800 r/min", "o/n", "7,000 MB/s read",
		"1 x Oat Latte", "2 x Deluxe", "00 x Y", "x Y", "1 x", "a 2 x Zoom",
		"500 mg caps", "5 mg", "mg caps", "returns 429 Too Many Requests", "200 OK", "999 Not", "404 Not Found", "SHA-256", "AES-", "RSA-0", "SHA-99999",
		"Flight EZY 8413", "Flight ABCD 1", "ships 14/02", "ships 99/99",
		"are 4/6 to win", "is 0/6 to win", "'s 1/99 to go", "at 8/13 to", "a thread (2/9) 🧵", "(1/5) Let", "[4/6] The", "(0/5) X", "a b (99/99)", "a third (1/3).", "(1/2",
		"10^-3", "10^-", "^-3", "10^--3", "lr=3e-4", "x=1e-", "=e-4", "3e-4e-5", "230 V~", "230V~", "V~", "-1V~", "~V~", "Pro/Pro Max", "Pro/", "/Max", "Pro/Max/SE",
		"11/8 on to win", "1/2 on", "3–7 Mar", "24-26 December 2027", "0-31 May", "31-32 Jan", "1-2 May.", "1st-2nd June", "a 6' fence", "an 8′ x", "'a 6' b", "a 99999' z",
		"Coffee x2", "x2", "(£12.99 x2)", "£x2", "a x20 b", "y x21", "of x2", "x2 +", "Tea x0", "(3 + 5) / 3 = 5", "a / b =", "/ =", "= /",
		"reg AB12 CDE", "reg AB12", "registration KX19 LM", "plate A112 BCD", "reg ab12 cde", "reg AB12 CD1",
		"1 atm", "Ep 5", "ep #5", "Ep", "Oct '23", "March ’05", "May ''23", "Oct '2", "Oct '", "Jan. '99",
		"21.5 ppg", "ppg", "8–5 PT", "9–13 PT", "25 and 26 December", "1 & 2 Jan 2027", "31 and 32 Jan", "2 and 1 May", "1st and 2nd June",
		// round fifteen
		"grant R01-HL123456", "RF-22871", "A-12345", "AB-", "Z99999-", "USD25000", "X0000000000", "See Eq. (5)", "Eq.", "Tab. 2", "cap. 0",
		"DR. PATEL:", "DR.", "MR. X", "Rev. 3", "Rev. March 2024", "Rev. 3:20", "Schedule C", "Part L", "on 03/02/2025 £", "€ 12/12/99", "on 1/1 VAT",
		"Update 3/15:", "edit 0/0:", "Updated 31/31,", "10' throughout", "a 6' x", "'5'", "1'12\"", "2′45″", "9'99\"", "96 St", "0 St", "5 Ave.", "999 Street",
		"heading 275°", "QNH 1013", "course of 120 hours", "to 360", "of 999°", "figures of 4/21", "figures 0/0", "10/9 innings", "−8 holes", "+99 par", "-1 bogey",
		"S&P taste", "S&P", "size 10.5", "UK 6.5", "size up to 0.5", "a 360 on", "complete 1080.", "a 360", "gl hf", "wp nt",
		"Grant no. EP-330918", "no. M25", "no. A-", "FY23 EBIT", "MY BY", "***-**-6789", "**-", "*-*-1", "Order No. 2024-01822", "No. 2019-2020", "case 1900-000",
		"AB 12 34 56 D", "AB 12 34 56", "ZZ 00 00 00 A", "£12/£9", "$1/$", "€1,200.00/€0.99", "£/£",
		// round fourteen
		"use 1/2 to 3/4 of", "1/2 to", "to 3/4", "from 1/2 and 0/4 cup", "1/2 or 1/2 or 1/2 of", "on 6/1 and 6/2", "and 6/2", "a 7/1 winner",
		"2.4 m × 1.2 m", "m × 1", "3 ft x", "2 m × 3 = 6 m", "Hastings (1066)", "(1066)", "A (0999)", "Keats (d. 1821)", "(b. 1558–1603)", "(b. 12)", "(fl.",
		"Charles I's", "Peter I (", "I's", "removed in 3.0", "in 3.0", "version to 1.22", "Licence No. PL-04471", "No. AB", "No. 12-",
		"07:00–19:00", "00:00–19:00", "09:00 and 15:00", "09:00 to 25:00", "07:00 - 19:00", "2019;570(7760):123-7", "2019;570():1-", "2019;570(7760):e12",
		"2019;:1", "1599;1:1", "2020;395(10223):497-506", "2019;5:123-4567", "410 U.S. 113", "1 F.3d 1", "U.S. 113", "410 U.S.", "one 5 ml spoonful",
		"one 5 ml", "every 10 min check", "omw, b there", ", b there",
		"lows of 2-4C", "18–21C", "-4–2F", "125 mg/5 mL", "250mg/5ml", "40 mg/0.4", "mg/5 mL", "1 IU/ mL", "5 mg/-1 mL", "Yr 7", "Yr. 99", "yr", "Y11 exams",
		"Y0 school", "Y130 school", "w/c 12 Jan", "w/c", "W/C Mon", "§§ 12", "§§", "¶¶", "para 4.2", "c. 1341 – c. 1323 BC", "– c.", "1 – c. x",
		"dep 0715", "arr 2460", "dep 0",
		"min odds 1/2", "odds of 2/5", "odds at 0/5", "100/30 price", "at HT", "HT: 1-0", "1-1 FT", "FT:", "–0 HT", "Class 3M", "form 10B", "class 0A", "year 999Z",
		"a 2,000 sq ft home", "a 1 sq ft", "a 7/10 —", "a 7/10", "a 11/10.", "a 0/5", "a 1:10 bleach-to-water", "a 1:10", "an 999:999 mix", "2h10", "0h00", "99h99", "h10", "2h", "Room 4h12",
		"2 ½ cups", "1 ¼", "99999 ½", "½ ½", "2 h 49 m", "h 5 m", "1 hr 99 m", "A d. B 6-3", "d.", "x d. Y", "4/9 favourites", "0/9 shot", "40 W RMS", "w/b 3 Nov", "w/b",
		"Act 2004, s.213", ", s.1", "Act 0, s.", "3 x the", "x the", "999 x as", "15 mph NW", "mph N", "kt NNE",
		"03457 48 49 50", "0345 12 34 56", "0800 12 days", "000 00 00 00 00", "0123 45 67 89 01 23",
		"Mon, Jun 2 – Wed, Jun 4", "2 Jun – 4 Jun", "Jun 99 – Jun", "– Jun", "Jun 2 –", "2 – 4 Jun",
		"O(n log n)", "O(n", "O(", "O(x y z w v)", "TLSv1.2", "ARMv8", "Av1.2", "SSLv", "SSLv1.", "port to 8080", "port is 0080", "port = 99999",
		"Python 3.12's", "3.12's", "'s", "Go 1.2.3's", "pop. 2.1 million", "pop.", "pop. x",
		"it's 911, it's 999", "dial 000 emergency", "is 110 police", "or 112 or 911", "(1 + 2) / 3 ≈ 1",
		"(HT 1-0)", "HT 1-", "the 3.15 at Kempton", "the 9.99 at X", "O/U 44.5", "o/u", "J14-J18", "J-J", "J1-J99999", "Piccadilly Gdns", "Albion Cres.",
		"in Memphis, TN.", "in X, TX,", "in A, OK.", ", TN", "in , TN.",
		"EUR/USD", "USD/USD", "EUR/", "/USD", "EUR/USD/JPY",
		"(r. 1837–1901)", "each 100 g serving", "moving NE at", "7.30–10.30pm", "0.30–13.99am", "9.5–1pm", "plat. 2", "plat.", "8th–9th", "1st– 2nd", "–3rd",
		"2nd Mon", "Amtrak 2150", "Kings 104, Suns 99 (OT)", "a 30mph limit", "(L×W×H)", "×", "a×b", "in ms", "150/95 mmHg (140/90)", "310 all out; 52/2",
		// round sixteen
		"the cooldown from 8s to 6s", "timeout 0s", "lap 999s", "it was 31 C outside", "-5 F tonight", "3 C major", "Seat 23 C",
		"ran a 50K", "ran up 50K", "0K race", "Android 12L", "Windows 1Z", "platforms 11/12", "rooms 0/9999", "gates /4",
		"was 22/31 for 248 yards", "went 9/14 from three", "is 0/0 passing", "took 4/57", "took 3/4 of", "took 10/010",
		"Springfield / Route 9", "down / 20 up", "/ /", "A / B", "A–Z", "A-Z", "Z–A", "X-Y", "A–", "–Z", "won 6–4, 6–2", "7–6(5)",
		"Tracking number: 9400 1118 9922 3344 5566 77", "code 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7", "Year 6's", "Apollo 11’s", "the 1990's",
		"'s", "5σ", "3σσ", "-2π", "1.5ω", "MiG-29", "Su-57s", "Su-", "Yak-0", "An-s", "membership no. is 88120457", "number: 1234567890123456",
		"the number is 15000", "Bay 112", "Cllr Ahmed", "Cttee", "$7,500 OBO", "obo", "#TBT", "#tbt", "#FBF", "bills incl.", "incl., no",
		"12 GB memory cards", "5 mm drill bits", "10kg gold bars", "2 km most days", "1 m a s",
		"8 fl oz", "fl oz", "0 fl. oz.", "PM2.5", "80 TFLOPS", "kernel 6.11", "Nr station", "Nr. 5", "Maj. 306", "Dep. Leader", "VGC", "unfurn.",
		"a fresh NW breeze", "20 km SW of Naples", "across SE Scotland", "Omaha, NE", "to NE Logistics Ltd.", "NNW", "Seats B1–B8", "B12-B3",
		"A1—A9", "Z9-Z99", "J14-J18", "30 FPS", "(SO)", "5, 4 (SO)", "a 2.5-m wall", "-m", "1-m", "Ofsted 03/04/2025", "staff number: 4471902",
		"Root 87* at tea", "87**", "*87*", "999* balls", "a 5* hotel", "from 2200 to 0500", "2359 until 0000", "0000 to 2400", "9999 to 0999",
		// round seventeen
		"01:00–03:00 UTC", "00:00–24:00 Z", "09:99–03:00 GMT", "doors 07:00, entry 17:30", "0:00 and 23:59", "1-800-829-1040",
		"800-123-4567", "1 800 1 1", "@a_b", "a__b", "_x_", "x_", "mike_77", "ref. 44812", "the ref. 3 fouls", "ref CS-1", "ref -",
		"Avg 5", "for Jul", "since Sept.", "$410/t", "$9/cwt", "3 bdrms", "2 receps", "gas CH", "OIEO £1", "1 tab", "2 c. flour",
		"c. 1890", "6 mo.", "10 SM", "12 nm off the coast", "5 nm process", "30 apps this season", "mag −4.4", "mag", "GG WP",
		"Lee (Lab) 9", "(Ind)", "sect. 4", "Sci Lab", "168 spm", "kitchen/diner", "a/b/c", "pass/fail/skip", "W/D", "/etc/x",
		"on DL 2211 flight", "rated 2765 chess", "(2759) blitz", "returns 404 api", "ISO 6400", "Store #1187", "#0001", "(#4821)",
		"No. 2024-31", "No. 1190-22", "Number 2099-999", "rates Shanghai–Rotterdam", "route A–B", "–", "594 × 841 mm", "1 × 1 × 1",
		"2.3k more", "9.9k higher", "per lb", "per sq ft", "per sq", "sq", "Gas 5 / 190°C", "6 / 3", "4 / %", "Python 3.10–3.12",
		"Node 1.2-", "-3.4", "24.Rxe6 chess", "31...Kf8", "Qh5+ blitz", "O-O-O chess", "1.O-O", "Nz9 chess", "Kxx1 chess",
		"Rxd8#", "x86_64", "from 2/12 to 13/12", "until 32/1", "31/12/2025", "13/13", "2 min 41 s", "1 h 99 s.", "min 5 s", "Exp. 11/2026", "Exp. 1",
		// round eighteen
		"The slope is −3/4.", "x = -5/2", "−1/", "-/2", "−0/0", "a solid 9/10, would", "an 8/10.", "a 6/10 at best", "a fair 1/10 of",
		"Locker 1207", "booth 1450.", "pier 0000", "at 742 Evergreen Terrace.", "9 A Circle", "555-0100 ext. 24", "555-0100, ext 310",
		"555-0100 extension 1234567", "ext. 24", "555-0100 ext", "facebook.com/cityzoo", "linkedin.com/in/janedoe", "x.com/", "facebook.com//a",
		"www.tiktok.com/@dogsofnyc", "asap", "They're 10-2 at", "she's 1-", "2% d/d", "4% DoD", "a 1/4\" bit", "an 1/2\"",
		"10k+ downloads", "10k++", "$5k+", "+", "k+", "1.5M+.", "the result was 3x faster", "is 2x", "Case #2024-00318",
		"#2024-", "Case #", "send it 2 me", "4 u", "x 2 them", "the 256GB iPhone", "the 2TB NVMe SSD", "the 5 km A", "3 m3", "cells/mm3",
		"7200 RPM", "Apt #12B", "Apt. #3F", "Apt. #", "No. #4", "Unit #4AB", "Unit #4ABC", "# #1",
		"BTC/USD", "TRY/TRY", "−3 under par golf", "+2 over golf", "9/1 at 10am", "13/1 at noon", "9/1 at", "1/1 at 5 p", "3/4 at a", "ty ty 🙏", "ok np", "np🙂", "🕐🕐", "🕧", "Form 1099-K", "form 1120-S", "1040-ES worksheet", "Form 1099-", "Form 0099-K", "Form 1099-KKKK", "The vote went 5-4", "is 0-3 to start", "0-3 to", "9/10 would", "10/10 highly recommend", "RFC 9110", "RFC 0110", "mozilla.org", "moab.gov", "nyny.com", "5th c. BC", "4 p.m. New York time.", "4 p.m. A B time", "p.m. X", "7:05a", "9:40p.", "13:05p", "0:05a", "1:60a", "(est. $0.98)", "est. 5", "2%/yr", "5%/50%", "3%/x", "%/", "1%/%", "9:00–17:00 CEST", "24:59-0:00 ET", "9:0-1:00 ET", "c u @ 7 lol", "5 tbh", "u @", "@ u @",
		// round twenty
		"let x = −4", "let x =", "let = 4", "= 4", "line 42:7", "line 0:7", "line 123456:1", "line :7", "line 4:", "Server time is 12:00:05.",
		"time: 09:00:30", "clock reads 24:00:00", "timestamp 1:2:3", "the time was 00:00:00", "python:3.12-slim", "node:20-alpine-",
		"redis:6379", "redis:0", "redis:99999", "a:1", "ab:1.2.3.4.5", "http:80", "x:1-", "postgres:16-bookworm-2", "[::1]:8080", "[::]:0",
		"[g::1]:80", "[::1]", "[:]:80", "YJIT", "JIT", "aJIT", "XYJIT", "Win/loss: 12/4", "W-L: 8-3", "record 1234/5", "record is 1-",
		"RFC 793 defines", "Microsoft 365 is", "NASA 911 calls", "USD 250 notes", "build 22631.3155", "build 0123", "build 1234.", "build 12345.x",
		"to build 2000 homes", "up 7c a", "grade 7c a", "0c a", "99c each", "3 : 2", "3 : ", ": 2", "Chapter 3 : 2", "23andme", "1andand", "1234andme", "and",
		"The ZIP code for x is 02134.", "zip code is 1234567890123", "pin for a door was 0000", "code is 12345", "Dial 911, not 411.", "call or 011", "not 911",
		"The slope of the line is −2.", "sum of the x was -4", "of is −1", "slope of is −2",
		// round twenty-one
		"the 1440 train", "the 0000 bus", "the 2359 to Leeds", "the 2400 train", "the 1260 ferry", "the 2005 train", "the 2005 train to York",
		"the 0815 from", "the 0815 from a", "The 9999 to X", "the 1440", "multiply 6 × 9 to", "calculate 1.5 × 2.5 and", "work 0 × 0 then",
		"multiply: 7 × 8 first", "× 8 to", "multiply × 8 to", "7 × 8 to", "multiply 7 × 8", "compute 1 × . to",
		// round twenty-three
		"supports 45W fast charging", "65W", "65W charging the", "25 W wired wireless charging", "4,700 mAh battery", "1.5MP camera",
		"−5W charger", "+5V supply", "5 W", "5W USB-C PD charger", "5W fast.", "5 W, charger", "12MP ultrawide", "a 65W charger",
		// round twenty-four
		"parcel 052-114-09", "APN 4471-022-015", "0-00-000", "000-000-000-000-000-000-000-0", "1-800-555-0100", "2024-01-15-007",
		"05-06-2024", "$012-345-67", "012-345-", "Ordinance 2023-08", "Bill 2024-25", "law No. 1999-0", "Resolution 2099-999",
		"2024-31", "100°F+", "°F+", ".5°C+", "1,000°F+", "−5°C+", "Periods 5/6", "Years 7/8", "grades 0/0", "periods 123/4",
		"3 bd/2 ba", "bd/2 ba", "2 BR/1 BA", "3 bed/2", "99 beds/99 baths", "Price/sq ft", "Rent/mo", "Cost/sq. ft. has", "fee/sq",
		"price/sq m.", "QLED", "QLEDs", "AMOLEDs", "4.5% interest p.a.", "6.9% APR p.a. on", "interest p.a.", "p.a. x p.a.",
		"1/3 c. milk", "1 1/2 c. flour", "1-2 tabs", "2–3 caps", "1/0 c.", "-2 tabs", "1-2 bd", "example.com/myaccount",
		"example.com/ourteam", "example.com/my", "example.com/mymy", "🌘🌓🪐☄️🌡️",
		"Final: 28-24 W", "2-3 L at", "5-10 W bulbs", "0-0 W", "999-999 L", "-1 W", "🎉 ty all", "🙌 np", "x ty", "🎉ty",
		"Look SE after", "in the WSW", "facing NE,", "moves NNW", "the NNW", "from the SE", "look SEE",
		"No. 24-1187", "no. 0-0", "# 1234-5", "EIN 12-3456789", "FY 2024-25", "NFL 10-7", "ABCDEF 00-1", "text 311-692", "to 888-777",
		"Text X to 12-34", "reply to 1-1", "$10k/day", "$1.5M/yr", "$2k/mo", "$k/day", "$.5k/yr", "€1bn/year", "I-95 NB", "US-1 SB", "Route 9 WB",
		"Rte. 9 EB", "-9 NB", "NB", "I- NB",
		"example.com/breadandbutter", "example.com/andandand", "noaa.gov", "alerts.noaa.gov/x", "json.org/noaa", "ieee.org",
		"Zoom 5.17+ for", "the app 5.30 and up", "version 2.14 or later", "Scores 3.75+", "x 1.+", "App .5 and up",
		"uscourts.gov", "usmint.gov/x", "usa.gov", "example.com/uscourts", "ususus.com", "us.gov",
		"12' × 14' room", "8\" × 10\".", "12' × 10' = 120", "' × '", "1′ × 2″", "× 3'", "P.O. Box 70519", "PO Box 12345678", "po box 00000",
		"Box 70519", "Tract 2231 is", "Block 1402 of", "Block 2000 calls", "Tract 0999", "Doc. 57", "Dkt. 44,", "Dkt.", "780 kpc", "67.4 km/s/Mpc",
		// round twenty-three: comparisons in ASCII, version specifiers
		"x>=10", "x >= 10", "x!=0", "a<=b", ">=90%", "2>=1", "x>=-3", "x<=−3", "a<=>b", "a!==b", "x=>y", "x>=", ">=x", "<=",
		"numpy<2.0", "requests>=2.31,<3", "a>=1,<2,>3,<4,>5,<6", "x>=1,", "torch~=2.1", "~=2", "express@4.18.2", "lodash@^4.17.21",
		"a@~1", "@^1.2.3", "^1.2.3", "~1.2.3", "^1.2", "python >= 3.10", "node >= 18.0.", "pin x<2.0", "C++>=17", "é>=2", "a>=é",
		"voted 5/4", "split 7/2", "a 6/3 decision", "voted on 7/2", "voted 100/0", "voted 0/0", "vote's 3/3", "voted, 5/4", "5/4 vote",
		"Nova#4417", "kev#0001", "PR#4521", "a_b#12345", "é#1234", "ab#123456", "Ab#", "#1234", "ur online", "ur online status", "ur online.",
		// round twenty-four, third probes
		"no. 2290-1187-44", "123-456-789", "50 lb/23 kg", "8 kg/18 lb", "1 lb/1 lb", "lb/23 kg", "5 x/2 y", "Ticket 006 2145587390",
		"number is 016 2231045733", "006 2145587390", "10°–15° below", "85°-90°", "°-°", "1°—", "grades K–5", "grade K-12", "K-13", "K-0",
		"10/12 @ 7 PM", "3/14 @ 9am", "@ 7 PM", "½ c. butter", "1½ c.", "x½ c.", "2\"+ of", "\"+", "4BR/3.5BA", "BR/.5BA", "2.5-bath",
		"99.5-baths", ".5-bath", "2,800 sf",
		// round twenty-two
		"40%+", "%+", "-4%+", "1,000.5%+ x", "(2.1)%", "(2.1%", "(-2)%", "()%", "$(0.12)", "$(0.12).", "$(45) million", "$(1)", "$(1.5) billion",
		"$(", "$()", "€(3.50)", "$(0.12 x", "Woods 72-71—143", "72-71 — 143", "72-71—144", "66-69-70–205", "99-99-99-99-99—495",
		"55-55-55-55-55-55—330", "72–143", "–143", "72-—143", "12-under 276", "even-par 280", "12-under 150 cm", "123-under 200", "-under 200",
		"q4–6h", "q–6h", "q4–h", "q444–6h", "10GbE", "GbE", "2.5 GbE", "-1 GbE", "GbE GbE", "lot 2417A", "Lot B2417.", "lot number, 2417A",
		"batch No. 80211B", "lot 17B", "lot AAAA1234567890", "No. 1234A", "number 1234A", "supports 45W fast charging", "350kW DC charging",
		"45W wired and 15W wireless charging", "5W while charging", "kW charging", "W charging", "1.5kW", "45W", "45W fast fast fast fast fast fast charging",
		// round twenty-three: tags after the word hashtag, git in an address
		"the hashtag #gamedev", "hashtags #a, #b and #C", "hashtag #", "hashtag #1", "hashtags: #x", "#a hashtag #b", "hashtag, #x",
		"git@github.com:a/b.git", "x.git", "https://git.example.com/a.git",
		// round twenty-four, fourth probes
		"Pres. 1013.2 hPa", "Pres. Biden", "Pres.", "x̄ = 82", "p̂", "é̄", "x\u0304\u0304", "5.4K/30fps", "2.7K/60fps video", ".4K/30fps",
		"5.K/fps", "1/1.3\" sensor", "1/2.3-inch", "1/.3\"", "1/1.\"", "$6,250/sem.",
		// round twenty-three: scheduled dates, video lines
		"starts 2/20", "starts 2/20 on", "ship 10/3.", "opens 13/1", "opens 0/5", "ends 12/32", "drops 3/14!", "live 5/1 at", "starts 1/2 hour",
		"1800p", "1296p60", "1200i", "1600p.", "1800P",
		// round twenty-two, R9-R11
		"a 3-mo avg", "3-mos", "-mo", "1234-qtr", "3-qtr.", "7-6 (4), 6-4", "7-6 (7-4)", "6-7 (5-7), 6-2", "7-6 (10) in", "7-6 (99-97)", "7-6 (4),",
		"(4), 6-4", "7-6 (), 6-4", "7-6 (7-), 6-4", "7–6 (4), 6–4", "Ohio St. 30", "Penn St. (11-1)", "beat Penn St.", "lost to Michigan St.", "St. (1-1)",
		"Ohio St.", "(1-1)", "beat San Diego St.", "to Iowa St.",
		// round twenty-three: a function of an expression
		"O(n²)", "O(n^2)", "f(x+1)", "O(2^n)", "g(2n)", "O(+)", "O(²)", "f(x-1)", "a(n)", "x(2)", "O(n²", "O(n²)²", "P(A+B)",
		// round twenty-two, R12-R14
		"8 tablets/24 hours", "4 g/24 h", "1 g/1 h", "tablets/999 days", "a/1 h", "/24 h", "g/ h", "x/1234 h", "EPS of 94c", "EPS 0c", "price 1234c",
		"c", "EPS of c", "1-800-FDA-1088", "1-888-NYC-WELL", "1-800-Q-1", "1-877-ABCDEFG",
		"at 0830 ET", "0830 ET", "at 2400 ET", "at 1260 PT", "has 1200 CT", "ET", "0000 MT", "at 12345 ET",
		// round twenty-five
		"Chrome 122.0.6261.94", "build 10.0.22631.3447", "1.2.3.99999.1", "0.1.2.3000", "1.2.3.4.", "ratio:3", "node:20", "the image x:2",
		"BA 2490 was", "BA 2024", "UA 1200 workers", "3840 × 2160 px", "a 1920 × 1080 px screen", "1:53/100m", "2:05/0m", "1:00/9999m", "1:5/100m",
		"RWY 09L/27R", "Runway 04/22", "runway 37/01", "Runways 09R/27L and 09L/27R", "and 1/2", "1 x 400g tin", "2 × 1.5L bottles", "1 x g tin", "x",
		"Charlemagne (742–814)", "Leo III (750–816)", "III (750–816)", "Bede (673-735)", "(999–1000)", "(100–099)", "Ubuntu 22.04 and 24.04", "and 24.04",
		"NASA's Artemis II crew", "The Artemis III", "Oil on canvas, 1889.", "Bronze, 1875", ", 1000.", "New in 3.0:", "9/12 hrs", "6/8 glasses", "4/6 sets",
		"2/3 cups", "99/99 days", "1/0 hrs", "ty sm", "thank u sm", "sm", "Cat 4 hurricane", "Cat 5 cable storm", "Cat", "to max.", "on max",
		"Avg HR 142", "max HR 0", "HR 178", "KX19 LMO car", "AB12 CDE", "ZZ99 Z", "Msg&data", "Msg&", "&data", "Msg&Data&x", "12k gold", "14k gold",
		"5k xp", "Room 2.05", "Office 3.14", "Room 0.05", "room 12.345", "Room .05",
		// round thirty-six: hosts, DOIs, federal rules, subsections
		"wral.com", "kare11.com/x", "wral.com/weather", "www.kcra.com", "k.com", "kare123.com", "wfaa9.com", "example.xyz", "xyz.xyz/xyz1", "goodeats.com", "sephora.com", "cs.purdue.edu",
		"doi:10.1038/s41586-024-07421-0", "doi:10./x", "doi:10.1/", "DOI 10.1000/182", "10.1000/", "10.1234/-", "doi:10.12345/a.b/c_d:e(f)", "https://doi.org/10.1000/xyz123", "doi.org/10.", "dx.doi.org/10.1/a",
		"Fed. R. Civ. P. 12(b)(6)", "Fed. R. Evid. 403.", "Fed. R.", "Fed. R. Civ.", "Fed. R. Civ. P.", "the Fed. R. App. P. govern", "Fed. R. Bankr. P. 0",
		"2Q24", "1H25", "4Q2025", "2Q FY25", "3Q 2024", "5Q 2024", "2H FY2", "2Q", "1Q 1899", "5Q24", "3H24", "0Q24", "2Q1899", "$189/nt", "$5k/nt", "#FF5733", "#fff color", "#1DA1F2", "#ABCDEF", "#12345G", "code #A1B2C3", "#0000000",
		"Winds 15 G 25 kt", "15 G 25", "G", "9 G turns", "15G25KT", "27015G25KT", "123456G25KT", "15G2KT", "G25KT", "15G25XY", "15G25 wind", "15G2555KT",
		"00:00 Intro", "0:00 x", "00:60 Intro", "99:00 Intro", "Chapters: 00:00 Intro, 04:12 The news", "Timestamps: 05:00 am", "Chapters:", "00:00", "00:00 sharp", "00:45 pm Intro",
		"4(a)(ii)", "2(b)(iv)", "1030(a)(2).", "4(i)", "12345(a)", "0(a)", "4(a)(iiii)", "4()", "4(a", "4(a)(", "4(ab)(xyz)", "§ 1030(a)(2)", "(see 4(a))",
		// round thirty-three
		"back by 2300", "rose by 2200", "from 2130 to 2200", "between 2999 and 2100", "by 2900 BC", "by 2100 m", "since 2145.", "to 2200",
		"the 1310 start", "the 2405 start", "the 0000 session", "the 2009 kickoff", "the 1000 start", "the 1960 deadline",
		"±0.05 s", "−0.215 s", "-1.4 s.", "+.5 s", "± s", "−0.5 s = y", "-1e5 s", "∓0.1 s",
		"Boston is now 12-3.", "X is 1-2-3-", "X is -1-2", "X was 010-2", "A is 1--2 at", "Patch 7.35c", "patch .35c", "patch 1.2.3.4a", "patch 1..2a", "update 7.35C",
		"Bo3", "Bo2", "Bo0", "BoX", "27.6 PPG", "x PPG", "1e3 RPG in", "5 yrs/$260M", "a 4/$80M deal", "3/$45 million", "16/$1B", "0/$5M", "yrs/$5M", "years/$", "4/$M", "4/$-5M", "4/$1.5.5M",
		// round thirty-one
		"the Fed's 25 bp cut", "It's 5 GB total", "x's 5 GB", "'s 5 GB drive", "’s $5 fee", "A's $3 trillion plan", "NIST's", "nvd.nist.gov", "cisa.gov/x", "SBOM's",
		"PoC", "PoCs", "PoC's", "PoC’s", "Po", "PoX's", "PoCss", "WoW", "4% WoW", "MoM", "YoY's", "AoE", "IoT-based", "SaaS-x", "x-PoC", "IoC/QoS", "PoC-", "-PoC", "Ao", "AoB", "A0B",
		// round thirty
		"Text OUT to 89361", "Reply ALL to 55123", "text ETA to 22333", "Text OU to 1234567", "TEXT ON TO 12345", "Text X to 123", "text ÉTÉ to 12345",
		"a 3/2 ranch", "4/2.5 colonial", "9/9.5 home", "0/0 unit", "3/4 home", "1/2 acre", "3/2.5. Home", "3/2 (home)", "10/2 ranch", "3/2.55 condo",
		"odds of snow at 3/1", "chance of rain is 9/2", "odds are x, y is 5/2", "odds at 0/0", "odds at 100/1", "the odds at 31/30", "odds of 1/2",
		"3-1/2-inch", "2-3/8\" saw", "1-1/4″", "1-1/2 cups", "0-1/2", "1-2/2", "1-1/0", "1-1/5", "1-1/2-", "1-1/2-x-y", "123-1/2", "1-/2", "1-1/2\"\"",
		"in mmHg", "per kWh", "in GHz bands", "in ICU", "in mph", "per Mbps", "in kWh.", "in kW",
		"back by 1/3", "fell by 1/4.", "by 0/3", "by 9/1", "cut by 1/1", "14¢/kWh", "5.2¢/kWh", "¢/kWh", "1¢/x", "-1¢/kWh", "$16–$19/hr", "$16.50-$19.00/hr", "$–$/hr",
		"$1-$2/", "$1/hr-$2/hr", "#OU-448213", "#A-123", "#ABCDE-123", "#OU-", "#-123", "#ou-448213", "#OU-12a45",
		"$1,400 - $1,650 a", "$50 - $10 = $40", "$ - $", "$5 -$6", "$5- $6", "— $5", "$5 —", "401k", "403B", "457b.", "401kk", "Pay $19/hr DOE", "DOE", "+ OT", "$5 + OT",
		"EOE", "FT/PT", "yrs exp.", "exp", "20A circuit", "12.5A at 120V", "A", "1 A fuse", "0A", "1.5.5A", "A circuit", "5 A", "240 V 30A", "3\" screws", "2.5\" pots",
		"3\" deep", "1\"\" x", "3 1/4-inch", "2 1/2\" screws", "1 1/2\" thick", "1 1/2", "1 9/8\"", "1 1/0-in", "1 1/2-", "Mon.–Fri.", "Mon.-Sat.", "Mon.-", ".-Fri.",
		"Mon.—", "1207 N. Oak St.", "1207 N.", "4 ft. x 8 ft.", "ft. x 8 ft.", "4 ft. x ft.",
		"8 × $4.50 each", "$45 × 3", "$ × 3", "3 x €2", "× $5", "$5 ×", "£3 X 4", "planthardiness.org", "homeandgarden.com", "xiness.com", "aness.org", "thebluearrow.net",
		"12 4K cameras", "4K cams", "1-2 ATS", "1-2-3 SU", "-2 ATS", "1--2 ATS", "went off at 9/2 horse", "off at 1/0 race", "go off at 999/30 colt",
		"He's 0/8 from deep", "she's 0/0 shooting", "325/9d", "3/4d", "099/1d", "100/11d", "/d", "412/8 dec", "12/3 dec", "/ decl", "a/b dec",
		// round thirty-five
		"Sort code 20-45-77", "sort code 20 45 77", "sort code 20 45 77 12", "Sort code: 204577.", "sort code 20, 45 77", "sort code 20 4 77", "sort code is 09-00-01", "Sort code: 00-00-00", "sort code 2-45-77", "sort code 20-45-7x", "Sort code 20-45-77-", "code 20-45-77",
		"was 4/5 but", "is 0/10.", "was 10/5.", "The odds is 1/5.", "was 4/5 full", "it's 100/100!", "was 4/5%", "x = 1 is 2/5.",
		"Physics 2210 meets", "Math 2005", "Econ 1000", "CS 0161", "Physics 22100", "Physics 2210.", "Physics 2210%",
		"DL 1881 ATL", "UA 9 SFO", "AA 0100 JFK", "UA 902 ATL–JFK", "DL 1881 AT", "DL 1881 ATL-", "AA 10000 JFK",
		"Public Law 117-58", "Pub. L. 116-136.", "P.L. 94-142", "Public Law 1-58", "Public Law 117-058", "Public Law 117-58-1", "Law 117-",
		"Room 1B-114", "Rm. 12C-3001", "Room B-114", "Room 1b-114", "Room 1B-11", "Room 1B-0114", "Office 123B-114",
		"1 dz eggs", "2 dz", "dz", "Gen.G", "Gen.G's", "KS2 SATs", "Year 6 SATs", "key stage SATs", "SATs", "Ks9 SATs",
		"8 GB RAM devices", "3.3 V logic", "3 mL pen", "5 kg now", "8 GB of RAM", "2 V batteries", "1 mm bits", "4 GB RAM SSD phones", "5°C fan", "10 mg/day tablet",
		"go/no-go", "buy/no-buy", "a/no-a", "go/no-", "go/-go", "/no-go", "go/non-go/x", "Harvard–Alewife segment", "A–B trip", "–segment",
		"45W fast charging (0–70%", "18W charging the phone",
		"us-east-1", "us-east-1a", "us-gov-west-1", "us-central1-a", "europe-west2", "eastus2", "westus", "eastus22", "us-east-", "us--1", "us-east-1-", "us-east-999", "ap-southeast-1b-c", "us-gov", "us-1",
		"SP 800-53", "SP 800-63B", "FIPS 140-3", "NIST 800-171", "SP 800-0", "SP 800-", "SP 999-9999", "SP 800-B", "SP 800-53BB", "kill -9 4821", "head -20", "tail -0", "kill -", "kill -99999", "SOC 2", "SOC2", "SOC team", "SOC.", "SOC",
		"a 1m 31.4s", "1m 60s", "0m 0s", "m 5s", "1m s", "1m -5s", "lap 44/57", "Lap 0/5", "lap 9/3", "2.5 GB of first place", "-1 GB in the AL", "GB of first",
		"OPS is .987", "a .950 OPS", "OBP .0", "82* off 53", "82** off 53", "* off 5", "PP goal", "PK on the 1-for-4", "PP -for-", "G2 (1-1) T1 (2-0)", "(1-1)", "G (1-1) H (2-2)",
		"7945HX", "6750XT", "0945HX", "945HX", "7945HXX", "7945GB", "DDR5-5600", "LPDDR5X-7500", "GDDR6-14000", "DDR9-5600", "DDR5-0600", "DDR-5600", "LPDDR5XX-1", "DDR5-", "-5600",
		"make && make install", "a || b", "&& b", "a &&", "| a || b |", "x&&y", "CMake >= 3.20", "glibc 2.28", "glibc 2.28+",
		"2.0.0 through 2.4.49", "1.0.0 to 1.3.12.", "12.3.24 and 13.3.24", "0.0.0 or 0.0.0", "1.2.3 until 1.2", "1.2.3 and 1.2.3.4", "9999.1.1 to 1.1.1", "1.1.1 to 1111.1.1",
		"x Wed at 12 AM", "x Thu at", "x Tues at noon", "x Sun at 7 tables", "x Sat at x", "Wed at 3", "x Mon at -1", "x Fri at noon.",
		"bug 1874453", "Bug 12", "bug 1234567890123", "bug 01234", "bug. 12345",
		// round twenty-eight
		"Bet slip 90-4418-27", "bet slip 1-2-3-4", "pay slip 12--34", "slip 4471-", "deposit slip -4471", "DS is 2", "My DD (4)", "DH is 2 for 3", "DS9 is", "DD (0)", "and DS2 is 5",
		"lme4", "rgba88", "lme04", "abcde4", "x.org/a/Ada-Lovelace", "x.org/Ann", "ada.gov/ADA", "x.org/Ab", "#PhDLife", "aBC", "aBCd", "#xYZw", "PhD'sLife", "-6.5 at -110", "at +120 parlay", "at −999 +0.5", "at -099 -1.5", "at +1000 spread", "−.5 at +100",
		// round thirty-four
		"a 3T MRI", "1.5 T scanner", "7-T magnet", "3.0T MRI", "99.99T MRI", "100T MRI", "-T MRI", ".5T MRI", "3.T MRI", "size 3T MRI", "3T shirts scan", "3 T",
		"62 mL/min/1.73 m2", "mL/min/1.73m²", "1 mL/min/1 m²", "x/1.73 m2", "mL/min/.m2", "mL/min/1..7m²", "mL/min/1.73", "a/b/9m2", "/1m2",
		"hours 0730 to 1600", "open 0000 until 2359", "open 0999 to 1600", "open 0730 to 2460", "open 0730 to", "0730 to 1600 daily", "0730 to 1600 on weekdays.",
		"avma.org", "pnas.org", "ncbi.nlm.nih.gov", "docs.python.org", "himss.org", "aaaa.org", "bbbb.gov.uk", "x.bcdf.int", "pnass.edu",
		"CI 0.65-0.93", "CI 0.65–0.93", "USB 2.0-3.0", "CI -0.5", "CI 1.-2.", "CI 1.2.3-", "in AD 162 pulse",
		"code E11.65", "code S72.001A", "code Z00.", "code A1.23", "code E11.6a", "ICD-10 U07.1", "dx: J45.909", "code I25.10/", "code E11.65.",
		"NPI 1487659320", "NPI is 0", "BIN: 610014", "RxBIN 12345678901", "# 12345", "NPI is 12345-6",
		"Pain was 7/10", "pain 11/10", "pain 0/10", "graded 2/5 of", "grade III/VI", "grade VI/III", "grade IIII/VI", "V/VI murmur", "I/ murmur", "7/9 on the scale", "7/9 on", "/10 pain",
		"11.2 x10^9/L", "x10^/L", "x10^999/L", "x10^9/", "x10^9/q", "250 × 10³/µL", "250 × 10⁹/L", "× 10¹²³/L", "× 10³", "3 x 10^3/uL", "3 x 10^3/ul.", "5 ×10²/mm³",
		"14.2 mo", "1 mo", "-1 mo", "1.0 mo", "mo", "2 mo.", "2, mo",
		"↓3 pts", "(↓0.4 pts)", "↑1 pts", "↓-3 pts", "↓ pts", "↓3pts", "▲1.5 kg", "▼x pts", "↑12% w/w",
		"the 120s", "120s–140s", "1980s–2000s", "120s—140s", "0120s–140s", "125s–140s", "120s – 140s", "9990s–10000s", "s–s",
		"in 10–14 d", "for 5 d then", "in 1 d", "3 d printing", "in 1-d", "in –14 d", "x 7 d", "in 1234 d",
		"2 gtts OU", "1 gtt", "gtts", "BI-RADS 2", "TI-RADS", "XI-RADS", "-RADS", "BI-RADS-RADS",
		"petmd.com", "goodrx.com/x", "vcahospitals.com", "webmd.com", "allbirds.com", "himss.org", "xq.com", "qqqqq.com", "petmd", "a.petmd.org", "x.y@petmd.com",
		"LDL:HDL ratio", "omega-6:omega-3 ratio", "a:b:c ratio", "a: ratio", ":b ratio", "x:1 ratio", "ab:cd", "http:x ratio", "$120K/QALY", "$1.5M/QALY", "$1K/", "$1K/x", "$K/QALY", "$1B/DAU",
		"6 mo–4 yrs", "8 wks-6 mos", "1 wks-1 mos", "6 mos-5", "mos-5 yrs", "6 ft-2", "6 mo – 4 yrs", "6 mo—4", "1234 mo–4 yrs", "6 xx-5 yrs", "6 mo–4444 yrs",
		// round twenty-seven
		"clerk@springfieldil.gov", "daytonoh.gov", "madisonwi.us/x", "a.il", "fossilil.com", "a 40 t weight", "x = 3 t for", "12 t are", "t t t", "90 PSI", "35 psi of",
		// round twenty-three: subnets, ports with protocols, file modes, code points
		"10.0.0.0/8", "10.0.0.0/33", "10.0.0.0/08", "256.0.0.0/8", "1.2.3/4", "443/tcp", "0/udp", "99999/tcp", "443/http", "chmod 755", "chmod 0755",
		"chmod 789", "permissions to 600", "file mode 750", "mode 750", "U+2014", "U+1F44D", "U+12", "U+1234567", "u+00e9", "U+GGGG",
		"0412 and 1638 EDT", "0999 and 1638 EDT", "0412 to 2460 UTC", "0412 & 1638 hours", "0412 and 1638", "0412 and",
		"data_2025-03.csv", "report-2024.pdf", "a--1.pdf", "-1.csv", "1-.csv", "x_-_1.pdf", "2024-11-30.log", "year-end.pdf",
		"0900–1700Z", "2200-0530Z", "2400-0530Z", "0900–17000Z", "-1700Z", "Jan.–Mar.", "Oct.-Dec.", "Jan.-Jan.", "Sept.–Octo.", "Jan. —", "Mar.-", "mmWave",
	}
	seeds = append(seeds, round91Seeds...) // readings91_test.go
	seeds = append(seeds, round86Seeds...) // readings86_test.go
	seeds = append(seeds, round85Seeds...) // readings85_test.go
	seeds = append(seeds, round79Seeds...) // readings79_test.go
	seeds = append(seeds, round89Seeds...) // readings89_test.go
	seeds = append(seeds, round81Seeds...) // readings81_test.go
	seeds = append(seeds, round88Seeds...) // readings88_test.go
	seeds = append(seeds, round78Seeds...) // readings78_test.go
	seeds = append(seeds, round77Seeds...) // readings77_test.go
	seeds = append(seeds, round71Seeds...) // readings71_test.go
	seeds = append(seeds, round70Seeds...) // readings70_test.go
	seeds = append(seeds, round68Seeds...) // readings68_test.go
	seeds = append(seeds, round82Seeds...) // readings82_test.go
	seeds = append(seeds, round87Seeds...) // readings87_test.go
	seeds = append(seeds, round90Seeds...) // readings90_test.go
	seeds = append(seeds, round74Seeds...) // readings74_test.go
	seeds = append(seeds, round76Seeds...) // readings76_test.go
	seeds = append(seeds, round69Seeds...) // readings69_test.go
	seeds = append(seeds, round73Seeds...) // readings73_test.go
	seeds = append(seeds, round62Seeds...) // readings62_test.go
	seeds = append(seeds, lead46Seeds...)  // readings_lead46_test.go
	seeds = append(seeds, round80Seeds...) // readings80_test.go
	seeds = append(seeds, round72Seeds...) // readings72_test.go
	seeds = append(seeds, round65Seeds...) // readings65_test.go
	seeds = append(seeds, round60Seeds...) // readings60_test.go
	seeds = append(seeds, round63Seeds...) // readings63_test.go
	seeds = append(seeds, round67Seeds...) // readings67_test.go
	seeds = append(seeds, round61Seeds...) // readings61_test.go
	seeds = append(seeds, round58Seeds...) // readings58_test.go
	seeds = append(seeds, round59Seeds...) // readings59_test.go
	seeds = append(seeds, round64Seeds...) // readings64_test.go
	seeds = append(seeds, round57Seeds...) // readings57_test.go
	seeds = append(seeds, round55Seeds...) // readings55_test.go
	seeds = append(seeds, round54Seeds...) // readings54_test.go
	seeds = append(seeds, round52Seeds...) // readings52_test.go
	seeds = append(seeds, round56Seeds...) // readings56_test.go
	seeds = append(seeds, round51Seeds...) // readings51_test.go
	seeds = append(seeds, round48Seeds...) // readings48_test.go
	seeds = append(seeds, round50Seeds...) // readings50_test.go
	seeds = append(seeds, lead53Seeds...)  // readings_lead53_test.go
	seeds = append(seeds, lead66Seeds...)  // readings_lead66_test.go
	seeds = append(seeds, lead75Seeds...)  // readings_lead75_test.go
	seeds = append(seeds, lead83Seeds...)  // readings_lead83_test.go
	seeds = append(seeds, lead84Seeds...)  // readings_lead84_test.go
	seeds = append(seeds, round47Seeds...) // readings47_test.go
	seeds = append(seeds, round49Seeds...) // readings49_test.go
	return seeds
}

// FuzzReaders drives the issue-18 readers (codes, times, eras, zones, records, odds, versions,
// files, addresses, chat, emoji, signs, tennis sets) with the lexicon as IsWord and Compound,
// as the engine reads: no
// panic, every word in the spoken alphabet and named by a rule, sources in order, and output
// bounded by the input (at most four words a byte, the densest reading being a short emoji name).
func FuzzReaders(f *testing.F) {
	for _, s := range readerSeeds() {
		f.Add(s)
	}
	isWord, compound := engineIsWord(f), engineCompound(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > 4096 {
			return
		}
		sents, err := NormalizeTextWith(s, Options{IsWord: isWord, Compound: compound})
		if err != nil {
			t.Fatalf("error on valid UTF-8: %v", err)
		}
		words, prev := 0, 0
		for _, x := range sents {
			for _, w := range x.Words {
				words++
				if !validWordText(w.Text) {
					t.Fatalf("bad word %q from %q", w.Text, w.Source)
				}
				if w.Rule == "" {
					t.Fatalf("word %q from %q names no rule", w.Text, w.Source)
				}
				if w.Start < prev || w.End <= w.Start || w.End > len(s) || s[w.Start:w.End] != w.Source {
					t.Fatalf("word %q: source %q at [%d,%d)", w.Text, w.Source, w.Start, w.End)
				}
				prev = w.Start
			}
		}
		if words > 4*len(s)+8 {
			t.Fatalf("%d words from %d bytes", words, len(s))
		}
	})
}

// FuzzSegmentWords: a split's pieces are words that join back to the input, no more than asked
// for, and no split with fewer pieces exists (checked by brute force on short inputs).
func FuzzSegmentWords(f *testing.F) {
	for _, s := range []string{"theguardian", "nytimes", "linkedin", "aaaa", "redcross", "abcdefgh", "catdogcat", "google", "seeall", "reddit", "dressup", "cataaa", "catand", "dogdogs", "reddress"} {
		f.Add(s)
	}
	dict := setOf("the guardian times linked link in cat dog red cross edin cats and sand dogs aaa redd dress")
	isWord := func(w string) bool { return dict[w] }
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 24 || strings.Trim(s, "abcdefghijklmnopqrstuvwxyz") != "" {
			return
		}
		parts := segmentWords(s, isWord, 3)
		fewest := fewestPieces(s, dict, 3)
		if parts == nil {
			if fewest >= 2 && fewest <= 3 {
				t.Fatalf("%q: no split, but one of %d pieces exists", s, fewest)
			}
			return
		}
		if strings.Join(parts, "") != s || len(parts) < 2 || len(parts) > 3 {
			t.Fatalf("%q split as %q", s, parts)
		}
		for _, p := range parts {
			if !pieceOK(p, dict) {
				t.Fatalf("%q: piece %q is not a word", s, p)
			}
		}
		if len(parts) != fewest {
			t.Fatalf("%q split in %d pieces %q, but %d is possible", s, len(parts), parts, fewest)
		}
	})
}

// pieceOK is what a piece may be, stated apart from segmentPiece: a dictionary word of three
// letters or more, a two-letter word, US state or spelled acronym, or a three-letter spelled
// acronym.
func pieceOK(p string, dict map[string]bool) bool {
	if len(p) == 2 || len(p) == 3 && spelledAcronyms[strings.ToUpper(p)] {
		u := strings.ToUpper(p)
		return shortWords[p] || usStates[u] != "" && !strings.ContainsAny(p, "aeiou") || spelledAcronyms[u]
	}
	return len(p) >= 3 && dict[p]
}

// fewestPieces is the brute-force definition: the fewest pieces (at most max) that split s into
// pieceOK words, never cutting a vowel pair ("oo"), or 0 if none.
func fewestPieces(s string, dict map[string]bool, max int) int {
	return fewestAfter(0, s, dict, max)
}

// fewestAfter is fewestPieces for the rest s of a name after a cut that follows the letter
// prev (0 at the start). A piece after a cut may not be three letters beginning with a vowel
// after a consonant ("graf|ana") unless a common word of vowelWords ("barnes|and|noble"), nor shorter than five letters when the cut splits a doubled
// consonant ("zil|low").
func fewestAfter(prev byte, s string, dict map[string]bool, max int) int {
	if s == "" {
		return 0
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	best := 0
	for i := 1; i <= len(s); i++ {
		if !pieceOK(s[:i], dict) {
			continue
		}
		if prev != 0 && !vowel(prev) && (i == 3 && vowel(s[0]) && !vowelWords[s[:3]] || i < 5 && s[0] == prev) {
			continue
		}
		if i == len(s) {
			return 1
		}
		// No cut between the letters of a vowel pair, nor after a doubled consonant other than
		// s, l, f, z before a vowel ("redd|it").
		doubled := i >= 2 && s[i-1] == s[i-2] && !strings.ContainsRune("aeiouslfz", rune(s[i-1])) && strings.ContainsRune("aeiou", rune(s[i]))
		if max > 1 && !vowelPairs[s[i-1:i+1]] && !doubled {
			if k := fewestAfter(s[i-1], s[i:], dict, max-1); k > 0 && (best == 0 || k+1 < best) {
				best = k + 1
			}
		}
	}
	return best
}

// FuzzEmojiAt: a read emoji sequence lies within the input, ends on a character boundary and
// reads as spoken-alphabet words; text that is not an emoji is not consumed.
func FuzzEmojiAt(f *testing.F) {
	for _, s := range []string{"🎉", "🤷‍♀️x", "👍🏽👍", "🇺🇸", "🇺", "1️⃣", "1", "#️⃣", "❤️", "a", "", "\u200d", "🤷‍"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the normalizer reads invalid bytes as spaces before any reader sees them
		}
		words, k := emojiAt(s)
		if k < 0 || k > len(s) || k > 0 && k < len(s) && !utf8.RuneStart(s[k]) {
			t.Fatalf("%q: read %d bytes", s, k)
		}
		if k == 0 {
			if len(words) != 0 {
				t.Fatalf("%q: words %q without reading anything", s, words)
			}
			return
		}
		if len(words) == 0 {
			t.Fatalf("%q: read %d bytes as nothing", s, k)
		}
		for _, w := range words {
			if !validWordText(w) {
				t.Fatalf("%q: word %q", s, w)
			}
		}
		if s[0] < 0x80 && !strings.Contains(s[:k], "\u20E3") {
			t.Fatalf("%q: ASCII read as emoji", s)
		}
	})
}
