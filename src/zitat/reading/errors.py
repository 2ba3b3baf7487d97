"""Problems with input are values, not exceptions: one bad file must not stop a batch of thousands."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadError:
    """Why one input (a file, a JSONL line, stdin) gave no Article."""
    source: str  # "path", "path:LINE" for a JSONL line, "-" or "-:LINE" for stdin
    reason: str  # one short line

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
