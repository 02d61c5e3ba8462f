package text

import "testing"

func TestEndsSentence(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Stop.", true}, {"Stop!", true}, {"Really?", true}, {"Really‽", true},
		{"Well…", true}, {"止まれ。", true}, {"本当？", true}, {"止まれ！", true},
		{`He said "stop."`, true}, {"(Really?) ", true}, {"’Twas so.’", true},
		{"and then,", false}, {"so;", false}, {"", false}, {"   ", false}, {"word", false},
	} {
		if got := EndsSentence(c.in); got != c.want {
			t.Errorf("EndsSentence(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestSentenceMarksAgree: every mark EndsSentence accepts also splits sentences and sets the
// kind of the sentence it ends.
func TestSentenceMarksAgree(t *testing.T) {
	for _, m := range sentenceFinal {
		s := "It is here" + string(m) + " Then it goes."
		if got := SplitSentences(s); len(got) != 2 {
			t.Errorf("%q: split into %q, want 2 sentences", s, got)
		}
		kind := NormalizeSentence("Is it here" + string(m)).Kind
		var want Kind
		switch m {
		case '?', '‽', '？':
			want = YesNo
		case '!', '！':
			want = Exclamation
		default:
			want = Statement
		}
		if kind != want {
			t.Errorf("%q ends a sentence of kind %v, want %v", m, kind, want)
		}
	}
	if k := NormalizeSentence("Where is it？").Kind; k != WhQuestion {
		t.Errorf("a full-width wh-question is kind %v", k)
	}
}

func TestTrailingBreak(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Break
	}{
		{"and then,", Minor}, {"the list (short)", Minor}, {`he said "yes,"`, Minor},
		{"as follows:", Major}, {"so;", Major}, {"and then —", Major}, {"in 1990–", Major},
		{"a word", NoBreak}, {"", NoBreak}, {"然后，", Minor},
	} {
		if got := TrailingBreak(c.in); got != c.want {
			t.Errorf("TrailingBreak(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
