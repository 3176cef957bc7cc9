"""The Telegram Bot API as Habar speaks it (https://core.telegram.org/bots/api): one call,
and what its failure means for a post.

A failure is temporary when Telegram did not take the message and may take it later: a 429
(flood control, with `retry_after` seconds to wait), a 5xx, or a connection that could not
be made. It is permanent when Telegram refused it (400: a bad chat or text; 403: the bot is
not allowed to post there). When the request went out but no answer came back (a read
timeout, a connection dropped mid-way) nobody knows whether the message was posted: such a
post is not sent again (`unknown`), since the Bot API has no way to post only once.
"""

import requests
from urllib3.exceptions import NewConnectionError

# Seconds to connect, then to wait for the answer (a photo upload included).
TIMEOUT = (5, 30)


class Failure(Exception):
    def __init__(self, reason, *, temporary=False, retry_after=None, unknown=False):
        super().__init__(reason)
        self.reason = reason
        self.temporary = temporary
        self.retry_after = retry_after
        self.unknown = unknown


def never_connected(error):
    """True when the request cannot have reached Telegram."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    cause = error.args[0] if error.args else None
    return isinstance(getattr(cause, "reason", cause), NewConnectionError)


def answer_of(response):
    """The API's JSON answer, or {} when a proxy in between answered something else."""
    try:
        answer = response.json()
    except ValueError:
        return {}
    return answer if isinstance(answer, dict) else {}


def refusal(response, answer):
    """The Failure an answer other than ok stands for."""
    code = answer.get("error_code")
    code = code if isinstance(code, int) else response.status_code
    reason = f"{code}: {answer.get('description') or response.reason}"
    parameters = answer.get("parameters")
    retry_after = parameters.get("retry_after") if isinstance(parameters, dict) else None
    if code == 429:
        wait = retry_after if isinstance(retry_after, int) and retry_after > 0 else None
        return Failure(reason, temporary=True, retry_after=wait)
    return Failure(reason, temporary=code >= 500)


def no_answer(error, reason):
    """The Failure of a request that got no answer at all."""
    if isinstance(error, requests.ConnectionError) and never_connected(error):
        return Failure(reason, temporary=True)
    if isinstance(error, (requests.ConnectionError, requests.Timeout)):
        return Failure(reason, unknown=True)  # it went out: it may have been posted
    return Failure(reason)  # a request that cannot be made (a bad HABAR_TELEGRAM_API_URL)


class Bot:
    def __init__(self, token, api_url, session):
        self.token = token
        self.api_url = api_url.rstrip("/")
        self.session = session

    def redact(self, text):
        """`text` without the token, which the API's addresses carry (errors name them)."""
        return text.replace(self.token, "<token>")[:1000]

    def call(self, method, **body):
        """POST `method` with `body` (json=, or data= and files=); its result, or Failure."""
        url = f"{self.api_url}/bot{self.token}/{method}"
        try:
            response = self.session.post(url, timeout=TIMEOUT, **body)
        except requests.RequestException as error:
            reason = self.redact(f"{type(error).__name__}: {error}")
            raise no_answer(error, reason) from error
        answer = answer_of(response)
        if response.ok and answer.get("ok") is True:
            result = answer.get("result")
            return result if isinstance(result, dict) else {}
        failure = refusal(response, answer)
        failure.reason = self.redact(failure.reason)
        raise failure
