"""CSV meant for spreadsheets: a text cell that a spreadsheet would run as a formula is written
with a leading apostrophe (OWASP's advice on CSV injection), so `=HYPERLINK(...)` from a page
shows as text. Parquet exports stay exact; only CSV is neutralised."""

from __future__ import annotations

import duckdb
import pandas as pd

# First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_START_PATTERN = "^[=+@\t\r-]"
TEXT_TYPES = ("VARCHAR",)


def neutralise(cell: object) -> object:
    """The cell with a leading apostrophe when it is text that opens like a formula."""
    return "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell


def spreadsheet_csv(frame: pd.DataFrame) -> bytes:
    """The frame as UTF-8 CSV with formula-like text cells neutralised (numbers stay numbers)."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column].dtype):
            safe[column] = safe[column].map(neutralise)
    # CRLF rows (RFC 4180) also make the writer quote a cell holding a bare carriage return.
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8")


def spreadsheet_select(con: duckdb.DuckDBPyConnection, relation: str) -> str:
    """SELECT over a table or view (its quoted name) whose text columns are neutralised, for COPY
    to CSV inside DuckDB (no table is loaded into Python)."""
    described = con.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall()
    columns = []
    for name, column_type, *_ in described:
        quoted = '"' + name.replace('"', '""') + '"'
        if column_type in TEXT_TYPES:
            columns.append(
                f"CASE WHEN regexp_matches({quoted}, '{_FORMULA_START_PATTERN}') "
                f"THEN '''' || {quoted} ELSE {quoted} END AS {quoted}"
            )
        else:
            columns.append(quoted)
    return f"SELECT {', '.join(columns)} FROM {relation}"
