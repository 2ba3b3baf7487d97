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
    ex.add_argument("--no-model", action="store_true", help="rules only, without the learned components")
    ex.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                    help="only statements at least this confident (the learned model's additions have 0.4)")
    ex.add_argument("--published", metavar="YYYY-MM-DD",
                    help="publication date for inputs that carry none (plain text): anchors 'am Donnerstag'")
    ex.set_defaults(run=run_extract)

    ev = sub.add_parser("evaluate", help="score the extractor on an annotated dataset")
    ev.add_argument("dataset", choices=["wikinews"])
    ev.add_argument("path", help="dataset file, e.g. dev.jsonl of the German WikiNews quotation corpus")
    ev.add_argument("--predictions", help="also write predictions as JSON Lines here")
    ev.add_argument("--limit", type=int, help="only the first N documents")
    ev.add_argument("--no-model", action="store_true", help="rules only, without the learned components")
    ev.set_defaults(run=run_evaluate)
    add_store_commands(sub)
    add_batch_command(sub)
    add_serve_command(sub)

    tr = sub.add_parser("train", help="train the learned sentence classifier on an annotated dataset")
    tr.add_argument("dataset", choices=["wikinews"])
    tr.add_argument("path", help="training split, e.g. train.jsonl of the German WikiNews quotation corpus")
    tr.add_argument("--out", required=True, help="model file to write, e.g. src/zitat/learn/model.json")
    tr.set_defaults(run=run_train)
    return parser


def add_store_commands(sub) -> None:
    """ingest, search, speakers, show, export: the statement store (SQLite file or PostgreSQL URL)."""
    import os
    from zitat.model import STATEMENT_TYPES
    db_help = "SQLite file or postgresql:// URL (default: $ZITAT_DB or ./zitat.db)"
    db_default = os.environ.get("ZITAT_DB", "zitat.db")

    def with_filters(p) -> None:
        p.add_argument("--speaker", help="part of the speaker's name (transliteration-tolerant)")
        p.add_argument("--outlet", help="part of the outlet's name")
        p.add_argument("--type", choices=STATEMENT_TYPES)
        p.add_argument("--since", metavar="YYYY-MM-DD")
        p.add_argument("--until", metavar="YYYY-MM-DD")

    ing = sub.add_parser("ingest", help="extract articles and store them (idempotent, resumable)")
    ing.add_argument("inputs", nargs="+", help="files, directories, - for stdin; zitat's own JSONL output too")
    ing.add_argument("--db", default=db_default, help=db_help)
    ing.add_argument("--aliases", help="TSV file pinning speaker names: name, canonical, wikidata")
    ing.add_argument("--batch-size", type=int, default=100, help="articles per transaction")
    ing.add_argument("--workers", type=int, default=1,
                     help="extract in this many processes while the store writes (e.g. the number of cores)")
    ing.set_defaults(run=run_ingest)

    se = sub.add_parser("search", help="search stored statements")
    se.add_argument("query", nargs="?", help="words that must all occur in the quote")
    se.add_argument("--db", default=db_default, help=db_help)
    with_filters(se)
    se.add_argument("--limit", type=int, default=50)
    se.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    se.set_defaults(run=run_search)

    sp = sub.add_parser("speakers", help="who is quoted how often")
    sp.add_argument("--db", default=db_default, help=db_help)
    sp.add_argument("--top", type=int, default=20)
    sp.add_argument("--outlet", help="part of the outlet's name")
    sp.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    sp.set_defaults(run=run_speakers)

    sh = sub.add_parser("show", help="a statement in its article context, with all its sightings")
    sh.add_argument("statement_id", help="the id search prints, e.g. 3f2a9c1b0d4e5f60:s3")
    sh.add_argument("--db", default=db_default, help=db_help)
    sh.add_argument("--format", choices=("table", "jsonl"), default="table")
    sh.set_defaults(run=run_show)

    exp = sub.add_parser("export", help="write the whole store, or a search result, to a file")
    exp.add_argument("output", help="file to write")
    exp.add_argument("--format", choices=("csv", "jsonl", "parquet"), required=True)
    exp.add_argument("--db", default=db_default, help=db_help)
    exp.add_argument("--query", help="only statements whose quote has all these words")
    with_filters(exp)
    exp.set_defaults(run=run_export)


def open_store(args):
    from zitat.store import Store
    return Store(args.db)


def search_filters(args) -> dict:
    return {"speaker": args.speaker, "outlet": args.outlet, "type": args.type, "since": args.since, "until": args.until}


def run_ingest(args) -> int:
    from zitat.store.entities import Aliases
    try:
        aliases = Aliases.read(args.aliases) if args.aliases else None
    except (OSError, UnicodeDecodeError) as e:
        print(f"zitat: error: {args.aliases}: cannot read aliases ({e})", file=sys.stderr)
        return 2
    interactive = sys.stderr.isatty()  # progress on a terminal, quiet when piped or logged

    def progress(report) -> None:
        if interactive:
            print(f"\r{report.added} added, {report.skipped} already stored, {report.failed} failed, "
                  f"{report.statements} statements", end="", file=sys.stderr, flush=True)

    error = lambda message: print(("\n" if interactive else "") + f"zitat: error: {message}", file=sys.stderr)
    with open_store(args) as store:
        from zitat.store.inputs import read_for_ingest
        report = store.ingest(read_for_ingest(args.inputs), aliases=aliases, batch_size=args.batch_size,
                              workers=args.workers, on_error=error, on_progress=progress)
    if interactive:
        print(file=sys.stderr)
    if report.failed:
        print(f"zitat: {report.added} articles stored, {report.skipped} already stored, {report.failed} failed",
              file=sys.stderr)
    return 1 if report.failed else 0


