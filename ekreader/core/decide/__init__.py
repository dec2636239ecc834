"""Decide: pure rules on parsed data (breaking, sections, what to store). No I/O."""
