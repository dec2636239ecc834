"""[sync] in config.toml: what is required, what is refused, and that the password's
value never appears in a message or a repr."""

from __future__ import annotations

import pytest

from ekreader.config import ConfigError, SyncConfig, config_from_dict

GOOD = {"url": "https://rss.example.org/api/greader.php/", "username": "me"}


def test_no_table_no_sync():
    assert config_from_dict({}).sync is None


def test_a_full_table():
    config = config_from_dict(
        {"sync": {**GOOD, "service": "greader", "password_command": "pass show rss"}}
    )
    assert config.sync == SyncConfig(
        url="https://rss.example.org/api/greader.php",
        username="me",
        password_command="pass show rss",
    )
    assert config.sync.headers() == {}


def test_inoreader_app_credentials_become_headers():
    sync = config_from_dict(
        {"sync": {**GOOD, "password": "pw", "app_id": "1000", "app_key": "k-secret"}}
    ).sync
    assert sync is not None
    assert sync.headers() == {"AppId": "1000", "AppKey": "k-secret"}
    assert "k-secret" not in repr(sync)


def test_the_password_is_not_in_the_repr():
    sync = config_from_dict({"sync": {**GOOD, "password": "hunter2-secret"}}).sync
    assert sync is not None
    assert sync.password == "hunter2-secret"
    assert "hunter2-secret" not in repr(sync)


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ({"username": "me", "password": "x"}, ["[sync] url", "required"]),
        ({"url": "https://h/", "password": "x"}, ["[sync] username", "required"]),
        ({**GOOD}, ["password_command", "or password"]),
        ({**GOOD, "password": "x", "password_command": "pass"}, ["not both"]),
        ({**GOOD, "password_command": "  "}, ["password_command: empty"]),
        ({**GOOD, "password": ""}, ["password: empty"]),
        ({**GOOD, "password": "x", "service": "fever"}, ['"greader"', "fever"]),
        ({**GOOD, "password": "x", "colour": "red"}, ["[sync] colour", "unknown key"]),
        ({**GOOD, "password": "x", "app_id": "1"}, ["app_id and app_key"]),
        ({**GOOD, "url": "ftp://h/", "password": "x"}, ["[sync] url", "http"]),
        ({**GOOD, "url": "https://me:pw@h/", "password": "x"}, ["user name or password"]),
    ],
)
def test_bad_tables_are_named(table: dict, words: list[str]):
    with pytest.raises(ConfigError) as caught:
        config_from_dict({"sync": table}, "/home/me/config.toml")
    message = str(caught.value)
    assert message.startswith("/home/me/config.toml: ")
    for word in words:
        assert word in message


def test_a_password_of_the_wrong_type_is_not_quoted():
    with pytest.raises(ConfigError) as caught:
        config_from_dict({"sync": {**GOOD, "password": 987654321}})
    assert "expected a string" in str(caught.value)
    assert "987654321" not in str(caught.value)


def test_not_a_table():
    with pytest.raises(ConfigError, match=r"\[sync\] must be a table"):
        config_from_dict({"sync": "yes"})


def test_a_password_in_the_address_is_refused_and_not_quoted():
    for url in ("https://me:secret-pw@host/api", "ftp://me:secret-pw@host/api"):
        with pytest.raises(ConfigError) as caught:
            config_from_dict({"sync": {**GOOD, "url": url, "password": "x"}})
        assert "user name or password" in str(caught.value)
        assert "secret-pw" not in str(caught.value)


def test_the_url_loses_its_trailing_slash():
    sync = config_from_dict({"sync": {**GOOD, "password": "x"}}).sync
    assert sync is not None
    assert sync.url == "https://rss.example.org/api/greader.php"
