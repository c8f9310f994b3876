"""Bulk import (`customerio.bulk.import_file`, `python -m customerio import`) against the fake Customer.io."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from customerio import MissingParamError
from customerio.bulk import import_file
from customerio.bulk._progress import PlainLines, make_progress
from customerio.bulk._rows import parse_timestamp
from customerio.testing import FakeCustomerIO, serve_in_thread

ROOT = Path(__file__).resolve().parents[1]


def write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def batched(calls: Any) -> list[dict[str, Any]]:
    """The items of every batch received whole (a process killed mid-request leaves a body cut short)."""
    return [item for call in calls if call.operation == "batch" and call.json for item in call.json["batch"]]


def rejects_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_csv_of_people_becomes_identifies_with_their_attributes(tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "people.csv",
        ["user_id", "mail", "plan", "seats"],
        [[f"u{n}", f"u{n}@example.com", "pro", "" if n % 2 else n] for n in range(250)],
    )
    fake = FakeCustomerIO()
    result = import_file(
        source, api="track", id_column="user_id", email_column="mail", client=fake.track_client(), progress=False
    )
    assert (result.rows_done, result.accepted, result.rejected, result.ok) == (250, 250, 0, True)
    items = {item["identifiers"]["id"]: item for item in batched(fake.calls)}
    assert sorted(items) == sorted(f"u{n}" for n in range(250))  # people travel in parallel lanes
    assert items["u0"] == {
        "type": "person",
        "identifiers": {"id": "u0"},
        "action": "identify",
        "attributes": {"plan": "pro", "seats": "0", "email": "u0@example.com"},
    }
    assert "seats" not in items["u1"]["attributes"]  # an empty cell is no value, not an empty string
    assert all(call.valid for call in fake.calls)


def test_track_rows_with_only_an_email_name_the_person_by_email(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "p.csv", ["id", "email"], [["", "a@example.com"]])
    fake = FakeCustomerIO()
    assert import_file(source, api="track", email_column="email", client=fake.track_client(), progress=False).ok
    assert batched(fake.calls)[0]["identifiers"] == {"email": "a@example.com"}


def test_ndjson_events_go_to_pipelines_with_their_timestamps(tmp_path: Path) -> None:
    source = tmp_path / "events.ndjson"
    lines = [
        {"user": "u1", "name": "Order Completed", "at": "2024-05-01T10:00:00Z", "total": 12.5},
        {"user": "u2", "plan": "pro"},  # no event: an identify
        {"user": "u3", "name": "Order Completed", "at": 1714557600, "total": 3},
    ]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    fake = FakeCustomerIO()
    result = import_file(
        source,
        api="pipelines",
        id_column="user",
        event_column="name",
        timestamp_column="at",
        client=fake.pipelines_client(),
        progress=False,
    )
    assert result.ok and result.accepted == 3
    first, second, third = sorted(batched(fake.calls), key=lambda item: str(item["userId"]))
    assert (first["type"], first["userId"], first["event"], first["properties"]) == (
        "track",
        "u1",
        "Order Completed",
        {"total": 12.5},
    )
    assert first["timestamp"] == third["timestamp"] == "2024-05-01T10:00:00Z"
    assert (second["type"], second["traits"]) == ("identify", {"plan": "pro"})


def test_rows_that_cannot_be_sent_go_to_the_rejects_file_with_the_reason(tmp_path: Path) -> None:
    source = tmp_path / "mixed.ndjson"
    source.write_text(
        '{"id": "u1"}\n'
        "not json\n"
        '{"email": "x@example.com"}\n'
        '["a list"]\n'
        '{"id": "u5", "ts": "yesterday"}\n'
        '{"id": "u6"}\n',
        encoding="utf-8",
    )
    rejects = tmp_path / "rejects.ndjson"
    fake = FakeCustomerIO()
    result = import_file(
        source, api="pipelines", timestamp_column="ts", rejects=rejects, client=fake.pipelines_client(), progress=False
    )
    assert (result.accepted, result.rejected, result.ok) == (2, 4, False)
    found = rejects_of(rejects)
    assert [entry["row"] for entry in found] == [2, 3, 4, 5]
    assert found[0]["reason"].startswith("not JSON")
    assert found[1] == {"row": 3, "reason": "no value in column 'id'", "data": {"email": "x@example.com"}}
    assert found[2]["reason"] == "not a JSON object but a list"
    assert "timestamp 'yesterday'" in found[3]["reason"]
    assert sorted(item["userId"] for item in batched(fake.calls)) == ["u1", "u6"]


def test_rows_customerio_refuses_are_rejected_with_the_answer(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "p.csv", ["id"], [[f"u{n}"] for n in range(5)])
    rejects = tmp_path / "rejects.ndjson"
    fake = FakeCustomerIO()
    fake.fail_next("batch", status=400, body={"meta": {"error": "malformed batch"}}, times=100)
    client = fake.track_client(retry={"max_retries": 0})
    result = import_file(source, api="track", rejects=rejects, client=client, progress=False)
    assert (result.accepted, result.rejected) == (0, 5)
    assert [(e["row"], e["reason"]) for e in rejects_of(rejects)] == [
        (n, "CustomerIORequestError: 400: malformed batch") for n in range(1, 6)
    ]


def test_a_checkpoint_resumes_after_the_rows_it_confirmed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from customerio.bulk import _importer, _rows

    source = write_csv(tmp_path / "p.csv", ["id"], [[f"u{n}"] for n in range(1, 101)])
    checkpoint = tmp_path / "p.checkpoint"
    fake = FakeCustomerIO()
    read_rows = _rows.read_rows

    class Stop(Exception):
        pass

    def stop_after_50(path: Path, fmt: Any) -> Any:
        for number, row in read_rows(path, fmt):
            if number > 50:
                raise Stop  # the import is interrupted while reading (Ctrl-C, a crash in the caller's code)
            yield number, row

    monkeypatch.setattr(_importer, "read_rows", stop_after_50)
    with pytest.raises(Stop):
        import_file(
            source, api="track", checkpoint=checkpoint, checkpoint_every=20, client=fake.track_client(), progress=False
        )
    # what was queued was still sent, and recorded
    assert json.loads(checkpoint.read_text())["rows_done"] == 50
    assert len(batched(fake.calls)) == 50
    monkeypatch.setattr(_importer, "read_rows", read_rows)
    result = import_file(source, api="track", checkpoint=checkpoint, client=fake.track_client(), progress=False)
    assert (result.skipped, result.rows_done, result.accepted) == (50, 100, 100)
    ids = [item["identifiers"]["id"] for item in batched(fake.calls)]
    assert sorted(ids) == sorted(f"u{n}" for n in range(1, 101))  # each row once: the resume starts at row 51


def test_a_checkpoint_of_another_import_is_refused(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "p.csv", ["id"], [["u1"]])
    checkpoint = tmp_path / "cp.json"
    fake = FakeCustomerIO()
    import_file(source, api="track", checkpoint=checkpoint, client=fake.track_client(), progress=False)
    with pytest.raises(ValueError, match="belongs to an import of"):
        import_file(source, api="pipelines", checkpoint=checkpoint, client=fake.pipelines_client(), progress=False)


def test_timestamps_are_unix_seconds_or_iso_8601() -> None:
    assert parse_timestamp("1714557600") == parse_timestamp("2024-05-01T10:00:00Z") == 1714557600
    assert parse_timestamp("2024-05-01T12:00:00+02:00") == 1714557600
    assert parse_timestamp(1714557600.0) == 1714557600
    with pytest.raises(ValueError, match="neither Unix seconds"):
        parse_timestamp("soon")


def test_plain_progress_lines_show_rate_and_eta_on_an_injected_clock() -> None:
    now = [0.0]
    stream = io.StringIO()
    lines = PlainLines(1000, stream, every=5.0, clock=lambda: now[0])
    now[0] = 2.0
    lines.advance(100)
    assert stream.getvalue() == ""  # not yet: one line every five seconds
    now[0] = 5.0
    lines.advance(500)
    now[0] = 8.0
    lines.advance(750)  # within five seconds of the last line: none
    now[0] = 10.0
    lines.close()  # the final figures
    assert stream.getvalue().splitlines() == [
        "import: 500/1,000 rows (50%), 100 rows/s, ETA 5 s",
        "import: 750/1,000 rows (75%), 75 rows/s, ETA 3 s",
    ]


def test_a_terminal_gets_a_progress_bar() -> None:
    pytest.importorskip("rich")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    bar = make_progress(10, None, Terminal())
    assert type(bar).__name__ == "RichBar"
    bar.advance(5)
    bar.close()
    assert type(make_progress(10, None, io.StringIO())).__name__ == "PlainLines"
    assert type(make_progress(10, False, Terminal())).__name__ == "Silent"


def test_missing_credentials_fail_before_reading_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CUSTOMERIO_WRITE_KEY", raising=False)
    source = write_csv(tmp_path / "p.csv", ["id"], [["u1"]])
    with pytest.raises(MissingParamError, match="CUSTOMERIO_WRITE_KEY"):
        import_file(source, api="pipelines", progress=False)


def run_cli(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "customerio", "import", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_command_killed_halfway_then_resumed_delivers_every_person(tmp_path: Path) -> None:
    # 10 000 people, and three rows without an id among them on purpose (rows 1234, 5678, 9001)
    invalid = {1234, 5678, 9001}
    people = iter(range(1, 10_001))
    rows = [
        ["", f"bad{n}@example.com"] if n in invalid else [f"u{next(people)}", "x@example.com"] for n in range(1, 10_004)
    ]
    source = write_csv(tmp_path / "people.csv", ["id", "email"], rows)
    checkpoint, rejects = tmp_path / "people.checkpoint", tmp_path / "people.rejects.ndjson"
    fake = FakeCustomerIO(latency=0.02)  # a round trip over the internet
    env = {
        **os.environ,
        "CUSTOMERIO_SITE_ID": "site",
        "CUSTOMERIO_API_KEY": "key",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    with serve_in_thread(fake=fake) as server:
        common = ["--api", "track", "--url", server.url_for("track"), "--checkpoint", str(checkpoint)]
        common += ["--rejects", str(rejects), "--max-in-flight", "1"]
        first = run_cli(str(source), *common, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and first.poll() is None:
            if checkpoint.exists() and json.loads(checkpoint.read_text())["rows_done"] >= 3000:
                break
            time.sleep(0.01)
        assert first.poll() is None, first.communicate()
        first.send_signal(signal.SIGKILL)
        first.wait()
        done_at_kill = json.loads(checkpoint.read_text())["rows_done"]
        assert 3000 <= done_at_kill < 10_003
        second = run_cli(str(source), *common, "--no-progress", env=env)
        _, stderr = second.communicate(timeout=120)
        assert second.returncode == 1, stderr  # three rows were rejected
        assert "rejected" in stderr
        identified = [item["identifiers"]["id"] for item in batched(server.calls)]
    expected = {f"u{n}" for n in range(1, 10_001)}
    assert set(identified) == expected
    repeated = len(identified) - len(expected)
    assert repeated <= 100 + 100  # at most the rows read since the last look at what settled, and one batch in flight
    assert sorted(entry["row"] for entry in rejects_of(rejects)) == sorted(invalid)
    assert json.loads(checkpoint.read_text())["rows_done"] == 10_003
