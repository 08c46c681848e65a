"""The `logclass` command: `serve` runs the gRPC server, `classify` labels a CSV/JSONL file,
`spark` an archive on Apache Spark, `templates` lists what a running server has seen and `teach`
corrects it (overrides)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from server import __version__, heap
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

    templates = commands.add_parser(
        "templates", help="List the templates a running server has seen, the most seen first."
    )
    _client_flags(templates)
    templates.add_argument(
        "--uncertain",
        action="store_true",
        help="Only those answered Unclassified or below --below (0.6 unless given).",
    )
    templates.add_argument("--label", default="", help="Only those answered with this label.")
    templates.add_argument("--source", default="", help="Only those seen from this source.")
    templates.add_argument(
        "--below", type=float, default=0.0, help="Only those answered below this confidence."
    )
    templates.add_argument("--limit", type=int, default=1000, help="At most this many (1000).")
    templates.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        help="Write a review CSV (fill in its new_label column, then `logclass teach --from`); "
        "'-' for standard output. Default: a table on standard output.",
    )

    commands.add_parser(
        "spark",
        help="Classify a log archive on Apache Spark (pip install 'logclass[spark]').",
        add_help=False,
    )

    teach = commands.add_parser(
        "teach", help="Give a template a label (an override the server picks up at once)."
    )
    _client_flags(teach)
    teach.add_argument("template_id", nargs="?", help="A template id (logclass templates).")
    teach.add_argument("label", nargs="?", help="The label it should get.")
    teach.add_argument(
        "--from",
        dest="from_csv",
        type=Path,
        help="A review CSV (logclass templates -o) whose new_label column is filled in.",
    )
    teach.add_argument(
        "--overrides",
        type=Path,
        help="The overrides file to write (default: the overrides_path setting).",
    )
    return parser


def _client_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--address", help="The server's gRPC address (default: host:port of the settings)."
    )
    parser.add_argument("--config", type=Path, help="TOML file of settings (keys: field names).")


def _address(args: argparse.Namespace, settings: Settings) -> str:
    return str(args.address or f"{settings.host}:{settings.port}")


def _templates(args: argparse.Namespace, settings: Settings) -> int:
    from server.generated.logclass.v1 import classifier_pb2 as pb
    from server.teaching import TeachingError, list_templates, print_table, write_review_csv

    request = pb.ListTemplatesRequest(
        label=args.label,
        source=args.source,
        below_confidence=args.below,
        uncertain=args.uncertain,
        limit=args.limit,
    )
    try:
        found = list_templates(_address(args, settings), request, settings.auth_token)
    except TeachingError as exc:
        print(f"logclass: {exc}", file=sys.stderr)
        return 1
    if args.output is None:
        print_table(found)
    elif args.output == STDOUT:
        write_review_csv(found, sys.stdout)
    else:
        with args.output.open("w", newline="", encoding="utf-8") as sink:
            rows = write_review_csv(found, sink)
        print(
            f"{rows} templates into {args.output}: fill in new_label, then "
            f"`logclass teach --from {args.output}`",
            file=sys.stderr,
        )
    return 0


def _teach(args: argparse.Namespace, settings: Settings) -> int:
    from server.label_set import served_label_set
    from server.teaching import TeachingError, taught_from_csv, taught_from_server, write_taught

    path = args.overrides or settings.overrides_path
    if path is None:
        print(
            "logclass: no overrides file: give --overrides or set overrides_path", file=sys.stderr
        )
        return CONFIG_ERROR
    if (args.from_csv is None) == (args.template_id is None):
        print("logclass: teach TEMPLATE_ID LABEL, or teach --from REVIEW.csv", file=sys.stderr)
        return CONFIG_ERROR
    if args.from_csv is None and not args.label:
        print("logclass: teach TEMPLATE_ID LABEL: which label?", file=sys.stderr)
        return CONFIG_ERROR
    labels = served_label_set(settings.semantic.model_path).labels
    try:
        if args.from_csv is not None:
            taught = taught_from_csv(args.from_csv)
        else:
            address = _address(args, settings)
            taught = [
                taught_from_server(address, args.template_id, args.label, settings.auth_token)
            ]
        held = write_taught(path, taught, labels)
    except TeachingError as exc:
        print(f"logclass: {exc}", file=sys.stderr)
        return 1
    print(
        f"taught {len(taught)} template(s); {path} holds {held} overrides "
        "(a server with overrides_path set to it picks them up within a second)",
        file=sys.stderr,
    )
    return 0


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
    # This process only classifies the file: its collector is set as the server's is.
    heap.settle()
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
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["spark"]:  # its own arguments (server/spark.py), Spark imported only there
        from server.spark import main as spark_main

        return spark_main(argv[1:])
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(args)
    except ConfigError as exc:
        print(f"logclass: configuration error: {exc}", file=sys.stderr)
        return CONFIG_ERROR
    configure_logging(settings.log_level, settings.log_format)
    if args.command == "classify":
        return _classify(args, settings)
    if args.command == "templates":
        return _templates(args, settings)
    if args.command == "teach":
        return _teach(args, settings)

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
