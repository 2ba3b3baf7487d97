"""Partitions on Dask: one task per partition, on a LocalCluster or on any scheduler (SLURM, Kubernetes).

Dask only schedules here; all the work is in partition.process_partition, so a task that dies (worker
killed, out of memory) costs one partition, which the next run redoes because its output is missing.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from zitat.batch.partition import PartitionResult, process_partition
from zitat.batch.sources import expand_inputs


@dataclass
class BatchReport:
    results: list[PartitionResult] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (partition, why its task failed)

    def total(self, name: str) -> int:
        return sum(getattr(r, name) for r in self.results)

    def skipped(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for result in self.results:
            for reason, n in result.skipped.items():
                counts[reason] = counts.get(reason, 0) + n
        return counts

    def summary(self) -> str:
        existing = sum(r.status == "existing" for r in self.results)
        skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped().items())) or "none"
        return (f"{len(self.results)} partitions ({existing} already done), {len(self.failed)} failed; "
                f"{self.total('records')} records, {self.total('articles')} articles, "
                f"{self.total('statements')} statements, {self.total('errors')} errors; skipped: {skipped}")


def run_batch(inputs: Iterable[str], out_dir: str, *, scheduler: str | None = None, workers: int = 2,
              processes: bool = True, language: str = "de",
              on_result: Callable[[PartitionResult], None] | None = None) -> BatchReport:
    """Every partition of the inputs through process_partition on Dask, results as they finish.

    scheduler: address of a running scheduler ("tcp://host:8786"); None starts a LocalCluster of `workers`
    single-threaded processes (the extractor is pure Python: threads would share one GIL).
    """
    from dask.distributed import Client, LocalCluster, as_completed

    # Absolute paths: workers may run in another directory, and the output name hashes the path.
    partitions = [os.path.abspath(p) for p in expand_inputs(inputs)]
    out_dir = os.path.abspath(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    report = BatchReport()
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                                                  dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            futures = client.map(process_partition, partitions, out_dir=out_dir, language=language, pure=False)
            where = dict(zip(futures, partitions))
            for future in as_completed(futures):
                try:
                    result = future.result()
                except Exception as e:  # the partition's output is missing, so a rerun retries it
                    report.failed.append((where[future], f"{type(e).__name__}: {e}"))
                    continue
                report.results.append(result)
                if on_result is not None:
                    on_result(result)
    finally:
        if cluster is not None:
            cluster.close()
    report.results.sort(key=lambda r: r.input)
    return report
