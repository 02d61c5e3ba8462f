;; Festival's own evaluation of its prosody models, for eval_test.go: for every segment, syllable
;; and word of the sentences below (voice_kal_diphone), the features the models ask and what
;; Festival's wagon and lr_predict make of them. Regenerate with
;;   festival -b festival-eval.scm > festival-eval.txt
(voice_kal_diphone)
(set! seg_feats '(name emph_sil p.R:SylStructure.parent.parent.pbreak ph_ctype p.ph_ctype n.ph_ctype
  ph_vlng p.ph_vlng pp.ph_vlng ph_vheight nn.ph_vheight pp.ph_vfront nn.ph_vfront pos_in_syl
  seg_onsetcoda seg_onset_stop seg_coda_fric R:SylStructure.parent.accented
  R:SylStructure.parent.syl_codasize R:SylStructure.parent.syl_break
  R:SylStructure.parent.R:Syllable.p.syl_break R:SylStructure.parent.R:Syllable.n.syl_onsetsize
  R:SylStructure.parent.asyl_in R:SylStructure.parent.last_accent R:SylStructure.parent.sub_phrases
  R:SylStructure.parent.syl_out R:SylStructure.parent.position_type R:SylStructure.parent.parent.gpos
  R:SylStructure.parent.parent.word_numsyls))
(set! syl_feats '(R:SylStructure.parent.R:Token.parent.EMPH R:SylStructure.parent.R:Word.n.gpos
  R:SylStructure.parent.R:Word.nn.gpos R:SylStructure.parent.R:Word.p.gpos
  R:SylStructure.parent.R:Word.pp.gpos R:SylStructure.parent.gpos R:Syllable.p.tobi_endtone accented
  asyl_in asyl_out last_accent lisp_syl_yn_question n.R:SylStructure.parent.R:Token.parent.EMPH
  n.R:SylStructure.parent.gpos n.accented n.old_syl_break n.stress n.syl_break n.tobi_accent
  n.tobi_endtone next_accent nn.old_syl_break nn.stress nn.syl_break nn.tobi_accent nn.tobi_endtone
  old_syl_break p.R:SylStructure.parent.R:Token.parent.EMPH p.R:SylStructure.parent.gpos p.accented
  p.old_syl_break p.stress p.syl_break p.tobi_accent position_type pp.old_syl_break pp.stress
  pp.syl_break pp.tobi_accent pp.tobi_endtone ssyl_in ssyl_out stress sub_phrases syl_break syl_in
  syl_out tobi_accent tobi_endtone))
(set! word_feats '(name pbreak num_break R:Token.parent.EMPH n.R:Token.parent.EMPH))
(define (last_atom l) (car (last l)))
(define (feats item names)
  (mapcar (lambda (f) (format t " %s" (item.feat item f))) names))
(define (dump text)
  (let ((utt (SynthText text)))
    (format t "SENT %s\n" text)
    (mapcar (lambda (s)
      (format t "S")
      (feats s seg_feats)
      (format t " | %.8f\n" (last_atom (wagon s kal_duration_cart_tree))))
      (utt.relation.items utt 'Segment))
    (mapcar (lambda (s)
      (format t "Y")
      (feats s syl_feats)
      (format t " | %s %s %s %.8f %.8f %.8f\n"
        (last_atom (wagon s f2b_int_accent_cart_tree))
        (last_atom (wagon s f2b_int_tone_cart_tree))
        (last_atom (wagon s postlex_vowel_reduce_cart_data))
        (lr_predict s f2b_f0_lr_start) (lr_predict s f2b_f0_lr_mid) (lr_predict s f2b_f0_lr_end)))
      (utt.relation.items utt 'Syllable))
    (mapcar (lambda (w)
      (format t "W")
      (feats w word_feats)
      (format t " | %s\n" (last_atom (wagon w english_phrase_type_tree))))
      (utt.relation.items utt 'Word))
    t))
(format t "SEGFEATS")
(mapcar (lambda (f) (format t " %s" f)) seg_feats)
(format t "\nSYLFEATS")
(mapcar (lambda (f) (format t " %s" f)) syl_feats)
(format t "\nWORDFEATS")
(mapcar (lambda (f) (format t " %s" f)) word_feats)
(format t "\n")
(mapcar dump
 '("The ferry left the harbor an hour late."
   "Did you park the car beside the river?"
   "When the rain stopped, we walked home slowly through the park."
   "Is this your umbrella, or did you borrow it from the neighbours?"
   "The old dog sleeps."
   "Where are the keys that I left on the kitchen table yesterday?"
   "After a long and difficult winter, the farmers of the northern valley finally planted their first fields of barley, wheat and oats, hoping for rain."
   "Please call Stella; ask her to bring these things with her from the store."
   "It is not what you said, but how you said it!"
   "Yes."
   "I would have gone to the market, but it was closed because of the holiday, so we ate at home instead."
   "Can you believe that he actually won?"
   "An apple a day keeps the doctor away, or so my grandmother always told us when we were young and foolish"))
