"""The headless core: fetch, parse, decide, store. Never imports textual or rich."""
