"""Loaders turn sources (curated fact files, documents) into facts for a Writer."""
