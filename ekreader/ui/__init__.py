"""The Textual reader UI. Imports ekreader.core; the core never imports this package."""
