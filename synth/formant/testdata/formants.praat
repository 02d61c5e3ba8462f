# formants.praat DIR STEP: for every WAV in DIR, one line "NAME T F1 F2" every STEP seconds:
# Praat's Burg formant track (5 formants below 5000 Hz, 25 ms window, the settings Praat
# recommends for a male voice), read at each time. Undefined values print as "--undefined--".
form Formants
  sentence dir
  positive step 0.01
endform
list = Create Strings as file list: "list", dir$ + "/*.wav"
files = Get number of strings
for j to files
  selectObject: list
  name$ = Get string: j
  sound = Read from file: dir$ + "/" + name$
  dur = Get total duration
  formant = To Formant (burg): 0, 5, 5000, 0.025, 50
  t = step
  while t < dur - step
    f1 = Get value at time: 1, t, "hertz", "linear"
    f2 = Get value at time: 2, t, "hertz", "linear"
    appendInfoLine: name$, " ", fixed$(t, 4), " ", fixed$(f1, 1), " ", fixed$(f2, 1)
    t = t + step
  endwhile
  removeObject: sound, formant
endfor
