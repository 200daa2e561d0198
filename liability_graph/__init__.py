"""liability-graph: a knowledge graph of platforms, vendors, laws and cases, with evidence."""

__version__ = "0.1.0"
