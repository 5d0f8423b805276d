"""Training and evaluation of Stylist's heads on the real data in `STYLIST_DATA`."""
