"""The lexicon's TSV tables: every shipped table loads, and a malformed row is an error naming its line."""
import pytest

from zitat.lexicon import HERE, read_table


@pytest.mark.parametrize("name", sorted(p.stem for p in HERE.glob("*.tsv")))
def test_every_shipped_table_loads(name):
    assert read_table(name)


def test_a_row_with_too_few_fields_names_file_and_line(tmp_path):
    (tmp_path / "verben.tsv").write_text("# source: test\nlemma\tmedium\nsagen\tspeech\nmelden speech\n",
                                         encoding="utf-8")
    with pytest.raises(ValueError, match="verben.tsv line 4"):
        read_table("verben", folder=tmp_path)


def test_a_merge_marker_in_a_one_column_table_is_an_error(tmp_path):
    (tmp_path / "woerter.tsv").write_text("word\nder\n<<<<<<< HEAD\ndie\n", encoding="utf-8")
    with pytest.raises(ValueError, match="woerter.tsv line 3"):
        read_table("woerter", folder=tmp_path)


def test_dash_cells_are_empty(tmp_path):
    (tmp_path / "rollen.tsv").write_text("role\tgender\nPolizei\t-\n", encoding="utf-8")
    assert read_table("rollen", folder=tmp_path) == [{"role": "Polizei", "gender": ""}]
