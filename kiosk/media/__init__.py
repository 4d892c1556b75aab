"""Media files: the content-addressed store, probing, and Pillow renditions. No Qt, no SQL."""
