import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError, OutputWrapper

from habar.importer.progress import Progress

from .conftest import SEED


def test_missing_file_is_a_command_error(tree, run_import, tmp_path):
    with pytest.raises(CommandError, match="No such file or folder"):
        run_import(tmp_path / "nothing.txt", "--site", "testserver")


def test_unknown_site_is_a_command_error(tree, run_import):
    with pytest.raises(CommandError, match="No site with the host name nowhere.example"):
        run_import(SEED, "--site", "nowhere.example")


def test_check_redirects_needs_a_base_url(tree):
    with pytest.raises(CommandError, match="--base-url"):
        call_command("import", "--check-redirects", "--site", "testserver")


def test_no_source_is_a_command_error(tree):
    with pytest.raises(CommandError, match="at least one"):
        call_command("import", "--site", "testserver")


def test_report_as_json_lines(tree, tmp_path):
    report = tmp_path / "report.jsonl"
    call_command(
        "import", str(SEED), "--site", "testserver", "--report", str(report), stdout=io.StringIO()
    )
    [line] = report.read_text(encoding="utf-8").splitlines()
    item = json.loads(line)
    assert (item["outcome"], item["language"]) == ("created", "en")
    assert item["url"].startswith("/en/politics/")


def test_default_site_is_used_without_site(tree, run_import):
    _output, rows = run_import(SEED)
    assert rows[0]["outcome"] == "created"


def test_no_progress_bar_when_output_is_not_a_terminal(tree, run_import):
    output, _rows = run_import(SEED, "--site", "testserver")
    assert "\r" not in output


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal():
    stream = Terminal()
    progress = Progress(OutputWrapper(stream), total=4)
    for _ in range(2):
        progress.step()
    assert stream.getvalue().endswith("\r[###############---------------] 2/4")
