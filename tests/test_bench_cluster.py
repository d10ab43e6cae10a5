"""bench.cluster.estimate: the computed OCR-on-a-cluster figures follow their stated model."""

from __future__ import annotations

import pytest

from bench import cluster


@pytest.mark.parametrize(("ocr", "overhead", "store", "bounds"), [
    # OCR-heavy, cheap driver: every cluster size is bound by its workers
    (10.0, 0.001, 0.005, ["workers (OCR)"] * len(cluster.CLUSTERS)),
    # a slow driver (0.5 s per document) caps even one node
    (1.0, 0.001, 0.5, ["driver (store writes)"] * len(cluster.CLUSTERS)),
])
def test_estimate_names_what_bounds_it(ocr, overhead, store, bounds):
    rows = cluster.estimate(ocr, overhead, store)
    assert [r["bound"] for r in rows] == bounds
    docs = cluster.ARCHIVE_PAGES / cluster.PAGES_PER_DOC
    for r in rows:
        # the file's two tasks and one OCR task a page, each with its overhead
        cpu_per_doc = cluster.PAGES_PER_DOC * ocr + (cluster.TASKS_PER_FILE + cluster.PAGES_PER_DOC) * overhead
        workers = r["nodes"] * r["cores_per_node"] / cpu_per_doc
        driver = 1 / (store + cluster.TASKS_PER_FILE * overhead)
        assert r["docs_per_s"] == pytest.approx(min(workers, driver))
        assert r["hours"] == pytest.approx(max(docs / min(workers, driver), ocr) / 3600)


def test_more_nodes_never_slower_and_the_driver_is_a_ceiling():
    rows = cluster.estimate(2.0, 0.0013, 0.0063)
    hours = [r["hours"] for r in rows]
    assert hours == sorted(hours, reverse=True)
    assert rows[-1]["bound"] == "driver (store writes)" and rows[0]["bound"] == "workers (OCR)"
