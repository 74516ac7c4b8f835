"""The benchmarks' command lines: ``--help`` prints the script's own docstring, and a bad argument is a usage error."""

from __future__ import annotations

import argparse


def parser_for(doc: str | None) -> argparse.ArgumentParser:
    return argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
