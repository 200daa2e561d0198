"""Writers that take a graph out of a store: JSON (node-link), and more to come."""
