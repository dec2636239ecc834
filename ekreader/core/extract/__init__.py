"""Extract: an article's web page to its readable sections, links and metadata (pure)."""
