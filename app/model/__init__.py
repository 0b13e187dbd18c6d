"""The plates as data: records, graphs and queries. Imports no Qt."""
