"""Benchmarks, run from the repository root as modules: `.venv/bin/python -m benchmarks.<name>`.

They import `bot` (and `bot.testing`'s loopback fakes) and each other as packages; none edits
`sys.path`. Each prints its figures and exits 1 when it misses its target.
"""
