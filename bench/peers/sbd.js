// The npm package sbd (sentence boundary detection), with the same interface
// as `claimcheck segment`:
//   node sbd.js FILE      print FILE's sentences one per line; paragraphs are the
//                         blocks between blank lines; line breaks inside a
//                         sentence are shown as spaces
//   node sbd.js --jsonl   read {"id", "text"} JSON Lines on stdin, write
//                         {"id", "sentences"} per line; each text is one block
// sbd runs with its default options.
'use strict';
const tokenizer = require('sbd');

require('./driver').run((text) => tokenizer.sentences(text));
