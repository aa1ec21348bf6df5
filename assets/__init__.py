"""The Dagster side of the project: assets, checks, resources, job, sensor and schedule.

Only wiring lives here; the logic is in `pipelines` (scan, batch, parse) and `warehouse`
(schemas, store). `build_definitions` is the one entry point.
"""

from assets.definitions import build_definitions

__all__ = ["build_definitions"]
