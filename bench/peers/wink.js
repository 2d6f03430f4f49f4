// wink-nlp with wink-eng-lite-web-model, with the same interface as
// `claimcheck segment`:
//   node wink.js FILE      print FILE's sentences one per line; paragraphs are the
//                          blocks between blank lines; line breaks inside a
//                          sentence are shown as spaces
//   node wink.js --jsonl   read {"id", "text"} JSON Lines on stdin, write
//                          {"id", "sentences"} per line; each text is one block
// The pipeline runs sentence boundary detection only (no part-of-speech
// tagging, entities or sentiment), which is all a segmenter needs.
'use strict';
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model, ['sbd']);
require('./driver').run((text) => nlp.readDoc(text).sentences().out());
