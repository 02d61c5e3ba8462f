package markup

import "strings"

// Vendor extensions people paste from the Azure, Google and Polly documentation. Each either
// maps onto what Chorus does (a speaking style of the catalog, a pause) or, where it cannot, is
// an error (ssmlKnown, unsupported) — never dropped in silence:
//
//	<mstts:express-as style styledegree>  Span.Style, StyleDegree (role is an error)
//	<google:style name>                   Span.Style
//	<amazon:emotion name intensity>       excited → the style Options.Style gives "excited",
//	                                      disappointed → "disappointed"; intensity low, medium,
//	                                      high is StyleDegree 0.5, 0.75, 1
//	<amazon:domain name>                  news → the style for "newscaster"; conversational and
//	                                      long-form: the request's own reading
//	<amazon:effect name|phonation>        whispered → the style for "whispering";
//	                                      phonation="soft" → the style for "softly"; drc
//	                                      and vocal-tract-length are errors
//	<amazon:auto-breaths>                 its text, without breaths (Chorus makes no breath
//	                                      sounds)
//	<amazon:breath duration/>             a pause in a breath's place: x-short 100, short 200,
//	                                      medium 300, long 500, x-long 700 ms

// breathMillis are the pauses that stand for Polly's <amazon:breath duration>.
var breathMillis = map[string]int{"x-short": 100, "short": 200, "medium": 300, "long": 500, "x-long": 700}

// breath reads <amazon:breath/>: the pause standing for it.
func (p *parser) breath(attrs []attr) (int, error) {
	if err := p.only("amazon:breath", attrs, "duration", "volume"); err != nil {
		return 0, err
	}
	if a, ok := find(attrs, "volume"); ok {
		switch strings.ToLower(strings.TrimSpace(a.value)) {
		case "default", "x-soft", "soft", "medium", "loud", "x-loud":
		default:
			return 0, p.errAt(a.offset, "amazon:breath volume %q: use default, x-soft, soft, medium, loud or x-loud", a.value)
		}
	}
	ms := breathMillis["medium"]
	if a, ok := find(attrs, "duration"); ok {
		v := strings.ToLower(strings.TrimSpace(a.value))
		if v != "default" {
			var ok bool
			if ms, ok = breathMillis[v]; !ok {
				return 0, p.errAt(a.offset, "amazon:breath duration %q: use default, x-short, short, medium, long or x-long", a.value)
			}
		}
	}
	return ms, nil
}

// style sets sp's style to the catalog's style for ask (Options.Style), reporting errors at a.
func (p *parser) style(sp *Span, ask string, a attr) error {
	if p.opts.Style == nil {
		return p.errAt(a.offset, "%s %q: no speaking styles to choose from", a.name, a.value)
	}
	st, err := p.opts.Style(ask)
	if err != nil {
		return p.errAt(a.offset, "%s %q: %v", a.name, a.value, err)
	}
	sp.Style, sp.StyleDegree = st, 0
	return nil
}

