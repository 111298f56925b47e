"""sitrep: conflict news to claims."""
__version__ = "0.1.0"
