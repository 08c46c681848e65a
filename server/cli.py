"""The `logclass` command: `serve` runs the gRPC server, `classify` labels a CSV/JSONL file."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from server import __version__
from server.config import ConfigError, Settings, add_flags, load_settings
from server.logs import configure_logging

STDOUT = Path("-")
# The exit status of every configuration problem: a bad value, models folder or rules file.
CONFIG_ERROR = 2
# Errors whose message says all a user needs: no traceback for them.
STARTUP_ERRORS = (ValueError, OSError)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="logclass", description=__doc__)
    parser.add_argument("--version", action="version", version=f"logclass {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="Run the gRPC server.")
    add_flags(serve)

    classify = commands.add_parser("classify", help="Classify a CSV or JSONL file.")
    classify.add_argument("input", type=Path, help="CSV (source,log_message,...) or JSONL file.")
    classify.add_argument(
        "-o",
        "--output",
        type=Path,
        default=STDOUT,
        help="File to write, in the input's format ('-', the default: standard output).",
    )
    classify.add_argument(
        "--format", choices=("csv", "jsonl"), help="Input/output format (default: by extension)."
    )
    add_flags(classify, server=False)
    return parser


def _classify(args: argparse.Namespace, settings: Settings) -> int:
    from server.api import Classifier
    from server.files import FileFormatError, classify_file

    if not args.input.is_file():
        print(f"logclass: no such file: {args.input}", file=sys.stderr)
        return 2
    try:
        classifier = Classifier(settings)
    except ConfigError as exc:  # a models folder or rules file that cannot be loaded
        print(f"logclass: configuration error: {exc}", file=sys.stderr)
        return CONFIG_ERROR
    except STARTUP_ERRORS as exc:
        print(f"logclass: cannot load the classifier: {exc}", file=sys.stderr)
        return 1
    with classifier:
        output = None if args.output == STDOUT else args.output
        try:
            summary = classify_file(args.input, output, classifier, file_format=args.format)
        except FileFormatError as exc:
            print(f"logclass: {args.input}: {exc}", file=sys.stderr)
            return 2
    print(
        f"classified {summary.rows} records into {output or 'standard output'}"
        + (f"; {len(summary.problems)} malformed rows skipped" if summary.problems else ""),
        file=sys.stderr,
    )
    return 1 if summary.problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `logclass` console script and `python -m server`."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(args)
    except ConfigError as exc:
        print(f"logclass: configuration error: {exc}", file=sys.stderr)
        return CONFIG_ERROR
    configure_logging(settings.log_level, settings.log_format)
    if args.command == "classify":
        return _classify(args, settings)

    from server.app import serve

    try:
        return asyncio.run(serve(settings))
    except ConfigError as exc:  # a models folder or rules file that cannot be loaded
        logging.getLogger("server").critical("configuration error: %s", exc)
        return CONFIG_ERROR
    except STARTUP_ERRORS as exc:  # a bad models folder, rules file or address: one clear line
        logging.getLogger("server").critical("cannot serve: %s", exc)
        return 1
    except Exception as exc:
        logging.getLogger("server").critical("cannot serve: %s", exc, exc_info=True)
        return 1
