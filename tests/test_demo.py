"""`make demo` (examples/demo.py): the examples against the fake server, and the report it prints."""

from __future__ import annotations

import io
import os
import pathlib
import subprocess
import sys

import httpx
import pytest

from customerio.testing import serve_in_thread

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"
sys.path.insert(0, str(EXAMPLES))

import demo  # noqa: E402  (examples/ is not a package)

EXPECTED = sorted({operation for scenario in demo.SCENARIOS for operation in scenario.expected})
URL_VARIABLES = ("CUSTOMERIO_TRACK_URL", "CUSTOMERIO_API_URL", "CUSTOMERIO_PIPELINES_URL")


def _clean_environment() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if not name.startswith("CUSTOMERIO_")}


def _table_rows(report: str) -> list[list[str]]:
    """The report's table rows: `#  operation  method  path  valid  status`."""
    rows = [line.split() for line in report.splitlines()]
    return [row for row in rows if len(row) == 6 and row[0].isdigit()]


@pytest.fixture
def no_customerio_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("CUSTOMERIO_"):
            monkeypatch.delenv(name)


def test_the_expected_operations_cover_the_issue() -> None:
    assert EXPECTED == [
        "app.get_attributes",
        "app.get_broadcast_trigger_status",
        "app.get_customer_activities",
        "app.send_email",
        "app.trigger_broadcast",
        "pipelines.batch",
        "track.add_device",
        "track.batch",
        "track.identify",
        "track.track",
        "track.track_anonymous",
    ]


def test_the_demo_script_runs_every_scenario_against_the_fake_and_exits_0() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "demo.py")],
        env=_clean_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for scenario in demo.SCENARIOS:
        assert f"ok   {scenario.title}" in out
    table = out.split("What the server received", 1)[1]
    for operation in EXPECTED:
        assert operation in table
    lines = _table_rows(table)
    assert len(lines) == 13
    assert all(line[-2:] == ["yes", "200"] for line in lines)
    assert "get_customer_activities" in out and "start=page-2" in out  # the second page was fetched
    assert "attachments: terms.txt" in out
    assert "genuine: 200 as expected" in out and "wrong secret: 401 as expected" in out
    assert "link https://example.com/pricing clicked" in out  # the receiver parsed the typed event
    assert "10/10 scenarios ok, 13/13 requests valid" in out
    for credential in demo.FAKE_CREDENTIALS.values():  # the made-up credentials are not printed
        assert credential not in out


def test_an_invalid_request_makes_the_demo_fail(no_customerio_env: None) -> None:
    def bad_request(ctx: demo.Context) -> None:
        # An event without its required `name`, sent around the SDK (which would refuse it).
        url = os.environ["CUSTOMERIO_TRACK_URL"] + "/customers/u1/events"
        httpx.post(url, json={"data": {}}, auth=("site", "key"), timeout=10)

    out = io.StringIO()
    code = demo.run([demo.SCENARIOS[0], demo.Scenario("bad", (), bad_request)], out=out)
    report = out.getvalue()
    assert code == 1
    row = next(line for line in report.splitlines() if "track.track " in line)
    assert row.split()[-2:] == ["NO", "400"]
    assert "#2: " in report and "name" in report.split("#2: ", 1)[1]
    assert "2/2 scenarios ok, 1/2 requests valid" in report


def test_a_failing_scenario_or_a_missing_operation_fails_the_demo(no_customerio_env: None) -> None:
    def boom(ctx: demo.Context) -> None:
        raise RuntimeError("scenario broke")

    out = io.StringIO()
    scenarios = [
        demo.Scenario("boom", (), boom),
        demo.Scenario("says it deletes", ("track.destroy",), lambda ctx: 0),
        demo.SCENARIOS[2],  # later scenarios still run
    ]
    code = demo.run(scenarios, out=out)
    report = out.getvalue()
    assert code == 1
    assert "FAIL boom\n       RuntimeError: scenario broke" in report
    assert "never received: track.destroy" in report
    assert "ok   Track: page view" in report
    assert "2/3 scenarios ok, 1/1 requests valid" in report
    for name in URL_VARIABLES:  # the environment is restored
        assert name not in os.environ


def test_a_scenario_returning_an_exit_code_fails() -> None:
    out = io.StringIO()
    assert demo._run_scenarios([demo.Scenario("exits 2", (), lambda ctx: 2)], demo._context(False, EXAMPLES), out) == 1
    assert out.getvalue().startswith("FAIL exits 2")


def test_live_mode_needs_every_credential(no_customerio_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUSTOMERIO_DEMO_LIVE", "1")
    monkeypatch.setenv("CUSTOMERIO_SITE_ID", "site")
    monkeypatch.setattr(demo, "FakeServerProcess", None)  # neither the fake nor the API is reached
    assert demo.main([]) == 2


def test_live_mode_runs_against_the_configured_urls(
    no_customerio_env: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The real API stands in here as a loopback fake named by the CUSTOMERIO_*_URL variables.
    with serve_in_thread() as server:
        server.fake.respond("get_customer_activities", json={"activities": [{"type": "page"}], "next": ""})
        for name, value in {
            "CUSTOMERIO_DEMO_LIVE": "1",
            "CUSTOMERIO_SITE_ID": "site",
            "CUSTOMERIO_API_KEY": "track-secret-key",
            "CUSTOMERIO_APP_API_KEY": "app-secret-key",
            "CUSTOMERIO_WRITE_KEY": "write-secret-key",
            "CUSTOMERIO_DEMO_EMAIL": "grace@example.com",
            "CUSTOMERIO_TRACK_URL": server.url_for("track"),
            "CUSTOMERIO_API_URL": server.url_for("app"),
            "CUSTOMERIO_PIPELINES_URL": server.url_for("pipelines"),
        }.items():
            monkeypatch.setenv(name, value)
        assert demo.main([]) == 0
        calls = list(server.calls)

    out = capsys.readouterr().out
    assert "Live run against the Customer.io API" in out
    # Without their ids the email and broadcast scenarios are skipped, the rest ran.
    assert "skipped: set CUSTOMERIO_DEMO_TRANSACTIONAL_ID" in out
    assert "skipped: set CUSTOMERIO_DEMO_BROADCAST_ID" in out
    assert "10/10 scenarios ok" in out
    received = {f"{call.api}.{call.operation}" for call in calls}
    assert received == set(EXPECTED) - {"app.send_email", "app.trigger_broadcast", "app.get_broadcast_trigger_status"}
    assert all(call.valid for call in calls)
    identify = next(call for call in calls if call.operation == "identify")
    assert identify.json["email"] == "grace@example.com"
    # The report lists the requests as the SDK logged them, one per request, without credentials.
    table = out.split("Requests sent", 1)[1]
    rows = _table_rows(table)
    assert len(rows) == len(calls)
    assert {row[2] for row in rows} == {"GET", "PUT", "POST"}
    assert "secret-key" not in out
