"""Writing a table as CSV (for spreadsheets), XLSX or JSONL, streamed row by row.

CSV is what Excel opens correctly by double-click: UTF-8 with a byte-order mark, CRLF line ends.
Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading
apostrophe, so a response like "=HYPERLINK(...)" stays text. XLSX cells are typed as strings
for the same reason. JSONL keeps values as JSON types for scripts.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any, BinaryIO, Literal

from roleplay.export.rows import Table

Format = Literal["csv", "xlsx", "jsonl"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_table(table: Table, fmt: Format, out: BinaryIO) -> int:
    """Write the table to `out` row by row (rows may be a generator); returns the rows written.
    Memory stays flat however many rows there are: nothing is collected before it is written."""
    if fmt == "csv":
        return write_csv(table, out)
    if fmt == "xlsx":
        return write_xlsx(table, out)
    return write_jsonl(table, out)


def render(table: Table, fmt: Format) -> bytes:
    """The whole output as bytes (small tables and tests)."""
    buffer = io.BytesIO()
    write_table(table, fmt, buffer)
    return buffer.getvalue()


def safe_text(value: str) -> str:
    """Neutralise spreadsheet formula injection (OWASP's advice: a leading apostrophe)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        # The form spreadsheets read as a date and time; every time in an export is UTC.
        return f"{_utc(value):%Y-%m-%d %H:%M:%S}"
    if isinstance(value, str):
        return safe_text(value)
    return value


def write_csv(table: Table, out: BinaryIO) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    try:
        text.write("\ufeff")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(table.columns)
        count = 0
        for row in table.rows:
            writer.writerow([_csv_cell(v) for v in row])
            count += 1
        text.flush()
    finally:
        text.detach()  # the caller owns `out`
    return count


def write_jsonl(table: Table, out: BinaryIO) -> int:
    columns = table.columns
    count = 0
    for row in table.rows:
        line = json.dumps(
            dict(zip(columns, row, strict=True)), ensure_ascii=False, default=_json_default
        )
        out.write(line.encode("utf-8") + b"\n")
        count += 1
    return count


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return _utc(value).isoformat().replace("+00:00", "Z")
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write_xlsx(table: Table, out: BinaryIO) -> int:
    # Imported here: only the XLSX path pays for openpyxl. Write-only mode streams rows to a
    # temporary file instead of building a sheet in memory.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("export")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in table.columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in table.rows:
        cells: list[Any] = list(row)
        for i, value in enumerate(row):
            if isinstance(value, str):
                text = ILLEGAL_CHARACTERS_RE.sub("", value)
                if text.startswith("="):
                    cell = WriteOnlyCell(sheet, value=text)
                    cell.data_type = "s"  # openpyxl would make it a formula; keep it text
                    cells[i] = cell
                else:
                    cells[i] = text
            elif isinstance(value, datetime):
                # Excel has no time zones: store UTC, as the export promises.
                cells[i] = _utc(value).replace(tzinfo=None)
        sheet.append(cells)
        count += 1
    book.save(out)
    return count


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
