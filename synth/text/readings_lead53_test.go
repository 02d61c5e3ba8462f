package text

import "testing"

// TestReadingsLead53 checks testdata/readings-lead53.tsv: misreadings found in real text nobody
// wrote for a test (excerpts of public issue threads and web pages), each as a class: +/- glued
// to a number, bytes and bits written out, an asterisk for times or a degree, kilowatt hours in
// any case, amps in a sentence of charging, a point in a model's name, marathon times with h,
// "min./mile", races named by distance, Zulu time spans, version spans, millibars in a
// forecaster's sentence, kft; with cases that must read as before.
func TestReadingsLead53(t *testing.T) {
	checkReadings(t, "testdata/readings-lead53.tsv", 40)
}

// lead53Seeds are the lead's round fifty-three's fuzz seeds (readerSeeds appends them).
var lead53Seeds = []string{
	"2 * 3 = 6", "7*8", "7*8*9", "68*F", "20*C.", "2*C = x", "*611", "****1234", "*123*4#", "5*", "*", "4* hotel", "1*", "x*2", "9*F9",
	"+/-0.5 mm", "(+/-5 minutes)", "+/-", "+/-x", "+/-.5", "a+/-5", "2h03:59", "2h03:59,", "2h3:59", "2h03:60", "12h00:00", "123h00:00", "2h03:59x",
	"versions 2.3 - 2.8.0", "1.2.3 – 1.4", "1.2 - 1.3", "- 2.8.0", "04Z-12Z", "1200Z-1800Z", "4Z-12Z", "04Z-", "-12Z", "04Z-12",
	"charging at 6A", "Gate 6A charger", "16A, 32A, 40A chargers", "0.5A current", "-6A current", "1,000A breaker", "1A circuit",
	"the 42k marathon runners", "42k, 21k, and 5k events", "42k, 21k", "42k and", "0k race", "5k, 10k or", "the 5K, runners",
	"15.3 Kwh", "12 kwh", "3.1kWh's", "2 TB's", "113 Mbits/sec", "13.4 MBytes", "5 kft", "7:17 min./mile", "min./", "KH9.9", "A1.2", "s.1.2", "x.1", "1.x",
	"500 mb trough", "-3.1 mb gradient", "500 MB ridge", "ZIP codes 93555 and 93527", "Thx 4 coming", "class of 2025 graduates", "of 2025 votes", "1-2\"/hr", "2\"/hr", "x\"/hr", "1-\"/h", "B4 you", "B4 paper", "4 coming", "zip codes 10001, 10002", "codes 93555", "postal codes 12345 or",
	"38.3° N", "24.5 N, 80.1 W", "25.4°N, 71.2W", "40° 26′ 46″ N", "45° 30' N", "62° 30' 20.24\"", "5' 4\"", "° ′", "x° 5′", "5″", "N", "1 N, 2", "2 W",
	"at 8p ET", "8p", "7:30p ET", "9a PT", "13p ET", "0p", "12:60p", "2,500-sq-ft", "x-sq-ft", "-sq-ft", "1,200 sq-ft",
	"1:23-cr-00456", "2:24-cv-01234-JD", "1:23-cr-0045", "1:23-CR-00456", "1:2x-cr-00456", "20°+", "20x°+", "°+", "MoE ±3.1", "MoE", "MoE of", "l/100km", "kWh/100 mi", "L/100 km", "per min", "per sec.", "= 220 - age", "220 - age",
	"-1.000,00 €", "-950,00 €", "9,13 €", "12,50€", "EUR 12,50", "12,50 EUR", "$-5.00", "€-1.00", "$+1500", "$-", "€+", "$-x", ",50 €", "1.00,00 €", "0.000,00 €", "1.000,0 €", "EUR", "EUR ,5",
}
