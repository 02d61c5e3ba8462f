package text

import "strings"

// topLevel are domain endings that make "word.tld" a web address.
var topLevel = setOf(`com org net edu gov mil int io co uk us ca de fr es it nl eu au jp cn ru br in ch se no
dk fi pl be at ie nz za mx ar info biz dev app ai me tv ly gg xyz tech online site blog news shop`)

// urlNumber reads digits inside an address: small numbers and years as
// numbers, longer identifiers digit by digit.
func urlNumber(p string) []string {
	v := atoiSmall(p)
	switch {
	case len(p) <= 2:
		return appendInteger(nil, p)
	case len(p) == 4 && v >= 1900 && v <= 2099:
		return appendYear(nil, v)
	}
	return appendDigitNames(nil, p, false)
}

// shortWords are two-letter words read as words inside addresses.
var shortWords = setOf("us in on at to of my me we go do no so up it is an or be by hi")

// isURL recognizes web addresses: a scheme, "www.", or host.tld[/path].
func isURL(s string) bool {
	if strings.Contains(s, "://") || strings.HasPrefix(strings.ToLower(s), "www.") {
		return true
	}
	host := s
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || dot == len(host)-1 || strings.Contains(host, "@") {
		return false
	}
	tld := strings.ToLower(host[dot+1:])
	if !topLevel[tld] && !(tld == "cc" && ccHost80(host, len(host) < len(s) && s[len(host)] == '/')) {
		return false
	}
	for i := 0; i < dot; i++ {
		c := host[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '-' || c == '.') {
			return false
		}
	}
	// "e.g" and "U.S" style abbreviations are not hosts.
	return len(host[:dot]) > 1 && !strings.Contains(host[:dot], "..")
}

// isEmail recognizes local@domain.tld.
func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || at != strings.LastIndexByte(s, '@') {
		return false
	}
	dom := s[at+1:]
	return strings.Contains(dom, ".") && !strings.HasSuffix(dom, ".")
}

