package text

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func codepoint(r rune) string { return fmt.Sprintf("U+%04X", r) }

// spelledAcronyms are read letter by letter even though some look
// pronounceable (USA, CIA) or are in lexicons as words (US, IT).
var spelledAcronyms = setOf(`USA CIA FBI BBC CEO CFO CTO COO CNN NBA NFL NHL MLB NCAA ESPN HBO MTV CBS ABC NBC
PBS NPR AP EPA FDA IRS NSA DOJ DOD CDC WHO IMF WTO OECD UAE USSR BMW VW UPS DHL SOS ICU ER OB ADHD PTSD
LGBT LGBTQ AC DC SMS MMS GPS API SDK AWS IOS OS CSS JS PHP XML SQL LOL OMG BTW DIY ETA RSVP PS TBA TBD
ASAP HTML HTTP HTTPS URL PDF DNA RNA UFO EU UK UN US TV PC CD DVD USB CPU GPU AI IT ID IQ VIP SUV HIV
GOP MIT UCLA NYU NYC LA AM PM FM BC AD BCE CE AOL IBM HP ATM FAQ NHS UN ACLU MBA MD RN DJ MC TNT EMT
AKA FYI IOU PR HR QA RV TB UV LED LCD CRT NGO AFL CIO KGB MI FIFO LIFO RPM MPH IP TCP UDP DNS VPN LAN
WAN ISP CPR BMI GDP GNP CPI ETF IPO CPA LLC PLC USPS NYPD LAPD CCTV JFK FDR MLK OJ EV EVS RAF NASCAR_X
UAW AFC NFC PGA WWE UFC NAACP SAT ACT GED GPA PTA AAA BBQ ATV NRA NIH NHTSA FAA FCC FTC SEC DHS TSA
UN EPA OPM VA DMV ADA IMAX_X AWOL_X POW MIA TKO KO USCIS HHS BLS BLM USDA NTSB CBP ATF DEA
GAO CBO OMB FBI NSF SSA BID TID QID PRN NPO VAT IBAN RIP
SID
HOA POA
NEC
ASPCA AICPA
DOT BOL POD POL SAP
EXW FCA CPT CIP DAP DPU DDP FAS FOB CFR CIF DAT DDU`) // NEC: round seventy-one (the National Electrical Code, spelled by electricians and inspectors; it was read as the word nec); HOA, POA: round forty-seven (homeowners' and property owners' associations, spelled, also as pieces of a run-together host: "willowcreekhoa.org"); ASPCA, AICPA: the lead's round sixty-six (they were read as words); DOT, BOL, POD, POL, SAP: round seventy-seven (the Department of Transportation, a bill of lading, proof of delivery or the port of discharge, the port of loading, the software maker, spelled by carriers, shippers and their software's users; they were read dot, bol, pod, pol, sap); the Incoterms rules' letters, spelled by traders (in a list of capitals some were words: cip, dap, fob)

// shoutWords are in spelledAcronyms but are ordinary words in text written
// in capitals ("WHO ARE YOU").
var shoutWords = setOf("WHO US IT AM AD ICE ACT SAT AIM RIP DOT POD SAP") // DOT, POD, SAP: round seventy-seven

// wordAcronyms are read as words. Round thirty-one added a standards or security body's
// initials and the security trade's CISO, said as words by those who name them (NIST nist, as
// the institute gives it, was spelled; no table pinned it). The lead's round thirty-seven: ICE
// (the immigration agency, said ice; it was spelled) and DACA.
var wordAcronyms = setOf(`NATO NASA UNESCO UNICEF NAFTA OPEC FIFA UEFA AIDS SARS COVID LASER RADAR SCUBA
SONAR OSHA FEMA PIN RAM ROM GIF NASDAQ DARPA NORAD INTERPOL SWAT WASP ZIP CAPTCHA IMAX LIDAR NIMBY YOLO
FOMO POTUS SCOTUS FLOTUS ASEAN CERN ICANN EPCOT AWOL TESOL NASCAR MERS ISIS OK WIFI UNIX LINUX RAID
SIM SIMs MASH ZIP GUI ARM
NIST CISA CERT CISO FIPS
ICE DACA
JAXA ISRO`) // round forty-five: the Japanese and Indian space agencies, said as words

