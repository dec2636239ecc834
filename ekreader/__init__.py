"""ekreader: a terminal news reader for fast-moving news, readable offline."""

__version__ = "0.1.0"
