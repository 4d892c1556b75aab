"""Domain dataclasses, validation rules and search folding. No I/O lives here."""
