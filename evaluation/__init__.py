"""Measuring the whole application the way a shopper sees it: recommendations for held-out photos
scored against the recommended products' own catalogue metadata."""
