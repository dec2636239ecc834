"""Text: plain-text tools every layer shares (sanitizing, folding, highlighting, HTML to text)."""
