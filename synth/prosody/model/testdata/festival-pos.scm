;; Festival's POS tags and phrase breaks, for pos_test.go: for each sentence, the Word items
;; after POS and Phrasify (punctuation still words of their own: P name pos pbreak, whether the
;; word ends its token, the token's punctuation, and the tag the tokenizer fixed, 0 if none),
;; then the words and breaks after the whole synthesis (W name pbreak). Regenerate with
;;   festival -b festival-pos.scm > festival-pos.txt
(voice_kal_diphone)
(define (dump text)
  (let ((utt (eval (list 'Utterance 'Text text))))
    (Initialize utt) (Text utt) (Token_POS utt) (Token utt)
    (set! fixed (mapcar (lambda (w) (item.feat w "pos")) (utt.relation.items utt 'Word)))
    (POS utt) (Phrasify utt)
    (format t "SENT %s\n" text)
    (mapcar (lambda (w)
      (format t "P %s %s %s %s %s %s\n" (item.name w) (item.feat w "pos") (item.feat w "pbreak")
        (item.feat w "R:Token.n.name") (item.feat w "R:Token.parent.punc") (car fixed))
      (set! fixed (cdr fixed)))
      (utt.relation.items utt 'Word))
    (set! utt (SynthText text))
    (mapcar (lambda (w) (format t "W %s %s\n" (item.name w) (item.feat w "pbreak")))
      (utt.relation.items utt 'Word))
    t))
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
   "An apple a day keeps the doctor away, or so my grandmother always told us when we were young and foolish"
   "The committee, which had met on Tuesday, decided that the proposal should be rejected without further discussion."
   "Running quickly down the narrow street, the boy dropped his books and the papers flew everywhere."
   "She sells sea shells by the sea shore: the shells she sells are surely sea shells."
   "Although the weather forecast promised sunshine for the whole weekend, heavy clouds gathered over the hills on Saturday morning and by noon it was raining steadily across the entire region."
   "Wow!"
   "Colorless green ideas sleep furiously."
   "Mr Brown and his wife visited Paris, Rome and Vienna last spring."
   "I think that A is better than B, but you may prefer C."
   "Did you park the, car beside the river."
   "The war ended in 1945, and the city was rebuilt by 1960 with help from 23 nations."
   "It costs $3.50 today, but tomorrow it may cost 1200 dollars."
   "The war ended in 1945 points in the final game."
   "The war ended in 1200 after the long winter."))
