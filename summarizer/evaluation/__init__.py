"""The eval harness: fixtures, scorers, reports and the regression gate.

Ships inside the package so ``summarizer eval`` works from a plain install and a newsroom can
point it at its own fixtures; the data (fixtures, baselines, recordings) lives in ``evals/``.
The library core never imports this package (a layering contract in pyproject.toml).
"""