// webPart reads a piece of an address: words, numbers and spelled runs;
// "www" is spelled. path is set for a piece after the host, where names run together are not
// split (a path is mostly words the lexicon may lack: "podcasts").
func (n *normalizer) webPart(src, p string, path bool) {
	if p == "" {
		return
	}
	switch strings.ToLower(p) {
	case "www":
		for range 3 {
			n.emitLetter(src, "w")
		}
		return
	case "com", "org", "net", "info", "biz", "co", "gov", "mil":
		n.emit(src, strings.ToLower(p))
		return
	case "xyz":
		// The ending .xyz and the placeholder are spelled (round thirty-six).
		for _, c := range "xyz" {
			n.emitLetter(src, string(c))
		}
		return
	}
	if allDigits(p) {
		n.emit(src, urlNumber(p)...)
		return
	}
	if k := strings.IndexAny(p, "0123456789"); k >= 0 {
		// Identifiers: letters spoken as words or letters, digits one by one.
		for i := 0; i < len(p); {
			j := i
			digit := isDigit(p[i])
			for j < len(p) && isDigit(p[j]) == digit {
				j++
			}
			if digit && i == 0 && p[:j] == "1800" && j < len(p) {
				n.emit(src, "one", "eight", "hundred") // "1800flowers": a toll-free number's prefix, as 1-800 (the lead's round forty-six)
				if rest := strings.ToLower(p[j:]); !path && isLetterWord(rest) {
					if a, b, ok := n.wordInitialsHost(rest); ok {
						// "1800wxbrief": the name as it is read alone (the lead's round fifty-three)
						n.webPart(src, a, false)
						n.webPart(src, b, false)
						return
					}
				}
			} else if digit {
				n.emit(src, urlNumber(p[i:j])...)
			} else {
				n.webPart(src, p[i:j], path)
			}
			i = j
		}
		return
	}
	lp := strings.ToLower(p)
	if r, ok := productNames[lp]; ok && !path {
		n.emitPhrase(src, strings.Fields(r)...) // airbnb.com air b n b dot com
		return
	}
	if lp == "edu" || len(p) <= 5 && speedSpelledLabel(p) && !n.pathName(p, path) {
		// Acronyms in addresses are spelled: cdc.gov, mit.edu, bbc.co.uk.
		for k := 0; k < len(lp); k++ {
			n.emitLetter(src, lp[k:k+1])
		}
		return
	}
	if len(lp) >= 6 && (!path || lp == p) && isLetterWord(lp) && n.opts.IsWord != nil && !knownWord(lp, n.opts.IsWord) {
		// Brand names run together: washingtonpost.com washington post; in a path, words
		// run together in lower case: /cityparks city parks.
		if path {
			if parts := determinerPath(lp, n.opts.IsWord); parts != nil {
				// "/myaccount" my account (round twenty-four).
				for _, part := range parts {
					n.word(src, part)
				}
				return
			}
		}
		if stem, code, ok := cityStateHost(lp, n.opts.IsWord); ok && !path {
			// "springfieldil.gov" springfield i l (round twenty-seven).
			n.webPart(src, stem, path)
			n.emitLetter(src, code[:1])
			n.emitLetter(src, code[1:])
			return
		}
		parts := segmentWords(lp, n.opts.IsWord, 3)
		if parts == nil && !path {
			parts = r41FourWords(lp, n.opts.IsWord) // "usedcarsforsale" (round forty-one)
		}
		if parts == nil && !path {
			parts = syllableSplit(lp, n.opts.IsWord)
		}
		if parts == nil && !path {
			parts = droppedESplit(lp, n.opts.IsWord)
		}
		if parts == nil && !path {
			if verb, name, ok := r50CallToAction(lp, n.opts.IsWord); ok {
				// "playvalorant" play valorant (round fifty).
				n.word(src, verb)
				n.word(src, name)
				return
			}
		}
		if parts == nil && !path {
			if stem, ok := r68WordX(lp, n.opts.IsWord); ok {
				// "stockx" stock x (round sixty-eight).
				n.webPart(src, stem, path)
				n.emitLetter(src, "x")
				return
			}
		}
		if parts == nil && !path {
			if head, tail, ok := wordLetters74(lp, n.opts.IsWord); ok {
				// "betmgm" bet m g m (round seventy-four).
				n.word(src, head)
				for i := 0; i < len(tail); i++ {
					n.emitLetter(src, tail[i:i+1])
				}
				return
			}
		}
		if parts == nil && !path {
			parts = r79IHost(lp, n.opts.IsWord) // "iwillvote" i will vote (round seventy-nine)
		}
		short := path && r79PathPieces(parts) // "/keepitblue" keep it blue (round seventy-nine)
		for _, part := range parts {
			if path && len(part) < 4 && !n.accountPath && !pathLinkWords[part] && !pathSectionWords[part] && !short {
				parts = nil // in a path only longer pieces: "podcasts" is not pod casts
				break
			}
		}
		if parts != nil {
			for _, part := range parts {
				if len(part) == 3 && n.opts.IsWord(part) && !spelledAcronyms[upperASCII(part)] {
					n.word(src, part) // allrecipes: all recipes (all is a word, not a p p)
					continue
				}
				n.webPart(src, part, path)
			}
			return
		}
	}
	if lp == "app" {
		n.emit(src, lp) // app.example.com: the word, not a p p
		return
	}
	if (len(lp) <= 3 && !pronounceable(lp) || len(lp) == 2 && !shortWords[lp] || n.initialsLabel(lp)) && !n.pathName(p, path) {
		for _, r := range lp {
			if isASCIILetter(r) {
				n.emitLetter(src, string(r))
			} else if r >= '0' && r <= '9' {
				n.emit(src, onesWords[r-'0'])
			}
		}
		return
	}
	n.word(src, p)
}

// compoundSplit splits a lexicon word of a host name into two lexicon words of three letters
// or more when Options.Compound says the word is said as them: "whitehouse" white house,
// "github" git hub, but "stanford" stays whole. It returns nil for no split.
func (n *normalizer) compoundSplit(w string, path bool) []string {
	isWord := n.opts.IsWord
	if path || n.opts.Compound == nil || isWord == nil || len(w) < 6 || len(w) > maxSegmentBytes || !isLetterWord(w) || !isWord(w) {
		return nil
	}
	for i := 3; i+3 <= len(w); i++ {
		a, b := w[:i], w[i:]
		if segmentPiece(a, isWord) && segmentPiece(b, isWord) && n.opts.Compound(w, []string{a, b}) {
			return []string{a, b}
		}
	}
	return nil
}

// socialHosts are sites whose paths name accounts, run together as handles are:
// "facebook.com/cityzoo" city zoo, "linkedin.com/in/janedoe" jane doe (a path elsewhere splits
// only into longer pieces: "/podcasts").
var socialHosts = setOf("facebook.com instagram.com twitter.com x.com linkedin.com youtube.com tiktok.com threads.net pinterest.com twitch.tv medium.com substack.com patreon.com etsy.com")

