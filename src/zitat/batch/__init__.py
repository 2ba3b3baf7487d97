"""Archive scale: millions of articles from WARC, JSONL and Parquet -> a partitioned Parquet dataset.

    process_partition(path, out_dir)  one input file, plain Python (any engine can call it)
    run_batch(inputs, out_dir)        all of them on Dask (LocalCluster or a scheduler address)

Needs the `batch` extra: pip install 'zitat[batch]' (dask[distributed], pyarrow, warcio). See docs/batch.md.
"""
from zitat.batch.partition import PartitionResult, partition_id, process_partition

__all__ = ["process_partition", "PartitionResult", "partition_id", "run_batch", "BatchReport"]


def __getattr__(name: str):
    # The Dask runner is imported on use, so process_partition works where Dask is not installed.
    if name in ("run_batch", "BatchReport"):
        from zitat.batch import cluster
        return getattr(cluster, name)
    raise AttributeError(name)