// vendor reads the opening tag of a vendor element (vendorElements) into sp.
func (p *parser) vendor(name string, sp *Span, attrs []attr, off int) error {
	need := func(key string) (attr, error) {
		a, ok := find(attrs, key)
		if !ok || strings.TrimSpace(a.value) == "" {
			return attr{}, p.errAt(off, "<%s> needs %s=\"…\"", name, key)
		}
		return a, nil
	}
	switch name {
	case "mstts:express-as":
		if err := p.only(name, attrs, "style", "styledegree", "role"); err != nil {
			return err
		}
		if a, ok := find(attrs, "role"); ok {
			return p.errAt(a.offset, "mstts:express-as role %q is not supported: Chorus's voices do not play other ages or genders; choose another voice with <voice name> or <voice gender>", a.value)
		}
		a, err := need("style")
		if err != nil {
			return err
		}
		if err := p.style(sp, strings.TrimSpace(a.value), a); err != nil {
			return err
		}
		if d, ok := find(attrs, "styledegree"); ok {
			x, ok := number(strings.TrimSpace(d.value))
			if !ok || x < 0.01 || x > 2 {
				return p.errAt(d.offset, "styledegree %q: use a number from 0.01 to 2 (1 is the style as it is)", d.value)
			}
			sp.StyleDegree = x
		}
	case "google:style":
		if err := p.only(name, attrs, "name"); err != nil {
			return err
		}
		a, err := need("name")
		if err != nil {
			return err
		}
		return p.style(sp, strings.TrimSpace(a.value), a)
	case "amazon:emotion":
		if err := p.only(name, attrs, "name", "intensity"); err != nil {
			return err
		}
		a, err := need("name")
		if err != nil {
			return err
		}
		v := strings.ToLower(strings.TrimSpace(a.value))
		if v != "excited" && v != "disappointed" {
			return p.errAt(a.offset, "amazon:emotion name %q: use excited or disappointed", a.value)
		}
		if v == "disappointed" {
			v = "sad"
		}
		if err := p.style(sp, v, a); err != nil {
			return err
		}
		degree := 0.75
		if in, ok := find(attrs, "intensity"); ok {
			switch strings.ToLower(strings.TrimSpace(in.value)) {
			case "low":
				degree = 0.5
			case "medium":
			case "high":
				degree = 1
			default:
				return p.errAt(in.offset, "amazon:emotion intensity %q: use low, medium or high", in.value)
			}
		}
		sp.StyleDegree = degree
	case "amazon:domain":
		if err := p.only(name, attrs, "name"); err != nil {
			return err
		}
		a, err := need("name")
		if err != nil {
			return err
		}
		switch strings.ToLower(strings.TrimSpace(a.value)) {
		case "news":
			return p.style(sp, "newscaster", a)
		case "conversational", "long-form":
			// Chorus's ordinary reading: the request's style stays.
		default:
			return p.errAt(a.offset, "amazon:domain name %q: use news, conversational or long-form", a.value)
		}
	case "amazon:effect":
		if err := p.only(name, attrs, "name", "phonation", "vocal-tract-length"); err != nil {
			return err
		}
		if a, ok := find(attrs, "vocal-tract-length"); ok {
			return p.errAt(a.offset, "amazon:effect vocal-tract-length is not supported: choose a voice that sounds larger or smaller with <voice name>")
		}
		a, hasName := find(attrs, "name")
		ph, hasPhonation := find(attrs, "phonation")
		if !hasName && !hasPhonation {
			return p.errAt(off, "<amazon:effect> needs name=\"whispered\" or phonation=\"soft\"")
		}
		if hasName {
			switch strings.ToLower(strings.TrimSpace(a.value)) {
			case "whispered":
				if err := p.style(sp, "whispering", a); err != nil {
					return err
				}
			case "drc":
				return p.errAt(a.offset, "amazon:effect name \"drc\" (dynamic range compression) is not supported: Chorus does not compress its output (chorus render levels an episode's loudness)")
			default:
				return p.errAt(a.offset, "amazon:effect name %q: use whispered", a.value)
			}
		}
		if hasPhonation {
			if v := strings.ToLower(strings.TrimSpace(ph.value)); v != "soft" {
				return p.errAt(ph.offset, "amazon:effect phonation %q: use soft", ph.value)
			}
			if err := p.style(sp, "softly", ph); err != nil {
				return err
			}
		}
	case "amazon:auto-breaths":
		if err := p.only(name, attrs, "volume", "frequency", "duration"); err != nil {
			return err
		}
		for _, a := range attrs {
			switch strings.ToLower(strings.TrimSpace(a.value)) {
			case "default", "x-soft", "soft", "medium", "loud", "x-loud", "x-low", "low", "high", "x-high",
				"x-short", "short", "long", "x-long":
			default:
				return p.errAt(a.offset, "amazon:auto-breaths %s %q: use default, low, medium, high or x- forms of them", a.name, a.value)
			}
		}
	}
	return nil
}