// address reads a URL or e-mail address symbol by symbol:
// "https://example.com/path" → example dot com slash path.
func (n *normalizer) address(src, s string) {
	n.by("web address")
	// The scheme is not read: people say the host.
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	s = strings.TrimRight(s, "/")
	path := len(s) // hyphens between words of a path are not read: "about-us" about us
	if i := strings.IndexByte(s, '/'); i >= 0 && !strings.Contains(s[:i], "@") {
		path = i
	}
	if host := strings.ToLower(s[:path]); (host == "doi.org" || strings.HasSuffix(host, ".doi.org")) && strings.HasPrefix(s[path:], "/10.") {
		// A DOI after its resolver: the suffix's digits one by one (round thirty-six).
		n.address(src, s[:path])
		n.emit(src, "slash")
		n.doiRead(src, s[path+1:])
		return
	}
	start := 0
	flush := func(end int) {
		if end <= start {
			return
		}
		if start > 0 && s[start-1] == ':' && end == path && isPort(s[start:end]) {
			// A port after the host's colon, in pairs as after "port": example.org:8443 eighty
			// four forty three (round nineteen; it was read digit by digit).
			n.emit(src, appendPort(nil, s[start:end])...)
			return
		}
		lp := strings.ToLower(s[start:end])
		if end < path {
			if a, b, ok := n.shortWordHost45(lp); ok {
				// "gofan.co" go fan (round forty-five).
				n.word(src, a)
				n.word(src, b)
				return
			}
		}
		if r, ok := r62Hosts[lp]; ok && end < path {
			// A maker's or hobby shop's host said as its owner says it (round sixty-two).
			n.emitPhrase(src, strings.Fields(r)...)
			return
		}
		if end < path {
			if r := n.r80HostLabel(lp, s[:path]); r != nil {
				// A preprint server's or a university's u-host (round eighty): arxiv.org
				// archive dot org, umich.edu u mich dot e d u.
				n.emitLettersOrWords(src, r)
				return
			}
		}
		if lp == "doi" && end < path {
			// doi.org, the DOI resolver: d o i (round thirty-six).
			for _, l := range lp {
				n.emitLetter(src, string(l))
			}
			return
		}
		if end < path && s[end] == '.' && (start == 0 || strings.EqualFold(s[:start], "www.") || s[start-1] == '@') {
			// The host's first label, after www. or an email's @ (news@wkyc.com: the lead's
			// round thirty-seven).
			if letters, ok := n.callLetters(lp, s); ok {
				// A station's call letters (round thirty-six): wral.com w r a l dot com.
				for k := 0; k < len(letters); k++ {
					n.emitLetter(src, letters[k:k+1])
				}
				if len(lp) > len(letters) {
					n.emit(src, urlNumber(lp[len(letters):])...)
				}
				return
			}
		}
		if len(lp) == 3 && !topLevel[lp] && !addressWords[lp] && isLetterWord(lp) && n.opts.IsWord != nil && !n.opts.IsWord(lp) && (end < path || s[start:end] == lp) {
			// A three-letter name the lexicon does not know is initials: loc.gov l o c dot gov
			// (not an ending: who.int, gov.uk).
			for k := 0; k < 3; k++ {
				n.emitLetter(src, lp[k:k+1])
			}
			return
		}
		if rest := usPrefixHost(lp, end > path, n.opts.IsWord); rest != "" {
			// "uscourts.gov" u s courts dot gov (round twenty-four).
			n.emitLetter(src, "u")
			n.emitLetter(src, "s")
			n.word(src, rest)
			return
		}
		if end < path {
			if head := r76UsaHost(lp, n.opts.IsWord); head != "" {
				// "nikonusa.com" nikon u s a dot com (round seventy-six).
				n.word(src, head)
				n.emitLetter(src, "u")
				n.emitLetter(src, "s")
				n.emitLetter(src, "a")
				return
			}
		}
		if r := hostAcronymReading(lp, end > path); r != nil {
			// A host's acronym said as its own reading (round twenty-four): noaa.gov noah dot gov.
			n.emitLettersOrWords(src, r)
			return
		}
		if end < path && n.agencyLabel(lp, s[end:]) {
			// An agency's initials: eeoc.gov e e o c dot gov.
			for k := 0; k < len(lp); k++ {
				n.emitLetter(src, lp[k:k+1])
			}
			return
		}
		if end < path && r88UniversityInitials(lp, s[end:], n.opts.IsWord) {
			// A university's initials: ohsu.edu o h s u dot e d u (round eighty-eight).
			for k := 0; k < len(lp); k++ {
				n.emitLetter(src, lp[k:k+1])
			}
			return
		}
		if n.r40SubAgency(lp, s, start, end, path) {
			// A part of an agency: ams.usda.gov a m s dot u s d a dot gov (round forty).
			for k := 0; k < len(lp); k++ {
				n.emitLetter(src, lp[k:k+1])
			}
			return
		}
		if end < path {
			if head, initials, ok := n.r42DistrictHost(lp); ok {
				// A school district's initials (round forty-two): dallasisd.org dallas i s d.
				if head != "" {
					n.word(src, head)
				}
				for k := 0; k < len(initials); k++ {
					n.emitLetter(src, initials[k:k+1])
				}
				return
			}
			if code, ok := stateSchool74(lp); ok {
				// A state university's host: iastate.edu i a state (round seventy-four; wordInitialsHost
				// read okstate as o k s tate).
				n.emitLetter(src, code[:1])
				n.emitLetter(src, code[1:])
				n.word(src, "state")
				return
			}
			if a, b, ok := n.wordInitialsHost(lp); ok {
				// A word and initials run together: petmd.com pet m d (round thirty-four).
				n.webPart(src, a, false)
				n.webPart(src, b, false)
				return
			}
		}
		if end < path && n.initialsHost(lp, s[:path]) {
			// An association's initials: avma.org a v m a dot org (round thirty-four).
			for k := 0; k < len(lp); k++ {
				n.emitLetter(src, lp[k:k+1])
			}
			return
		}
		if parts := n.compoundSplit(lp, start > path); parts != nil {
			// A lexicon word said as two words: whitehouse.gov white house dot gov.
			for _, part := range parts {
				n.word(src, part)
			}
			return
		}
		if start > path && n.r51PathPart(src, s, start, end) {
			return // "ti.com/product/LM317" l m three seventeen (round fifty-one)
		}
		if start > path && s[start-1] == '/' && n.examPath(src, s[start:end], end == len(s) || strings.IndexByte("/?#", s[end]) >= 0) {
			return // "collegeboard.org/sat" s a t (round twenty-six)
		}
		n.accountPath = start > path && socialHosts[strings.ToLower(strings.TrimPrefix(s[:path], "www."))]
		n.webPart(src, s[start:end], start > path)
		n.accountPath = false
	}
	for i := 0; i < len(s); i++ {
		var sym string
		switch s[i] {
		case '.':
			sym = "dot"
		case '/':
			sym = "slash"
		case '@':
			sym = "at"
		case '-':
			sym = "dash"
			if i > path && i > 0 && i+1 < len(s) && isASCIIAlnum(s[i-1:i]) && isASCIIAlnum(s[i+1:i+2]) && !(isDigit(s[i-1]) && isDigit(s[i+1])) {
				// A path's hyphen between words, or a word and a number, is a space in a slug:
				// "/best-games-2024" best games twenty twenty four (the lead's round
				// thirty-seven: it was "dash" beside a number); "/2024-05" keeps it.
				sym = ""
			}
		case '_':
			sym = "underscore"
		case ':':
			sym = "colon"
		case '?':
			sym = "question mark"
		case '=':
			sym = "equals"
		case '&':
			sym = "and"
		case '#':
			sym = "hash"
		case '~':
			sym = "tilde"
		case '+':
			sym = "plus"
		case '%':
			sym = "percent"
		default:
			continue
		}
		flush(i)
		switch sym {
		case "": // none for a hyphen in a path
		case "question mark":
			n.emit(src, "question", "mark")
		default:
			n.emit(src, sym) // one word: no slice of strings.Fields to allocate (speed)
		}
		start = i + 1
	}
	flush(len(s))
}

