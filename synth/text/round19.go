package text

import "strings"

// Round nineteen: the misses of held-out set 18, written by a hand new to the readers (issue
// 18's independent check), each fixed as a mechanism and tested on probe sentences of the
// round's own, readings19.tsv.

func (n *normalizer) round19Token(t *token) int {
	if t.core == "" || n.inPart != 0 {
		return 0
	}
	if n.hostPort(t) {
		return 1
	}
	return 0
}

// hostPort reads a host and a port glued by a colon, "localhost:5173", "127.0.0.1:8080",
// "db.example.com:5432/app", as an address is read, with "colon" and the port in pairs as
// after "port" (it read the port as a count and dropped the colon: "localhost eight thousand
// eighty"). Precondition: one colon, after a host that is localhost, an IPv4 address or a name
// with a known web ending, and before one to five digits (no leading zero) that end the token or
// open a path. Clock times, ratios and verses ("19:30", "16:9", "John 3:16") have no such host;
// a service's name ("redis:6379") or an image's tag ("redis:7") is not read here.
func (n *normalizer) hostPort(t *token) bool {
	c := t.core
	i := strings.IndexByte(c, ':')
	if i <= 0 || i+1 >= len(c) || !isDigit(c[i+1]) {
		return false
	}
	j := i + 1
	for j < len(c) && isDigit(c[j]) {
		j++
	}
	if !isPort(c[i+1:j]) || j < len(c) && c[j] != '/' {
		return false
	}
	host := c[:i]
	if strings.ContainsAny(host, "/?#@") {
		return false
	}
	switch {
	case strings.EqualFold(host, "localhost"), isURL(host):
		n.address(t.raw, c)
	case isIPv4(host):
		n.by("web address")
		for k, g := range strings.Split(host, ".") {
			if k > 0 {
				n.emit(t.raw, "dot")
			}
			n.emit(t.raw, appendInteger(nil, g)...)
		}
		n.emit(t.raw, "colon")
		n.emit(t.raw, appendPort(nil, c[i+1:j])...)
		if path := strings.Trim(c[j:], "/"); path != "" {
			n.emit(t.raw, "slash")
			n.address(t.raw, path)
		}
	default:
		return false
	}
	return true
}

// isIPv4 reports four dotted groups of one to three digits, each at most 255.
func isIPv4(s string) bool {
	groups := 0
	for s != "" {
		g := s
		if k := strings.IndexByte(s, '.'); k >= 0 {
			g, s = s[:k], s[k+1:]
			if s == "" {
				return false // a trailing dot
			}
		} else {
			s = ""
		}
		if g == "" || len(g) > 3 || !allDigits(g) || atoiSmall(g) > 255 {
			return false
		}
		groups++
	}
	return groups == 4
}

// appendPort appends a port number as it is said after "port": up to two digits and five
// digits as a count (eighty, twenty seven thousand seventeen), three and four in pairs (four
// forty three, eighty eighty; a round thousand stays a count, three thousand).
func appendPort(dst []string, digits string) []string {
	if len(digits) == 3 || len(digits) == 4 {
		return appendPaired(dst, digits)
	}
	return appendInteger(dst, digits)
}

// isPort reports one to five digits without a leading zero.
func isPort(s string) bool {
	return s != "" && len(s) <= 5 && s[0] != '0' && allDigits(s)
}
