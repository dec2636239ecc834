"""Reusable widgets: headline list, article view, feed list, outline, status bar."""
