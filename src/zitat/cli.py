"""The `zitat` command: a thin layer over the Python API (zitat.extract_article, zitat.reading)."""
from __future__ import annotations

import argparse
import sys

from zitat.output import FORMATS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zitat", description="Who said what, to whom, when, where and "
                                     "through which outlet: statements in German news articles.")
    parser.add_argument("--version", action="version", version="zitat 0.1.0")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract statements from articles (.txt .html .json .jsonl, dirs, -)")
    ex.add_argument("inputs", nargs="+", help="files, directories, or - for standard input")
    ex.add_argument("--format", choices=FORMATS, default="table")
    ex.add_argument("--output", "-o", help="write here instead of standard output")
    ex.set_defaults(run=run_extract)

    ev = sub.add_parser("evaluate", help="score the extractor on an annotated dataset")
    ev.add_argument("dataset", choices=["wikinews"])
    ev.add_argument("path", help="dataset file, e.g. dev.jsonl of the German WikiNews quotation corpus")
    ev.add_argument("--predictions", help="also write predictions as JSON Lines here")
    ev.add_argument("--limit", type=int, help="only the first N documents")
    ev.set_defaults(run=run_evaluate)
    return parser


def run_extract(args) -> int:
    from zitat.pipeline import extract_article
    from zitat.output import writer_for
    from zitat.reading import ReadError, read_inputs

    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    write = writer_for(args.format, out)
    done = failed = 0
    try:
        for item in read_inputs(args.inputs):
            if isinstance(item, ReadError):
                failed += 1
                print(f"zitat: error: {item}", file=sys.stderr)
                continue
            try:
                doc = extract_article(item)
            except Exception as exc:  # a bug on one article must not cost the rest of the batch
                failed += 1
                print(f"zitat: error: {item.id}: extraction failed ({type(exc).__name__}: {exc})", file=sys.stderr)
                continue
            write(doc, out)
            done += 1
    finally:
        if args.output:
            out.close()
    if failed:
        print(f"zitat: {done} articles extracted, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def run_evaluate(args) -> int:
    from zitat.evaluate.wikinews import run
    report = run(args.path, predictions=args.predictions, limit=args.limit)
    print(report.to_table())
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
