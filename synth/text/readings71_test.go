package text

import "testing"

// TestReadings71 checks testdata/readings71.tsv: round seventy-one's probe sentences for the
// classes of misreading held-out set 56's dev half found in construction and the building
// trades (a whole hour in a span before a meridiem, NEC, a code's section numbers, clipped
// weekdays, short words in capitals for stress, emoji of the trades), each written before its
// reader, with cases where the reading must not apply, read exactly as written there, with the
// lexicon as the engine reads.
func TestReadings71(t *testing.T) {
	checkReadings(t, "testdata/readings71.tsv", 57)
}

// round71Seeds are round seventy-one's fuzz seeds (readerSeeds appends them), kept here so
// other rounds' seed lists and this one do not meet in one file: spans of clock times before a
// meridiem, code sections with their subsections, clipped weekdays and short words in capitals,
// with near misses of each.
var round71Seeds = []string{
	"7:00–9:00 a.m.", "6:30-8:00 AM only", "1:00-3:00PM", "1:00-3:00P", "13:00-15:00 pm", "9:00 AM–5:00 PM", "9:00 am-", "9:00 AM–",
	"from 10:00 to 11:30 a.m.", "between 7:00 and 9am", "at 7:00 to set", "7:00-15:30", "0:00-1:00 am", "7:00–9:00–11:00 a.m.", "12:00-",
	"NEC 250.52(A)(5)", "Table 310.16", "29 CFR 1926.501(b)(1)", "Section 1005.3.2", "Section 1005.", "Article 210", "Article 2005",
	"Sec. 210.08", "§ 110.26", "Table 310.16(", "Table 310.16()", "Table 310.16(AB)", "NEC 99999.1", "Article 0210", "Table 310..16",
	"pushed to Thurs", "until Tues, then", "We pour Weds", "she weds him", "to Tue.", "Thu Nguyen", "by Mon", "for Thu", "thur",
	"hats ON 🦺", "Absolutely NO smoking", "Send AT commands", "then send AT commands", "AT ALL TIMES", "at AT", "the OR", "in OR 3", "ON",
	"Toronto, ON M5V", "gloves OR use", "x IS", "tag ON.", "👩‍🔧", "👨‍🏭", "⛑️", "🪜🪜",
}
