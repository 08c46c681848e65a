"""The training-data loader: good CSVs load, malformed ones fail naming the line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from export.data import DataError, load_labelled_csv

GOOD = """source,log_message,target_label,template_id
ModernCRM,GET /api/v1/orders/42 returned 200 in 31ms,HTTP Status,http_001
BillingSystem,"disk /var 91% used, cleanup scheduled",Resource Usage,res_001
ModernHR,user 4411 signed out,User Action,user_001
"""


def write(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_csv(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    data = load_labelled_csv(path)
    assert [row.line for row in data.rows] == [2, 3, 4]
    assert data.rows[1].message == "disk /var 91% used, cleanup scheduled"
    assert data.rows[1].label == "Resource Usage"
    assert data.rows[1].template_id == "res_001"
    assert data.rows[0].source == "ModernCRM"
    assert data.labels == ("HTTP Status", "Resource Usage", "User Action")
    assert data.has_template_ids
    assert data.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_extra_columns_in_any_order_are_accepted(tmp_path: Path) -> None:
    text = (
        "timestamp,source,complexity,log_message,target_label\n"
        "2025-06-27 07:20:25,ModernCRM,bert,nightly backup finished,System Notification\n"
        "1/14/2025 23:07,LegacyCRM,llm,lead 553 conversion rolled back,Workflow Error\n"
    )
    data = load_labelled_csv(write(tmp_path, text))
    assert [row.message for row in data.rows] == [
        "nightly backup finished",
        "lead 553 conversion rolled back",
    ]
    assert [row.source for row in data.rows] == ["ModernCRM", "LegacyCRM"]
    assert not data.has_template_ids
    assert all(row.template_id is None for row in data.rows)


def test_byte_order_mark_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode())
    data = load_labelled_csv(path)
    assert len(data.rows) == 3 and data.rows[0].source == "ModernCRM"


def test_multiline_field_keeps_line_numbers_right(tmp_path: Path) -> None:
    text = GOOD + 'X,"first line\nsecond line",Error,err_001\nY,,Error,err_002\n'
    with pytest.raises(DataError, match=r"line 7: empty log_message"):
        load_labelled_csv(write(tmp_path, text))


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    data = load_labelled_csv(write(tmp_path, GOOD.replace("\nBilling", "\n\nBilling")))
    assert [row.line for row in data.rows] == [2, 4, 5]


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        (",   ,Error,err_001", r"line 5: empty log_message"),
        ("X,disk full,,err_001", r"line 5: empty target_label"),
        ("X,disk full,Error", r"line 5: expected 4 fields, found 3"),
        ("X,disk full,Error,err_001,extra", r"line 5: expected 4 fields, found 5"),
        ("X,disk full,Unclassified,err_001", r"line 5: 'Unclassified' is reserved"),
        ("X,disk full,Error,", r"line 5: empty template_id"),
    ],
)
def test_malformed_row_names_the_line(tmp_path: Path, bad_row: str, message: str) -> None:
    path = write(tmp_path, GOOD + bad_row + "\n")
    with pytest.raises(DataError, match=message) as caught:
        load_labelled_csv(path)
    assert str(caught.value).startswith(str(path))


def test_missing_columns_are_named(tmp_path: Path) -> None:
    text = "source,message,label\nX,disk full,Error\n"
    with pytest.raises(DataError, match=r"missing column\(s\) log_message, target_label"):
        load_labelled_csv(write(tmp_path, text))


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(GOOD.encode() + "X,caf\xe9 closed,Error,err_001\n".encode("latin-1"))
    with pytest.raises(DataError, match=r"line 5: not UTF-8 text"):
        load_labelled_csv(path)


def test_empty_file_and_header_only(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="empty file"):
        load_labelled_csv(write(tmp_path, ""))
    with pytest.raises(DataError, match="no data rows"):
        load_labelled_csv(write(tmp_path, GOOD.splitlines()[0] + "\n"))


def test_one_label_is_not_enough(tmp_path: Path) -> None:
    text = "source,log_message,target_label\nX,disk full,Error\nY,job failed,Error\n"
    with pytest.raises(DataError, match="at least 2 labels"):
        load_labelled_csv(write(tmp_path, text))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read"):
        load_labelled_csv(tmp_path / "absent.csv")


def test_checked_in_corpus_loads() -> None:
    corpus = Path(__file__).resolve().parents[2] / "data" / "corpus.csv"
    data = load_labelled_csv(corpus)
    assert data.has_template_ids
    assert len(data.rows) > 1000
    assert "Unclassified" not in data.labels
