# perturbation.praat DIR: for every WAV in DIR, one line "NAME JITTER SHIMMER PERIODS": local
# jitter and local shimmer in percent and the number of glottal periods they were measured on.
# Periods from Praat's cross-correlation point process (75–500 Hz) with Praat's standard
# arguments (shortest period 0.1 ms, longest 20 ms, largest period factor 1.3, largest
# amplitude factor 1.6), as a voice clinic measures a sustained vowel.
form Perturbation
  sentence dir
endform
list = Create Strings as file list: "list", dir$ + "/*.wav"
files = Get number of strings
for j to files
  selectObject: list
  name$ = Get string: j
  sound = Read from file: dir$ + "/" + name$
  points = To PointProcess (periodic, cc): 75, 500
  periods = Get number of periods: 0, 0, 0.0001, 0.02, 1.3
  jitter = Get jitter (local): 0, 0, 0.0001, 0.02, 1.3
  selectObject: sound, points
  shimmer = Get shimmer (local): 0, 0, 0.0001, 0.02, 1.3, 1.6
  appendInfoLine: name$, " ", fixed$(jitter * 100, 4), " ", fixed$(shimmer * 100, 4), " ", periods
  removeObject: sound, points
endfor
