"""One partition, start to finish: read its records, keep the German ones, extract, write Parquet.

Plain Python with no Dask in it, so any engine (Dask, Ray, Spark, a SLURM array job, a for loop) can call
`process_partition` once per input file. It is idempotent: a partition whose output exists is not redone.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from zitat.batch.language import in_language
from zitat.batch.rows import ERROR_COLUMNS, STATEMENT_COLUMNS, arrow_schema, statement_rows
from zitat.batch.sources import iter_records
from zitat.model import Article, Document
from zitat.reading.errors import ReadError
from zitat.reading.warc import Skipped

COUNTS_KEY = b"zitat.partition"  # Parquet footer metadata: the counts, so a resumed run can still report them
ROWS_PER_GROUP = 2000  # rows buffered before a row group is written: bounds memory on huge partitions
LANGUAGE_SKIP = "language"


@dataclass
class PartitionResult:
    input: str
    output: str
    status: str = "done"  # "done", or "existing" when an earlier run had finished it
    records: int = 0      # everything read: articles, skipped records, errors
    articles: int = 0     # articles extracted
    statements: int = 0
    errors: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> count ("language", "not HTML", ...)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


def partition_id(input_path: str) -> str:
    """Stable across runs and machines for the same absolute path; engines should pass absolute paths."""
    return hashlib.sha256(os.path.abspath(input_path).encode("utf-8")).hexdigest()[:16]


def output_paths(input_path: str, out_dir: str) -> tuple[str, str]:
    pid = partition_id(input_path)
    return os.path.join(out_dir, f"part-{pid}.parquet"), os.path.join(out_dir, f"errors-{pid}.parquet")


def process_partition(input_path: str, out_dir: str, *, language: str = "de",
                      extract: Callable[[Article], Document] | None = None) -> PartitionResult:
    """Statements of every article in input_path -> out_dir/part-<id>.parquet, problems -> errors-<id>.parquet.

    Never raises for bad records: each is a row in the errors table. Raises only when the output cannot
    be written (disk full, no permission), which an engine should report as a failed partition.
    """
    part_path, errors_path = output_paths(input_path, out_dir)
    if os.path.exists(part_path):
        return _finished_result(input_path, part_path)
    if extract is None:
        from zitat.pipeline import extract_article as extract
    started = time.perf_counter()
    result = PartitionResult(input_path, part_path)
    skipped: Counter[str] = Counter()
    os.makedirs(out_dir, exist_ok=True)
    with _TableWriter(part_path, STATEMENT_COLUMNS) as statements, _TableWriter(errors_path, ERROR_COLUMNS) as errors:
        for source, number, item in iter_records(input_path):
            result.records += 1
            if isinstance(item, Skipped):
                skipped[item.reason] += 1
            elif isinstance(item, ReadError):
                errors.add({"input": source, "record": number, "reason": item.reason})
            elif _language_code(item.language) != language or not in_language(item.text, language):
                skipped[LANGUAGE_SKIP] += 1
            else:
                try:
                    rows = statement_rows(extract(item), source, number)
                except Exception as e:  # a bug on one article must not cost the partition
                    errors.add({"input": source, "record": number,
                                "reason": f"extraction failed ({type(e).__name__}: {e})"[:300]})
                    continue
                result.articles += 1
                for row in rows:
                    statements.add(row)
        result.statements, result.errors = statements.count, errors.count
        result.skipped = dict(skipped)
        result.seconds = round(time.perf_counter() - started, 3)
        statements.metadata = {COUNTS_KEY: json.dumps(result.to_dict()).encode("utf-8")}
        # Errors are published first: the part file appearing is what marks the partition finished.
        errors.publish()
        statements.publish()
    return result


def _finished_result(input_path: str, part_path: str) -> PartitionResult:
    import pyarrow.parquet as pq

    meta = pq.read_metadata(part_path).metadata or {}
    saved = json.loads(meta[COUNTS_KEY]) if COUNTS_KEY in meta else {}
    fields = {key: saved[key] for key in ("records", "articles", "statements", "errors", "skipped") if key in saved}
    return PartitionResult(input_path, part_path, status="existing", **fields)


class _TableWriter:
    """Rows -> a Parquet file under a hidden temporary name, renamed into place by publish().

    os.replace is atomic on one file system, so a run killed at any moment leaves either no file or a whole
    one; readers of the dataset (pyarrow, Spark) ignore the hidden temporaries."""

    def __init__(self, path: str, columns):
        import pyarrow.parquet as pq

        self.path, self.columns = path, columns
        self.schema = arrow_schema(columns)
        folder, name = os.path.split(path)
        self.temp = os.path.join(folder, f".{name}.{uuid.uuid4().hex}.tmp")
        self.writer = pq.ParquetWriter(self.temp, self.schema, compression="zstd")
        self.buffer: list[dict] = []
        self.count = 0
        self.metadata: dict[bytes, bytes] | None = None

    def add(self, row: dict) -> None:
        self.buffer.append(row)
        self.count += 1
        if len(self.buffer) >= ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def publish(self) -> None:
        self._flush()
        if self.metadata:
            self.writer.add_key_value_metadata(self.metadata)
        self.writer.close()
        self.writer = None
        os.replace(self.temp, self.path)

    def __enter__(self) -> _TableWriter:
        return self

    def __exit__(self, *exc) -> None:
        if self.writer is not None:  # not published: an exception on the way; leave no temporary behind
            self.writer.close()
        if os.path.exists(self.temp):
            os.remove(self.temp)


def _language_code(tag: str) -> str:
    """"de-DE", "de_AT", "DE" -> "de": archives carry BCP 47 tags, the detector data knows base languages."""
    return tag.replace("_", "-").split("-")[0].lower()
