"""Ontology, fact model and stores."""
