// What the JavaScript peers share: reading a document or JSON Lines and
// printing sentences the way `claimcheck segment` does.
'use strict';
const fs = require('fs');
const readline = require('readline');

const BLANK_LINE = /\n[ \t\r]*\n/;
const LINE_BREAK = /[ \t]*\r?\n[ \t\r\n]*/g;

// `split` maps one block of text to its sentences (strings).
exports.run = function run(split) {
  const args = process.argv.slice(2);
  if (args.length === 1 && args[0] === '--jsonl') {
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    lines.on('line', (line) => {
      if (line.trim() === '') return;
      const record = JSON.parse(line);
      process.stdout.write(JSON.stringify({ id: record.id, sentences: split(record.text) }) + '\n');
    });
    return;
  }
  if (args.length !== 1) {
    process.stderr.write('usage: node ' + process.argv[1] + ' FILE | --jsonl\n');
    process.exit(2);
  }
  const text = fs.readFileSync(args[0], 'utf8');
  const out = [];
  let size = 0;
  const fd = process.stdout.fd;
  for (const paragraph of text.split(BLANK_LINE)) {
    for (const sentence of split(paragraph)) {
      const trimmed = sentence.trim();
      if (trimmed === '') continue;  // wink yields an empty one for trailing white space
      const line = trimmed.replace(LINE_BREAK, ' ') + '\n';
      out.push(line);
      size += line.length;
      if (size > 65536) {
        fs.writeSync(fd, out.join(''));
        out.length = 0;
        size = 0;
      }
    }
  }
  fs.writeSync(fd, out.join(''));
};
