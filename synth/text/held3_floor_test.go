package text

// The exact-match shares the held-out set 3 tests hold at least. The dev half holds the issue's
// aim (98%); the unseen half holds its first measurement, 112/120, taken before any reader was
// changed for the set (a regression guard: its outputs were not looked at while developing).
const (
	held3DevFloor    = 0.98
	held3UnseenFloor = 0.93
)
