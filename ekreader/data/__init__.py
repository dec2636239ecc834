"""Data files shipped inside the package: the demo feed loaded on the first start."""
