"""`make bench`: how fast vanban is, how big its store grows, and against what (`python -m bench.run`).

- corpus.py: a synthetic corpus recombined from the real sample documents (headers, Căn cứ lines,
  bodies, signature blocks) with varied issuers, numbers and dates, and citations between its documents.
- run.py: the benchmark; writes bench/results.json and bench/RESULTS.md. BENCH_SCALE shrinks or grows it.
"""
