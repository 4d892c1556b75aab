"""Use cases: build, check, publish, export, search. Plain Python; progress by callback."""
