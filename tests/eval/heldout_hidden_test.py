#!/usr/bin/env python3
"""The evaluation never shows what it misses on the held-out articles.

Rules must not be written from the held-out articles' misses
(tests/eval/heldout/README.md), so `claimcheck_eval_floors` prints the
details of a failing project file but only a notice for a held-out one. This
runs it with floors no extractor can reach on every gold file, held-out ones
included, and checks that each project file's misses are printed (the floors
do fail) while no held-out gold claim, and no held-out sentence, appears in
the output.

Usage: heldout_hidden_test.py CLAIMCHECK_EVAL_FLOORS SOURCE_DIR
Exit 0 pass, 1 fail, 77 skip (no held-out gold files).
"""
import os
import pathlib
import subprocess
import sys
import tempfile

import yaml


def main() -> int:
    floors_program, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
    held_out = sorted((source_dir / "tests/eval/heldout").glob("*.gold.yaml"))
    project = sorted((source_dir / "tests/eval/gold").glob("*.gold.yaml"))
    if not held_out or not project:
        print("no held-out or project gold files; skipping")
        return 77

    impossible = {"claim_recall": 1.01, "claim_precision": 1.01}
    floors = {"default": impossible, "project-gold": impossible, "held-out": impossible}
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        yaml.safe_dump(floors, f)
        floors_path = f.name
    try:
        run = subprocess.run([floors_program], capture_output=True, text=True,
                             env={**os.environ, "CLAIMCHECK_FLOORS": floors_path})
    finally:
        os.unlink(floors_path)
    out = run.stdout + run.stderr

    failures = []
    if run.returncode != 1:
        failures.append(f"expected exit 1 (below the floors), got {run.returncode}")
    # The floors fail everywhere, so project files show their details ...
    if "unmatched gold claims" not in out:
        failures.append("no project file's misses were printed: the floors did not fail as intended")
    # ... and every held-out file says it is held out, and shows nothing of its text.
    for path in held_out:
        if f"({path.name} is held out" not in out:
            failures.append(f"{path.name}: no held-out notice")
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        for text in (gold.get("claims") or []) + (gold.get("sentences") or []):
            if text and text in out:
                failures.append(f"{path.name}: printed held-out text: {text[:60]}")
    for failure in failures:
        print("FAIL " + failure)
    if not failures:
        print(f"held-out misses stay hidden ({len(held_out)} files)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
