"""Benchmarks for summarizer (issue 6): run ``python -m bench`` from the repository root.

Every figure is a ratio against a reference measured in the same run; see ``__main__``.
"""
