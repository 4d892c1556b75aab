"""`make bench`: the design's performance targets, measured the same way every time."""
