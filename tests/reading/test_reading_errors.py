from dataclasses import FrozenInstanceError

import pytest

from zitat.reading import ReadError


def test_str_is_source_colon_reason():
    assert str(ReadError("nachrichten.jsonl:7", "invalid JSON: Expecting value (column 1)")) == \
        "nachrichten.jsonl:7: invalid JSON: Expecting value (column 1)"


def test_is_a_frozen_comparable_value():
    error = ReadError("-", "empty file")
    assert error == ReadError("-", "empty file")
    with pytest.raises(FrozenInstanceError):
        error.reason = "anders"  # type: ignore[misc]
