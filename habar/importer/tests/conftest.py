import zoneinfo
from pathlib import Path

import pytest
from django.core.management import call_command

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seed_page.txt"
ASHGABAT = zoneinfo.ZoneInfo("Asia/Ashgabat")


@pytest.fixture
def run_import(tmp_path):
    """Run `habar import ...` in this process; answer (stdout, report rows)."""
    import csv
    import io

    def run(*args):
        out, err = io.StringIO(), io.StringIO()
        report = tmp_path / "report.csv"
        call_command(
            "import",
            *map(str, args),
            "--report",
            str(report),
            stdout=out,
            stderr=err,
            skip_checks=False,  # as `habar import` runs: system checks first
        )
        with open(report, newline="", encoding="utf-8") as file:
            rows = list(csv.DictReader(file))
        return out.getvalue() + err.getvalue(), rows

    return run
