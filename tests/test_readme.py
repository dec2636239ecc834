"""The README documents every config key with its real default."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

from ekreader.config import Config, FeedConfig, SyncConfig, config_from_dict

README = Path(__file__).parents[1] / "README.md"


def _config_block() -> dict:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", text, re.S)
    block = next(b for b in blocks if "[general]" in b)
    return tomllib.loads(block)


def test_readme_config_block_is_valid_and_equals_the_defaults() -> None:
    data = _config_block()
    example_feeds = data.pop("feeds")
    assert config_from_dict(data) == Config()
    (table,) = example_feeds.values()
    assert set(table) == {f.name for f in dataclasses.fields(FeedConfig)}


def test_readme_documents_every_key() -> None:
    data = _config_block()
    text = README.read_text(encoding="utf-8")
    for section in dataclasses.fields(Config):
        if section.name in ("keys", "feeds", "searches"):
            assert section.name in data
            continue
        if section.name == "filters":  # an array of tables: shown commented out
            assert "# [[filters]]" in text
            continue
        if section.name == "sync":  # off by default: documented in the Sync section
            continue
        documented = data[section.name]
        fields = {f.name for f in dataclasses.fields(getattr(Config(), section.name))}
        assert set(documented) == fields, section.name


def test_readme_sync_section_shows_a_valid_table_and_names_every_key() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Sync\n", 1)[1].split("\n## ", 1)[0]
    block = re.findall(r"```toml\n(.*?)```", section, re.S)[0]
    sync = config_from_dict(tomllib.loads(block)).sync
    assert sync is not None
    assert sync.password_command == "pass show rss"
    for field in dataclasses.fields(SyncConfig):
        assert f"`{field.name}" in section or f"{field.name} =" in section, field.name
