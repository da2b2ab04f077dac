#!/usr/bin/env python3
"""Generate a large, well-formed, strictly valid-shaped Akoma Ntoso act for parser benchmarks.

Takes a real act (by default the UK Data Protection Act 1998 sample), keeps its <meta>, and repeats its body's
parts until the file reaches the requested size; each copy's eId/wId/GUID values get a suffix so they stay unique.
Run by hand, output not committed:

    Scripts/generate-large-act.py --megabytes 100 --output .build/bench/act-100mb.xml
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = os.path.join(HERE, "..", "Tests", "Fixtures", "akn", "samples", "uk-legislation-gov-uk", "uk_pga_1998_29.xml")
IDENTIFIER = re.compile(r'\b(eId|wId|GUID)="([^"]*)"')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, required=True, help="target size in MiB")
    parser.add_argument("--output", required=True)
    parser.add_argument("--source", default=DEFAULT_SOURCE, help="an AKN act with a <body>")
    arguments = parser.parse_args()

    text = open(arguments.source, encoding="utf-8").read()
    body_open = re.search(r"<body\b[^>]*>", text)
    body_close = text.rfind("</body>")
    if not body_open or body_close < 0:
        print(f"{arguments.source}: no <body>", file=sys.stderr)
        return 65
    head = text[: body_open.end()]
    body = text[body_open.end() : body_close]
    tail = text[body_close:]
    target = int(arguments.megabytes * 1024 * 1024)
    os.makedirs(os.path.dirname(os.path.abspath(arguments.output)), exist_ok=True)
    temporary = arguments.output + ".tmp"
    with open(temporary, "w", encoding="utf-8") as output:
        output.write(head)
        written = len(head.encode("utf-8")) + len(tail.encode("utf-8"))
        copy = 0
        while written < target:
            suffix = "" if copy == 0 else f"-copy{copy}"
            chunk = IDENTIFIER.sub(lambda m: f'{m.group(1)}="{m.group(2)}{suffix}"', body) if suffix else body
            output.write(chunk)
            written += len(chunk.encode("utf-8"))
            copy += 1
        output.write(tail)
    os.replace(temporary, arguments.output)
    print(f"{arguments.output}: {os.path.getsize(arguments.output)} bytes, body repeated {copy} times")
    return 0


if __name__ == "__main__":
    sys.exit(main())
