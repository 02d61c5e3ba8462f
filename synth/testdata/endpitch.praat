# endpitch.praat DIR: for every WAV in DIR, one line "NAME RATIO FRAMES": the median F0 of the
# last 100 ms of voicing (the last voiced frames that span it) over the median F0 of the whole
# file. Pitch by Praat's autocorrelation method, 60-600 Hz (every Chorus voice lies inside).
form End pitch
  sentence dir
endform
list = Create Strings as file list: "list", dir$ + "/*.wav"
files = Get number of strings
for j to files
  selectObject: list
  name$ = Get string: j
  sound = Read from file: dir$ + "/" + name$
  pitch = To Pitch: 0, 60, 600
  whole = Get quantile: 0, 0, 0.5, "Hertz"
  frames = Get number of frames
  step = Get time step
  want = round(0.1 / step)
  got = 0
  i = frames
  while i >= 1 and got < want
    f = Get value in frame: i, "Hertz"
    if f <> undefined
      got = got + 1
      tail[got] = f
    endif
    i = i - 1
  endwhile
  # insertion sort of the tail, then its median
  for a from 2 to got
    x = tail[a]
    b = a - 1
    while b >= 1
      if tail[b] <= x
        goto placed
      endif
      tail[b + 1] = tail[b]
      b = b - 1
    endwhile
    label placed
    tail[b + 1] = x
  endfor
  if got mod 2 = 1
    med = tail[(got + 1) / 2]
  else
    med = (tail[got / 2] + tail[got / 2 + 1]) / 2
  endif
  appendInfoLine: name$, " ", fixed$(med / whole, 4), " ", got
  removeObject: sound, pitch
endfor