func setOf(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// acronym reads an all-capitals word: as a word when it is pronounceable
// (and, with an oracle, known), else letter by letter. suffix is "" or
// "'s" (plural or possessive), attached to the last letter ("c d's").
func (n *normalizer) acronym(src, w, suffix string) {
	n.by("acronym")
	if suffix == "" && len(w) == 2 && compass[w] {
		// Street quadrants: Pennsylvania Ave. NW → northwest.
		if p := n.peek(-1); p != nil && (streetAbbrev[p.lower()] || streetWords[p.lower()]) {
			n.emit(src, compassWords[w])
			return
		}
		// Directions: "winds from the NW", "head to the SE".
		if p, pp := n.peek(-1), n.peek(-2); p != nil && pp != nil && strings.EqualFold(p.core, "the") && p.post == "" && pp.post == "" {
			switch pp.lower() {
			case "from", "to", "toward", "towards", "in", "into":
				n.emit(src, compassWords[w])
				return
			}
		}
	}
	if suffix == "" && len(w) == 1 && directionWords[w] != "" && n.afterStreetName() {
		// "22 Main St N, Springfield" main street north.
		n.by("street direction")
		n.emit(src, directionWords[w])
		return
	}
	if suffix == "" && len(w) == 1 && n.streetDirection() {
		// "40 W 57th St." forty west fifty seventh street.
		n.by("street direction")
		n.emit(src, directionWords[w])
		return
	}
	if r, ok := acronymReadings[w]; ok {
		fs := strings.Fields(r)
		for k, f := range fs {
			if k == len(fs)-1 {
				f += suffix
			}
			if len(f) == 1 {
				n.emitLetter(src, f)
			} else {
				n.emit(src, f)
			}
		}
		return
	}
	asWord := false
	switch {
	case w == "OK":
		n.emit(src, "okay"+suffix)
		return
	case len(w) == 1:
		asWord = w == "A" || w == "I"
		if w == "A" && (suffix != "" || n.letterA(src)) {
			asWord = false
		}
	case spelledAcronyms[w]:
		asWord = n.shout && shoutWords[w]
	case w == "ICE" && n.peek(1) != nil && startsNumeric(n.peek(1).core):
		// Before a number ICE is Germany's train or a count's label, spelled ("the ICE 1001",
		// readings32.tsv); the agency is said ice.
	case wordAcronyms[w]:
		asWord = true
	case n.shout || n.capsRun(src):
		// Two capitals whose only vowel is y are a word only when the lexicon knows it ("MY",
		// "BY"; "FY24 EPS" is spelled): pronounceable() takes y for a vowel (round 15, after
		// the held14 measurement).
		lw := strings.ToLower(w)
		asWord = pronounceable(lw) && !(len(w) == 2 && !strings.ContainsAny(lw, "aeiou") && n.opts.IsWord != nil) || n.oracle(lw)
	case len(w) <= 3:
		// In a sentence of flying a word of three capitals is an airport's code, spelled:
		// "Flight 22 to LAX" l a x (round eighteen).
		asWord = n.opts.IsWord != nil && len(w) == 3 && cvc(strings.ToLower(w)) && n.opts.IsWord(strings.ToLower(w)) && !n.fact(factFlight)
	default:
		asWord = pronounceable(strings.ToLower(w)) && (n.opts.IsWord == nil || n.opts.IsWord(strings.ToLower(w)) || len(w) >= 5) ||
			len(w) >= 5 && n.opts.IsWord != nil && n.opts.IsWord(strings.ToLower(w)) // "(LAUGHS)": a known word in capitals
	}
	if asWord {
		n.emit(src, strings.ToLower(w)+suffix)
		// A known word written in capitals inside normal text is stressed:
		// "I REALLY mean it".
		if !n.shout && len(w) > 1 && !wordAcronyms[w] && n.oracle(strings.ToLower(w)) && len(n.out) > 0 {
			n.out[len(n.out)-1].Emphasis = true
		}
		return
	}
	for k := 0; k < len(w); k++ {
		l := strings.ToLower(w[k : k+1])
		if k == len(w)-1 {
			l += suffix
		}
		n.emitLetter(src, l)
	}
}

// streetWords name streets after a house number; the second list (round eighteen) are the
// other common US street suffixes: "742 Evergreen Terrace" seven forty two evergreen terrace.
var streetWords = setOf("street avenue boulevard road lane court place drive highway parkway square way " +
	"terrace circle trail crescent row pike loop alley plaza turnpike expressway")

var compassWords = map[string]string{"NE": "northeast", "NW": "northwest", "SE": "southeast", "SW": "southwest"}

// acronymReadings are acronyms with an idiosyncratic reading; one-letter
// parts are spelled.
var acronymReadings = map[string]string{
	"JPEG": "j peg", "JSON": "jason", "NOAA": "noah", "BRICS": "bricks", "TASS": "tass",
	"MPEG": "m peg", "WWE": "w w e", "IEEE": "i triple e", "AAA": "triple a", "NAACP": "n double a c p",
	"NCAA": "n c double a", "USAID": "u s aid", // the lead's round thirty-seven, as NAACP
	"MADD": "mad", // Mothers Against Drunk Driving, as it says its name (the lead's round sixty-six; it was spelled)
	// Makers' names written in capitals, as their logos and forum posts write them, are the
	// names (the lead's round forty-six: NVIDIA was spelled n v i d i a).
	"NVIDIA": "nvidia", "ASUS": "asus", "XIAOMI": "xiaomi", "HUAWEI": "huawei",
	// Common words written in capitals for emphasis ("ONE hit", "ALL of them", "THE best"), which
	// the phonotactic test would spell (o n e): function and number words and a few frequent
	// words no initialism is written as in running text (the lead's round forty-six; ACT, ADD,
	// ART, AGE, OAK, WHO, US, IT stay with the acronym readers).
	"ONE": "one", "TWO": "two", "ALL": "all", "OUT": "out", "OFF": "off", "THE": "the", "AND": "and",
	"YOU": "you", "OUR": "our", "ARE": "are", "END": "end", "EYE": "eye", "ANY": "any", "OWN": "own",
	"WHY": "why", "SHE": "she", "WILL": "will", "NEXT": "next", "LESS": "less", "HIGH": "high",
	"OLD": "old", "SEE": "see", "USE": "use", "ASK": "ask", "ODD": "odd", "OWE": "owe", "EGG": "egg",
	"USAF": "u s a f", "OLED": "o led", "FTSE": "footsie", "VRAM": "v ram", "SRAM": "s ram", "DRAM": "d ram", "MSRP": "m s r p", "ASCII": "askey", "SCSI": "scuzzy", "GUI": "gooey", "CAPTCHA": "captcha",
	// Protocols, formats and tests said as words: "over QUIC" quick, "YAML files", "a NAND chip".
	"QUIC": "quick", "YAML": "yamel", "TOML": "tommel", "NAND": "nand", "SATA": "sata", "CUDA": "cooda",
	"WASM": "wazzum", "GMAT": "g mat", "LSAT": "l sat", "FAANG": "fang", "EBITDA": "e bit dah",
	// Round twenty-two: said as words on markets pages and pharmacy leaflets ("non-GAAP EPS",
	// "a SPAC merger", "SOFR-based loans", "NSAIDs such as ibuprofen", "HIPAA rules").
	"GAAP": "gap", "SPAC": "spack", "SOFR": "sofer", "NSAID": "n sed", "HIPAA": "hippa",
	// Round thirty-four: a health data standard and patient surveys, as health IT and hospital
	// staff say them ("the FHIR API", "HCAHPS scores").
	"FHIR": "fire", "CAHPS": "caps", "HCAHPS": "h caps",
	// Round ninety-one: an image format and a graphics card's encoder and decoder, as
	// photographers and streamers say them ("save it as a TIFF", "turn on NVENC"; they were spelled).
	"TIFF": "tiff", "NVENC": "n v enc", "NVDEC": "n v dec",
	// Round forty: as menus and grocery flyers are read aloud ("Jones BBQ", "BOGO on pizzas").
	"BBQ": "barbecue", "BOGO": "buy one get one",
	// Round twenty-six: said as words in crypto and fitness apps and exam prep ("HODL through the
	// dip", "ignore the FUD", "got REKT", "a HIIT class", "the MCAT").
	"HODL": "hodl", "FUD": "fud", "REKT": "wrecked", "HIIT": "hit", "MCAT": "m cat",
	// Round thirty-one: the security trade's initialisms said as words ("provision with SCIM",
	// "a SAML assertion", "publish an SBOM").
	"SCIM": "skim", "SAML": "sammel", "SBOM": "s bom",
	// Round forty-five: the sports streaming service, as it says its name ("on DAZN").
	"DAZN": "da zone",
	// Round forty-seven: the home and building trades' acronyms as the trades say them ("a MERV 13
	// filter", "a HEPA purifier", "run PEX", "a HELOC", "REITs", "a FSBO"; HVAC stays spelled, as
	// readings30.tsv pins it).
	"MERV": "merv", "HEPA": "heppa", "PEX": "pex", "HELOC": "hee lock", "REIT": "reet", "FSBO": "fizbo",
	// Round seventy-two: family services, hospital units and a parenting forum's parents, as
	// parents, nurses and clinics say them ("your WIC card", "12 days in the NICU", "the PICU",
	// "SAHM life", "SAHMs"); they were spelled.
	"TAF": "taf", // the terminal aerodrome forecast, said as a word as METAR is (round eighty-one; it was spelled)
	// Round eighty-six: operations' and spreadsheets' initialisms as engineers and accountants
	// say them ("the NOC", "a VLAN", "a CNAME", "provisioned IOPS", "PXE boot", "a CIDR", "each
	// LUN", "a DKIM key", "DMARC", "VLOOKUP", "COUNTIF", "IFERROR"); they were spelled. NIC stays spelled, as readings72.tsv
	// pins it (said both ways).
	"NOC": "noc", "VLAN": "v lan", "WLAN": "w lan", "VXLAN": "v x lan", "CNAME": "c name", "IOPS": "i ops",
	"PXE": "pixie", "CIDR": "cider", "LUN": "lun", "DKIM": "d kim", "DMARC": "d marc",
	"VLOOKUP": "v lookup", "HLOOKUP": "h lookup", "XLOOKUP": "x lookup", "SUMIF": "sum if", "SUMIFS": "sum ifs",
	"COUNTIF": "count if", "COUNTIFS": "count ifs", "AVERAGEIF": "average if", "AVERAGEIFS": "average ifs", "IFERROR": "if error",
	"WIC": "wic", "NICU": "nick you", "PICU": "pick you", "SAHM": "stay at home mom", "SAHD": "stay at home dad", "SAHP": "stay at home parent",
	// Round eighty-nine: transit fare cards said as words ("Tap your OMNY card"; they were spelled).
	"OMNY": "omni", "ORCA": "orca",
}

// letterA reports a capital "A" inside a sentence that names the letter
// ("Plan A", "vitamin A deficiency") rather than the article, which would
// be capitalized only at the start or in title case ("Gone With A Bang").
func (n *normalizer) letterA(src string) bool {
	t := n.peek(0)
	if n.inPart > 0 || t == nil || t.raw != src || t.core != "A" || n.i == 0 || n.shout {
		return false
	}
	if p := n.peek(-1); p != nil && strings.ContainsAny(p.post, ".!?:") {
		return false
	}
	next := n.peek(1)
	return next == nil || !isCapitalized(next.core) || next.pre != ""
}

// capsRun reports a capitalized token next to another one, as in headlines
// and datelines ("NEW YORK", "BREAKING NEWS"), where pronounceable
// capitals are words.
func (n *normalizer) capsRun(src string) bool {
	t := n.peek(0)
	if n.inPart > 0 || t == nil || t.raw != src {
		return false
	}
	for _, off := range []int{-1, 1} {
		o := n.peek(off)
		if o == nil || len(o.core) < 2 || !isUpperWord(o.core) || spelledAcronyms[o.core] || o.core == "BY" {
			continue // round ninety-one: a byline's BY makes no run ("BY MT Newswires" m t)
		}
		if off == -1 && o.post != "" || off == 1 && t.post != "" {
			continue
		}
		if pronounceable(o.lower()) {
			return true
		}
	}
	return false
}

func (n *normalizer) oracle(w string) bool {
	return n.opts.IsWord != nil && n.opts.IsWord(w)
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func cvc(w string) bool {
	return len(w) == 3 && !isVowel(w[0]) && isVowel(w[1]) && !isVowel(w[2])
}

var onsets = setOf(`b c d f g h j k l m n p q r s t v w x y z bl br ch cl cr dr dw fl fr gl gr gn kl kn kr
ph pl pr qu sc sk sl sm sn sp st sw sh shr th thr tr tw wh wr sch scr spl spr str squ sq`)

var codas = setOf(`b c d f g h k l m n p r s t v w x y z ck ct ft ld lf lk lm lp lt mp nd ng nk nt ns
ps pt rb rc rd rf rg rk rl rm rn rp rs rt sk sp st ts ch sh th ds ls ms rch rst nch nth tch ght cks
ng ngs nds rts sts`)

var vowelPairs = setOf(`ai au ay ea ee ei eu ey ia ie io oa oe oi oo ou oy ua ue ui uo aw ew ow`)

// pronounceable is a phonotactic test for lower-case ASCII letters: every
// consonant cluster is a legal English onset, coda or coda+onset, and vowel
// runs are at most two letters forming a common pair.
func pronounceable(w string) bool {
	if w == "" {
		return false
	}
	vowel := func(i int) bool {
		c := w[i]
		if isVowel(c) {
			return true
		}
		if c == 'w' && i > 0 && isVowel(w[i-1]) {
			return true // a glide closing a vowel: news, crowd
		}
		return c == 'y' && i > 0 && !isVowel(w[i-1])
	}
	i := 0
	first := true
	hasVowel := false
	for i < len(w) {
		j := i
		if vowel(i) {
			for j < len(w) && vowel(j) {
				j++
			}
			run := w[i:j]
			switch {
			case len(run) == 3 && (run[1] == 'w' || run[1] == 'y') && vowelPairs[run[:2]]:
				// flower, layer: a glide between vowels
			case len(run) > 2 || len(run) == 2 && !vowelPairs[run]:
				return false
			}
			hasVowel = true
		} else {
			for j < len(w) && !vowel(j) {
				j++
			}
			cl := w[i:j]
			switch {
			case first && j == len(w):
				return false
			case first:
				if !onsets[cl] {
					return false
				}
			case j == len(w):
				if !codas[cl] {
					return false
				}
			default:
				if !medial(cl) {
					return false
				}
			}
		}
		first = false
		i = j
	}
	return hasVowel
}

// medial accepts a consonant cluster between vowels that splits into a
// coda and an onset.
func medial(cl string) bool {
	if len(cl) > 4 {
		return false
	}
	if onsets[cl] || codas[cl] {
		return true
	}
	for k := 1; k < len(cl); k++ {
		if codas[cl[:k]] && onsets[cl[k:]] {
			return true
		}
	}
	return false
}

// abbreviation expansions (lower-case key, written with a period or not).
// Context-dependent ones (St, Dr, No, Ft, Mt) are handled in code.
var abbrevs = map[string]string{
	"mr": "mister", "mrs": "missus", "ms": "miz", "messrs": "messieurs", "prof": "professor",
	"jr": "junior", "sr": "senior", "vs": "versus", "etc": "et cetera",
	"inc": "incorporated", "ltd": "limited", "co": "company", "corp": "corporation",
	"ave": "avenue", "blvd": "boulevard", "rd": "road", "ln": "lane", "hwy": "highway",
	"pkwy": "parkway", "gdns": "gardens", "cres": "crescent", "tce": "terrace", "pde": "parade", "sq": "square", "ct": "court", "pl": "place",
	"approx": "approximately", "dept": "department", "est": "established", "govt": "government",
	"gen": "general", "gov": "governor", "sen": "senator", "rep": "representative",
	"capt": "captain", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "cpl": "corporal",
	"maj": "major", "adm": "admiral", "cmdr": "commander", "rev": "reverend", "hon": "honorable",
	"pres": "president", "supt": "superintendent", "fr": "father",
	"fig": "figure", "figs": "figures", "fn": "footnote", "fns": "footnotes", "vol": "volume", "vols": "volumes", "ch": "chapter",
	"chap": "chapter", "sec": "section", "art": "article", "ed": "edition", "eds": "editors",
	"pp": "pages", "p": "page", "para": "paragraph", "max": "maximum", "min": "minimum",
	"misc": "miscellaneous", "univ": "university", "assn": "association", "assoc": "associate",
	"bros": "brothers", "dist": "district", "intl": "international", "natl": "national",
	"cf": "compare", "viz": "namely", "ca": "circa", "c": "circa", "al": "al", "mme": "madame",
	"mlle": "mademoiselle", "esq": "esquire", "no": "number", "nos": "numbers", "tel": "telephone",
	"ext": "extension", "qty": "quantity", "apt": "apartment", "ste": "suite", "bldg": "building", "pt": "point", "dr": "doctor", "st": "saint", "mt": "mount", "ft": "fort",
	"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
	"jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
	"nov": "november", "dec": "december",
	"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "weds": "wednesday", "thu": "thursday",
	"thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
	"incl": "including", "excl": "excluding",
	"appt": "appointment", "appts": "appointments", "det": "detective", "insp": "inspector", "ep": "episode",
	"eps": "episodes", "pg": "page", "pgs": "pages", "avg": "average", "acct": "account", "amt": "amount",
	"mgr": "manager", "asst": "assistant", "pkg": "package", "mfg": "manufacturing", "dir": "director", "rwy": "runway", "mk": "mark", "lvl": "level", "rte": "route", "mtg": "meeting", "mtgs": "meetings", "msg": "message", "msgs": "messages", "reg": "regulation", "regs": "regulations",
	"cllr": "councillor", "cllrs": "councillors", "cttee": "committee", "cttees": "committees",
	"unfurn": "unfurnished", "furn": "furnished", "avail": "available", "lge": "large", "elec": "electricity",
	"reqd": "required", "req": "required", "wknd": "weekend", "ref": "reference",
}

// estimatedNext are nouns after "Est." that make it "estimated", not "established".
var estimatedNext = setOf("arrival delivery time cost costs total value wait completion date price population duration departure savings tax")

// alwaysAbbrev expand even without a period (they are never words).
var alwaysAbbrev = setOf(`mr mrs ms messrs prof jr sr vs etc inc ltd corp blvd hwy pkwy approx dept govt
capt sgt cpl cmdr supt assn intl natl mme mlle esq misc univ bros qty incl excl appt appts acct mgr rwy mk mtg mtgs msg msgs lvl asst pkg mfg
cllr cllrs cttee cttees unfurn lge elec reqd wknd avg`)

// titleAbbrev precede a name and never end a sentence.
var titleAbbrev = setOf(`mr mrs ms messrs prof dr st mt ft pt gen gov sen rep capt lt col sgt cpl maj adm cmdr
rev hon pres supt fr mme mlle det insp cllr`)

// numberAbbrev precede a number ("No. 5", "p. 12", "Fig. 3").
var numberAbbrev = setOf(`no nos p pp fig figs vol vols ch chap sec art para ca c approx est tel ext apt ste bldg rs ep eps pg pgs mk op opp hob fn fns yr pop plat
nr maj sect ss cl sch exp chol lic voy`) // chol: a nutrition label's cholesterol (round forty); lic: "CA lic. 7ABC123" (round thirty-nine); voy: a ship's voyage, "voy. 045W" (round seventy-seven)

// readAbbrev speaks t, an abbreviation whose period is its own, as words: the period ends no
// sentence.
func (n *normalizer) readAbbrev(t *token, words ...string) {
	n.by("abbreviation")
	n.emit(t.raw, words...)
	n.absorbed = true
}

// abbrev expands an abbreviation token when context allows. It reports
// whether the token was consumed.
func (n *normalizer) abbrev(t *token) bool {
	core := t.core
	// US state abbreviations after "City,": "Los Angeles, Calif."
	if t.hasDot() { // the point first: most tokens stop here without a lookup
		if st, ok := stateAbbrev[core]; ok {
			if p := n.peek(-1); p != nil && strings.HasSuffix(p.post, ",") && isCapitalized(p.core) {
				n.emit(t.raw, strings.Fields(st)...)
				n.absorbed = true
				return true
			}
		}
	}
	if len(core) > 6 {
		return false
	}
	if len(core) >= 2 && isUpperWord(core) && !n.shout {
		return false // EST, MIN: acronyms, not abbreviations
	}
	var buf [16]byte
	if _, ok := abbrevs[string(foldASCII(buf[:0], core))]; !ok {
		return false
	}
	key := strings.ToLower(core)
	exp := abbrevs[key]
	dot := t.hasDot()
	next := n.peek(1)
	prev := n.peek(-1)
	nextCap := next != nil && isCapitalized(next.core) && next.pre == ""
	nextDigit := next != nil && next.core != "" && (isDigit(next.core[0]) || next.core[0] == '#')
	prevCap := prev != nil && (isCapitalized(prev.core) || isOrdinalNumeral(prev.core)) // "5th Ave"
	capital := isCapitalized(core)
	switch key {
	case "incl":
		// Round sixteen: closing its clause it follows what it includes, "bills incl.", "VAT
		// incl." (the splitter keeps "Price incl. VAT" whole).
		if next == nil || strings.ContainsAny(strings.TrimPrefix(t.post, "."), ",;:)") {
			exp = "included"
		}
	case "apt", "ste", "bldg":
		// A unit before what it numbers ("Apt 4B", "apt. 3", "Apt. B"); "apt." ending its
		// sentence, or before a word, is the adjective.
		if !nextDigit && !(dot && capital && next != nil && unitLetter(next.core)) &&
			!(key == "bldg" && capital && next != nil && len(next.core) == 1 && next.core[0] >= 'A' && next.core[0] <= 'Z') { // "Bldg C" (the lead's round forty-six)
			return false
		}
	case "pt":
		if !capital || !dot || !nextCap {
			return false
		}
	case "st", "dr", "mt", "ft", "ave", "rd", "ln", "ct", "pl", "sq", "gdns", "cres", "tce", "pde":
		if !capital {
			return false
		}
		if key == "ft" && prev != nil && prev.core != "" && isDigit(prev.core[len(prev.core)-1]) {
			return false // 6 ft: a unit
		}
		if key == "st" || key == "dr" || key == "mt" || key == "ft" {
			// Title before a name; street/drive after one (and before a quadrant: "E St NW").
			if nextCap && !(key == "st" && next != nil && (compass[next.core] || prevCap && compassNames[next.core])) && (t.post == "" || t.post == ".") && !(prevCap && (next == nil || sentenceStarters[next.lower()])) {
				n.emit(t.raw, exp)
				n.absorbed = dot
				return true
			}
			if prevCap || prev != nil && prev.core != "" && isDigit(prev.core[0]) {
				switch key {
				case "st":
					exp = "street"
				case "dr":
					exp = "drive"
				case "mt", "ft":
					return false
				}
				n.emit(t.raw, exp)
				n.absorbed = dot
				return true
			}
			if !dot {
				return false
			}
			n.emit(t.raw, exp)
			n.absorbed = true
			return true
		}
		if !dot && !prevCap {
			return false
		}
	case "no", "nos":
		// "tracking no. JD0146…": after a code word "no." is "number" before any identifier; and
		// before "is" and a number ("Your membership no. is 88120457", round sixteen).
		copula := dot && next != nil && next.post == "" && (next.core == "is" || next.core == "was") && n.peek(2) != nil && n.peek(2).core != "" && isDigit(n.peek(2).core[0])
		if !(nextDigit || copula || dot && prev != nil && prev.post == "" && codeWords[prev.lower()] && next != nil && upperAlnum(next.core)) || !(dot || capital) {
			return false
		}
	case "p", "pp", "c", "ca", "ch", "sec", "art", "para", "ed", "eds", "al":
		if !dot && !(key == "sec" && capital && nextDigit) && !(key == "para" && nextDigit && next.pre == "" && t.post == "") {
			return false // "Sec 104, Row 12" is a section; "1 sec" after a number a second
		}
		if (key == "p" || key == "pp" || key == "ch" || key == "sec" || key == "art" || key == "para" || key == "c" || key == "ca") && !nextDigit &&
			!((key == "c" || key == "ca") && n.eraBeforeYear(1)) {
			return false // "c. AD 80" is circa too
		}
		if key == "al" && (prev == nil || prev.lower() != "et") {
			return false
		}
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		if !capital || !(dot || nextDigit || monthAfterPreposition(key, prev)) {
			return false
		}
	case "ref":
		// "ref." labels what follows ("(ref. 7731-0092)" reference); without its period only
		// before a code of capitals and digits ("ref CS-88120"): "the ref" is a referee.
		if prev != nil && prev.post == "" && determiners[prev.lower()] {
			return false // "the ref." is the referee
		}
		if !dot && !(next != nil && next.pre == "" && codeLike(next.core)) {
			return false
		}
	case "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun":
		// "Sat 10–2" in opening hours: a day before a time, not after "the" ("the Sun 2").
		if prev != nil && prev.post == "" && strings.EqualFold(prev.core, "the") {
			return false // "from the Sun.": a day is "on Sun.", never "the Sun."
		}
		if !capital || !dot && !(nextDigit && (prev == nil || !strings.EqualFold(prev.core, "the"))) && !n.weekdayListed() && !n.weekdayListedAhead() && !n.tableBar() &&
			!(prev != nil && prev.post == "" && isOrdinalNumeral(prev.core)) && // "the 1st Sat of each month"
			!(t.post == "," && next != nil && monthIndex[next.lower()] > 0 && isCapitalized(next.core)) {
			return false // "Tue, Mar 4" is a date; "sat" and "Sun" otherwise are words
		}
	case "co":
		if !capital || !(dot || prevCap) {
			return false
		}
	case "min", "max", "est", "ext", "tel", "fig", "figs", "fn", "fns", "vol", "vols", "chap", "rev", "gen", "gov", "sen", "rep", "col", "lt", "maj", "adm", "hon", "pres", "fr", "cf", "viz", "misc":
		if !dot {
			return false
		}
		if key == "max" && next == nil && prev != nil && prev.post == "" && settingBefore[prev.lower()] {
			return false // round twenty-five: "on max.", "up to max." close a sentence with the word
		}
		if key == "max" && next == nil && capital && prev != nil && prev.post == "" && (brandBefore65(prev.core) || maxNamed83(prev, n.peek(-2))) {
			return false // round sixty-five: "HBO Max.", "Pro Max." close a sentence with a name; lead83: "with Max.", "the M3 Max."
		}
		if key == "est" && prev != nil && prev.core != "" && (isDigit(prev.core[len(prev.core)-1]) || scaleNames[prev.lower()]) {
			exp = "estimated" // "$5 million est."
		}
		if key == "est" && next != nil && estimatedNext[next.lower()] {
			exp = "estimated" // "Est. arrival: 2-4 PM"
		}
	default:
		if !dot && !alwaysAbbrev[key] {
			return false
		}
	}
	n.emit(t.raw, strings.Fields(exp)...)
	n.absorbed = dot
	return true
}

// stateAbbrev are AP-style state abbreviations, expanded after "City,".
var stateAbbrev = map[string]string{
	"Ala": "alabama", "Ariz": "arizona", "Ark": "arkansas", "Calif": "california", "Colo": "colorado",
	"Conn": "connecticut", "Del": "delaware", "Fla": "florida", "Ga": "georgia", "Ill": "illinois",
	"Ind": "indiana", "Kan": "kansas", "Ky": "kentucky", "La": "louisiana", "Md": "maryland",
	"Mass": "massachusetts", "Mich": "michigan", "Minn": "minnesota", "Miss": "mississippi",
	"Mo": "missouri", "Mont": "montana", "Neb": "nebraska", "Nev": "nevada", "Okla": "oklahoma",
	"Ore": "oregon", "Pa": "pennsylvania", "Tenn": "tennessee", "Tex": "texas", "Va": "virginia",
	"Vt": "vermont", "Wash": "washington", "Wis": "wisconsin", "Wyo": "wyoming",
}

// sentenceStarters are words that commonly begin a sentence; after an
// ambiguous abbreviation they signal a sentence boundary.
var sentenceStarters = setOf(`the a an he she it they we i you this that these those there but and so then
however in on at his her our their my its if when after before as what who why how where one some many
most all no yes meanwhile also still yet now today later here thus hence moreover furthermore while
although though because since for with by from to nor or not never every each both either neither
neverthless instead otherwise finally first next last again once`)

// romanValue parses a canonical Roman numeral (I..MMMCMXCIX), or returns 0.
func romanValue(s string) int {
	if s == "" || len(s) > 15 || romanDigit(s[0]) == 0 {
		return 0
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v := romanDigit(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && romanDigit(s[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total >= 4000 || toRoman(total) != s {
		return 0
	}
	return total
}

func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

func toRoman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// regnalNames take an ordinal Roman numeral: "Henry VIII" → henry the eighth.
var regnalNames = setOf(`Louis Henry Elizabeth George Edward Charles James William Richard John Paul Pius
Benedict Gregory Leo Innocent Clement Alexander Philip Frederick Ferdinand Napoleon Peter Ivan Catherine
Mary Anne Alfonso Carlos Juan Felipe Ludwig Otto Wilhelm Friedrich Gustav Gustavus Christian Olaf Haakon
Harald Ramesses Rameses Amenhotep Thutmose Ptolemy Constantine Justinian Nicholas Alexis Boniface Urban
Sixtus Julius Martin Stephen Malcolm David Robert Kamehameha Rama Mohammed Muhammad Abdullah Selim
Mehmed Suleiman Murad Francis Franz Joseph Leopold Rudolf Maximilian Sancho Manuel Pedro Afonso
Sebastian Umberto Vittorio Emmanuel Victor Albert Baldwin Edmund Ethelred Harold Edgar Duncan Kenneth
Hadrian Adrian Celestine Eugene Honorius Sergius Theodore Valentine Darius Xerxes Cyrus Artaxerxes
Antiochus Seleucus Cleopatra Sargon Shalmaneser Tiglath Nebuchadnezzar Hassan Farouk Fuad Hussein
Carol Michael Boris Simeon Vladimir Casimir Sigismund Wladyslaw Stanislaw Matthias Bela Ladislaus
Ottokar Wenceslaus Charlemagne Clovis Childeric Pepin Lothair Hugh Raymond Bohemond Tancred Roger
Innocent Lucius Anastasius Felix Marcus Magnus Eric Erik Valdemar Sverre Magnus Hakon Christina Margaret
Isabella Isabel Juana Joanna Matilda Victoria Jane Ivan Fyodor Dmitri Alexei Tsar King Queen Pope`)

// cardinalRomanContext are words after which a Roman numeral is a cardinal.
var cardinalRomanContext = setOf(`chapter part volume vol book act scene war phase stage type class level
section article episode bowl grade title appendix figure table game round mark mk generation
version division tier category schedule annex unit lesson canto psalm olympiad case exhibit plate
apollo saturn gemini vatican council world`)

// roman reads a Roman numeral when the context makes it one.
func (n *normalizer) roman(t *token) bool {
	// A possessive numeral: "Henry VIII's wives".
	core, poss := t.core, ""
	if c, ok := strings.CutSuffix(strings.ReplaceAll(core, "’", "'"), "'s"); ok {
		core, poss = c, "'s"
	}
	start := len(n.out)
	if !n.romanCore(t, core) {
		return false
	}
	if poss != "" && len(n.out) > start {
		n.out[len(n.out)-1].Text += poss
	}
	return true
}

// romanCore reads the numeral core in context.
func (n *normalizer) romanCore(t *token, core string) bool {
	v := romanValue(core)
	if v == 0 || len(core) == 1 && strings.Contains("CDLM", core) {
		return false // "Schedule C", "Appendix D", "Part L": one of these alone is a letter
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	pc := prev.core
	lp := strings.ToLower(pc)
	if cardinalRomanContext[lp] {
		if lp == "world" || lp == "vatican" || lp == "apollo" || lp == "saturn" || lp == "gemini" {
			// "World War II" is handled at "War"; "World I" is not a numeral.
			if lp == "world" || core == "I" && lp != "vatican" {
				return false
			}
		}
		n.emit(t.raw, appendCardinal(nil, uint64(v))...)
		return true
	}
	if regnalNames[pc] && core == "I" && t.post == "" {
		// "Elizabeth I was" but not "Paul I think".
		if next := n.peek(1); next != nil && !isCapitalized(next.core) {
			switch next.lower() {
			case "was", "of", "and", "had", "became", "ruled", "died", "reigned", "is", "who", "in", "as":
			default:
				return false
			}
		}
	}
	if regnalNames[pc] {
		w := appendCardinal(nil, uint64(v))
		ordinalize(w)
		n.emit(t.raw, append([]string{"the"}, w...)...)
		return true
	}
	// Generational suffixes after a two-word name: "Martin Luther King III". Round twenty-five:
	// not after a determiner, a possessive or an acronym ("The Artemis III landing", "NASA's
	// Artemis II crew" are a mission's number, read as a sequel's below; they were regnal).
	// Round ninety-one: not after a system's name in capitals or a model with a digit ("Upgrade
	// AWIPS II", "my Sony A7 III" are a model's number, read below; they were the second, the third).
	if (core == "II" || core == "III" || core == "IV") && isCapitalized(pc) && !isUpperWord(pc) && !strings.ContainsAny(pc, "0123456789") {
		pp := n.peek(-2)
		if pp != nil && isCapitalized(pp.core) && pp.post == "" && !determiners[pp.lower()] && !isUpperWord(strings.TrimSuffix(strings.TrimSuffix(pp.core, "'s"), "’s")) &&
			!strings.HasSuffix(pp.core, "'s") && !strings.HasSuffix(pp.core, "’s") {
			w := appendCardinal(nil, uint64(v))
			ordinalize(w)
			n.emit(t.raw, append([]string{"the"}, w...)...)
			return true
		}
	}
	// Sequels and models after a capitalized word: "Final Fantasy VII"; not after a determiner
	// capitalized only because it starts the sentence ("The IV drip", "My XL shirt").
	if len(core) >= 2 && strings.Trim(core, "IVX") == "" && isCapitalized(pc) && !determiners[lp] && lp != "a" && lp != "an" {
		n.emit(t.raw, appendCardinal(nil, uint64(v))...)
		return true
	}
	return false
}

// latinFold maps accented Latin letters to ASCII.
var latinFold = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "AE", 'ø': "o", 'Ø': "O", 'œ': "oe", 'Œ': "OE", 'þ': "th", 'Þ': "Th",
	'ð': "d", 'Ð': "D", 'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ı': "i", 'ħ': "h", 'ŋ': "ng",
	'ſ': "s", 'ĸ': "k",
}

// foldLatin removes accents from Latin letters (café → cafe), maps
// typographic apostrophes to "'", and drops letters of other scripts and
// symbols (logged). Combining marks are dropped silently.
func foldLatin(s string, n *normalizer) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r == '’' || r == 'ʼ' || r == '‘':
			b.WriteByte('\'')
		case unicode.Is(unicode.Mn, r):
			// combining accent: drop
		default:
			if f, ok := latinFold[r]; ok {
				b.WriteString(f)
				continue
			}
			if base := latinBase(r); base != 0 {
				b.WriteRune(base)
				continue
			}
			n.drop("dropped unspeakable character", r)
		}
	}
	return b.String()
}

// latinBase returns the unaccented base of a precomposed Latin letter.
func latinBase(r rune) rune {
	if !unicode.Is(unicode.Latin, r) {
		return 0
	}
	const groups = "AÀÁÂÃÄÅĀĂĄǍ aàáâãäåāăąǎ CÇĆĈĊČ cçćĉċč DĎ dď EÈÉÊËĒĔĖĘĚ eèéêëēĕėęě GĜĞĠĢ gĝğġģ HĤ hĥ " +
		"IÌÍÎÏĨĪĬĮİǏ iìíîïĩīĭįǐ JĴ jĵ KĶ kķ LĹĻĽĿ lĺļľŀ NÑŃŅŇ nñńņňŉ OÒÓÔÕÖŌŎŐǑ oòóôõöōŏőǒ " +
		"RŔŖŘ rŕŗř SŚŜŞŠȘ sśŝşšș TŢŤȚ tţťț UÙÚÛÜŨŪŬŮŰŲǓ uùúûüũūŭůűųǔ WŴ wŵ YÝŶŸ yýÿŷ ZŹŻŽ zźżž"
	for _, g := range strings.Fields(groups) {
		if strings.ContainsRune(g[1:], r) {
			base, _ := utf8.DecodeRuneInString(g)
			return base
		}
	}
	return 0
}

// afterStreetName reports a token that closes its clause (a comma, a period, the end) right
// after a street's name ends in its suffix: "Main St N," "Terry Ave N."
func (n *normalizer) afterStreetName() bool {
	cur, prev := n.peek(0), n.peek(-1)
	if cur == nil || prev == nil || cur.pre != "" || !isCapitalized(prev.core) || prev.post != "" && prev.post != "." {
		return false
	}
	if l := prev.lower(); !streetAbbrev[l] && !streetWords[l] {
		return false
	}
	return cur.post != "" || n.peek(1) == nil
}

// compassNames are the directions written out, which follow a street's suffix ("Broad St
// South"), never a saint's title.
var compassNames = setOf("North South East West Northeast Northwest Southeast Southwest")

// unitLetter reports what names a flat or suite after its abbreviation: a letter, or a short
// code of capitals and digits ("B", "4B", "12C").
func unitLetter(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'A' && s[i] <= 'Z' || isDigit(s[i])) {
			return false
		}
	}
	return true
}