// hashtag reads "#CamelCase" → hashtag camel case, "#1" → number one.
func (n *normalizer) hashtag(t *token) int {
	s := t.core
	body := s[1:]
	if body == "" {
		n.emit(t.raw, "number")
		return 1
	}
	if isDigit(body[0]) && strings.ContainsAny(body, "-ABCDEFGHIJKLMNOPQRSTUVWXYZ") && n.afterCodeWord() {
		// "PO #4471-B": an identifier after a code word.
		n.emit(t.raw, "number")
		sub := *t
		sub.core = body
		sub.pre = "#"
		if n.mixedIdentifier(&sub) {
			return 1
		}
		n.out = n.out[:len(n.out)-1]
	}
	if prev := n.peek(-1); isDigit(body[0]) && digitsThenLetters(body) && prev != nil && (prev.post == "" || prev.post == ".") && placeLabels[strings.ToLower(strings.TrimSuffix(prev.core, "."))] && len(strings.TrimLeft(body, "0123456789")) <= 2 {
		// Round eighteen: a place's number with a letter after a label is a number, not a tag:
		// "Apt #12B" apartment number twelve b, "Unit #4A" ("#2024Goals" stays a tag).
		n.by("label")
		n.emit(t.raw, "number")
		sub := *t
		sub.core = body
		return n.numeric(&sub)
	}
	if isDigit(body[0]) && !digitsThenLetters(body) {
		if k := len(n.out); k == 0 || n.out[k-1].Text != "number" {
			n.emit(t.raw, "number") // "No. #4" number four, said once
		}
		sub := *t
		sub.core = body
		return n.numeric(&sub)
	}
	if prev := n.peek(-1); prev != nil && (codeWords[prev.lower()] || codeHeads[prev.lower()]) && strings.IndexAny(body, "0123456789") > 0 && isASCIIAlnum(strings.ReplaceAll(body, "-", "")) && !strings.HasPrefix(body, "-") {
		// An identifier after a code word: "Order #A1234" order number a one two three four,
		// "Invoice #INV-2024-0042" (hyphens are not read).
		n.by("code digits")
		n.emit(t.raw, "number")
		for i := 0; i < len(body); i++ {
			if body[i] == '-' {
				continue
			}
			if isDigit(body[i]) {
				n.emit(t.raw, onesWords[body[i]-'0'])
			} else {
				n.emitLetter(t.raw, strings.ToLower(body[i:i+1]))
			}
		}
		return 1
	}
	n.by("hashtag")
	n.emit(t.raw, "hashtag")
	if lb := strings.ToLower(body); lb == body && len(body) >= 6 && isLetterWord(body) && n.opts.IsWord != nil && !knownWord(body, n.opts.IsWord) {
		// Lower-case tags: #throwbackthursday throwback thursday.
		if parts := segmentWords(body, n.opts.IsWord, 4); parts != nil {
			for _, part := range parts {
				n.word(t.raw, part)
			}
			return 1
		}
	}
	if r, ok := chatReadings[strings.ToLower(body)]; ok && (len(body) >= 4 || tagDays[strings.ToLower(body)]) && (body == strings.ToLower(body) || body == strings.ToUpper(body)) {
		// A chat abbreviation as a tag: "#ICYMI" hashtag in case you missed it.
		for _, w := range strings.Fields(r) {
			if len(w) == 1 {
				n.emitLetter(t.raw, w)
			} else {
				n.emit(t.raw, w)
			}
		}
		return 1
	}
	n.word(t.raw, body)
	return 1
}

