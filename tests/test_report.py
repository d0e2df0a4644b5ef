"""`roleplay report`: one self-contained HTML file with charts, escaped, offline, private."""

from __future__ import annotations

import re
import stat
from html.parser import HTMLParser
from pathlib import Path

from cohort import TRAINEES, free_text, load, save
from roleplay.cli import main
from roleplay.content.library import load_library

VOID = {"meta", "br", "line", "rect", "circle", "polyline", "hr", "img", "input", "link"}


class Checker(HTMLParser):
    """Balanced tags, and every tag and attribute seen."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(html: str) -> Checker:
    checker = Checker()
    checker.feed(html)
    checker.close()
    assert html.startswith("<!DOCTYPE html>")
    assert checker.errors == [] and checker.stack == []
    return checker


def test_report_is_one_self_contained_private_html_file_with_charts(
    cohort: list[Path], data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "reports" / "report.html"
    assert main(["report", str(data_dir), "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    html = out.read_text("utf-8")
    page = check(html)
    # A histogram per criterion of the rubric, one scenario chart, one progress chart per trainee.
    criteria = len(load_library([]).rubric("disclosure-immediacy").rubric.criteria)
    assert page.tags.count("svg") == criteria + 1 + len(TRAINEES)
    assert "script" not in page.tags and "img" not in page.tags and "link" not in page.tags
    assert not [v for k, v in page.attrs if k in ("src", "href")]
    assert not re.search(r"https?:|//[a-z]", html)
    text = " ".join(page.text)
    for trainee in TRAINEES:
        assert trainee in text
    assert "Where the cohort struggles" in text and "Have you ever lost a parent?" in text
    # Scores only: nothing a trainee typed, nothing the judge wrote about it.
    assert not [t for p in cohort for t in free_text(load(p)) if t in html]


def test_report_scenarios_are_ordered_lowest_mean_first(
    cohort: list[Path], data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "r.html"
    assert main(["report", str(data_dir), "--out", str(out)]) == 0
    html = out.read_text("utf-8")
    table = html[html.index("Where the cohort struggles") :]
    overall = [float(x) for x in re.findall(r"<td class='n'>([\d.]+)</td></tr>", table)]
    assert len(overall) == 2 and overall == sorted(overall)


def test_report_escapes_every_name_and_honours_pseudonyms(
    cohort: list[Path], data_dir: Path, tmp_path: Path
) -> None:
    record = load(cohort[0])
    record["trainee"] = '<script>alert("x")</script>'
    record["cohort"] = "a&b <c>"
    record["scenario"]["title"] = "Title with <b>markup</b> & 'quotes'"
    save(cohort[0], record)
    out = tmp_path / "r.html"
    assert main(["report", str(data_dir), "--out", str(out)]) == 0
    html = out.read_text("utf-8")
    page = check(html)
    assert "<script" not in html and "script" not in page.tags and "b" not in page.tags
    assert "&lt;script&gt;" in html and "a&amp;b &lt;c&gt;" in html

    hidden = tmp_path / "p.html"
    assert main(["report", str(data_dir), "--out", str(hidden), "--pseudonymize"]) == 0
    html = hidden.read_text("utf-8")
    check(html)
    for trainee in (*TRAINEES, "alert"):
        assert trainee not in html
    # one pseudonym per trainee ("p-" alone would match words such as "group-")
    trainees = {load(path)["trainee"] for path in cohort}
    assert len(set(re.findall(r"\bp-[0-9a-f]{16}\b", html))) == len(trainees) == 4


def test_report_on_nothing_still_opens(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "r.html"
    assert main(["report", str(empty), "--out", str(out)]) == 0
    check(out.read_text("utf-8"))
