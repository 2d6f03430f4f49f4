#!/usr/bin/env python3
"""Scores a segmenter's answers to the Golden Rules.

  golden_rules_score.py GOLDEN.jsonl ANSWERS.jsonl [--failures]

GOLDEN.jsonl holds {"id", "name", "text", "sentences"} per line; ANSWERS.jsonl
holds {"id", "sentences"} per line, as `claimcheck segment --jsonl` writes it.
A rule passes when the answer's sentences, each trimmed of surrounding white
space (empty ones dropped), equal the expected sentences, trimmed the same
way. Prints "PASSED/TOTAL"; with --failures, also each failed rule.
"""
import json
import sys


def trimmed(sentences):
    return [s.strip() for s in sentences if s.strip()]


def main():
    args = [a for a in sys.argv[1:] if a != "--failures"]
    if len(args) != 2:
        sys.exit(__doc__)
    with open(args[0], encoding="utf-8") as f:
        golden = [json.loads(line) for line in f if line.strip()]
    answers = {}
    with open(args[1], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                answers[json.dumps(record["id"])] = record["sentences"]
    passed = 0
    for rule in golden:
        got = answers.get(json.dumps(rule["id"]))
        if got is not None and trimmed(got) == trimmed(rule["sentences"]):
            passed += 1
        elif "--failures" in sys.argv:
            print(f"  rule {rule['id']} ({rule['name']}): expected {trimmed(rule['sentences'])!r}, "
                  f"got {got if got is None else trimmed(got)!r}", file=sys.stderr)
    print(f"{passed}/{len(golden)}")


if __name__ == "__main__":
    main()
