"""The HTTP side of a Google Reader API account (httpx, blocking): one request with its
errors, ClientLogin, the action token.

Every failure is a SyncError whose message names the address and what went wrong, in
one line. The password is asked for once, when the first login needs it, and goes only
into the body of the login request: never into a URL, a log, a message or an exception.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, Self

from ekreader import __version__
from ekreader.core.text.sanitize import clean_line

USER_AGENT = f"ekreader/{__version__} (terminal news reader; Google Reader API)"

MAX_ANSWER_BYTES = 64_000_000
"""The largest answer read from the server (a page of item contents can be big)."""


class SyncError(Exception):
    """The sync server could not be used; the message names its address and why."""


class Unreachable(SyncError):
    """No answer: the server is down, the address is wrong, or the network is."""


class LoginRefused(SyncError):
    """The server refused the user name and password."""


class BadAnswer(SyncError):
    """The server answered something this client does not understand."""


class Session:
    """The HTTP side of one account on one server: requests, login, action token (see
    GReaderClient for the arguments)."""

    def __init__(
        self,
        url: str,
        username: str,
        password: Callable[[], str],
        *,
        connect_timeout: float = 10.0,
        timeout: float = 60.0,
        headers: dict[str, str] | None = None,
        auth: str | None = None,
    ) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.username = username
        self._password_source = password
        self._password: str | None = None
        self._auth = auth
        """The Auth token of a login (`auth`: one remembered from an earlier session,
        tried first; a login replaces it when the server no longer takes it)."""
        self._token: str | None = None
        self._http = httpx.Client(
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            follow_redirects=False,
        )

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- requests -------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        data: Sequence[tuple[str, str]] | None = None,
        auth: bool = True,
    ) -> tuple[int, bytes, str]:
        """One request: (status, body, the endpoint's address for messages)."""
        import httpx

        where = f"{self.url}/{path}"
        headers = {"Authorization": f"GoogleLogin auth={self._auth}"} if auth else {}
        try:
            with self._http.stream(
                method, where, params=list(params), data=dict_pairs(data), headers=headers
            ) as answer:
                body = bytearray()
                for chunk in answer.iter_bytes():
                    body += chunk
                    if len(body) > MAX_ANSWER_BYTES:
                        raise BadAnswer(
                            f"{where}: the answer is larger than {MAX_ANSWER_BYTES} bytes"
                        )
                status = answer.status_code
                location = answer.headers.get("location")
        except httpx.TimeoutException:
            raise Unreachable(f"{self.url}: the sync server did not answer in time") from None
        except httpx.TransportError as exc:
            raise Unreachable(
                f"{self.url}: cannot reach the sync server ({_reason(exc)})"
            ) from None
        if 300 <= status < 400:
            target = clean_line(location)[:200] if location else "elsewhere"
            raise BadAnswer(
                f"{where}: the server redirects to {target} (HTTP {status}); "
                "set [sync] url to the address it redirects to"
            )
        return status, bytes(body), where

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        data: Sequence[tuple[str, str]] | None = None,
        token: bool = False,
    ) -> tuple[bytes, str]:
        """An API call with the login (made or renewed as needed) and, for changes, the
        action token; returns (body, endpoint address) of a 2xx answer."""
        if self._auth is None:
            self.login()
        for attempt in (1, 2):
            fields = list(data or ())
            if token:
                fields.append(("T", self.token()))
            status, body, where = self._send(
                method, path, params=[("output", "json"), *params], data=fields or None
            )
            if status == 401 and attempt == 1:
                # The login or the action token expired: renew them once.
                self._token = None
                self.login()
                continue
            if status in (401, 403):
                raise LoginRefused(
                    f"{self.url}: the server refused the login of user {self.username!r} "
                    f"(HTTP {status} from {path})"
                )
            if not 200 <= status < 300:
                raise BadAnswer(f"{where}: HTTP {status}{_snippet(body)}")
            return body, where
        raise AssertionError("unreachable")  # pragma: no cover

    def _json(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        data: Sequence[tuple[str, str]] | None = None,
        token: bool = False,
    ) -> dict[str, Any]:
        body, where = self._call(method, path, params=params, data=data, token=token)
        try:
            value = json.loads(body)
        except ValueError:
            raise BadAnswer(f"{where}: the answer is not JSON{_snippet(body)}") from None
        if not isinstance(value, dict):
            raise BadAnswer(f"{where}: expected a JSON object{_snippet(body)}")
        return value

    def _post_ok(self, path: str, data: Sequence[tuple[str, str]]) -> None:
        """A change (with the action token) whose answer must be OK."""
        body, where = self._call("POST", path, data=data, token=True)
        if body.strip() not in (b"OK", b'"OK"'):
            raise BadAnswer(f"{where}: expected OK{_snippet(body)}")

    # -- login ----------------------------------------------------------------------------

    @property
    def auth(self) -> str | None:
        """The Auth token of the latest login (None before one, or after one refused)."""
        return self._auth

    def login(self) -> None:
        """ClientLogin: trade the user name and password for an Auth token."""
        self._auth = None
        if self._password is None:
            self._password = self._password_source()
        status, body, where = self._send(
            "POST",
            "accounts/ClientLogin",
            data=[("Email", self.username), ("Passwd", self._password)],
            auth=False,
        )
        if status in (401, 403):
            raise LoginRefused(
                f"{self.url}: the server refused the login of user {self.username!r} "
                f"(HTTP {status}); check [sync] username and the password"
            )
        if not 200 <= status < 300:
            raise BadAnswer(f"{where}: HTTP {status} to the login")
        auth = None
        for line in body.decode("utf-8", "replace").splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "Auth" and value.strip():
                auth = value.strip()
        if auth is None:
            raise BadAnswer(
                f"{where}: no Auth token in the answer to the login; is [sync] url the "
                "Google Reader API's address (FreshRSS: https://HOST/api/greader.php)?"
            )
        self._auth = auth

    def token(self) -> str:
        """The action token (T) that changes must carry."""
        if self._token is None:
            if self._auth is None:
                self.login()
            status, body, where = self._send("GET", "reader/api/0/token")
            if status == 401:  # a remembered login expired: log in again, once
                self.login()
                status, body, where = self._send("GET", "reader/api/0/token")
            if status in (401, 403):
                raise LoginRefused(
                    f"{self.url}: the server refused the login of user {self.username!r} "
                    f"(HTTP {status} from reader/api/0/token)"
                )
            token = body.decode("utf-8", "replace").strip()
            if not 200 <= status < 300 or not token or len(token) > 1000:
                raise BadAnswer(f"{where}: HTTP {status}: no action token")
            self._token = token
        return self._token

    # -- subscriptions --------------------------------------------------------------------


def dict_pairs(data: Sequence[tuple[str, str]] | None) -> dict[str, list[str]] | None:
    """Form fields as httpx takes them: repeated names (i=…&i=…) as lists."""
    if data is None:
        return None
    fields: dict[str, list[str]] = {}
    for name, value in data:
        fields.setdefault(name, []).append(value)
    return fields


def _reason(exc: Exception) -> str:
    text = clean_line(str(exc))
    return text[:200] if text else type(exc).__name__


def _snippet(body: bytes) -> str:
    """A short, safe quote of an answer for a message."""
    text = clean_line(body[:300].decode("utf-8", "replace"))[:120]
    return f": {text!r}" if text else ""
