;; Dumps Festival's prosody features for the tests of features.go (see festival-features.txt).
(voice_kal_diphone)
(define (dumpfeats utt)
  (format t "SENT\n")
  (mapcar (lambda (w) (format t "W %s %s %s" (item.name w) (item.feat w "pbreak") (item.feat w "gpos"))
     (mapcar (lambda (sy) (format t " %s" (item.feat sy "stress")) (mapcar (lambda (sg) (format t ":%s" (item.name sg))) (item.daughters sy))) (item.daughters (item.relation w 'SylStructure)))
     (format t "\n")) (utt.relation.items utt 'Word))
  (mapcar (lambda (s)
    (format t "Y %s" (item.feat s "R:SylStructure.parent.name"))
    (mapcar (lambda (f) (format t " %s=%s" f (item.feat s f)))
      '(stress n.stress p.stress nn.stress pp.stress syl_in syl_out ssyl_in ssyl_out asyl_in asyl_out last_accent next_accent sub_phrases syl_break p.syl_break pp.syl_break n.syl_break nn.syl_break old_syl_break p.old_syl_break pp.old_syl_break n.old_syl_break nn.old_syl_break position_type accented n.accented p.accented syl_codasize syl_onsetsize tobi_accent tobi_endtone p.tobi_accent pp.tobi_accent n.tobi_accent nn.tobi_accent R:Syllable.p.tobi_endtone pp.tobi_endtone n.tobi_endtone nn.tobi_endtone lisp_syl_yn_question R:SylStructure.parent.gpos R:SylStructure.parent.R:Word.p.gpos R:SylStructure.parent.R:Word.pp.gpos R:SylStructure.parent.R:Word.n.gpos R:SylStructure.parent.R:Word.nn.gpos n.R:SylStructure.parent.gpos p.R:SylStructure.parent.gpos))
    (format t "\n")) (utt.relation.items utt 'Syllable))
  (mapcar (lambda (s)
    (format t "S %s" (item.name s))
    (mapcar (lambda (f) (format t " %s=%s" f (item.feat s f)))
      '(R:SylStructure.parent.R:Syllable.n.syl_onsetsize R:SylStructure.parent.R:Syllable.p.syl_break R:SylStructure.parent.accented R:SylStructure.parent.asyl_in R:SylStructure.parent.last_accent R:SylStructure.parent.parent.gpos R:SylStructure.parent.parent.word_numsyls R:SylStructure.parent.position_type R:SylStructure.parent.sub_phrases R:SylStructure.parent.syl_break R:SylStructure.parent.syl_codasize R:SylStructure.parent.syl_out emph_sil n.ph_ctype nn.ph_vfront nn.ph_vheight p.R:SylStructure.parent.parent.pbreak p.ph_ctype p.ph_vlng ph_ctype ph_vheight ph_vlng pos_in_syl pp.ph_vfront pp.ph_vlng seg_coda_fric seg_onset_stop seg_onsetcoda R:SylStructure.parent.R:Word.n.gpos dur_factor segment_duration))
    (format t "\n")) (utt.relation.items utt 'Segment))
  (mapcar (lambda (s) (mapcar (lambda (tg) (format t "T %s %s\n" (item.feat tg "pos") (item.feat tg "f0"))) (item.daughters s))) (utt.relation.items utt 'Target))
  utt)
(mapcar (lambda (s) (dumpfeats (SynthText s)))
 '("The ferry left the harbor an hour late."
   "Did you park the car beside the river?"
   "When the rain stopped, we walked home slowly through the park."
   "Is this your umbrella, or did you borrow it from the neighbours?"
   "The old dog sleeps."))
