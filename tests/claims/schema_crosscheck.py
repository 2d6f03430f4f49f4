#!/usr/bin/env python3
"""Cross-checks `claimcheck validate` against an independent validator.

Usage: schema_crosscheck.py CLAIMCHECK_BINARY SOURCE_DIR

For every *.claims.yaml in claims/, tests/data/valid/ and tests/data/broken/,
runs `claimcheck validate FILE` and Python's jsonschema (Draft7Validator) on
the same file, loaded with YAML 1.2 core-schema typing as claimcheck does, and
fails unless
  - both agree on valid vs invalid,
  - files in broken/ are invalid and those in valid/ and claims/ are valid.
Files in broken/ whose mistake a JSON Schema cannot see (duplicate keys,
duplicate ids, ...) are named for it (see BEYOND_SCHEMA) and exempt from
agreement, but claimcheck must still reject them.

Exits 77 (skipped) when PyYAML or jsonschema is not installed.
"""

import math
import os
import re
import subprocess
import sys

try:
    import jsonschema
    import yaml
except ImportError as error:
    print(f"skipped: {error}")
    sys.exit(77)

# Name fragments of broken files whose mistake only claimcheck can see.
BEYOND_SCHEMA = ("duplicate-key", "duplicate-id", "start-after-end", "-nan",
                 "span-end-before-start", "spans-overlap")


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML with YAML 1.2 core-schema typing instead of YAML 1.1's.

    No timestamps, no yes/no/on/off booleans, no sexagesimal or 0b numbers:
    only what the core schema resolves, so both validators see the same types.
    """


Yaml12Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers
          if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                         "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}

CORE_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
CORE_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
CORE_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")

Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", CORE_BOOL, list("tTfF"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:int", CORE_INT, list("-+0123456789"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:float", CORE_FLOAT, list("-+.0123456789"))


def construct_bool(loader, node):
    return loader.construct_scalar(node).lower() == "true"


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0x"):
        return int(text[2:], 16)
    if text.startswith("0o"):
        return int(text[2:], 8)
    return int(text, 10)  # "017" is 17 in YAML 1.2, not octal


def construct_float(loader, node):
    text = loader.construct_scalar(node)
    lowered = text.lower()
    if lowered.endswith(".inf"):
        return -math.inf if text.startswith("-") else math.inf
    if lowered == ".nan":
        return math.nan
    return float(text)


Yaml12Loader.add_constructor("tag:yaml.org,2002:bool", construct_bool)
Yaml12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", construct_float)


def claims_files(source_dir):
    for folder in ("claims", os.path.join("tests", "data", "valid"),
                   os.path.join("tests", "data", "broken")):
        directory = os.path.join(source_dir, folder)
        if not os.path.isdir(directory):
            continue
        for name in sorted(os.listdir(directory)):
            if name.endswith(".claims.yaml"):
                yield folder, os.path.join(directory, name)


def jsonschema_verdict(validator, path):
    """Returns (valid, first problem) by the independent validator."""
    try:
        with open(path, "rb") as handle:
            data = yaml.load(handle.read().decode("utf-8"), Loader=Yaml12Loader)
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        return False, "load: " + str(error).splitlines()[0]
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if not errors:
        return True, ""
    first = errors[0]
    where = "/".join(str(part) for part in first.absolute_path)
    return False, f"{where}: {first.message}"


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    binary, source_dir = sys.argv[1], sys.argv[2]
    with open(os.path.join(source_dir, "schemas", "claims.schema.yaml"), encoding="utf-8") as f:
        schema = yaml.load(f, Loader=Yaml12Loader)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)

    rows = []
    failures = 0
    for folder, path in claims_files(source_dir):
        name = os.path.basename(path)
        run = subprocess.run([binary, "validate", path], capture_output=True, text=True,
                             errors="replace")
        if run.returncode not in (0, 2):
            ours = None
        else:
            ours = run.returncode == 0
        theirs, reason = jsonschema_verdict(validator, path)
        expected = not folder.endswith("broken")
        exempt = not expected and any(fragment in name for fragment in BEYOND_SCHEMA)

        problems = []
        if ours is None:
            problems.append(f"claimcheck exited {run.returncode}: {run.stderr.strip()[:200]}")
        elif ours != expected:
            first_line = (run.stderr.strip().splitlines() or [""])[0]
            problems.append("claimcheck says " + ("valid" if ours else "invalid: " + first_line))
        if not exempt and theirs != expected:
            problems.append("jsonschema says " + ("valid" if theirs else "invalid: " + reason))
        failures += bool(problems)
        rows.append((os.path.join(folder, name),
                     "-" if ours is None else ("valid" if ours else "invalid"),
                     ("valid" if theirs else "invalid") + (" (exempt)" if exempt else ""),
                     "FAIL" if problems else "ok", problems))

    if not rows:
        print("no claims files found")
        return 1
    width = max(len(row[0]) for row in rows)
    print(f"{'file':<{width}}  {'claimcheck':<10}  {'jsonschema':<18}  result")
    for file, ours, theirs, result, problems in rows:
        print(f"{file:<{width}}  {ours:<10}  {theirs:<18}  {result}")
        for problem in problems:
            print(f"{'':<{width}}    {problem}")
    print(f"{len(rows)} files, {failures} disagreement(s) or wrong verdict(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
