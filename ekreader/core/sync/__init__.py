"""Sync with a feed server (FreshRSS, Miniflux, Inoreader … through the Google Reader API)."""