// handle reads "@jane_doe" → at jane underscore doe.
func (n *normalizer) handle(t *token) {
	n.emit(t.raw, "at")
	if body := t.core[1:]; len(body) >= 8 && body == strings.ToLower(body) && n.r40RunTogether(t.raw, body) {
		return // "@bluebottlecoffee" at blue bottle coffee (round forty)
	}
	if body := t.core[1:]; len(body) >= 6 && isLowerWord(body) {
		// "@nytimes" at n y times, "@janedoe" at jane doe: a name run together is split as a
		// host's is ("nytimes.com"; the lead's round sixty-six: it was one word).
		n.webPart(t.raw, body, false)
		return
	}
	n.word(t.raw, t.core[1:])
}

// isASCIIAlnum reports ASCII letters and digits only.
func isASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && !isASCIILetter(rune(s[i])) {
			return false
		}
	}
	return s != ""
}

// speedSpelledLabel reports a host's label that is an acronym spelled by custom and no shouted
// word but WHO, as webPart asked it of strings.ToUpper(p), with no allocation for an ASCII
// label of up to five letters (speed).
func speedSpelledLabel(p string) bool {
	if len(p) <= 5 && asciiOnly(p) {
		var buf [5]byte
		up := speedUpper(buf[:len(p)], p)
		return spelledAcronyms[string(up)] && (!shoutWords[string(up)] || string(up) == "WHO")
	}
	up := strings.ToUpper(p)
	return spelledAcronyms[up] && (!shoutWords[up] || up == "WHO")
}

// emitLettersOrWords says a reading's one-character pieces as letters and the others as words
// (a host's reading: "noah", or "u", "mich").
func (n *normalizer) emitLettersOrWords(src string, r []string) {
	for _, f := range r {
		if len(f) == 1 {
			n.emitLetter(src, f)
		} else {
			n.emit(src, f)
		}
	}
}
