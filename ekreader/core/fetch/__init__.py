"""Fetch: HTTP downloads of feeds and pages (httpx), and the guard on where they may go."""
