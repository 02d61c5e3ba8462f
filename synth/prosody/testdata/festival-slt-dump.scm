;; Dumps the durations Festival's slt voice gives (Duration_Method Tree_ZScores with slt's own
;; tree and phone statistics) for the slt duration test (model_slt_test.go):
;;   festival -b festival-slt-dump.scm > festival-slt-durations.txt
;; The modules run by hand up to Duration, before the HTS engine, which replaces the durations
;; with its own at synthesis.
(voice_cmu_us_slt_arctic_hts)
(define (slt_dump text)
  (let ((u (eval (list 'Utterance 'Text text))))
    (Initialize u) (Text u) (Token_POS u) (Token u) (POS u) (Phrasify u) (Word u)
    (Pauses u) (Intonation u) (PostLex u) (Duration u)
    (format t "SENT %s\n" text)
    (mapcar
     (lambda (w)
       (format t "W %s %s %s %s" (item.name w) (item.feat w "pbreak")
               (item.feat w "R:Token.parent.punc") (item.feat w "phr_pos"))
       (mapcar
        (lambda (sy)
          (format t " %s" (item.feat sy "stress"))
          (mapcar (lambda (sg) (format t ":%s" (item.name sg))) (item.daughters sy)))
        (item.daughters (item.relation w 'SylStructure)))
       (format t "\n"))
     (utt.relation.items u 'Word))
    (mapcar
     (lambda (s)
       (format t "S %s %s %s\n" (item.name s) (item.feat s "dur_factor") (item.feat s "segment_duration")))
     (utt.relation.items u 'Segment))
    t))
(mapcar slt_dump
 '("The birch canoe slid on the smooth planks."
   "Glue the sheet to the dark blue background."
   "It's easy to tell the depth of a well."
   "These days a chicken leg is a rare dish."
   "When the rain stopped, we walked home slowly through the park."
   "Did you park the car beside the river?"
   "The box was thrown beside the parked truck."
   "Four hours of steady work faced us."))
