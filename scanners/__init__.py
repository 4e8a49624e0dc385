"""Scan sources and barcode recognition; pure Python, no Qt, database or app imports."""
