"""Why the kiosk last stopped: the kiosk's own word, else systemd's, else "without a word"."""

from __future__ import annotations

from kiosk.services import restarts
from kiosk.services.restarts import UNSAID, recent, record_end, record_start


def test_a_run_that_says_why_it_ended_is_kept_with_its_reason(home):
    record_start(home)
    record_end(home, "staff exit with the PIN")
    (run,) = recent(home)
    assert run.reason == "staff exit with the PIN" and run.ended >= run.started


def test_a_run_that_ended_without_a_word_is_told_at_the_next_start(home, monkeypatch):
    record_start(home)
    monkeypatch.setattr(restarts.os, "getpid", lambda: 4242)  # the next run, another process
    record_start(home)
    newest, older = recent(home)
    assert (newest.pid, newest.reason) == (4242, "")
    assert older.reason == UNSAID


def test_systemd_tells_what_the_kiosk_could_not_and_never_overrides_it(home):
    record_start(home)
    restarts.record_stopped_by_systemd(
        home, {"SERVICE_RESULT": "watchdog", "EXIT_CODE": "killed", "EXIT_STATUS": "ABRT"}
    )
    assert recent(home)[0].reason == "systemd: watchdog (killed ABRT)"
    record_start(home)
    record_end(home, "restarted itself: memory")
    restarts.record_stopped_by_systemd(home, {"SERVICE_RESULT": "success"})
    assert recent(home)[0].reason == "restarted itself: memory"


def test_a_damaged_record_is_begun_again_and_only_the_last_runs_are_kept(home):
    home.logs_dir.mkdir(parents=True, exist_ok=True)
    (home.logs_dir / "restarts.json").write_text("{ half a docu")
    for _ in range(restarts.KEPT + 5):
        record_start(home)
        record_end(home, "stopped")
    assert len(recent(home, 1000)) == restarts.KEPT


def test_a_restart_asked_for_is_taken_once_with_its_reason(home):
    assert restarts.take_request(home) is None
    restarts.request(home, "schedule: the nightly restart\n")
    assert restarts.take_request(home) == "schedule: the nightly restart"
    assert restarts.take_request(home) is None  # made once, not at every check
