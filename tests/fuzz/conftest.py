"""Bounded fuzz targets (issue 11 Must show): each runs a fixed number of hypothesis examples in CI.

Every target uses :data:`FUZZ`: no example database, no deadline (the shared CI machine is slow),
a fixed example budget of a few seconds per target. (The root conftest sends hypothesis' own files
to a temporary folder, so a test run writes nothing into the tree.)
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
