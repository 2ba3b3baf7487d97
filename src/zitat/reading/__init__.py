"""Reading input: files, directories, stdin (txt, html, json, jsonl, optionally gzipped) -> Articles.

    >>> from zitat.reading import read_bytes
    >>> [a.text for a in read_bytes("Die Ministerin sagte: „Wir handeln jetzt.“".encode(), "kreml.txt")]
    ['Die Ministerin sagte: „Wir handeln jetzt.“']

Bad input never raises: each problem is a ReadError in the stream, and reading goes on.
"""
from zitat.reading.errors import ReadError
from zitat.reading.inputs import MAX_BYTES, read_bytes, read_inputs

__all__ = ["read_inputs", "read_bytes", "ReadError", "MAX_BYTES"]
