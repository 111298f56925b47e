"""`sitrep spark`: the job of `sitrep run` on a Spark cluster, written as Parquet datasets
(job.py), with the linker's own functions run per group of records (linking.py)."""
