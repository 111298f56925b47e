"""Storage of documents and claims (SQLAlchemy: SQLite by default, any URL accepted)."""
from .db import PIPELINE_VERSION, SaveResult, Store, StoreError, database_url, display_url

__all__ = ["PIPELINE_VERSION", "SaveResult", "Store", "StoreError", "database_url", "display_url"]
