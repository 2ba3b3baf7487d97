"""Evaluation: a data-set-independent token-level scorer (`metric`) and the WikiNews adapter (`wikinews`)."""
from zitat.evaluate.metric import PRF, Annotation, Report, TypeScores, score

__all__ = ["Annotation", "Report", "PRF", "TypeScores", "score"]
