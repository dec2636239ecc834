"""Screens: headlines (main), article, help, prompts, watch list, feed errors."""
