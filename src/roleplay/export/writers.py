"""Writing a table as CSV (for spreadsheets), XLSX or JSONL bytes.

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
from typing import Any, Literal

from roleplay.export.rows import Table

Format = Literal["csv", "xlsx", "jsonl"]
FORMATS: tuple[Format, ...] = ("csv", "xlsx", "jsonl")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(table: Table, fmt: Format) -> bytes:
    if fmt == "csv":
        return to_csv(table)
    if fmt == "xlsx":
        return to_xlsx(table)
    return to_jsonl(table)


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


def to_csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.columns)
    writer.writerows([_csv_cell(v) for v in row] for row in table.rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_jsonl(table: Table) -> bytes:
    columns = table.columns
    lines = [
        json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=_json_default)
        for row in table.rows
    ]
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return _utc(value).isoformat().replace("+00:00", "Z")
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_xlsx(table: Table) -> bytes:
    # Imported here: only the XLSX path pays for openpyxl.
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
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
