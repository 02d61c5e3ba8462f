package text

// The exact-match shares the held-out set 3 tests hold at least. The dev half holds the issue's
// aim (98%). The unseen half holds its measurement at the end of round three, 115/120 (95.8%),
// taken once its outputs were first looked at (the first, before any change, was 112/120).
const (
	held3DevFloor    = 0.98
	held3UnseenFloor = 0.95
)
