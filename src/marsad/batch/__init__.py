"""Analysis beyond one machine: the pipeline on a Dask distributed cluster, records to Parquet shards.

`run_batch` reads the inputs here (as `marsad ingest` does), sends chunks of
documents to the cluster's workers, and writes each chunk's records as one
Parquet shard (`part-00000.parquet` ...) that `marsad ingest DIR` and outside
tools (pandas, DuckDB, Spark) read. Dask is imported only when a batch runs.
"""
from .run import BatchReport, run_batch

__all__ = ["BatchReport", "run_batch"]
