#!/usr/bin/python3
"""NLTK's Punkt sentence tokenizer, with the same interface as `claimcheck segment`.

  nltk_punkt.py FILE      print FILE's sentences one per line; paragraphs are the
                          blocks between blank lines; line breaks inside a sentence
                          are shown as spaces
  nltk_punkt.py --jsonl   read {"id", "text"} JSON Lines on stdin, write
                          {"id", "sentences"} per line; each text is one block

Debian packages no Punkt model (the punkt data is a separate download that
NLTK fetches at run time), so this uses PunktSentenceTokenizer() untrained:
Punkt's default parameters, with no learned abbreviations, collocations or
sentence starters.
"""
import json
import re
import sys

from nltk.tokenize.punkt import PunktSentenceTokenizer

BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t\r\n]*")


def main():
    tokenizer = PunktSentenceTokenizer()
    if sys.argv[1:] == ["--jsonl"]:
        for line in sys.stdin:
            if line.strip():
                record = json.loads(line)
                sentences = tokenizer.tokenize(record["text"])
                print(json.dumps({"id": record["id"], "sentences": sentences}, ensure_ascii=False))
        return
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as document:
        text = document.read()
    out = sys.stdout
    for paragraph in BLANK_LINE.split(text):
        for sentence in tokenizer.tokenize(paragraph):
            sentence = sentence.strip()
            if sentence:
                out.write(LINE_BREAK.sub(" ", sentence) + "\n")


if __name__ == "__main__":
    main()