def run_search(args) -> int:
    from zitat.store.export import write_rows
    with open_store(args) as store:
        rows = store.search(args.query, limit=args.limit, **search_filters(args))
    write_rows(rows, args.format, sys.stdout)
    return 0


def run_speakers(args) -> int:
    from zitat.store.export import write_rows
    with open_store(args) as store:
        rows = store.speakers(args.top, args.outlet)
    write_rows(rows, args.format, sys.stdout,
               columns=["speaker", "kind", "wikidata", "statements", "articles", "distinct_statements"])
    return 0


def run_show(args) -> int:
    import json
    from zitat.store.export import write_rows
    with open_store(args) as store:
        shown = store.show(args.statement_id)
    if shown is None:
        print(f"zitat: error: {args.statement_id}: no such statement", file=sys.stderr)
        return 1
    if args.format == "jsonl":
        print(json.dumps({"statement": shown.statement, "context": shown.context, "sightings": shown.sightings},
                         ensure_ascii=False))
        return 0
    s = shown.statement
    print(f"{s['id']} | {s['type']} | {s['speaker'] or '?'} | {s['outlet'] or ''} | {s['date'] or ''}")
    print(f"{s['title'] or ''}\n\n{shown.context}\n")
    print(f"{len(shown.sightings)} sighting(s), first seen first:")
    write_rows(shown.sightings, "table", sys.stdout,
               columns=["id", "published", "outlet", "speaker", "quote"])
    return 0


def run_export(args) -> int:
    from zitat.store.export import export_rows
    with open_store(args) as store:
        rows = store.search(args.query, **search_filters(args))
    export_rows(rows, args.format, args.output)
    print(f"zitat: {len(rows)} statements written to {args.output}", file=sys.stderr)
    return 0


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
            if args.published and not item.published:
                item.published = args.published
            try:
                doc = extract_article(item, use_model=not args.no_model)
            except Exception as exc:  # a bug on one article must not cost the rest of the batch
                failed += 1
                print(f"zitat: error: {item.id}: extraction failed ({type(exc).__name__}: {exc})", file=sys.stderr)
                continue
            if args.min_confidence > 0:
                doc.statements = [s for s in doc.statements if s.confidence >= args.min_confidence]
            write(doc, out)
            done += 1
    finally:
        if args.output:
            out.close()
    if failed:
        print(f"zitat: {done} articles extracted, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def add_batch_command(sub) -> None:
    ba = sub.add_parser("batch", help="archive scale on Dask: WARC, JSONL, Parquet -> Parquet statements")
    ba.add_argument("inputs", nargs="+", help='files, folders or quoted globs ("crawl/*.warc.gz")')
    ba.add_argument("--out", required=True, help="output folder: part-<id>.parquet and errors-<id>.parquet")
    where = ba.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://host:8786")
    where.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    ba.add_argument("--threads", action="store_true", help="local workers as threads in this process (small runs)")
    ba.add_argument("--language", default="de", help="only articles in this language are processed (default de)")
    ba.set_defaults(run=run_batch)


def run_batch(args) -> int:
    try:
        from zitat.batch import run_batch as run
        from zitat.batch.language import supported_languages
    except ImportError as e:
        print(f"zitat: error: batch needs the batch extra: pip install 'zitat[batch]' ({e})", file=sys.stderr)
        return 2
    if args.language not in supported_languages():
        print(f"zitat: error: --language: one of {', '.join(supported_languages())}", file=sys.stderr)
        return 2
    done = lambda r: print(f"zitat: {r.input}: {r.status}, {r.articles} articles, {r.statements} statements, "
                           f"{r.errors} errors", file=sys.stderr)
    report = run(args.inputs, args.out, scheduler=args.scheduler, workers=args.workers,
                 processes=not args.threads, language=args.language, on_result=done)
    print(f"zitat: {report.summary()}", file=sys.stderr)
    for partition, reason in report.failed:
        print(f"zitat: error: {partition}: {reason}", file=sys.stderr)
    return 1 if report.failed else 0


def run_evaluate(args) -> int:
    from zitat.evaluate.wikinews import run
    report = run(args.path, predictions=args.predictions, limit=args.limit, use_model=not args.no_model)
    print(report.to_table())
    return 0


def run_train(args) -> int:
    from zitat.learn.train import train_wikinews
    summary = train_wikinews(args.path, args.out)
    print(f"zitat: trained on {summary['documents']} documents ({summary['sentences']} sentences) in "
          f"{summary['seconds']:.1f} s; {summary['features']} features, {summary['bytes'] / 1e6:.2f} MB "
          f"written to {args.out}", file=sys.stderr)
    return 0


def add_serve_command(sub) -> None:
    import os
    sv = sub.add_parser("serve", help="browse the store in a web browser (search, speakers, articles, extract)")
    sv.add_argument("--db", default=os.environ.get("ZITAT_DB", "zitat.db"),
                    help="SQLite file or postgresql:// URL (default: $ZITAT_DB or ./zitat.db)")
    sv.add_argument("--port", type=int, default=8000)
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--upload-limit", type=float, default=5, metavar="MB", help="largest upload or pasted text")
    sv.set_defaults(run=run_serve)


def run_serve(args) -> int:
    from zitat.web.server import ServeError, serve  # imports nothing heavy until the server starts
    try:
        serve(args.db, args.host, args.port, args.upload_limit)
    except ServeError as e:
        print(f"zitat: error: {e}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from zitat.store.backends import StoreError  # no heavy imports: keeps `zitat --help` instant
    try:
        return args.run(args)
    except StoreError as e:
        print(f"zitat: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
