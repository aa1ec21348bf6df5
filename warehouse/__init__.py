"""The DuckDB warehouse: DDL and views (SQL files), pandera table models, read/write helpers.

`ddl.sql` and `schemas.py` say what each table holds; `store.py` is the only code that
writes to the database. The .duckdb file itself lives here too but is not committed.
"""
