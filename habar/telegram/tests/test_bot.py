"""What each answer of the Bot API, or its absence, means for a post."""

import json

import requests

from habar.telegram.bot import answer_of, no_answer, refusal


def response(status, body, reason="Error"):
    answer = requests.Response()
    answer.status_code, answer.reason = status, reason
    answer._content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return answer


def test_a_proxys_page_instead_of_json_is_judged_by_its_status():
    failure = refusal(response(502, b"<html>Bad Gateway</html>", "Bad Gateway"), {})
    assert (failure.temporary, failure.reason) == (True, "502: Bad Gateway")
    assert answer_of(response(502, b"<html>")) == {}


def test_a_429_without_retry_after_waits_the_backoff():
    body = {"ok": False, "error_code": 429, "description": "Too Many Requests"}
    failure = refusal(response(429, body), body)
    assert failure.temporary and failure.retry_after is None


def test_a_refusal_is_permanent():
    body = {"ok": False, "error_code": 403, "description": "Forbidden: bot was kicked"}
    failure = refusal(response(403, body), body)
    assert not failure.temporary and failure.reason == "403: Forbidden: bot was kicked"


def test_a_request_that_cannot_be_made_is_permanent_and_one_that_went_out_unknown():
    assert not no_answer(requests.exceptions.InvalidURL("bad"), "bad").temporary
    lost = no_answer(requests.ReadTimeout("read timed out"), "timeout")
    assert lost.unknown and not lost.temporary
